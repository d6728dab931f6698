#include "pgerror.h"

#include <QRegularExpression>

namespace {

bool containsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

PgError::PgError(Kind kind, const QString &serverMessage) : serverMessage(serverMessage), m_kind(kind) { }

PgError PgError::fromConnectionMessage(const QString &libpqMessage)
{
    static const QRegularExpression roleMissing(QStringLiteral(R"(role "[^"]*" does not exist)"));
    const QString text = libpqMessage.trimmed();
    Kind kind = Kind::Network;
    // Order matters: pg_hba messages end with "SSL encryption", so they must win over the TLS patterns.
    if (containsAny(text, {"pg_hba.conf rejects connection", "no pg_hba.conf entry"}))
        kind = Kind::Firewall;
    else if (containsAny(text,
                         {"password authentication failed", "no password supplied", "SCRAM authentication",
                          "authentication failed for user"})
             || roleMissing.match(text).hasMatch())
        kind = Kind::Password;
    else if (containsAny(text, {"SSL", "certificate", "TLS", "sslmode"}))
        kind = Kind::Tls;
    else if (containsAny(text, {"timeout expired", "Connection timed out"}))
        kind = Kind::Timeout;
    else if (containsAny(text,
                         {"invalid connection option", "invalid URI", "missing \"=\"", "invalid sslmode",
                          "invalid integer value", "unterminated quoted string", "invalid port number"}))
        kind = Kind::InvalidUri;
    else if (containsAny(text, {"does not exist"}))
        kind = Kind::Sql; // e.g. the database itself is gone: nothing the firewall or password can fix
    return PgError(kind, text);
}

PgError PgError::fromSqlState(const QString &sqlState, const QString &primary, const QString &detail,
                              const QString &hint)
{
    Kind kind = Kind::Sql;
    if (sqlState == QLatin1String("42501"))
        kind = containsAny(primary, {"not allowed", "whitelist", "extwlist"}) ? Kind::NotAllowed : Kind::Privilege;
    else if (sqlState == QLatin1String("2BP01"))
        kind = Kind::DependentObjects;
    else if (sqlState == QLatin1String("58P01"))
        kind = Kind::MissingLibrary;
    else if (sqlState == QLatin1String("0A000")) // PostgreSQL 15 says "extension … is not available" with it
        kind = primary.contains(QLatin1String("is not available")) ? Kind::MissingLibrary : Kind::NotSupported;
    else if (sqlState == QLatin1String("42704"))
        kind = Kind::UndefinedObject;
    else if (sqlState == QLatin1String("42710"))
        kind = Kind::DuplicateObject;
    else if (sqlState == QLatin1String("57014"))
        kind = primary.contains(QLatin1String("statement timeout")) ? Kind::StatementTimeout : Kind::Cancelled;
    else if (sqlState.startsWith(QLatin1String("08")) || sqlState == QLatin1String("57P01"))
        kind = Kind::Network;
    else if (sqlState == QLatin1String("28P01") || sqlState == QLatin1String("28000"))
        kind = Kind::Password;
    else if (containsAny(primary, {"is not allowed", "not in the allow", "not whitelisted"}))
        kind = Kind::NotAllowed;
    else if (containsAny(primary, {"is not available", "could not open extension control file"}))
        kind = Kind::MissingLibrary;
    PgError error(kind, primary);
    error.sqlState = sqlState;
    error.detail = detail;
    error.hint = hint;
    return error;
}

bool PgError::isConnectionError() const
{
    switch (m_kind) {
    case Kind::Firewall:
    case Kind::Timeout:
    case Kind::Password:
    case Kind::Tls:
    case Kind::Network:
    case Kind::InvalidUri:
        return true;
    default:
        return false;
    }
}

QString PgError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Firewall:
        return tr("This computer is not allowed to reach the database: its firewall has no rule for this computer's "
                  "IP address.");
    case Kind::Timeout:
        return tr("The database did not answer in time. This computer is probably not allowed to reach the database "
                  "(its firewall silently drops connections from addresses without a rule).");
    case Kind::Password:
        return tr("The database refused the user name or password. The password of the default user may have been "
                  "reset; reload the database to get the current one.");
    case Kind::Tls:
        return tr("A secure (TLS) connection to the database could not be established: %1").arg(serverMessage);
    case Kind::Network:
        return tr("The database server could not be reached: %1").arg(serverMessage);
    case Kind::InvalidUri:
        return tr("The connection address of the database is not usable: %1").arg(serverMessage);
    case Kind::Privilege:
        return tr("Your database user is not allowed to do this. %1").arg(serverMessage);
    case Kind::DependentObjects:
        return tr("Other objects in the database depend on it.");
    case Kind::MissingLibrary:
        return tr("This extension is not installed on the database server, so it cannot be enabled.");
    case Kind::NotSupported:
        return tr("The database server does not support this: %1").arg(serverMessage);
    case Kind::UndefinedObject:
        return tr("Something it needs does not exist: %1").arg(serverMessage);
    case Kind::DuplicateObject:
        return tr("It is already enabled.");
    case Kind::NotAllowed:
        return tr("Scalingo does not allow this extension on this database.");
    case Kind::StatementTimeout:
        return tr("The database took too long to answer and the statement was stopped.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Sql:
        return tr("The database reported an error: %1").arg(serverMessage);
    }
    return serverMessage;
}
