#include "logging.h"

#include <QRegularExpression>
#include <QUrl>

Q_LOGGING_CATEGORY(lcApi, "gatehouse.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "gatehouse.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSql, "gatehouse.sql", QtInfoMsg)

namespace Redact {

QString text(const QString &input)
{
    static const QRegularExpression uriPassword(
            QStringLiteral(R"re(((?:postgres|postgresql)://[^:/@\s]*:)[^@\s]*@)re"));
    static const QRegularExpression authHeader(QStringLiteral(R"re(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)re"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression secretField(
            QStringLiteral(R"re("(password|password_confirmation|token|value)"\s*:\s*"[^"]*")re"));
    // JWTs (user and addon tokens) and Scalingo API tokens, wherever they appear.
    static const QRegularExpression jwt(QStringLiteral(R"re(\beyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*)re"));
    static const QRegularExpression apiToken(QStringLiteral(R"re(\btk-us-[A-Za-z0-9_-]+)re"));
    QString out = input;
    out.replace(jwt, QStringLiteral("***"));
    out.replace(apiToken, QStringLiteral("tk-us-***"));
    out.replace(uriPassword, QStringLiteral("\\1***@"));
    out.replace(authHeader, QStringLiteral("\\1 ***"));
    out.replace(secretField, QStringLiteral("\"\\1\":\"***\""));
    return out;
}

QString url(const QUrl &url)
{
    return url.adjusted(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment).toString();
}

} // namespace Redact
