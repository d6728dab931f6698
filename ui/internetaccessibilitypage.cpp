#include "internetaccessibilitypage.h"
#include "ui_internetaccessibilitypage.h"

#include "messagebanner.h"
#include "plaintext.h"

#include "confirmdialog.h"
#include "models/databasefeaturesmodel.h"

#include <QEvent>
#include <QSignalBlocker>

namespace {
const QString ForceTls = QLatin1String(DatabaseFeature::ForceTls);
const QString Public = QLatin1String(DatabaseFeature::InternetAccessibility);
} // namespace

InternetAccessibilityPage::InternetAccessibilityPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::InternetAccessibilityPage>())
{
    m_ui->setupUi(this);
    // Titled like the other Settings pages (Firewall rules, Manage database users): it started with its intro.
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.3);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    // The check boxes show the server's state: a click asks for a change, the model's answer sets them.
    connect(m_ui->forceTlsCheck, &QCheckBox::clicked, this, [this](bool on) { toggled(ForceTls, on); });
    connect(m_ui->publicCheck, &QCheckBox::clicked, this, [this](bool on) { toggled(Public, on); });
    connect(m_ui->forceTlsRetry, &QPushButton::clicked, this, [this] { toggled(ForceTls, true); });
    connect(m_ui->publicRetry, &QPushButton::clicked, this, [this] { toggled(Public, true); });
    updateView();
}

InternetAccessibilityPage::~InternetAccessibilityPage() = default;

void InternetAccessibilityPage::setModel(DatabaseFeaturesModel *model)
{
    m_model = model;
    connect(model, &DatabaseFeaturesModel::changed, this, &InternetAccessibilityPage::updateView);
    connect(model, &DatabaseFeaturesModel::refused, this, [this](const QString &reason) {
        m_ui->messageLabel->showInfo(reason);
        updateView();
    });
    connect(model, &DatabaseFeaturesModel::errorOccurred, this, [this](const ApiError &error) {
        m_ui->messageLabel->showError(tr("The change was not accepted: %1").arg(error.message()));
    });
    updateView();
}

void InternetAccessibilityPage::toggled(const QString &name, bool on)
{
    if (!m_model)
        return;
    if (name == Public && on) {
        ConfirmRequest request;
        request.title = tr("Make the database reachable from the internet?");
        request.headline = tr("Anyone on the internet will be able to try to connect to this database.");
        request.message = tr("Only its users' passwords will protect it, and every connection will use TLS (Force "
                             "TLS is turned on first if needed). Turn it on only if you need to connect from outside "
                             "Scalingo, for example with Gatehouse's Extensions tab or a desktop SQL client.");
        request.confirmText = tr("Make reachable");
        request.acknowledgement = tr("I understand that the database will be exposed to the internet");
        if (!ConfirmDialog::ask(this, request)) {
            updateView();
            return;
        }
    } else if (name == Public && !on) {
        ConfirmRequest request;
        request.title = tr("Stop Internet accessibility?");
        request.headline = tr("Only the app's containers on Scalingo will reach the database.");
        request.message = tr("Tools outside Scalingo, such as Gatehouse's Extensions tab and desktop SQL clients, will "
                             "no longer be able to connect.");
        request.confirmText = tr("Stop Internet accessibility");
        request.destructive = false;
        if (!ConfirmDialog::ask(this, request)) {
            updateView();
            return;
        }
    }
    m_ui->messageLabel->clear();
    m_model->setEnabled(name, on);
    updateView();
}

void InternetAccessibilityPage::showFeature(const DatabaseFeature &feature, QCheckBox *check, QLabel *status,
                                            QPushButton *retry)
{
    const QSignalBlocker blocker(check);
    QString text;
    switch (feature.state()) {
    case DatabaseFeature::State::Disabled:
        text = tr("Off");
        break;
    case DatabaseFeature::State::Activated:
        text = tr("On (activated)");
        break;
    case DatabaseFeature::State::Pending:
        text = tr("Being turned on…");
        break;
    case DatabaseFeature::State::Removing:
        text = tr("Being turned off…");
        break;
    case DatabaseFeature::State::Failed:
        text = feature.message.isEmpty() ? tr("Failed") : tr("Failed: %1").arg(feature.message);
        break;
    }
    check->setChecked(feature.isOn() || feature.state() == DatabaseFeature::State::Pending);
    PlainText::setLabel(status, text); // may quote the server's message
    MessageBanner::styleHint(status, feature.state() == DatabaseFeature::State::Failed ? MessageBanner::Kind::Error
                                                                                      : MessageBanner::Kind::Info);
    retry->setVisible(feature.state() == DatabaseFeature::State::Failed);
}

void InternetAccessibilityPage::updateView()
{
    const bool ready = m_model && m_model->isLoaded();
    const bool busy = !ready || m_model->isBusy();
    if (m_model) {
        showFeature(m_model->forceTls(), m_ui->forceTlsCheck, m_ui->forceTlsStatus, m_ui->forceTlsRetry);
        showFeature(m_model->internetAccessibility(), m_ui->publicCheck, m_ui->publicStatus, m_ui->publicRetry);
        if (m_model->isQueued())
            m_ui->publicStatus->setText(tr("Waiting for Force TLS…"));
    } else {
        m_ui->forceTlsRetry->hide();
        m_ui->publicRetry->hide();
    }
    m_ui->forceTlsCheck->setEnabled(!busy);
    m_ui->publicCheck->setEnabled(!busy);
    m_ui->forceTlsRetry->setEnabled(!busy);
    m_ui->publicRetry->setEnabled(!busy);
    m_ui->pendingBar->setVisible(ready && busy);
    // Force TLS off is refused while the database is public: say why next to the box, not after a click.
    const QString refusal = ready ? m_model->offRefusal(ForceTls) : QString();
    if (!refusal.isEmpty() && m_model->forceTls().isOn())
        m_ui->forceTlsCheck->setEnabled(false);
    m_ui->forceTlsCheck->setToolTip(refusal);
    m_ui->forceTlsGroup->setToolTip(refusal);
}

void InternetAccessibilityPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateView();
    }
    QWidget::changeEvent(event);
}
