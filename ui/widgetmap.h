#pragma once

#include <QObject>
#include <QString>

class QTimer;

/// GATEHOUSE_WIDGET_MAP=<file>: several times a second, writes where each visible named widget is on screen, one
/// line each: `<window class> <objectName> <x> <y> <width> <height>` (global coordinates). The screenshot scripts
/// click widgets by name from it (scripts/screenshots-lib.sh `at`), so a longer translation or a moved button does
/// not send a click elsewhere. Inert without the variable.
class WidgetMap : public QObject
{
    Q_OBJECT

public:
    /// Starts writing when the variable is set; returns whether it did.
    static bool installFromEnvironment(QObject *parent);

private:
    WidgetMap(const QString &path, QObject *parent);
    void write();

    QString m_path;
    QByteArray m_last;
    QTimer *m_timer;
};
