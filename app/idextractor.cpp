// SPDX-License-Identifier: MIT
#include "idextractor.h"

#include "idparser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <limits>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr QLatin1String kUrlMarker("/async_tasks/");
constexpr qsizetype kUuidLength = 36;
// JSON deeper than this is no API answer; Qt's own parser stops at 1024.
constexpr qsizetype kMaxJsonDepth = 512;

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isHex(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// The characters of task ids seen in practice (UUIDs, job-42, report_7.v2).
bool isIdChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'-' || c == u'_' || c == u'.' || c == u'~';
}

// A UUID stands on its own: not the tail or the head of a longer word.
bool isUuidBoundary(QStringView text, qsizetype at)
{
    return at < 0 || at >= text.size() || !(isAsciiAlnum(text.at(at)) || text.at(at) == u'-');
}

QString normalisedId(QStringView id)
{
    const QStringView trimmed = id.trimmed();
    return IdExtractor::isUuid(trimmed) ? trimmed.toString().toLower() : trimmed.toString();
}

QStringView unwrapped(QStringView token)
{
    // Quotes, brackets and trailing separators that spreadsheets, Markdown and chat put around ids and URLs.
    static const QString leading = QStringLiteral("\"'`<([{");
    static const QString trailing = QStringLiteral("\"'`>)]},;.:!?");
    while (!token.isEmpty() && leading.contains(token.front()))
        token = token.sliced(1);
    while (!token.isEmpty() && trailing.contains(token.back()))
        token.chop(1);
    return token;
}

// Numbers joined by punctuation: dates, times, versions, addresses.
bool isNumericPunctuation(QStringView token)
{
    bool separator = false;
    for (const QChar c : token) {
        if (isDigit(c))
            continue;
        if (c != u'-' && c != u'.' && c != u'/' && c != u':')
            return false;
        separator = true;
    }
    return separator;
}

// A token that can stand for an id in a list: id characters only, and a digit, '-' or '_' (ids carry them,
// words of prose do not), but no date, time or version.
bool isIdShaped(QStringView token)
{
    if (token.isEmpty() || token.size() > IdParser::MaxIdLength || !isAsciiAlnum(token.front()))
        return false;
    bool marked = false;
    for (const QChar c : token) {
        if (!isIdChar(c))
            return false;
        marked |= isDigit(c) || c == u'-' || c == u'_';
    }
    return marked && !isNumericPunctuation(token);
}

// An id-like word worth reporting when left out: letters, digits and a dash or underscore, as in "job-42".
bool isReportableWord(QStringView token)
{
    if (token.size() < 4 || !isIdShaped(token))
        return false;
    const bool letter = std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLetter(); });
    const bool digit = std::any_of(token.begin(), token.end(), isDigit);
    const bool joined = token.contains(u'-') || token.contains(u'_');
    return letter && digit && joined;
}

// The task URL's id segment starting at `from` (just after the marker), percent-decoded, and where it ends.
struct UrlSegment
{
    QString id;
    qsizetype end = 0;
};

UrlSegment urlSegment(QStringView text, qsizetype from)
{
    static const QString enders = QStringLiteral("/?#\"'<>()[]{}|,;`\\");
    qsizetype end = from;
    while (end < text.size() && !text.at(end).isSpace() && !enders.contains(text.at(end)))
        ++end;
    return {QUrl::fromPercentEncoding(text.sliced(from, end - from).toUtf8()), end};
}

bool isUrlTokenEnd(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'\'' || c == u'<' || c == u'>' || c == u'(' || c == u')' || c == u'`';
}

// A name without case and punctuation: "Task ID", "task_id" and "taskId" all give "taskid".
QString folded(const QString &name)
{
    QString letters;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            letters.append(c.toLower());
    }
    return letters;
}

// "x-request-id", "request_id", "req", "traceId", "correlation-id", "span_id", "X-Amzn-Trace-Id".
bool isRequestLabel(const QString &label)
{
    const QString letters = folded(label);
    static const QStringList words{QStringLiteral("request"), QStringLiteral("trace"), QStringLiteral("correlation"),
        QStringLiteral("span"), QStringLiteral("session")};
    if (std::any_of(words.cbegin(), words.cend(), [&letters](const QString &w) { return letters.contains(w); }))
        return true;
    static const QStringList shorts{QStringLiteral("req"), QStringLiteral("reqid"), QStringLiteral("rid"),
        QStringLiteral("xreqid"), QStringLiteral("cid"), QStringLiteral("corrid")};
    return shorts.contains(letters);
}

// The word labelling a UUID at `at`: "x-request-id: <uuid>", "req=<uuid>", "\"trace_id\": \"<uuid>\"".
QString labelBefore(QStringView text, qsizetype at)
{
    qsizetype end = at;
    while (end > 0 && at - end < 8) {
        const QChar c = text.at(end - 1);
        if (c == u'\n' || !(c.isSpace() || c == u':' || c == u'=' || c == u'"' || c == u'\'' || c == u'_'))
            break;
        --end;
    }
    qsizetype start = end;
    while (start > 0 && end - start < 40) {
        const QChar c = text.at(start - 1);
        if (!(isAsciiAlnum(c) || c == u'-' || c == u'_'))
            break;
        --start;
    }
    return text.sliced(start, end - start).toString();
}

bool isIdName(const QString &name)
{
    static const QStringList names{QStringLiteral("id"), QStringLiteral("taskid"), QStringLiteral("jobid"),
        QStringLiteral("asynctaskid"), QStringLiteral("taskuuid"), QStringLiteral("jobuuid")};
    return names.contains(folded(name));
}

// A UUID anywhere in the token, even glued to other characters ("x-<uuid>", "req_<uuid>").
bool containsUuid(QStringView token)
{
    for (qsizetype i = 0; i + kUuidLength <= token.size(); ++i) {
        if (IdExtractor::isUuid(token.sliced(i, kUuidLength)))
            return true;
    }
    return false;
}

// Every UUID in text, with where it starts.
template <typename Found>
void forEachUuid(QStringView text, Found &&found)
{
    const qsizetype last = text.size() - kUuidLength;
    for (qsizetype i = 0; i <= last; ++i) {
        if (text.at(i + 8) != u'-' || !isHex(text.at(i)))
            continue;
        const QStringView candidate = text.sliced(i, kUuidLength);
        if (IdExtractor::isUuid(candidate) && isUuidBoundary(text, i - 1) && isUuidBoundary(text, i + kUuidLength)) {
            found(i, candidate);
            i += kUuidLength - 1;
        }
    }
}

// Splits text into lines (without their end) and calls `line` for each until it returns false.
template <typename Line>
bool forEachLine(QStringView text, Line &&line)
{
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        QStringView current = text.sliced(start, end - start);
        if (current.endsWith(u'\r'))
            current.chop(1);
        if (!line(current))
            return false;
        start = end + 1;
    }
    return true;
}

// Splits on whitespace, commas and semicolons; calls `item` for each until it returns false.
template <typename Item>
bool forEachItem(QStringView text, Item &&item)
{
    qsizetype i = 0;
    const auto separator = [](QChar c) { return c.isSpace() || c == u',' || c == u';'; };
    while (i < text.size()) {
        while (i < text.size() && separator(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < text.size() && !separator(text.at(i)))
            ++i;
        if (i > start && !item(text.sliced(start, i - start)))
            return false;
    }
    return true;
}

// Collects the result: validation, de-duplication and the limits in one place.
class Collector
{
public:
    explicit Collector(IdExtraction &result)
        : m_result(result)
    {
    }

    bool contains(const QString &normalised) const { return m_seen.contains(normalised); }

    void add(QStringView raw, IdSource source, const QString &detail = {})
    {
        const QString id = normalisedId(raw);
        if (id.isEmpty() || m_seen.contains(id))
            return;
        if (const QString problem = IdParser::validate(id); !problem.isEmpty()) {
            ignore(id, IgnoreReason::Invalid, problem);
            return;
        }
        if (m_result.ids.size() >= IdExtractor::MaxIds) {
            m_result.idsTruncated = true;
            return;
        }
        m_seen.insert(id);
        m_result.ids.append({id, source, detail});
    }

    void ignore(QStringView text, IgnoreReason reason, const QString &detail = {})
    {
        QString shown = text.left(IdExtractor::MaxShownChars).toString();
        if (text.size() > IdExtractor::MaxShownChars)
            shown.append(u'…');
        // The same word or UUID ignored twice for the same reason is listed once.
        const QString key = shown + QChar(u'\x1f') + QString::number(int(reason)) + QChar(u'\x1f') + detail;
        if (m_ignoredSeen.contains(key))
            return;
        m_ignoredSeen.insert(key);
        if (m_result.ignored.size() >= IdExtractor::MaxIgnored)
            ++m_result.ignoredOmitted;
        else
            m_result.ignored.append({shown, reason, detail});
    }

private:
    IdExtraction &m_result;
    QSet<QString> m_seen;
    QSet<QString> m_ignoredSeen;
};

// ---- Tables: CSV, TSV and Markdown with a header row ----------------------------------------------------------

QList<QStringView> splitCells(QStringView line, QChar delimiter, bool markdown)
{
    QList<QStringView> cells;
    if (markdown) {
        line = line.trimmed();
        if (line.startsWith(u'|'))
            line = line.sliced(1);
        if (line.endsWith(u'|'))
            line.chop(1);
    }
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i < line.size() && line.at(i) == u'"' && !markdown)
            quoted = !quoted;
        if (i == line.size() || (!quoted && line.at(i) == delimiter)) {
            QStringView cell = line.sliced(start, i - start).trimmed();
            // CSV quoting: "a ""b""" — the id alphabet never needs the doubled quotes, so only the outer ones go.
            if (cell.size() >= 2 && cell.front() == u'"' && cell.back() == u'"')
                cell = cell.sliced(1, cell.size() - 2);
            if (cell.size() >= 2 && cell.front() == u'`' && cell.back() == u'`')
                cell = cell.sliced(1, cell.size() - 2);
            cells.append(cell);
            start = i + 1;
        }
    }
    return cells;
}

bool isMarkdownRule(const QList<QStringView> &cells)
{
    return !cells.isEmpty() && std::all_of(cells.cbegin(), cells.cend(), [](QStringView cell) {
        return !cell.isEmpty()
            && std::all_of(cell.begin(), cell.end(), [](QChar c) { return c == u'-' || c == u':' || c == u' '; });
    });
}

// A table whose header names an id column: its cells are the ids. False when the text is no such table.
bool extractTable(QStringView text, Collector &collector)
{
    QStringView header;
    qsizetype bodyStart = 0;
    for (qsizetype start = 0; start < text.size() && header.isEmpty();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        if (!text.sliced(start, end - start).trimmed().isEmpty())
            header = text.sliced(start, end - start).trimmed();
        start = bodyStart = end + 1;
    }
    if (header.isEmpty() || bodyStart >= text.size())
        return false;
    const bool markdown = header.trimmed().startsWith(u'|');
    QChar delimiter = u'|';
    if (!markdown) {
        delimiter = header.contains(u'\t') ? u'\t' : header.contains(u',') ? u',' : u';';
    }
    const QList<QStringView> names = splitCells(header, delimiter, markdown);
    const auto idColumn
        = std::find_if(names.cbegin(), names.cend(), [](QStringView name) { return isIdName(name.toString()); });
    if (idColumn == names.cend())
        return false;
    const qsizetype column = idColumn - names.cbegin();
    const QString columnName = idColumn->toString();

    forEachLine(text.sliced(bodyStart), [&](QStringView line) {
        if (line.trimmed().isEmpty())
            return true;
        const QList<QStringView> cells = splitCells(line, delimiter, markdown);
        if (markdown && isMarkdownRule(cells))
            return true;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QStringView cell = cells.at(i);
            if (i == column) {
                if (const qsizetype marker = cell.indexOf(kUrlMarker); marker >= 0)
                    collector.add(urlSegment(cell, marker + kUrlMarker.size()).id, IdSource::Url);
                else if (!cell.isEmpty())
                    collector.add(cell, IdSource::TableColumn, columnName);
                continue;
            }
            const QString otherName = i < names.size() ? names.at(i).toString() : QString::number(i + 1);
            forEachUuid(cell, [&](qsizetype, QStringView uuid) {
                if (!collector.contains(uuid.toString().toLower()))
                    collector.ignore(uuid.toString().toLower(), IgnoreReason::OtherColumn, otherName);
            });
        }
        return true;
    });
    return true;
}

// ---- Lists: nothing but ids -----------------------------------------------------------------------------------

struct ListItem
{
    QStringView text;
    bool isUrl = false;
};

// A "- ", "* ", "• " or "1. " bullet before a list item.
QStringView withoutBullet(QStringView line)
{
    line = line.trimmed();
    if (line.size() > 2
        && (line.front() == u'-' || line.front() == u'*' || line.front() == u'•' || line.front() == u'+')
        && line.at(1).isSpace())
        return line.sliced(2).trimmed();
    qsizetype digits = 0;
    while (digits < line.size() && isDigit(line.at(digits)))
        ++digits;
    if (digits > 0 && digits + 1 < line.size() && (line.at(digits) == u'.' || line.at(digits) == u')')
        && line.at(digits + 1).isSpace())
        return line.sliced(digits + 2).trimmed();
    return line;
}

// Whether the text is a list of ids: every non-empty line one token, or the items of a single line.
bool parseList(QStringView text, QList<ListItem> *items)
{
    qsizetype lines = 0;
    forEachLine(text, [&lines](QStringView line) {
        lines += line.trimmed().isEmpty() ? 0 : 1;
        return lines < 2;
    });
    const auto accept = [items](QStringView token) {
        token = unwrapped(token);
        if (token.isEmpty())
            return true;
        if (const qsizetype marker = token.indexOf(kUrlMarker); marker >= 0) {
            if (urlSegment(token, marker + kUrlMarker.size()).id.isEmpty())
                return false;
            items->append({token, true});
            return true;
        }
        if (!IdExtractor::isUuid(token) && !isIdShaped(token))
            return false;
        items->append({token, false});
        return true;
    };
    if (lines < 2)
        return forEachItem(text, accept) && !items->isEmpty();
    return forEachLine(text, [&accept](QStringView line) {
        line = withoutBullet(line);
        while (!line.isEmpty() && (line.back() == u',' || line.back() == u';'))
            line.chop(1);
        if (std::any_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); }))
            return false;
        return accept(line);
    }) && !items->isEmpty();
}

// ---- JSON answers anywhere in the text --------------------------------------------------------------------------

struct Region
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the closing bracket
};

// Whether the bracket at `at` can open JSON, by the character after it: "[INFO]", "{user}" or "{{" cannot.
bool opensJson(QStringView text, qsizetype at)
{
    qsizetype i = at + 1;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i >= text.size())
        return false;
    const QChar next = text.at(i);
    if (text.at(at) == u'{')
        return next == u'"' || next == u'}';
    return next == u'{' || next == u'[' || next == u'"' || next == u']' || next == u'-' || isDigit(next) || next == u't'
        || next == u'f' || next == u'n';
}

// Balanced {…} and […] spans that may be JSON, found in one pass: strings are followed so that brackets inside them
// do not count; a mismatched closer or a raw newline inside a string gives up the open spans (keeping any complete
// ones inside). Each span is handed to the JSON parser once: the work stays linear whatever the text.
QList<Region> bracketSpans(QStringView text)
{
    struct Open
    {
        qsizetype start;
        char16_t close;
        QList<Region> children;
    };
    QList<Region> spans;
    std::vector<Open> stack;
    bool inString = false;
    bool escaped = false;
    const auto abandon = [&] {
        for (Open &open : stack)
            spans.append(open.children);
        stack.clear();
        inString = false;
        escaped = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (stack.empty()) {
            if ((c == u'{' || c == u'[') && opensJson(text, i))
                stack.push_back({i, c == u'{' ? u'}' : u']', {}});
            continue;
        }
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            else if (c == u'\n')
                abandon();
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if ((c == u'{' || c == u'[') && opensJson(text, i)) {
            if (qsizetype(stack.size()) >= kMaxJsonDepth)
                abandon();
            stack.push_back({i, c == u'{' ? u'}' : u']', {}});
        } else if (c == u'}' || c == u']') {
            if (c != stack.back().close) {
                abandon();
                continue;
            }
            const Region done{stack.back().start, i + 1};
            stack.pop_back();
            if (stack.empty())
                spans.append(done);
            else
                stack.back().children.append(done);
        }
    }
    abandon();
    return spans;
}

bool isExcludedSubtree(const QString &key)
{
    return key == QLatin1String("result") || key == QLatin1String("error_status") || key == QLatin1String("details")
        || key == QLatin1String("error") || key == QLatin1String("errors");
}

QString joinPath(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

std::optional<QString> scalarId(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    // Numeric job ids: integral values only, written without an exponent.
    if (value.isDouble() && value.toDouble() == double(value.toInteger()))
        return QString::number(value.toInteger());
    return std::nullopt;
}

class JsonReader
{
public:
    explicit JsonReader(Collector &collector)
        : m_collector(collector)
    {
    }

    void read(const QJsonDocument &document)
    {
        m_accepted.clear();
        if (document.isObject()) {
            readAnswer(document.object(), {});
            walk(document.object(), {}, false);
            return;
        }
        const QJsonArray array = document.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = u'[' + QString::number(i) + u']';
            const QJsonValue element = array.at(i);
            if (element.isObject())
                readAnswer(element.toObject(), path);
            else if (element.isString() && isListable(element.toString()))
                accept(element.toString(), path);
        }
        walk(array, {}, false);
    }

private:
    static bool isListable(const QString &text) { return IdExtractor::isUuid(text) || isIdShaped(text); }

    void accept(const QString &id, const QString &path)
    {
        m_accepted.insert(path);
        m_collector.add(id, IdSource::JsonField, path);
    }

    void readAnswer(const QJsonObject &object, const QString &prefix)
    {
        for (const auto envelope : {QLatin1String("task"), QLatin1String("value")}) {
            const QJsonValue inner = object.value(envelope);
            if (const auto id = scalarId(inner.toObject().value(QLatin1String("id"))); inner.isObject() && id)
                accept(*id, joinPath(prefix, envelope + QLatin1String(".id")));
        }
        for (const auto key : {QLatin1String("id"), QLatin1String("job_id"), QLatin1String("jobId"),
                 QLatin1String("task_id"), QLatin1String("taskId")}) {
            if (const auto id = scalarId(object.value(key)))
                accept(*id, joinPath(prefix, key));
        }
    }

    // Task URLs in any string (outside results and errors); UUIDs elsewhere are reported as left out.
    void walk(const QJsonValue &value, const QString &path, bool excluded)
    {
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                walk(it.value(), joinPath(path, it.key()), excluded || isExcludedSubtree(it.key()));
        } else if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                walk(array.at(i), path + u'[' + QString::number(i) + u']', excluded);
        } else if (value.isString() && !m_accepted.contains(path)) {
            const QString text = value.toString();
            const qsizetype marker = text.indexOf(kUrlMarker);
            if (marker >= 0 && !excluded) {
                m_collector.add(urlSegment(text, marker + kUrlMarker.size()).id, IdSource::Url);
                return;
            }
            forEachUuid(text, [this, &path](qsizetype, QStringView uuid) {
                const QString id = uuid.toString().toLower();
                if (!m_collector.contains(id))
                    m_collector.ignore(id, IgnoreReason::OtherJsonField, path);
            });
        }
    }

    Collector &m_collector;
    QSet<QString> m_accepted; // paths read as task ids in the current document
};

// ---- Free text ---------------------------------------------------------------------------------------------------

void extractFreeText(QStringView text, Collector &collector)
{
    struct Hit
    {
        qsizetype at;
        QString id;
        IdSource source;
    };
    std::vector<Hit> hits;
    std::vector<Region> urls; // whole URL tokens, whose UUIDs are the URL's business
    for (qsizetype marker = text.indexOf(kUrlMarker); marker >= 0;
         marker = text.indexOf(kUrlMarker, marker + kUrlMarker.size())) {
        const UrlSegment segment = urlSegment(text, marker + kUrlMarker.size());
        qsizetype start = marker;
        while (start > 0 && !isUrlTokenEnd(text.at(start - 1)) && (urls.empty() || start > urls.back().end))
            --start;
        qsizetype end = segment.end;
        while (end < text.size() && !isUrlTokenEnd(text.at(end)))
            ++end;
        urls.push_back({start, end});
        if (!segment.id.isEmpty())
            hits.push_back({marker, segment.id, IdSource::Url});
    }
    auto url = urls.cbegin();
    forEachUuid(text, [&](qsizetype at, QStringView uuid) {
        while (url != urls.cend() && url->end <= at)
            ++url;
        if (url != urls.cend() && url->start <= at)
            return;
        const QString label = labelBefore(text, at);
        if (!label.isEmpty() && isRequestLabel(label))
            collector.ignore(uuid.toString().toLower(), IgnoreReason::LabelledUuid, label);
        else
            hits.push_back({at, uuid.toString(), IdSource::UuidInText});
    });
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.at < b.at; });
    for (const Hit &hit : hits)
        collector.add(hit.id, hit.source);

    forEachItem(text, [&collector, text](QStringView token) {
        token = unwrapped(token);
        if (!isReportableWord(token) || containsUuid(token))
            return true;
        // A request or trace id ("traceparent: 00-…-01") is no task id either way: nothing to report.
        if (const QString label = labelBefore(text, token.data() - text.data());
            label.isEmpty() || !isRequestLabel(label))
            collector.ignore(token, IgnoreReason::WordInText);
        return true;
    });
}

void extractStructured(QStringView text, Collector &collector)
{
    JsonReader reader(collector);
    qsizetype freeFrom = 0;
    for (const Region &span : bracketSpans(text)) {
        const QStringView candidate = text.sliced(span.start, span.end - span.start);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(candidate.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            continue;
        extractFreeText(text.sliced(freeFrom, span.start - freeFrom), collector);
        reader.read(document);
        freeFrom = span.end;
    }
    extractFreeText(text.sliced(freeFrom), collector);
}

// tr()'s count is an int.
int pluralCount(qsizetype count)
{
    return int(std::min<qsizetype>(count, std::numeric_limits<int>::max()));
}

} // namespace

QStringList IdExtraction::idList() const
{
    QStringList list;
    list.reserve(ids.size());
    for (const ExtractedId &found : ids)
        list.append(found.id);
    return list;
}

void IdExtraction::merge(const IdExtraction &other)
{
    QSet<QString> seen;
    for (const ExtractedId &found : std::as_const(ids))
        seen.insert(found.id);
    for (const ExtractedId &found : other.ids) {
        if (seen.contains(found.id))
            continue;
        if (ids.size() >= IdExtractor::MaxIds) {
            idsTruncated = true;
            break;
        }
        seen.insert(found.id);
        ids.append(found);
    }
    for (const IgnoredCandidate &candidate : other.ignored) {
        if (ignored.size() < IdExtractor::MaxIgnored)
            ignored.append(candidate);
        else
            ++ignoredOmitted;
    }
    ignoredOmitted += other.ignoredOmitted;
    idsTruncated |= other.idsTruncated;
    tooLarge |= other.tooLarge;
    unambiguous = unambiguous && other.unambiguous;
}

namespace IdExtractor {

bool isUuid(QStringView text)
{
    if (text.size() != kUuidLength)
        return false;
    for (qsizetype i = 0; i < kUuidLength; ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text.at(i) != u'-' : !isHex(text.at(i)))
            return false;
    }
    return true;
}

IdExtraction extract(const QString &text)
{
    IdExtraction result;
    if (text.size() > MaxInputChars) {
        result.tooLarge = true;
        return result;
    }
    Collector collector(result);
    if (extractTable(text, collector))
        return result;
    QList<ListItem> items;
    if (parseList(text, &items)) {
        bool onlyUuidsAndUrls = true;
        for (const ListItem &item : std::as_const(items)) {
            if (item.isUrl) {
                const qsizetype marker = item.text.indexOf(kUrlMarker);
                collector.add(urlSegment(item.text, marker + kUrlMarker.size()).id, IdSource::Url);
            } else {
                onlyUuidsAndUrls &= isUuid(item.text);
                collector.add(item.text, IdSource::List);
            }
        }
        result.unambiguous = onlyUuidsAndUrls && result.ignored.isEmpty() && !result.ids.isEmpty();
        return result;
    }
    extractStructured(text, collector);
    return result;
}

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
        parts << QCoreApplication::translate("IdExtractor", "Only the first %1 ids are kept.").arg(MaxIds);
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
