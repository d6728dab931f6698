// Fault injection at the GUI level: every write flow of Internet Access (new rule, delete rule) and Database Users
// (add user, reset password, set password, delete user) is driven through the real widgets, offscreen, against the
// in-process FakeApiServer scripted to fail the way real servers do: down, slow (longer than the client timeout),
// connection reset mid-reply, malformed JSON, 401 mid-flow (addon then user token refused ⇒ signed out), 429 with
// Retry-After, 500, 503 (an HTML gateway page), 422 with field errors, and "applied but the reply was lost".
//
// For each case: the event loop never stalls (a timer probe, longest gap < 200 ms), a clear message is shown (never
// raw JSON, HTML or escaped entities), the dialog keeps what was typed when the write failed, the server saw exactly
// one write per submit (none when it was down), and what the page lists equals what the server holds.
// A table "flow | fault | passed" is printed at the end. The happy paths against the real sandbox are in
// tst_internetaccess_sandbox and tst_userspage_sandbox.
#include "api/apiclient.h"
#include "adduserdialog.h"
#include "confirmdialog.h"
#include "databaseuserspage.h"
#include "fakeapiserver.h"
#include "internetaccesspage.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"
#include "models/modelroles.h"
#include "newruledialog.h"
#include "passworddialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTextDocument>
#include <QTimer>

#include <memory>

using Fault = FakeApiServer::Fault;
using Response = FakeApiServer::Response;

namespace {

enum class Injected {
    None, ///< control: the flow works against this fixture
    Down, ///< connection refused
    Slow, ///< answered after 1.5 s, the client gives up after 0.8 s (the write is applied)
    ResetMidReply, ///< applied, headers and half the body, then the connection is reset
    Malformed, ///< applied, broken JSON body
    SignedOut, ///< addon token, user token and API token all refused
    RateLimited, ///< 429, Retry-After: 7
    Server500, ///< {"error": ...} with characters that need escaping
    Unavailable503, ///< an nginx HTML page
    Validation422, ///< {"errors": {field: [...]}}
    ReplyLost, ///< applied, then the connection is reset without any answer
};

const char *faultName(Injected fault)
{
    switch (fault) {
    case Injected::None:
        return "none (control)";
    case Injected::Down:
        return "server down";
    case Injected::Slow:
        return "slow (> timeout)";
    case Injected::ResetMidReply:
        return "reset mid-reply";
    case Injected::Malformed:
        return "malformed JSON";
    case Injected::SignedOut:
        return "401 mid-flow";
    case Injected::RateLimited:
        return "429 Retry-After";
    case Injected::Server500:
        return "500";
    case Injected::Unavailable503:
        return "503 (HTML)";
    case Injected::Validation422:
        return "422 field errors";
    case Injected::ReplyLost:
        return "reply lost";
    }
    return "?";
}

const QList<Injected> kFaults{Injected::None,          Injected::Down,          Injected::Slow,
                              Injected::ResetMidReply, Injected::Malformed,     Injected::SignedOut,
                              Injected::RateLimited,   Injected::Server500,     Injected::Unavailable503,
                              Injected::Validation422, Injected::ReplyLost};

/// The server applied the write (whatever the client then heard).
bool isApplied(Injected fault)
{
    return fault == Injected::None || fault == Injected::Slow || fault == Injected::ResetMidReply
            || fault == Injected::Malformed || fault == Injected::ReplyLost;
}

const QString kServerWords = QStringLiteral("database pool <main> & \"replica\" unavailable");
const QString kFieldWords = QStringLiteral("overlaps <office> & \"lab\" range");
const QByteArray kNginx503 = "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
                             "<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx"
                             "</center>\r\n</body>\r\n</html>\r\n";
const QString kDb = QStringLiteral("/api/databases/ad-1111");

/// What a label shows, as the user reads it (rich text rendered).
QString shownText(const QLabel *label)
{
    if (!label)
        return QString();
    const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return label->text();
    QTextDocument doc;
    doc.setHtml(label->text());
    return doc.toPlainText();
}

/// Empty when \a text is a clear message; else why not.
QString unclear(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("empty message");
    for (const char *bad : {"{\"", "\":", "&lt;", "&gt;", "&amp;", "&quot;", "&#", "<html", "<body", "<h1",
                            "<center", "nginx", "QNetworkReply", "Error transferring"}) {
        if (text.contains(QLatin1String(bad), Qt::CaseInsensitive))
            return QStringLiteral("contains \"%1\": %2").arg(QLatin1String(bad), text);
    }
    return QString();
}

/// Longest event-loop stall while it runs.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setInterval(5);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_max = 0;
        m_clock.start();
        m_timer.start();
    }
    qint64 stop()
    {
        tick();
        m_timer.stop();
        return m_max;
    }

private:
    void tick()
    {
        m_max = qMax(m_max, m_clock.restart());
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
};

bool waitUntil(const std::function<bool()> &done, int timeoutMs = 8000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

bool click(QAbstractButton *button)
{
    if (!button || !button->isVisible() || !button->isEnabled())
        return false;
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

bool selectRow(QAbstractItemView *view, const QString &id)
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ModelRoles::IdRole).toString() == id) {
            view->setCurrentIndex(index);
            view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

QStringList modelIds(const QAbstractItemModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(ModelRoles::IdRole).toString();
    ids.sort();
    return ids;
}

bool isPending(const QAbstractItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ModelRoles::IdRole).toString() == id)
            return index.data(ModelRoles::PendingRole).toBool();
    }
    return false;
}

QStringList serverKeys(const QJsonArray &array, const QString &key)
{
    QStringList keys;
    for (const QJsonValue &v : array)
        keys << v.toObject().value(key).toString();
    keys.sort();
    return keys;
}

struct Row
{
    QString flow;
    QString fault;
    bool passed;
};
QList<Row> g_results;

} // namespace

class TstFaultsGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void newRule_data() { faultRows(); }
    void newRule();
    void deleteRule_data() { faultRows(); }
    void deleteRule();
    void addUser_data();
    void addUser();
    void resetPassword_data() { faultRows(); }
    void resetPassword();
    void setPassword_data() { faultRows(); }
    void setPassword();
    void deleteUser_data() { faultRows(); }
    void deleteUser();

private:
    static void faultRows();
    /// Server, client, session and a shown page opened on the fake database (users, rules, ranges loaded).
    bool openFixture(QWidget *page);
    /// Scripts \a fault for the next \a method request on \a pattern; \a field names the 422's field.
    void inject(Injected fault, const QByteArray &method, const QString &pattern, const QString &field);
    void stopServer();
    /// Checks a message's wording for \a fault (the shown text is already known to be clear).
    static QString wrongWording(Injected fault, const QString &text);

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DatabaseSession> m_session;
    std::unique_ptr<QWidget> m_page;
    std::unique_ptr<QSignalSpy> m_signedOut;
    StallProbe m_probe;
};

void TstFaultsGui::initTestCase()
{
    qRegisterMetaType<ApiError>();
}

void TstFaultsGui::faultRows()
{
    QTest::addColumn<int>("fault");
    for (Injected fault : kFaults)
        QTest::newRow(faultName(fault)) << int(fault);
}

void TstFaultsGui::addUser_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("generated"); // no password typed: Scalingo generates one (a secret that can be lost)
    for (Injected fault : kFaults)
        QTest::newRow(faultName(fault)) << int(fault) << false;
    for (Injected fault : {Injected::None, Injected::ReplyLost, Injected::Malformed, Injected::Server500})
        QTest::newRow(qPrintable(QStringLiteral("%1, generated password").arg(QLatin1String(faultName(fault)))))
                << int(fault) << true;
}

void TstFaultsGui::init()
{
    ConfirmDialog::setNextAnswer(std::nullopt);
}

void TstFaultsGui::cleanup()
{
    const QString flow = QString::fromLatin1(QTest::currentTestFunction());
    g_results.append({flow, QString::fromLatin1(QTest::currentDataTag()), !QTest::currentTestFailed()});
    ConfirmDialog::setNextAnswer(std::nullopt);
    m_signedOut.reset();
    m_page.reset(); // its dialogs with it
    m_session.reset();
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void TstFaultsGui::cleanupTestCase()
{
    QMap<QString, QPair<int, int>> perFlow;
    qInfo("flow | fault | passed");
    for (const Row &row : std::as_const(g_results)) {
        qInfo("%s | %s | %s", qPrintable(row.flow), qPrintable(row.fault), row.passed ? "yes" : "NO");
        auto &counts = perFlow[row.flow];
        ++counts.first;
        counts.second += row.passed ? 1 : 0;
    }
    qInfo("flow | cases run | passed");
    for (auto it = perFlow.cbegin(); it != perFlow.cend(); ++it)
        qInfo("%s | %d | %d", qPrintable(it.key()), it.value().first, it.value().second);
}

bool TstFaultsGui::openFixture(QWidget *page)
{
    m_server = std::make_unique<FakeApiServer>();
    m_server->rules = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fw-seed")},
                                             {QStringLiteral("type"), QStringLiteral("custom_range")},
                                             {QStringLiteral("cidr"), QStringLiteral("198.51.100.0/24")},
                                             {QStringLiteral("label"), QStringLiteral("Seed")}}};
    m_server->users.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("app_user")},
                                       {QStringLiteral("read_only"), false},
                                       {QStringLiteral("protected"), false}});
    if (!m_server->listen())
        return false;
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_client->setEndpoints(ApiEndpoints::single(m_server->url()));
    RequestPolicy policy = m_client->policy();
    policy.retryBaseDelayMs = 50; // GET retries (reconciliation listings) stay quick
    m_client->setPolicy(policy);
    m_client->setTimeout(800);
    m_client->setApiToken(m_server->apiToken);
    m_signedOut = std::make_unique<QSignalSpy>(m_client.get(), &ApiClient::signedOut);
    m_session = std::make_unique<DatabaseSession>(m_client.get());
    m_page.reset(page);
    if (auto *rules = qobject_cast<InternetAccessPage *>(page))
        rules->setSession(m_client.get(), m_session.get());
    else if (auto *users = qobject_cast<DatabaseUsersPage *>(page))
        users->setSession(m_session.get());
    page->resize(900, 600);
    page->show();
    Database database;
    database.id = m_server->appId();
    database.name = m_server->appName();
    m_session->open(database);
    const bool open = waitUntil([this] {
        return m_session->isOpen() && m_session->users()->hasData() && m_session->rules()->hasData()
                && m_session->ranges()->hasData() && !m_session->connectionUri().isEmpty();
    });
    m_server->clearRequests();
    return open;
}

void TstFaultsGui::stopServer()
{
    auto *tcp = m_server->findChild<QTcpServer *>();
    tcp->close(); // new connections are refused
    for (QTcpSocket *socket : tcp->findChildren<QTcpSocket *>())
        socket->abort(); // and kept-alive ones are gone
    QTest::qWait(50);
}

void TstFaultsGui::inject(Injected fault, const QByteArray &method, const QString &pattern, const QString &field)
{
    switch (fault) {
    case Injected::None:
        break;
    case Injected::Down:
        stopServer();
        break;
    case Injected::Slow:
        m_server->script(method, pattern, {Fault::None, 1500, std::nullopt});
        break;
    case Injected::ResetMidReply:
        m_server->faultOnce(method, pattern, Fault::TruncateBody);
        break;
    case Injected::Malformed:
        m_server->faultOnce(method, pattern, Fault::MalformedJson);
        break;
    case Injected::SignedOut:
        m_server->revokeAddonTokens();
        m_server->revokeUserTokens();
        m_server->apiToken = QStringLiteral("tk-us-revoked-meanwhile");
        break;
    case Injected::RateLimited:
        m_server->respondOnce(method, pattern,
                              Response{429, "Retry later", {{"Retry-After", "7"}, {"Content-Type", "text/plain"}}});
        break;
    case Injected::Server500:
        m_server->respondOnce(method, pattern, Response::error(500, kServerWords));
        break;
    case Injected::Unavailable503:
        m_server->respondOnce(method, pattern, Response{503, kNginx503, {{"Content-Type", "text/html"}}});
        break;
    case Injected::Validation422:
        m_server->respondOnce(
                method, pattern,
                Response::json(422, {{QStringLiteral("errors"), QJsonObject{{field, QJsonArray{kFieldWords}}}}}));
        break;
    case Injected::ReplyLost:
        m_server->faultOnce(method, pattern, Fault::DropReply);
        break;
    }
}

QString TstFaultsGui::wrongWording(Injected fault, const QString &text)
{
    auto needs = [&](const QString &words) {
        return text.contains(words) ? QString() : QStringLiteral("\"%1\" not in: %2").arg(words, text);
    };
    switch (fault) {
    case Injected::SignedOut:
        return needs(QStringLiteral("Sign in again"));
    case Injected::RateLimited:
        return needs(QStringLiteral("7 second"));
    case Injected::Server500:
        return needs(kServerWords);
    case Injected::Unavailable503:
        return needs(QStringLiteral("503"));
    case Injected::Validation422:
        return needs(kFieldWords);
    default:
        return QString();
    }
}

#define CHECK_CLEAR(text)                                                                                              \
    do {                                                                                                               \
        const QString shown_ = (text);                                                                                 \
        const QString why_ = unclear(shown_);                                                                          \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                                    \
    } while (false)

#define CHECK_WORDING(fault, text)                                                                                     \
    do {                                                                                                               \
        const QString why_ = wrongWording(fault, text);                                                                \
        QVERIFY2(why_.isEmpty(), qPrintable(why_));                                                                    \
    } while (false)

#define CHECK_NO_STALL()                                                                                               \
    do {                                                                                                               \
        const qint64 stall_ = m_probe.stop();                                                                          \
        QVERIFY2(stall_ < 200, qPrintable(QStringLiteral("event loop stalled %1 ms").arg(stall_)));                    \
    } while (false)

#define CHECK_SIGNED_OUT(fault) QCOMPARE(m_signedOut->count(), (fault) == Injected::SignedOut ? 1 : 0)


// --- Internet Access ---------------------------------------------------------------------------------------------

void TstFaultsGui::newRule()
{
    QFETCH(int, fault);
    const auto injected = Injected(fault);
    auto *page = new InternetAccessPage;
    QVERIFY(openFixture(page));
    QVERIFY(click(page->findChild<QAbstractButton *>(QStringLiteral("newRuleButton"))));
    QPointer<NewRuleDialog> dialog = page->findChild<NewRuleDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *cidr = dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"));
    auto *label = dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addRuleButton"));
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    const QString typedCidr = QStringLiteral("203.0.113.0/24");
    const QString typedLabel = QStringLiteral("Office R&D <lab>");
    QTest::keyClicks(cidr, typedCidr);
    QTest::keyClicks(label, typedLabel);
    inject(injected, "POST", kDb + QStringLiteral("/firewall_rules"), QStringLiteral("cidr"));

    m_probe.start();
    QVERIFY(click(add));
    QVERIFY2(progress->isVisible(), "no busy state while the rule is sent");
    QVERIFY(waitUntil([&] { return !dialog || !progress->isVisible(); }));
    QTest::qWait(50); // anything late (a second finished(), a stray dialog) shows up here
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("POST", kDb + QStringLiteral("/firewall_rules")), injected == Injected::Down ? 0 : 1);
    CHECK_SIGNED_OUT(injected);
    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    int created = 0;
    for (const QJsonValue &r : std::as_const(m_server->rules))
        created += r.toObject().value(QStringLiteral("cidr")).toString() == typedCidr ? 1 : 0;
    QCOMPARE(created, isApplied(injected) ? 1 : 0);
    if (isApplied(injected)) {
        QVERIFY2(!dialog, "the rule was added but the dialog stayed open");
        QVERIFY(message->isVisible());
        CHECK_CLEAR(shownText(message));
        QVERIFY2(shownText(message).contains(typedCidr), qPrintable(shownText(message)));
    } else {
        QVERIFY2(dialog && dialog->isVisible(), "the dialog closed although the rule was not added");
        QCOMPARE(cidr->text(), typedCidr);
        QCOMPARE(label->text(), typedLabel);
        QVERIFY(!cidr->isReadOnly() && !label->isReadOnly());
        QVERIFY2(add->isEnabled(), "Add rule left disabled after a failure");
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *help = dialog->findChild<QLabel *>(QStringLiteral("cidrHelpLabel"));
        const QString shown = injected == Injected::Validation422 ? shownText(help) : shownText(error);
        if (injected != Injected::Validation422)
            QVERIFY(error->isVisible());
        CHECK_CLEAR(shown);
        CHECK_WORDING(injected, shown);
    }
    FirewallRulesModel *model = m_session->rules();
    QCOMPARE(modelIds(model), serverKeys(m_server->rules, QStringLiteral("id")));
}

void TstFaultsGui::deleteRule()
{
    QFETCH(int, fault);
    const auto injected = Injected(fault);
    auto *page = new InternetAccessPage;
    QVERIFY(openFixture(page));
    QVERIFY(selectRow(page->findChild<QTableView *>(QStringLiteral("rulesView")), QStringLiteral("fw-seed")));
    auto *button = page->findChild<QAbstractButton *>(QStringLiteral("deleteButton"));
    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    inject(injected, "DELETE", kDb + QStringLiteral("/firewall_rules/[^/]+"), QStringLiteral("id"));
    FirewallRulesModel *model = m_session->rules();

    m_probe.start();
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(button));
    QVERIFY2(isPending(model, QStringLiteral("fw-seed")), "the row is not marked pending while deleting");
    QVERIFY2(!button->isEnabled(), "Delete stays enabled while the rule is being deleted");
    QVERIFY(waitUntil([&] { return !isPending(model, QStringLiteral("fw-seed")) && message->isVisible(); }));
    QTest::qWait(50);
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("DELETE", kDb + QStringLiteral("/firewall_rules/.*")),
             injected == Injected::Down ? 0 : 1);
    CHECK_SIGNED_OUT(injected);
    const QString shown = shownText(message);
    CHECK_CLEAR(shown);
    QVERIFY2(shown.contains(QStringLiteral("198.51.100.0/24")), qPrintable(shown));
    QCOMPARE(serverKeys(m_server->rules, QStringLiteral("id")).contains(QStringLiteral("fw-seed")),
             !isApplied(injected));
    if (!isApplied(injected)) {
        QVERIFY2(shown.contains(QStringLiteral("could not be deleted")), qPrintable(shown));
        CHECK_WORDING(injected, shown);
        QVERIFY2(button->isEnabled(), "Delete left disabled after a failure");
    }
    QCOMPARE(modelIds(model), serverKeys(m_server->rules, QStringLiteral("id")));
}

// --- Database Users ----------------------------------------------------------------------------------------------

void TstFaultsGui::addUser()
{
    QFETCH(int, fault);
    QFETCH(bool, generated);
    const auto injected = Injected(fault);
    auto *page = new DatabaseUsersPage;
    QVERIFY(openFixture(page));
    QVERIFY(click(page->findChild<QAbstractButton *>(QStringLiteral("addButton"))));
    QPointer<AddUserDialog> dialog = page->findChild<AddUserDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *username = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *confirmation = dialog->findChild<QLineEdit *>(QStringLiteral("confirmationEdit"));
    auto *readOnly = dialog->findChild<QCheckBox *>(QStringLiteral("readOnlyCheck"));
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitButton"));
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    const QString name = QStringLiteral("report_ro");
    const QString secret = generated ? QString() : QStringLiteral("Typed-by-the-fault-test-2024!");
    QTest::keyClicks(username, name);
    QTest::keyClicks(password, secret);
    QTest::keyClicks(confirmation, secret);
    readOnly->setChecked(true);
    inject(injected, "POST", kDb + QStringLiteral("/users"), QStringLiteral("name"));

    m_probe.start();
    QVERIFY(click(submit));
    QVERIFY2(progress->isVisible(), "no busy state while the user is created");
    QVERIFY(waitUntil([&] { return !dialog || !progress->isVisible(); }));
    QTest::qWait(50);
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("POST", kDb + QStringLiteral("/users")), injected == Injected::Down ? 0 : 1);
    CHECK_SIGNED_OUT(injected);
    QCOMPARE(serverKeys(m_server->users, QStringLiteral("name")).count(name), isApplied(injected) ? 1 : 0);
    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    const bool reconciled = isApplied(injected) && injected != Injected::None;
    if (isApplied(injected)) {
        QVERIFY2(!dialog, "the user was created but the dialog stayed open");
        PasswordDialog *shown = page->findChild<PasswordDialog *>();
        auto *resetAgain = shown ? shown->findChild<QPushButton *>(QStringLiteral("resetAgainButton")) : nullptr;
        if (generated && !reconciled) {
            QVERIFY2(shown && shown->isVisible(), "the generated password is not shown");
            QCOMPARE(shown->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(),
                     m_server->generatedPassword);
        } else if (generated) {
            // Created, but the generated password was only in the lost reply: say so and offer a reset.
            QVERIFY2(shown && shown->isVisible() && resetAgain && resetAgain->isVisible(),
                     "a lost generated password is not reported");
            CHECK_CLEAR(shownText(shown->findChild<QLabel *>(QStringLiteral("headlineLabel"))));
        } else {
            QVERIFY2(!shown, "a password dialog for a password the user typed");
            QVERIFY(message->isVisible());
            CHECK_CLEAR(shownText(message));
            QVERIFY2(shownText(message).contains(name), qPrintable(shownText(message)));
            QVERIFY2(shownText(message).contains(QStringLiteral("confirmed")) == reconciled,
                     qPrintable(shownText(message)));
        }
    } else {
        QVERIFY2(dialog && dialog->isVisible(), "the dialog closed although the user was not created");
        QCOMPARE(username->text(), name);
        QCOMPARE(password->text(), secret);
        QCOMPARE(confirmation->text(), secret);
        QVERIFY(readOnly->isChecked());
        QVERIFY(!username->isReadOnly() && password->isEnabled() && readOnly->isEnabled());
        QVERIFY2(submit->isEnabled(), "Add user left disabled after a failure");
        QVERIFY(!page->findChild<PasswordDialog *>());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("usernameHint"));
        const QString shown = injected == Injected::Validation422 ? shownText(hint) : shownText(error);
        if (injected != Injected::Validation422)
            QVERIFY(error->isVisible());
        CHECK_CLEAR(shown);
        CHECK_WORDING(injected, shown);
    }
    QCOMPARE(modelIds(m_session->users()), serverKeys(m_server->users, QStringLiteral("name")));
}

void TstFaultsGui::resetPassword()
{
    QFETCH(int, fault);
    const auto injected = Injected(fault);
    auto *page = new DatabaseUsersPage;
    QVERIFY(openFixture(page));
    const QString name = QStringLiteral("app_user");
    QVERIFY(selectRow(page->findChild<QTableView *>(QStringLiteral("usersView")), name));
    auto *button = page->findChild<QAbstractButton *>(QStringLiteral("resetButton"));
    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    inject(injected, "POST", kDb + QStringLiteral("/users/[^/]+/reset_password"), QStringLiteral("name"));

    m_probe.start();
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(button));
    QVERIFY(waitUntil([&] {
        return page->findChild<PasswordDialog *>()
                || (message->isVisible() && !shownText(message).startsWith(QStringLiteral("Resetting")));
    }));
    QTest::qWait(50);
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("POST", kDb + QStringLiteral("/users/.*/reset_password")),
             injected == Injected::Down ? 0 : 1);
    CHECK_SIGNED_OUT(injected);
    PasswordDialog *shown = page->findChild<PasswordDialog *>();
    QCOMPARE(page->findChildren<PasswordDialog *>().size(), isApplied(injected) ? 1 : 0);
    if (injected == Injected::None) {
        QCOMPARE(shown->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(), m_server->generatedPassword);
    } else if (isApplied(injected)) {
        // The server generated a password we never saw: the lost dialog says so and offers another reset.
        auto *again = shown->findChild<QPushButton *>(QStringLiteral("resetAgainButton"));
        QVERIFY2(again && again->isVisible(), "a lost password is not reported as lost");
        QVERIFY(!shown->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isVisible());
        const QString headline = shownText(shown->findChild<QLabel *>(QStringLiteral("headlineLabel")));
        CHECK_CLEAR(headline);
        QVERIFY2(headline.contains(name), qPrintable(headline));
    } else {
        const QString text = shownText(message);
        CHECK_CLEAR(text);
        QVERIFY2(text.contains(QStringLiteral("was not reset")), qPrintable(text));
        CHECK_WORDING(injected, text);
    }
    QVERIFY2(!isPending(m_session->users(), name), "the row stays pending");
    QVERIFY2(button->isEnabled(), "Reset password left disabled");
    QCOMPARE(modelIds(m_session->users()), serverKeys(m_server->users, QStringLiteral("name")));
}

void TstFaultsGui::setPassword()
{
    QFETCH(int, fault);
    const auto injected = Injected(fault);
    auto *page = new DatabaseUsersPage;
    QVERIFY(openFixture(page));
    const QString name = QStringLiteral("app_user");
    QVERIFY(selectRow(page->findChild<QTableView *>(QStringLiteral("usersView")), name));
    QVERIFY(click(page->findChild<QAbstractButton *>(QStringLiteral("setPasswordButton"))));
    QPointer<AddUserDialog> dialog = page->findChild<AddUserDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *confirmation = dialog->findChild<QLineEdit *>(QStringLiteral("confirmationEdit"));
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitButton"));
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    const QString secret = QStringLiteral("Chosen-by-the-fault-test-2024!");
    QTest::keyClicks(password, secret);
    QTest::keyClicks(confirmation, secret);
    int applied = 0; // a password change can't be observed through the API: count what the server applied
    if (isApplied(injected))
        m_server->route("PATCH", kDb + QStringLiteral("/users/[^/]+"), [&applied](const FakeApiServer::Request &r) {
            ++applied;
            return Response::json(200, {{QStringLiteral("database_user"),
                                         QJsonObject{{QStringLiteral("name"), r.path.section(QLatin1Char('/'), -1)}}}});
        });
    inject(injected, "PATCH", kDb + QStringLiteral("/users/[^/]+"), QStringLiteral("password"));

    m_probe.start();
    QVERIFY(click(submit));
    QVERIFY2(progress->isVisible(), "no busy state while the password is sent");
    QVERIFY(waitUntil([&] { return !dialog || !progress->isVisible(); }));
    QTest::qWait(50);
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("PATCH", kDb + QStringLiteral("/users/.*")), injected == Injected::Down ? 0 : 1);
    QCOMPARE(applied, isApplied(injected) ? 1 : 0);
    CHECK_SIGNED_OUT(injected);
    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    if (!dialog) {
        // Only an answer that settles it may close the dialog.
        QVERIFY2(isApplied(injected), "the dialog closed although the password was not changed");
        QCOMPARE(shownText(message), QStringLiteral("Password of %1 updated.").arg(name));
    } else {
        QVERIFY(dialog->isVisible());
        QCOMPARE(password->text(), secret);
        QCOMPARE(confirmation->text(), secret);
        QVERIFY(password->isEnabled() && confirmation->isEnabled());
        QVERIFY2(submit->isEnabled(), "Set password left disabled after a failure");
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("passwordHint"));
        const QString shown = injected == Injected::Validation422 ? shownText(hint) : shownText(error);
        if (injected != Injected::Validation422)
            QVERIFY(error->isVisible());
        CHECK_CLEAR(shown);
        CHECK_WORDING(injected, shown);
        if (isApplied(injected)) // applied but unconfirmed: the message must not claim it failed
            QVERIFY2(shown.contains(QStringLiteral("may have been applied")), qPrintable(shown));
    }
    QVERIFY2(!isPending(m_session->users(), name), "the row stays pending");
    QCOMPARE(modelIds(m_session->users()), serverKeys(m_server->users, QStringLiteral("name")));
}

void TstFaultsGui::deleteUser()
{
    QFETCH(int, fault);
    const auto injected = Injected(fault);
    auto *page = new DatabaseUsersPage;
    QVERIFY(openFixture(page));
    const QString name = QStringLiteral("app_user");
    QVERIFY(selectRow(page->findChild<QTableView *>(QStringLiteral("usersView")), name));
    auto *button = page->findChild<QAbstractButton *>(QStringLiteral("deleteButton"));
    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    DatabaseUsersModel *model = m_session->users();
    inject(injected, "DELETE", kDb + QStringLiteral("/users/[^/]+"), QStringLiteral("name"));

    m_probe.start();
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(button));
    QVERIFY2(isPending(model, name), "the row is not marked pending while deleting");
    QVERIFY2(!button->isEnabled(), "Delete stays enabled while the user is being deleted");
    QVERIFY(waitUntil([&] { return !isPending(model, name) && message->isVisible(); }));
    QTest::qWait(50);
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("DELETE", kDb + QStringLiteral("/users/.*")), injected == Injected::Down ? 0 : 1);
    CHECK_SIGNED_OUT(injected);
    QCOMPARE(serverKeys(m_server->users, QStringLiteral("name")).contains(name), !isApplied(injected));
    const QString shown = shownText(message);
    CHECK_CLEAR(shown);
    QVERIFY2(shown.contains(name), qPrintable(shown));
    if (isApplied(injected)) {
        QCOMPARE(shown, QStringLiteral("User %1 has been deleted.").arg(name));
    } else {
        QVERIFY2(shown.contains(QStringLiteral("was not deleted")), qPrintable(shown));
        CHECK_WORDING(injected, shown);
        QVERIFY2(button->isEnabled(), "Delete left disabled after a failure");
    }
    QCOMPARE(modelIds(model), serverKeys(m_server->users, QStringLiteral("name")));
}

QTEST_MAIN(TstFaultsGui)
#include "tst_faults_gui.moc"
