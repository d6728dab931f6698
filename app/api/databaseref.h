#pragma once

#include "domain/region.h"

#include <QMetaType>
#include <QString>

/// Everything the DB API needs to address one database: the region (whose APIs to call), the backing app (id or
/// name, used for the addon-token call) and the addon id (used in DB API paths).
struct DatabaseRef
{
    Region region;
    QString app; ///< app id or name
    QString addonId; ///< "ad-<uuid>"

    bool isValid() const { return !app.isEmpty() && !addonId.isEmpty() && region.databaseApi.isValid(); }

    friend bool operator==(const DatabaseRef &a, const DatabaseRef &b)
    {
        return a.region == b.region && a.app == b.app && a.addonId == b.addonId;
    }
    friend bool operator!=(const DatabaseRef &a, const DatabaseRef &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(DatabaseRef)
