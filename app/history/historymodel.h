#pragma once

#include "historyentry.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSortFilterProxyModel>

#include <optional>

class ChangeHistory;

/// The change history as a table, for one database or all of them (setDatabaseKey()). Follows the recorder live:
/// new lines are appended, finished or undone ones change in place. Rows are oldest first; views sort by When.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        WhenColumn,
        AccountColumn,
        DatabaseColumn,
        ActionColumn,
        DetailsColumn,
        OutcomeColumn,
        OperationColumn, ///< the batch operation's title ("Onboard Alice"); empty for a single change
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        KindRole = Qt::UserRole + 100, ///< int(WriteEvent::Kind)
        DatabaseKeyRole, ///< the addon id
        UndoRefusalRole, ///< ChangeHistory::undoRefusal(): empty when the line can be undone
        OperationIdRole, ///< HistoryEntry::operationId: empty for a single change
    };

    /// The newest lines loaded at once: enough for any screen, and the view stays quick.
    static constexpr int LoadLimit = 10000;

    explicit HistoryModel(QObject *parent = nullptr);

    void setHistory(ChangeHistory *history);
    /// Only this database's lines; empty: every database.
    void setDatabaseKey(const QString &key);
    QString databaseKey() const { return m_databaseKey; }
    void reload();

    HistoryEntry entryAt(int row) const { return m_entries.value(row); }
    /// The batch operations among the lines loaded, newest first: (operation id, title).
    QList<QPair<QString, QString>> operations() const;
    int rowOfId(qint64 id) const { return m_rows.value(id, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Headers and cells are translated: refresh them after a language change.
    void retranslate();

private:
    void append(const HistoryEntry &entry);
    void change(const HistoryEntry &entry);
    void reindex();

    QPointer<ChangeHistory> m_history;
    QString m_databaseKey;
    QList<HistoryEntry> m_entries;
    QHash<qint64, int> m_rows;
};

/// Search (every column, case-insensitive), a filter by kind and one by batch operation over a HistoryModel.
class HistoryFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit HistoryFilter(QObject *parent = nullptr);
    void setKind(std::optional<WriteEvent::Kind> kind);
    std::optional<WriteEvent::Kind> kind() const { return m_kind; }
    /// Only the lines of batch operation \a operationId; empty: every line.
    void setOperationId(const QString &operationId);
    QString operationId() const { return m_operationId; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<WriteEvent::Kind> m_kind;
    QString m_operationId;
};
