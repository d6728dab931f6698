#include "plansearch.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "domain/managedrange.h"

#include <QDateTime>
#include <QTimer>

#include <memory>

PlanSearch::PlanSearch(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PlanSearch::pump);
}

PlanSearch::~PlanSearch()
{
    cancel();
}

void PlanSearch::start(const QList<Database> &databases, Needs needs)
{
    cancel();
    m_results.clear();
    m_queue = databases;
    m_needs = needs;
    m_total = int(databases.size());
    m_running = true;
    emit progress(0, m_total);
    pump();
}

void PlanSearch::cancel()
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
    if (std::exchange(m_running, false))
        emit finished();
}

void PlanSearch::pump()
{
    if (!m_running)
        return;
    PacedPass pass(m_pacer, QDateTime::currentMSecsSinceEpoch());
    for (int i = 0; i < m_queue.size();) {
        const Database db = m_queue.at(i);
        // Regional requests: the addon token, plus the addon lookup when its id is not known.
        const int cost = db.isAddon() || m_addonIds.contains(keyOf(db)) ? 1 : 2;
        if (!pass.admit(db.region, cost, m_inFlight.value(db.region) >= m_maxInFlight)) {
            ++i;
            continue;
        }
        m_queue.removeAt(i);
        read(db);
    }
    if (const int wait = pass.waitMs())
        m_timer->start(wait);
    if (m_queue.isEmpty() && m_inFlight.isEmpty() && m_running) {
        m_running = false;
        emit finished();
    }
}

void PlanSearch::read(const Database &db)
{
    ++m_inFlight[db.region];
    const quint64 generation = m_generation;
    const QString key = keyOf(db);
    ApiReply *resolve = m_client->resolveDatabase(db, m_addonIds.value(key).toString());
    m_replies << resolve;
    connect(resolve, &ApiReply::finished, this, [this, resolve, db, key, generation] {
        if (generation != m_generation)
            return;
        if (!resolve->isSuccess() && resolve->error().kind() == ApiError::Kind::RateLimited) {
            if (--m_inFlight[db.region] <= 0)
                m_inFlight.remove(db.region);
            m_queue.prepend(db);
            m_timer->start(resolve->error().retryDelayMs());
            return;
        }
        auto result = std::make_shared<Found>();
        result->database = db;
        if (!resolve->isSuccess()) {
            result->error = resolve->error().message();
            finishOne(*result);
            return;
        }
        result->ref = resolve->value<DatabaseRef>();
        result->ok = true;
        if (!db.isAddon())
            m_addonIds.insert(key, result->ref.addonId);
        auto pending = std::make_shared<int>(0);
        const auto step = [this, result, pending, generation] {
            if (generation == m_generation && --*pending == 0)
                finishOne(*result);
        };
        const auto failed = [result](ApiReply *reply) {
            result->ok = false;
            result->error = reply->error().message();
        };
        QList<std::pair<ApiReply *, std::function<void(ApiReply *)>>> reads;
        if (m_needs.testFlag(Rules) && !db.isAddon()) {
            reads.append({m_client->listFirewallRules(result->ref), [result, failed](ApiReply *reply) {
                              if (!reply->isSuccess())
                                  return failed(reply);
                              result->rules = reply->value<QList<FirewallRule>>();
                              result->rulesAvailable = true;
                          }});
        }
        if (m_needs.testFlag(Users)) {
            reads.append({m_client->listDatabaseUsers(result->ref), [result, failed](ApiReply *reply) {
                              if (reply->isSuccess()) {
                                  result->users = reply->value<QList<DatabaseUser>>();
                                  result->usersAvailable = true;
                              } else if (reply->error().kind() != ApiError::Kind::Forbidden) {
                                  failed(reply); // Forbidden: a plan without user management, not a failure
                              }
                          }});
        }
        if (m_needs.testFlag(Ranges) && !db.isAddon()) {
            reads.append({m_client->listManagedRanges(result->ref), [result](ApiReply *reply) {
                              if (!reply->isSuccess())
                                  return; // unknown: the server decides when the rule is sent
                              QStringList ids;
                              for (const ManagedRange &range : reply->value<QList<ManagedRange>>())
                                  ids.append(range.id);
                              result->rangeIds = ids;
                          }});
        }
        if (reads.isEmpty()) {
            finishOne(*result);
            return;
        }
        *pending = int(reads.size());
        for (const auto &[reply, apply] : reads) {
            m_replies << reply;
            connect(reply, &ApiReply::finished, this, [reply = reply, apply = apply, step] {
                apply(reply);
                step();
            });
        }
    });
}

void PlanSearch::finishOne(const Found &result)
{
    const QString region = result.database.region;
    if (--m_inFlight[region] <= 0)
        m_inFlight.remove(region);
    m_replies.removeIf([](const QPointer<ApiReply> &reply) { return !reply || reply->isFinished(); });
    m_results.append(result);
    emit found(result);
    emit progress(done(), m_total);
    pump();
}
