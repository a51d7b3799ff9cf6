// SPDX-License-Identifier: MIT
// libFuzzer harness for IdExtractor::extract: no crash, and the result keeps its promises whatever the input.
#include "fuzzcheck.h"
#include "idextractor.h"
#include "idparser.h"

#include <QSet>
#include <QString>

#include <algorithm>
#include <cctype>
#include <cstddef>
#include <cstdint>

namespace {

bool isUuidNeighbour(QChar c)
{
    return c.isLetterOrNumber() || c == u'-';
}

// "%XX" decoded where X are hexadecimal digits, everything else kept: the URL rule's decoding, written again.
QString strictlyDecoded(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    QByteArray decoded;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const bool escape = bytes.at(i) == '%' && i + 2 < bytes.size() && std::isxdigit(uchar(bytes.at(i + 1)))
            && std::isxdigit(uchar(bytes.at(i + 2)));
        decoded += escape ? QByteArray::fromHex(bytes.mid(i + 1, 2)) : QByteArray(1, bytes.at(i));
        i += escape ? 2 : 0;
    }
    return QString::fromUtf8(decoded);
}

// Whether the text just before `at` labels it as a request or trace id: "Request ID: ", "x-request-id=", "trace_id".
bool labelledAsRequest(const QString &text, qsizetype at)
{
    qsizetype end = at;
    for (int skipped = 0; skipped < 3 && end > 0; ++skipped) {
        const QChar c = text.at(end - 1);
        if (c != u' ' && c != u':' && c != u'=' && c != u'"')
            break;
        --end;
    }
    const QStringView before = QStringView(text).left(end);
    for (const auto label : {u"request-id", u"request_id", u"requestid", u"request id", u"trace-id", u"trace_id",
             u"traceid", u"trace id"}) {
        if (before.endsWith(QStringView(label), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Whether the UUID stands in the text right after a request or trace label somewhere.
bool everLabelledAsRequest(const QString &text, const QString &uuid)
{
    for (qsizetype at = text.indexOf(uuid, 0, Qt::CaseInsensitive); at >= 0;
         at = text.indexOf(uuid, at + 1, Qt::CaseInsensitive)) {
        const bool standsAlone = (at == 0 || !isUuidNeighbour(text.at(at - 1)))
            && (at + uuid.size() >= text.size() || !isUuidNeighbour(text.at(at + uuid.size())));
        if (standsAlone && labelledAsRequest(text, at))
            return true;
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const IdExtraction extraction = IdExtractor::extract(text);

    FUZZ_CHECK(extraction.ids.size() <= IdExtractor::MaxIds);
    FUZZ_CHECK(extraction.ignored.size() <= IdExtractor::MaxIgnored);
    FUZZ_CHECK(!extraction.tooLarge || extraction.ids.isEmpty());
    FUZZ_CHECK(!extraction.unambiguous || (!extraction.ids.isEmpty() && extraction.ignored.isEmpty()));
    FUZZ_CHECK(!extraction.unambiguous || !extraction.idsTruncated);
    FUZZ_CHECK(!extraction.cancelled);
    // JSON escapes ("\u0061") and number forms (4.7e3, 12.0) are decoded by the JSON parser: not verbatim then.
    const bool escapes = text.contains(u'\\');
    const bool numberForms = text.contains(u'e') || text.contains(u'E') || text.contains(u'.');
    QString decoded;
    QSet<QString> seen;
    for (const ExtractedId &found : extraction.ids) {
        // Every id can be sent as it is.
        FUZZ_CHECK(IdParser::validate(found.id).isEmpty());
        // UUIDs are kept in lower case, so that case never makes a second task.
        FUZZ_CHECK(!IdExtractor::isUuid(found.id) || found.id == found.id.toLower());
        FUZZ_CHECK(!seen.contains(found.id));
        seen.insert(found.id);
        // Nothing is invented: every id stands in the input, in any case, or percent-decoded from a URL.
        bool verbatim = text.contains(found.id, Qt::CaseInsensitive);
        if (!verbatim && found.source == IdSource::Url) {
            if (decoded.isEmpty())
                decoded = strictlyDecoded(text);
            verbatim = decoded.contains(found.id, Qt::CaseInsensitive);
        }
        const bool fromJson = found.source == IdSource::JsonField || found.source == IdSource::Url;
        const bool number = found.source == IdSource::JsonField
            && std::all_of(found.id.cbegin(), found.id.cend(), [](QChar c) { return c.isDigit() || c == u'-'; });
        FUZZ_CHECK(verbatim || (fromJson && escapes) || (number && numberForms));
        // A UUID labelled as a request or trace id anywhere in the input is never a task id.
        FUZZ_CHECK(!IdExtractor::isUuid(found.id) || !everLabelledAsRequest(text, found.id));
    }
    for (const IgnoredCandidate &candidate : extraction.ignored)
        FUZZ_CHECK(candidate.text.size() <= IdExtractor::MaxShownChars + 1);
    return 0;
}
