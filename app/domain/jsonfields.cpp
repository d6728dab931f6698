#include "jsonfields.h"

namespace JsonFields {

QString string(const QJsonObject &json, QLatin1String key, const QString &fallback)
{
    const QJsonValue value = json.value(key);
    return value.isString() ? value.toString() : fallback;
}

std::optional<QString> requiredString(const QJsonObject &json, QLatin1String key)
{
    const QJsonValue value = json.value(key);
    if (!value.isString() || value.toString().isEmpty())
        return std::nullopt;
    return value.toString();
}

bool boolean(const QJsonObject &json, QLatin1String key, bool fallback)
{
    const QJsonValue value = json.value(key);
    return value.isBool() ? value.toBool() : fallback;
}

int integer(const QJsonObject &json, QLatin1String key, int fallback)
{
    const QJsonValue value = json.value(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        // Out-of-range or fractional numbers are not ports or counts we can use.
        if (number >= -2147483648.0 && number <= 2147483647.0 && number == double(qint64(number)))
            return int(number);
        return fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const int number = value.toString().trimmed().toInt(&ok);
        return ok ? number : fallback;
    }
    return fallback;
}

QDateTime dateTime(const QJsonObject &json, QLatin1String key)
{
    const QJsonValue value = json.value(key);
    if (!value.isString())
        return {};
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonObject object(const QJsonObject &json, QLatin1String key)
{
    return json.value(key).toObject();
}

std::optional<QJsonArray> firstArray(const QJsonObject &json, std::initializer_list<QLatin1String> keys)
{
    for (QLatin1String key : keys) {
        const QJsonValue value = json.value(key);
        if (value.isArray())
            return value.toArray();
    }
    return std::nullopt;
}

std::optional<QJsonObject> firstObject(const QJsonObject &json, std::initializer_list<QLatin1String> keys)
{
    for (QLatin1String key : keys) {
        const QJsonValue value = json.value(key);
        if (value.isObject())
            return value.toObject();
    }
    return std::nullopt;
}

QJsonValue fromDateTime(const QDateTime &dateTime)
{
    return dateTime.toString(Qt::ISODateWithMs);
}

} // namespace JsonFields
