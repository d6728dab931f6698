#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "api/apiclient.h"
#include "databasepickerdelegate.h"
#include "models/addondiscovery.h"
#include "models/alldatabasesmodel.h"
#include "models/databasesession.h"
#include "models/databasesmodel.h"
#include "plaintext.h"

#include <QApplication>
#include <QCompleter>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>
#include <algorithm>

// The database picker: the Dedicated Resources, then the addons that discovery finds, and opening the chosen one.

namespace {
constexpr auto kLastDatabaseKey = "session/lastDatabase";
constexpr auto kAddonCacheKey = "discovery/postgresqlAddons"; // app -> PostgreSQL addon ids and plans (no secrets)
} // namespace

QString MainWindow::addonKey(const Database &db)
{
    return QStringLiteral("session/addons/%1/%2").arg(db.region.isEmpty() ? QStringLiteral("-") : db.region, db.id);
}

void MainWindow::setupDatabasePicker()
{
    // Database names come from the server: the combo draws the proxy's visible text (same rows as m_databases).
    m_ui->databaseCombo->setModel(PlainText::visibleModel(m_databases, this));
    m_ui->databaseCombo->setModelColumn(DatabasesModel::NameColumn);
    connect(m_ui->databaseCombo, &QComboBox::currentIndexChanged, this, &MainWindow::openSelectedDatabase);
    connect(m_databases, &ResourceModel::loaded, this, &MainWindow::onDatabasesLoaded);
    connect(m_databases, &ResourceModel::errorOccurred, this, [this](const ApiError &error) {
        if (std::exchange(m_discoverAfterLoad, false))
            m_discovery->start(); // addons may still be there
        showBanner(tr("Your databases could not be listed: %1").arg(error.message()), true);
    });
    m_databases->bind(m_client);
    // Many databases: typing filters the picker (any part of the name, kind, plan or region).
    m_ui->databaseCombo->setEditable(true);
    m_ui->databaseCombo->setInsertPolicy(QComboBox::NoInsert);
    m_ui->databaseCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->databaseCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->databaseCombo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->databaseCombo->lineEdit()->setPlaceholderText(tr("Search databases"));
    // Grouped by kind under section headers, in the list and in the search popup.
    DatabasePickerDelegate::install(m_ui->databaseCombo);
    // The picker is as wide as its longest entry (mainwindow.ui: AdjustToContents; its 280 px minimum only when the
    // window is narrow): sized on its first show, before any database was listed, it stayed 280 px and showed
    // "my-postgres-db — Dedicated Resources · p", or the entry's end once it had the focus.
    // A long entry (app · plan · region) is scrolled to its end by setText(): show its beginning, the name.
    connect(m_ui->databaseCombo, &QComboBox::currentIndexChanged, m_ui->databaseCombo->lineEdit(),
            [this] { m_ui->databaseCombo->lineEdit()->setCursorPosition(0); });
    // Also when the entry's text is set again (discovery updates the rows) and when the picker gets the focus (then
    // still selected whole, so that typing replaces it, but from the end): a narrow window showed
    // "Dedicated Resources · postgresql-dr-starter-4096 · local" without the name. Typed searches are left alone.
    const auto showStart = [this] {
        QLineEdit *edit = m_ui->databaseCombo->lineEdit();
        if (edit->isModified())
            return; // a typed search: left alone
        const int length = int(edit->text().size());
        if (edit->hasSelectedText() && edit->selectedText().size() == length)
            edit->setSelection(length, -length);
        else
            edit->setCursorPosition(0);
    };
    connect(m_ui->databaseCombo->lineEdit(), &QLineEdit::textChanged, m_ui->databaseCombo, showStart);
    connect(qApp, &QApplication::focusChanged, m_ui->databaseCombo, [this, showStart](QWidget *, QWidget *now) {
        if (now == m_ui->databaseCombo->lineEdit() || now == m_ui->databaseCombo)
            QTimer::singleShot(0, m_ui->databaseCombo, showStart); // after QLineEdit's own focus handling
    });

    m_discovery->setCache(QSettings().value(QLatin1String(kAddonCacheKey)).toMap());
    connect(m_discovery, &AddonDiscovery::found, this, [this](const QList<Database> &addons) {
        m_databases->addDiscovered(addons);
        const int row = m_databases->rowOf(m_pendingDatabaseId);
        if (row >= 0) {
            m_pendingDatabaseId.clear();
            m_ui->databaseCombo->setCurrentIndex(row);
        } else if (m_pendingDatabaseId.isEmpty() && !m_session->isOpen() && !m_session->isOpening()) {
            onDatabasesLoaded();
        }
    });
    connect(m_discovery, &AddonDiscovery::progress, this, &MainWindow::updateStatus);
    connect(m_discovery, &AddonDiscovery::failed, this, [this](const QString &message) { showBanner(message, true); });
    connect(m_discovery, &AddonDiscovery::finished, this, [this] {
        QSettings().setValue(QLatin1String(kAddonCacheKey), m_discovery->cache());
        // The remembered database is gone: fall back to the first one.
        m_pendingDatabaseId.clear();
        if (!m_databases->isLoading())
            onDatabasesLoaded();
        updateStatus();
    });
}

void MainWindow::loadDatabasesAfterSignIn()
{
    if (m_pendingDatabaseId.isEmpty())
        m_pendingDatabaseId = QSettings().value(QLatin1String(kLastDatabaseKey)).toString();
    if (m_session->isOpen())
        m_session->refresh(); // back from an expired session: resume where the user was
    m_discoverAfterLoad = true;
    m_databases->reload();
}

void MainWindow::onDatabasesLoaded()
{
    // Addons come after the Dedicated Resources, so the picker's first rows never move under the user.
    if (std::exchange(m_discoverAfterLoad, false))
        m_discovery->start();
    if (m_databases->rowCount() == 0) {
        if (!m_discovery->isRunning())
            showBanner(tr("This account has no PostgreSQL database yet (neither Dedicated Resources nor an addon of "
                          "an app). Create one in the Scalingo dashboard, then refresh."),
                       false);
        return;
    }
    int row = m_databases->rowOf(m_pendingDatabaseId);
    // The remembered database may be an addon that discovery has not reached yet: wait for it.
    if (row < 0 && !m_pendingDatabaseId.isEmpty() && m_discovery->isRunning())
        return;
    if (row < 0)
        row = std::max(0, m_ui->databaseCombo->currentIndex());
    m_pendingDatabaseId.clear();
    if (m_ui->databaseCombo->currentIndex() != row)
        m_ui->databaseCombo->setCurrentIndex(row);
    else if (!m_session->isOpen() && !m_session->isOpening())
        openSelectedDatabase();
}

void MainWindow::openSelectedDatabase()
{
    const int row = m_ui->databaseCombo->currentIndex();
    if (row < 0)
        return;
    const Database db = m_databases->databaseAt(row);
    if (m_session->isOpen() && m_session->database().id == db.id)
        return;
    QSettings settings;
    settings.setValue(QLatin1String(kLastDatabaseKey), db.id);
    PlainText::setLabel(m_ui->databaseStatusLabel,
                        db.isAddon() ? tr("Addon of %1 · %2 · %3").arg(db.appName, db.plan, db.region)
                                     : tr("%1 · %2").arg(db.plan, db.region));
    // The addon id is not a secret and never changes: remembering it saves a round trip at the next opening.
    m_session->open(db, settings.value(addonKey(db)).toString());
}

void MainWindow::refreshIfAmong(const QList<Database> &databases)
{
    const QString open = AllDatabasesModel::keyOf(m_session->database());
    const bool among = std::any_of(databases.cbegin(), databases.cend(),
                                   [&open](const Database &db) { return AllDatabasesModel::keyOf(db) == open; });
    if (among && m_session->isOpen())
        m_session->refresh();
}

void MainWindow::refresh()
{
    if (m_ui->stack->currentWidget() != m_ui->dashboardContainer)
        return;
    m_discoverAfterLoad = true;
    m_databases->reload();
    m_session->refresh();
}
