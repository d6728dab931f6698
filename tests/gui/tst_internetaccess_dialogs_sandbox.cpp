// Settings → Internet Access against the real gatehouse-sandbox, its dialogs: delete with confirmation naming the
// rule, the server's refusals shown in the New rule dialog, and the 30-rule quota. Part of tst_internetaccess_sandbox
// (one sandbox, one fixture: tst_internetaccess_sandbox.cpp).
#include "tst_internetaccess_sandbox.h"

void TestInternetAccessSandbox::deleteAsksAndNamesTheRule()
{
    const QString office = addRuleThroughApi({{QStringLiteral("type"), QStringLiteral("custom_range")},
                                              {QStringLiteral("cidr"), QStringLiteral("203.0.113.0/24")},
                                              {QStringLiteral("label"), QStringLiteral("Office")}});
    const QString local = addRuleThroughApi({{QStringLiteral("type"), QStringLiteral("custom_range")},
                                             {QStringLiteral("cidr"), QStringLiteral("127.0.0.1/32")},
                                             {QStringLiteral("label"), QStringLiteral("Loopback")}});
    QVERIFY(!office.isEmpty() && !local.isEmpty());
    QVERIFY(reloadAndWait(2));
    auto *view = child<QTableView>("rulesView");
    auto *deleteButton = child<QAbstractButton>("deleteButton");
    QVERIFY(!deleteButton->isEnabled()); // nothing selected

    // Declined: the request names the rule; nothing changes anywhere.
    QVERIFY(selectRow(view, local));
    ConfirmDialog::setNextAnswer(false);
    QVERIFY(click(deleteButton));
    ConfirmRequest request = ConfirmDialog::lastRequest();
    QCOMPARE(request.headline, QStringLiteral("Delete the rule for 127.0.0.1/32 (Loopback)?"));
    QCOMPARE(request.confirmText, QStringLiteral("Delete rule"));
    QVERIFY(!request.message.contains(QStringLiteral("It is the last rule")));
    QTest::qWait(200);
    QCOMPARE(m_rules->rowCount(), 2);
    QCOMPARE(serverRules().size(), 2);
    {
        PgLogin login(m_db.uri);
        QVERIFY2(login.ok(), qPrintable(login.error()));
    }

    // Confirmed: only that rule goes, and PostgreSQL refuses this computer again.
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(deleteButton));
    QCOMPARE(ConfirmDialog::lastRequest().headline, QStringLiteral("Delete the rule for 127.0.0.1/32 (Loopback)?"));
    QTRY_COMPARE_WITH_TIMEOUT(m_rules->rowCount(), 1, 30000);
    QCOMPARE(m_rules->ruleAt(0).id, office);
    const QJsonArray left = serverRules();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left[0][QStringLiteral("id")].toString(), office);
    PgLogin refused(m_db.uri);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("no pg_hba.conf entry")), qPrintable(refused.error()));

    // The last rule: the confirmation warns that nobody will reach the database.
    QVERIFY(selectRow(view, office));
    ConfirmDialog::setNextAnswer(false);
    QVERIFY(click(deleteButton));
    QCOMPARE(ConfirmDialog::lastRequest().headline, QStringLiteral("Delete the rule for 203.0.113.0/24 (Office)?"));
    QVERIFY(ConfirmDialog::lastRequest().message.contains(QStringLiteral("It is the last rule")));
    QCOMPARE(serverRules().size(), 1);
}

void TestInternetAccessSandbox::serverRefusalStaysInTheDialog()
{
    QPointer<NewRuleDialog> dialog = openNewRule();
    QVERIFY(dialog);
    auto *cidr = dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"));
    auto *label = dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
    auto *help = dialog->findChild<QLabel *>(QStringLiteral("cidrHelpLabel"));
    QTest::keyClicks(cidr, QStringLiteral("198.51.100.0/24"));
    QTest::keyClicks(label, QStringLiteral("Partner"));
    // Meanwhile someone else adds the same network (the dialog's list of existing rules is stale).
    QVERIFY(!addRuleThroughApi({{QStringLiteral("type"), QStringLiteral("custom_range")},
                                {QStringLiteral("cidr"), QStringLiteral("198.51.100.0/24")}})
                     .isEmpty());
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addRuleButton"));
    QVERIFY(click(add));
    // The server's own message, next to the field; the dialog stays open with what was typed.
    QTRY_COMPARE_WITH_TIMEOUT(help->text(), QStringLiteral("is already allowed by another rule"), 30000);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
    QCOMPARE(cidr->text(), QStringLiteral("198.51.100.0/24"));
    QCOMPARE(label->text(), QStringLiteral("Partner"));
    QVERIFY(!cidr->isReadOnly());
    QCOMPARE(serverRules().size(), 1);
    dialog->reject();
    QVERIFY(waitClosed(dialog.data()));
}

void TestInternetAccessSandbox::quotaOf30Rules()
{
    // 30 rules through the API, in parallel, with the application's own client.
    int finished = 0;
    QStringList failures;
    for (int i = 0; i < FirewallRulesModel::MaxRules; ++i) {
        NewFirewallRule rule;
        rule.type = FirewallRule::Type::Custom;
        rule.cidr = QStringLiteral("10.%1.0.0/16").arg(i);
        rule.label = QStringLiteral("bulk %1").arg(i);
        ApiReply *reply = m_window->client()->createFirewallRule(m_window->session()->ref(), rule);
        connect(reply, &ApiReply::finished, this, [&finished, &failures, reply] {
            ++finished;
            if (!reply->isSuccess())
                failures << reply->error().message();
        });
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished, FirewallRulesModel::MaxRules, 60000);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    QCOMPARE(serverRules().size(), 30);
    QVERIFY(reloadAndWait(30));

    auto *newRule = child<QAbstractButton>("newRuleButton");
    auto *allowMyIp = child<QAbstractButton>("allowMyIpButton");
    const QString reason
            = QStringLiteral("This database already has 30 rules, the maximum. Delete one to add another.");
    QCOMPARE(child<QLabel>("quotaLabel")->text(), QStringLiteral("30 / 30 rules"));
    QVERIFY(!newRule->isEnabled());
    QCOMPARE(newRule->toolTip(), reason);
    QVERIFY(!allowMyIp->isEnabled());
    QCOMPARE(allowMyIp->toolTip(), reason);
    // The keyboard shortcut's path does not open a dialog either.
    m_page->newRule();
    QTest::qWait(100);
    QVERIFY(!m_page->findChild<NewRuleDialog *>());

    // Deleting one through the page frees a place.
    const QString victim = m_rules->ruleAt(0).id;
    QVERIFY(selectRow(child<QTableView>("rulesView"), victim));
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(child<QAbstractButton>("deleteButton")));
    QTRY_COMPARE_WITH_TIMEOUT(m_rules->rowCount(), 29, 30000);
    QVERIFY(newRule->isEnabled());
    QCOMPARE(newRule->toolTip(), QStringLiteral("Add a firewall rule (Ctrl+N)"));
    QCOMPARE(child<QLabel>("quotaLabel")->text(), QStringLiteral("29 / 30 rules"));

    // The 30th place is taken meanwhile: the 31st rule is refused by the server and the dialog says why.
    QPointer<NewRuleDialog> dialog = openNewRule();
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit")), QStringLiteral("192.0.2.0/24"));
    QVERIFY(!addRuleThroughApi({{QStringLiteral("type"), QStringLiteral("custom_range")},
                                {QStringLiteral("cidr"), QStringLiteral("172.16.0.0/12")}})
                     .isEmpty());
    QVERIFY(click(dialog->findChild<QPushButton *>(QStringLiteral("addRuleButton"))));
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 30000);
    QCOMPARE(error->text(), QStringLiteral("A database can have at most 30 firewall rules"));
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"))->text(), QStringLiteral("192.0.2.0/24"));
    QCOMPARE(serverRules().size(), 30);
    dialog->reject();
    QVERIFY(waitClosed(dialog.data()));
    QVERIFY(reloadAndWait(30));
    QVERIFY(!newRule->isEnabled());
}
