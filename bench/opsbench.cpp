// Section "ops": every operation through Gatehouse's ApiClient/DatabaseSession, then the same operation driven the
// way Scalingo's CLI (go-scalingo) does it, through the same sandbox with an injected latency.
#include "benchutil.h"
#include "clichain.h"
#include "sandboxprocess.h"

#include "api/apiclient.h"
#include "pg/pgconnection.h"
#include "domain/firewallrule.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/extensionsmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <memory>
#include <vector>

namespace Bench {

namespace {

struct Measured
{
    QList<double> wall;
    QList<double> cpu;
    int requests = -1;
    bool ok = true;
};

/// Runs \a op (synchronous, returns success) `repeat` times; \a counter gives the requests made so far.
Measured measure(int repeat, const std::function<int()> &counter, const std::function<bool(int)> &op)
{
    Measured m;
    for (int i = 0; i < repeat; ++i) {
        const int before = counter();
        const double c0 = cpuMs();
        const double t0 = nowMs();
        const bool ok = op(i);
        m.wall.append(nowMs() - t0);
        m.cpu.append(cpuMs() - c0);
        m.requests = counter() - before;
        m.ok = m.ok && ok;
    }
    return m;
}

/// Opens \a db in \a session and waits for everything the dashboard shows.
bool openFully(DatabaseSession *session, const Database &db)
{
    bool info = false, uri = false, failed = false;
    QObject ctx;
    QObject::connect(session, &DatabaseSession::infoChanged, &ctx, [&] { info = !session->info().status.isEmpty(); });
    QObject::connect(session, &DatabaseSession::connectionUriChanged, &ctx,
                     [&] { uri = !session->connectionUri().isEmpty(); });
    QObject::connect(session, &DatabaseSession::openFailed, &ctx, [&] { failed = true; });
    QObject::connect(session, &DatabaseSession::infoFailed, &ctx, [&] { failed = true; });
    session->open(db);
    const auto loaded = [](ResourceModel *m) { return m->state() == ResourceModel::State::Loaded; };
    return spinUntil([&] {
               return failed
                       || (info && uri && loaded(session->users()) && loaded(session->rules())
                           && loaded(session->ranges()));
           })
            && !failed;
}

QString rttMultiple(double wall, double rtt)
{
    return rtt > 0 ? fmt(wall / rtt, 2) : QStringLiteral("–");
}

} // namespace

bool runOperations(const Options &options)
{
    out(QStringLiteral("## Operations (sandbox --latency-ms %1, %2 run(s) each, medians)\n")
                .arg(options.latencyMs)
                .arg(options.repeat));
    SandboxProcess sandbox({QStringLiteral("--latency-ms"), QString::number(options.latencyMs)});
    if (!sandbox.start()) {
        out(QStringLiteral("cannot start the sandbox: ") + sandbox.errorString());
        return false;
    }
    QNetworkAccessManager nam;

    // RTT: the cheapest request (no auth, no SQL) on a kept-alive connection = injected latency + loopback + HTTP.
    QList<double> pings;
    for (int i = 0; i < (options.smoke ? 3 : 21); ++i) {
        const double t0 = nowMs();
        const auto r = sandbox.get(QStringLiteral("/whatismyip"), QString());
        if (i > 0 && r.status == 200)
            pings.append(nowMs() - t0);
    }
    const double rtt = median(pings);
    out(QStringLiteral("RTT = %1 ms (injected %2 ms + measured loopback/HTTP overhead %3 ms; median of %4 "
                       "`GET /whatismyip`)\n")
                .arg(fmt(rtt, 2))
                .arg(options.latencyMs)
                .arg(fmt(rtt - options.latencyMs, 2))
                .arg(pings.size()));

    const auto newClient = [&] {
        auto client = std::make_unique<ApiClient>(&nam);
        client->setEndpoints(ApiEndpoints::single(sandbox.url()));
        client->setApiToken(sandbox.apiToken());
        waitReply(client->signIn());
        return client;
    };
    std::unique_ptr<ApiClient> client = newClient();
    QVariant databases;
    if (!waitReply(client->listDatabasesInAllRegions(), &databases)) {
        out(QStringLiteral("cannot list databases"));
        return false;
    }
    const Database db = databases.value<QList<Database>>().value(0);
    const QString app = db.id;

    struct Row
    {
        QString op;
        Measured gh;
        Measured cli;
        QString target; // "action", "open" or "" (no target)
        QString note;
    };
    QList<Row> rows;
    const int n = options.repeat;

    // --- opening a database -----------------------------------------------------------------------------------
    // First open after sign-in + databases list (as in the app): resolve and addon token not cached yet.
    std::vector<std::unique_ptr<ApiClient>> coldClients;
    QList<QPair<double, QString>> coldTrace; // completion time, request, of the last cold open
    Row open{QStringLiteral("open database (first time)"), {}, {}, QStringLiteral("open"), {}};
    {
        int coldRequests = 0;
        for (int i = 0; i < n; ++i) {
            coldClients.push_back(newClient());
            ApiClient *c = coldClients.back().get();
            waitReply(c->listDatabasesInAllRegions());
            DatabaseSession session(c);
            coldTrace.clear();
            double t0 = 0;
            QObject ctx;
            QObject::connect(
                    c, &ApiClient::requestFinished, &ctx,
                    [&](const QByteArray &method, const QString &path, int status) {
                        coldTrace.append(
                                {nowMs() - t0,
                                 QStringLiteral("%1 %2 → %3").arg(QString::fromLatin1(method), path).arg(status)});
                    });
            const int before = c->requestCount();
            const double c0 = cpuMs();
            t0 = nowMs();
            open.gh.ok = openFully(&session, db) && open.gh.ok;
            open.gh.wall.append(nowMs() - t0);
            open.gh.cpu.append(cpuMs() - c0);
            coldRequests = c->requestCount() - before;
        }
        open.gh.requests = coldRequests;
    }
    DatabaseSession session(client.get());
    openFully(&session, db);
    Row reopen{QStringLiteral("open database again (resolved, token cached)"), {}, {}, QStringLiteral("open"), {}};
    reopen.gh = measure(
            n, [&] { return client->requestCount(); },
            [&](int) {
                session.close();
                return openFully(&session, db);
            });
    const DatabaseRef ref = session.ref();

    // The CLI has no "open": the same data takes four invocations (info, users, firewall rules + ranges, env).
    CliChain cli(sandbox.url(), sandbox.apiToken(), app);
    const auto cliOpen = [&](int) {
        bool ok = cli.begin() && !cli.dbCall("GET", QString()).isEmpty();
        ok = cli.begin() && !cli.dbCall("GET", QStringLiteral("users")).isEmpty() && ok;
        ok = cli.begin(false) && !cli.dbCall("GET", QStringLiteral("firewall_rules")).isEmpty() && ok;
        ok = !cli.dbCall("GET", QStringLiteral("/api/firewall/managed_ranges")).isEmpty() && ok;
        cli.begin(false); // `scalingo env`: exchange (the app lookup is the variables call itself)
        return !cli.variables().isEmpty() && ok;
    };
    open.cli = measure(
            n, [&] { return cli.requests(); }, cliOpen);
    open.note = QStringLiteral("CLI: 4 invocations (database-info, database-users, database-firewall-rules, env)");
    reopen.cli = open.cli;
    rows << open << reopen;

    // --- warm actions ------------------------------------------------------------------------------------------
    const auto count = [&] { return client->requestCount(); };
    const auto cliCount = [&] { return cli.requests(); };
    Row listUsers{QStringLiteral("list users"), {}, {}, QStringLiteral("action"), {}};
    listUsers.gh = measure(n, count, [&](int) { return waitReply(client->listDatabaseUsers(ref)); });
    listUsers.cli = measure(n, cliCount,
                            [&](int) { return cli.begin() && !cli.dbCall("GET", QStringLiteral("users")).isEmpty(); });

    Row addUser{QStringLiteral("add user"), {}, {}, QStringLiteral("action"), {}};
    Row resetUser{QStringLiteral("reset password"), {}, {}, QStringLiteral("action"), {}};
    Row deleteUser{QStringLiteral("delete user"), {}, {}, QStringLiteral("action"), {}};
    const auto ghName = [](int i) { return QStringLiteral("bench_gh_%1").arg(i); };
    const auto cliName = [](int i) { return QStringLiteral("bench_cli_%1").arg(i); };
    addUser.gh = measure(n, count, [&](int i) {
        NewDatabaseUser u;
        u.name = ghName(i);
        return waitReply(client->createDatabaseUser(ref, u));
    });
    resetUser.gh
            = measure(n, count, [&](int i) { return waitReply(client->resetDatabaseUserPassword(ref, ghName(i))); });
    deleteUser.gh = measure(n, count, [&](int i) { return waitReply(client->deleteDatabaseUser(ref, ghName(i))); });
    addUser.cli = measure(n, cliCount, [&](int i) {
        cli.begin();
        cli.dbCall("POST", QStringLiteral("users"),
                   {{QStringLiteral("database_user"), QJsonObject{{QStringLiteral("name"), cliName(i)}}}});
        return cli.lastStatus() == 201;
    });
    resetUser.cli = measure(n, cliCount, [&](int i) {
        cli.begin();
        cli.dbCall("POST", QStringLiteral("users/%1/reset_password").arg(cliName(i)));
        return cli.lastStatus() == 200;
    });
    deleteUser.cli = measure(n, cliCount, [&](int i) {
        cli.begin();
        cli.dbCall("DELETE", QStringLiteral("users/%1").arg(cliName(i)));
        return cli.lastStatus() == 204 || cli.lastStatus() == 200;
    });

    Row listRules{QStringLiteral("list rules"), {}, {}, QStringLiteral("action"), {}};
    Row addRule{QStringLiteral("add rule"), {}, {}, QStringLiteral("action"), {}};
    Row deleteRule{QStringLiteral("delete rule"), {}, {}, QStringLiteral("action"), {}};
    listRules.gh = measure(n, count, [&](int) { return waitReply(client->listFirewallRules(ref)); });
    listRules.cli = measure(n, cliCount, [&](int) {
        return cli.begin(false) && !cli.dbCall("GET", QStringLiteral("firewall_rules")).isEmpty();
    });
    QStringList ghRules, cliRules;
    addRule.gh = measure(n, count, [&](int i) {
        NewFirewallRule r;
        r.cidr = QStringLiteral("203.0.113.%1/32").arg(i + 1);
        QVariant created;
        const bool ok = waitReply(client->createFirewallRule(ref, r), &created);
        if (ok)
            ghRules.append(created.value<FirewallRule>().id);
        return ok;
    });
    deleteRule.gh
            = measure(n, count, [&](int i) { return waitReply(client->deleteFirewallRule(ref, ghRules.value(i))); });
    addRule.cli = measure(n, cliCount, [&](int i) {
        cli.begin(false);
        const QJsonObject r = cli.dbCall("POST", QStringLiteral("firewall_rules"),
                                         {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                          {QStringLiteral("cidr"), QStringLiteral("198.51.100.%1/32").arg(i + 1)}});
        cliRules.append(r.value(QStringLiteral("rule")).toObject().value(QStringLiteral("id")).toString());
        return cli.lastStatus() == 201;
    });
    deleteRule.cli = measure(n, cliCount, [&](int i) {
        cli.begin(false);
        cli.dbCall("DELETE", QStringLiteral("firewall_rules/%1").arg(cliRules.value(i)));
        return cli.lastStatus() == 204 || cli.lastStatus() == 200;
    });

    Row listExt{QStringLiteral("list extensions (API action)"), {}, {}, QStringLiteral("action"), {}};
    listExt.gh = measure(n, count, [&](int) { return waitReply(client->listExtensions(ref)); });
    listExt.cli = measure(n, cliCount, [&](int) {
        cli.begin();
        return cli.dbCall("POST", QStringLiteral("action"),
                          {{QStringLiteral("action_name"), QStringLiteral("list-extensions")},
                           {QStringLiteral("params"), QJsonValue()}})
                       .value(QStringLiteral("ok"))
                       .toInt()
                == 1;
    });
    rows << listUsers << addUser << resetUser << deleteUser << listRules << addRule << deleteRule << listExt;

    // --- SQL: enable an extension through PgConnection (admitted by the mr-sandbox-local rule) -----------------
    NewFirewallRule local;
    local.type = FirewallRule::Type::Managed;
    local.rangeId = QStringLiteral("mr-sandbox-local");
    const bool ruleOk = waitReply(client->createFirewallRule(ref, local));
    PgConnection pg;
    pg.setConnectionUri(session.connectionUri());
    const auto noRequests = [] { return 0; };
    Row sqlCold{QStringLiteral("SQL: connect (TCP+TLS+SCRAM) + enable extension"), {}, {}, QString(), {}};
    sqlCold.gh = measure(1, noRequests, [&](int) {
        return ruleOk && waitQuery(pg.execScript(ExtensionsModel::enableSql({QStringLiteral("pgcrypto")})));
    });
    Row sqlWarm{QStringLiteral("SQL: enable extension (open connection)"), {}, {}, QStringLiteral("action"), {}};
    // The DROP before each CREATE is not timed.
    for (int i = 0; i < n; ++i) {
        waitQuery(pg.execScript(ExtensionsModel::disableSql(QStringLiteral("pgcrypto"), false)));
        const double c0 = cpuMs();
        const double t0 = nowMs();
        sqlWarm.gh.ok
                = waitQuery(pg.execScript(ExtensionsModel::enableSql({QStringLiteral("pgcrypto")}))) && sqlWarm.gh.ok;
        sqlWarm.gh.wall.append(nowMs() - t0);
        sqlWarm.gh.cpu.append(cpuMs() - c0);
    }
    sqlCold.gh.requests = sqlWarm.gh.requests = 0;
    sqlCold.note = sqlWarm.note = QStringLiteral("PostgreSQL protocol, no injected latency; CLI: none (psql)");
    rows << sqlCold << sqlWarm;

    Table table({QStringLiteral("operation"), QStringLiteral("requests"), QStringLiteral("wall ms"),
                 QStringLiteral("÷ RTT"), QStringLiteral("CPU ms"), QStringLiteral("target"),
                 QStringLiteral("CLI requests"), QStringLiteral("CLI wall ms"), QStringLiteral("CLI ÷ RTT"),
                 QStringLiteral("CLI ÷ Gatehouse")});
    bool allOk = true;
    QStringList notes;
    for (const Row &r : rows) {
        const double wall = median(r.gh.wall);
        QString target = QStringLiteral("–");
        if (r.target == QLatin1String("action")) {
            const bool met = (r.gh.requests <= 1) && wall <= rtt + 10;
            target = (met ? QStringLiteral("met") : QStringLiteral("**missed**"))
                    + QStringLiteral(" (1 req, ≤ %1 ms)").arg(fmt(rtt + 10, 0));
        } else if (r.target == QLatin1String("open")) {
            const bool met = wall <= 2 * rtt;
            target = (met ? QStringLiteral("met") : QStringLiteral("**missed**"))
                    + QStringLiteral(" (≤ 2 RTT = %1 ms)").arg(fmt(2 * rtt, 0));
        }
        const bool hasCli = !r.cli.wall.isEmpty();
        const double cliWall = median(r.cli.wall);
        table.add({r.op, r.gh.requests > 0 ? QString::number(r.gh.requests) : QStringLiteral("SQL"), fmt(wall),
                   rttMultiple(wall, rtt), fmt(median(r.gh.cpu)), target,
                   hasCli ? QString::number(r.cli.requests) : QStringLiteral("–"),
                   hasCli ? fmt(cliWall) : QStringLiteral("–"),
                   hasCli ? rttMultiple(cliWall, rtt) : QStringLiteral("–"),
                   hasCli && wall > 0 ? QStringLiteral("×") + fmt(cliWall / wall, 1) : QStringLiteral("–")});
        if (!r.gh.ok || (hasCli && !r.cli.ok)) {
            allOk = false;
            notes << QStringLiteral("%1: a run FAILED (Gatehouse %2, CLI chain %3)")
                             .arg(r.op, r.gh.ok ? QStringLiteral("ok") : QStringLiteral("failed"),
                                  r.cli.ok ? QStringLiteral("ok") : QStringLiteral("failed"));
        }
        if (!r.note.isEmpty())
            notes << r.op + QLatin1String(": ") + r.note;
    }
    out(table.toMarkdown());
    for (const QString &note : notes)
        out(QStringLiteral("- ") + note);
    out(QStringLiteral("\nRequests of the last first-time open, by completion time (ms after open()):\n"));
    Table trace({QStringLiteral("ms"), QStringLiteral("÷ RTT"), QStringLiteral("request")});
    for (const auto &t : coldTrace)
        trace.add({fmt(t.first), rttMultiple(t.first, rtt), t.second});
    out(trace.toMarkdown());

    pg.close();
    session.close();
    sandbox.stop();
    return allOk;
}

} // namespace Bench
