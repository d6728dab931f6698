#pragma once

#include "domain/database.h"
#include "keyedlistmodel.h"

/// The databases of every region the account can see (the database picker): Dedicated Resources from
/// `GET /v1/databases` (reload()), then the classic PostgreSQL addons that AddonDiscovery adds as it finds them.
/// Dedicated Resources come first, addons after, each group in the order found.
class DatabasesModel : public KeyedListModel<Database>
{
    Q_OBJECT

public:
    enum Column { NameColumn, PlanColumn, RegionColumn, IdColumn, KindColumn, ColumnCount };
    Q_ENUM(Column)

    explicit DatabasesModel(QObject *parent = nullptr);

    const QList<Database> &databases() const { return items(); }
    Database databaseAt(int row) const { return itemAt(row); }
    /// The first row with this database id (ids are unique within a region).
    int rowOf(const QString &id) const;
    /// Adds or updates classic addons found by discovery (kept across reload()s of the Dedicated Resources).
    void addDiscovered(const QList<Database> &addons);
    /// The picker's text: name, then what it is (kind, app, plan, region).
    static QString describe(const Database &db);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    ApiReply *startLoad() override;
    void applyLoad(ApiReply *reply) override;
    QString keyOf(const Database &db) const override { return db.region + QLatin1Char('/') + db.id; }
};
