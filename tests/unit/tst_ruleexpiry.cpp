// RuleExpiry: the label codec of temporary rules (strict parsing against hostile and look-alike labels, the label
// limit, other tools' labels) and the durations offered in "New rule" / "Allow my current IP".
#include "domain/ruleexpiry.h"

#include <QLocale>
#include <QTest>

#include <cstdlib>
#include <ctime>

class TestRuleExpiry : public QObject
{
    Q_OBJECT

private slots:
    void parsesOwnLabels_data();
    void parsesOwnLabels();
    void rejectsLookAlikes_data();
    void rejectsLookAlikes();
    void composeFitsTheLimitAndKeepsTheSuffix();
    void composeRoundTrips();
    void extendAndMakePermanent();
    void durations();
    void endOfDayIsLocalMidnightInUtc();
    void sameLabelInEveryLanguageAndZone();
};

namespace {
QDateTime utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}
} // namespace

void TestRuleExpiry::parsesOwnLabels_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QDateTime>("until");
    QTest::newRow("issue example") << QStringLiteral("Alice laptop \u00B7 until 2026-12-01 18:00 UTC")
                                   << QStringLiteral("Alice laptop") << utc(2026, 12, 1, 18, 0);
    QTest::newRow("no person") << QStringLiteral("until 2027-01-31 00:05 UTC") << QString() << utc(2027, 1, 31, 0, 5);
    QTest::newRow("leap day") << QStringLiteral("x \u00B7 until 2028-02-29 23:59 UTC") << QStringLiteral("x")
                              << utc(2028, 2, 29, 23, 59);
    QTest::newRow("person with a dot of its own") << QStringLiteral("a \u00B7 b \u00B7 until 2026-12-01 18:00 UTC")
                                                  << QStringLiteral("a \u00B7 b") << utc(2026, 12, 1, 18, 0);
    QTest::newRow("earlier suffix kept in the person")
            << QStringLiteral("x \u00B7 until 2026-01-01 00:00 UTC \u00B7 until 2027-01-01 00:00 UTC")
            << QStringLiteral("x \u00B7 until 2026-01-01 00:00 UTC") << utc(2027, 1, 1, 0, 0);
    QTest::newRow("accents and emoji") << QStringLiteral("Zoé 😀 \u00B7 until 2026-12-01 18:00 UTC")
                                       << QStringLiteral("Zoé 😀") << utc(2026, 12, 1, 18, 0);
}

void TestRuleExpiry::parsesOwnLabels()
{
    QFETCH(QString, label);
    QFETCH(QString, person);
    QFETCH(QDateTime, until);
    const auto parsed = RuleExpiry::parse(label);
    QVERIFY(parsed);
    QCOMPARE(parsed->person, person);
    QCOMPARE(parsed->until, until);
    QCOMPARE(parsed->until.timeSpec(), Qt::UTC);
    QVERIFY(RuleExpiry::isTemporary(label));
}

void TestRuleExpiry::rejectsLookAlikes_data()
{
    QTest::addColumn<QString>("label");
    const QString dot = QStringLiteral("\u00B7");
    const auto row = [](const char *name, const QString &label) { QTest::newRow(name) << label; };
    row("empty", QString());
    row("plain", QStringLiteral("Office network"));
    row("word until", QStringLiteral("Valid until further notice"));
    row("local time zone", QStringLiteral("A \u00B7 until 2026-12-01 18:00 CET"));
    row("no zone", QStringLiteral("A \u00B7 until 2026-12-01 18:00"));
    row("utc lower case", QStringLiteral("A \u00B7 until 2026-12-01 18:00 utc"));
    row("Until capitalised", QStringLiteral("A \u00B7 Until 2026-12-01 18:00 UTC"));
    row("French", QStringLiteral("A \u00B7 jusqu'au 2026-12-01 18:00 UTC"));
    row("hyphen instead of dot", QStringLiteral("A - until 2026-12-01 18:00 UTC"));
    row("bullet instead of dot", QStringLiteral("A \u2022 until 2026-12-01 18:00 UTC"));
    row("katakana middle dot", QStringLiteral("A \u30FB until 2026-12-01 18:00 UTC"));
    row("no-break space", QStringLiteral("A\u00A0\u00B7 until 2026-12-01 18:00 UTC"));
    row("double space", QStringLiteral("A \u00B7 until  2026-12-01 18:00 UTC"));
    row("trailing space", QStringLiteral("A \u00B7 until 2026-12-01 18:00 UTC "));
    row("trailing newline", QStringLiteral("A \u00B7 until 2026-12-01 18:00 UTC\n"));
    row("leading separator only", QStringLiteral(" \u00B7 until 2026-12-01 18:00 UTC"));
    row("seconds", QStringLiteral("A \u00B7 until 2026-12-01 18:00:00 UTC"));
    row("T separator", QStringLiteral("A \u00B7 until 2026-12-01T18:00 UTC"));
    row("Z suffix", QStringLiteral("A \u00B7 until 2026-12-01T18:00Z"));
    row("slashes", QStringLiteral("A \u00B7 until 2026/12/01 18:00 UTC"));
    row("day first", QStringLiteral("A \u00B7 until 01-12-2026 18:00 UTC"));
    row("month 13", QStringLiteral("A \u00B7 until 2026-13-01 18:00 UTC"));
    row("February 30", QStringLiteral("A \u00B7 until 2026-02-30 18:00 UTC"));
    row("February 29 of a common year", QStringLiteral("A \u00B7 until 2027-02-29 18:00 UTC"));
    row("hour 24", QStringLiteral("A \u00B7 until 2026-12-01 24:00 UTC"));
    row("minute 60", QStringLiteral("A \u00B7 until 2026-12-01 18:60 UTC"));
    row("day 00", QStringLiteral("A \u00B7 until 2026-12-00 18:00 UTC"));
    row("year 1999", QStringLiteral("A \u00B7 until 1999-12-01 18:00 UTC"));
    row("Arabic-Indic digits", QStringLiteral("A \u00B7 until \u0662\u0660\u0662\u0666-12-01 18:00 UTC"));
    row("fullwidth digits", QStringLiteral("A \u00B7 until \uFF12\uFF10\uFF12\uFF16-12-01 18:00 UTC"));
    row("sign in the year", QStringLiteral("A \u00B7 until +026-12-01 18:00 UTC"));
    row("space in the hour", QStringLiteral("A \u00B7 until 2026-12-01  8:00 UTC"));
    row("bare with person glued", QStringLiteral("Auntil 2026-12-01 18:00 UTC"));
    row("bare with a space before", QStringLiteral(" until 2026-12-01 18:00 UTC"));
    row("suffix in the middle", QStringLiteral("A \u00B7 until 2026-12-01 18:00 UTC and more"));
    row("zero-width space", QStringLiteral("A \u00B7 until 2026-12-01 18:00\u200B UTC"));
    row("right-to-left override", QStringLiteral("A \u00B7 until 2026-12-01 18:00 \u202EUTC"));
    row("NUL", QStringLiteral("A \u00B7 until 2026-12-01 18:00 UTC").replace(QLatin1Char(':'), QChar(0)));
    row("dot only", dot);
}

void TestRuleExpiry::rejectsLookAlikes()
{
    QFETCH(QString, label);
    QVERIFY(!RuleExpiry::parse(label));
    QCOMPARE(RuleExpiry::personPart(label), label); // an ordinary label is left alone
}

void TestRuleExpiry::composeFitsTheLimitAndKeepsTheSuffix()
{
    const QDateTime until = utc(2026, 12, 1, 18, 0);
    QCOMPARE(RuleExpiry::compose(QStringLiteral("  Alice laptop "), until),
             QStringLiteral("Alice laptop \u00B7 until 2026-12-01 18:00 UTC"));
    QCOMPARE(RuleExpiry::compose(QString(), until), QStringLiteral("until 2026-12-01 18:00 UTC"));
    QCOMPARE(RuleExpiry::compose(QStringLiteral("Alice"), QDateTime()), QStringLiteral("Alice"));
    // Seconds are dropped, the time converted to UTC.
    QCOMPARE(RuleExpiry::compose(QStringLiteral("A"),
                                 QDateTime(QDate(2026, 12, 1), QTime(19, 0, 42), Qt::OffsetFromUTC, 3600)),
             QStringLiteral("A \u00B7 until 2026-12-01 18:00 UTC"));

    const QString longName = QStringLiteral("The laptop of the new intern in the marketing department, second floor");
    const QString label = RuleExpiry::compose(longName, until);
    QCOMPARE(label.size(), RuleExpiry::MaxLabelLength);
    QVERIFY(label.endsWith(QStringLiteral(" \u00B7 until 2026-12-01 18:00 UTC")));
    QVERIFY(longName.startsWith(RuleExpiry::parse(label)->person));
    // Cut where a space was: no trailing space before the separator.
    const QString spaced = RuleExpiry::compose(QStringLiteral("%1 tail").arg(QString(34, QLatin1Char('a'))), until);
    QCOMPARE(RuleExpiry::parse(spaced)->person, QString(34, QLatin1Char('a')));
    // Never half of a surrogate pair.
    const QString emoji = QString(20, QLatin1Char('x')).append(QStringLiteral("😀😀😀😀😀😀😀😀😀😀"));
    const auto parsed = RuleExpiry::parse(RuleExpiry::compose(emoji, until));
    QVERIFY(parsed);
    QVERIFY(!parsed->person.back().isHighSurrogate());
    QVERIFY(parsed->person.size() <= RuleExpiry::MaxLabelLength - RuleExpiry::SuffixLength);
}

void TestRuleExpiry::composeRoundTrips()
{
    const QDateTime until = utc(2031, 7, 14, 9, 30);
    for (const QString &person : {QStringLiteral("Alice"), QString(), QStringLiteral("Zoé 😀"),
                                  QStringLiteral("x \u00B7 until 2026-01-01 00:00 UTC")}) {
        const auto parsed = RuleExpiry::parse(RuleExpiry::compose(person, until));
        QVERIFY2(parsed, qPrintable(person));
        QCOMPARE(parsed->person, person);
        QCOMPARE(parsed->until, until);
    }
}

void TestRuleExpiry::extendAndMakePermanent()
{
    const QString label = QStringLiteral("Alice laptop \u00B7 until 2026-12-01 18:00 UTC");
    QCOMPARE(RuleExpiry::withExpiry(label, utc(2026, 12, 2, 2, 0)),
             QStringLiteral("Alice laptop \u00B7 until 2026-12-02 02:00 UTC"));
    QCOMPARE(RuleExpiry::personPart(label), QStringLiteral("Alice laptop"));
    QCOMPARE(RuleExpiry::withExpiry(label, QDateTime()), QStringLiteral("Alice laptop"));
    QCOMPARE(RuleExpiry::withExpiry(QStringLiteral("until 2026-12-01 18:00 UTC"), QDateTime()), QString());
    // Another tool's label becomes temporary without losing its text.
    QCOMPARE(RuleExpiry::withExpiry(QStringLiteral("Office - until Friday"), utc(2026, 12, 4, 17, 0)),
             QStringLiteral("Office - until Friday \u00B7 until 2026-12-04 17:00 UTC"));
}

void TestRuleExpiry::durations()
{
    const QDateTime now = utc(2026, 12, 1, 14, 2, 37);
    const QTimeZone zone = QTimeZone::utc();
    using D = RuleExpiry::Duration;
    QVERIFY(!RuleExpiry::expiryFor(D::Permanent, now, zone).isValid());
    QVERIFY(!RuleExpiry::expiryFor(D::Custom, now, zone).isValid());
    // Rounded up: at least the chosen time.
    QCOMPARE(RuleExpiry::expiryFor(D::OneHour, now, zone), utc(2026, 12, 1, 15, 3));
    QCOMPARE(RuleExpiry::expiryFor(D::EightHours, now, zone), utc(2026, 12, 1, 22, 3));
    QCOMPARE(RuleExpiry::expiryFor(D::SevenDays, now, zone), utc(2026, 12, 8, 14, 3));
    QCOMPARE(RuleExpiry::expiryFor(D::OneHour, utc(2026, 12, 1, 14, 2), zone), utc(2026, 12, 1, 15, 2));
}

void TestRuleExpiry::endOfDayIsLocalMidnightInUtc()
{
    using D = RuleExpiry::Duration;
    // Paris in winter is UTC+1: 23:59 there is 22:59 UTC.
    const QTimeZone paris("Europe/Paris");
    QVERIFY(paris.isValid());
    QCOMPARE(RuleExpiry::expiryFor(D::EndOfDay, utc(2026, 12, 1, 14, 2), paris), utc(2026, 12, 1, 22, 59));
    // 23:30 UTC is already tomorrow in Paris: the end of *that* day.
    QCOMPARE(RuleExpiry::expiryFor(D::EndOfDay, utc(2026, 12, 1, 23, 30), paris), utc(2026, 12, 2, 22, 59));
    // New York (UTC-5): 23:59 local is 04:59 UTC the next day.
    const QTimeZone newYork("America/New_York");
    QCOMPARE(RuleExpiry::expiryFor(D::EndOfDay, utc(2026, 12, 1, 14, 2), newYork), utc(2026, 12, 2, 4, 59));
}

void TestRuleExpiry::sameLabelInEveryLanguageAndZone()
{
    // Whoever makes the rule, wherever and in whatever language: the same instant gives the same label, which every
    // other copy reads back as the same instant. Locales with their own digits and calendars (Arabic, Persian, Thai)
    // and zones with odd offsets (Kolkata +5:30, Chatham +13:45, Lord Howe's half-hour DST) are the traps.
    const QByteArray savedTz = qgetenv("TZ");
    const QLocale savedLocale;
    const QDateTime instant = utc(2026, 12, 1, 18, 0);
    const QString expected = QStringLiteral("Alice laptop \u00B7 until 2026-12-01 18:00 UTC");
    const QDateTime now = utc(2026, 12, 1, 14, 2, 37);
    for (const char *zone : {"UTC", "Europe/Paris", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Chatham",
                             "Australia/Lord_Howe"}) {
        qputenv("TZ", zone);
        tzset();
        for (const char *language : {"en_US", "fr_FR", "ar_EG", "fa_IR", "th_TH", "hi_IN", "de_DE"}) {
            QLocale::setDefault(QLocale(QString::fromLatin1(language)));
            const QString where = QStringLiteral("%1, %2").arg(QLatin1String(zone), QLatin1String(language));
            // The instant as the person's computer holds it: local time.
            const QDateTime local = instant.toLocalTime();
            QCOMPARE(local.timeSpec(), Qt::LocalTime);
            QVERIFY2(RuleExpiry::compose(QStringLiteral("Alice laptop"), local) == expected, qPrintable(where));
            const auto parsed = RuleExpiry::parse(expected);
            QVERIFY2(parsed && parsed->until == instant && parsed->person == QStringLiteral("Alice laptop"),
                     qPrintable(where));
            // The offered durations count from the same instant everywhere (except "end of the day", which is the
            // end of the person's own day, and still written in UTC).
            using D = RuleExpiry::Duration;
            QCOMPARE(RuleExpiry::expiryFor(D::OneHour, now.toLocalTime(), QTimeZone::systemTimeZone()),
                     utc(2026, 12, 1, 15, 3));
            QCOMPARE(RuleExpiry::compose(QString(), RuleExpiry::expiryFor(D::SevenDays, now.toLocalTime(),
                                                                          QTimeZone::systemTimeZone())),
                     QStringLiteral("until 2026-12-08 14:03 UTC"));
            const QDateTime endOfDay = RuleExpiry::expiryFor(D::EndOfDay, now, QTimeZone::systemTimeZone());
            const QString endLabel = RuleExpiry::compose(QString(), endOfDay);
            QVERIFY2(RuleExpiry::parse(endLabel) && RuleExpiry::parse(endLabel)->until == endOfDay,
                     qPrintable(where + QStringLiteral(": ") + endLabel));
            QCOMPARE(endOfDay.toTimeZone(QTimeZone::systemTimeZone()).time(), QTime(23, 59));
        }
    }
    QLocale::setDefault(savedLocale);
    if (savedTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", savedTz);
    tzset();
}

QTEST_GUILESS_MAIN(TestRuleExpiry)
#include "tst_ruleexpiry.moc"
