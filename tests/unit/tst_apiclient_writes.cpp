// ApiClient writes against FakeApiServer: DB API endpoints, parallelism, and reconciliation of ambiguous writes.
#include "api/apiclient.h"
#include "apiclientfixture.h"

#include "domain/databaseinfo.h"
#include "domain/databaseuser.h"
#include "domain/extension.h"
#include "domain/firewallrule.h"
#include "domain/managedrange.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <memory>

Q_DECLARE_METATYPE(ApiError::Kind)

using namespace ApiTest;

using Fault = FakeApiServer::Fault;

class TestApiClientWrites : public QObject, private ApiClientFixture
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void readsParseDomainTypes();
    void openingDatabaseRunsInParallel();
    void createUserReturnsGeneratedPassword();
    void createUserReplyLostIsReconciled();
    void createUserTimeoutIsReconciled();
    void createUserNotAppliedIsReportedAfterListing();
    void createUserTruncatedReplyIsReconciled();
    void createUserUnexpectedStatusIsBadResponse();
    void createUserDuplicateIsValidation();
    void updatePasswordLostIsUnknown();
    void resetPasswordReturnsPassword();
    void resetPasswordLostLosesSecret();
    void deleteUserLostIsReconciled();
    void createRuleBodies();
    void createRuleLostIsReconciled();
    void deleteRuleLostIsReconciled();
    void extensionsActionFailure();
    void clearCredentialsCancelsPending();

private:
    int userCount(const QString &name) const;
};

void TestApiClientWrites::init()
{
    QVERIFY(start(-1)); // RequestPolicy's own cap on retry delays
    QVERIFY(waitFor(m_client->listDatabaseUsers(ref())).success); // warm tokens
    m_server->clearRequests();
}

void TestApiClientWrites::cleanup()
{
    reset();
}

int TestApiClientWrites::userCount(const QString &name) const
{
    int n = 0;
    for (const QJsonValue &u : m_server->users)
        n += u.toObject().value(QStringLiteral("name")).toString() == name ? 1 : 0;
    return n;
}

void TestApiClientWrites::readsParseDomainTypes()
{
    const Outcome info = waitFor(m_client->databaseInfo(ref()));
    QCOMPARE(info.value.value<DatabaseInfo>().appName, m_server->appName());
    const Outcome ranges = waitFor(m_client->listManagedRanges(ref()));
    QCOMPARE(ranges.value.value<QList<ManagedRange>>().value(0).id, QStringLiteral("mr-scalingo-test-fr1"));
    QVERIFY(m_server->requests().last().bearer().startsWith(QStringLiteral("addon-token-"))); // the addon token
    const Outcome extensions = waitFor(m_client->listExtensions(ref()));
    QCOMPARE(extensions.value.value<QList<Extension>>().value(0).installedVersion, QStringLiteral("1.0"));
    QCOMPARE(m_server->requests().last().json().value(QStringLiteral("action_name")).toString(),
             QStringLiteral("list-extensions"));
    const Outcome uri = waitFor(m_client->connectionUri(ref()));
    QCOMPARE(uri.value.toString(), m_server->connectionUri);
    QCOMPARE(m_server->requests().last().query, QStringLiteral("aliases=false"));
}

void TestApiClientWrites::openingDatabaseRunsInParallel()
{
    m_client->setApiToken(QStringLiteral("other")); // cold start: one exchange, one addon token for all four
    m_server->apiToken = QStringLiteral("other");
    // The server never answers the four reads: they all reach it only if the client sends them together (in
    // sequence, the second would wait for the first forever). No wall-clock limit, so a loaded machine cannot fail it.
    const QStringList paths{QStringLiteral("/api/databases/ad-1111"), QStringLiteral("/api/databases/ad-1111/users"),
                            QStringLiteral("/api/databases/ad-1111/firewall_rules"),
                            QStringLiteral("/api/firewall/managed_ranges")};
    for (const QString &path : paths)
        m_server->script("GET", path, {Fault::Hang});
    QList<std::shared_ptr<Outcome>> outcomes;
    for (ApiReply *reply : {m_client->databaseInfo(ref()), m_client->listDatabaseUsers(ref()),
                            m_client->listFirewallRules(ref()), m_client->listManagedRanges(ref())})
        outcomes << watch(reply);
    const auto arrived = [&] {
        return std::all_of(paths.cbegin(), paths.cend(),
                           [&](const QString &path) { return m_server->count("GET", path) == 1; });
    };
    QTRY_VERIFY_WITH_TIMEOUT(arrived(), 10000);
    QVERIFY(std::none_of(outcomes.cbegin(), outcomes.cend(), [](const auto &o) { return o->finished; }));
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/tokens/exchange")), 1);
    QCOMPARE(m_server->count("POST", QStringLiteral("/v1/apps/.*/token")), 1);
    QCOMPARE(m_server->requests().size(), 6);
}

void TestApiClientWrites::createUserReturnsGeneratedPassword()
{
    const Outcome out = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("report_ro"), true, {}}));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QCOMPARE(out.value.value<DatabaseUser>().password, m_server->generatedPassword);
    QVERIFY(!out.reconciled && !out.secretLost);
    const QJsonObject sent = m_server->requests().last().json().value(QStringLiteral("database_user")).toObject();
    QCOMPARE(sent.value(QStringLiteral("database_id")).toString(), m_server->addonId());
    QCOMPARE(sent.value(QStringLiteral("read_only")).toBool(), true);
    QVERIFY(!sent.contains(QStringLiteral("password")));
}

void TestApiClientWrites::createUserReplyLostIsReconciled()
{
    m_server->faultOnce("POST", QStringLiteral("/api/databases/ad-1111/users"), Fault::DropReply);
    const Outcome out = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("report_ro"), true, {}}));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QVERIFY(out.reconciled);
    QVERIFY(out.secretLost); // the server generated a password that only the lost reply carried
    QCOMPARE(out.value.value<DatabaseUser>().name, QStringLiteral("report_ro"));
    QCOMPARE(m_server->count("POST", QStringLiteral("/api/databases/ad-1111/users")), 1); // never sent twice
    QCOMPARE(m_server->count("GET", QStringLiteral("/api/databases/ad-1111/users")), 1);
    QCOMPARE(userCount(QStringLiteral("report_ro")), 1);
}

void TestApiClientWrites::createUserTimeoutIsReconciled()
{
    m_server->faultOnce("POST", QStringLiteral("/api/databases/ad-1111/users"), Fault::None, 600); // applied, slow
    const QString password = QStringLiteral("Chosen-Password-0123456789abc");
    const Outcome out = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("report_rw"), false, password}));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QVERIFY(out.reconciled);
    QVERIFY(!out.secretLost); // we chose the password: nothing was lost
    QCOMPARE(m_server->count("POST", QStringLiteral("/api/databases/ad-1111/users")), 1);
    QCOMPARE(userCount(QStringLiteral("report_rw")), 1);
}

void TestApiClientWrites::createUserNotAppliedIsReportedAfterListing()
{
    m_server->faultOnce("POST", QStringLiteral("/api/databases/ad-1111/users"), Fault::CloseBeforeHandling);
    const Outcome out = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("report_ro"), true, {}}));
    QVERIFY(!out.success);
    QCOMPARE(out.error.kind(), ApiError::Kind::Offline);
    QVERIFY(out.reconciled); // established by listing: not created
    QVERIFY(!out.secretLost);
    QCOMPARE(m_server->count("POST", QStringLiteral("/api/databases/ad-1111/users")), 1);
    QCOMPARE(userCount(QStringLiteral("report_ro")), 0);
}

void TestApiClientWrites::createUserTruncatedReplyIsReconciled()
{
    m_server->faultOnce("POST", QStringLiteral("/api/databases/ad-1111/users"), Fault::TruncateBody);
    const Outcome out = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("report_ro"), true, {}}));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QVERIFY(out.reconciled && out.secretLost);
    QCOMPARE(m_server->count("POST", QStringLiteral("/api/databases/ad-1111/users")), 1);

    m_server->faultOnce("POST", QStringLiteral("/api/databases/ad-1111/users"), Fault::MalformedJson);
    const Outcome malformed = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("other_ro"), true, {}}));
    QVERIFY(malformed.success && malformed.reconciled && malformed.secretLost);
}

void TestApiClientWrites::createUserUnexpectedStatusIsBadResponse()
{
    m_server->respondOnce(
            "POST", QStringLiteral("/api/databases/ad-1111/users"),
            FakeApiServer::Response::json(
                    200,
                    {{QStringLiteral("database_user"), QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}}}}));
    const Outcome out = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("report_ro"), true, {}}));
    QCOMPARE(out.error.kind(), ApiError::Kind::BadResponse);
}

void TestApiClientWrites::createUserDuplicateIsValidation()
{
    const Outcome out = waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("mydb_owner"), false, {}}));
    QCOMPARE(out.error.kind(), ApiError::Kind::Validation);
    QCOMPARE(out.error.httpStatus(), 422);
    QCOMPARE(out.error.fieldErrors().value(QStringLiteral("name")),
             QStringList{QStringLiteral("has already been taken")});
    QVERIFY(!out.reconciled);
}

void TestApiClientWrites::updatePasswordLostIsUnknown()
{
    m_server->faultOnce("PATCH", QStringLiteral(".*"), Fault::DropReply);
    const Outcome out = waitFor(m_client->updateDatabaseUserPassword(ref(), QStringLiteral("mydb_owner"),
                                                                     QStringLiteral("New-Password-0123456789abcd")));
    QCOMPARE(out.error.kind(), ApiError::Kind::Unknown);
    QVERIFY(out.error.message().contains(QStringLiteral("may have been applied")));
    QVERIFY(!out.secretLost);
    QCOMPARE(m_server->count("PATCH", QStringLiteral(".*")), 1);

    const Outcome ok = waitFor(m_client->updateDatabaseUserPassword(ref(), QStringLiteral("mydb_owner"),
                                                                    QStringLiteral("New-Password-0123456789abcd")));
    QVERIFY(ok.success);
    const QJsonObject sent = m_server->requests().last().json().value(QStringLiteral("database_user")).toObject();
    QCOMPARE(sent.value(QStringLiteral("password_confirmation")).toString(),
             QStringLiteral("New-Password-0123456789abcd"));
}

void TestApiClientWrites::resetPasswordReturnsPassword()
{
    const Outcome out = waitFor(m_client->resetDatabaseUserPassword(ref(), QStringLiteral("mydb_owner")));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QCOMPARE(out.value.value<DatabaseUser>().password, m_server->generatedPassword);
    QCOMPARE(m_server->requests().last().path,
             QStringLiteral("/api/databases/ad-1111/users/mydb_owner/reset_password"));
}

void TestApiClientWrites::resetPasswordLostLosesSecret()
{
    m_server->faultOnce("POST", QStringLiteral(".*/reset_password"), Fault::Hang);
    const Outcome out = waitFor(m_client->resetDatabaseUserPassword(ref(), QStringLiteral("mydb_owner")));
    QCOMPARE(out.error.kind(), ApiError::Kind::Unknown);
    QVERIFY(out.secretLost);
    QCOMPARE(m_server->count("POST", QStringLiteral(".*/reset_password")), 1);
}

void TestApiClientWrites::deleteUserLostIsReconciled()
{
    QVERIFY(waitFor(m_client->createDatabaseUser(ref(), {QStringLiteral("report_ro"), true, {}})).success);
    m_server->faultOnce("DELETE", QStringLiteral(".*"), Fault::DropReply);
    const Outcome out = waitFor(m_client->deleteDatabaseUser(ref(), QStringLiteral("report_ro")));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QVERIFY(out.reconciled);
    QCOMPARE(m_server->count("DELETE", QStringLiteral(".*")), 1);
    QCOMPARE(userCount(QStringLiteral("report_ro")), 0);

    m_server->faultOnce("DELETE", QStringLiteral(".*"), Fault::CloseBeforeHandling);
    const Outcome kept = waitFor(m_client->deleteDatabaseUser(ref(), QStringLiteral("mydb_owner")));
    QVERIFY(!kept.success);
    QVERIFY(kept.reconciled); // listed: still there
}

void TestApiClientWrites::createRuleBodies()
{
    NewFirewallRule custom{FirewallRule::Type::Custom, QStringLiteral("203.0.113.0/24"), QStringLiteral("Office"), {}};
    Outcome out = waitFor(m_client->createFirewallRule(ref(), custom));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QCOMPARE(out.value.value<FirewallRule>().cidr, QStringLiteral("203.0.113.0/24"));
    QCOMPARE(m_server->requests().last().json().value(QStringLiteral("type")).toString(),
             QStringLiteral("custom_range"));

    NewFirewallRule managed{FirewallRule::Type::Managed, {}, {}, QStringLiteral("mr-scalingo-test-fr1")};
    out = waitFor(m_client->createFirewallRule(ref(), managed));
    QVERIFY(out.success);
    const QJsonObject sent = m_server->requests().last().json();
    QCOMPARE(sent.value(QStringLiteral("range_id")).toString(), QStringLiteral("mr-scalingo-test-fr1"));
    QVERIFY(!sent.contains(QStringLiteral("label")));
    QCOMPARE(waitFor(m_client->listFirewallRules(ref())).value.value<QList<FirewallRule>>().size(), 2);
}

void TestApiClientWrites::createRuleLostIsReconciled()
{
    m_server->faultOnce("POST", QStringLiteral(".*/firewall_rules"), Fault::DropReply);
    NewFirewallRule rule{FirewallRule::Type::Custom, QStringLiteral("198.51.100.7/32"), {}, {}};
    const Outcome out = waitFor(m_client->createFirewallRule(ref(), rule));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QVERIFY(out.reconciled);
    QVERIFY(!out.value.value<FirewallRule>().id.isEmpty());
    QCOMPARE(m_server->count("POST", QStringLiteral(".*/firewall_rules")), 1);
    QCOMPARE(m_server->rules.size(), 1);
}

void TestApiClientWrites::deleteRuleLostIsReconciled()
{
    NewFirewallRule rule{FirewallRule::Type::Custom, QStringLiteral("198.51.100.7/32"), {}, {}};
    const QString id = waitFor(m_client->createFirewallRule(ref(), rule)).value.value<FirewallRule>().id;
    m_server->faultOnce("DELETE", QStringLiteral(".*"), Fault::None, 600); // applied, answer too late
    const Outcome out = waitFor(m_client->deleteFirewallRule(ref(), id));
    QVERIFY2(out.success, qPrintable(out.error.message()));
    QVERIFY(out.reconciled);
    QCOMPARE(m_server->count("DELETE", QStringLiteral(".*")), 1);
    QVERIFY(m_server->rules.isEmpty());
}

void TestApiClientWrites::extensionsActionFailure()
{
    m_server->respondOnce(
            "POST", QStringLiteral(".*/action"),
            FakeApiServer::Response::json(
                    200, {{QStringLiteral("ok"), 0}, {QStringLiteral("error"), QStringLiteral("unsupported")}}));
    const Outcome out = waitFor(m_client->listExtensions(ref()));
    QCOMPARE(out.error.kind(), ApiError::Kind::Server);
    QCOMPARE(out.error.serverMessage(), QStringLiteral("unsupported"));
}

void TestApiClientWrites::clearCredentialsCancelsPending()
{
    m_server->faultOnce("GET", QStringLiteral(".*/users"), Fault::None, 200);
    auto outcome = watch(m_client->listDatabaseUsers(ref()));
    QTRY_COMPARE(m_server->count("GET", QStringLiteral(".*/users")), 1);
    m_client->clearCredentials();
    QVERIFY(outcome->finished);
    QCOMPARE(outcome->error.kind(), ApiError::Kind::Cancelled);
    QTest::qWait(300);
    QCOMPARE(outcome->emissions, 1);
    const Outcome after = waitFor(m_client->listDatabaseUsers(ref()));
    QCOMPARE(after.error.kind(), ApiError::Kind::SignedOut); // no token any more
}

QTEST_GUILESS_MAIN(TestApiClientWrites)
#include "tst_apiclient_writes.moc"
