#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

#include <optional>

/// A PostgreSQL connection URI such as SCALINGO_POSTGRESQL_URL:
/// `postgresql://user:password@host:port/dbname?sslmode=require`. Holds the decoded values; toString() percent-encodes
/// user, password, database name and query so that any character (`@`, `:`, `/`, `?`, `#`, `%`, ...) is safe.
class ConnectionUri
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionUri)

public:
    static constexpr int DefaultPort = 5432;

    ConnectionUri() = default;

    /// Accepts the `postgresql://` and `postgres://` schemes (case-insensitive). A missing port means 5432.
    /// The user info ends at the last '@' of the authority, so an unencoded '@' in the password still parses;
    /// an unencoded '/', '?' or '#' in it cannot be told apart from the path and is reported as an error.
    /// On failure \a error (optional) receives a translated explanation.
    static std::optional<ConnectionUri> parse(const QString &text, QString *error = nullptr);

    bool isValid() const { return !m_host.isEmpty(); }

    QString scheme() const { return m_scheme; } ///< "postgresql" or "postgres", as parsed
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QList<QPair<QString, QString>> queryItems() const { return m_query; }
    /// Value of the first query parameter called \a key; empty when absent.
    QString queryValue(const QString &key) const;
    bool hasQueryItem(const QString &key) const;
    QString sslMode() const { return queryValue(QStringLiteral("sslmode")); }

    void setScheme(const QString &scheme) { m_scheme = scheme; }
    void setUser(const QString &user) { m_user = user; }
    void setPassword(const QString &password) { m_password = password; }
    void setHost(const QString &host) { m_host = host; }
    void setPort(int port) { m_port = port; }
    void setDatabase(const QString &database) { m_database = database; }
    /// Replaces the first parameter called \a key (keeping its position) or appends it.
    void setQueryItem(const QString &key, const QString &value);
    void removeQueryItem(const QString &key);

    /// Same host, port, database and other parameters with another user's credentials, and sslmode=require
    /// (Scalingo refuses unencrypted connections). An empty \a password leaves the password out of the URI.
    ConnectionUri withCredentials(const QString &user, const QString &password) const;

    /// The URI with percent-encoded components; the port is always written.
    QString toString() const;
    /// toString() with the password replaced by `***` (unchanged when there is no password): safe to display or log.
    QString redacted() const;

    friend bool operator==(const ConnectionUri &a, const ConnectionUri &b)
    {
        return a.m_scheme == b.m_scheme && a.m_user == b.m_user && a.m_password == b.m_password && a.m_host == b.m_host
                && a.m_port == b.m_port && a.m_database == b.m_database && a.m_query == b.m_query;
    }
    friend bool operator!=(const ConnectionUri &a, const ConnectionUri &b) { return !(a == b); }

private:
    QString build(bool redactPassword) const;

    QString m_scheme = QStringLiteral("postgresql");
    QString m_user;
    QString m_password;
    QString m_host;
    int m_port = DefaultPort;
    QString m_database;
    QList<QPair<QString, QString>> m_query;
};

Q_DECLARE_METATYPE(ConnectionUri)
