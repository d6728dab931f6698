#include "appquit.h"
#include "mainwindow.h"
#include "system/platform.h"
#include "translator.h"
#include "widgetmap.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

/// GATEHOUSE_STARTUP_PROBE=1 prints "GATEHOUSE_STARTUP <event> mono_ms=<CLOCK_MONOTONIC> main_ms=<since main()>"
/// on stderr for: main, window-shown, window-painted (first paint) and users-populated (the users table has rows).
/// Used by gatehouse-bench (docs/performance.md); inert without the variable.
class StartupProbe : public QObject
{
public:
    StartupProbe() { m_sinceMain.start(); }

    void mark(const char *event) const
    {
        std::fprintf(stderr, "GATEHOUSE_STARTUP %s mono_ms=%.3f main_ms=%.3f\n", event, Platform::monotonicMs(),
                     double(m_sinceMain.nsecsElapsed()) / 1e6);
        std::fflush(stderr);
    }

    void watch(QWidget *window)
    {
        window->installEventFilter(this);
        auto *poll = new QTimer(this);
        connect(poll, &QTimer::timeout, this, [this, window, poll] {
            const auto *users = window->findChild<QAbstractItemView *>(QStringLiteral("usersView"));
            if (users && users->model() && users->model()->rowCount() > 0) {
                mark("users-populated");
                poll->stop();
            }
        });
        poll->start(5);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTimer::singleShot(0, this, [this] { mark("window-painted"); }); // after the paint completed
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceMain;
    bool m_painted = false;
};

} // namespace

int main(int argc, char *argv[])
{
    // First thing: from here on the process holds the API token, and a core dump would write it to disk.
    Platform::disableCoreDumps();
    std::unique_ptr<StartupProbe> probe;
    if (qEnvironmentVariableIsSet("GATEHOUSE_STARTUP_PROBE")) {
        probe = std::make_unique<StartupProbe>();
        probe->mark("main");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.gatehouse.Gatehouse"));

    Translator::installFromSettings();
    WidgetMap::installFromEnvironment(&app); // screenshot scripts only

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
            "main", "Manage firewall rules, users and extensions of Scalingo for PostgreSQL databases."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
            QStringLiteral("sandbox"), QApplication::translate("main", "Start the local sandbox and sign in to it."));
    const QCommandLineOption sandboxExeOption(QStringLiteral("sandbox-exe"),
                                              QApplication::translate("main", "Path of the gatehouse-sandbox program."),
                                              QStringLiteral("path"));
    const QCommandLineOption authOption(
            QStringLiteral("auth-url"),
            QApplication::translate("main", "Auth API base URL (default: $SCALINGO_AUTH_URL or Scalingo's)."),
            QStringLiteral("url"));
    const QCommandLineOption apiOption(
            QStringLiteral("api-url"),
            QApplication::translate("main", "Regional API base URL (default: $SCALINGO_API_URL or discovered)."),
            QStringLiteral("url"));
    const QCommandLineOption dbOption(
            QStringLiteral("db-url"),
            QApplication::translate("main", "Database API base URL (default: $SCALINGO_DB_URL or discovered)."),
            QStringLiteral("url"));
    parser.addOptions({sandboxOption, sandboxExeOption, authOption, apiOption, dbOption});
    parser.process(app);

    MainWindow::Options options;
    options.startSandbox = parser.isSet(sandboxOption);
    options.sandboxExecutable = parser.value(sandboxExeOption);
    options.authUrl = parser.value(authOption);
    options.apiUrl = parser.value(apiOption);
    options.dbUrl = parser.value(dbOption);

    MainWindow window(options);
    // SIGTERM/SIGINT quit at the first signal, whatever dialog is open; windows close normally so the window state
    // is saved and the sandbox child stops its PostgreSQL cluster before Gatehouse exits.
    Platform::onTerminationRequest(&app, &AppQuit::quitNow);
    window.show();
    if (probe) {
        probe->mark("window-shown");
        probe->watch(&window);
    }
    return app.exec();
}
