#pragma once

#include "batchplan.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QSet>

class BatchApplier;

/// A batch operation as a table: one row per item (database, change, status), for the preview (setPlan()) and then
/// live while a BatchApplier applies it (setApplier()). Optionally checkable: items to apply get a check box in the
/// change column, and checkedPlan() drops the unticked ones (offboarding's "preview with checkboxes").
class BatchPlanModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DatabaseColumn, RegionColumn, ChangeColumn, StatusColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        StatusRole = Qt::UserRole + 100, ///< int: BatchItem::Status
        VerdictRole, ///< int: BatchItem::Verdict
        TargetRole, ///< int: index of the database in the plan
    };

    explicit BatchPlanModel(QObject *parent = nullptr);

    void setPlan(const BatchPlan &plan);
    const BatchPlan &plan() const { return m_plan; }
    /// Follows \a applier: its plan when a run starts (give it checkedPlan(); the ticks are then cleared, every item
    /// shown being one applied), each item as it changes. nullptr to stop.
    void setApplier(BatchApplier *applier);

    void setCheckable(bool checkable);
    bool isCheckable() const { return m_checkable; }
    /// The plan without the unticked items (all of them when not checkable).
    BatchPlan checkedPlan() const;
    /// Ticked items to apply.
    int checkedCount() const;

    const BatchItem &itemAt(int row) const;
    const BatchTarget &targetAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    void rebuild(const BatchPlan &plan);
    void itemChanged(int target, int item);
    static quint64 keyOf(int target, int item) { return (quint64(quint32(target)) << 32) | quint32(item); }

    BatchPlan m_plan;
    QList<QPair<int, int>> m_rows; ///< (target, item)
    QSet<quint64> m_unchecked;
    QPointer<BatchApplier> m_applier;
    bool m_checkable = false;
};
