// ExtensionsModel's SQL: the statements it sends and how it reads the catalog (pure, unit-tested helpers).
#include "extensionsmodel.h"

#include <algorithm>

QString ExtensionsModel::listSql()
{
    // One round trip: every available extension with its default version's metadata, and who we are.
    return QStringLiteral(
            "SELECT a.name, a.default_version, a.installed_version, a.comment,"
            " array_to_string(v.requires, ',') AS requires, coalesce(v.trusted, false) AS trusted,"
            " current_setting('is_superuser') = 'on' AS superuser,"
            " has_database_privilege(current_database(), 'CREATE') AS can_create,"
            " (SELECT s.reset_val FROM pg_settings s WHERE s.name = 'extwlist.extensions') AS allow_list"
            " FROM pg_available_extensions a"
            " LEFT JOIN pg_available_extension_versions v ON v.name = a.name AND v.version = a.default_version"
            " ORDER BY a.name");
}

QString ExtensionsModel::enableSql(const QStringList &namesInOrder)
{
    // Utility statements take no bind parameters: identifiers are quoted, never pasted raw.
    QStringList statements;
    for (const QString &name : namesInOrder)
        statements.append(QStringLiteral("CREATE EXTENSION %1").arg(PgConnection::quoteIdentifier(name)));
    return statements.join(QLatin1String("; "));
}

QString ExtensionsModel::disableSql(const QString &name, bool cascade)
{
    return QStringLiteral("DROP EXTENSION %1%2")
            .arg(PgConnection::quoteIdentifier(name), cascade ? QStringLiteral(" CASCADE") : QString());
}

QString ExtensionsModel::updateSql(const QString &name)
{
    return QStringLiteral("ALTER EXTENSION %1 UPDATE").arg(PgConnection::quoteIdentifier(name));
}

bool ExtensionsModel::canUpdate(const Extension &extension)
{
    return extension.isInstalled() && !extension.defaultVersion.isEmpty()
            && extension.installedVersion != extension.defaultVersion;
}

bool ExtensionsModel::isAllowed(const QString &name, bool trusted, bool superuser, bool canCreate,
                                const std::optional<QStringList> &allowList)
{
    if (allowList)
        return allowList->contains(name);
    return superuser || (trusted && canCreate);
}

void ExtensionsModel::sortRows(QList<Extension> &rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const Extension &a, const Extension &b) {
        if (a.isInstalled() != b.isInstalled())
            return a.isInstalled();
        return a.name < b.name;
    });
}

QList<Extension> ExtensionsModel::rowsFromResult(const PgResult &result, bool *superuser)
{
    *superuser = false;
    QList<Extension> rows;
    rows.reserve(result.rowCount());
    for (int row = 0; row < result.rowCount(); ++row) {
        auto text = [&](const char *column) { return result.value(row, QLatin1String(column)).toString(); };
        auto flag = [&](const char *column) { return text(column) == QLatin1String("t"); };
        if (row == 0)
            *superuser = flag("superuser");
        std::optional<QStringList> allowList;
        if (!result.value(row, QStringLiteral("allow_list")).isNull()) {
            QStringList names = text("allow_list").split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &name : names)
                name = name.trimmed();
            allowList = names;
        }
        Extension entry;
        entry.name = text("name");
        entry.defaultVersion = text("default_version");
        entry.installedVersion = text("installed_version");
        entry.comment = text("comment");
        entry.requiredExtensions = text("requires").split(QLatin1Char(','), Qt::SkipEmptyParts);
        entry.trusted = flag("trusted");
        entry.superuser = flag("needs_superuser");
        entry.allowed = isAllowed(entry.name, entry.trusted, flag("superuser"), flag("can_create"), allowList);
        rows.append(entry);
    }
    return rows;
}
