#include "rulesproxymodel.h"

#include "icons.h"
#include "models/firewallrulesmodel.h"
#include "models/modelroles.h"

#include <QApplication>
#include <QColor>
#include <QDateTime>
#include <QPalette>

QVariant changedRowBackground()
{
    QColor color = QApplication::palette().color(QPalette::Highlight);
    color.setAlpha(60);
    return color;
}

RulesProxyModel::RulesProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ModelRoles::RawRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void RulesProxyModel::setTemporaryOnly(bool only)
{
    if (m_temporaryOnly == only)
        return;
    m_temporaryOnly = only;
    invalidateRowsFilter();
}

QVariant RulesProxyModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.column() == FirewallRulesModel::TargetColumn
        && index.data(ModelRoles::AdmitsThisComputerRole).toBool())
        return Icons::icon(QStringLiteral("my-ip"));
    if (role == Qt::BackgroundRole && index.data(ModelRoles::ChangedRole).toBool())
        return changedRowBackground();
    if (role == Qt::ToolTipRole && index.data(ModelRoles::ChangedRole).toBool()) {
        const QString own = QSortFilterProxyModel::data(index, role).toString();
        const QString added = tr("Added by someone else since you last looked.");
        return own.isEmpty() ? added : own + QLatin1Char('\n') + added;
    }
    return QSortFilterProxyModel::data(index, role);
}

bool RulesProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_temporaryOnly)
        return true;
    return sourceModel()->index(sourceRow, 0, sourceParent).data(ModelRoles::ExpiryRole).toDateTime().isValid();
}
