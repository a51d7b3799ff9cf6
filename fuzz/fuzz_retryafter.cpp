// SPDX-License-Identifier: MIT
// Retry-After at any clock: a wait between 0 and the cap, never an overflow (UBSan aborts on one).
#include "fuzzcheck.h"
#include "vezaclient.h"

#include <cstring>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    qint64 nowMs = 0;
    if (size >= sizeof nowMs) {
        std::memcpy(&nowMs, data, sizeof nowMs);
        data += sizeof nowMs;
        size -= sizeof nowMs;
    }
    const QByteArray header = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<qint64> wait = parseRetryAfter(header, nowMs);
    if (wait)
        FUZZ_CHECK(*wait >= 0 && *wait <= kMaxRetryAfterMs);
    return 0;
}
