// SPDX-License-Identifier: MIT
#include "idextractor.h"

#include "idparser.h"
#include "jsontext.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using IdExtractor::isExcludedSubtree;
using IdExtractor::isRequestLabel;

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

// Decodes "%XX" with two hexadecimal digits only; any other '%' stays as it is (QUrl would read "%%%" as a byte).
QString percentDecoded(QStringView text)
{
    if (!text.contains(u'%'))
        return text.toString();
    const QByteArray bytes = text.toUtf8();
    QByteArray decoded;
    decoded.reserve(bytes.size());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '%' && i + 2 < bytes.size() && isHex(QLatin1Char(bytes.at(i + 1)))
            && isHex(QLatin1Char(bytes.at(i + 2)))) {
            decoded += QByteArray::fromHex(bytes.mid(i + 1, 2));
            i += 2;
        } else {
            decoded += bytes.at(i);
        }
    }
    return QString::fromUtf8(decoded);
}

UrlSegment urlSegment(QStringView text, qsizetype from)
{
    static const QString enders = QStringLiteral("/?#\"'<>()[]{}|,;`\\");
    qsizetype end = from;
    while (end < text.size() && !text.at(end).isSpace() && !enders.contains(text.at(end)))
        ++end;
    return {percentDecoded(text.sliced(from, end - from)), end};
}

// A literal ',' or ';' ends a URL in free text (CSV rows, joined lists); an id holding one arrives percent-encoded.
bool isUrlTokenEnd(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'\'' || c == u'<' || c == u'>' || c == u'(' || c == u')' || c == u'`'
        || c == u',' || c == u';';
}

// A name without case and punctuation: "Task ID", "task_id" and "taskId" all give "taskid".
QString folded(QStringView name)
{
    QString letters;
    letters.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            letters.append(c.toLower());
    }
    return letters;
}

bool isLabelChar(QChar c)
{
    return isAsciiAlnum(c) || c == u'-' || c == u'_';
}

// The word labelling a UUID at `at`: "x-request-id: <uuid>", "req=<uuid>", "\"trace_id\": \"<uuid>\"", and for a
// bare "ID" or "UUID" the word before it too: "Request ID: <uuid>", "trace uuid <uuid>".
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
    while (start > 0 && end - start < 40 && isLabelChar(text.at(start - 1)))
        --start;
    const QStringView word = text.sliced(start, end - start);
    // Only a short word can fold to "id" or "uuid": most labels skip the folding.
    const bool bareId = word.size() <= 6 && (folded(word) == u"id" || folded(word) == u"uuid");
    if (!bareId || start < 2 || text.at(start - 1) != u' ')
        return word.toString();
    qsizetype before = start - 1;
    while (before > 0 && start - 1 - before < 40 && isLabelChar(text.at(before - 1)))
        --before;
    return text.sliced(before, end - before).toString();
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

// Polls the caller's cancel flag every few thousand steps: a quit never waits for a long extraction.
class CancelCheck
{
public:
    explicit CancelCheck(const std::atomic_bool *flag)
        : m_flag(flag)
    {
    }

    // Cheap enough for every character of a scan.
    bool operator()()
    {
        if (m_flag && !m_stopped && ++m_steps % 4096 == 0)
            m_stopped = m_flag->load(std::memory_order_relaxed);
        return m_stopped;
    }

    bool now()
    {
        if (m_flag && !m_stopped)
            m_stopped = m_flag->load(std::memory_order_relaxed);
        return m_stopped;
    }

private:
    const std::atomic_bool *m_flag;
    quint32 m_steps = 0;
    bool m_stopped = false;
};

// Collects the result: validation, de-duplication and the limits in one place.
class Collector
{
public:
    Collector(IdExtraction &result, const std::atomic_bool *cancel)
        : m_result(result)
        , m_cancel(cancel)
    {
    }

    bool contains(const QString &normalised) const { return m_seen.contains(normalised); }
    CancelCheck &cancel() { return m_cancel; }

    // A UUID labelled as a request or trace id anywhere in the paste is left out everywhere in it.
    void setLabelled(QHash<QString, QString> labelled) { m_labelled = std::move(labelled); }
    QString labelOf(const QString &uuid) const { return m_labelled.value(uuid); }

    void add(QStringView raw, IdSource source, const QString &detail = {})
    {
        const QString id = normalisedId(raw);
        if (id.isEmpty() || m_seen.contains(id))
            return;
        if (const auto label = m_labelled.constFind(id); label != m_labelled.cend()) {
            ignore(id, IgnoreReason::LabelledUuid, *label);
            return;
        }
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
    CancelCheck m_cancel;
    QSet<QString> m_seen;
    QSet<QString> m_ignoredSeen;
    QHash<QString, QString> m_labelled; // lower-case UUID → its label
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

// A table whose header names an id column: its cells are the ids. The table ends at a blank line after its rows,
// or at a row whose cell count differs from the header's; `*tableEnd` is where (the rest is read as other text). False
// when the text is no such table.
bool extractTable(QStringView text, Collector &collector, qsizetype *tableEnd)
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

    *tableEnd = text.size();
    bool rows = false;
    forEachLine(text.sliced(bodyStart), [&](QStringView line) {
        if (collector.cancel()())
            return false;
        if (line.trimmed().isEmpty()) {
            if (!rows)
                return true;
            *tableEnd = line.data() - text.data();
            return false;
        }
        const QList<QStringView> cells = splitCells(line, delimiter, markdown);
        if (cells.size() != names.size() || (markdown && !line.trimmed().startsWith(u'|'))) {
            *tableEnd = line.data() - text.data();
            return false;
        }
        if (markdown && isMarkdownRule(cells))
            return true;
        rows = true;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const QStringView cell = cells.at(i);
            if (i == column) {
                if (const QString url = IdExtractor::taskUrlId(cell); !url.isEmpty())
                    collector.add(url, IdSource::Url);
                else if (IdExtractor::isUuid(cell) || isIdShaped(cell))
                    collector.add(cell, IdSource::TableColumn, columnName);
                else if (!cell.isEmpty())
                    collector.ignore(cell, IgnoreReason::NotAnIdCell, columnName);
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
bool parseList(QStringView text, QList<ListItem> *items, CancelCheck &cancel)
{
    qsizetype lines = 0;
    forEachLine(text, [&lines](QStringView line) {
        lines += line.trimmed().isEmpty() ? 0 : 1;
        return lines < 2;
    });
    const auto accept = [items, &cancel](QStringView token) {
        if (cancel())
            return false;
        token = unwrapped(token);
        if (token.isEmpty())
            return true;
        if (token.contains(kUrlMarker)) {
            if (IdExtractor::taskUrlId(token).isEmpty())
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

// The objects that hold a task id of an answer: {"task": {"id": …}} and {"value": {"id": …}}.
bool isEnvelope(QStringView key)
{
    return key == u"task" || key == u"value";
}

// A span that may be JSON: a whole candidate, or a part of one that never closed.
struct JsonSpan
{
    qsizetype start = 0;
    qsizetype end = 0; // one past the closing bracket
    QString path; // the keys leading to it inside an unclosed span ("value"), else empty
};

// Inside a span: the value of a key that holds no task id ("value.result", "owner"), from its bracket to its end.
struct ForeignRegion
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString path;
};

struct JsonScan
{
    QList<JsonSpan> spans; // in order: complete spans, and the answer-shaped parts of unclosed ones
    std::vector<Region> unclosed; // spans opened and given up (truncated answers, stray brackets)
    std::vector<ForeignRegion> foreign; // in order; used where a span does not parse
};

// Balanced {…} and […] spans that may be JSON, found in one pass: strings are followed so that brackets inside them
// do not count; a mismatched closer or a raw newline inside a string gives up the open spans (keeping any complete
// answer-shaped ones inside). Each span is handed to the JSON parser once: the work stays linear whatever the text.
// The keys leading to each bracket are followed too, so that the parts of a truncated answer are told apart: its
// task envelope from its result, error details and other objects.
JsonScan scanJson(QStringView text, CancelCheck &cancel)
{
    struct Open
    {
        qsizetype start;
        char16_t close;
        bool answer; // the answer itself, a task envelope in it or an element of a top-level array
        QStringView key;
        qsizetype foreign; // index of the region it opened, or -1
        QList<JsonSpan> children;
    };
    JsonScan scan;
    std::vector<Open> stack;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    QStringView lastString; // the string just closed, when nothing but spaces followed it
    QStringView pendingKey; // the key whose ':' was just read
    qsizetype blankSince = -1; // a newline with nothing but spaces after it
    // The last few keys down to a bracket: enough to tell "value.result" apart, bounded whatever the depth.
    const auto pathTo = [&stack](QStringView key) {
        QStringList keys{key.toString()};
        for (auto it = stack.crbegin(); it != stack.crend() && keys.size() < 4; ++it) {
            if (!it->key.isEmpty())
                keys.prepend(it->key.toString());
        }
        return keys.join(u'.');
    };
    const auto abandon = [&](qsizetype at) {
        if (!stack.empty())
            scan.unclosed.push_back({stack.front().start, at});
        for (Open &open : stack) {
            scan.spans.append(open.children);
            if (open.foreign >= 0)
                scan.foreign[size_t(open.foreign)].end = at;
        }
        stack.clear();
        inString = false;
        escaped = false;
        blankSince = -1;
    };
    const auto push = [&](qsizetype at, char16_t c) {
        Open open{at, c == u'{' ? u'}' : u']', true, {}, -1, {}};
        if (!stack.empty()) {
            const Open &parent = stack.back();
            const bool inObject = parent.close == u'}';
            open.key = inObject ? pendingKey : QStringView();
            open.answer = parent.answer && (inObject ? isEnvelope(open.key) : stack.size() == 1);
            if (parent.answer && !open.answer) {
                open.foreign = qsizetype(scan.foreign.size());
                scan.foreign.push_back({at, text.size(), pathTo(open.key)});
            }
        }
        pendingKey = {};
        lastString = {};
        stack.push_back(std::move(open));
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (cancel())
            return scan;
        const char16_t c = text.at(i).unicode();
        if (stack.empty()) {
            if ((c == u'{' || c == u'[') && opensJson(text, i))
                push(i, c);
            continue;
        }
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == u'\\') {
                escaped = true;
            } else if (c == u'"') {
                inString = false;
                lastString = text.sliced(stringStart, i - stringStart);
            } else if (c == u'\n') {
                abandon(i);
            }
            continue;
        }
        if (c == u'\n') {
            // JSON answers, pretty or not, have no blank lines: an answer cut short ends at the first one.
            if (blankSince >= 0) {
                abandon(i);
                continue;
            }
            blankSince = i;
            continue;
        }
        if (c == u' ' || c == u'\t' || c == u'\r')
            continue;
        blankSince = -1;
        if (c == u'"') {
            inString = true;
            stringStart = i + 1;
            pendingKey = {};
        } else if (c == u':') {
            pendingKey = std::exchange(lastString, {});
        } else if ((c == u'{' || c == u'[') && opensJson(text, i)) {
            if (qsizetype(stack.size()) >= kMaxJsonDepth)
                abandon(i);
            push(i, c);
        } else if (c == u'}' || c == u']') {
            if (c != stack.back().close) {
                abandon(i);
                continue;
            }
            Open done = std::move(stack.back());
            stack.pop_back();
            if (done.foreign >= 0)
                scan.foreign[size_t(done.foreign)].end = i + 1;
            if (stack.empty())
                scan.spans.append({done.start, i + 1, {}});
            else if (done.answer)
                stack.back().children.append({done.start, i + 1, done.key.isEmpty() ? QString() : pathTo(done.key)});
        } else {
            lastString = {};
            pendingKey = {};
        }
    }
    abandon(text.size());
    return scan;
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

    // `prefix`: the keys leading to a part of an unclosed answer ("value"); `listStrings`: the strings of a top-level
    // array may be ids (a JSON array inside a log line holds tags and names, not ids).
    void read(const QJsonDocument &document, const QString &prefix, bool listStrings)
    {
        m_accepted.clear();
        if (document.isObject()) {
            readAnswer(document.object(), prefix);
            walk(document.object(), prefix, false);
            return;
        }
        const QJsonArray array = document.array();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = prefix + u'[' + QString::number(i) + u']';
            const QJsonValue element = array.at(i);
            if (element.isObject())
                readAnswer(element.toObject(), path);
            else if (element.isString() && isListable(element.toString(), listStrings))
                accept(element.toString(), path);
        }
        walk(array, prefix, false);
    }

private:
    static bool isListable(const QString &text, bool listStrings)
    {
        return IdExtractor::isUuid(text) || (listStrings && isIdShaped(text));
    }

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
            bool url = false;
            for (qsizetype marker = excluded ? -1 : text.indexOf(kUrlMarker); marker >= 0;) {
                const UrlSegment segment = urlSegment(text, marker + kUrlMarker.size());
                m_collector.add(segment.id, IdSource::Url);
                url = true;
                marker = text.indexOf(kUrlMarker, segment.end);
            }
            if (url)
                return;
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

// Whether positions, visited in increasing order, fall inside any of the regions (sorted by start, may overlap).
template <typename R>
class RegionCursor
{
public:
    RegionCursor(const R *begin, const R *end)
        : m_next(begin)
        , m_end(end)
    {
    }

    const R *find(qsizetype at)
    {
        while (m_next != m_end && m_next->start <= at) {
            if (!m_inside || m_next->end > m_inside->end)
                m_inside = m_next;
            ++m_next;
        }
        return m_inside && at < m_inside->end ? m_inside : nullptr;
    }

private:
    const R *m_next;
    const R *m_end;
    const R *m_inside = nullptr;
};

// The key of the JSON string value starting at `at` (after its quote): "owner_id": "<uuid>" gives owner_id.
QStringView jsonKeyBefore(QStringView text, qsizetype at)
{
    constexpr qsizetype maxSpaces = 8;
    constexpr qsizetype maxKey = 64;
    qsizetype i = at - 1;
    const auto skipSpaces = [&text, &i] {
        for (const qsizetype from = i; i >= 0 && from - i < maxSpaces && text.at(i).isSpace();)
            --i;
    };
    if (i < 0 || text.at(i) != u'"')
        return {};
    --i;
    skipSpaces();
    if (i < 0 || text.at(i) != u':')
        return {};
    --i;
    skipSpaces();
    if (i < 0 || text.at(i) != u'"')
        return {};
    const qsizetype end = i;
    while (i > 0 && end - i < maxKey && text.at(i - 1) != u'"')
        --i;
    return i > 0 && text.at(i - 1) == u'"' ? text.sliced(i, end - i) : QStringView();
}

// What free text lies inside: JSON that did not parse (truncated answers) and the parts of it that hold no task id.
struct JsonContext
{
    qsizetype base = 0; // where the free text starts in the scanned text
    const std::vector<Region> *broken = nullptr;
    const std::vector<ForeignRegion> *foreign = nullptr;
};

void extractFreeText(QStringView text, Collector &collector, const JsonContext &json)
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
        if (collector.cancel().now())
            return;
        const UrlSegment segment = urlSegment(text, marker + kUrlMarker.size());
        if (!segment.id.isEmpty())
            hits.push_back({marker, segment.id, IdSource::Url});
        // A second task URL in the same token: the token was already measured, and measuring again is quadratic.
        if (!urls.empty() && marker < urls.back().end)
            continue;
        qsizetype start = marker;
        while (start > 0 && !isUrlTokenEnd(text.at(start - 1)) && (urls.empty() || start > urls.back().end))
            --start;
        qsizetype end = segment.end;
        while (end < text.size() && !isUrlTokenEnd(text.at(end)))
            ++end;
        urls.push_back({start, end});
    }
    auto url = urls.cbegin();
    const auto none = [](const auto *regions) { return regions ? regions->data() : nullptr; };
    const auto last = [](const auto *regions) { return regions ? regions->data() + regions->size() : nullptr; };
    RegionCursor<Region> broken(none(json.broken), last(json.broken));
    RegionCursor<ForeignRegion> foreign(none(json.foreign), last(json.foreign));
    forEachUuid(text, [&](qsizetype at, QStringView uuid) {
        while (url != urls.cend() && url->end <= at)
            ++url;
        if (url != urls.cend() && url->start <= at)
            return;
        const QString id = uuid.toString().toLower();
        // Labels were read over the whole text once, before any rule: see labelledUuids().
        if (const QString label = collector.labelOf(id); !label.isEmpty()) {
            collector.ignore(id, IgnoreReason::LabelledUuid, label);
            return;
        }
        // In JSON that did not parse: only a task id key outside results and error details holds a task id.
        const bool insideBroken = broken.find(json.base + at) != nullptr;
        if (const ForeignRegion *region = foreign.find(json.base + at)) {
            if (!collector.contains(id))
                collector.ignore(id, IgnoreReason::OtherJsonField, region->path);
            return;
        }
        if (const QStringView key = jsonKeyBefore(text, at);
            insideBroken && !key.isEmpty() && !isIdName(key.toString())) {
            if (!collector.contains(id))
                collector.ignore(id, IgnoreReason::OtherJsonField, key.toString());
            return;
        }
        hits.push_back({at, uuid.toString(), IdSource::UuidInText});
    });
    std::stable_sort(hits.begin(), hits.end(), [](const Hit &a, const Hit &b) { return a.at < b.at; });
    for (const Hit &hit : hits)
        collector.add(hit.id, hit.source);

    forEachItem(text, [&collector, text](QStringView token) {
        if (collector.cancel()())
            return false;
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

// Whether the span stands on lines of its own: the whole paste, a JSON line, a pretty-printed document.
bool standsAlone(QStringView text, const JsonSpan &span)
{
    for (qsizetype i = span.start; i > 0 && text.at(i - 1) != u'\n'; --i) {
        if (!text.at(i - 1).isSpace())
            return false;
    }
    for (qsizetype i = span.end; i < text.size() && text.at(i) != u'\n'; ++i) {
        if (!text.at(i).isSpace())
            return false;
    }
    return true;
}

// The request or trace label just before a span: request_ids=["…"], "trace": {…}.
QString requestLabelBefore(QStringView text, qsizetype at)
{
    const QString label = labelBefore(text, at);
    return !label.isEmpty() && isRequestLabel(label) ? label : QString();
}

void extractStructured(QStringView text, const JsonScan &scan, Collector &collector)
{
    JsonReader reader(collector);
    std::vector<Region> broken; // spans that did not parse, and the unclosed ones, in order of their start
    auto unclosed = scan.unclosed.cbegin();
    qsizetype freeFrom = 0;
    const auto readFreeText = [&](qsizetype end) {
        for (; unclosed != scan.unclosed.cend() && unclosed->start < end; ++unclosed)
            broken.push_back(*unclosed);
        std::sort(broken.begin(), broken.end(), [](const Region &a, const Region &b) { return a.start < b.start; });
        extractFreeText(text.sliced(freeFrom, end - freeFrom), collector, {freeFrom, &broken, &scan.foreign});
        broken.clear();
    };
    for (const JsonSpan &span : scan.spans) {
        if (collector.cancel().now())
            return;
        const QStringView candidate = text.sliced(span.start, span.end - span.start);
        QJsonParseError error;
        const QJsonDocument document = parseJsonDocument(candidate.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            broken.push_back({span.start, span.end});
            continue;
        }
        readFreeText(span.start);
        if (const QString label = requestLabelBefore(text, span.start); !label.isEmpty()) {
            forEachUuid(candidate, [&collector, &label](qsizetype, QStringView uuid) {
                collector.ignore(uuid.toString().toLower(), IgnoreReason::LabelledUuid, label);
            });
        } else {
            reader.read(document, span.path, standsAlone(text, span));
        }
        freeFrom = span.end;
    }
    readFreeText(text.size());
}

// Every UUID labelled as a request or trace id, directly or as a JSON value after such a label.
QHash<QString, QString> labelledUuids(QStringView text, const JsonScan &scan, CancelCheck &cancel)
{
    QHash<QString, QString> labelled;
    forEachUuid(text, [&](qsizetype at, QStringView uuid) {
        if (cancel())
            return;
        if (const QString label = labelBefore(text, at); !label.isEmpty() && isRequestLabel(label))
            labelled.insert(uuid.toString().toLower(), label);
    });
    for (const JsonSpan &span : scan.spans) {
        if (const QString label = requestLabelBefore(text, span.start); !label.isEmpty()) {
            forEachUuid(text.sliced(span.start, span.end - span.start),
                [&](qsizetype, QStringView uuid) { labelled.insert(uuid.toString().toLower(), label); });
        }
    }
    return labelled;
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
    unambiguous = unambiguous && other.unambiguous && !idsTruncated;
    cancelled |= other.cancelled;
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

IdExtraction extract(const QString &text, const std::atomic_bool *cancel)
{
    IdExtraction result;
    if (text.size() > MaxInputChars) {
        result.tooLarge = true;
        return result;
    }
    Collector collector(result, cancel);
    const JsonScan scan = scanJson(text, collector.cancel());
    collector.setLabelled(labelledUuids(text, scan, collector.cancel()));
    qsizetype tableEnd = 0;
    if (extractTable(text, collector, &tableEnd)) {
        // What follows the table (a signature, a note) is read as any other text.
        const QStringView rest = QStringView(text).sliced(tableEnd);
        extractStructured(rest, scanJson(rest, collector.cancel()), collector);
        result.cancelled = collector.cancel().now();
        return result;
    }
    QList<ListItem> items;
    if (parseList(text, &items, collector.cancel())) {
        bool onlyUuidsAndUrls = true;
        for (const ListItem &item : std::as_const(items)) {
            if (item.isUrl) {
                collector.add(taskUrlId(item.text), IdSource::Url);
            } else {
                onlyUuidsAndUrls &= isUuid(item.text);
                collector.add(item.text, IdSource::List);
            }
        }
        // Past the cap the user must be told what was cut: never added at once.
        result.unambiguous
            = onlyUuidsAndUrls && result.ignored.isEmpty() && !result.ids.isEmpty() && !result.idsTruncated;
        result.cancelled = collector.cancel().now();
        return result;
    }
    extractStructured(text, scan, collector);
    result.cancelled = collector.cancel().now();
    return result;
}

QString taskUrlId(QStringView text)
{
    const qsizetype marker = text.indexOf(kUrlMarker);
    return marker < 0 ? QString() : urlSegment(text, marker + kUrlMarker.size()).id;
}

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

bool isExcludedSubtree(QStringView key)
{
    return key == u"result" || key == u"error_status" || key == u"details" || key == u"error" || key == u"errors";
}

} // namespace IdExtractor
