#include "historymodel.h"

#include "changehistory.h"
#include "models/modelroles.h"

#include <QLocale>
#include <QSet>

HistoryModel::HistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void HistoryModel::setHistory(ChangeHistory *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (history) {
        connect(history, &ChangeHistory::recorded, this, &HistoryModel::append);
        connect(history, &ChangeHistory::updated, this, &HistoryModel::change);
    }
    reload();
}

void HistoryModel::setDatabaseKey(const QString &key)
{
    if (key == m_databaseKey)
        return;
    m_databaseKey = key;
    reload();
}

void HistoryModel::reload()
{
    beginResetModel();
    m_entries = m_history ? m_history->entries(m_databaseKey, LoadLimit) : QList<HistoryEntry>();
    reindex();
    endResetModel();
}

void HistoryModel::reindex()
{
    m_rows.clear();
    m_rows.reserve(m_entries.size());
    for (int row = 0; row < m_entries.size(); ++row)
        m_rows.insert(m_entries.at(row).id, row);
}

void HistoryModel::append(const HistoryEntry &entry)
{
    if (!m_databaseKey.isEmpty() && entry.databaseKey != m_databaseKey)
        return;
    if (m_rows.contains(entry.id) && entry.id != 0) {
        change(entry);
        return;
    }
    const int row = int(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append(entry);
    m_rows.insert(entry.id, row);
    endInsertRows();
}

void HistoryModel::change(const HistoryEntry &entry)
{
    const int row = rowOfId(entry.id);
    if (row < 0)
        return;
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HistoryModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QList<QPair<QString, QString>> HistoryModel::operations() const
{
    QList<QPair<QString, QString>> out;
    QSet<QString> seen;
    for (auto it = m_entries.crbegin(); it != m_entries.crend(); ++it) {
        if (!it->operationId.isEmpty() && !seen.contains(it->operationId)) {
            seen.insert(it->operationId);
            out.append({it->operationId, it->operationTitle});
        }
    }
    return out;
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            // Stored in UTC; shown in the user's time, with the zone so a shared screenshot is unambiguous.
            return QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
        case AccountColumn:
            return entry.account;
        case DatabaseColumn:
            return entry.databaseName.isEmpty() ? entry.databaseKey : entry.databaseName;
        case ActionColumn:
            if (entry.undoOf > 0)
                return tr("%1 (undo)").arg(HistoryEntry::kindText(entry.kind));
            return HistoryEntry::kindText(entry.kind);
        case DetailsColumn:
            return entry.reason.isEmpty() ? entry.summary() : tr("%1 — %2").arg(entry.summary(), entry.reason);
        case OutcomeColumn: {
            QString text = HistoryEntry::outcomeText(entry.outcome);
            if (!entry.message.isEmpty())
                text = tr("%1: %2").arg(text, entry.message);
            if (entry.undoneBy > 0)
                text = tr("%1 (undone)").arg(text);
            return text;
        }
        case OperationColumn:
            return entry.operationTitle;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == WhenColumn)
            return entry.at.toUTC().toString(Qt::ISODate);
        if (index.column() == OutcomeColumn && !entry.message.isEmpty())
            return entry.message;
        break;
    case ModelRoles::IdRole:
        return entry.id;
    case ModelRoles::RawRole:
        if (index.column() == WhenColumn)
            return entry.id; // ids follow time, and never tie
        return data(index, Qt::DisplayRole);
    case ModelRoles::ValueRole:
        return QVariant::fromValue(entry);
    case KindRole:
        return int(entry.kind);
    case DatabaseKeyRole:
        return entry.databaseKey;
    case UndoRefusalRole:
        return ChangeHistory::undoRefusal(entry);
    case OperationIdRole:
        return entry.operationId;
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case AccountColumn:
        return tr("Account");
    case DatabaseColumn:
        return tr("Database");
    case ActionColumn:
        return tr("Change");
    case DetailsColumn:
        return tr("Details");
    case OutcomeColumn:
        return tr("Outcome");
    case OperationColumn:
        return tr("Operation");
    }
    return {};
}

HistoryFilter::HistoryFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortRole(ModelRoles::RawRole);
}

void HistoryFilter::setKind(std::optional<WriteEvent::Kind> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void HistoryFilter::setOperationId(const QString &operationId)
{
    m_operationId = operationId;
    invalidateFilter();
}

bool HistoryFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_operationId.isEmpty()) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(HistoryModel::OperationIdRole).toString() != m_operationId)
            return false;
    }
    if (m_kind) {
        const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
        if (index.data(HistoryModel::KindRole).toInt() != int(*m_kind))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}
