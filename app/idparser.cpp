// SPDX-License-Identifier: MIT
#include "idparser.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

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
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    IdParseResult result;
    QSet<QString> seen;
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    for (QString token : tokens) {
        // Quotes around ids come with spreadsheet and JSON pastes.
        while (token.size() >= 2 && (token.startsWith(QLatin1Char('"')) || token.startsWith(QLatin1Char('\'')))
               && token.endsWith(token.front()))
            token = token.mid(1, token.size() - 2);
        if (token.isEmpty())
            continue;
        if (!validate(token).isEmpty()) {
            result.rejected.append(token.left(40));
            continue;
        }
        if (seen.contains(token))
            continue;
        seen.insert(token);
        result.ids.append(token);
    }
    return result;
}

} // namespace IdParser

QString IdParseResult::rejectionMessage() const
{
    if (rejected.isEmpty())
        return {};
    const QString list = rejected.join(QStringLiteral(", "));
    return rejected.size() == 1
        ? QCoreApplication::translate("IdParser", "1 entry skipped: not a task id (%1).").arg(list)
        : QCoreApplication::translate("IdParser", "%1 entries skipped: not task ids (%2).").arg(rejected.size()).arg(list);
}
