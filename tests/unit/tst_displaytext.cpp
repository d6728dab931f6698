// DisplayText::visible(): server and user text shown with every invisible or reordering character made visible
// (issue 12 items 3 and 8).
#include "domain/displaytext.h"

#include <QTest>

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void visible_data();
    void visible();
    void ordinaryTextIsUnchanged();
    void typedFormsGiveTheNameBack_data();
    void typedFormsGiveTheNameBack();
};

void TestDisplayText::visible_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain") << QStringLiteral("abcdef") << QStringLiteral("abcdef");
    QTest::newRow("html stays literal") << QStringLiteral("<h1>x</h1>") << QStringLiteral("<h1>x</h1>");
    QTest::newRow("trailing newline") << QStringLiteral("abcdef\n") << QStringLiteral("abcdef\u240a");
    QTest::newRow("NUL and tab") << (QStringLiteral("a") + QChar(0) + QStringLiteral("\tb"))
                                 << QStringLiteral("a\u2400\u2409b");
    QTest::newRow("DEL") << QStringLiteral("a\u007fb") << QStringLiteral("a\u2421b");
    QTest::newRow("C1") << QStringLiteral("a\u0085b") << QStringLiteral("a⟨U+0085⟩b");
    QTest::newRow("RLO") << QStringLiteral("abc\u202edef") << QStringLiteral("abc⟨U+202E⟩def");
    QTest::newRow("isolate") << QStringLiteral("\u2067x\u2069") << QStringLiteral("⟨U+2067⟩x⟨U+2069⟩");
    QTest::newRow("zero width") << QStringLiteral("a\u200bb\u200dc\ufeff") << QStringLiteral("a⟨U+200B⟩b⟨U+200D⟩c⟨U+FEFF⟩");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a⟨U+2028⟩b");
    QTest::newRow("tag character") << QStringLiteral("a\U000E0041") << QStringLiteral("a⟨U+E0041⟩");
}

void TestDisplayText::visible()
{
    QFETCH(QString, raw);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::visible(raw), shown);
    QCOMPARE(DisplayText::hasInvisible(raw), raw != shown);
}

void TestDisplayText::ordinaryTextIsUnchanged()
{
    for (const QString &text : {QStringLiteral("réunion"), QStringLiteral("שלום"), QStringLiteral("مرحبا"),
                                QStringLiteral("日本語"), QStringLiteral("\U0001F680 rocket"),
                                QStringLiteral("e\u0301") /* combining accent is visible */}) {
        QCOMPARE(DisplayText::visible(text), text);
        QVERIFY(!DisplayText::hasInvisible(text));
    }
}

void TestDisplayText::typedFormsGiveTheNameBack_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("trailing newline") << QStringLiteral("abcdef\n");
    QTest::newRow("RLO look-alike") << QStringLiteral("my_app\u202e_owner");
    QTest::newRow("NUL, DEL, C1") << (QStringLiteral("a") + QChar(0) + QStringLiteral("b\u007fc\u0085"));
    QTest::newRow("zero width") << QStringLiteral("abc\u200bdef");
    QTest::newRow("astral tag") << QStringLiteral("abc\U000E0041");
}

void TestDisplayText::typedFormsGiveTheNameBack()
{
    QFETCH(QString, name);
    QCOMPARE(DisplayText::fromTyped(DisplayText::typable(name)), name);
    QCOMPARE(DisplayText::fromTyped(DisplayText::visible(name)), name);
    QCOMPARE(DisplayText::fromTyped(DisplayText::typable(name).toLower()), name.toLower());
    QVERIFY(!DisplayText::hasInvisible(DisplayText::typable(name)));
    QCOMPARE(DisplayText::typable(QStringLiteral("abcdef\n")), QStringLiteral("abcdef<U+000A>"));
    QCOMPARE(DisplayText::fromTyped(QStringLiteral("abcdef\\n")), QStringLiteral("abcdef\n"));
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
