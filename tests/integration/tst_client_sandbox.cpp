// The whole core (ApiClient + models + DatabaseSession) against the real gatehouse-sandbox and its PostgreSQL.
#include "api/apiclient.h"
#include "fakeapiserver.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "models/databaseusersmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"
#include "models/modelroles.h"
#include "sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

class TestClientSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_nam;
    ApiClient *m_client = nullptr;
    DatabaseSession *m_session = nullptr;

    /// Requests made by `action` once it is warm (tokens cached, database resolved).
    template<typename Fn>
    int requestsFor(Fn action)
    {
        const int before = m_client->requestCount();
        ApiReply *reply = action();
        ApiTest::awaitReply(reply);
        if (!reply->isSuccess())
            qWarning() << "action failed:" << reply->error().message() << reply->error().serverMessage();
        return m_client->requestCount() - before;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        m_client = new ApiClient(&m_nam, this);
        m_client->setEndpoints(ApiEndpoints::single(m_sandbox.url()));
        m_client->setApiToken(m_sandbox.apiToken());
        m_session = new DatabaseSession(m_client, this);
    }

    void signInWithAWrongTokenFails()
    {
        ApiClient other(&m_nam);
        other.setEndpoints(ApiEndpoints::single(m_sandbox.url()));
        other.setApiToken(QStringLiteral("tk-us-not-the-right-one"));
        ApiReply *reply = ApiTest::awaitReply(other.signIn());
        QVERIFY(!reply->isSuccess());
        QVERIFY(reply->error().kind() == ApiError::Kind::Unauthorized
                || reply->error().kind() == ApiError::Kind::SignedOut);
    }

    void signIn()
    {
        ApiReply *reply = ApiTest::awaitReply(m_client->signIn());
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().message()));
        QVERIFY(!reply->value<QString>().isEmpty());
    }

    void databasesModel()
    {
        DatabasesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.bind(m_client);
        QSignalSpy loaded(&model, &ResourceModel::loaded);
        model.reload();
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(30000));
        QCOMPARE(model.rowCount(), 1);
        const Database db = model.databaseAt(0);
        QVERIFY(!db.id.isEmpty());
        QVERIFY(!db.region.isEmpty());
        QCOMPARE(model.index(0, DatabasesModel::IdColumn).data(ModelRoles::IdRole).toString(), db.id);
    }

    void openDatabaseLoadsEverythingInParallel()
    {
        ApiReply *list = ApiTest::awaitReply(m_client->listDatabasesInAllRegions());
        QVERIFY(list->isSuccess());
        const Database db = list->value<QList<Database>>().value(0);

        QAbstractItemModelTester rulesTester(m_session->rules(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester usersTester(m_session->users(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester rangesTester(m_session->ranges(),
                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy opened(m_session, &DatabaseSession::opened);
        QSignalSpy usersLoaded(m_session->users(), &ResourceModel::loaded);
        QSignalSpy rulesLoaded(m_session->rules(), &ResourceModel::loaded);
        QSignalSpy rangesLoaded(m_session->ranges(), &ResourceModel::loaded);
        QSignalSpy info(m_session, &DatabaseSession::infoChanged);
        QSignalSpy uri(m_session, &DatabaseSession::connectionUriChanged);
        m_session->open(db);
        QVERIFY(opened.wait(30000));
        QTRY_VERIFY_WITH_TIMEOUT(usersLoaded.count() == 1 && rulesLoaded.count() == 1 && rangesLoaded.count() == 1,
                                 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->connectionUri().isEmpty(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->info().status.isEmpty(), 30000);

        // Deny by default: a fresh database has no rule; the protected default user is there.
        QCOMPARE(m_session->rules()->rowCount(), 0);
        QCOMPARE(m_session->users()->rowCount(), 1);
        QVERIFY(m_session->users()->userAt(0).isProtected);
        QVERIFY(m_session->connectionUri().startsWith(QStringLiteral("postgresql://")));
        QVERIFY(m_session->ranges()->rowCount() >= 3);
        QVERIFY(m_session->ranges()->names().contains(QStringLiteral("mr-scalingo-osc-fr1")));
    }

    void warmActionsCostOneRequest()
    {
        QVERIFY(m_session->isOpen());
        FirewallRulesModel *rules = m_session->rules();
        DatabaseUsersModel *users = m_session->users();

        QCOMPARE(requestsFor([&] { return m_client->listFirewallRules(m_session->ref()); }), 1);
        QCOMPARE(requestsFor([&] { return m_client->listDatabaseUsers(m_session->ref()); }), 1);

        NewFirewallRule custom;
        custom.cidr = QStringLiteral("203.0.113.0/24");
        custom.label = QStringLiteral("Office");
        QCOMPARE(requestsFor([&] { return rules->createRule(custom); }), 1);
        QCOMPARE(rules->rowCount(), 1);
        QCOMPARE(rules->ruleAt(0).cidr, QStringLiteral("203.0.113.0/24"));

        NewFirewallRule managed;
        managed.type = FirewallRule::Type::Managed;
        managed.rangeId = QStringLiteral("mr-scalingo-osc-fr1");
        QCOMPARE(requestsFor([&] { return rules->createRule(managed); }), 1);
        QCOMPARE(rules->rowCount(), 2);
        QCOMPARE(rules->targetText(rules->ruleAt(rules->rowOf(rules->ruleAt(1).id))),
                 QStringLiteral("Scalingo osc-fr1 region"));

        const QString firstId = rules->ruleAt(0).id;
        QCOMPARE(requestsFor([&] { return rules->deleteRule(firstId); }), 1);
        QCOMPARE(rules->rowCount(), 1);

        NewDatabaseUser user;
        user.name = QStringLiteral("reporting_ro");
        user.readOnly = true;
        ApiReply *created = nullptr;
        QCOMPARE(requestsFor([&] { return created = users->createUser(user); }), 1);
        QVERIFY(users->contains(QStringLiteral("reporting_ro")));
        QVERIFY(users->userAt(users->rowOf(QStringLiteral("reporting_ro"))).readOnly);
        QVERIFY(users->userAt(users->rowOf(QStringLiteral("reporting_ro"))).password.isEmpty()); // never kept

        QCOMPARE(requestsFor([&] { return users->resetPassword(QStringLiteral("reporting_ro")); }), 1);
        QCOMPARE(requestsFor([&] {
                     return users->updatePassword(QStringLiteral("reporting_ro"),
                                                  QStringLiteral("a-chosen-password-of-30-chars!"));
                 }),
                 1);
        QCOMPARE(requestsFor([&] { return users->deleteUser(QStringLiteral("reporting_ro")); }), 1);
        QVERIFY(!users->contains(QStringLiteral("reporting_ro")));
    }

    void generatedPasswordIsReturnedOnce()
    {
        NewDatabaseUser user;
        user.name = QStringLiteral("generated_pw");
        ApiReply *reply = ApiTest::awaitReply(m_session->users()->createUser(user));
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error().message()));
        const QString password = reply->value<DatabaseUser>().password;
        QCOMPARE(password.size(), 64);
        QVERIFY(!reply->secretLost());
        // The list never carries passwords.
        ApiReply *list = ApiTest::awaitReply(m_client->listDatabaseUsers(m_session->ref()));
        for (const DatabaseUser &u : list->value<QList<DatabaseUser>>())
            QVERIFY(u.password.isEmpty());
    }

    void serverValidationReachesTheCaller()
    {
        NewFirewallRule hostBits;
        hostBits.cidr = QStringLiteral("198.51.100.7/24");
        ApiReply *reply = ApiTest::awaitReply(m_session->rules()->createRule(hostBits));
        QVERIFY(!reply->isSuccess());
        QCOMPARE(reply->error().kind(), ApiError::Kind::Validation);
        QVERIFY(reply->error().fieldErrors().contains(QStringLiteral("cidr")));

        NewDatabaseUser bad;
        bad.name = QStringLiteral("Bad-Name");
        reply = ApiTest::awaitReply(m_session->users()->createUser(bad));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Validation);
        QVERIFY(reply->error().fieldErrors().contains(QStringLiteral("name")));

        const QString owner = m_session->users()->users().constFirst().name;
        reply = ApiTest::awaitReply(m_session->users()->deleteUser(owner));
        QVERIFY(!reply->isSuccess());
        QCOMPARE(reply->error().kind(), ApiError::Kind::Forbidden);
        QVERIFY(m_session->users()->contains(owner));
    }

    void refreshKeepsRowsAndSelectionKeys()
    {
        FirewallRulesModel *rules = m_session->rules();
        const QPersistentModelIndex first = rules->index(0, 0);
        const QString id = first.data(ModelRoles::IdRole).toString();
        QSignalSpy loaded(rules, &ResourceModel::loaded);
        rules->reload();
        QVERIFY(loaded.wait(30000));
        QVERIFY(first.isValid()); // merged, not reset
        QCOMPARE(first.data(ModelRoles::IdRole).toString(), id);
    }

    void staleReplyIsDropped()
    {
        FirewallRulesModel *rules = m_session->rules();
        QSignalSpy loaded(rules, &ResourceModel::loaded);
        rules->reload();
        rules->reload(); // the first load is superseded and must not count
        QVERIFY(loaded.wait(30000));
        QTest::qWait(300);
        QCOMPARE(loaded.count(), 1);
    }

    void rememberedAddonSavesTheLookup()
    {
        // A second client (the next run of the app) that remembers the addon id of the database.
        ApiClient next(&m_nam);
        next.setEndpoints(ApiEndpoints::single(m_sandbox.url()));
        next.setApiToken(m_sandbox.apiToken());
        QVERIFY(ApiTest::awaitReply(next.signIn())->isSuccess());
        const Database db = ApiTest::awaitReply(next.listDatabasesInAllRegions())->value<QList<Database>>().value(0);
        int before = next.requestCount();
        ApiReply *resolved = ApiTest::awaitReply(next.resolveDatabase(db, m_session->ref().addonId));
        QVERIFY(resolved->isSuccess());
        QCOMPARE(next.requestCount() - before, 0); // no addon lookup
        QCOMPARE(resolved->value<DatabaseRef>(), m_session->ref());
        before = next.requestCount();
        QVERIFY(ApiTest::awaitReply(next.listFirewallRules(resolved->value<DatabaseRef>()))->isSuccess());
        QCOMPARE(next.requestCount() - before, 2); // addon token + the list: opening is now 2 round trips
    }

    void cleanupTestCase()
    {
        delete m_session;
        m_session = nullptr;
        QCOMPARE(m_sandbox.stop(), 0);
    }
};

/// Short-lived tokens: the client renews the JWT by itself when it is about to expire.
class TestTokenRenewal : public QObject
{
    Q_OBJECT

private slots:
    void jwtIsRenewedBeforeExpiry()
    {
        // 303 s: a few seconds more than the client's 5-minute renewal margin (exp has 1 s resolution).
        SandboxProcess sandbox({QStringLiteral("--jwt-lifetime"), QStringLiteral("303")});
        QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
        QNetworkAccessManager nam;
        ApiClient client(&nam);
        client.setEndpoints(ApiEndpoints::single(sandbox.url()));
        client.setApiToken(sandbox.apiToken());
        QVERIFY(ApiTest::awaitReply(client.listDatabasesInAllRegions())->isSuccess());
        int before = client.requestCount();
        QVERIFY(ApiTest::awaitReply(client.listDatabasesInAllRegions())->isSuccess());
        QCOMPARE(client.requestCount() - before, 1); // cached JWT
        QTest::qWait(4000);
        before = client.requestCount();
        QVERIFY(ApiTest::awaitReply(client.listDatabasesInAllRegions())->isSuccess());
        QCOMPARE(client.requestCount() - before, 2); // exchange + call
        QCOMPARE(sandbox.stop(), 0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int status = 0;
    {
        TestClientSandbox t;
        status |= QTest::qExec(&t, argc, argv);
    }
    {
        TestTokenRenewal t;
        status |= QTest::qExec(&t, argc, argv);
    }
    return status;
}

#include "tst_client_sandbox.moc"
