#pragma once
// Integration-test helper: runs the real gatehouse-sandbox binary on a throwaway data directory and talks to it
// synchronously. Shared by every integration test; usage:
//
//     SandboxProcess sandbox;                       // extra CLI arguments may be passed here
//     QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
//     SandboxProcess::Database db;
//     QVERIFY(sandbox.discover(&db));               // JWT -> databases -> addons -> addon token -> variables
//     auto reply = sandbox.get(QStringLiteral("/api/databases/%1/users").arg(db.addonId), db.addonToken);
//     QCOMPARE(reply.status, 200);
//
// The HTTP helpers spin a local QEventLoop (fine in tests, never in the application).

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

class SandboxProcess
{
public:
    /// One HTTP exchange. `status` is 0 when no HTTP answer arrived (see `networkError`).
    struct Reply
    {
        int status = 0;
        QByteArray body;
        QJsonObject json; // the body when it is a JSON object
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;

        QByteArray header(const QByteArray &name) const;
        /// The `error` string of an error body.
        QString error() const;
        /// The messages of `errors.<field>` in a 422 body.
        QStringList fieldErrors(const QString &field) const;
    };

    /// The provisioned database as a client discovers it through the API.
    struct Database
    {
        QString appId; // 24-hex DatabaseNG id == app id
        QString appName;
        QString addonId; // ad-<uuid>
        QString jwt; // user token used for discovery
        QString addonToken;
        QString uri; // SCALINGO_POSTGRESQL_URL
        QString host; // from the URI
        int port = 0;
        QString pgDatabase;
        QString ownerUser;
        QString ownerPassword;

        /// `/api/databases/<addon id><suffix>`, the database's DB API path.
        QString path(const QString &suffix = QString()) const;
    };

    /// `extraArguments` are appended to the defaults `--data-dir <tmp> --fast --rate-limit 0`
    /// (a later `--rate-limit N` wins). The data directory lives as long as this object.
    explicit SandboxProcess(const QStringList &extraArguments = {});
    ~SandboxProcess();

    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    /// Starts the binary and waits for its "GATEHOUSE_SANDBOX url=... token=..." line.
    bool start(int timeoutMs = 90000);
    /// SIGTERM and wait (the sandbox stops its PostgreSQL cluster too). Returns the exit code, -1 if it crashed.
    int stop(int timeoutMs = 60000);
    /// SIGKILL, like a crash: the cluster keeps running until the next start.
    void kill();
    /// stop() then start() on the same data directory, optionally with other extra arguments.
    bool restart(const QStringList &extraArguments);
    bool restart() { return restart(m_extraArguments); }

    bool isRunning() const;
    QString errorString() const { return m_error; }
    QUrl url() const { return m_url; }
    QString apiToken() const { return m_token; }
    QString dataDir() const;
    /// Use `<tmp>/<name>` as data directory instead of `<tmp>/data` (before start(); e.g. a very long path).
    void setDataDirName(const QString &name) { m_dataName = name; }
    /// A data directory outside the throwaway one, kept after this object (the benchmark reuses seeded clusters).
    void setDataDir(const QString &absolutePath) { m_dataPath = absolutePath; }
    /// The temporary directory holding the data directory and the stderr file.
    QString tempPath() const;
    /// The sandbox's process id while it runs (0 otherwise), e.g. to read its memory use.
    qint64 processId() const;
    /// Milliseconds from process start to the ready line, for the last start().
    qint64 startupMs() const { return m_startupMs; }
    /// Everything the sandbox wrote on stderr so far (it goes to a file in the data directory's parent).
    QByteArray standardError() const;

    /// POST /v1/tokens/exchange with HTTP Basic ":token"; empty on failure.
    QString exchangeToken(const QString &apiToken = QString());
    /// Walks the documented discovery chain; fills *db (incl. a fresh addon token) or returns false.
    bool discover(Database *db);
    /// The same chain for the app named `appName` (a classic addon's app: GET /v1/apps/{name} first).
    bool discoverApp(const QString &appName, Database *db);
    /// A new addon token for `db` (POST /v1/apps/{app}/addons/{addon}/token).
    QString addonToken(const Database &db);

    Reply request(const QByteArray &method, const QString &pathAndQuery, const QString &bearer = QString(),
                  const QByteArray &body = QByteArray(), const QList<QPair<QByteArray, QByteArray>> &headers = {},
                  int timeoutMs = 30000);
    Reply get(const QString &path, const QString &bearer) { return request("GET", path, bearer); }
    Reply post(const QString &path, const QString &bearer, const QJsonObject &body = {});
    Reply patch(const QString &path, const QString &bearer, const QJsonObject &body);
    Reply del(const QString &path, const QString &bearer) { return request("DELETE", path, bearer); }

private:
    QStringList arguments() const;
    bool discoverAddon(Database *db);

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<QProcess> m_process;
    QNetworkAccessManager m_nam;
    QStringList m_extraArguments;
    QString m_dataName = QStringLiteral("data");
    QString m_dataPath; ///< setDataDir(); empty: m_dataName in the throwaway directory
    QString m_error;
    QUrl m_url;
    QString m_token;
    qint64 m_startupMs = 0;
};
