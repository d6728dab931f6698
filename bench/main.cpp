// gatehouse-bench: Gatehouse against the physical limit (round trips to the server) and against the request chain
// of Scalingo's CLI, through the real gatehouse-sandbox. Prints Markdown tables; see docs/performance.md.
#include "benchutil.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QSysInfo>

#include <thread>

using namespace Bench;

namespace {

QString machine()
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    QString memory;
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (meminfo.open(QIODevice::ReadOnly)) {
        const QByteArray first = meminfo.readLine();
        memory = fmt(first.mid(9).trimmed().split(' ').value(0).toDouble() / 1024 / 1024, 1) + QLatin1String(" GiB");
    }
    return QStringLiteral("Machine: %1 CPU(s) (nproc), %2, RAM %3, %4, Qt %5")
            .arg(std::thread::hardware_concurrency())
            .arg(cpu, memory, QSysInfo::prettyProductName(), QLatin1String(qVersion()));
}

} // namespace

int main(int argc, char *argv[])
{
    // Offscreen unless told otherwise: the UI section needs widgets, never a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("gatehouse-bench"));
#ifdef GATEHOUSE_BENCH_UI
    if (app.arguments().value(1) == QLatin1String("--rss-probe"))
        return runRssProbe(app.arguments().mid(2));
#endif

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gatehouse performance figures against the local sandbox."));
    parser.addHelpOption();
    const QCommandLineOption smoke(QStringLiteral("smoke"),
                                   QStringLiteral("Everything once, small data, short load: checks that it works."));
    const QCommandLineOption repeat(QStringLiteral("repeat"), QStringLiteral("Runs per operation (default 5)."),
                                    QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"),
                                     QStringLiteral("Latency injected by the sandbox (default 50)."),
                                     QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption users(QStringLiteral("users"),
                                   QStringLiteral("Users seeded for the UI section (default 10000)."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption loadSeconds(QStringLiteral("load-seconds"),
                                         QStringLiteral("Duration of each throughput run (default 3)."),
                                         QStringLiteral("S"), QStringLiteral("3"));
    const QCommandLineOption section(QStringLiteral("section"),
                                     QStringLiteral("ops, ui, startup, load, scale or overview (repeatable; default all)."),
                                     QStringLiteral("name"));
    const QCommandLineOption scaleUsers(QStringLiteral("scale-users"),
                                        QStringLiteral("User counts of the scale section (default 10000,50000)."),
                                        QStringLiteral("N,N"), QStringLiteral("10000,50000"));
    const QCommandLineOption scaleDataDir(
            QStringLiteral("scale-data-dir"),
            QStringLiteral("Keep the scale section's seeded sandboxes in DIR/users-N and reuse them on later runs."),
            QStringLiteral("DIR"));
    parser.addOptions({smoke, repeat, latency, users, loadSeconds, section, scaleUsers, scaleDataDir});
    parser.process(app);

    Options options;
    options.smoke = parser.isSet(smoke);
    options.repeat = options.smoke ? 1 : std::max(1, parser.value(repeat).toInt());
    options.latencyMs = std::max(0, parser.value(latency).toInt());
    options.seedUsers = options.smoke ? 300 : std::max(1, parser.value(users).toInt());
    options.loadSeconds = options.smoke ? 0.3 : std::max(0.1, parser.value(loadSeconds).toDouble());
    options.sections = parser.values(section);
    options.scaleDataDir = parser.value(scaleDataDir);
    options.scaleUsers.clear();
    for (const QString &count : parser.value(scaleUsers).split(QLatin1Char(','), Qt::SkipEmptyParts))
        options.scaleUsers.append(std::max(1, count.toInt()));

    out(QStringLiteral("# gatehouse-bench%1\n").arg(options.smoke ? QStringLiteral(" --smoke") : QString()));
    out(machine() + QLatin1Char('\n'));
    // The machine may be shared (other builds and tests): the load average says how much the figures can trust.
    QFile loadavg(QStringLiteral("/proc/loadavg"));
    if (loadavg.open(QIODevice::ReadOnly))
        out(QStringLiteral("Load average at start (1, 5, 15 min): %1\n")
                    .arg(QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)));

    const auto wanted
            = [&](const QString &name) { return options.sections.isEmpty() || options.sections.contains(name); };
    bool ok = true;
    if (wanted(QStringLiteral("ops")))
        ok = runOperations(options) && ok;
    if (wanted(QStringLiteral("ui")))
        ok = runUi(options) && ok;
    if (wanted(QStringLiteral("startup")))
        ok = runStartup(options) && ok;
    if (wanted(QStringLiteral("load")))
        ok = runLoad(options) && ok;
    if (wanted(QStringLiteral("overview")))
        ok = runOverview(options) && ok;
#ifdef GATEHOUSE_BENCH_UI
    if (wanted(QStringLiteral("scale")))
        ok = runScale(options) && ok;
#endif
    loadavg.close();
    if (loadavg.open(QIODevice::ReadOnly))
        out(QStringLiteral("Load average at the end (1, 5, 15 min): %1\n")
                    .arg(QString::fromLatin1(loadavg.readAll()).section(QLatin1Char(' '), 0, 2)));
    out(ok ? QStringLiteral("bench: done") : QStringLiteral("bench: FAILED (see above)"));
    return ok ? 0 : 1;
}
