#pragma once

#include "apiendpoints.h"
#include "apierror.h"
#include "apireply.h"
#include "databaseref.h"
#include "pureparser.h"
#include "requestpolicy.h"
#include "writeevent.h"

#include "domain/database.h"
#include "domain/newdatabaseuser.h"
#include "domain/newfirewallrule.h"
#include "domain/region.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>
#include <optional>

class HttpCall;
class QNetworkAccessManager;
class TokenChain;

/// The asynchronous client of the Scalingo auth, regional and database APIs: one method per endpoint, each
/// returning an ApiReply (see its contract) whose value<T>() is the type named in the method's comment.
///
/// Owns, in one place: base URLs and region discovery, the RequestPolicy (User-Agent, JSON headers, timeout, redirect
/// and URL rules, GET-only retries), the token chain (JWT and per-addon tokens, cached and renewed), renewal on 401,
/// reconciliation of writes whose outcome is ambiguous, and a request counter for tests.
/// Independent calls run in parallel; calls needing the same token wait for one shared token request.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ApiClient() override;

    // --- configuration -----------------------------------------------------------------------------------------
    void setEndpoints(const ApiEndpoints &endpoints);
    ApiEndpoints endpoints() const { return m_endpoints; }
    /// Tests and benchmarks shorten the timeout and retries here; the product keeps the defaults.
    void setPolicy(const RequestPolicy &policy) { m_policy = policy; }
    RequestPolicy policy() const { return m_policy; }

    /// The long-lived API token (`tk-us-...`). Changing it drops cached tokens and cancels pending token requests.
    void setApiToken(const QString &token);
    /// Forgets the API token and every cached token, region and resolved database.
    void clearCredentials();
    bool hasApiToken() const;

    /// The region used by calls that take none: the explicit endpoints' region, else the one flagged default by the
    /// last region discovery.
    std::optional<Region> defaultRegion() const;

    /// HTTP requests put on the wire so far (retries and token requests included).
    int requestCount() const { return m_requestCount; }

    // --- auth API ------------------------------------------------------------------------------------------------
    /// QJsonObject: the `user` object of `GET {auth}/v1/users/self`.
    ApiReply *self();
    /// QString (user name or e-mail, for display): exchanges the API token and checks it with self().
    ApiReply *signIn();

    // --- regional API (user JWT) ------------------------------------------------------------------------------
    /// QList<Region>: the explicit region, else the discovered ones (cached), as listDatabasesInAllRegions() uses.
    ApiReply *usableRegions();
    /// QList<Database> of every region (regions discovered or explicit), requested in parallel.
    ApiReply *listDatabasesInAllRegions();
    /// QList<App> of one region (`GET /v1/apps`), `region` set to the region asked when the payload has none.
    ApiReply *listApps(const Region &region);
    /// QList<Addon> (`GET /v1/apps/{app}/addons`).
    ApiReply *listAddons(const Region &region, const QString &app);
    /// QString: the database's SCALINGO_POSTGRESQL_URL (a secret); NotFound when the variable is missing.
    ApiReply *connectionUri(const DatabaseRef &database);
    /// DatabaseRef: the app's single addon (0 or several ⇒ NotFound / Conflict with a clear message). Cached.
    /// A `knownAddonId` remembered from an earlier run (a database's addon never changes) skips the addon lookup,
    /// which saves one round trip when opening the database.
    ApiReply *resolveDatabase(const Database &database, const QString &knownAddonId = QString());

    // --- database API (addon token) ----------------------------------------------------------------------------
    /// DatabaseInfo (`GET {db}/api/databases/{addon}`).
    ApiReply *databaseInfo(const DatabaseRef &database);
    /// QList<DatabaseUser>.
    ApiReply *listDatabaseUsers(const DatabaseRef &database);
    /// DatabaseUser (with the server-generated `password` when the request had none). Reconciled on ambiguity.
    ApiReply *createDatabaseUser(const DatabaseRef &database, const NewDatabaseUser &user);
    /// DatabaseUser (PATCH). Cannot be reconciled: an ambiguous failure is Unknown.
    ApiReply *updateDatabaseUserPassword(const DatabaseRef &database, const QString &name, const QString &password);
    /// DatabaseUser with the new `password`. Ambiguous failure ⇒ Unknown and secretLost().
    ApiReply *resetDatabaseUserPassword(const DatabaseRef &database, const QString &name);
    /// No value. Reconciled on ambiguity.
    ApiReply *deleteDatabaseUser(const DatabaseRef &database, const QString &name);
    /// QList<FirewallRule>.
    ApiReply *listFirewallRules(const DatabaseRef &database);
    /// FirewallRule. Reconciled on ambiguity (a rule with the same CIDR / range).
    ApiReply *createFirewallRule(const DatabaseRef &database, const NewFirewallRule &rule);
    /// No value. Reconciled on ambiguity.
    ApiReply *deleteFirewallRule(const DatabaseRef &database, const QString &ruleId);
    /// FirewallRule with the new label (`PATCH .../firewall_rules/{id}`, contract §5.4). Reconciled on ambiguity:
    /// the rule is read again and its label compared, never sent twice.
    ApiReply *updateFirewallRuleLabel(const DatabaseRef &database, const QString &ruleId, const QString &label);
    /// QList<ManagedRange> (`GET {db}/api/firewall/managed_ranges`, authenticated with this database's token).
    ApiReply *listManagedRanges(const DatabaseRef &database);
    /// QList<DatabaseFeature>: `features[]` of the database document (classic addons: force-ssl, publicly-available).
    ApiReply *listDatabaseFeatures(const DatabaseRef &database);
    /// DatabaseFeature: the answer to `POST .../features` (status ACTIVATED, PENDING or FAILED).
    ApiReply *enableDatabaseFeature(const DatabaseRef &database, const QString &name);
    /// QString: the server's message for `DELETE .../features?feature=NAME`.
    ApiReply *disableDatabaseFeature(const DatabaseRef &database, const QString &name);
    /// QList<Extension> from the `list-extensions` action.
    ApiReply *listExtensions(const DatabaseRef &database);

    // --- other -----------------------------------------------------------------------------------------------
    /// QString: this computer's public IPv4 address from a "what is my IP" service (plain text or `{"ip"}`).
    ApiReply *whatIsMyIp(const QUrl &serviceUrl);
    /// QByteArray (PEM): the certificate authority of the region's databases (`GET {db}/api/ca_certificate`,
    /// public), so a connection can verify the server's certificate (sslmode=verify-full).
    ApiReply *databaseCaCertificate(const Region &region);

signals:
    /// The credentials are no longer accepted (a 401 survived renewal, or the API token was refused after a
    /// successful sign-in): ask the user for a token again.
    void signedOut();
    /// One per HTTP request that completed (status 0: no HTTP answer).
    void requestFinished(const QByteArray &method, const QString &path, int status);
    /// A write to a database (any DB API call WriteEvent::classify() recognises) was sent; the change history
    /// listens to these two instead of each write reporting itself.
    void writeStarted(const WriteEvent &event);
    /// The same write (same `id`) ended: `outcome`, and the created rule's id in `object`.
    void writeFinished(const WriteEvent &event);

private:
    enum class Auth { None, User, Addon };
    struct Call
    {
        QByteArray verb = "GET";
        QUrl url;
        QByteArray body;
        Auth auth = Auth::User;
        DatabaseRef database;
        QList<int> expected = {200};
    };
    using Done = std::function<void(const HttpResult &result)>;
    using Parser = std::function<std::optional<QVariant>(const QJsonObject &root)>;
    /// The DB API collections whose writes are reconciled by listing them.
    enum class Collection { Users, FirewallRules };

    /// `T::listFromJson(root, &ok)` as a value; touches no client state.
    template<typename T>
    static std::optional<QVariant> parseList(const QJsonObject &root)
    {
        bool ok = false;
        const QList<T> list = T::listFromJson(root, &ok);
        return ok ? std::optional<QVariant>(QVariant::fromValue(list)) : std::nullopt;
    }
    /// Parser of a list response, then `adjust` (e.g. fill in the region). Without `adjust` it is a PureParser,
    /// run on the worker thread together with the JSON parse for large bodies.
    template<typename T>
    static Parser listParser(std::function<void(QList<T> &list)> adjust = {})
    {
        if (!adjust)
            return PureParser{&parseList<T>};
        return [adjust](const QJsonObject &root) -> std::optional<QVariant> {
            std::optional<QVariant> value = parseList<T>(root);
            if (!value)
                return std::nullopt;
            QList<T> list = value->template value<QList<T>>();
            adjust(list);
            return QVariant::fromValue(list);
        };
    }
    /// Parser of a single-object response: `T::fromResponse(root)`.
    template<typename T>
    static Parser objectParser()
    {
        return [](const QJsonObject &root) -> std::optional<QVariant> {
            const std::optional<T> value = T::fromResponse(root);
            return value ? std::optional<QVariant>(QVariant::fromValue(*value)) : std::nullopt;
        };
    }

    ApiReply *newReply();
    HttpCall *startHttp(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                        const QByteArray &authorization, QObject *owner);
    /// Obtains the token, sends, renews the token once on 401 (then SignedOut), and hands the HTTP result to
    /// \a done (which decides what it means). Auth failures finish \a reply directly.
    void run(ApiReply *reply, const Call &call, Done done, bool renewed = false);
    /// run() + status check + JSON parsing into the reply.
    ApiReply *jsonCall(const Call &call, Parser parser);
    void finishJson(ApiReply *reply, const Call &call, const HttpResult &result, const Parser &parser);
    struct ParsedJson;
    void deliverJson(ApiReply *reply, const Call &call, int status, const ParsedJson &parsed, const Parser &parser);
    /// The error for a non-success result of \a call.
    ApiError errorFor(const Call &call, const HttpResult &result) const;
    /// Runs \a sub and hands its outcome to \a then while \a outer is alive; cancelling \a outer cancels \a sub.
    void chain(ApiReply *outer, ApiReply *sub, std::function<void(ApiReply *sub)> then);
    void reportSignedOut();
    /// Emits writeStarted() now and writeFinished() when \a reply ends, when \a call is a write.
    void watchWrite(ApiReply *reply, const Call &call);
    void withRegions(ApiReply *reply, std::function<void(const QList<Region> &regions)> then);

    // Steps of the public calls, not used on their own by the product.
    /// QList<Region> from `GET {auth}/v1/regions` (always asks the server); remembered for withRegions().
    ApiReply *listRegions();
    /// QList<Database> of one region (`GET /v1/databases`), `region` filled in.
    ApiReply *listDatabases(const Region &region);
    /// QList<Variable> (`GET /v1/apps/{app}/variables?aliases=false`). Values are secrets.
    ApiReply *listVariables(const Region &region, const QString &app);

    Call regionalCall(const Region &region, const QStringList &segments, const QString &query = QString()) const;
    Call dbCall(const DatabaseRef &database, const QByteArray &verb, const QStringList &segments) const;
    /// A reply already failed when \a database cannot be used (nothing selected), else nullptr.
    ApiReply *rejectInvalid(const DatabaseRef &database);

    /// A POST expecting 201 whose outcome, when ambiguous or unreadable, is established by `reconcile` (listing).
    ApiReply *createReconciled(const Call &call, const Parser &parser,
                               std::function<void(ApiReply *reply, const HttpResult &failed)> reconcile);

    /// DELETE of one user or rule; an ambiguous failure is settled by listing \a collection.
    ApiReply *deleteReconciled(const DatabaseRef &database, Collection collection, const QString &key);

    // Writes whose reply was ambiguous (apiclient_reconcile.cpp).
    void reconcileCreatedUser(ApiReply *reply, const DatabaseRef &database, const NewDatabaseUser &user,
                              const HttpResult &failed);
    void reconcileCreatedRule(ApiReply *reply, const DatabaseRef &database, const NewFirewallRule &rule,
                              const HttpResult &failed);
    void reconcileRelabel(ApiReply *reply, const DatabaseRef &database, const QString &ruleId, const QString &label,
                          const HttpResult &failed);
    void reconcileDeletion(ApiReply *reply, const DatabaseRef &database, Collection collection, const QString &key,
                           const HttpResult &failed);

    QNetworkAccessManager *m_nam;
    TokenChain *m_tokens;
    ApiEndpoints m_endpoints;
    RequestPolicy m_policy;
    QList<Region> m_regions; ///< last discovery
    QHash<QString, DatabaseRef> m_resolved;
    int m_requestCount = 0;
    quint64 m_writeCount = 0;
    bool m_hadSession = false; ///< a token exchange succeeded with the current API token
    bool m_signedOutReported = false; ///< emit signedOut() once per session
};
