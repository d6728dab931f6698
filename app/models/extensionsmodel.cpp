#include "extensionsmodel.h"

#include "common/logging.h"
#include "pg/pgconnection.h"
#include "modelroles.h"

#include <algorithm>
#include <functional>

ExtensionsModel::ExtensionsModel(QObject *parent) : QAbstractTableModel(parent) { }

ExtensionsModel::~ExtensionsModel() = default;

void ExtensionsModel::setConnection(PgConnection *connection)
{
    clear();
    m_connection = connection;
}

int ExtensionsModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

QStringList ExtensionsModel::missingDependencies(const QString &name) const
{
    QStringList order;
    QSet<QString> seen{name};
    // Depth-first, dependencies before dependents; `seen` also stops cycles in broken control files.
    std::function<void(const QString &)> visit = [&](const QString &current) {
        const Extension entry = extension(current);
        for (const QString &required : entry.requiredExtensions) {
            if (seen.contains(required))
                continue;
            seen.insert(required);
            const int row = rowOf(required);
            if (row >= 0 && m_rows.at(row).isInstalled())
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
    for (const Extension &entry : m_rows) {
        if (entry.isInstalled() && entry.requiredExtensions.contains(name))
            dependents.append(entry.name);
    }
    return dependents;
}

QString ExtensionsModel::listSql()
{
    // One round trip: every available extension with its default version's metadata, and who we are.
    return QStringLiteral(
            "SELECT a.name, a.default_version, a.installed_version, a.comment,"
            " array_to_string(v.requires, ',') AS requires, coalesce(v.trusted, false) AS trusted,"
            " current_setting('is_superuser') = 'on' AS superuser,"
            " has_database_privilege(current_database(), 'CREATE') AS can_create,"
            " (SELECT s.reset_val FROM pg_settings s WHERE s.name = 'extwlist.extensions') AS allow_list"
            " FROM pg_available_extensions a"
            " LEFT JOIN pg_available_extension_versions v ON v.name = a.name AND v.version = a.default_version"
            " ORDER BY a.name");
}

QString ExtensionsModel::enableSql(const QStringList &namesInOrder)
{
    // Utility statements take no bind parameters: identifiers are quoted, never pasted raw.
    QStringList statements;
    for (const QString &name : namesInOrder)
        statements.append(QStringLiteral("CREATE EXTENSION %1").arg(PgConnection::quoteIdentifier(name)));
    return statements.join(QLatin1String("; "));
}

QString ExtensionsModel::disableSql(const QString &name, bool cascade)
{
    return QStringLiteral("DROP EXTENSION %1%2")
            .arg(PgConnection::quoteIdentifier(name), cascade ? QStringLiteral(" CASCADE") : QString());
}

QString ExtensionsModel::updateSql(const QString &name)
{
    return QStringLiteral("ALTER EXTENSION %1 UPDATE").arg(PgConnection::quoteIdentifier(name));
}

bool ExtensionsModel::canUpdate(const Extension &extension)
{
    return extension.isInstalled() && !extension.defaultVersion.isEmpty()
            && extension.installedVersion != extension.defaultVersion;
}

bool ExtensionsModel::isAllowed(const QString &name, bool trusted, bool superuser, bool canCreate,
                                const std::optional<QStringList> &allowList)
{
    if (allowList)
        return allowList->contains(name);
    return superuser || (trusted && canCreate);
}

void ExtensionsModel::sortRows(QList<Extension> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Extension &a, const Extension &b) {
        if (a.isInstalled() != b.isInstalled())
            return a.isInstalled();
        return a.name < b.name;
    });
}

PgQuery *ExtensionsModel::enable(const QString &name, const QStringList &dependencies)
{
    const QStringList names = dependencies + QStringList{name};
    return runAction(enableSql(names), names, names.size() > 1);
}

PgQuery *ExtensionsModel::disable(const QString &name, bool cascade)
{
    return runAction(disableSql(name, cascade), {name}, false);
}

PgQuery *ExtensionsModel::update(const QString &name)
{
    return runAction(updateSql(name), {name}, false);
}

PgQuery *ExtensionsModel::runAction(const QString &sql, const QStringList &names, bool script)
{
    if (!m_connection || m_readOnly || names.isEmpty())
        return nullptr;
    for (const QString &name : names) {
        m_pending.insert(name);
        emitRowChanged(name);
    }
    qCInfo(lcModels) << "extensions:" << sql;
    PgQuery *query = script ? m_connection->execScript(sql) : m_connection->exec(sql);
    connect(query, &PgQuery::finished, this, [this, names] {
        for (const QString &name : names) {
            m_pending.remove(name);
            emitRowChanged(name);
        }
        reload(); // the catalog is the truth (versions, what CASCADE removed)
    });
    return query;
}

void ExtensionsModel::setApiList(const QList<Extension> &installed)
{
    ++m_generation;
    QList<Extension> rows = installed;
    for (Extension &entry : rows)
        entry.allowed.reset(); // the API does not say
    m_readOnly = true;
    applyRows(rows);
    m_hasData = true;
    setState(State::Loaded);
    emit loaded();
}

void ExtensionsModel::reload()
{
    if (!m_connection) {
        setState(m_hasData ? State::Loaded : State::Empty);
        return;
    }
    const quint64 generation = ++m_generation;
    setState(State::Loading);
    PgQuery *query = m_connection->exec(listSql());
    connect(query, &PgQuery::finished, this, [this, query, generation] {
        if (generation != m_generation)
            return; // superseded by a newer reload or clear()
        if (!query->isSuccess()) {
            if (query->error().kind() == PgError::Kind::Cancelled) {
                setState(m_hasData ? State::Loaded : State::Empty);
                return;
            }
            m_lastError = query->error();
            setState(State::Error);
            emit errorOccurred(m_lastError);
            return;
        }
        const PgResult &result = query->result();
        QList<Extension> rows;
        rows.reserve(result.rowCount());
        for (int row = 0; row < result.rowCount(); ++row) {
            auto text = [&](const char *column) { return result.value(row, QLatin1String(column)).toString(); };
            auto flag = [&](const char *column) { return text(column) == QLatin1String("t"); };
            if (row == 0) {
                m_superuser = flag("superuser");
            }
            std::optional<QStringList> allowList;
            if (!result.value(row, QStringLiteral("allow_list")).isNull()) {
                QStringList names = text("allow_list").split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (QString &name : names)
                    name = name.trimmed();
                allowList = names;
            }
            Extension entry;
            entry.name = text("name");
            entry.defaultVersion = text("default_version");
            entry.installedVersion = text("installed_version");
            entry.comment = text("comment");
            entry.requiredExtensions = text("requires").split(QLatin1Char(','), Qt::SkipEmptyParts);
            entry.trusted = flag("trusted");
            entry.superuser = flag("needs_superuser");
            entry.allowed = isAllowed(entry.name, entry.trusted, flag("superuser"), flag("can_create"), allowList);
            rows.append(entry);
        }
        m_readOnly = false;
        applyRows(rows);
        m_hasData = true;
        m_lastError = {};
        setState(State::Loaded);
        emit loaded();
    });
}

void ExtensionsModel::clear()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    endResetModel();
    m_hasData = false;
    m_readOnly = false;
    m_superuser = false;
    m_lastError = {};
    setState(State::Empty);
}

void ExtensionsModel::applyRows(QList<Extension> rows)
{
    sortRows(rows);
    const bool sameOrder = rows.size() == m_rows.size()
            && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                          [](const Extension &a, const Extension &b) { return a.name == b.name; });
    if (!sameOrder) {
        // Enabling moves a row to the top: a reset is simpler than a move, the page restores the selection by name.
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    for (int row = 0; row < rows.size(); ++row) {
        if (!(rows.at(row) == m_rows.at(row))) {
            m_rows[row] = rows.at(row);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void ExtensionsModel::emitRowChanged(const QString &name)
{
    if (const int row = rowOf(name); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ExtensionsModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

int ExtensionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExtensionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExtensionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Extension &entry = m_rows.at(index.row());
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
