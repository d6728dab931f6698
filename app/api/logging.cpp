#include "logging.h"

#include <QRegularExpression>
#include <QUrl>

Q_LOGGING_CATEGORY(lcApi, "gatehouse.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcModels, "gatehouse.models", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSql, "gatehouse.sql", QtInfoMsg)

namespace Redact {

QString text(const QString &input)
{
    static const QRegularExpression uriPassword(QStringLiteral(R"(((?:postgres|postgresql)://[^:/@\s]*:)[^@\s]*@)"));
    static const QRegularExpression authHeader(QStringLiteral(R"(\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression secretField(
            QStringLiteral(R"("(password|password_confirmation|token|value)"\s*:\s*"[^"]*")"));
    QString out = input;
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
