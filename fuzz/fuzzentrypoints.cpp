#include "fuzzentrypoints.h"

#include "domain/cidr.h"
#include "domain/connectionuri.h"
#include "domain/database.h"
#include "domain/databaseuser.h"
#include "domain/extension.h"
#include "domain/firewallrule.h"
#include "domain/managedrange.h"
#include "domain/region.h"
#include "domain/ruleexpiry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

#define FUZZ_CHECK(condition, what) \
    do { \
        if (!(condition)) \
            return QString(what) + QStringLiteral(" [") + QLatin1String(#condition) + QStringLiteral(":") \
                    + QString::number(__LINE__) + QStringLiteral("]"); \
    } while (false)

/// Every object the input holds at the top level (the document itself or the elements of a root array), so that
/// list and single parsers both see realistic shapes.
QList<QJsonObject> objectsOf(const QByteArray &data)
{
    const QJsonDocument doc = QJsonDocument::fromJson(data);
    QList<QJsonObject> out;
    if (doc.isObject())
        out.append(doc.object());
    for (const QJsonValue v : doc.array())
        if (v.isObject())
            out.append(v.toObject());
    return out;
}

template<typename T>
QString listInvariants(const QList<T> &list, bool ok, const char *type)
{
    FUZZ_CHECK(ok || list.isEmpty(), QStringLiteral("%1: entries without a root list").arg(QLatin1String(type)));
    return QString();
}

QString usersOf(const QJsonObject &root)
{
    bool ok = true;
    const QList<DatabaseUser> list = DatabaseUser::listFromJson(root, &ok);
    if (QString e = listInvariants(list, ok, "DatabaseUser"); !e.isEmpty())
        return e;
    QList<DatabaseUser> all = list;
    if (auto one = DatabaseUser::fromJson(root))
        all.append(*one);
    if (auto one = DatabaseUser::fromResponse(root))
        all.append(*one);
    for (const DatabaseUser &u : std::as_const(all)) {
        FUZZ_CHECK(!u.name.isEmpty(), QStringLiteral("DatabaseUser without a name"));
        const auto again = DatabaseUser::fromJson(u.toJson());
        FUZZ_CHECK(again && *again == u, QStringLiteral("DatabaseUser toJson/fromJson round trip"));
        const auto rooted = DatabaseUser::fromResponse(QJsonObject{{QStringLiteral("database_user"), u.toJson()}});
        FUZZ_CHECK(rooted && *rooted == u, QStringLiteral("DatabaseUser rooted response round trip"));
    }
    return QString();
}

QString rulesOf(const QJsonObject &root)
{
    bool ok = true;
    const QList<FirewallRule> list = FirewallRule::listFromJson(root, &ok);
    if (QString e = listInvariants(list, ok, "FirewallRule"); !e.isEmpty())
        return e;
    QList<FirewallRule> all = list;
    if (auto one = FirewallRule::fromJson(root))
        all.append(*one);
    if (auto one = FirewallRule::fromResponse(root))
        all.append(*one);
    for (const FirewallRule &r : std::as_const(all)) {
        FUZZ_CHECK(!r.id.isEmpty(), QStringLiteral("FirewallRule without an id"));
        FUZZ_CHECK(FirewallRule::typeFromString(FirewallRule::typeToString(r.type)) == r.type,
                   QStringLiteral("FirewallRule type name round trip"));
        const auto again = FirewallRule::fromJson(r.toJson());
        FUZZ_CHECK(again && *again == r, QStringLiteral("FirewallRule toJson/fromJson round trip"));
        const auto rooted = FirewallRule::fromResponse(QJsonObject{{QStringLiteral("rule"), r.toJson()}});
        FUZZ_CHECK(rooted && *rooted == r, QStringLiteral("FirewallRule rooted response round trip"));
    }
    return QString();
}

QString othersOf(const QJsonObject &root)
{
    bool ok = true;
    const QList<ManagedRange> ranges = ManagedRange::listFromJson(root, &ok);
    if (QString e = listInvariants(ranges, ok, "ManagedRange"); !e.isEmpty())
        return e;
    for (const ManagedRange &r : ranges)
        FUZZ_CHECK(!r.id.isEmpty(), QStringLiteral("ManagedRange without an id"));
    if (auto one = ManagedRange::fromJson(root))
        FUZZ_CHECK(!one->id.isEmpty(), QStringLiteral("ManagedRange without an id"));

    ok = true;
    const QList<Region> regions = Region::listFromJson(root, &ok);
    if (QString e = listInvariants(regions, ok, "Region"); !e.isEmpty())
        return e;
    const std::optional<Region> picked = Region::pickDefault(regions);
    FUZZ_CHECK(picked.has_value() == !regions.isEmpty(), QStringLiteral("Region::pickDefault on a non-empty list"));
    if (picked)
        FUZZ_CHECK(regions.contains(*picked), QStringLiteral("Region::pickDefault returned a region not in the list"));
    if (auto one = Region::fromJson(root))
        FUZZ_CHECK(!one->name.isNull(), QStringLiteral("Region without a name"));

    ok = true;
    const QList<Database> databases = Database::listFromJson(root, &ok);
    if (QString e = listInvariants(databases, ok, "Database"); !e.isEmpty())
        return e;
    for (const Database &d : databases)
        FUZZ_CHECK(d.region.isEmpty(), QStringLiteral("Database region filled from the payload"));
    (void)Database::fromJson(root);
    (void)Database::fromResponse(root);

    QString error;
    const std::optional<QList<Extension>> extensions = Extension::listFromActionResponse(root, &error);
    if (extensions) {
        for (const Extension &x : *extensions)
            FUZZ_CHECK(!x.name.isEmpty(), QStringLiteral("Extension without a name"));
    }
    if (auto one = Extension::fromJson(root))
        FUZZ_CHECK(!one->name.isEmpty(), QStringLiteral("Extension without a name"));
    const QString version = root.value(QStringLiteral("version")).toString();
    const bool versionLike = !version.isEmpty() && version.at(0).isDigit() && version.trimmed() == version;
    FUZZ_CHECK(!versionLike || Extension::normalizeVersion(QLatin1Char('v') + version) == version,
               QStringLiteral("Extension::normalizeVersion(\"v\" + x) != x"));
    return QString();
}

} // namespace

namespace FuzzEntry {

QStringList targets()
{
    return {QStringLiteral("fuzz_domain_json"), QStringLiteral("fuzz_cidr"), QStringLiteral("fuzz_connection_uri"),
            QStringLiteral("fuzz_temporary_label")};
}

QString run(const QString &target, const QByteArray &data)
{
    if (target == QLatin1String("fuzz_domain_json"))
        return domainJson(data);
    if (target == QLatin1String("fuzz_cidr"))
        return cidr(data);
    if (target == QLatin1String("fuzz_connection_uri"))
        return connectionUri(data);
    if (target == QLatin1String("fuzz_temporary_label"))
        return temporaryLabel(data);
    return QStringLiteral("unknown fuzz target %1").arg(target);
}

QString domainJson(const QByteArray &data)
{
    for (const QJsonObject &root : objectsOf(data)) {
        for (const auto &check : {&usersOf, &rulesOf, &othersOf}) {
            const QString problem = check(root);
            if (!problem.isEmpty())
                return problem;
        }
    }
    return QString();
}

QString cidr(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    QString error;
    const std::optional<Cidr> parsed = Cidr::parse(text, &error);
    if (!parsed) {
        FUZZ_CHECK(!error.isEmpty(), QStringLiteral("Cidr::parse failed without a message"));
        return QString();
    }
    FUZZ_CHECK(error.isEmpty(), QStringLiteral("Cidr::parse succeeded with a message"));
    const Cidr c = *parsed;
    FUZZ_CHECK(c.prefix() >= 0 && c.prefix() <= 32, QStringLiteral("prefix out of range"));
    const auto again = Cidr::parse(c.toString());
    FUZZ_CHECK(again && *again == c, QStringLiteral("Cidr parse(toString(x)) != x for ") + c.toString());
    const Cidr net = c.network();
    FUZZ_CHECK(!net.hasHostBits(), QStringLiteral("network() has host bits"));
    FUZZ_CHECK(net.prefix() == c.prefix(), QStringLiteral("network() changed the prefix"));
    FUZZ_CHECK(c.hasHostBits() == (net != c), QStringLiteral("hasHostBits() disagrees with network()"));
    FUZZ_CHECK(!c.hasHostBits() || net.toString() != c.toString(), QStringLiteral("toString() hides host bits"));
    FUZZ_CHECK(net.contains(c) && c.contains(net), QStringLiteral("a network does not contain itself"));
    FUZZ_CHECK(c.overlaps(net) && net.overlaps(c), QStringLiteral("a network does not overlap itself"));
    FUZZ_CHECK(c.addressCount() == (quint64(1) << (32 - c.prefix())), QStringLiteral("addressCount()"));
    FUZZ_CHECK(c.firstAddress().toIPv4Address() <= c.lastAddress().toIPv4Address(),
               QStringLiteral("first address after last address"));
    FUZZ_CHECK(quint64(c.lastAddress().toIPv4Address()) - c.firstAddress().toIPv4Address() + 1 == c.addressCount(),
               QStringLiteral("address range size != addressCount()"));
    FUZZ_CHECK(c.contains(c.firstAddress()) && c.contains(c.lastAddress()),
               QStringLiteral("network does not contain its own first/last address"));
    const Cidr wider(c.address(), qMax(0, c.prefix() - 1));
    FUZZ_CHECK(wider.contains(c) && wider.overlaps(c), QStringLiteral("a wider network does not contain its subnet"));
    FUZZ_CHECK(!c.contains(wider) || c.prefix() == 0, QStringLiteral("a subnet contains its wider network"));
    return QString();
}

QString connectionUri(const QByteArray &data)
{
    // 1. Text as typed or pasted.
    {
        const QString text = QString::fromUtf8(data);
        QString error;
        const std::optional<ConnectionUri> parsed = ConnectionUri::parse(text, &error);
        if (!parsed) {
            FUZZ_CHECK(!error.isEmpty(), QStringLiteral("ConnectionUri::parse failed without a message"));
        } else {
            const ConnectionUri &u = *parsed;
            FUZZ_CHECK(u.isValid(), QStringLiteral("parsed URI is not valid"));
            FUZZ_CHECK(u.port() >= 1 && u.port() <= 65535, QStringLiteral("port out of range"));
            const auto again = ConnectionUri::parse(u.toString());
            FUZZ_CHECK(again && *again == u, QStringLiteral("parse(toString(x)) != x: ") + u.redacted());
            if (!u.password().isEmpty()) {
                const auto redacted = ConnectionUri::parse(u.redacted());
                FUZZ_CHECK(redacted && redacted->password() == QLatin1String("***") && redacted->host() == u.host()
                                   && redacted->user() == u.user(),
                           QStringLiteral("redacted() does not parse back with *** as the password"));
            } else {
                FUZZ_CHECK(u.redacted() == u.toString(), QStringLiteral("redacted() changed a URI without password"));
            }
            const ConnectionUri other = u.withCredentials(QStringLiteral("other_user"), QStringLiteral("p@ss:/?#w%d"));
            const auto reparsed = ConnectionUri::parse(other.toString());
            FUZZ_CHECK(reparsed && *reparsed == other && reparsed->sslMode() == QLatin1String("require"),
                       QStringLiteral("withCredentials() does not round trip"));
        }
    }
    // 2. A URI built field by field: user, password, host, database, then key/value pairs, NUL-separated.
    {
        const QList<QByteArray> f = data.split('\0');
        if (f.size() < 3)
            return QString();
        ConnectionUri u;
        u.setUser(QString::fromUtf8(f.value(0)));
        u.setPassword(QString::fromUtf8(f.value(1)));
        // Hosts are names or IP literals: no whitespace at the ends (parse() trims the text) and no brackets.
        const QString host = QString::fromUtf8(f.value(2)).trimmed();
        if (host.isEmpty() || host.contains(QLatin1Char('[')) || host.contains(QLatin1Char(']')))
            return QString();
        u.setHost(host);
        u.setDatabase(QString::fromUtf8(f.value(3)));
        u.setPort(1 + int(quint32(qHash(data)) % 65535));
        if (f.size() > 4)
            u.setScheme(QStringLiteral("postgres"));
        for (int i = 4; i + 1 < f.size(); i += 2)
            u.setQueryItem(QString::fromUtf8(f.at(i)), QString::fromUtf8(f.at(i + 1)));
        const auto again = ConnectionUri::parse(u.toString());
        FUZZ_CHECK(again.has_value(), QStringLiteral("built URI does not parse: ") + u.redacted());
        FUZZ_CHECK(again->user() == u.user(), QStringLiteral("user lost: ") + u.redacted());
        FUZZ_CHECK(again->password() == u.password(), QStringLiteral("password lost: ") + u.redacted());
        FUZZ_CHECK(again->host() == u.host(), QStringLiteral("host lost: ") + u.redacted());
        FUZZ_CHECK(again->port() == u.port(), QStringLiteral("port lost: ") + u.redacted());
        FUZZ_CHECK(again->database() == u.database(), QStringLiteral("database lost: ") + u.redacted());
        FUZZ_CHECK(again->queryItems() == u.queryItems(), QStringLiteral("query lost: ") + u.redacted());
    }
    return QString();
}

QString temporaryLabel(const QByteArray &data)
{
    const QString text = QString::fromUtf8(data);
    // 1. Whatever parses is exactly our suffix, and reads back the same.
    if (const std::optional<RuleExpiry::Parsed> parsed = RuleExpiry::parse(text)) {
        FUZZ_CHECK(parsed->until.isValid() && parsed->until.timeSpec() == Qt::UTC, QStringLiteral("bad date"));
        FUZZ_CHECK(parsed->until.time().second() == 0 && parsed->until.date().year() >= 2000,
                   QStringLiteral("not whole minutes"));
        const QString stamp = parsed->until.toString(QStringLiteral("'until 'yyyy-MM-dd HH:mm' UTC'"));
        FUZZ_CHECK(text.endsWith(stamp), QStringLiteral("suffix is not the date read: ") + text);
        FUZZ_CHECK(parsed->person.isEmpty() ? text == stamp
                                            : text == parsed->person + QStringLiteral(" \u00B7 ") + stamp,
                   QStringLiteral("person part is not the rest: ") + text);
        FUZZ_CHECK(RuleExpiry::personPart(text) == parsed->person, QStringLiteral("personPart differs"));
        if (parsed->person == parsed->person.trimmed() && parsed->person.size() <= 35)
            FUZZ_CHECK(RuleExpiry::compose(parsed->person, parsed->until) == text,
                       QStringLiteral("compose does not give it back: ") + text);
    } else {
        FUZZ_CHECK(RuleExpiry::personPart(text) == text, QStringLiteral("ordinary label changed"));
    }
    // 2. Whatever person and time we compose from, the label fits and parses back to them.
    const QDateTime until = QDateTime(QDate(2000, 1, 1), QTime(0, 0), Qt::UTC)
                                    .addSecs(qint64(qHash(data) % (7000ULL * 366 * 24 * 60)) * 60);
    const QString label = RuleExpiry::compose(text, until);
    FUZZ_CHECK(label.size() <= RuleExpiry::MaxLabelLength, QStringLiteral("too long: ") + label);
    const std::optional<RuleExpiry::Parsed> back = RuleExpiry::parse(label);
    FUZZ_CHECK(back.has_value(), QStringLiteral("composed label does not parse: ") + label);
    FUZZ_CHECK(back->until == until, QStringLiteral("expiry changed: ") + label);
    FUZZ_CHECK(text.trimmed().startsWith(back->person), QStringLiteral("person is not a prefix: ") + label);
    FUZZ_CHECK(back->person.isEmpty() || !back->person.back().isHighSurrogate(), QStringLiteral("cut a pair"));
    FUZZ_CHECK(RuleExpiry::withExpiry(label, QDateTime()) == back->person, QStringLiteral("made permanent badly"));
    return QString();
}

} // namespace FuzzEntry
