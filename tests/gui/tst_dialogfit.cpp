// Issue 16 item 5: every dialog opens as tall as its content needs (no empty band under the fields, also after a
// warning appears or hides), wide enough that a confirmation reads as lines rather than a narrow column, and
// destructive confirm buttons look destructive (red, with an icon) with their text and accessible name intact.
#include "adduserdialog.h"
#include "bulkrulesdialog.h"
#include "confirmdialog.h"
#include "newruledialog.h"
#include "offboarddialogs.h"
#include "passworddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <cmath>

Q_DECLARE_METATYPE(AddUserDialog::Mode)

namespace {
constexpr int kSlack = 12; // rounding, a style's frame: anything more is an empty band

/// What the dialog's content needs at its current width, computed from the layout the way Qt lays it out.
int needed(QDialog &dialog)
{
    QLayout *layout = dialog.layout();
    layout->activate();
    const int forWidth = layout->hasHeightForWidth() ? layout->totalHeightForWidth(dialog.width())
                                                     : layout->totalSizeHint().height();
    return qMax(forWidth, dialog.minimumSizeHint().height());
}

bool settle(QDialog &dialog)
{
    if (!dialog.isVisible()) {
        dialog.show();
        if (!QTest::qWaitForWindowExposed(&dialog))
            return false;
    }
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    return true;
}

#define CHECK_FITS(dialog) \
    do { \
        QVERIFY(settle(dialog)); \
        const int need = needed(dialog); \
        QVERIFY2((dialog).height() <= need + kSlack, \
                 qPrintable(QStringLiteral("%1 is %2 px tall, its content needs %3") \
                                    .arg(QLatin1String((dialog).metaObject()->className())) \
                                    .arg((dialog).height()) \
                                    .arg(need))); \
        QVERIFY((dialog).height() >= need - kSlack); /* nor cut */ \
    } while (false)
} // namespace

class TestDialogFit : public QObject
{
    Q_OBJECT

private slots:
    void newRuleDialog()
    {
        NewRuleDialog dialog;
        CHECK_FITS(dialog);
        const int empty = dialog.height();
        auto *cidr = dialog.findChild<QLineEdit *>(QStringLiteral("cidrEdit"));
        dialog.setPublicIp(QStringLiteral("203.0.113.7"));
        cidr->setText(QStringLiteral("192.168.1.0/24")); // a warning and a button appear: it grows
        CHECK_FITS(dialog);
        QVERIFY(dialog.height() > empty);
        cidr->setText(QStringLiteral("0.0.0.0/0"));
        CHECK_FITS(dialog);
        cidr->setText(QStringLiteral("203.0.113.0/24")); // and shrinks back
        CHECK_FITS(dialog);
    }

    void addUserDialog_data()
    {
        QTest::addColumn<AddUserDialog::Mode>("mode");
        QTest::newRow("add") << AddUserDialog::Mode::AddUser;
        QTest::newRow("set password") << AddUserDialog::Mode::SetPassword;
    }
    void addUserDialog()
    {
        QFETCH(AddUserDialog::Mode, mode);
        AddUserDialog dialog(mode);
        CHECK_FITS(dialog);
        if (auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("usernameEdit")); name && name->isVisible()) {
            name->setText(QStringLiteral("X")); // too short: a hint appears
            CHECK_FITS(dialog);
        }
    }

    void passwordDialog()
    {
        PasswordDialog dialog;
        dialog.showPassword(QStringLiteral("reporting_ro"), QStringLiteral("Generated-Secret-Password-0123456789"),
                            QStringLiteral("postgresql://owner:x@db.example.test:31000/mydb?sslmode=require"));
        CHECK_FITS(dialog);
        // A password as long as Scalingo's (64 characters) is seen whole, from its start: it used to show its end.
        const QString password(64, QLatin1Char('W'));
        PasswordDialog longer;
        longer.showPassword(QStringLiteral("reporting_ro"), password, QString());
        CHECK_FITS(longer);
        auto *edit = longer.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QCOMPARE(edit->cursorPosition(), 0);
        QVERIFY2(edit->contentsRect().width() >= edit->fontMetrics().horizontalAdvance(password) + 4,
                 qPrintable(QStringLiteral("the password needs %1 px, its field shows %2")
                                    .arg(edit->fontMetrics().horizontalAdvance(password))
                                    .arg(edit->contentsRect().width())));
        // ...and the dialog grew with it: the field does not slide under its Copy button.
        auto *copy = longer.findChild<QPushButton *>(QStringLiteral("copyPasswordButton"));
        QVERIFY2(edit->geometry().right() < copy->geometry().left(),
                 qPrintable(QStringLiteral("the field ends at %1, its Copy button starts at %2")
                                    .arg(edit->geometry().right())
                                    .arg(copy->geometry().left())));
        QVERIFY(copy->geometry().right() < longer.width());
    }

    void copyRulesDialogSaysWhyItsListIsEmpty()
    {
        // One Dedicated Resources database and a classic addon (the sandbox): no target to tick, and it says why.
        Database dedicated, addon;
        dedicated.id = QStringLiteral("a");
        dedicated.name = QStringLiteral("alpha");
        addon.id = QStringLiteral("b");
        addon.name = QStringLiteral("beta");
        addon.kind = Database::Kind::Addon;
        CopyRulesDialog dialog;
        dialog.setDatabases({dedicated, addon});
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->text().contains(QLatin1String("no other database")), qPrintable(summary->text()));
        Database other = dedicated;
        other.id = QStringLiteral("c");
        other.name = QStringLiteral("gamma");
        dialog.setDatabases({dedicated, other});
        QVERIFY2(summary->text().startsWith(QLatin1String("Tick")), qPrintable(summary->text()));
        dialog.findChild<QLineEdit *>(QStringLiteral("filterEdit"))->setText(QStringLiteral("zzz"));
        QVERIFY2(summary->text().contains(QLatin1String("matches")), qPrintable(summary->text()));
    }

    void bulkRulesDialog()
    {
        BulkRulesDialog dialog;
        CHECK_FITS(dialog);
    }

    void confirmationReadsAsLines_data()
    {
        QTest::addColumn<bool>("typed");
        QTest::newRow("simple") << false;
        QTest::newRow("type to confirm") << true;
    }
    void confirmationReadsAsLines()
    {
        QFETCH(bool, typed);
        ConfirmRequest request;
        request.title = QStringLiteral("Delete rule");
        request.headline = QStringLiteral("Delete the rule for 203.0.113.0/24 (Office network of the Paris team)?");
        request.message = QStringLiteral("Connections from this network will be refused once the change is applied "
                                         "(about 2 minutes). Sessions already open are not cut.\n\nIt is the last "
                                         "rule: nobody will be able to reach the database.");
        request.confirmText = QStringLiteral("Delete rule");
        if (typed) {
            request.typeToConfirm = QStringLiteral("reporting_ro");
            request.acknowledgement = QStringLiteral("I understand this computer will lose access");
        }
        ConfirmDialog dialog(request);
        CHECK_FITS(dialog);
        const int chars = dialog.fontMetrics().averageCharWidth();
        auto *headline = dialog.findChild<QLabel *>(QStringLiteral("headlineLabel"));
        auto *message = dialog.findChild<QLabel *>(QStringLiteral("messageLabel"));
        QVERIFY(headline && message);
        QVERIFY2(headline->width() >= 45 * chars,
                 qPrintable(QStringLiteral("%1 of %2 px, %3 px a character")
                                    .arg(headline->width())
                                    .arg(dialog.width())
                                    .arg(chars)));
        QVERIFY2(message->width() >= 45 * chars, qPrintable(QString::number(message->width() / chars)));
        // The message's four sentences fit in a handful of lines, not one word per line.
        QVERIFY2(message->height() <= message->fontMetrics().lineSpacing() * 7,
                 qPrintable(QString::number(message->height() / message->fontMetrics().lineSpacing())));
    }

    void destructiveButtonLooksDestructive()
    {
        ConfirmRequest request;
        request.headline = QStringLiteral("Delete the user reporting_ro?");
        request.confirmText = QStringLiteral("Delete user");
        request.confirmIcon = QStringLiteral("delete");
        ConfirmDialog dialog(request);
        auto *ok = dialog.findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(ok);
        QVERIFY(ok->property("destructive").toBool());
        QCOMPARE(ok->text(), QStringLiteral("Delete user"));
        QVERIFY(!ok->icon().isNull());
        const QColor fill = ok->palette().color(QPalette::Active, QPalette::Button);
        QVERIFY2(fill.red() > 2 * fill.green() && fill.red() > 2 * fill.blue(), qPrintable(fill.name()));
        // Light text on it: a contrast ratio of at least 4.5:1 (WCAG AA).
        const auto luminance = [](const QColor &c) {
            const auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
        };
        const QColor text = ok->palette().color(QPalette::Active, QPalette::ButtonText);
        QVERIFY((luminance(text) + 0.05) / (luminance(fill) + 0.05) >= 4.5);
        // Still never the default reaction to Enter, and its accessible name is its text.
        QVERIFY(!ok->isDefault());
        QVERIFY(ok->accessibleName().isEmpty() || ok->accessibleName() == ok->text());

        request.destructive = false;
        request.confirmText = QStringLiteral("Make reachable");
        ConfirmDialog harmless(request);
        auto *plain = harmless.findChild<QPushButton *>(QStringLiteral("confirmButton"));
        QVERIFY(!plain->property("destructive").toBool());
    }
};

QTEST_MAIN(TestDialogFit)
#include "tst_dialogfit.moc"
