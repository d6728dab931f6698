#include "extensionspage.h"
#include "ui_extensionspage.h"

#include <QEvent>

#include "confirmdialog.h"
#include "accesscheckdialog.h"
#include "icons.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/extensionsmodel.h"
#include "models/modelroles.h"
#include "plaintext.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace {
QString bulletList(const QStringList &lines)
{
    QString text;
    for (const QString &line : lines)
        text += QStringLiteral("\n• ") + line;
    return text + QLatin1Char('\n');
}
} // namespace

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
    QString text = headline + QStringLiteral("\n\n") + error.message();
    // An addon has no firewall: the generic "firewall" wording would send people to the wrong place.
    if (error.isAccessBlocked() && m_addon)
        text = tr("This computer cannot reach the database.") + QStringLiteral("\n\n")
                + tr("This addon is not reachable from the internet. To enable or disable extensions here, turn on "
                     "Internet accessibility, or use Scalingo's console.");
    else if (error.isAccessBlocked())
        text += QStringLiteral("\n\n")
                + tr("Allow this computer's IP address in the database's firewall, wait until the rule is applied, "
                     "then retry.");
    PlainText::setLabel(m_ui->problemLabel, text);
    m_ui->problemLabel->setToolTip(PlainText::toolTip(error.serverMessage));
    m_ui->allowMyIpButton->setVisible(error.isAccessBlocked());
    m_ui->connectionBox->show();
}

void ExtensionsPage::setAddonMode(bool addon)
{
    m_addon = addon;
    m_ui->allowMyIpButton->setText(addon ? tr("&Internet accessibility…") : tr("Allow my current &IP"));
    m_ui->allowMyIpButton->setToolTip(addon ? tr("Open Settings → Internet Access to make this addon reachable")
                                            : tr("Add a firewall rule for this computer's public IPv4 address"));
}

void ExtensionsPage::track(PgQuery *query, const QString &name, const QString &doing,
                           const std::function<void(const PgQuery *)> &onFinished)
{
    if (!query)
        return;
    m_busy = true;
    m_ui->messageLabel->showInfo(doing);
    updateActions();
    selectName(name);
    connect(query, &PgQuery::finished, this, [this, query, onFinished] {
        m_busy = false;
        onFinished(query);
        updateActions();
    });
}

void ExtensionsPage::reportFailure(const QString &what, const ApiError &error)
{
    const PgError *cause = error.databaseCause();
    if (cause && cause->isConnectionError()) {
        m_ui->messageLabel->clearMessage();
        showConnectionProblem(*cause);
        return;
    }
    QString text = QStringLiteral("%1 %2").arg(what, error.message());
    if (!error.serverMessage().isEmpty() && (!cause || cause->kind() != PgError::Kind::Sql))
        text += QLatin1Char('\n') + error.serverMessage();
    m_ui->messageLabel->showError(text);
}

void ExtensionsPage::enableSelected()
{
    const Extension ext = m_model->extension(selectedName());
    if (ext.name.isEmpty() || !m_ui->enableButton->isEnabled())
        return;
    const QStringList missing = m_model->missingDependencies(ext.name);
    for (const QString &dependency : missing) {
        const int row = m_model->rowOf(dependency);
        if (row < 0 || m_model->extensions().at(row).allowed == false) {
            m_ui->messageLabel->showError(
                    tr("%1 needs %2, which cannot be enabled on this database.").arg(ext.name, dependency));
            return;
        }
    }
    if (!missing.isEmpty()) {
        ConfirmRequest request;
        request.title = tr("Enable extension");
        request.headline = tr("Enable %1 and what it needs?").arg(ext.name);
        request.message = tr("%1 needs these extensions, which are not enabled yet:\n%2\nGatehouse enables them "
                             "first, then %1, in one step.")
                                  .arg(ext.name, bulletList(missing));
        request.confirmText = tr("Enable %n extension(s)", nullptr, int(missing.size()) + 1);
        request.destructive = false;
        if (!ConfirmDialog::ask(this, request))
            return;
    }
    const QString name = ext.name;
    track(m_model->enable(name, missing), name, tr("Enabling %1…").arg(name), [this, name](const PgQuery *query) {
        if (query->isSuccess())
            m_ui->messageLabel->showInfo(tr("%1 is enabled.").arg(name));
        else
            reportFailure(tr("%1 could not be enabled:").arg(name), ExtensionsModel::toApiError(query->error()));
    });
}

void ExtensionsPage::disableSelected()
{
    const Extension ext = m_model->extension(selectedName());
    if (ext.name.isEmpty() || !m_ui->disableButton->isEnabled())
        return;
    ConfirmRequest request;
    request.title = tr("Disable extension");
    request.headline = tr("Disable %1?").arg(ext.name);
    request.message = tr("Its functions, types and operators are removed from the database. If your tables or views "
                         "use them, nothing is removed: Gatehouse lists them first and asks again.");
    request.confirmText = tr("Disable");
    if (!ConfirmDialog::ask(this, request))
        return;
    const QString name = ext.name;
    track(m_model->disable(name), name, tr("Disabling %1…").arg(name), [this, name](const PgQuery *query) {
        if (query->isSuccess())
            m_ui->messageLabel->showInfo(tr("%1 is disabled.").arg(name));
        else if (query->error().kind() == PgError::Kind::DependentObjects)
            confirmCascade(name, query->error());
        else
            reportFailure(tr("%1 could not be disabled:").arg(name), ExtensionsModel::toApiError(query->error()));
    });
}

void ExtensionsPage::confirmCascade(const QString &name, const PgError &error)
{
    m_ui->messageLabel->showError(tr("%1 is still enabled: other objects depend on it.").arg(name));
    ConfirmRequest request;
    request.title = tr("Disable extension");
    request.headline = tr("Other objects depend on %1").arg(name);
    request.message
            = tr("The database reports:\n%1\nDisabling %2 anyway also deletes these objects, with their data. "
                 "This cannot be undone, not even from the History tab.")
                      .arg(bulletList(error.detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts)), name);
    request.typeToConfirm = name;
    request.confirmText = tr("Disable and delete");
    if (!ConfirmDialog::ask(this, request))
        return;
    track(m_model->disable(name, true), name, tr("Disabling %1 and what depends on it…").arg(name),
          [this, name](const PgQuery *query) {
              if (!query->isSuccess()) {
                  reportFailure(tr("%1 could not be disabled:").arg(name), ExtensionsModel::toApiError(query->error()));
                  return;
              }
              QString text = tr("%1 is disabled.").arg(name);
              if (!query->notices().isEmpty())
                  text += tr(" Also removed:") + bulletList(query->notices());
              m_ui->messageLabel->showInfo(text);
          });
}

void ExtensionsPage::updateSelected()
{
    const Extension ext = m_model->extension(selectedName());
    if (ext.name.isEmpty() || !m_ui->updateButton->isEnabled())
        return;
    const QString name = ext.name;
    const QString version = ext.defaultVersion;
    track(m_model->update(name), name, tr("Updating %1 to version %2…").arg(name, version),
          [this, name, version](const PgQuery *query) {
              if (query->isSuccess())
                  m_ui->messageLabel->showInfo(tr("%1 is now at version %2.").arg(name, version));
              else
                  reportFailure(tr("%1 could not be updated:").arg(name), ExtensionsModel::toApiError(query->error()));
          });
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
