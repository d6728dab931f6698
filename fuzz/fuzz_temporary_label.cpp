// libFuzzer target: FuzzEntry::temporaryLabel() (see fuzzentrypoints.h). A violated invariant aborts, so libFuzzer
// keeps the input; scripts/fuzz.sh moves it to fuzz/regressions/fuzz_temporary_label/, replayed by
// tests/unit/tst_fuzz_regressions.
#include "fuzzentrypoints.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString problem = FuzzEntry::temporaryLabel(input);
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "invariant violated: %s\n", problem.toUtf8().constData());
        std::abort();
    }
    return 0;
}
