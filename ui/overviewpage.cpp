#include "overviewpage.h"
#include "ui_overviewpage.h"

#include <QEvent>

#include "accesscheckdialog.h"
#include "clipboardguard.h"
#include "domain/connectionuri.h"
#include "icons.h"
#include "models/accessglance.h"
#include "models/databasefeaturesmodel.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/extensionsmodel.h"
#include "models/firewallrulesmodel.h"
#include "plaintext.h"

#include <QTimer>

namespace {
// The DB API's status values (contract §3.4), in words a non-expert understands.
QString statusText(const QString &status)
{
    if (status == QLatin1String("running"))
        return OverviewPage::tr("Running");
    if (status == QLatin1String("creating"))
        return OverviewPage::tr("Being created");
    if (status == QLatin1String("migrating"))
        return OverviewPage::tr("Migrating");
    if (status == QLatin1String("updating"))
        return OverviewPage::tr("Updating");
    if (status == QLatin1String("upgrading"))
        return OverviewPage::tr("Upgrading");
    if (status == QLatin1String("stopped"))
        return OverviewPage::tr("Stopped");
    return status;
}
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::OverviewPage>()), m_glanceTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // Counts change row by row while lists load: recount once per event-loop turn.
    m_glanceTimer->setSingleShot(true);
    m_glanceTimer->setInterval(0);
    connect(m_glanceTimer, &QTimer::timeout, this, &OverviewPage::updateGlance);
    m_ui->checkAccessButton->setIcon(Icons::icon(QStringLiteral("shield")));
    m_ui->checkAccessButton->setToolTip(tr("Check step by step whether this computer can connect, and why not"));
    connect(m_ui->checkAccessButton, &QPushButton::clicked, this, &OverviewPage::checkAccess);
    m_ui->accessFixButton->hide();
    connect(m_ui->accessFixButton, &QPushButton::clicked, this, [this] {
        if (m_session)
            emit accessFixRequested(m_session->accessGlance()->fix(), m_session->accessCheck()->checkedUser());
    });
    for (QLabel *label : {m_ui->rulesValue, m_ui->usersValue, m_ui->extensionsValue, m_ui->internetValue})
        connect(label, &QLabel::linkActivated, this, &OverviewPage::navigationRequested);
    QFont title = m_ui->nameLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_ui->nameLabel->setFont(title);
    m_ui->revealButton->setIcon(Icons::icon(QStringLiteral("eye")));
    m_ui->revealButton->setToolTip(tr("Show the password"));
    m_ui->copyButton->setIcon(Icons::icon(QStringLiteral("copy")));
    m_ui->copyButton->setToolTip(tr("Copy the connection string (cleared from the clipboard after 30 seconds)"));
    connect(m_ui->revealButton, &QToolButton::toggled, this, [this](bool on) {
        m_ui->revealButton->setIcon(Icons::icon(on ? QStringLiteral("eye-off") : QStringLiteral("eye")));
        m_ui->revealButton->setToolTip(on ? tr("Hide the password") : tr("Show the password"));
        updateUri();
    });
    connect(m_ui->copyButton, &QToolButton::clicked, this, [this] {
        if (m_session && !m_session->connectionUri().isEmpty()) {
            ClipboardGuard::instance()->copySecret(m_session->connectionUri());
            m_ui->messageLabel->showInfo(tr("Copied. The clipboard will be cleared in 30 seconds."));
        }
    });
    updateInfo();
}

OverviewPage::~OverviewPage() = default;

void OverviewPage::setSession(DatabaseSession *session)
{
    m_session = session;
    connect(session, &DatabaseSession::infoChanged, this, &OverviewPage::updateInfo);
    connect(session, &DatabaseSession::connectionUriChanged, this, &OverviewPage::updateUri);
    connect(session, &DatabaseSession::opened, this, &OverviewPage::updateInfo);
    connect(session, &DatabaseSession::infoFailed, this, [this](const ApiError &error) {
        m_ui->messageLabel->showError(tr("The database details could not be loaded: %1").arg(error.message()));
    });
    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{session->rules(), session->users(), session->extensions()}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &OverviewPage::scheduleGlance);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &OverviewPage::scheduleGlance);
        connect(model, &QAbstractItemModel::modelReset, this, &OverviewPage::scheduleGlance);
        connect(model, &QAbstractItemModel::dataChanged, this, &OverviewPage::scheduleGlance);
    }
    for (ResourceModel *model :
         std::initializer_list<ResourceModel *>{session->rules(), session->users(), session->extensions()})
        connect(model, &ResourceModel::stateChanged, this, &OverviewPage::scheduleGlance);
    connect(session->features(), &DatabaseFeaturesModel::changed, this, &OverviewPage::scheduleGlance);
    connect(session->accessCheck(), &AccessCheck::started, this, &OverviewPage::scheduleGlance);
    connect(session->accessCheck(), &AccessCheck::finished, this, &OverviewPage::scheduleGlance);
    connect(session->accessGlance(), &AccessGlance::changed, this, &OverviewPage::scheduleGlance);
    updateInfo();
}

void OverviewPage::checkAccess()
{
    if (!m_session || !m_session->isOpen())
        return;
    AccessCheckDialog *dialog = AccessCheckDialog::openFor(this, m_session, AccessCheckDialog::Mode::FullCheck);
    connect(dialog, &AccessCheckDialog::fixRequested, this, &OverviewPage::accessFixRequested);
}

void OverviewPage::scheduleGlance()
{
    m_glanceTimer->start();
}

void OverviewPage::updateGlance()
{
    const bool open = m_session && m_session->isOpen();
    const bool addon = open && m_session->database().isAddon();
    const QString dash = QStringLiteral("—");
    auto linkTo = [](const QString &where, const QString &text) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(where, text.toHtmlEscaped());
    };
    m_ui->checkAccessButton->setEnabled(open && !m_session->connectionUri().isEmpty()
                                        && !m_session->accessCheck()->isRunning());
    // Answered on opening (rules or Internet accessibility against this computer's address), then by Check access.
    const AccessGlance *glance = open ? m_session->accessGlance() : nullptr;
    m_ui->thisComputerValue->setText(glance && !glance->text().isEmpty() ? glance->text() : dash);
    const AccessCheck::Fix fix = glance ? glance->fix() : AccessCheck::Fix::None;
    const bool offered = fix == AccessCheck::Fix::AllowMyIp || fix == AccessCheck::Fix::EnableInternetAccessibility
            || fix == AccessCheck::Fix::ResetPassword;
    m_ui->accessFixButton->setVisible(offered);
    if (offered) {
        m_ui->accessFixButton->setText(AccessCheckDialog::fixText(fix));
        m_ui->accessFixButton->setIcon(
                Icons::icon(fix == AccessCheck::Fix::AllowMyIp ? QStringLiteral("my-ip") : QStringLiteral("shield")));
    }
    m_ui->formLayout->setRowVisible(m_ui->rulesValue, !addon);
    m_ui->formLayout->setRowVisible(m_ui->forceTlsValue, addon);
    m_ui->formLayout->setRowVisible(m_ui->internetValue, addon);
    if (!open) {
        for (QLabel *label :
             {m_ui->rulesValue, m_ui->usersValue, m_ui->extensionsValue, m_ui->forceTlsValue, m_ui->internetValue})
            label->setText(dash);
        return;
    }
    FirewallRulesModel *rules = m_session->rules();
    m_ui->rulesValue->setText(
            rules->hasData() ? linkTo(QStringLiteral("rules"),
                                      tr("%1 / %2 rules").arg(rules->rowCount()).arg(FirewallRulesModel::MaxRules))
                             : dash);
    DatabaseUsersModel *users = m_session->users();
    int md5 = 0;
    for (const DatabaseUser &user : users->users())
        md5 += user.passwordEncryption.compare(QLatin1String("MD5"), Qt::CaseInsensitive) == 0 ? 1 : 0;
    QString usersText = tr("%n user(s)", nullptr, users->rowCount());
    if (md5 > 0)
        usersText = tr("%1 (%n with an MD5 password)", nullptr, md5).arg(usersText);
    m_ui->usersValue->setText(users->hasData() ? linkTo(QStringLiteral("users"), usersText) : dash);
    ExtensionsModel *extensions = m_session->extensions();
    int enabled = 0;
    for (const Extension &extension : extensions->extensions())
        enabled += extension.isInstalled() ? 1 : 0;
    m_ui->extensionsValue->setText(
            linkTo(QStringLiteral("extensions"),
                   extensions->hasData() ? tr("%n enabled", nullptr, enabled) : tr("see the Extensions tab")));
    if (addon) {
        DatabaseFeaturesModel *features = m_session->features();
        auto stateText = [](const DatabaseFeature &feature) {
            if (feature.isPending())
                return feature.state() == DatabaseFeature::State::Removing ? tr("being turned off")
                                                                           : tr("being turned on");
            if (feature.state() == DatabaseFeature::State::Failed)
                return tr("failed");
            return feature.isOn() ? tr("on") : tr("off");
        };
        m_ui->forceTlsValue->setText(features->isLoaded() ? stateText(features->forceTls()) : dash);
        m_ui->internetValue->setText(features->isLoaded() ? linkTo(QStringLiteral("accessibility"),
                                                                   stateText(features->internetAccessibility()))
                                                          : dash);
    }
}

void OverviewPage::updateInfo()
{
    const bool open = m_session && m_session->isOpen();
    const QString dash = QStringLiteral("—");
    // Everything below comes from the server: plain text, invisible characters shown.
    PlainText::setLabel(m_ui->nameLabel, open ? m_session->database().name : tr("No database selected"));
    if (!open) {
        for (QLabel *l :
             {m_ui->kindValue, m_ui->statusValue, m_ui->versionValue, m_ui->planValue, m_ui->endpointsValue})
            l->setText(dash);
        updateUri();
        updateGlance();
        return;
    }
    const DatabaseInfo &info = m_session->info();
    const Database &db = m_session->database();
    PlainText::setLabel(m_ui->kindValue,
                        db.isAddon() ? tr("PostgreSQL addon of the app %1").arg(db.appName)
                                     : tr("Dedicated Resources"));
    PlainText::setLabel(m_ui->statusValue, info.status.isEmpty() ? dash : statusText(info.status));
    PlainText::setLabel(m_ui->versionValue, info.readableVersion.isEmpty() ? dash : info.readableVersion);
    PlainText::setLabel(m_ui->planValue, info.plan.isEmpty() ? m_session->database().plan : info.plan);
    PlainText::setLabel(m_ui->endpointsValue, info.hostname.isEmpty() ? dash : info.hostname);
    m_ui->messageLabel->clearMessage();
    updateUri();
    updateGlance();
}

void OverviewPage::updateUri()
{
    const QString uri = m_session ? m_session->connectionUri() : QString();
    m_ui->copyButton->setEnabled(!uri.isEmpty());
    m_ui->revealButton->setEnabled(!uri.isEmpty());
    if (uri.isEmpty()) {
        m_ui->uriEdit->setText(QString());
        m_ui->uriEdit->setPlaceholderText(tr("Not available"));
        return;
    }
    const auto parsed = ConnectionUri::parse(uri);
    m_ui->uriEdit->setText(m_ui->revealButton->isChecked() || !parsed ? uri : parsed->redacted());
    m_ui->uriEdit->setCursorPosition(0);
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateInfo();
    }
    QWidget::changeEvent(event);
}
