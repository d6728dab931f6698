#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// A range of addresses Scalingo maintains (a region's egress IPs), allowed with a managed firewall rule.
/// Kept an aggregate: `ManagedRange{id, name}`.
struct ManagedRange
{
    QString id; ///< e.g. "mr-scalingo-osc-fr1"
    QString name; ///< e.g. "Scalingo osc-fr1 region"

    /// nullopt when `id` is missing, empty or not a string; a missing `name` reads as empty.
    static std::optional<ManagedRange> fromJson(const QJsonObject &json);
    /// Reads the `ranges` array; invalid entries are skipped; \a ok is false when the root key is missing.
    static QList<ManagedRange> listFromJson(const QJsonObject &root, bool *ok = nullptr);

    friend bool operator==(const ManagedRange &a, const ManagedRange &b) { return a.id == b.id && a.name == b.name; }
    friend bool operator!=(const ManagedRange &a, const ManagedRange &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(ManagedRange)
