// One Alt+letter per visible control: on every tab and every Settings section, in English and French, the tabs, the
// menus and the database picker (always on screen) and the page's own buttons, group boxes and labels' buddies use
// distinct letters. A shared letter makes Alt+letter cycle between controls instead of acting (&History used to share
// Alt+H with &Help, "&Delete" Alt+D with "&Database:").
#include "mainwindow.h"
#include "system/tokenstore.h"
#include "translator.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenuBar>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

namespace {

using Keys = QMap<QString, QStringList>;

void add(Keys &byKey, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        byKey[key.toString()] << text;
}

/// Whether \a widget is on screen when \a page is: not in another section of the Settings stack, nor in \a other
/// (the page a database of the other kind shows in the same place). Widgets that only a state shows (an error's
/// Retry, a toggle's other label) count too, since the state can arise on that page.
bool inShownSection(const QWidget *widget, const QWidget *page, const QWidget *other)
{
    for (const QWidget *w = widget; w && w != page; w = w->parentWidget()) {
        if (w == other)
            return false;
        const auto *stack = qobject_cast<const QStackedWidget *>(w->parentWidget());
        if (stack && stack->objectName() == QLatin1String("settingsStack") && stack->currentWidget() != w)
            return false;
    }
    return true;
}

} // namespace

class TestMnemonics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyPageHasDistinctLetters_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("history");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Alt+Y");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Alt+H");
    }

    void everyPageHasDistinctLetters()
    {
        QFETCH(QString, language);
        QFETCH(QString, history);
        QVERIFY(Translator::install(Translator::resolve(language)));
        const auto english = qScopeGuard([] { Translator::install(QLocale(QLocale::English, QLocale::UnitedStates)); });
        MainWindow::Options options;
        MemoryTokenStore store;
        options.tokenStore = &store;
        MainWindow window(options);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
        QVERIFY(tabs);
        Keys common;
        for (int i = 0; i < tabs->count(); ++i)
            add(common, tabs->tabText(i));
        for (QAction *menu : window.menuBar()->actions())
            add(common, menu->text());
        auto *databaseLabel = window.findChild<QLabel *>(QStringLiteral("databaseLabel"));
        QVERIFY(databaseLabel);
        add(common, databaseLabel->text());

        QStringList clashes;
        QStringList checked;
        // Internet Access (Dedicated Resources) and Internet accessibility (classic addons) share a place in Settings.
        auto *firewall = window.findChild<QWidget *>(QStringLiteral("InternetAccessPage"));
        auto *toggles = window.findChild<QWidget *>(QStringLiteral("InternetAccessibilityPage"));
        QVERIFY(firewall && toggles);
        const auto checkShown = [&](const QString &where, const QWidget *other) {
            Keys byKey = common;
            QWidget *page = tabs->currentWidget();
            for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
                if (inShownSection(button, page, other))
                    add(byKey, button->text());
            }
            for (QGroupBox *box : page->findChildren<QGroupBox *>()) {
                if (inShownSection(box, page, other))
                    add(byKey, box->title());
            }
            for (QLabel *label : page->findChildren<QLabel *>()) {
                if (label->buddy() && inShownSection(label, page, other))
                    add(byKey, label->text());
            }
            for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
                if (it.value().size() > 1)
                    clashes << where + QStringLiteral(": ") + it.key() + QStringLiteral(": ") + it.value().join(u'|');
            }
            checked << where;
        };
        int sections = 0;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            auto *stack = tabs->widget(i)->findChild<QStackedWidget *>(QStringLiteral("settingsStack"));
            for (int section = 0; section < (stack ? stack->count() : 1); ++section) {
                if (stack)
                    stack->setCurrentIndex(section);
                const QString where = QStringLiteral("%1 %2").arg(tabs->tabText(i)).arg(section);
                checkShown(where, toggles);
                if (tabs->currentWidget()->isAncestorOf(toggles) && inShownSection(toggles, tabs->currentWidget(), nullptr))
                    checkShown(where + QStringLiteral(" (classic addon)"), firewall);
                ++sections;
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        // Overview, Settings (Internet Access or accessibility, Database Users), Extensions, History, All databases.
        QVERIFY2(tabs->count() >= 5 && sections >= tabs->count() + 1
                         && checked.filter(QStringLiteral("(classic addon)")).size() == 1,
                 qPrintable(checked.join(u'\n')));

        const int historyTab = tabs->indexOf(window.findChild<QWidget *>(QStringLiteral("historyTab")));
        QVERIFY(historyTab >= 0);
        QCOMPARE(QKeySequence::mnemonic(tabs->tabText(historyTab)).toString(), history);
        // The Overview's connection string field has its own letter (it used to take Settings' Alt+S).
        auto *uri = window.findChild<QLabel *>(QStringLiteral("uriCaption"));
        QVERIFY(uri);
        QVERIFY(!QKeySequence::mnemonic(uri->text()).isEmpty());
    }
};

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
