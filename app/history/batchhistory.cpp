#include "batchhistory.h"

#include "changehistory.h"
#include "historystore.h"
#include "models/batchapplier.h"

BatchHistory::BatchHistory(ChangeHistory *history, QObject *parent) : QObject(parent), m_history(history)
{
    if (history)
        connect(history, &ChangeHistory::recorded, this, &BatchHistory::recorded);
}

void BatchHistory::watch(BatchApplier *applier)
{
    if (applier && !m_appliers.contains(applier))
        m_appliers << applier;
}

void BatchHistory::recorded(const HistoryEntry &entry)
{
    if (!m_history)
        return;
    for (const QPointer<BatchApplier> &applier : std::as_const(m_appliers)) {
        if (!applier || !applier->isRunning() || !applier->addonIds().contains(entry.databaseKey))
            continue;
        m_history->setOperation(entry.id, applier->plan().operationId, applier->plan().title);
        return;
    }
}
