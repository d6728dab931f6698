#pragma once

#include "api/writeevent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

/// One line of the change history: a write, who made it, where, and how it ended. Never a password or token.
struct HistoryEntry
{
    Q_DECLARE_TR_FUNCTIONS(HistoryEntry)

public:
    qint64 id = 0; ///< assigned by the store, increasing
    QDateTime at; ///< UTC
    QString account; ///< the signed-in Scalingo user's name or e-mail
    QString databaseKey; ///< the addon id: stable across renames, the same in every region listing
    QString databaseName; ///< for display, as it was when the write happened
    WriteEvent::Kind kind = WriteEvent::Kind::RuleCreated;
    QString object; ///< rule id, user name, extension or feature name
    QJsonObject details; ///< WriteEvent::details, plus what the history learned (a deleted rule's CIDR and label)
    WriteEvent::Outcome outcome = WriteEvent::Outcome::Pending;
    QString message; ///< why it failed
    QString reason; ///< why Gatehouse did it on its own (e.g. an expired temporary rule); empty when the user did
    qint64 undoOf = 0; ///< this write undid entry #undoOf
    qint64 undoneBy = 0; ///< entry #undoneBy undid this one
    QString operationId; ///< the batch operation this line belongs to (issue 18); empty for a single change
    QString operationTitle; ///< its title, e.g. "Onboard Alice"

    bool isSuccess() const
    {
        return outcome == WriteEvent::Outcome::Applied || outcome == WriteEvent::Outcome::Confirmed;
    }
    /// The translated name of the kind ("Rule deleted").
    static QString kindText(WriteEvent::Kind kind);
    /// The translated outcome ("Applied", "Confirmed after a lost reply"...).
    static QString outcomeText(WriteEvent::Outcome outcome);
    /// What was written, in words ("10.0.0.0/24 (office)", "user alice (read-only)").
    QString summary() const;
};

Q_DECLARE_METATYPE(HistoryEntry)
