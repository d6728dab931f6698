#include "statestore.h"

#include "logging.h"
#include "sandboxregions.h"
#include "sqlhelpers.h"
#include "tokenservice.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUuid>

namespace {

const QString StateDatabase = QStringLiteral("gatehouse_sandbox");

QString randomHex(int length)
{
    return QString::fromLatin1(TokenService::randomBytes((length + 1) / 2).toHex().left(length));
}

QString randomLower(int length)
{
    static const QLatin1String alphabet("abcdefghijklmnopqrstuvwxyz0123456789");
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(QRandomGenerator::system()->bounded(static_cast<int>(alphabet.size()))));
    return out;
}

const char *const DatabaseColumns = "app_id, name, addon_id, dbapi_id, project_id, plan, pg_database, owner_user, "
                                    "owner_password, endpoint_id, created_at, kind, region";

DatabaseRecord recordFrom(const QSqlQuery &q)
{
    DatabaseRecord r;
    r.appId = q.value(0).toString();
    r.name = q.value(1).toString();
    r.addonId = q.value(2).toString();
    r.dbapiId = q.value(3).toString();
    r.projectId = q.value(4).toString();
    r.plan = q.value(5).toString();
    r.pgDatabase = q.value(6).toString();
    r.ownerUser = q.value(7).toString();
    r.ownerPassword = q.value(8).toString();
    r.endpointId = q.value(9).toString();
    r.createdAt = q.value(10).toDateTime();
    r.kind = q.value(11).toString();
    r.region = q.value(12).toString();
    return r;
}

} // namespace

StateStore::~StateStore()
{
    close();
}

bool StateStore::open(const QString &socketDir, quint16 port, QString *error)
{
    m_socketDir = socketDir;
    m_port = port;
    const QString bootstrap = QStringLiteral("gatehouse_bootstrap");
    if (!Sql::connect(bootstrap, socketDir, port, QStringLiteral("postgres"), error))
        return false;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::database(bootstrap);
        auto exists = Sql::run(db, QStringLiteral("SELECT 1 FROM pg_database WHERE datname = :name"),
                               {{QStringLiteral("name"), StateDatabase}}, error);
        if (!exists)
            ok = false;
        else if (!exists->next())
            ok = Sql::execFormatted(db, QStringLiteral("CREATE DATABASE %I"), {StateDatabase}, error);
    }
    Sql::disconnect(bootstrap);
    if (!ok)
        return false;
    if (!Sql::connect(QLatin1String(StateConnection), socketDir, port, StateDatabase, error))
        return false;
    if (!createSchema(error))
        return false;
    // A crash (kill -9) between a user's row and its role leaves a row without role: drop it (UsersService writes
    // the row first and the role with its grants in one transaction, so this is the only partial state).
    if (!Sql::run(stateDb(),
                  QStringLiteral("DELETE FROM database_users u WHERE NOT EXISTS "
                                 "(SELECT 1 FROM pg_roles r WHERE r.rolname = u.name)"),
                  {}, error))
        return false;
    // Each kind gets its demo database once; a data dir made before classic addons existed gains `my-app` here.
    bool hasDedicated = false;
    bool hasClassic = false;
    for (const DatabaseRecord &db : databases()) {
        hasDedicated = hasDedicated || !db.isClassic();
        hasClassic = hasClassic || db.isClassic();
    }
    if (!hasDedicated
        && !provision(QStringLiteral("my-postgres-db"), QStringLiteral("postgresql-dr-starter-4096"),
                      QLatin1String(DatabaseRecord::Dedicated), SandboxRegions::defaultRegion(),
                      QStringLiteral("gatehouse_demo_"), error))
        return false;
    if (!hasClassic
        && !provision(QStringLiteral("my-app"), QStringLiteral("postgresql-starter-512"),
                      QLatin1String(DatabaseRecord::Classic), SandboxRegions::defaultRegion(),
                      QStringLiteral("my_app_"), error))
        return false;
    return true;
}

void StateStore::close()
{
    for (const QString &name : std::as_const(m_targetConnections))
        Sql::disconnect(name);
    m_targetConnections.clear();
    if (QSqlDatabase::contains(QLatin1String(StateConnection)))
        Sql::disconnect(QLatin1String(StateConnection));
}

QSqlDatabase StateStore::stateDb() const
{
    return QSqlDatabase::database(QLatin1String(StateConnection), false);
}

QSqlDatabase StateStore::readerDb(QString *error) const
{
    // QSqlDatabase connections belong to the thread that opened them: one per worker thread.
    const QString name = QStringLiteral("gatehouse_state_reader_%1").arg(quintptr(QThread::currentThreadId()));
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen() || db.open())
            return db;
        *error = db.lastError().text();
        return QSqlDatabase();
    }
    if (!Sql::connect(name, m_socketDir, m_port, StateDatabase, error)) {
        Sql::disconnect(name);
        return QSqlDatabase();
    }
    return QSqlDatabase::database(name, false);
}

QSqlDatabase StateStore::targetDb(const DatabaseRecord &record, QString *error)
{
    const QString name = QStringLiteral("gatehouse_db_") + record.appId;
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            return db;
        if (db.open())
            return db;
        *error = db.lastError().text();
        return QSqlDatabase();
    }
    if (!Sql::connect(name, m_socketDir, m_port, record.pgDatabase, error)) {
        Sql::disconnect(name);
        return QSqlDatabase();
    }
    m_targetConnections.append(name);
    return QSqlDatabase::database(name, false);
}

bool StateStore::createSchema(QString *error)
{
    static const char *const statements[] = {
            "CREATE TABLE IF NOT EXISTS settings (key text PRIMARY KEY, value text NOT NULL)",
            "CREATE TABLE IF NOT EXISTS databases (app_id text PRIMARY KEY, name text UNIQUE NOT NULL, "
            "addon_id text UNIQUE NOT NULL, dbapi_id text NOT NULL, project_id text NOT NULL, plan text NOT NULL, "
            "pg_database text NOT NULL, owner_user text NOT NULL, owner_password text NOT NULL, "
            "endpoint_id text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())",
            "CREATE TABLE IF NOT EXISTS database_users (app_id text NOT NULL REFERENCES databases ON DELETE CASCADE, "
            "name text NOT NULL, read_only boolean NOT NULL, protected boolean NOT NULL, "
            "created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (app_id, name))",
            "ALTER TABLE databases ADD COLUMN IF NOT EXISTS kind text NOT NULL DEFAULT 'dedicated'",
            // Classic addons' features (force-ssl, publicly-available); due_at = when a pending change completes.
            "CREATE TABLE IF NOT EXISTS database_features (app_id text NOT NULL REFERENCES databases ON DELETE "
            "CASCADE, "
            "name text NOT NULL, status text NOT NULL, message text NOT NULL DEFAULT '', due_at timestamptz, "
            "PRIMARY KEY (app_id, name))",
            "CREATE TABLE IF NOT EXISTS firewall_rules (id text PRIMARY KEY, "
            "app_id text NOT NULL REFERENCES databases ON DELETE CASCADE, type text NOT NULL, "
            "cidr text NOT NULL DEFAULT '', label text NOT NULL DEFAULT '', range_id text NOT NULL DEFAULT '', "
            "created_at timestamptz NOT NULL, updated_at timestamptz NOT NULL)",
            // The users version (UsersListCache): any statement writing database_users bumps it, in the writer's
            // transaction, so a list rendered in the same snapshot as the version it read is exact for that version.
            "CREATE TABLE IF NOT EXISTS change_counters (name text PRIMARY KEY, value bigint NOT NULL)",
            "INSERT INTO change_counters (name, value) VALUES ('users', 0) ON CONFLICT (name) DO NOTHING",
            "CREATE OR REPLACE FUNCTION bump_users_version() RETURNS trigger LANGUAGE plpgsql AS "
            "$$BEGIN UPDATE change_counters SET value = value + 1 WHERE name = 'users'; RETURN NULL; END$$",
            "CREATE OR REPLACE TRIGGER database_users_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            "ON database_users FOR EACH STATEMENT EXECUTE FUNCTION bump_users_version()",
            // Data dirs from before --regions: everything was in the sandbox's own region.
            "ALTER TABLE databases ADD COLUMN IF NOT EXISTS region text NOT NULL DEFAULT 'sandbox'",
            "CREATE TABLE IF NOT EXISTS plain_apps (app_id text PRIMARY KEY, name text UNIQUE NOT NULL, "
            "region text NOT NULL, other_addon text NOT NULL DEFAULT '', "
            "created_at timestamptz NOT NULL DEFAULT clock_timestamp())",
    };
    QSqlQuery query(stateDb());
    for (const char *sql : statements) {
        if (!query.exec(QString::fromLatin1(sql))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool StateStore::bumpUsersVersion(QString *error)
{
    // No parameter: one round trip (a prepared statement would cost three).
    QSqlQuery query(stateDb());
    if (query.exec(QStringLiteral("UPDATE change_counters SET value = value + 1 WHERE name = 'users'")))
        return true;
    *error = query.lastError().text();
    return false;
}

QString StateStore::setting(const QString &key) const
{
    QString error;
    auto q = Sql::run(stateDb(), QStringLiteral("SELECT value FROM settings WHERE key = :key"),
                      {{QStringLiteral("key"), key}}, &error);
    return q && q->next() ? q->value(0).toString() : QString();
}

bool StateStore::setSetting(const QString &key, const QString &value)
{
    QString error;
    return Sql::run(stateDb(),
                    QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                   "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"),
                    {{QStringLiteral("key"), key}, {QStringLiteral("value"), value}}, &error)
            .has_value();
}

QList<DatabaseRecord> StateStore::databases() const
{
    QList<DatabaseRecord> out;
    QString error;
    auto q = Sql::run(
            stateDb(),
            QStringLiteral("SELECT %1 FROM databases ORDER BY created_at").arg(QLatin1String(DatabaseColumns)), {},
            &error);
    while (q && q->next())
        out.append(recordFrom(*q));
    return out;
}

std::optional<DatabaseRecord> StateStore::findDatabase(const QString &idOrName) const
{
    QString error;
    auto q = Sql::run(stateDb(),
                      QStringLiteral("SELECT %1 FROM databases WHERE app_id = :id OR name = :name")
                              .arg(QLatin1String(DatabaseColumns)),
                      {{QStringLiteral("id"), idOrName}, {QStringLiteral("name"), idOrName}}, &error);
    if (q && q->next())
        return recordFrom(*q);
    return std::nullopt;
}

std::optional<DatabaseRecord> StateStore::findByAddon(const QString &addonId) const
{
    QString error;
    auto q = Sql::run(
            stateDb(),
            QStringLiteral("SELECT %1 FROM databases WHERE addon_id = :key").arg(QLatin1String(DatabaseColumns)),
            {{QStringLiteral("key"), addonId}}, &error);
    if (q && q->next())
        return recordFrom(*q);
    return std::nullopt;
}

bool StateStore::provision(const QString &name, const QString &plan, const QString &kind, const QString &region,
                           const QString &ownerPrefix, QString *error)
{
    DatabaseRecord r;
    r.appId = randomHex(24);
    r.name = name;
    r.kind = kind;
    r.region = region;
    r.addonId = QStringLiteral("ad-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.dbapiId = randomHex(24);
    r.projectId = QStringLiteral("pr-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    r.plan = plan;
    r.ownerUser = ownerPrefix + randomLower(4);
    r.pgDatabase = r.ownerUser;
    r.ownerPassword = TokenService::randomString(64);
    r.endpointId = randomHex(24);
    qCInfo(lcSandbox).noquote() << "provisioning database" << r.name << "(" << r.pgDatabase << ")";

    const QSqlDatabase state = stateDb();
    if (!Sql::execFormatted(state, QStringLiteral("CREATE ROLE %I LOGIN PASSWORD %L"),
                            {r.ownerUser, Sql::passwordForRole(r.ownerPassword)}, error, Sql::Secrecy::Secret)
        || !Sql::execFormatted(state, QStringLiteral("CREATE DATABASE %I OWNER %I"), {r.pgDatabase, r.ownerUser}, error)
        // Only users granted CONNECT (or owning it) may connect, as on the platform.
        || !Sql::execFormatted(state, QStringLiteral("REVOKE ALL ON DATABASE %I FROM PUBLIC"), {r.pgDatabase}, error))
        return false;
    const QSqlDatabase target = targetDb(r, error);
    if (!target.isValid() || !Privileges::grant(target, r.ownerUser, r.pgDatabase, r.ownerUser, false, error))
        return false;
    if (!Sql::run(state,
                  QStringLiteral("INSERT INTO databases (%1) VALUES (:app, :name, :addon, :dbapi, :project, :plan, "
                                 ":db, :owner, :password, :endpoint, clock_timestamp(), :kind, :region)")
                          .arg(QLatin1String(DatabaseColumns)),
                  {{QStringLiteral("app"), r.appId},
                   {QStringLiteral("name"), r.name},
                   {QStringLiteral("addon"), r.addonId},
                   {QStringLiteral("dbapi"), r.dbapiId},
                   {QStringLiteral("project"), r.projectId},
                   {QStringLiteral("plan"), r.plan},
                   {QStringLiteral("db"), r.pgDatabase},
                   {QStringLiteral("owner"), r.ownerUser},
                   {QStringLiteral("password"), r.ownerPassword},
                   {QStringLiteral("endpoint"), r.endpointId},
                   {QStringLiteral("kind"), r.kind},
                   {QStringLiteral("region"), r.region}},
                  error, Sql::Secrecy::Secret))
        return false;
    return Sql::run(state,
                    QStringLiteral("INSERT INTO database_users (app_id, name, read_only, protected) "
                                   "VALUES (:app, :name, false, true)"),
                    {{QStringLiteral("app"), r.appId}, {QStringLiteral("name"), r.ownerUser}}, error)
            .has_value();
}

QList<PlainAppRecord> StateStore::plainApps() const
{
    QList<PlainAppRecord> out;
    QString error;
    auto q = Sql::run(stateDb(),
                      QStringLiteral("SELECT app_id, name, region, other_addon, created_at FROM plain_apps "
                                     "ORDER BY created_at"),
                      {}, &error);
    while (q && q->next())
        out.append({q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                    q->value(4).toDateTime()});
    return out;
}

std::optional<PlainAppRecord> StateStore::findPlainApp(const QString &idOrName) const
{
    for (const PlainAppRecord &app : plainApps()) {
        if (app.appId == idOrName || app.name == idOrName)
            return app;
    }
    return std::nullopt;
}

bool StateStore::addPlainApp(const QString &name, const QString &region, const QString &otherAddon, QString *error)
{
    return Sql::run(stateDb(),
                    QStringLiteral("INSERT INTO plain_apps (app_id, name, region, other_addon) "
                                   "VALUES (:id, :name, :region, :addon) ON CONFLICT DO NOTHING"),
                    {{QStringLiteral("id"), randomHex(24)},
                     {QStringLiteral("name"), name},
                     {QStringLiteral("region"), region},
                     {QStringLiteral("addon"), otherAddon}},
                    error)
            .has_value();
}
