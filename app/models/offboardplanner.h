#pragma once

#include "batchplan.h"
#include "domain/offboardquery.h"
#include "plansearch.h"

#include <QCoreApplication>

/// Plans "Offboard a person" from what PlanSearch read: per database, one deletion per rule and per user the query
/// matches (rules first). Databases where nothing matches are left out; a database that could not be read is kept
/// aside (unreadable()) so the preview can say so. Pure.
class OffboardPlanner
{
    Q_DECLARE_TR_FUNCTIONS(OffboardPlanner)

public:
    static BatchPlan plan(const OffboardQuery &query, const QList<PlanSearch::Found> &found);
    /// The databases of \a found that could not be read, with why ("name: message").
    static QStringList unreadable(const QList<PlanSearch::Found> &found);
    /// "203.0.113.7/32 (Alice laptop)": what a deleted rule admitted, for the preview.
    static QString describe(const FirewallRule &rule);
    /// The rule \a ruleId of \a target as the search read it (for the history, so a deletion can be undone).
    static std::optional<FirewallRule> ruleOf(const QList<PlanSearch::Found> &found, const QString &addonId,
                                              const QString &ruleId);
};

/// Plans "Copy rules" from a source database's rules to each target that PlanSearch read (RuleCopy: existing rules
/// skipped, the quota of 30, managed ranges the target's region does not offer). A target that could not be read
/// gets its rules as impossible, with the reason. Pure.
class CopyRulesPlanner
{
    Q_DECLARE_TR_FUNCTIONS(CopyRulesPlanner)

public:
    static BatchPlan plan(const QList<FirewallRule> &sourceRules, const QList<PlanSearch::Found> &targets,
                          const QDateTime &nowUtc);
};
