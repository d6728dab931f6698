#include "expirysweeper.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "common/clock.h"
#include "common/logging.h"
#include "firewallrulesmodel.h"

#include <QTimer>

#include <memory>

namespace {
// Recompute at least this often: a suspended laptop's timers run late, and the clock may have moved.
constexpr qint64 kMaxWaitMs = 5 * 60 * 1000;
} // namespace

ExpirySweeper::ExpirySweeper(ApiClient *client, QObject *parent)
    : QObject(parent), m_client(client), m_clock(Clock::system()), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ExpirySweeper::sweep);
}

ExpirySweeper::~ExpirySweeper() = default;

void ExpirySweeper::setClock(Clock *clock)
{
    disconnect(m_clock, nullptr, this, nullptr);
    m_clock = clock ? clock : Clock::system();
    connect(m_clock, &Clock::jumped, this, &ExpirySweeper::schedule);
    schedule();
}

void ExpirySweeper::setModel(FirewallRulesModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!model)
        return;
    connect(model, &ResourceModel::loaded, this, &ExpirySweeper::onModelLoaded);
    // Rules added or relabelled here (a new temporary rule, an extension) are tracked at once.
    connect(model, &QAbstractItemModel::rowsInserted, this, &ExpirySweeper::trackModel);
    connect(model, &QAbstractItemModel::dataChanged, this, &ExpirySweeper::trackModel);
    // Another database selected while its list was re-read: that sweep ends unfinished, the next one goes via the
    // client.
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        auto it = m_tracked.find(std::exchange(m_modelSweepKey, QString()));
        if (it != m_tracked.end())
            it->busy = false;
        schedule();
    });
    connect(model, &ResourceModel::errorOccurred, this, [this](const ApiError &error) {
        m_modelSweepKey.clear();
        const QString key = m_model->database().addonId;
        auto it = m_tracked.find(key);
        if (it == m_tracked.end() || !it->busy)
            return;
        it->busy = false;
        QList<FirewallRule> due;
        for (const FirewallRule &rule : std::as_const(it->temporary))
            if (isDue(rule))
                due.append(rule);
        retryLater(key, due, error);
    });
}

void ExpirySweeper::forgetAll()
{
    m_tracked.clear();
    m_timer->stop();
}

bool ExpirySweeper::isDue(const FirewallRule &rule) const
{
    const QDateTime until = FirewallRulesModel::expiryOf(rule);
    return until.isValid() && until <= m_clock->nowUtc();
}

QDateTime ExpirySweeper::nextExpiry() const
{
    QDateTime next;
    for (const Tracked &tracked : m_tracked) {
        for (const FirewallRule &rule : tracked.temporary) {
            const QDateTime until = FirewallRulesModel::expiryOf(rule);
            if (!next.isValid() || until < next)
                next = until;
        }
    }
    return next;
}

void ExpirySweeper::track(const DatabaseRef &ref, const QList<FirewallRule> &rules)
{
    if (!ref.isValid())
        return;
    QList<FirewallRule> temporary;
    for (const FirewallRule &rule : rules) {
        if (FirewallRulesModel::expiryOf(rule).isValid())
            temporary.append(rule);
    }
    auto it = m_tracked.find(ref.addonId);
    if (it == m_tracked.end()) {
        if (temporary.isEmpty())
            return;
        it = m_tracked.insert(ref.addonId, Tracked{ref, {}, 0, false, false});
    }
    it->ref = ref;
    it->temporary = temporary;
}

void ExpirySweeper::trackModel()
{
    if (!m_model || !m_model->hasData())
        return;
    track(m_model->database(), m_model->rules());
    schedule();
}

void ExpirySweeper::onModelLoaded()
{
    const DatabaseRef ref = m_model->database();
    track(ref, m_model->rules());
    auto it = m_tracked.find(ref.addonId);
    if (it != m_tracked.end()) {
        it->busy = false;
        m_modelSweepKey.clear();
        // Opening a database after its rules expired (nobody was running then) deletes them now.
        deleteDue(ref.addonId, m_model->rules(), true);
    }
    schedule();
}

void ExpirySweeper::sweep()
{
    const QStringList keys = m_tracked.keys();
    for (const QString &key : keys) {
        const Tracked &tracked = m_tracked.value(key);
        if (tracked.busy || tracked.retryPending)
            continue;
        if (std::any_of(tracked.temporary.cbegin(), tracked.temporary.cend(),
                        [this](const FirewallRule &rule) { return isDue(rule); }))
            sweepDatabase(key);
    }
    schedule();
}

void ExpirySweeper::sweepDatabase(const QString &key)
{
    auto it = m_tracked.find(key);
    if (it == m_tracked.end() || it->busy)
        return;
    it->busy = true;
    it->retryPending = false;
    // Read the rules again first: someone may have extended or deleted a rule since we last listed them.
    if (m_model && m_model->database().addonId == key) {
        m_modelSweepKey = key;
        m_model->reload(); // onModelLoaded() deletes what is still due
        return;
    }
    if (!m_client) {
        it->busy = false;
        return;
    }
    ApiReply *list = m_client->listFirewallRules(it->ref);
    connect(list, &ApiReply::finished, this, [this, list, key] {
        auto it = m_tracked.find(key);
        if (it == m_tracked.end())
            return;
        it->busy = false;
        if (!list->isSuccess()) {
            if (list->error().kind() == ApiError::Kind::NotFound) {
                m_tracked.erase(it); // the database is gone
                return;
            }
            QList<FirewallRule> due;
            for (const FirewallRule &rule : std::as_const(it->temporary))
                if (isDue(rule))
                    due.append(rule);
            retryLater(key, due, list->error());
            return;
        }
        const QList<FirewallRule> rules = list->value<QList<FirewallRule>>();
        track(it->ref, rules);
        deleteDue(key, rules, false);
        schedule();
    });
}

void ExpirySweeper::deleteDue(const QString &key, const QList<FirewallRule> &rules, bool viaModel)
{
    auto it = m_tracked.find(key);
    if (it == m_tracked.end() || it->busy)
        return;
    QList<FirewallRule> due;
    for (const FirewallRule &rule : rules)
        if (isDue(rule))
            due.append(rule);
    if (due.isEmpty())
        return;
    it->busy = true;
    const DatabaseRef ref = it->ref;
    struct Batch
    {
        int pending = 0;
        int removed = 0;
        QList<FirewallRule> failed;
        ApiError error;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = int(due.size());
    for (const FirewallRule &rule : std::as_const(due)) {
        qCInfo(lcApi).noquote() << "temporary firewall rule" << rule.id << "expired; deleting it";
        emit removingExpiredRule(ref, rule);
        ApiReply *reply = viaModel && m_model ? m_model->deleteRule(rule.id)
                : m_client                    ? m_client->deleteFirewallRule(ref, rule.id)
                                              : nullptr;
        if (!reply) {
            --batch->pending;
            continue;
        }
        connect(reply, &ApiReply::finished, this, [this, reply, rule, ref, key, batch] {
            if (reply->isSuccess()) {
                ++batch->removed;
                emit expiredRuleRemoved(ref, rule);
            } else if (reply->error().kind() != ApiError::Kind::NotFound) { // NotFound: someone else deleted it
                batch->failed.append(rule);
                batch->error = reply->error();
            }
            if (--batch->pending > 0)
                return;
            auto it = m_tracked.find(key);
            if (it != m_tracked.end()) {
                it->busy = false;
                // What is left is what failed (or what a later list shows): re-read at the next sweep.
                it->temporary.erase(
                        std::remove_if(it->temporary.begin(), it->temporary.end(),
                                       [&](const FirewallRule &r) {
                                           return isDue(r)
                                                   && !std::any_of(batch->failed.cbegin(), batch->failed.cend(),
                                                                   [&](const FirewallRule &f) { return f.id == r.id; });
                                       }),
                        it->temporary.end());
                if (batch->failed.isEmpty())
                    it->failures = 0;
            }
            emit sweepFinished(ref, batch->removed, int(batch->failed.size()));
            if (!batch->failed.isEmpty())
                retryLater(key, batch->failed, batch->error);
            schedule();
        });
    }
    if (batch->pending == 0)
        it->busy = false;
}

void ExpirySweeper::retryLater(const QString &key, const QList<FirewallRule> &failed, const ApiError &error)
{
    auto it = m_tracked.find(key);
    if (it == m_tracked.end() || m_retryDelays.isEmpty())
        return;
    const int delay = m_retryDelays.at(std::min<int>(it->failures, int(m_retryDelays.size()) - 1));
    ++it->failures;
    it->retryPending = true;
    for (const FirewallRule &rule : failed) {
        qCWarning(lcApi).noquote() << "expired firewall rule" << rule.id << "not deleted:" << error.message()
                                   << "- retrying in" << delay << "ms";
        emit expiredRuleRemovalFailed(it->ref, rule, error, delay);
    }
    QTimer::singleShot(delay, this, [this, key] {
        auto it = m_tracked.find(key);
        if (it == m_tracked.end() || !it->retryPending)
            return;
        sweepDatabase(key);
    });
}

void ExpirySweeper::schedule()
{
    QDateTime next;
    for (const Tracked &tracked : std::as_const(m_tracked)) {
        if (tracked.busy || tracked.retryPending)
            continue;
        for (const FirewallRule &rule : tracked.temporary) {
            const QDateTime until = FirewallRulesModel::expiryOf(rule);
            if (!next.isValid() || until < next)
                next = until;
        }
    }
    if (!next.isValid()) {
        m_timer->stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(m_clock->nowUtc().msecsTo(next), 0, kMaxWaitMs);
    m_timer->start(int(wait));
}
