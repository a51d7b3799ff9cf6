// SPDX-License-Identifier: MIT
#include "idparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

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

// Ids from a pasted JSON answer, or from an array of answers or of plain id strings. The JSON may stand inside
// other text (curl -i output: status line and headers first), from its first bracket to its last.
QStringList idsFromJson(const QString &text)
{
    const qsizetype brace = text.indexOf(QLatin1Char('{'));
    const qsizetype bracket = text.indexOf(QLatin1Char('['));
    const qsizetype start = brace < 0 ? bracket : bracket < 0 ? brace : std::min(brace, bracket);
    if (start < 0)
        return {};
    const QChar close = text.at(start) == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
    const qsizetype end = text.lastIndexOf(close);
    if (end <= start)
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(text.mid(start, end - start + 1).toUtf8());
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

// The id segment of a pasted task URL (…/async_tasks/{id}?…), decoded; the token itself otherwise.
QString idOfUrl(const QString &token)
{
    static const QLatin1String marker("/async_tasks/");
    const qsizetype at = token.indexOf(marker);
    if (at < 0)
        return token;
    QString segment = token.mid(at + marker.size());
    static const QRegularExpression segmentEnd(QStringLiteral("[/?#]"));
    const qsizetype end = segment.indexOf(segmentEnd);
    if (end >= 0)
        segment.truncate(end);
    return QUrl::fromPercentEncoding(segment.toUtf8());
}

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    return pattern;
}

// Ids from free text (log lines, prose, tables): its UUIDs, when it has any, plus the tokens that look like
// ids of another form, which are reported rather than guessed at.
QStringList idsFromText(const QString &text, QStringList *skipped)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression idLike(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{3,}$"));
    QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    for (QString &token : tokens)
        token = idOfUrl(token);
    if (!text.contains(uuidPattern()))
        return tokens;
    // A list of UUIDs, or text that mentions some: the UUIDs are the ids.
    QStringList ids;
    for (const QString &token : std::as_const(tokens)) {
        QRegularExpressionMatchIterator matches = uuidPattern().globalMatch(token);
        if (!matches.hasNext()) {
            static const QRegularExpression digit(QStringLiteral("[0-9]"));
            if (idLike.match(token).hasMatch() && token.contains(digit))
                skipped->append(token);
            continue;
        }
        while (matches.hasNext())
            ids.append(matches.next().captured());
    }
    return ids;
}

} // namespace

IdParseResult parse(const QString &text)
{
    IdParseResult result;
    QSet<QString> seen;
    const QStringList fromJson = idsFromJson(text);
    const QStringList tokens = fromJson.isEmpty() ? idsFromText(text, &result.rejected) : fromJson;
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
    // A few examples are enough to recognise what was left out.
    QString list = rejected.mid(0, 3).join(QStringLiteral(", "));
    if (rejected.size() > 3)
        list += QStringLiteral(", …");
    return rejected.size() == 1
        ? QCoreApplication::translate("IdParser", "1 entry skipped: not a task id (%1).").arg(list)
        : QCoreApplication::translate("IdParser", "%1 entries skipped: not task ids (%2).")
              .arg(rejected.size())
              .arg(list);
}
