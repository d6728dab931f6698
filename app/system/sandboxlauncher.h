#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

#include <optional>
#include <utility>

/// Starts gatehouse-sandbox as a child process and reports its URL and API token once it accepts requests
/// (it prints one line "GATEHOUSE_SANDBOX url=... token=..."). stop() asks the child to stop (SIGTERM, which also
/// stops its PostgreSQL cluster) without waiting: the window stays responsive while PostgreSQL shuts down; SIGKILL
/// follows if it takes longer than stopTimeoutMs(). Only quitting waits (stopAndWait(), the destructor).
class SandboxLauncher : public QObject
{
    Q_OBJECT

public:
    explicit SandboxLauncher(QObject *parent = nullptr);
    ~SandboxLauncher() override;

    /// Looks next to the application, in the build tree and on PATH.
    static QString findExecutable(const QString &hint = QString());
    /// Parses the ready line; returns false when it is not one.
    static bool parseReadyLine(const QByteArray &line, QUrl *url, QString *token);

    /// Starts the child; if the previous one is still stopping, once it has exited (they share the data directory).
    void start(const QString &program, const QStringList &arguments = {});
    /// Asks the child to stop and returns at once; stopped() follows.
    void stop();
    /// Stops and waits (up to stopTimeoutMs(), then kills): for quitting.
    void stopAndWait();
    bool isRunning() const;
    /// The child is running or still stopping.
    bool isActive() const;
    void setStopTimeoutMs(int ms) { m_stopTimeoutMs = ms; }
    int stopTimeoutMs() const { return m_stopTimeoutMs; }
    QUrl url() const { return m_url; }
    QString token() const { return m_token; }

signals:
    void ready(const QUrl &url, const QString &token);
    void failed(const QString &message);
    /// The child exited after stop().
    void stopped();

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_stderrTail;
    QUrl m_url;
    QString m_token;
    bool m_ready = false;
    bool m_stopping = false;
    int m_stopTimeoutMs = 10000;
    QTimer *m_killTimer;
    /// A start() asked for while the previous child was still stopping.
    std::optional<std::pair<QString, QStringList>> m_pendingStart;
};
