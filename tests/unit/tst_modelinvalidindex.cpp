// Views legitimately ask a model about the invalid index (a combo box with no current item asks for its icon):
// every table model answers with nothing and without Qt's "index is not valid" warning, which a user saw on stderr
// each time the window opened.
#include "models/databasesmodel.h"
#include "models/databaseusersmodel.h"
#include "models/extensionsmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"

#include <QRegularExpression>
#include <QTest>

#include <memory>

class TestModelInvalidIndex : public QObject
{
    Q_OBJECT

private slots:
    void invalidIndexIsAnsweredQuietly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("databases") << QStringLiteral("databases");
        QTest::newRow("users") << QStringLiteral("users");
        QTest::newRow("extensions") << QStringLiteral("extensions");
        QTest::newRow("rules") << QStringLiteral("rules");
        QTest::newRow("ranges") << QStringLiteral("ranges");
    }

    void invalidIndexIsAnsweredQuietly()
    {
        QFETCH(QString, name);
        std::unique_ptr<QAbstractItemModel> model;
        if (name == QLatin1String("databases"))
            model = std::make_unique<DatabasesModel>();
        else if (name == QLatin1String("users"))
            model = std::make_unique<DatabaseUsersModel>();
        else if (name == QLatin1String("extensions"))
            model = std::make_unique<ExtensionsModel>();
        else if (name == QLatin1String("rules"))
            model = std::make_unique<FirewallRulesModel>();
        else
            model = std::make_unique<ManagedRangesModel>();
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        for (int role : {int(Qt::DisplayRole), int(Qt::DecorationRole), int(Qt::ToolTipRole), int(Qt::UserRole)})
            QVERIFY(!model->data(QModelIndex(), role).isValid());
    }
};

QTEST_GUILESS_MAIN(TestModelInvalidIndex)
#include "tst_modelinvalidindex.moc"
