#pragma once

#include <QSortFilterProxyModel>

/// The Internet Access table's sort proxy; also draws a check mark beside the target of every rule known to admit
/// this computer (FirewallRulesModel's AdmitsThisComputerRole; its tooltip says why).
class RulesProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};
