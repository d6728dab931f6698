// Issue 12 item 8: a hostile server. Every name, label and message it sends is shown as the raw string (markup
// literal, invisible characters visible), in labels with Qt::PlainText, in table cells, the database picker,
// tooltips, banners and confirmation dialogs; a role whose name ends in a newline can be deleted from the app.
#include "confirmdialog.h"
#include "domain/displaytext.h"
#include "fakeapiserver.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/firewallrulesmodel.h"
#include "system/tokenstore.h"

#include <QComboBox>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QtTest>

namespace {
const QString kDatabase = QStringLiteral("<h1>x</h1>\u202Egnp.exe");
const QString kAccount = QStringLiteral("<a href=\"https://evil.example\">alice</a>");
const QString kNewlineUser = QStringLiteral("abcdef\n");
const QString kMarkupUser = QStringLiteral("<b>bold_user</b>");
const QString kRuleLabel = QStringLiteral("<a href=\"https://evil.example\">office</a> \u202Eevil\u200b");

QString shownInCell(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    auto *delegate = qobject_cast<QStyledItemDelegate *>(view->itemDelegateForIndex(index));
    return delegate ? delegate->displayText(index.data(), QLocale()) : index.data().toString();
}

int rowOf(QTableView *view, int column, const QString &raw)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, column).data().toString() == raw)
            return row;
    }
    return -1;
}
} // namespace

class TestHostileGui : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void serverTextIsPlainEverywhere();
    void roleWithNewlineCanBeDeleted();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *widget = m_window->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    void signIn();

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<MainWindow> m_window;
    MemoryTokenStore *m_store = nullptr;
};

void TestHostileGui::init()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->listen());
    m_server->databaseName = kDatabase;
    m_server->accountName = kAccount;
    m_server->users.append(QJsonObject{{QStringLiteral("name"), kNewlineUser}, {QStringLiteral("read_only"), false}});
    m_server->users.append(QJsonObject{
            {QStringLiteral("name"), kMarkupUser},
            {QStringLiteral("read_only"), true},
            {QStringLiteral("dbms_attributes"), QJsonObject{{QStringLiteral("password_encryption"), QStringLiteral("MD5")}}}});
    m_server->rules.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("fr-1")},
                                       {QStringLiteral("type"), QStringLiteral("custom_range")},
                                       {QStringLiteral("cidr"), QStringLiteral("10.0.0.0/8")},
                                       {QStringLiteral("label"), kRuleLabel}});
    MainWindow::Options options;
    options.authUrl = options.apiUrl = options.dbUrl = m_server->url().toString();
    m_store = new MemoryTokenStore();
    options.tokenStore = m_store;
    m_window = std::make_unique<MainWindow>(options);
    m_store->setParent(m_window.get());
    m_window->show();
}

void TestHostileGui::cleanup()
{
    ConfirmDialog::setNextAnswer(std::nullopt);
    m_window.reset();
    m_server.reset();
}

void TestHostileGui::signIn()
{
    m_window->signIn(m_server->apiToken, false);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->isOpen(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->users()->hasData(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->rules()->hasData(), 10000);
}

void TestHostileGui::serverTextIsPlainEverywhere()
{
    signIn();

    // The database heading: the raw name, RLO visible, as plain text.
    auto *heading = child<QLabel>("nameLabel");
    QCOMPARE(heading->textFormat(), Qt::PlainText);
    QCOMPARE(heading->text(), QStringLiteral("<h1>x</h1>⟨U+202E⟩gnp.exe"));
    QCOMPARE(heading->text(), DisplayText::visible(kDatabase));
    // The database picker draws the same visible text.
    const QString picked = child<QComboBox>("databaseCombo")->currentText(); // name, then kind and plan
    QVERIFY2(picked.startsWith(DisplayText::visible(kDatabase)), qPrintable(picked));
    QVERIFY(!DisplayText::hasInvisible(picked));

    // The account: button text plain, its tooltip an escaped document that renders the raw string.
    auto *account = child<QToolButton>("accountButton");
    QCOMPARE(account->text(), kAccount);
    QTextDocument tip;
    tip.setHtml(account->toolTip());
    QVERIFY2(tip.toPlainText().contains(kAccount), qPrintable(account->toolTip()));

    // Table cells: the users and the rules, raw strings with invisible characters visible.
    auto *users = child<QTableView>("usersView");
    const int newlineRow = rowOf(users, DatabaseUsersModel::UsernameColumn, kNewlineUser);
    const int markupRow = rowOf(users, DatabaseUsersModel::UsernameColumn, kMarkupUser);
    QVERIFY(newlineRow >= 0 && markupRow >= 0);
    QCOMPARE(shownInCell(users, newlineRow, DatabaseUsersModel::UsernameColumn), QStringLiteral("abcdef\u240a"));
    QCOMPARE(shownInCell(users, markupRow, DatabaseUsersModel::UsernameColumn), kMarkupUser);
    auto *rules = child<QTableView>("rulesView");
    const int ruleRow = rowOf(rules, FirewallRulesModel::LabelColumn, kRuleLabel);
    QVERIFY(ruleRow >= 0);
    QCOMPARE(shownInCell(rules, ruleRow, FirewallRulesModel::LabelColumn),
             QStringLiteral("<a href=\"https://evil.example\">office</a> ⟨U+202E⟩evil⟨U+200B⟩"));

    // The MD5 notice: a count and one link the app made (issue 15), never a user's name as markup.
    auto *md5 = m_window->findChild<QLabel *>(QStringLiteral("md5Label"));
    QVERIFY(md5);
    QTRY_VERIFY(!md5->isHidden()); // shown on its page (the tab itself may be another)
    QVERIFY2(md5->text().contains(QLatin1String("MD5")), qPrintable(md5->text()));
    QVERIFY(!md5->text().contains(kMarkupUser));
    QVERIFY(!md5->text().contains(kMarkupUser.toHtmlEscaped()));
    QVERIFY(!md5->text().contains(QLatin1String("evil")));

    // A failure message quoting the server: plain text, the server's words intact.
    m_server->respondOnce("GET", QStringLiteral("/api/databases/ad-1111/firewall_rules"),
                          FakeApiServer::Response::error(500, QStringLiteral("<a href=\"https://evil\">click</a>\u202E")));
    m_server->respondOnce("GET", QStringLiteral("/api/databases/ad-1111/firewall_rules"),
                          FakeApiServer::Response::error(500, QStringLiteral("<a href=\"https://evil\">click</a>\u202E")));
    m_server->respondOnce("GET", QStringLiteral("/api/databases/ad-1111/firewall_rules"),
                          FakeApiServer::Response::error(500, QStringLiteral("<a href=\"https://evil\">click</a>\u202E")));
    m_window->session()->rules()->reload();
    MessageBanner *rulesBanner = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (auto *candidate : m_window->findChildren<MessageBanner *>(QStringLiteral("messageLabel"))) {
                    if (candidate->message().contains(QLatin1String("firewall rules could not be loaded")))
                        rulesBanner = candidate;
                }
                return rulesBanner != nullptr;
            }(),
            10000);
    QCOMPARE(rulesBanner->kind(), MessageBanner::Kind::Error);
    QTextDocument shown;
    shown.setHtml(rulesBanner->text());
    QVERIFY2(shown.toPlainText().contains(QStringLiteral("<a href=\"https://evil\">click</a>⟨U+202E⟩")),
             qPrintable(rulesBanner->text()));
}

void TestHostileGui::roleWithNewlineCanBeDeleted()
{
    signIn();
    auto *users = child<QTableView>("usersView");
    const int row = rowOf(users, DatabaseUsersModel::UsernameColumn, kNewlineUser);
    QVERIFY(row >= 0);
    users->selectRow(row);
    ConfirmDialog::setNextAnswer(true);
    auto *deleteButton = child<QAbstractButton>("deleteButton");
    QVERIFY(deleteButton->isEnabled());
    deleteButton->click();
    // The dialog was asked to confirm the exact raw name, and the dialog accepts its typable form.
    QCOMPARE(ConfirmDialog::lastRequest().typeToConfirm, kNewlineUser);
    QVERIFY(ConfirmDialog::typedMatches(QStringLiteral("abcdef<U+000A>"), kNewlineUser));
    QVERIFY(!ConfirmDialog::typedMatches(QStringLiteral("abcdef"), kNewlineUser));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->count("DELETE", QStringLiteral("/api/databases/ad-1111/users/abcdef\n")), 1,
                              10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->users()->rowOf(kNewlineUser) < 0, 10000);
}

QTEST_MAIN(TestHostileGui)
#include "tst_hostile_gui.moc"
