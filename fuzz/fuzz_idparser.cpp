// SPDX-License-Identifier: MIT
// The id extractor on any paste: every id it returns can be sent, and none twice.
#include "fuzzcheck.h"
#include "idparser.h"

#include <QSet>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const IdParseResult result = IdParser::parse(text);
    QSet<QString> seen;
    for (const QString &id : result.ids) {
        FUZZ_CHECK(IdParser::validate(id).isEmpty());
        FUZZ_CHECK(!seen.contains(id));
        seen.insert(id);
    }
    return 0;
}
