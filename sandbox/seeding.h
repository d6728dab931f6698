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

} // namespace Seeding
