#pragma once

#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcApi)
Q_DECLARE_LOGGING_CATEGORY(lcModels)
Q_DECLARE_LOGGING_CATEGORY(lcSql)

namespace Redact {
/// Replaces the password of a postgres:// URI, bearer/basic credentials, JWTs, `tk-us-` API tokens and JSON
/// password/token/value fields with "***",
/// so any text can be logged safely.
QString text(const QString &input);
/// "https://host/path" without query string or user info.
QString url(const QUrl &url);
} // namespace Redact
