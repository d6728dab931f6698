#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// An environment variable of an app (`GET /v1/apps/{app}/variables?aliases=false`). Values may be secrets.
struct Variable
{
    QString name;
    QString value;

    /// The variable holding the default user's connection URI.
    static QString postgresqlUrlName() { return QStringLiteral("SCALINGO_POSTGRESQL_URL"); }

    /// nullopt when `name` is missing, empty or not a string; a missing `value` reads as empty.
    static std::optional<Variable> fromJson(const QJsonObject &json);
    /// Reads the `variables` array; invalid entries are skipped; \a ok is false when the root key is missing.
    static QList<Variable> listFromJson(const QJsonObject &root, bool *ok = nullptr);
    /// The variable called \a name (exact, case-sensitive match like the environment itself).
    static std::optional<Variable> find(const QList<Variable> &variables, const QString &name);
    /// The value of SCALINGO_POSTGRESQL_URL; nullopt when the variable is not there.
    static std::optional<QString> postgresqlUrl(const QList<Variable> &variables);

    friend bool operator==(const Variable &a, const Variable &b) { return a.name == b.name && a.value == b.value; }
    friend bool operator!=(const Variable &a, const Variable &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Variable)
