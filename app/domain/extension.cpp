#include "extension.h"

#include "jsonfields.h"

using namespace JsonFields;

QString Extension::normalizeVersion(const QString &version)
{
    const QString trimmed = version.trimmed();
    // Only strip a `v` that starts a version number ("v1.0"), not one that is part of a name-like version.
    if (trimmed.size() > 1 && (trimmed.at(0) == QLatin1Char('v') || trimmed.at(0) == QLatin1Char('V'))
        && trimmed.at(1).isDigit())
        return trimmed.mid(1);
    return trimmed;
}

std::optional<Extension> Extension::fromJson(const QJsonObject &json)
{
    const std::optional<QString> name = requiredString(json, QLatin1String("name"));
    if (!name)
        return std::nullopt;
    Extension extension;
    extension.name = *name;
    // The action lists enabled extensions, so its version is the installed one.
    extension.installedVersion = normalizeVersion(string(json, QLatin1String("version")));
    return extension;
}

std::optional<QList<Extension>> Extension::listFromActionResponse(const QJsonObject &root, QString *error)
{
    if (error)
        error->clear();
    // `ok` is documented as 1/0; accept a boolean too.
    const QJsonValue ok = root.value(QLatin1String("ok"));
    const bool succeeded = ok.isBool() ? ok.toBool() : (ok.isDouble() && ok.toDouble() == 1.0);
    const QJsonValue result = root.value(QLatin1String("result"));
    if (!succeeded || !result.isArray()) {
        if (error)
            *error = string(root, QLatin1String("error"));
        return std::nullopt;
    }
    QList<Extension> extensions;
    for (const QJsonValue &value : result.toArray()) {
        if (std::optional<Extension> extension = fromJson(value.toObject()))
            extensions.append(std::move(*extension));
    }
    return extensions;
}

QJsonObject Extension::listActionRequest()
{
    return QJsonObject{{QLatin1String("action_name"), QStringLiteral("list-extensions")},
                       {QLatin1String("params"), QJsonValue::Null}};
}
