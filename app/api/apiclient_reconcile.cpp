// Reconciliation of writes whose outcome is ambiguous (timeout, connection lost, reply unreadable): writes are never
// resent blindly; instead the client lists the collection and reports what actually happened.
#include "apiclient.h"

#include "common/logging.h"

#include "domain/cidr.h"
#include "domain/databaseuser.h"
#include "domain/firewallrule.h"

namespace {

// Compares CIDRs by network, since a server may canonicalize "10.0.0.1/24" to "10.0.0.0/24".
QString canonicalCidr(const QString &text)
{
    const std::optional<Cidr> cidr = Cidr::parse(text);
    return cidr ? cidr->network().toString() : text.trimmed();
}

bool sameRule(const FirewallRule &existing, const NewFirewallRule &wanted)
{
    if (existing.type != wanted.type)
        return false;
    if (wanted.type == FirewallRule::Type::Managed)
        return existing.rangeId == wanted.rangeId;
    return canonicalCidr(existing.cidr) == canonicalCidr(wanted.cidr);
}

} // namespace

void ApiClient::reconcileCreatedUser(ApiReply *reply, const DatabaseRef &database, const NewDatabaseUser &user,
                                     const HttpResult &failed)
{
    // A 201 whose body we could not read proves the creation; a transport failure proves nothing.
    const bool applied = failed.status == 201;
    const bool serverGenerated = user.password.isEmpty();
    qCInfo(lcApi).noquote() << "create user" << user.name << "ambiguous (" << failed.errorString
                            << "); listing users to reconcile";
    chain(reply, listDatabaseUsers(database), [this, reply, user, failed, applied, serverGenerated](ApiReply *sub) {
        std::optional<DatabaseUser> found;
        if (sub->isSuccess()) {
            for (const DatabaseUser &existing : sub->value<QList<DatabaseUser>>()) {
                if (existing.name == user.name)
                    found = existing;
            }
        }
        if (found || applied) {
            DatabaseUser created = found.value_or(DatabaseUser{user.name, user.readOnly, false, QString(), QString()});
            reply->setReconciled(true);
            reply->setSecretLost(serverGenerated); // the generated password was only in the lost reply
            reply->succeed(QVariant::fromValue(created));
            return;
        }
        if (!sub->isSuccess()) {
            reply->setSecretLost(serverGenerated);
            reply->fail(ApiError::withMessage(
                    ApiError::Kind::Unknown,
                    tr("The connection was lost while creating the user %1: it may have been created. Refresh the "
                       "list before trying again.")
                            .arg(user.name)));
            return;
        }
        reply->setReconciled(true); // established: it was not created
        reply->fail(failed.hasStatus() ? ApiError::fromHttpStatus(failed.status, failed.body)
                                       : failed.transportError());
    });
}

void ApiClient::reconcileCreatedRule(ApiReply *reply, const DatabaseRef &database, const NewFirewallRule &rule,
                                     const HttpResult &failed)
{
    const bool applied = failed.status == 201;
    qCInfo(lcApi).noquote() << "create firewall rule ambiguous (" << failed.errorString
                            << "); listing rules to reconcile";
    chain(reply, listFirewallRules(database), [reply, rule, failed, applied](ApiReply *sub) {
        std::optional<FirewallRule> found;
        if (sub->isSuccess()) {
            for (const FirewallRule &existing : sub->value<QList<FirewallRule>>()) {
                if (sameRule(existing, rule))
                    found = existing;
            }
        }
        if (found) {
            reply->setReconciled(true);
            reply->succeed(QVariant::fromValue(*found));
            return;
        }
        if (!sub->isSuccess() || applied) {
            reply->fail(ApiError::withMessage(
                    ApiError::Kind::Unknown,
                    tr("The connection was lost while adding the rule: it may have been added. Refresh the list "
                       "before trying again.")));
            return;
        }
        reply->setReconciled(true);
        reply->fail(failed.hasStatus() ? ApiError::fromHttpStatus(failed.status, failed.body)
                                       : failed.transportError());
    });
}

void ApiClient::reconcileRelabel(ApiReply *reply, const DatabaseRef &database, const QString &ruleId,
                                 const QString &label, const HttpResult &failed)
{
    qCInfo(lcApi).noquote() << "relabel of firewall rule" << ruleId << "ambiguous (" << failed.errorString
                            << "); listing rules to reconcile";
    chain(reply, listFirewallRules(database), [reply, ruleId, label, failed](ApiReply *sub) {
        std::optional<FirewallRule> found;
        if (sub->isSuccess()) {
            for (const FirewallRule &existing : sub->value<QList<FirewallRule>>()) {
                if (existing.id == ruleId)
                    found = existing;
            }
        }
        if (!sub->isSuccess()) {
            reply->fail(ApiError::withMessage(
                    ApiError::Kind::Unknown,
                    tr("The connection was lost while changing the rule's label: it may have been changed. Refresh "
                       "the list to check.")));
            return;
        }
        reply->setReconciled(true);
        if (!found) {
            reply->fail(ApiError::withMessage(ApiError::Kind::NotFound,
                                              tr("This rule no longer exists: someone deleted it meanwhile.")));
            return;
        }
        if (found->label == label) {
            reply->succeed(QVariant::fromValue(*found));
            return;
        }
        if (failed.status == 200) {
            // Applied, yet another label is there now: someone changed it meanwhile.
            reply->fail(ApiError::withMessage(ApiError::Kind::Unknown,
                                              tr("The rule's label was changed by someone else meanwhile. Refresh "
                                                 "the list to see it.")));
            return;
        }
        // Read back unchanged: established that it was not applied.
        reply->fail(failed.hasStatus() ? ApiError::fromHttpStatus(failed.status, failed.body)
                                       : failed.transportError());
    });
}

void ApiClient::reconcileDeletion(ApiReply *reply, const DatabaseRef &database, Collection collection,
                                  const QString &key, const HttpResult &failed)
{
    const bool user = collection == Collection::Users;
    qCInfo(lcApi).noquote() << "delete" << (user ? "user" : "rule") << key << "ambiguous (" << failed.errorString
                            << "); listing to reconcile";
    ApiReply *list = user ? listDatabaseUsers(database) : listFirewallRules(database);
    chain(reply, list, [reply, user, key, failed](ApiReply *sub) {
        if (!sub->isSuccess()) {
            reply->fail(ApiError::withMessage(
                    ApiError::Kind::Unknown,
                    user ? tr("The connection was lost while deleting the user %1: it may have been deleted. Refresh "
                              "the list to check.")
                                    .arg(key)
                         : tr("The connection was lost while deleting the rule: it may have been deleted. Refresh "
                              "the list to check.")));
            return;
        }
        bool present = false;
        if (user) {
            for (const DatabaseUser &existing : sub->value<QList<DatabaseUser>>())
                present = present || existing.name == key;
        } else {
            for (const FirewallRule &existing : sub->value<QList<FirewallRule>>())
                present = present || existing.id == key;
        }
        reply->setReconciled(true);
        if (!present) {
            reply->succeed(QVariant());
            return;
        }
        reply->fail(failed.hasStatus() ? ApiError::fromHttpStatus(failed.status, failed.body)
                                       : failed.transportError());
    });
}
