#include "sandboxlauncher.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "platform.h"

SandboxLauncher::SandboxLauncher(QObject *parent) : QObject(parent), m_killTimer(new QTimer(this))
{
    m_killTimer->setSingleShot(true);
    connect(m_killTimer, &QTimer::timeout, this, [this] {
        // PostgreSQL's fast shutdown takes well under a second; don't let a stuck child linger.
        qCWarning(lcApi) << "the sandbox did not stop in time, killing it";
        m_process.kill();
    });
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    // If Gatehouse dies without cleaning up (crash, kill), the sandbox still gets SIGTERM and stops PostgreSQL.
    Platform::terminateChildWithParent(m_process);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SandboxLauncher::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, [this] {
        // Keep only the end of stderr: it explains a failed start (e.g. initdb errors).
        m_stderrTail += m_process.readAllStandardError();
        if (m_stderrTail.size() > 4096)
            m_stderrTail = m_stderrTail.right(4096);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit failed(tr("The local sandbox could not be started: %1").arg(m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        m_killTimer->stop();
        if (!m_ready) {
            const QString detail = QString::fromLocal8Bit(m_stderrTail).trimmed().section(QLatin1Char('\n'), -3);
            emit failed(tr("The local sandbox stopped before it was ready (exit code %1). %2").arg(code).arg(detail));
        }
        m_ready = false;
        if (std::exchange(m_stopping, false))
            emit stopped();
        if (m_pendingStart) {
            const auto [program, arguments] = *std::exchange(m_pendingStart, std::nullopt);
            // Not from inside QProcess's own finished() handling.
            QMetaObject::invokeMethod(
                    this, [this, program, arguments] { start(program, arguments); }, Qt::QueuedConnection);
        }
    });
}

SandboxLauncher::~SandboxLauncher()
{
    stopAndWait();
}

QString SandboxLauncher::findExecutable(const QString &hint)
{
    const QString name = QStringLiteral("gatehouse-sandbox");
    QStringList candidates;
    if (!hint.isEmpty())
        candidates << hint;
    const QString appDir = QCoreApplication::applicationDirPath();
    candidates << appDir + QLatin1Char('/') + name << appDir + QStringLiteral("/sandbox/") + name
               << appDir + QStringLiteral("/../sandbox/") + name;
    for (const QString &c : std::as_const(candidates)) {
        const QFileInfo info(c);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return QStandardPaths::findExecutable(name);
}

bool SandboxLauncher::parseReadyLine(const QByteArray &line, QUrl *url, QString *token)
{
    const QList<QByteArray> parts = line.trimmed().split(' ');
    if (parts.size() != 3 || parts[0] != "GATEHOUSE_SANDBOX" || !parts[1].startsWith("url=")
        || !parts[2].startsWith("token="))
        return false;
    const QUrl parsed(QString::fromUtf8(parts[1].mid(4)));
    const QString tok = QString::fromUtf8(parts[2].mid(6));
    if (!parsed.isValid() || parsed.host().isEmpty() || tok.isEmpty())
        return false;
    *url = parsed;
    *token = tok;
    return true;
}

void SandboxLauncher::start(const QString &program, const QStringList &arguments)
{
    if (isActive()) {
        m_pendingStart = std::make_pair(program, arguments);
        stop();
        return;
    }
    m_pendingStart.reset();
    m_buffer.clear();
    m_stderrTail.clear();
    m_ready = false;
    qCInfo(lcApi) << "starting sandbox" << program;
    m_process.start(program, arguments);
}

void SandboxLauncher::stop()
{
    if (m_process.state() == QProcess::NotRunning || m_stopping)
        return;
    m_stopping = true;
    m_ready = true; // an exit we asked for is not a failure
    m_process.terminate();
    m_killTimer->start(m_stopTimeoutMs);
}

void SandboxLauncher::stopAndWait()
{
    m_pendingStart.reset();
    if (m_process.state() == QProcess::NotRunning)
        return;
    stop();
    if (!m_process.waitForFinished(m_stopTimeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(1000);
    }
}

bool SandboxLauncher::isActive() const
{
    return m_process.state() != QProcess::NotRunning;
}

bool SandboxLauncher::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

void SandboxLauncher::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    int nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl);
        m_buffer.remove(0, nl + 1);
        if (!m_ready && parseReadyLine(line, &m_url, &m_token)) {
            m_ready = true;
            qCInfo(lcApi) << "sandbox ready at" << m_url.toString();
            emit ready(m_url, m_token);
        }
    }
}
