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
    return QCoreApplication::translate("IdParser", "%n entry(s) skipped: not a task id (%1).", nullptr, int(rejected.size()))
        .arg(rejected.join(QStringLiteral(", ")));
}
