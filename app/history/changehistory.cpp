#include "changehistory.h"

#include "api/apiclient.h"
#include "historystore.h"
#include "models/databasesession.h"
#include "models/extensionsmodel.h"
#include "models/firewallrulesmodel.h"
#include "models/managedrangesmodel.h"

namespace {

QString inFlightKey(const QObject *source, quint64 id)
{
    return QString::number(quintptr(source), 16) + QLatin1Char('/') + QString::number(id);
}

void addRuleDetails(QJsonObject &details, const FirewallRule &rule, const QHash<QString, QString> &rangeNames)
{
    details.insert(QLatin1String("type"), FirewallRule::typeToString(rule.type));
    if (rule.type == FirewallRule::Type::Managed) {
        details.insert(QLatin1String("range_id"), rule.rangeId);
        if (rangeNames.contains(rule.rangeId))
            details.insert(QLatin1String("range_name"), rangeNames.value(rule.rangeId));
    } else {
        details.insert(QLatin1String("cidr"), rule.cidr);
        if (!rule.label.isEmpty())
            details.insert(QLatin1String("label"), rule.label);
    }
}

} // namespace

ChangeHistory::ChangeHistory(const QString &path, QObject *parent)
    : QObject(parent), m_store(std::make_unique<HistoryStore>(path))
{ }

ChangeHistory::~ChangeHistory() = default;

bool ChangeHistory::isOpen() const
{
    return m_store->isOpen();
}

void ChangeHistory::watch(ApiClient *client)
{
    connect(client, &ApiClient::writeStarted, this,
            [this, client](const WriteEvent &event) { started(client, event); });
    connect(client, &ApiClient::writeFinished, this,
            [this, client](const WriteEvent &event) { finished(client, event); });
}

void ChangeHistory::watch(DatabaseSession *session)
{
    m_session = session;
    connect(session, &DatabaseSession::opened, this,
            [this, session] { m_names.insert(session->ref().addonId, session->database().name); });
    ExtensionsModel *extensions = session->extensions();
    connect(extensions, &ExtensionsModel::writeStarted, this,
            [this, extensions](const WriteEvent &event) { started(extensions, event); });
    connect(extensions, &ExtensionsModel::writeFinished, this,
            [this, extensions](const WriteEvent &event) { finished(extensions, event); });
}

HistoryEntry ChangeHistory::record(HistoryEntry entry)
{
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    if (entry.account.isEmpty())
        entry.account = m_account;
    if (entry.databaseName.isEmpty())
        entry.databaseName = m_names.value(entry.databaseKey);
    m_store->insert(entry); // a failure is logged; the line is still shown for this run
    emit recorded(entry);
    return entry;
}

void ChangeHistory::describeRule(const QString &databaseKey, const FirewallRule &rule)
{
    m_described.insert(databaseKey + QLatin1Char('/') + rule.id, rule);
}

void ChangeHistory::expect(const QString &databaseKey, WriteEvent::Kind kind, const QString &object,
                           const QString &reason, qint64 undoOf)
{
    m_expected.append(Expectation{databaseKey, kind, object, reason, undoOf});
}

QString ChangeHistory::matchKey(const WriteEvent &event)
{
    if (event.kind == WriteEvent::Kind::RuleCreated)
        return event.details.value(QLatin1String("type")).toString() == QLatin1String("managed_range")
                ? event.details.value(QLatin1String("range_id")).toString()
                : event.details.value(QLatin1String("cidr")).toString();
    return event.object;
}

void ChangeHistory::started(const QObject *source, const WriteEvent &event)
{
    HistoryEntry entry;
    entry.databaseKey = event.database.addonId;
    entry.databaseName = m_names.value(entry.databaseKey, event.database.app);
    entry.kind = event.kind;
    entry.object = event.object;
    entry.details = event.details;
    entry.outcome = WriteEvent::Outcome::Pending;
    const bool sessionDatabase = m_session && m_session->ref().addonId == entry.databaseKey;
    if (sessionDatabase)
        entry.databaseName = m_session->database().name;
    // What a deletion removes is only known now, from the rows the user saw: keep it (undo re-creates from it).
    if (sessionDatabase
        && (event.kind == WriteEvent::Kind::RuleDeleted || event.kind == WriteEvent::Kind::RuleRelabelled)) {
        FirewallRulesModel *rules = m_session->rules();
        if (const int row = rules->rowOf(event.object); row >= 0) {
            const QString label = entry.details.value(QLatin1String("label")).toString();
            addRuleDetails(entry.details, rules->ruleAt(row), m_session->ranges()->names());
            if (event.kind == WriteEvent::Kind::RuleRelabelled) {
                entry.details.insert(QLatin1String("previous_label"), rules->ruleAt(row).label);
                entry.details.insert(QLatin1String("label"), label);
            }
        }
    }
    if (event.kind == WriteEvent::Kind::RuleDeleted) {
        const QString described = entry.databaseKey + QLatin1Char('/') + event.object;
        if (m_described.contains(described) && !entry.details.contains(QLatin1String("type")))
            addRuleDetails(entry.details, m_described.value(described), {});
        m_described.remove(described);
    }
    if (event.kind == WriteEvent::Kind::RuleCreated && sessionDatabase) {
        const QString rangeId = entry.details.value(QLatin1String("range_id")).toString();
        const QHash<QString, QString> names = m_session->ranges()->names();
        if (names.contains(rangeId))
            entry.details.insert(QLatin1String("range_name"), names.value(rangeId));
    }
    const QString key = matchKey(event);
    for (qsizetype i = 0; i < m_expected.size(); ++i) {
        const Expectation &e = m_expected.at(i);
        if (e.databaseKey == entry.databaseKey && e.kind == event.kind && e.object == key) {
            entry.reason = e.reason;
            entry.undoOf = e.undoOf;
            m_expected.removeAt(i);
            break;
        }
    }
    m_inFlight.insert(inFlightKey(source, event.id), record(entry));
}

bool ChangeHistory::setOperation(qint64 id, const QString &operationId, const QString &title)
{
    if (!m_store->setOperation(id, operationId, title))
        return false;
    std::optional<HistoryEntry> entry = m_store->entry(id);
    if (!entry)
        return false;
    // A write still in flight keeps its line as recorded: give it the operation too.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        if (it->id == id) {
            it->operationId = operationId;
            it->operationTitle = title;
            *entry = *it;
        }
    }
    emit updated(*entry);
    return true;
}

void ChangeHistory::finished(const QObject *source, const WriteEvent &event)
{
    const QString key = inFlightKey(source, event.id);
    if (!m_inFlight.contains(key))
        return;
    HistoryEntry entry = m_inFlight.take(key);
    entry.outcome = event.outcome;
    entry.message = event.message;
    if (!event.object.isEmpty())
        entry.object = event.object; // a created rule's id
    for (auto it = event.details.begin(); it != event.details.end(); ++it) {
        if (!entry.details.contains(it.key()))
            entry.details.insert(it.key(), it.value());
    }
    if (entry.operationId.isEmpty()) {
        // Marked after it started (BatchHistory): keep the operation in what updated() announces.
        const QPair<QString, QString> operation = m_store->operationOf(entry.id);
        entry.operationId = operation.first;
        entry.operationTitle = operation.second;
    }
    m_store->update(entry);
    emit updated(entry);
    if (entry.undoOf > 0 && entry.isSuccess()) {
        if (std::optional<HistoryEntry> original = m_store->entry(entry.undoOf)) {
            original->undoneBy = entry.id;
            m_store->update(*original);
            emit updated(*original);
        }
    }
}

QList<HistoryEntry> ChangeHistory::entries(const QString &databaseKey, int limit) const
{
    return m_store->entries(databaseKey, limit);
}

std::optional<HistoryEntry> ChangeHistory::entry(qint64 id) const
{
    return m_store->entry(id);
}

QString ChangeHistory::undoRefusal(const HistoryEntry &entry)
{
    if (entry.undoneBy > 0)
        return tr("Already undone.");
    if (entry.undoOf > 0)
        return tr("This line is itself an undo.");
    if (entry.outcome == WriteEvent::Outcome::Pending)
        return tr("This change is still in progress.");
    if (!entry.isSuccess())
        return tr("This change was not applied: there is nothing to undo.");
    switch (entry.kind) {
    case WriteEvent::Kind::RuleCreated:
        return entry.object.isEmpty() ? tr("The rule's id is not known.") : QString();
    case WriteEvent::Kind::RuleDeleted:
        if (entry.details.value(QLatin1String("cidr")).toString().isEmpty()
            && entry.details.value(QLatin1String("range_id")).toString().isEmpty())
            return tr("What the rule admitted was not known when it was deleted.");
        return QString();
    case WriteEvent::Kind::UserCreated:
    case WriteEvent::Kind::ExtensionEnabled:
        return QString();
    case WriteEvent::Kind::ExtensionDisabled:
        return entry.details.value(QLatin1String("cascade")).toBool()
                ? tr("It was disabled with CASCADE: what depended on it was removed too and cannot be restored.")
                : QString();
    case WriteEvent::Kind::UserDeleted:
        return tr("A deleted user cannot be restored: its password and privileges are gone.");
    case WriteEvent::Kind::PasswordReset:
    case WriteEvent::Kind::PasswordSet:
        return tr("The previous password is not known, so it cannot be restored.");
    case WriteEvent::Kind::RuleRelabelled:
    case WriteEvent::Kind::ExtensionUpdated:
    case WriteEvent::Kind::FeatureEnabled:
    case WriteEvent::Kind::FeatureDisabled:
        return tr("Gatehouse does not undo this kind of change; make the opposite change yourself.");
    }
    return QString();
}
