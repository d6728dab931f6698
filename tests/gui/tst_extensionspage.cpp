// The Extensions page (offscreen): lazy connection, firewall / TLS problems with their actions, the API fallback,
// and the enable / disable flows with their confirmations against a real throwaway PostgreSQL.
#include "api/apiclient.h"
#include "confirmdialog.h"
#include "dependency.h"
#include "extensionspage.h"
#include "fakeapiserver.h"
#include "models/extensionsmodel.h"
#include "models/modelroles.h"
#include "pgtestcluster.h"

#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

class TestExtensionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyWithoutDatabase();
    void firewallTimeoutOffersAllowMyIpAndRetry();
    void tlsFailureIsToldApart();
    void showsTheApiListWhenSqlIsImpossible();
    void enablesAndDisablesWithConfirmations();
    void asksBeforeEnablingDependencies();

private:
    template<typename T>
    T *child(QWidget &page, const char *name)
    {
        return page.findChild<T *>(QLatin1String(name));
    }
    bool select(ExtensionsPage &page, const QString &name);

    PgTestCluster m_cluster;
    bool m_clusterOk = false;
};

void TestExtensionsPage::initTestCase()
{
    QString error;
    m_clusterOk = m_cluster.start(&error);
    if (!m_clusterOk)
        qWarning("cluster: %s", qPrintable(error));
}

bool TestExtensionsPage::select(ExtensionsPage &page, const QString &name)
{
    auto *view = child<QTableView>(page, "extensionsView");
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, 0);
        if (index.data(ModelRoles::IdRole).toString() == name) {
            view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
    }
    return false;
}

void TestExtensionsPage::emptyWithoutDatabase()
{
    ExtensionsPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(child<QLabel>(page, "emptyLabel")->text().contains(QLatin1String("Select a database")));
    QVERIFY(!child<QPushButton>(page, "enableButton")->isEnabled());
    QVERIFY(!child<QPushButton>(page, "refreshButton")->isEnabled());
    QVERIFY(child<QWidget>(page, "connectionBox")->isHidden());
}

void TestExtensionsPage::firewallTimeoutOffersAllowMyIpAndRetry()
{
    // A server that accepts and never answers: what a firewall dropping packets looks like from here.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    ExtensionsPage page;
    PgOptions options;
    options.connectTimeoutMs = 300;
    page.model()->setOptions(options);
    page.model()->setConnectionUri(
            QStringLiteral("postgresql://u:secret@127.0.0.1:%1/db?sslmode=require").arg(silent.serverPort()));
    QCOMPARE(page.model()->connection()->state(), PgConnection::State::Disconnected); // lazy: not shown yet
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->connection()->state(), PgConnection::State::Connecting);
    QVERIFY(child<QLabel>(page, "emptyLabel")->text().contains(QLatin1String("Connecting")));
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(page, "connectionBox")->isVisible(), 5000);
    const QString text = child<QLabel>(page, "problemLabel")->text();
    QVERIFY2(text.contains(QLatin1String("not allowed to reach the database")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("secret")));
    // Its paragraphs are line breaks, not control pictures drawn as boxes.
    QVERIFY2(text.contains(QLatin1String("\n\n")) && !text.contains(QChar(0x240A)), qPrintable(text));
    auto *allow = child<QPushButton>(page, "allowMyIpButton");
    QVERIFY(allow->isVisible());
    QSignalSpy allowSpy(&page, &ExtensionsPage::allowMyIpRequested);
    QTest::mouseClick(allow, Qt::LeftButton);
    QCOMPARE(allowSpy.size(), 1);
    QTest::mouseClick(child<QPushButton>(page, "retryButton"), Qt::LeftButton);
    QCOMPARE(page.model()->connection()->state(), PgConnection::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->connection()->state(), PgConnection::State::Failed, 5000);
}

void TestExtensionsPage::tlsFailureIsToldApart()
{
    // Answers libpq's SSLRequest with 'N' (no TLS), as a misconfigured server would.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, this, [&plain] {
        QTcpSocket *socket = plain.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("N");
        });
    });
    ExtensionsPage page;
    page.model()->setConnectionUri(QStringLiteral("postgresql://u:p@127.0.0.1:%1/db").arg(plain.serverPort()));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(page, "connectionBox")->isVisible(), 5000);
    const QString text = child<QLabel>(page, "problemLabel")->text();
    QVERIFY2(text.contains(QLatin1String("No secure connection")), qPrintable(text));
    QVERIFY(!text.contains(QLatin1String("not allowed to reach")));
    QVERIFY(child<QPushButton>(page, "allowMyIpButton")->isHidden());
    QCOMPARE(page.model()->connection()->lastError().kind(), PgError::Kind::Tls);
}

void TestExtensionsPage::showsTheApiListWhenSqlIsImpossible()
{
    // The model falls back to Scalingo's list-extensions action (here a fake API) when SQL cannot connect.
    FakeApiServer server;
    QVERIFY(server.listen());
    const QJsonArray installed{QJsonObject{{QStringLiteral("name"), QStringLiteral("postgis")},
                                           {QStringLiteral("version"), QStringLiteral("v3.4.2")}},
                               QJsonObject{{QStringLiteral("name"), QStringLiteral("plpgsql")},
                                           {QStringLiteral("version"), QStringLiteral("v1.0")}}};
    server.respondOnce(
            "POST", QStringLiteral(".*/action"),
            FakeApiServer::Response::json(200, {{QStringLiteral("ok"), 1}, {QStringLiteral("result"), installed}}));
    QNetworkAccessManager nam;
    ApiClient client(&nam);
    client.setEndpoints(ApiEndpoints::single(server.url()));
    client.setApiToken(server.apiToken);
    ExtensionsPage page;
    page.model()->bind(&client, DatabaseRef{*client.defaultRegion(), server.appId(), server.addonId()});
    page.model()->setConnectionUri(QStringLiteral("postgresql://u:p@127.0.0.1:1/db")); // refused
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->isReadOnly(), 5000);
    QCOMPARE(server.count("POST", QStringLiteral(".*/action")), 1);
    QCOMPARE(page.model()->rowCount(), 2);
    QCOMPARE(page.model()->extensions().first().name, QStringLiteral("plpgsql"));
    QCOMPARE(page.model()->extension(QStringLiteral("postgis")).installedVersion, QStringLiteral("3.4.2"));
    QVERIFY(child<QWidget>(page, "connectionBox")->isVisible()); // the problem is still explained
    QVERIFY(child<QLabel>(page, "messageLabel")->text().contains(QLatin1String("Scalingo reports")));
    QVERIFY(select(page, QStringLiteral("postgis")));
    QVERIFY(!child<QPushButton>(page, "disableButton")->isEnabled()); // read-only
}

void TestExtensionsPage::enablesAndDisablesWithConfirmations()
{
    GATEHOUSE_REQUIRE(m_clusterOk, "no PostgreSQL cluster (initdb/pg_ctl from /usr/lib/postgresql)");
    ExtensionsPage page;
    page.model()->setConnectionUri(m_cluster.uri());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->hasData(), 10000);
    QVERIFY(child<QLabel>(page, "connectionLabel")->text().contains(QLatin1String("over TLS")));

    // Search filters the table.
    child<QLineEdit>(page, "searchEdit")->setText(QStringLiteral("citext"));
    QCOMPARE(child<QTableView>(page, "extensionsView")->model()->rowCount(), 1);
    QVERIFY(select(page, QStringLiteral("citext")));
    auto *enable = child<QPushButton>(page, "enableButton");
    QVERIFY(enable->isEnabled());
    QTest::mouseClick(enable, Qt::LeftButton);
    QVERIFY(!enable->isEnabled()); // busy while it runs
    QVERIFY(child<QLabel>(page, "messageLabel")->text().contains(QLatin1String("Enabling citext")));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->extension(QStringLiteral("citext")).isInstalled(), 10000);
    QVERIFY(m_cluster.hasExtension(QStringLiteral("citext")));
    QTRY_VERIFY(child<QPushButton>(page, "disableButton")->isEnabled()); // selection kept across the reset
    QVERIFY(m_cluster.admin(QStringLiteral("CREATE TABLE notes (body citext)")));

    // Disable: confirmed, refused by the server (a column uses it), cascade declined.
    ConfirmDialog::setNextAnswer(true);
    page.disableSelected();
    ConfirmDialog::setNextAnswer(false); // for the cascade question that follows the server's refusal
    QTRY_VERIFY_WITH_TIMEOUT(ConfirmDialog::lastRequest().typeToConfirm == QLatin1String("citext"), 10000);
    const ConfirmRequest cascade = ConfirmDialog::lastRequest();
    QVERIFY2(cascade.message.contains(QLatin1String("column body of table notes depends on type citext")),
             qPrintable(cascade.message));
    QVERIFY(cascade.destructive);
    QVERIFY(m_cluster.hasExtension(QStringLiteral("citext")));
    QTRY_VERIFY(child<QPushButton>(page, "disableButton")->isEnabled());

    // Again, accepting the cascade.
    ConfirmDialog::setNextAnswer(true);
    page.disableSelected();
    ConfirmDialog::setNextAnswer(true);
    QTRY_VERIFY_WITH_TIMEOUT(!m_cluster.hasExtension(QStringLiteral("citext")), 10000);
    QTRY_VERIFY(child<QLabel>(page, "messageLabel")->text().contains(QLatin1String("column body of table notes")));
    m_cluster.admin(QStringLiteral("DROP TABLE notes"));
}

void TestExtensionsPage::asksBeforeEnablingDependencies()
{
    GATEHOUSE_REQUIRE(m_clusterOk, "no PostgreSQL cluster (initdb/pg_ctl from /usr/lib/postgresql)");
    ExtensionsPage page;
    page.model()->setConnectionUri(m_cluster.superuserUri()); // earthdistance is untrusted: see tst_extensions
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->hasData(), 10000);
    QVERIFY(select(page, QStringLiteral("earthdistance")));
    ConfirmDialog::setNextAnswer(false);
    page.enableSelected();
    QVERIFY(ConfirmDialog::lastRequest().headline.contains(QLatin1String("earthdistance")));
    QVERIFY(ConfirmDialog::lastRequest().message.contains(QLatin1String("cube")));
    QTest::qWait(200);
    QVERIFY(!m_cluster.hasExtension(QStringLiteral("cube"))); // declined: nothing ran
    ConfirmDialog::setNextAnswer(true);
    page.enableSelected();
    QTRY_VERIFY2_WITH_TIMEOUT(m_cluster.hasExtension(QStringLiteral("earthdistance")),
                              qPrintable(child<QLabel>(page, "messageLabel")->text()), 10000);
    QVERIFY(m_cluster.hasExtension(QStringLiteral("cube")));
    m_cluster.admin(QStringLiteral("DROP EXTENSION earthdistance, cube"));
}

QTEST_MAIN(TestExtensionsPage)
#include "tst_extensionspage.moc"
