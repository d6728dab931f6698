#pragma once

#include "apierror.h"

#include <QObject>
#include <QVariant>

#include <functional>

class ApiClient;

/// The result of one ApiClient call. Owned by the client; deletes itself (deleteLater) after finished().
///
/// Contract:
/// - finished() is emitted exactly once, never from inside the ApiClient method that created the reply, so callers
///   can always connect after the call returns.
/// - A cancelled reply (cancel(), or superseded/aborted by the client) emits finished() once with an error of kind
///   Cancelled — synchronously from cancel() — and never emits a success, even if the server's answer was already in.
/// - isSuccess() ⇒ value<T>() holds the typed result (e.g. QList<FirewallRule>); otherwise error() says why.
class ApiReply : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    bool isFinished() const { return m_state != State::Running; }
    bool isSuccess() const { return m_state != State::Running && !m_error.isError(); }
    ApiError error() const { return m_error; }

    QVariant variant() const { return m_value; }
    template<typename T>
    T value() const
    {
        return m_value.value<T>();
    }

    /// The outcome of a write was established by listing after an ambiguous failure (timeout, lost reply).
    bool reconciled() const { return m_reconciled; }
    /// A server-generated password existed (the user was created / the password was reset) but never reached us.
    bool secretLost() const { return m_secretLost; }

    /// Aborts the network work behind this reply and emits finished() with ApiError::Kind::Cancelled, at once.
    /// No effect once finished() was emitted. A write already sent may still be applied by the server.
    void cancel();

signals:
    void finished();

private:
    friend class ApiClient;
    enum class State { Running, Resolved, Emitted };

    explicit ApiReply(QObject *parent);
    void succeed(const QVariant &value);
    void fail(const ApiError &error);
    /// What cancel() must stop right now (the current HTTP attempt or a sub-reply); replaced as the call progresses.
    void setAbortHandler(std::function<void()> handler) { m_abort = std::move(handler); }
    void setReconciled(bool reconciled) { m_reconciled = reconciled; }
    void setSecretLost(bool lost) { m_secretLost = lost; }
    void resolve();
    void emitFinished();

    State m_state = State::Running;
    ApiError m_error;
    QVariant m_value;
    bool m_reconciled = false;
    bool m_secretLost = false;
    std::function<void()> m_abort;
};
