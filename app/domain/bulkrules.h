#pragma once

#include "cidr.h"
#include "firewallrule.h"
#include "newfirewallrule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

/// One address or network found in a paste, with what adding it would mean.
struct BulkRuleLine
{
    /// Worst first: a line is given the first verdict that applies.
    enum class Verdict {
        Ok,
        Invalid, ///< not an IPv4 address/network we can send (reason says why)
        Duplicate, ///< the same network as an earlier line of the paste
        Exists, ///< the same network as an existing rule
        Covered, ///< inside an existing rule or another ticked line: adding it changes nothing
        OverQuota, ///< ticked, but the database would have more rules than allowed
        PrivateRange, ///< a warning: private/shared/loopback/... addresses never reach the database
    };

    int lineNumber = 0; ///< 1-based line of the paste
    QString text; ///< the address as pasted
    QString label; ///< the rest of its line, when the line holds a single address
    std::optional<Cidr> cidr;
    bool selected = false;
    Verdict verdict = Verdict::Ok;
    QString reason; ///< translated, plain text: why the verdict (and notes, e.g. which rules it covers)

    /// Invalid, duplicate and existing lines can never be sent; the others can be ticked.
    bool isSelectable() const
    {
        return verdict != Verdict::Invalid && verdict != Verdict::Duplicate && verdict != Verdict::Exists;
    }
    NewFirewallRule rule() const;
};

/// Reads addresses and CIDRs pasted from anywhere (one per line, separated by commas/semicolons/spaces, or rows of a
/// copied table with labels) and reviews them against the existing rules and the quota before anything is sent.
/// Pure: no I/O, unit-tested.
class BulkRules
{
    Q_DECLARE_TR_FUNCTIONS(BulkRules)

public:
    /// Every address-like token of \a text, in order. A line with a single address keeps the rest of its cells as
    /// the label; a line without any address (a table header, a comment) is skipped and counted in \a skipped.
    static QList<BulkRuleLine> parse(const QString &text, int *skipped = nullptr);

    /// Sets each line's verdict and reason from the current ticks, \a existing rules and the \a maxRules quota
    /// (lines beyond the quota, in paste order, are OverQuota while ticked). Unselectable lines are unticked.
    static void review(QList<BulkRuleLine> &lines, const QList<FirewallRule> &existing, int maxRules);
    /// Ticks what is worth adding (ok and warned lines), leaves covered ones unticked, then reviews.
    static void selectDefaults(QList<BulkRuleLine> &lines, const QList<FirewallRule> &existing, int maxRules);

    static int selectedCount(const QList<BulkRuleLine> &lines);
    /// Some ticked line is over the quota: nothing may be sent until lines are unticked.
    static bool isOverQuota(const QList<BulkRuleLine> &lines);
};
