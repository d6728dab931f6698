#pragma once

#include "api/databaseref.h"
#include "domain/managedrange.h"
#include "resourcemodel.h"

#include <QPointer>

class ApiClient;

/// Managed ranges offered by Scalingo ("Scalingo osc-fr1 region", ...), listed for the New rule dialog.
class ManagedRangesModel : public ResourceModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, IdColumn, ColumnCount };
    Q_ENUM(Column)

    explicit ManagedRangesModel(QObject *parent = nullptr);

    void bind(ApiClient *client, const DatabaseRef &database);
    const QList<ManagedRange> &ranges() const { return m_ranges; }
    /// id → name, for showing managed rules by name.
    QHash<QString, QString> names() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    ApiReply *startLoad() override;
    void applyLoad(ApiReply *reply) override;
    void clearRows() override;

private:
    static QString key(const ManagedRange &range) { return range.id; }

    QPointer<ApiClient> m_client;
    DatabaseRef m_database;
    QList<ManagedRange> m_ranges;
};
