#include "managedrangesmodel.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "modelroles.h"

ManagedRangesModel::ManagedRangesModel(QObject *parent) : KeyedListModel(parent) { }

QHash<QString, QString> ManagedRangesModel::names() const
{
    QHash<QString, QString> names;
    for (const ManagedRange &range : m_items)
        names.insert(range.id, range.name);
    return names;
}

int ManagedRangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ManagedRangesModel::data(const QModelIndex &index, int role) const
{
    // Views ask for the invalid index (a combo box with no current item): an answer, not a misuse.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ManagedRange &range = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ModelRoles::RawRole:
        return index.column() == NameColumn ? range.name : range.id;
    case ModelRoles::IdRole:
        return range.id;
    case ModelRoles::ValueRole:
        return QVariant::fromValue(range);
    }
    return {};
}

QVariant ManagedRangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Name") : tr("ID");
}

ApiReply *ManagedRangesModel::startLoad()
{
    return m_client ? m_client->listManagedRanges(m_database) : nullptr;
}

void ManagedRangesModel::applyLoad(ApiReply *reply)
{
    mergeItems(reply->value<QList<ManagedRange>>());
}
