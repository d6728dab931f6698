#pragma once

#include "api/databaseref.h"
#include "resourcemodel.h"

#include <QPointer>

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
        rowsMutated();
    }
    void rowsMutated() override { m_indexValid = false; }

    QPointer<ApiClient> m_client;
    DatabaseRef m_database;
    QList<T> m_items;

private:
    mutable QHash<QString, int> m_index;
    mutable bool m_indexValid = false;
};
