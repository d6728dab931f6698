#include "firewallservice.h"


#include "clustermanager.h"
#include "ipv4cidr.h"
#include "logging.h"
#include "securefs.h"
#include "sqlhelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlError>
#include <QTimer>
#include <QUuid>

namespace {

const QStringList KnownAttributes{QStringLiteral("type"), QStringLiteral("cidr"), QStringLiteral("label"),
                                  QStringLiteral("range_id")};
const QString Custom = QStringLiteral("custom_range");
const QString Managed = QStringLiteral("managed_range");

bool present(const QJsonValue &v)
{
    return !v.isUndefined() && !v.isNull() && !(v.isString() && v.toString().isEmpty());
}

} // namespace

const QList<FirewallService::ManagedRange> &FirewallService::managedRanges()
{
    static const QList<ManagedRange> ranges{
            {QStringLiteral("mr-scalingo-osc-fr1"),
             QStringLiteral("Scalingo osc-fr1 region"),
             {QStringLiteral("171.33.105.206/32"), QStringLiteral("171.33.92.211/32")}},
            {QStringLiteral("mr-scalingo-osc-secnum-fr1"),
             QStringLiteral("Scalingo osc-secnum-fr1 region"),
             {QStringLiteral("148.253.96.190/32"), QStringLiteral("148.253.97.14/32")}},
            // Lets a local demo allow "this computer" with one click.
            {QStringLiteral("mr-sandbox-local"),
             QStringLiteral("Scalingo sandbox region (this computer)"),
             {QStringLiteral("127.0.0.1/32")}},
    };
    return ranges;
}

FirewallService::FirewallService(StateStore *store, ClusterManager *cluster, QObject *parent)
    : QObject(parent), m_store(store), m_cluster(cluster)
{ }

QList<FirewallService::Rule> FirewallService::rules(const QString &appId, const QString &onlyId)
{
    QList<Rule> out;
    QString error;
    auto q = Sql::run(
            m_store->stateDb(),
            QStringLiteral("SELECT id, type, cidr, label, range_id, created_at, updated_at FROM firewall_rules "
                           "WHERE (:app = '' OR app_id = :app2) AND (:only = '' OR id = :only2) "
                           "ORDER BY created_at, id"),
            {{QStringLiteral("app"), appId},
             {QStringLiteral("app2"), appId},
             {QStringLiteral("only"), onlyId},
             {QStringLiteral("only2"), onlyId}},
            &error);
    while (q && q->next())
        out.append(Rule{q->value(0).toString(), q->value(1).toString(), q->value(2).toString(), q->value(3).toString(),
                        q->value(4).toString(), q->value(5).toDateTime(), q->value(6).toDateTime()});
    return out;
}

QJsonObject FirewallService::toJson(const DatabaseRecord &db, const Rule &rule) const
{
    return QJsonObject{{QStringLiteral("id"), rule.id},
                       {QStringLiteral("type"), rule.type},
                       {QStringLiteral("cidr"), rule.cidr},
                       {QStringLiteral("label"), rule.label},
                       {QStringLiteral("range_id"), rule.rangeId},
                       {QStringLiteral("database_id"), db.dbapiId},
                       {QStringLiteral("created_at"), Json::timestamp(rule.createdAt)},
                       {QStringLiteral("updated_at"), Json::timestamp(rule.updatedAt)}};
}

HttpResponse FirewallService::list(const DatabaseRecord &db)
{
    QJsonArray array;
    for (const Rule &rule : rules(db.appId))
        array.append(toJson(db, rule));
    return HttpResponse::json(QJsonObject{{QStringLiteral("rules"), array}});
}

HttpResponse FirewallService::ranges()
{
    QJsonArray array;
    for (const ManagedRange &range : managedRanges())
        array.append(QJsonObject{{QStringLiteral("id"), range.id}, {QStringLiteral("name"), range.name}});
    return HttpResponse::json(QJsonObject{{QStringLiteral("ranges"), array}});
}

void FirewallService::validateLabel(const QJsonValue &label, FieldErrors *errors)
{
    if (label.isUndefined() || label.isNull())
        return;
    if (!label.isString()) {
        (*errors)[QStringLiteral("label")].append(QStringLiteral("must be a string"));
        return;
    }
    const QString text = label.toString();
    if (text.size() > 100)
        (*errors)[QStringLiteral("label")].append(QStringLiteral("is too long (maximum is 100 characters)"));
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control) {
            (*errors)[QStringLiteral("label")].append(QStringLiteral("must not contain control characters"));
            break;
        }
    }
}

HttpResponse FirewallService::create(const DatabaseRecord &db, const QJsonObject &rawBody)
{
    const QJsonObject body = Json::unwrap(rawBody, QStringLiteral("firewall_rule"));
    FieldErrors errors;
    Json::rejectUnknown(body, KnownAttributes, &errors);
    for (const QString &key : KnownAttributes) {
        const QJsonValue v = body.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isString())
            errors[key].append(QStringLiteral("must be a string"));
    }
    if (!errors.isEmpty())
        return HttpResponse::validation(errors);

    const QString type = body.value(QStringLiteral("type")).toString();
    QString cidr;
    QString label = body.value(QStringLiteral("label")).toString();
    QString rangeId;
    const QList<Rule> existing = rules(db.appId);
    if (type == Custom) {
        if (present(body.value(QStringLiteral("range_id"))))
            errors[QStringLiteral("range_id")].append(QStringLiteral("is only allowed on managed_range rules"));
        validateLabel(body.value(QStringLiteral("label")), &errors);
        // Validated as sent: no silent trimming of whitespace or a trailing newline.
        const QString text = body.value(QStringLiteral("cidr")).toString();
        QString problem;
        if (text.isEmpty()) {
            errors[QStringLiteral("cidr")].append(QStringLiteral("can't be blank"));
        } else if (const auto parsed = Ipv4Cidr::parse(text, &problem)) {
            cidr = parsed->toString();
            for (const Rule &rule : existing) {
                if (rule.type == Custom && rule.cidr == cidr)
                    errors[QStringLiteral("cidr")].append(QStringLiteral("is already allowed by another rule"));
            }
        } else {
            errors[QStringLiteral("cidr")].append(problem);
        }
    } else if (type == Managed) {
        if (present(body.value(QStringLiteral("cidr"))))
            errors[QStringLiteral("cidr")].append(QStringLiteral("is only allowed on custom_range rules"));
        if (present(body.value(QStringLiteral("label"))))
            errors[QStringLiteral("label")].append(QStringLiteral("is only allowed on custom_range rules"));
        label.clear();
        rangeId = body.value(QStringLiteral("range_id")).toString();
        const auto &all = managedRanges();
        if (rangeId.isEmpty())
            errors[QStringLiteral("range_id")].append(QStringLiteral("can't be blank"));
        else if (std::none_of(all.begin(), all.end(), [&](const ManagedRange &r) { return r.id == rangeId; }))
            errors[QStringLiteral("range_id")].append(QStringLiteral("is not a known managed range"));
        for (const Rule &rule : existing) {
            if (rule.type == Managed && rule.rangeId == rangeId)
                errors[QStringLiteral("range_id")].append(QStringLiteral("is already allowed by another rule"));
        }
    } else {
        errors[QStringLiteral("type")].append(type.isEmpty() ? QStringLiteral("can't be blank")
                                                             : QStringLiteral("must be custom_range or managed_range"));
    }
    if (errors.isEmpty() && existing.size() >= MaxRules)
        errors[QStringLiteral("base")].append(
                QStringLiteral("A database can have at most %1 firewall rules").arg(MaxRules));
    if (!errors.isEmpty())
        return HttpResponse::validation(errors);

    QSqlDatabase state = m_store->stateDb();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString error;
    state.transaction();
    const bool inserted
            = Sql::run(state,
                       QStringLiteral("INSERT INTO firewall_rules (id, app_id, type, cidr, label, range_id, "
                                      "created_at, updated_at) VALUES (:id, :app, :type, :cidr, :label, "
                                      ":range, clock_timestamp(), clock_timestamp())"),
                       {{QStringLiteral("id"), id},
                        {QStringLiteral("app"), db.appId},
                        {QStringLiteral("type"), type},
                        {QStringLiteral("cidr"), cidr},
                        {QStringLiteral("label"), label},
                        {QStringLiteral("range"), rangeId}},
                       &error)
                      .has_value();
    if (!inserted || !applyOrSchedule(&error)) {
        state.rollback();
        return HttpResponse::internalError();
    }
    state.commit();
    qCInfo(lcSandbox).noquote() << "firewall rule added:" << (type == Custom ? cidr : rangeId);
    return HttpResponse::json(QJsonObject{{QStringLiteral("rule"), toJson(db, rules(db.appId, id).value(0))}}, 201);
}

HttpResponse FirewallService::update(const DatabaseRecord &db, const QString &id, const QJsonObject &rawBody)
{
    const QList<Rule> found = rules(db.appId, id);
    if (found.isEmpty())
        return HttpResponse::error(404, QStringLiteral("Firewall rule not found"));
    const Rule &rule = found.first();
    const QJsonObject body = Json::unwrap(rawBody, QStringLiteral("firewall_rule"));
    FieldErrors errors;
    Json::rejectUnknown(body, KnownAttributes, &errors);
    // Only the label is editable; resending the other attributes unchanged is harmless.
    const auto unchanged = [&](const QString &key, const QString &current) {
        const QJsonValue v = body.value(key);
        if (!v.isUndefined() && !v.isNull() && v.toString() != current)
            errors[key].append(QStringLiteral("cannot be changed: delete the rule and create a new one"));
    };
    unchanged(QStringLiteral("type"), rule.type);
    unchanged(QStringLiteral("cidr"), rule.cidr);
    unchanged(QStringLiteral("range_id"), rule.rangeId);
    const QJsonValue label = body.value(QStringLiteral("label"));
    validateLabel(label, &errors);
    if (rule.type == Managed && present(label))
        errors[QStringLiteral("label")].append(QStringLiteral("is only allowed on custom_range rules"));
    if (!errors.isEmpty())
        return HttpResponse::validation(errors);
    if (!label.isUndefined()) {
        QString error;
        if (!Sql::run(m_store->stateDb(),
                      QStringLiteral("UPDATE firewall_rules SET label = :label, updated_at = clock_timestamp() "
                                     "WHERE id = :id"),
                      {{QStringLiteral("label"), label.toString()}, {QStringLiteral("id"), id}}, &error))
            return HttpResponse::internalError();
    }
    return HttpResponse::json(QJsonObject{{QStringLiteral("rule"), toJson(db, rules(db.appId, id).value(0))}});
}

HttpResponse FirewallService::remove(const DatabaseRecord &db, const QString &id)
{
    if (rules(db.appId, id).isEmpty())
        return HttpResponse::error(404, QStringLiteral("Firewall rule not found"));
    QSqlDatabase state = m_store->stateDb();
    QString error;
    state.transaction();
    const bool deleted = Sql::run(state, QStringLiteral("DELETE FROM firewall_rules WHERE id = :id"),
                                  {{QStringLiteral("id"), id}}, &error)
                                 .has_value();
    if (!deleted || !applyOrSchedule(&error)) {
        state.rollback();
        return HttpResponse::internalError();
    }
    state.commit();
    qCInfo(lcSandbox).noquote() << "firewall rule removed:" << id;
    return HttpResponse::noContent();
}

QString FirewallService::render()
{
    QString out = ClusterManager::hbaHeader();
    QStringList lines;
    for (const DatabaseRecord &db : m_store->databases()) {
        if (db.isClassic())
            continue; // exposed through features, never through rules
        for (const Rule &rule : rules(db.appId)) {
            QStringList cidrs{rule.cidr};
            if (rule.type == Managed) {
                cidrs.clear();
                for (const ManagedRange &range : managedRanges()) {
                    if (range.id == rule.rangeId)
                        cidrs = range.cidrs;
                }
            }
            for (const QString &cidr : std::as_const(cidrs)) {
                const QString line = QStringLiteral("hostssl %1 all %2 scram-sha-256\n").arg(db.pgDatabase, cidr);
                if (!lines.contains(line))
                    lines.append(line);
            }
        }
    }
    if (m_extraLines)
        lines += m_extraLines();
    return out + lines.join(QString());
}

bool FirewallService::applyOrSchedule(QString *error)
{
    if (m_delaySeconds <= 0)
        return apply(error);
    // Propagation emulation: the rule exists in the API at once, PostgreSQL learns about it later.
    QTimer::singleShot(m_delaySeconds * 1000, this, [this] {
        QString e;
        if (!apply(&e))
            qCWarning(lcSandbox).noquote() << "delayed firewall update failed:" << e;
    });
    return true;
}

bool FirewallService::apply(QString *error)
{
    QFile file(m_cluster->hbaPath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot open pg_hba.conf");
        return false;
    }
    const QByteArray previous = file.readAll();
    file.close();
    // Replaced as a whole (same owner and mode): a kill -9 mid-update leaves the old rules or the new, never a
    // truncated file PostgreSQL would refuse to start on.
    const auto writeAll = [this](const QByteArray &content) {
        QString e;
        if (!SecureFs::replaceFile(m_cluster->hbaPath(), content, &e))
            qCWarning(lcSandbox).noquote() << e;
    };
    writeAll(render().toUtf8());
    QString sqlError;
    const QSqlDatabase state = m_store->stateDb();
    auto problems = Sql::run(state, QStringLiteral("SELECT count(*) FROM pg_hba_file_rules WHERE error IS NOT NULL"),
                             {}, &sqlError);
    const bool broken = !problems || !problems->next() || problems->value(0).toInt() > 0;
    if (broken) {
        writeAll(previous);
        *error = QStringLiteral("pg_hba.conf rejected by PostgreSQL");
        qCWarning(lcSandbox) << "rendered pg_hba.conf has errors; previous file restored";
    }
    if (!Sql::run(state, QStringLiteral("SELECT pg_reload_conf()"), {}, &sqlError)) {
        *error = sqlError;
        return false;
    }
    return !broken;
}
