#include "databasefeature.h"

#include "jsonfields.h"

#include <QJsonArray>

using namespace JsonFields;

DatabaseFeature::State DatabaseFeature::state() const
{
    const QString s = status.toUpper();
    if (s.isEmpty())
        return State::Disabled;
    if (s == QLatin1String("ACTIVATED"))
        return State::Activated;
    if (s == QLatin1String("FAILED"))
        return State::Failed;
    if (s == QLatin1String("PENDING_TO_REMOVE"))
        return State::Removing;
    // PENDING, PENDING_TO_ACTIVATE and anything new: still on its way.
    return State::Pending;
}

std::optional<DatabaseFeature> DatabaseFeature::fromJson(const QJsonObject &json)
{
    const std::optional<QString> name = requiredString(json, QLatin1String("name"));
    if (!name || name->isEmpty())
        return std::nullopt;
    DatabaseFeature feature;
    feature.name = *name;
    feature.status = string(json, QLatin1String("status"));
    feature.message = string(json, QLatin1String("message"));
    return feature;
}

QList<DatabaseFeature> DatabaseFeature::listFromDatabase(const QJsonObject &root, bool *ok)
{
    const std::optional<QJsonObject> database = firstObject(root, {QLatin1String("database")});
    if (ok)
        *ok = database.has_value();
    QList<DatabaseFeature> out;
    if (!database)
        return out;
    for (const QJsonValue v : database->value(QLatin1String("features")).toArray()) {
        if (const auto feature = fromJson(v.toObject()))
            out.append(*feature);
    }
    return out;
}

DatabaseFeature DatabaseFeature::find(const QList<DatabaseFeature> &features, const QString &name)
{
    for (const DatabaseFeature &f : features) {
        if (f.name == name)
            return f;
    }
    DatabaseFeature none;
    none.name = name;
    return none;
}

QJsonObject DatabaseFeature::enableRequest(const QString &name)
{
    return QJsonObject{{QStringLiteral("feature"), QJsonObject{{QStringLiteral("name"), name}}}};
}
