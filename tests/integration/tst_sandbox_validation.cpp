// The sandbox's validation of resource bodies (users and firewall rules): 422 per field, 403 on the protected user,
// both body shapes (rooted and bare), the 30-rule limit. Shapes of reads are in tst_sandbox_api.cpp.
#include "sandboxprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTest>

using Reply = SandboxProcess::Reply;

class TestSandboxValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void userValidation();
    void protectedUser();
    void userBodiesBothShapes();
    void firewallValidation();
    void firewallLimitAndLabel();

private:
    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
};

void TestSandboxValidation::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
}

void TestSandboxValidation::userValidation()
{
    const QString users = m_db.path(QStringLiteral("/users"));
    const auto create = [&](const QJsonObject &user) {
        return m_sandbox.post(users, m_db.addonToken, {{QStringLiteral("database_user"), user}});
    };
    for (const QString &bad : {QStringLiteral("short"), QStringLiteral("Upper_case"), QStringLiteral("1starts_digit"),
                               QStringLiteral("has-dash-x"), QStringLiteral("a23456789012345678901234567890123")}) {
        const Reply r = create({{QStringLiteral("name"), bad}});
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors(QStringLiteral("name")).join(QString()).contains(QLatin1String("6 to 32")),
                 qPrintable(bad));
    }
    for (const QString &reserved : {QStringLiteral("postgres"), QStringLiteral("pg_monitor_x")})
        QCOMPARE(create({{QStringLiteral("name"), reserved}}).status, 422);
    const Reply duplicate = create({{QStringLiteral("name"), m_db.ownerUser}});
    QCOMPARE(duplicate.status, 422);
    QVERIFY(!duplicate.fieldErrors(QStringLiteral("name")).isEmpty());

    const Reply shortPw = create({{QStringLiteral("name"), QStringLiteral("valid_name")},
                                  {QStringLiteral("password"), QStringLiteral("tooshort")}});
    QCOMPARE(shortPw.status, 422);
    QVERIFY(!shortPw.fieldErrors(QStringLiteral("password")).isEmpty());
    const Reply quotes = create({{QStringLiteral("name"), QStringLiteral("valid_name")},
                                 {QStringLiteral("password"), QStringLiteral("abcdefghijklmnopqrstuvwx'yz")}});
    QCOMPARE(quotes.status, 422);
    const Reply mismatch
            = create({{QStringLiteral("name"), QStringLiteral("valid_name")},
                      {QStringLiteral("password"), QStringLiteral("abcdefghijklmnopqrstuvwxyz")},
                      {QStringLiteral("password_confirmation"), QStringLiteral("abcdefghijklmnopqrstuvwxyZ")}});
    QCOMPARE(mismatch.status, 422);
    QVERIFY(!mismatch.fieldErrors(QStringLiteral("password_confirmation")).isEmpty());
    const Reply types = create({{QStringLiteral("name"), 12},
                                {QStringLiteral("read_only"), QStringLiteral("yes")},
                                {QStringLiteral("admin"), true}});
    QCOMPARE(types.status, 422);
    QVERIFY(!types.fieldErrors(QStringLiteral("name")).isEmpty());
    QVERIFY(!types.fieldErrors(QStringLiteral("read_only")).isEmpty());
    QVERIFY(!types.fieldErrors(QStringLiteral("admin")).isEmpty());
    // Nothing was created by all of this.
    QCOMPARE(m_sandbox.get(users, m_db.addonToken).json.value(QStringLiteral("database-users")).toArray().size(), 1);
}

void TestSandboxValidation::protectedUser()
{
    const QString path = m_db.path(QStringLiteral("/users/") + m_db.ownerUser);
    const Reply list = m_sandbox.get(m_db.path(QStringLiteral("/users")), m_db.addonToken);
    const QJsonObject owner = list.json.value(QStringLiteral("database-users")).toArray().first().toObject();
    QCOMPARE(owner.value(QStringLiteral("name")).toString(), m_db.ownerUser);
    QVERIFY(owner.value(QStringLiteral("protected")).toBool());
    QCOMPARE(owner.value(QStringLiteral("dbms_attributes"))
                     .toObject()
                     .value(QStringLiteral("password_encryption"))
                     .toString(),
             QStringLiteral("SCRAM-SHA-256"));

    const Reply del = m_sandbox.del(path, m_db.addonToken);
    QCOMPARE(del.status, 403);
    QVERIFY(del.error().contains(QLatin1String("Protected")));
    const Reply reset = m_sandbox.post(path + QStringLiteral("/reset_password"), m_db.addonToken);
    QCOMPARE(reset.status, 403);
    QVERIFY(!reset.error().isEmpty());
    const QString pw = QStringLiteral("abcdefghijklmnopqrstuvwxyz");
    const Reply update = m_sandbox.patch(
            path, m_db.addonToken,
            {{QStringLiteral("database_user"),
              QJsonObject{{QStringLiteral("password"), pw}, {QStringLiteral("password_confirmation"), pw}}}});
    QCOMPARE(update.status, 403);
    QCOMPARE(m_sandbox.del(m_db.path(QStringLiteral("/users/nobody_here")), m_db.addonToken).status, 404);
}

void TestSandboxValidation::userBodiesBothShapes()
{
    const QString users = m_db.path(QStringLiteral("/users"));
    // go-scalingo's rooted body with database_id, and the bare form.
    const Reply rooted = m_sandbox.post(users, m_db.addonToken,
                                        {{QStringLiteral("database_user"),
                                          QJsonObject{{QStringLiteral("database_id"), m_db.addonId},
                                                      {QStringLiteral("name"), QStringLiteral("shape_rooted")},
                                                      {QStringLiteral("read_only"), true},
                                                      {QStringLiteral("password"), QJsonValue::Null},
                                                      {QStringLiteral("password_confirmation"), QJsonValue::Null}}}});
    QCOMPARE(rooted.status, 201);
    const QJsonObject user = rooted.json.value(QStringLiteral("database_user")).toObject();
    QCOMPARE(user.value(QStringLiteral("name")).toString(), QStringLiteral("shape_rooted"));
    QVERIFY(user.value(QStringLiteral("read_only")).toBool());
    QVERIFY(!user.value(QStringLiteral("protected")).toBool());
    const QString generated = user.value(QStringLiteral("password")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_]{64}$")).match(generated).hasMatch());

    const Reply bare = m_sandbox.post(users, m_db.addonToken, {{QStringLiteral("name"), QStringLiteral("shape_bare")}});
    QCOMPARE(bare.status, 201);
    QVERIFY(!bare.json.value(QStringLiteral("database_user")).toObject().value(QStringLiteral("read_only")).toBool());

    const QString pw = QStringLiteral("chosen-password-0123456789");
    const Reply update
            = m_sandbox.patch(users + QStringLiteral("/shape_bare"), m_db.addonToken,
                              {{QStringLiteral("password"), pw}, {QStringLiteral("password_confirmation"), pw}});
    QCOMPARE(update.status, 200);
    QVERIFY(!update.json.value(QStringLiteral("database_user")).toObject().contains(QStringLiteral("password")));
    const Reply emptyUpdate = m_sandbox.patch(users + QStringLiteral("/shape_bare"), m_db.addonToken, {});
    QCOMPARE(emptyUpdate.status, 422);

    for (const char *name : {"shape_rooted", "shape_bare"}) {
        const Reply del = m_sandbox.del(users + QStringLiteral("/") + QLatin1String(name), m_db.addonToken);
        QCOMPARE(del.status, 204);
        QVERIFY(del.body.isEmpty());
    }
}

void TestSandboxValidation::firewallValidation()
{
    const QString rules = m_db.path(QStringLiteral("/firewall_rules"));
    const auto custom = [&](const QString &cidr) {
        return m_sandbox.post(
                rules, m_db.addonToken,
                {{QStringLiteral("type"), QStringLiteral("custom_range")}, {QStringLiteral("cidr"), cidr}});
    };
    const Reply hostBits = custom(QStringLiteral("10.1.2.3/8"));
    QCOMPARE(hostBits.status, 422);
    QVERIFY(hostBits.fieldErrors(QStringLiteral("cidr")).join(QString()).contains(QLatin1String("10.0.0.0/8")));
    for (const QString &bad : {QStringLiteral("10.0.0.1"), QStringLiteral("10.0.0.0/33"), QStringLiteral("256.0.0.0/8"),
                               QStringLiteral("2001:db8::/32"), QStringLiteral("not a cidr"), QString()}) {
        const Reply r = custom(bad);
        QCOMPARE(r.status, 422);
        QVERIFY2(!r.fieldErrors(QStringLiteral("cidr")).isEmpty(), qPrintable(bad));
    }
    const Reply managedLabel = m_sandbox.post(rules, m_db.addonToken,
                                              {{QStringLiteral("type"), QStringLiteral("managed_range")},
                                               {QStringLiteral("range_id"), QStringLiteral("mr-scalingo-osc-fr1")},
                                               {QStringLiteral("label"), QStringLiteral("no")}});
    QCOMPARE(managedLabel.status, 422);
    QVERIFY(!managedLabel.fieldErrors(QStringLiteral("label")).isEmpty());
    const Reply unknownRange = m_sandbox.post(rules, m_db.addonToken,
                                              {{QStringLiteral("type"), QStringLiteral("managed_range")},
                                               {QStringLiteral("range_id"), QStringLiteral("mr-nope")}});
    QCOMPARE(unknownRange.status, 422);
    const Reply longLabel = m_sandbox.post(rules, m_db.addonToken,
                                           {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                            {QStringLiteral("cidr"), QStringLiteral("192.0.2.0/24")},
                                            {QStringLiteral("label"), QString(101, QLatin1Char('x'))}});
    QCOMPARE(longLabel.status, 422);
    const Reply control = m_sandbox.post(rules, m_db.addonToken,
                                         {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                          {QStringLiteral("cidr"), QStringLiteral("192.0.2.0/24")},
                                          {QStringLiteral("label"), QStringLiteral("a\nb")}});
    QCOMPARE(control.status, 422);
    const Reply unknownAttr = m_sandbox.post(rules, m_db.addonToken,
                                             {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                              {QStringLiteral("cidr"), QStringLiteral("192.0.2.0/24")},
                                              {QStringLiteral("port"), 5432}});
    QCOMPARE(unknownAttr.status, 422);
    QVERIFY(!unknownAttr.fieldErrors(QStringLiteral("port")).isEmpty());
    const Reply badType = m_sandbox.post(rules, m_db.addonToken, {{QStringLiteral("type"), QStringLiteral("ipv6")}});
    QCOMPARE(badType.status, 422);
    QVERIFY(!badType.fieldErrors(QStringLiteral("type")).isEmpty());
    QCOMPARE(m_sandbox.get(rules, m_db.addonToken).json.value(QStringLiteral("rules")).toArray().size(), 0);
    QCOMPARE(m_sandbox.del(rules + QStringLiteral("/nope"), m_db.addonToken).status, 404);
}

void TestSandboxValidation::firewallLimitAndLabel()
{
    const QString rules = m_db.path(QStringLiteral("/firewall_rules"));
    // Bare (go-scalingo) and rooted (scalingo.js) bodies.
    const Reply first
            = m_sandbox.post(rules, m_db.addonToken,
                             {{QStringLiteral("firewall_rule"),
                               QJsonObject{{QStringLiteral("type"), QStringLiteral("managed_range")},
                                           {QStringLiteral("range_id"), QStringLiteral("mr-scalingo-osc-fr1")}}}});
    QCOMPARE(first.status, 201);
    const QJsonObject managed = first.json.value(QStringLiteral("rule")).toObject();
    QCOMPARE(managed.value(QStringLiteral("range_id")).toString(), QStringLiteral("mr-scalingo-osc-fr1"));
    QVERIFY(QDateTime::fromString(managed.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs).isValid());
    const Reply sameRange = m_sandbox.post(rules, m_db.addonToken,
                                           {{QStringLiteral("type"), QStringLiteral("managed_range")},
                                            {QStringLiteral("range_id"), QStringLiteral("mr-scalingo-osc-fr1")}});
    QCOMPARE(sameRange.status, 422);

    QString labelled;
    for (int i = 1; i < 30; ++i) {
        const Reply r = m_sandbox.post(rules, m_db.addonToken,
                                       {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                        {QStringLiteral("cidr"), QStringLiteral("198.51.100.%1/32").arg(i)},
                                        {QStringLiteral("label"), QStringLiteral("Rule %1").arg(i)}});
        QCOMPARE(r.status, 201);
        if (i == 1)
            labelled = r.json.value(QStringLiteral("rule")).toObject().value(QStringLiteral("id")).toString();
    }
    const Reply duplicate = m_sandbox.post(rules, m_db.addonToken,
                                           {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                            {QStringLiteral("cidr"), QStringLiteral("198.51.100.1/32")}});
    QCOMPARE(duplicate.status, 422);
    QVERIFY(!duplicate.fieldErrors(QStringLiteral("cidr")).isEmpty());
    const Reply thirtyFirst = m_sandbox.post(rules, m_db.addonToken,
                                             {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                              {QStringLiteral("cidr"), QStringLiteral("203.0.113.0/24")}});
    QCOMPARE(thirtyFirst.status, 422);
    QVERIFY(thirtyFirst.fieldErrors(QStringLiteral("base")).join(QString()).contains(QLatin1String("30")));

    const Reply patched = m_sandbox.patch(
            rules + QStringLiteral("/") + labelled, m_db.addonToken,
            {{QStringLiteral("firewall_rule"), QJsonObject{{QStringLiteral("label"), QStringLiteral("Office")}}}});
    QCOMPARE(patched.status, 200);
    QCOMPARE(patched.json.value(QStringLiteral("rule")).toObject().value(QStringLiteral("label")).toString(),
             QStringLiteral("Office"));
    const Reply cidrChange = m_sandbox.patch(rules + QStringLiteral("/") + labelled, m_db.addonToken,
                                             {{QStringLiteral("cidr"), QStringLiteral("10.0.0.0/8")}});
    QCOMPARE(cidrChange.status, 422);

    const QJsonArray all = m_sandbox.get(rules, m_db.addonToken).json.value(QStringLiteral("rules")).toArray();
    QCOMPARE(all.size(), 30);
    for (const QJsonValue v : all)
        QCOMPARE(m_sandbox
                         .del(rules + QStringLiteral("/") + v.toObject().value(QStringLiteral("id")).toString(),
                              m_db.addonToken)
                         .status,
                 204);
    QCOMPARE(m_sandbox.get(rules, m_db.addonToken).json.value(QStringLiteral("rules")).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxValidation)
#include "tst_sandbox_validation.moc"
