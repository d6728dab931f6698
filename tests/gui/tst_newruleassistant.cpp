// Issue 16 item 3, the New rule dialog's assistant: private, shared, loopback, link-local, multicast and reserved
// ranges are warned about (the rule can still be added) with "Use my public IP instead", which uses the address the
// page gives (asked for once with publicIpWanted()); a new rule covered by an existing one, or covering existing
// ones, says so; 0.0.0.0/0 still needs its explicit confirmation.
#include "messagebanner.h"
#include "newruledialog.h"
#include "testrules.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using TestRules::custom;

class TestNewRuleAssistant : public QObject
{
    Q_OBJECT

private:
    struct Ui
    {
        QLineEdit *cidr;
        MessageBanner *scope;
        QPushButton *usePublicIp;
        QPushButton *ok;
        QLabel *help;
    };
    static Ui find(NewRuleDialog &d)
    {
        return {d.findChild<QLineEdit *>(QStringLiteral("cidrEdit")),
                d.findChild<MessageBanner *>(QStringLiteral("scopeBanner")),
                d.findChild<QPushButton *>(QStringLiteral("usePublicIpButton")),
                d.findChild<QPushButton *>(QStringLiteral("addRuleButton")),
                d.findChild<QLabel *>(QStringLiteral("cidrHelpLabel"))};
    }

private slots:
    void specialRangesAreWarnedNotBlocked_data()
    {
        QTest::addColumn<QString>("cidr");
        QTest::addColumn<QString>("word");
        QTest::newRow("10/8") << QStringLiteral("10.1.2.3") << QStringLiteral("private");
        QTest::newRow("172.16/12") << QStringLiteral("172.20.0.0/16") << QStringLiteral("private");
        QTest::newRow("192.168/16") << QStringLiteral("192.168.1.0/24") << QStringLiteral("private");
        QTest::newRow("100.64/10") << QStringLiteral("100.64.1.1") << QStringLiteral("carrier-grade NAT");
        QTest::newRow("127/8") << QStringLiteral("127.0.0.1") << QStringLiteral("loopback");
        QTest::newRow("169.254/16") << QStringLiteral("169.254.1.1") << QStringLiteral("link-local");
        QTest::newRow("224/4") << QStringLiteral("224.0.0.1") << QStringLiteral("multicast");
        QTest::newRow("240/4") << QStringLiteral("240.0.0.1") << QStringLiteral("reserved");
    }
    void specialRangesAreWarnedNotBlocked()
    {
        QFETCH(QString, cidr);
        QFETCH(QString, word);
        NewRuleDialog d;
        d.setPublicIp(QStringLiteral("203.0.113.7"));
        d.show();
        Ui ui = find(d);
        QVERIFY(ui.cidr && ui.scope && ui.usePublicIp && ui.ok);
        ui.cidr->setText(cidr);
        QVERIFY(ui.scope->isVisible());
        QCOMPARE(ui.scope->kind(), MessageBanner::Kind::Warning);
        QVERIFY2(ui.scope->message().contains(word), qPrintable(ui.scope->message()));
        QVERIFY(ui.ok->isEnabled()); // a warning, not a block
        QVERIFY(ui.usePublicIp->isVisible() && ui.usePublicIp->isEnabled());
        QVERIFY(ui.usePublicIp->text().contains(QLatin1String("203.0.113.7")));
        QTest::mouseClick(ui.usePublicIp, Qt::LeftButton);
        QCOMPARE(ui.cidr->text(), QStringLiteral("203.0.113.7/32"));
        QVERIFY(!ui.scope->isVisible());
        QVERIFY(!ui.usePublicIp->isVisible());
        QCOMPARE(d.rule().cidr, QStringLiteral("203.0.113.7/32"));
    }

    void publicRangesAreNotWarned()
    {
        NewRuleDialog d;
        d.show();
        Ui ui = find(d);
        for (const QString &cidr : {QStringLiteral("203.0.113.0/24"), QStringLiteral("172.32.0.1"),
                                    QStringLiteral("100.128.0.1"), QStringLiteral("10.0.0.0/7")}) {
            ui.cidr->setText(cidr);
            QVERIFY2(!ui.scope->isVisible(), qPrintable(cidr));
            QVERIFY(!ui.usePublicIp->isVisible());
        }
    }

    void publicIpIsAskedForOnceAndMayArriveLater()
    {
        NewRuleDialog d;
        d.show();
        Ui ui = find(d);
        QSignalSpy wanted(&d, &NewRuleDialog::publicIpWanted);
        ui.cidr->setText(QStringLiteral("192.168.0.10"));
        QCOMPARE(wanted.count(), 1);
        QVERIFY(ui.usePublicIp->isVisible());
        QVERIFY(!ui.usePublicIp->isEnabled()); // "finding…"
        ui.cidr->setText(QStringLiteral("192.168.0.11"));
        QCOMPARE(wanted.count(), 1);
        d.setPublicIp(QStringLiteral("198.51.100.20"));
        QVERIFY(ui.usePublicIp->isEnabled());
        QVERIFY(ui.usePublicIp->text().contains(QLatin1String("198.51.100.20")));
        QVERIFY(ui.scope->message().contains(QLatin1String("198.51.100.20")));
    }

    void unknownPublicIpWithdrawsTheOffer()
    {
        NewRuleDialog d;
        d.show();
        Ui ui = find(d);
        ui.cidr->setText(QStringLiteral("10.0.0.0/8"));
        d.setPublicIp(QString()); // the lookup failed
        QVERIFY(ui.scope->isVisible());
        QVERIFY(!ui.usePublicIp->isVisible());
        // A public IP that is itself private (a sandbox, a misconfigured service) is never offered.
        d.setPublicIp(QStringLiteral("127.0.0.1"));
        QVERIFY(!ui.usePublicIp->isVisible());
    }

    void coveredAndCoveringRulesAreNamed()
    {
        NewRuleDialog d;
        d.setExistingRules({custom(QStringLiteral("a"), QStringLiteral("203.0.113.0/24"), QStringLiteral("Office")),
                            custom(QStringLiteral("b"), QStringLiteral("198.51.100.7/32"), QStringLiteral("Ana")),
                            custom(QStringLiteral("c"), QStringLiteral("198.51.100.9/32"))});
        Ui ui = find(d);
        ui.cidr->setText(QStringLiteral("203.0.113.40"));
        QVERIFY(ui.ok->isEnabled());
        QVERIFY2(ui.help->text().contains(QLatin1String("already covered by the rule 203.0.113.0/24 (Office)")),
                 qPrintable(ui.help->text()));
        QCOMPARE(MessageBanner::hintKind(ui.help), MessageBanner::Kind::Warning);
        ui.cidr->setText(QStringLiteral("198.51.100.0/24"));
        QVERIFY(ui.ok->isEnabled());
        QVERIFY2(ui.help->text().contains(QLatin1String("198.51.100.7/32 (Ana), 198.51.100.9/32")),
                 qPrintable(ui.help->text()));
        QVERIFY(ui.help->text().contains(QLatin1String("You may delete them")));
    }

    void everythingStillNeedsItsConfirmation()
    {
        NewRuleDialog d;
        d.show();
        Ui ui = find(d);
        ui.cidr->setText(QStringLiteral("0.0.0.0/0"));
        QVERIFY(!ui.ok->isEnabled());
        QVERIFY(!ui.scope->isVisible()); // its own, louder warning
        auto *allowAll = d.findChild<QCheckBox *>(QStringLiteral("allowAllCheck"));
        QVERIFY(allowAll->isVisible());
        allowAll->setChecked(true);
        QVERIFY(ui.ok->isEnabled());
    }
};

QTEST_MAIN(TestNewRuleAssistant)
#include "tst_newruleassistant.moc"
