#include "historyentry.h"

#include <QCoreApplication>
#include <QJsonArray>

QString HistoryEntry::kindText(WriteEvent::Kind kind)
{
    switch (kind) {
    case WriteEvent::Kind::RuleCreated:
        return tr("Rule created");
    case WriteEvent::Kind::RuleDeleted:
        return tr("Rule deleted");
    case WriteEvent::Kind::RuleRelabelled:
        return tr("Rule relabelled");
    case WriteEvent::Kind::UserCreated:
        return tr("User created");
    case WriteEvent::Kind::UserDeleted:
        return tr("User deleted");
    case WriteEvent::Kind::PasswordReset:
        return tr("Password reset");
    case WriteEvent::Kind::PasswordSet:
        return tr("Password set");
    case WriteEvent::Kind::ExtensionEnabled:
        return tr("Extension enabled");
    case WriteEvent::Kind::ExtensionDisabled:
        return tr("Extension disabled");
    case WriteEvent::Kind::ExtensionUpdated:
        return tr("Extension updated");
    case WriteEvent::Kind::FeatureEnabled:
        return tr("Internet accessibility setting turned on");
    case WriteEvent::Kind::FeatureDisabled:
        return tr("Internet accessibility setting turned off");
    }
    return QString();
}

QString HistoryEntry::outcomeText(WriteEvent::Outcome outcome)
{
    switch (outcome) {
    case WriteEvent::Outcome::Pending:
        return tr("In progress");
    case WriteEvent::Outcome::Applied:
        return tr("Applied");
    case WriteEvent::Outcome::Confirmed:
        return tr("Applied (confirmed after a lost reply)");
    case WriteEvent::Outcome::Failed:
        return tr("Failed");
    case WriteEvent::Outcome::Uncertain:
        return tr("Unknown (the reply was lost)");
    }
    return QString();
}

QString HistoryEntry::summary() const
{
    const QString label = details.value(QLatin1String("label")).toString();
    switch (kind) {
    case WriteEvent::Kind::RuleCreated:
    case WriteEvent::Kind::RuleDeleted: {
        const bool managed = details.value(QLatin1String("type")).toString() == QLatin1String("managed_range");
        const QString target = managed
                ? tr("managed range %1")
                          .arg(details.value(QLatin1String("range_name"))
                                       .toString(details.value(QLatin1String("range_id")).toString()))
                : details.value(QLatin1String("cidr")).toString();
        if (target.isEmpty())
            return tr("rule %1").arg(object);
        return label.isEmpty() ? target : tr("%1 (%2)").arg(target, label);
    }
    case WriteEvent::Kind::RuleRelabelled:
        return tr("rule %1: label \u201c%2\u201d").arg(details.value(QLatin1String("cidr")).toString(object), label);
    case WriteEvent::Kind::UserCreated:
        return details.value(QLatin1String("read_only")).toBool() ? tr("user %1 (read-only)").arg(object)
                                                                  : tr("user %1").arg(object);
    case WriteEvent::Kind::UserDeleted:
    case WriteEvent::Kind::PasswordReset:
    case WriteEvent::Kind::PasswordSet:
        return tr("user %1").arg(object);
    case WriteEvent::Kind::ExtensionEnabled: {
        QStringList names;
        for (const QJsonValue &name : details.value(QLatin1String("names")).toArray())
            names.append(name.toString());
        names.removeAll(object);
        return names.isEmpty() ? object : tr("%1 (with %2)").arg(object, names.join(QLatin1String(", ")));
    }
    case WriteEvent::Kind::ExtensionDisabled:
        return details.value(QLatin1String("cascade")).toBool() ? tr("%1 and what depended on it (CASCADE)").arg(object)
                                                                : object;
    case WriteEvent::Kind::ExtensionUpdated: {
        const QString version = details.value(QLatin1String("version")).toString();
        return version.isEmpty() ? object : tr("%1 to version %2").arg(object, version);
    }
    case WriteEvent::Kind::FeatureEnabled:
    case WriteEvent::Kind::FeatureDisabled:
        return object;
    }
    return object;
}
