// AllDatabasesPage::attach: everything the main window would otherwise wire itself (it stays short).
#include "alldatabasespage.h"

#include "icons.h"
#include "internetaccesspage.h"
#include "models/alldatabasesmodel.h"
#include "models/databasesmodel.h"

#include <QComboBox>
#include <QSettings>
#include <QTabWidget>

namespace {
constexpr auto kAddonIdsKey = "allDatabases/addonIds"; // Dedicated Resources' addon ids (never change, no secret)
} // namespace

AllDatabasesPage *AllDatabasesPage::attach(QTabWidget *tabs, ApiClient *client, DatabasesModel *databases,
                                           QComboBox *picker)
{
    auto *model = new AllDatabasesModel(client, tabs);
    model->setWhatIsMyIpUrl(InternetAccessPage::defaultWhatIsMyIpUrl());
    model->setAddonCache(QSettings().value(QLatin1String(kAddonIdsKey)).toMap());
    auto *page = new AllDatabasesPage(model, tabs);
    tabs->addTab(page, Icons::icon(QStringLiteral("database")), tr("&All databases"));
    const auto sync = [model, databases] {
        if (databases->rowCount() == 0)
            model->cancel(); // signed out or nothing left
        model->setDatabases(databases->databases());
    };
    connect(databases, &QAbstractItemModel::rowsInserted, model, sync);
    connect(databases, &QAbstractItemModel::rowsRemoved, model, sync);
    connect(databases, &QAbstractItemModel::modelReset, model, sync);
    connect(model, &AllDatabasesModel::finished, model,
            [model] { QSettings().setValue(QLatin1String(kAddonIdsKey), model->addonCache()); });
    connect(page, &AllDatabasesPage::openRequested, picker, [tabs, databases, picker](const Database &db) {
        for (int row = 0; row < databases->rowCount(); ++row) {
            const Database &candidate = databases->databaseAt(row);
            if (candidate.id == db.id && candidate.region == db.region) {
                picker->setCurrentIndex(row);
                tabs->setCurrentIndex(0);
                return;
            }
        }
    });
    return page;
}
