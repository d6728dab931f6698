// Issue 16 item 3: the CIDR assistant's pure parts: special-purpose ranges, how a new network relates to existing
// rules, and the bulk-add parser and review (duplicates, covered lines, quota, private warnings).
#include "domain/bulkrules.h"
#include "domain/cidrrelations.h"
#include "testrules.h"

#include <QTest>

Q_DECLARE_METATYPE(Cidr::Scope)

using TestRules::custom;
using TestRules::managed;

namespace {
QList<FirewallRule> rules(int count)
{
    QList<FirewallRule> list;
    for (int i = 0; i < count; ++i)
        list.append(custom(QString::number(i), QStringLiteral("198.51.%1.0/24").arg(i)));
    return list;
}

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

QStringList texts(const QList<BulkRuleLine> &lines)
{
    QStringList list;
    for (const BulkRuleLine &line : lines)
        list << line.text;
    return list;
}
} // namespace

class TestCidrAssistant : public QObject
{
    Q_OBJECT

private slots:
    void scopes_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<Cidr::Scope>("scope");
        using S = Cidr::Scope;
        QTest::newRow("10/8") << QStringLiteral("10.0.0.0/8") << S::Private;
        QTest::newRow("10 host") << QStringLiteral("10.20.30.40") << S::Private;
        QTest::newRow("172.16/12 first") << QStringLiteral("172.16.0.1") << S::Private;
        QTest::newRow("172.16/12 last") << QStringLiteral("172.31.255.255") << S::Private;
        QTest::newRow("172.32 public") << QStringLiteral("172.32.0.1") << S::Public;
        QTest::newRow("172.15 public") << QStringLiteral("172.15.255.255") << S::Public;
        QTest::newRow("192.168/24") << QStringLiteral("192.168.1.0/24") << S::Private;
        QTest::newRow("192.169 public") << QStringLiteral("192.169.0.0/16") << S::Public;
        QTest::newRow("100.64/10") << QStringLiteral("100.64.0.0/10") << S::Shared;
        QTest::newRow("100.127.x") << QStringLiteral("100.127.255.1") << S::Shared;
        QTest::newRow("100.128 public") << QStringLiteral("100.128.0.1") << S::Public;
        QTest::newRow("127/8") << QStringLiteral("127.0.0.1") << S::Loopback;
        QTest::newRow("169.254/16") << QStringLiteral("169.254.10.0/24") << S::LinkLocal;
        QTest::newRow("224/4") << QStringLiteral("224.0.0.251") << S::Multicast;
        QTest::newRow("239.x") << QStringLiteral("239.255.255.250") << S::Multicast;
        QTest::newRow("240/4") << QStringLiteral("240.0.0.0/4") << S::Reserved;
        QTest::newRow("broadcast") << QStringLiteral("255.255.255.255") << S::Reserved;
        QTest::newRow("public host") << QStringLiteral("203.0.113.7") << S::Public;
        QTest::newRow("wider than a block") << QStringLiteral("10.0.0.0/7") << S::Public;
        QTest::newRow("everything") << QStringLiteral("0.0.0.0/0") << S::Public;
    }
    void scopes()
    {
        QFETCH(QString, cidr);
        QFETCH(Cidr::Scope, scope);
        const auto parsed = Cidr::parse(cidr);
        QVERIFY(parsed);
        QCOMPARE(parsed->scope(), scope);
        QCOMPARE(Cidr::scopeWarning(scope).isEmpty(), scope == Cidr::Scope::Public);
        if (scope != Cidr::Scope::Public)
            QVERIFY(parsed->scopeBlock().contains(*parsed));
    }

    void relations()
    {
        const QList<FirewallRule> existing{
                custom(QStringLiteral("a"), QStringLiteral("203.0.113.0/24"), QStringLiteral("Office")),
                custom(QStringLiteral("b"), QStringLiteral("198.51.100.7/32")),
                custom(QStringLiteral("c"), QStringLiteral("198.51.100.9/32")), managed(QStringLiteral("m")),
                custom(QStringLiteral("bad"), QStringLiteral("not a cidr"))};
        auto kinds = [&](const QString &cidr) {
            QStringList list;
            for (const CidrRelation &r : CidrRelation::of(*Cidr::parse(cidr), existing))
                list << QStringLiteral("%1:%2").arg(r.rule.id).arg(int(r.kind));
            return list;
        };
        using K = CidrRelation::Kind;
        QCOMPARE(kinds(QStringLiteral("203.0.113.0/24")), QStringList{QStringLiteral("a:%1").arg(int(K::Same))});
        QCOMPARE(kinds(QStringLiteral("203.0.113.9")), QStringList{QStringLiteral("a:%1").arg(int(K::CoveredBy))});
        QCOMPARE(kinds(QStringLiteral("198.51.100.0/24")),
                 (QStringList{QStringLiteral("b:%1").arg(int(K::Covers)), QStringLiteral("c:%1").arg(int(K::Covers))}));
        QVERIFY(kinds(QStringLiteral("192.0.2.0/24")).isEmpty());
    }

    void parsesLiberally_data()
    {
        QTest::addColumn<QString>("paste");
        QTest::addColumn<QStringList>("addresses");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<int>("skipped");
        QTest::newRow("one per line") << QStringLiteral("203.0.113.7\n198.51.100.0/24\r\n\n  192.0.2.1  ")
                                      << strings({"203.0.113.7", "198.51.100.0/24", "192.0.2.1"})
                                      << strings({"", "", ""}) << 0;
        QTest::newRow("commas and semicolons")
                << QStringLiteral("203.0.113.7, 198.51.100.0/24;192.0.2.1")
                << strings({"203.0.113.7", "198.51.100.0/24", "192.0.2.1"}) << strings({"", "", ""}) << 0;
        QTest::newRow("table with header")
                << QStringLiteral("Label\tCIDR\nOffice\t203.0.113.0/24\nHome of Ana\t198.51.100.7\n")
                << strings({"203.0.113.0/24", "198.51.100.7"}) << strings({"Office", "Home of Ana"}) << 1;
        QTest::newRow("markdown table") << QStringLiteral(
                "| CIDR | Label |\n|---|---|\n| 203.0.113.0 / 24 | VPN v2.1 |")
                                        << strings({"203.0.113.0 / 24"}) << strings({"VPN v2.1"}) << 2;
        QTest::newRow("csv label first") << QStringLiteral("\"Paris office\",203.0.113.0/24")
                                         << strings({"203.0.113.0/24"}) << strings({"Paris office"}) << 0;
        QTest::newRow("broken ones kept")
                << QStringLiteral("300.1.2.3\n203.0.113\n10.0.0.1:5432\n2001:db8::/32\n010.1.1.1")
                << strings({"300.1.2.3", "203.0.113", "10.0.0.1:5432", "2001:db8::/32", "010.1.1.1"})
                << strings({"", "", "", "", ""}) << 0;
        QTest::newRow("times are not IPv6")
                << QStringLiteral("203.0.113.7 added 2026-12-01 10:32:05") << strings({"203.0.113.7"})
                << strings({"added 2026-12-01 10:32:05"}) << 0;
    }
    void parsesLiberally()
    {
        QFETCH(QString, paste);
        QFETCH(QStringList, addresses);
        QFETCH(QStringList, labels);
        QFETCH(int, skipped);
        int skippedLines = -1;
        const QList<BulkRuleLine> lines = BulkRules::parse(paste, &skippedLines);
        QCOMPARE(texts(lines), addresses);
        QStringList gotLabels;
        for (const BulkRuleLine &line : lines)
            gotLabels << line.label;
        QCOMPARE(gotLabels, labels);
        QCOMPARE(skippedLines, skipped);
    }

    void verdicts()
    {
        using V = BulkRuleLine::Verdict;
        const QList<FirewallRule> existing{
                custom(QStringLiteral("a"), QStringLiteral("203.0.113.0/24"), QStringLiteral("Office")),
                custom(QStringLiteral("b"), QStringLiteral("198.51.100.7/32"))};
        QList<BulkRuleLine> lines = BulkRules::parse(QStringLiteral("192.0.2.1\n" // ok
                                                                    "300.1.1.1\n" // invalid
                                                                    "192.0.2.1\n" // duplicate of line 1
                                                                    "203.0.113.0/24\n" // exists
                                                                    "203.0.113.9\n" // covered by rule a
                                                                    "192.168.1.0/24\n" // private warning
                                                                    "198.51.100.0/24\n" // ok, covers rule b
                                                                    "198.51.100.20\n" // covered by line 7
                                                                    "192.0.2.64/25\n" // host bits
                                                                    "0.0.0.0/0\n")); // never in bulk
        BulkRules::selectDefaults(lines, existing, 30);
        QList<V> got;
        QList<bool> ticked;
        for (const BulkRuleLine &line : std::as_const(lines)) {
            got << line.verdict;
            ticked << line.selected;
        }
        QCOMPARE(got,
                 (QList<V>{V::Ok, V::Invalid, V::Duplicate, V::Exists, V::Covered, V::PrivateRange, V::Ok, V::Covered,
                           V::Invalid, V::Invalid}));
        QCOMPARE(ticked, (QList<bool>{true, false, false, false, false, true, true, false, false, false}));
        QVERIFY2(lines.at(2).reason.contains(QLatin1String("line 1")), qPrintable(lines.at(2).reason));
        QVERIFY(lines.at(4).reason.contains(QLatin1String("Office")));
        QVERIFY2(lines.at(6).reason.contains(QLatin1String("198.51.100.7/32")), qPrintable(lines.at(6).reason));
        QVERIFY(lines.at(7).reason.contains(QLatin1String("line 7")));
        QVERIFY(lines.at(8).reason.contains(QLatin1String("192.0.2.0/25")));
        QCOMPARE(BulkRules::selectedCount(lines), 3);
        QVERIFY(!BulkRules::isOverQuota(lines));
        QCOMPARE(lines.at(6).rule().cidr, QStringLiteral("198.51.100.0/24"));

        // Unticking the wider line uncovers the narrower one; a covered line may be ticked anyway.
        lines[6].selected = false;
        BulkRules::review(lines, existing, 30);
        QCOMPARE(lines.at(7).verdict, V::Ok);
        lines[4].selected = true;
        BulkRules::review(lines, existing, 30);
        QVERIFY(lines.at(4).selected);
        // Unselectable lines cannot be ticked.
        lines[1].selected = true;
        lines[2].selected = true;
        BulkRules::review(lines, existing, 30);
        QVERIFY(!lines.at(1).selected && !lines.at(2).selected);
    }

    void quota()
    {
        using V = BulkRuleLine::Verdict;
        QList<FirewallRule> existing = rules(27);
        existing.append(managed(QStringLiteral("m"))); // managed rules count too: 28 of 30
        QList<BulkRuleLine> lines = BulkRules::parse(QStringLiteral("192.0.2.1, 192.0.2.2, 192.0.2.3, 192.0.2.4"));
        BulkRules::selectDefaults(lines, existing, 30);
        QCOMPARE(lines.at(0).verdict, V::Ok);
        QCOMPARE(lines.at(1).verdict, V::Ok);
        QCOMPARE(lines.at(2).verdict, V::OverQuota);
        QCOMPARE(lines.at(3).verdict, V::OverQuota);
        QVERIFY(BulkRules::isOverQuota(lines));
        QVERIFY(lines.at(2).reason.contains(QLatin1String("30")));
        // Unticking two lines brings it under the quota; the unticked ones are no longer "over".
        lines[0].selected = false;
        lines[3].selected = false;
        BulkRules::review(lines, existing, 30);
        QVERIFY(!BulkRules::isOverQuota(lines));
        QCOMPARE(lines.at(2).verdict, V::Ok);
        QCOMPARE(lines.at(3).verdict, V::Ok);
        QCOMPARE(BulkRules::selectedCount(lines), 2);
    }
};

QTEST_GUILESS_MAIN(TestCidrAssistant)
#include "tst_cidrassistant.moc"
