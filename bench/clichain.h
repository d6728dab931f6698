#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace Bench {

/// The CLI's chain with plain QNetworkAccessManager calls, synchronous like go-scalingo: per invocation a token
/// exchange and the app/addon lookup, then a fresh addon token before every database API call. Each invocation
/// gets a new QNetworkAccessManager (a new CLI process has no connection to reuse).
class CliChain
{
public:
    CliChain(const QUrl &base, const QString &apiToken, const QString &app);
    ~CliChain();

    int requests() const { return m_requests; }

    /// One `scalingo --database X <command>` start: exchange, `GET /v1/apps/X` (the users and info commands check
    /// the dedicated-database flag; firewall commands skip it) and `GET /v1/apps/X/addons`.
    bool begin(bool appLookup = true);
    /// `POST /v1/apps/X/addons/A/token`, then the DB API call with it.
    QJsonObject dbCall(const QByteArray &verb, const QString &subPath, const QJsonObject &body = {});
    /// `scalingo env`: exchange + variables (no addon involved).
    QJsonObject variables();
    QString addon() const { return m_addon; }
    int lastStatus() const { return m_status; }

private:
    QJsonObject userCall(const QByteArray &verb, const QString &path, const QJsonObject &body = {});
    QJsonObject call(const QByteArray &verb, const QString &path, const QByteArray &authorization,
                     const QByteArray &body);

    std::unique_ptr<QNetworkAccessManager> m_nam;
    QUrl m_base;
    QString m_apiToken;
    QString m_app;
    QByteArray m_jwt;
    QString m_addon;
    int m_requests = 0;
    int m_status = 0;
};

} // namespace Bench
