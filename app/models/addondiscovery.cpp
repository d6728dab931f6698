#include "addondiscovery.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "domain/addon.h"

#include <QTimer>

namespace {
const QLatin1String PostgresqlProvider("postgresql");
} // namespace

AddonDiscovery::AddonDiscovery(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) { }

AddonDiscovery::~AddonDiscovery()
{
    stop();
}

void AddonDiscovery::stop()
{
    ++m_generation;
    for (Queue &queue : m_queues)
        delete queue.timer;
    m_queues.clear();
    m_running = false;
}

void AddonDiscovery::start()
{
    stop();
    if (!m_client)
        return;
    m_running = true;
    m_done = 0;
    m_total = 0;
    m_regionsPending = 0;
    emit progress(0, 0);
    const quint64 generation = m_generation;
    ApiReply *reply = m_client->usableRegions();
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        if (!reply->isSuccess()) {
            emit failed(reply->error().message());
            m_running = false;
            emit finished();
            return;
        }
        const QList<Region> regions = reply->value<QList<Region>>();
        m_regionsPending = int(regions.size());
        for (const Region &region : regions)
            listApps(region);
        checkFinished();
    });
}

void AddonDiscovery::listApps(const Region &region)
{
    const quint64 generation = m_generation;
    ApiReply *reply = m_client->listApps(region);
    connect(reply, &ApiReply::finished, this, [this, reply, region, generation] {
        if (generation != m_generation)
            return;
        --m_regionsPending;
        if (!reply->isSuccess()) {
            emit failed(
                    tr("The apps of the region %1 could not be listed: %2").arg(region.name, reply->error().message()));
            checkFinished();
            return;
        }
        Queue &queue = m_queues[region.name];
        queue.region = region;
        for (const App &app : reply->value<QList<App>>()) {
            if (app.dedicatedDatabase)
                continue; // listed by /v1/databases already
            ++m_total;
            const QStringList known = m_cache.value(cacheKey(region.name, app.id)).toStringList();
            if (known.isEmpty()) {
                queue.pending.append(app);
                continue;
            }
            QList<Database> databases;
            for (const QString &entry : known) {
                Addon addon;
                addon.id = entry.section(QLatin1Char('\t'), 0, 0);
                addon.planName = entry.section(QLatin1Char('\t'), 1);
                addon.providerId = PostgresqlProvider;
                databases.append(Database::fromAddon(app, addon, region.name));
            }
            ++m_done;
            emit found(databases);
        }
        emit progress(m_done, m_total);
        if (!queue.pending.isEmpty()) {
            queue.timer = new QTimer(this);
            queue.timer->setSingleShot(true);
            const QString name = region.name;
            connect(queue.timer, &QTimer::timeout, this, [this, name] { next(name); });
            next(name); // the first one at once, then paced
        }
        checkFinished();
    });
}

void AddonDiscovery::next(const QString &regionName)
{
    auto it = m_queues.find(regionName);
    if (it == m_queues.end() || it->pending.isEmpty() || it->busy)
        return;
    const App app = it->pending.takeFirst();
    const Region region = it->region;
    it->busy = true;
    it->timer->start(m_intervalMs); // the spacing runs from the request's start
    const quint64 generation = m_generation;
    ApiReply *reply = m_client->listAddons(region, app.id);
    connect(reply, &ApiReply::finished, this, [this, reply, app, region, generation] {
        if (generation != m_generation)
            return;
        Queue &queue = m_queues[region.name];
        queue.busy = false;
        if (!reply->isSuccess() && reply->error().kind() == ApiError::Kind::RateLimited) {
            // Over budget anyway (other windows, scripts): put it back and wait as told.
            queue.pending.prepend(app);
            queue.timer->start(reply->error().retryDelayMs());
            return;
        }
        if (reply->isSuccess()) {
            QList<Database> databases;
            QStringList entries;
            for (const Addon &addon : reply->value<QList<Addon>>()) {
                if (addon.providerId != PostgresqlProvider)
                    continue;
                databases.append(Database::fromAddon(app, addon, region.name));
                entries.append(addon.id + QLatin1Char('\t') + addon.planName);
            }
            if (!databases.isEmpty()) {
                m_cache.insert(cacheKey(region.name, app.id), entries);
                emit found(databases);
            }
        }
        // An app whose addons cannot be read is skipped: the others still appear.
        ++m_done;
        emit progress(m_done, m_total);
        if (!queue.timer->isActive())
            next(region.name);
        checkFinished();
    });
}

void AddonDiscovery::checkFinished()
{
    if (!m_running || m_regionsPending > 0)
        return;
    for (const Queue &queue : std::as_const(m_queues)) {
        if (queue.busy || !queue.pending.isEmpty())
            return;
    }
    m_running = false;
    emit finished();
}
