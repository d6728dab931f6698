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
    /// When the rule expires (UTC, whole minutes), computed now; invalid for a permanent rule.
    QDateTime expiryUtc() const;
    /// The sentence shown under the choice (empty for a permanent rule).
    QString hint() const;

signals:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void update();

    QComboBox *m_combo;
    QDateTimeEdit *m_custom;
    QLabel *m_hint;
    Clock *m_clock;
};
