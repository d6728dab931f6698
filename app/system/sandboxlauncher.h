#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

/// Starts gatehouse-sandbox as a child process and reports its URL and API token once it accepts requests
/// (it prints one line "GATEHOUSE_SANDBOX url=... token=..."). The child is stopped with SIGTERM when the launcher
/// is destroyed, which also stops its PostgreSQL cluster.
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

    void start(const QString &program, const QStringList &arguments = {});
    void stop();
    bool isRunning() const;
    QUrl url() const { return m_url; }
    QString token() const { return m_token; }

signals:
    void ready(const QUrl &url, const QString &token);
    void failed(const QString &message);

private:
    void readOutput();

    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_stderrTail;
    QUrl m_url;
    QString m_token;
    bool m_ready = false;
};
