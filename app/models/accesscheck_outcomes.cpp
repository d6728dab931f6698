// How the access check words a failed TLS handshake or login: pure functions of libpq's answer (unit-tested).
#include "accesscheck.h"

#include <QRegularExpression>

namespace {

bool has(const QString &text, const char *needle)
{
    return text.contains(QLatin1String(needle), Qt::CaseInsensitive);
}

/// Connection failures carry no SQLSTATE in libpq's API: recognise the server's FATAL messages instead.
QString sqlStateOf(const PgError &error)
{
    if (!error.sqlState.isEmpty())
        return error.sqlState;
    const QString &text = error.serverMessage;
    static const QRegularExpression roleMissing(QStringLiteral(R"(role "[^"]*" does not exist)"));
    if (has(text, "password authentication failed") || has(text, "no password supplied")
        || has(text, "SCRAM authentication"))
        return QStringLiteral("28P01");
    if (roleMissing.match(text).hasMatch() || has(text, "pg_hba.conf"))
        return QStringLiteral("28000");
    if (has(text, "too many clients") || has(text, "too many connections")
        || has(text, "remaining connection slots are reserved"))
        return QStringLiteral("53300");
    if (has(text, "database system is starting up") || has(text, "database system is shutting down"))
        return QStringLiteral("57P03");
    return {};
}

} // namespace

AccessCheck::Outcome AccessCheck::tlsOutcome(const PgError &error)
{
    const QString &text = error.serverMessage;
    static const QRegularExpression certificateFor(QStringLiteral(R"re(certificate for "([^"]*)")re"));
    if (has(text, "does not match host name")) {
        const QString name = certificateFor.match(text).captured(1);
        return {State::Failed, Fix::None,
                tr("The server's certificate is for another name (%1). This may not be your database: do not send "
                   "passwords to it, and contact Scalingo's support if it persists.")
                        .arg(name.isEmpty() ? tr("unknown") : name)};
    }
    if (has(text, "certificate has expired"))
        return {State::Failed, Fix::None, tr("The server's certificate has expired.")};
    if (has(text, "certificate verify failed") || has(text, "self-signed") || has(text, "self signed")
        || has(text, "unable to get local issuer"))
        return {State::Failed, Fix::None,
                tr("The server's certificate is not signed by Scalingo's certificate authority. Something between "
                   "this computer and the database (a proxy, antivirus or captive portal) may intercept the "
                   "connection.")};
    if (has(text, "server does not support SSL"))
        return {State::Failed, Fix::None, tr("The server does not accept encrypted connections.")};
    return {State::Failed, Fix::Retry, tr("A secure connection could not be established: %1").arg(text)};
}

AccessCheck::Outcome AccessCheck::loginOutcome(const PgError &error, const QString &user, bool userListed)
{
    const QString state = sqlStateOf(error);
    const QString &text = error.serverMessage;
    if (state == QLatin1String("28P01")) {
        if (has(text, "no password supplied"))
            return {State::Failed, Fix::None, tr("No password was given for %1.").arg(user)};
        if (!userListed) // PostgreSQL does not say whether the role exists; the API's list does
            return {State::Failed, Fix::ChooseUser, tr("There is no user %1 on this database.").arg(user)};
        return {State::Failed, Fix::ResetPassword, tr("The password of %1 is wrong.").arg(user)};
    }
    if (state == QLatin1String("28000")) {
        if (has(text, "pg_hba.conf"))
            return {State::Failed, Fix::AllowMyIp,
                    tr("The database refuses this computer's address: no firewall rule admits it (or a new rule is "
                       "not applied yet).")};
        if (has(text, "does not exist"))
            return {State::Failed, Fix::ChooseUser, tr("There is no user %1 on this database.").arg(user)};
        return {State::Failed, Fix::None, tr("The database does not let %1 log in: %2").arg(user, text)};
    }
    if (state == QLatin1String("53300"))
        return {State::Failed, Fix::Retry,
                tr("Too many connections: the database (or the user %1) has reached its connection limit. Close "
                   "connections you no longer use (apps, tools), then check again.")
                        .arg(user)};
    if (state == QLatin1String("57P03"))
        return {State::Failed, Fix::Retry, tr("The database is starting or stopping: check again in a minute.")};
    switch (error.kind()) {
    case PgError::Kind::Timeout:
        return {State::Failed, Fix::Retry, error.message()};
    case PgError::Kind::Tls:
        return tlsOutcome(error);
    case PgError::Kind::Cancelled:
        return {State::Skipped, Fix::None, tr("Cancelled.")};
    default:
        return {State::Failed, Fix::Retry, error.message()};
    }
}
