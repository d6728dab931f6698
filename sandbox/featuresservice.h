#pragma once

#include "httpresponse.h"
#include "statestore.h"

#include <QJsonArray>
#include <QObject>
#include <QTimer>

/// Database features of classic addons (`force-ssl`, `publicly-available`): stored in `database_features`, changed
/// after a configurable delay (PENDING / PENDING_TO_REMOVE, then ACTIVATED or gone) and enforced in pg_hba.conf
/// through FirewallService::apply(). Dedicated Resources databases have no features to change (firewall rules).
class FeaturesService : public QObject
{
    Q_OBJECT

public:
    static const QString ForceSsl;
    static const QString PubliclyAvailable;
    /// Where the sandbox puts "Scalingo's private network" (the app's containers): reachable without Internet
    /// accessibility. Every other source, loopback included, plays the internet.
    static const QString AppNetwork;

    /// `apply` re-renders and reloads pg_hba.conf (FirewallService::apply).
    FeaturesService(StateStore *store, std::function<bool(QString *)> apply, QObject *parent = nullptr);

    /// --feature-delay: how long a change stays pending.
    void setDelay(int seconds) { m_delaySeconds = seconds; }
    /// --fail-features: activations of these names end FAILED (lets clients show a failure and a retry).
    /// With `once`, a name leaves the list when it has failed (the client's retry then activates it).
    void setFailing(const QStringList &names, bool once = false)
    {
        m_failing = names;
        m_failOnce = once;
    }

    HttpResponse enable(const DatabaseRecord &db, const QJsonObject &body);
    HttpResponse disable(const DatabaseRecord &db, const QString &name);
    /// The `features` array of the database document (after completing what is due).
    QJsonArray features(const DatabaseRecord &db);

    /// pg_hba.conf lines for every classic database, from its effective features.
    QStringList hbaLines() const;
    /// Completes due changes, re-applies pg_hba.conf when something changed and schedules the next one.
    /// Called at start (a change pending at kill -9 completes then) and by the timer.
    bool settle(QString *error);

private:
    struct Feature
    {
        QString name;
        QString status;
        QString message;
    };
    QList<Feature> stored(const QString &appId) const;
    void scheduleNext();
    HttpResponse refusal(const QString &field, const QString &message) const;

    StateStore *m_store;
    std::function<bool(QString *)> m_apply;
    int m_delaySeconds = 3;
    QStringList m_failing;
    bool m_failOnce = false;
    QTimer m_timer;
};
