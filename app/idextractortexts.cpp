// SPDX-License-Identifier: MIT
// The texts of the add preview and of its messages: what IdExtractor found and left out, put into words.
#include "idextractor.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// tr()'s count is an int.
int pluralCount(qsizetype count)
{
    return int(std::min<qsizetype>(count, std::numeric_limits<int>::max()));
}

} // namespace

namespace IdExtractor {

QString sourceText(const ExtractedId &id)
{
    switch (id.source) {
    case IdSource::JsonField:
        return QCoreApplication::translate("IdExtractor", "JSON field %1").arg(id.detail);
    case IdSource::Url:
        return QCoreApplication::translate("IdExtractor", "task URL");
    case IdSource::List:
        return QCoreApplication::translate("IdExtractor", "list of ids");
    case IdSource::UuidInText:
        return QCoreApplication::translate("IdExtractor", "UUID in text");
    case IdSource::TableColumn:
        return QCoreApplication::translate("IdExtractor", "column “%1”").arg(id.detail);
    }
    return {};
}

QString reasonText(const IgnoredCandidate &candidate)
{
    // Short: the preview shows them in a column (the path or label last, where eliding hurts least).
    const QString &detail = candidate.detail;
    switch (candidate.reason) {
    case IgnoreReason::LabelledUuid:
        return QCoreApplication::translate("IdExtractor", "request or trace id (labelled “%1”)").arg(detail);
    case IgnoreReason::OtherJsonField: {
        if (isRequestLabel(detail.section(u'.', -1)))
            return QCoreApplication::translate("IdExtractor", "request or trace id (JSON field %1)").arg(detail);
        const QStringList keys = detail.split(u'.');
        if (std::any_of(keys.cbegin(), keys.cend(), [](const QString &key) { return key.startsWith(u"result"); }))
            return QCoreApplication::translate("IdExtractor", "inside a task's result (%1)").arg(detail);
        if (std::any_of(keys.cbegin(), keys.cend(), [](const QString &key) { return isExcludedSubtree(key); }))
            return QCoreApplication::translate("IdExtractor", "inside error details (%1)").arg(detail);
        return QCoreApplication::translate("IdExtractor", "not a task id field (%1)").arg(detail);
    }
    case IgnoreReason::OtherColumn:
        return QCoreApplication::translate("IdExtractor", "not the id column (column “%1”)").arg(detail);
    case IgnoreReason::WordInText:
        return QCoreApplication::translate("IdExtractor", "not a UUID, and the text is no list of ids");
    case IgnoreReason::Invalid:
        return QCoreApplication::translate("IdExtractor", "cannot be sent: %1").arg(detail);
    case IgnoreReason::NotAnIdCell:
        return QCoreApplication::translate("IdExtractor", "no id, in the id column (“%1”)").arg(detail);
    }
    return {};
}

QString tooLargeText()
{
    return QCoreApplication::translate("IdExtractor", "The text is larger than %1 MiB: nothing was read from it.")
        .arg(MaxInputChars / (1024 * 1024));
}

QString limitsText(const IdExtraction &extraction)
{
    QStringList parts;
    if (extraction.tooLarge)
        parts << tooLargeText();
    if (extraction.idsTruncated)
        parts << QCoreApplication::translate("IdExtractor", "Only the first %L1 ids are kept.").arg(MaxIds);
    if (extraction.ignoredOmitted > 0)
        parts << QCoreApplication::translate(
            "IdExtractor", "%n more left out (not listed).", nullptr, pluralCount(extraction.ignoredOmitted));
    return parts.join(u' ');
}

QString ignoredSummary(const IdExtraction &extraction)
{
    // A few examples are enough to recognise what was left out; the preview lists them all.
    constexpr qsizetype examples = 3;
    QStringList parts;
    for (qsizetype i = 0; i < std::min(examples, extraction.ignored.size()); ++i) {
        const IgnoredCandidate &candidate = extraction.ignored.at(i);
        parts << candidate.text + u" ("_s + reasonText(candidate) + u')';
    }
    const qsizetype total = extraction.ignored.size() + extraction.ignoredOmitted;
    QString text;
    if (total > 0) {
        text = QCoreApplication::translate("IdExtractor", "%n left out: %1", nullptr, pluralCount(total))
                   .arg(parts.join(u"; "_s) + (total > examples ? u"; …"_s : QString()))
            + u'.';
    }
    const QString limits = limitsText(extraction);
    return limits.isEmpty() ? text : text.isEmpty() ? limits : text + u' ' + limits;
}

} // namespace IdExtractor
