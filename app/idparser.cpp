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

// Ids in a JSON answer, or in an array of answers or of plain id strings.
QStringList idsOfDocument(const QJsonDocument &document)
{
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

// A JSON answer inside other text (curl -i output, a log line with a "[INFO]" prefix): each opening bracket in
// turn, up to the last matching closer, until one parses and holds ids.
struct JsonBlock
{
    qsizetype start = -1;
    qsizetype end = -1; // one past the block
    QStringList ids;
};

JsonBlock findJsonBlock(const QString &text)
{
    constexpr int MaxAttempts = 32;
    static const QRegularExpression opening(QStringLiteral("[\\[{]"));
    qsizetype from = 0;
    for (int attempt = 0; attempt < MaxAttempts; ++attempt) {
        const qsizetype start = text.indexOf(opening, from);
        if (start < 0)
            break;
        const QChar close = text.at(start) == QLatin1Char('{') ? QLatin1Char('}') : QLatin1Char(']');
        const qsizetype last = text.lastIndexOf(close);
        if (last > start) {
            const QStringList ids = idsOfDocument(QJsonDocument::fromJson(text.mid(start, last - start + 1).toUtf8()));
            if (!ids.isEmpty())
                return {start, last + 1, ids};
        }
        from = start + 1;
    }
    return {};
}

// Quotes and brackets that spreadsheets, Markdown and chat wrap around ids and URLs.
QString unwrapped(QString token)
{
    static const QString wrappers = QStringLiteral("\"'`<>()[]");
    while (!token.isEmpty() && wrappers.contains(token.front()))
        token.remove(0, 1);
    while (!token.isEmpty() && wrappers.contains(token.back()))
        token.chop(1);
    return token;
}

// The decoded id segment of a task URL (…/async_tasks/{id}?…), or empty when the token is no such URL.
QString idOfUrl(const QString &token)
{
    static const QLatin1String marker("/async_tasks/");
    static const QRegularExpression segmentEnd(QStringLiteral("[/?#\"'<>)]"));
    const qsizetype at = token.indexOf(marker);
    if (at < 0)
        return {};
    QString segment = token.mid(at + marker.size());
    const qsizetype end = segment.indexOf(segmentEnd);
    if (end >= 0)
        segment.truncate(end);
    return QUrl::fromPercentEncoding(segment.toUtf8());
}

// A UUID standing on its own: not the tail or the head of a longer word.
const QRegularExpression &uuidPattern()
{
    static const QRegularExpression pattern(QStringLiteral("(?<![0-9A-Za-z-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{"
                                                           "4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![0-9A-Za-z-])"));
    return pattern;
}

// Ids in free text. Task URLs always give their id. When the text has UUIDs, or strict is set (text around a
// JSON answer), only those count, and other id-like words are reported; otherwise every word is an id.
QStringList idsFromText(const QString &text, bool strict, QStringList *skipped)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    static const QRegularExpression idLike(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._:-]{3,}$"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    struct Word
    {
        QString text;
        QStringList ids; // from a URL or UUIDs; empty for a plain word
    };
    QList<Word> words;
    bool anyUuid = false;
    const QStringList tokens = text.split(separators, Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        Word word{unwrapped(token), {}};
        if (const QString fromUrl = idOfUrl(word.text); !fromUrl.isEmpty()) {
            word.ids << fromUrl;
        } else {
            QRegularExpressionMatchIterator matches = uuidPattern().globalMatch(word.text);
            while (matches.hasNext())
                word.ids << matches.next().captured();
            anyUuid |= !word.ids.isEmpty();
        }
        if (!word.text.isEmpty())
            words.append(word);
    }
    QStringList ids;
    for (const Word &word : std::as_const(words)) {
        if (!word.ids.isEmpty())
            ids << word.ids;
        else if (!anyUuid && !strict)
            ids << word.text;
        else if (!strict && idLike.match(word.text).hasMatch() && word.text.contains(digit))
            skipped->append(word.text);
    }
    return ids;
}

} // namespace

IdParseResult parse(const QString &text)
{
    IdParseResult result;
    QStringList found;
    const JsonBlock block = findJsonBlock(text);
    if (block.start >= 0) {
        found << idsFromText(text.left(block.start), true, &result.rejected) << block.ids
              << idsFromText(text.mid(block.end), true, &result.rejected);
    } else {
        found = idsFromText(text, false, &result.rejected);
    }
    QSet<QString> seen;
    for (const QString &id : std::as_const(found)) {
        if (!validate(id).isEmpty()) {
            result.rejected.append(id.left(40));
            continue;
        }
        if (seen.contains(id))
            continue;
        seen.insert(id);
        result.ids.append(id);
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
