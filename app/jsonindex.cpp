// SPDX-License-Identifier: MIT
#include "jsonindex.h"

#include <QCoreApplication>
#include <QStringConverter>
#include <QStringList>

#include <algorithm>
#include <cstring>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits that build() checked.
char16_t hex4(const char *s)
{
    return char16_t((hexValue(s[0]) << 12) | (hexValue(s[1]) << 8) | (hexValue(s[2]) << 4) | hexValue(s[3]));
}

bool isAsciiIdentifier(const QString &key)
{
    if (key.isEmpty())
        return false;
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        const bool letter = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
        if (!letter && !(i > 0 && c >= u'0' && c <= u'9'))
            return false;
    }
    return true;
}

// A JSON string literal, which is also a JSONPath one (RFC 9535 uses the same escapes).
QString quoted(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    for (const QChar ch : text) {
        switch (ch.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\b':
            out += QStringLiteral("\\b");
            break;
        case u'\f':
            out += QStringLiteral("\\f");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (ch.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    out += u'"';
    return out;
}

// Cut after maxChars (at least 1) with an ellipsis; control characters (line breaks, tabs) as spaces.
QString oneLine(QString text, qsizetype maxChars)
{
    if (text.size() > maxChars) {
        text.truncate(text.at(maxChars - 1).isHighSurrogate() ? maxChars - 1 : maxChars);
        text += u'…';
    }
    for (QChar &ch : text) {
        if (ch.unicode() < 0x20)
            ch = u' ';
    }
    return text;
}

void appendUtf8(QString &out, QByteArrayView bytes)
{
    // Stateless so that each run stands alone; a U+FEFF at the start of a run is text, not a byte-order mark.
    QStringDecoder decoder(
        QStringDecoder::Utf8, QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const qsizetype old = out.size();
    out.resize(old + decoder.requiredSpace(bytes.size()));
    const QChar *end = decoder.appendToBuffer(out.data() + old, bytes);
    out.resize(end - out.constData());
}

} // namespace

// The single validating pass: a state machine over an explicit stack of open containers.
class JsonIndexBuilder
{
public:
    JsonIndexBuilder(JsonIndex &index, const std::atomic<bool> *cancel, int indexedDepth)
        : m_index(index)
        , m_cancel(cancel)
        , m_indexedDepth(size_t(indexedDepth))
        , m_begin(index.m_json.constData())
        , m_end(m_begin + index.m_json.size())
    {
    }

    bool run();
    [[nodiscard]] QString error() const;

private:
    enum class State { Value, Key, AfterValue };
    struct Frame
    {
        qint32 node;
        bool object;
    };

    bool reject(const char *at, const QString &message)
    {
        m_errorAt = at;
        m_message = message;
        return false;
    }
    const char *fail(const char *at, const QString &message)
    {
        reject(at, message);
        return nullptr;
    }
    const char *skipSpace(const char *s) const
    {
        while (s < m_end && isSpace(*s))
            ++s;
        return s;
    }
    const char *scanString(const char *s);
    const char *scanUtf8(const char *s);
    const char *scanNumber(const char *s);
    const char *scanLiteral(const char *s);
    [[nodiscard]] bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }
    void setEnd(int node, const char *end)
    {
        if (node >= 0)
            m_index.at(node).length = quint32(end - m_begin) - m_index.at(node).offset;
    }

    JsonIndex &m_index;
    const std::atomic<bool> *m_cancel;
    size_t m_indexedDepth; // values nested deeper are validated, not indexed
    const char *m_begin;
    const char *m_end;
    const char *m_errorAt = nullptr;
    QString m_message;
    quint32 m_unindexed = 0;
};

const char *JsonIndexBuilder::scanUtf8(const char *s)
{
    const auto lead = uchar(*s);
    int extra = 0;
    uchar low = 0x80;
    uchar high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        extra = 1;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        extra = 2;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        else if (lead == 0xED)
            high = 0x9F; // UTF-16 surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        extra = 3;
        if (lead == 0xF0)
            low = 0x90; // overlong
        else if (lead == 0xF4)
            high = 0x8F; // above U+10FFFF
    } else {
        return fail(s, QCoreApplication::translate("JsonIndex", "invalid UTF-8"));
    }
    if (m_end - s <= extra || uchar(s[1]) < low || uchar(s[1]) > high)
        return fail(s, QCoreApplication::translate("JsonIndex", "invalid UTF-8"));
    for (int i = 2; i <= extra; ++i) {
        if ((uchar(s[i]) & 0xC0) != 0x80)
            return fail(s, QCoreApplication::translate("JsonIndex", "invalid UTF-8"));
    }
    return s + extra + 1;
}

const char *JsonIndexBuilder::scanString(const char *s)
{
    const char *start = s;
    ++s;
    for (;;) {
        // Plain ASCII text is the common case: one comparison chain a byte.
        while (s < m_end && uchar(*s) >= 0x20 && uchar(*s) < 0x80 && *s != '"' && *s != '\\')
            ++s;
        if (s == m_end)
            return fail(start, QCoreApplication::translate("JsonIndex", "unterminated string"));
        const auto c = uchar(*s);
        if (c == '"')
            return s + 1;
        if (c == '\\') {
            if (m_end - s < 2)
                return fail(start, QCoreApplication::translate("JsonIndex", "unterminated string"));
            switch (s[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't':
                s += 2;
                break;
            case 'u':
                if (m_end - s < 6 || hexValue(s[2]) < 0 || hexValue(s[3]) < 0 || hexValue(s[4]) < 0
                    || hexValue(s[5]) < 0)
                    return fail(s, QCoreApplication::translate("JsonIndex", "invalid \\u escape"));
                s += 6;
                break;
            default:
                return fail(s, QCoreApplication::translate("JsonIndex", "invalid escape in a string"));
            }
        } else if (c < 0x20) {
            return fail(s, QCoreApplication::translate("JsonIndex", "control character in a string"));
        } else {
            s = scanUtf8(s);
            if (!s)
                return nullptr;
        }
    }
}

const char *JsonIndexBuilder::scanNumber(const char *s)
{
    const char *start = s;
    if (*s == '-')
        ++s;
    if (s < m_end && *s == '0') {
        ++s;
    } else if (s < m_end && isDigit(*s)) {
        while (s < m_end && isDigit(*s))
            ++s;
    } else {
        return fail(start, QCoreApplication::translate("JsonIndex", "invalid number"));
    }
    if (s < m_end && *s == '.') {
        ++s;
        if (s == m_end || !isDigit(*s))
            return fail(start, QCoreApplication::translate("JsonIndex", "invalid number"));
        while (s < m_end && isDigit(*s))
            ++s;
    }
    if (s < m_end && (*s == 'e' || *s == 'E')) {
        ++s;
        if (s < m_end && (*s == '+' || *s == '-'))
            ++s;
        if (s == m_end || !isDigit(*s))
            return fail(start, QCoreApplication::translate("JsonIndex", "invalid number"));
        while (s < m_end && isDigit(*s))
            ++s;
    }
    return s;
}

const char *JsonIndexBuilder::scanLiteral(const char *s)
{
    for (const char *word : {"true", "false", "null"}) {
        const auto length = qsizetype(std::strlen(word));
        if (m_end - s >= length && std::memcmp(s, word, size_t(length)) == 0)
            return s + length;
    }
    return fail(s, QCoreApplication::translate("JsonIndex", "expected a value"));
}

bool JsonIndexBuilder::run()
{
    std::vector<Frame> stack;
    const char *s = m_begin;
    // A UTF-8 byte-order mark is allowed before the value (RFC 8259 § 8.1) and is not part of it.
    if (m_end - s >= 3 && std::memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        s += 3;
    s = skipSpace(s);
    if (s == m_end)
        return reject(s, QCoreApplication::translate("JsonIndex", "no JSON value"));
    State state = State::Value;
    for (;;) {
        switch (state) {
        case State::Key:
            if (s == m_end || *s != '"')
                return reject(s, QCoreApplication::translate("JsonIndex", "expected a key in quotes"));
            s = scanString(s);
            if (!s)
                return false;
            s = skipSpace(s);
            if (s == m_end || *s != ':')
                return reject(s, QCoreApplication::translate("JsonIndex", "expected ':' after the key"));
            s = skipSpace(s + 1);
            state = State::Value;
            break;
        case State::Value: {
            if (s == m_end)
                return reject(s, QCoreApplication::translate("JsonIndex", "expected a value"));
            if (m_index.m_count == std::numeric_limits<int>::max())
                return reject(s, QCoreApplication::translate("JsonIndex", "too many values"));
            int node = -1;
            if (stack.size() <= m_indexedDepth) {
                node = m_index.append(quint32(s - m_begin), stack.empty() ? -1 : stack.back().node);
                if ((node & 0xFFFF) == 0 && cancelled())
                    return false;
            } else if ((++m_unindexed & 0xFFFF) == 0 && cancelled()) {
                return false;
            }
            const char c = *s;
            if (c == '{' || c == '[') {
                if (stack.size() >= size_t(JsonIndex::MaxDepth)) {
                    return reject(s,
                        QCoreApplication::translate("JsonIndex", "nested deeper than %1 levels")
                            .arg(JsonIndex::MaxDepth));
                }
                const bool object = c == '{';
                s = skipSpace(s + 1);
                if (s < m_end && *s == (object ? '}' : ']')) {
                    setEnd(node, ++s);
                    state = State::AfterValue;
                } else {
                    stack.push_back({node, object});
                    state = object ? State::Key : State::Value;
                }
                break;
            }
            const char *end = nullptr;
            if (c == '"')
                end = scanString(s);
            else if (c == '-' || isDigit(c))
                end = scanNumber(s);
            else
                end = scanLiteral(s);
            if (!end)
                return false;
            setEnd(node, end);
            s = end;
            state = State::AfterValue;
            break;
        }
        case State::AfterValue:
            s = skipSpace(s);
            if (stack.empty()) {
                if (s != m_end)
                    return reject(s, QCoreApplication::translate("JsonIndex", "text after the end of the value"));
                return !cancelled();
            }
            const bool object = stack.back().object;
            if (s < m_end && *s == ',') {
                s = skipSpace(s + 1);
                state = object ? State::Key : State::Value;
            } else if (s < m_end && *s == (object ? '}' : ']')) {
                setEnd(stack.back().node, ++s);
                stack.pop_back();
            } else {
                return reject(s,
                    object ? QCoreApplication::translate("JsonIndex", "expected ',' or '}'")
                           : QCoreApplication::translate("JsonIndex", "expected ',' or ']'"));
            }
            break;
        }
    }
}

QString JsonIndexBuilder::error() const
{
    if (!m_errorAt)
        return QCoreApplication::translate("JsonIndex", "Cancelled.");
    const qsizetype offset = m_errorAt - m_begin;
    const QByteArrayView before(m_begin, offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    return QCoreApplication::translate("JsonIndex", "Not valid JSON at line %1, column %2 (byte %3): %4")
        .arg(line)
        .arg(column)
        .arg(offset)
        .arg(m_message);
}

std::optional<JsonIndex> JsonIndex::build(QByteArray json, QString *error, const std::atomic<bool> *cancel)
{
    return build(std::move(json), MaxDepth, error, cancel);
}

std::optional<JsonIndex> JsonIndex::build(
    QByteArray json, int indexedDepth, QString *error, const std::atomic<bool> *cancel)
{
    if (json.size() > MaxBytes) {
        if (error)
            *error = QCoreApplication::translate("JsonIndex", "The JSON text is larger than 4 GiB.");
        return std::nullopt;
    }
    JsonIndex index;
    index.m_json = std::move(json);
    JsonIndexBuilder builder(index, cancel, std::max(indexedDepth, 0));
    if (!builder.run()) {
        if (error)
            *error = builder.error();
        return std::nullopt;
    }
    index.linkChildren();
    return index;
}

int JsonIndex::append(quint32 offset, int parent)
{
    const int node = m_count;
    const int slot = node & (BlockSize - 1);
    if (slot == 0) {
        // The first block starts small and doubles: a status answer has tens of nodes, not a 256 KiB block's worth.
        m_blockCapacity = m_blocks.empty() ? FirstBlockSize : BlockSize;
        m_blocks.push_back(std::make_unique_for_overwrite<Node[]>(size_t(m_blockCapacity)));
    } else if (slot == m_blockCapacity) {
        m_blockCapacity = std::min(BlockSize, 2 * m_blockCapacity);
        auto grown = std::make_unique_for_overwrite<Node[]>(size_t(m_blockCapacity));
        std::copy_n(m_blocks.back().get(), slot, grown.get());
        m_blocks.back() = std::move(grown);
    }
    at(node) = Node{offset, 0, parent, 0};
    if (parent >= 0)
        ++at(parent).first;
    ++m_count;
    return node;
}

// Children end up contiguous in m_children, in document order, by a counting sort over the parents: the counts
// taken during the pass become start slots, a fill moves each start to the next node's, and a shift puts them back.
void JsonIndex::linkChildren()
{
    const qsizetype lastUsed = m_count - qsizetype(m_blocks.size() - 1) * BlockSize;
    if (lastUsed < m_blockCapacity) {
        auto last = std::make_unique_for_overwrite<Node[]>(size_t(lastUsed));
        std::copy_n(m_blocks.back().get(), lastUsed, last.get());
        m_blocks.back() = std::move(last);
        m_blockCapacity = int(lastUsed);
    }
    m_blocks.shrink_to_fit();
    quint32 sum = 0;
    for (int node = 0; node < m_count; ++node) {
        const quint32 count = at(node).first;
        at(node).first = sum;
        sum += count;
    }
    m_children.resize(size_t(m_count - 1));
    for (int node = 1; node < m_count; ++node)
        m_children[at(at(node).parent).first++] = node;
    for (int node = m_count - 1; node > 0; --node)
        at(node).first = at(node - 1).first;
    at(0).first = 0;
}

JsonIndex::Type JsonIndex::type(int node) const
{
    switch (m_json.at(at(node).offset)) {
    case '{':
        return Type::Object;
    case '[':
        return Type::Array;
    case '"':
        return Type::String;
    case 't':
    case 'f':
        return Type::Bool;
    case 'n':
        return Type::Null;
    default:
        return Type::Number;
    }
}

bool JsonIndex::isContainer(int node) const
{
    const char c = m_json.at(at(node).offset);
    return c == '{' || c == '[';
}

int JsonIndex::childCount(int node) const
{
    const quint32 end = node + 1 < m_count ? at(node + 1).first : quint32(m_count - 1);
    return int(end - at(node).first);
}

int JsonIndex::child(int node, int i) const
{
    if (i < 0 || i >= childCount(node))
        return -1;
    return m_children[at(node).first + quint32(i)];
}

int JsonIndex::rowInParent(int node) const
{
    const int parentNode = parent(node);
    if (parentNode < 0)
        return 0;
    const auto begin = m_children.begin() + at(parentNode).first;
    const auto end = begin + childCount(parentNode);
    return int(std::lower_bound(begin, end, node) - begin);
}

bool JsonIndex::hasKey(int node) const
{
    const int parentNode = parent(node);
    return parentNode >= 0 && m_json.at(at(parentNode).offset) == '{';
}

// The key is not stored: it ends just before the value (after the ':' and spaces), and it starts at the first
// quote, going back, that is not escaped, i.e. that follows an even number of backslashes.
QByteArrayView JsonIndex::rawKey(int node) const
{
    if (!hasKey(node))
        return {};
    const char *data = m_json.constData();
    qsizetype close = qsizetype(at(node).offset) - 1;
    while (data[close] != '"')
        --close;
    qsizetype open = close - 1;
    for (;; --open) {
        if (data[open] != '"')
            continue;
        qsizetype backslashes = 0;
        while (data[open - 1 - backslashes] == '\\')
            ++backslashes;
        if (backslashes % 2 == 0)
            break;
    }
    return QByteArrayView(data + open, close + 1 - open);
}

QString JsonIndex::key(int node, qsizetype maxChars) const
{
    const QByteArrayView raw = rawKey(node);
    QString out;
    if (!raw.isEmpty())
        decodeString(raw.sliced(1, raw.size() - 2), out, maxChars);
    return out;
}

QString JsonIndex::scalarText(int node, qsizetype maxChars) const
{
    const QByteArrayView text = raw(node);
    switch (text.front()) {
    case '{':
    case '[':
        return {};
    case '"': {
        QString out;
        decodeString(text.sliced(1, text.size() - 2), out, maxChars);
        return out;
    }
    default:
        return QString::fromLatin1(maxChars >= 0 ? text.first(std::min(text.size(), maxChars)) : text);
    }
}

QByteArrayView JsonIndex::raw(int node) const
{
    const Node &n = at(node);
    return QByteArrayView(m_json.constData() + n.offset, n.length);
}

QByteArray JsonIndex::compactJson(int node, qsizetype maxBytes) const
{
    return compacted(raw(node), maxBytes);
}

bool JsonIndex::indented(QByteArrayView validJson, const std::function<bool(QByteArrayView)> &sink)
{
    constexpr qsizetype Chunk = 64 * 1024;
    QByteArray out;
    out.reserve(Chunk + 4 * MaxIndentLevels + 64);
    int depth = 0;
    const auto newline = [&out, &depth] {
        out += '\n';
        out.append(qsizetype(std::clamp(depth, 0, MaxIndentLevels)) * 4, ' ');
    };
    const qsizetype size = validJson.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = validJson[i];
        if (c == '"') {
            // A string is copied as it is, escapes and all.
            qsizetype end = i + 1;
            while (end < size && validJson[end] != '"')
                end += validJson[end] == '\\' ? 2 : 1;
            end = std::min(end + 1, size);
            out.append(validJson.sliced(i, end - i));
            i = end - 1;
        } else if (c == '{' || c == '[') {
            qsizetype next = i + 1;
            while (next < size && isSpace(validJson[next]))
                ++next;
            if (next < size && (validJson[next] == '}' || validJson[next] == ']')) {
                out += c;
                out += validJson[next];
                i = next;
            } else {
                out += c;
                ++depth;
                newline();
            }
        } else if (c == '}' || c == ']') {
            --depth;
            newline();
            out += c;
        } else if (c == ',') {
            out += c;
            newline();
        } else if (c == ':') {
            out += ": ";
        } else if (!isSpace(c)) {
            out += c;
        }
        if (out.size() >= Chunk) {
            if (!sink(out))
                return false;
            out.resize(0); // keeps the capacity for the next piece
        }
    }
    out += '\n';
    return sink(out);
}

namespace {

// Valid JSON text without the whitespace between tokens, a byte at a time to put, which returns false to stop.
template <typename Put>
bool compactInto(QByteArrayView text, Put &&put)
{
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (!put(c))
                return false;
            if (c == '\\' && i + 1 < text.size()) {
                if (!put(text[++i]))
                    return false;
            } else if (c == '"') {
                inString = false;
            }
        } else if (!isSpace(c)) {
            if (!put(c))
                return false;
            inString = c == '"';
        }
    }
    return true;
}

} // namespace

QByteArray JsonIndex::compacted(QByteArrayView validJson, qsizetype maxBytes)
{
    const qsizetype limit = maxBytes >= 0 ? std::min(maxBytes, validJson.size()) : validJson.size();
    // One byte past the limit tells a cut from an exact fit.
    QByteArray out(std::min(validJson.size(), limit + 1), Qt::Uninitialized);
    char *const begin = out.data();
    char *w = begin;
    compactInto(validJson, [&w, begin, limit](char c) {
        *w++ = c;
        return w - begin <= limit;
    });
    qsizetype written = w - begin;
    if (written > limit) {
        written = limit;
        while (written > 0 && (uchar(out.at(written)) & 0xC0) == 0x80)
            --written;
    }
    out.truncate(written);
    return out;
}

bool JsonIndex::compacted(QByteArrayView validJson, const std::function<bool(QByteArrayView)> &sink)
{
    constexpr qsizetype Chunk = 64 * 1024;
    QByteArray buffer(std::min(validJson.size(), Chunk), Qt::Uninitialized);
    char *const data = buffer.data();
    qsizetype used = 0;
    const bool whole = compactInto(validJson, [data, size = buffer.size(), &used, &sink](char c) {
        data[used++] = c;
        if (used < size)
            return true;
        used = 0;
        return sink(QByteArrayView(data, size));
    });
    return whole && (used == 0 || sink(QByteArrayView(buffer).first(used)));
}

QString JsonIndex::preview(int node, qsizetype maxChars) const
{
    maxChars = std::max<qsizetype>(maxChars, 1);
    // Decoding past maxChars tells whether there was more (two more: a surrogate pair is never cut); 3 bytes make
    // at least one character.
    return oneLine(
        isContainer(node) ? QString::fromUtf8(compactJson(node, maxChars * 3 + 4)) : scalarText(node, maxChars + 2),
        maxChars);
}

QString JsonIndex::keyPreview(int node, qsizetype maxChars) const
{
    maxChars = std::max<qsizetype>(maxChars, 1);
    return oneLine(key(node, maxChars + 2), maxChars);
}

QString JsonIndex::path(int node) const
{
    QStringList steps;
    for (int n = node; parent(n) >= 0; n = parent(n)) {
        if (hasKey(n)) {
            const QString name = key(n);
            steps.append(isAsciiIdentifier(name) ? QString(u'.' + name) : QString(u'[' + quoted(name) + u']'));
        } else {
            steps.append(u'[' + QString::number(rowInParent(n)) + u']');
        }
    }
    std::reverse(steps.begin(), steps.end());
    return u'$' + steps.join(QString());
}

qsizetype JsonIndex::memoryBytes() const
{
    qsizetype nodes = 0;
    if (!m_blocks.empty())
        nodes = qsizetype(m_blocks.size() - 1) * BlockSize + (m_count - qsizetype(m_blocks.size() - 1) * BlockSize);
    return qsizetype(sizeof(JsonIndex)) + nodes * qsizetype(sizeof(Node))
        + qsizetype(m_blocks.capacity() * sizeof(m_blocks.front()) + m_children.capacity() * sizeof(qint32));
}

void JsonIndex::decodeString(QByteArrayView inside, QString &out, qsizetype limit)
{
    const char *s = inside.data();
    const char *end = s + inside.size();
    while (s < end && (limit < 0 || out.size() < limit)) {
        const auto *backslash = static_cast<const char *>(std::memchr(s, '\\', size_t(end - s)));
        const char *runEnd = backslash ? backslash : end;
        if (runEnd > s) {
            qsizetype take = runEnd - s;
            // Three bytes at most make one UTF-16 unit: enough for what is left of the limit, cut at a sequence start.
            if (limit >= 0 && take > (limit - out.size()) * 3 + 3) {
                take = (limit - out.size()) * 3 + 3;
                while (take > 0 && (uchar(s[take]) & 0xC0) == 0x80)
                    --take;
            }
            appendUtf8(out, QByteArrayView(s, take));
            s += take;
            continue;
        }
        const char escaped = s[1];
        s += 2;
        switch (escaped) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u': {
            const char16_t unit = hex4(s);
            s += 4;
            if (QChar::isHighSurrogate(unit) && end - s >= 6 && s[0] == '\\' && s[1] == 'u'
                && QChar::isLowSurrogate(hex4(s + 2))) {
                out += QChar(unit);
                out += QChar(hex4(s + 2));
                s += 6;
            } else {
                out += QChar::isSurrogate(unit) ? QChar(QChar::ReplacementCharacter) : QChar(unit);
            }
            break;
        }
        default: // " \ /
            out += QLatin1Char(escaped);
        }
    }
    if (limit >= 0 && out.size() > limit) {
        out.truncate(limit);
        if (!out.isEmpty() && out.back().isHighSurrogate())
            out.chop(1);
    }
}
