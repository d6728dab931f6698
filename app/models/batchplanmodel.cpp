#include "batchplanmodel.h"

#include "batchapplier.h"


BatchPlanModel::BatchPlanModel(QObject *parent) : QAbstractTableModel(parent) { }

void BatchPlanModel::setPlan(const BatchPlan &plan)
{
    m_unchecked.clear();
    rebuild(plan);
}

void BatchPlanModel::rebuild(const BatchPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    m_rows.clear();
    for (int t = 0; t < m_plan.targets.size(); ++t) {
        for (int i = 0; i < m_plan.targets.at(t).items.size(); ++i)
            m_rows.append({t, i});
    }
    endResetModel();
}

void BatchPlanModel::setApplier(BatchApplier *applier)
{
    if (m_applier)
        disconnect(m_applier, nullptr, this, nullptr);
    m_applier = applier;
    if (!applier)
        return;
    connect(applier, &BatchApplier::started, this, [this] {
        if (!m_applier)
            return;
        m_unchecked.clear(); // the applier got checkedPlan(): its items are the ticked ones, numbered anew
        rebuild(m_applier->plan());
    });
    connect(applier, &BatchApplier::itemChanged, this, &BatchPlanModel::itemChanged);
    if (applier->plan().itemCount() > 0)
        rebuild(applier->plan());
}

void BatchPlanModel::itemChanged(int target, int item)
{
    if (!m_applier || target >= m_plan.targets.size() || target >= m_applier->plan().targets.size())
        return;
    const QList<BatchItem> &source = m_applier->plan().targets.at(target).items;
    if (item >= source.size() || item >= m_plan.targets.at(target).items.size())
        return;
    m_plan.targets[target].items[item] = source.at(item);
    m_plan.targets[target].addonId = m_applier->plan().targets.at(target).addonId;
    const int row = int(m_rows.indexOf(qMakePair(target, item)));
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BatchPlanModel::setCheckable(bool checkable)
{
    if (m_checkable == checkable)
        return;
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

BatchPlan BatchPlanModel::checkedPlan() const
{
    BatchPlan out = m_plan;
    for (int t = int(out.targets.size()) - 1; t >= 0; --t) {
        QList<BatchItem> &items = out.targets[t].items;
        for (int i = int(items.size()) - 1; i >= 0; --i) {
            if (m_checkable && m_unchecked.contains(keyOf(t, i)))
                items.removeAt(i);
        }
        if (items.isEmpty())
            out.targets.removeAt(t);
    }
    return out;
}

int BatchPlanModel::checkedCount() const
{
    int n = 0;
    for (const auto &[t, i] : m_rows) {
        if (m_plan.targets.at(t).items.at(i).verdict == BatchItem::Verdict::Apply
            && !(m_checkable && m_unchecked.contains(keyOf(t, i))))
            ++n;
    }
    return n;
}

const BatchItem &BatchPlanModel::itemAt(int row) const
{
    const auto &[t, i] = m_rows.at(row);
    return m_plan.targets.at(t).items.at(i);
}

const BatchTarget &BatchPlanModel::targetAt(int row) const
{
    return m_plan.targets.at(m_rows.at(row).first);
}

int BatchPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BatchPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BatchPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &[t, i] = m_rows.at(index.row());
    const BatchTarget &target = m_plan.targets.at(t);
    const BatchItem &item = target.items.at(i);
    switch (role) {
    case StatusRole:
        return int(item.status);
    case VerdictRole:
        return int(item.verdict);
    case TargetRole:
        return t;
    case Qt::CheckStateRole:
        if (m_checkable && index.column() == ChangeColumn && item.verdict == BatchItem::Verdict::Apply)
            return m_unchecked.contains(keyOf(t, i)) ? Qt::Unchecked : Qt::Checked;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return item.statusText();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DatabaseColumn:
        return target.database.isAddon() ? target.database.appName : target.database.name;
    case RegionColumn:
        return target.database.region;
    case ChangeColumn:
        return item.summary();
    case StatusColumn:
        return item.statusText();
    default:
        return {};
    }
}

bool BatchPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !m_checkable || !index.isValid() || index.column() != ChangeColumn
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto &[t, i] = m_rows.at(index.row());
    if (m_plan.targets.at(t).items.at(i).verdict != BatchItem::Verdict::Apply)
        return false;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_unchecked.remove(keyOf(t, i));
    else
        m_unchecked.insert(keyOf(t, i));
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags BatchPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_checkable && index.isValid() && index.column() == ChangeColumn
        && itemAt(index.row()).verdict == BatchItem::Verdict::Apply)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant BatchPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DatabaseColumn:
        return tr("Database");
    case RegionColumn:
        return tr("Region");
    case ChangeColumn:
        return tr("Change");
    case StatusColumn:
        return tr("Result");
    default:
        return {};
    }
}
