#include "resourcemodel.h"

#include "api/apireply.h"
#include "common/logging.h"

#include <QPointer>

#include <utility>

void ResourceModel::reload()
{
    const quint64 generation = supersedeLoad();
    if (!beginLoad(generation)) {
        setState(m_hasData ? State::Loaded : State::Empty);
        return;
    }
    if (m_finishedGeneration != generation) // not settled synchronously
        setState(State::Loading);
}

bool ResourceModel::beginLoad(quint64 generation)
{
    ApiReply *reply = startLoad();
    if (!reply)
        return false;
    setLoadCanceller([weak = QPointer<ApiReply>(reply)] {
        if (weak)
            weak->cancel();
    });
    connect(reply, &ApiReply::finished, this,
            [this, reply, generation] { finishLoad(generation, reply->error(), [this, reply] { applyLoad(reply); }); });
    return true;
}

bool ResourceModel::finishLoad(quint64 generation, const ApiError &error, const std::function<void()> &apply)
{
    if (generation != m_generation) {
        qCDebug(lcModels) << metaObject()->className() << "dropped a stale outcome";
        return false;
    }
    m_cancelLoad = nullptr;
    m_finishedGeneration = generation;
    if (!error.isError()) {
        if (apply)
            apply();
        m_hasData = true;
        m_lastError = {};
        setState(State::Loaded);
        emit loaded();
    } else if (error.kind() == ApiError::Kind::Cancelled) {
        setState(m_hasData ? State::Loaded : State::Empty);
    } else {
        m_lastError = error;
        setState(State::Error);
        emit errorOccurred(m_lastError);
    }
    return true;
}

quint64 ResourceModel::supersedeLoad()
{
    const quint64 generation = ++m_generation; // first: the cancelled load's outcome is already stale
    cancelLoad();
    return generation;
}

void ResourceModel::cancelLoad()
{
    if (const std::function<void()> cancel = std::exchange(m_cancelLoad, nullptr))
        cancel();
}

void ResourceModel::clear()
{
    ++m_generation;
    cancelLoad();
    beginResetModel();
    clearRows();
    endResetModel();
    m_hasData = false;
    m_lastError = {};
    setState(State::Empty);
}

void ResourceModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ResourceModel::retranslate()
{
    if (columnCount() > 0)
        emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ResourceModel::emitRowsChanged(const QList<int> &rows)
{
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype last = i;
        while (last + 1 < rows.size() && rows.at(last + 1) == rows.at(last) + 1)
            ++last;
        // A row's key never changes in place: leaving a key column out of the range spares proxies sorted by it
        // a re-sort (QSortFilterProxyModel re-sorts every changed row when the range covers its sort column).
        // The dynamic property "keyColumn" (DatabaseUsersModel: the username) names that column.
        const QVariant keyColumn = property("keyColumn");
        const int firstColumn = keyColumn.isValid() && keyColumn.toInt() == 0 && columnCount() > 1 ? 1 : 0;
        emit dataChanged(index(rows.at(i), firstColumn), index(rows.at(last), columnCount() - 1));
        i = last + 1;
    }
}
