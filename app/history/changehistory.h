#pragma once

#include "historyentry.h"
#include "domain/firewallrule.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class ApiClient;
class DatabaseSession;
class HistoryStore;

/// Records every write Gatehouse makes, from one place: it listens to ApiClient's and ExtensionsModel's
/// writeStarted()/writeFinished() (so a new kind of write is recorded without code of its own), stores a line when
/// the write starts ("in progress" survives a crash) and its outcome when it ends. Adds who (setAccount()), the
/// database's name, and what a deletion removed (a rule's CIDR and label, read from the open session before it goes).
///
/// Code that writes on its own (e.g. removing expired rules) says why with expect() before the write, or adds a
/// line of its own with record().
class ChangeHistory : public QObject
{
    Q_OBJECT

public:
    /// Opens the history file at \a path (HistoryStore::defaultPath() in the app).
    explicit ChangeHistory(const QString &path, QObject *parent = nullptr);
    ~ChangeHistory() override;

    HistoryStore *store() const { return m_store.get(); }
    bool isOpen() const;

    void watch(ApiClient *client);
    /// Names of the databases opened, details of deleted rules, and the session's extension writes.
    void watch(DatabaseSession *session);
    /// The signed-in user's name or e-mail (ApiClient::signIn()'s value), written on each new line.
    void setAccount(const QString &account) { m_account = account; }
    QString account() const { return m_account; }

    /// Stores \a entry as given (time and account filled in when empty) and returns it with its id.
    HistoryEntry record(HistoryEntry entry);
    /// The next write of \a kind on \a databaseKey to \a object (a rule: its id, or for a creation its CIDR or
    /// range id) carries \a reason, and undoes entry \a undoOf when that is not 0.
    void expect(const QString &databaseKey, WriteEvent::Kind kind, const QString &object, const QString &reason,
                qint64 undoOf = 0);

    /// What a rule of a database that is not open admits (its CIDR and label, or range): the next deletion of
    /// \a rule on \a databaseKey is recorded with it, so it can be undone (offboarding deletes across databases).
    void describeRule(const QString &databaseKey, const FirewallRule &rule);
    /// Marks line \a id as part of batch operation \a operationId titled \a title (HistoryStore::setOperation())
    /// and announces it with updated().
    bool setOperation(qint64 id, const QString &operationId, const QString &title);

    QList<HistoryEntry> entries(const QString &databaseKey = QString(), int limit = 0) const;
    std::optional<HistoryEntry> entry(qint64 id) const;

    /// Why \a entry cannot be undone (translated), or an empty string when it can be, as far as the history tells
    /// (the open database decides the rest: UndoController).
    static QString undoRefusal(const HistoryEntry &entry);

signals:
    /// A new line (a write started, or record()).
    void recorded(const HistoryEntry &entry);
    /// A line changed: its write ended, or it was undone.
    void updated(const HistoryEntry &entry);

private:
    struct Expectation
    {
        QString databaseKey;
        WriteEvent::Kind kind;
        QString object;
        QString reason;
        qint64 undoOf;
    };
    void started(const QObject *source, const WriteEvent &event);
    void finished(const QObject *source, const WriteEvent &event);
    static QString matchKey(const WriteEvent &event);

    std::unique_ptr<HistoryStore> m_store;
    QPointer<DatabaseSession> m_session;
    QString m_account;
    QHash<QString, QString> m_names; ///< addon id → database name
    QHash<QString, HistoryEntry> m_inFlight; ///< "<emitter>/<event id>" → its line
    QList<Expectation> m_expected;
    QHash<QString, FirewallRule> m_described; ///< "<database key>/<rule id>" → the rule (describeRule())
};
