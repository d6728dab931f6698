#include "firewallrule.h"

#include "jsonfields.h"

using namespace JsonFields;

QString FirewallRule::typeToString(Type type)
{
    return type == Type::Managed ? QStringLiteral("managed_range") : QStringLiteral("custom_range");
}

std::optional<FirewallRule::Type> FirewallRule::typeFromString(const QString &text)
{
    if (text == QLatin1String("custom_range"))
        return Type::Custom;
    if (text == QLatin1String("managed_range"))
        return Type::Managed;
    return std::nullopt;
}

std::optional<FirewallRule> FirewallRule::fromJson(const QJsonObject &json)
{
    const std::optional<QString> id = requiredString(json, QLatin1String("id"));
    if (!id)
        return std::nullopt;
    FirewallRule rule;
    rule.id = *id;
    rule.cidr = string(json, QLatin1String("cidr"));
    rule.label = string(json, QLatin1String("label"));
    rule.rangeId = string(json, QLatin1String("range_id"));
    rule.databaseId = string(json, QLatin1String("database_id"));
    rule.createdAt = dateTime(json, QLatin1String("created_at"));
    rule.updatedAt = dateTime(json, QLatin1String("updated_at"));
    const std::optional<Type> type = typeFromString(string(json, QLatin1String("type")));
    rule.type = type ? *type : (rule.rangeId.isEmpty() ? Type::Custom : Type::Managed);
    return rule;
}

std::optional<FirewallRule> FirewallRule::fromResponse(const QJsonObject &root)
{
    for (QLatin1String key : {QLatin1String("rule"), QLatin1String("firewall_rule")}) {
        if (root.contains(key)) {
            const QJsonValue rooted = root.value(key);
            return rooted.isObject() ? fromJson(rooted.toObject()) : std::nullopt;
        }
    }
    return fromJson(root);
}

QList<FirewallRule> FirewallRule::listFromJson(const QJsonObject &root, bool *ok)
{
    return parseList<FirewallRule>(root, {QLatin1String("rules")}, ok, &FirewallRule::fromJson);
}

QJsonObject FirewallRule::toJson() const
{
    QJsonObject json{{QLatin1String("id"), id},
                     {QLatin1String("type"), typeToString(type)},
                     {QLatin1String("cidr"), cidr},
                     {QLatin1String("label"), label},
                     {QLatin1String("range_id"), rangeId},
                     {QLatin1String("database_id"), databaseId}};
    if (createdAt.isValid())
        json.insert(QLatin1String("created_at"), fromDateTime(createdAt));
    if (updatedAt.isValid())
        json.insert(QLatin1String("updated_at"), fromDateTime(updatedAt));
    return json;
}
