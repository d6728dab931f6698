#pragma once

#include "domain/region.h"

#include <QString>
#include <QUrl>

/// The three base URLs the client talks to, without their `/v1` or `/api` prefix.
/// With only `auth` set, the regions are discovered from `GET {auth}/v1/regions` (real Scalingo); with `api` and
/// `databaseApi` set too, they form one explicit region and no discovery happens (sandbox, look-alike servers).
struct ApiEndpoints
{
    QUrl auth = defaultAuthUrl();
    QUrl api;
    QUrl databaseApi;
    QString regionName; ///< name of the explicit region; "local" when empty

    static QUrl defaultAuthUrl() { return QUrl(QStringLiteral("https://auth.scalingo.com")); }

    /// Reads SCALINGO_AUTH_URL, SCALINGO_API_URL, SCALINGO_DB_URL (or its Terraform alias SCALINGO_DB_API_URL) and
    /// SCALINGO_REGION. Unset variables keep the defaults (Scalingo's auth API, discovery).
    static ApiEndpoints fromEnvironment();
    /// One server for all three APIs (the local sandbox).
    static ApiEndpoints single(const QUrl &baseUrl);

    bool hasExplicitRegion() const
    {
        return api.isValid() && !api.isEmpty() && databaseApi.isValid() && !databaseApi.isEmpty();
    }
    /// The region formed by `api` + `databaseApi` (only meaningful when hasExplicitRegion()).
    Region explicitRegion() const;

    /// Trailing slashes removed, so that "/v1/..." can be appended.
    static QUrl normalized(const QUrl &url);

    friend bool operator==(const ApiEndpoints &a, const ApiEndpoints &b)
    {
        return a.auth == b.auth && a.api == b.api && a.databaseApi == b.databaseApi && a.regionName == b.regionName;
    }
    friend bool operator!=(const ApiEndpoints &a, const ApiEndpoints &b) { return !(a == b); }
};
