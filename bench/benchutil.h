#pragma once
// Measuring helpers shared by the benchmark sections: clocks, waiting on the event loop, the main-thread stall
// probe, process CPU/RSS from /proc, and a Markdown table printer.

#include "api/apiclient.h"
#include "api/databaseref.h"
#include "domain/database.h"

#include <QElapsedTimer>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariant>

#include <functional>

class ApiReply;
class PgQuery;

namespace Bench {

struct Options
{
    bool smoke = false;
    int repeat = 5;
    int latencyMs = 50;
    int seedUsers = 10000;
    double loadSeconds = 3.0;
    QList<int> scaleUsers{10000, 50000}; // section "scale"
    /// Section "scale": keep each user count's seeded sandbox in `<dir>/users-N` and reuse it on the next run
    /// (seeding 50,000 users takes minutes); empty: a throwaway directory per run.
    QString scaleDataDir;
    QStringList sections; // empty = all
};

/// CLOCK_MONOTONIC in milliseconds.
double nowMs();
/// CLOCK_THREAD_CPUTIME_ID: the calling thread's CPU time in milliseconds.
double threadCpuMs();
/// CLOCK_PROCESS_CPUTIME_ID (every thread of this process, incl. Qt's HTTP thread) in milliseconds.
double cpuMs();
/// utime + stime of another process, in milliseconds; -1 when it is gone.
double processCpuMs(qint64 pid);
/// VmHWM / VmRSS of a process in KiB (0 when unknown).
qint64 peakRssKiB(qint64 pid);
qint64 rssKiB(qint64 pid);
/// Processes whose command line contains \a needle (the sandbox and its postmaster carry the data dir).
QList<qint64> pidsWithCmdline(const QString &needle);
/// Children of \a parent (the postmaster's backends).
QList<qint64> childPids(qint64 parent);

/// Runs the event loop until \a done() or the timeout; returns done().
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 60000);
/// Waits for \a reply (which deletes itself after finished()); *value gets its result.
bool waitReply(ApiReply *reply, QVariant *value = nullptr, int timeoutMs = 60000);
bool waitQuery(PgQuery *query, int timeoutMs = 60000);

double median(QList<double> values);

/// A client signed in to a sandbox, with the first database it lists resolved (the sections' common start).
struct SandboxClient
{
    QNetworkAccessManager nam;
    ApiClient client{&nam};
    Database database;
    DatabaseRef ref;

    /// Signs in at \a url with \a apiToken and resolves the first database; false (and a message out) on failure.
    bool open(const QUrl &url, const QString &apiToken);
};

/// Longest gap between ticks of a 1 ms precise timer: how long the main thread could not process events.
class StallProbe : public QObject
{
public:
    explicit StallProbe(QObject *parent = nullptr);
    void start();
    void stop();
    double maxGapMs() const { return m_maxGap; }
    /// The main thread's own CPU time within its longest-working gap: the stall without the time this process
    /// spent preempted (on a shared machine the wall gap includes other processes' turns).
    double maxGapCpuMs() const { return m_maxGapCpu; }
    int ticks() const { return m_ticks; }

private:
    void tick();
    QTimer m_timer;
    double m_last = 0;
    double m_maxGap = 0;
    double m_lastCpu = 0;
    double m_maxGapCpu = 0;
    int m_ticks = 0;
};

/// Markdown table: print(header) then rows; numbers formatted by the caller.
class Table
{
public:
    explicit Table(const QStringList &header) : m_header(header) { }
    void add(const QStringList &row) { m_rows.append(row); }
    QString toMarkdown() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

QString fmt(double value, int decimals = 1);
/// Prints to stdout (the report) and flushes.
void out(const QString &text);

// Sections (one file each). Each returns false when it could not run; the figures go to stdout.
bool runOperations(const Options &options);
bool runUi(const Options &options);
bool runStartup(const Options &options);
bool runLoad(const Options &options);
bool runOverview(const Options &options);
bool runScale(const Options &options);
/// `gatehouse-bench --rss-probe URL TOKEN USERS` (a child of the scale section): the real main window's peak RSS.
int runRssProbe(const QStringList &args);

/// `threads` × `perThread` GETs kept in flight for `durationMs` (keep-alive, one QNetworkAccessManager per thread).
struct LoadResult
{
    double elapsedMs = 0;
    int completed = 0; ///< 200 answers
    int failed = 0;
};
LoadResult generateLoad(const QUrl &url, const QByteArray &authorization, int threads, int perThread,
                        double durationMs);

} // namespace Bench
