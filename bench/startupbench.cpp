// Section "startup": the real application (`gatehouse --sandbox`, offscreen) from process start to a painted window
// and to a populated users list, with its peak RSS. Needs GATEHOUSE_STARTUP_PROBE support in app/main/main.cpp.
#include "benchutil.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace Bench {

bool runStartup(const Options &options)
{
#ifndef GATEHOUSE_APP_EXE
    Q_UNUSED(options)
    out(QStringLiteral("## Start-up\n\nskipped: the gatehouse target is not built (GATEHOUSE_BUILD_UI=OFF)\n"));
    return true;
#else
    out(QStringLiteral("## Start-up and memory (`gatehouse --sandbox`, QT_QPA_PLATFORM=offscreen)\n"));
    QTemporaryDir tmp;
    // The postgres user must traverse down to the sandbox's cluster under XDG_DATA_HOME.
    const auto traversable = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    QFile::setPermissions(tmp.path(), traversable);
    for (const char *sub : {"data", "config", "cache", "home"}) {
        QDir().mkpath(tmp.filePath(QLatin1String(sub)));
        QFile::setPermissions(tmp.filePath(QLatin1String(sub)), traversable);
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), tmp.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), tmp.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("HOME"), tmp.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("GATEHOUSE_STARTUP_PROBE"), QStringLiteral("1"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // never the developer's own keychain

    Table table({QStringLiteral("run"), QStringLiteral("main() entered ms"), QStringLiteral("window painted ms"),
                 QStringLiteral("users populated ms"), QStringLiteral("peak RSS MiB (VmHWM)"),
                 QStringLiteral("targets (< 300 ms, < 80 MB)")});
    bool ok = true;
    const int runs = options.smoke ? 1 : 3;
    for (int run = 0; run < runs; ++run) {
        QProcess app;
        app.setProcessEnvironment(env);
        app.setProcessChannelMode(QProcess::SeparateChannels);
        app.setStandardOutputFile(QProcess::nullDevice());
        QHash<QString, double> events;
        QByteArray pending;
        const double t0 = nowMs();
        app.start(
                QStringLiteral(GATEHOUSE_APP_EXE),
                {QStringLiteral("--sandbox"), QStringLiteral("--sandbox-exe"), QStringLiteral(GATEHOUSE_SANDBOX_EXE)});
        QObject::connect(&app, &QProcess::readyReadStandardError, [&] {
            pending += app.readAllStandardError();
            qsizetype nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                pending.remove(0, nl + 1);
                if (!line.startsWith("GATEHOUSE_STARTUP "))
                    continue;
                const QList<QByteArray> parts = line.split(' ');
                const double mono = parts.value(2).mid(8).toDouble();
                events.insert(QString::fromLatin1(parts.value(1)), mono - t0);
            }
        });
        const bool populated = spinUntil(
                                       [&] {
                                           return events.contains(QStringLiteral("users-populated"))
                                                   || app.state() == QProcess::NotRunning;
                                       },
                                       180000)
                && events.contains(QStringLiteral("users-populated"));
        spinUntil([] { return false; }, 300);
        const double rssMiB = double(peakRssKiB(app.processId())) / 1024.0;
        app.terminate();
        if (!app.waitForFinished(30000)) {
            app.kill();
            app.waitForFinished(5000);
        }
        // The sandbox child stops its cluster on its parent's death (PR_SET_PDEATHSIG): wait for both to go.
        spinUntil([&] { return pidsWithCmdline(tmp.path()).isEmpty(); }, 60000);
        const double painted = events.value(QStringLiteral("window-painted"), -1);
        const bool met = painted >= 0 && painted < 300 && rssMiB < 80 * 1000.0 * 1000.0 / 1024 / 1024;
        table.add({run == 0 ? QStringLiteral("first (initdb)") : QStringLiteral("again (cluster exists)"),
                   fmt(events.value(QStringLiteral("main"), -1)), fmt(painted),
                   populated ? fmt(events.value(QStringLiteral("users-populated"))) : QStringLiteral("not reached"),
                   fmt(rssMiB), met ? QStringLiteral("met") : QStringLiteral("**missed**")});
        ok = ok && populated;
    }
    out(table.toMarkdown());
    if (!pidsWithCmdline(tmp.path()).isEmpty()) {
        out(QStringLiteral("processes left behind under %1!").arg(tmp.path()));
        ok = false;
    }
    return ok;
#endif
}

} // namespace Bench
