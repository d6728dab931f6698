#include "icons.h"

#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QSvgRenderer>

namespace {

// The SVGs are drawn with one placeholder colour; replacing it at paint time follows palette changes.
constexpr QLatin1String kPlaceholder("#4a5568");

class PaletteSvgEngine : public QIconEngine
{
public:
    explicit PaletteSvgEngine(QByteArray svg, QColor fixed = {}) : m_svg(std::move(svg)), m_fixed(fixed) { }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette pal = QGuiApplication::palette();
        const QColor colour = mode == QIcon::Disabled ? pal.color(QPalette::Disabled, QPalette::WindowText)
                : m_fixed.isValid()                   ? m_fixed
                : mode == QIcon::Selected             ? pal.color(QPalette::HighlightedText)
                                                      : pal.color(QPalette::WindowText);
        QByteArray data = m_svg;
        data.replace(QByteArray(kPlaceholder.data(), kPlaceholder.size()), colour.name().toLatin1());
        QSvgRenderer renderer(data);
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine *clone() const override { return new PaletteSvgEngine(m_svg, m_fixed); }

private:
    QByteArray m_svg;
    QColor m_fixed; // drawn on a coloured background (a destructive button) instead of the window
};

} // namespace

namespace Icons {

QIcon icon(const QString &name)
{
    return icon(name, QColor());
}

QIcon icon(const QString &name, const QColor &colour)
{
    static QHash<QString, QByteArray> cache;
    auto it = cache.find(name);
    if (it == cache.end()) {
        QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
        it = cache.insert(name, file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    if (it->isEmpty())
        return {};
    return QIcon(new PaletteSvgEngine(*it, colour));
}

QIcon appIcon()
{
    return QIcon(QStringLiteral(":/icons/app.svg"));
}

} // namespace Icons
