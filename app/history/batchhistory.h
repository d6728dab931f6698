#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class BatchApplier;
class ChangeHistory;
struct HistoryEntry;

/// Groups the history lines of a batch operation: while a BatchApplier runs, every line ChangeHistory records for
/// one of the databases it writes to is marked with the operation's id and title (HistoryStore::setOperation()).
/// The lines themselves are recorded as for any write (ApiClient's writeStarted/writeFinished), one per database and
/// object, so undo works on each as on a single change.
class BatchHistory : public QObject
{
    Q_OBJECT

public:
    BatchHistory(ChangeHistory *history, QObject *parent = nullptr);

    void watch(BatchApplier *applier);

private:
    void recorded(const HistoryEntry &entry);

    QPointer<ChangeHistory> m_history;
    QList<QPointer<BatchApplier>> m_appliers;
};
