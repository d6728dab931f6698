#include "databasefeaturesmodel.h"

#include "api/apiclient.h"
#include "api/apireply.h"

namespace {
const QString ForceTls = QLatin1String(DatabaseFeature::ForceTls);
const QString Public = QLatin1String(DatabaseFeature::InternetAccessibility);
} // namespace

DatabaseFeaturesModel::DatabaseFeaturesModel(QObject *parent) : QObject(parent)
{
    m_poll.setInterval(PollIntervalMs);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &DatabaseFeaturesModel::reload);
}

void DatabaseFeaturesModel::bind(ApiClient *client, const DatabaseRef &database)
{
    ++m_generation;
    m_client = client;
    m_ref = database;
    m_features.clear();
    m_queued.clear();
    m_poll.stop();
    m_inFlight = 0;
    m_loaded = false;
    emit changed();
    if (m_client && m_ref.isValid())
        reload();
}

bool DatabaseFeaturesModel::isBusy() const
{
    return m_inFlight > 0 || !m_queued.isEmpty() || forceTls().isPending() || internetAccessibility().isPending();
}

void DatabaseFeaturesModel::reload()
{
    if (!m_client || !m_ref.isValid())
        return;
    const quint64 generation = m_generation;
    ++m_inFlight;
    ApiReply *reply = m_client->listDatabaseFeatures(m_ref);
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        --m_inFlight;
        if (!reply->isSuccess()) {
            if (reply->error().kind() != ApiError::Kind::Cancelled)
                emit errorOccurred(reply->error());
            if (forceTls().isPending() || internetAccessibility().isPending() || !m_queued.isEmpty())
                m_poll.start(); // keep watching a pending change through a transient failure
            emit changed();
            return;
        }
        m_features = reply->value<QList<DatabaseFeature>>();
        m_loaded = true;
        afterLoad();
    });
}

void DatabaseFeaturesModel::afterLoad()
{
    const bool pending = forceTls().isPending() || internetAccessibility().isPending();
    if (!pending && !m_queued.isEmpty()) {
        if (forceTls().state() == DatabaseFeature::State::Activated) {
            const QString next = m_queued.takeFirst();
            send(next, true);
        } else if (forceTls().state() == DatabaseFeature::State::Failed
                   || forceTls().state() == DatabaseFeature::State::Disabled) {
            m_queued.clear(); // Force TLS did not come: Internet accessibility cannot follow
        }
    }
    if (pending || !m_queued.isEmpty())
        m_poll.start();
    emit changed();
}

QString DatabaseFeaturesModel::offRefusal(const QString &name) const
{
    if (name == ForceTls && (internetAccessibility().isOn() || internetAccessibility().isPending()))
        return tr("Force TLS cannot be turned off while Internet accessibility is on: connections from the internet "
                  "must be encrypted. Turn Internet accessibility off first.");
    return QString();
}

bool DatabaseFeaturesModel::setEnabled(const QString &name, bool on)
{
    if (!m_client || !m_ref.isValid())
        return false;
    if (isBusy()) {
        emit refused(tr("Another change is still being applied. Wait until it is done."));
        return false;
    }
    if (!on) {
        const QString reason = offRefusal(name);
        if (!reason.isEmpty()) {
            emit refused(reason);
            return false;
        }
        send(name, false);
        return true;
    }
    if (name == Public && forceTls().state() != DatabaseFeature::State::Activated) {
        // Internet accessibility requires Force TLS: that one first, then this one once it is activated.
        m_queued = QStringList{Public};
        send(ForceTls, true);
        return true;
    }
    send(name, true);
    return true;
}

void DatabaseFeaturesModel::send(const QString &name, bool on)
{
    const quint64 generation = m_generation;
    ++m_inFlight;
    ApiReply *reply = on ? m_client->enableDatabaseFeature(m_ref, name) : m_client->disableDatabaseFeature(m_ref, name);
    connect(reply, &ApiReply::finished, this, [this, reply, generation] {
        if (generation != m_generation)
            return;
        --m_inFlight;
        if (!reply->isSuccess()) {
            m_queued.clear();
            if (reply->error().kind() != ApiError::Kind::Cancelled)
                emit errorOccurred(reply->error());
        }
        reload(); // the database document is the truth: status, and the server's message on failure
    });
    emit changed();
}
