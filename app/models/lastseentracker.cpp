#include "lastseentracker.h"

#include "common/clock.h"
#include "common/logging.h"
#include "databaseusersmodel.h"
#include "expirysweeper.h"
#include "firewallrulesmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimer>

// --- LastSeenStore ---------------------------------------------------------------------------------------------

LastSeenStore::LastSeenStore(const QString &path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             + QStringLiteral("/last-seen.json")
                            : path)
{ }

QJsonObject LastSeenStore::readAll() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject root = QJsonDocument::fromJson(file.read(8 * 1024 * 1024)).object();
    return root.value(QLatin1String("databases")).toObject();
}

std::optional<SeenSnapshot> LastSeenStore::load(const QString &databaseKey) const
{
    return SeenSnapshot::fromJson(readAll().value(databaseKey).toObject());
}

bool LastSeenStore::save(const QString &databaseKey, const SeenSnapshot &snapshot)
{
    QJsonObject all = readAll();
    all.insert(databaseKey, snapshot.toJson());
    while (all.size() > MaxDatabases) {
        // Drop the database seen longest ago.
        QString oldest;
        QString oldestAt;
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            const QString at = it.value().toObject().value(QLatin1String("seen_at")).toString();
            if (oldest.isEmpty() || at < oldestAt) {
                oldest = it.key();
                oldestAt = at;
            }
        }
        all.remove(oldest);
    }
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcApi).noquote() << "cannot write" << m_path << file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(QJsonObject{{QLatin1String("version"), 1}, {QLatin1String("databases"), all}})
                       .toJson(QJsonDocument::Compact));
    return file.commit();
}

// --- LastSeenTracker -------------------------------------------------------------------------------------------

namespace {
/// The trackers' one thread: the store file is read and written in the order asked, never concurrently.
QThreadPool *trackerThread()
{
    static QThreadPool pool;
    static const bool once = [] {
        pool.setMaxThreadCount(1);
        return true;
    }();
    Q_UNUSED(once);
    return &pool;
}
} // namespace

LastSeenTracker::LastSeenTracker(FirewallRulesModel *rules, DatabaseUsersModel *users, QObject *parent)
    : QObject(parent), m_rules(rules), m_users(users), m_clock(Clock::system()), m_saveTimer(new QTimer(this))
{
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(300);
    connect(m_saveTimer, &QTimer::timeout, this, &LastSeenTracker::save);
    connect(rules, &ResourceModel::loaded, this, [this] { onLoaded(true, true); });
    connect(rules, &ResourceModel::errorOccurred, this, [this] { onLoaded(true, false); });
    connect(users, &ResourceModel::loaded, this, [this] { onLoaded(false, true); });
    connect(users, &ResourceModel::errorOccurred, this, [this] { onLoaded(false, false); });
    // Changes made here are seen by definition: remember them, so they are not "someone else's" next time.
    for (QAbstractItemModel *model : std::initializer_list<QAbstractItemModel *>{rules, users}) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &LastSeenTracker::saveSoon);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &LastSeenTracker::saveSoon);
    }
}

LastSeenTracker::~LastSeenTracker()
{
    if (m_saveTimer->isActive())
        save();
    // Nothing of this tracker may run after it is gone (its tasks report back to it).
    trackerThread()->waitForDone();
}

void LastSeenTracker::runInOrder(std::function<void()> work)
{
    trackerThread()->start(std::move(work));
}

void LastSeenTracker::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
}

void LastSeenTracker::setStorePath(const QString &path)
{
    m_store = LastSeenStore(path);
}

void LastSeenTracker::setSweeper(ExpirySweeper *sweeper)
{
    connect(sweeper, &ExpirySweeper::removingExpiredRule, this, [this](const DatabaseRef &db, const FirewallRule &rule) {
        if (!m_key.isEmpty() && m_rules && db.addonId == m_rules->database().addonId)
            m_removedHere.insert(rule.id);
    });
}

void LastSeenTracker::begin(const QString &key, bool hasRules)
{
    end();
    ++m_generation;
    m_key = key;
    m_removedHere.clear();
    m_waitRules = hasRules;
    m_waitUsers = true;
    m_rulesKnown = m_usersKnown = false;
    m_compared = false;
}

void LastSeenTracker::end()
{
    if (m_saveTimer->isActive()) {
        m_saveTimer->stop();
        save();
    }
    ++m_generation; // a comparison still running is for a closed database
    m_key.clear();
    m_compared = false;
    const bool had = !m_changes.isEmpty();
    m_changes = {};
    m_since = {};
    if (had)
        emit changesChanged();
}

void LastSeenTracker::clear()
{
    m_changes = {};
    if (m_rules)
        m_rules->setMarkedKeys({});
    if (m_users)
        m_users->setMarkedKeys({});
    emit changesChanged();
}

void LastSeenTracker::onLoaded(bool rules, bool ok)
{
    if (m_key.isEmpty())
        return;
    if (rules && m_waitRules) {
        m_waitRules = false;
        m_rulesKnown = ok;
    } else if (!rules && m_waitUsers) {
        m_waitUsers = false;
        m_usersKnown = ok;
    } else if (m_compared && ok) {
        saveSoon(); // a refresh: what is shown now is what was seen
        return;
    }
    if (m_compared || m_waitRules || m_waitUsers)
        return;
    m_compared = true;
    // Loading what was seen last time, comparing and remembering what is shown now all happen on the tracker's
    // thread; the UI thread only captures the rows (shared, not copied) and applies the marks that changed.
    runInOrder([this, shown = current(), key = m_key, store = m_store, generation = m_generation,
                removedHere = m_removedHere]() mutable {
        const SeenSnapshot now = shown.snapshot();
        const std::optional<SeenSnapshot> previous = store.load(key);
        Compared result;
        result.generation = generation;
        SeenSnapshot remembered = now;
        if (previous) {
            result.hadPrevious = true;
            result.since = previous->seenAt;
            // What the expiry sweeper deleted (or is deleting) is neither someone else's removal nor, if its
            // deletion failed, someone else's addition.
            SeenSnapshot before = *previous;
            SeenSnapshot after = now;
            for (const QString &id : std::as_const(removedHere)) {
                before.rules.remove(id);
                after.rules.remove(id);
            }
            result.changes = SeenChanges::between(before, after);
            // A part that could not be listed this time keeps what was seen before.
            if (!remembered.hasRules && previous->hasRules) {
                remembered.hasRules = true;
                remembered.rules = previous->rules;
            }
            if (!remembered.hasUsers && previous->hasUsers) {
                remembered.hasUsers = true;
                remembered.users = previous->users;
            }
        }
        store.save(key, remembered);
        QMetaObject::invokeMethod(
                this, [this, result] { onCompared(result); }, Qt::QueuedConnection);
    });
}

void LastSeenTracker::onCompared(const Compared &result)
{
    if (result.generation != m_generation || m_key.isEmpty() || !result.hadPrevious)
        return;
    m_since = result.since;
    m_changes = result.changes;
    if (m_rules)
        m_rules->setMarkedKeys(QSet<QString>(m_changes.addedRules.cbegin(), m_changes.addedRules.cend()));
    if (m_users)
        m_users->setMarkedKeys(QSet<QString>(m_changes.addedUsers.cbegin(), m_changes.addedUsers.cend()));
    if (!m_changes.isEmpty())
        emit changesChanged();
}

LastSeenTracker::Shown LastSeenTracker::current() const
{
    Shown shown;
    shown.seenAt = m_clock->nowUtc();
    if (m_rules && m_rulesKnown && m_rules->hasData()) {
        shown.hasRules = true;
        for (const FirewallRule &rule : m_rules->rules()) {
            const QString target = m_rules->targetText(rule);
            shown.rules.insert(rule.id,
                               rule.label.isEmpty() ? target : QStringLiteral("%1 (%2)").arg(target, rule.label));
        }
    }
    if (m_users && m_usersKnown && m_users->hasData()) {
        shown.hasUsers = true;
        shown.users = m_users->users(); // implicitly shared: O(1) here, read on the tracker's thread
    }
    return shown;
}

SeenSnapshot LastSeenTracker::Shown::snapshot() const
{
    SeenSnapshot snapshot;
    snapshot.seenAt = seenAt;
    snapshot.hasRules = hasRules;
    snapshot.rules = rules;
    snapshot.hasUsers = hasUsers;
    snapshot.users.reserve(users.size());
    for (const DatabaseUser &user : users)
        snapshot.users.insert(user.name);
    return snapshot;
}

void LastSeenTracker::saveSoon()
{
    if (m_compared && !m_key.isEmpty())
        m_saveTimer->start();
}

void LastSeenTracker::save()
{
    if (m_key.isEmpty() || !m_compared)
        return;
    runInOrder([shown = current(), key = m_key, store = m_store]() mutable {
        SeenSnapshot snapshot = shown.snapshot();
        // A part that could not be listed this time keeps what was seen before (the store has it).
        if (!snapshot.hasRules || !snapshot.hasUsers) {
            if (const std::optional<SeenSnapshot> stored = store.load(key)) {
                if (!snapshot.hasRules && stored->hasRules) {
                    snapshot.hasRules = true;
                    snapshot.rules = stored->rules;
                }
                if (!snapshot.hasUsers && stored->hasUsers) {
                    snapshot.hasUsers = true;
                    snapshot.users = stored->users;
                }
            }
        }
        store.save(key, snapshot);
    });
}

QString LastSeenTracker::summary() const
{
    if (m_changes.isEmpty() || !m_since.isValid())
        return QString();
    QStringList parts;
    if (const int n = int(m_changes.addedRules.size()))
        parts << tr("%n rule(s) added", nullptr, n);
    if (const int n = int(m_changes.removedRules.size()))
        parts << tr("%n rule(s) removed", nullptr, n);
    if (const int n = int(m_changes.addedUsers.size()))
        parts << tr("%n user(s) added", nullptr, n);
    if (const int n = int(m_changes.removedUsers.size()))
        parts << tr("%n user(s) removed", nullptr, n);
    const QLocale locale;
    const QDateTime then = m_since.toLocalTime();
    const QDate today = m_clock->nowUtc().toLocalTime().date();
    const QString time = locale.toString(then.time(), QLocale::ShortFormat);
    const qint64 days = then.date().daysTo(today);
    const QString when = days == 0 ? tr("today %1").arg(time)
            : days < 7             ? tr("%1 %2", "weekday, time").arg(locale.dayName(then.date().dayOfWeek()), time)
                                   : locale.toString(then, QLocale::ShortFormat);
    return tr("Since %1: %2").arg(when, parts.join(QLatin1String(", ")));
}

QString LastSeenTracker::removedText() const
{
    QStringList names;
    for (const QString &rule : m_changes.removedRules)
        names << tr("rule %1").arg(rule);
    for (const QString &user : m_changes.removedUsers)
        names << tr("user %1").arg(user);
    return names.isEmpty() ? QString() : tr("Removed since then: %1").arg(names.join(QLatin1String("; ")));
}
