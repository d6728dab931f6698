#include "firewallrulesmodel.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "domain/cidr.h"
#include "modelroles.h"

#include <QLocale>

FirewallRulesModel::FirewallRulesModel(QObject *parent) : KeyedListModel(parent) { }

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
        }
        break;
    case Qt::ToolTipRole:
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
        return data(index, Qt::DisplayRole);
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
