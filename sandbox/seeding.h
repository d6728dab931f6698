#pragma once

#include <QString>

class StateStore;

/// Fixtures for benchmarks (`--seed-users N`): bulk data that would take minutes to create through the API.
namespace Seeding {

/// The name of seeded user \a i (1-based): varied like a real database's (`<purpose>_<word>_<i>`, e.g.
/// `etl_maple_00042`), unique, valid for the DB API.
QString seedUserName(int i);

/// Makes sure the first provisioned database has N users named by seedUserName() (every third one read-only),
/// created in one statement. They are real LOGIN roles with no grants: list fixtures, not accounts to log in with.
/// \a md5Percent of them (spread evenly) have an MD5 password hash, like roles migrated from an older PostgreSQL;
/// the others share one SCRAM verifier. Idempotent; existing names are kept.
bool seedUsers(StateStore *store, int count, int md5Percent, QString *error);

/// The name of seeded database \a i (1-based), e.g. `acme-staging`, `globex-prod-2`: unique, valid app names.
QString seedDatabaseName(int i);

/// Makes sure the databases seedDatabaseName(1..N) exist, each a real database with its protected owner like the
/// demo ones: one in three is Dedicated Resources, the others classic addons of an app; odd ones in the first
/// region, even ones in the second when \a regions lists two. Idempotent (existing names are kept).
bool seedDatabases(StateStore *store, int count, const QStringList &regions, QString *error);

/// Makes sure N apps without a PostgreSQL addon exist (`tools-01`...), across \a regions (alternating): in each region
/// about half have a Redis addon, the rest no addon at all. Discovery must not show them.
bool seedApps(StateStore *store, int count, const QStringList &regions, QString *error);

} // namespace Seeding
