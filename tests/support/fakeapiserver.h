#pragma once

#include "api/apireply.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QTcpServer;
class QTcpSocket;

/// An in-process, fault-injecting fake of the three Scalingo APIs for unit tests: a QTcpServer on 127.0.0.1:0
/// speaking just enough HTTP/1.1 (keep-alive, Content-Length) to script faults a real HTTP server hides: hangs,
/// connections closed before or in the middle of a reply, replies lost after the request was applied, malformed
/// bodies. It records every request and keeps a small stateful Scalingo model (tokens, one database, users, rules).
class FakeApiServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QString path;
        QString query;
        QHash<QByteArray, QByteArray> headers; ///< lower-case names
        QByteArray body;

        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
        QString bearer() const;
        QJsonObject json() const;
    };

    struct Response
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;

        static Response json(int status, const QJsonObject &object);
        static Response text(int status, const QByteArray &text);
        static Response error(int status, const QString &message); ///< `{"error": message}`
    };

    enum class Fault {
        None,
        Hang, ///< never answer (the request was not applied)
        CloseBeforeHandling, ///< reset the connection without applying the request
        DropReply, ///< apply the request, then reset the connection without any answer
        TruncateBody, ///< apply, send the headers and half the body, then reset
        MalformedJson, ///< apply, answer with the handler's status and a broken JSON body
        Dribble, ///< apply, send the headers, then one body byte every Script::intervalMs (a slow-loris server)
        HugeBody, ///< send a 200 of Script::hugeBytes bytes in chunks (Content-Length or not: Script::announceLength)
    };

    struct Script
    {
        Fault fault = Fault::None;
        int delayMs = 0; ///< before answering (the request is applied at once)
        std::optional<Response> response; ///< answer this instead of calling the route (nothing is applied)
        int intervalMs = 1000; ///< Dribble: between two bytes
        qint64 hugeBytes = 0; ///< HugeBody: body size
        bool announceLength = true; ///< HugeBody: send Content-Length (else the body ends when the connection closes)
    };

    using Handler = std::function<Response(const Request &request)>;

    explicit FakeApiServer(QObject *parent = nullptr);
    ~FakeApiServer() override;

    bool listen();
    QUrl url() const;

    /// Persistent handler for \a method and a path regular expression (anchored); later routes win.
    void route(const QByteArray &method, const QString &pathPattern, Handler handler);
    /// One-shot script for the next matching request (FIFO per pattern).
    void script(const QByteArray &method, const QString &pathPattern, const Script &script);
    void respondOnce(const QByteArray &method, const QString &pathPattern, const Response &response);
    void faultOnce(const QByteArray &method, const QString &pathPattern, Fault fault, int delayMs = 0);

    QList<Request> requests() const { return m_requests; }
    /// Requests whose method matches (empty = any) and whose path matches the anchored pattern.
    int count(const QByteArray &method, const QString &pathPattern) const;
    void clearRequests() { m_requests.clear(); }

    // --- the Scalingo model ------------------------------------------------------------------------------------
    static QString jwtWithExpiry(qint64 expSecsSinceEpoch);
    QString apiToken = QStringLiteral("tk-us-fake-api-token-0123456789");
    int jwtLifetimeSecs = 3600; ///< exp of issued JWTs, from now
    bool addonTokensAreJwts = false; ///< else opaque strings (the client then assumes one hour)
    int addonTokenLifetimeSecs = 3600;
    QString generatedPassword = QStringLiteral("Generated-Secret-Password-0123456789");
    QString connectionUri = QStringLiteral(
            "postgresql://mydb_owner:Owner-Secret-Password-abcdefghij@db.example.test:31000/mydb?sslmode=require");
    QString databaseName = QStringLiteral("mydb"); ///< as listed by /v1/databases
    QString accountName = QStringLiteral("alice"); ///< /v1/users/self
    QJsonArray users;
    QJsonArray rules;
    QJsonArray ranges;
    QJsonArray addons;

    QString appId() const { return QStringLiteral("app-1"); }
    QString appName() const { return QStringLiteral("mydb"); }
    QString addonId() const { return QStringLiteral("ad-1111"); }
    QString regionName() const { return QStringLiteral("test-fr1"); }
    /// Every JWT and addon token issued so far stops being accepted.
    void revokeUserTokens() { m_jwts.clear(); }
    void revokeAddonTokens() { m_addonTokens.clear(); }

private:
    struct Route
    {
        QByteArray method;
        QString pattern;
        Handler handler;
    };
    struct Pending
    {
        QByteArray method;
        QString pattern;
        Script script;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const Request &request);
    Response dispatch(const Request &request);
    void send(QTcpSocket *socket, const Response &response, Fault fault);
    void dribble(QTcpSocket *socket, const QByteArray &head, const QByteArray &body, int intervalMs);
    void sendHuge(QTcpSocket *socket, qint64 bytes, bool announceLength);

public:
    /// HugeBody: how many body bytes were written before the client went away (the test checks it stopped early).
    qint64 hugeBytesSent() const { return m_hugeBytesSent; }

private:
    qint64 m_hugeBytesSent = 0;
    static bool matches(const QString &pattern, const QString &path);
    void installScalingo();

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QList<QTcpSocket *> m_hung;
    QList<Route> m_routes;
    QList<Pending> m_scripts;
    QList<Request> m_requests;
    QList<QString> m_jwts;
    QList<QString> m_addonTokens;
    int m_serial = 0;
};

/// Test helpers: the outcome of an ApiReply, copied while it is alive (it deletes itself after finished()).
namespace ApiTest {

struct Outcome
{
    bool finished = false;
    int emissions = 0;
    bool success = false;
    ApiError error;
    QVariant value;
    bool reconciled = false;
    bool secretLost = false;
};

inline std::shared_ptr<Outcome> watch(ApiReply *reply)
{
    auto outcome = std::make_shared<Outcome>();
    QObject::connect(reply, &ApiReply::finished, reply, [reply, outcome] {
        ++outcome->emissions;
        outcome->finished = true;
        outcome->success = reply->isSuccess();
        outcome->error = reply->error();
        outcome->value = reply->variant();
        outcome->reconciled = reply->reconciled();
        outcome->secretLost = reply->secretLost();
    });
    return outcome;
}

/// Waits (processing events) until \a reply finished; a default Outcome (finished == false) after \a timeoutMs.
Outcome waitFor(ApiReply *reply, int timeoutMs = 5000);

/// Waits (processing events) until \a reply finished or \a timeoutMs passed, and returns it to be read at once (it is
/// deleted later, by the event loop). The integration tests' form, against the real sandbox.
ApiReply *awaitReply(ApiReply *reply, int timeoutMs = 30000);

} // namespace ApiTest
