#pragma once

// History fixtures shared by tst_history and tst_history_gui: a recorded rule creation in one line.

#include "api/writeevent.h"
#include "history/historyentry.h"

namespace HistoryFixtures {

/// The i-th rule created on \a database (10.0.i.0/24, "office i"), applied, by alice@example.com.
inline HistoryEntry sample(int i, const QString &database = QStringLiteral("ad-1"))
{
    HistoryEntry entry;
    entry.databaseKey = database;
    entry.databaseName = QStringLiteral("db-") + database;
    entry.kind = WriteEvent::Kind::RuleCreated;
    entry.object = QStringLiteral("rule-%1").arg(i);
    entry.details = {{QStringLiteral("type"), QStringLiteral("custom_range")},
                     {QStringLiteral("cidr"), QStringLiteral("10.0.%1.0/24").arg(i % 256)},
                     {QStringLiteral("label"), QStringLiteral("office %1").arg(i)}};
    entry.outcome = WriteEvent::Outcome::Applied;
    entry.account = QStringLiteral("alice@example.com");
    return entry;
}

} // namespace HistoryFixtures
