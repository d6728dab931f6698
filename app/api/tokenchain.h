#pragma once

#include "apierror.h"
#include "databaseref.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>
#include <optional>

class HttpCall;

/// The token chain (§2): API token → user JWT (`POST {auth}/v1/tokens/exchange`, Basic ":token") → addon token per
/// database (`POST {api}/v1/apps/{app}/addons/{addon}/token`). Both are cached and renewed when less than
/// renewMargin remains; concurrent callers asking for the same token share one request (no thundering herd).
/// Internal to ApiClient, which provides the HTTP sender (policy, counter and logging stay in one place).
class TokenChain : public QObject
{
    Q_OBJECT

public:
    /// Receives the token, or an error (then the token is empty). Never called once \a context is destroyed.
    using Callback = std::function<void(const QString &token, const ApiError &error)>;
    using Sender = std::function<HttpCall *(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                                            const QByteArray &authorization)>;

    TokenChain(Sender sender, QObject *parent = nullptr);
    ~TokenChain() override;

    void setAuthUrl(const QUrl &url) { m_authUrl = url; }
    /// A different token drops every cached token and fails pending callers with Cancelled; returns whether it
    /// changed.
    bool setApiToken(const QString &token);
    void clear();
    bool hasApiToken() const { return !m_apiToken.isEmpty(); }

    void setRenewMargin(int seconds) { m_renewMargin = seconds; }
    /// Assumed lifetime of an addon token that carries no `exp` (Scalingo: "valid for an hour").
    void setAddonTokenLifetime(int seconds) { m_addonLifetime = seconds; }

    void userToken(QObject *context, Callback callback);
    void addonToken(const DatabaseRef &ref, QObject *context, Callback callback);
    /// The server refused \a used: forget it (only if it is still the cached one, so that parallel 401s of the
    /// same token trigger a single renewal).
    void invalidateUserToken(const QString &used);
    void invalidateAddonToken(const DatabaseRef &ref, const QString &used);

    /// The `exp` claim of a JWT, read without checking the signature (we only use it to schedule renewal).
    static std::optional<QDateTime> jwtExpiry(const QString &token);

signals:
    /// The API token itself, or a freshly exchanged JWT, was refused: the user must sign in again.
    void credentialsRefused();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    struct Cached
    {
        QString token;
        QDateTime expiry;
    };
    struct AddonSlot
    {
        Cached cached;
        QList<Waiter> waiters;
        QPointer<HttpCall> call;
        bool fetching = false;
    };

    bool isFresh(const Cached &cached) const;
    void startExchange();
    void startAddonFetch(const QString &key, const DatabaseRef &ref, bool userRenewed);
    static void notify(QList<Waiter> waiters, const QString &token, const ApiError &error);
    void finishAddon(const QString &key, const QString &token, const ApiError &error);
    void resetAll(const ApiError &pendingError);
    static QString addonKey(const DatabaseRef &ref);

    Sender m_sender;
    QUrl m_authUrl;
    QString m_apiToken;
    Cached m_user;
    QList<Waiter> m_userWaiters;
    QPointer<HttpCall> m_exchange;
    QHash<QString, AddonSlot> m_addons;
    quint64 m_generation = 0;
    int m_renewMargin = 300;
    int m_addonLifetime = 3600;
};
