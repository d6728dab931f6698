#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <optional>

// Private to app/domain: tolerant field readers shared by the fromJson() implementations. A field that is absent or
// of the wrong type reads as the default, so a surprising payload degrades to empty values instead of failing.
namespace JsonFields {

/// The string at \a key; \a fallback when absent or not a string.
QString string(const QJsonObject &json, QLatin1String key, const QString &fallback = QString());
/// The string at \a key, nullopt when absent, not a string or empty (for identifying fields).
std::optional<QString> requiredString(const QJsonObject &json, QLatin1String key);
/// The boolean at \a key; \a fallback when absent or not a boolean.
bool boolean(const QJsonObject &json, QLatin1String key, bool fallback = false);
/// An integer given as a JSON number or a numeric string; \a fallback otherwise.
int integer(const QJsonObject &json, QLatin1String key, int fallback = 0);
/// ISO 8601 date (with or without milliseconds); invalid QDateTime when absent or unparsable.
QDateTime dateTime(const QJsonObject &json, QLatin1String key);
/// The object at \a key; empty when absent or not an object.
QJsonObject object(const QJsonObject &json, QLatin1String key);
/// The first of \a keys holding an array; nullopt when none does.
std::optional<QJsonArray> firstArray(const QJsonObject &json, std::initializer_list<QLatin1String> keys);
/// The object rooted under the first of \a keys holding an object; nullopt when none does.
std::optional<QJsonObject> firstObject(const QJsonObject &json, std::initializer_list<QLatin1String> keys);
/// Dates are sent back the way the API writes them: ISO 8601 with milliseconds.
QJsonValue fromDateTime(const QDateTime &dateTime);

/// Parses every object of the array at the first of \a keys with \a parse, skipping entries that are not objects or
/// that \a parse rejects; \a ok (optional) tells whether the array was found at all.
template<typename T, typename Parse>
QList<T> parseList(const QJsonObject &root, std::initializer_list<QLatin1String> keys, bool *ok, Parse parse)
{
    const std::optional<QJsonArray> array = firstArray(root, keys);
    if (ok)
        *ok = array.has_value();
    QList<T> items;
    if (!array)
        return items;
    items.reserve(array->size());
    for (const QJsonValue &value : *array) {
        if (!value.isObject())
            continue;
        if (std::optional<T> item = parse(value.toObject()))
            items.append(std::move(*item));
    }
    return items;
}

} // namespace JsonFields
