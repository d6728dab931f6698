#pragma once

#include "api/databaseref.h"
#include "domain/firewallrule.h"
#include "resourcemodel.h"

#include <QHash>
#include <QPointer>
#include <QSet>

class ApiClient;

/// Firewall rules of one database ("Internet Access"). Writes go through the model so the table reflects them at
/// once; the next list reconciles with the server.
class FirewallRulesModel : public ResourceModel
{
    Q_OBJECT

public:
    enum Column { TypeColumn, TargetColumn, LabelColumn, CreatedColumn, ColumnCount };
    Q_ENUM(Column)

    /// Scalingo allows at most this many rules per database.
    static constexpr int MaxRules = 30;

    explicit FirewallRulesModel(QObject *parent = nullptr);

    void bind(ApiClient *client, const DatabaseRef &database);
    /// Names of managed ranges (id → "Scalingo osc-fr1 region") shown instead of their ids.
    void setRangeNames(const QHash<QString, QString> &names);

    const QList<FirewallRule> &rules() const { return m_rules; }
    FirewallRule ruleAt(int row) const { return m_rules.value(row); }
    int rowOf(const QString &id) const;
    bool isFull() const { return m_rules.size() >= MaxRules; }
    /// What the user sees in the Target column for a rule.
    QString targetText(const FirewallRule &rule) const;

    ApiReply *createRule(const NewFirewallRule &rule);
    ApiReply *deleteRule(const QString &id);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    ApiReply *startLoad() override;
    void applyLoad(ApiReply *reply) override;
    void clearRows() override;

private:
    static QString key(const FirewallRule &rule) { return rule.id; }

    QPointer<ApiClient> m_client;
    DatabaseRef m_database;
    QList<FirewallRule> m_rules;
    QHash<QString, QString> m_rangeNames;
    QSet<QString> m_pending;
};
