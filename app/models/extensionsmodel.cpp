#include "extensionsmodel.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "common/logging.h"
#include "modelroles.h"

#include <QJsonArray>
#include <QTimer>

#include <memory>

namespace {
// Keep the connection this long after the list was last shown, so switching tabs back and forth stays instant.
constexpr int IdleCloseMs = 60 * 1000;
} // namespace

ExtensionsModel::ExtensionsModel(QObject *parent)
    : KeyedListModel<Extension>(parent), m_ownConnection(new PgConnection(this)), m_idleTimer(new QTimer(this))
{
    m_connection = m_ownConnection;
    watchConnection();
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(IdleCloseMs);
    connect(m_idleTimer, &QTimer::timeout, this, [this] {
        if (hasPendingAction() || !m_connection)
            return;
        m_connection->close();
        m_needsLoad = true; // refresh when used again
    });
}

ExtensionsModel::~ExtensionsModel() = default;

void ExtensionsModel::setConnection(PgConnection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    clear();
    m_connection = connection;
    watchConnection();
}

void ExtensionsModel::watchConnection()
{
    if (m_connection)
        connect(m_connection, &PgConnection::stateChanged, this, &ExtensionsModel::connectionStateChanged);
}

void ExtensionsModel::setConnectionUri(const QString &uri)
{
    if (uri == m_connectionUri)
        return;
    m_connectionUri = uri;
    if (m_connection)
        m_connection->setConnectionUri(uri);
    clear();
    m_needsLoad = !uri.isEmpty();
    emit connectionUriChanged();
    if (m_inUse && m_needsLoad)
        reload();
}

void ExtensionsModel::setOptions(const PgOptions &options)
{
    if (m_connection)
        m_connection->setOptions(options);
}

void ExtensionsModel::setInUse(bool inUse)
{
    m_inUse = inUse;
    if (!inUse) {
        if (m_connection && m_connection->isConnected())
            m_idleTimer->start();
        return;
    }
    m_idleTimer->stop();
    if (m_needsLoad && hasConnectionUri())
        reload();
}

ApiError ExtensionsModel::toApiError(const PgError &error)
{
    if (!error.isError())
        return {};
    if (error.kind() == PgError::Kind::Cancelled)
        return ApiError(ApiError::Kind::Cancelled);
    return ApiError::fromDatabase(std::make_shared<const PgError>(error), error.message(), error.serverMessage);
}

bool ExtensionsModel::beginLoad(quint64 generation)
{
    if (!m_connection || !m_connection->hasConnectionUri())
        return false;
    m_needsLoad = false;
    PgQuery *query = m_connection->exec(listSql());
    connect(query, &PgQuery::finished, this, [this, query, generation] {
        if (!query->isSuccess()) {
            const PgError error = query->error();
            if (finishLoad(generation, toApiError(error)) && error.isConnectionError() && !hasData())
                requestApiList(generation);
            return;
        }
        bool superuser = false;
        const QList<Extension> rows = rowsFromResult(query->result(), &superuser);
        finishLoad(generation, {}, [this, rows, superuser] {
            m_readOnly = false;
            m_superuser = superuser;
            applyRows(rows);
        });
    });
    return true;
}

void ExtensionsModel::requestApiList(quint64 generation)
{
    // Read-only, but better than an empty list while SQL cannot get through (firewall, TLS...).
    if (!m_client || !m_database.isValid())
        return;
    ApiReply *reply = m_client->listExtensions(m_database);
    setLoadCanceller([weak = QPointer<ApiReply>(reply)] {
        if (weak)
            weak->cancel();
    });
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        // Another database or a newer load (SQL may work again); a failure adds nothing to the SQL error shown.
        if (!isCurrentLoad(generation) || !reply->isSuccess())
            return;
        const QList<Extension> installed = reply->value<QList<Extension>>();
        finishLoad(generation, {}, [this, installed] { applyApiRows(installed); });
    });
}

void ExtensionsModel::setApiList(const QList<Extension> &installed)
{
    finishLoad(supersedeLoad(), {}, [this, installed] { applyApiRows(installed); });
}

void ExtensionsModel::applyApiRows(QList<Extension> rows)
{
    for (Extension &entry : rows)
        entry.allowed.reset(); // the API does not say
    m_readOnly = true;
    applyRows(rows);
}

void ExtensionsModel::clearRows()
{
    KeyedListModel::clearRows();
    m_pending.clear();
    m_readOnly = false;
    m_superuser = false;
}

QStringList ExtensionsModel::missingDependencies(const QString &name) const
{
    QStringList order;
    QSet<QString> seen{name};
    // Depth-first, dependencies before dependents; `seen` also stops cycles in broken control files.
    std::function<void(const QString &)> visit = [&](const QString &current) {
        for (const QString &required : extension(current).requiredExtensions) {
            if (seen.contains(required))
                continue;
            seen.insert(required);
            if (extension(required).isInstalled())
                continue;
            visit(required);
            order.append(required);
        }
    };
    visit(name);
    return order;
}

QStringList ExtensionsModel::installedDependents(const QString &name) const
{
    QStringList dependents;
    for (const Extension &entry : m_items) {
        if (entry.isInstalled() && entry.requiredExtensions.contains(name))
            dependents.append(entry.name);
    }
    return dependents;
}

PgQuery *ExtensionsModel::enable(const QString &name, const QStringList &dependencies)
{
    const QStringList names = dependencies + QStringList{name};
    WriteEvent event;
    event.kind = WriteEvent::Kind::ExtensionEnabled;
    event.object = name;
    event.details.insert(QLatin1String("names"), QJsonArray::fromStringList(names));
    return runAction(enableSql(names), names, names.size() > 1, event);
}

PgQuery *ExtensionsModel::disable(const QString &name, bool cascade)
{
    WriteEvent event;
    event.kind = WriteEvent::Kind::ExtensionDisabled;
    event.object = name;
    event.details.insert(QLatin1String("cascade"), cascade);
    return runAction(disableSql(name, cascade), {name}, false, event);
}

PgQuery *ExtensionsModel::update(const QString &name)
{
    WriteEvent event;
    event.kind = WriteEvent::Kind::ExtensionUpdated;
    event.object = name;
    event.details.insert(QLatin1String("from"), extension(name).installedVersion);
    event.details.insert(QLatin1String("version"), extension(name).defaultVersion);
    return runAction(updateSql(name), {name}, false, event);
}

PgQuery *ExtensionsModel::runAction(const QString &sql, const QStringList &names, bool script, WriteEvent event)
{
    if (!m_connection || m_readOnly || names.isEmpty())
        return nullptr;
    static quint64 writeCount = 0;
    event.id = ++writeCount;
    event.database = m_database;
    emit writeStarted(event);
    for (const QString &name : names) {
        m_pending.insert(name);
        emitRowChanged(name);
    }
    qCInfo(lcModels) << "extensions:" << sql;
    PgQuery *query = script ? m_connection->execScript(sql) : m_connection->exec(sql);
    connect(query, &PgQuery::finished, this, [this, names, query, event]() mutable {
        // Before the reload, so the history sees the write before the rows change.
        event.outcome = query->isSuccess() ? WriteEvent::Outcome::Applied : WriteEvent::Outcome::Failed;
        if (!query->isSuccess())
            event.message = toApiError(query->error()).message();
        emit writeFinished(event);
        for (const QString &name : names) {
            m_pending.remove(name);
            emitRowChanged(name);
        }
        reload(); // the catalog is the truth (versions, what CASCADE removed)
    });
    return query;
}

void ExtensionsModel::applyRows(QList<Extension> rows)
{
    sortRows(rows);
    const bool sameOrder = rows.size() == m_items.size()
            && std::equal(rows.cbegin(), rows.cend(), m_items.cbegin(),
                          [](const Extension &a, const Extension &b) { return a.name == b.name; });
    if (!sameOrder) {
        // Enabling moves a row to the top: a reset is simpler than a move, the page restores the selection by name.
        beginResetModel();
        m_items = rows;
        rowsMutated(); // the key index (rowOfKey) follows the new order
        endResetModel();
        return;
    }
    for (int row = 0; row < rows.size(); ++row) {
        if (!(rows.at(row) == m_items.at(row))) {
            m_items[row] = rows.at(row);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void ExtensionsModel::emitRowChanged(const QString &name)
{
    if (const int row = rowOf(name); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ExtensionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExtensionsModel::data(const QModelIndex &index, int role) const
{
    // Views ask for the invalid index (a combo box with no current item): an answer, not a misuse.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Extension &entry = m_items.at(index.row());
    const bool pending = m_pending.contains(entry.name);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entry.name;
        case InstalledVersionColumn:
            if (pending)
                return tr("working…");
            return (!m_readOnly && canUpdate(entry)) ? tr("%1 (update available)").arg(entry.installedVersion)
                                                     : entry.installedVersion;
        case DefaultVersionColumn:
            return entry.defaultVersion;
        case AllowedColumn:
            if (!entry.allowed)
                return QString(); // unknown: the API fallback does not say
            return *entry.allowed ? tr("Yes") : tr("No");
        case DescriptionColumn:
            return entry.comment;
        }
        break;
    case Qt::ToolTipRole:
        if (pending)
            return tr("A change to this extension is in progress.");
        if (index.column() == AllowedColumn && entry.allowed == false)
            return entry.trusted ? tr("Your database user is not allowed to create extensions in this database.")
                                 : tr("This extension is not on the list of extensions your database user may enable.");
        if (index.column() == InstalledVersionColumn && (!m_readOnly && canUpdate(entry)))
            return tr("Version %1 is available.").arg(entry.defaultVersion);
        if (!entry.requiredExtensions.isEmpty())
            return tr("Needs: %1").arg(entry.requiredExtensions.join(QLatin1String(", ")));
        break;
    case ModelRoles::IdRole:
        return entry.name;
    case ModelRoles::RawRole:
        if (index.column() == AllowedColumn)
            return entry.allowed.value_or(false);
        return data(index, Qt::DisplayRole);
    case ModelRoles::PendingRole:
        return pending;
    case ModelRoles::ValueRole:
        return QVariant::fromValue(entry);
    }
    return {};
}

QVariant ExtensionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case InstalledVersionColumn:
        return tr("Installed version");
    case DefaultVersionColumn:
        return tr("Default version");
    case AllowedColumn:
        return tr("Allowed");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}
