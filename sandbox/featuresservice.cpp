#include "featuresservice.h"

#include "logging.h"
#include "sqlhelpers.h"

#include <QSqlDatabase>

const QString FeaturesService::ForceSsl = QStringLiteral("force-ssl");
const QString FeaturesService::PubliclyAvailable = QStringLiteral("publicly-available");
const QString FeaturesService::AppNetwork = QStringLiteral("127.0.0.20/32");

namespace {

const QString Activated = QStringLiteral("ACTIVATED");
const QString Pending = QStringLiteral("PENDING");
const QString PendingToRemove = QStringLiteral("PENDING_TO_REMOVE");
const QString Failed = QStringLiteral("FAILED");

bool isPending(const QString &status)
{
    return status == Pending || status == PendingToRemove;
}

// What PostgreSQL enforces: a feature counts until its removal completes, and not before its activation does.
bool isEffective(const QString &status)
{
    return status == Activated || status == PendingToRemove;
}

} // namespace

FeaturesService::FeaturesService(StateStore *store, std::function<bool(QString *)> apply, QObject *parent)
    : QObject(parent), m_store(store), m_apply(std::move(apply))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        QString error;
        if (!settle(&error))
            qCWarning(lcSandbox).noquote() << "completing feature changes failed:" << error;
    });
}

QList<FeaturesService::Feature> FeaturesService::stored(const QString &appId) const
{
    QList<Feature> out;
    QString error;
    auto q = Sql::run(m_store->stateDb(),
                      QStringLiteral("SELECT name, status, message FROM database_features WHERE app_id = :app "
                                     "ORDER BY name"),
                      {{QStringLiteral("app"), appId}}, &error);
    while (q && q->next())
        out.append(Feature{q->value(0).toString(), q->value(1).toString(), q->value(2).toString()});
    return out;
}

HttpResponse FeaturesService::refusal(const QString &field, const QString &message) const
{
    return HttpResponse::validation(field, message);
}

QJsonArray FeaturesService::features(const DatabaseRecord &db)
{
    QString error;
    settle(&error);
    QJsonArray out;
    for (const Feature &f : stored(db.appId)) {
        QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("status"), f.status}};
        if (!f.message.isEmpty())
            o.insert(QStringLiteral("message"), f.message);
        out.append(o);
    }
    return out;
}

HttpResponse FeaturesService::enable(const DatabaseRecord &db, const QJsonObject &rawBody)
{
    if (!db.isClassic())
        return refusal(QStringLiteral("base"),
                       QStringLiteral("Dedicated Resources databases are exposed through firewall rules, not features"));
    const QJsonObject body = Json::unwrap(rawBody, QStringLiteral("feature"));
    FieldErrors errors;
    Json::rejectUnknown(body, {QStringLiteral("name")}, &errors);
    if (!errors.isEmpty())
        return HttpResponse::validation(errors);
    const QString name = body.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return refusal(QStringLiteral("name"), QStringLiteral("can't be blank"));
    if (name != ForceSsl && name != PubliclyAvailable)
        return refusal(QStringLiteral("name"), QStringLiteral("is not a known feature (use force-ssl or publicly-available)"));

    QString error;
    settle(&error);
    const QList<Feature> current = stored(db.appId);
    for (const Feature &f : current) {
        if (isPending(f.status))
            return refusal(QStringLiteral("base"),
                           QStringLiteral("%1 is still changing (%2); try again when it is done").arg(f.name, f.status));
    }
    const auto statusOf = [&current](const QString &n) {
        for (const Feature &f : current) {
            if (f.name == n)
                return f.status;
        }
        return QString();
    };
    if (statusOf(name) == Activated)
        return HttpResponse::json(QJsonObject{{QStringLiteral("name"), name},
                                              {QStringLiteral("status"), Activated},
                                              {QStringLiteral("message"), QStringLiteral("%1 is already activated").arg(name)}});
    if (name == PubliclyAvailable && statusOf(ForceSsl) != Activated)
        return refusal(QStringLiteral("name"),
                       QStringLiteral("publicly-available requires force-ssl: activate force-ssl first"));

    // A FAILED row is retried by enabling again.
    if (!Sql::run(m_store->stateDb(),
                  QStringLiteral("INSERT INTO database_features (app_id, name, status, message, due_at) "
                                 "VALUES (:app, :name, :status, '', clock_timestamp() + make_interval(secs => :delay)) "
                                 "ON CONFLICT (app_id, name) DO UPDATE SET status = EXCLUDED.status, message = '', "
                                 "due_at = EXCLUDED.due_at"),
                  {{QStringLiteral("app"), db.appId},
                   {QStringLiteral("name"), name},
                   {QStringLiteral("status"), Pending},
                   {QStringLiteral("delay"), m_delaySeconds}},
                  &error))
        return HttpResponse::internalError();
    qCInfo(lcSandbox).noquote() << "feature" << name << "of" << db.name << "pending activation";
    if (!settle(&error))
        return HttpResponse::internalError();
    const QString status = [&] {
        for (const Feature &f : stored(db.appId)) {
            if (f.name == name)
                return f.status;
        }
        return Pending;
    }();
    const QString message = status == Activated ? QStringLiteral("%1 has been activated").arg(name)
                          : status == Failed    ? QStringLiteral("%1 could not be activated").arg(name)
                                                : QStringLiteral("%1 is being activated").arg(name);
    return HttpResponse::json(QJsonObject{{QStringLiteral("name"), name},
                                          {QStringLiteral("status"), status},
                                          {QStringLiteral("message"), message}});
}

HttpResponse FeaturesService::disable(const DatabaseRecord &db, const QString &name)
{
    if (!db.isClassic())
        return refusal(QStringLiteral("base"),
                       QStringLiteral("Dedicated Resources databases are exposed through firewall rules, not features"));
    if (name.isEmpty())
        return refusal(QStringLiteral("feature"), QStringLiteral("can't be blank"));
    if (name != ForceSsl && name != PubliclyAvailable)
        return refusal(QStringLiteral("feature"),
                       QStringLiteral("is not a known feature (use force-ssl or publicly-available)"));
    QString error;
    settle(&error);
    const QList<Feature> current = stored(db.appId);
    std::optional<Feature> target;
    for (const Feature &f : current) {
        if (isPending(f.status))
            return refusal(QStringLiteral("base"),
                           QStringLiteral("%1 is still changing (%2); try again when it is done").arg(f.name, f.status));
        if (f.name == name)
            target = f;
    }
    if (!target)
        return HttpResponse::error(404, QStringLiteral("%1 is not enabled on this database").arg(name));
    if (name == ForceSsl && std::any_of(current.begin(), current.end(), [](const Feature &f) {
            return f.name == PubliclyAvailable;
        }))
        return refusal(QStringLiteral("feature"),
                       QStringLiteral("force-ssl cannot be disabled while publicly-available is enabled: disable "
                                      "publicly-available first"));
    // A FAILED feature was never enforced: it simply goes away.
    const QString sql = target->status == Failed
            ? QStringLiteral("DELETE FROM database_features WHERE app_id = :app AND name = :name")
            : QStringLiteral("UPDATE database_features SET status = 'PENDING_TO_REMOVE', message = '', "
                             "due_at = clock_timestamp() + make_interval(secs => :delay) "
                             "WHERE app_id = :app AND name = :name");
    QVariantMap values{{QStringLiteral("app"), db.appId}, {QStringLiteral("name"), name}};
    if (target->status != Failed)
        values.insert(QStringLiteral("delay"), m_delaySeconds);
    if (!Sql::run(m_store->stateDb(), sql, values, &error) || !settle(&error))
        return HttpResponse::internalError();
    qCInfo(lcSandbox).noquote() << "feature" << name << "of" << db.name << "being removed";
    return HttpResponse::json(
            QJsonObject{{QStringLiteral("message"), QStringLiteral("%1 is being disabled").arg(name)}});
}

bool FeaturesService::settle(QString *error)
{
    QSqlDatabase state = m_store->stateDb();
    int changed = 0;
    {
        auto activated = Sql::run(state,
                                  QStringLiteral("UPDATE database_features SET status = CASE WHEN name = ANY(CAST(:failing AS text[])) "
                                                 "THEN 'FAILED' ELSE 'ACTIVATED' END, message = CASE WHEN name = "
                                                 "ANY(CAST(:failing2 AS text[])) THEN 'Simulated failure (--fail-features)' ELSE '' "
                                                 "END, due_at = NULL WHERE status = 'PENDING' AND due_at <= "
                                                 "clock_timestamp() RETURNING name, status"),
                                  {{QStringLiteral("failing"), QStringLiteral("{%1}").arg(m_failing.join(QLatin1Char(',')))},
                                   {QStringLiteral("failing2"), QStringLiteral("{%1}").arg(m_failing.join(QLatin1Char(',')))}},
                                  error);
        if (!activated)
            return false;
        while (activated->next()) {
            ++changed;
            if (m_failOnce && activated->value(1).toString() == Failed)
                m_failing.removeAll(activated->value(0).toString());
        }
        auto removed = Sql::run(state,
                                QStringLiteral("DELETE FROM database_features WHERE status = 'PENDING_TO_REMOVE' "
                                               "AND due_at <= clock_timestamp()"),
                                {}, error);
        if (!removed)
            return false;
        changed += removed->numRowsAffected();
    }
    bool ok = true;
    if (changed > 0) {
        ok = m_apply(error);
        if (ok)
            qCInfo(lcSandbox).noquote() << changed << "feature change(s) completed; pg_hba.conf updated";
    }
    scheduleNext();
    return ok;
}

void FeaturesService::scheduleNext()
{
    QString error;
    auto q = Sql::run(m_store->stateDb(),
                      QStringLiteral("SELECT ceil(extract(epoch FROM min(due_at) - clock_timestamp()) * 1000) "
                                     "FROM database_features WHERE due_at IS NOT NULL"),
                      {}, &error);
    if (!q || !q->next() || q->value(0).isNull()) {
        m_timer.stop();
        return;
    }
    m_timer.start(std::max(0, q->value(0).toInt()) + 20);
}

QStringList FeaturesService::hbaLines() const
{
    QStringList lines;
    for (const DatabaseRecord &db : m_store->databases()) {
        if (!db.isClassic())
            continue;
        bool forceSsl = false;
        bool publiclyAvailable = false;
        for (const Feature &f : stored(db.appId)) {
            if (f.name == ForceSsl)
                forceSsl = isEffective(f.status);
            else if (f.name == PubliclyAvailable)
                publiclyAvailable = isEffective(f.status);
        }
        // The app's private network always reaches its addon; TLS only when forced.
        lines.append(QStringLiteral("%1 %2 all %3 scram-sha-256\n")
                             .arg(forceSsl ? QStringLiteral("hostssl") : QStringLiteral("host"), db.pgDatabase,
                                  AppNetwork));
        // Internet accessibility always means TLS (it requires force-ssl), from anywhere.
        if (publiclyAvailable) {
            lines.append(QStringLiteral("hostssl %1 all 0.0.0.0/0 scram-sha-256\n").arg(db.pgDatabase));
            lines.append(QStringLiteral("hostssl %1 all ::/0 scram-sha-256\n").arg(db.pgDatabase));
        }
    }
    return lines;
}
