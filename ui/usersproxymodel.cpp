#include "usersproxymodel.h"

#include "icons.h"
#include "models/databaseusersmodel.h"
#include "rulesproxymodel.h"
#include "models/modelroles.h"

#include <QtConcurrent>

#include <numeric>

UsersProxyModel::UsersProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::RawRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

bool UsersProxyModel::usesMd5(const DatabaseUser &user)
{
    return user.usesMd5();
}

void UsersProxyModel::setUsersModel(DatabaseUsersModel *model)
{
    if (m_users)
        disconnect(m_users, nullptr, this, nullptr);
    m_users = model;
    invalidateKeys();
    // Connected before setSourceModel(): these run before the base class re-sorts and re-filters on the same signals.
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &UsersProxyModel::invalidateKeys);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &UsersProxyModel::invalidateKeys);
        connect(model, &QAbstractItemModel::modelReset, this, &UsersProxyModel::invalidateKeys);
        connect(model, &QAbstractItemModel::layoutChanged, this, &UsersProxyModel::invalidateKeys);
        // Changed rows keep their place (rows are keyed by name): refresh only their keys, not every row's.
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                    if (!m_keysValid || bottomRight.row() >= m_foldedNames.size())
                        m_keysValid = false;
                    else
                        updateKeys(topLeft.row(), bottomRight.row());
                });
    }
    setSourceModel(model);
}

int UsersSortKeys::encryptionRank(const DatabaseUser &user)
{
    // Unknown first, then the outdated hash, then SCRAM (and anything else after it, by name).
    return user.passwordEncryption.isEmpty() ? 0 : user.usesMd5() ? 1 : user.usesScram() ? 2 : 3;
}

UsersSortKeys UsersSortKeys::compute(const QList<DatabaseUser> &users)
{
    UsersSortKeys keys;
    const qsizetype n = users.size();
    keys.foldedNames.reserve(n);
    keys.encryptionRanks.reserve(n);
    for (const DatabaseUser &user : users) {
        keys.foldedNames.append(user.name.toCaseFolded());
        keys.encryptionRanks.append(encryptionRank(user));
    }
    QList<int> rows(n);
    std::iota(rows.begin(), rows.end(), 0);
    std::stable_sort(rows.begin(), rows.end(),
                     [&](int a, int b) { return keys.foldedNames.at(a) < keys.foldedNames.at(b); });
    keys.nameOrder.resize(n);
    for (int place = 0; place < n; ++place)
        keys.nameOrder[rows.at(place)] = place;
    return keys;
}

void UsersProxyModel::invalidateKeys()
{
    m_keysValid = false;
    m_nameOrderValid = false;
    const quint64 generation = ++m_keysGeneration;
    if (!m_users || m_users->users().isEmpty())
        return;
    if (!m_keysWatcher) {
        m_keysWatcher = new QFutureWatcher<UsersSortKeys>(this);
        connect(m_keysWatcher, &QFutureWatcherBase::finished, this, &UsersProxyModel::onKeysComputed);
    }
    // The list is implicitly shared: the worker reads this version while the model may move on.
    m_keysWatcher->setFuture(QtConcurrent::run([users = m_users->users(), generation] {
        UsersSortKeys keys = UsersSortKeys::compute(users);
        keys.generation = generation;
        return keys;
    }));
}

void UsersProxyModel::onKeysComputed()
{
    if (m_keysWatcher->future().resultCount() == 0)
        return;
    UsersSortKeys keys = m_keysWatcher->result();
    if (keys.generation != m_keysGeneration || !m_users || keys.nameOrder.size() != m_users->users().size())
        return; // rows were added or removed meanwhile: a newer computation is on its way
    // Rows that changed meanwhile refreshed their folded name and rank in place; the worker saw the older
    // version, so keep the refreshed ones when they exist.
    if (!m_keysValid) {
        m_foldedNames = std::move(keys.foldedNames);
        m_encryptionRanks = std::move(keys.encryptionRanks);
        m_keysValid = true;
    }
    m_nameOrder = std::move(keys.nameOrder);
    m_nameOrderValid = true;
    emit nameOrderReady();
}

void UsersProxyModel::ensureKeys() const
{
    if (m_keysValid && m_foldedNames.size() == m_users->users().size())
        return;
    m_foldedNames.resize(m_users->users().size());
    m_encryptionRanks.resize(m_users->users().size());
    updateKeys(0, int(m_users->users().size()) - 1);
    m_keysValid = true;
}

void UsersProxyModel::updateKeys(int first, int last) const
{
    const QList<DatabaseUser> &users = m_users->users();
    for (int row = first; row <= last; ++row) {
        const DatabaseUser &user = users.at(row);
        m_foldedNames[row] = user.name.toCaseFolded();
        m_encryptionRanks[row] = UsersSortKeys::encryptionRank(user);
    }
}

void UsersProxyModel::setMd5Only(bool only)
{
    if (m_md5Only == only)
        return;
    m_md5Only = only;
    invalidateFilter();
}

void UsersProxyModel::setSearchText(const QString &text)
{
    if (m_search == text)
        return;
    m_search = text;
    m_foldedSearch = text.toCaseFolded();
    invalidateFilter();
}

QVariant UsersProxyModel::data(const QModelIndex &index, int role) const
{
    // Cheap roles only: views ask for decorations of every visible cell on each repaint.
    if (role == Qt::BackgroundRole && m_users && index.isValid()
        && m_users->isMarked(m_users->users().at(mapToSource(index).row()).name))
        return changedRowBackground(); // added by someone else since the user last looked
    if (role == Qt::DecorationRole && m_users && index.isValid()) {
        const int row = mapToSource(index).row();
        const DatabaseUser &user = m_users->users().at(row);
        if (index.column() == DatabaseUsersModel::UsernameColumn && user.isProtected) {
            static const QIcon lock = Icons::icon(QStringLiteral("lock"));
            return lock;
        }
        if (index.column() == DatabaseUsersModel::PasswordEncryptionColumn && usesMd5(user)) {
            static const QIcon warning = Icons::icon(QStringLiteral("warning"));
            return warning;
        }
    }
    return QSortFilterProxyModel::data(index, role);
}

bool UsersProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_users || sourceParent.isValid())
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const DatabaseUser &user = m_users->users().at(sourceRow);
    if (m_md5Only && (user.isProtected || !usesMd5(user)))
        return false;
    if (m_search.isEmpty())
        return true;
    // Folded once per change, not on every comparison: a case-sensitive search in pre-folded names.
    ensureKeys();
    return m_foldedNames.at(sourceRow).contains(m_foldedSearch);
}

bool UsersProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_users || left.parent().isValid())
        return QSortFilterProxyModel::lessThan(left, right);
    const DatabaseUser &a = m_users->users().at(left.row());
    const DatabaseUser &b = m_users->users().at(right.row());
    switch (left.column()) {
    case DatabaseUsersModel::ReadOnlyColumn:
        return a.readOnly < b.readOnly;
    case DatabaseUsersModel::ProtectedColumn:
        return a.isProtected < b.isProtected;
    case DatabaseUsersModel::PasswordEncryptionColumn: {
        ensureKeys();
        const int ra = m_encryptionRanks.at(left.row()), rb = m_encryptionRanks.at(right.row());
        if (ra != rb || ra != 3)
            return ra < rb;
        return a.passwordEncryption.compare(b.passwordEncryption, Qt::CaseInsensitive) < 0;
    }
    default:
        if (m_nameOrderValid) // the worker's order: two integers
            return m_nameOrder.at(left.row()) < m_nameOrder.at(right.row());
        ensureKeys();
        return m_foldedNames.at(left.row()) < m_foldedNames.at(right.row());
    }
}
