#include "tokenchain.h"

#include "domain/addon.h"
#include "httpcall.h"
#include "common/logging.h"
#include "requestpolicy.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

ApiError errorFromTokenCall(const HttpResult &result)
{
    if (!result.hasStatus())
        return result.transportError();
    return ApiError::fromHttpStatus(result.status, result.body, result.retryAfter);
}

ApiError signedOutError(int status = 0)
{
    return ApiError(ApiError::Kind::SignedOut, status);
}

} // namespace

TokenChain::TokenChain(Sender sender, QObject *parent)
    : QObject(parent), m_sender(std::move(sender)), m_authUrl(QStringLiteral("https://auth.scalingo.com"))
{ }

TokenChain::~TokenChain() = default;

bool TokenChain::setApiToken(const QString &token)
{
    if (token == m_apiToken)
        return false;
    resetAll(ApiError(ApiError::Kind::Cancelled));
    m_apiToken = token;
    return true;
}

void TokenChain::clear()
{
    resetAll(signedOutError());
    m_apiToken.clear();
}

void TokenChain::resetAll(const ApiError &pendingError)
{
    ++m_generation; // answers of requests started before this point are ignored
    // Forgotten at once: the aborted call lives on until deleteLater, and a waiter arriving meanwhile (signing in
    // again while a renewal was in flight) must start its own exchange instead of waiting for one that never ends.
    if (HttpCall *exchange = std::exchange(m_exchange, nullptr))
        exchange->abort();
    m_user = {};
    notify(std::exchange(m_userWaiters, {}), QString(), pendingError);
    const auto addonSlots = std::exchange(m_addons, {});
    for (const AddonSlot &addon : addonSlots) {
        if (addon.call)
            addon.call->abort();
        notify(addon.waiters, QString(), pendingError);
    }
}

bool TokenChain::isFresh(const Cached &cached) const
{
    return !cached.token.isEmpty() && QDateTime::currentDateTimeUtc().secsTo(cached.expiry) > qint64(m_renewMargin);
}

void TokenChain::notify(QList<Waiter> waiters, const QString &token, const ApiError &error)
{
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(token, error);
    }
}

std::optional<QDateTime> TokenChain::jwtExpiry(const QString &token)
{
    const QStringList parts = token.split(QLatin1Char('.'));
    if (parts.size() != 3)
        return std::nullopt;
    const QByteArray payload = QByteArray::fromBase64(parts.at(1).toLatin1(),
                                                      QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QJsonObject claims = QJsonDocument::fromJson(payload).object();
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (!exp.isDouble())
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(qint64(exp.toDouble()), Qt::UTC);
}

void TokenChain::userToken(QObject *context, Callback callback)
{
    if (m_apiToken.isEmpty()) {
        callback(QString(), signedOutError());
        return;
    }
    if (isFresh(m_user)) {
        callback(m_user.token, ApiError());
        return;
    }
    m_userWaiters.append({context, std::move(callback)});
    if (!m_exchange)
        startExchange();
}

void TokenChain::invalidateUserToken(const QString &used)
{
    if (m_user.token == used)
        m_user = {};
}

void TokenChain::startExchange()
{
    const quint64 generation = m_generation;
    const QUrl url = apiUrl(m_authUrl, QLatin1String("/v1"), {QStringLiteral("tokens"), QStringLiteral("exchange")});
    // HTTP Basic with an empty user name and the API token as password (§2.2).
    const QByteArray basic = "Basic " + QByteArray(':' + m_apiToken.toUtf8()).toBase64();
    HttpCall *call = m_sender("POST", url, QByteArrayLiteral("{}"), basic);
    m_exchange = call;
    connect(call, &HttpCall::done, this, [this, generation](const HttpResult &result) {
        if (generation != m_generation)
            return;
        m_exchange = nullptr;
        ApiError error;
        QString token;
        if (result.status == 200) {
            const QJsonObject root = QJsonDocument::fromJson(result.body).object();
            token = root.value(QLatin1String("token")).toString();
            if (token.isEmpty())
                error = ApiError(ApiError::Kind::BadResponse, result.status);
        } else if (result.status == 401 || result.status == 403) {
            error = signedOutError(result.status);
            error.setServerMessage(ApiError::fromHttpStatus(result.status, result.body).serverMessage());
        } else if (result.hasStatus() && result.status < 300) {
            error = ApiError(ApiError::Kind::BadResponse, result.status); // e.g. 201 where 200 is the contract
        } else {
            error = errorFromTokenCall(result);
        }
        if (!error.isError()) {
            // go-scalingo would crash on a JWT without exp; we assume the documented hour instead.
            const auto expiry = jwtExpiry(token);
            m_user = {token, expiry.value_or(QDateTime::currentDateTimeUtc().addSecs(3600))};
            qCDebug(lcApi) << "user token valid until" << m_user.expiry.toString(Qt::ISODate);
        } else {
            qCInfo(lcApi).noquote() << "token exchange failed:" << ApiError::kindName(error.kind());
        }
        notify(std::exchange(m_userWaiters, {}), token, error);
        if (error.kind() == ApiError::Kind::SignedOut && generation == m_generation)
            emit credentialsRefused();
    });
    call->start();
}

QString TokenChain::addonKey(const DatabaseRef &ref)
{
    return ref.region.api.toString() + QLatin1Char('\n') + ref.app + QLatin1Char('\n') + ref.addonId;
}

void TokenChain::addonToken(const DatabaseRef &ref, QObject *context, Callback callback)
{
    const QString key = addonKey(ref);
    AddonSlot &slot = m_addons[key];
    if (isFresh(slot.cached)) {
        callback(slot.cached.token, ApiError());
        return;
    }
    slot.waiters.append({context, std::move(callback)});
    if (!slot.fetching) {
        slot.fetching = true;
        startAddonFetch(key, ref, false);
    }
}

void TokenChain::invalidateAddonToken(const DatabaseRef &ref, const QString &used)
{
    auto it = m_addons.find(addonKey(ref));
    if (it != m_addons.end() && it->cached.token == used)
        it->cached = {};
}

void TokenChain::startAddonFetch(const QString &key, const DatabaseRef &ref, bool userRenewed)
{
    const quint64 generation = m_generation;
    userToken(this, [this, key, ref, userRenewed, generation](const QString &jwt, const ApiError &userError) {
        if (generation != m_generation)
            return;
        if (userError.isError()) {
            finishAddon(key, QString(), userError);
            return;
        }
        const QUrl url = apiUrl(
                ref.region.api, QLatin1String("/v1"),
                {QStringLiteral("apps"), ref.app, QStringLiteral("addons"), ref.addonId, QStringLiteral("token")});
        HttpCall *call = m_sender("POST", url, QByteArrayLiteral("{}"), "Bearer " + jwt.toUtf8());
        m_addons[key].call = call;
        connect(call, &HttpCall::done, this, [this, key, ref, jwt, userRenewed, generation](const HttpResult &result) {
            if (generation != m_generation)
                return;
            if (result.status == 401 && !userRenewed) {
                // The JWT was refused early (revoked, clock skew): exchange again once.
                invalidateUserToken(jwt);
                startAddonFetch(key, ref, true);
                return;
            }
            if (result.status == 401) {
                finishAddon(key, QString(), signedOutError(401));
                emit credentialsRefused();
                return;
            }
            if (result.status == 200 || result.status == 201) {
                const QString token = Addon::tokenFromResponse(QJsonDocument::fromJson(result.body).object());
                finishAddon(key, token,
                            token.isEmpty() ? ApiError(ApiError::Kind::BadResponse, result.status) : ApiError());
                return;
            }
            finishAddon(key, QString(),
                        result.hasStatus() && result.status < 300 ? ApiError(ApiError::Kind::BadResponse, result.status)
                                                                  : errorFromTokenCall(result));
        });
        call->start();
    });
}

void TokenChain::finishAddon(const QString &key, const QString &token, const ApiError &error)
{
    auto it = m_addons.find(key);
    if (it == m_addons.end())
        return;
    it->fetching = false;
    it->call = nullptr;
    if (!error.isError()) {
        const auto expiry = jwtExpiry(token);
        it->cached = {token, expiry.value_or(QDateTime::currentDateTimeUtc().addSecs(m_addonLifetime))};
    }
    notify(std::exchange(it->waiters, {}), token, error);
}
