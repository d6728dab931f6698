#include "historystore.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

constexpr auto kColumns = "id, at, account, database_key, database_name, kind, object, details, outcome, message, "
                          "reason, undo_of, undone_by, operation_id, operation_title";

std::optional<HistoryEntry> entryFrom(const QSqlQuery &query)
{
    const std::optional<WriteEvent::Kind> kind = WriteEvent::kindFromName(query.value(5).toString());
    if (!kind)
        return std::nullopt; // written by a newer Gatehouse: skip rather than guess
    HistoryEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = QDateTime::fromString(query.value(1).toString(), Qt::ISODateWithMs);
    entry.at.setTimeSpec(Qt::UTC);
    entry.account = query.value(2).toString();
    entry.databaseKey = query.value(3).toString();
    entry.databaseName = query.value(4).toString();
    entry.kind = *kind;
    entry.object = query.value(6).toString();
    entry.details = QJsonDocument::fromJson(query.value(7).toByteArray()).object();
    entry.outcome = WriteEvent::outcomeFromName(query.value(8).toString());
    entry.message = query.value(9).toString();
    entry.reason = query.value(10).toString();
    entry.undoOf = query.value(11).toLongLong();
    entry.undoneBy = query.value(12).toLongLong();
    entry.operationId = query.value(13).toString();
    entry.operationTitle = query.value(14).toString();
    return entry;
}

QByteArray detailsText(const HistoryEntry &entry)
{
    return QJsonDocument(entry.details).toJson(QJsonDocument::Compact);
}

} // namespace

HistoryStore::HistoryStore(const QString &path, int maxEntries)
    : m_connection(QStringLiteral("gatehouse-history-%1").arg(quintptr(this))), m_path(path), m_maxEntries(maxEntries)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_error = QStringLiteral("cannot create %1").arg(info.absolutePath());
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open()) {
        m_error = db.lastError().text();
        qCWarning(lcModels).noquote() << "history: cannot open" << path << m_error;
        return;
    }
    // The history names databases and users: readable by this account only.
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    m_open = exec(QStringLiteral("PRAGMA journal_mode=WAL")) && exec(QStringLiteral("PRAGMA synchronous=NORMAL"))
            && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS history ("
                                   "id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, account TEXT, "
                                   "database_key TEXT, database_name TEXT, kind TEXT NOT NULL, object TEXT, "
                                   "details TEXT, outcome TEXT, message TEXT, reason TEXT, "
                                   "undo_of INTEGER DEFAULT 0, undone_by INTEGER DEFAULT 0)"))
            && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS history_database ON history(database_key, id)"))
            && migrate();
}

int HistoryStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return -1;
    return query.value(0).toInt();
}

bool HistoryStore::migrate()
{
    const int version = schemaVersion();
    if (version < 0)
        return false;
    if (version >= 1)
        return true;
    // v0 → v1: batch operations group their lines. One transaction: a crash leaves v0 or v1, never half.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.transaction();
    const bool ok = exec(QStringLiteral("ALTER TABLE history ADD COLUMN operation_id TEXT"))
            && exec(QStringLiteral("ALTER TABLE history ADD COLUMN operation_title TEXT"))
            && exec(QStringLiteral("CREATE INDEX IF NOT EXISTS history_operation ON history(operation_id)"))
            && exec(QStringLiteral("PRAGMA user_version = 1"));
    if (!ok) {
        db.rollback();
        return false;
    }
    return db.commit();
}

bool HistoryStore::setOperation(qint64 id, const QString &operationId, const QString &title)
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE history SET operation_id = ?, operation_title = ? WHERE id = ?"));
    query.addBindValue(operationId);
    query.addBindValue(title);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() == 1;
}

QList<qint64> HistoryStore::operationEntries(const QString &operationId) const
{
    QList<qint64> ids;
    if (!m_open || operationId.isEmpty())
        return ids;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT id FROM history WHERE operation_id = ? ORDER BY id"));
    query.addBindValue(operationId);
    if (query.exec()) {
        while (query.next())
            ids << query.value(0).toLongLong();
    }
    return ids;
}

QPair<QString, QString> HistoryStore::operationOf(qint64 id) const
{
    if (!m_open)
        return {};
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT operation_id, operation_title FROM history WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString()};
}

HistoryStore::~HistoryStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString HistoryStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

bool HistoryStore::exec(const QString &sql)
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (query.exec(sql))
        return true;
    m_error = query.lastError().text();
    qCWarning(lcModels).noquote() << "history:" << m_error;
    return false;
}

bool HistoryStore::insert(HistoryEntry &entry)
{
    if (!m_open)
        return false;
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("INSERT INTO history (at, account, database_key, database_name, kind, object, "
                                 "details, outcome, message, reason, undo_of, undone_by, operation_id, operation_title) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(entry.at.toUTC().toString(Qt::ISODateWithMs));
    query.addBindValue(entry.account);
    query.addBindValue(entry.databaseKey);
    query.addBindValue(entry.databaseName);
    query.addBindValue(WriteEvent::kindName(entry.kind));
    query.addBindValue(entry.object);
    query.addBindValue(detailsText(entry));
    query.addBindValue(WriteEvent::outcomeName(entry.outcome));
    query.addBindValue(entry.message);
    query.addBindValue(entry.reason);
    query.addBindValue(entry.undoOf);
    query.addBindValue(entry.undoneBy);
    query.addBindValue(entry.operationId.isEmpty() ? QVariant() : QVariant(entry.operationId));
    query.addBindValue(entry.operationTitle.isEmpty() ? QVariant() : QVariant(entry.operationTitle));
    if (!query.exec()) {
        m_error = query.lastError().text();
        qCWarning(lcModels).noquote() << "history: insert failed:" << m_error;
        return false;
    }
    entry.id = query.lastInsertId().toLongLong();
    // Ids are never reused (AUTOINCREMENT): everything at or below id - max is beyond the bound.
    QSqlQuery prune(QSqlDatabase::database(m_connection, false));
    prune.prepare(QStringLiteral("DELETE FROM history WHERE id <= ?"));
    prune.addBindValue(entry.id - m_maxEntries);
    prune.exec();
    return true;
}

bool HistoryStore::update(const HistoryEntry &entry)
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("UPDATE history SET object = ?, details = ?, outcome = ?, message = ?, reason = ?, "
                                 "undo_of = ?, undone_by = ? WHERE id = ?"));
    query.addBindValue(entry.object);
    query.addBindValue(detailsText(entry));
    query.addBindValue(WriteEvent::outcomeName(entry.outcome));
    query.addBindValue(entry.message);
    query.addBindValue(entry.reason);
    query.addBindValue(entry.undoOf);
    query.addBindValue(entry.undoneBy);
    query.addBindValue(entry.id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QList<HistoryEntry> HistoryStore::entries(const QString &databaseKey, int limit) const
{
    QList<HistoryEntry> out;
    if (!m_open)
        return out;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    QString sql = QStringLiteral("SELECT %1 FROM history").arg(QLatin1String(kColumns));
    if (!databaseKey.isEmpty())
        sql += QStringLiteral(" WHERE database_key = :key");
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    query.prepare(sql);
    if (!databaseKey.isEmpty())
        query.bindValue(QStringLiteral(":key"), databaseKey);
    if (!query.exec())
        return out;
    while (query.next()) {
        if (std::optional<HistoryEntry> entry = entryFrom(query))
            out.prepend(*entry);
    }
    return out;
}

std::optional<HistoryEntry> HistoryStore::entry(qint64 id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(QStringLiteral("SELECT %1 FROM history WHERE id = ?").arg(QLatin1String(kColumns)));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return entryFrom(query);
}

int HistoryStore::count() const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!query.exec(QStringLiteral("SELECT count(*) FROM history")) || !query.next())
        return -1;
    return query.value(0).toInt();
}
