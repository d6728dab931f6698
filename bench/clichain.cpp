#include "clichain.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Bench {

CliChain::CliChain(const QUrl &base, const QString &apiToken, const QString &app)
    : m_base(base), m_apiToken(apiToken), m_app(app)
{ }

CliChain::~CliChain() = default;

bool CliChain::begin(bool appLookup)
{
    m_nam = std::make_unique<QNetworkAccessManager>();
    const QJsonObject exchange
            = call("POST", QStringLiteral("/v1/tokens/exchange"),
                   QByteArray("Basic " + QByteArray(":" + m_apiToken.toUtf8()).toBase64()), QByteArrayLiteral("{}"));
    m_jwt = exchange.value(QStringLiteral("token")).toString().toUtf8();
    if (appLookup)
        userCall("GET", QStringLiteral("/v1/apps/%1").arg(m_app));
    const QJsonObject addons = userCall("GET", QStringLiteral("/v1/apps/%1/addons").arg(m_app));
    m_addon = addons.value(QStringLiteral("addons"))
                      .toArray()
                      .first()
                      .toObject()
                      .value(QStringLiteral("id"))
                      .toString();
    return !m_jwt.isEmpty() && !m_addon.isEmpty();
}

QJsonObject CliChain::dbCall(const QByteArray &verb, const QString &subPath, const QJsonObject &body)
{
    const QJsonObject token
            = userCall("POST", QStringLiteral("/v1/apps/%1/addons/%2/token").arg(m_app, m_addon), QJsonObject());
    const QByteArray bearer = "Bearer "
            + token.value(QStringLiteral("addon")).toObject().value(QStringLiteral("token")).toString().toUtf8();
    const QString path = subPath.startsWith(QLatin1Char('/'))
            ? subPath
            : QStringLiteral("/api/databases/%1%2%3")
                      .arg(m_addon, subPath.isEmpty() ? QString() : QStringLiteral("/"), subPath);
    return call(verb, path, bearer,
                verb == "GET" || verb == "DELETE" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject CliChain::variables()
{
    return userCall("GET", QStringLiteral("/v1/apps/%1/variables?aliases=false").arg(m_app));
}

QJsonObject CliChain::userCall(const QByteArray &verb, const QString &path, const QJsonObject &body)
{
    return call(verb, path, QByteArray("Bearer " + m_jwt),
                verb == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QJsonObject CliChain::call(const QByteArray &verb, const QString &path, const QByteArray &authorization,
                           const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_base.toString() + path));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Content-Type", "application/json");
    request.setRawHeader("User-Agent", "Scalingo-CLI-chain/bench");
    request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, verb, body);
    ++m_requests;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return json;
}

} // namespace Bench
