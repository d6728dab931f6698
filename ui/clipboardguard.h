#pragma once

#include <QObject>
#include <QTimer>

/// Copies secrets (passwords, connection strings) to the clipboard and clears them after a delay, but only if the
/// clipboard still holds that secret (the user may have copied something else since).
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static ClipboardGuard *instance();

    void copySecret(const QString &secret);
    void setClearDelay(int milliseconds);
    int clearDelay() const { return m_timer.interval(); }

signals:
    void cleared();

private:
    explicit ClipboardGuard(QObject *parent = nullptr);
    void clearIfUnchanged();

    QTimer m_timer;
    QString m_secret;
};
