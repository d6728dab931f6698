// Every page and dialog: each focusable control is reachable with Tab and says what it is to a screen reader.
#include "adduserdialog.h"
#include "system/tokenstore.h"
#include "confirmdialog.h"
#include "databaseuserspage.h"
#include "extensionspage.h"
#include "internetaccesspage.h"
#include "mainwindow.h"
#include "newruledialog.h"
#include "onboardwizard.h"
#include "offboarddialogs.h"
#include "overviewpage.h"
#include "passworddialog.h"
#include "signinpage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

namespace {

/// What a screen reader announces: the accessible name, else a button's text, else a buddy label's text.
QString spokenName(QWidget *w)
{
    if (!w->accessibleName().isEmpty())
        return w->accessibleName();
    if (auto *button = qobject_cast<QAbstractButton *>(w); button && !button->text().isEmpty())
        return button->text();
    const auto labels = w->window()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == w && !label->text().isEmpty())
            return label->text();
    }
    return {};
}

/// A control the user can Tab to once it is enabled (disabled ones still need a name for when they are).
bool isControl(QWidget *w, QWidget *root)
{
    return w->isVisibleTo(root) && (w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QLabel *>(w)
            && w->window() == root->window();
}

bool takesFocus(QWidget *w)
{
    return w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !qobject_cast<QLabel *>(w);
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    /// Walks the Tab chain from the first control and checks each control is visited and named.
    void checkWidget(QWidget *root)
    {
        root->show();
        QVERIFY(QTest::qWaitForWindowExposed(root));
        QList<QWidget *> focusable;
        const auto children = root->findChildren<QWidget *>();
        for (QWidget *w : children) {
            if (isControl(w, root) && !w->inherits("QScrollBar") && w->parentWidget()
                && !w->parentWidget()->inherits("QAbstractSpinBox") && !qobject_cast<QLineEdit *>(w->parentWidget())
                && !w->inherits("QTabBar"))
                focusable << w;
        }
        QVERIFY2(!focusable.isEmpty(), root->metaObject()->className());

        QStringList unnamed;
        for (QWidget *w : std::as_const(focusable)) {
            if (spokenName(w).isEmpty())
                unnamed << QStringLiteral("%1 (%2)").arg(w->objectName(),
                                                         QString::fromLatin1(w->metaObject()->className()));
        }
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("%1: no accessible name for %2")
                                    .arg(QString::fromLatin1(root->metaObject()->className()),
                                         unnamed.join(QStringLiteral(", ")))));

        // Tab through the enabled ones: every control must be reached, and the chain must come back around.
        focusable.erase(std::remove_if(focusable.begin(), focusable.end(), [](QWidget *w) { return !takesFocus(w); }),
                        focusable.end());
        if (focusable.isEmpty())
            return; // nothing enabled yet (no database open)
        QSet<QWidget *> visited;
        QWidget *start = focusable.first();
        start->setFocus(Qt::TabFocusReason);
        QWidget *current = start;
        for (int i = 0; i < 4 * focusable.size() + 8; ++i) {
            visited.insert(current);
            current = current->nextInFocusChain();
            while (current != start && !takesFocus(current))
                current = current->nextInFocusChain();
            if (current == start)
                break;
        }
        QStringList missed;
        for (QWidget *w : std::as_const(focusable)) {
            if (!visited.contains(w))
                missed << w->objectName();
        }
        QVERIFY2(missed.isEmpty(),
                 qPrintable(QStringLiteral("not reachable with Tab: ") + missed.join(QLatin1Char(','))));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void signInPage()
    {
        SignInPage page;
        checkWidget(&page);
    }
    void internetAccessPage()
    {
        InternetAccessPage page;
        checkWidget(&page);
    }
    void databaseUsersPage()
    {
        DatabaseUsersPage page;
        checkWidget(&page);
    }
    void extensionsPage()
    {
        ExtensionsPage page;
        checkWidget(&page);
    }
    void overviewPage()
    {
        OverviewPage page;
        checkWidget(&page);
    }
    void newRuleDialog()
    {
        NewRuleDialog dialog;
        checkWidget(&dialog);
    }
    void onboardWizard()
    {
        OnboardWizard wizard;
        Database db;
        db.id = QStringLiteral("app-1");
        db.name = QStringLiteral("my-postgres-db");
        db.region = QStringLiteral("osc-fr1");
        wizard.setDatabases({db});
        checkWidget(&wizard); // who and from where
        wizard.findChild<QLineEdit *>(QStringLiteral("whoEdit"))->setText(QStringLiteral("Alice Martin"));
        wizard.findChild<QLineEdit *>(QStringLiteral("networkEdit"))->setText(QStringLiteral("203.0.113.7"));
        wizard.next();
        QCOMPARE(wizard.currentId(), int(OnboardWizard::DatabasesPage));
        checkWidget(&wizard);
    }
    void addUserDialog()
    {
        AddUserDialog dialog(AddUserDialog::Mode::AddUser);
        checkWidget(&dialog);
    }
    void passwordDialog()
    {
        PasswordDialog dialog;
        dialog.showPassword(QStringLiteral("reporting_ro"), QStringLiteral("x").repeated(64),
                            QStringLiteral("postgresql://owner:pw@127.0.0.1:5432/db?sslmode=require"));
        checkWidget(&dialog);
        ConfirmDialog::setNextAnswer(true); // closing asks whether the password was stored
    }
    void offboardDialogs()
    {
        OffboardDialog offboard;
        offboard.setDatabaseCount(3);
        checkWidget(&offboard);
        CopyRulesDialog copy;
        Database a, b;
        a.id = QStringLiteral("a");
        a.name = QStringLiteral("alpha");
        b.id = QStringLiteral("b");
        b.name = QStringLiteral("beta");
        copy.setDatabases({a, b});
        checkWidget(&copy);
        ChangePreviewDialog preview;
        preview.setStage(ChangePreviewDialog::Stage::Preview);
        preview.setApplyText(QStringLiteral("&Delete selected"), true);
        checkWidget(&preview);
    }
    void confirmDialog()
    {
        ConfirmRequest request;
        request.headline = QStringLiteral("Delete the user metabase?");
        request.typeToConfirm = QStringLiteral("metabase");
        ConfirmDialog dialog(request);
        checkWidget(&dialog);
    }
    void mainWindowSignIn()
    {
        MainWindow::Options options;
        options.tokenStore = new MemoryTokenStore;
        MainWindow window(options);
        checkWidget(&window);
        delete options.tokenStore;
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
