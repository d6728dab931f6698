#include "apiclient.h"

#include "domain/firewallrule.h"
#include "pureparser.h"

#include "common/logging.h"
#include "httpcall.h"
#include "tokenchain.h"

#include <QFutureWatcher>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#ifdef __GLIBC__
#include <malloc.h> // malloc_trim
#endif

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    qRegisterMetaType<ApiError>();
    m_tokens = new TokenChain(
            [this](const QByteArray &verb, const QUrl &url, const QByteArray &body, const QByteArray &authorization) {
                return startHttp(verb, url, body, authorization, m_tokens);
            },
            this);
    m_tokens->setAuthUrl(m_endpoints.auth);
    connect(m_tokens, &TokenChain::credentialsRefused, this, &ApiClient::reportSignedOut);
}

ApiClient::~ApiClient()
{
    // Pending replies die with the client without emitting anything (documented in ApiReply).
    for (ApiReply *reply : findChildren<ApiReply *>(QString(), Qt::FindDirectChildrenOnly))
        reply->setAbortHandler({});
}

void ApiClient::setEndpoints(const ApiEndpoints &endpoints)
{
    m_endpoints = endpoints;
    m_endpoints.auth = ApiEndpoints::normalized(endpoints.auth);
    m_endpoints.api = ApiEndpoints::normalized(endpoints.api);
    m_endpoints.databaseApi = ApiEndpoints::normalized(endpoints.databaseApi);
    m_tokens->setAuthUrl(m_endpoints.auth);
    m_regions.clear();
    m_resolved.clear();
}

void ApiClient::setApiToken(const QString &token)
{
    if (!m_tokens->setApiToken(token))
        return; // same token: keep the cached JWT and addon tokens
    m_hadSession = false;
    m_signedOutReported = false;
}

void ApiClient::clearCredentials()
{
    m_tokens->clear();
    m_hadSession = false;
    m_signedOutReported = false;
    m_regions.clear();
    m_resolved.clear();
    // Superseded: nothing started with the old credentials may still deliver a success.
    QList<QPointer<ApiReply>> pending;
    for (ApiReply *reply : findChildren<ApiReply *>(QString(), Qt::FindDirectChildrenOnly))
        pending << reply;
    for (const QPointer<ApiReply> &reply : pending) {
        if (reply)
            reply->cancel();
    }
}

bool ApiClient::hasApiToken() const
{
    return m_tokens->hasApiToken();
}

std::optional<Region> ApiClient::defaultRegion() const
{
    if (m_endpoints.hasExplicitRegion())
        return m_endpoints.explicitRegion();
    return Region::pickDefault(m_regions);
}

ApiReply *ApiClient::newReply()
{
    return new ApiReply(this);
}

HttpCall *ApiClient::startHttp(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                               const QByteArray &authorization, QObject *owner)
{
    auto *call = new HttpCall(m_nam, m_policy, verb, url, body, authorization, owner);
    connect(call, &HttpCall::attemptStarted, this, [this] { ++m_requestCount; });
    connect(call, &HttpCall::attemptFinished, this, [this](const QByteArray &method, const QUrl &target, int status) {
        emit requestFinished(method, target.path(), status);
    });
    return call;
}

void ApiClient::reportSignedOut()
{
    // Only a session that worked can "expire"; a token refused at sign-in is the sign-in's own error.
    if (!m_hadSession || m_signedOutReported)
        return;
    m_signedOutReported = true;
    qCInfo(lcApi) << "signed out: credentials refused after renewal";
    emit signedOut();
}

void ApiClient::watchWrite(ApiReply *reply, const Call &call)
{
    std::optional<WriteEvent> event = WriteEvent::classify(call.verb, call.url, call.body);
    if (!event)
        return;
    event->id = ++m_writeCount;
    event->database = call.database;
    emit writeStarted(*event);
    // Connected before the caller's own handlers, so listeners see the write before the models apply it.
    const QStringList secrets = WriteEvent::secretsOf(call.body);
    connect(reply, &ApiReply::finished, this, [this, reply, event = *event, secrets]() mutable {
        if (reply->isSuccess()) {
            event.outcome = reply->reconciled() ? WriteEvent::Outcome::Confirmed : WriteEvent::Outcome::Applied;
            if (event.kind == WriteEvent::Kind::RuleCreated) {
                const FirewallRule rule = reply->value<FirewallRule>();
                event.object = rule.id;
                if (!rule.cidr.isEmpty())
                    event.details.insert(QLatin1String("cidr"), rule.cidr);
            }
        } else {
            const ApiError::Kind kind = reply->error().kind();
            event.outcome = kind == ApiError::Kind::Unknown || kind == ApiError::Kind::Cancelled || reply->secretLost()
                    ? WriteEvent::Outcome::Uncertain
                    : WriteEvent::Outcome::Failed;
            event.message = WriteEvent::scrub(reply->error().message(), secrets);
        }
        emit writeFinished(event);
    });
}

void ApiClient::run(ApiReply *reply, const Call &call, Done done, bool renewed)
{
    if (reply->isFinished())
        return;
    if (!renewed && call.auth == Auth::Addon)
        watchWrite(reply, call);
    auto send = [this, reply, call, done, renewed](const QString &token) {
        const QByteArray authorization = token.isEmpty() ? QByteArray() : "Bearer " + token.toUtf8();
        HttpCall *http = startHttp(call.verb, call.url, call.body, authorization, reply);
        QPointer<HttpCall> weak(http);
        reply->setAbortHandler([weak] {
            if (weak)
                weak->abort();
        });
        connect(http, &HttpCall::done, reply, [this, reply, call, done, renewed, token](const HttpResult &result) {
            reply->setAbortHandler({});
            if (result.status == 401 && call.auth != Auth::None) {
                if (!renewed) {
                    // Renew once (shared with any parallel 401 of the same token), then resend: a 401 means the
                    // server did not act, so this is safe for writes too.
                    if (call.auth == Auth::User)
                        m_tokens->invalidateUserToken(token);
                    else
                        m_tokens->invalidateAddonToken(call.database, token);
                    run(reply, call, done, true);
                    return;
                }
                ApiError error(ApiError::Kind::SignedOut, 401);
                error.setServerMessage(ApiError::fromHttpStatus(401, result.body).serverMessage());
                reply->fail(error);
                reportSignedOut();
                return;
            }
            done(result);
        });
        http->start();
    };
    if (call.auth == Auth::None) {
        send(QString());
        return;
    }
    auto onToken = [this, reply, send](const QString &token, const ApiError &error) {
        if (reply->isFinished())
            return;
        if (error.isError()) {
            reply->fail(error);
            return;
        }
        m_hadSession = true;
        send(token);
    };
    if (call.auth == Auth::User)
        m_tokens->userToken(reply, onToken);
    else
        m_tokens->addonToken(call.database, reply, onToken);
}

ApiError ApiClient::errorFor(const Call &call, const HttpResult &result) const
{
    if (!result.hasStatus())
        return result.transportError();
    if (call.expected.contains(result.status))
        return ApiError();
    if (result.status < 400) {
        // e.g. 200 where 201 is the contract: the server does not behave as documented.
        ApiError error(ApiError::Kind::BadResponse, result.status);
        error.setDetail(QStringLiteral("unexpected status %1").arg(result.status));
        return error;
    }
    const ApiError error = ApiError::fromHttpStatus(result.status, result.body, result.retryAfter);
    qCDebug(lcApi).noquote() << "error body:" << Redact::text(QString::fromUtf8(result.body.left(500)));
    return error;
}

/// A body parsed into a document; produced on a worker thread for large bodies.
struct ApiClient::ParsedJson
{
    QJsonDocument document;
    QJsonParseError error{};
    bool converted = false; ///< the worker ran the (pure) parser too: `value` is the result, `document` is dropped
    std::optional<QVariant> value;
};

namespace {
// Bodies above this size (thousands of users) are parsed off the UI thread: QJsonDocument::fromJson takes ~10 ms
// per megabyte. Pure parsers (typed conversion only, e.g. the users list) run there too, and the document is freed
// there; parsers that update the client's state stay on this thread.
constexpr qsizetype kParseOffThreadBytes = 256 * 1024;
constexpr qsizetype kTrimAfterBytes = 4 * 1024 * 1024;
} // namespace

void ApiClient::finishJson(ApiReply *reply, const Call &call, const HttpResult &result, const Parser &parser)
{
    const ApiError error = errorFor(call, result);
    if (error.isError()) {
        reply->fail(error);
        return;
    }
    if (!parser) {
        reply->succeed(QVariant());
        return;
    }
    const auto parse = [](const QByteArray &body) {
        ParsedJson parsed;
        parsed.document = QJsonDocument::fromJson(body, &parsed.error);
        return parsed;
    };
    if (result.body.size() < kParseOffThreadBytes) {
        deliverJson(reply, call, result.status, parse(result.body), parser);
        return;
    }
    // Owned by the reply: if it is cancelled meanwhile, the watcher goes with it and the result is dropped.
    auto *watcher = new QFutureWatcher<ParsedJson>(reply);
    const int status = result.status;
    connect(watcher, &QFutureWatcherBase::finished, reply, [this, reply, watcher, call, status, parser] {
        deliverJson(reply, call, status, watcher->future().takeResult(), parser);
    });
    if (!parser.target<PureParser>()) {
        watcher->setFuture(QtConcurrent::run(parse, result.body));
        return;
    }
    watcher->setFuture(QtConcurrent::run(
            [parse, parser](const QByteArray &body) {
                ParsedJson parsed = parse(body);
                if (parsed.error.error == QJsonParseError::NoError && parsed.document.isObject())
                    parsed.value = parser(parsed.document.object());
                parsed.document = QJsonDocument();
                parsed.converted = true;
#ifdef __GLIBC__
                // This worker's malloc arena keeps the pages a big document freed; hand them back here, off the UI
                // thread, or the peak RSS counts them besides the models' own (issue 15: 50,000 users, 6.6 MB).
                // Not for smaller bodies: trimming briefly locks the arenas the UI thread allocates from.
                if (body.size() >= kTrimAfterBytes)
                    malloc_trim(0);
#endif
                return parsed;
            },
            result.body));
}

void ApiClient::deliverJson(ApiReply *reply, const Call &call, int status, const ParsedJson &parsed,
                            const Parser &parser)
{
    std::optional<QVariant> value = parsed.value;
    if (!parsed.converted && parsed.error.error == QJsonParseError::NoError && parsed.document.isObject())
        value = parser(parsed.document.object());
    if (!value) {
        ApiError bad(ApiError::Kind::BadResponse, status);
        bad.setDetail(parsed.error.error != QJsonParseError::NoError ? parsed.error.errorString()
                                                                     : QStringLiteral("unexpected JSON shape"));
        qCInfo(lcApi).noquote() << "bad response from" << Redact::url(call.url) << "-" << bad.detail();
        reply->fail(bad);
        return;
    }
    reply->succeed(*value);
}

ApiReply *ApiClient::jsonCall(const Call &call, Parser parser)
{
    ApiReply *reply = newReply();
    run(reply, call,
        [this, reply, call, parser](const HttpResult &result) { finishJson(reply, call, result, parser); });
    return reply;
}

void ApiClient::chain(ApiReply *outer, ApiReply *sub, std::function<void(ApiReply *)> then)
{
    QPointer<ApiReply> weakSub(sub);
    outer->setAbortHandler([weakSub] {
        if (weakSub)
            weakSub->cancel();
    });
    connect(sub, &ApiReply::finished, outer, [outer, sub, then] {
        outer->setAbortHandler({});
        if (!outer->isFinished())
            then(sub);
    });
}

ApiClient::Call ApiClient::regionalCall(const Region &region, const QStringList &segments, const QString &query) const
{
    Call call;
    call.url = apiUrl(region.api, QLatin1String("/v1"), segments, query);
    return call;
}

// --- auth API ------------------------------------------------------------------------------------------------

ApiReply *ApiClient::listRegions()
{
    Call call;
    call.url = apiUrl(m_endpoints.auth, QLatin1String("/v1"), {QStringLiteral("regions")});
    return jsonCall(call, listParser<Region>([this](QList<Region> &regions) { m_regions = regions; }));
}

ApiReply *ApiClient::self()
{
    Call call;
    call.url = apiUrl(m_endpoints.auth, QLatin1String("/v1"), {QStringLiteral("users"), QStringLiteral("self")});
    return jsonCall(call, [](const QJsonObject &root) -> std::optional<QVariant> {
        const QJsonValue user = root.value(QLatin1String("user"));
        if (!user.isObject())
            return std::nullopt;
        return QVariant(user.toObject());
    });
}

ApiReply *ApiClient::signIn()
{
    ApiReply *reply = newReply();
    chain(reply, self(), [reply](ApiReply *sub) {
        if (!sub->isSuccess()) {
            reply->fail(sub->error());
            return;
        }
        const QJsonObject user = sub->value<QJsonObject>();
        QString name = user.value(QLatin1String("username")).toString();
        if (name.isEmpty())
            name = user.value(QLatin1String("email")).toString();
        if (name.isEmpty())
            name = user.value(QLatin1String("fullname")).toString();
        reply->succeed(name);
    });
    return reply;
}
