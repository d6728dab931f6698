// Shared by tst_faults_gui.cpp (fixture, fault injection, result table) and tst_faults_gui_flows.cpp (the six
// flows). See tst_faults_gui.cpp for what is checked.
#pragma once

#include "adduserdialog.h"
#include "api/apiclient.h"
#include "confirmdialog.h"
#include "databaseuserspage.h"
#include "internetaccesspage.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"
#include "models/modelroles.h"
#include "newruledialog.h"
#include "passworddialog.h"
#include "sessionfixture.h"
#include "widgethelpers.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
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

#include <functional>

#include <memory>

using Fault = FakeApiServer::Fault;
using Response = FakeApiServer::Response;

namespace FaultsGui {

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
    ResetNotApplied, ///< the connection is reset before the request is handled (nothing applied)
    TokenExpired, ///< 401 mid-flow, but the API token still works: renewed, resent once, applied once
    ClosedWhileBusy, ///< dialogs only: the user closes the dialog while waiting, then a 500 arrives
    GoneMeanwhile, ///< existing rows only: someone else deleted the rule or user meanwhile (404)
    TakenMeanwhile, ///< add user only: someone else created a user with that name meanwhile (the server's 422)
};

inline const char *faultName(Injected fault)
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
    case Injected::ResetNotApplied:
        return "reset, not applied";
    case Injected::TokenExpired:
        return "401, renewed";
    case Injected::ClosedWhileBusy:
        return "dialog closed, then 500";
    case Injected::GoneMeanwhile:
        return "404, gone meanwhile";
    case Injected::TakenMeanwhile:
        return "422, name taken meanwhile";
    }
    return "?";
}

inline const QList<Injected> kFaults{Injected::None,          Injected::Down,      Injected::Slow,
                                     Injected::ResetMidReply, Injected::Malformed, Injected::SignedOut,
                                     Injected::RateLimited,   Injected::Server500, Injected::Unavailable503,
                                     Injected::Validation422, Injected::ReplyLost, Injected::ResetNotApplied,
                                     Injected::TokenExpired};

/// The server applied the write (whatever the client then heard).
inline bool isApplied(Injected fault)
{
    return fault == Injected::None || fault == Injected::Slow || fault == Injected::ResetMidReply
            || fault == Injected::Malformed || fault == Injected::ReplyLost || fault == Injected::TokenExpired;
}

/// The client got a clear answer to the write (after a token renewal at most): nothing to reconcile.
inline bool isSettled(Injected fault)
{
    return fault == Injected::None || fault == Injected::TokenExpired;
}

/// Writes the server must have received for one submit: none when down, the refused one plus its resend after a
/// token renewal, else exactly one.
inline int writesSeen(Injected fault)
{
    return fault == Injected::Down ? 0 : fault == Injected::TokenExpired ? 2 : 1;
}

inline const QString kServerWords = QStringLiteral("database pool <main> & \"replica\" unavailable");
inline const QString kFieldWords = QStringLiteral("overlaps <office> & \"lab\" range");
inline const QByteArray kNginx503
        = "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
          "<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx"
          "</center>\r\n</body>\r\n</html>\r\n";
inline const QString kDb = QStringLiteral("/api/databases/ad-1111");

/// What a label shows, as the user reads it (rich text rendered).
inline QString shownText(const QLabel *label)
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
inline QString unclear(const QString &text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("empty message");
    for (const char *bad : {"{\"", "\":", "&lt;", "&gt;", "&amp;", "&quot;", "&#", "<html", "<body", "<h1", "<center",
                            "nginx", "QNetworkReply", "Error transferring"}) {
        if (text.contains(QLatin1String(bad), Qt::CaseInsensitive))
            return QStringLiteral("contains \"%1\": %2").arg(QLatin1String(bad), text);
    }
    return QString();
}

/// Longest event-loop stall while it runs: the longest gap between two ticks of a 5 ms timer, less the time the GUI
/// thread spent runnable but waiting for a CPU (Linux schedstat run delay). That wait is other processes' doing: under
/// CPU load (CI runs two tests at once on a slow machine) it alone made gaps of 220 ms, which no code of ours caused.
/// Work and blocking calls on the GUI thread still count in full.
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
        m_maxWall = 0;
        m_clock.start();
        m_lastDelayNs = runDelayNs();
        m_timer.start();
    }
    qint64 stop()
    {
        tick();
        m_timer.stop();
        return m_max;
    }
    /// The longest gap in wall-clock time, scheduling delay included (reported next to a failure).
    qint64 longestWallGap() const { return m_maxWall; }

    /// Nanoseconds the calling thread has waited on a run queue since it started; -1 where not available.
    static qint64 runDelayNs()
    {
        QFile file(QStringLiteral("/proc/thread-self/schedstat"));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
            return -1;
        const QList<QByteArray> fields = file.readAll().simplified().split(' ');
        bool ok = false;
        const qint64 delay = fields.size() >= 2 ? fields.at(1).toLongLong(&ok) : -1;
        return ok ? delay : -1;
    }

private:
    void tick()
    {
        const qint64 wallNs = m_clock.nsecsElapsed();
        m_clock.start();
        const qint64 delayNs = runDelayNs();
        const qint64 waitedNs = delayNs >= 0 && m_lastDelayNs >= 0 ? delayNs - m_lastDelayNs : 0;
        m_lastDelayNs = delayNs;
        m_maxWall = qMax(m_maxWall, wallNs / 1000000);
        m_max = qMax(m_max, qMax<qint64>(0, wallNs - waitedNs) / 1000000);
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_max = 0;
    qint64 m_maxWall = 0;
    qint64 m_lastDelayNs = -1;
};

inline bool waitUntil(const std::function<bool()> &done, int timeoutMs = 8000)
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

using TestWidgets::click;
using TestWidgets::selectRow;

inline QStringList modelIds(const QAbstractItemModel *model)
{
    QStringList ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids << model->index(row, 0).data(ModelRoles::IdRole).toString();
    ids.sort();
    return ids;
}

inline bool isPending(const QAbstractItemModel *model, const QString &id)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(ModelRoles::IdRole).toString() == id)
            return index.data(ModelRoles::PendingRole).toBool();
    }
    return false;
}

inline QStringList serverKeys(const QJsonArray &array, const QString &key)
{
    QStringList keys;
    for (const QJsonValue &v : array)
        keys << v.toObject().value(key).toString();
    keys.sort();
    return keys;
}

} // namespace FaultsGui

using namespace FaultsGui;

class TestFaultsGui : public QObject, private ApiTest::SessionFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void newRule_data() { faultRows({Injected::ClosedWhileBusy}); }
    void newRule();
    void deleteRule_data() { faultRows({Injected::GoneMeanwhile}); }
    void deleteRule();
    void addUser_data();
    void addUser();
    void resetPassword_data() { faultRows({Injected::GoneMeanwhile}); }
    void resetPassword();
    void setPassword_data() { faultRows({Injected::ClosedWhileBusy, Injected::GoneMeanwhile}); }
    void setPassword();
    void deleteUser_data() { faultRows({Injected::GoneMeanwhile}); }
    void deleteUser();

private:
    static void faultRows(const QList<Injected> &extra);
    /// Submits like an impatient user (Return and a second click while busy; with ClosedWhileBusy, Cancel too) and
    /// waits for the outcome; empty when that went as expected, else why not.
    QString submitImpatiently(QDialog *dialog, QAbstractButton *submit, Injected fault, QLabel *pageMessage);
    /// Server, client, session and a shown page opened on the fake database (users, rules, ranges loaded).
    bool openFixture(QWidget *page);
    /// Scripts \a fault for the next \a method request on \a pattern; \a field names the 422's field.
    void inject(Injected fault, const QByteArray &method, const QString &pattern, const QString &field);
    void stopServer();
    /// Checks a message's wording for \a fault (the shown text is already known to be clear).
    static QString wrongWording(Injected fault, const QString &text);
    /// What the page ended up showing (for the result table).
    QString describeOutcome() const;

    std::unique_ptr<QWidget> m_page;
    std::unique_ptr<QSignalSpy> m_signedOut;
    StallProbe m_probe;
    qint64 m_stall = -1; ///< longest event-loop stall of the last case
    QString m_addonToken; ///< the addon token the page used before the fault
};

#define CHECK_CLEAR(text) \
    do { \
        const QString shown_ = (text); \
        const QString why_ = unclear(shown_); \
        QVERIFY2(why_.isEmpty(), qPrintable(why_)); \
    } while (false)

#define CHECK_WORDING(fault, text) \
    do { \
        const QString why_ = wrongWording(fault, text); \
        QVERIFY2(why_.isEmpty(), qPrintable(why_)); \
    } while (false)

#define CHECK_NO_STALL() \
    do { \
        const qint64 stall_ = m_probe.stop(); \
        m_stall = stall_; \
        QVERIFY2(stall_ < 200, \
                 qPrintable(QStringLiteral("event loop stalled %1 ms (%2 ms with the wait for a CPU)") \
                                    .arg(stall_) \
                                    .arg(m_probe.longestWallGap()))); \
    } while (false)

#define CHECK_SIGNED_OUT(fault) \
    do { \
        QCOMPARE(m_signedOut->count(), (fault) == Injected::SignedOut ? 1 : 0); \
        if ((fault) == Injected::SignedOut || (fault) == Injected::TokenExpired) { \
            /* the addon token was refused, renewing it too (user token), then the API token exchange decided */ \
            QCOMPARE(m_server->count("POST", QStringLiteral("/v1/apps/.*/addons/.*/token")), \
                     (fault) == Injected::TokenExpired ? 2 : 1); /* refused, then issued after the exchange */ \
            QCOMPARE(m_server->count("POST", QStringLiteral("/v1/tokens/exchange")), 1); \
        } \
    } while (false)
