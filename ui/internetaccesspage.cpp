#include "internetaccesspage.h"
#include "ui_internetaccesspage.h"

#include <QEvent>

#include "api/apiclient.h"
#include "api/apireply.h"
#include "accesscheckdialog.h"
#include "icons.h"
#include "models/databasesession.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"
#include "models/propagationwatcher.h"
#include "messagebanner.h"
#include "plaintext.h"
#include "ruleexpiryactions.h"
#include "rulesproxymodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>

InternetAccessPage::InternetAccessPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InternetAccessPage>())
    , m_proxy(new RulesProxyModel(this))
    , m_propagation(new PropagationWatcher(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->newRuleButton->setIcon(Icons::icon(QStringLiteral("add")));
    m_ui->allowMyIpButton->setIcon(Icons::icon(QStringLiteral("my-ip")));
    m_ui->addSeveralButton->setIcon(Icons::icon(QStringLiteral("add")));
    m_ui->deleteButton->setIcon(Icons::icon(QStringLiteral("delete")));
    m_ui->checkAccessButton->setIcon(Icons::icon(QStringLiteral("shield")));
    m_ui->checkAccessButton->setToolTip(tr("Check step by step whether this computer can connect, and why not"));
    m_ui->newRuleButton->setToolTip(tr("Add a firewall rule (Ctrl+N)"));
    m_ui->deleteButton->setToolTip(tr("Delete the selected rule (Del)"));
    m_ui->allowMyIpButton->setToolTip(tr("Add a rule for this computer's public IPv4 address"));
    m_ui->messageLabel->hide();
    // Its own line: the propagation countdown rewrites messageLabel every second.
    m_ui->expiryLabel->hide();
    m_expiry = new RuleExpiryActions(m_ui->expiryButton, m_ui->expiryLabel, this);
    m_expiry->setSelection([this] { return selectedRule(); });
    connect(m_ui->temporaryOnlyCheck, &QCheckBox::toggled, m_proxy, &RulesProxyModel::setTemporaryOnly);
    m_ui->rulesView->setModel(m_proxy);
    PlainText::install(m_ui->rulesView); // names and labels come from the server
    m_ui->rulesView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The label takes what is left (it wraps at word boundaries): with the last column stretched instead, a long
    // label squeezed Expires into "expires in 8 h 1" over "min" at 1000 px, in English and in French.
    // Set once the columns exist (the proxy gets its source later; an absent section cannot take a mode).
    QHeaderView *header = m_ui->rulesView->horizontalHeader();
    header->setStretchLastSection(false);
    const auto stretchLabel = [header] {
        if (header->count() > FirewallRulesModel::LabelColumn)
            header->setSectionResizeMode(FirewallRulesModel::LabelColumn, QHeaderView::Stretch);
    };
    connect(header, &QHeaderView::sectionCountChanged, this, stretchLabel);
    stretchLabel();

    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &InternetAccessPage::newRule);
    auto *deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, &InternetAccessPage::deleteSelected);
    addActions({newAction, deleteAction});

    connect(m_ui->newRuleButton, &QPushButton::clicked, this, &InternetAccessPage::newRule);
    connect(m_ui->allowMyIpButton, &QPushButton::clicked, this, &InternetAccessPage::allowMyIp);
    connect(m_ui->addSeveralButton, &QPushButton::clicked, this, &InternetAccessPage::addSeveral);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &InternetAccessPage::deleteSelected);
    connect(m_ui->checkAccessButton, &QPushButton::clicked, this, &InternetAccessPage::checkAccess);
    connect(m_ui->messageLabel, &MessageBanner::linkTriggered, this, [this](const QString &link) {
        if (link == QLatin1String("retry") && m_session)
            m_session->rules()->reload();
        else if (link == QLatin1String("new"))
            newRule();
        else if (link == QLatin1String("check"))
            checkAccess();
    });
    connect(m_ui->emptyLabel, &QLabel::linkActivated, this, [this] { newRule(); });

    m_propagation->setTimings(PropagationWatcher::Timings::forDelay(120));
    connect(m_propagation, &PropagationWatcher::stateChanged, this, &InternetAccessPage::showPropagation);
    connect(m_propagation, &PropagationWatcher::tick, this, &InternetAccessPage::showPropagation);
    updateActions();
    updateEmptyState();
}

InternetAccessPage::~InternetAccessPage() = default;

void InternetAccessPage::setSession(ApiClient *client, DatabaseSession *session)
{
    m_client = client;
    m_session = session;
    FirewallRulesModel *model = session->rules();
    m_proxy->setSourceModel(model);
    m_expiry->setSession(session);
    m_ui->rulesView->sortByColumn(FirewallRulesModel::CreatedColumn, Qt::AscendingOrder);
    connect(model, &QAbstractItemModel::rowsInserted, this, &InternetAccessPage::updateActions);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InternetAccessPage::updateActions);
    connect(model, &QAbstractItemModel::modelReset, this, &InternetAccessPage::updateActions);
    connect(model, &QAbstractItemModel::dataChanged, this, &InternetAccessPage::updateActions);
    connect(model, &ResourceModel::stateChanged, this, [this] {
        updateActions();
        updateEmptyState();
    });
    connect(model, &ResourceModel::loaded, this, [this] {
        if (stopIfWatchedRuleGone())
            return;
        if (m_propagation->state() != PropagationWatcher::State::Applying)
            m_ui->messageLabel->clearMessage();
    });
    connect(model, &ResourceModel::errorOccurred, this, [this](const ApiError &error) {
        m_ui->messageLabel->showError(tr("The firewall rules could not be loaded: %1").arg(error.message()),
                                      {{QStringLiteral("retry"), tr("Try again")}});
    });
    connect(m_ui->rulesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InternetAccessPage::updateActions);
    session->accessCheck()->setWhatIsMyIpUrl(m_whatIsMyIpUrl);
    updateActions();
    updateEmptyState();
}

QUrl InternetAccessPage::defaultWhatIsMyIpUrl()
{
    const QString fromEnv = qEnvironmentVariable("GATEHOUSE_WHATISMYIP_URL");
    if (!fromEnv.isEmpty())
        return QUrl(fromEnv);
    return QUrl(QSettings()
                        .value(QStringLiteral("network/whatIsMyIpUrl"), QStringLiteral("https://api.ipify.org"))
                        .toString());
}

void InternetAccessPage::setWhatIsMyIpUrl(const QUrl &url)
{
    m_whatIsMyIpUrl = url;
    if (m_session)
        m_session->accessCheck()->setWhatIsMyIpUrl(url); // one place configures both
    updateActions();
}

void InternetAccessPage::setPropagationDelay(int seconds)
{
    m_propagation->setTimings(PropagationWatcher::Timings::forDelay(seconds));
}

void InternetAccessPage::checkAccess()
{
    if (!m_session || !m_session->isOpen())
        return;
    AccessCheckDialog *dialog = AccessCheckDialog::openFor(this, m_session, AccessCheckDialog::Mode::FullCheck);
    connect(dialog, &AccessCheckDialog::fixRequested, this, [this](AccessCheck::Fix fix, const QString &user) {
        if (fix == AccessCheck::Fix::AllowMyIp)
            QMetaObject::invokeMethod(this, &InternetAccessPage::allowMyIp, Qt::QueuedConnection);
        else
            emit accessFixRequested(fix, user);
    });
}

FirewallRule InternetAccessPage::selectedRule() const
{
    const QModelIndexList rows
            = m_ui->rulesView->selectionModel() ? m_ui->rulesView->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return {};
    return m_proxy->mapToSource(rows.first()).data(ModelRoles::ValueRole).value<FirewallRule>();
}

void InternetAccessPage::updateActions()
{
    FirewallRulesModel *model = m_session ? m_session->rules() : nullptr;
    const bool ready = model && m_session->isOpen() && model->hasData();
    const int count = model ? model->rowCount() : 0;
    const bool full = count >= FirewallRulesModel::MaxRules;
    m_ui->quotaLabel->setText(tr("%1 / %2 rules").arg(count).arg(FirewallRulesModel::MaxRules));
    m_ui->quotaLabel->setToolTip(
            tr("A database can have at most %n firewall rule(s).", nullptr, FirewallRulesModel::MaxRules));
    m_ui->newRuleButton->setEnabled(ready && !full);
    m_ui->addSeveralButton->setEnabled(ready && !full);
    m_ui->allowMyIpButton->setEnabled(ready && !full && !m_fetchingIp);
    m_ui->checkAccessButton->setEnabled(m_session && m_session->isOpen() && !m_session->connectionUri().isEmpty());
    const QString fullReason = tr("This database already has %1 rules, the maximum. Delete one to add another.")
                                       .arg(FirewallRulesModel::MaxRules);
    m_ui->newRuleButton->setToolTip(full ? fullReason : tr("Add a firewall rule (Ctrl+N)"));
    m_ui->allowMyIpButton->setToolTip(full ? fullReason : tr("Add a rule for this computer's public IPv4 address"));
    m_ui->addSeveralButton->setToolTip(full ? fullReason : tr("Paste several addresses or networks and review them"));
    const FirewallRule rule = selectedRule();
    const bool pending = model && !rule.id.isEmpty() && model->rowOf(rule.id) >= 0
            && model->index(model->rowOf(rule.id), 0).data(ModelRoles::PendingRole).toBool();
    m_ui->deleteButton->setEnabled(ready && !rule.id.isEmpty() && !pending);
    m_expiry->updateActions(ready && !pending);
    updateEmptyState();
}

void InternetAccessPage::updateEmptyState()
{
    FirewallRulesModel *model = m_session ? m_session->rules() : nullptr;
    const bool loading = model && model->isLoading() && !model->hasData();
    const bool empty = model && model->hasData() && model->rowCount() == 0;
    if (loading)
        m_ui->emptyLabel->setText(tr("Loading the firewall rules…"));
    else if (empty)
        m_ui->emptyLabel->setText(tr("<p><b>No firewall rules: nobody can reach this database.</b></p>"
                                     "<p><a href=\"new\">Add a rule</a> for your office, your computer or a Scalingo "
                                     "region.</p>"));
    else if (!model || !model->hasData())
        m_ui->emptyLabel->setText(model && model->state() == ResourceModel::State::Error
                                          ? tr("The firewall rules are not available.")
                                          : tr("Select a database to see its firewall rules."));
    m_ui->viewStack->setCurrentWidget(loading || empty || !model || !model->hasData()
                                              ? static_cast<QWidget *>(m_ui->emptyLabel)
                                              : m_ui->rulesView);
}

void InternetAccessPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_expiry->retranslate();
        updateActions();
    }
    QWidget::changeEvent(event);
}

MessageBanner *InternetAccessPage::banner() const
{
    return m_ui->messageLabel;
}
