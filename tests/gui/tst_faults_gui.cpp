// Fault injection at the GUI level: every write flow of Internet Access (new rule, delete rule) and Database Users
// (add user, reset password, set password, delete user) is driven through the real widgets, offscreen, against the
// in-process FakeApiServer scripted to fail the way real servers do: down, slow (longer than the client timeout),
// connection reset mid-reply, malformed JSON, 401 mid-flow (addon then user token refused => signed out), 429 with
// Retry-After, 500, 503 (an HTML gateway page), 422 with field errors, "applied but the reply was lost", and a
// connection reset before the request was handled (nothing applied, but the client can't know); plus a control
// without fault, a 401 that token renewal settles (the write resent once, applied once), the dialog closed while
// busy, a rule or user deleted meanwhile by someone else (404) and a user name taken meanwhile.
//
// For each case: the event loop never stalls (a timer probe, longest gap < 200 ms), a clear message is shown (never
// raw JSON, HTML or escaped entities; the server's words intact), the dialog keeps what was typed when the write
// failed and survives an impatient second Enter or click, the server saw exactly one write per submit (none when it
// was down), and what the page lists equals what the server holds. A table "flow | fault | passed | longest stall |
// what the user saw" is printed at the end. The happy paths against the real sandbox are in
// tst_internetaccess_sandbox and tst_userspage_sandbox. Flows: tst_faults_gui_flows.cpp.
#include "tst_faults_gui.h"

#include "messagebanner.h"

#include <QApplication>
#include <QDialogButtonBox>

namespace {

struct Row
{
    QString flow;
    QString fault;
    bool passed;
    QString shown;
    qint64 stall;
};
QList<Row> g_results;

} // namespace

void TestFaultsGui::initTestCase()
{
    qRegisterMetaType<ApiError>();
}

void TestFaultsGui::faultRows(const QList<Injected> &extra)
{
    QTest::addColumn<int>("fault");
    for (Injected fault : kFaults + extra)
        QTest::newRow(faultName(fault)) << int(fault);
}

void TestFaultsGui::addUser_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<bool>("generated"); // no password typed: Scalingo generates one (a secret that can be lost)
    for (Injected fault : kFaults)
        QTest::newRow(faultName(fault)) << int(fault) << false;
    QTest::newRow(faultName(Injected::ClosedWhileBusy)) << int(Injected::ClosedWhileBusy) << false;
    QTest::newRow(faultName(Injected::TakenMeanwhile)) << int(Injected::TakenMeanwhile) << false;
    for (Injected fault : {Injected::None, Injected::ReplyLost, Injected::Malformed, Injected::Server500})
        QTest::newRow(qPrintable(QStringLiteral("%1, generated password").arg(QLatin1String(faultName(fault)))))
                << int(fault) << true;
}

void TestFaultsGui::init()
{
    ConfirmDialog::setNextAnswer(std::nullopt);
}

void TestFaultsGui::cleanup()
{
    const QString flow = QString::fromLatin1(QTest::currentTestFunction());
    g_results.append({flow, QString::fromLatin1(QTest::currentDataTag()), !QTest::currentTestFailed(),
                      describeOutcome(), m_stall});
    m_stall = -1;
    ConfirmDialog::setNextAnswer(std::nullopt);
    m_signedOut.reset();
    m_page.reset(); // its dialogs with it
    resetSession();
}

void TestFaultsGui::cleanupTestCase()
{
    QMap<QString, QPair<int, int>> perFlow;
    qInfo("flow | fault | passed | longest stall | what the user saw");
    for (const Row &row : std::as_const(g_results)) {
        qInfo("%s | %s | %s | %s | %s", qPrintable(row.flow), qPrintable(row.fault), row.passed ? "yes" : "NO",
              row.stall < 0 ? "-" : qPrintable(QStringLiteral("%1 ms").arg(row.stall)), qPrintable(row.shown));
        auto &counts = perFlow[row.flow];
        ++counts.first;
        counts.second += row.passed ? 1 : 0;
    }
    qInfo("flow | cases run | passed");
    for (auto it = perFlow.cbegin(); it != perFlow.cend(); ++it)
        qInfo("%s | %d | %d", qPrintable(it.key()), it.value().first, it.value().second);
}

QString TestFaultsGui::describeOutcome() const
{
    if (!m_page)
        return QString();
    QString text;
    if (const auto *password = m_page->findChild<PasswordDialog *>()) {
        const auto *again = password->findChild<QPushButton *>(QStringLiteral("resetAgainButton"));
        text = again && again->isVisible() ? QStringLiteral("[lost-password dialog] ")
                                           : QStringLiteral("[password dialog] ");
        text += shownText(password->findChild<QLabel *>(QStringLiteral("headlineLabel")));
    } else if (const QDialog *dialog = m_page->findChild<QDialog *>(); dialog && dialog->isVisible()) {
        const auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        text = QStringLiteral("[dialog kept] ");
        if (error && error->isVisible()) {
            text += shownText(error);
        } else {
            for (const char *hint : {"cidrHelpLabel", "usernameHint", "passwordHint"}) {
                const auto *label = dialog->findChild<QLabel *>(QLatin1String(hint));
                if (label && label->isVisible() && MessageBanner::hintKind(label) == MessageBanner::Kind::Error)
                    text += QStringLiteral("%1: %2").arg(QLatin1String(hint), shownText(label));
            }
        }
    } else if (const auto *message = m_page->findChild<QLabel *>(QStringLiteral("messageLabel"));
               message && message->isVisible()) {
        text = shownText(message);
    }
    text.replace(QLatin1Char('\n'), QStringLiteral(" / "));
    return text.size() > 110 ? text.left(107) + QStringLiteral("...") : text;
}

QString TestFaultsGui::submitImpatiently(QDialog *dialog, QAbstractButton *submit, Injected fault, QLabel *pageMessage)
{
    QPointer<QDialog> guard(dialog);
    auto *progress = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
    if (!click(submit))
        return QStringLiteral("the submit button is not enabled");
    if (!progress->isVisible())
        return QStringLiteral("no busy state while the write runs");
    // Nothing was processed since the click, so the write is still running; Return goes where the focus went
    // when the submit button was disabled.
    QWidget *focus = QApplication::focusWidget();
    QTest::keyClick(focus && focus->window() == dialog ? focus : static_cast<QWidget *>(dialog), Qt::Key_Return);
    if (!guard || !dialog->isVisible())
        return QStringLiteral("a second Return while busy closed the dialog (focus on %1)")
                .arg(focus ? focus->objectName() + QLatin1Char(' ') + QLatin1String(focus->metaObject()->className())
                           : QStringLiteral("nothing"));
    click(submit);
    if (fault == Injected::ClosedWhileBusy) {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        if (!click(box ? box->button(QDialogButtonBox::Cancel) : nullptr))
            return QStringLiteral("the dialog can't be closed while busy");
        if (!waitUntil([&] { return !guard && pageMessage->isVisible(); }))
            return QStringLiteral("nothing said after the dialog was closed");
    } else if (!waitUntil([&] { return !guard || !progress->isVisible(); })) {
        return QStringLiteral("still busy");
    }
    QTest::qWait(50); // anything late (a second finished(), a stray dialog) shows up here
    return QString();
}

bool TestFaultsGui::openFixture(QWidget *page)
{
    createServer()->rules = QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("fw-seed")},
                                                   {QStringLiteral("type"), QStringLiteral("custom_range")},
                                                   {QStringLiteral("cidr"), QStringLiteral("198.51.100.0/24")},
                                                   {QStringLiteral("label"), QStringLiteral("Seed")}}};
    m_server->users.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("app_user")},
                                       {QStringLiteral("read_only"), false},
                                       {QStringLiteral("protected"), false}});
    if (!startSession())
        return false;
    RequestPolicy policy = m_client->policy();
    policy.retryBaseDelayMs = 50; // GET retries (reconciliation listings) stay quick
    policy.timeoutMs = 800;
    m_client->setPolicy(policy);
    m_signedOut = std::make_unique<QSignalSpy>(m_client.get(), &ApiClient::signedOut);
    m_page.reset(page);
    if (auto *rules = qobject_cast<InternetAccessPage *>(page))
        rules->setSession(m_client.get(), m_session.get());
    else if (auto *users = qobject_cast<DatabaseUsersPage *>(page))
        users->setSession(m_session.get());
    page->resize(900, 600);
    page->show();
    openDatabase();
    const bool open = waitUntil([this] {
        return m_session->isOpen() && m_session->users()->hasData() && m_session->rules()->hasData()
                && m_session->ranges()->hasData() && !m_session->connectionUri().isEmpty();
    });
    for (const FakeApiServer::Request &request : m_server->requests()) {
        if (request.path.startsWith(QLatin1String("/api/")))
            m_addonToken = request.bearer();
    }
    m_server->clearRequests();
    return open;
}

void TestFaultsGui::stopServer()
{
    auto *tcp = m_server->findChild<QTcpServer *>();
    tcp->close(); // new connections are refused
    for (QTcpSocket *socket : tcp->findChildren<QTcpSocket *>())
        socket->abort(); // and kept-alive ones are gone
    QTest::qWait(50);
}

void TestFaultsGui::inject(Injected fault, const QByteArray &method, const QString &pattern, const QString &field)
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
    case Injected::GoneMeanwhile: {
        m_server->respondOnce(method, pattern, Response::error(404, QStringLiteral("not found")));
        const bool rule = pattern.contains(QLatin1String("firewall_rules"));
        QJsonArray &array = rule ? m_server->rules : m_server->users;
        for (int i = array.size() - 1; i >= 0; --i) {
            const QJsonObject item = array.at(i).toObject();
            if (item.value(QStringLiteral("id")) == QLatin1String("fw-seed")
                || item.value(QStringLiteral("name")) == QLatin1String("app_user"))
                array.removeAt(i);
        }
        break;
    }
    case Injected::TakenMeanwhile:
        m_server->users.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("report_ro")},
                                           {QStringLiteral("read_only"), false},
                                           {QStringLiteral("protected"), false}});
        break;
    case Injected::ClosedWhileBusy:
        m_server->script(method, pattern, {Fault::None, 300, Response::error(500, kServerWords)});
        break;
    case Injected::TokenExpired:
        m_server->revokeAddonTokens();
        m_server->revokeUserTokens();
        break;
    case Injected::ResetNotApplied:
        m_server->faultOnce(method, pattern, Fault::CloseBeforeHandling);
        break;
    }
}

QString TestFaultsGui::wrongWording(Injected fault, const QString &text)
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
    case Injected::ClosedWhileBusy:
        return needs(kServerWords);
    case Injected::Unavailable503:
        return needs(QStringLiteral("503"));
    case Injected::Validation422:
        return needs(kFieldWords);
    case Injected::GoneMeanwhile:
        return needs(QStringLiteral("may have been deleted"));
    case Injected::TakenMeanwhile:
        return needs(QStringLiteral("has already been taken"));
    default:
        return QString();
    }
}

QTEST_MAIN(TestFaultsGui)
