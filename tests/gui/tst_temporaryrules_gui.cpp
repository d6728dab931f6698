// Issue 17 item 1 through the widgets: the durations "New rule" offers (permanent, 1 hour, 8 hours, until the end of
// the day, 7 days, or a chosen date and time), the chosen date and time taken to the minute shown and written in UTC
// whatever this computer's time zone, a time already past refused, and the honest sentence about when Gatehouse
// removes the rule. Time is a TestClock.
#include "api/apiclient.h"
#include "common/clock.h"
#include "domain/ruleexpiry.h"
#include "durationpicker.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/expirysweeper.h"
#include "newruledialog.h"
#include "ruleexpiryactions.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QToolButton>
#include <QPushButton>
#include <QTest>

#include <ctime>

using Duration = RuleExpiry::Duration;

namespace {
const QDateTime kNow(QDate(2026, 12, 1), QTime(14, 2, 37), Qt::UTC);

/// Sets TZ for the scope (and back).
class ZoneScope
{
public:
    explicit ZoneScope(const QByteArray &zone) : m_saved(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~ZoneScope()
    {
        if (m_saved.isNull())
            qunsetenv("TZ");
        else
            qputenv("TZ", m_saved);
        tzset();
    }

private:
    QByteArray m_saved;
};
} // namespace

class TestTemporaryRulesGui : public QObject
{
    Q_OBJECT

private:
    struct Ui
    {
        DurationPicker *picker;
        QComboBox *combo;
        QDateTimeEdit *edit;
        QLabel *hint;
        QLineEdit *cidr;
        QLineEdit *label;
        QPushButton *ok;
    };

    static Ui find(QWidget &d)
    {
        return {d.findChild<DurationPicker *>(QStringLiteral("durationPicker")),
                d.findChild<QComboBox *>(QStringLiteral("durationCombo")),
                d.findChild<QDateTimeEdit *>(QStringLiteral("expiryEdit")),
                d.findChild<QLabel *>(QStringLiteral("durationHintLabel")),
                d.findChild<QLineEdit *>(QStringLiteral("cidrEdit")),
                d.findChild<QLineEdit *>(QStringLiteral("labelEdit")),
                d.findChild<QPushButton *>(QStringLiteral("addRuleButton"))};
    }

private slots:
    void offersTheIssueDurations()
    {
        DurationPicker picker;
        auto *combo = picker.findChild<QComboBox *>(QStringLiteral("durationCombo"));
        QVERIFY(combo);
        QList<Duration> offered;
        for (int i = 0; i < combo->count(); ++i)
            offered << Duration(combo->itemData(i).toInt());
        QCOMPARE(offered, (QList<Duration>{Duration::Permanent, Duration::OneHour, Duration::EightHours,
                                           Duration::EndOfDay, Duration::SevenDays, Duration::Custom}));
        QCOMPARE(picker.duration(), Duration::Permanent); // New rule's default
        QVERIFY(!picker.expiryUtc().isValid());
        QVERIFY(picker.hint().isEmpty());
        picker.setDuration(Duration::EightHours); // Allow my current IP's default
        QCOMPARE(picker.duration(), Duration::EightHours);
    }

    void fixedDurationsCountFromTheClock()
    {
        TestClock clock(kNow);
        DurationPicker picker;
        picker.setClock(&clock);
        picker.setDuration(Duration::OneHour);
        QCOMPARE(picker.expiryUtc(), QDateTime(QDate(2026, 12, 1), QTime(15, 3), Qt::UTC));
        picker.setDuration(Duration::SevenDays);
        QCOMPARE(picker.expiryUtc(), QDateTime(QDate(2026, 12, 8), QTime(14, 3), Qt::UTC));
        // Honest about the limit: removed then only if Gatehouse runs.
        QVERIFY2(picker.hint().contains(QStringLiteral("if it is running, otherwise the next time someone opens "
                                                       "this database in Gatehouse")),
                 qPrintable(picker.hint()));
    }

    void chosenDateAndTimeBecomesTheLabel_data()
    {
        QTest::addColumn<QByteArray>("zone");
        for (const char *zone : {"UTC", "Europe/Paris", "America/Los_Angeles", "Asia/Kolkata", "Pacific/Chatham"})
            QTest::newRow(zone) << QByteArray(zone);
    }

    void chosenDateAndTimeBecomesTheLabel()
    {
        QFETCH(QByteArray, zone);
        const ZoneScope scope(zone);
        TestClock clock(kNow);
        NewRuleDialog dialog;
        Ui ui = find(dialog);
        QVERIFY(ui.picker && ui.combo && ui.edit && ui.hint && ui.cidr && ui.label && ui.ok);
        ui.picker->setClock(&clock);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!ui.edit->isVisible());
        QTest::keyClicks(ui.cidr, QStringLiteral("203.0.113.0/24"));
        QTest::keyClicks(ui.label, QStringLiteral("Alice laptop"));
        // By keyboard: the last choice is "a chosen date and time".
        ui.combo->setFocus();
        QTest::keyClick(ui.combo, Qt::Key_End);
        QCOMPARE(ui.picker->duration(), Duration::Custom);
        QVERIFY(ui.edit->isVisible());
        // It starts tomorrow at a whole hour, with no hidden seconds.
        const QDateTime start = ui.edit->dateTime();
        QCOMPARE(start.time().second(), 0);
        QCOMPARE(start.time().minute(), 0);
        QVERIFY(start.toUTC() > kNow.addSecs(23 * 3600));
        // The person picks 3 December, 18:00 UTC as their clock shows it. Seconds the edit does not show (a value
        // carried over from elsewhere) do not move the expiry to 18:01.
        const QDateTime chosen(QDate(2026, 12, 3), QTime(18, 0), Qt::UTC);
        ui.edit->setDateTime(chosen.toLocalTime().addSecs(37));
        QCOMPARE(ui.picker->expiryUtc(), chosen);
        QVERIFY(ui.ok->isEnabled());
        QCOMPARE(dialog.rule().label, QStringLiteral("Alice laptop \u00B7 until 2026-12-03 18:00 UTC"));
        QVERIFY(ui.hint->isVisible());
        QVERIFY2(ui.hint->text().contains(QStringLiteral("if it is running")), qPrintable(ui.hint->text()));
        // Another day than today: the date, then the time.
        const QDateTime local = chosen.toLocalTime();
        QVERIFY2(ui.hint->text().contains(QStringLiteral(" on %1 at %2 ")
                                                  .arg(QLocale().toString(local.date(), QLocale::ShortFormat),
                                                       QLocale().toString(local.time(), QLocale::ShortFormat))),
                 qPrintable(ui.hint->text()));
    }

    void pastTimeIsRefused()
    {
        TestClock clock(kNow);
        NewRuleDialog dialog;
        Ui ui = find(dialog);
        ui.picker->setClock(&clock);
        dialog.show();
        QTest::keyClicks(ui.cidr, QStringLiteral("203.0.113.0/24"));
        ui.picker->setDuration(Duration::Custom);
        ui.edit->setDateTime(kNow.addSecs(-3600).toLocalTime());
        QVERIFY(ui.picker->isPast());
        QVERIFY(!ui.ok->isEnabled());
        QVERIFY2(ui.hint->text().contains(QStringLiteral("already past")), qPrintable(ui.hint->text()));
        ui.edit->setDateTime(kNow.addSecs(3600).toLocalTime());
        QVERIFY(!ui.picker->isPast());
        QVERIFY(ui.ok->isEnabled());
        // Back to permanent: the chosen time no longer matters.
        ui.picker->setDuration(Duration::Permanent);
        QVERIFY(!ui.edit->isVisible());
        QCOMPARE(dialog.rule().label, QString());
    }

    void expiryNoticeClearedWhenADatabaseIsOpened()
    {
        // "Removed 2 expired temporary rules" is about the database open then: opening one (again) starts afresh.
        QNetworkAccessManager nam;
        ApiClient client(&nam);
        DatabaseSession session(&client);
        QToolButton button;
        MessageBanner banner;
        RuleExpiryActions actions(&button, &banner);
        actions.setSession(&session);
        emit session.sweeper()->sweepFinished(session.ref(), 2, 0);
        QVERIFY2(banner.message().startsWith(QStringLiteral("Removed 2 expired")), qPrintable(banner.message()));
        emit session.opened();
        QCOMPARE(banner.message(), QString());
        QVERIFY(banner.isHidden());
    }
};

QTEST_MAIN(TestTemporaryRulesGui)
#include "tst_temporaryrules_gui.moc"
