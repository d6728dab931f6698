#include "extensionspage.h"
#include "ui_extensionspage.h"

#include <QEvent>

#include "accesscheckdialog.h"
#include "icons.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/extensionsmodel.h"
#include "models/modelroles.h"
#include "plaintext.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

ExtensionsPage::ExtensionsPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ExtensionsPage>())
    , m_ownModel(new ExtensionsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->problemIconLabel->setPixmap(Icons::icon(QStringLiteral("warning")).pixmap(32, 32));
    m_ui->allowMyIpButton->setIcon(Icons::icon(QStringLiteral("my-ip")));
    m_ui->retryButton->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_ui->enableButton->setIcon(Icons::icon(QStringLiteral("add")));
    m_ui->disableButton->setIcon(Icons::icon(QStringLiteral("delete")));
    m_ui->refreshButton->setIcon(Icons::icon(QStringLiteral("refresh")));
    m_ui->allowMyIpButton->setToolTip(tr("Add a firewall rule for this computer's public IPv4 address"));
    m_ui->refreshButton->setToolTip(tr("List the extensions again (F5)"));
    m_ui->refreshButton->setShortcut(QKeySequence::Refresh);
    m_ui->connectionBox->hide();

    m_proxy->setFilterKeyColumn(-1); // search names and descriptions
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->extensionsView->setModel(m_proxy);
    PlainText::install(m_ui->extensionsView); // names and labels come from the server
    m_ui->extensionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->extensionsView->horizontalHeader()->setStretchLastSection(true);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->enableButton, &QPushButton::clicked, this, &ExtensionsPage::enableSelected);
    connect(m_ui->disableButton, &QPushButton::clicked, this, &ExtensionsPage::disableSelected);
    connect(m_ui->updateButton, &QPushButton::clicked, this, &ExtensionsPage::updateSelected);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &ExtensionsPage::retry);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &ExtensionsPage::retry);
    m_ui->checkAccessButton->setIcon(Icons::icon(QStringLiteral("shield")));
    m_ui->checkAccessButton->setToolTip(tr("Check step by step why this computer cannot connect"));
    connect(m_ui->checkAccessButton, &QPushButton::clicked, this, [this] {
        if (!m_session || !m_session->isOpen())
            return;
        auto *dialog = AccessCheckDialog::openFor(this, m_session, AccessCheckDialog::Mode::FullCheck);
        connect(dialog, &AccessCheckDialog::fixRequested, this, [this](AccessCheck::Fix fix, const QString &user) {
            if (fix == AccessCheck::Fix::AllowMyIp || fix == AccessCheck::Fix::EnableInternetAccessibility)
                m_ui->allowMyIpButton->click(); // same path as the button: explains Retry, then opens the page
            else
                emit accessFixRequested(fix, user);
        });
    });
    connect(m_ui->allowMyIpButton, &QPushButton::clicked, this, [this] {
        m_ui->messageLabel->showInfo(m_addon ? tr("Once Internet accessibility is activated, click Retry.")
                                             : tr("Once the new rule is applied (about 2 minutes), click Retry."));
        emit allowMyIpRequested();
    });
    connect(m_ui->extensionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExtensionsPage::updateActions);
    setModel(m_ownModel);
}

ExtensionsPage::~ExtensionsPage() = default;

void ExtensionsPage::setSession(DatabaseSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    setModel(session ? session->extensions() : m_ownModel);
    if (session) {
        connect(session, &DatabaseSession::opened, this, &ExtensionsPage::updateState);
        connect(session, &DatabaseSession::connectionUriChanged, this, &ExtensionsPage::updateState);
    }
}

void ExtensionsPage::setModel(ExtensionsModel *model)
{
    if (m_model == model)
        return;
    if (m_model) {
        disconnect(m_model, nullptr, this, nullptr);
        m_model->setInUse(false);
    }
    m_model = model;
    m_proxy->setSourceModel(model);
    // Enabling moves a row to the top (model reset): keep the user's selection by name.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepSelection = selectedName(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] { selectName(m_keepSelection); });
    connect(model, &QAbstractItemModel::dataChanged, this, &ExtensionsPage::updateActions);
    connect(model, &ResourceModel::stateChanged, this, &ExtensionsPage::updateState);
    connect(model, &ExtensionsModel::connectionStateChanged, this, &ExtensionsPage::updateState);
    connect(model, &ExtensionsModel::connectionUriChanged, this, &ExtensionsPage::resetMessages);
    connect(model, &ResourceModel::errorOccurred, this, [this](const ApiError &error) {
        if (const PgError *cause = error.databaseCause(); cause && cause->isConnectionError())
            showConnectionProblem(*cause);
        else
            m_ui->messageLabel->showError(tr("The extensions could not be listed: %1").arg(error.message()));
    });
    connect(model, &ResourceModel::loaded, this, [this] {
        if (m_model->isReadOnly())
            m_ui->messageLabel->showInfo(
                    m_addon ? tr("Showing the extensions Scalingo reports as enabled (read-only). Enabling them "
                                 "needs Internet accessibility, or Scalingo's console.")
                            : tr("Showing the extensions Scalingo reports as enabled. Enabling or disabling needs "
                                 "the direct connection."));
    });
    resetMessages();
    model->setInUse(isVisible());
}

void ExtensionsPage::resetMessages()
{
    m_ui->connectionBox->hide();
    m_ui->messageLabel->clearMessage();
    updateState();
}

void ExtensionsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setInUse(true);
}

void ExtensionsPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setInUse(false);
}

void ExtensionsPage::retry()
{
    m_ui->messageLabel->hide();
    m_model->reload(); // reconnects when the last attempt failed
}

QString ExtensionsPage::selectedName() const
{
    const QModelIndexList rows = m_ui->extensionsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ModelRoles::IdRole).toString();
}

void ExtensionsPage::selectName(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_ui->extensionsView->selectionModel()->select(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui->extensionsView->scrollTo(index);
}

void ExtensionsPage::updateState()
{
    PgConnection *connection = m_model->connection();
    const bool hasUri = m_model->hasConnectionUri();
    const bool hasData = m_model->hasData();
    const auto connState = connection ? connection->state() : PgConnection::State::Disconnected;
    if (!hasUri)
        m_ui->emptyLabel->setText(m_session && m_session->isOpen()
                                          ? tr("Waiting for the database's connection address…")
                                          : tr("Select a database to see its extensions."));
    else if (connState == PgConnection::State::Resolving || connState == PgConnection::State::Connecting)
        m_ui->emptyLabel->setText(tr("Connecting to the database…"));
    else if (m_model->isLoading())
        m_ui->emptyLabel->setText(tr("Loading the extensions…"));
    else if (m_model->state() == ExtensionsModel::State::Error)
        m_ui->emptyLabel->setText(tr("The extensions are not available."));
    m_ui->viewStack->setCurrentWidget(hasData ? static_cast<QWidget *>(m_ui->extensionsView) : m_ui->emptyLabel);

    if (m_model->state() == ExtensionsModel::State::Loaded && !m_model->isReadOnly())
        m_ui->connectionBox->hide();
    PlainText::setLabel(m_ui->connectionLabel, connection && connection->isConnected()
                                           ? tr("Connected to %1 over TLS.").arg(connection->describe())
                                           : QString());
    updateActions();
}

void ExtensionsPage::updateActions()
{
    const QString name = selectedName();
    const Extension ext = m_model->extension(name);
    const bool ready
            = m_model->hasData() && !m_model->isReadOnly() && !m_busy && !name.isEmpty() && !m_model->isPending(name);
    m_ui->enableButton->setEnabled(ready && !ext.isInstalled() && ext.allowed.value_or(false));
    m_ui->disableButton->setEnabled(ready && ext.isInstalled() && ext.name != QLatin1String("plpgsql"));
    m_ui->updateButton->setEnabled(ready && ExtensionsModel::canUpdate(ext));
    m_ui->refreshButton->setEnabled(m_model->hasConnectionUri() && !m_busy && !m_model->isLoading());
    m_ui->searchEdit->setEnabled(m_model->hasData());
    m_ui->enableButton->setToolTip(ext.allowed == false
                                           ? PlainText::toolTip(tr("Your database user is not allowed to enable %1.").arg(name))
                                           : tr("Enable the selected extension in this database"));
    m_ui->updateButton->setToolTip(ExtensionsModel::canUpdate(ext)
                                           ? PlainText::toolTip(tr("Update %1 to version %2").arg(name, ext.defaultVersion))
                                           : tr("Update the selected extension to its newest version"));
}

void ExtensionsPage::showConnectionProblem(const PgError &error)
{
    QString headline;
    switch (error.kind()) {
    case PgError::Kind::Firewall:
    case PgError::Kind::Timeout:
        headline = tr("This computer is not allowed to reach the database.");
        break;
    case PgError::Kind::Password:
        headline = tr("The database refused the password.");
        break;
    case PgError::Kind::Tls:
        headline = tr("No secure connection could be made.");
        break;
    default:
        headline = tr("The database cannot be reached.");
        break;
    }
    // Only the error's own words (they may carry the server's) get invisible characters shown; the paragraph breaks
    // are ours, and PlainText::setLabel over the whole text drew each one as a "␊" box.
    QString text = headline + QStringLiteral("\n\n") + PlainText::visible(error.message());
    // An addon has no firewall: the generic "firewall" wording would send people to the wrong place.
    if (error.isAccessBlocked() && m_addon)
        text = tr("This computer cannot reach the database.") + QStringLiteral("\n\n")
                + tr("This addon is not reachable from the internet. To enable or disable extensions here, turn on "
                     "Internet accessibility, or use Scalingo's console.");
    else if (error.isAccessBlocked())
        text += QStringLiteral("\n\n")
                + tr("Allow this computer's IP address in the database's firewall, wait until the rule is applied, "
                     "then retry.");
    m_ui->problemLabel->setTextFormat(Qt::PlainText);
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setToolTip(PlainText::toolTip(error.serverMessage));
    m_ui->allowMyIpButton->setVisible(error.isAccessBlocked());
    m_ui->connectionBox->show();
}

void ExtensionsPage::setAddonMode(bool addon)
{
    m_addon = addon;
    // A classic addon has no firewall: what lets this computer in is its Internet accessibility.
    m_ui->introLabel->setText(
            addon ? tr("Extensions add types, functions and indexes to PostgreSQL. Gatehouse enables them over the "
                       "database's own encrypted connection, so this addon must be reachable from the Internet "
                       "(Settings → Internet accessibility).")
                  : tr("Extensions add types, functions and indexes to PostgreSQL. Gatehouse enables them over the "
                       "database's own encrypted connection, so this computer must be allowed by the database's "
                       "firewall."));
    m_ui->allowMyIpButton->setText(addon ? tr("&Internet accessibility…") : tr("Allow my current &IP"));
    m_ui->allowMyIpButton->setToolTip(addon ? tr("Open Settings → Internet Access to make this addon reachable")
                                            : tr("Add a firewall rule for this computer's public IPv4 address"));
}

void ExtensionsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        setAddonMode(m_addon);
        emit model()->headerDataChanged(Qt::Horizontal, 0, model()->columnCount() - 1);
        updateActions();
    }
    QWidget::changeEvent(event);
}

MessageBanner *ExtensionsPage::banner() const
{
    return m_ui->messageLabel;
}
