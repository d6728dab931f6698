#include "clipboardguard.h"

#include <QClipboard>
#include <QGuiApplication>

ClipboardGuard *ClipboardGuard::instance()
{
    static ClipboardGuard *guard = new ClipboardGuard(qApp);
    return guard;
}

ClipboardGuard::ClipboardGuard(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(30000);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearIfUnchanged);
    // Leaving the app must not leave a password behind.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearIfUnchanged);
}

void ClipboardGuard::copySecret(const QString &secret)
{
    m_secret = secret;
    QGuiApplication::clipboard()->setText(secret);
    m_timer.start();
}

void ClipboardGuard::setClearDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ClipboardGuard::clearIfUnchanged()
{
    if (m_secret.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_secret)
        clipboard->clear();
    m_secret.fill(QLatin1Char('\0'));
    m_secret.clear();
    emit cleared();
}
