#include "mainwindow.h"
#include "translator.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Gatehouse"));
    QApplication::setOrganizationName(QStringLiteral("Gatehouse"));
    QApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.gatehouse.Gatehouse"));

    Translator::installFromSettings();

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "Manage firewall rules, users and extensions of Scalingo for PostgreSQL databases."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
            QApplication::translate("main", "Start the local sandbox and sign in to it."));
    const QCommandLineOption sandboxExeOption(QStringLiteral("sandbox-exe"),
            QApplication::translate("main", "Path of the gatehouse-sandbox program."), QStringLiteral("path"));
    const QCommandLineOption authOption(QStringLiteral("auth-url"),
            QApplication::translate("main", "Auth API base URL (default: $SCALINGO_AUTH_URL or Scalingo's)."),
            QStringLiteral("url"));
    const QCommandLineOption apiOption(QStringLiteral("api-url"),
            QApplication::translate("main", "Regional API base URL (default: $SCALINGO_API_URL or discovered)."),
            QStringLiteral("url"));
    const QCommandLineOption dbOption(QStringLiteral("db-url"),
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
    window.show();
    return app.exec();
}
