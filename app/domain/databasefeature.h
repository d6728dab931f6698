#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// One database feature of a classic addon (`force-ssl`, `publicly-available`) as the DB API reports it: in the
/// database document's `features[]`, or in the answer to `POST /api/databases/{addon}/features`.
struct DatabaseFeature
{
    static constexpr const char *ForceTls = "force-ssl";
    static constexpr const char *InternetAccessibility = "publicly-available";

    enum class State {
        Disabled, ///< not listed
        Activated,
        Pending, ///< PENDING / PENDING_TO_ACTIVATE: being turned on
        Removing, ///< PENDING_TO_REMOVE: being turned off
        Failed,
    };

    QString name;
    QString status; ///< as sent
    QString message; ///< the server's words, when it sent some (plain text)

    State state() const;
    bool isPending() const { return state() == State::Pending || state() == State::Removing; }
    /// Whether PostgreSQL enforces it right now (until a removal completes).
    bool isOn() const { return state() == State::Activated || state() == State::Removing; }

    static std::optional<DatabaseFeature> fromJson(const QJsonObject &json);
    /// `features[]` of `GET /api/databases/{addon}` (rooted under `database`); malformed entries are skipped.
    static QList<DatabaseFeature> listFromDatabase(const QJsonObject &root, bool *ok = nullptr);
    /// The feature named \a name in \a features, or a Disabled one.
    static DatabaseFeature find(const QList<DatabaseFeature> &features, const QString &name);
    /// Body of the enable call: `{"feature": {"name": ...}}`.
    static QJsonObject enableRequest(const QString &name);

    friend bool operator==(const DatabaseFeature &a, const DatabaseFeature &b)
    {
        return a.name == b.name && a.status == b.status && a.message == b.message;
    }
    friend bool operator!=(const DatabaseFeature &a, const DatabaseFeature &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(DatabaseFeature)
