// Hostile inputs at the sandbox's HTTP API. Every case is sent as raw bytes on a socket (no client library to
// normalise paths, methods, headers or bodies) and must be rejected with a 4xx: never a 5xx, never a 2xx, never a
// dropped connection. After every case PostgreSQL must be unchanged: roles (pg_roles, and their password hashes
// in pg_authid as the superuser), databases, the rules and users the API lists, the pg_hba rules PostgreSQL
// loaded, the default user can still log in over TLS and its canary table still holds its row.
//
// A second table checks that SQL metacharacters in otherwise valid values (labels, passwords) are stored and used
// literally, never interpreted. A summary table (cases run / passed per group) is printed at the end.
#include "hostilecases.h"
#include "sandboxprocess.h"
#include "sandboxstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QTest>

using namespace hostile;
using namespace sandboxstate;

namespace {

struct Snapshot
{
    QStringList roles;
    QStringList authid;
    QStringList databases;
    QStringList hba;
    QStringList apiUsers;
    QStringList apiRules;
    QStringList canary;
    bool ownerLogsIn = false;
    QString ownerError;
};

struct Tally
{
    int run = 0;
    int passed = 0;
};

} // namespace

class TestSandboxHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rejected_data();
    void rejected();
    void storedLiterally_data();
    void storedLiterally();
    void passwordUsedLiterally();

private:
    Snapshot snapshot();
    QByteArray expand(QByteArray text) const;
    QByteArray authorization(Auth auth) const;
    bool compareSnapshots(const Snapshot &before, const Snapshot &after, QString *difference) const;

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    QString m_foreignAddon;
    QString m_foreignToken;
    QString m_ruleId;
    Snapshot m_baseline;
    QList<Case> m_cases;
    QMap<QByteArray, Tally> m_tally;
    QStringList m_log;
};

QByteArray TestSandboxHostile::expand(QByteArray text) const
{
    return text.replace("{A}", m_db.addonId.toUtf8())
            .replace("{APP}", m_db.appId.toUtf8())
            .replace("{OWNER}", m_db.ownerUser.toUtf8())
            .replace("{RULE}", m_ruleId.toUtf8())
            .replace("{FA}", m_foreignAddon.toUtf8());
}

QByteArray TestSandboxHostile::authorization(Auth auth) const
{
    const QByteArray header = b64url(R"({"alg":"HS256","typ":"JWT"})");
    switch (auth) {
    case Auth::Addon:
        return "Bearer " + m_db.addonToken.toLatin1();
    case Auth::None:
        return QByteArray();
    case Auth::Garbage:
        return "Bearer not-a-token";
    case Auth::AlgNone: {
        const QJsonObject claims = jwtPayload(m_db.addonToken);
        return "Bearer " + b64url(R"({"alg":"none","typ":"JWT"})") + '.' + b64url(json(claims)) + '.';
    }
    case Auth::Tampered: {
        QJsonObject claims = jwtPayload(m_db.addonToken);
        claims.insert(QStringLiteral("exp"), claims.value(QStringLiteral("exp")).toInteger() + 86400);
        const QByteArrayList parts = m_db.addonToken.toLatin1().split('.');
        return "Bearer " + parts[0] + '.' + b64url(json(claims)) + '.' + parts[2];
    }
    case Auth::Escalated: {
        QJsonObject claims = jwtPayload(m_db.jwt);
        claims.insert(QStringLiteral("scope"), QStringLiteral("addon"));
        claims.insert(QStringLiteral("addon"), m_db.addonId);
        claims.insert(QStringLiteral("app"), m_db.appId);
        const QByteArrayList parts = m_db.jwt.toLatin1().split('.');
        return "Bearer " + header + '.' + b64url(json(claims)) + '.' + parts[2];
    }
    case Auth::UserJwt:
        return "Bearer " + m_db.jwt.toLatin1();
    case Auth::ApiToken:
        return "Bearer " + m_sandbox.apiToken().toLatin1();
    case Auth::Foreign:
        return "Bearer " + m_foreignToken.toLatin1();
    case Auth::HugeHeader:
        return "Bearer " + QByteArray(48 * 1024, 'A');
    case Auth::BasicWrong:
        return "Basic " + QByteArray(":tk-us-wrong-token-0000000000").toBase64();
    case Auth::BasicNone:
        return "Bearer " + m_sandbox.apiToken().toLatin1();
    }
    return QByteArray();
}

Snapshot TestSandboxHostile::snapshot()
{
    Snapshot s;
    {
        PgSession owner(QStringLiteral("127.0.0.1"), m_db.port, m_db.pgDatabase, m_db.ownerUser, m_db.ownerPassword);
        s.ownerLogsIn = owner.ok();
        s.ownerError = owner.error();
        if (s.ownerLogsIn) {
            s.roles = owner.rows(QStringLiteral(
                    "SELECT rolname || ' login=' || rolcanlogin || ' super=' || rolsuper || ' createrole=' || "
                    "rolcreaterole || ' createdb=' || rolcreatedb || ' bypassrls=' || rolbypassrls || ' conn=' || "
                    "rolconnlimit || ' valid=' || coalesce(rolvaliduntil::text, '-') || ' cfg=' || "
                    "coalesce(array_to_string(rolconfig, ','), '-') FROM pg_roles ORDER BY rolname"));
            s.databases = owner.rows(QStringLiteral("SELECT datname FROM pg_database ORDER BY 1"));
            s.canary = owner.rows(QStringLiteral("SELECT id || ':' || note FROM canary ORDER BY id"));
        }
    }
    const auto su = superuser(m_sandbox, QStringLiteral("postgres"));
    if (su->ok()) {
        s.authid = su->rows(
                QStringLiteral("SELECT rolname || ' ' || coalesce(rolpassword, '-') FROM pg_authid ORDER BY rolname"));
        s.hba = su->rows(QStringLiteral(
                "SELECT type || ' ' || array_to_string(database, ',') || ' ' || array_to_string(user_name, ',') || "
                "' ' || coalesce(address, '') || ' ' || coalesce(netmask, '') || ' ' || auth_method || ' ' || "
                "coalesce(error, '') FROM pg_hba_file_rules ORDER BY line_number"));
    } else {
        s.authid = QStringList{QStringLiteral("<superuser unreachable: %1>").arg(su->error())};
    }
    const auto users = m_sandbox.get(QStringLiteral("/api/databases/%1/users").arg(m_db.addonId), m_db.addonToken);
    for (const QJsonValue v : users.json.value(QStringLiteral("database-users")).toArray())
        s.apiUsers.append(QString::fromUtf8(json(v.toObject())));
    if (users.status != 200)
        s.apiUsers.append(QStringLiteral("<status %1>").arg(users.status));
    const auto rules
            = m_sandbox.get(QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId), m_db.addonToken);
    for (const QJsonValue v : rules.json.value(QStringLiteral("rules")).toArray())
        s.apiRules.append(QString::fromUtf8(json(v.toObject())));
    if (rules.status != 200)
        s.apiRules.append(QStringLiteral("<status %1>").arg(rules.status));
    return s;
}

bool TestSandboxHostile::compareSnapshots(const Snapshot &before, const Snapshot &after, QString *difference) const
{
    const auto diff = [](const char *what, const QStringList &a, const QStringList &b) -> QString {
        if (a == b)
            return QString();
        QStringList gone, added;
        for (const QString &x : a)
            if (!b.contains(x))
                gone.append(x);
        for (const QString &x : b)
            if (!a.contains(x))
                added.append(x);
        return QStringLiteral("%1 changed: -[%2] +[%3]; ")
                .arg(QLatin1String(what), gone.join(QLatin1String(" | ")), added.join(QLatin1String(" | ")));
    };
    QString out;
    if (!after.ownerLogsIn)
        out += QStringLiteral("default user cannot log in: %1; ").arg(after.ownerError);
    out += diff("pg_roles", before.roles, after.roles);
    out += diff("pg_authid", before.authid, after.authid);
    out += diff("pg_database", before.databases, after.databases);
    out += diff("pg_hba_file_rules", before.hba, after.hba);
    out += diff("API users", before.apiUsers, after.apiUsers);
    out += diff("API rules", before.apiRules, after.apiRules);
    out += diff("canary", before.canary, after.canary);
    *difference = out;
    return out.isEmpty();
}

void TestSandboxHostile::initTestCase()
{
    // Another sandbox: its valid addon token and addon id stand for "a token for another addon".
    {
        SandboxProcess foreign;
        QVERIFY2(foreign.start(), qPrintable(foreign.errorString()));
        SandboxProcess::Database other;
        QVERIFY(foreign.discover(&other));
        m_foreignAddon = other.addonId;
        m_foreignToken = other.addonToken;
        QCOMPARE(foreign.stop(), 0);
    }
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    QVERIFY(m_foreignAddon != m_db.addonId);
    const QString rulesPath = QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId);
    QCOMPARE(m_sandbox
                     .post(rulesPath, m_db.addonToken,
                           {{QStringLiteral("type"), QStringLiteral("managed_range")},
                            {QStringLiteral("range_id"), QStringLiteral("mr-sandbox-local")}})
                     .status,
             201);
    const auto custom = m_sandbox.post(rulesPath, m_db.addonToken,
                                       {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                        {QStringLiteral("cidr"), QStringLiteral("10.200.0.0/16")},
                                        {QStringLiteral("label"), QStringLiteral("Existing rule")}});
    QCOMPARE(custom.status, 201);
    m_ruleId = custom.json.value(QStringLiteral("rule")).toObject().value(QStringLiteral("id")).toString();
    const auto user = m_sandbox.post(QStringLiteral("/api/databases/%1/users").arg(m_db.addonId), m_db.addonToken,
                                     {{QStringLiteral("database_user"),
                                       QJsonObject{{QStringLiteral("name"), QStringLiteral("hostile_target")},
                                                   {QStringLiteral("read_only"), true}}}});
    QCOMPARE(user.status, 201);
    {
        PgSession owner(QStringLiteral("127.0.0.1"), m_db.port, m_db.pgDatabase, m_db.ownerUser, m_db.ownerPassword);
        QVERIFY2(owner.ok(), qPrintable(owner.error()));
        QVERIFY2(owner.query(QStringLiteral("CREATE TABLE canary (id int PRIMARY KEY, note text NOT NULL); "
                                            "INSERT INTO canary VALUES (1, 'still here')")),
                 qPrintable(owner.lastError()));
    }
    QVERIFY2(superuser(m_sandbox, QStringLiteral("postgres"))->ok(),
             "the superuser socket is needed for pg_authid / pg_hba_file_rules (run as root or postgres)");
    m_baseline = snapshot();
    QVERIFY(m_baseline.ownerLogsIn);
    QCOMPARE(m_baseline.canary, QStringList{QStringLiteral("1:still here")});
    QVERIFY(m_baseline.hba.size() >= 3);
    m_cases = hostileCases();
}

void TestSandboxHostile::rejected_data()
{
    QTest::addColumn<int>("index");
    const QList<Case> cases = hostileCases();
    for (int i = 0; i < cases.size(); ++i)
        QTest::newRow(QByteArray(cases[i].group + ": " + cases[i].name).constData()) << i;
}

void TestSandboxHostile::rejected()
{
    QFETCH(int, index);
    const Case &c = m_cases.at(index);
    Tally &tally = m_tally[c.group];
    ++tally.run;
    QList<QPair<QByteArray, QByteArray>> headers{{"Content-Type", "application/json"}};
    const QByteArray auth = authorization(c.auth);
    if (!auth.isEmpty())
        headers.append({"Authorization", auth});
    const QByteArray target = expand(c.target);
    const Snapshot before = snapshot();
    const RawReply reply
            = rawRequest(static_cast<quint16>(m_sandbox.url().port()), c.method, target, headers, expand(c.body));
    m_log.append(QStringLiteral("%1 %2 -> %3")
                         .arg(QString::fromLatin1(c.method), QString::fromUtf8(target.left(100)))
                         .arg(reply.status));
    QVERIFY2(m_sandbox.isRunning(), "the sandbox died");
    QVERIFY2(!reply.timedOut, "no answer within 20 s");
    QVERIFY2(!reply.closedWithoutReply, "connection closed without an HTTP answer");
    QVERIFY2(
            reply.status >= 400 && reply.status < 500,
            qPrintable(QStringLiteral("status %1: %2 %3")
                               .arg(reply.status)
                               .arg(QString::fromUtf8(reply.head.left(100)), QString::fromUtf8(reply.body.left(300)))));
    if (c.expected)
        QVERIFY2(reply.status == c.expected,
                 qPrintable(QStringLiteral("status %1 (expected %2): %3")
                                    .arg(reply.status)
                                    .arg(c.expected)
                                    .arg(QString::fromUtf8(reply.body.left(300)))));
    // Error bodies are JSON objects with a message, never a stack trace or SQL text.
    if (c.method != "HEAD") {
        const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
        QVERIFY2(doc.isObject(), reply.body.left(200).constData());
        QVERIFY2(!reply.body.contains("ERROR:") && !reply.body.contains("syntax error")
                         && !reply.body.contains("pg_authid") && !reply.body.contains("QPSQL"),
                 reply.body.left(300).constData());
    }
    QString difference;
    QVERIFY2(compareSnapshots(before, snapshot(), &difference), qPrintable(difference));
    ++tally.passed;
}

void TestSandboxHostile::storedLiterally_data()
{
    QTest::addColumn<QString>("label");
    QTest::newRow("quote-drop") << QStringLiteral("'); DROP TABLE canary; --");
    QTest::newRow("dollar-quote") << QStringLiteral("$$; DROP ROLE hostile_target; $$");
    QTest::newRow("double-quote") << QStringLiteral("\"; DROP TABLE firewall_rules; --");
    QTest::newRow("backslash") << QStringLiteral("\\x27 OR 1=1 \\\\");
    QTest::newRow("percent-format") << QStringLiteral("%I %L %s %1 {} ${x}");
    QTest::newRow("hba-words") << QStringLiteral("host all all 0.0.0.0/0 trust");
    QTest::newRow("comment") << QStringLiteral("# include /etc/passwd");
    QTest::newRow("unicode") << QStringLiteral("Bureau \u2013 Z\u00fcrich \U0001F680 \u202e");
    QTest::newRow("100-chars") << QString(100, QLatin1Char('\''));
}

void TestSandboxHostile::storedLiterally()
{
    QFETCH(QString, label);
    Tally &tally = m_tally["stored literally"];
    ++tally.run;
    const QString rulesPath = QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId);
    const auto created = m_sandbox.post(rulesPath, m_db.addonToken,
                                        {{QStringLiteral("type"), QStringLiteral("custom_range")},
                                         {QStringLiteral("cidr"), QStringLiteral("10.77.0.0/16")},
                                         {QStringLiteral("label"), label}});
    QCOMPARE(created.status, 201);
    const QJsonObject rule = created.json.value(QStringLiteral("rule")).toObject();
    const QString id = rule.value(QStringLiteral("id")).toString();
    QCOMPARE(rule.value(QStringLiteral("label")).toString(), label);
    const auto list = m_sandbox.get(rulesPath, m_db.addonToken);
    bool found = false;
    for (const QJsonValue v : list.json.value(QStringLiteral("rules")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id) {
            QCOMPARE(v.toObject().value(QStringLiteral("label")).toString(), label);
            found = true;
        }
    }
    QVERIFY(found);
    // The label never reaches pg_hba.conf: exactly one new line, for the CIDR, all lines valid.
    const auto su = superuser(m_sandbox, QStringLiteral("postgres"));
    QCOMPARE(su->rows(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL")),
             QStringList{QStringLiteral("0")});
    QCOMPARE(su->rows(QStringLiteral("SELECT count(*) FROM pg_hba_file_rules")).value(0).toInt(),
             m_baseline.hba.size() + 1);
    QCOMPARE(su->rows(QStringLiteral("SELECT auth_method FROM pg_hba_file_rules WHERE address = '10.77.0.0'")),
             QStringList{QStringLiteral("scram-sha-256")});
    QCOMPARE(m_sandbox.del(rulesPath + QLatin1Char('/') + id, m_db.addonToken).status, 204);
    QString difference;
    QVERIFY2(compareSnapshots(m_baseline, snapshot(), &difference), qPrintable(difference));
    ++tally.passed;
}

void TestSandboxHostile::passwordUsedLiterally()
{
    Tally &tally = m_tally["stored literally"];
    ++tally.run;
    // No quotes (refused), but every other metacharacter: the server hashes it (SCRAM) and never splices it in SQL.
    const QString password = QStringLiteral("$$;ALTER ROLE hostile_target SUPERUSER;$$--\\%I%L");
    const auto patched = m_sandbox.patch(QStringLiteral("/api/databases/%1/users/hostile_target").arg(m_db.addonId),
                                         m_db.addonToken,
                                         {{QStringLiteral("database_user"),
                                           QJsonObject{{QStringLiteral("password"), password},
                                                       {QStringLiteral("password_confirmation"), password}}}});
    QCOMPARE(patched.status, 200);
    PgSession target(QStringLiteral("127.0.0.1"), m_db.port, m_db.pgDatabase, QStringLiteral("hostile_target"),
                     password);
    QVERIFY2(target.ok(), qPrintable(target.error()));
    QCOMPARE(target.rows(QStringLiteral("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")),
             QStringList{QStringLiteral("f")});
    QCOMPARE(target.rows(QStringLiteral("SELECT note FROM canary")), QStringList{QStringLiteral("still here")});
    // Only the password hash of hostile_target changed.
    Snapshot after = snapshot();
    QString difference;
    QVERIFY(!compareSnapshots(m_baseline, after, &difference));
    QVERIFY2(difference.startsWith(QLatin1String("pg_authid changed: -[hostile_target SCRAM-SHA-256$"))
                     && difference.count(QLatin1String("changed:")) == 1,
             qPrintable(difference));
    m_baseline = after;
    ++tally.passed;
}

void TestSandboxHostile::cleanupTestCase()
{
    int run = 0, passed = 0;
    qInfo().noquote() << "\nHostile inputs at the sandbox";
    qInfo().noquote() << QStringLiteral("%1 %2 %3")
                                 .arg(QStringLiteral("group"), -22)
                                 .arg(QStringLiteral("run"), 5)
                                 .arg(QStringLiteral("passed"), 7);
    for (auto it = m_tally.cbegin(); it != m_tally.cend(); ++it) {
        qInfo().noquote() << QStringLiteral("%1 %2 %3")
                                     .arg(QString::fromLatin1(it.key()), -22)
                                     .arg(it.value().run, 5)
                                     .arg(it.value().passed, 7);
        run += it.value().run;
        passed += it.value().passed;
    }
    qInfo().noquote() << QStringLiteral("%1 %2 %3").arg(QStringLiteral("total"), -22).arg(run, 5).arg(passed, 7);
    if (qEnvironmentVariableIsSet("GATEHOUSE_HOSTILE_VERBOSE"))
        qInfo().noquote() << m_log.join(QLatin1Char('\n'));
    QCOMPARE(m_sandbox.stop(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxHostile)
#include "tst_sandbox_hostile.moc"
