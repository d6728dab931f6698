#pragma once

#include "domain/databaseuser.h"
#include "domain/seensnapshot.h"

#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class Clock;
class DatabaseUsersModel;
class ExpirySweeper;
class FirewallRulesModel;
class QTimer;

/// The file where each database's SeenSnapshot is kept between runs: `last-seen.json` in the XDG data directory
/// (QStandardPaths::AppDataLocation), written atomically (QSaveFile), owner-only, at most MaxDatabases entries
/// (the least recently seen are dropped). Ids and names only.
class LastSeenStore
{
public:
    static constexpr int MaxDatabases = 500;

    /// \a path empty: the default file.
    explicit LastSeenStore(const QString &path = QString());
    QString path() const { return m_path; }

    std::optional<SeenSnapshot> load(const QString &databaseKey) const;
    bool save(const QString &databaseKey, const SeenSnapshot &snapshot);

private:
    QJsonObject readAll() const;
    QString m_path;
};

/// "What changed since you last looked": when a database is opened, compares its rules and users with what this
/// computer showed last time, marks the rows someone else added (ModelRoles::ChangedRole), names the removed ones,
/// and says it in one line ("Since Monday 14:02: 1 rule added, 1 user removed"). What is shown is then remembered
/// (also after each change made here), so the next opening compares with it. The comparison, the snapshot and the
/// store file are handled on the tracker's own thread (tens of thousands of users would stall the window); only
/// the rows whose mark changes are signalled.
class LastSeenTracker : public QObject
{
    Q_OBJECT

public:
    LastSeenTracker(FirewallRulesModel *rules, DatabaseUsersModel *users, QObject *parent = nullptr);
    ~LastSeenTracker() override;

    void setClock(Clock *clock);
    /// Tests point the store elsewhere.
    void setStorePath(const QString &path);
    /// The rules \a sweeper deletes from the open database because they expired were removed here, not by someone
    /// else: the page says so in its own notice ("Removed 2 expired temporary rules"), so the summary leaves them
    /// out, even when the catch-up deletion ends before the comparison is made.
    void setSweeper(ExpirySweeper *sweeper);

    /// The database \a key was opened; \a hasRules is false for a classic addon (no firewall rules).
    void begin(const QString &key, bool hasRules);
    /// The database was closed: remembers what was shown, forgets the changes.
    void end();
    /// The user dismissed the summary: unmarks the rows.
    void clear();

    const SeenChanges &changes() const { return m_changes; }
    /// When the previous look was (UTC), valid once a comparison was made.
    QDateTime since() const { return m_since; }
    /// "Since Monday 14:02: 1 rule added, 1 user removed", or empty when nothing changed.
    QString summary() const;
    /// "Removed since then: rule 203.0.113.0/24 (Office); user bob", or empty.
    QString removedText() const;

signals:
    void changesChanged();

private:
    /// What is shown now, captured on the UI thread in O(rules): the users list is shared, not copied (built into
    /// a snapshot on the tracker's thread).
    struct Shown
    {
        QDateTime seenAt;
        bool hasRules = false;
        QMap<QString, QString> rules;
        bool hasUsers = false;
        QList<DatabaseUser> users;

        SeenSnapshot snapshot() const;
    };
    /// The comparison's outcome, delivered back to the UI thread.
    struct Compared
    {
        quint64 generation = 0;
        bool hadPrevious = false;
        QDateTime since;
        SeenChanges changes;
    };

    void onLoaded(bool rules, bool ok);
    void onCompared(const Compared &result);
    Shown current() const;
    void saveSoon();
    void save();
    /// Runs \a work on the tracker's thread: one thread for every tracker, so that loads and saves of the store
    /// file happen in the order they were asked for.
    static void runInOrder(std::function<void()> work);

    QPointer<FirewallRulesModel> m_rules;
    QPointer<DatabaseUsersModel> m_users;
    Clock *m_clock;
    LastSeenStore m_store;
    QTimer *m_saveTimer;
    QString m_key;
    QSet<QString> m_removedHere; ///< ids of the open database's rules the sweeper deleted (or is deleting)
    /// Counts begin()/end(): a comparison finishing after its database was closed is dropped.
    quint64 m_generation = 0;
    SeenChanges m_changes;
    QDateTime m_since;
    bool m_waitRules = false;
    bool m_waitUsers = false;
    bool m_rulesKnown = false;
    bool m_usersKnown = false;
    bool m_compared = false;
};
