#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// A network endpoint of a DR database (`GET /v1/databases/{db}/endpoints`).
struct Endpoint
{
    QString id;
    QString databaseId;
    QString hostname;
    int port = 0;
    QString type; ///< "public-rw" or "private-peering-rw"

    /// The Internet-routable endpoint (the one SCALINGO_POSTGRESQL_URL targets).
    bool isPublic() const { return type == QLatin1String("public-rw"); }

    /// nullopt when `id` is missing or not a string; `port` accepts a number or a numeric string, else 0.
    static std::optional<Endpoint> fromJson(const QJsonObject &json);
    /// Reads the `endpoints` array; invalid entries are skipped; \a ok is false when the root key is missing.
    static QList<Endpoint> listFromJson(const QJsonObject &root, bool *ok = nullptr);

    friend bool operator==(const Endpoint &a, const Endpoint &b)
    {
        return a.id == b.id && a.databaseId == b.databaseId && a.hostname == b.hostname && a.port == b.port
                && a.type == b.type;
    }
    friend bool operator!=(const Endpoint &a, const Endpoint &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Endpoint)
