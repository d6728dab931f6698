#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// One rule of a database's firewall ("Internet Access"): either a CIDR the user typed or a range Scalingo maintains.
struct FirewallRule
{
    enum class Type {
        Custom, ///< `custom_range`: `cidr` + optional `label`
        Managed, ///< `managed_range`: `range_id`
    };

    QString id;
    Type type = Type::Custom;
    QString cidr;
    QString label;
    QString rangeId;
    QString databaseId;
    QDateTime createdAt;
    QDateTime updatedAt;

    /// "custom_range" / "managed_range".
    static QString typeToString(Type type);
    /// nullopt for anything else.
    static std::optional<Type> typeFromString(const QString &text);

    /// nullopt when `id` is missing, empty or not a string. A missing or unknown `type` is inferred from the fields
    /// (a non-empty `range_id` means managed, else custom) so that no rule is ever hidden from the list.
    static std::optional<FirewallRule> fromJson(const QJsonObject &json);
    /// Create/update response, rooted under `rule` (also accepts `firewall_rule` and the un-rooted object).
    static std::optional<FirewallRule> fromResponse(const QJsonObject &root);
    /// Reads the `rules` array; invalid entries are skipped; \a ok is false when the root key is missing.
    static QList<FirewallRule> listFromJson(const QJsonObject &root, bool *ok = nullptr);

    /// The rule as the API shapes it (un-rooted); dates only when valid.
    QJsonObject toJson() const;

    friend bool operator==(const FirewallRule &a, const FirewallRule &b)
    {
        return a.id == b.id && a.type == b.type && a.cidr == b.cidr && a.label == b.label && a.rangeId == b.rangeId
                && a.databaseId == b.databaseId && a.createdAt == b.createdAt && a.updatedAt == b.updatedAt;
    }
    friend bool operator!=(const FirewallRule &a, const FirewallRule &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(FirewallRule)

// Code handling rules nearly always builds new ones too (models, dialogs): bring the request type along. Included
// after FirewallRule is complete because NewFirewallRule uses FirewallRule::Type; #pragma once breaks the cycle.
#include "newfirewallrule.h"
