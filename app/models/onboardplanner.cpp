#include "onboardplanner.h"

#include "domain/cidr.h"
#include "domain/ruleexpiry.h"
#include "firewallrulesmodel.h"

#include <QRegularExpression>

QString OnboardRequest::ruleLabel() const
{
    const QString person = who.simplified();
    return expiresAt.isValid() ? RuleExpiry::compose(person, expiresAt) : person;
}

QString OnboardPlanner::defaultUserName(const QString &who)
{
    QString out;
    const QString plain = who.normalized(QString::NormalizationForm_KD).toLower();
    for (const QChar c : plain) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            out += c;
        else if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        else if (!out.endsWith(QLatin1Char('_')))
            out += QLatin1Char('_');
    }
    while (out.startsWith(QLatin1Char('_')) || (!out.isEmpty() && out.at(0).isDigit()))
        out.remove(0, 1);
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    if (out.isEmpty())
        out = QStringLiteral("user");
    if (out.size() < 6)
        out += QStringLiteral("_user");
    out.truncate(32);
    while (out.endsWith(QLatin1Char('_')))
        out.chop(1);
    if (out.startsWith(QLatin1String("pg_")))
        out.replace(0, 3, QStringLiteral("pgu_"));
    return out;
}

QString OnboardPlanner::userNameProblem(const QString &name)
{
    static const QRegularExpression valid(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_]{5,31}")));
    if (name.isEmpty())
        return tr("Enter a user name.");
    if (!valid.match(name).hasMatch())
        return tr("Use 6 to 32 characters: lower-case letters, digits and underscores, starting with a letter.");
    if (name.startsWith(QLatin1String("pg_")) || name == QLatin1String("postgres"))
        return tr("This name is reserved by PostgreSQL.");
    return {};
}

QString OnboardPlanner::validate(const OnboardRequest &request)
{
    if (request.who.simplified().isEmpty())
        return tr("Enter the person's name.");
    QString error;
    if (!Cidr::parse(request.cidr, &error))
        return tr("The network is not a valid IPv4 address or CIDR: %1").arg(error);
    if (request.createUser)
        return userNameProblem(request.userName);
    return {};
}

QString OnboardPlanner::title(const OnboardRequest &request)
{
    return tr("Onboard %1").arg(request.who.simplified());
}

BatchPlan OnboardPlanner::plan(const OnboardRequest &request, const QList<AllDatabasesModel::Row> &rows,
                               const QVariantMap &addonIds)
{
    BatchPlan plan;
    plan.operationId = BatchPlan::newOperationId();
    plan.title = title(request);
    const std::optional<Cidr> network = Cidr::parse(request.cidr);
    const QString cidr = network ? network->toString() : request.cidr;
    for (const AllDatabasesModel::Row &row : rows) {
        BatchTarget target;
        target.database = row.database;
        target.addonId = row.database.isAddon()
                ? row.database.id
                : addonIds.value(row.database.region + QLatin1Char('/') + row.database.id).toString();
        const bool known = row.fetchedAt.isValid();

        NewFirewallRule rule;
        rule.cidr = cidr;
        rule.label = request.ruleLabel();
        BatchItem ruleItem = BatchItem::createRule(rule);
        if (row.database.isAddon()) {
            ruleItem.setVerdict(BatchItem::Verdict::Impossible,
                                tr("classic addons have no firewall rules (Internet accessibility instead)"));
        } else if (known) {
            const auto same = std::find_if(row.rules.cbegin(), row.rules.cend(), [&](const FirewallRule &r) {
                return r.type == FirewallRule::Type::Custom && r.cidr == cidr;
            });
            if (same != row.rules.cend())
                ruleItem.setVerdict(BatchItem::Verdict::AlreadyThere,
                                    same->label.isEmpty() ? tr("this network already has a rule")
                                                          : tr("already allowed by “%1”").arg(same->label));
            else if (row.rules.size() >= FirewallRulesModel::MaxRules)
                ruleItem.setVerdict(BatchItem::Verdict::Impossible,
                                    tr("quota of %1 rules reached").arg(FirewallRulesModel::MaxRules));
        }
        target.items << ruleItem;

        if (request.createUser) {
            NewDatabaseUser user;
            user.name = request.userName;
            user.readOnly = request.readOnly;
            BatchItem userItem = BatchItem::createUser(user);
            if (known && !row.usersAvailable) {
                userItem.setVerdict(BatchItem::Verdict::Impossible,
                                    tr("user management is not available on this database's plan"));
            } else if (known && std::any_of(row.users.cbegin(), row.users.cend(), [&](const DatabaseUser &u) {
                           return u.name == user.name;
                       })) {
                userItem.setVerdict(BatchItem::Verdict::Impossible, tr("user name “%1” is taken").arg(user.name));
            }
            target.items << userItem;
        }
        plan.targets << target;
    }
    return plan;
}
