#pragma once

#include "api/apierror.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

class ApiReply;

/// Base of every table model: owns the loading/error state of one list and merges fresh lists into the existing
/// rows by key, so a refresh keeps the selection and persistent indexes. Outcomes of superseded loads are dropped (a
/// generation counter), so a slow old answer can never overwrite a newer one. Every failure is an ApiError (an SQL
/// one is Kind::Database), so pages show all models' errors the same way.
class ResourceModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State { Empty, Loading, Loaded, Error };
    Q_ENUM(State)

    using QAbstractTableModel::QAbstractTableModel;

    State state() const { return m_state; }
    bool isLoading() const { return m_state == State::Loading; }
    /// True once a list has been received (even if a later refresh failed).
    bool hasData() const { return m_hasData; }
    ApiError lastError() const { return m_lastError; }

public slots:
    /// Starts a new load; any load in flight is cancelled and its reply ignored.
    void reload();
    /// Forgets rows and state (e.g. when another database is selected).
    void clear();
    /// Headers and cells carry translated text: tell views to fetch them again after a language change.
    void retranslate();

signals:
    void stateChanged(ResourceModel::State state);
    void errorOccurred(const ApiError &error);
    void loaded();

protected:
    /// Starts the load numbered \a generation and returns true, or returns false when nothing can be loaded (not
    /// bound yet). Report its outcome with finishLoad(). The default issues startLoad()'s ApiReply and hands a
    /// success to applyLoad(); models whose list is not one ApiReply (ExtensionsModel: SQL) override this instead.
    virtual bool beginLoad(quint64 generation);
    /// Issues the list request, or returns nullptr when the model is not bound to a database yet.
    virtual ApiReply *startLoad() { return nullptr; }
    /// Applies a successful list reply.
    virtual void applyLoad(ApiReply *) { }
    virtual void clearRows() = 0;

    /// Ends load \a generation: on success (\a error is None) calls \a apply, then Loaded + loaded(); on failure
    /// Error + errorOccurred(); a cancelled load goes back to Loaded or Empty. Ignored when \a generation was
    /// superseded (returns false then).
    bool finishLoad(quint64 generation, const ApiError &error, const std::function<void()> &apply = {});
    /// Supersedes the load in flight (cancelled, its outcome dropped) and returns the new load's generation, for
    /// rows that arrive without beginLoad() (ExtensionsModel::setApiList()).
    quint64 supersedeLoad();
    /// Whether \a generation is still the load in flight (or the last one).
    bool isCurrentLoad(quint64 generation) const { return generation == m_generation; }
    /// What cancels the load in flight when reload() or clear() supersedes it.
    void setLoadCanceller(std::function<void()> cancel) { m_cancelLoad = std::move(cancel); }

    /// Merges `next` into `rows` by key: removed keys disappear, existing ones update in place, new ones are appended.
    template<typename T, typename KeyFn>
    void mergeRows(QList<T> &rows, const QList<T> &next, KeyFn key);
    /// Inserts or replaces one row after a successful create.
    template<typename T, typename KeyFn>
    void upsertRow(QList<T> &rows, const T &value, KeyFn key);
    template<typename T, typename KeyFn>
    void removeRow(QList<T> &rows, const QString &id, KeyFn key);
    /// Called right after the helpers above changed the rows, before views hear of it (e.g. to drop an index).
    virtual void rowsMutated() { }
    /// One dataChanged per run of consecutive rows (ascending): a refresh changing every row costs one signal.
    void emitRowsChanged(const QList<int> &rows);

private:
    void setState(State state);
    void cancelLoad();

    State m_state = State::Empty;
    bool m_hasData = false;
    ApiError m_lastError;
    quint64 m_generation = 0;
    quint64 m_finishedGeneration = 0;
    std::function<void()> m_cancelLoad;
};

template<typename T, typename KeyFn>
void ResourceModel::mergeRows(QList<T> &rows, const QList<T> &next, KeyFn key)
{
    // First load: one insertion, no lookups.
    if (rows.isEmpty()) {
        if (next.isEmpty())
            return;
        beginInsertRows({}, 0, int(next.size()) - 1);
        rows = next;
        rowsMutated();
        endInsertRows();
        return;
    }
    // Same keys in the same order (the usual refresh): compare in place, no hashing.
    bool sameKeys = rows.size() == next.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = key(rows.at(i)) == key(next.at(i));
    if (sameKeys) {
        QList<int> changed;
        for (int row = 0; row < rows.size(); ++row) {
            if (!(rows.at(row) == next.at(row))) {
                rows[row] = next.at(row);
                changed.append(row);
            }
        }
        emitRowsChanged(changed);
        return;
    }

    QHash<QString, int> nextIndex;
    nextIndex.reserve(next.size());
    for (int i = 0; i < next.size(); ++i)
        nextIndex.insert(key(next.at(i)), i);

    // Remove vanished rows from the bottom up, in contiguous blocks (one signal pair per block).
    for (int row = int(rows.size()) - 1; row >= 0;) {
        if (nextIndex.contains(key(rows.at(row)))) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !nextIndex.contains(key(rows.at(first - 1))))
            --first;
        beginRemoveRows({}, first, row);
        rows.remove(first, row - first + 1);
        rowsMutated();
        endRemoveRows();
        row = first - 1;
    }

    // Update in place; remember which fresh entries matched a row so the rest are the new ones.
    QList<bool> matched(next.size(), false);
    QList<int> changed;
    for (int row = 0; row < rows.size(); ++row) {
        const int at = nextIndex.value(key(rows.at(row)));
        matched[at] = true;
        if (!(rows.at(row) == next.at(at))) {
            rows[row] = next.at(at);
            changed.append(row);
        }
    }
    if (!changed.isEmpty())
        rowsMutated();
    emitRowsChanged(changed);

    QList<T> added;
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (!matched.at(i) && nextIndex.value(key(next.at(i))) == i)
            added.append(next.at(i));
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(rows.size()), int(rows.size() + added.size()) - 1);
        rows.append(added);
        rowsMutated();
        endInsertRows();
    }
}

template<typename T, typename KeyFn>
void ResourceModel::upsertRow(QList<T> &rows, const T &value, KeyFn key)
{
    const QString k = key(value);
    for (int row = 0; row < rows.size(); ++row) {
        if (key(rows.at(row)) == k) {
            rows[row] = value;
            rowsMutated();
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
    }
    beginInsertRows({}, rows.size(), rows.size());
    rows.append(value);
    rowsMutated();
    endInsertRows();
}

template<typename T, typename KeyFn>
void ResourceModel::removeRow(QList<T> &rows, const QString &id, KeyFn key)
{
    for (int row = 0; row < rows.size(); ++row) {
        if (key(rows.at(row)) == id) {
            beginRemoveRows({}, row, row);
            rows.removeAt(row);
            rowsMutated();
            endRemoveRows();
            return;
        }
    }
}
