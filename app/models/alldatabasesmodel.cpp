#include "alldatabasesmodel.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "firewallrulesmodel.h"
#include "modelroles.h"

#include <QTimer>

#include <memory>

AllDatabasesModel::AllDatabasesModel(ApiClient *client, QObject *parent)
    : QAbstractTableModel(parent), m_client(client), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AllDatabasesModel::pump);
}

AllDatabasesModel::~AllDatabasesModel()
{
    cancel();
}

void AllDatabasesModel::Row::setRules(const QList<FirewallRule> &list)
{
    rules = list;
    temporaryRules = 0;
    nearestExpiry = QDateTime();
    for (const FirewallRule &rule : list) {
        const QDateTime until = FirewallRulesModel::expiryOf(rule);
        if (!until.isValid())
            continue;
        ++temporaryRules;
        if (!nearestExpiry.isValid() || until < nearestExpiry)
            nearestExpiry = until;
    }
}

int AllDatabasesModel::rowOf(const Database &db) const
{
    const QString key = keyOf(db);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (keyOf(m_rows.at(row).database) == key)
            return row;
    }
    return -1;
}

void AllDatabasesModel::setDatabases(const QList<Database> &databases)
{
    if (databases.isEmpty())
        m_started = false; // signed out: the next account's survey starts when asked
    QSet<QString> wanted;
    for (const Database &db : databases)
        wanted.insert(keyOf(db));
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(keyOf(m_rows.at(row).database)))
            continue;
        m_queue.removeAll(keyOf(m_rows.at(row).database));
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    bool added = false;
    for (const Database &db : databases) {
        const int existing = rowOf(db);
        if (existing >= 0) {
            m_rows[existing].database = db;
            emitRow(existing);
            continue;
        }
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        Row row;
        row.database = db;
        m_rows.append(row);
        endInsertRows();
        added = true;
        if (m_running) { // found while a survey runs (discovery goes on): surveyed in the same pass
            m_queue.append(keyOf(db));
            ++m_total;
        }
    }
    if (m_running) {
        emit progress(m_done, m_total);
        pump();
    } else if (added && m_started) {
        refresh(false); // found after the last pass (discovery goes on): read them too, nothing else
    }
}

void AllDatabasesModel::refresh(bool force)
{
    cancel();
    if (!m_client)
        return;
    const QDateTime staleBefore = QDateTime::currentDateTimeUtc().addSecs(-m_maxAgeSeconds);
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row &r = m_rows.at(row);
        if (force || r.state != State::Ready || !r.fetchedAt.isValid() || r.fetchedAt < staleBefore)
            m_queue.append(keyOf(r.database));
    }
    m_done = 0;
    m_total = int(m_queue.size());
    m_running = true;
    m_started = true;
    emit progress(m_done, m_total);
    if (m_myIp.isEmpty())
        fetchMyIp();
    pump();
}

void AllDatabasesModel::markStale(const QList<Database> &databases)
{
    // Figures kept on screen meanwhile, but older than maxAge(): refresh(false) reads these rows, not all.
    const QDateTime stale = QDateTime::currentDateTimeUtc().addSecs(-m_maxAgeSeconds - 1);
    for (const Database &db : databases) {
        const int row = rowOf(db);
        if (row >= 0 && m_rows.at(row).fetchedAt.isValid() && m_rows.at(row).fetchedAt > stale)
            m_rows[row].fetchedAt = stale;
    }
}

void AllDatabasesModel::refreshDatabases(const QList<Database> &databases)
{
    markStale(databases);
    refresh(false);
}

void AllDatabasesModel::cancel()
{
    ++m_generation;
    m_timer->stop();
    for (const QPointer<ApiReply> &reply : std::as_const(m_replies)) {
        if (reply)
            reply->cancel();
    }
    m_replies.clear();
    m_queue.clear();
    m_inFlight.clear();
    for (int row = 0; row < m_rows.size(); ++row) {
        Row &r = m_rows[row];
        if (r.state == State::Loading || r.state == State::Queued) {
            r.state = r.fetchedAt.isValid() ? State::Ready : State::Queued;
            emitRow(row);
        }
    }
    if (std::exchange(m_running, false))
        emit finished();
}

QDateTime AllDatabasesModel::oldestFigures() const
{
    QDateTime oldest;
    for (const Row &r : m_rows) {
        if (r.fetchedAt.isValid() && (!oldest.isValid() || r.fetchedAt < oldest))
            oldest = r.fetchedAt;
    }
    return oldest;
}

void AllDatabasesModel::fetchMyIp()
{
    if (!m_client || !m_whatIsMyIpUrl.isValid())
        return;
    ApiReply *reply = m_client->whatIsMyIp(m_whatIsMyIpUrl);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        if (!reply->isSuccess())
            return; // "this computer" stays unknown; every other figure still shows
        m_myIp = reply->value<QString>();
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).fetchedAt.isValid()) {
                m_rows[row].reach = reachOf(m_rows.at(row), m_myIp);
                emitRow(row);
            }
        }
    });
}

int AllDatabasesModel::costOf(const Database &db) const
{
    const bool addonKnown = db.isAddon() || m_addonIds.contains(keyOf(db));
    return addonKnown ? 1 : 2;
}

void AllDatabasesModel::pump()
{
    if (!m_running)
        return;
    PacedPass pass(m_pacer, QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < m_queue.size();) {
        const QString key = m_queue.at(i);
        int row = -1;
        for (int r = 0; r < m_rows.size() && row < 0; ++r) {
            if (keyOf(m_rows.at(r).database) == key)
                row = r;
        }
        if (row < 0) {
            m_queue.removeAt(i);
            continue;
        }
        const Database &db = m_rows.at(row).database;
        if (!pass.admit(db.region, costOf(db), m_inFlight.value(db.region) >= m_maxInFlight)) {
            ++i;
            continue;
        }
        m_reserved += costOf(db);
        m_queue.removeAt(i);
        survey(key);
    }
    if (const int wait = pass.waitMs())
        m_timer->start(wait);
    if (m_queue.isEmpty() && m_inFlight.isEmpty() && m_running) {
        m_running = false;
        emit finished();
    }
}

void AllDatabasesModel::survey(const QString &key)
{
    int row = -1;
    for (int r = 0; r < m_rows.size() && row < 0; ++r) {
        if (keyOf(m_rows.at(r).database) == key)
            row = r;
    }
    const Database db = m_rows.at(row).database;
    m_rows[row].state = State::Loading;
    emitRow(row);
    ++m_inFlight[db.region];
    const quint64 generation = m_generation;
    ApiReply *resolve = m_client->resolveDatabase(db, m_addonIds.value(key).toString());
    m_replies << resolve;
    connect(resolve, &ApiReply::finished, this, [this, resolve, key, db, generation] {
        if (generation != m_generation)
            return;
        if (!resolve->isSuccess() && resolve->error().kind() == ApiError::Kind::RateLimited) {
            // Over budget anyway (another window, a script): back in the queue, after the wait asked for.
            if (--m_inFlight[db.region] <= 0)
                m_inFlight.remove(db.region);
            m_queue.prepend(key);
            m_timer->start(resolve->error().retryDelayMs());
            return;
        }
        if (!resolve->isSuccess()) {
            Row failed;
            failed.database = db;
            failed.state = State::Failed;
            failed.error = resolve->error().message();
            finishRow(key, failed);
            return;
        }
        const DatabaseRef ref = resolve->value<DatabaseRef>();
        if (!db.isAddon())
            m_addonIds.insert(key, ref.addonId);
        // The two DB API reads of this database run together.
        auto result = std::make_shared<Row>();
        result->database = db;
        result->state = State::Ready;
        auto pending = std::make_shared<int>(2);
        const auto step = [this, key, result, pending, generation] {
            if (generation != m_generation || --*pending > 0)
                return;
            if (result->state == State::Ready)
                result->fetchedAt = QDateTime::currentDateTimeUtc();
            finishRow(key, *result);
        };
        ApiReply *users = m_client->listDatabaseUsers(ref);
        ApiReply *access = db.isAddon() ? m_client->listDatabaseFeatures(ref) : m_client->listFirewallRules(ref);
        m_replies << users << access;
        connect(users, &ApiReply::finished, this, [users, result, step] {
            if (users->isSuccess()) {
                result->users = users->value<QList<DatabaseUser>>();
            } else if (users->error().kind() == ApiError::Kind::Forbidden) {
                result->usersAvailable = false; // a plan without user management: not a failure of the row
            } else {
                result->state = State::Failed;
                result->error = users->error().message();
            }
            step();
        });
        connect(access, &ApiReply::finished, this, [access, result, db, step] {
            if (!access->isSuccess()) {
                result->state = State::Failed;
                result->error = access->error().message();
            } else if (db.isAddon()) {
                const auto features = access->value<QList<DatabaseFeature>>();
                result->internetAccessible
                        = DatabaseFeature::find(features, QLatin1String(DatabaseFeature::InternetAccessibility)).isOn();
            } else {
                result->setRules(access->value<QList<FirewallRule>>());
            }
            step();
        });
    });
}

void AllDatabasesModel::finishRow(const QString &key, const Row &result)
{
    const QString region = result.database.region;
    if (--m_inFlight[region] <= 0)
        m_inFlight.remove(region);
    m_replies.removeIf([](const QPointer<ApiReply> &reply) { return !reply || reply->isFinished(); });
    for (int row = 0; row < m_rows.size(); ++row) {
        if (keyOf(m_rows.at(row).database) != key)
            continue;
        Row &r = m_rows[row];
        if (result.state == State::Ready) {
            const Database db = r.database; // the picker's latest copy
            r = result;
            r.database = db;
            r.reach = m_myIp.isEmpty() ? Reach::Unknown : reachOf(r, m_myIp);
        } else {
            r.state = State::Failed; // earlier figures stay, with the error beside them
            r.error = result.error;
        }
        emitRow(row);
        break;
    }
    ++m_done;
    emit progress(m_done, m_total);
    pump();
}

AllDatabasesModel::Reach AllDatabasesModel::reachOf(const Row &row, const QString &ipv4)
{
    if (row.database.isAddon())
        return row.internetAccessible ? Reach::Allowed : Reach::Blocked;
    bool maybe = false;
    for (const FirewallRule &rule : row.rules) {
        switch (FirewallRulesModel::admission(rule, ipv4)) {
        case FirewallRulesModel::Admission::Yes:
            return Reach::Allowed;
        case FirewallRulesModel::Admission::Unknown:
            maybe = true;
            break;
        case FirewallRulesModel::Admission::No:
            break;
        }
    }
    return maybe ? Reach::Unknown : Reach::Blocked;
}

void AllDatabasesModel::emitRow(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int AllDatabasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AllDatabasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}
