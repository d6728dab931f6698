// Icons are SVG drawn in the palette's text colour: readable on dark themes, sharp at any scale.
#include "icons.h"

#include <QApplication>
#include <QImage>
#include <QPalette>
#include <QTest>

namespace {

/// Average lightness of the opaque pixels, or -1 when the image is fully transparent.
double inkLightness(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                sum += c.lightness();
                ++count;
            }
        }
    }
    return count ? sum / count : -1;
}

QPalette paletteWithText(const QColor &window, const QColor &text)
{
    QPalette p = QApplication::palette();
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    return p;
}

} // namespace

class TestIcons : public QObject
{
    Q_OBJECT

private slots:
    void everyActionIconExists_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name :
             {"add", "delete", "refresh", "lock", "copy", "key", "shield", "users", "extension", "eye", "eye-off",
              "warning", "check", "search", "sign-out", "database", "globe", "info", "my-ip"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyActionIconExists()
    {
        QFETCH(QString, name);
        const QImage image = Icons::icon(name).pixmap(24, 24).toImage();
        QVERIFY2(inkLightness(image) >= 0, qPrintable(name + QStringLiteral(" renders nothing")));
    }

    void followsThePalette()
    {
        const QPalette original = QApplication::palette();
        QApplication::setPalette(paletteWithText(Qt::white, QColor(0x20, 0x20, 0x20)));
        const double onLight = inkLightness(Icons::icon(QStringLiteral("add")).pixmap(32, 32).toImage());
        QApplication::setPalette(paletteWithText(QColor(0x20, 0x20, 0x20), QColor(0xee, 0xee, 0xee)));
        const double onDark = inkLightness(Icons::icon(QStringLiteral("add")).pixmap(32, 32).toImage());
        QApplication::setPalette(original);
        QVERIFY2(onLight >= 0 && onLight < 80, qPrintable(QString::number(onLight)));
        QVERIFY2(onDark > 180, qPrintable(QString::number(onDark)));
    }

    void sharpAtDoubleScale()
    {
        // A 2x device pixel ratio renders the vector at 48 px, not a blurred 24 px bitmap.
        const QPixmap pm = Icons::icon(QStringLiteral("lock")).pixmap(QSize(48, 48));
        QCOMPARE(pm.size(), QSize(48, 48));
        const QImage image = pm.toImage();
        int partial = 0, solid = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int a = image.pixelColor(x, y).alpha();
                partial += a > 0 && a < 255;
                solid += a == 255;
            }
        }
        QVERIFY(solid > partial); // edges anti-aliased, strokes solid: not an upscaled 24 px image
    }

    void appIconHasItsOwnColours()
    {
        const QImage image = Icons::appIcon().pixmap(64, 64).toImage();
        QVERIFY(!image.isNull());
        QVERIFY(inkLightness(image) > 0);
    }
};

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
