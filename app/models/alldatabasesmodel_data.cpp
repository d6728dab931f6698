// What AllDatabasesModel shows: texts, sort keys and tooltips of its cells.
#include "alldatabasesmodel.h"

#include "firewallrulesmodel.h"
#include "modelroles.h"

#include <limits>

namespace {

int md5Count(const QList<DatabaseUser> &users)
{
    int n = 0;
    for (const DatabaseUser &user : users)
        n += user.passwordEncryption.compare(QLatin1String("MD5"), Qt::CaseInsensitive) == 0 ? 1 : 0;
    return n;
}

} // namespace

QVariant AllDatabasesModel::data(const QModelIndex &index, int role) const
{
    // Views ask for the invalid index (no current item): an answer, not a misuse.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Database &db = r.database;
    const bool known = r.fetchedAt.isValid();
    if (role == ModelRoles::ValueRole)
        return QVariant::fromValue(db);
    if (role == ModelRoles::IdRole)
        return keyOf(db);
    if (role == Qt::ToolTipRole) {
        if (r.state == State::Failed)
            return r.error;
        if (index.column() == ThisComputerColumn && !m_myIp.isEmpty())
            return tr("This computer's public address: %1").arg(m_myIp);
        return {};
    }
    const bool raw = role == ModelRoles::RawRole;
    if (role != Qt::DisplayRole && !raw)
        return {};
    switch (index.column()) {
    case NameColumn:
        return db.isAddon() ? db.appName : db.name;
    case AppColumn:
        return db.isAddon() ? db.appName : QString();
    case RegionColumn:
        return db.region;
    case KindColumn:
        return db.isAddon() ? tr("Classic addon") : tr("Dedicated Resources");
    case PlanColumn:
        return db.plan;
    case AccessColumn:
        if (!known)
            return raw ? QVariant(-1) : QVariant(QString());
        if (db.isAddon()) {
            if (raw)
                return r.internetAccessible ? 100 : 99; // after every rule count
            return r.internetAccessible ? tr("Internet access on") : tr("Internet access off");
        }
        if (raw)
            return int(r.rules.size());
        return tr("%1 / %2 rules").arg(r.rules.size()).arg(FirewallRulesModel::MaxRules);
    case UsersColumn:
        if (!known)
            return raw ? QVariant(-1) : QVariant(QString());
        if (!r.usersAvailable)
            return raw ? QVariant(-1) : QVariant(tr("Not available"));
        return raw ? QVariant(int(r.users.size())) : QVariant(QString::number(r.users.size()));
    case Md5Column:
        if (!known || !r.usersAvailable)
            return raw ? QVariant(-1) : QVariant(QString());
        return raw ? QVariant(md5Count(r.users)) : QVariant(QString::number(md5Count(r.users)));
    case TemporaryColumn:
        // Sorted by the nearest expiry (soonest first), then databases without temporary rules, unknown ones first.
        if (!known || r.temporaryRules < 0)
            return raw ? QVariant(qint64(-1)) : QVariant(known ? QStringLiteral("—") : QString());
        if (raw)
            return r.temporaryRules > 0 ? QVariant(r.nearestExpiry.toMSecsSinceEpoch())
                                        : QVariant(std::numeric_limits<qint64>::max());
        return r.temporaryRules == 0
                ? tr("None")
                : tr("%n rule(s), next expires %1", nullptr, r.temporaryRules)
                          .arg(QLocale().toString(r.nearestExpiry.toLocalTime(), QLocale::ShortFormat));
    case ThisComputerColumn:
        if (!known)
            return raw ? QVariant(-1) : QVariant(QString());
        switch (r.reach) {
        case Reach::Allowed:
            return raw ? QVariant(2) : QVariant(tr("Allowed"));
        case Reach::Blocked:
            return raw ? QVariant(0) : QVariant(tr("Blocked"));
        case Reach::Unknown:
            return raw ? QVariant(1) : QVariant(tr("Unknown"));
        }
        break;
    case StatusColumn:
        switch (r.state) {
        case State::Queued:
            return raw ? QVariant(0) : QVariant(known ? tr("Waiting to refresh") : tr("Waiting"));
        case State::Loading:
            return raw ? QVariant(1) : QVariant(tr("Reading…"));
        case State::Ready:
            return raw ? QVariant(r.fetchedAt)
                       : QVariant(QLocale().toString(r.fetchedAt.toLocalTime().time(), QLocale::ShortFormat));
        case State::Failed:
            return raw ? QVariant(-2) : QVariant(tr("Failed: %1").arg(r.error));
        }
        break;
    }
    return {};
}

QVariant AllDatabasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AppColumn:
        return tr("App");
    case RegionColumn:
        return tr("Region");
    case KindColumn:
        return tr("Kind");
    case PlanColumn:
        return tr("Plan");
    case AccessColumn:
        return tr("Firewall / Internet");
    case UsersColumn:
        return tr("Users");
    case Md5Column:
        return tr("On MD5");
    case TemporaryColumn:
        return tr("Temporary rules");
    case ThisComputerColumn:
        return tr("This computer");
    case StatusColumn:
        return tr("Updated");
    }
    return {};
}
