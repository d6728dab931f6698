#pragma once

#include "domain/database.h"
#include "keyedlistmodel.h"

/// Dedicated Resources databases of every region the account can see (the database picker).
class DatabasesModel : public KeyedListModel<Database>
{
    Q_OBJECT

public:
    enum Column { NameColumn, PlanColumn, RegionColumn, IdColumn, ColumnCount };
    Q_ENUM(Column)

    explicit DatabasesModel(QObject *parent = nullptr);

    const QList<Database> &databases() const { return items(); }
    Database databaseAt(int row) const { return itemAt(row); }
    /// The first row with this database id (ids are unique within a region).
    int rowOf(const QString &id) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    ApiReply *startLoad() override;
    void applyLoad(ApiReply *reply) override;
    QString keyOf(const Database &db) const override { return db.region + QLatin1Char('/') + db.id; }
};
