#include "overviewpage.h"
#include "ui_overviewpage.h"

#include <QEvent>

#include "clipboardguard.h"
#include "domain/connectionuri.h"
#include "icons.h"
#include "models/databasesession.h"
#include "plaintext.h"

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

OverviewPage::OverviewPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::OverviewPage>())
{
    m_ui->setupUi(this);
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
    updateInfo();
}

void OverviewPage::updateInfo()
{
    const bool open = m_session && m_session->isOpen();
    const QString dash = QStringLiteral("—");
    // Everything below comes from the server: plain text, invisible characters shown.
    PlainText::setLabel(m_ui->nameLabel, open ? m_session->database().name : tr("No database selected"));
    if (!open) {
        for (QLabel *l : {m_ui->kindValue, m_ui->statusValue, m_ui->versionValue, m_ui->planValue, m_ui->endpointsValue})
            l->setText(dash);
        updateUri();
        return;
    }
    const DatabaseInfo &info = m_session->info();
    const Database &db = m_session->database();
    PlainText::setLabel(m_ui->kindValue, db.isAddon() ? tr("PostgreSQL addon of the app %1").arg(db.appName)
                                                      : tr("Dedicated Resources"));
    PlainText::setLabel(m_ui->statusValue, info.status.isEmpty() ? dash : statusText(info.status));
    PlainText::setLabel(m_ui->versionValue, info.readableVersion.isEmpty() ? dash : info.readableVersion);
    PlainText::setLabel(m_ui->planValue, info.plan.isEmpty() ? m_session->database().plan : info.plan);
    PlainText::setLabel(m_ui->endpointsValue, info.hostname.isEmpty() ? dash : info.hostname);
    m_ui->messageLabel->clearMessage();
    updateUri();
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
