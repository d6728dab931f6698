#include "rulesproxymodel.h"

#include "icons.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"

QVariant RulesProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == FirewallRulesModel::TargetColumn
        && index.data(ModelRoles::AdmitsThisComputerRole).toBool())
        return Icons::icon(QStringLiteral("my-ip"));
    return QSortFilterProxyModel::data(index, role);
}
