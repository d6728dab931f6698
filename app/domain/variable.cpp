#include "variable.h"

#include "jsonfields.h"

using namespace JsonFields;

std::optional<Variable> Variable::fromJson(const QJsonObject &json)
{
    const std::optional<QString> name = requiredString(json, QLatin1String("name"));
    if (!name)
        return std::nullopt;
    return Variable{*name, string(json, QLatin1String("value"))};
}

QList<Variable> Variable::listFromJson(const QJsonObject &root, bool *ok)
{
    return parseList<Variable>(root, {QLatin1String("variables")}, ok, &Variable::fromJson);
}

std::optional<Variable> Variable::find(const QList<Variable> &variables, const QString &name)
{
    for (const Variable &variable : variables) {
        if (variable.name == name)
            return variable;
    }
    return std::nullopt;
}

std::optional<QString> Variable::postgresqlUrl(const QList<Variable> &variables)
{
    const std::optional<Variable> variable = find(variables, postgresqlUrlName());
    return variable ? std::optional<QString>(variable->value) : std::nullopt;
}
