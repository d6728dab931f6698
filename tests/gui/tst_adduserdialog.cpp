#include "adduserdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

class TestAddUserDialog : public QObject
{
    Q_OBJECT

private:
    struct Ui
    {
        QLineEdit *name, *password, *confirmation;
        QLabel *nameHint, *passwordHint, *confirmationHint, *error;
        QPushButton *generate, *ok;
        QCheckBox *readOnly;
    };
    static Ui find(QDialog &d)
    {
        return {d.findChild<QLineEdit *>(QStringLiteral("usernameEdit")),
                d.findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
                d.findChild<QLineEdit *>(QStringLiteral("confirmationEdit")),
                d.findChild<QLabel *>(QStringLiteral("usernameHint")),
                d.findChild<QLabel *>(QStringLiteral("passwordHint")),
                d.findChild<QLabel *>(QStringLiteral("confirmationHint")),
                d.findChild<QLabel *>(QStringLiteral("errorLabel")),
                d.findChild<QPushButton *>(QStringLiteral("generateButton")),
                d.findChild<QPushButton *>(QStringLiteral("submitButton")),
                d.findChild<QCheckBox *>(QStringLiteral("readOnlyCheck"))};
    }
    const QString good = QStringLiteral("correct-horse-battery-staple-42");

private slots:
    void usernameRules_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("ok") << QStringLiteral("reporting_ro") << true;
        QTest::newRow("min 6") << QStringLiteral("abcdef") << true;
        QTest::newRow("too short") << QStringLiteral("abcde") << false;
        QTest::newRow("max 32") << QStringLiteral("a").repeated(32) << true;
        QTest::newRow("too long") << QStringLiteral("a").repeated(33) << false;
        QTest::newRow("upper case") << QStringLiteral("Reporting") << false;
        QTest::newRow("leading digit") << QStringLiteral("1report") << false;
        QTest::newRow("leading underscore") << QStringLiteral("_report") << false;
        QTest::newRow("hyphen") << QStringLiteral("my-report") << false;
        QTest::newRow("quote") << QStringLiteral("rep'ort1") << false;
        QTest::newRow("taken") << QStringLiteral("metabase") << false;
        QTest::newRow("taken other case") << QStringLiteral("METABASE") << false;
    }

    void usernameRules()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        AddUserDialog d(AddUserDialog::Mode::AddUser);
        d.setExistingUsernames({QStringLiteral("metabase"), QStringLiteral("my_app_4553")});
        Ui ui = find(d);
        ui.name->setText(name);
        // Empty password: the platform generates one, so only the name decides.
        QCOMPARE(ui.ok->isEnabled(), valid);
        QCOMPARE(ui.nameHint->text().isEmpty(), false);
    }

    void passwordRules_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("confirmation");
        QTest::addColumn<bool>("valid");
        QTest::newRow("24 chars") << QStringLiteral("a").repeated(24) << QStringLiteral("a").repeated(24) << true;
        QTest::newRow("23 chars") << QStringLiteral("a").repeated(23) << QStringLiteral("a").repeated(23) << false;
        QTest::newRow("64 chars") << QStringLiteral("b").repeated(64) << QStringLiteral("b").repeated(64) << true;
        QTest::newRow("65 chars") << QStringLiteral("b").repeated(65) << QStringLiteral("b").repeated(65) << false;
        QTest::newRow("double quote") << good + QLatin1Char('"') << good + QLatin1Char('"') << false;
        QTest::newRow("single quote") << good + QLatin1Char('\'') << good + QLatin1Char('\'') << false;
        QTest::newRow("mismatch") << good << good + QLatin1Char('x') << false;
        QTest::newRow("missing confirmation") << good << QString() << false;
    }

    void passwordRules()
    {
        QFETCH(QString, password);
        QFETCH(QString, confirmation);
        QFETCH(bool, valid);
        AddUserDialog d(AddUserDialog::Mode::AddUser);
        Ui ui = find(d);
        ui.name->setText(QStringLiteral("reporting_ro"));
        ui.password->setText(password);
        ui.confirmation->setText(confirmation);
        QCOMPARE(ui.ok->isEnabled(), valid);
    }

    void generateFillsBothFields()
    {
        AddUserDialog d(AddUserDialog::Mode::AddUser);
        Ui ui = find(d);
        ui.name->setText(QStringLiteral("reporting_ro"));
        QTest::mouseClick(ui.generate, Qt::LeftButton);
        QCOMPARE(ui.password->text().size(), 64);
        QCOMPARE(ui.password->text(), ui.confirmation->text());
        QVERIFY(ui.ok->isEnabled());
        QCOMPARE(d.user().password, ui.password->text());
    }

    void submitAndFieldErrorFromServer()
    {
        AddUserDialog d(AddUserDialog::Mode::AddUser);
        d.show();
        Ui ui = find(d);
        QSignalSpy submitted(&d, &AddUserDialog::submitted);
        ui.name->setText(QStringLiteral("reporting_ro"));
        ui.readOnly->setChecked(true);
        QTest::mouseClick(ui.ok, Qt::LeftButton);
        QCOMPARE(submitted.count(), 1);
        const NewDatabaseUser user = d.user();
        QCOMPARE(user.name, QStringLiteral("reporting_ro"));
        QVERIFY(user.readOnly);
        QVERIFY(user.password.isEmpty());
        d.setBusy(true);
        QVERIFY(!ui.ok->isEnabled());
        ApiError error(ApiError::Kind::Validation, 422);
        error.setFieldErrors({{QStringLiteral("name"), {QStringLiteral("has already been taken")}}});
        d.setError(error);
        QVERIFY(d.isVisible());
        QCOMPARE(ui.name->text(), QStringLiteral("reporting_ro"));
        QVERIFY(ui.nameHint->text().contains(QStringLiteral("already been taken")));
    }

    void setPasswordModeRequiresAPassword()
    {
        AddUserDialog d(AddUserDialog::Mode::SetPassword);
        d.setUsername(QStringLiteral("metabase"));
        Ui ui = find(d);
        QVERIFY(ui.name->isReadOnly());
        QVERIFY(!ui.ok->isEnabled()); // no "generated" shortcut here
        ui.password->setText(good);
        ui.confirmation->setText(good);
        QVERIFY(ui.ok->isEnabled());
        QCOMPARE(d.password(), good);
    }
};

QTEST_MAIN(TestAddUserDialog)
#include "tst_adduserdialog.moc"
