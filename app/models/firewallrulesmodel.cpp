#include "firewallrulesmodel.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "common/clock.h"
#include "domain/cidr.h"
#include "domain/ruleexpiry.h"
#include "modelroles.h"

#include <QLocale>
#include <QTimer>

#include <limits>

FirewallRulesModel::FirewallRulesModel(QObject *parent)
    : KeyedListModel(parent), m_clock(Clock::system()), m_tick(new QTimer(this))
{
    m_tick->setInterval(30 * 1000);
    connect(m_tick, &QTimer::timeout, this, &FirewallRulesModel::refreshExpiries);
}

void FirewallRulesModel::setClock(Clock *clock)
{
    if (m_clock)
        disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock ? clock : Clock::system();
    connect(m_clock, &Clock::jumped, this, &FirewallRulesModel::refreshExpiries);
    refreshExpiries();
}

QDateTime FirewallRulesModel::expiryOf(const FirewallRule &rule)
{
    if (rule.type != FirewallRule::Type::Custom)
        return {};
    const std::optional<RuleExpiry::Parsed> parsed = RuleExpiry::parse(rule.label);
    return parsed ? parsed->until : QDateTime();
}

QString FirewallRulesModel::remainingText(qint64 seconds)
{
    const qint64 minutes = (seconds + 59) / 60; // never "0 min" while time is left
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return minutes % 60 ? tr("%1 h %2 min").arg(hours).arg(minutes % 60) : tr("%1 h").arg(hours);
    return hours % 24 ? tr("%1 d %2 h").arg(hours / 24).arg(hours % 24) : tr("%1 d").arg(hours / 24);
}

QString FirewallRulesModel::expiryText(const FirewallRule &rule) const
{
    const QDateTime until = expiryOf(rule);
    if (!until.isValid())
        return QString();
    const qint64 left = m_clock->nowUtc().secsTo(until);
    return left <= 0 ? tr("expired") : tr("expires in %1").arg(remainingText(left));
}

void FirewallRulesModel::refreshExpiries()
{
    const bool any = std::any_of(m_items.cbegin(), m_items.cend(),
                                 [](const FirewallRule &rule) { return expiryOf(rule).isValid(); });
    if (any && !m_tick->isActive())
        m_tick->start();
    else if (!any)
        m_tick->stop();
    if (any)
        emit dataChanged(index(0, ExpiresColumn), index(int(m_items.size()) - 1, ExpiresColumn));
}

void FirewallRulesModel::rowsMutated()
{
    KeyedListModel::rowsMutated();
    // Deferred: called between begin/end of a structural change, where views must not hear of data changes.
    QMetaObject::invokeMethod(this, &FirewallRulesModel::refreshExpiries, Qt::QueuedConnection);
}

void FirewallRulesModel::setRangeNames(const QHash<QString, QString> &names)
{
    m_rangeNames = names;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, TargetColumn), index(m_items.size() - 1, TargetColumn));
}

void FirewallRulesModel::setThisComputerAddress(const QString &ipv4)
{
    if (ipv4 == m_thisComputer)
        return;
    m_thisComputer = ipv4;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(m_items.size() - 1, ColumnCount - 1),
                         {Qt::ToolTipRole, ModelRoles::AdmitsThisComputerRole});
}

QString FirewallRulesModel::targetText(const FirewallRule &rule) const
{
    if (rule.type == FirewallRule::Type::Custom)
        return rule.cidr;
    return m_rangeNames.value(rule.rangeId, rule.rangeId);
}

FirewallRulesModel::Admission FirewallRulesModel::admission(FirewallRule::Type type, const QString &cidr,
                                                            const QString &ipv4)
{
    const std::optional<Cidr> address = Cidr::parse(ipv4);
    if (!address || address->prefix() != 32 || type != FirewallRule::Type::Custom)
        return Admission::Unknown;
    const std::optional<Cidr> range = Cidr::parse(cidr);
    return range && range->contains(*address) ? Admission::Yes : Admission::No;
}

QStringList FirewallRulesModel::rulesAdmitting(const QString &ipv4) const
{
    QStringList ids;
    for (const FirewallRule &rule : m_items) {
        if (admission(rule, ipv4) == Admission::Yes)
            ids.append(rule.id);
    }
    return ids;
}

bool FirewallRulesModel::isLastRuleAdmitting(const QString &id, const QString &ipv4) const
{
    return rulesAdmitting(ipv4) == QStringList{id};
}

ApiReply *FirewallRulesModel::createRule(const NewFirewallRule &rule)
{
    if (!m_client)
        return nullptr;
    ApiReply *reply = m_client->createFirewallRule(m_database, rule);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (reply->isSuccess())
            upsertItem(reply->value<FirewallRule>());
    });
    return reply;
}

ApiReply *FirewallRulesModel::deleteRule(const QString &id)
{
    if (!m_client)
        return nullptr;
    m_pending.insert(id);
    if (const int row = rowOf(id); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    ApiReply *reply = m_client->deleteFirewallRule(m_database, id);
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        m_pending.remove(id);
        const int row = rowOf(id);
        if (reply->isSuccess() || reply->error().kind() == ApiError::Kind::NotFound)
            removeItem(id); // gone either way
        else if (row >= 0)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    });
    return reply;
}

ApiReply *FirewallRulesModel::updateLabel(const QString &id, const QString &label)
{
    if (!m_client)
        return nullptr;
    ApiReply *reply = m_client->updateFirewallRuleLabel(m_database, id, label);
    connect(reply, &ApiReply::finished, this, [this, reply, id] {
        if (reply->isSuccess() && reply->value<FirewallRule>().id == id)
            upsertItem(reply->value<FirewallRule>());
        else if (reply->error().kind() == ApiError::Kind::NotFound)
            removeItem(id);
    });
    return reply;
}

int FirewallRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FirewallRulesModel::data(const QModelIndex &index, int role) const
{
    // Views ask for the invalid index (a combo box with no current item): an answer, not a misuse.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FirewallRule &rule = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TypeColumn:
            return rule.type == FirewallRule::Type::Custom ? tr("Custom CIDR IPv4") : tr("Managed range");
        case TargetColumn:
            return targetText(rule);
        case LabelColumn:
            return rule.label;
        case CreatedColumn:
            return rule.createdAt.isValid() ? QLocale().toString(rule.createdAt.toLocalTime(), QLocale::ShortFormat)
                                            : QString();
        case ExpiresColumn:
            return expiryText(rule);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ExpiresColumn && expiryOf(rule).isValid())
            return tr("Temporary rule until %1. Gatehouse removes it then if it is running, otherwise the next time "
                      "someone opens this database in Gatehouse.")
                    .arg(QLocale().toString(expiryOf(rule).toLocalTime(), QLocale::ShortFormat));
        if (index.column() == TargetColumn && rule.type == FirewallRule::Type::Managed)
            return tr("Scalingo keeps the addresses of this range up to date.");
        if (m_pending.contains(rule.id))
            return tr("Deleting…");
        if (index.column() == TargetColumn && admission(rule, m_thisComputer) == Admission::Yes)
            return tr("This rule admits this computer (%1).").arg(m_thisComputer);
        break;
    case ModelRoles::AdmitsThisComputerRole:
        return admission(rule, m_thisComputer) == Admission::Yes;
    case ModelRoles::IdRole:
        return rule.id;
    case ModelRoles::RawRole:
        if (index.column() == CreatedColumn)
            return rule.createdAt;
        if (index.column() == ExpiresColumn) // permanent rules sort after every temporary one
            return expiryOf(rule).isValid() ? expiryOf(rule).toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        return data(index, Qt::DisplayRole);
    case ModelRoles::ExpiryRole:
        return expiryOf(rule);
    case ModelRoles::ChangedRole:
        return isMarked(rule.id);
    case ModelRoles::PendingRole:
        return m_pending.contains(rule.id);
    case ModelRoles::ValueRole:
        return QVariant::fromValue(rule);
    }
    return {};
}

QVariant FirewallRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TypeColumn:
        return tr("Type");
    case TargetColumn:
        return tr("CIDR or range");
    case LabelColumn:
        return tr("Label");
    case CreatedColumn:
        return tr("Created");
    case ExpiresColumn:
        return tr("Expires");
    }
    return {};
}

ApiReply *FirewallRulesModel::startLoad()
{
    return m_client ? m_client->listFirewallRules(m_database) : nullptr;
}

void FirewallRulesModel::applyLoad(ApiReply *reply)
{
    mergeItems(reply->value<QList<FirewallRule>>());
}

void FirewallRulesModel::clearRows()
{
    KeyedListModel::clearRows();
    m_pending.clear();
}
