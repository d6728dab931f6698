#include "ruleexpiryactions.h"

#include "api/apireply.h"
#include "common/clock.h"
#include "messagebanner.h"
#include "models/databasesession.h"
#include "models/expirysweeper.h"
#include "models/firewallrulesmodel.h"
#include "plaintext.h"

#include <QLocale>
#include <QMenu>
#include <QToolButton>

using Duration = RuleExpiry::Duration;

RuleExpiryActions::RuleExpiryActions(QToolButton *button, MessageBanner *banner, QObject *parent)
    : QObject(parent), m_button(button), m_banner(banner), m_menu(new QMenu(button))
{
    for (const Duration duration : {Duration::OneHour, Duration::EightHours, Duration::EndOfDay, Duration::SevenDays}) {
        QAction *action = m_menu->addAction(QString());
        m_extend.append({action, duration});
        connect(action, &QAction::triggered, this, [this, duration] {
            const FirewallRule rule = m_selected ? m_selected() : FirewallRule();
            if (!rule.id.isEmpty())
                setExpiry(rule, extendedExpiry(rule, duration));
        });
    }
    m_menu->addSeparator();
    m_permanent = m_menu->addAction(QString());
    connect(m_permanent, &QAction::triggered, this, [this] {
        const FirewallRule rule = m_selected ? m_selected() : FirewallRule();
        if (!rule.id.isEmpty())
            setExpiry(rule, QDateTime());
    });
    m_button->setMenu(m_menu);
    connect(m_banner, &MessageBanner::linkTriggered, this, [this](const QString &link) {
        if (link == QLatin1String("retry") && m_session)
            m_session->rules()->reload(); // a fresh list deletes what is still expired
    });
    retranslate();
}

void RuleExpiryActions::retranslate()
{
    const QStringList texts{tr("Extend by 1 hour"), tr("Extend by 8 hours"), tr("Until the end of today"),
                            tr("Extend by 7 days")};
    for (int i = 0; i < m_extend.size(); ++i)
        m_extend[i].first->setText(texts.at(i));
    m_permanent->setText(tr("Make permanent"));
}

void RuleExpiryActions::setSession(DatabaseSession *session)
{
    m_session = session;
    // A notice about what the sweeper did is about the database open then: opening one (again) starts afresh.
    connect(session, &DatabaseSession::opened, m_banner, &MessageBanner::clearMessage);
    ExpirySweeper *sweeper = session->sweeper();
    connect(sweeper, &ExpirySweeper::sweepFinished, this, [this](const DatabaseRef &db, int removed, int failed) {
        if (!m_session || db != m_session->ref() || removed == 0)
            return;
        const QString text = tr("Removed %n expired temporary rule(s).", nullptr, removed);
        if (failed == 0)
            m_banner->showInfo(text);
    });
    connect(sweeper, &ExpirySweeper::expiredRuleRemovalFailed, this,
            [this](const DatabaseRef &db, const FirewallRule &rule, const ApiError &error, int retryInMs) {
                if (!m_session || db != m_session->ref())
                    return;
                m_banner->showError(tr("The expired temporary rule for %1 could not be removed: %2 Gatehouse tries "
                                       "again in %n second(s).",
                                       nullptr, std::max(1, retryInMs / 1000))
                                            .arg(describe(rule), error.message()),
                                    {{QStringLiteral("retry"), tr("Try again now")}});
            });
}

QString RuleExpiryActions::describe(const FirewallRule &rule) const
{
    const QString target = m_session ? m_session->rules()->targetText(rule) : rule.cidr;
    return PlainText::visible(rule.label.isEmpty() ? target : QStringLiteral("%1 (%2)").arg(target, rule.label));
}

void RuleExpiryActions::updateActions(bool ready)
{
    const FirewallRule rule = m_selected ? m_selected() : FirewallRule();
    const bool custom = !rule.id.isEmpty() && rule.type == FirewallRule::Type::Custom;
    m_button->setEnabled(ready && custom);
    m_permanent->setEnabled(FirewallRulesModel::expiryOf(rule).isValid());
    m_button->setToolTip(custom || rule.id.isEmpty() ? tr("Extend the selected rule, or make it permanent")
                                                     : tr("A Scalingo region's rule has no label, so no expiry."));
}

QDateTime RuleExpiryActions::extendedExpiry(const FirewallRule &rule, Duration duration) const
{
    Clock *clock = m_session ? m_session->rules()->clock() : Clock::system();
    const QDateTime now = clock->nowUtc();
    const QDateTime current = FirewallRulesModel::expiryOf(rule);
    // "Extend by" counts from the current expiry while it is ahead; the end of today counts from now.
    const QDateTime from = duration != Duration::EndOfDay && current.isValid() && current > now ? current : now;
    return RuleExpiry::expiryFor(duration, from, QTimeZone::systemTimeZone());
}

void RuleExpiryActions::setExpiry(const FirewallRule &rule, const QDateTime &untilUtc)
{
    if (!m_session)
        return;
    ApiReply *reply = m_session->rules()->updateLabel(rule.id, RuleExpiry::withExpiry(rule.label, untilUtc));
    if (!reply)
        return;
    const QString what = describe(rule);
    const QString when
            = untilUtc.isValid() ? QLocale().toString(untilUtc.toLocalTime(), QLocale::ShortFormat) : QString();
    m_banner->showInfo(tr("Changing the expiry of the rule for %1…").arg(what));
    connect(reply, &ApiReply::finished, this, [this, reply, what, when] {
        if (!reply->isSuccess()) {
            m_banner->showError(
                    tr("The expiry of the rule for %1 was not changed: %2").arg(what, reply->error().message()));
            return;
        }
        m_banner->showInfo(when.isEmpty()
                                   ? tr("The rule for %1 is now permanent.").arg(what)
                                   : tr("The rule for %1 now expires at %2. Gatehouse removes it then if it is "
                                        "running, otherwise the next time someone opens this database in Gatehouse.")
                                             .arg(what, when));
    });
}
