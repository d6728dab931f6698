#pragma once

// Load for the sandbox (tst_sandbox_load): simulated API users, each sending sequential requests on its own connection,
// and what they saw.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QNetworkAccessManager>
#include <QObject>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkReply;

struct LoadStats
{
    int requests = 0;
    int ok = 0; ///< 2xx
    int validation = 0; ///< 422 (e.g. the 30-rule limit with many clients): expected, not an error
    int rateLimited = 0; ///< 429
    int server = 0; ///< 5xx
    int timeouts = 0;
    int network = 0; ///< no HTTP answer (connection refused/closed)
    int unexpected4xx = 0; ///< any other 4xx: a client only touches what it created, so none should happen
    QMap<QString, int> byOperation;
    QStringList samples; ///< first few unexpected answers, for the failure message
    QList<qint64> latencies;

    void add(const LoadStats &o);
    /// Latency at quantile \a p (0..1), in ms.
    qint64 percentile(double p) const;
};

/// One simulated user of the API: sequential requests on its own connection, mixing reads and writes of its own
/// users and rules (so that every write has a well-defined expected outcome).
class LoadClient : public QObject
{
public:
    LoadClient(const QString &tag, int index, const QUrl &base, const QString &addonId, const QString &token,
               bool writesOnly)
        : m_tag(tag)
        , m_index(index)
        , m_base(base)
        , m_addon(addonId)
        , m_token(token)
        , m_writesOnly(writesOnly)
        , m_rng(quint32(index * 7919 + 17))
    { }

    void start(qint64 durationMs)
    {
        m_deadline = durationMs;
        m_clock.start();
        next();
    }
    void stop() { m_stopped = true; }
    bool idle() const { return m_inFlight == nullptr; }
    const LoadStats &stats() const { return m_stats; }

private:
    void next();
    void send(const char *operation, const QByteArray &verb, const QString &path, const QJsonObject &body = {},
              QList<int> expected = {200}, std::function<void(int)> done = {});

    QString m_tag; ///< user name prefix of this phase, so names never collide with earlier phases
    int m_index;
    QUrl m_base;
    QString m_addon;
    QString m_token;
    bool m_writesOnly;
    QRandomGenerator m_rng;
    QNetworkAccessManager m_nam;
    QElapsedTimer m_clock;
    qint64 m_deadline = 0;
    bool m_stopped = false;
    QNetworkReply *m_inFlight = nullptr;
    QStringList m_users;
    QString m_rule;
    int m_counter = 0;
    LoadStats m_stats;
};
