#include "newruledialog.h"
#include "ui_newruledialog.h"

#include "busyfocus.h"
#include "durationpicker.h"
#include "domain/cidr.h"
#include "dialogfit.h"
#include "domain/cidrrelations.h"
#include "icons.h"
#include "messagebanner.h"
#include "plaintext.h"

#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>

namespace {

QString describeRule(const FirewallRule &rule)
{
    return rule.label.isEmpty() ? rule.cidr : QStringLiteral("%1 (%2)").arg(rule.cidr, rule.label);
}
} // namespace

NewRuleDialog::NewRuleDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::NewRuleDialog>())
{
    m_ui->setupUi(this);
    m_ui->typeCombo->addItem(tr("Custom CIDR IPv4"), QString());
    QPushButton *ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setText(tr("Add rule"));
    ok->setObjectName(QStringLiteral("addRuleButton"));
    m_ui->cidrHelpLabel->setTextFormat(Qt::PlainText); // quotes other rules' labels, which come from the server
    m_ui->errorLabel->hide();
    m_ui->progressBar->hide();
    m_ui->useNetworkButton->hide();
    m_ui->allowAllCheck->hide();
    m_ui->useNetworkButton->setAccessibleName(tr("Use the network address"));
    m_ui->usePublicIpButton->hide();
    m_ui->usePublicIpButton->setIcon(Icons::icon(QStringLiteral("my-ip")));
    m_ui->usePublicIpButton->setAccessibleName(tr("Use my public IP instead"));

    connect(m_ui->typeCombo, &QComboBox::currentIndexChanged, this, &NewRuleDialog::updateState);
    connect(m_ui->cidrEdit, &QLineEdit::textChanged, this, [this] {
        m_ui->errorLabel->clearMessage();
        updateState();
    });
    connect(m_ui->labelEdit, &QLineEdit::textChanged, this, &NewRuleDialog::updateState);
    connect(m_ui->allowAllCheck, &QCheckBox::toggled, this, &NewRuleDialog::updateState);
    connect(m_ui->durationPicker, &DurationPicker::changed, this, &NewRuleDialog::updateState);
    connect(m_ui->useNetworkButton, &QPushButton::clicked, this, [this] {
        m_ui->cidrEdit->setText(m_proposedNetwork);
        m_ui->cidrEdit->setFocus();
    });
    connect(m_ui->usePublicIpButton, &QPushButton::clicked, this, [this] {
        m_ui->cidrEdit->setText(m_publicIp + QStringLiteral("/32"));
        m_ui->cidrEdit->setFocus();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isValid() && !m_busy)
            emit submitted(rule());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
    DialogFit::apply(this, 80);
}

NewRuleDialog::~NewRuleDialog() = default;

void NewRuleDialog::setExistingRules(const QList<FirewallRule> &rules)
{
    m_existing = rules;
    setManagedRanges(m_ranges); // re-evaluates which ranges are already used
}

void NewRuleDialog::setManagedRanges(const QList<ManagedRange> &ranges)
{
    m_ranges = ranges;
    const QString current = m_ui->typeCombo->currentData().toString();
    QSignalBlocker block(m_ui->typeCombo);
    while (m_ui->typeCombo->count() > 1)
        m_ui->typeCombo->removeItem(1);
    for (const ManagedRange &range : ranges) {
        m_ui->typeCombo->addItem(PlainText::visible(range.name), range.id); // the server's name
        const bool used = std::any_of(m_existing.cbegin(), m_existing.cend(), [&](const FirewallRule &r) {
            return r.type == FirewallRule::Type::Managed && r.rangeId == range.id;
        });
        if (used) {
            const int row = m_ui->typeCombo->count() - 1;
            m_ui->typeCombo->setItemData(row, tr("This region is already allowed."), Qt::ToolTipRole);
            if (auto *model = qobject_cast<QStandardItemModel *>(m_ui->typeCombo->model()))
                model->item(row)->setEnabled(false);
        }
    }
    const int again = m_ui->typeCombo->findData(current);
    m_ui->typeCombo->setCurrentIndex(again < 0 ? 0 : again);
    updateState();
}

void NewRuleDialog::setCustomRule(const QString &cidr, const QString &label)
{
    m_ui->typeCombo->setCurrentIndex(0);
    m_ui->cidrEdit->setText(cidr);
    m_ui->labelEdit->setText(label);
}

void NewRuleDialog::setDuration(RuleExpiry::Duration duration)
{
    m_ui->durationPicker->setDuration(duration);
}

bool NewRuleDialog::isCustom() const
{
    return m_ui->typeCombo->currentIndex() <= 0;
}

NewFirewallRule NewRuleDialog::rule() const
{
    NewFirewallRule rule;
    if (isCustom()) {
        rule.type = FirewallRule::Type::Custom;
        const auto cidr = Cidr::parse(m_ui->cidrEdit->text(), nullptr);
        rule.cidr = cidr ? cidr->toString() : m_ui->cidrEdit->text().trimmed();
        rule.label = RuleExpiry::compose(m_ui->labelEdit->text(), m_ui->durationPicker->expiryUtc());
    } else {
        rule.type = FirewallRule::Type::Managed;
        rule.rangeId = m_ui->typeCombo->currentData().toString();
    }
    return rule;
}

bool NewRuleDialog::isValid() const
{
    if (!isCustom())
        return !m_ui->typeCombo->currentData().toString().isEmpty();
    QString error;
    const auto cidr = Cidr::parse(m_ui->cidrEdit->text(), &error);
    if (!cidr || cidr->hasHostBits())
        return false;
    const bool duplicate = std::any_of(m_existing.cbegin(), m_existing.cend(), [&](const FirewallRule &r) {
        const auto other = Cidr::parse(r.cidr, nullptr);
        return r.type == FirewallRule::Type::Custom && other && *other == *cidr;
    });
    if (duplicate)
        return false;
    if (m_ui->durationPicker->isPast())
        return false; // a chosen time already past
    return cidr->prefix() != 0 || m_ui->allowAllCheck->isChecked();
}

void NewRuleDialog::updateState()
{
    const bool custom = isCustom();
    m_ui->cidrLabel->setVisible(custom);
    m_ui->cidrEdit->setVisible(custom);
    m_ui->cidrHelpLabel->setVisible(custom);
    m_ui->labelLabel->setVisible(custom);
    m_ui->labelEdit->setVisible(custom);
    m_ui->durationLabel->setVisible(custom); // a managed range takes no label, so no expiry
    m_ui->durationPicker->setVisible(custom);
    m_ui->managedHelpLabel->setVisible(!custom);
    m_ui->managedHelpLabel->setText(
            tr("Lets in the applications hosted in this Scalingo region. Scalingo keeps its addresses up to date."));

    m_ui->useNetworkButton->hide();
    bool showAllowAll = false;
    QString help;
    auto style = MessageBanner::Kind::Info;
    const QString text = m_ui->cidrEdit->text();
    if (custom && !text.trimmed().isEmpty()) {
        QString error;
        const auto cidr = Cidr::parse(text, &error);
        if (!cidr) {
            help = error;
            style = MessageBanner::Kind::Error;
        } else if (cidr->hasHostBits()) {
            m_proposedNetwork = cidr->network().toString();
            help = tr("%1 is not a network address: its host bits are set. The network is %2.")
                           .arg(text.trimmed(), m_proposedNetwork);
            style = MessageBanner::Kind::Error;
            m_ui->useNetworkButton->setText(tr("Use %1").arg(m_proposedNetwork));
            m_ui->useNetworkButton->show();
        } else {
            style = describeNetwork(*cidr, &help);
            if (cidr->prefix() == 0) {
                showAllowAll = true;
                help = tr("0.0.0.0/0 turns the firewall off: every computer on the Internet can try to log in.");
                style = MessageBanner::Kind::Warning;
            }
        }
    }
    updateScopeWarning(custom && !text.trimmed().isEmpty() ? Cidr::parse(text) : std::nullopt);
    m_ui->cidrHelpLabel->setText(PlainText::visible(help));
    MessageBanner::styleHint(m_ui->cidrHelpLabel, style);
    m_ui->allowAllCheck->setVisible(showAllowAll);
    if (!showAllowAll)
        m_ui->allowAllCheck->setChecked(false);

    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_busy && isValid());
}

MessageBanner::Kind NewRuleDialog::describeNetwork(const Cidr &cidr, QString *help) const
{
    const quint64 count = cidr.addressCount();
    *help = cidr.prefix() == 32 ? tr("A single address: %1.").arg(cidr.toString())
                                : tr("Network %1: %2 addresses, from %3 to %4.")
                                          .arg(cidr.toString(), QLocale().toString(count),
                                               cidr.firstAddress().toString(), cidr.lastAddress().toString());
    auto style = MessageBanner::Kind::Info;
    QStringList covered;
    for (const CidrRelation &relation : CidrRelation::of(cidr, m_existing)) {
        switch (relation.kind) {
        case CidrRelation::Kind::Same:
            *help = tr("This network is already allowed by the rule %1.").arg(describeRule(relation.rule));
            return MessageBanner::Kind::Error;
        case CidrRelation::Kind::CoveredBy:
            *help += QLatin1Char(' ')
                    + tr("It is already covered by the rule %1: adding it changes nothing.")
                              .arg(describeRule(relation.rule));
            style = MessageBanner::Kind::Warning;
            break;
        case CidrRelation::Kind::Covers:
            covered << describeRule(relation.rule);
            break;
        }
    }
    if (!covered.isEmpty())
        *help += QLatin1Char(' ')
                + tr("It covers %n existing rule(s): %1. You may delete them once this one is added.", nullptr,
                     int(covered.size()))
                          .arg(covered.join(QStringLiteral(", ")));
    return style;
}

void NewRuleDialog::updateScopeWarning(const std::optional<Cidr> &cidr)
{
    const Cidr::Scope scope = cidr && cidr->prefix() > 0 ? cidr->network().scope() : Cidr::Scope::Public;
    if (scope == Cidr::Scope::Public) {
        m_ui->scopeBanner->clearMessage();
        m_ui->usePublicIpButton->hide();
        return;
    }
    const auto publicIp = Cidr::parse(m_publicIp);
    const bool usable = publicIp && publicIp->prefix() == 32 && publicIp->scope() == Cidr::Scope::Public;
    QString text = Cidr::scopeWarning(scope);
    if (usable)
        text += QLatin1Char(' ') + tr("This computer's public IP address is %1.").arg(m_publicIp);
    m_ui->scopeBanner->showMessage(MessageBanner::Kind::Warning, text);
    if (!m_publicIpAsked) {
        m_publicIpAsked = true;
        emit publicIpWanted(); // the page answers with setPublicIp(), possibly at once
        if (m_publicIpAnswered)
            return; // setPublicIp() already refreshed the state
    }
    m_ui->usePublicIpButton->setVisible(usable || (m_publicIpAsked && !m_publicIpAnswered));
    m_ui->usePublicIpButton->setEnabled(usable && !m_busy);
    m_ui->usePublicIpButton->setText(usable ? tr("Use my public IP instead (%1)").arg(m_publicIp)
                                            : tr("Finding this computer's public IP…"));
}

void NewRuleDialog::setPublicIp(const QString &ip)
{
    m_publicIp = ip.trimmed();
    m_publicIpAnswered = true;
    m_publicIpAsked = true;
    updateState();
}

void NewRuleDialog::setBusy(bool busy)
{
    BusyFocus::setBusy(this, busy, m_ui->buttonBox->button(QDialogButtonBox::Ok), [this, busy] {
        m_busy = busy;
        m_ui->progressBar->setVisible(busy);
        m_ui->typeCombo->setEnabled(!busy);
        m_ui->cidrEdit->setReadOnly(busy);
        m_ui->labelEdit->setReadOnly(busy);
        m_ui->allowAllCheck->setEnabled(!busy);
        m_ui->durationPicker->setEnabled(!busy);
        updateState();
    });
}

void NewRuleDialog::setError(const ApiError &error)
{
    setBusy(false);
    QStringList messages;
    for (auto it = error.fieldErrors().cbegin(); it != error.fieldErrors().cend(); ++it) {
        if (it.key() == QLatin1String("cidr") && isCustom()) {
            m_ui->cidrHelpLabel->setText(PlainText::visible(it.value().join(QLatin1Char(' '))));
            MessageBanner::styleHint(m_ui->cidrHelpLabel, MessageBanner::Kind::Error);
            m_ui->cidrEdit->setFocus();
        } else {
            messages << it.value().join(QLatin1Char(' '));
        }
    }
    if (messages.isEmpty() && error.fieldErrors().isEmpty())
        messages << error.message();
    m_ui->errorLabel->showError(messages.join(QLatin1Char('\n')));
}
