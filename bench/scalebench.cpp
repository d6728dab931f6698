// Section "scale": the Database Users page and the sandbox with 10,000 and 50,000 users (half on MD5, varied
// names, 30 rules): longest main-thread stall per user action, peak RSS of the real main window, the sandbox's
// users list under 4 clients, and opening a database through the real MainWindow. Every figure is printed as
// `BENCH <name> <value> <unit>` (median of the runs, plus _min and _max lines), besides a Markdown table.
#include "benchutil.h"
#include "sandboxprocess.h"
#include "sandboxstate.h"

#include "api/apiclient.h"
#include "databaseuserspage.h"
#include "mainwindow.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/databaseusersmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"
#include "system/tokenstore.h"
#include "usersproxymodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

namespace Bench {

namespace {

struct Figure
{
    QString name;
    QString unit;
    QList<double> values;
};

QList<Figure> g_figures;
/// The main thread's CPU time in the last stallOf()'s longest-working gap.
double g_lastStallCpuMs = 0;

void recordOne(const QString &name, double value, const QString &unit)
{
    for (Figure &f : g_figures) {
        if (f.name == name) {
            f.values.append(value);
            return;
        }
    }
    g_figures.append({name, unit, {value}});
}

/// A stall figure (`…_stall_ms_N`, the value of stallOf()) also gets its CPU twin `…_stall_cpu_ms_N`.
void record(const QString &name, double value, const QString &unit)
{
    recordOne(name, value, unit);
    if (name.contains(QLatin1String("_stall_ms_")))
        recordOne(QString(name).replace(QLatin1String("_stall_ms_"), QLatin1String("_stall_cpu_ms_")), g_lastStallCpuMs,
                  unit);
}

/// Longest stall while \a start runs and then until \a done (plus 50 ms of settling).
double stallOf(const std::function<void()> &start, const std::function<bool()> &done)
{
    spinUntil([] { return false; }, 100); // earlier paints are not billed here
    StallProbe probe;
    probe.start();
    start();
    spinUntil(done, 300000);
    spinUntil([] { return false; }, 50);
    probe.stop();
    g_lastStallCpuMs = probe.maxGapCpuMs();
    return probe.maxGapMs();
}

bool signIn(MainWindow *window, const QString &token)
{
    auto *edit = window->findChild<QLineEdit *>(QStringLiteral("tokenEdit"));
    auto *button = window->findChild<QAbstractButton *>(QStringLiteral("signInButton"));
    if (!edit || !button)
        return false;
    edit->setText(token);
    if (auto *remember = window->findChild<QCheckBox *>(QStringLiteral("rememberCheck")))
        remember->setChecked(false);
    button->click();
    return true;
}

MainWindow::Options optionsFor(const QUrl &url, TokenStore *store)
{
    MainWindow::Options options;
    options.startSandbox = false;
    options.sandboxFirewallDelay = 0;
    options.authUrl = options.apiUrl = options.dbUrl = url.toString();
    options.tokenStore = store;
    return options;
}

bool sessionOpen(DatabaseSession *session)
{
    return session->isOpen() && !session->connectionUri().isEmpty() && session->users()->hasData()
            && !session->users()->isLoading() && session->rules()->hasData() && !session->rules()->isLoading()
            && session->ranges()->hasData() && !session->ranges()->isLoading();
}

void isolateSettings()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseBench"));
    QSettings().clear();
}

/// Every stall figure for one user count, `runs` times with a fresh page each time.
bool runUsers(const Options &options, int users, int runs)
{
    const QString n = QString::number(users);
    SandboxProcess sandbox(
            {QStringLiteral("--seed-users"), n, QStringLiteral("--seed-md5-percent"), QStringLiteral("50")});
    if (!options.scaleDataDir.isEmpty()) {
        // The seeded cluster survives for the next run (the sandbox only tops the users up to N).
        const QString dir = QDir(options.scaleDataDir).absoluteFilePath(QStringLiteral("users-") + n);
        QDir().mkpath(dir);
        // The postgres system user must traverse these directories to reach its cluster inside.
        for (const QString &path : {QDir(options.scaleDataDir).absolutePath(), dir})
            QFile::setPermissions(
                    path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
        sandbox.setDataDir(dir);
    }
    const double s0 = nowMs();
    if (!sandbox.start(900000)) {
        out(QStringLiteral("cannot start the sandbox: ") + sandbox.errorString());
        return false;
    }
    out(QStringLiteral("Sandbox with %1 users (50 % MD5) ready in %2 s\n").arg(users).arg(fmt((nowMs() - s0) / 1000)));
    SandboxClient signedIn;
    if (!signedIn.open(sandbox.url(), sandbox.apiToken()))
        return false;
    ApiClient &client = signedIn.client;
    const Database &db = signedIn.database;
    const DatabaseRef &ref = signedIn.ref;
    for (int i = 0; i < 30; ++i) {
        NewFirewallRule r;
        r.cidr = QStringLiteral("10.%1.0.0/16").arg(i);
        r.label = QStringLiteral("Office %1").arg(i);
        waitReply(client.createFirewallRule(ref, r));
    }
    // The sandbox's users list under 4 clients (2 threads x 2 requests in flight), with these users.
    SandboxProcess::Database discovered;
    if (sandbox.discover(&discovered)) {
        const QUrl listUrl(sandbox.url().toString()
                           + QStringLiteral("/api/databases/%1/users").arg(discovered.addonId));
        for (int run = 0; run < runs; ++run) {
            const LoadResult load = generateLoad(listUrl, "Bearer " + discovered.addonToken.toUtf8(), 2, 2,
                                                 options.loadSeconds * 1000);
            record(QStringLiteral("sandbox_users_list_rps_4clients_") + n, load.completed / (load.elapsedMs / 1000),
                   QStringLiteral("req/s"));
            if (load.failed > 0)
                out(QStringLiteral("warning: %1 failed requests in the load run").arg(load.failed));
        }
    }
    const auto admin = sandboxstate::superuser(sandbox, QStringLiteral("gatehouse_sandbox"));
    if (!admin || !admin->ok()) {
        out(QStringLiteral("no superuser session to the sandbox's cluster"));
        return false;
    }

    for (int run = 0; run < runs; ++run) {
        // One second of doing nothing: what the probe sees from the machine alone (a shared machine preempts us).
        QElapsedTimer idle;
        record(QStringLiteral("idle_stall_ms_") + n,
               stallOf([&] { idle.start(); }, [&] { return idle.elapsed() >= 1000; }), QStringLiteral("ms"));
        // Loading into the model and the page's sorted proxy (no view).
        {
            DatabaseUsersModel model;
            model.bind(&client, ref);
            UsersProxyModel proxy;
            proxy.setUsersModel(&model);
            proxy.sort(DatabaseUsersModel::UsernameColumn);
            record(QStringLiteral("users_load_stall_ms_") + n,
                   stallOf([&] { model.reload(); }, [&] { return model.state() == ResourceModel::State::Loaded; }),
                   QStringLiteral("ms"));
        }
        DatabaseSession session(&client);
        DatabaseUsersPage page;
        page.setSession(&session);
        page.resize(1000, 700);
        page.show();
        auto *view = page.findChild<QTableView *>(QStringLiteral("usersView"));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
        auto *md5 = page.findChild<QLabel *>(QStringLiteral("md5Label"));
        DatabaseUsersModel *model = session.users();
        const auto loaded = [&] {
            return model->state() == ResourceModel::State::Loaded
                    && session.rules()->state() == ResourceModel::State::Loaded;
        };
        record(QStringLiteral("users_open_stall_ms_") + n, stallOf([&] { session.open(db); }, loaded),
               QStringLiteral("ms"));
        if (model->rowCount() != users + 1) {
            out(QStringLiteral("expected %1 users, got %2").arg(users + 1).arg(model->rowCount()));
            return false;
        }
        record(QStringLiteral("users_refresh_unchanged_stall_ms_") + n,
               stallOf([&] { model->reload(); }, [&] { return !model->isLoading(); }), QStringLiteral("ms"));
        // Every row changes (read-only flipped in PostgreSQL) while a row is selected.
        view->selectRow(view->model()->rowCount() / 2);
        const QString selected = view->selectionModel()->selectedRows().value(0).data().toString();
        admin->query(QStringLiteral("UPDATE database_users SET read_only = NOT read_only WHERE NOT protected"));
        record(QStringLiteral("users_refresh_all_changed_selected_stall_ms_") + n,
               stallOf([&] { model->reload(); }, [&] { return !model->isLoading(); }), QStringLiteral("ms"));
        if (view->selectionModel()->selectedRows().value(0).data().toString() != selected)
            out(QStringLiteral("warning: the selection was lost by the refresh"));
        const QList<QPair<QString, int>> columns{
                {QStringLiteral("read_only"), DatabaseUsersModel::ReadOnlyColumn},
                {QStringLiteral("protected"), DatabaseUsersModel::ProtectedColumn},
                {QStringLiteral("encryption"), DatabaseUsersModel::PasswordEncryptionColumn},
                {QStringLiteral("name"), DatabaseUsersModel::UsernameColumn}};
        for (const auto &[column, section] : columns)
            record(QStringLiteral("users_sort_%1_stall_ms_%2").arg(column, n),
                   stallOf([&, section = section] { view->sortByColumn(section, Qt::AscendingOrder); },
                           [] { return true; }),
                   QStringLiteral("ms"));
        // Typing at 5 keys/s (slower than the debounce: every keystroke filters), then clearing the field.
        const QString typed = QStringLiteral("analytics_maple");
        QString text;
        record(QStringLiteral("users_type_search_stall_ms_") + n,
               stallOf(
                       [&] {
                           for (const QChar c : typed) {
                               text += c;
                               search->setText(text);
                               spinUntil([] { return false; }, 200);
                           }
                       },
                       [] { return true; }),
               QStringLiteral("ms"));
        record(QStringLiteral("users_clear_search_stall_ms_") + n,
               stallOf([&] { search->clear(); }, [&] { return view->model()->rowCount() == users + 1; }),
               QStringLiteral("ms"));
        if (md5) {
            record(QStringLiteral("users_show_md5_stall_ms_") + n,
                   stallOf([&] { emit md5->linkActivated(QStringLiteral("md5")); }, [] { return true; }),
                   QStringLiteral("ms"));
            record(QStringLiteral("users_show_all_stall_ms_") + n,
                   stallOf([&] { emit md5->linkActivated(QStringLiteral("all")); }, [] { return true; }),
                   QStringLiteral("ms"));
        }
    }

    // Peak RSS of the real application's main window with these users loaded, in a fresh process (this one
    // holds the bench's own copies).
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--rss-probe"), sandbox.url().toString(), sandbox.apiToken(), n});
    if (child.waitForFinished(600000)) {
        const QByteArray line = child.readAllStandardOutput().trimmed();
        if (line.startsWith("RSS_KIB "))
            record(QStringLiteral("mainwindow_peak_rss_mib_") + n, line.mid(8).toDouble() / 1024,
                   QStringLiteral("MiB"));
        else
            out(QStringLiteral("rss probe: unexpected output %1").arg(QString::fromUtf8(line)));
    }
    sandbox.stop();
    return true;
}

/// Opening a database through the real MainWindow at 50 ms latency: the second sign-in (addon remembered).
bool runOpenThroughMainWindow(const Options &options)
{
    SandboxProcess sandbox({QStringLiteral("--latency-ms"), QString::number(options.latencyMs)});
    if (!sandbox.start(180000))
        return false;
    isolateSettings();
    MemoryTokenStore store;
    const int runs = options.smoke ? 1 : 3;
    for (int run = 0; run <= runs; ++run) {
        MainWindow window(optionsFor(sandbox.url(), &store));
        window.show();
        double t0 = -1;
        int r0 = 0;
        // The window opens the database as soon as the list arrives: that is where "open" starts.
        QObject::connect(window.databases(), &ResourceModel::loaded, &window, [&] {
            if (t0 < 0) {
                t0 = nowMs();
                r0 = window.client()->requestCount();
            }
        });
        if (!signIn(&window, sandbox.apiToken()) || !spinUntil([&] { return sessionOpen(window.session()); }, 60000))
            return false;
        const double wall = nowMs() - t0;
        const int requests = window.client()->requestCount() - r0;
        if (run == 0)
            continue; // the first opening on this computer looks the addon up (3 round trips)
        record(QStringLiteral("mainwindow_open_database_ms"), wall, QStringLiteral("ms"));
        record(QStringLiteral("mainwindow_open_database_rtt"), wall / options.latencyMs, QStringLiteral("RTT"));
        record(QStringLiteral("mainwindow_open_database_requests"), requests, QStringLiteral("requests"));
    }
    QSettings().clear();
    sandbox.stop();
    return true;
}

} // namespace

int runRssProbe(const QStringList &args)
{
    // args: url token users. Prints "RSS_KIB <VmHWM>" once the main window lists every user.
    isolateSettings();
    MemoryTokenStore store;
    MainWindow window(optionsFor(QUrl(args.value(0)), &store));
    window.show();
    const int users = args.value(2).toInt();
    if (!signIn(&window, args.value(1))
        || !spinUntil([&] { return sessionOpen(window.session()) && window.session()->users()->rowCount() > users; },
                      300000))
        return 1;
    spinUntil([] { return false; }, 500);
    out(QStringLiteral("RSS_KIB %1").arg(peakRssKiB(QCoreApplication::applicationPid())));
    QSettings().clear();
    return 0;
}

bool runScale(const Options &options)
{
    out(QStringLiteral("## Scale: Database Users with many users (half on MD5), 30 rules\n"));
    g_figures.clear();
    const int runs = options.smoke ? 1 : std::max(3, options.repeat);
    const QList<int> counts = options.smoke ? QList<int>{300} : options.scaleUsers;
    bool ok = true;
    for (int users : counts)
        ok = runUsers(options, users, runs) && ok;
    ok = runOpenThroughMainWindow(options) && ok;

    Table table({QStringLiteral("figure"), QStringLiteral("min"), QStringLiteral("median"), QStringLiteral("max"),
                 QStringLiteral("unit"), QStringLiteral("runs")});
    for (const Figure &f : std::as_const(g_figures)) {
        QList<double> sorted = f.values;
        std::sort(sorted.begin(), sorted.end());
        table.add({f.name, fmt(sorted.first()), fmt(median(f.values)), fmt(sorted.last()), f.unit,
                   QString::number(f.values.size())});
    }
    out(table.toMarkdown());
    for (const Figure &f : std::as_const(g_figures)) {
        QList<double> sorted = f.values;
        std::sort(sorted.begin(), sorted.end());
        out(QStringLiteral("BENCH %1 %2 %3").arg(f.name, fmt(median(f.values)), f.unit));
        out(QStringLiteral("BENCH %1_min %2 %3").arg(f.name, fmt(sorted.first()), f.unit));
        out(QStringLiteral("BENCH %1_max %2 %3").arg(f.name, fmt(sorted.last()), f.unit));
    }
    return ok;
}

} // namespace Bench
