#pragma once

#include <QString>

class StateStore;

/// Fixtures for benchmarks (`--seed-users N`): bulk data that would take minutes to create through the API.
namespace Seeding {

/// Makes sure the first provisioned database has the users `seed_user_00001` … `seed_user_<N>` (every third one
/// read-only), created in one statement. They are real LOGIN roles with a SCRAM password (one shared verifier) but
/// no grants: list fixtures, not accounts to log in with. Idempotent; existing names are kept.
bool seedUsers(StateStore *store, int count, QString *error);

} // namespace Seeding
