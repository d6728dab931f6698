#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <optional>

namespace Sql {

/// Secret: a bound value or literal is a password; on failure neither *error nor the log gets PostgreSQL's text.
enum class Secrecy { Plain, Secret };

/// Prepares `sql`, binds `values` by name (":name") and executes it. nullopt (and *error) on failure.
std::optional<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantMap &values, QString *error,
                             Secrecy secrecy = Secrecy::Plain);

/// DDL cannot take bound parameters, so the server builds the statement: `SELECT format(fmt, $1, $2...)`
/// with every identifier/literal bound as text (%I quotes identifiers, %L literals), then we execute the result.
/// User input never reaches SQL text through string concatenation.
bool execFormatted(const QSqlDatabase &db, const QString &format, const QStringList &args, QString *error,
                   Secrecy secrecy = Secrecy::Plain);

/// The value for `PASSWORD %L` in CREATE/ALTER ROLE: a SCRAM-SHA-256 verifier computed here, so the plain
/// password never reaches the server (nor its log on a failed statement, nor pg_stat_activity). Passwords outside
/// printable ASCII (where SASLprep could normalise) are returned unchanged and hashed by the server.
QString passwordForRole(const QString &password);

/// Opens a named QPSQL connection to the cluster's admin socket as the superuser. PostgreSQL logs neither its
/// statements nor its errors (they may carry passwords).
bool connect(const QString &connectionName, const QString &socketDir, quint16 port, const QString &database,
             QString *error);
/// Closes and unregisters a connection (every QSqlQuery on it must be gone by then).
void disconnect(const QString &connectionName);

} // namespace Sql

namespace Privileges {

/// The grants of a new user: read-write = the six statements the platform runs for the default user;
/// read-only = CONNECT, USAGE and SELECT (now and, for objects the owner creates later, by default privileges).
/// Runs on a connection to the target database (schema/table grants are per database).
bool grant(const QSqlDatabase &target, const QString &user, const QString &database, const QString &owner,
           bool readOnly, QString *error);

} // namespace Privileges
