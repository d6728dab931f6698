// Database features of classic addons (force-ssl, publicly-available): read, enable, disable (contract §10, §13).
#include "apiclient.h"

#include "domain/databasefeature.h"

#include <QJsonDocument>
#include <QUrlQuery>

ApiReply *ApiClient::listDatabaseFeatures(const DatabaseRef &database)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    return jsonCall(dbCall(database, "GET", {QStringLiteral("databases"), database.addonId}),
                    [](const QJsonObject &root) -> std::optional<QVariant> {
                        bool ok = false;
                        const QList<DatabaseFeature> features = DatabaseFeature::listFromDatabase(root, &ok);
                        return ok ? std::optional<QVariant>(QVariant::fromValue(features)) : std::nullopt;
                    });
}

ApiReply *ApiClient::enableDatabaseFeature(const DatabaseRef &database, const QString &name)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    Call call = dbCall(database, "POST", {QStringLiteral("databases"), database.addonId, QStringLiteral("features")});
    call.body = QJsonDocument(DatabaseFeature::enableRequest(name)).toJson(QJsonDocument::Compact);
    // Answer un-rooted: {"name", "status", "message"} (go-scalingo's DatabaseEnableFeatureResponse).
    return jsonCall(call, [name](const QJsonObject &root) -> std::optional<QVariant> {
        std::optional<DatabaseFeature> feature = DatabaseFeature::fromJson(root);
        if (!feature) {
            feature = DatabaseFeature();
            feature->name = name;
            feature->status = root.value(QLatin1String("status")).toString();
            feature->message = root.value(QLatin1String("message")).toString();
        }
        return QVariant::fromValue(*feature);
    });
}

ApiReply *ApiClient::disableDatabaseFeature(const DatabaseRef &database, const QString &name)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    Call call = dbCall(database, "DELETE", {QStringLiteral("databases"), database.addonId, QStringLiteral("features")});
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("feature"), name);
    call.url.setQuery(query);
    return jsonCall(call, [](const QJsonObject &root) -> std::optional<QVariant> {
        return QVariant(root.value(QLatin1String("message")).toString());
    });
}

ApiReply *ApiClient::usableRegions()
{
    ApiReply *reply = newReply();
    withRegions(reply, [reply](const QList<Region> &regions) { reply->succeed(QVariant::fromValue(regions)); });
    return reply;
}
