// SPDX-License-Identifier: MIT
// libFuzzer harness for IdExtractor::extract: no crash, and the result keeps its promises whatever the input.
#include "idextractor.h"
#include "idparser.h"

#include <QSet>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const IdExtraction extraction = IdExtractor::extract(text);

    if (extraction.ids.size() > IdExtractor::MaxIds || extraction.ignored.size() > IdExtractor::MaxIgnored)
        abort();
    if (extraction.tooLarge && !extraction.ids.isEmpty())
        abort();
    if (extraction.unambiguous && (extraction.ids.isEmpty() || !extraction.ignored.isEmpty()))
        abort();
    QSet<QString> seen;
    for (const ExtractedId &found : extraction.ids) {
        // Every id can be sent as it is.
        if (!IdParser::validate(found.id).isEmpty())
            abort();
        // UUIDs are kept in lower case, so that case never makes a second task.
        if (IdExtractor::isUuid(found.id) && found.id != found.id.toLower())
            abort();
        if (seen.contains(found.id))
            abort();
        seen.insert(found.id);
    }
    for (const IgnoredCandidate &candidate : extraction.ignored) {
        if (candidate.text.size() > IdExtractor::MaxShownChars + 1)
            abort();
    }
    return 0;
}
