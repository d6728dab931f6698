#include "seeding.h"

#include "logging.h"
#include "sqlhelpers.h"
#include "statestore.h"
#include "usersservice.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// The same lists in C++ (seedUserName) and SQL (the DO block): names are derived from the index alone.
const QStringList Purposes{QStringLiteral("app"),     QStringLiteral("svc"),      QStringLiteral("etl"),
                           QStringLiteral("report"),  QStringLiteral("backup"),   QStringLiteral("analytics"),
                           QStringLiteral("web"),     QStringLiteral("api"),      QStringLiteral("worker"),
                           QStringLiteral("cron"),    QStringLiteral("readonly"), QStringLiteral("metabase"),
                           QStringLiteral("grafana"), QStringLiteral("airflow")};
const QStringList Words{QStringLiteral("maple"),     QStringLiteral("alice"),  QStringLiteral("orion"),
                        QStringLiteral("billing"),   QStringLiteral("zephyr"), QStringLiteral("nadia"),
                        QStringLiteral("quartz"),    QStringLiteral("harbor"), QStringLiteral("emma"),
                        QStringLiteral("lumen"),     QStringLiteral("tango"),  QStringLiteral("farid"),
                        QStringLiteral("copper"),    QStringLiteral("yuki"),   QStringLiteral("delta"),
                        QStringLiteral("inventory"), QStringLiteral("kappa")};

const QStringList Customers{QStringLiteral("acme"),     QStringLiteral("globex"), QStringLiteral("initech"),
                            QStringLiteral("umbrella"), QStringLiteral("hooli"),  QStringLiteral("stark"),
                            QStringLiteral("wayne"),    QStringLiteral("tyrell"), QStringLiteral("wonka")};
const QStringList Stages{QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("review")};
const QStringList ClassicPlans{QStringLiteral("postgresql-sandbox"), QStringLiteral("postgresql-starter-512"),
                               QStringLiteral("postgresql-business-1024")};
const QStringList DedicatedPlans{QStringLiteral("postgresql-dr-starter-4096"),
                                 QStringLiteral("postgresql-dr-business-8192")};

QString sqlArray(const QStringList &words)
{
    return QStringLiteral("ARRAY['") + words.join(QStringLiteral("','")) + QStringLiteral("']");
}

} // namespace

QString Seeding::seedUserName(int i)
{
    return QStringLiteral("%1_%2_%3")
            .arg(Purposes.at(i % Purposes.size()), Words.at((i / Purposes.size()) % Words.size()))
            .arg(i, 5, 10, QLatin1Char('0'));
}

QString Seeding::seedDatabaseName(int i)
{
    const int k = i - 1;
    const int combos = int(Customers.size() * Stages.size());
    QString name
            = Customers.at(k % Customers.size()) + QLatin1Char('-') + Stages.at((k / Customers.size()) % Stages.size());
    if (k >= combos)
        name += QLatin1Char('-') + QString::number(k / combos + 1);
    return name;
}

bool Seeding::seedDatabases(StateStore *store, int count, const QStringList &regions, QString *error)
{
    if (count <= 0)
        return true;
    QElapsedTimer timer;
    timer.start();
    int created = 0;
    for (int i = 1; i <= count; ++i) {
        const QString name = seedDatabaseName(i);
        if (store->findDatabase(name))
            continue;
        const bool dedicated = i % 3 == 0;
        const QString region = regions.at((i - 1) % regions.size());
        const QString plan
                = dedicated ? DedicatedPlans.at(i % DedicatedPlans.size()) : ClassicPlans.at(i % ClassicPlans.size());
        // Owner names follow PostgreSQL's rules: letters, digits, underscores.
        const QString prefix = QString(name).replace(QLatin1Char('-'), QLatin1Char('_')) + QLatin1Char('_');
        if (!store->provision(name, plan,
                              QLatin1String(dedicated ? DatabaseRecord::Dedicated : DatabaseRecord::Classic), region,
                              prefix, error))
            return false;
        ++created;
    }
    qCInfo(lcSandbox).noquote() << "seeded" << created << "databases (" << count << "wanted) in" << timer.elapsed()
                                << "ms";
    return true;
}

bool Seeding::seedApps(StateStore *store, int count, const QStringList &regions, QString *error)
{
    for (int i = 1; i <= count; ++i) {
        const QString name = QStringLiteral("tools-%1").arg(i, 2, 10, QLatin1Char('0'));
        if (store->findPlainApp(name))
            continue;
        if (!store->addPlainApp(name, regions.at((i - 1) % regions.size()),
                                ((i - 1) / 2) % 2 == 0 ? QStringLiteral("redis") : QString(), error))
            return false;
    }
    return true;
}

bool Seeding::seedUsers(StateStore *store, int count, int md5Percent, QString *error)
{
    if (count <= 0)
        return true;
    const QList<DatabaseRecord> databases = store->databases();
    if (databases.isEmpty()) {
        *error = QStringLiteral("--seed-users: no database to seed");
        return false;
    }
    const DatabaseRecord &db = databases.first();
    QElapsedTimer timer;
    timer.start();
    // One verifier for the SCRAM users: hashing 10,000 passwords would dominate the seeding time for no benefit.
    // MD5 users get 'md5' || md5(password || name), PostgreSQL's format, which it stores as given.
    const QString verifier = Sql::passwordForRole(UsersService::generatePassword());
    const QString md5Secret = UsersService::generatePassword();
    // i is an MD5 user when floor(i * P / 100) moves: P users in every 100, spread evenly.
    const QString name
            = QStringLiteral("(%1)[1 + i %% %2] || '_' || (%3)[1 + (i / %2) %% %4] || '_' || lpad(i::text, 5, "
                             "'0')")
                      .arg(sqlArray(Purposes))
                      .arg(Purposes.size())
                      .arg(sqlArray(Words))
                      .arg(Words.size());
    // Only generated names, our own verifier and secret reach the DO block; %% survives the outer format() as the
    // inner one's placeholder.
    if (!Sql::execFormatted(
                store->stateDb(),
                // The missing names are found by one anti-join before the first CREATE ROLE: a lookup per name
                // inside the loop kept the plan made for an almost empty pg_authid (a sequential scan), so seeding
                // grew quadratically (13 min for 50,000 users).
                QStringLiteral("DO $seed$ DECLARE r record; BEGIN FOR r IN SELECT s.i, s.n FROM (SELECT i, ") + name
                        + QStringLiteral(" AS n FROM generate_series(1, %s) AS i) s WHERE NOT EXISTS "
                                         "(SELECT 1 FROM pg_authid a WHERE a.rolname = s.n::name) LOOP "
                                         "EXECUTE format('CREATE ROLE %%I LOGIN PASSWORD %%L', r.n, "
                                         "CASE WHEN (r.i * %s) / 100 > ((r.i - 1) * %s) / 100 "
                                         "THEN 'md5' || md5(%L || r.n) ELSE %L END); "
                                         "END LOOP; END $seed$"),
                {QString::number(count), QString::number(md5Percent), QString::number(md5Percent), md5Secret, verifier},
                error))
        return false;
    if (!Sql::run(store->stateDb(),
                  QStringLiteral("INSERT INTO database_users (app_id, name, read_only, protected) "
                                 "SELECT :app, ")
                          + QString(name).replace(QStringLiteral("%%"), QStringLiteral("%"))
                          + QStringLiteral(", i % 3 = 0, false FROM generate_series(1, :count) AS i "
                                           "ON CONFLICT DO NOTHING"),
                  {{QStringLiteral("app"), db.appId}, {QStringLiteral("count"), count}}, error))
        return false;
    // Fresh statistics, so the planner knows these tables are large (a nested loop over them would be quadratic).
    // (Not a preparable statement: executed directly.)
    QSqlQuery analyze(store->stateDb());
    if (!analyze.exec(QStringLiteral("ANALYZE database_users"))) {
        *error = analyze.lastError().text();
        return false;
    }
    qCInfo(lcSandbox).noquote() << "seeded" << count << "users (" << md5Percent << "% MD5) in" << db.name << "in"
                                << timer.elapsed() << "ms";
    return true;
}
