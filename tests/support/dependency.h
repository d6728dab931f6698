#pragma once
// A test whose dependency is missing (a PostgreSQL server, a session bus with a Secret Service...) skips on a
// developer's machine but FAILS when `CI` or `GATEHOUSE_REQUIRE_DEPS` is set: CTest counts a skip as a pass, and
// scripts/test.sh (which sets GATEHOUSE_REQUIRE_DEPS) provides every such dependency, so there a missing one is a
// broken setup, not a reason to show green.

#include <QtGlobal>
#include <QtTest>

namespace TestDependency {

inline bool required()
{
    return qEnvironmentVariableIsSet("CI") || qEnvironmentVariableIsSet("GATEHOUSE_REQUIRE_DEPS");
}

} // namespace TestDependency

/// Use in a test function: `GATEHOUSE_REQUIRE(available, "why it is missing")`. Returns from the test when missing.
#define GATEHOUSE_REQUIRE(available, reason) \
    do { \
        if (!(available)) { \
            if (TestDependency::required()) \
                QFAIL("missing dependency (required here): " reason); \
            QSKIP(reason); \
        } \
    } while (false)
