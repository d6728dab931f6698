#pragma once

#include "domain/app.h"
#include "domain/database.h"
#include "domain/region.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVariantMap>

class ApiClient;
class QTimer;

/// Finds the classic PostgreSQL addons of every app the account sees, in every region: `GET /v1/apps` once per
/// region, then `GET /v1/apps/{app}/addons` for each app through a paced queue per region, so discovery stays well
/// under the regional budget of 60 requests per minute (and leaves room for the database being opened).
/// An app's PostgreSQL addons never change id: they are remembered (cache()) and not asked for again.
class AddonDiscovery : public QObject
{
    Q_OBJECT

public:
    explicit AddonDiscovery(ApiClient *client, QObject *parent = nullptr);
    ~AddonDiscovery() override;

    /// Spacing between two addon listings of one region. Default 1500 ms: 40 requests/minute at most.
    void setInterval(int milliseconds) { m_intervalMs = milliseconds; }
    int interval() const { return m_intervalMs; }

    /// "region/appId" -> ["addonId\tplan", ...] of the PostgreSQL addons found earlier (no secrets: ids and plans).
    void setCache(const QVariantMap &cache) { m_cache = cache; }
    QVariantMap cache() const { return m_cache; }

    /// Starts over (a running discovery is dropped, its late replies ignored).
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    int done() const { return m_done; }
    int total() const { return m_total; }

signals:
    /// Classic PostgreSQL addons of one app (never empty).
    void found(const QList<Database> &databases);
    void progress(int done, int total);
    void finished();
    /// A region's apps could not be listed (the rest goes on).
    void failed(const QString &message);

private:
    struct Queue
    {
        Region region;
        QList<App> pending;
        QTimer *timer = nullptr;
        bool busy = false;
    };

    void listApps(const Region &region);
    void next(const QString &regionName);
    void finishOne();
    void checkFinished();
    static QString cacheKey(const QString &region, const QString &appId) { return region + QLatin1Char('/') + appId; }

    QPointer<ApiClient> m_client;
    QHash<QString, Queue> m_queues; // by region name
    QVariantMap m_cache;
    int m_intervalMs = 1500;
    int m_regionsPending = 0;
    int m_done = 0;
    int m_total = 0;
    quint64 m_generation = 0;
    bool m_running = false;
};
