// SPDX-License-Identifier: MIT
// libFuzzer harness for IdExtractor::extract: no crash, and the result keeps its promises whatever the input.
#include "fuzzcheck.h"
#include "idextractor.h"
#include "idparser.h"

#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const IdExtraction extraction = IdExtractor::extract(text);

    FUZZ_CHECK(extraction.ids.size() <= IdExtractor::MaxIds);
    FUZZ_CHECK(extraction.ignored.size() <= IdExtractor::MaxIgnored);
    FUZZ_CHECK(!extraction.tooLarge || extraction.ids.isEmpty());
    FUZZ_CHECK(!extraction.unambiguous || (!extraction.ids.isEmpty() && extraction.ignored.isEmpty()));
    QSet<QString> seen;
    for (const ExtractedId &found : extraction.ids) {
        // Every id can be sent as it is.
        FUZZ_CHECK(IdParser::validate(found.id).isEmpty());
        // UUIDs are kept in lower case, so that case never makes a second task.
        FUZZ_CHECK(!IdExtractor::isUuid(found.id) || found.id == found.id.toLower());
        FUZZ_CHECK(!seen.contains(found.id));
        seen.insert(found.id);
    }
    for (const IgnoredCandidate &candidate : extraction.ignored)
        FUZZ_CHECK(candidate.text.size() <= IdExtractor::MaxShownChars + 1);
    return 0;
}
