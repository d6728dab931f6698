// FirewallRulesModel's answer to "which rules let this address in", from what the API tells only: custom rules by
// CIDR containment; managed ranges carry no addresses in the API, so they are never guessed (Unknown).
#include "models/firewallrulesmodel.h"
#include "testrules.h"

#include <QAbstractItemModelTester>
#include <QtTest>

using TestRules::custom;
using TestRules::managed;
using TestRules::RulesModel;

using Admission = FirewallRulesModel::Admission;
Q_DECLARE_METATYPE(FirewallRule::Type)

class TestFirewallRulesModel : public QObject
{
    Q_OBJECT

private slots:
    void admission_data();
    void admission();
    void rulesAdmitting();
    void lastRuleAdmitting();
};

void TestFirewallRulesModel::admission_data()
{
    QTest::addColumn<FirewallRule::Type>("type");
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("address");
    QTest::addColumn<Admission>("expected");
    const auto Custom = FirewallRule::Type::Custom;
    const auto Managed = FirewallRule::Type::Managed;
    QTest::newRow("exact /32") << Custom << QStringLiteral("203.0.113.7/32") << QStringLiteral("203.0.113.7")
                               << Admission::Yes;
    QTest::newRow("inside /24") << Custom << QStringLiteral("203.0.113.0/24") << QStringLiteral("203.0.113.200")
                                << Admission::Yes;
    QTest::newRow("host bits in rule") << Custom << QStringLiteral("203.0.113.9/24") << QStringLiteral("203.0.113.200")
                                       << Admission::Yes;
    QTest::newRow("everyone") << Custom << QStringLiteral("0.0.0.0/0") << QStringLiteral("198.51.100.1")
                              << Admission::Yes;
    QTest::newRow("outside") << Custom << QStringLiteral("203.0.113.0/24") << QStringLiteral("203.0.114.1")
                             << Admission::No;
    QTest::newRow("loopback rule, public address")
            << Custom << QStringLiteral("127.0.0.1/32") << QStringLiteral("203.0.113.7") << Admission::No;
    QTest::newRow("unreadable rule") << Custom << QStringLiteral("not a cidr") << QStringLiteral("203.0.113.7")
                                     << Admission::No;
    // The API lists managed ranges by id and name only: whatever the range, it is not known to admit us.
    QTest::newRow("managed, any id") << Managed << QStringLiteral("") << QStringLiteral("203.0.113.7")
                                     << Admission::Unknown;
    QTest::newRow("managed, loopback") << Managed << QStringLiteral("") << QStringLiteral("127.0.0.1")
                                       << Admission::Unknown;
    QTest::newRow("address unknown") << Custom << QStringLiteral("0.0.0.0/0") << QStringLiteral("")
                                     << Admission::Unknown;
    QTest::newRow("address IPv6") << Custom << QStringLiteral("0.0.0.0/0") << QStringLiteral("::1")
                                  << Admission::Unknown;
    QTest::newRow("address is a network")
            << Custom << QStringLiteral("10.0.0.0/8") << QStringLiteral("10.0.0.0/16") << Admission::Unknown;
}

void TestFirewallRulesModel::admission()
{
    QFETCH(FirewallRule::Type, type);
    QFETCH(QString, cidr);
    QFETCH(QString, address);
    QFETCH(Admission, expected);
    QCOMPARE(FirewallRulesModel::admission(type, cidr, address), expected);
}

void TestFirewallRulesModel::rulesAdmitting()
{
    RulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRules({custom(QStringLiteral("fw-office"), QStringLiteral("10.0.0.0/8")),
                    custom(QStringLiteral("fw-home"), QStringLiteral("203.0.113.7/32")),
                    managed(QStringLiteral("fw-region"), QStringLiteral("mr-scalingo-osc-fr1")),
                    custom(QStringLiteral("fw-wide"), QStringLiteral("203.0.113.0/24"))});
    QCOMPARE(model.rulesAdmitting(QStringLiteral("203.0.113.7")),
             (QStringList{QStringLiteral("fw-home"), QStringLiteral("fw-wide")}));
    QCOMPARE(model.rulesAdmitting(QStringLiteral("10.20.30.40")), QStringList{QStringLiteral("fw-office")});
    QVERIFY(model.rulesAdmitting(QStringLiteral("198.51.100.1")).isEmpty()); // the managed range is not guessed
    QVERIFY(model.rulesAdmitting(QString()).isEmpty());
}

void TestFirewallRulesModel::lastRuleAdmitting()
{
    RulesModel model;
    model.setRules({custom(QStringLiteral("fw-home"), QStringLiteral("203.0.113.7/32")),
                    managed(QStringLiteral("fw-region"), QStringLiteral("mr-scalingo-osc-fr1")),
                    custom(QStringLiteral("fw-office"), QStringLiteral("10.0.0.0/8"))});
    QVERIFY(model.isLastRuleAdmitting(QStringLiteral("fw-home"), QStringLiteral("203.0.113.7")));
    QVERIFY(!model.isLastRuleAdmitting(QStringLiteral("fw-office"), QStringLiteral("203.0.113.7")));
    QVERIFY(!model.isLastRuleAdmitting(QStringLiteral("fw-region"), QStringLiteral("203.0.113.7")));
    QVERIFY(!model.isLastRuleAdmitting(QStringLiteral("fw-home"), QString())); // address not known yet

    // A second rule that admits the same address: deleting either one keeps the door open.
    model.setRules({custom(QStringLiteral("fw-home"), QStringLiteral("203.0.113.7/32")),
                    custom(QStringLiteral("fw-wide"), QStringLiteral("203.0.113.0/24"))});
    QVERIFY(!model.isLastRuleAdmitting(QStringLiteral("fw-home"), QStringLiteral("203.0.113.7")));
    QVERIFY(!model.isLastRuleAdmitting(QStringLiteral("fw-wide"), QStringLiteral("203.0.113.7")));
}

QTEST_GUILESS_MAIN(TestFirewallRulesModel)
#include "tst_firewallrulesmodel.moc"
