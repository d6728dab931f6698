#pragma once

#include "domain/database.h"
#include "resourcemodel.h"

#include <QPointer>

class ApiClient;

/// Dedicated Resources databases of every region the account can see (the database picker).
class DatabasesModel : public ResourceModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PlanColumn, RegionColumn, IdColumn, ColumnCount };
    Q_ENUM(Column)

    explicit DatabasesModel(QObject *parent = nullptr);

    void bind(ApiClient *client);
    const QList<Database> &databases() const { return m_databases; }
    Database databaseAt(int row) const { return m_databases.value(row); }
    int rowOf(const QString &id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    ApiReply *startLoad() override;
    void applyLoad(ApiReply *reply) override;
    void clearRows() override;

private:
    static QString key(const Database &db) { return db.region + QLatin1Char('/') + db.id; }

    QPointer<ApiClient> m_client;
    QList<Database> m_databases;
};
