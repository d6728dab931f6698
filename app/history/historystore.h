#pragma once

#include "historyentry.h"

#include <QList>
#include <QPair>
#include <QString>

#include <optional>

/// The change history's file: one SQLite database (Qt SQL, QSQLITE) in the XDG data directory. Crash-safe (WAL
/// journal, synchronous=NORMAL: a killed app loses nothing committed), bounded (the oldest entries beyond
/// maxEntries() are pruned at each insert). Each call is one small statement on the calling thread; the UI thread
/// can afford it (well under a millisecond on a local disk).
class HistoryStore
{
public:
    static constexpr int DefaultMaxEntries = 50000;

    /// Opens (creating the file and its folder) \a path.
    explicit HistoryStore(const QString &path, int maxEntries = DefaultMaxEntries);
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    /// `<AppDataLocation>/history.sqlite`.
    static QString defaultPath();

    bool isOpen() const { return m_open; }
    QString errorString() const { return m_error; }
    QString path() const { return m_path; }
    int maxEntries() const { return m_maxEntries; }
    void setMaxEntries(int maxEntries) { m_maxEntries = maxEntries; }

    /// Stores \a entry, sets its id, and prunes the oldest entries beyond maxEntries(). False on failure.
    bool insert(HistoryEntry &entry);
    /// Rewrites the mutable parts of entry \a entry.id (outcome, message, object, details, undo links).
    bool update(const HistoryEntry &entry);
    /// Entries of one database (all databases when \a databaseKey is empty), oldest first; the newest \a limit when
    /// limit > 0.
    QList<HistoryEntry> entries(const QString &databaseKey = QString(), int limit = 0) const;
    std::optional<HistoryEntry> entry(qint64 id) const;
    int count() const;

    // --- batch operations (issue 18): lines grouped by an operation id and title ------------------------------
    /// Schema version of the file (PRAGMA user_version): 1 adds operation_id / operation_title.
    static constexpr int SchemaVersion = 1;
    int schemaVersion() const;
    /// Marks entry \a id as part of operation \a operationId ("Onboard Alice").
    bool setOperation(qint64 id, const QString &operationId, const QString &title);
    /// Ids of the entries of \a operationId, oldest first.
    QList<qint64> operationEntries(const QString &operationId) const;
    /// The operation id and title of entry \a id (empty when it belongs to none).
    QPair<QString, QString> operationOf(qint64 id) const;

private:
    bool exec(const QString &sql);
    bool migrate();

    QString m_connection;
    QString m_path;
    QString m_error;
    int m_maxEntries;
    bool m_open = false;
};
