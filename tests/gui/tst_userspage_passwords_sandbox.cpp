// Settings → Database Users against the real gatehouse-sandbox, passwords: Reset password and Set password checked
// with libpq logins over TLS, and the clipboard (cleared after its delay, left alone when something else was copied
// since, a connection URI copied without the password). Part of tst_userspage_sandbox (one sandbox, one fixture:
// tst_userspage_sandbox.cpp).
#include "tst_userspage_sandbox.h"

void TestUsersPageSandbox::resetPassword()
{
    const QString name = QStringLiteral("gui_resetme");
    const QString old = createThroughApi(name, false);
    QCOMPARE(old.size(), 64);
    {
        PgLogin before(uri(name, old));
        QVERIFY2(before.ok(), qPrintable(before.error()));
    }

    // Declined: nothing changes.
    QVERIFY(selectRow(child<QTableView>("usersView"), name));
    ConfirmDialog::setNextAnswer(false);
    QVERIFY(click(child<QAbstractButton>("resetButton")));
    QCOMPARE(ConfirmDialog::lastRequest().headline, QStringLiteral("Reset the password of %1?").arg(name));
    QTest::qWait(300);
    QVERIFY(!m_page->findChild<PasswordDialog *>());
    {
        PgLogin still(uri(name, old));
        QVERIFY2(still.ok(), qPrintable(still.error()));
    }

    PasswordDialog *shown = resetThroughPage(name);
    QVERIFY(shown);
    QCOMPARE(ConfirmDialog::lastRequest().headline, QStringLiteral("Reset the password of %1?").arg(name));
    const QString fresh = shown->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text();
    QCOMPARE(fresh.size(), 64);
    QVERIFY(fresh != old);

    PgLogin oldFails(uri(name, old));
    QVERIFY(!oldFails.ok());
    QVERIFY2(oldFails.error().contains(QStringLiteral("password authentication failed")), qPrintable(oldFails.error()));
    // The dialog's URI, as-is, is what an application would paste.
    const QString shownUri = shown->findChild<QLineEdit *>(QStringLiteral("uriEdit"))->text();
    PgLogin viaUri(shownUri);
    QVERIFY2(viaUri.ok(), qPrintable(viaUri.error()));
    QVERIFY(viaUri.tls());
    QCOMPARE(viaUri.value(QStringLiteral("SELECT current_user")).value_or(QString()), name);
    PgLogin viaPassword(uri(name, fresh));
    QVERIFY2(viaPassword.ok(), qPrintable(viaPassword.error()));
    QVERIFY(closePasswordDialog(shown));
}

void TestUsersPageSandbox::setPassword()
{
    const QString name = QStringLiteral("gui_chosen");
    const QString old = createThroughApi(name, true);
    QVERIFY(!old.isEmpty());
    QVERIFY(selectRow(child<QTableView>("usersView"), name));
    QVERIFY(click(child<QAbstractButton>("setPasswordButton")));
    AddUserDialog *found = nullptr;
    QTRY_VERIFY((found = m_page->findChild<AddUserDialog *>()) && found->isVisible());
    QPointer<AddUserDialog> dialog = found;
    auto *username = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    QCOMPARE(username->text(), name);
    QVERIFY(username->isReadOnly());
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("readOnlyCheck"))->isVisible());
    auto *submit = dialog->findChild<QPushButton *>(QStringLiteral("submitButton"));
    QVERIFY(!submit->isEnabled()); // a password is required here

    const QString chosen = QStringLiteral("Chosen-by-the-GUI-test-2024!");
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")), chosen);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("confirmationEdit")), chosen);
    QVERIFY(click(submit));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog, 30000);
    QTRY_COMPARE(child<QLabel>("messageLabel")->text(), QStringLiteral("Password of %1 updated.").arg(name));
    // Nothing to show: the user chose it.
    QVERIFY(!m_page->findChild<PasswordDialog *>());

    PgLogin withChosen(uri(name, chosen));
    QVERIFY2(withChosen.ok(), qPrintable(withChosen.error()));
    QVERIFY(withChosen.tls());
    PgLogin withOld(uri(name, old));
    QVERIFY(!withOld.ok());
    QVERIFY2(withOld.error().contains(QStringLiteral("password authentication failed")), qPrintable(withOld.error()));
}

void TestUsersPageSandbox::clipboardIsClearedAfterTheDelay()
{
    QVERIFY(!createThroughApi(QStringLiteral("gui_clip_a"), true).isEmpty());
    PasswordDialog *shown = resetThroughPage(QStringLiteral("gui_clip_a"));
    QVERIFY(shown);
    const QString password = shown->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text();
    QVERIFY(!password.isEmpty());
    QClipboard *clipboard = QGuiApplication::clipboard();
    QSignalSpy cleared(ClipboardGuard::instance(), &ClipboardGuard::cleared);

    QElapsedTimer timer;
    timer.start();
    QVERIFY(click(shown->findChild<QPushButton *>(QStringLiteral("copyPasswordButton"))));
    QCOMPARE(clipboard->text(), password);
    QVERIFY(shown->findChild<QLabel *>(QStringLiteral("clipboardLabel"))->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
    QVERIFY2(timer.elapsed() >= 150, "cleared before the delay");
    QCOMPARE(cleared.count(), 1);

    // The URI (it carries the password) is guarded the same way.
    QVERIFY(click(shown->findChild<QPushButton *>(QStringLiteral("copyUriButton"))));
    QCOMPARE(clipboard->text(), shown->connectionUri());
    QVERIFY(clipboard->text().contains(password));
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
    QVERIFY(closePasswordDialog(shown));
}

void TestUsersPageSandbox::clipboardKeepsWhatWasCopiedSince()
{
    QVERIFY(!createThroughApi(QStringLiteral("gui_clip_b"), true).isEmpty());
    PasswordDialog *shown = resetThroughPage(QStringLiteral("gui_clip_b"));
    QVERIFY(shown);
    QClipboard *clipboard = QGuiApplication::clipboard();
    QSignalSpy cleared(ClipboardGuard::instance(), &ClipboardGuard::cleared);
    QVERIFY(click(shown->findChild<QPushButton *>(QStringLiteral("copyPasswordButton"))));
    QCOMPARE(clipboard->text(), shown->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text());
    // The user copies something else before the delay ends: the guard must leave it alone.
    clipboard->setText(QStringLiteral("meeting notes"));
    QVERIFY(cleared.wait(3000));
    QCOMPARE(clipboard->text(), QStringLiteral("meeting notes"));
    QTest::qWait(400);
    QCOMPARE(clipboard->text(), QStringLiteral("meeting notes"));
    QVERIFY(closePasswordDialog(shown));
}

void TestUsersPageSandbox::copyConnectionUriLeavesThePasswordOut()
{
    QVERIFY(selectRow(child<QTableView>("usersView"), m_db.ownerUser));
    QVERIFY(click(child<QAbstractButton>("copyUriButton")));
    QClipboard *clipboard = QGuiApplication::clipboard();
    const QString copied = clipboard->text();
    QCOMPARE(copied, uri(m_db.ownerUser, QString()));
    QVERIFY(!copied.contains(m_db.ownerPassword));
    QVERIFY(copied.contains(QStringLiteral("sslmode=require")));
    QTRY_VERIFY_WITH_TIMEOUT(clipboard->text().isEmpty(), 3000);
}
