#pragma once

#include "domain/managedrange.h"
#include "keyedlistmodel.h"

/// Managed ranges offered by Scalingo ("Scalingo osc-fr1 region", ...), listed for the New rule dialog.
class ManagedRangesModel : public KeyedListModel<ManagedRange>
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ManagedRangesModel(QObject *parent = nullptr);

    const QList<ManagedRange> &ranges() const { return items(); }
    /// id → name, for showing managed rules by name.
    QHash<QString, QString> names() const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    ApiReply *startLoad() override;
    void applyLoad(ApiReply *reply) override;
    QString keyOf(const ManagedRange &range) const override { return range.id; }
};
