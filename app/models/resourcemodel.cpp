#include "resourcemodel.h"

#include "api/apireply.h"
#include "common/logging.h"

void ResourceModel::reload()
{
    if (m_pending)
        m_pending->cancel();
    const quint64 generation = ++m_generation;
    ApiReply *reply = startLoad();
    m_pending = reply;
    if (!reply) {
        setState(m_hasData ? State::Loaded : State::Empty);
        return;
    }
    setState(State::Loading);
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation) {
            qCDebug(lcModels) << metaObject()->className() << "dropped a stale reply";
            return;
        }
        m_pending = nullptr;
        if (reply->isSuccess()) {
            applyLoad(reply);
            m_hasData = true;
            m_lastError = {};
            setState(State::Loaded);
            emit loaded();
        } else if (reply->error().kind() != ApiError::Kind::Cancelled) {
            m_lastError = reply->error();
            setState(State::Error);
            emit errorOccurred(m_lastError);
        }
    });
}

void ResourceModel::clear()
{
    if (m_pending)
        m_pending->cancel();
    ++m_generation;
    m_pending = nullptr;
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
        emit dataChanged(index(rows.at(i), 0), index(rows.at(last), columnCount() - 1));
        i = last + 1;
    }
}
