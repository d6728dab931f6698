#pragma once

#include "api/databaseref.h"
#include "markedkeys.h"
#include "resourcemodel.h"

#include <QPointer>
#include <QSet>

class ApiClient;

/// A ResourceModel whose rows are a list of value types identified by a string key (rule id, username, ...), bound
/// to the client and, for the DB API models, to one database. Subclasses add columns, data() and their writes.
template<typename T>
class KeyedListModel : public ResourceModel
{
public:
    using ResourceModel::ResourceModel;

    /// Forgets the rows and loads from `client` for `database` on the next reload() (nullptr unbinds).
    void bind(ApiClient *client, const DatabaseRef &database = {})
    {
        clear();
        m_client = client;
        m_database = database;
    }

    const QList<T> &items() const { return m_items; }
    /// The database the model is bound to (invalid when unbound).
    const DatabaseRef &database() const { return m_database; }
    T itemAt(int row) const { return m_items.value(row); }
    /// O(1) after the first lookup following a change: views look rows up on every selection or refresh.
    int rowOfKey(const QString &key) const
    {
        if (!m_indexValid) {
            m_index.clear();
            m_index.reserve(m_items.size());
            for (int row = 0; row < m_items.size(); ++row)
                m_index.insert(keyOf(m_items.at(row)), row);
            m_indexValid = true;
        }
        return m_index.value(key, -1);
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_items.size()); }

    /// Rows to highlight as new since the user last looked (ModelRoles::ChangedRole); cleared by clear().
    /// Signals only the rows whose mark changed (a sorted proxy re-sorts what dataChanged() covers).
    void setMarkedKeys(const QSet<QString> &keys)
    {
        const QSet<QString> changed = MarkedKeys::changed(m_marked, keys);
        m_marked = keys;
        if (changed.isEmpty() || m_items.isEmpty())
            return;
        QList<int> rows;
        rows.reserve(changed.size());
        for (const QString &key : changed)
            rows.append(rowOfKey(key));
        const QList<QPair<int, int>> runs = MarkedKeys::runs(rows);
        if (runs.size() > MarkedKeys::MaxRuns) {
            emit dataChanged(index(0, 0), index(int(m_items.size()) - 1, columnCount() - 1));
            return;
        }
        for (const auto &[first, last] : runs)
            emit dataChanged(index(first, 0), index(last, columnCount() - 1));
    }
    bool isMarked(const QString &key) const { return m_marked.contains(key); }
    QSet<QString> markedKeys() const { return m_marked; }

protected:
    virtual QString keyOf(const T &item) const = 0;

    void mergeItems(const QList<T> &next)
    {
        mergeRows(m_items, next, [this](const T &t) { return keyOf(t); });
    }
    void upsertItem(const T &item)
    {
        upsertRow(m_items, item, [this](const T &t) { return keyOf(t); });
    }
    void removeItem(const QString &key)
    {
        removeRow(m_items, key, [this](const T &t) { return keyOf(t); });
    }
    void clearRows() override
    {
        m_items.clear();
        m_marked.clear();
        rowsMutated();
    }
    void rowsMutated() override { m_indexValid = false; }

    QPointer<ApiClient> m_client;
    DatabaseRef m_database;
    QList<T> m_items;

private:
    QSet<QString> m_marked;
    mutable QHash<QString, int> m_index;
    mutable bool m_indexValid = false;
};
