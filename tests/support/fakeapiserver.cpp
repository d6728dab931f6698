#include "fakeapiserver.h"

#include <memory>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 409:
        return "Conflict";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace

QString FakeApiServer::Request::bearer() const
{
    const QByteArray value = header("authorization");
    return value.startsWith("Bearer ") ? QString::fromUtf8(value.mid(7)) : QString();
}

QJsonObject FakeApiServer::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeApiServer::Response FakeApiServer::Response::json(int status, const QJsonObject &object)
{
    return {status, QJsonDocument(object).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}}};
}

FakeApiServer::Response FakeApiServer::Response::text(int status, const QByteArray &text)
{
    return {status, text, {{"Content-Type", "text/plain"}}};
}

FakeApiServer::Response FakeApiServer::Response::error(int status, const QString &message)
{
    return json(status, {{QStringLiteral("error"), message}});
}

FakeApiServer::FakeApiServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeApiServer::onNewConnection);
    installScalingo();
}

FakeApiServer::~FakeApiServer() = default;

bool FakeApiServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl FakeApiServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server->serverPort()));
}

void FakeApiServer::route(const QByteArray &method, const QString &pathPattern, Handler handler)
{
    m_routes.prepend({method, pathPattern, std::move(handler)});
}

void FakeApiServer::script(const QByteArray &method, const QString &pathPattern, const Script &script)
{
    m_scripts.append({method, pathPattern, script});
}

void FakeApiServer::respondOnce(const QByteArray &method, const QString &pathPattern, const Response &response)
{
    Script s;
    s.response = response;
    script(method, pathPattern, s);
}

void FakeApiServer::faultOnce(const QByteArray &method, const QString &pathPattern, Fault fault, int delayMs)
{
    script(method, pathPattern, Script{fault, delayMs, std::nullopt});
}

bool FakeApiServer::matches(const QString &pattern, const QString &path)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
    return re.match(path).hasMatch();
}

int FakeApiServer::count(const QByteArray &method, const QString &pathPattern) const
{
    int n = 0;
    for (const Request &r : m_requests) {
        if ((method.isEmpty() || r.method == method) && matches(pathPattern, r.path))
            ++n;
    }
    return n;
}

void FakeApiServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, QByteArray());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_hung.removeAll(socket);
            socket->deleteLater();
        });
    }
}

void FakeApiServer::onReadyRead(QTcpSocket *socket)
{
    if (m_hung.contains(socket) || !m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const int headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        Request request;
        request.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path(QUrl::FullyDecoded);
        request.query = target.query(QUrl::FullyDecoded);
        for (int i = 1; i < lines.size(); ++i) {
            const int colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const int length = request.header("content-length").toInt();
        if (buffer.size() < headerEnd + 4 + length)
            return; // wait for the rest of the body
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        handle(socket, request);
        if (!m_buffers.contains(socket) || m_hung.contains(socket))
            return;
    }
}

void FakeApiServer::handle(QTcpSocket *socket, const Request &request)
{
    m_requests.append(request);
    Script script;
    for (int i = 0; i < m_scripts.size(); ++i) {
        const Pending &p = m_scripts.at(i);
        if ((p.method.isEmpty() || p.method == request.method) && matches(p.pattern, request.path)) {
            script = m_scripts.takeAt(i).script;
            break;
        }
    }
    switch (script.fault) {
    case Fault::HugeBody:
        m_hung.append(socket); // nothing more is read from this connection
        sendHuge(socket, script.hugeBytes, script.announceLength);
        return;
    case Fault::Hang:
        m_hung.append(socket);
        return;
    case Fault::CloseBeforeHandling:
        m_buffers.remove(socket);
        socket->abort();
        return;
    default:
        break;
    }
    const Response response = script.response ? *script.response : dispatch(request); // applies the change
    if (script.fault == Fault::Dribble) {
        m_hung.append(socket);
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " OK\r\nContent-Length: "
                + QByteArray::number(response.body.size()) + "\r\nConnection: keep-alive\r\n\r\n";
        dribble(socket, head, response.body, script.intervalMs);
        return;
    }
    if (script.delayMs > 0) {
        m_hung.append(socket); // no pipelined request is read meanwhile
        QTimer::singleShot(script.delayMs, socket, [this, socket, response, fault = script.fault] {
            m_hung.removeAll(socket);
            send(socket, response, fault);
        });
        return;
    }
    send(socket, response, script.fault);
}

void FakeApiServer::send(QTcpSocket *socket, const Response &response, Fault fault)
{
    if (fault == Fault::DropReply) {
        m_buffers.remove(socket);
        socket->abort();
        return;
    }
    const QByteArray body = fault == Fault::MalformedJson ? QByteArrayLiteral("{\"oops\": [1, 2") : response.body;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto &header : response.headers)
        head += header.first + ": " + header.second + "\r\n";
    if (response.status != 204)
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    head += "Connection: keep-alive\r\n\r\n";
    if (fault == Fault::TruncateBody) {
        socket->write(head + body.left(body.size() / 2));
        socket->flush();
        m_buffers.remove(socket);
        QTimer::singleShot(20, socket, [socket] { socket->abort(); });
        return;
    }
    socket->write(head + (response.status == 204 ? QByteArray() : body));
}

void FakeApiServer::dribble(QTcpSocket *socket, const QByteArray &head, const QByteArray &body, int intervalMs)
{
    socket->write(head);
    auto sent = std::make_shared<qsizetype>(0);
    auto *timer = new QTimer(socket); // dies with the socket when the client gives up
    connect(timer, &QTimer::timeout, socket, [socket, body, sent, timer] {
        if (*sent >= body.size()) {
            timer->stop();
            return;
        }
        socket->write(body.mid((*sent)++, 1));
    });
    timer->start(intervalMs);
}

void FakeApiServer::sendHuge(QTcpSocket *socket, qint64 bytes, bool announceLength)
{
    m_hugeBytesSent = 0;
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    head += announceLength ? "Content-Length: " + QByteArray::number(bytes) + "\r\n" : QByteArray("Connection: close\r\n");
    socket->write(head + "\r\n");
    // Written as the socket drains, so the server's own memory stays small and a client that stops reading is seen.
    const QByteArray chunk(256 * 1024, ' ');
    auto writeMore = [this, socket, bytes, chunk] {
        while (socket->bytesToWrite() < 1024 * 1024 && m_hugeBytesSent < bytes
               && socket->state() == QAbstractSocket::ConnectedState) {
            const qint64 n = qMin<qint64>(chunk.size(), bytes - m_hugeBytesSent);
            socket->write(chunk.constData(), n);
            m_hugeBytesSent += n;
        }
        if (m_hugeBytesSent >= bytes)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, writeMore);
    writeMore();
}

FakeApiServer::Response FakeApiServer::dispatch(const Request &request)
{
    for (const Route &route : std::as_const(m_routes)) {
        if (route.method == request.method && matches(route.pattern, request.path))
            return route.handler(request);
    }
    return Response::error(404, QStringLiteral("not found"));
}

ApiTest::Outcome ApiTest::waitFor(ApiReply *reply, int timeoutMs)
{
    auto outcome = watch(reply);
    QDeadlineTimer deadline(timeoutMs);
    while (!outcome->finished && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 20);
    return *outcome;
}

ApiReply *ApiTest::awaitReply(ApiReply *reply, int timeoutMs)
{
    QSignalSpy spy(reply, &ApiReply::finished);
    if (!reply->isFinished())
        spy.wait(timeoutMs);
    return reply;
}
