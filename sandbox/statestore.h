#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

/// One database as the regional API models it: a Dedicated Resources database (an app owning exactly one addon)
/// or a classic `postgresql` addon of an ordinary app.
struct DatabaseRecord
{
    static constexpr const char *Dedicated = "dedicated";
    static constexpr const char *Classic = "classic";

    QString appId; // 24 hex, also the DatabaseNG id
    QString name; // display name == app name
    QString addonId; // ad-<uuid>
    QString dbapiId; // the DB API's own id
    QString projectId;
    QString plan;
    QString pgDatabase; // == owner user name
    QString ownerUser;
    QString ownerPassword;
    QString endpointId;
    QDateTime createdAt;
    QString kind = QLatin1String(Dedicated);
    QString region; // SandboxRegions name

    bool isClassic() const { return kind == QLatin1String(Classic); }
};

/// An app without a PostgreSQL addon (`--seed-apps`): listed by `GET /v1/apps`, never a database.
struct PlainAppRecord
{
    QString appId;
    QString name;
    QString region;
    QString otherAddon; // provider id of its one non-PostgreSQL addon ("redis", ...), or empty: no addon at all
    QDateTime createdAt;
};

/// The sandbox's persistent state, kept in the `gatehouse_sandbox` database of the managed cluster
/// (so a restart, even after kill -9, loses nothing). Also owns one admin connection per target database.
class StateStore
{
public:
    static constexpr const char *StateConnection = "gatehouse_state";

    ~StateStore();

    /// Connects (creating the state database and schema when missing) and provisions the demo database
    /// on the very first start.
    bool open(const QString &socketDir, quint16 port, QString *error);
    void close();

    QSqlDatabase stateDb() const;
    /// A connection to the state database owned by the calling thread (opened on first use, kept open): for
    /// read-only queries on the server's worker threads. Invalid (and *error) on failure.
    QSqlDatabase readerDb(QString *error) const;
    /// Admin connection to a provisioned database (opened lazily, kept open).
    QSqlDatabase targetDb(const DatabaseRecord &record, QString *error);

    /// Marks every users list as changed (UsersListCache): after a role change that touches no database_users
    /// row (a new role's commit, a password change); writes to database_users bump it by trigger.
    bool bumpUsersVersion(QString *error);

    QString setting(const QString &key) const;
    bool setSetting(const QString &key, const QString &value);
    /// Returns the stored value, creating it with `make()` the first time.
    template<typename Make>
    QString settingOr(const QString &key, Make make)
    {
        QString v = setting(key);
        if (v.isEmpty()) {
            v = make();
            setSetting(key, v);
        }
        return v;
    }

    QList<DatabaseRecord> databases() const;
    /// By app id or name (regional API addressing).
    std::optional<DatabaseRecord> findDatabase(const QString &idOrName) const;
    std::optional<DatabaseRecord> findByAddon(const QString &addonId) const;

    /// Creates a real database with its protected owner and records it (demo databases, seeding).
    bool provision(const QString &name, const QString &plan, const QString &kind, const QString &region,
                   const QString &ownerPrefix, QString *error);
    QList<PlainAppRecord> plainApps() const;
    std::optional<PlainAppRecord> findPlainApp(const QString &idOrName) const;
    bool addPlainApp(const QString &name, const QString &region, const QString &otherAddon, QString *error);

private:
    bool createSchema(QString *error);

    QString m_socketDir;
    quint16 m_port = 0;
    QStringList m_targetConnections;
};
