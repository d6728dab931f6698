#pragma once
// The code every libFuzzer target runs on one input, shared with tests/unit/tst_fuzz_regressions.cpp (which replays
// fuzz/regressions/<target>/* and fuzz/corpus/<target>/* through the same functions in the default test run).
// Each returns an empty string when every invariant held, else a description of the first violation; the libFuzzer
// harness turns that into abort() so the input is kept as a crasher. Crashes (ASan/UBSan) are found by the
// sanitizers in the fuzz build and by the crash itself in the unit test.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace FuzzEntry {

/// Names of the targets, also the directory names under fuzz/regressions and fuzz/corpus.
QStringList targets();
/// Runs \a target ("fuzz_domain_json", "fuzz_cidr", "fuzz_connection_uri", "fuzz_temporary_label") on \a data.
QString run(const QString &target, const QByteArray &data);

/// Every JSON parser of app/domain (list + single + response forms) on the document, plus toJson round trips.
QString domainJson(const QByteArray &data);
/// Cidr::parse and the invariants of what it returns (canonical form round trips, network, counts, containment).
QString cidr(const QByteArray &data);
/// ConnectionUri::parse of the text (parse(toString(x)) == x, redacted() hides the password), and a URI built
/// field by field from the input (NUL-separated) that must survive toString() -> parse().
QString connectionUri(const QByteArray &data);

/// RuleExpiry::parse of the text (what parses is exactly the suffix and round trips), and compose() of the text
/// with a time derived from the input (fits the label limit, parses back to the same time and a prefix of the text).
QString temporaryLabel(const QByteArray &data);

} // namespace FuzzEntry
