#pragma once

#include <QSortFilterProxyModel>

/// The Internet Access table's view of the rules: sorted by the raw values; a check mark beside the target of every
/// rule known to admit this computer (FirewallRulesModel's AdmitsThisComputerRole; its tooltip says why); optionally
/// only the temporary rules; and rows someone else added since the user last looked drawn highlighted (the core
/// models carry no colours).
class RulesProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RulesProxyModel(QObject *parent = nullptr);

    void setTemporaryOnly(bool only);
    bool isTemporaryOnly() const { return m_temporaryOnly; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_temporaryOnly = false;
};

/// The background of a row added since the user last looked: the palette's highlight, faint enough for text.
QVariant changedRowBackground();
