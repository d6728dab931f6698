#include "internetaccesspage.h"
#include "ui_internetaccesspage.h"

#include <QEvent>

#include "api/apiclient.h"
#include "api/apireply.h"
#include "pg/pgconnection.h"
#include "pg/pgerror.h"
#include "confirmdialog.h"
#include "dialogsubmission.h"
#include "icons.h"
#include "models/databasesession.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"
#include "models/modelroles.h"
#include "messagebanner.h"
#include "newruledialog.h"
#include "plaintext.h"

#include <QAction>
#include <QHeaderView>
#include <QHostInfo>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTimer>

InternetAccessPage::InternetAccessPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::InternetAccessPage>())
    , m_proxy(new QSortFilterProxyModel(this))
    , m_countdown(new QTimer(this))
{
    m_ui->setupUi(this);
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    m_ui->newRuleButton->setIcon(Icons::icon(QStringLiteral("add")));
    m_ui->allowMyIpButton->setIcon(Icons::icon(QStringLiteral("my-ip")));
    m_ui->deleteButton->setIcon(Icons::icon(QStringLiteral("delete")));
    m_ui->newRuleButton->setToolTip(tr("Add a firewall rule (Ctrl+N)"));
    m_ui->deleteButton->setToolTip(tr("Delete the selected rule (Del)"));
    m_ui->allowMyIpButton->setToolTip(tr("Add a rule for this computer's public IPv4 address"));
    m_ui->messageLabel->hide();

    m_proxy->setSortRole(ModelRoles::RawRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
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
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &InternetAccessPage::deleteSelected);
    connect(m_ui->messageLabel, &MessageBanner::linkTriggered, this, [this](const QString &link) {
        if (link == QLatin1String("retry") && m_session)
            m_session->rules()->reload();
        else if (link == QLatin1String("new"))
            newRule();
        else if (link == QLatin1String("check"))
            checkReachable();
    });
    connect(m_ui->emptyLabel, &QLabel::linkActivated, this, [this] { newRule(); });

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &InternetAccessPage::updateCountdown);
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
        if (!m_countdown->isActive())
            m_ui->messageLabel->clearMessage();
    });
    connect(model, &ResourceModel::errorOccurred, this, [this](const ApiError &error) {
        m_ui->messageLabel->showError(tr("The firewall rules could not be loaded: %1").arg(error.message()),
                                      {{QStringLiteral("retry"), tr("Try again")}});
    });
    connect(m_ui->rulesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &InternetAccessPage::updateActions);
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
    updateActions();
}

void InternetAccessPage::setPropagationDelay(int seconds)
{
    m_propagationSeconds = seconds;
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
    m_ui->allowMyIpButton->setEnabled(ready && !full && !m_fetchingIp);
    const QString fullReason = tr("This database already has %1 rules, the maximum. Delete one to add another.")
                                       .arg(FirewallRulesModel::MaxRules);
    m_ui->newRuleButton->setToolTip(full ? fullReason : tr("Add a firewall rule (Ctrl+N)"));
    m_ui->allowMyIpButton->setToolTip(full ? fullReason : tr("Add a rule for this computer's public IPv4 address"));
    const FirewallRule rule = selectedRule();
    const bool pending = model && !rule.id.isEmpty() && model->rowOf(rule.id) >= 0
            && model->index(model->rowOf(rule.id), 0).data(ModelRoles::PendingRole).toBool();
    m_ui->deleteButton->setEnabled(ready && !rule.id.isEmpty() && !pending);
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

void InternetAccessPage::openNewRuleDialog(const QString &cidr, const QString &label)
{
    auto *dialog = new NewRuleDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setExistingRules(m_session->rules()->rules());
    dialog->setManagedRanges(m_session->ranges()->ranges());
    if (!cidr.isEmpty())
        dialog->setCustomRule(cidr, label);
    connect(dialog, &NewRuleDialog::submitted, this,
            [this, dialog](const NewFirewallRule &rule) { submitRule(dialog, rule); });
    dialog->open();
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
    m_propagationWhat = what;
    m_checkAfterPropagation = concernsThisComputer;
    m_appliedAt = QDateTime::currentDateTimeUtc().addSecs(m_propagationSeconds);
    if (m_propagationSeconds <= 0) {
        m_ui->messageLabel->showInfo(tr("%1 is applied.").arg(what));
        checkReachable();
        return;
    }
    m_countdown->start();
    updateCountdown();
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
        m_ui->messageLabel->clearMessage();
        const QString label = tr("%1 – %2").arg(QHostInfo::localHostName(), QDate::currentDate().toString(Qt::ISODate));
        openNewRuleDialog(m_myIp + QStringLiteral("/32"), label);
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

void InternetAccessPage::updateCountdown()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_appliedAt);
    if (left <= 0) {
        m_countdown->stop();
        m_ui->messageLabel->showInfo(tr("%1 should now be applied.").arg(m_propagationWhat));
        checkReachable();
        return;
    }
    m_ui->messageLabel->showInfo(tr("%1: applying (about %2 left).")
                        .arg(m_propagationWhat,
                             left >= 60 ? tr("%n minute(s)", nullptr, int((left + 59) / 60))
                                        : tr("%n second(s)", nullptr, int(left))));
}

bool InternetAccessPage::concernsThisComputer(const NewFirewallRule &rule) const
{
    // Only what the API tells: a managed range's addresses are unknown, so no test connection is promised for it.
    return FirewallRulesModel::admission(rule.type, rule.cidr, m_myIp) == FirewallRulesModel::Admission::Yes;
}

void InternetAccessPage::checkReachable()
{
    if (!m_checkAfterPropagation || !m_session || m_session->connectionUri().isEmpty())
        return;
    m_checkAfterPropagation = false;
    // A throwaway TLS connection proves the rule works from here; it never blocks the UI (libpq async).
    auto *probe = new PgConnection(this);
    probe->setConnectionUri(m_session->connectionUri());
    const QString what = m_propagationWhat;
    m_ui->messageLabel->showInfo(tr("%1 is applied. Checking that this computer can now reach the database…").arg(what));
    connect(probe, &PgConnection::connected, this, [this, probe, what] {
        m_ui->messageLabel->showInfo(tr("%1 is applied: this computer reaches the database over TLS.").arg(what));
        probe->close();
        probe->deleteLater();
    });
    connect(probe, &PgConnection::connectionFailed, this, [this, probe](const PgError &error) {
        if (error.isAccessBlocked())
            m_ui->messageLabel->showError(tr("The database still refuses this computer. Scalingo may need a little "
                                             "longer: check again in a minute."),
                                          {{QStringLiteral("check"), tr("Check again")}});
        else
            m_ui->messageLabel->showError(
                    tr("The rule is applied, but the test connection failed: %1").arg(error.message()));
        m_checkAfterPropagation = true;
        probe->deleteLater();
    });
    probe->open();
}

void InternetAccessPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateActions();
    }
    QWidget::changeEvent(event);
}
