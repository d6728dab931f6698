#pragma once

#include "httpresponse.h"
#include "statestore.h"

#include <QObject>

#include <functional>

class ClusterManager;
class QTimer;

/// Firewall rules of the DB API. Rules live in the state database and are rendered into pg_hba.conf
/// (deny by default: one `hostssl <db> all <cidr> scram-sha-256` line per allowed network), then applied
/// with pg_reload_conf() and checked through pg_hba_file_rules.
class FirewallService : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRules = 30;

    struct ManagedRange
    {
        QString id;
        QString name;
        QStringList cidrs;
    };
    static const QList<ManagedRange> &managedRanges();

    FirewallService(StateStore *store, ClusterManager *cluster, QObject *parent = nullptr);

    /// --firewall-delay: rewrite pg_hba.conf only this long after a change (emulates propagation).
    void setDelay(int seconds) { m_delaySeconds = seconds; }
    /// More pg_hba.conf lines rendered after the rules (classic addons' features, FeaturesService::hbaLines).
    void setExtraLines(std::function<QStringList()> extra) { m_extraLines = std::move(extra); }

    HttpResponse list(const DatabaseRecord &db);
    HttpResponse create(const DatabaseRecord &db, const QJsonObject &body);
    HttpResponse update(const DatabaseRecord &db, const QString &id, const QJsonObject &body);
    HttpResponse remove(const DatabaseRecord &db, const QString &id);
    HttpResponse ranges();

    /// Renders pg_hba.conf from the stored rules and reloads; restores the previous file on error.
    bool apply(QString *error);

private:
    struct Rule
    {
        QString id;
        QString type;
        QString cidr;
        QString label;
        QString rangeId;
        QDateTime createdAt;
        QDateTime updatedAt;
    };

    QList<Rule> rules(const QString &appId, const QString &onlyId = QString());
    QString render();
    QJsonObject toJson(const DatabaseRecord &db, const Rule &rule) const;
    /// Applies now (inside the caller's transaction, so a failure can be rolled back) or schedules it.
    bool applyOrSchedule(QString *error);
    static void validateLabel(const QJsonValue &label, FieldErrors *errors);

    StateStore *m_store;
    ClusterManager *m_cluster;
    int m_delaySeconds = 0;
    std::function<QStringList()> m_extraLines;
};
