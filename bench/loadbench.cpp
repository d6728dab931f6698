// Section "load": sandbox throughput on loopback with several concurrent clients — a Qt load generator (worker
// threads, one QNetworkAccessManager each, keep-alive), so no extra package (wrk) is needed.
#include "benchutil.h"
#include "sandboxprocess.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Bench {

namespace {

/// Keeps `inFlight` GETs going until the deadline (lives in its own thread).
class LoadWorker : public QObject
{
public:
    LoadWorker(const QUrl &url, const QByteArray &authorization, int inFlight, double deadlineMs)
        : m_url(url), m_authorization(authorization), m_inFlight(inFlight), m_deadline(deadlineMs)
    { }

    void start()
    {
        m_nam = new QNetworkAccessManager(this);
        for (int i = 0; i < m_inFlight; ++i)
            send();
    }

    std::atomic<int> completed{0};
    std::atomic<int> failed{0};
    std::atomic<bool> done{false};

private:
    void send()
    {
        QNetworkRequest request(m_url);
        request.setRawHeader("Accept", "application/json");
        if (!m_authorization.isEmpty())
            request.setRawHeader("Authorization", m_authorization);
        ++m_running;
        QNetworkReply *reply = m_nam->get(request);
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->readAll();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200)
                ++completed;
            else
                ++failed;
            reply->deleteLater();
            --m_running;
            if (nowMs() < m_deadline)
                send();
            else if (m_running == 0)
                done = true;
        });
    }

    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_url;
    QByteArray m_authorization;
    int m_inFlight;
    double m_deadline;
    int m_running = 0;
};

struct Cpu
{
    double sandbox = 0, postgres = 0, self = 0;
};

Cpu cpuSnapshot(qint64 sandboxPid, qint64 postmasterPid)
{
    Cpu c;
    c.sandbox = processCpuMs(sandboxPid);
    c.postgres = processCpuMs(postmasterPid);
    for (qint64 child : childPids(postmasterPid))
        c.postgres += std::max(0.0, processCpuMs(child));
    c.self = cpuMs();
    return c;
}

} // namespace

LoadResult generateLoad(const QUrl &url, const QByteArray &authorization, int threadCount, int perThread,
                        double durationMs)
{
    QList<QThread *> threads;
    QList<LoadWorker *> workers;
    const double t0 = nowMs();
    for (int t = 0; t < threadCount; ++t) {
        auto *thread = new QThread;
        auto *worker = new LoadWorker(url, authorization, perThread, t0 + durationMs);
        worker->moveToThread(thread);
        QObject::connect(thread, &QThread::finished, worker, &QObject::deleteLater);
        thread->start();
        QMetaObject::invokeMethod(
                worker, [worker] { worker->start(); }, Qt::QueuedConnection);
        threads.append(thread);
        workers.append(worker);
    }
    QTimer wake; // the workers' flags are set in other threads: look at them every 5 ms
    wake.start(5);
    spinUntil(
            [&] {
                for (LoadWorker *w : workers) {
                    if (!w->done)
                        return false;
                }
                return true;
            },
            int(durationMs) + 30000);
    LoadResult result;
    result.elapsedMs = nowMs() - t0;
    for (LoadWorker *w : workers) {
        result.completed += w->completed;
        result.failed += w->failed;
    }
    for (QThread *thread : threads) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    return result;
}

bool runLoad(const Options &options)
{
    out(QStringLiteral("## Sandbox throughput (loopback, --latency-ms 0 --rate-limit 0, %1 s per run)\n")
                .arg(options.loadSeconds));
    SandboxProcess sandbox;
    if (!sandbox.start()) {
        out(QStringLiteral("cannot start the sandbox: ") + sandbox.errorString());
        return false;
    }
    SandboxProcess::Database db;
    if (!sandbox.discover(&db)) {
        out(QStringLiteral("discovery failed"));
        return false;
    }
    qint64 sandboxPid = 0, postmasterPid = 0;
    for (qint64 pid : pidsWithCmdline(sandbox.dataDir())) {
        QFile cmd(QStringLiteral("/proc/%1/cmdline").arg(pid));
        cmd.open(QIODevice::ReadOnly);
        const QByteArray line = cmd.readAll();
        if (line.contains("gatehouse-sandbox"))
            sandboxPid = pid;
        else if (line.contains("postgres"))
            postmasterPid = pid;
    }

    struct Endpoint
    {
        QString name;
        QString path;
        QByteArray authorization;
    };
    const QList<Endpoint> endpoints{
            {QStringLiteral("`GET /whatismyip` (no auth, no SQL)"), QStringLiteral("/whatismyip"), {}},
            {QStringLiteral("`GET /v1/databases` (JWT)"), QStringLiteral("/v1/databases"), "Bearer " + db.jwt.toUtf8()},
            {QStringLiteral("`GET /api/databases/{addon}/users` (addon token)"),
             QStringLiteral("/api/databases/%1/users").arg(db.addonId), "Bearer " + db.addonToken.toUtf8()},
            {QStringLiteral("`GET /api/databases/{addon}/firewall_rules`"),
             QStringLiteral("/api/databases/%1/firewall_rules").arg(db.addonId), "Bearer " + db.addonToken.toUtf8()},
    };
    struct Shape
    {
        int threads;
        int perThread;
    };
    const QList<Shape> shapes = options.smoke ? QList<Shape>{{2, 2}} : QList<Shape>{{1, 1}, {2, 2}, {2, 6}, {4, 6}};

    Table table({QStringLiteral("endpoint"), QStringLiteral("clients"), QStringLiteral("requests/s"),
                 QStringLiteral("errors"), QStringLiteral("sandbox CPU % (µs/req)"),
                 QStringLiteral("PostgreSQL CPU % (µs/req)"), QStringLiteral("generator CPU % (µs/req)"),
                 QStringLiteral("≥ 1,000/s")});
    bool ok = true;
    for (const Endpoint &e : endpoints) {
        for (const Shape &shape : shapes) {
            const double durationMs = options.loadSeconds * 1000;
            const Cpu c0 = cpuSnapshot(sandboxPid, postmasterPid);
            const LoadResult result = generateLoad(QUrl(sandbox.url().toString() + e.path), e.authorization,
                                                   shape.threads, shape.perThread, durationMs);
            const Cpu c1 = cpuSnapshot(sandboxPid, postmasterPid);
            const double elapsed = result.elapsedMs;
            const int completed = result.completed, failed = result.failed;
            const double rate = completed / (elapsed / 1000.0);
            // "% of a core (µs of CPU per request)"
            const auto pct = [&](double a, double b) {
                return QStringLiteral("%1 (%2)").arg(fmt(100.0 * (b - a) / elapsed, 0),
                                                     completed ? fmt(1000.0 * (b - a) / completed, 0)
                                                               : QStringLiteral("–"));
            };
            table.add({e.name, QString::number(shape.threads * shape.perThread), fmt(rate, 0), QString::number(failed),
                       pct(c0.sandbox, c1.sandbox), pct(c0.postgres, c1.postgres), pct(c0.self, c1.self),
                       rate >= 1000 ? QStringLiteral("met") : QStringLiteral("**missed**")});
            ok = ok && completed > 0 && failed == 0;
        }
    }
    out(table.toMarkdown());
    out(QStringLiteral("CPU % = CPU time ÷ wall time of the run (100 % = one core busy). \"generator\" is this "
                       "process (the Qt load generator).\n"));
    sandbox.stop();
    return ok;
}

} // namespace Bench
