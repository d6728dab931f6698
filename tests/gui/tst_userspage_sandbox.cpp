// Settings → Database Users against the real gatehouse-sandbox, every flow checked in PostgreSQL with libpq logins
// over TLS (sslmode=require): Add user (read-only / read-write, generated password shown once), Reset password,
// Set password, Delete user (typed confirmation through the ConfirmDialog seam; the typing itself is covered by
// tst_confirmdialog), the protected user, a name taken meanwhile (422) and the clipboard clearing.
#include "tst_userspage_sandbox.h"

void TestUsersPageSandbox::initTestCase()
{
    useTestSettings(QStringLiteral("GatehouseGuiTest-users"));
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    QVERIFY(m_sandbox.discover(&m_db));
    // Let this computer in (the sandbox's own region is 127.0.0.1/32) and give the users a table to work on.
    const SandboxProcess::Reply rule
            = m_sandbox.post(QStringLiteral("/api/databases/%1/firewall_rules").arg(m_db.addonId), m_db.addonToken,
                             {{QStringLiteral("type"), QStringLiteral("managed_range")},
                              {QStringLiteral("range_id"), QStringLiteral("mr-sandbox-local")}});
    QCOMPARE(rule.status, 201);
    {
        PgLogin owner(m_db.uri);
        QVERIFY2(owner.ok(), qPrintable(owner.error()));
        QVERIFY2(owner.exec(QStringLiteral("CREATE TABLE gui_notes (id int, body text)")),
                 qPrintable(owner.lastError()));
        QVERIFY(owner.exec(QStringLiteral("INSERT INTO gui_notes VALUES (1, 'first')")));
    }

    QVERIFY(openSignedIn(&m_window, m_sandbox, &m_store));
    showSettingsPage(m_window.get(), 1);
    m_page = m_window->findChild<DatabaseUsersPage *>();
    QVERIFY(m_page && m_page->isVisible());
    m_users = m_window->session()->users();
    ClipboardGuard::instance()->setClearDelay(200);
}

void TestUsersPageSandbox::cleanup()
{
    // Leave no dialog behind (a password dialog asks "stored?" when closed: answer through the seam).
    for (PasswordDialog *dialog : m_page->findChildren<PasswordDialog *>()) {
        ConfirmDialog::setNextAnswer(true);
        dialog->reject();
    }
    for (AddUserDialog *dialog : m_page->findChildren<AddUserDialog *>())
        dialog->reject();
    ConfirmDialog::setNextAnswer(std::nullopt);
    QTRY_VERIFY(m_page->findChildren<QDialog *>().isEmpty());
    QGuiApplication::clipboard()->clear();
}

QList<DatabaseUser> TestUsersPageSandbox::serverUsers()
{
    const SandboxProcess::Reply reply = m_sandbox.get(usersPath(), m_db.addonToken);
    if (reply.status != 200)
        qWarning() << "listing users failed" << reply.status << reply.body;
    return DatabaseUser::listFromJson(reply.json);
}

QString TestUsersPageSandbox::createThroughApi(const QString &name, bool readOnly)
{
    NewDatabaseUser user;
    user.name = name;
    user.readOnly = readOnly;
    ApiReply *reply = m_window->client()->createDatabaseUser(m_window->session()->ref(), user);
    QString password;
    bool done = false;
    connect(reply, &ApiReply::finished, this, [&, reply] {
        done = true;
        if (reply->isSuccess())
            password = reply->value<DatabaseUser>().password;
        else
            qWarning() << "creating" << name << "failed:" << reply->error().message();
    });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return QString();
    m_users->reload();
    if (!QTest::qWaitFor([&] { return !m_users->isLoading() && m_users->contains(name); }, 30000))
        return QString();
    return password;
}

PasswordDialog *TestUsersPageSandbox::resetThroughPage(const QString &name)
{
    if (!selectRow(child<QTableView>("usersView"), name))
        return nullptr;
    ConfirmDialog::setNextAnswer(true);
    if (!click(child<QAbstractButton>("resetButton")))
        return nullptr;
    PasswordDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] { return (dialog = m_page->findChild<PasswordDialog *>()) && dialog->isVisible(); },
                         30000))
        return nullptr;
    return dialog;
}

bool TestUsersPageSandbox::closePasswordDialog(PasswordDialog *dialog)
{
    QPointer<PasswordDialog> guard(dialog);
    ConfirmDialog::setNextAnswer(true);
    if (!click(dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))))
        return false;
    return QTest::qWaitFor([&] { return !guard; }, 5000);
}

void TestUsersPageSandbox::addUser_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("readOnly");
    QTest::newRow("read-only") << QStringLiteral("gui_reader") << true;
    QTest::newRow("read-write") << QStringLiteral("gui_writer") << false;
}

void TestUsersPageSandbox::addUser()
{
    QFETCH(QString, name);
    QFETCH(bool, readOnly);
    QVERIFY(click(child<QAbstractButton>("addButton")));
    AddUserDialog *found = nullptr;
    QTRY_VERIFY((found = m_page->findChild<AddUserDialog *>()) && found->isVisible());
    QPointer<AddUserDialog> add = found;
    QTest::keyClicks(add->findChild<QLineEdit *>(QStringLiteral("usernameEdit")), name);
    add->findChild<QCheckBox *>(QStringLiteral("readOnlyCheck"))->setChecked(readOnly);
    // No password typed: Scalingo generates one.
    QVERIFY(add->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text().isEmpty());
    QVERIFY(click(add->findChild<QPushButton *>(QStringLiteral("submitButton"))));

    PasswordDialog *shown = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((shown = m_page->findChild<PasswordDialog *>()) && shown->isVisible(), 30000);
    QTRY_VERIFY(!add);
    const QString password = shown->findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->text();
    QCOMPARE(password.size(), 64);
    QVERIFY(shown->windowTitle().contains(name));
    const QString shownUri = shown->connectionUri();
    QCOMPARE(shown->findChild<QLineEdit *>(QStringLiteral("uriEdit"))->text(), shownUri);
    QVERIFY(shownUri.contains(QStringLiteral("sslmode=require")));

    // Listed, with its access level; the password is kept nowhere but in that dialog.
    QVERIFY(m_users->contains(name));
    const DatabaseUser listed = m_users->userAt(m_users->rowOf(name));
    QCOMPARE(listed.readOnly, readOnly);
    QVERIFY(!listed.isProtected);
    QVERIFY(listed.password.isEmpty());
    bool onServer = false;
    for (const DatabaseUser &u : serverUsers())
        onServer = onServer || (u.name == name && u.readOnly == readOnly);
    QVERIFY(onServer);

    // In PostgreSQL: the shown password logs in over TLS, with exactly the chosen rights.
    {
        PgLogin login(uri(name, password));
        QVERIFY2(login.ok(), qPrintable(login.error()));
        QVERIFY(login.tls());
        QCOMPARE(login.value(QStringLiteral("SELECT current_user")).value_or(QString()), name);
        QVERIFY2(login.value(QStringLiteral("SELECT count(*) FROM gui_notes")).has_value(),
                 qPrintable(login.lastError()));
        const bool inserted = login.exec(QStringLiteral("INSERT INTO gui_notes VALUES (2, '%1')").arg(name));
        if (readOnly) {
            QVERIFY(!inserted);
            QVERIFY2(login.lastError().contains(QStringLiteral("permission denied")), qPrintable(login.lastError()));
        } else {
            QVERIFY2(inserted, qPrintable(login.lastError()));
        }
    }

    // Shown once: closing asks whether it was stored, then the password is gone from the UI.
    QVERIFY(closePasswordDialog(shown));
    QCOMPARE(ConfirmDialog::lastRequest().headline, QStringLiteral("Have you stored the password of %1?").arg(name));
    QVERIFY(!m_page->findChild<PasswordDialog *>());
}

void TestUsersPageSandbox::deleteUser()
{
    const QString name = QStringLiteral("gui_doomed");
    const QString password = createThroughApi(name, false);
    QVERIFY(!password.isEmpty());
    QVERIFY(selectRow(child<QTableView>("usersView"), name));
    auto *deleteButton = child<QAbstractButton>("deleteButton");

    // The confirmation requires typing the username; declining changes nothing.
    ConfirmDialog::setNextAnswer(false);
    QVERIFY(click(deleteButton));
    ConfirmRequest request = ConfirmDialog::lastRequest();
    QCOMPARE(request.typeToConfirm, name);
    QCOMPARE(request.headline, QStringLiteral("Delete the user %1?").arg(name));
    QVERIFY(request.destructive);
    QTest::qWait(300);
    QVERIFY(m_users->contains(name));
    {
        PgLogin still(uri(name, password));
        QVERIFY2(still.ok(), qPrintable(still.error()));
    }

    ConfirmDialog::setNextAnswer(true);
    QVERIFY(click(deleteButton));
    QCOMPARE(ConfirmDialog::lastRequest().typeToConfirm, name);
    QTRY_VERIFY_WITH_TIMEOUT(!m_users->contains(name), 30000);
    QTRY_COMPARE(child<QLabel>("messageLabel")->text(), QStringLiteral("User %1 has been deleted.").arg(name));
    for (const DatabaseUser &u : serverUsers())
        QVERIFY(u.name != name);
    PgLogin gone(uri(name, password));
    QVERIFY(!gone.ok());
    QVERIFY2(gone.error().contains(QStringLiteral("password authentication failed")), qPrintable(gone.error()));
}

void TestUsersPageSandbox::protectedUserIsLocked()
{
    auto *view = child<QTableView>("usersView");
    auto *reset = child<QAbstractButton>("resetButton");
    auto *set = child<QAbstractButton>("setPasswordButton");
    auto *del = child<QAbstractButton>("deleteButton");
    const QString reason
            = QStringLiteral("%1 was created with the database; it can't be removed or reset.").arg(m_db.ownerUser);

    // An ordinary user first, so the locked state below is a change.
    QVERIFY(!createThroughApi(QStringLiteral("gui_ordinary"), true).isEmpty());
    QVERIFY(selectRow(view, QStringLiteral("gui_ordinary")));
    QVERIFY(reset->isEnabled() && set->isEnabled() && del->isEnabled());
    QVERIFY(reset->toolTip() != PlainText::toolTip(reason));

    QVERIFY(m_users->userAt(m_users->rowOf(m_db.ownerUser)).isProtected);
    QVERIFY(selectRow(view, m_db.ownerUser));
    QVERIFY(!reset->isEnabled());
    QVERIFY(!set->isEnabled());
    QVERIFY(!del->isEnabled());
    // Tooltips are escaped HTML (PlainText::toolTip): the name inside shows literally.
    QCOMPARE(reset->toolTip(), PlainText::toolTip(reason));
    QCOMPARE(set->toolTip(), PlainText::toolTip(reason));
    QCOMPARE(del->toolTip(), PlainText::toolTip(reason));
    QVERIFY(child<QAbstractButton>("addButton")->isEnabled());
    QVERIFY(child<QAbstractButton>("copyUriButton")->isEnabled());

    // The slots behind the shortcuts (Del) refuse too: no confirmation is even asked.
    ConfirmRequest sentinel;
    sentinel.headline = QStringLiteral("sentinel");
    ConfirmDialog::setNextAnswer(false);
    ConfirmDialog::ask(m_page, sentinel);
    ConfirmDialog::setNextAnswer(true);
    m_page->deleteUser();
    m_page->resetPassword();
    m_page->setPassword();
    QCOMPARE(ConfirmDialog::lastRequest().headline, QStringLiteral("sentinel"));
    QVERIFY(!m_page->findChild<QDialog *>());
    ConfirmDialog::setNextAnswer(std::nullopt);
    QVERIFY(m_users->contains(m_db.ownerUser));
    PgLogin owner(m_db.uri);
    QVERIFY2(owner.ok(), qPrintable(owner.error()));
}

void TestUsersPageSandbox::nameTakenMeanwhile()
{
    const QString name = QStringLiteral("gui_racer");
    const QString typed = QStringLiteral("Typed-by-the-user-in-the-dialog-42");
    QVERIFY(click(child<QAbstractButton>("addButton")));
    AddUserDialog *found = nullptr;
    QTRY_VERIFY((found = m_page->findChild<AddUserDialog *>()) && found->isVisible());
    QPointer<AddUserDialog> dialog = found;
    auto *username = dialog->findChild<QLineEdit *>(QStringLiteral("usernameEdit"));
    auto *password = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    auto *confirmation = dialog->findChild<QLineEdit *>(QStringLiteral("confirmationEdit"));
    auto *readOnly = dialog->findChild<QCheckBox *>(QStringLiteral("readOnlyCheck"));
    auto *hint = dialog->findChild<QLabel *>(QStringLiteral("usernameHint"));
    QTest::keyClicks(username, name);
    QTest::keyClicks(password, typed);
    QTest::keyClicks(confirmation, typed);
    readOnly->setChecked(true);
    QCOMPARE(hint->text(), QStringLiteral("Available."));

    // Someone else takes the name after the dialog opened (through the API, so the page does not know).
    NewDatabaseUser other;
    other.name = name;
    ApiReply *created = m_window->client()->createDatabaseUser(m_window->session()->ref(), other);
    bool createdOk = false;
    QSignalSpy finished(created, &ApiReply::finished);
    connect(created, &ApiReply::finished, this, [&, created] { createdOk = created->isSuccess(); });
    QVERIFY(finished.wait(30000));
    QVERIFY(createdOk);
    // The server's own wording for this refusal.
    const SandboxProcess::Reply again
            = m_sandbox.post(usersPath(), m_db.addonToken,
                             {{QStringLiteral("database_user"), QJsonObject{{QStringLiteral("name"), name}}}});
    QCOMPARE(again.status, 422);
    const QString serverMessage = again.json[QStringLiteral("errors")][QStringLiteral("name")][0].toString();
    QVERIFY(!serverMessage.isEmpty());

    QVERIFY(click(dialog->findChild<QPushButton *>(QStringLiteral("submitButton"))));
    QTRY_COMPARE_WITH_TIMEOUT(hint->text(), serverMessage, 30000);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
    // Everything typed is still there, and editable.
    QCOMPARE(username->text(), name);
    QCOMPARE(password->text(), typed);
    QCOMPARE(confirmation->text(), typed);
    QVERIFY(readOnly->isChecked() && readOnly->isEnabled());
    QVERIFY(password->isEnabled());
    QVERIFY(!m_page->findChild<PasswordDialog *>());
    // The other user's account is untouched: our typed password does not log in as it.
    PgLogin notOurs(uri(name, typed));
    QVERIFY(!notOurs.ok());
    dialog->reject();
    QTRY_VERIFY(!dialog);
}

void TestUsersPageSandbox::cleanupTestCase()
{
    m_window.reset();
    QCOMPARE(m_sandbox.stop(), 0);
    QSettings().clear();
}

QTEST_MAIN(TestUsersPageSandbox)
