// SPDX-License-Identifier: MIT
#include "jsonsearch.h"

#include <QFutureWatcher>
#include <QtConcurrent>
#include <QThreadPool>

#include <algorithm>
#include <cstring>
#include <optional>

namespace {

class Matcher
{
public:
    Matcher(const QString &needle, Qt::CaseSensitivity cs)
        : m_needle(needle)
        , m_needleUtf8(needle.toUtf8())
        , m_cs(cs)
    {
    }

    // A key or a scalar as written: a string with its quotes, or a number, true, false, null.
    bool match(QByteArrayView token)
    {
        if (token.front() != '"')
            return QLatin1StringView(token).contains(m_needle, m_cs);
        const QByteArrayView inside = token.sliced(1, token.size() - 2);
        // Without escapes the bytes are the text: a byte search, no decoding.
        if (m_cs == Qt::CaseSensitive && !std::memchr(inside.data(), '\\', size_t(inside.size())))
            return inside.contains(m_needleUtf8);
        // The buffer keeps its capacity: no allocation a value.
        m_text.resize(0);
        JsonIndex::decodeString(inside, m_text);
        return QStringView(m_text).contains(m_needle, m_cs);
    }

private:
    QString m_needle;
    QByteArray m_needleUtf8;
    Qt::CaseSensitivity m_cs;
    QString m_text;
};

bool isAscii(const QString &text)
{
    return std::all_of(text.begin(), text.end(), [](QChar ch) { return ch.unicode() < 0x80; });
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

// Where in the bytes a hit can start: the needle as written (ASCII case folded when case does not matter), and
// text known only once decoded: escapes, and (case aside) non-ASCII characters, some of which fold to ASCII (K, the
// Kelvin sign, to k). Each kind's next place is kept until it is passed.
class Candidates
{
public:
    // Case aside, a needle with a character that folds to ASCII (the Kelvin sign) can match plain ASCII text: every
    // value is decoded instead.
    static bool usable(const QString &needle, Qt::CaseSensitivity cs)
    {
        if (cs == Qt::CaseSensitive)
            return true;
        const QList<uint> characters = needle.toUcs4();
        return std::all_of(characters.begin(), characters.end(),
            [](uint c) { return c < 0x80 || QChar::toCaseFolded(char32_t(c)) >= 0x80; });
    }

    Candidates(QByteArrayView json, const QString &needle, Qt::CaseSensitivity cs)
        : m_json(json)
        , m_cs(cs)
    {
        if (cs == Qt::CaseSensitive)
            m_needle = needle.toUtf8();
        // A non-ASCII needle, case aside, can only match text with non-ASCII characters or escapes.
        else if (isAscii(needle))
            m_needle = needle.toLatin1().toLower();
    }

    // The first place at or after from, else the size of the text.
    qsizetype next(qsizetype from)
    {
        if (m_needleAt < from)
            m_needleAt = nextNeedle(from);
        if (m_backslashAt < from) {
            const void *at = std::memchr(m_json.data() + from, '\\', size_t(m_json.size() - from));
            m_backslashAt = at ? static_cast<const char *>(at) - m_json.data() : m_json.size();
        }
        if (m_nonAsciiAt < from)
            m_nonAsciiAt = m_cs == Qt::CaseInsensitive ? nextNonAscii(from) : m_json.size();
        return std::min({m_needleAt, m_backslashAt, m_nonAsciiAt});
    }

private:
    qsizetype nextNeedle(qsizetype from) const
    {
        if (m_needle.isEmpty())
            return m_json.size();
        if (m_cs == Qt::CaseSensitive) {
            const qsizetype at = m_json.indexOf(m_needle, from);
            return at < 0 ? m_json.size() : at;
        }
        // A byte that is not a letter reads the same in any case: memchr finds it, the rest is compared around it.
        const qsizetype anchor = std::find_if(m_needle.begin(), m_needle.end(), [](char c) {
            return c < 'a' || c > 'z';
        }) - m_needle.begin();
        if (anchor < m_needle.size()) {
            for (qsizetype at = from + anchor; at < m_json.size(); ++at) {
                const void *found = std::memchr(m_json.data() + at, m_needle.at(anchor), size_t(m_json.size() - at));
                if (!found)
                    break;
                at = static_cast<const char *>(found) - m_json.data();
                if (foldedMatchAt(at - anchor))
                    return at - anchor;
            }
            return m_json.size();
        }
        const char first = m_needle.front();
        const char firstUpper = char(first - 'a' + 'A');
        for (qsizetype at = from; at + m_needle.size() <= m_json.size(); ++at) {
            const char c = m_json.at(at);
            if ((c == first || c == firstUpper) && foldedMatchAt(at))
                return at;
        }
        return m_json.size();
    }

    bool foldedMatchAt(qsizetype at) const
    {
        if (at < 0 || at + m_needle.size() > m_json.size())
            return false;
        for (qsizetype i = 0; i < m_needle.size(); ++i) {
            if (asciiLower(m_json.at(at + i)) != m_needle.at(i))
                return false;
        }
        return true;
    }

    qsizetype nextNonAscii(qsizetype at) const
    {
        // Eight bytes at a time: ASCII text is most of most documents.
        for (quint64 word; at + 8 <= m_json.size(); at += 8) {
            std::memcpy(&word, m_json.data() + at, sizeof(word));
            if (word & 0x8080808080808080u)
                break;
        }
        while (at < m_json.size() && uchar(m_json.at(at)) < 0x80)
            ++at;
        return at;
    }

    QByteArrayView m_json;
    QByteArray m_needle;
    Qt::CaseSensitivity m_cs;
    qsizetype m_needleAt = -1;
    qsizetype m_backslashAt = -1;
    qsizetype m_nonAsciiAt = -1;
};

// A key or a scalar value: the node it belongs to and where its text is.
struct Token
{
    int node;
    qsizetype begin;
    qsizetype end;
};

// The key or scalar value that holds the byte at pos, if any (else pos is in the structure: brackets, commas,
// spaces). Places come in order: the search gallops on from the node found last (hint) instead of starting over.
std::optional<Token> tokenAt(const JsonIndex &index, qsizetype pos, int &hint)
{
    // The first node starting after pos. Every node before low starts at or before pos; high starts after it.
    const qsizetype count = index.nodeCount();
    qsizetype low = std::clamp<qsizetype>(hint, 0, count);
    if (low > 0 && index.offset(int(low - 1)) > pos)
        low = 0;
    qsizetype high = low;
    for (qsizetype step = 1; high < count && index.offset(int(high)) <= pos; step *= 2) {
        low = high + 1;
        high += step;
    }
    high = std::min(high, count);
    while (low < high) {
        const qsizetype middle = low + (high - low) / 2;
        if (index.offset(int(middle)) <= pos)
            low = middle + 1;
        else
            high = middle;
    }
    hint = int(low);
    const int before = int(low) - 1;
    if (before >= 0 && !index.isContainer(before) && pos < index.offset(before) + index.sizeBytes(before))
        return Token{before, index.offset(before), index.offset(before) + index.sizeBytes(before)};
    // A key lies between the node before its value and the value.
    if (low < count && index.hasKey(int(low))) {
        const QByteArrayView key = index.rawKey(int(low));
        const qsizetype begin = key.data() - index.json().constData();
        if (pos >= begin && pos < begin + key.size())
            return Token{int(low), begin, begin + key.size()};
    }
    return std::nullopt;
}

bool cancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// Every key and scalar, node by node.
QList<int> searchEveryNode(const JsonIndex &index, Matcher &matcher, const std::atomic<bool> *cancel, int maxHits)
{
    QList<int> hits;
    for (int node = 0; node < index.nodeCount(); ++node) {
        if ((node & 0xFFF) == 0 && cancelled(cancel))
            break;
        if ((index.hasKey(node) && matcher.match(index.rawKey(node)))
            || (!index.isContainer(node) && matcher.match(index.raw(node)))) {
            hits.append(node);
            if (maxHits > 0 && hits.size() >= maxHits)
                break;
        }
    }
    return hits;
}

// Only the keys and scalars where a hit can be: a byte search over the whole text finds them, tokenAt() names them.
QList<int> searchCandidates(
    const JsonIndex &index, Matcher &matcher, Candidates &candidates, const std::atomic<bool> *cancel, int maxHits)
{
    QList<int> hits;
    const QByteArrayView json(index.json());
    int lastHit = -1;
    int hint = 0;
    for (qsizetype from = 0, steps = 0; from < json.size(); ++steps) {
        if ((steps & 0xFF) == 0 && cancelled(cancel))
            break;
        const qsizetype pos = candidates.next(from);
        if (pos >= json.size())
            break;
        const std::optional<Token> token = tokenAt(index, pos, hint);
        if (!token) {
            from = pos + 1;
            continue;
        }
        from = token->end;
        // Places come in order, and a node's key comes before its value: hits stay in document order.
        if (token->node == lastHit || !matcher.match(json.sliced(token->begin, token->end - token->begin)))
            continue;
        hits.append(token->node);
        lastHit = token->node;
        if (maxHits > 0 && hits.size() >= maxHits)
            break;
    }
    return hits;
}

} // namespace

QList<int> searchJson(
    const JsonIndex &index, const QString &text, Qt::CaseSensitivity cs, const std::atomic<bool> *cancel, int maxHits)
{
    if (text.isEmpty())
        return {};
    Matcher matcher(text, cs);
    if (!Candidates::usable(text, cs))
        return searchEveryNode(index, matcher, cancel, maxHits);
    Candidates candidates(index.json(), text, cs);
    return searchCandidates(index, matcher, candidates, cancel, maxHits);
}

JsonSearch::JsonSearch(QObject *parent, QThreadPool *pool)
    : QObject(parent)
    , m_pool(pool ? pool : QThreadPool::globalInstance())
{
}

JsonSearch::~JsonSearch()
{
    // The job holds the index and its flag: it stops soon and finds nothing to report to.
    cancel();
}

int JsonSearch::start(std::shared_ptr<const JsonIndex> index, const QString &text, Qt::CaseSensitivity cs, int maxHits)
{
    cancel();
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    const int serial = ++m_serial;
    auto *watcher = new QFutureWatcher<QList<int>>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, serial] {
        watcher->deleteLater();
        m_watcher = nullptr;
        m_cancel.reset();
        // cancel() disconnects an earlier search's watcher; the serial check also drops anything already on its way.
        if (serial == m_serial)
            Q_EMIT finished(serial, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(m_pool, [index = std::move(index), text, cs, maxHits, flag] {
        return index ? searchJson(*index, text, cs, flag.get(), maxHits) : QList<int>();
    }));
    return serial;
}

void JsonSearch::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }
}
