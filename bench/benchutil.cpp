#include "benchutil.h"

#include "api/apireply.h"
#include "pg/pgconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace Bench {

namespace {

double clockMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

QByteArray readProc(qint64 pid, const char *file)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Fields of /proc/PID/stat after the command name (which may contain spaces): index 0 = state.
QList<QByteArray> statFields(qint64 pid)
{
    const QByteArray stat = readProc(pid, "stat");
    const int close = stat.lastIndexOf(')');
    return close < 0 ? QList<QByteArray>() : stat.mid(close + 2).split(' ');
}

qint64 statusKiB(qint64 pid, const QByteArray &key)
{
    for (const QByteArray &line : readProc(pid, "status").split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

double nowMs()
{
    return clockMs(CLOCK_MONOTONIC);
}

double threadCpuMs()
{
    return clockMs(CLOCK_THREAD_CPUTIME_ID);
}

double cpuMs()
{
    return clockMs(CLOCK_PROCESS_CPUTIME_ID);
}

double processCpuMs(qint64 pid)
{
    const QList<QByteArray> f = statFields(pid);
    if (f.size() < 13)
        return -1;
    // utime and stime are fields 14 and 15 of stat, i.e. 11 and 12 after the name.
    return double(f.at(11).toLongLong() + f.at(12).toLongLong()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
}

qint64 peakRssKiB(qint64 pid)
{
    return statusKiB(pid, "VmHWM:");
}

qint64 rssKiB(qint64 pid)
{
    return statusKiB(pid, "VmRSS:");
}

QList<qint64> pidsWithCmdline(const QString &needle)
{
    QList<qint64> out;
    const QByteArray n = needle.toLocal8Bit();
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && pid != qint64(getpid()) && readProc(pid, "cmdline").replace('\0', ' ').contains(n))
            out.append(pid);
    }
    return out;
}

QList<qint64> childPids(qint64 parent)
{
    QList<qint64> out;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (ok && statFields(pid).value(1).toLongLong() == parent)
            out.append(pid);
    }
    return out;
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    // Blocks in the event dispatcher (no busy loop: the CPU figures must be the client's own work).
    bool expired = false;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, [&expired] { expired = true; });
    deadline.start(timeoutMs);
    while (!done() && !expired)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    return done();
}

bool waitReply(ApiReply *reply, QVariant *value, int timeoutMs)
{
    if (!reply)
        return false;
    bool finished = false, success = false;
    const auto take = [&] {
        finished = true;
        success = reply->isSuccess();
        if (value)
            *value = reply->variant();
    };
    if (reply->isFinished()) {
        take();
        return success;
    }
    QObject ctx;
    QObject::connect(reply, &ApiReply::finished, &ctx, take);
    spinUntil([&] { return finished; }, timeoutMs);
    return success;
}

bool waitQuery(PgQuery *query, int timeoutMs)
{
    if (!query)
        return false;
    bool finished = false, success = false;
    if (query->isFinished())
        return query->isSuccess();
    QObject ctx;
    QObject::connect(query, &PgQuery::finished, &ctx, [&] {
        finished = true;
        success = query->isSuccess();
    });
    spinUntil([&] { return finished; }, timeoutMs);
    return success;
}

bool SandboxClient::open(const QUrl &url, const QString &apiToken)
{
    client.setEndpoints(ApiEndpoints::single(url));
    client.setApiToken(apiToken);
    waitReply(client.signIn());
    QVariant databases, resolved;
    waitReply(client.listDatabasesInAllRegions(), &databases);
    database = databases.value<QList<Database>>().value(0);
    if (!waitReply(client.resolveDatabase(database), &resolved)) {
        out(QStringLiteral("cannot resolve the database"));
        return false;
    }
    ref = resolved.value<DatabaseRef>();
    return true;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

StallProbe::StallProbe(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    QObject::connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
}

void StallProbe::start()
{
    m_maxGap = 0;
    m_maxGapCpu = 0;
    m_ticks = 0;
    m_last = nowMs();
    m_lastCpu = threadCpuMs();
    m_timer.start();
}

void StallProbe::stop()
{
    tick(); // a stall that is still going on counts too
    m_timer.stop();
}

void StallProbe::tick()
{
    const double now = nowMs();
    const double cpu = threadCpuMs();
    m_maxGap = std::max(m_maxGap, now - m_last);
    m_maxGapCpu = std::max(m_maxGapCpu, cpu - m_lastCpu);
    m_last = now;
    m_lastCpu = cpu;
    ++m_ticks;
}

QString Table::toMarkdown() const
{
    QString text = QLatin1String("| ") + m_header.join(QLatin1String(" | ")) + QLatin1String(" |\n|");
    for (qsizetype i = 0; i < m_header.size(); ++i)
        text += QLatin1String("---|");
    text += QLatin1Char('\n');
    for (const QStringList &row : m_rows)
        text += QLatin1String("| ") + row.join(QLatin1String(" | ")) + QLatin1String(" |\n");
    return text;
}

QString fmt(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void out(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace Bench
