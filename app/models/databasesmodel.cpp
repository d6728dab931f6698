#include "databasesmodel.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "modelroles.h"

DatabasesModel::DatabasesModel(QObject *parent) : KeyedListModel(parent) { }

int DatabasesModel::rowOf(const QString &id) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id)
            return row;
    }
    return -1;
}

int DatabasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatabasesModel::data(const QModelIndex &index, int role) const
{
    // Views ask for the invalid index (a combo box with no current item): an answer, not a misuse.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Database &db = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: // what an editable (searchable) picker shows and completes
    case ModelRoles::RawRole:
        switch (index.column()) {
        case NameColumn:
            return role == ModelRoles::RawRole ? db.name : describe(db);
        case PlanColumn:
            return db.plan;
        case RegionColumn:
            return db.region;
        case IdColumn:
            return db.id;
        case KindColumn:
            return db.isAddon() ? tr("Addon") : tr("Dedicated Resources");
        }
        break;
    case Qt::ToolTipRole:
        return describe(db);
    case ModelRoles::IdRole:
        return db.id;
    case ModelRoles::ValueRole:
        return QVariant::fromValue(db);
    }
    return {};
}

QVariant DatabasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PlanColumn:
        return tr("Plan");
    case RegionColumn:
        return tr("Region");
    case IdColumn:
        return tr("ID");
    case KindColumn:
        return tr("Kind");
    }
    return {};
}

ApiReply *DatabasesModel::startLoad()
{
    return m_client ? m_client->listDatabasesInAllRegions() : nullptr;
}

void DatabasesModel::applyLoad(ApiReply *reply)
{
    QList<Database> next = reply->value<QList<Database>>();
    for (const Database &db : std::as_const(m_items)) {
        if (db.isAddon())
            next.append(db);
    }
    mergeItems(next);
}

void DatabasesModel::addDiscovered(const QList<Database> &addons)
{
    for (const Database &db : addons)
        upsertItem(db);
}

QString DatabasesModel::describe(const Database &db)
{
    if (db.isAddon())
        return tr("%1 — PostgreSQL addon · %2 · %3").arg(db.appName, db.plan, db.region);
    return tr("%1 — Dedicated Resources · %2 · %3").arg(db.name, db.plan, db.region);
}
