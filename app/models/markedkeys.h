#pragma once

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>

#include <algorithm>

/// Marks ("added since you last looked") change rarely and for few rows: repaint only those. Pure helpers of
/// KeyedListModel::setMarkedKeys(), unit-tested in tst_markedkeys.
namespace MarkedKeys {

/// The keys whose mark changes between \a before and \a after (in one and not the other).
inline QSet<QString> changed(const QSet<QString> &before, const QSet<QString> &after)
{
    QSet<QString> out;
    for (const QString &key : before) {
        if (!after.contains(key))
            out.insert(key);
    }
    for (const QString &key : after) {
        if (!before.contains(key))
            out.insert(key);
    }
    return out;
}

/// \a rows (any order, duplicates allowed, negatives ignored) as sorted runs of adjacent rows [first, last]: one
/// dataChanged() per run.
inline QList<QPair<int, int>> runs(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    QList<QPair<int, int>> out;
    for (const int row : std::as_const(rows)) {
        if (row < 0)
            continue;
        if (!out.isEmpty() && row <= out.last().second + 1)
            out.last().second = std::max(out.last().second, row);
        else
            out.append({row, row});
    }
    return out;
}

/// Above this many runs, one dataChanged() over every row is cheaper than one per run.
constexpr int MaxRuns = 64;

} // namespace MarkedKeys
