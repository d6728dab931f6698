#include "newruledialog.h"
#include "testrules.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

class TestNewRuleDialog : public QObject
{
    Q_OBJECT

private:
    struct Ui
    {
        QComboBox *type;
        QLineEdit *cidr;
        QLineEdit *label;
        QLabel *help;
        QPushButton *useNetwork;
        QCheckBox *allowAll;
        QPushButton *ok;
        QLabel *error;
    };

    static Ui find(NewRuleDialog &d)
    {
        return {d.findChild<QComboBox *>(QStringLiteral("typeCombo")),
                d.findChild<QLineEdit *>(QStringLiteral("cidrEdit")),
                d.findChild<QLineEdit *>(QStringLiteral("labelEdit")),
                d.findChild<QLabel *>(QStringLiteral("cidrHelpLabel")),
                d.findChild<QPushButton *>(QStringLiteral("useNetworkButton")),
                d.findChild<QCheckBox *>(QStringLiteral("allowAllCheck")),
                d.findChild<QPushButton *>(QStringLiteral("addRuleButton")),
                d.findChild<QLabel *>(QStringLiteral("errorLabel"))};
    }

private slots:
    void bareAddressBecomesSlash32()
    {
        NewRuleDialog d;
        d.show();
        Ui ui = find(d);
        QVERIFY(ui.ok && ui.cidr && ui.help);
        QVERIFY(!ui.ok->isEnabled());
        QTest::keyClicks(ui.cidr, QStringLiteral("198.51.100.25"));
        QVERIFY(ui.ok->isEnabled());
        QCOMPARE(d.rule().cidr, QStringLiteral("198.51.100.25/32"));
        QCOMPARE(d.rule().type, FirewallRule::Type::Custom);
        QVERIFY(ui.help->text().contains(QStringLiteral("198.51.100.25/32")));
    }

    void networkShowsAddressCount()
    {
        NewRuleDialog d;
        Ui ui = find(d);
        ui.cidr->setText(QStringLiteral("203.0.113.0/24"));
        QVERIFY(ui.ok->isEnabled());
        QVERIFY2(ui.help->text().contains(QStringLiteral("256")), qPrintable(ui.help->text()));
    }

    void hostBitsProposeTheNetwork()
    {
        NewRuleDialog d;
        d.show();
        Ui ui = find(d);
        ui.cidr->setText(QStringLiteral("203.0.113.7/24"));
        QVERIFY(!ui.ok->isEnabled());
        QVERIFY(ui.useNetwork->isVisible());
        QVERIFY(ui.useNetwork->text().contains(QStringLiteral("203.0.113.0/24")));
        QTest::mouseClick(ui.useNetwork, Qt::LeftButton);
        QCOMPARE(ui.cidr->text(), QStringLiteral("203.0.113.0/24"));
        QVERIFY(ui.ok->isEnabled());
    }

    void invalidInputIsRefused_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("garbage") << QStringLiteral("office");
        QTest::newRow("short") << QStringLiteral("10.0.0");
        QTest::newRow("octet") << QStringLiteral("256.1.1.1");
        QTest::newRow("prefix") << QStringLiteral("10.0.0.0/33");
        QTest::newRow("ipv6") << QStringLiteral("2001:db8::/32");
    }

    void invalidInputIsRefused()
    {
        QFETCH(QString, input);
        NewRuleDialog d;
        Ui ui = find(d);
        ui.cidr->setText(input);
        QVERIFY(!ui.ok->isEnabled());
        QVERIFY(!ui.help->text().isEmpty());
    }

    void duplicateIsRefusedAndOverlapWarned()
    {
        NewRuleDialog d;
        d.setExistingRules(
                {TestRules::custom(QStringLiteral("r1"), QStringLiteral("10.0.0.0/8"), QStringLiteral("VPN"))});
        Ui ui = find(d);
        ui.cidr->setText(QStringLiteral("10.0.0.0/8"));
        QVERIFY(!ui.ok->isEnabled());
        QVERIFY(ui.help->text().contains(QStringLiteral("VPN")));
        ui.cidr->setText(QStringLiteral("10.1.0.0/16"));
        QVERIFY(ui.ok->isEnabled()); // covered, but allowed: the user may want a separate label
        QVERIFY(ui.help->text().contains(QStringLiteral("10.0.0.0/8")));
    }

    void everythingNeedsASecondConfirmation()
    {
        NewRuleDialog d;
        d.show();
        Ui ui = find(d);
        ui.cidr->setText(QStringLiteral("0.0.0.0/0"));
        QVERIFY(ui.allowAll->isVisible());
        QVERIFY(!ui.ok->isEnabled());
        ui.allowAll->setChecked(true);
        QVERIFY(ui.ok->isEnabled());
        ui.cidr->setText(QStringLiteral("10.0.0.0/8"));
        QVERIFY(!ui.allowAll->isVisible());
        QVERIFY(!ui.allowAll->isChecked());
    }

    void managedRangeRule()
    {
        NewRuleDialog d;
        FirewallRule used;
        used.id = QStringLiteral("r2");
        used.type = FirewallRule::Type::Managed;
        used.rangeId = QStringLiteral("mr-b");
        d.setExistingRules({used});
        d.setManagedRanges({ManagedRange{QStringLiteral("mr-a"), QStringLiteral("Scalingo osc-fr1 region")},
                            ManagedRange{QStringLiteral("mr-b"), QStringLiteral("Scalingo osc-secnum-fr1 region")}});
        Ui ui = find(d);
        QCOMPARE(ui.type->count(), 3);
        auto *model = qobject_cast<QStandardItemModel *>(ui.type->model());
        QVERIFY(model->item(1)->isEnabled());
        QVERIFY(!model->item(2)->isEnabled()); // already allowed
        ui.type->setCurrentIndex(1);
        QVERIFY(ui.ok->isEnabled());
        const NewFirewallRule rule = d.rule();
        QCOMPARE(rule.type, FirewallRule::Type::Managed);
        QCOMPARE(rule.rangeId, QStringLiteral("mr-a"));
        QVERIFY(rule.cidr.isEmpty());
        QVERIFY(rule.label.isEmpty());
    }

    void submitEmitsAndServerErrorKeepsValues()
    {
        NewRuleDialog d;
        d.show();
        Ui ui = find(d);
        QSignalSpy submitted(&d, &NewRuleDialog::submitted);
        ui.cidr->setText(QStringLiteral("192.0.2.0/24"));
        ui.label->setText(QStringLiteral("Office"));
        QTest::mouseClick(ui.ok, Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        d.setBusy(true);
        QVERIFY(!ui.ok->isEnabled());
        ApiError error(ApiError::Kind::Validation, 422);
        error.setFieldErrors({{QStringLiteral("cidr"), {QStringLiteral("is reserved")}}});
        d.setError(error);
        QVERIFY(d.isVisible());
        QCOMPARE(ui.cidr->text(), QStringLiteral("192.0.2.0/24"));
        QCOMPARE(ui.label->text(), QStringLiteral("Office"));
        QVERIFY(ui.help->text().contains(QStringLiteral("is reserved")));
        QVERIFY(ui.ok->isEnabled());
    }
};

QTEST_MAIN(TestNewRuleDialog)
#include "tst_newruledialog.moc"
