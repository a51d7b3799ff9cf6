// SPDX-License-Identifier: MIT
// Error bodies (JSON, HTML, garbage) for any status: always a sentence, never a crash, the excerpt kept short.
#include "fuzzcheck.h"
#include "vezaerror.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const int status = 400 + (data[0] << 8 | data[1]) % 200;
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const VezaError error = errorFromHttp(status, body);
    FUZZ_CHECK(error.isError());
    FUZZ_CHECK(error.httpStatus == status);
    FUZZ_CHECK(error.technical.size() <= 200);
    FUZZ_CHECK(!describeError(error).isEmpty());
    FUZZ_CHECK(!summariseError(error).isEmpty());
    return 0;
}
