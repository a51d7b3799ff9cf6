// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

// Where an extracted id was found.
enum class IdSource {
    JsonField, // a task id field of a JSON answer; detail: its path, e.g. "task.id"
    Url, // the segment after /async_tasks/ of a URL or path
    List, // an item of a paste that is nothing but a list of ids
    UuidInText, // a UUID standing in free text
    TableColumn, // the id column of a CSV/TSV/Markdown table; detail: the column name
};

// Why a candidate was left out.
enum class IgnoreReason {
    LabelledUuid, // a UUID labelled as a request, trace, correlation or span id; detail: the label
    OtherJsonField, // a UUID in a JSON field that is not a task id (result, error_status, request_id…); detail: path
    OtherColumn, // a UUID in a table column that is not the id column; detail: the column
    WordInText, // an id-like word in text that is not a list of ids
    Invalid, // cannot be sent as a task id; detail: why (IdParser::validate)
    NotAnIdCell, // a cell of the id column that holds no id (n/a, TBD, a sentence); detail: the column
};

struct ExtractedId
{
    QString id; // UUIDs in lower case
    IdSource source = IdSource::List;
    QString detail;
};

struct IgnoredCandidate
{
    QString text; // at most MaxShownChars characters
    IgnoreReason reason = IgnoreReason::WordInText;
    QString detail;
};

// What one paste (or file) holds.
struct IdExtraction
{
    QList<ExtractedId> ids; // distinct, in the order found
    QList<IgnoredCandidate> ignored; // at most MaxIgnored
    qsizetype ignoredOmitted = 0; // ignored candidates beyond MaxIgnored
    bool idsTruncated = false; // more than MaxIds ids: the rest were dropped
    bool tooLarge = false; // the input exceeded MaxInputChars: nothing was extracted
    bool cancelled = false; // the caller cancelled: the result is partial, to be thrown away
    // Every item of the paste is a UUID or a task URL, nothing was ignored and nothing cut: safe to add without a
    // preview.
    bool unambiguous = false;

    [[nodiscard]] QStringList idList() const;
    // Folds in another file's extraction: new ids appended, duplicates dropped, limits kept.
    void merge(const IdExtraction &other);
};

namespace IdExtractor {

// 64 MiB: far more than any paste; a larger input is refused whole rather than read in part.
constexpr qsizetype MaxInputChars = qsizetype(64) * 1024 * 1024;
constexpr qsizetype MaxInputBytes = MaxInputChars; // UTF-8 never has fewer bytes than UTF-16 code units
constexpr qsizetype MaxIds = 100'000;
constexpr qsizetype MaxIgnored = 1'000;
constexpr qsizetype MaxShownChars = 80;

// Pure and thread-safe; linear in the input (each JSON candidate is parsed once). When `cancel` is given and set
// (from another thread), it returns soon with `cancelled` set.
IdExtraction extract(const QString &text, const std::atomic_bool *cancel = nullptr);

// The id of a task URL or path (the segment after /async_tasks/, percent-decoded); empty when it holds none.
QString taskUrlId(QStringView text);

// True for 8-4-4-4-12 hexadecimal digits (any case).
bool isUuid(QStringView text);

// A label that names a request, trace, correlation, span or session id ("x-request-id", "req", "traceId"), whose
// UUID is never a task's.
bool isRequestLabel(const QString &label);
// A JSON key under which no id is a task's (result, error_status, details, error, errors).
bool isExcludedSubtree(QStringView key);

// Texts for the preview and messages (translated, so call them on the thread that shows them).
QString sourceText(const ExtractedId &id);
QString reasonText(const IgnoredCandidate &candidate);
// "Input larger than 64 MiB: nothing read." and the like; empty when there is nothing to say.
QString limitsText(const IdExtraction &extraction);
QString tooLargeText();
// "2 left out: 1de5… (labelled “req”: a request or trace id); job-42 (…)." with a few examples, and the limits.
QString ignoredSummary(const IdExtraction &extraction);

} // namespace IdExtractor
