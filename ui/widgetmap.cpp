#include "widgetmap.h"

#include <QApplication>
#include <QSaveFile>
#include <QTimer>
#include <QWidget>

bool WidgetMap::installFromEnvironment(QObject *parent)
{
    const QString path = qEnvironmentVariable("GATEHOUSE_WIDGET_MAP");
    if (path.isEmpty())
        return false;
    new WidgetMap(path, parent);
    return true;
}

WidgetMap::WidgetMap(const QString &path, QObject *parent) : QObject(parent), m_path(path), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &WidgetMap::write);
    m_timer->start(250);
}

void WidgetMap::write()
{
    QByteArray text;
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible())
            continue;
        const QByteArray windowClass = window->metaObject()->className();
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        widgets.prepend(window);
        for (QWidget *widget : std::as_const(widgets)) {
            if (widget->objectName().isEmpty() || !widget->isVisible() || widget->objectName().contains(u' '))
                continue;
            const QPoint topLeft = widget->mapToGlobal(QPoint(0, 0));
            text += windowClass + ' ' + widget->objectName().toUtf8() + ' ' + QByteArray::number(topLeft.x()) + ' '
                    + QByteArray::number(topLeft.y()) + ' ' + QByteArray::number(widget->width()) + ' '
                    + QByteArray::number(widget->height()) + '\n';
        }
    }
    if (text == m_last)
        return;
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly) && file.write(text) == text.size() && file.commit())
        m_last = text;
}
