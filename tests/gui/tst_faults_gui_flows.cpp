// The six write flows of tst_faults_gui, each run under every injected fault (see tst_faults_gui.cpp).
#include "tst_faults_gui.h"

// --- Internet Access ---------------------------------------------------------------------------------------------

void TestFaultsGui::newRule()
{
    QFETCH(int, fault);
    const auto injected = Injected(fault);
    auto *page = new InternetAccessPage;
    QVERIFY(openFixture(page));
    QVERIFY(click(page->findChild<QAbstractButton *>(QStringLiteral("newRuleButton"))));
    QPointer<NewRuleDialog> dialog = page->findChild<NewRuleDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->activateWindow(); // as for a user: the dialog has the keyboard focus
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *cidr = dialog->findChild<QLineEdit *>(QStringLiteral("cidrEdit"));
    auto *label = dialog->findChild<QLineEdit *>(QStringLiteral("labelEdit"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addRuleButton"));
    const QString typedCidr = QStringLiteral("203.0.113.0/24");
    const QString typedLabel = QStringLiteral("Office R&D <lab>");
    QTest::mouseClick(cidr, Qt::LeftButton);
    QTRY_VERIFY(cidr->hasFocus());
    QTest::keyClicks(cidr, typedCidr);
    QTest::keyClicks(label, typedLabel);
    inject(injected, "POST", kDb + QStringLiteral("/firewall_rules"), QStringLiteral("cidr"));

    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    m_probe.start();
    const QString submitted = submitImpatiently(dialog, add, injected, message);
    QVERIFY2(submitted.isEmpty(), qPrintable(submitted));
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("POST", kDb + QStringLiteral("/firewall_rules")), writesSeen(injected));
    CHECK_SIGNED_OUT(injected);
    int created = 0;
    for (const QJsonValue &r : std::as_const(m_server->rules))
        created += r.toObject().value(QStringLiteral("cidr")).toString() == typedCidr ? 1 : 0;
    QCOMPARE(created, isApplied(injected) ? 1 : 0);
    if (injected == Injected::ClosedWhileBusy) {
        // Closed meanwhile: the failure is said on the page, naming what failed.
        CHECK_CLEAR(shownText(message));
        CHECK_WORDING(injected, shownText(message));
        QVERIFY2(shownText(message).contains(typedCidr), qPrintable(shownText(message)));
    } else if (isApplied(injected)) {
        QVERIFY2(!dialog, "the rule was added but the dialog stayed open");
        QVERIFY(message->isVisible());
        CHECK_CLEAR(shownText(message));
        QVERIFY2(shownText(message).contains(typedCidr), qPrintable(shownText(message)));
    } else {
        QVERIFY2(dialog && dialog->isVisible(), "the dialog closed although the rule was not added");
        QCOMPARE(cidr->text(), typedCidr);
        QCOMPARE(label->text(), typedLabel);
        QVERIFY(!cidr->isReadOnly() && !label->isReadOnly());
        QVERIFY2(add->isEnabled(), "Add rule left disabled after a failure");
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *help = dialog->findChild<QLabel *>(QStringLiteral("cidrHelpLabel"));
        const QString shown = injected == Injected::Validation422 ? shownText(help) : shownText(error);
        if (injected != Injected::Validation422)
            QVERIFY(error->isVisible());
        CHECK_CLEAR(shown);
        CHECK_WORDING(injected, shown);
    }
    FirewallRulesModel *model = m_session->rules();
    QCOMPARE(modelIds(model), serverKeys(m_server->rules, QStringLiteral("id")));
}

void TestFaultsGui::deleteRule()
{
    QFETCH(int, fault);
    const auto injected = Injected(fault);
    auto *page = new InternetAccessPage;
    QVERIFY(openFixture(page));
    QVERIFY(selectRow(page->findChild<QTableView *>(QStringLiteral("rulesView")), QStringLiteral("fw-seed")));
    auto *button = page->findChild<QAbstractButton *>(QStringLiteral("deleteButton"));
    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    inject(injected, "DELETE", kDb + QStringLiteral("/firewall_rules/[^/]+"), QStringLiteral("id"));
    FirewallRulesModel *model = m_session->rules();

    m_probe.start();
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(button));
    QVERIFY2(isPending(model, QStringLiteral("fw-seed")), "the row is not marked pending while deleting");
    QVERIFY2(!button->isEnabled(), "Delete stays enabled while the rule is being deleted");
    QVERIFY(waitUntil([&] { return !isPending(model, QStringLiteral("fw-seed")) && message->isVisible(); }));
    QTest::qWait(50);
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("DELETE", kDb + QStringLiteral("/firewall_rules/.*")), writesSeen(injected));
    CHECK_SIGNED_OUT(injected);
    const QString shown = shownText(message);
    CHECK_CLEAR(shown);
    QVERIFY2(shown.contains(QStringLiteral("198.51.100.0/24")), qPrintable(shown));
    const bool gone = isApplied(injected) || injected == Injected::GoneMeanwhile;
    QCOMPARE(serverKeys(m_server->rules, QStringLiteral("id")).contains(QStringLiteral("fw-seed")), !gone);
    if (injected == Injected::GoneMeanwhile) {
        // Already gone is the outcome the user wanted: said plainly, not as an error.
        QVERIFY2(shown.contains(QStringLiteral("was already deleted")), qPrintable(shown));
    } else if (!isApplied(injected)) {
        QVERIFY2(shown.contains(QStringLiteral("could not be deleted")), qPrintable(shown));
        CHECK_WORDING(injected, shown);
        if (!gone)
            QVERIFY2(button->isEnabled(), "Delete left disabled after a failure");
    }
    QCOMPARE(modelIds(model), serverKeys(m_server->rules, QStringLiteral("id")));
}

// --- Database Users ----------------------------------------------------------------------------------------------

void TestFaultsGui::addUser()
{
    QFETCH(int, fault);
    QFETCH(bool, generated);
    const auto injected = Injected(fault);
    auto *page = new DatabaseUsersPage;
    QVERIFY(openFixture(page));
    QVERIFY(click(page->findChild<QAbstractButton *>(QStringLiteral("addButton"))));
    QPointer<AddUserDialog> dialog = page->findChild<AddUserDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->activateWindow(); // as for a user: the dialog has the keyboard focus
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *username = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *confirmation = dialog->findChild<QLineEdit *>(QStringLiteral("confirmationEdit"));
    auto *readOnly = dialog->findChild<QCheckBox *>(QStringLiteral("readOnlyCheck"));
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitButton"));
    const QString name = QStringLiteral("report_ro");
    const QString secret = generated ? QString() : QStringLiteral("Typed-by-the-fault-test-2024!");
    QTest::mouseClick(username, Qt::LeftButton);
    QTRY_VERIFY(username->hasFocus());
    QTest::keyClicks(username, name);
    QTest::keyClicks(password, secret);
    QTest::keyClicks(confirmation, secret);
    readOnly->setChecked(true);
    inject(injected, "POST", kDb + QStringLiteral("/users"), QStringLiteral("name"));

    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    m_probe.start();
    const QString submitted = submitImpatiently(dialog, submit, injected, message);
    QVERIFY2(submitted.isEmpty(), qPrintable(submitted));
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("POST", kDb + QStringLiteral("/users")), writesSeen(injected));
    CHECK_SIGNED_OUT(injected);
    QCOMPARE(serverKeys(m_server->users, QStringLiteral("name")).count(name),
             isApplied(injected) || injected == Injected::TakenMeanwhile ? 1 : 0);
    const bool reconciled = isApplied(injected) && !isSettled(injected);
    if (injected == Injected::ClosedWhileBusy) {
        CHECK_CLEAR(shownText(message));
        CHECK_WORDING(injected, shownText(message));
        QVERIFY2(shownText(message).contains(name), qPrintable(shownText(message)));
    } else if (isApplied(injected)) {
        QVERIFY2(!dialog, "the user was created but the dialog stayed open");
        PasswordDialog *shown = page->findChild<PasswordDialog *>();
        auto *resetAgain = shown ? shown->findChild<QPushButton *>(QStringLiteral("resetAgainButton")) : nullptr;
        if (generated && !reconciled) {
            QVERIFY2(shown && shown->isVisible(), "the generated password is not shown");
            QCOMPARE(shown->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(),
                     m_server->generatedPassword);
        } else if (generated) {
            // Created, but the generated password was only in the lost reply: say so and offer a reset.
            QVERIFY2(shown && shown->isVisible() && resetAgain && resetAgain->isVisible(),
                     "a lost generated password is not reported");
            CHECK_CLEAR(shownText(shown->findChild<QLabel *>(QStringLiteral("headlineLabel"))));
        } else {
            QVERIFY2(!shown, "a password dialog for a password the user typed");
            QVERIFY(message->isVisible());
            CHECK_CLEAR(shownText(message));
            QVERIFY2(shownText(message).contains(name), qPrintable(shownText(message)));
            QVERIFY2(shownText(message).contains(QStringLiteral("confirmed")) == reconciled,
                     qPrintable(shownText(message)));
        }
    } else {
        QVERIFY2(dialog && dialog->isVisible(), "the dialog closed although the user was not created");
        QCOMPARE(username->text(), name);
        QCOMPARE(password->text(), secret);
        QCOMPARE(confirmation->text(), secret);
        QVERIFY(readOnly->isChecked());
        QVERIFY(!username->isReadOnly() && password->isEnabled() && readOnly->isEnabled());
        QVERIFY2(submit->isEnabled(), "Add user left disabled after a failure");
        QVERIFY(!page->findChild<PasswordDialog *>());
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("usernameHint"));
        const bool field = injected == Injected::Validation422 || injected == Injected::TakenMeanwhile;
        const QString shown = field ? shownText(hint) : shownText(error);
        if (!field)
            QVERIFY(error->isVisible());
        CHECK_CLEAR(shown);
        CHECK_WORDING(injected, shown);
    }
    // (A name taken meanwhile means the list was stale: it may take a reload to catch up.)
    waitUntil([&] { return modelIds(m_session->users()) == serverKeys(m_server->users, QStringLiteral("name")); },
              2000);
    QCOMPARE(modelIds(m_session->users()), serverKeys(m_server->users, QStringLiteral("name")));
}

void TestFaultsGui::resetPassword()
{
    QFETCH(int, fault);
    const auto injected = Injected(fault);
    auto *page = new DatabaseUsersPage;
    QVERIFY(openFixture(page));
    const QString name = QStringLiteral("app_user");
    QVERIFY(selectRow(page->findChild<QTableView *>(QStringLiteral("usersView")), name));
    auto *button = page->findChild<QAbstractButton *>(QStringLiteral("resetButton"));
    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    inject(injected, "POST", kDb + QStringLiteral("/users/[^/]+/reset_password"), QStringLiteral("name"));

    m_probe.start();
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(button));
    QVERIFY(waitUntil([&] {
        return page->findChild<PasswordDialog *>()
                || (message->isVisible() && !shownText(message).startsWith(QStringLiteral("Resetting")));
    }));
    QTest::qWait(50);
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("POST", kDb + QStringLiteral("/users/.*/reset_password")), writesSeen(injected));
    CHECK_SIGNED_OUT(injected);
    // A reset whose answer never came may have been applied (a connection reset says nothing either way): the
    // password is reported lost, never "not reset".
    const bool ambiguous = isApplied(injected) || injected == Injected::ResetNotApplied;
    PasswordDialog *shown = page->findChild<PasswordDialog *>();
    QCOMPARE(page->findChildren<PasswordDialog *>().size(), ambiguous ? 1 : 0);
    if (isSettled(injected)) {
        QCOMPARE(shown->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text(), m_server->generatedPassword);
    } else if (ambiguous) {
        // The server may have generated a password we never saw: the lost dialog says so and offers another reset.
        auto *again = shown->findChild<QPushButton *>(QStringLiteral("resetAgainButton"));
        QVERIFY2(again && again->isVisible(), "a lost password is not reported as lost");
        QVERIFY(!shown->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isVisible());
        const QString headline = shownText(shown->findChild<QLabel *>(QStringLiteral("headlineLabel")));
        CHECK_CLEAR(headline);
        QVERIFY2(headline.contains(name), qPrintable(headline));
    } else {
        const QString text = shownText(message);
        CHECK_CLEAR(text);
        QVERIFY2(text.contains(QStringLiteral("was not reset")), qPrintable(text));
        CHECK_WORDING(injected, text);
    }
    QVERIFY2(!isPending(m_session->users(), name), "the row stays pending");
    if (injected != Injected::GoneMeanwhile)
        QVERIFY2(button->isEnabled(), "Reset password left disabled");
    QCOMPARE(modelIds(m_session->users()), serverKeys(m_server->users, QStringLiteral("name")));
}

void TestFaultsGui::setPassword()
{
    QFETCH(int, fault);
    const auto injected = Injected(fault);
    auto *page = new DatabaseUsersPage;
    QVERIFY(openFixture(page));
    const QString name = QStringLiteral("app_user");
    QVERIFY(selectRow(page->findChild<QTableView *>(QStringLiteral("usersView")), name));
    QVERIFY(click(page->findChild<QAbstractButton *>(QStringLiteral("setPasswordButton"))));
    QPointer<AddUserDialog> dialog = page->findChild<AddUserDialog *>();
    QVERIFY(dialog && dialog->isVisible());
    dialog->activateWindow(); // as for a user: the dialog has the keyboard focus
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *confirmation = dialog->findChild<QLineEdit *>(QStringLiteral("confirmationEdit"));
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitButton"));
    const QString secret = QStringLiteral("Chosen-by-the-fault-test-2024!");
    QTest::mouseClick(password, Qt::LeftButton);
    QTRY_VERIFY(password->hasFocus());
    QTest::keyClicks(password, secret);
    QTest::keyClicks(confirmation, secret);
    int applied = 0; // a password change can't be observed through the API: count what the server applied
    if (isApplied(injected))
        m_server->route("PATCH", kDb + QStringLiteral("/users/[^/]+"),
                        [&applied, refused = injected == Injected::TokenExpired ? m_addonToken : QString()](
                                const FakeApiServer::Request &r) {
                            if (!refused.isEmpty() && r.bearer() == refused)
                                return Response::error(401, QStringLiteral("invalid token"));
                            ++applied;
                            return Response::json(
                                    200,
                                    {{QStringLiteral("database_user"),
                                      QJsonObject{{QStringLiteral("name"), r.path.section(QLatin1Char('/'), -1)}}}});
                        });
    inject(injected, "PATCH", kDb + QStringLiteral("/users/[^/]+"), QStringLiteral("password"));

    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    m_probe.start();
    const QString submitted = submitImpatiently(dialog, submit, injected, message);
    QVERIFY2(submitted.isEmpty(), qPrintable(submitted));
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("PATCH", kDb + QStringLiteral("/users/.*")), writesSeen(injected));
    QCOMPARE(applied, isApplied(injected) ? 1 : 0);
    CHECK_SIGNED_OUT(injected);
    if (injected == Injected::ClosedWhileBusy) {
        QVERIFY(!dialog);
        CHECK_CLEAR(shownText(message));
        CHECK_WORDING(injected, shownText(message));
        QVERIFY2(shownText(message).contains(name), qPrintable(shownText(message)));
    } else if (!dialog) {
        // Only an answer that settles it may close the dialog.
        QVERIFY2(isApplied(injected), "the dialog closed although the password was not changed");
        QCOMPARE(shownText(message), QStringLiteral("Password of %1 updated.").arg(name));
    } else {
        QVERIFY(dialog->isVisible());
        QCOMPARE(password->text(), secret);
        QCOMPARE(confirmation->text(), secret);
        QVERIFY(password->isEnabled() && confirmation->isEnabled());
        QVERIFY2(submit->isEnabled(), "Set password left disabled after a failure");
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("passwordHint"));
        const QString shown = injected == Injected::Validation422 ? shownText(hint) : shownText(error);
        if (injected != Injected::Validation422)
            QVERIFY(error->isVisible());
        CHECK_CLEAR(shown);
        CHECK_WORDING(injected, shown);
        if (isApplied(injected)) // applied but unconfirmed: the message must not claim it failed
            QVERIFY2(shown.contains(QStringLiteral("may have been applied")), qPrintable(shown));
    }
    QVERIFY2(!isPending(m_session->users(), name), "the row stays pending");
    QCOMPARE(modelIds(m_session->users()), serverKeys(m_server->users, QStringLiteral("name")));
}

void TestFaultsGui::deleteUser()
{
    QFETCH(int, fault);
    const auto injected = Injected(fault);
    auto *page = new DatabaseUsersPage;
    QVERIFY(openFixture(page));
    const QString name = QStringLiteral("app_user");
    QVERIFY(selectRow(page->findChild<QTableView *>(QStringLiteral("usersView")), name));
    auto *button = page->findChild<QAbstractButton *>(QStringLiteral("deleteButton"));
    auto *message = page->findChild<QLabel *>(QStringLiteral("messageLabel"));
    DatabaseUsersModel *model = m_session->users();
    inject(injected, "DELETE", kDb + QStringLiteral("/users/[^/]+"), QStringLiteral("name"));

    m_probe.start();
    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(button));
    QVERIFY2(isPending(model, name), "the row is not marked pending while deleting");
    QVERIFY2(!button->isEnabled(), "Delete stays enabled while the user is being deleted");
    QVERIFY(waitUntil([&] { return !isPending(model, name) && message->isVisible(); }));
    QTest::qWait(50);
    CHECK_NO_STALL();

    QCOMPARE(m_server->count("DELETE", kDb + QStringLiteral("/users/.*")), writesSeen(injected));
    CHECK_SIGNED_OUT(injected);
    const bool gone = isApplied(injected) || injected == Injected::GoneMeanwhile;
    QCOMPARE(serverKeys(m_server->users, QStringLiteral("name")).contains(name), !gone);
    const QString shown = shownText(message);
    CHECK_CLEAR(shown);
    QVERIFY2(shown.contains(name), qPrintable(shown));
    if (isApplied(injected)) {
        QCOMPARE(shown, QStringLiteral("User %1 has been deleted.").arg(name));
    } else if (injected == Injected::GoneMeanwhile) {
        QVERIFY2(shown.contains(QStringLiteral("was already deleted")), qPrintable(shown));
    } else {
        QVERIFY2(shown.contains(QStringLiteral("was not deleted")), qPrintable(shown));
        CHECK_WORDING(injected, shown);
        if (!gone)
            QVERIFY2(button->isEnabled(), "Delete left disabled after a failure");
    }
    QCOMPARE(modelIds(model), serverKeys(m_server->users, QStringLiteral("name")));
}
