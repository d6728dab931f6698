#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

/// An addon of an app. A DR database's app owns exactly one: the database itself, addressed by the DB API by its id.
struct Addon
{
    QString id; ///< "ad-<uuid>"
    QString appId;
    QString status;
    QString planName; ///< `plan.name`
    QString providerId; ///< `addon_provider.id`
    QString providerName; ///< `addon_provider.name`
    QString token; ///< only in the addon-token response; a secret

    /// nullopt when `id` is missing or not a string; nested `plan`/`addon_provider` may be absent.
    static std::optional<Addon> fromJson(const QJsonObject &json);
    /// Single addon response, rooted under `addon`.
    static std::optional<Addon> fromResponse(const QJsonObject &root);
    /// Reads the `addons` array; invalid entries are skipped; \a ok is false when the root key is missing.
    static QList<Addon> listFromJson(const QJsonObject &root, bool *ok = nullptr);
    /// `addon.token` of `POST /v1/apps/{app}/addons/{id}/token`; empty when absent or not a string.
    static QString tokenFromResponse(const QJsonObject &root);

    friend bool operator==(const Addon &a, const Addon &b)
    {
        return a.id == b.id && a.appId == b.appId && a.status == b.status && a.planName == b.planName
                && a.providerId == b.providerId && a.providerName == b.providerName && a.token == b.token;
    }
    friend bool operator!=(const Addon &a, const Addon &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(Addon)
