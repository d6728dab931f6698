#include "ruleexpiry.h"

#include "asciidigits.h"

namespace {

const QString kSeparator = QStringLiteral(" \u00B7 ");
const QString kUntil = QStringLiteral("until ");
const QString kUtc = QStringLiteral(" UTC");
// "until YYYY-MM-DD HH:MM UTC"
constexpr int kBareLength = 26;

/// Exactly \a count ASCII digits at \a from (no other Unicode digits: they are look-alikes).
std::optional<int> digits(const QString &text, int from, int count)
{
    int value = 0;
    for (int i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (!Ascii::isDigit(c))
            return std::nullopt;
        value = value * 10 + (c - u'0');
    }
    return value;
}

/// Parses "until YYYY-MM-DD HH:MM UTC" exactly (kBareLength characters starting at \a from).
std::optional<QDateTime> parseBare(const QString &text, int from)
{
    if (text.size() - from != kBareLength || QStringView(text).mid(from, 6) != kUntil)
        return std::nullopt;
    const int d = from + 6; // YYYY-MM-DD HH:MM
    const auto at = [&](int offset, QChar c) { return text.at(d + offset) == c; };
    if (!at(4, u'-') || !at(7, u'-') || !at(10, u' ') || !at(13, u':') || QStringView(text).mid(d + 16) != kUtc)
        return std::nullopt;
    const auto year = digits(text, d, 4), month = digits(text, d + 5, 2), day = digits(text, d + 8, 2);
    const auto hour = digits(text, d + 11, 2), minute = digits(text, d + 14, 2);
    if (!year || !month || !day || !hour || !minute || *year < 2000 || *hour > 23 || *minute > 59)
        return std::nullopt;
    const QDate date(*year, *month, *day);
    if (!date.isValid())
        return std::nullopt;
    return QDateTime(date, QTime(*hour, *minute), Qt::UTC);
}

/// The first \a max characters of \a text without cutting a surrogate pair, trailing spaces dropped.
QString shortened(const QString &text, int max)
{
    if (text.size() <= max)
        return text;
    int end = max;
    if (end > 0 && text.at(end - 1).isHighSurrogate())
        --end;
    return text.left(end).trimmed();
}

} // namespace

std::optional<RuleExpiry::Parsed> RuleExpiry::parse(const QString &label)
{
    if (label.size() == kBareLength) {
        if (const auto until = parseBare(label, 0))
            return Parsed{QString(), *until};
        return std::nullopt;
    }
    if (label.size() <= SuffixLength)
        return std::nullopt; // a separator with nothing before it is not ours
    const int start = int(label.size()) - SuffixLength;
    if (QStringView(label).mid(start, kSeparator.size()) != kSeparator)
        return std::nullopt;
    const auto until = parseBare(label, start + int(kSeparator.size()));
    if (!until)
        return std::nullopt;
    return Parsed{label.left(start), *until};
}

QString RuleExpiry::compose(const QString &person, const QDateTime &untilUtc)
{
    const QString trimmed = person.trimmed();
    if (!untilUtc.isValid())
        return trimmed;
    const QString stamp = kUntil + untilUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + kUtc;
    const QString kept = shortened(trimmed, MaxLabelLength - SuffixLength);
    return kept.isEmpty() ? stamp : kept + kSeparator + stamp;
}

QString RuleExpiry::personPart(const QString &label)
{
    const std::optional<Parsed> parsed = parse(label);
    return parsed ? parsed->person : label;
}

QString RuleExpiry::withExpiry(const QString &label, const QDateTime &untilUtc)
{
    return compose(personPart(label), untilUtc);
}

QDateTime RuleExpiry::ceilToMinute(const QDateTime &time)
{
    QDateTime utc = time.toUTC();
    const QTime t = utc.time();
    const bool exact = t.second() == 0 && t.msec() == 0;
    utc.setTime(QTime(t.hour(), t.minute()));
    return exact ? utc : utc.addSecs(60);
}

QDateTime RuleExpiry::expiryFor(Duration duration, const QDateTime &nowUtc, const QTimeZone &zone)
{
    switch (duration) {
    case Duration::Permanent:
    case Duration::Custom:
        return {};
    case Duration::OneHour:
        return ceilToMinute(nowUtc.addSecs(3600));
    case Duration::EightHours:
        return ceilToMinute(nowUtc.addSecs(8 * 3600));
    case Duration::SevenDays:
        return ceilToMinute(nowUtc.addDays(7));
    case Duration::EndOfDay: {
        const QDateTime local = nowUtc.toTimeZone(zone);
        const QDateTime end(local.date(), QTime(23, 59), zone);
        return ceilToMinute(end < nowUtc ? nowUtc : end);
    }
    }
    return {};
}
