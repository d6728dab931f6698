#include "writeevent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUrlQuery>

namespace {

QJsonObject bodyObject(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    return doc.isObject() ? doc.object() : QJsonObject();
}

// A field of a body sent rooted ({"firewall_rule": {...}}) or un-rooted ({...}).
QJsonValue field(const QJsonObject &root, const QString &rootKey, const QString &name)
{
    const QJsonObject inner = root.value(rootKey).toObject();
    return inner.contains(name) ? inner.value(name) : root.value(name);
}

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("token"))
            || k.contains(QLatin1String("secret"));
}

void collectSecrets(const QJsonValue &value, bool secret, QStringList *out)
{
    if (value.isString() && secret && !value.toString().isEmpty()) {
        out->append(value.toString());
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectSecrets(it.value(), isSecretKey(it.key()), out);
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectSecrets(item, secret, out);
    }
}

struct Names
{
    WriteEvent::Kind kind;
    const char *name;
};
constexpr Names kNames[] = {
        {WriteEvent::Kind::RuleCreated, "rule.created"},
        {WriteEvent::Kind::RuleDeleted, "rule.deleted"},
        {WriteEvent::Kind::RuleRelabelled, "rule.relabelled"},
        {WriteEvent::Kind::UserCreated, "user.created"},
        {WriteEvent::Kind::UserDeleted, "user.deleted"},
        {WriteEvent::Kind::PasswordReset, "user.password_reset"},
        {WriteEvent::Kind::PasswordSet, "user.password_set"},
        {WriteEvent::Kind::ExtensionEnabled, "extension.enabled"},
        {WriteEvent::Kind::ExtensionDisabled, "extension.disabled"},
        {WriteEvent::Kind::ExtensionUpdated, "extension.updated"},
        {WriteEvent::Kind::FeatureEnabled, "feature.enabled"},
        {WriteEvent::Kind::FeatureDisabled, "feature.disabled"},
};

} // namespace

std::optional<WriteEvent> WriteEvent::classify(const QByteArray &verb, const QUrl &url, const QByteArray &body)
{
    if (verb == "GET" || verb == "HEAD")
        return std::nullopt;
    // .../databases/{addon}/{collection}[/{key}[/{action}]]
    const QStringList segments = url.path(QUrl::FullyDecoded).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const qsizetype at = segments.lastIndexOf(QLatin1String("databases"));
    if (at < 0 || at + 2 >= segments.size())
        return std::nullopt;
    const QString collection = segments.at(at + 2);
    const QString key = segments.value(at + 3);
    const QString action = segments.value(at + 4);
    const qsizetype extra = segments.size() - (at + 3);
    const QJsonObject root = bodyObject(body);

    WriteEvent event;
    event.database.addonId = segments.at(at + 1);
    if (collection == QLatin1String("firewall_rules")) {
        if (verb == "POST" && extra == 0) {
            event.kind = Kind::RuleCreated;
            const QString rootKey = QStringLiteral("firewall_rule");
            for (const char *name : {"type", "cidr", "label", "range_id"}) {
                const QJsonValue value = field(root, rootKey, QLatin1String(name));
                if (value.isString())
                    event.details.insert(QLatin1String(name), value.toString());
            }
        } else if (verb == "DELETE" && extra == 1) {
            event.kind = Kind::RuleDeleted;
        } else if ((verb == "PATCH" || verb == "PUT") && extra == 1) {
            event.kind = Kind::RuleRelabelled;
            const QJsonValue label = field(root, QStringLiteral("firewall_rule"), QStringLiteral("label"));
            if (label.isString())
                event.details.insert(QLatin1String("label"), label.toString());
        } else {
            return std::nullopt;
        }
    } else if (collection == QLatin1String("users")) {
        if (verb == "POST" && extra == 0) {
            event.kind = Kind::UserCreated;
            event.object = field(root, QStringLiteral("database_user"), QStringLiteral("name")).toString();
            event.details.insert(QLatin1String("read_only"),
                                 field(root, QStringLiteral("database_user"), QStringLiteral("read_only")).toBool());
            event.details.insert(QLatin1String("generated_password"),
                                 !field(root, QStringLiteral("database_user"), QStringLiteral("password")).isString());
        } else if (verb == "DELETE" && extra == 1) {
            event.kind = Kind::UserDeleted;
        } else if (verb == "PATCH" && extra == 1) {
            event.kind = Kind::PasswordSet;
        } else if (verb == "POST" && extra == 2 && action == QLatin1String("reset_password")) {
            event.kind = Kind::PasswordReset;
        } else {
            return std::nullopt;
        }
    } else if (collection == QLatin1String("features") && extra == 0) {
        if (verb == "POST") {
            event.kind = Kind::FeatureEnabled;
            event.object = field(root, QStringLiteral("feature"), QStringLiteral("name")).toString();
        } else if (verb == "DELETE") {
            event.kind = Kind::FeatureDisabled;
            event.object = QUrlQuery(url).queryItemValue(QStringLiteral("feature"), QUrl::FullyDecoded);
        } else {
            return std::nullopt;
        }
    } else {
        return std::nullopt; // e.g. the list-extensions action (a read sent as POST)
    }
    if (event.object.isEmpty())
        event.object = key;
    return event;
}

QStringList WriteEvent::secretsOf(const QByteArray &body)
{
    QStringList secrets;
    collectSecrets(bodyObject(body), false, &secrets);
    return secrets;
}

QString WriteEvent::scrub(QString text, const QStringList &secrets)
{
    for (const QString &secret : secrets)
        text.replace(secret, QLatin1String("***"));
    return text;
}

QString WriteEvent::kindName(Kind kind)
{
    for (const Names &n : kNames) {
        if (n.kind == kind)
            return QLatin1String(n.name);
    }
    return QString();
}

std::optional<WriteEvent::Kind> WriteEvent::kindFromName(const QString &name)
{
    for (const Names &n : kNames) {
        if (name == QLatin1String(n.name))
            return n.kind;
    }
    return std::nullopt;
}

QString WriteEvent::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Pending:
        return QStringLiteral("pending");
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Confirmed:
        return QStringLiteral("confirmed");
    case Outcome::Failed:
        return QStringLiteral("failed");
    case Outcome::Uncertain:
        return QStringLiteral("uncertain");
    }
    return QString();
}

WriteEvent::Outcome WriteEvent::outcomeFromName(const QString &name)
{
    for (Outcome o : {Outcome::Applied, Outcome::Confirmed, Outcome::Failed, Outcome::Uncertain}) {
        if (outcomeName(o) == name)
            return o;
    }
    return Outcome::Pending;
}
