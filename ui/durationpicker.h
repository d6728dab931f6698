#pragma once

#include "domain/ruleexpiry.h"

#include <QDateTime>
#include <QWidget>

class Clock;
class QComboBox;
class QDateTimeEdit;
class QLabel;

/// How long a new firewall rule lasts: permanent, 1 hour, 8 hours, until the end of the day, 7 days, or a chosen
/// date and time (local). Says honestly when and how the rule goes away. Used by the New rule dialog.
class DurationPicker : public QWidget
{
    Q_OBJECT

public:
    explicit DurationPicker(QWidget *parent = nullptr);

    void setClock(Clock *clock);
    void setDuration(RuleExpiry::Duration duration);
    RuleExpiry::Duration duration() const;
    /// When the rule expires (UTC, whole minutes), computed now; invalid for a permanent rule. A chosen date and time
    /// is taken to the minute shown (the edit has no seconds), in this computer's time zone.
    QDateTime expiryUtc() const;
    /// A chosen date and time that is already past (the rule would be deleted at once): the dialog refuses it.
    bool isPast() const;
    /// The sentence shown under the choice (empty for a permanent rule).
    QString hint() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();
    /// Tomorrow at the next whole hour (local time): a sensible start for "a chosen date and time".
    QDateTime defaultCustom() const;

    QComboBox *m_combo;
    QDateTimeEdit *m_custom;
    QLabel *m_hint;
    Clock *m_clock;
};
