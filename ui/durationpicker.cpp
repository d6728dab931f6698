#include "durationpicker.h"

#include "common/clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using Duration = RuleExpiry::Duration;

DurationPicker::DurationPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_custom(new QDateTimeEdit(this))
    , m_hint(new QLabel(this))
    , m_clock(Clock::system())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_combo);
    layout->addWidget(m_custom);
    layout->addWidget(m_hint);
    m_combo->setObjectName(QStringLiteral("durationCombo"));
    m_custom->setObjectName(QStringLiteral("expiryEdit"));
    m_hint->setObjectName(QStringLiteral("durationHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_custom->setCalendarPopup(true);
    m_custom->setTimeSpec(Qt::LocalTime);
    m_custom->setDateTime(defaultCustom());
    setFocusProxy(m_combo);
    // The full width of the form: the note below the choice then wraps on two lines, not six.
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    retranslate();
    m_combo->setCurrentIndex(0);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &DurationPicker::update);
    connect(m_custom, &QDateTimeEdit::dateTimeChanged, this, &DurationPicker::update);
    update();
}

void DurationPicker::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    m_custom->setDateTime(defaultCustom());
    update();
}

QDateTime DurationPicker::defaultCustom() const
{
    const QDateTime local = m_clock->nowUtc().toLocalTime().addDays(1);
    return QDateTime(local.date(), QTime(local.time().hour(), 0), Qt::LocalTime).addSecs(3600);
}

void DurationPicker::retranslate()
{
    const int current = std::max(0, m_combo->currentIndex());
    QSignalBlocker block(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("Permanent"), int(Duration::Permanent));
    m_combo->addItem(tr("1 hour"), int(Duration::OneHour));
    m_combo->addItem(tr("8 hours"), int(Duration::EightHours));
    m_combo->addItem(tr("Until the end of the day"), int(Duration::EndOfDay));
    m_combo->addItem(tr("7 days"), int(Duration::SevenDays));
    m_combo->addItem(tr("Until a date and time…"), int(Duration::Custom));
    m_combo->setCurrentIndex(current);
    m_combo->setAccessibleName(tr("Duration"));
    m_custom->setAccessibleName(tr("Expires at"));
    update();
}

void DurationPicker::setDuration(Duration duration)
{
    m_combo->setCurrentIndex(std::max(0, m_combo->findData(int(duration))));
}

Duration DurationPicker::duration() const
{
    return Duration(m_combo->currentData().toInt());
}

QDateTime DurationPicker::expiryUtc() const
{
    if (duration() == Duration::Custom) {
        // The minute shown, not one more: seconds the edit does not show must not move the expiry.
        const QDateTime chosen = m_custom->dateTime();
        const QTime time = chosen.time();
        return QDateTime(chosen.date(), QTime(time.hour(), time.minute()), Qt::LocalTime).toUTC();
    }
    return RuleExpiry::expiryFor(duration(), m_clock->nowUtc(), QTimeZone::systemTimeZone());
}

bool DurationPicker::isPast() const
{
    const QDateTime until = expiryUtc();
    return until.isValid() && until <= m_clock->nowUtc();
}

QString DurationPicker::hint() const
{
    const QDateTime until = expiryUtc();
    if (!until.isValid())
        return QString();
    const QLocale locale;
    const QDateTime local = until.toLocalTime();
    if (isPast())
        return tr("This time is already past: choose a later one.");
    const QString time = locale.toString(local.time(), QLocale::ShortFormat);
    if (local.date() == m_clock->nowUtc().toLocalTime().date())
        return tr("Gatehouse removes it at %1 if it is running, otherwise the next time someone opens this database "
                  "in Gatehouse.")
                .arg(time);
    return tr("Gatehouse removes it on %1 at %2 if it is running, otherwise the next time someone opens this database "
              "in Gatehouse.")
            .arg(locale.toString(local.date(), QLocale::ShortFormat), time);
}

void DurationPicker::update()
{
    m_custom->setVisible(duration() == Duration::Custom);
    const QString text = hint();
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
    updateGeometry();
    emit changed();
}

void DurationPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
