// SPDX-License-Identifier: MIT
#include "idparser.h"

#include "idextractor.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace IdParser {

QString validate(const QString &id)
{
    if (id.isEmpty())
        return QCoreApplication::translate("IdParser", "empty id");
    if (id.size() > MaxIdLength)
        return QCoreApplication::translate("IdParser", "longer than %1 characters").arg(MaxIdLength);
    // RFC 3986 makes "." and ".." dot-segments even when percent-encoded: they would change the path.
    if (id == QLatin1String(".") || id == QLatin1String(".."))
        return QCoreApplication::translate("IdParser", "“%1” cannot be sent as a task id").arg(id);
    for (const QChar c : id) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return QCoreApplication::translate("IdParser", "contains control characters");
    }
    return {};
}

IdParseResult parse(const QString &text)
{
    const IdExtraction extraction = IdExtractor::extract(text);
    IdParseResult result;
    result.ids = extraction.idList();
    for (const IgnoredCandidate &candidate : extraction.ignored) {
        if (candidate.reason == IgnoreReason::Invalid || candidate.reason == IgnoreReason::WordInText
            || candidate.reason == IgnoreReason::NotAnIdCell)
            result.rejected.append(candidate.text);
    }
    return result;
}

} // namespace IdParser

QString IdParseResult::rejectionMessage() const
{
    if (rejected.isEmpty())
        return {};
    // A few examples are enough to recognise what was left out.
    QString list = rejected.mid(0, 3).join(QStringLiteral(", "));
    if (rejected.size() > 3)
        list += QStringLiteral(", …");
    const int count = int(std::min<qsizetype>(rejected.size(), std::numeric_limits<int>::max()));
    return QCoreApplication::translate("IdParser", "%Ln entries skipped: not task ids (%1).", nullptr, count).arg(list);
}
