// The "All databases" survey (AllDatabasesModel) against the real sandbox with 25 databases in two regions, under the
// real rate limit (60 requests/minute per region): every row's figures match what was set up through the API, no
// request is refused, fresh figures are not read again, a refresh can be stopped.
#include "api/apiclient.h"
#include "api/apireply.h"
#include "domain/newfirewallrule.h"
#include "domain/ruleexpiry.h"
#include "fakeapiserver.h"
#include "models/addondiscovery.h"
#include "models/alldatabasesmodel.h"
#include "models/databasesmodel.h"
#include "models/modelroles.h"
#include "sandboxprocess.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestAllDatabasesSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsTwentyFiveDatabases();
    void surveyUnderTheRateLimit();
    void freshFiguresAreKept();
    void stopARefresh();

private:
    int countInLog(const QByteArray &needle) const;
    const AllDatabasesModel::Row *row(const QString &name) const;

    QTemporaryDir m_logDir;
    QDateTime m_soonest; ///< expiry of initech-prod's sooner temporary rule
    std::unique_ptr<SandboxProcess> m_sandbox;
    QNetworkAccessManager m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<DatabasesModel> m_databases;
    std::unique_ptr<AllDatabasesModel> m_model;
};

void TestAllDatabasesSandbox::initTestCase()
{
    QVERIFY(m_logDir.isValid());
    // 23 seeded + the two demo databases = 25; my-postgres-db gets 20 more users, 10% on MD5.
    m_sandbox = std::make_unique<SandboxProcess>(
            QStringList{QStringLiteral("--rate-limit"), QStringLiteral("60"), QStringLiteral("--regions"),
                        QStringLiteral("2"), QStringLiteral("--seed-databases"), QStringLiteral("23"),
                        QStringLiteral("--seed-apps"), QStringLiteral("2"), QStringLiteral("--seed-users"),
                        QStringLiteral("20"), QStringLiteral("--feature-delay"), QStringLiteral("0"),
                        QStringLiteral("--request-log"), m_logDir.filePath(QStringLiteral("requests.log"))});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    // Set up through the API: this computer (127.0.0.1) allowed on wonka-prod (Dedicated), hooli-prod (classic,
    // region sandbox) publicly available.
    SandboxProcess::Database wonka;
    QVERIFY(m_sandbox->discoverApp(QStringLiteral("wonka-prod"), &wonka));
    const SandboxProcess::Reply rule
            = m_sandbox->post(wonka.path(QStringLiteral("/firewall_rules")), wonka.addonToken,
                              QJsonObject{{QStringLiteral("firewall_rule"),
                                           QJsonObject{{QStringLiteral("type"), QStringLiteral("custom_range")},
                                                       {QStringLiteral("cidr"), QStringLiteral("127.0.0.1/32")},
                                                       {QStringLiteral("label"), QStringLiteral("this computer")}}}});
    QCOMPARE(rule.status, 201);
    // Two temporary rules on initech-prod (the expiry in the label, as Gatehouse writes it), the sooner one second.
    SandboxProcess::Database initech;
    QVERIFY(m_sandbox->discoverApp(QStringLiteral("initech-prod"), &initech));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_soonest = QDateTime::fromSecsSinceEpoch(now.addDays(1).toSecsSinceEpoch() / 60 * 60, Qt::UTC);
    for (const QDateTime &until : {m_soonest.addDays(6), m_soonest}) {
        const SandboxProcess::Reply temporary = m_sandbox->post(
                initech.path(QStringLiteral("/firewall_rules")), initech.addonToken,
                QJsonObject{{QStringLiteral("firewall_rule"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("custom_range")},
                                         {QStringLiteral("cidr"), QStringLiteral("198.51.100.%1/32").arg(until.date().day())},
                                         {QStringLiteral("label"), RuleExpiry::compose(QStringLiteral("Visitor"), until)}}}});
        QCOMPARE(temporary.status, 201);
    }
    SandboxProcess::Database hooli;
    QVERIFY(m_sandbox->discoverApp(QStringLiteral("hooli-prod"), &hooli));
    for (const char *feature : {"force-ssl", "publicly-available"}) {
        const SandboxProcess::Reply r
                = m_sandbox->post(hooli.path(QStringLiteral("/features")), hooli.addonToken,
                                  QJsonObject{{QStringLiteral("feature"),
                                               QJsonObject{{QStringLiteral("name"), QLatin1String(feature)}}}});
        QVERIFY2(r.status == 200 || r.status == 201, r.body.constData());
    }

    m_client = std::make_unique<ApiClient>(&m_nam);
    ApiEndpoints endpoints;
    endpoints.auth = m_sandbox->url(); // regions discovered: both
    m_client->setEndpoints(endpoints);
    m_client->setApiToken(m_sandbox->apiToken());
    QVERIFY(ApiTest::awaitReply(m_client->signIn())->isSuccess());
    m_databases = std::make_unique<DatabasesModel>();
    m_databases->bind(m_client.get());
    m_model = std::make_unique<AllDatabasesModel>(m_client.get());
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    m_model->setWhatIsMyIpUrl(m_sandbox->url().resolved(QUrl(QStringLiteral("/whatismyip"))));
}

int TestAllDatabasesSandbox::countInLog(const QByteArray &needle) const
{
    QFile log(m_logDir.filePath(QStringLiteral("requests.log")));
    return log.open(QIODevice::ReadOnly) ? int(log.readAll().count(needle)) : -1;
}

const AllDatabasesModel::Row *TestAllDatabasesSandbox::row(const QString &name) const
{
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const Database &db = m_model->rowAt(i).database;
        if ((db.isAddon() ? db.appName : db.name) == name)
            return &m_model->rowAt(i);
    }
    return nullptr;
}

void TestAllDatabasesSandbox::listsTwentyFiveDatabases()
{
    // The picker's list: Dedicated Resources of both regions, then the discovered addons.
    QSignalSpy loaded(m_databases.get(), &ResourceModel::loaded);
    m_databases->reload();
    QVERIFY(loaded.wait(30000));
    AddonDiscovery discovery(m_client.get());
    QSignalSpy finished(&discovery, &AddonDiscovery::finished);
    connect(&discovery, &AddonDiscovery::found, m_databases.get(), &DatabasesModel::addDiscovered);
    discovery.start();
    QVERIFY(finished.wait(120000));
    QCOMPARE(m_databases->rowCount(), 25);
    m_model->setDatabases(m_databases->databases());
    QCOMPARE(m_model->rowCount(), 25);
}

void TestAllDatabasesSandbox::surveyUnderTheRateLimit()
{
    QSignalSpy finished(m_model.get(), &AllDatabasesModel::finished);
    QSignalSpy progress(m_model.get(), &AllDatabasesModel::progress);
    m_model->refresh();
    QVERIFY(m_model->isRunning());
    QVERIFY(finished.wait(180000));
    QVERIFY(progress.count() >= 25); // filled progressively, one row at a time
    QCOMPARE(progress.last().at(0).toInt(), 25);
    QCOMPARE(m_model->done(), 25);
    int regions[2] = {0, 0};
    for (int i = 0; i < m_model->rowCount(); ++i) {
        const AllDatabasesModel::Row &r = m_model->rowAt(i);
        QVERIFY2(r.state == AllDatabasesModel::State::Ready, qPrintable(r.database.name + QLatin1Char(' ') + r.error));
        QVERIFY(r.fetchedAt.isValid());
        ++regions[r.database.region == QLatin1String("sandbox") ? 0 : 1];
    }
    QCOMPARE(regions[0], 14);
    QCOMPARE(regions[1], 11);
    QCOMPARE(m_model->myIp(), QStringLiteral("127.0.0.1"));
    const AllDatabasesModel::Row *wonka = row(QStringLiteral("wonka-prod"));
    QVERIFY(wonka);
    QCOMPARE(wonka->rules.size(), 1);
    QCOMPARE(wonka->reach, AllDatabasesModel::Reach::Allowed);
    QCOMPARE(row(QStringLiteral("initech-prod"))->reach, AllDatabasesModel::Reach::Blocked);
    QCOMPARE(row(QStringLiteral("hooli-prod"))->internetAccessible, true);
    QCOMPARE(row(QStringLiteral("hooli-prod"))->reach, AllDatabasesModel::Reach::Allowed);
    QCOMPARE(row(QStringLiteral("my-app"))->reach, AllDatabasesModel::Reach::Blocked);
    const AllDatabasesModel::Row *demo = row(QStringLiteral("my-postgres-db"));
    QCOMPARE(demo->users.size(), 21); // its protected owner and the 20 seeded users
    const QModelIndex md5 = m_model->index(m_model->rowOf(demo->database), AllDatabasesModel::Md5Column);
    QCOMPARE(md5.data().toString(), QStringLiteral("2"));
    const QModelIndex access = m_model->index(m_model->rowOf(wonka->database), AllDatabasesModel::AccessColumn);
    QCOMPARE(access.data().toString(), QStringLiteral("1 / 30 rules"));
    // Temporary rules: how many and the nearest expiry; none on wonka-prod; not applicable to a classic addon.
    const AllDatabasesModel::Row *initech = row(QStringLiteral("initech-prod"));
    QCOMPARE(initech->temporaryRules, 2);
    QCOMPARE(initech->nearestExpiry, m_soonest);
    const QModelIndex temporary = m_model->index(m_model->rowOf(initech->database), AllDatabasesModel::TemporaryColumn);
    QVERIFY2(temporary.data().toString().startsWith(QStringLiteral("2 rule")),
             qPrintable(temporary.data().toString()));
    QCOMPARE(temporary.data(ModelRoles::RawRole).toLongLong(), m_soonest.toMSecsSinceEpoch());
    QCOMPARE(wonka->temporaryRules, 0);
    QCOMPARE(m_model->index(m_model->rowOf(wonka->database), AllDatabasesModel::TemporaryColumn).data().toString(),
             QStringLiteral("None"));
    QCOMPARE(row(QStringLiteral("hooli-prod"))->temporaryRules, -1);
    // Never refused by the regional APIs.
    QCOMPARE(countInLog(" 429 "), 0);
}

void TestAllDatabasesSandbox::freshFiguresAreKept()
{
    const int before = m_client->requestCount();
    QSignalSpy finished(m_model.get(), &AllDatabasesModel::finished);
    m_model->refresh(false); // everything was read moments ago
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    QCOMPARE(m_model->total(), 0);
    QCOMPARE(m_client->requestCount(), before);
    QVERIFY(m_model->oldestFigures().isValid());
}

void TestAllDatabasesSandbox::stopARefresh()
{
    QSignalSpy finished(m_model.get(), &AllDatabasesModel::finished);
    QSignalSpy progress(m_model.get(), &AllDatabasesModel::progress);
    m_model->refresh(true);
    QVERIFY(progress.wait(30000)); // the first row done
    m_model->cancel();
    QVERIFY(!m_model->isRunning());
    QCOMPARE(finished.count(), 1);
    const int rowsDone = progress.count();
    QTest::qWait(1500); // late replies are dropped: nothing more happens
    QCOMPARE(progress.count(), rowsDone);
    for (int i = 0; i < m_model->rowCount(); ++i) // earlier figures stay
        QCOMPARE(m_model->rowAt(i).state, AllDatabasesModel::State::Ready);
}

QTEST_GUILESS_MAIN(TestAllDatabasesSandbox)
#include "tst_alldatabases_sandbox.moc"
