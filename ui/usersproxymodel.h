#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QSortFilterProxyModel>
#include <QStringList>

class DatabaseUsersModel;
struct DatabaseUser;

/// The users' sort keys by source row, computed together off the UI thread (UsersProxyModel).
struct UsersSortKeys
{
    quint64 generation = 0;
    QStringList foldedNames;
    QList<int> encryptionRanks;
    QList<int> nameOrder;

    static UsersSortKeys compute(const QList<DatabaseUser> &users);
    static int encryptionRank(const DatabaseUser &user);
};

/// The users page's sorted, filtered view of a DatabaseUsersModel. Filtering and sorting read the typed users
/// directly instead of going through data() and QVariant for every row, so they stay cheap with tens of thousands
/// of users. Adds the lock and MD5 warning icons; the core model stays free of QtGui types.
class UsersProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit UsersProxyModel(QObject *parent = nullptr);

    /// The password is hashed with MD5, an outdated scheme: resetting it switches to SCRAM-SHA-256.
    static bool usesMd5(const DatabaseUser &user);

    void setUsersModel(DatabaseUsersModel *model);
    DatabaseUsersModel *usersModel() const { return m_users; }

    /// Shows only the users whose password is still hashed with MD5 (and that can be reset).
    void setMd5Only(bool only);
    bool isMd5Only() const { return m_md5Only; }
    /// Case-insensitive substring of the username.
    void setSearchText(const QString &text);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    /// True once the name order computed on a worker thread is in place (sorting by name compares integers).
    bool hasNameOrder() const { return m_nameOrderValid; }

signals:
    /// The worker's name order arrived (tests and the benchmark wait for it).
    void nameOrderReady();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// Compares the typed fields: a full sort of 50,000 users is ~800,000 comparisons.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// Case-folded names and encryption ranks by source row, rebuilt on the first use after rows were added or
    /// removed: a sort then compares plain strings and integers instead of folding both names on each of ~16
    /// comparisons per row, and a search scans folded names. Changed rows only refresh their own keys.
    void ensureKeys() const;
    void updateKeys(int first, int last) const;
    /// Rows were added or removed: the keys are stale; a worker computes them again with each row's place in name
    /// order, so that the next sort by name compares two integers instead of two strings.
    void invalidateKeys();
    void onKeysComputed();

    DatabaseUsersModel *m_users = nullptr;
    mutable QStringList m_foldedNames;
    mutable QList<int> m_encryptionRanks;
    mutable bool m_keysValid = false;
    /// Place of each source row in case-folded name order (ties by row), from the worker; valid while no row was
    /// added or removed since (a changed row keeps its name, hence its place).
    QList<int> m_nameOrder;
    bool m_nameOrderValid = false;
    quint64 m_keysGeneration = 0;
    QFutureWatcher<UsersSortKeys> *m_keysWatcher = nullptr;
    QString m_search;
    QString m_foldedSearch;
    bool m_md5Only = false;
};
