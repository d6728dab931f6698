#pragma once

#include "firewallrule.h"
#include "newfirewallrule.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// What copying one rule of a source database to a target database would do: "Copy rules" previews this per target
/// before anything is sent. Pure.
struct RuleCopy
{
    Q_DECLARE_TR_FUNCTIONS(RuleCopy)

public:
    enum class Verdict {
        Create, ///< will be created
        Exists, ///< the target has the same network (or the same managed range) already: skipped
        Expired, ///< a temporary rule whose expiry has passed: skipped
        OverQuota, ///< the target would have more rules than allowed: cannot be done
        NoSuchRange, ///< a managed range the target's region does not offer: cannot be done
    };

    FirewallRule source;
    Verdict verdict = Verdict::Create;
    QString reason; ///< translated, plain text; empty for Create

    bool willCreate() const { return verdict == Verdict::Create; }
    /// Skipped: nothing to do, not a failure.
    bool isSkipped() const { return verdict == Verdict::Exists || verdict == Verdict::Expired; }
    /// The request that creates the copy (same type, network, label or range).
    NewFirewallRule rule() const;

    /// Each rule of \a source against \a target (its current rules), in source order. At most \a maxRules rules in
    /// the target: creations beyond are OverQuota. \a targetRangeIds, when known, are the managed ranges the target
    /// can use; a managed rule whose range is not among them is NoSuchRange.
    static QList<RuleCopy> plan(const QList<FirewallRule> &source, const QList<FirewallRule> &target, int maxRules,
                                const std::optional<QStringList> &targetRangeIds, const QDateTime &nowUtc);
};
