#include "bulkrules.h"

#include "cidrrelations.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr int kMaxLabelLength = 100; // the API's limit, as in the New rule dialog

// Anything that looks meant as an address, valid or not, so a typo is shown as invalid instead of vanishing:
// dotted numbers with an optional prefix or port, or an IPv6-looking group of hex fields.
const QRegularExpression &candidatePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
            R"((?<![\w.:/])(?:\d+(?:\.\d+)+(?:\s*/\s*\d*)?(?::\d+)?|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:/\d+)?)(?![\w.:/]))"));
    return pattern;
}

bool isClockTime(const QString &token)
{
    static const QRegularExpression time(QStringLiteral(R"(^\d{1,2}:\d{2}(:\d{2})?$)"));
    return time.match(token).hasMatch();
}

QString labelFrom(QString rest)
{
    // Cells of a copied table (tabs, pipes, commas, semicolons) become one label; separators around it go.
    static const QRegularExpression cells(QStringLiteral(R"([\t|,;]+)"));
    rest.replace(cells, QStringLiteral(" "));
    rest.remove(QLatin1Char('"')); // CSV quoting
    rest = rest.simplified();
    static const QRegularExpression edges(QStringLiteral(R"(^[\s\-–—:#=*]+|[\s\-–—:#=*]+$)"));
    rest.remove(edges);
    return rest.left(kMaxLabelLength).trimmed();
}

} // namespace

NewFirewallRule BulkRuleLine::rule() const
{
    NewFirewallRule rule;
    rule.type = FirewallRule::Type::Custom;
    rule.cidr = cidr ? cidr->toString() : text;
    rule.label = label;
    return rule;
}

QList<BulkRuleLine> BulkRules::parse(const QString &text, int *skipped)
{
    QList<BulkRuleLine> result;
    int skippedLines = 0;
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\r\n|\r|\n")));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (line.trimmed().isEmpty())
            continue;
        QList<QRegularExpressionMatch> matches;
        auto it = candidatePattern().globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString token = match.captured(0);
            static const QRegularExpression hexDigit(QStringLiteral("[0-9A-Fa-f]"));
            if (!isClockTime(token) && token.contains(hexDigit))
                matches.append(match);
        }
        // "v1.2" or "3.5" in a label next to a real address is part of the label, not a broken address.
        const auto isFull = [](const QRegularExpressionMatch &m) {
            const QString token = m.captured(0);
            return token.count(QLatin1Char('.')) >= 3 || token.contains(QLatin1Char('/'))
                    || token.contains(QLatin1Char(':'));
        };
        if (std::any_of(matches.cbegin(), matches.cend(), isFull))
            matches.erase(std::remove_if(matches.begin(), matches.end(), [&](const auto &m) { return !isFull(m); }),
                          matches.end());
        QList<BulkRuleLine> found;
        QString rest = line;
        for (auto m = matches.crbegin(); m != matches.crend(); ++m) // from the end, so offsets stay valid
            rest.remove(m->capturedStart(0), m->capturedLength(0));
        for (const QRegularExpressionMatch &match : std::as_const(matches)) {
            BulkRuleLine entry;
            entry.lineNumber = i + 1;
            entry.text = match.captured(0).simplified();
            QString error;
            entry.cidr = Cidr::parse(entry.text, &error);
            if (!entry.cidr) {
                entry.verdict = BulkRuleLine::Verdict::Invalid;
                entry.reason = error;
            }
            found.append(entry);
        }
        if (found.isEmpty()) {
            ++skippedLines;
            continue;
        }
        if (found.size() == 1)
            found.first().label = labelFrom(rest);
        result.append(found);
    }
    if (skipped)
        *skipped = skippedLines;
    return result;
}

void BulkRules::review(QList<BulkRuleLine> &lines, const QList<FirewallRule> &existing, int maxRules)
{
    using Verdict = BulkRuleLine::Verdict;
    int room = maxRules - int(existing.size());
    for (int i = 0; i < lines.size(); ++i) {
        BulkRuleLine &line = lines[i];
        line.reason.clear();
        if (!line.cidr) {
            QString error;
            Cidr::parse(line.text, &error);
            line.verdict = Verdict::Invalid;
            line.reason = error;
            line.selected = false;
            continue;
        }
        const Cidr cidr = *line.cidr;
        line.verdict = Verdict::Ok;
        if (cidr.hasHostBits()) {
            line.verdict = Verdict::Invalid;
            line.reason = tr("Not a network address: its host bits are set. The network is %1.")
                                  .arg(cidr.network().toString());
        } else if (cidr.prefix() == 0) {
            line.verdict = Verdict::Invalid;
            line.reason = tr("0.0.0.0/0 turns the firewall off: add it alone with New rule, which asks for a "
                             "confirmation.");
        }
        for (int j = 0; j < i && line.verdict == Verdict::Ok; ++j) {
            if (lines.at(j).cidr && *lines.at(j).cidr == cidr) {
                line.verdict = Verdict::Duplicate;
                line.reason = tr("Same network as line %1.").arg(lines.at(j).lineNumber);
            }
        }
        QStringList covers;
        for (const CidrRelation &relation : CidrRelation::of(cidr, existing)) {
            const QString name = relation.rule.label.isEmpty()
                    ? relation.rule.cidr
                    : QStringLiteral("%1 (%2)").arg(relation.rule.cidr, relation.rule.label);
            if (line.verdict != Verdict::Ok && line.verdict != Verdict::Covered)
                break;
            if (relation.kind == CidrRelation::Kind::Same) {
                line.verdict = Verdict::Exists;
                line.reason = tr("Already allowed by the rule %1.").arg(name);
            } else if (relation.kind == CidrRelation::Kind::CoveredBy && line.verdict == Verdict::Ok) {
                line.verdict = Verdict::Covered;
                line.reason = tr("Already covered by the rule %1.").arg(name);
            } else if (relation.kind == CidrRelation::Kind::Covers) {
                covers << name;
            }
        }
        for (int j = 0; j < lines.size() && line.verdict == Verdict::Ok; ++j) {
            const BulkRuleLine &other = lines.at(j);
            // Only a line that can be sent covers another (not 0.0.0.0/0 or one with host bits, never sent).
            const bool sendable = other.cidr && !other.cidr->hasHostBits() && other.cidr->prefix() > 0;
            if (j != i && other.selected && sendable && other.cidr->prefix() < cidr.prefix()
                && other.cidr->contains(cidr)) {
                line.verdict = Verdict::Covered;
                line.reason = tr("Already covered by line %1 (%2).").arg(other.lineNumber).arg(other.text);
            }
        }
        if (!line.isSelectable())
            line.selected = false;
        if (line.selected && (line.verdict == Verdict::Ok || line.verdict == Verdict::Covered)) {
            if (room <= 0) {
                line.verdict = Verdict::OverQuota;
                line.reason = tr("Over the quota of %n rule(s): untick some lines or delete rules first.", nullptr,
                                 maxRules);
            }
            --room;
        }
        if (line.verdict == Verdict::Ok && cidr.scope() != Cidr::Scope::Public) {
            line.verdict = Verdict::PrivateRange;
            line.reason = Cidr::scopeWarning(cidr.scope());
        }
        if (!covers.isEmpty() && line.verdict != Verdict::Exists) {
            const QString note
                    = tr("It covers the rule(s) %1, which you may then delete.").arg(covers.join(QStringLiteral(", ")));
            line.reason = line.reason.isEmpty() ? note : line.reason + QLatin1Char(' ') + note;
        }
    }
}

void BulkRules::selectDefaults(QList<BulkRuleLine> &lines, const QList<FirewallRule> &existing, int maxRules)
{
    for (BulkRuleLine &line : lines)
        line.selected = true;
    review(lines, existing, maxRules);
    // A line inside another ticked line adds nothing: leave it unticked (the person may tick it back).
    for (BulkRuleLine &line : lines) {
        if (line.verdict == BulkRuleLine::Verdict::Covered)
            line.selected = false;
    }
    review(lines, existing, maxRules);
}

int BulkRules::selectedCount(const QList<BulkRuleLine> &lines)
{
    return int(std::count_if(lines.cbegin(), lines.cend(), [](const BulkRuleLine &line) { return line.selected; }));
}

bool BulkRules::isOverQuota(const QList<BulkRuleLine> &lines)
{
    return std::any_of(lines.cbegin(), lines.cend(), [](const BulkRuleLine &line) {
        return line.selected && line.verdict == BulkRuleLine::Verdict::OverQuota;
    });
}
