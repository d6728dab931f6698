// Cidr: parsing as users type it (spaces, bare addresses, host bits), the errors they see, and network arithmetic.
#include "domain/cidr.h"

#include <QTest>
#include <QVariant>

class TestCidr : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data();
    void parsesValid();
    void canonicalNetwork_data();
    void canonicalNetwork();
    void rejects_data();
    void rejects();
    void errorIsOptionalAndClearedOnSuccess();
    void containsAndOverlaps_data();
    void containsAndOverlaps();
    void containsHostAddress();
    void addressCounts();
    void equalityAndConstruction();
    void travelsInQVariant();
};

void TestCidr::parsesValid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<bool>("hostBits");
    QTest::addColumn<quint64>("count");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");

    QTest::newRow("bare ip") << QStringLiteral("203.0.113.7") << QStringLiteral("203.0.113.7/32") << 32 << false
                             << quint64(1) << QStringLiteral("203.0.113.7") << QStringLiteral("203.0.113.7");
    QTest::newRow("bare 0.0.0.0") << QStringLiteral("0.0.0.0") << QStringLiteral("0.0.0.0/32") << 32 << false
                                  << quint64(1) << QStringLiteral("0.0.0.0") << QStringLiteral("0.0.0.0");
    QTest::newRow("/24 with spaces") << QStringLiteral("  198.51.100.0/24  ") << QStringLiteral("198.51.100.0/24") << 24
                                     << false << quint64(256) << QStringLiteral("198.51.100.0")
                                     << QStringLiteral("198.51.100.255");
    QTest::newRow("spaces around slash") << QStringLiteral("198.51.100.0 / 24") << QStringLiteral("198.51.100.0/24")
                                         << 24 << false << quint64(256) << QStringLiteral("198.51.100.0")
                                         << QStringLiteral("198.51.100.255");
    QTest::newRow("tabs and newline") << QStringLiteral("\t172.16.0.0/12\n") << QStringLiteral("172.16.0.0/12") << 12
                                      << false << quint64(1048576) << QStringLiteral("172.16.0.0")
                                      << QStringLiteral("172.31.255.255");
    QTest::newRow("/0") << QStringLiteral("0.0.0.0/0") << QStringLiteral("0.0.0.0/0") << 0 << false
                        << quint64(4294967296ULL) << QStringLiteral("0.0.0.0") << QStringLiteral("255.255.255.255");
    QTest::newRow("/32") << QStringLiteral("255.255.255.255/32") << QStringLiteral("255.255.255.255/32") << 32 << false
                         << quint64(1) << QStringLiteral("255.255.255.255") << QStringLiteral("255.255.255.255");
    QTest::newRow("/25 upper half") << QStringLiteral("192.168.1.128/25") << QStringLiteral("192.168.1.128/25") << 25
                                    << false << quint64(128) << QStringLiteral("192.168.1.128")
                                    << QStringLiteral("192.168.1.255");
    QTest::newRow("/31") << QStringLiteral("10.0.0.2/31") << QStringLiteral("10.0.0.2/31") << 31 << false << quint64(2)
                         << QStringLiteral("10.0.0.2") << QStringLiteral("10.0.0.3");
    QTest::newRow("host bits /8") << QStringLiteral("10.1.2.3/8") << QStringLiteral("10.1.2.3/8") << 8 << true
                                  << quint64(16777216) << QStringLiteral("10.0.0.0")
                                  << QStringLiteral("10.255.255.255");
    QTest::newRow("host bits /0") << QStringLiteral("1.2.3.4/0") << QStringLiteral("1.2.3.4/0") << 0 << true
                                  << quint64(4294967296ULL) << QStringLiteral("0.0.0.0")
                                  << QStringLiteral("255.255.255.255");
    QTest::newRow("zero octets") << QStringLiteral("0.0.0.0/8") << QStringLiteral("0.0.0.0/8") << 8 << false
                                 << quint64(16777216) << QStringLiteral("0.0.0.0") << QStringLiteral("0.255.255.255");
    QTest::newRow("prefix with leading zero")
            << QStringLiteral("10.0.0.0/08") << QStringLiteral("10.0.0.0/8") << 8 << false << quint64(16777216)
            << QStringLiteral("10.0.0.0") << QStringLiteral("10.255.255.255");
}

void TestCidr::parsesValid()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(int, prefix);
    QFETCH(bool, hostBits);
    QFETCH(quint64, count);
    QFETCH(QString, first);
    QFETCH(QString, last);

    QString error = QStringLiteral("stale");
    const std::optional<Cidr> cidr = Cidr::parse(input, &error);
    QVERIFY2(cidr.has_value(), qPrintable(error));
    QCOMPARE(cidr->toString(), text);
    QCOMPARE(cidr->prefix(), prefix);
    QCOMPARE(cidr->hasHostBits(), hostBits);
    QCOMPARE(cidr->addressCount(), count);
    QCOMPARE(cidr->firstAddress().toString(), first);
    QCOMPARE(cidr->lastAddress().toString(), last);
    // toString() is parseable again and gives the same value.
    QCOMPARE(Cidr::parse(cidr->toString()), cidr);
}

void TestCidr::canonicalNetwork_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("network");
    QTest::newRow("/8") << QStringLiteral("10.1.2.3/8") << QStringLiteral("10.0.0.0/8");
    QTest::newRow("/26") << QStringLiteral("192.168.1.77/26") << QStringLiteral("192.168.1.64/26");
    QTest::newRow("/0") << QStringLiteral("1.2.3.4/0") << QStringLiteral("0.0.0.0/0");
    QTest::newRow("/32 unchanged") << QStringLiteral("1.2.3.4") << QStringLiteral("1.2.3.4/32");
    QTest::newRow("already canonical") << QStringLiteral("203.0.113.0/24") << QStringLiteral("203.0.113.0/24");
}

void TestCidr::canonicalNetwork()
{
    QFETCH(QString, input);
    QFETCH(QString, network);
    const auto cidr = Cidr::parse(input);
    QVERIFY(cidr);
    const Cidr canonical = cidr->network();
    QCOMPARE(canonical.toString(), network);
    QVERIFY(!canonical.hasHostBits());
    QCOMPARE(canonical.prefix(), cidr->prefix());
    QCOMPARE(canonical.addressCount(), cidr->addressCount());
}

void TestCidr::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorPart"); // a fragment of the (source-language) message the user sees

    QTest::newRow("empty") << QString() << QStringLiteral("Enter an IPv4 address");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("Enter an IPv4 address");
    QTest::newRow("three numbers") << QStringLiteral("1.2.3") << QStringLiteral("four numbers");
    QTest::newRow("five numbers") << QStringLiteral("1.2.3.4.5") << QStringLiteral("four numbers");
    QTest::newRow("trailing dot") << QStringLiteral("1.2.3.4.") << QStringLiteral("four numbers");
    QTest::newRow("word") << QStringLiteral("localhost") << QStringLiteral("four numbers");
    QTest::newRow("only prefix") << QStringLiteral("/24") << QStringLiteral("four numbers");
    QTest::newRow("empty octet") << QStringLiteral("1..2.3") << QStringLiteral("1..2.3 is not an IPv4 address");
    QTest::newRow("letters") << QStringLiteral("a.b.c.d") << QStringLiteral("is not an IPv4 address");
    QTest::newRow("negative octet") << QStringLiteral("1.2.3.-4") << QStringLiteral("is not an IPv4 address");
    QTest::newRow("inner space") << QStringLiteral("1.2.3.4 5") << QStringLiteral("is not an IPv4 address");
    QTest::newRow("256") << QStringLiteral("256.1.1.1") << QStringLiteral("256 is too large");
    QTest::newRow("1000") << QStringLiteral("1.2.3.1000") << QStringLiteral("1000 is too large");
    QTest::newRow("huge") << QStringLiteral("99999999999.1.1.1") << QStringLiteral("is too large");
    QTest::newRow("leading zero") << QStringLiteral("010.0.0.1") << QStringLiteral("write 10 instead");
    QTest::newRow("leading zero last") << QStringLiteral("1.2.3.04/32") << QStringLiteral("04 has a leading zero");
    QTest::newRow("double zero") << QStringLiteral("00.1.2.3") << QStringLiteral("write 0 instead");
    QTest::newRow("prefix 33") << QStringLiteral("1.2.3.4/33") << QStringLiteral("from 0 to 32, not 33");
    QTest::newRow("prefix -1") << QStringLiteral("1.2.3.4/-1") << QStringLiteral("from 0 to 32, not -1");
    QTest::newRow("prefix word") << QStringLiteral("1.2.3.4/ab") << QStringLiteral("from 0 to 32");
    QTest::newRow("prefix huge") << QStringLiteral("1.2.3.4/99999999999") << QStringLiteral("from 0 to 32");
    QTest::newRow("non-ascii digit") << QStringLiteral("1.2.3.4/\u0663") << QStringLiteral("from 0 to 32");
    QTest::newRow("missing prefix") << QStringLiteral("1.2.3.4/") << QStringLiteral("is missing");
    QTest::newRow("two slashes") << QStringLiteral("1.2.3.4/24/8") << QStringLiteral("single \"/\"");
    QTest::newRow("ipv6 loopback") << QStringLiteral("::1") << QStringLiteral("IPv6");
    QTest::newRow("ipv6 network") << QStringLiteral("2001:db8::/32") << QStringLiteral("IPv6");
    QTest::newRow("ipv4-mapped ipv6") << QStringLiteral("::ffff:1.2.3.4") << QStringLiteral("IPv6");
    QTest::newRow("ip:port") << QStringLiteral("1.2.3.4:5432") << QStringLiteral("Remove the port (\":5432\")");
}

void TestCidr::rejects()
{
    QFETCH(QString, input);
    QFETCH(QString, errorPart);
    QString error;
    const std::optional<Cidr> cidr = Cidr::parse(input, &error);
    QVERIFY2(!cidr, qPrintable(cidr ? cidr->toString() : QString()));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestCidr::errorIsOptionalAndClearedOnSuccess()
{
    QVERIFY(!Cidr::parse(QStringLiteral("1.2.3"), nullptr));
    QVERIFY(!Cidr::parse(QStringLiteral("1.2.3")));
    QString error;
    QVERIFY(!Cidr::parse(QStringLiteral("1.2.3"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(Cidr::parse(QStringLiteral("1.2.3.4"), &error));
    QVERIFY(error.isEmpty());
}

void TestCidr::containsAndOverlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aContainsB");
    QTest::addColumn<bool>("bContainsA");
    QTest::addColumn<bool>("overlap");

    const auto row = [](const char *name, const char *a, const char *b, bool ab, bool ba, bool overlap) {
        QTest::newRow(name) << QString::fromLatin1(a) << QString::fromLatin1(b) << ab << ba << overlap;
    };
    row("/8 vs /16 inside", "10.0.0.0/8", "10.1.0.0/16", true, false, true);
    row("disjoint /8", "10.0.0.0/8", "11.0.0.0/8", false, false, false);
    row("/0 vs host", "0.0.0.0/0", "203.0.113.7", true, false, true);
    row("/0 vs /0", "0.0.0.0/0", "0.0.0.0/0", true, true, true);
    row("identical /24", "192.168.1.0/24", "192.168.1.0/24", true, true, true);
    row("halves of a /24", "192.168.1.0/25", "192.168.1.128/25", false, false, false);
    row("last address inside", "192.168.1.0/24", "192.168.1.255", true, false, true);
    row("next network's first address", "192.168.1.0/24", "192.168.2.0", false, false, false);
    row("previous network's last address", "192.168.1.0/24", "192.168.0.255", false, false, false);
    row("host bits use the network", "10.1.2.3/8", "10.200.0.0/16", true, false, true);
    row("/12 edge inside", "172.16.0.0/12", "172.31.255.255/32", true, false, true);
    row("/12 edge outside", "172.16.0.0/12", "172.32.0.0/32", false, false, false);
    row("same host", "1.2.3.4", "1.2.3.4/32", true, true, true);
    row("different hosts", "1.2.3.4", "1.2.3.5", false, false, false);
    row("wider /23 over /24", "192.168.0.0/24", "192.168.0.0/23", false, true, true);
}

void TestCidr::containsAndOverlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, aContainsB);
    QFETCH(bool, bContainsA);
    QFETCH(bool, overlap);
    const auto ca = Cidr::parse(a);
    const auto cb = Cidr::parse(b);
    QVERIFY(ca && cb);
    QCOMPARE(ca->contains(*cb), aContainsB);
    QCOMPARE(cb->contains(*ca), bContainsA);
    QCOMPARE(ca->overlaps(*cb), overlap);
    QCOMPARE(cb->overlaps(*ca), overlap); // symmetric
}

void TestCidr::containsHostAddress()
{
    const auto net = Cidr::parse(QStringLiteral("10.0.0.0/8"));
    QVERIFY(net);
    QVERIFY(net->contains(QHostAddress(QStringLiteral("10.20.30.40"))));
    QVERIFY(!net->contains(QHostAddress(QStringLiteral("11.0.0.0"))));
    QVERIFY(net->contains(QHostAddress(QStringLiteral("::ffff:10.0.0.1")))); // IPv4-mapped: same address
    QVERIFY(!net->contains(QHostAddress(QStringLiteral("::1"))));
    QVERIFY(!net->contains(QHostAddress()));
}

void TestCidr::addressCounts()
{
    for (int prefix = 0; prefix <= 32; ++prefix) {
        const auto cidr = Cidr::parse(QStringLiteral("0.0.0.0/%1").arg(prefix));
        QVERIFY(cidr);
        QCOMPARE(cidr->addressCount(), quint64(1) << (32 - prefix));
    }
    QCOMPARE(Cidr::parse(QStringLiteral("0.0.0.0/0"))->addressCount(), quint64(4294967296ULL));
    QCOMPARE(Cidr::parse(QStringLiteral("0.0.0.0/1"))->addressCount(), quint64(2147483648ULL));
    QCOMPARE(Cidr::parse(QStringLiteral("10.0.0.0/16"))->addressCount(), quint64(65536));
    QCOMPARE(Cidr::parse(QStringLiteral("10.0.0.0/31"))->addressCount(), quint64(2));
    QCOMPARE(Cidr::parse(QStringLiteral("10.0.0.1"))->addressCount(), quint64(1));
}

void TestCidr::equalityAndConstruction()
{
    QCOMPARE(Cidr::parse(QStringLiteral("10.0.0.0/8")), Cidr::parse(QStringLiteral(" 10.0.0.0/8 ")));
    QCOMPARE(Cidr::parse(QStringLiteral("10.0.0.0/8")), std::optional<Cidr>(Cidr(0x0A000000u, 8)));
    // Exact values: a typed address with host bits is not the same value as its network.
    QVERIFY(*Cidr::parse(QStringLiteral("10.0.0.1/8")) != *Cidr::parse(QStringLiteral("10.0.0.0/8")));
    QVERIFY(*Cidr::parse(QStringLiteral("10.0.0.0/8")) != *Cidr::parse(QStringLiteral("10.0.0.0/9")));
    QCOMPARE(Cidr(0x0A000000u, 40).prefix(), 32);
    QCOMPARE(Cidr(0x0A000000u, -1).prefix(), 0);
    QCOMPARE(Cidr().toString(), QStringLiteral("0.0.0.0/0"));
    QCOMPARE(Cidr(0xC0A80101u, 24).netmask(), 0xFFFFFF00u);
    QCOMPARE(Cidr(0xC0A80101u, 0).netmask(), 0u);
    QCOMPARE(Cidr(0xC0A80101u, 32).netmask(), 0xFFFFFFFFu);
}

void TestCidr::travelsInQVariant()
{
    const Cidr cidr = *Cidr::parse(QStringLiteral("192.168.1.0/24"));
    const QVariant variant = QVariant::fromValue(cidr);
    QVERIFY(variant.canConvert<Cidr>());
    QCOMPARE(variant.value<Cidr>(), cidr);
}

QTEST_APPLESS_MAIN(TestCidr)
#include "tst_cidr.moc"
