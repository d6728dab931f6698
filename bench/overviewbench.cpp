// Section "overview": the All databases survey (AllDatabasesModel) over 25 databases in two regions at the given
// latency, under the sandbox's real rate limit, against the minimum the API allows. Prints BENCH lines.
#include "benchutil.h"
#include "sandboxprocess.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "models/addondiscovery.h"
#include "models/alldatabasesmodel.h"
#include "models/databasesmodel.h"

#include <QNetworkAccessManager>

namespace Bench {

bool runOverview(const Options &options)
{
    const int seeded = options.smoke ? 8 : 23; // + the two demo databases
    SandboxProcess sandbox({QStringLiteral("--latency-ms"), QString::number(options.latencyMs),
                            QStringLiteral("--rate-limit"), QStringLiteral("60"), QStringLiteral("--regions"),
                            QStringLiteral("2"), QStringLiteral("--seed-databases"), QString::number(seeded)});
    if (!sandbox.start(600000)) {
        out(QStringLiteral("cannot start the sandbox: ") + sandbox.errorString());
        return false;
    }
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    ApiEndpoints endpoints;
    endpoints.auth = sandbox.url();
    client.setEndpoints(endpoints);
    client.setApiToken(sandbox.apiToken());
    if (!waitReply(client.signIn()))
        return false;

    // The list the view starts from: the picker's (Dedicated Resources, then discovered addons, paced).
    DatabasesModel databases;
    databases.bind(&client);
    double t0 = nowMs();
    int r0 = client.requestCount();
    databases.reload();
    AddonDiscovery discovery(&client);
    QObject::connect(&discovery, &AddonDiscovery::found, &databases, &DatabasesModel::addDiscovered);
    bool discovered = false;
    QObject::connect(&discovery, &AddonDiscovery::finished, [&discovered] { discovered = true; });
    discovery.start();
    if (!spinUntil([&] { return discovered && !databases.isLoading(); }, 300000))
        return false;
    const double listMs = nowMs() - t0;
    const int listRequests = client.requestCount() - r0;
    const int n = databases.rowCount();

    // Cold survey: nothing cached but the JWT and the regions.
    AllDatabasesModel model(&client);
    model.setWhatIsMyIpUrl(sandbox.url().resolved(QUrl(QStringLiteral("/whatismyip"))));
    model.setDatabases(databases.databases());
    int dedicated = 0;
    for (const Database &db : databases.databases())
        dedicated += db.isAddon() ? 0 : 1;
    t0 = nowMs();
    r0 = client.requestCount();
    model.refresh(true);
    if (!spinUntil([&] { return !model.isRunning(); }, 600000))
        return false;
    const double coldMs = nowMs() - t0;
    const int coldRequests = client.requestCount() - r0;
    // Warm: addon ids and addon tokens cached, every figure read again.
    t0 = nowMs();
    r0 = client.requestCount();
    model.refresh(true);
    if (!spinUntil([&] { return !model.isRunning(); }, 600000))
        return false;
    const double warmMs = nowMs() - t0;
    const int warmRequests = client.requestCount() - r0;

    // The minimum: per database two DB API reads (users; rules or features) and one addon token, plus one addon
    // lookup per Dedicated Resources database when cold, plus this computer's address; all within one minute's
    // regional budget here, so the floor in time is the dependent chain: (lookup), token, reads = 3 (2 warm) round
    // trips.
    const int minCold = n * 3 + dedicated + 1;
    const int minWarm = n * 2;
    out(QStringLiteral("### All databases overview (%1 databases, 2 regions, %2 ms latency, 60 requests/min)\n")
                .arg(n)
                .arg(options.latencyMs));
    Table table({QStringLiteral("step"), QStringLiteral("requests"), QStringLiteral("minimum requests"),
                 QStringLiteral("time (ms)"), QStringLiteral("minimum time (ms)")});
    table.add({QStringLiteral("list (picker + addon discovery, paced)"), QString::number(listRequests), QString(),
               fmt(listMs, 0), QString()});
    table.add({QStringLiteral("overview, cold"), QString::number(coldRequests), QString::number(minCold),
               fmt(coldMs, 0), fmt(3.0 * options.latencyMs, 0)});
    table.add({QStringLiteral("overview, warm"), QString::number(warmRequests), QString::number(minWarm),
               fmt(warmMs, 0), fmt(1.0 * options.latencyMs, 0)});
    out(table.toMarkdown());
    out(QStringLiteral("BENCH overview_databases %1 count").arg(n));
    out(QStringLiteral("BENCH overview_cold_requests %1 count").arg(coldRequests));
    out(QStringLiteral("BENCH overview_cold_min_requests %1 count").arg(minCold));
    out(QStringLiteral("BENCH overview_cold_ms %1 ms").arg(fmt(coldMs, 0)));
    out(QStringLiteral("BENCH overview_warm_requests %1 count").arg(warmRequests));
    out(QStringLiteral("BENCH overview_warm_min_requests %1 count").arg(minWarm));
    out(QStringLiteral("BENCH overview_warm_ms %1 ms").arg(fmt(warmMs, 0)));
    out(QStringLiteral("BENCH overview_list_ms %1 ms").arg(fmt(listMs, 0)));
    out(QStringLiteral("BENCH overview_list_requests %1 count").arg(listRequests));
    return n > 0;
}

} // namespace Bench
