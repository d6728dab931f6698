#include "apireply.h"

ApiReply::ApiReply(QObject *parent) : QObject(parent) { }

ApiReply::~ApiReply()
{
    // The client is going away (or the reply was deleted early): stop the network work, emit nothing.
    if (m_abort)
        std::exchange(m_abort, {})();
}

void ApiReply::succeed(const QVariant &value)
{
    if (m_state != State::Running)
        return;
    m_value = value;
    m_error = ApiError();
    resolve();
}

void ApiReply::fail(const ApiError &error)
{
    if (m_state != State::Running)
        return;
    m_value = QVariant();
    m_error = error.isError() ? error : ApiError(ApiError::Kind::Unknown);
    resolve();
}

void ApiReply::resolve()
{
    m_state = State::Resolved;
    m_abort = {};
    // Queued: the result may be known before the caller had a chance to connect (e.g. an insecure URL).
    QMetaObject::invokeMethod(this, &ApiReply::emitFinished, Qt::QueuedConnection);
}

void ApiReply::emitFinished()
{
    if (m_state == State::Emitted)
        return;
    m_state = State::Emitted;
    emit finished();
    deleteLater();
}

void ApiReply::cancel()
{
    if (m_state == State::Emitted)
        return;
    if (m_abort)
        std::exchange(m_abort, {})();
    // Even a result that is already in but not yet delivered is replaced: a cancelled reply never succeeds.
    m_value = QVariant();
    m_reconciled = false;
    m_secretLost = false;
    m_error = ApiError(ApiError::Kind::Cancelled);
    emitFinished();
}
