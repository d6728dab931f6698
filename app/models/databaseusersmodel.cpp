#include "databaseusersmodel.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "modelroles.h"

DatabaseUsersModel::DatabaseUsersModel(QObject *parent) : KeyedListModel(parent)
{
    // Rows are keyed by name: a refresh never changes this column in place (ResourceModel::emitRowsChanged).
    setProperty("keyColumn", int(UsernameColumn));
}

ApiReply *DatabaseUsersModel::createUser(const NewDatabaseUser &user)
{
    if (!m_client)
        return nullptr;
    ApiReply *reply = m_client->createDatabaseUser(m_database, user);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->isSuccess()) {
            // The name was refused (typically taken meanwhile by someone else): the list is stale, catch up.
            if (reply->error().kind() == ApiError::Kind::Validation
                && reply->error().fieldErrors().contains(QStringLiteral("name")))
                reload();
            return;
        }
        DatabaseUser created = reply->value<DatabaseUser>();
        created.password.clear(); // the model never keeps secrets; the dialog shows them once
        upsertItem(created);
    });
    return reply;
}

ApiReply *DatabaseUsersModel::updatePassword(const QString &name, const QString &password)
{
    if (!m_client)
        return nullptr;
    ApiReply *reply = m_client->updateDatabaseUserPassword(m_database, name, password);
    trackWrite(reply, name, false);
    return reply;
}

ApiReply *DatabaseUsersModel::resetPassword(const QString &name)
{
    if (!m_client)
        return nullptr;
    ApiReply *reply = m_client->resetDatabaseUserPassword(m_database, name);
    trackWrite(reply, name, false);
    return reply;
}

ApiReply *DatabaseUsersModel::deleteUser(const QString &name)
{
    if (!m_client)
        return nullptr;
    ApiReply *reply = m_client->deleteDatabaseUser(m_database, name);
    trackWrite(reply, name, true);
    return reply;
}

void DatabaseUsersModel::trackWrite(ApiReply *reply, const QString &name, bool removes)
{
    setPending(name, true);
    connect(reply, &ApiReply::finished, this, [this, reply, name, removes] {
        setPending(name, false);
        // 404: the user is gone (deleted meanwhile, e.g. by someone else), whatever the write was: don't list it.
        if (reply->error().kind() == ApiError::Kind::NotFound || (removes && reply->isSuccess())) {
            removeItem(name);
            return;
        }
        if (removes || !reply->isSuccess())
            return;
        DatabaseUser updated = reply->value<DatabaseUser>();
        if (updated.name == name) {
            updated.password.clear();
            upsertItem(updated);
        }
    });
}

void DatabaseUsersModel::setPending(const QString &name, bool pending)
{
    if (pending)
        m_pending.insert(name);
    else
        m_pending.remove(name);
    if (const int row = rowOf(name); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int DatabaseUsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatabaseUsersModel::data(const QModelIndex &index, int role) const
{
    // Views ask for the invalid index (a combo box with no current item): an answer, not a misuse.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DatabaseUser &user = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case UsernameColumn:
            return user.name;
        case ReadOnlyColumn:
            return user.readOnly ? tr("Yes") : tr("No");
        case ProtectedColumn:
            return user.isProtected ? tr("Yes") : tr("No");
        case PasswordEncryptionColumn:
            return user.passwordEncryption.isEmpty() ? tr("Unknown") : user.passwordEncryption;
        }
        break;
    case Qt::ToolTipRole:
        if (user.isProtected)
            return tr("Created with the database; it can't be removed or reset.");
        if (user.usesMd5())
            return tr("This password is stored with MD5, an outdated hash. Reset it to switch to SCRAM-SHA-256.");
        break;
    case ModelRoles::ChangedRole:
        return isMarked(user.name);
    case ModelRoles::IdRole:
        return user.name;
    case ModelRoles::RawRole:
        switch (index.column()) {
        case ReadOnlyColumn:
            return user.readOnly;
        case ProtectedColumn:
            return user.isProtected;
        default:
            return data(index, Qt::DisplayRole);
        }
    case ModelRoles::ProtectedRole:
        return user.isProtected;
    case ModelRoles::PendingRole:
        return m_pending.contains(user.name);
    case ModelRoles::ValueRole:
        return QVariant::fromValue(user);
    }
    return {};
}

QVariant DatabaseUsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case ReadOnlyColumn:
        return tr("Read-only");
    case ProtectedColumn:
        return tr("Protected");
    case PasswordEncryptionColumn:
        return tr("Password encryption");
    }
    return {};
}

ApiReply *DatabaseUsersModel::startLoad()
{
    return m_client ? m_client->listDatabaseUsers(m_database) : nullptr;
}

void DatabaseUsersModel::applyLoad(ApiReply *reply)
{
    mergeItems(reply->value<QList<DatabaseUser>>());
}

void DatabaseUsersModel::clearRows()
{
    KeyedListModel::clearRows();
    m_pending.clear();
}
