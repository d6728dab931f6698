#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

/// How Gatehouse connects to a database, on top of what its connection URI says.
struct PgOptions
{
    /// libpq does not enforce connect_timeout in PQconnectPoll(): PgConnection runs its own timer.
    int connectTimeoutMs = 10000;
    /// Sent as `options=-c statement_timeout=…` so a stuck statement cannot hold the connection forever.
    int statementTimeoutMs = 15000;
    /// PEM file of the CA that signed the server certificate; when set, the server is verified (verify-full).
    QString rootCertificatePath;
    QString applicationName = QStringLiteral("Gatehouse");
};

/// The keyword/value pairs handed to PQconnectStartParams(), built from a connection URI. Pure: no network.
/// TLS is always required; a weaker sslmode in the URI is raised, a stronger one is kept.
class PgConnInfo
{
    Q_DECLARE_TR_FUNCTIONS(PgConnInfo)

public:
    /// Parses `uri` with libpq's own parser (so every form libpq accepts works) and applies `options`.
    /// Returns an empty object and fills `error` when the URI cannot be used.
    static PgConnInfo fromUri(const QString &uri, const PgOptions &options, QString *error = nullptr);

    bool isValid() const { return !m_params.isEmpty(); }
    QByteArray value(const QByteArray &keyword) const;
    void set(const QByteArray &keyword, const QByteArray &value);
    const QList<QPair<QByteArray, QByteArray>> &parameters() const { return m_params; }

    QString host() const { return QString::fromUtf8(value("host")); }
    QString user() const { return QString::fromUtf8(value("user")); }
    QString database() const { return QString::fromUtf8(value("dbname")); }
    /// "user@host:port/db (sslmode=…)": safe to log and to show, never contains the password.
    QString redacted() const;

private:
    QList<QPair<QByteArray, QByteArray>> m_params;
};
