#include "undocontroller.h"

#include "api/apireply.h"
#include "confirmdialog.h"
#include "domain/cidr.h"
#include "history/changehistory.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/databaseusersmodel.h"
#include "models/extensionsmodel.h"
#include "models/firewallrulesmodel.h"
#include "pg/pgconnection.h"
#include "plaintext.h"

#include <QJsonArray>
#include <QTimer>

namespace {

const QString kUndoLink = QStringLiteral("undo");

QString network(const QString &cidr)
{
    const std::optional<Cidr> parsed = Cidr::parse(cidr);
    return parsed ? parsed->network().toString() : cidr.trimmed();
}

NewFirewallRule ruleOf(const HistoryEntry &entry)
{
    NewFirewallRule rule;
    const bool managed = entry.details.value(QLatin1String("type")).toString() == QLatin1String("managed_range");
    rule.type = managed ? FirewallRule::Type::Managed : FirewallRule::Type::Custom;
    if (managed) {
        rule.rangeId = entry.details.value(QLatin1String("range_id")).toString();
    } else {
        rule.cidr = entry.details.value(QLatin1String("cidr")).toString();
        rule.label = entry.details.value(QLatin1String("label")).toString();
    }
    return rule;
}

} // namespace

UndoController::UndoController(ChangeHistory *history, DatabaseSession *session, QWidget *dialogParent)
    : QObject(dialogParent), m_history(history), m_session(session), m_dialogParent(dialogParent)
{
    connect(history, &ChangeHistory::updated, this, &UndoController::offer);
    // A newer change supersedes the offer: "Undo" beside "Password updated" would undo something else.
    connect(history, &ChangeHistory::recorded, this, &UndoController::withdrawOffers);
    // Another database: what was offered no longer concerns the pages.
    connect(session, &DatabaseSession::opened, this, &UndoController::withdrawOffers);
}

void UndoController::withdrawOffers()
{
    for (auto it = m_offered.cbegin(); it != m_offered.cend(); ++it)
        it.key()->clearTransientLink();
    m_offered.clear();
}

void UndoController::offerIn(MessageBanner *banner, const QList<WriteEvent::Kind> &kinds)
{
    QSet<int> set;
    for (WriteEvent::Kind kind : kinds)
        set.insert(int(kind));
    m_banners.insert(banner, set);
    connect(banner, &MessageBanner::linkTriggered, this, [this, banner](const QString &id) {
        if (id != kUndoLink || !m_offered.contains(banner) || !m_history)
            return;
        banner->clearTransientLink(); // offered once
        if (const std::optional<HistoryEntry> entry = m_history->entry(m_offered.take(banner)))
            undo(*entry, banner);
    });
    connect(banner, &QObject::destroyed, this, [this, banner] {
        m_banners.remove(banner);
        m_offered.remove(banner);
    });
}

void UndoController::offer(const HistoryEntry &entry)
{
    if (!entry.isSuccess() || entry.undoOf > 0 || entry.undoneBy > 0 || !entry.reason.isEmpty())
        return; // undos, and what Gatehouse did on its own, are undone from the History view only
    if (!m_session || entry.databaseKey != m_session->ref().addonId || !ChangeHistory::undoRefusal(entry).isEmpty())
        return;
    for (auto it = m_banners.cbegin(); it != m_banners.cend(); ++it) {
        if (!it.value().contains(int(entry.kind)))
            continue;
        MessageBanner *banner = it.key();
        m_offered.insert(banner, entry.id);
        banner->setTransientLink({kUndoLink, tr("Undo")}, OfferMs);
        // The page usually says what happened; if it says nothing, the offer still needs words.
        QTimer::singleShot(0, banner, [banner, entry] {
            if (banner->message().isEmpty())
                banner->showInfo(
                        tr("%1: %2.").arg(HistoryEntry::kindText(entry.kind), PlainText::visible(entry.summary())));
        });
    }
}

QString UndoController::refusal(const HistoryEntry &entry) const
{
    const QString refusal = ChangeHistory::undoRefusal(entry);
    if (!refusal.isEmpty())
        return refusal;
    if (!m_session || entry.databaseKey != m_session->ref().addonId)
        return tr("Open this database to undo this change.");
    ExtensionsModel *extensions = m_session->extensions();
    switch (entry.kind) {
    case WriteEvent::Kind::RuleDeleted: {
        const NewFirewallRule rule = ruleOf(entry);
        for (const FirewallRule &existing : m_session->rules()->rules()) {
            const bool same = rule.type == FirewallRule::Type::Managed
                    ? existing.type == rule.type && existing.rangeId == rule.rangeId
                    : existing.type == rule.type && network(existing.cidr) == network(rule.cidr);
            if (same)
                return tr("This rule exists again already.");
        }
        if (m_session->rules()->isFull())
            return tr("This database already has the maximum number of rules.");
        return QString();
    }
    case WriteEvent::Kind::RuleCreated:
        if (m_session->rules()->hasData() && m_session->rules()->rowOf(entry.object) < 0)
            return tr("This rule no longer exists.");
        return QString();
    case WriteEvent::Kind::UserCreated:
        if (m_session->users()->hasData() && !m_session->users()->contains(entry.object))
            return tr("This user no longer exists.");
        return QString();
    case WriteEvent::Kind::ExtensionEnabled:
    case WriteEvent::Kind::ExtensionDisabled: {
        if (!extensions->hasData() || extensions->isReadOnly())
            return tr("Gatehouse must be connected to the database to change its extensions: open the Extensions tab.");
        const bool installed = extensions->extension(entry.object).isInstalled();
        if (entry.kind == WriteEvent::Kind::ExtensionDisabled)
            return installed ? tr("This extension is enabled already.") : QString();
        if (!installed)
            return tr("This extension is disabled already.");
        const QStringList dependents = extensions->installedDependents(entry.object);
        if (!dependents.isEmpty())
            return tr("Enabled extensions depend on it (%1): disable them first.")
                    .arg(PlainText::visible(dependents.join(QLatin1String(", "))));
        return QString();
    }
    default:
        return tr("Gatehouse does not undo this kind of change.");
    }
}

bool UndoController::undo(const HistoryEntry &entry, MessageBanner *banner)
{
    const QString why = refusal(entry);
    if (!why.isEmpty()) {
        banner->showError(tr("This change cannot be undone: %1").arg(why));
        return false;
    }
    const QString key = entry.databaseKey;
    const QString summary = PlainText::visible(entry.summary());
    switch (entry.kind) {
    case WriteEvent::Kind::RuleDeleted: {
        const NewFirewallRule rule = ruleOf(entry);
        m_history->expect(key, WriteEvent::Kind::RuleCreated,
                          rule.type == FirewallRule::Type::Managed ? rule.rangeId : rule.cidr, QString(), entry.id);
        ApiReply *reply = m_session->rules()->createRule(rule);
        if (!reply)
            return false;
        banner->showInfo(tr("Adding the rule for %1 again…").arg(summary));
        connect(reply, &ApiReply::finished, this, [this, reply, banner = QPointer<MessageBanner>(banner), entry] {
            report(banner, entry, reply->isSuccess(), reply->isSuccess() ? QString() : reply->error().message());
        });
        return true;
    }
    case WriteEvent::Kind::RuleCreated:
    case WriteEvent::Kind::UserCreated: {
        const bool user = entry.kind == WriteEvent::Kind::UserCreated;
        if (user) {
            ConfirmRequest request;
            request.title = tr("Delete user");
            request.headline = tr("Delete the user %1?").arg(PlainText::visible(entry.object));
            request.message = tr("Applications and people using this user will lose access to the database. Objects "
                                 "it owns are handed over to the database owner. This cannot be undone.");
            request.typeToConfirm = entry.object;
            request.confirmText = tr("Delete user");
            if (!ConfirmDialog::ask(m_dialogParent, request))
                return false;
        }
        m_history->expect(key, user ? WriteEvent::Kind::UserDeleted : WriteEvent::Kind::RuleDeleted, entry.object,
                          QString(), entry.id);
        ApiReply *reply
                = user ? m_session->users()->deleteUser(entry.object) : m_session->rules()->deleteRule(entry.object);
        if (!reply)
            return false;
        banner->showInfo(user ? tr("Deleting the user %1…").arg(PlainText::visible(entry.object))
                              : tr("Deleting the rule for %1…").arg(summary));
        connect(reply, &ApiReply::finished, this, [this, reply, banner = QPointer<MessageBanner>(banner), entry] {
            report(banner, entry, reply->isSuccess(), reply->isSuccess() ? QString() : reply->error().message());
        });
        return true;
    }
    case WriteEvent::Kind::ExtensionEnabled:
    case WriteEvent::Kind::ExtensionDisabled: {
        ExtensionsModel *extensions = m_session->extensions();
        const bool disable = entry.kind == WriteEvent::Kind::ExtensionEnabled;
        m_history->expect(key, disable ? WriteEvent::Kind::ExtensionDisabled : WriteEvent::Kind::ExtensionEnabled,
                          entry.object, QString(), entry.id);
        PgQuery *query = disable ? extensions->disable(entry.object, false)
                                 : extensions->enable(entry.object, extensions->missingDependencies(entry.object));
        if (!query)
            return false;
        banner->showInfo(disable ? tr("Disabling %1…").arg(PlainText::visible(entry.object))
                                 : tr("Enabling %1…").arg(PlainText::visible(entry.object)));
        connect(query, &PgQuery::finished, this, [this, query, banner = QPointer<MessageBanner>(banner), entry] {
            report(banner, entry, query->isSuccess(),
                   query->isSuccess() ? QString() : ExtensionsModel::toApiError(query->error()).message());
        });
        return true;
    }
    default:
        return false;
    }
}

void UndoController::report(MessageBanner *banner, const HistoryEntry &entry, bool ok, const QString &error)
{
    emit undone(entry.id, ok);
    if (!banner)
        return;
    const QString what = tr("%1: %2").arg(HistoryEntry::kindText(entry.kind), PlainText::visible(entry.summary()));
    if (ok)
        banner->showInfo(tr("Undone (%1).").arg(what));
    else
        banner->showError(tr("Could not undo (%1): %2").arg(what, error));
}
