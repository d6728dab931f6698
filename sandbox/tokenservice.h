#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// What a verified JWT says.
struct TokenClaims
{
    enum class Scope { User, Addon };
    Scope scope = Scope::User;
    QString subject; // the user id
    QString appId; // addon tokens only
    QString addonId; // addon tokens only
    qint64 expiresAt = 0; // seconds since epoch
};

/// API token check and HS256 JWTs (user tokens from the exchange, addon tokens scoped to one addon).
/// The signing secret is kept by the caller (in the state database) so tokens survive a restart.
class TokenService
{
public:
    void setSecret(const QByteArray &secret) { m_secret = secret; }
    void setApiToken(const QString &token) { m_apiToken = token.toUtf8(); }
    void setLifetimes(int userSeconds, int addonSeconds);

    /// The HTTP Basic credentials of the exchange call (":token", user part ignored), compared in constant time.
    bool checkBasicAuth(const QByteArray &authorizationHeader) const;

    QString issueUserToken(const QString &userId) const;
    QString issueAddonToken(const QString &userId, const QString &appId, const QString &addonId) const;
    /// nullopt with a user-facing reason when the token is malformed, forged or expired.
    std::optional<TokenClaims> verify(const QString &token, QString *reason) const;

    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    /// Cryptographically random characters from A-Za-z0-9 and '_'.
    static QString randomString(int length);
    static QByteArray randomBytes(int count);

private:
    QString sign(const QByteArray &payloadJson) const;

    QByteArray m_secret;
    QByteArray m_apiToken;
    int m_userLifetime = 3600;
    int m_addonLifetime = 3600;
};
