#include "sandboxprocess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrlQuery>

#ifndef GATEHOUSE_SANDBOX_EXE
#error "GATEHOUSE_SANDBOX_EXE must name the gatehouse-sandbox binary (set by gatehouse_add_test INTEGRATION)"
#endif

QByteArray SandboxProcess::Reply::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return QByteArray();
}

QString SandboxProcess::Reply::error() const
{
    return json.value(QStringLiteral("error")).toString();
}

QStringList SandboxProcess::Reply::fieldErrors(const QString &field) const
{
    QStringList out;
    for (const QJsonValue v : json.value(QStringLiteral("errors")).toObject().value(field).toArray())
        out.append(v.toString());
    return out;
}

QString SandboxProcess::Database::path(const QString &suffix) const
{
    return QStringLiteral("/api/databases/") + addonId + suffix;
}

SandboxProcess::SandboxProcess(const QStringList &extraArguments)
    : m_tmp(std::make_unique<QTemporaryDir>()), m_extraArguments(extraArguments)
{
    // The postgres system user must traverse this directory to reach its cluster inside.
    QFile::setPermissions(m_tmp->path(),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::dataDir() const
{
    return m_dataPath.isEmpty() ? m_tmp->filePath(m_dataName) : m_dataPath;
}

QString SandboxProcess::tempPath() const
{
    return m_tmp->path();
}

qint64 SandboxProcess::processId() const
{
    return isRunning() ? m_process->processId() : 0;
}

QStringList SandboxProcess::arguments() const
{
    return QStringList{QStringLiteral("--data-dir"), dataDir(), QStringLiteral("--fast"),
                       QStringLiteral("--rate-limit"), QStringLiteral("0")}
    + m_extraArguments;
}

QByteArray SandboxProcess::standardError() const
{
    QFile file(m_tmp->filePath(QStringLiteral("sandbox.stderr")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool SandboxProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool SandboxProcess::start(int timeoutMs)
{
    if (isRunning())
        return true;
    m_error.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(QStringLiteral(GATEHOUSE_SANDBOX_EXE));
    m_process->setArguments(arguments());
    m_process->setStandardErrorFile(m_tmp->filePath(QStringLiteral("sandbox.stderr")), QIODevice::Append);
    QElapsedTimer timer;
    timer.start();
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(m_process->program(), m_process->errorString());
        return false;
    }
    QByteArray buffer;
    while (timer.elapsed() < timeoutMs) {
        if (!m_process->canReadLine() && !m_process->waitForReadyRead(200)) {
            if (m_process->state() == QProcess::NotRunning)
                break;
            continue;
        }
        while (m_process->canReadLine()) {
            const QByteArray line = m_process->readLine().trimmed();
            if (!line.startsWith("GATEHOUSE_SANDBOX "))
                continue;
            for (const QByteArray &part : line.split(' ')) {
                if (part.startsWith("url="))
                    m_url = QUrl(QString::fromUtf8(part.mid(4)));
                else if (part.startsWith("token="))
                    m_token = QString::fromUtf8(part.mid(6));
            }
            m_startupMs = timer.elapsed();
            return m_url.isValid() && !m_token.isEmpty();
        }
    }
    m_error = QStringLiteral("sandbox did not become ready (state %1): %2")
                      .arg(m_process->state())
                      .arg(QString::fromLocal8Bit(standardError().right(3000)));
    kill();
    return false;
}

int SandboxProcess::stop(int timeoutMs)
{
    if (!m_process)
        return -1;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(timeoutMs)) {
            m_process->kill();
            m_process->waitForFinished(5000);
            return -1;
        }
    }
    const int code = m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
    m_process.reset();
    return code;
}

void SandboxProcess::kill()
{
    if (!m_process)
        return;
    m_process->kill();
    m_process->waitForFinished(5000);
    m_process.reset();
}

bool SandboxProcess::restart(const QStringList &extraArguments)
{
    stop();
    m_extraArguments = extraArguments;
    return start();
}

SandboxProcess::Reply SandboxProcess::request(const QByteArray &method, const QString &pathAndQuery,
                                              const QString &bearer, const QByteArray &body,
                                              const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest req(QUrl(m_url.toString() + pathAndQuery));
    req.setRawHeader("Accept", "application/json");
    req.setRawHeader("Content-Type", "application/json");
    if (!bearer.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    for (const auto &h : headers)
        req.setRawHeader(h.first, h.second);
    QNetworkReply *reply = m_nam.sendCustomRequest(req, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    loop.exec();
    Reply out;
    if (!reply->isFinished()) {
        reply->abort();
        out.networkError = QStringLiteral("timeout");
    }
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    if (out.status == 0)
        out.networkError = reply->errorString();
    const QJsonDocument doc = QJsonDocument::fromJson(out.body);
    if (doc.isObject())
        out.json = doc.object();
    reply->deleteLater();
    return out;
}

SandboxProcess::Reply SandboxProcess::post(const QString &path, const QString &bearer, const QJsonObject &body)
{
    return request("POST", path, bearer, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxProcess::Reply SandboxProcess::patch(const QString &path, const QString &bearer, const QJsonObject &body)
{
    return request("PATCH", path, bearer, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

QString SandboxProcess::exchangeToken(const QString &apiToken)
{
    const QString token = apiToken.isEmpty() ? m_token : apiToken;
    const Reply r
            = request("POST", QStringLiteral("/v1/tokens/exchange"), QString(), QByteArrayLiteral("{}"),
                      {{QByteArrayLiteral("Authorization"), "Basic " + QByteArray(":" + token.toUtf8()).toBase64()}});
    return r.status == 200 ? r.json.value(QStringLiteral("token")).toString() : QString();
}

QString SandboxProcess::addonToken(const Database &db)
{
    const Reply r = post(QStringLiteral("/v1/apps/%1/addons/%2/token").arg(db.appId, db.addonId), db.jwt);
    return r.json.value(QStringLiteral("addon")).toObject().value(QStringLiteral("token")).toString();
}

bool SandboxProcess::discover(Database *db)
{
    db->jwt = exchangeToken();
    if (db->jwt.isEmpty())
        return false;
    const Reply list = get(QStringLiteral("/v1/databases"), db->jwt);
    const QJsonObject first = list.json.value(QStringLiteral("databases")).toArray().first().toObject();
    db->appId = first.value(QStringLiteral("id")).toString();
    db->appName = first.value(QStringLiteral("name")).toString();
    return discoverAddon(db);
}

bool SandboxProcess::discoverApp(const QString &appName, Database *db)
{
    db->jwt = exchangeToken();
    if (db->jwt.isEmpty())
        return false;
    const Reply app = get(QStringLiteral("/v1/apps/%1").arg(appName), db->jwt);
    db->appId = app.json.value(QStringLiteral("app")).toObject().value(QStringLiteral("id")).toString();
    db->appName = appName;
    return discoverAddon(db);
}

bool SandboxProcess::discoverAddon(Database *db)
{
    const Reply addons = get(QStringLiteral("/v1/apps/%1/addons").arg(db->appId), db->jwt);
    db->addonId = addons.json.value(QStringLiteral("addons"))
                          .toArray()
                          .first()
                          .toObject()
                          .value(QStringLiteral("id"))
                          .toString();
    db->addonToken = addonToken(*db);
    const Reply vars = get(QStringLiteral("/v1/apps/%1/variables?aliases=false").arg(db->appId), db->jwt);
    for (const QJsonValue v : vars.json.value(QStringLiteral("variables")).toArray()) {
        if (v.toObject().value(QStringLiteral("name")).toString() == QLatin1String("SCALINGO_POSTGRESQL_URL"))
            db->uri = v.toObject().value(QStringLiteral("value")).toString();
    }
    const QUrl uri(db->uri);
    db->host = uri.host();
    db->port = uri.port();
    db->pgDatabase = uri.path().mid(1);
    db->ownerUser = uri.userName();
    db->ownerPassword = uri.password();
    return !db->appId.isEmpty() && !db->addonId.isEmpty() && !db->addonToken.isEmpty() && db->port > 0;
}
