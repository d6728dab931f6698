// Settings → Database Users against the real gatehouse-sandbox, every flow checked in PostgreSQL with libpq logins
// over TLS (sslmode=require): Add user (read-only / read-write, generated password shown once), Reset password,
// Set password, Delete user (typed confirmation through the ConfirmDialog seam; the typing itself is covered by
// tst_confirmdialog), the protected user, a name taken meanwhile (422) and the clipboard clearing.
#include "adduserdialog.h"
#include "api/apiclient.h"
#include "clipboardguard.h"
#include "confirmdialog.h"
#include "databaseuserspage.h"
#include "guisandbox.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "passworddialog.h"
#include "plaintext.h"
#include "system/tokenstore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace GuiSandbox;

class TestUsersPageSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void addUser_data();
    void addUser();
    void resetPassword();
    void setPassword();
    void deleteUser();
    void protectedUserIsLocked();
    void nameTakenMeanwhile();
    void clipboardIsClearedAfterTheDelay();
    void clipboardKeepsWhatWasCopiedSince();
    void copyConnectionUriLeavesThePasswordOut();

    void cleanupTestCase();

private:
    QString usersPath() const { return QStringLiteral("/api/databases/%1/users").arg(m_db.addonId); }
    QList<DatabaseUser> serverUsers();
    /// Creates `name` through the API (generated password), waits for the page to list it; returns the password.
    QString createThroughApi(const QString &name, bool readOnly);
    /// Selects `name` in the table, resets its password through the page and returns the dialog showing it.
    PasswordDialog *resetThroughPage(const QString &name);
    /// Answers "yes, stored" and closes a password dialog.
    bool closePasswordDialog(PasswordDialog *dialog);
    QString uri(const QString &user, const QString &password) const
    {
        return uriFor(m_window->session()->connectionUri(), user, password);
    }
    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }

    SandboxProcess m_sandbox;
    SandboxProcess::Database m_db;
    MemoryTokenStore m_store;
    std::unique_ptr<MainWindow> m_window;
    DatabaseUsersPage *m_page = nullptr;
    DatabaseUsersModel *m_users = nullptr;
};

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

    m_window = std::make_unique<MainWindow>(optionsFor(m_sandbox, &m_store));
    m_window->resize(1000, 700);
    m_window->show();
    QVERIFY(typeTokenAndSignIn(m_window.get(), m_sandbox.apiToken(), false));
    QVERIFY(waitUntilOpen(m_window.get()));
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

void TestUsersPageSandbox::cleanupTestCase()
{
    m_window.reset();
    QCOMPARE(m_sandbox.stop(), 0);
    QSettings().clear();
}

QTEST_MAIN(TestUsersPageSandbox)
#include "tst_userspage_sandbox.moc"
