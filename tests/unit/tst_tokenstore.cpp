#include "dependency.h"
#include "system/tokenstore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

struct ReadResult
{
    bool done = false;
    std::optional<QString> token;
    QString error;
};

ReadResult readSync(TokenStore &store, QObject *context, const QString &account)
{
    ReadResult r;
    store.read(account, context, [&r](std::optional<QString> token, QString error) {
        r.done = true;
        r.token = std::move(token);
        r.error = std::move(error);
    });
    if (!QTest::qWaitFor([&r] { return r.done; }, 10000))
        r.error = QStringLiteral("timed out");
    return r;
}

QPair<bool, QString> writeSync(TokenStore &store, QObject *context, const QString &account, const QString *token)
{
    bool done = false;
    QPair<bool, QString> result;
    auto cb = [&](bool ok, QString error) {
        done = true;
        result = {ok, error};
    };
    if (token)
        store.write(account, *token, context, cb);
    else
        store.remove(account, context, cb);
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        result = {false, QStringLiteral("timed out")};
    return result;
}

} // namespace

class TestTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void memoryStoreRoundTrip()
    {
        MemoryTokenStore store;
        QVERIFY(!store.isPersistent());
        QVERIFY(!readSync(store, this, QStringLiteral("a")).token.has_value());
        const QString token = QStringLiteral("tk-us-secret");
        QVERIFY(writeSync(store, this, QStringLiteral("a"), &token).first);
        QCOMPARE(readSync(store, this, QStringLiteral("a")).token.value_or(QString()), token);
        QVERIFY(writeSync(store, this, QStringLiteral("a"), nullptr).first);
        QVERIFY(!readSync(store, this, QStringLiteral("a")).token.has_value());
    }

    void callbacksAreAsynchronous()
    {
        MemoryTokenStore store;
        bool called = false;
        store.read(QStringLiteral("a"), this, [&called](std::optional<QString>, QString) { called = true; });
        QVERIFY(!called); // never re-entrant: callers may connect/assign after the call
        QTRY_VERIFY(called);
    }

    void callbackDroppedWithItsContext()
    {
        MemoryTokenStore store;
        bool called = false;
        auto *context = new QObject;
        store.read(QStringLiteral("a"), context, [&called](std::optional<QString>, QString) { called = true; });
        delete context;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    /// Needs a Secret Service: scripts/test.sh runs the suite under dbus-run-session with an unlocked gnome-keyring.
    void keychainRoundTrip()
    {
        GATEHOUSE_REQUIRE(KeychainTokenStore::isCompiledIn(), "built without QtKeychain");
        GATEHOUSE_REQUIRE(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                          "no session bus (run through scripts/test.sh)");
        KeychainTokenStore store(QStringLiteral("Gatehouse-test"));
        const QString account = QStringLiteral("token-%1").arg(QCoreApplication::applicationPid());
        const QString token = QStringLiteral("tk-us-keychain-roundtrip");
        const auto written = writeSync(store, this, account, &token);
        QVERIFY2(written.first, qPrintable(written.second));
        const ReadResult r = readSync(store, this, account);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.token.value_or(QString()), token);
        QVERIFY(writeSync(store, this, account, nullptr).first);
        QVERIFY(!readSync(store, this, account).token.has_value());
    }
};

QTEST_GUILESS_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
