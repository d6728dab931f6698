// The message banner's tint per kind (issue 13's shared banner, issue 16's screens): info, warning and error look
// different, each derived from the palette (no fixed colour), readable in a light and a dark theme, and the widget
// really paints with it.
#include "messagebanner.h"

#include <QImage>
#include <QPalette>

#include <QTest>
#include <cmath>

Q_DECLARE_METATYPE(MessageBanner::Kind)

namespace {
using Kind = MessageBanner::Kind;

qreal luminance(const QColor &c)
{
    auto channel = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

/// WCAG contrast ratio between two colours (1 to 21).
qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QPalette lightPalette()
{
    QPalette palette(QColor(0xef, 0xef, 0xef));
    palette.setColor(QPalette::WindowText, Qt::black);
    palette.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return palette;
}

QPalette darkPalette()
{
    QPalette palette(QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
    palette.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return palette;
}

bool close(const QColor &a, const QColor &b, int tolerance = 3)
{
    return qAbs(a.red() - b.red()) <= tolerance && qAbs(a.green() - b.green()) <= tolerance
            && qAbs(a.blue() - b.blue()) <= tolerance;
}
} // namespace

class TestMessageBanner : public QObject
{
    Q_OBJECT

private slots:
    void eachKindHasItsTint_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
        QTest::newRow("application") << QPalette();
    }

    void eachKindHasItsTint()
    {
        QFETCH(QPalette, palette);
        const QColor info = MessageBanner::tint(palette, Kind::Info);
        const QColor warning = MessageBanner::tint(palette, Kind::Warning);
        const QColor error = MessageBanner::tint(palette, Kind::Error);
        QVERIFY(!close(info, warning, 4));
        QVERIFY(!close(info, error, 4));
        QVERIFY(!close(warning, error, 4));
        // Text stays readable on every tint (WCAG AA for normal text).
        const QColor text = palette.color(QPalette::WindowText);
        for (const QColor &fill : {info, warning, error})
            QVERIFY2(
                    contrast(text, fill) >= 4.5,
                    qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), fill.name()).arg(contrast(text, fill))));
        // Recognisable hues: an error leans red, a warning amber (red and green over blue).
        QVERIFY(error.red() > error.green() && error.red() > error.blue());
        QVERIFY(warning.red() > warning.blue() && warning.green() > warning.blue());
        const QColor errorAccent = MessageBanner::accent(palette, Kind::Error).toHsv();
        QVERIFY(errorAccent.hsvHue() <= 10 || errorAccent.hsvHue() >= 350);
        const QColor warningAccent = MessageBanner::accent(palette, Kind::Warning).toHsv();
        QVERIFY(warningAccent.hsvHue() >= 25 && warningAccent.hsvHue() <= 55);
    }

    void derivedFromThePalette()
    {
        // A tint of the window colour: a dark theme gets a dark banner, a light one a light banner.
        QVERIFY(MessageBanner::tint(darkPalette(), Kind::Error).lightnessF() < 0.5);
        QVERIFY(MessageBanner::tint(lightPalette(), Kind::Error).lightnessF() > 0.5);
        // Info follows the theme's highlight colour.
        QPalette green = lightPalette();
        green.setColor(QPalette::Highlight, QColor(0x2e, 0xa0, 0x43));
        const QColor info = MessageBanner::tint(green, Kind::Info);
        QVERIFY(info.green() > info.red() && info.green() > info.blue());
        QCOMPARE(MessageBanner::accent(green, Kind::Info), QColor(0x2e, 0xa0, 0x43));
        // Warning and error keep the highlight's strength: a muted theme gets muted alerts.
        QPalette muted = lightPalette();
        muted.setColor(QPalette::Highlight, QColor::fromHsvF(0.6f, 0.65f, 0.6f));
        QVERIFY(MessageBanner::accent(muted, Kind::Error).valueF()
                < MessageBanner::accent(lightPalette(), Kind::Error).valueF());
        // A grey highlight (no hue) still gives coloured alerts.
        QPalette grey = lightPalette();
        grey.setColor(QPalette::Highlight, QColor(0x80, 0x80, 0x80));
        const QColor greyError = MessageBanner::tint(grey, Kind::Error);
        QVERIFY(greyError.red() > greyError.green());
    }

    void paintsWithItsTint_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::newRow("info") << Kind::Info;
        QTest::newRow("warning") << Kind::Warning;
        QTest::newRow("error") << Kind::Error;
    }

    void paintsWithItsTint()
    {
        QFETCH(Kind, kind);
        MessageBanner banner;
        banner.setPalette(lightPalette());
        banner.resize(400, 60);
        banner.showMessage(kind, QStringLiteral("x"));
        QVERIFY(banner.isVisible());
        QCOMPARE(banner.kind(), kind);
        const QImage image = banner.grab().toImage();
        // A point inside the rounded rectangle, away from the icon and the text.
        const QColor painted = image.pixelColor(image.width() - 8, image.height() / 2);
        QVERIFY2(close(painted, MessageBanner::tint(lightPalette(), kind)),
                 qPrintable(QStringLiteral("painted %1, expected %2")
                                    .arg(painted.name(), MessageBanner::tint(lightPalette(), kind).name())));
    }
};

QTEST_MAIN(TestMessageBanner)
#include "tst_messagebanner.moc"
