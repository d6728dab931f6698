#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

/// What went wrong on the database's own connection (as opposed to ApiError, which is about Scalingo's HTTP APIs).
/// Built from libpq's connection messages or from a failed statement's SQLSTATE; message() says it in plain language.
class PgError
{
    Q_DECLARE_TR_FUNCTIONS(PgError)

public:
    enum class Kind {
        None,
        Firewall, ///< pg_hba rejected this address: the firewall has no rule for this computer
        Timeout, ///< no answer in time while connecting: almost always the firewall dropping packets
        Password, ///< authentication failed (wrong or missing password, unknown role)
        Tls, ///< TLS could not be established or verified
        Network, ///< refused, unreachable, unknown host, connection lost
        InvalidUri, ///< the connection URI cannot be used
        Privilege, ///< 42501 insufficient_privilege
        DependentObjects, ///< 2BP01 dependent_objects_still_exist
        MissingLibrary, ///< 58P01 undefined_file: control file or shared library not on the server
        NotSupported, ///< 0A000 feature_not_supported
        UndefinedObject, ///< 42704 undefined_object (e.g. a required extension is not installed)
        DuplicateObject, ///< 42710 duplicate_object (already enabled)
        NotAllowed, ///< the platform's extension allow-list refuses it
        StatementTimeout, ///< 57014 because statement_timeout fired
        Cancelled, ///< cancelled by the user (or the connection was closed)
        Sql, ///< any other SQL error
    };

    PgError() = default;
    PgError(Kind kind, const QString &serverMessage);

    /// Classifies the text of PQerrorMessage() after a failed connection attempt.
    static PgError fromConnectionMessage(const QString &libpqMessage);
    /// Classifies a failed statement from its result fields.
    static PgError fromSqlState(const QString &sqlState, const QString &primary, const QString &detail = {},
                                const QString &hint = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    /// The connection never got past the firewall (rejected by pg_hba or no answer): "Allow my IP" may help.
    bool isAccessBlocked() const { return m_kind == Kind::Firewall || m_kind == Kind::Timeout; }
    /// The failure is about reaching or logging in to the server, not about one statement.
    bool isConnectionError() const;

    /// Plain-language, translated explanation for the user.
    QString message() const;

    QString sqlState; ///< five-character SQLSTATE of a statement error, empty for connection errors
    QString serverMessage; ///< libpq's or the server's own text (may name the host and user, never a password)
    QString detail; ///< the server's DETAIL (e.g. the objects that depend on an extension)
    QString hint;

private:
    Kind m_kind = Kind::None;
};

Q_DECLARE_METATYPE(PgError)
