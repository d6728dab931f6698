#include "tokenservice.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUuid>

namespace {

constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

void TokenService::setLifetimes(int userSeconds, int addonSeconds)
{
    m_userLifetime = userSeconds;
    m_addonLifetime = addonSeconds;
}

bool TokenService::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    // No early exit on the first difference, so timing does not reveal a matching prefix.
    unsigned char diff = a.size() == b.size() ? 0 : 1;
    const qsizetype n = qMax(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char x = i < a.size() ? a.at(i) : 0;
        const char y = i < b.size() ? b.at(i) : 0;
        diff |= static_cast<unsigned char>(x ^ y);
    }
    return diff == 0 && !a.isEmpty();
}

QByteArray TokenService::randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        bytes[i] = static_cast<char>(rng->bounded(256));
    return bytes;
}

QString TokenService::randomString(int length)
{
    static const QLatin1String alphabet("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");
    QString out;
    out.reserve(length);
    QRandomGenerator *rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out.append(alphabet.at(rng->bounded(static_cast<int>(alphabet.size()))));
    return out;
}

bool TokenService::checkBasicAuth(const QByteArray &authorizationHeader) const
{
    static const QByteArray prefix = QByteArrayLiteral("basic ");
    if (authorizationHeader.left(prefix.size()).toLower() != prefix)
        return false;
    // Strict: the default decoder skips invalid characters, so garbage around a valid token would pass.
    const auto result = QByteArray::fromBase64Encoding(authorizationHeader.mid(prefix.size()).trimmed(),
                                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return false;
    const QByteArray decoded = result.decoded;
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return false;
    return constantTimeEquals(decoded.mid(colon + 1), m_apiToken);
}

QString TokenService::sign(const QByteArray &payloadJson) const
{
    static const QByteArray header = QByteArrayLiteral(R"({"alg":"HS256","typ":"JWT"})").toBase64(Base64Url);
    const QByteArray signingInput = header + '.' + payloadJson.toBase64(Base64Url);
    const QByteArray mac = QMessageAuthenticationCode::hash(signingInput, m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(signingInput + '.' + mac.toBase64(Base64Url));
}

QString TokenService::issueUserToken(const QString &userId) const
{
    const qint64 t = now();
    const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("gatehouse-sandbox")},
                             {QStringLiteral("sub"), userId},
                             {QStringLiteral("scope"), QStringLiteral("user")},
                             {QStringLiteral("iat"), t},
                             {QStringLiteral("exp"), t + m_userLifetime},
                             {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    return sign(QJsonDocument(claims).toJson(QJsonDocument::Compact));
}

QString TokenService::issueAddonToken(const QString &userId, const QString &appId, const QString &addonId) const
{
    const qint64 t = now();
    const QJsonObject claims{{QStringLiteral("iss"), QStringLiteral("gatehouse-sandbox")},
                             {QStringLiteral("sub"), userId},
                             {QStringLiteral("scope"), QStringLiteral("addon")},
                             {QStringLiteral("app"), appId},
                             {QStringLiteral("addon"), addonId},
                             {QStringLiteral("iat"), t},
                             {QStringLiteral("exp"), t + m_addonLifetime},
                             {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    return sign(QJsonDocument(claims).toJson(QJsonDocument::Compact));
}

std::optional<TokenClaims> TokenService::verify(const QString &token, QString *reason) const
{
    if (token.isEmpty()) {
        *reason = QStringLiteral("Missing bearer token");
        return std::nullopt;
    }
    const QByteArray raw = token.toLatin1();
    const QByteArrayList parts = raw.split('.');
    if (parts.size() != 3) {
        *reason = QStringLiteral("Invalid token");
        return std::nullopt;
    }
    const QByteArray expected
            = QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_secret, QCryptographicHash::Sha256)
                      .toBase64(Base64Url);
    if (!constantTimeEquals(parts[2], expected)) {
        *reason = QStringLiteral("Invalid token");
        return std::nullopt;
    }
    const QJsonObject claims = QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], Base64Url)).object();
    TokenClaims c;
    c.subject = claims.value(QStringLiteral("sub")).toString();
    c.expiresAt = claims.value(QStringLiteral("exp")).toInteger();
    c.scope = claims.value(QStringLiteral("scope")).toString() == QLatin1String("addon") ? TokenClaims::Scope::Addon
                                                                                         : TokenClaims::Scope::User;
    c.appId = claims.value(QStringLiteral("app")).toString();
    c.addonId = claims.value(QStringLiteral("addon")).toString();
    if (c.expiresAt <= now()) {
        *reason = QStringLiteral("Token expired");
        return std::nullopt;
    }
    return c;
}
