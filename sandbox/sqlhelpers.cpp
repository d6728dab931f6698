#include "sqlhelpers.h"

#include "logging.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QSqlError>

namespace Sql {

namespace {

// QPSQL sends bound values inside the statement text (EXECUTE ... ('value')), and PostgreSQL quotes statement
// fragments in some messages: for a statement carrying a secret only the SQLSTATE is kept and logged.
QString describeError(const QSqlError &error, Secrecy secrecy)
{
    if (secrecy == Secrecy::Secret)
        return QStringLiteral("SQL error %1 (statement carries a secret: details withheld)")
                .arg(error.nativeErrorCode().isEmpty() ? QStringLiteral("?") : error.nativeErrorCode());
    return error.text();
}

} // namespace

std::optional<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantMap &values, QString *error,
                             Secrecy secrecy)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        *error = describeError(query.lastError(), secrecy);
        qCWarning(lcSandbox).noquote() << "SQL prepare failed:" << *error;
        return std::nullopt;
    }
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        // A null QString would be bound as SQL NULL; our text columns mean "" instead.
        const bool nullString = it.value().typeId() == QMetaType::QString && it.value().toString().isNull();
        query.bindValue(QLatin1Char(':') + it.key(), nullString ? QVariant(QStringLiteral("")) : it.value());
    }
    if (!query.exec()) {
        *error = describeError(query.lastError(), secrecy);
        qCWarning(lcSandbox).noquote() << "SQL failed:" << *error;
        return std::nullopt;
    }
    return query;
}

bool execFormatted(const QSqlDatabase &db, const QString &format, const QStringList &args, QString *error,
                   Secrecy secrecy)
{
    QString sql = QStringLiteral("SELECT format(CAST(:fmt AS text)");
    QVariantMap values{{QStringLiteral("fmt"), format}};
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString name = QStringLiteral("a%1").arg(i);
        sql += QStringLiteral(", CAST(:%1 AS text)").arg(name);
        values.insert(name, args.at(i));
    }
    sql += QLatin1Char(')');
    QString statement;
    {
        auto built = run(db, sql, values, error, secrecy);
        if (!built || !built->next())
            return false;
        statement = built->value(0).toString();
    }
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = describeError(query.lastError(), secrecy);
        // The statement may contain a password literal: log only the template.
        qCWarning(lcSandbox).noquote() << "DDL failed for" << format << ":" << *error;
        return false;
    }
    return true;
}

QString passwordForRole(const QString &password)
{
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return password;
    }
    // RFC 5802 / PostgreSQL's format: SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>.
    constexpr int iterations = 4096;
    QByteArray salt(16, Qt::Uninitialized);
    for (char &b : salt)
        b = static_cast<char>(QRandomGenerator::system()->bounded(256));
    const QByteArray salted
            = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, 32);
    const QByteArray clientKey
            = QMessageAuthenticationCode::hash(QByteArrayLiteral("Client Key"), salted, QCryptographicHash::Sha256);
    const QByteArray serverKey
            = QMessageAuthenticationCode::hash(QByteArrayLiteral("Server Key"), salted, QCryptographicHash::Sha256);
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
            .arg(iterations)
            .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
                 QString::fromLatin1(serverKey.toBase64()));
}

bool connect(const QString &connectionName, const QString &socketDir, quint16 port, const QString &database,
             QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(socketDir);
    db.setPort(port);
    db.setUserName(QStringLiteral("postgres"));
    db.setDatabaseName(database);
    if (!db.open()) {
        *error = db.lastError().text();
        return false;
    }
    // libpq prints notices ("already exists, skipping") on stderr; keep it for real problems.
    QSqlQuery(QStringLiteral("SET client_min_messages TO warning"), db);
    // Our statements carry passwords (CREATE/ALTER ROLE for passwords the server must hash, the owner's password
    // in the state database): PostgreSQL must never write them, or an error quoting them, to its log, whatever
    // postgresql.conf says. We report our own failures (SqlState only for secrets) on stderr.
    static const char *const quiet[] = {
            "SET log_statement = none",
            "SET log_min_duration_statement = -1",
            "SET log_min_duration_sample = -1",
            "SET log_transaction_sample_rate = 0",
            "SET log_min_error_statement = panic",
            "SET log_min_messages = fatal",
    };
    for (const char *statement : quiet) {
        QSqlQuery query(db);
        if (!query.exec(QString::fromLatin1(statement))) {
            *error = query.lastError().text();
            db.close();
            return false;
        }
    }
    return true;
}

void disconnect(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace Sql

namespace Privileges {

bool grant(const QSqlDatabase &target, const QString &user, const QString &database, const QString &owner,
           bool readOnly, QString *error)
{
    struct Statement
    {
        const char *format;
        bool withDatabase;
    };
    // %1$I is the user, %2$I the database or the owner role.
    static const Statement readWrite[] = {
            {"GRANT CREATE ON SCHEMA public TO %1$I", false},
            {"GRANT ALL PRIVILEGES ON DATABASE %2$I TO %1$I", true},
            {"GRANT ALL PRIVILEGES ON ALL TABLES IN SCHEMA public TO %1$I", false},
            {"GRANT ALL PRIVILEGES ON ALL SEQUENCES IN SCHEMA public TO %1$I", false},
            {"ALTER DEFAULT PRIVILEGES FOR ROLE %2$I IN SCHEMA public GRANT ALL ON TABLES TO %1$I", false},
            {"ALTER DEFAULT PRIVILEGES FOR ROLE %2$I IN SCHEMA public GRANT ALL ON SEQUENCES TO %1$I", false},
    };
    static const Statement readOnlyList[] = {
            {"GRANT CONNECT ON DATABASE %2$I TO %1$I", true},
            {"GRANT USAGE ON SCHEMA public TO %1$I", false},
            {"GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1$I", false},
            {"GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO %1$I", false},
            {"ALTER DEFAULT PRIVILEGES FOR ROLE %2$I IN SCHEMA public GRANT SELECT ON TABLES TO %1$I", false},
            {"ALTER DEFAULT PRIVILEGES FOR ROLE %2$I IN SCHEMA public GRANT SELECT ON SEQUENCES TO %1$I", false},
    };
    const auto apply = [&](const Statement *begin, const Statement *end) {
        for (const Statement *s = begin; s != end; ++s) {
            const QString second = s->withDatabase ? database : owner;
            if (!Sql::execFormatted(target, QString::fromLatin1(s->format), {user, second}, error))
                return false;
        }
        return true;
    };
    if (readOnly)
        return apply(std::begin(readOnlyList), std::end(readOnlyList));
    return apply(std::begin(readWrite), std::end(readWrite));
}

} // namespace Privileges
