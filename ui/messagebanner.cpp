#include "messagebanner.h"

#include "domain/displaytext.h"
#include "icons.h"

#include <QEvent>
#include <QPainter>
#include <QStyle>
#include <QTimer>

namespace {
constexpr int IconSize = 16;
constexpr int Padding = 6;
constexpr char KindProperty[] = "messageKind";

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}
} // namespace

MessageBanner::MessageBanner(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setContentsMargins(Padding + IconSize + Padding, Padding, Padding, Padding);
    connect(this, &QLabel::linkActivated, this, [this](const QString &href) {
        // hrefs are indexes into m_links: no text from anywhere but the app's own ids reaches the page.
        bool ok = false;
        const int index = href.toInt(&ok);
        if (ok && index >= 0 && index < m_links.size()) {
            const QString id = m_links.at(index).id;
            if (id == m_transient.id)
                clearTransientLink(); // offered once
            emit linkTriggered(id);
        }
    });
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QList<Link> &links)
{
    m_kind = kind;
    m_message = text;
    m_givenLinks = links;
    m_links = links;
    if (!m_transient.id.isEmpty())
        m_links.append(m_transient);
    if (text.isEmpty()) {
        clearMessage();
        return;
    }
    // Line breaks structure the app's own messages; every other invisible character is shown. (Pages pass names
    // through DisplayText::visible() first when a line break inside them must show as "␊".)
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = DisplayText::visible(line);
    const QString shown = lines.join(QLatin1Char('\n'));
    if (m_links.isEmpty()) {
        setTextFormat(Qt::PlainText);
        setTextInteractionFlags(Qt::TextSelectableByMouse);
        QLabel::setText(shown);
    } else {
        QStringList anchors;
        for (int i = 0; i < m_links.size(); ++i)
            anchors << QStringLiteral("<a href=\"%1\">%2</a>")
                               .arg(i)
                               .arg(DisplayText::visible(m_links.at(i).text).toHtmlEscaped());
        setTextFormat(Qt::RichText);
        setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
        QString html = shown.toHtmlEscaped();
        html.replace(QLatin1Char('\n'), QLatin1String("<br>"));
        QLabel::setText(html + QLatin1Char(' ') + anchors.join(QLatin1String(", ")));
    }
    applyKind();
    show();
}

void MessageBanner::setTransientLink(const Link &link, int msecs)
{
    if (!m_transientTimer) {
        m_transientTimer = new QTimer(this);
        m_transientTimer->setSingleShot(true);
        connect(m_transientTimer, &QTimer::timeout, this, &MessageBanner::clearTransientLink);
    }
    m_transient = link;
    m_transientTimer->start(msecs);
    if (!m_message.isEmpty())
        showMessage(m_kind, m_message, m_givenLinks);
}

void MessageBanner::clearTransientLink()
{
    if (m_transient.id.isEmpty())
        return;
    m_transient = Link();
    if (m_transientTimer)
        m_transientTimer->stop();
    if (!m_message.isEmpty())
        showMessage(m_kind, m_message, m_givenLinks);
}

void MessageBanner::clearMessage()
{
    m_message.clear();
    m_links.clear();
    m_givenLinks.clear();
    QLabel::setText(QString());
    hide();
}

void MessageBanner::applyKind()
{
    setProperty(KindProperty, int(m_kind));
    setAccessibleName(m_kind == Kind::Error             ? tr("Error")
                              : m_kind == Kind::Warning ? tr("Warning")
                                                        : tr("Information"));
    setAccessibleDescription(m_message);
    update();
}

void MessageBanner::paintEvent(QPaintEvent *event)
{
    {
        // A tint derived from the palette: readable in light and dark themes. The kind is also carried by the icon
        // and the accessible name, not by the hue alone.
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(m_kind == Kind::Info ? QPen(Qt::NoPen) : QPen(accent(palette(), m_kind), 1));
        painter.setBrush(tint(palette(), m_kind));
        painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        const QIcon icon = m_kind == Kind::Error ? style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this)
                : m_kind == Kind::Warning        ? Icons::icon(QStringLiteral("warning"))
                                                 : Icons::icon(QStringLiteral("info"));
        icon.paint(&painter, QRect(Padding, Padding + 1, IconSize, IconSize));
    }
    QLabel::paintEvent(event);
}

QColor MessageBanner::accent(const QPalette &palette, Kind kind)
{
    const QColor highlight = palette.color(QPalette::Active, QPalette::Highlight).toHsv();
    if (kind == Kind::Info && highlight.hsvHue() >= 0)
        return palette.color(QPalette::Active, QPalette::Highlight);
    // A grey highlight (no hue) still gives a colour; a very dark or very pale one a visible one.
    const float saturation = qMax(highlight.hsvSaturationF(), 0.6f);
    const float value = qBound(0.55f, highlight.valueF(), 0.85f);
    const float hue = kind == Kind::Error ? 0.0f : kind == Kind::Warning ? 40.0f / 360.0f : 210.0f / 360.0f;
    return QColor::fromHsvF(hue, saturation, value).toRgb();
}

QColor MessageBanner::tint(const QPalette &palette, Kind kind)
{
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    const qreal amount = kind == Kind::Error ? 0.24 : kind == Kind::Warning ? 0.24 : 0.12;
    return mix(window, accent(palette, kind), amount);
}

void MessageBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        update();
    else if (event->type() == QEvent::LanguageChange)
        applyKind();
    QLabel::changeEvent(event);
}

void MessageBanner::styleHint(QLabel *label, Kind kind)
{
    label->setProperty(KindProperty, int(kind));
    QFont font = label->font();
    font.setBold(kind == Kind::Error);
    font.setItalic(kind == Kind::Warning);
    label->setFont(font);
    label->setAccessibleDescription(kind == Kind::Error             ? tr("Error")
                                            : kind == Kind::Warning ? tr("Warning")
                                                                    : QString());
}

MessageBanner::Kind MessageBanner::hintKind(const QLabel *label)
{
    const QVariant kind = label->property(KindProperty);
    return kind.isValid() ? Kind(kind.toInt()) : Kind::Info;
}
