#pragma once

#include "domain/firewallrule.h"
#include "keyedlistmodel.h"

#include <QHash>
#include <QSet>

class Clock;
class QTimer;

/// Firewall rules of one database ("Internet Access"). Writes go through the model so the table reflects them at
/// once; the next list reconciles with the server.
class FirewallRulesModel : public KeyedListModel<FirewallRule>
{
    Q_OBJECT

public:
    enum Column { TypeColumn, TargetColumn, LabelColumn, CreatedColumn, ExpiresColumn, ColumnCount };
    Q_ENUM(Column)
    /// Whether a rule lets an address in, as far as the API tells.
    enum class Admission { No, Yes, Unknown };
    Q_ENUM(Admission)

    /// Scalingo allows at most this many rules per database.
    static constexpr int MaxRules = 30;

    explicit FirewallRulesModel(QObject *parent = nullptr);

    /// The time the Expires column counts from (the system clock unless a test sets one).
    void setClock(Clock *clock);
    Clock *clock() const { return m_clock; }
    /// When rule \a rule expires (UTC), from its label; invalid for a permanent rule or a managed range.
    static QDateTime expiryOf(const FirewallRule &rule);
    /// "expires in 2 h 10 min", "expired", or empty for a permanent rule.
    QString expiryText(const FirewallRule &rule) const;
    /// "2 h 10 min", "45 min", "3 d 4 h": what is left of \a seconds, for people.
    static QString remainingText(qint64 seconds);

    /// Names of managed ranges (id → "Scalingo osc-fr1 region") shown instead of their ids.
    void setRangeNames(const QHash<QString, QString> &names);
    /// This computer's public IPv4 (from "Allow my current IP" or the access check): the rules admitting it answer
    /// true to ModelRoles::AdmitsThisComputerRole and say so in their tooltip.
    void setThisComputerAddress(const QString &ipv4);
    QString thisComputerAddress() const { return m_thisComputer; }

    const QList<FirewallRule> &rules() const { return items(); }
    FirewallRule ruleAt(int row) const { return itemAt(row); }
    int rowOf(const QString &id) const { return rowOfKey(id); }
    bool isFull() const { return m_items.size() >= MaxRules; }
    /// What the user sees in the Target column for a rule.
    QString targetText(const FirewallRule &rule) const;

    /// A custom rule admits \a ipv4 when its CIDR contains it. A managed range's addresses are not in the API (it
    /// lists ids and names only) and may be wider than the documented egress IPs: Unknown, never guessed. An
    /// address that is not IPv4 is Unknown too.
    static Admission admission(FirewallRule::Type type, const QString &cidr, const QString &ipv4);
    static Admission admission(const FirewallRule &rule, const QString &ipv4)
    {
        return admission(rule.type, rule.cidr, ipv4);
    }
    /// Ids of the rules known to admit \a ipv4, in row order.
    QStringList rulesAdmitting(const QString &ipv4) const;
    /// Rule \a id admits \a ipv4 and no other rule is known to: deleting it shuts that address out.
    bool isLastRuleAdmitting(const QString &id, const QString &ipv4) const;

    ApiReply *createRule(const NewFirewallRule &rule);
    ApiReply *deleteRule(const QString &id);
    /// Changes the label of rule \a id (extends a temporary rule or makes it permanent); the row follows on success.
    ApiReply *updateLabel(const QString &id, const QString &label);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    ApiReply *startLoad() override;
    void applyLoad(ApiReply *reply) override;
    void clearRows() override;

private:
    QString keyOf(const FirewallRule &rule) const override { return rule.id; }
    void refreshExpiries();
    void rowsMutated() override;

    QHash<QString, QString> m_rangeNames;
    QSet<QString> m_pending;
    QString m_thisComputer;
    Clock *m_clock;
    QTimer *m_tick; ///< keeps "expires in" current while temporary rules are shown
};
