// SPDX-License-Identifier: MIT
#include "idparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

namespace {

// The id of one pasted API answer: {"task": {"id"}}, {"value": {"id"}}, {"job_id"}, {"task_id"} or {"id"}.
// Nested objects (a task's result rows have ids too) are not searched.
QString idOfAnswer(const QJsonObject &object)
{
    for (const auto envelope : {QLatin1String("task"), QLatin1String("value")}) {
        const QJsonValue inner = object.value(envelope);
        if (inner.isObject() && inner.toObject().value(QLatin1String("id")).isString())
            return inner.toObject().value(QLatin1String("id")).toString();
    }
    for (const auto key : {QLatin1String("job_id"), QLatin1String("task_id"), QLatin1String("id")}) {
        if (object.value(key).isString())
            return object.value(key).toString();
    }
    return {};
}

// Ids from a pasted JSON answer, or from an array of answers or of plain id strings.
QStringList idsFromJson(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(QLatin1Char('{')) && !trimmed.startsWith(QLatin1Char('[')))
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(trimmed.toUtf8());
    QStringList ids;
    if (document.isObject()) {
        ids << idOfAnswer(document.object());
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        for (const auto &element : array)
            ids << (element.isString() ? element.toString() : idOfAnswer(element.toObject()));
    }
    ids.removeAll(QString());
    return ids;
}

} // namespace

IdParseResult parse(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    IdParseResult result;
    QSet<QString> seen;
    const QStringList fromJson = idsFromJson(text);
    const QStringList tokens = fromJson.isEmpty() ? text.split(separators, Qt::SkipEmptyParts) : fromJson;
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
        : QCoreApplication::translate("IdParser", "%1 entries skipped: not task ids (%2).")
              .arg(rejected.size())
              .arg(list);
}
