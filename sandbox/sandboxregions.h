#pragma once

#include <QString>
#include <QStringList>

/// The regions the sandbox advertises (`--regions N`), all served on its one port: the first at the root, the
/// others under a path prefix named after them (`/osc-secnum-fr1/v1/...`, `/osc-secnum-fr1/api/...`), so a client
/// that follows `GET /v1/regions` reaches each one at its own base URL, as it would reach api.<region>.scalingo.com.
namespace SandboxRegions {

inline QString defaultRegion()
{
    return QStringLiteral("sandbox");
}

/// The names of the first \a count regions (at most two: the sandbox's own and a SecNum look-alike).
inline QStringList names(int count)
{
    QStringList out{defaultRegion()};
    if (count >= 2)
        out << QStringLiteral("osc-secnum-fr1");
    return out;
}

inline QString displayName(const QString &region)
{
    return region == defaultRegion() ? QStringLiteral("Sandbox (this computer)")
                                     : QStringLiteral("Sandbox %1 (this computer)").arg(region);
}

} // namespace SandboxRegions
