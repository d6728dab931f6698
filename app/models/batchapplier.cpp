#include "batchapplier.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "domain/databaseuser.h"
#include "domain/firewallrule.h"

#include <QDateTime>
#include <QTimer>

#include <memory>

namespace {

/// The write may have reached the server although no definitive answer came back.
bool mayHaveApplied(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Server:
    case ApiError::Kind::BadResponse:
    case ApiError::Kind::Cancelled:
    case ApiError::Kind::Unknown:
        return true;
    default:
        return false;
    }
}

bool isRuleAction(BatchItem::Action action)
{
    return action == BatchItem::Action::CreateRule || action == BatchItem::Action::DeleteRule;
}

} // namespace

BatchApplier::BatchApplier(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &BatchApplier::pump);
}

BatchApplier::~BatchApplier() = default;

bool BatchApplier::start(const BatchPlan &plan)
{
    if (m_running || !m_client)
        return false;
    m_plan = plan;
    m_addonIds.clear();
    m_jobs.clear();
    m_retryPending = false;
    for (int t = 0; t < m_plan.targets.size(); ++t) {
        for (BatchItem &item : m_plan.targets[t].items) {
            if (item.verdict == BatchItem::Verdict::Apply && item.status == BatchItem::Status::Planned)
                m_jobs.insert(t, Job());
        }
    }
    begin();
    return true;
}

bool BatchApplier::retryFailed()
{
    if (m_running) {
        if (!m_cancelling)
            return false;
        m_retryPending = true; // once the writes in flight have ended: they must not be sent twice
        return true;
    }
    m_jobs.clear();
    for (int t = 0; t < m_plan.targets.size(); ++t) {
        QList<BatchItem> &items = m_plan.targets[t].items;
        for (int i = 0; i < items.size(); ++i) {
            BatchItem &item = items[i];
            if (!item.isRetryable())
                continue;
            Job &job = m_jobs[t];
            job.verify = job.verify || item.maybeApplied;
            item.status = BatchItem::Status::Planned;
            item.error.clear();
            emit itemChanged(t, i);
        }
    }
    if (m_jobs.isEmpty())
        return false;
    begin();
    return true;
}

void BatchApplier::begin()
{
    m_queue = m_jobs.keys();
    std::sort(m_queue.begin(), m_queue.end());
    m_inFlight.clear();
    m_done = 0;
    m_total = m_plan.count(BatchItem::Status::Planned);
    m_running = true;
    m_cancelling = false;
    emit started(m_plan.operationId, m_plan.title);
    emit progress(m_done, m_total);
    pump();
    checkFinished(); // an empty plan
}

void BatchApplier::cancel()
{
    if (!m_running || m_cancelling)
        return;
    m_cancelling = true;
    m_timer->stop();
    for (int target : std::as_const(m_queue)) {
        m_jobs.remove(target);
        QList<BatchItem> &items = m_plan.targets[target].items;
        for (int i = 0; i < items.size(); ++i) {
            if (items.at(i).status == BatchItem::Status::Planned) {
                setStatus(target, i, BatchItem::Status::Cancelled);
                ++m_done;
            }
        }
    }
    m_queue.clear();
    emit progress(m_done, m_total);
    QList<int> waiting; // nothing in flight for them: they end now
    for (auto it = m_jobs.cbegin(); it != m_jobs.cend(); ++it) {
        if (it->waiting)
            waiting << it.key();
    }
    for (int target : std::as_const(waiting))
        endJob(target);
    checkFinished();
}

int BatchApplier::costOf(const BatchTarget &target) const
{
    return target.database.isAddon() || !target.addonId.isEmpty() ? 1 : 2;
}

void BatchApplier::pump()
{
    if (!m_running || m_cancelling)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 wait = -1;
    QSet<QString> blocked; // regions waiting: keep their order
    for (int i = 0; i < m_queue.size();) {
        const int target = m_queue.at(i);
        const BatchTarget &t = m_plan.targets.at(target);
        const QString region = t.database.region;
        if (blocked.contains(region) || m_inFlight.value(region) >= m_maxInFlight) {
            blocked.insert(region);
            ++i;
            continue;
        }
        const qint64 needed = m_pacer.reserve(region, costOf(t), now);
        if (needed > 0) {
            blocked.insert(region);
            wait = wait < 0 ? needed : qMin(wait, needed);
            ++i;
            continue;
        }
        m_reserved += costOf(t);
        m_queue.removeAt(i);
        ++m_inFlight[region];
        resolve(target);
    }
    if (wait > 0)
        m_timer->start(int(qMin<qint64>(wait, 60000)));
}

ApiReply *BatchApplier::track(ApiReply *reply)
{
    m_replies.removeIf([](const QPointer<ApiReply> &r) { return !r || r->isFinished(); });
    m_replies << reply;
    return reply;
}

void BatchApplier::resolve(int target)
{
    m_jobs[target].phase = Phase::Resolving;
    const BatchTarget &t = m_plan.targets.at(target);
    ApiReply *reply = track(m_client->resolveDatabase(t.database, t.addonId));
    connect(reply, &ApiReply::finished, this, [this, reply, target] {
        if (!reply->isSuccess()) {
            failJob(target, reply->error().message());
            return;
        }
        Job &job = m_jobs[target];
        job.ref = reply->value<DatabaseRef>();
        m_plan.targets[target].addonId = job.ref.addonId;
        m_addonIds.insert(job.ref.addonId);
        if (job.verify)
            verify(target);
        else
            writeNext(target);
    });
}

void BatchApplier::verify(int target)
{
    Job &job = m_jobs[target];
    job.phase = Phase::Verifying;
    bool users = false;
    bool rules = false;
    for (const BatchItem &item : std::as_const(m_plan.targets.at(target).items)) {
        if (item.status != BatchItem::Status::Planned || !item.maybeApplied)
            continue;
        (isRuleAction(item.action) ? rules : users) = true;
    }
    struct Found
    {
        int pending = 0;
        QString error;
        QList<DatabaseUser> users;
        QList<FirewallRule> rules;
    };
    auto found = std::make_shared<Found>();
    found->pending = int(users) + int(rules);
    const auto settle = [this, target, found] {
        if (--found->pending > 0)
            return;
        if (!found->error.isEmpty()) {
            failJob(target, found->error);
            return;
        }
        QList<BatchItem> &items = m_plan.targets[target].items;
        for (int i = 0; i < items.size(); ++i) {
            BatchItem &item = items[i];
            if (item.status != BatchItem::Status::Planned || !item.maybeApplied)
                continue;
            bool applied = false;
            switch (item.action) {
            case BatchItem::Action::CreateUser:
                applied = std::any_of(found->users.cbegin(), found->users.cend(),
                                      [&](const DatabaseUser &u) { return u.name == item.user.name; });
                break;
            case BatchItem::Action::DeleteUser:
                applied = std::none_of(found->users.cbegin(), found->users.cend(),
                                       [&](const DatabaseUser &u) { return u.name == item.key; });
                break;
            case BatchItem::Action::CreateRule:
                for (const FirewallRule &rule : std::as_const(found->rules)) {
                    const bool same = item.rule.type == FirewallRule::Type::Custom
                            ? rule.type == FirewallRule::Type::Custom && rule.cidr == item.rule.cidr
                            : rule.type == FirewallRule::Type::Managed && rule.rangeId == item.rule.rangeId;
                    if (same) {
                        applied = true;
                        item.resultId = rule.id;
                    }
                }
                break;
            case BatchItem::Action::DeleteRule:
                applied = std::none_of(found->rules.cbegin(), found->rules.cend(),
                                       [&](const FirewallRule &r) { return r.id == item.key; });
                break;
            }
            item.maybeApplied = false;
            if (applied) {
                item.confirmed = true;
                setStatus(target, i, BatchItem::Status::Done);
                ++m_done;
            }
        }
        emit progress(m_done, m_total);
        writeNext(target);
    };
    const DatabaseRef ref = job.ref;
    if (users) {
        ApiReply *reply = track(m_client->listDatabaseUsers(ref));
        connect(reply, &ApiReply::finished, this, [reply, found, settle] {
            if (reply->isSuccess())
                found->users = reply->value<QList<DatabaseUser>>();
            else
                found->error = reply->error().message();
            settle();
        });
    }
    if (rules) {
        ApiReply *reply = track(m_client->listFirewallRules(ref));
        connect(reply, &ApiReply::finished, this, [reply, found, settle] {
            if (reply->isSuccess())
                found->rules = reply->value<QList<FirewallRule>>();
            else
                found->error = reply->error().message();
            settle();
        });
    }
    if (!users && !rules) {
        found->pending = 1;
        settle();
    }
}

void BatchApplier::writeNext(int target)
{
    Job &job = m_jobs[target];
    if (m_cancelling) {
        endJob(target);
        return;
    }
    const QList<BatchItem> &items = m_plan.targets.at(target).items;
    while (job.next < items.size() && items.at(job.next).status != BatchItem::Status::Planned)
        ++job.next;
    if (job.next >= items.size()) {
        endJob(target);
        return;
    }
    job.phase = Phase::Writing;
    write(target, job.next);
}

void BatchApplier::write(int target, int item)
{
    const BatchItem &it = m_plan.targets.at(target).items.at(item);
    const DatabaseRef ref = m_jobs.value(target).ref;
    setStatus(target, item, BatchItem::Status::Running);
    ApiReply *reply = nullptr;
    switch (it.action) {
    case BatchItem::Action::CreateRule:
        reply = m_client->createFirewallRule(ref, it.rule);
        break;
    case BatchItem::Action::CreateUser:
        reply = m_client->createDatabaseUser(ref, it.user);
        break;
    case BatchItem::Action::DeleteRule:
        reply = m_client->deleteFirewallRule(ref, it.key);
        break;
    case BatchItem::Action::DeleteUser:
        reply = m_client->deleteDatabaseUser(ref, it.key);
        break;
    }
    track(reply);
    connect(reply, &ApiReply::finished, this, [this, reply, target, item] { itemEnded(target, item, reply); });
}

void BatchApplier::itemEnded(int target, int index, ApiReply *reply)
{
    BatchItem &item = m_plan.targets[target].items[index];
    if (!reply->isSuccess() && reply->error().kind() == ApiError::Kind::RateLimited) {
        // Refused, not applied: the same item again once the API's wait is over (or at once after cancel()).
        ++m_rateLimited;
        setStatus(target, index, BatchItem::Status::Planned);
        m_jobs[target].waiting = true;
        QTimer::singleShot(reply->error().retryDelayMs(m_rateLimitedPauseMs), this, [this, target] {
            const auto job = m_jobs.find(target);
            if (job == m_jobs.end() || !job->waiting)
                return; // ended by cancel()
            job->waiting = false;
            writeNext(target);
        });
        return;
    }
    const bool deletion = item.action == BatchItem::Action::DeleteRule || item.action == BatchItem::Action::DeleteUser;
    if (reply->isSuccess() || (deletion && reply->error().kind() == ApiError::Kind::NotFound)) {
        item.confirmed = reply->reconciled() || !reply->isSuccess();
        item.maybeApplied = false;
        if (item.action == BatchItem::Action::CreateUser)
            item.password = reply->value<DatabaseUser>().password;
        else if (item.action == BatchItem::Action::CreateRule)
            item.resultId = reply->value<FirewallRule>().id;
        setStatus(target, index, BatchItem::Status::Done);
    } else {
        item.error = reply->error().message();
        item.maybeApplied = mayHaveApplied(reply->error());
        setStatus(target, index, BatchItem::Status::Failed);
    }
    ++m_done;
    emit progress(m_done, m_total);
    ++m_jobs[target].next;
    writeNext(target);
}

void BatchApplier::failJob(int target, const QString &error)
{
    QList<BatchItem> &items = m_plan.targets[target].items;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).status != BatchItem::Status::Planned)
            continue;
        items[i].error = error; // maybeApplied kept: still to verify at the next retry
        setStatus(target, i, BatchItem::Status::Failed);
        ++m_done;
    }
    emit progress(m_done, m_total);
    endJob(target);
}

void BatchApplier::endJob(int target)
{
    QList<BatchItem> &items = m_plan.targets[target].items;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i).status == BatchItem::Status::Planned) { // cancel() came in between
            setStatus(target, i, BatchItem::Status::Cancelled);
            ++m_done;
        }
    }
    m_jobs.remove(target);
    const QString region = m_plan.targets.at(target).database.region;
    if (--m_inFlight[region] <= 0)
        m_inFlight.remove(region);
    emit progress(m_done, m_total);
    pump();
    checkFinished();
}

void BatchApplier::setStatus(int target, int item, BatchItem::Status status)
{
    m_plan.targets[target].items[item].status = status;
    emit itemChanged(target, item);
}

void BatchApplier::checkFinished()
{
    if (!m_running || !m_queue.isEmpty() || !m_jobs.isEmpty())
        return;
    m_running = false;
    m_cancelling = false;
    m_timer->stop();
    emit finished();
    if (std::exchange(m_retryPending, false))
        retryFailed();
}
