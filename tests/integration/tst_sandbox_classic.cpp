// Classic PostgreSQL addons in the sandbox: the app `my-app` and its `postgresql` addon beside the Dedicated Resources
// database, and what the force-ssl / publicly-available features do to PostgreSQL. The sandbox treats loopback
// clients as the internet and 127.0.0.20 (through SourceProxy) as the app's private network.
#include "sandboxprocess.h"
#include "sandboxstate.h"
#include "sourceproxy.h"

#include <QJsonArray>
#include <QTest>

using Reply = SandboxProcess::Reply;
using sandboxstate::PgSession;

class TestSandboxClassic : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void discovery();
    void usersOnAddon();
    void refusedFromInternetByDefault();
    void appNetworkWithoutTls();
    void badFeatureRequests();
    void forceSslPendingThenActivated();
    void publiclyAvailableAdmitsTlsFromAnywhere();
    void forceSslOffRefusedWhilePublic();
    void restartKeepsFeatures();
    void crashWhilePendingCompletesAfterRestart();
    void failedFeatureAndRetry();
    void dedicatedUnchanged();

private:
    QString dbPath(const QString &suffix = QString()) const
    {
        return QStringLiteral("/api/databases/") + m_db.addonId + suffix;
    }
    QString featureStatus(const QString &name);
    Reply enable(const QString &name)
    {
        return m_sandbox.post(dbPath(QStringLiteral("/features")), token(),
                              QJsonObject{{QStringLiteral("feature"), QJsonObject{{QStringLiteral("name"), name}}}});
    }
    Reply disable(const QString &name)
    {
        return m_sandbox.del(dbPath(QStringLiteral("/features?feature=") + name), token());
    }
    QString token() { return m_sandbox.addonToken(m_db); }
    std::unique_ptr<PgSession> internet(const char *sslmode, const QString &user = QString(),
                                        const QString &password = QString()) const
    {
        return std::make_unique<PgSession>(QStringLiteral("127.0.0.1"), m_db.port, m_db.pgDatabase,
                                           user.isEmpty() ? m_db.ownerUser : user,
                                           password.isEmpty() ? m_db.ownerPassword : password, sslmode);
    }
    /// A session from the app network (127.0.0.20).
    bool fromAppNetwork(const char *sslmode, QString *error = nullptr);

    SandboxProcess m_sandbox{{QStringLiteral("--feature-delay"), QStringLiteral("1")}};
    SandboxProcess::Database m_db;
    QString m_userPassword;
};

QString TestSandboxClassic::featureStatus(const QString &name)
{
    const Reply r = m_sandbox.get(dbPath(), token());
    for (const QJsonValue v : r.json.value(QStringLiteral("database")).toObject().value(QStringLiteral("features")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject().value(QStringLiteral("status")).toString();
    }
    return QStringLiteral("absent");
}

bool TestSandboxClassic::fromAppNetwork(const char *sslmode, QString *error)
{
    SourceProxy proxy(QHostAddress(QStringLiteral("127.0.0.20")), QHostAddress::LocalHost,
                      static_cast<quint16>(m_db.port));
    if (!proxy.start(error))
        return false;
    PgSession session(QStringLiteral("127.0.0.1"), proxy.port(), m_db.pgDatabase, m_db.ownerUser, m_db.ownerPassword,
                      sslmode);
    if (error)
        *error = session.error();
    return session.ok();
}

void TestSandboxClassic::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discoverApp(QStringLiteral("my-app"), &m_db));
    QVERIFY(m_db.uri.endsWith(QLatin1String("?sslmode=require")));
}

void TestSandboxClassic::discovery()
{
    const Reply apps = m_sandbox.get(QStringLiteral("/v1/apps"), m_db.jwt);
    QCOMPARE(apps.status, 200);
    QStringList names;
    for (const QJsonValue v : apps.json.value(QStringLiteral("apps")).toArray()) {
        const QJsonObject app = v.toObject();
        names.append(app.value(QStringLiteral("name")).toString());
        const bool dedicated = app.value(QStringLiteral("flags")).toObject().value(QStringLiteral("dedicated-database")).toBool();
        QCOMPARE(dedicated, app.value(QStringLiteral("name")).toString() != QLatin1String("my-app"));
        QCOMPARE(app.value(QStringLiteral("region")).toString(), QStringLiteral("sandbox"));
    }
    QVERIFY(names.contains(QStringLiteral("my-app")));
    QVERIFY(names.contains(QStringLiteral("my-postgres-db")));

    // /v1/databases lists Dedicated Resources only.
    const Reply dbs = m_sandbox.get(QStringLiteral("/v1/databases"), m_db.jwt);
    for (const QJsonValue v : dbs.json.value(QStringLiteral("databases")).toArray())
        QVERIFY(v.toObject().value(QStringLiteral("name")).toString() != QLatin1String("my-app"));
    QCOMPARE(m_sandbox.get(QStringLiteral("/v1/databases/my-app"), m_db.jwt).status, 404);

    const Reply one = m_sandbox.get(QStringLiteral("/v1/apps/my-app/addons/") + m_db.addonId, m_db.jwt);
    QCOMPARE(one.status, 200);
    const QJsonObject addon = one.json.value(QStringLiteral("addon")).toObject();
    QCOMPARE(addon.value(QStringLiteral("addon_provider")).toObject(),
             (QJsonObject{{QStringLiteral("id"), QStringLiteral("postgresql")},
                          {QStringLiteral("name"), QStringLiteral("PostgreSQL")}}));
    QCOMPARE(addon.value(QStringLiteral("plan")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("postgresql-starter-512"));
    QCOMPARE(m_sandbox.get(QStringLiteral("/v1/apps/my-app/addons/ad-nope"), m_db.jwt).status, 404);

    const Reply details = m_sandbox.get(dbPath(), token());
    QCOMPARE(details.status, 200);
    QCOMPARE(details.json.value(QStringLiteral("database")).toObject().value(QStringLiteral("features")).toArray(),
             QJsonArray());
    // No firewall on a classic addon.
    QCOMPARE(m_sandbox.get(dbPath(QStringLiteral("/firewall_rules")), token()).status, 404);
}

void TestSandboxClassic::usersOnAddon()
{
    const Reply list = m_sandbox.get(dbPath(QStringLiteral("/users")), token());
    QCOMPARE(list.status, 200);
    const QJsonObject owner = list.json.value(QStringLiteral("database-users")).toArray().first().toObject();
    QCOMPARE(owner.value(QStringLiteral("name")).toString(), m_db.ownerUser);
    QVERIFY(owner.value(QStringLiteral("protected")).toBool());
    QCOMPARE(m_sandbox.del(dbPath(QStringLiteral("/users/") + m_db.ownerUser), token()).status, 403);

    m_userPassword = QStringLiteral("classic-password-0123456789-abc");
    const Reply created = m_sandbox.post(
            dbPath(QStringLiteral("/users")), token(),
            QJsonObject{{QStringLiteral("database_user"),
                         QJsonObject{{QStringLiteral("name"), QStringLiteral("classic_reader")},
                                     {QStringLiteral("read_only"), true},
                                     {QStringLiteral("password"), m_userPassword},
                                     {QStringLiteral("password_confirmation"), m_userPassword}}}});
    QCOMPARE(created.status, 201);
}

void TestSandboxClassic::refusedFromInternetByDefault()
{
    for (const char *mode : {"require", "disable"}) {
        const auto session = internet(mode);
        QVERIFY(!session->ok());
        QVERIFY2(session->error().contains(QLatin1String("no pg_hba.conf entry")), qPrintable(session->error()));
    }
}

void TestSandboxClassic::appNetworkWithoutTls()
{
    QString error;
    QVERIFY2(fromAppNetwork("disable", &error), qPrintable(error));
    QVERIFY2(fromAppNetwork("require", &error), qPrintable(error));
}

void TestSandboxClassic::badFeatureRequests()
{
    Reply r = enable(QStringLiteral("make-it-fast"));
    QCOMPARE(r.status, 422);
    QVERIFY(r.json.value(QStringLiteral("errors")).toObject().value(QStringLiteral("name")).toArray().first()
                    .toString()
                    .contains(QLatin1String("force-ssl or publicly-available")));
    QCOMPARE(m_sandbox.post(dbPath(QStringLiteral("/features")), token(), QJsonObject()).status, 422);
    QCOMPARE(disable(QStringLiteral("make-it-fast")).status, 422);
    QCOMPARE(m_sandbox.del(dbPath(QStringLiteral("/features")), token()).status, 422);
    r = disable(QStringLiteral("force-ssl"));
    QCOMPARE(r.status, 404);
    QVERIFY(!r.json.value(QStringLiteral("error")).toString().isEmpty());
    // Internet accessibility needs Force TLS first.
    r = enable(QStringLiteral("publicly-available"));
    QCOMPARE(r.status, 422);
    QVERIFY(r.body.contains("requires force-ssl"));
    QCOMPARE(featureStatus(QStringLiteral("publicly-available")), QStringLiteral("absent"));
}

void TestSandboxClassic::forceSslPendingThenActivated()
{
    const Reply r = enable(QStringLiteral("force-ssl"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    QCOMPARE(featureStatus(QStringLiteral("force-ssl")), QStringLiteral("PENDING"));
    // Another change while one is pending is refused, not lost.
    const Reply second = enable(QStringLiteral("publicly-available"));
    QCOMPARE(second.status, 422);
    QVERIFY(second.body.contains("still changing"));
    QVERIFY(fromAppNetwork("disable")); // not enforced before activation
    QTRY_COMPARE_WITH_TIMEOUT(featureStatus(QStringLiteral("force-ssl")), QStringLiteral("ACTIVATED"), 10000);
    QString error;
    QVERIFY(!fromAppNetwork("disable", &error));
    QVERIFY2(error.contains(QLatin1String("no pg_hba.conf entry")), qPrintable(error));
    QVERIFY2(fromAppNetwork("require", &error), qPrintable(error));
    QVERIFY(!internet("require")->ok()); // still not on the internet
    // Enabling again is harmless.
    QCOMPARE(enable(QStringLiteral("force-ssl")).json.value(QStringLiteral("status")).toString(),
             QStringLiteral("ACTIVATED"));
}

void TestSandboxClassic::publiclyAvailableAdmitsTlsFromAnywhere()
{
    const Reply r = enable(QStringLiteral("publicly-available"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
    QTRY_COMPARE_WITH_TIMEOUT(featureStatus(QStringLiteral("publicly-available")), QStringLiteral("ACTIVATED"),
                              10000);
    const auto owner = internet("require");
    QVERIFY2(owner->ok(), qPrintable(owner->error()));
    QVERIFY(owner->tls());
    // A user created through the API logs in over TLS.
    const auto reader = internet("require", QStringLiteral("classic_reader"), m_userPassword);
    QVERIFY2(reader->ok(), qPrintable(reader->error()));
    QCOMPARE(reader->value(QStringLiteral("SELECT current_user")), QStringLiteral("classic_reader"));
    // Force TLS: plain connections stay refused.
    const auto plain = internet("disable");
    QVERIFY(!plain->ok());
    QVERIFY2(plain->error().contains(QLatin1String("no pg_hba.conf entry")), qPrintable(plain->error()));
}

void TestSandboxClassic::forceSslOffRefusedWhilePublic()
{
    const Reply r = disable(QStringLiteral("force-ssl"));
    QCOMPARE(r.status, 422);
    QVERIFY(r.body.contains("publicly-available"));
    QCOMPARE(featureStatus(QStringLiteral("force-ssl")), QStringLiteral("ACTIVATED"));
}

void TestSandboxClassic::restartKeepsFeatures()
{
    QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discoverApp(QStringLiteral("my-app"), &m_db));
    QCOMPARE(featureStatus(QStringLiteral("force-ssl")), QStringLiteral("ACTIVATED"));
    QCOMPARE(featureStatus(QStringLiteral("publicly-available")), QStringLiteral("ACTIVATED"));
    QVERIFY(internet("require")->ok());
}

void TestSandboxClassic::crashWhilePendingCompletesAfterRestart()
{
    const Reply r = disable(QStringLiteral("publicly-available"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json.value(QStringLiteral("message")).toString().isEmpty());
    QCOMPARE(featureStatus(QStringLiteral("publicly-available")), QStringLiteral("PENDING_TO_REMOVE"));
    QVERIFY(internet("require")->ok()); // enforced until the removal completes
    m_sandbox.kill();
    QTest::qWait(1200); // the change comes due while the sandbox is down
    QVERIFY2(m_sandbox.restart(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discoverApp(QStringLiteral("my-app"), &m_db));
    QCOMPARE(featureStatus(QStringLiteral("publicly-available")), QStringLiteral("absent"));
    QVERIFY(!internet("require")->ok());

    // Force TLS can go now; the app network then takes plain connections again.
    QCOMPARE(disable(QStringLiteral("force-ssl")).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(featureStatus(QStringLiteral("force-ssl")), QStringLiteral("absent"), 10000);
    QVERIFY(fromAppNetwork("disable"));
}

void TestSandboxClassic::failedFeatureAndRetry()
{
    QVERIFY2(m_sandbox.restart({QStringLiteral("--feature-delay"), QStringLiteral("0"),
                                QStringLiteral("--fail-features"), QStringLiteral("force-ssl")}),
             qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discoverApp(QStringLiteral("my-app"), &m_db));
    const Reply r = enable(QStringLiteral("force-ssl"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    const QJsonObject details = m_sandbox.get(dbPath(), token()).json.value(QStringLiteral("database")).toObject();
    const QJsonObject feature = details.value(QStringLiteral("features")).toArray().first().toObject();
    QCOMPARE(feature.value(QStringLiteral("status")).toString(), QStringLiteral("FAILED"));
    QVERIFY(!feature.value(QStringLiteral("message")).toString().isEmpty());
    QVERIFY(fromAppNetwork("disable")); // a failed feature is not enforced

    QVERIFY2(m_sandbox.restart({QStringLiteral("--feature-delay"), QStringLiteral("0")}),
             qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discoverApp(QStringLiteral("my-app"), &m_db));
    QCOMPARE(enable(QStringLiteral("force-ssl")).json.value(QStringLiteral("status")).toString(),
             QStringLiteral("ACTIVATED")); // the retry
    QVERIFY(!fromAppNetwork("disable"));
}

void TestSandboxClassic::dedicatedUnchanged()
{
    SandboxProcess::Database dr;
    QVERIFY(m_sandbox.discover(&dr));
    QVERIFY(dr.appName != QLatin1String("my-app"));
    const Reply r = m_sandbox.post(QStringLiteral("/api/databases/%1/features").arg(dr.addonId), dr.addonToken,
                                   QJsonObject{{QStringLiteral("feature"),
                                                QJsonObject{{QStringLiteral("name"), QStringLiteral("force-ssl")}}}});
    QCOMPARE(r.status, 422);
    const QJsonArray features = m_sandbox.get(QStringLiteral("/api/databases/") + dr.addonId, dr.addonToken)
                                        .json.value(QStringLiteral("database"))
                                        .toObject()
                                        .value(QStringLiteral("features"))
                                        .toArray();
    QCOMPARE(features.size(), 2);
    const Reply app = m_sandbox.get(QStringLiteral("/v1/apps/") + dr.appName, dr.jwt);
    QVERIFY(app.json.value(QStringLiteral("app")).toObject().value(QStringLiteral("flags")).toObject()
                    .value(QStringLiteral("dedicated-database"))
                    .toBool());
    // Its firewall still denies by default: the classic addon's lines did not open it.
    PgSession session(QStringLiteral("127.0.0.1"), dr.port, dr.pgDatabase, dr.ownerUser, dr.ownerPassword);
    QVERIFY(!session.ok());
}

QTEST_GUILESS_MAIN(TestSandboxClassic)
#include "tst_sandbox_classic.moc"
