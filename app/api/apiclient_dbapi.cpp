// Database API calls (addon token): reads, and writes with their handling of ambiguous failures.
#include "apiclient.h"

#include "common/logging.h"

#include "domain/databaseinfo.h"
#include "domain/databaseuser.h"
#include "domain/extension.h"
#include "domain/firewallrule.h"
#include "domain/managedrange.h"

#include <QJsonDocument>

namespace {

QByteArray toBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> jsonObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

ApiClient::Call ApiClient::dbCall(const DatabaseRef &database, const QByteArray &verb,
                                  const QStringList &segments) const
{
    Call call;
    call.verb = verb;
    call.url = apiUrl(database.region.databaseApi, QLatin1String("/api"), segments);
    call.auth = Auth::Addon;
    call.database = database;
    return call;
}

// --- reads ---------------------------------------------------------------------------------------------------

ApiReply *ApiClient::databaseInfo(const DatabaseRef &database)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    return jsonCall(dbCall(database, "GET", {QStringLiteral("databases"), database.addonId}),
                    objectParser<DatabaseInfo>());
}

ApiReply *ApiClient::listDatabaseUsers(const DatabaseRef &database)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    // Tens of thousands of users: listParser() is pure, so large lists are converted off the UI thread.
    return jsonCall(dbCall(database, "GET", {QStringLiteral("databases"), database.addonId, QStringLiteral("users")}),
                    listParser<DatabaseUser>());
}

ApiReply *ApiClient::listFirewallRules(const DatabaseRef &database)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    return jsonCall(
            dbCall(database, "GET", {QStringLiteral("databases"), database.addonId, QStringLiteral("firewall_rules")}),
            listParser<FirewallRule>());
}

ApiReply *ApiClient::listManagedRanges(const DatabaseRef &database)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    // Not scoped to the database in the path, but authenticated with its addon token (§5.6).
    return jsonCall(dbCall(database, "GET", {QStringLiteral("firewall"), QStringLiteral("managed_ranges")}),
                    listParser<ManagedRange>());
}

ApiReply *ApiClient::listExtensions(const DatabaseRef &database)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    Call call = dbCall(database, "POST", {QStringLiteral("databases"), database.addonId, QStringLiteral("action")});
    call.body = toBody(Extension::listActionRequest());
    ApiReply *reply = newReply();
    run(reply, call, [this, reply, call](const HttpResult &result) {
        const ApiError error = errorFor(call, result);
        if (error.isError()) {
            reply->fail(error);
            return;
        }
        const std::optional<QJsonObject> root = jsonObject(result.body);
        if (!root) {
            reply->fail(ApiError(ApiError::Kind::BadResponse, result.status));
            return;
        }
        QString serverError;
        const auto extensions = Extension::listFromActionResponse(*root, &serverError);
        if (!extensions) {
            // `{"ok": 0, "error": ...}`: the action itself failed on the server.
            reply->fail(serverError.isEmpty() ? ApiError(ApiError::Kind::BadResponse, result.status)
                                              : ApiError(ApiError::Kind::Server, 0, serverError));
            return;
        }
        reply->succeed(QVariant::fromValue(*extensions));
    });
    return reply;
}

// --- writes --------------------------------------------------------------------------------------------------

ApiReply *ApiClient::createDatabaseUser(const DatabaseRef &database, const NewDatabaseUser &user)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    Call call = dbCall(database, "POST", {QStringLiteral("databases"), database.addonId, QStringLiteral("users")});
    call.body = toBody(user.toJson(database.addonId));
    call.expected = {201};
    return createReconciled(call, objectParser<DatabaseUser>(),
                            [this, database, user](ApiReply *reply, const HttpResult &failed) {
                                reconcileCreatedUser(reply, database, user, failed);
                            });
}

ApiReply *ApiClient::updateDatabaseUserPassword(const DatabaseRef &database, const QString &name,
                                                const QString &password)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    Call call
            = dbCall(database, "PATCH", {QStringLiteral("databases"), database.addonId, QStringLiteral("users"), name});
    call.body = toBody(NewDatabaseUser::passwordChangeJson(database.addonId, password));
    ApiReply *reply = newReply();
    run(reply, call, [this, reply, call, name](const HttpResult &result) {
        if (result.isAmbiguous()) {
            // A password hash cannot be observed through the API: say so instead of guessing.
            qCInfo(lcApi).noquote() << "password change of" << name << "ambiguous:" << result.errorString;
            reply->fail(ApiError::withMessage(
                    ApiError::Kind::Unknown,
                    tr("The connection was lost while changing the password of %1: the change may have been "
                       "applied. Try signing in with the new password, or set it again.")
                            .arg(name)));
            return;
        }
        const ApiError error = errorFor(call, result);
        if (error.isError()) {
            reply->fail(error);
            return;
        }
        // 200 settles it; an unreadable body only costs us the echo of the user.
        const std::optional<QJsonObject> root = jsonObject(result.body);
        const std::optional<DatabaseUser> user = root ? DatabaseUser::fromResponse(*root) : std::nullopt;
        reply->succeed(QVariant::fromValue(user.value_or(DatabaseUser())));
    });
    return reply;
}

ApiReply *ApiClient::resetDatabaseUserPassword(const DatabaseRef &database, const QString &name)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    Call call = dbCall(database, "POST",
                       {QStringLiteral("databases"), database.addonId, QStringLiteral("users"), name,
                        QStringLiteral("reset_password")});
    call.body = QByteArrayLiteral("{}");
    ApiReply *reply = newReply();
    run(reply, call, [this, reply, call, name](const HttpResult &result) {
        const ApiError error = result.isAmbiguous() ? ApiError(ApiError::Kind::Unknown) : errorFor(call, result);
        const std::optional<QJsonObject> root = error.isError() ? std::nullopt : jsonObject(result.body);
        const std::optional<DatabaseUser> user = root ? DatabaseUser::fromResponse(*root) : std::nullopt;
        if (error.isError() && error.kind() != ApiError::Kind::Unknown) {
            reply->fail(error);
            return;
        }
        if (!user || user->password.isEmpty()) {
            // Lost reply, or a 200 without a readable password: the server most likely generated one we never saw.
            reply->setSecretLost(true);
            reply->fail(ApiError::withMessage(
                    ApiError::Kind::Unknown,
                    tr("The password of %1 was probably changed, but the new one could not be shown. Reset it "
                       "again to get a new password.")
                            .arg(name)));
            return;
        }
        reply->succeed(QVariant::fromValue(*user));
    });
    return reply;
}

ApiReply *ApiClient::deleteDatabaseUser(const DatabaseRef &database, const QString &name)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    return deleteReconciled(database, Collection::Users, name);
}

ApiReply *ApiClient::createFirewallRule(const DatabaseRef &database, const NewFirewallRule &rule)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    Call call = dbCall(database, "POST",
                       {QStringLiteral("databases"), database.addonId, QStringLiteral("firewall_rules")});
    call.body = toBody(rule.toJson());
    call.expected = {201};
    return createReconciled(call, objectParser<FirewallRule>(),
                            [this, database, rule](ApiReply *reply, const HttpResult &failed) {
                                reconcileCreatedRule(reply, database, rule, failed);
                            });
}

ApiReply *ApiClient::createReconciled(const Call &call, const Parser &parser,
                                      std::function<void(ApiReply *reply, const HttpResult &failed)> reconcile)
{
    ApiReply *reply = newReply();
    run(reply, call, [this, reply, call, parser, reconcile](const HttpResult &result) {
        if (result.isAmbiguous()) {
            reconcile(reply, result);
            return;
        }
        const ApiError error = errorFor(call, result);
        if (error.isError()) {
            reply->fail(error);
            return;
        }
        const std::optional<QJsonObject> root = jsonObject(result.body);
        const std::optional<QVariant> created = root ? parser(*root) : std::nullopt;
        if (!created) {
            // 201: it exists, but its body (maybe a generated password) was unreadable: find it by listing.
            reconcile(reply, result);
            return;
        }
        reply->succeed(*created);
    });
    return reply;
}

ApiReply *ApiClient::deleteFirewallRule(const DatabaseRef &database, const QString &ruleId)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    return deleteReconciled(database, Collection::FirewallRules, ruleId);
}

ApiReply *ApiClient::deleteReconciled(const DatabaseRef &database, Collection collection, const QString &key)
{
    const QString segment
            = collection == Collection::Users ? QStringLiteral("users") : QStringLiteral("firewall_rules");
    Call call = dbCall(database, "DELETE", {QStringLiteral("databases"), database.addonId, segment, key});
    call.expected = {204, 200};
    ApiReply *reply = newReply();
    run(reply, call, [this, reply, call, database, key, collection](const HttpResult &result) {
        if (result.isAmbiguous()) {
            reconcileDeletion(reply, database, collection, key, result);
            return;
        }
        finishJson(reply, call, result, nullptr);
    });
    return reply;
}

ApiReply *ApiClient::updateFirewallRuleLabel(const DatabaseRef &database, const QString &ruleId, const QString &label)
{
    if (ApiReply *rejected = rejectInvalid(database))
        return rejected;
    Call call = dbCall(database, "PATCH",
                       {QStringLiteral("databases"), database.addonId, QStringLiteral("firewall_rules"), ruleId});
    // Rooted like scalingo.js, the only official client with this call.
    call.body = toBody(QJsonObject{{QStringLiteral("firewall_rule"), QJsonObject{{QStringLiteral("label"), label}}}});
    ApiReply *reply = newReply();
    run(reply, call, [this, reply, call, database, ruleId, label](const HttpResult &result) {
        if (result.isAmbiguous()) {
            reconcileRelabel(reply, database, ruleId, label, result);
            return;
        }
        const ApiError error = errorFor(call, result);
        if (error.isError()) {
            reply->fail(error);
            return;
        }
        const std::optional<QJsonObject> root = jsonObject(result.body);
        const std::optional<FirewallRule> rule = root ? FirewallRule::fromResponse(*root) : std::nullopt;
        if (!rule) {
            reconcileRelabel(reply, database, ruleId, label, result); // applied, but the echo is unreadable
            return;
        }
        reply->succeed(QVariant::fromValue(*rule));
    });
    return reply;
}
