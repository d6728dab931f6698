#include "internetaccesspage.h"
#include "ui_internetaccesspage.h"

#include <QEvent>

#include "api/apiclient.h"
#include "api/apireply.h"
#include "accesscheckdialog.h"
#include "bulkaddflow.h"
#include "confirmdialog.h"
#include "dialogsubmission.h"
#include "icons.h"
#include "models/databasesession.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"
#include "models/modelroles.h"
#include "models/propagationwatcher.h"
#include "messagebanner.h"
#include "newruledialog.h"
#include "plaintext.h"
#include "ruleexpiryactions.h"
#include "rulesproxymodel.h"

#include <QAction>
#include <QHeaderView>
#include <QHostInfo>
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
    m_ui->rulesView->horizontalHeader()->setStretchLastSection(true);

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

void InternetAccessPage::newRule()
{
    if (m_ui->newRuleButton->isEnabled())
        openNewRuleDialog(QString(), QString());
}

void InternetAccessPage::openNewRuleDialog(const QString &cidr, const QString &label, RuleExpiry::Duration duration)
{
    auto *dialog = new NewRuleDialog(this);
    dialog->setDuration(duration);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingRules(m_session->rules()->rules());
    dialog->setManagedRanges(m_session->ranges()->ranges());
    if (!cidr.isEmpty())
        dialog->setCustomRule(cidr, label);
    connect(dialog, &NewRuleDialog::publicIpWanted, this, [this, dialog] { givePublicIp(dialog); });
    connect(dialog, &NewRuleDialog::submitted, this,
            [this, dialog](const NewFirewallRule &rule) { submitRule(dialog, rule); });
    dialog->open();
}

void InternetAccessPage::givePublicIp(NewRuleDialog *dialog)
{
    if (!m_myIp.isEmpty() || !m_client) {
        dialog->setPublicIp(m_myIp);
        return;
    }
    QPointer<NewRuleDialog> guard(dialog);
    ApiReply *reply = m_client->whatIsMyIp(m_whatIsMyIpUrl);
    connect(reply, &ApiReply::finished, this, [this, reply, guard] {
        if (reply->isSuccess() && m_session) {
            m_myIp = reply->value<QString>();
            m_session->rules()->setThisComputerAddress(m_myIp);
        }
        if (guard)
            guard->setPublicIp(reply->isSuccess() ? m_myIp : QString());
    });
}

void InternetAccessPage::addSeveral()
{
    if (!m_ui->addSeveralButton->isEnabled())
        return;
    BulkAddFlow::open(this, m_session->rules(), [this](const QList<NewFirewallRule> &added) {
        if (added.isEmpty())
            return;
        const bool mine = std::any_of(added.cbegin(), added.cend(),
                                      [this](const NewFirewallRule &rule) { return concernsThisComputer(rule); });
        startPropagation(tr("The addition of %n rule(s)", nullptr, int(added.size())), mine);
    });
}

void InternetAccessPage::submitRule(NewRuleDialog *dialog, const NewFirewallRule &rule)
{
    ApiReply *reply = m_session->rules()->createRule(rule);
    if (!reply)
        return;
    const QString target = PlainText::visible(rule.type == FirewallRule::Type::Custom
                                                      ? rule.cidr
                                                      : m_session->ranges()->names().value(rule.rangeId, rule.rangeId));
    const QString what = tr("The rule for %1").arg(target);
    const bool mine = concernsThisComputer(rule);
    trackSubmission(
            this, dialog, reply,
            [this, what, target, mine](ApiReply *reply) {
                // After a dropped connection the client found the rule by listing: say it was really added.
                startPropagation(
                        reply->reconciled()
                                ? tr("The rule for %1 (added: confirmed after the connection dropped)").arg(target)
                                : what,
                        mine);
            },
            [this, what](const ApiError &error) {
                // The dialog was closed meanwhile: say which rule failed.
                m_ui->messageLabel->showError(tr("%1 was not added: %2").arg(what, error.message()));
            });
}

void InternetAccessPage::startPropagation(const QString &what, bool concernsThisComputer)
{
    m_propagation->setConnectionUri(m_session ? m_session->connectionUri() : QString());
    m_propagation->start(what, concernsThisComputer);
    showPropagation();
}

void InternetAccessPage::showPropagation()
{
    const QString text = m_propagation->statusText();
    switch (m_propagation->state()) {
    case PropagationWatcher::State::Idle:
        break;
    case PropagationWatcher::State::Applying:
    case PropagationWatcher::State::Active:
    case PropagationWatcher::State::Waited:
        m_ui->messageLabel->showInfo(text);
        break;
    case PropagationWatcher::State::StillRefused:
    case PropagationWatcher::State::Failed:
        m_ui->messageLabel->showError(text, {{QStringLiteral("check"), tr("Check access")}});
        break;
    }
}

void InternetAccessPage::allowMyIp()
{
    if (!m_client || m_fetchingIp)
        return;
    m_fetchingIp = true;
    updateActions();
    m_ui->messageLabel->showInfo(tr("Finding this computer's public IP address…"));
    ApiReply *reply = m_client->whatIsMyIp(m_whatIsMyIpUrl);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_fetchingIp = false;
        updateActions();
        if (!reply->isSuccess()) {
            m_ui->messageLabel->showError(
                    tr("This computer's public IP address could not be found: %1").arg(reply->error().message()));
            return;
        }
        m_myIp = reply->value<QString>();
        m_session->rules()->setThisComputerAddress(m_myIp);
        m_ui->messageLabel->clearMessage();
        const QString label = tr("%1 – %2").arg(QHostInfo::localHostName(), QDate::currentDate().toString(Qt::ISODate));
        openNewRuleDialog(m_myIp + QStringLiteral("/32"), label, RuleExpiry::Duration::EightHours);
    });
}

void InternetAccessPage::deleteSelected()
{
    const FirewallRule rule = selectedRule();
    if (rule.id.isEmpty() || !m_ui->deleteButton->isEnabled())
        return;
    FirewallRulesModel *model = m_session->rules();
    const QString target = PlainText::visible(model->targetText(rule)); // server text, also in messages
    ConfirmRequest request;
    request.title = tr("Delete rule");
    request.headline = rule.label.isEmpty() ? tr("Delete the rule for %1?").arg(target)
                                            : tr("Delete the rule for %1 (%2)?").arg(target, PlainText::visible(rule.label));
    request.message = tr("Connections from this network will be refused once the change is applied (about 2 "
                         "minutes). Sessions already open are not cut.");
    // Warn loudly when this rule is the only one letting this computer in.
    if (model->isLastRuleAdmitting(rule.id, m_myIp)) {
        request.message += QStringLiteral("\n\n")
                + tr("This is the last rule that admits this computer (%1): after it is deleted, Gatehouse can no "
                     "longer manage extensions from here.")
                          .arg(m_myIp);
        request.acknowledgement = tr("I understand this computer will lose access");
    }
    if (model->rowCount() == 1)
        request.message += QStringLiteral("\n\n") + tr("It is the last rule: nobody will be able to reach the database.");
    request.confirmText = tr("Delete rule");
    request.confirmIcon = QStringLiteral("delete");
    if (!ConfirmDialog::ask(this, request))
        return;
    ApiReply *reply = model->deleteRule(rule.id);
    if (!reply)
        return;
    updateActions();
    connect(reply, &ApiReply::finished, this, [this, reply, target] {
        if (reply->isSuccess())
            startPropagation(tr("The removal of %1").arg(target), false);
        else if (reply->error().kind() == ApiError::Kind::NotFound)
            m_ui->messageLabel->showInfo(tr("The rule for %1 was already deleted.").arg(target));
        else
            m_ui->messageLabel->showError(
                    tr("The rule for %1 could not be deleted: %2").arg(target, reply->error().message()));
        updateActions();
    });
}

bool InternetAccessPage::concernsThisComputer(const NewFirewallRule &rule) const
{
    // Only what the API tells: a managed range's addresses are unknown, so no test connection is promised for it.
    return FirewallRulesModel::admission(rule.type, rule.cidr, m_myIp) == FirewallRulesModel::Admission::Yes;
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
