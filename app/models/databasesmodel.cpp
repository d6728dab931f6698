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
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Database &db = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ModelRoles::RawRole:
        switch (index.column()) {
        case NameColumn:
            return db.name;
        case PlanColumn:
            return db.plan;
        case RegionColumn:
            return db.region;
        case IdColumn:
            return db.id;
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1 · %2 · %3").arg(db.name, db.plan, db.region);
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
    }
    return {};
}

ApiReply *DatabasesModel::startLoad()
{
    return m_client ? m_client->listDatabasesInAllRegions() : nullptr;
}

void DatabasesModel::applyLoad(ApiReply *reply)
{
    mergeItems(reply->value<QList<Database>>());
}
