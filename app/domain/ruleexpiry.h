#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

/// The expiry of a temporary firewall rule, carried in its label because Scalingo's API has no expiry field:
/// `Alice laptop · until 2026-12-01 18:00 UTC`. The suffix is the same in every language and time zone (ISO 8601
/// date, 24-hour UTC time), so every copy of Gatehouse in a team reads it, and a person reads it in Scalingo's
/// dashboard. Parsing is strict: only the exact suffix with a real date is an expiry; anything that merely looks
/// like one (other separators, spaces, time zones, digits, seconds, impossible dates) is an ordinary label, so a
/// rule is never deleted because of a label another tool wrote.
class RuleExpiry
{
public:
    /// Generated labels stay within this length (the API documents no limit; the contract advises short labels).
    /// When a label is too long, the person's part is shortened, never the suffix.
    static constexpr int MaxLabelLength = 64;
    /// Length of " · until YYYY-MM-DD HH:MM UTC".
    static constexpr int SuffixLength = 29;

    /// What the user can choose in "New rule" and "Allow my current IP".
    enum class Duration { Permanent, OneHour, EightHours, EndOfDay, SevenDays, Custom };

    struct Parsed
    {
        QString person; ///< the label without the suffix (may be empty)
        QDateTime until; ///< UTC, whole minutes
    };

    /// The expiry of \a label, or nullopt when it is not one Gatehouse wrote (an ordinary, permanent label).
    static std::optional<Parsed> parse(const QString &label);
    static bool isTemporary(const QString &label) { return parse(label).has_value(); }
    /// \a person (trimmed, shortened to fit MaxLabelLength) followed by the suffix for \a untilUtc (seconds
    /// dropped). An empty person gives `until 2026-12-01 18:00 UTC`. An invalid \a untilUtc gives the person alone.
    static QString compose(const QString &person, const QDateTime &untilUtc);
    /// \a label without its expiry (the label of the rule made permanent); an ordinary label is returned as is.
    static QString personPart(const QString &label);
    /// \a label with its expiry replaced by (or, for an ordinary label, extended with) \a untilUtc.
    static QString withExpiry(const QString &label, const QDateTime &untilUtc);

    /// When a rule made now for \a duration expires: invalid for Permanent and Custom. Rounded up to the next whole
    /// minute (the label has no seconds) so the person gets at least what they chose. EndOfDay is 23:59 of today
    /// in \a zone (the user's time zone), converted to UTC.
    static QDateTime expiryFor(Duration duration, const QDateTime &nowUtc, const QTimeZone &zone);
    /// \a time rounded up to a whole minute, in UTC.
    static QDateTime ceilToMinute(const QDateTime &time);
};
