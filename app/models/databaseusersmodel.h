#pragma once

#include "domain/databaseuser.h"
#include "keyedlistmodel.h"

#include <QSet>

/// Database users of one database ("Database Users"), columns as the CLI prints them.
class DatabaseUsersModel : public KeyedListModel<DatabaseUser>
{
    Q_OBJECT

public:
    enum Column { UsernameColumn, ReadOnlyColumn, ProtectedColumn, PasswordEncryptionColumn, ColumnCount };
    Q_ENUM(Column)

    explicit DatabaseUsersModel(QObject *parent = nullptr);

    const QList<DatabaseUser> &users() const { return items(); }
    DatabaseUser userAt(int row) const { return itemAt(row); }
    int rowOf(const QString &name) const { return rowOfKey(name); }
    bool contains(const QString &name) const { return rowOf(name) >= 0; }

    ApiReply *createUser(const NewDatabaseUser &user);
    ApiReply *updatePassword(const QString &name, const QString &password);
    ApiReply *resetPassword(const QString &name);
    ApiReply *deleteUser(const QString &name);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    ApiReply *startLoad() override;
    void applyLoad(ApiReply *reply) override;
    void clearRows() override;

private:
    QString keyOf(const DatabaseUser &user) const override { return user.name; }
    void setPending(const QString &name, bool pending);
    /// Keeps the row up to date after a write that returned the user (reset re-hashes MD5 users with SCRAM).
    void trackWrite(ApiReply *reply, const QString &name, bool removes);

    QSet<QString> m_pending;
};
