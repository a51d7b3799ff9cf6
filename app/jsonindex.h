// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <atomic>
#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

// A read-only index over UTF-8 JSON text, for showing results of tens of MB as a lazy tree. The bytes are kept as
// they are (implicitly shared); each value gets one 16-byte node (offset, length, parent, first child slot) and one
// 4-byte slot in a children array, 20 bytes a value in all. Types, keys and counts are read from the bytes and the
// slots, not stored. Nodes are numbered in document order (pre-order): node 0 is the root, a parent comes before its
// children, and sorting node numbers sorts by position in the text.
//
// build() is one iterative pass (no recursion, so deep nesting cannot overflow the stack) that validates the whole
// text (RFC 8259, UTF-8 inside strings); it takes time in proportion to the size: run it off the GUI thread. The
// const functions are reentrant and may be called from several threads at once.
class JsonIndex final
{
public:
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    // Deeper nesting is refused with an error (the pass needs 8 bytes of heap a level, never stack).
    static constexpr int MaxDepth = 100'000;
    // Offsets and lengths are 32-bit.
    static constexpr qsizetype MaxBytes = qsizetype(std::numeric_limits<quint32>::max()) - 1;

    // Nothing, with the reason and its position in error, when the text is not valid JSON or cancel was set.
    static std::optional<JsonIndex> build(
        QByteArray json, QString *error = nullptr, const std::atomic<bool> *cancel = nullptr);
    // The same validation, indexing only the values at most indexedDepth levels below the root (0: the root alone);
    // a deeper container is one node without children. Finds a few top-level fields of a large text cheaply.
    static std::optional<JsonIndex> build(
        QByteArray json, int indexedDepth, QString *error = nullptr, const std::atomic<bool> *cancel = nullptr);

    JsonIndex(JsonIndex &&) noexcept = default;
    JsonIndex &operator=(JsonIndex &&) noexcept = default;
    JsonIndex(const JsonIndex &) = delete;
    JsonIndex &operator=(const JsonIndex &) = delete;
    ~JsonIndex() = default;

    [[nodiscard]] const QByteArray &json() const { return m_json; }
    [[nodiscard]] int nodeCount() const { return m_count; }
    [[nodiscard]] static constexpr int root() { return 0; }

    [[nodiscard]] Type type(int node) const;
    [[nodiscard]] bool isContainer(int node) const;
    [[nodiscard]] int childCount(int node) const;
    // -1 when i is out of range.
    [[nodiscard]] int child(int node, int i) const;
    // -1 for the root.
    [[nodiscard]] int parent(int node) const { return at(node).parent; }
    // The node's position among its parent's children (a binary search); 0 for the root.
    [[nodiscard]] int rowInParent(int node) const;

    // Object members have keys; array items and the root do not.
    [[nodiscard]] bool hasKey(int node) const;
    // The key decoded (escapes, \u surrogate pairs; a lone surrogate becomes U+FFFD); empty without one. With
    // maxChars >= 0 at most that many UTF-16 units.
    [[nodiscard]] QString key(int node, qsizetype maxChars = -1) const;
    // The key as written, quotes included; empty without one.
    [[nodiscard]] QByteArrayView rawKey(int node) const;
    // A string decoded, a number as written, true, false or null; empty for arrays and objects. With maxChars >= 0
    // at most that many UTF-16 units are decoded, so a long string is never decoded whole for a preview.
    [[nodiscard]] QString scalarText(int node, qsizetype maxChars = -1) const;
    // The exact JSON text of the value: a complete JSON document for any node.
    [[nodiscard]] QByteArrayView raw(int node) const;
    // raw() without the whitespace between tokens; with maxBytes >= 0 cut at most there (never inside a UTF-8
    // sequence), and then no longer valid JSON.
    [[nodiscard]] QByteArray compactJson(int node, qsizetype maxBytes = -1) const;
    // One line for a view: a scalar's text, or an array's or object's compact JSON, cut after maxChars with "…" and
    // line breaks and tabs shown as spaces.
    [[nodiscard]] QString preview(int node, qsizetype maxChars) const;
    // The key the same way.
    [[nodiscard]] QString keyPreview(int node, qsizetype maxChars) const;
    [[nodiscard]] qsizetype sizeBytes(int node) const { return at(node).length; }
    [[nodiscard]] qsizetype offset(int node) const { return at(node).offset; }
    // JSONPath: $.rows[12].owner; keys that are not identifiers in brackets, escaped as JSON strings: $["a b"].
    [[nodiscard]] QString path(int node) const;

    // What the index takes besides the JSON bytes.
    [[nodiscard]] qsizetype memoryBytes() const;

    // Valid JSON text without the whitespace between tokens; with maxBytes >= 0 cut at most there (never inside a
    // UTF-8 sequence), and then no longer valid JSON.
    static QByteArray compacted(QByteArrayView validJson, qsizetype maxBytes = -1);
    // The same handed to sink in pieces of about 64 KiB, never held whole; false as soon as sink returns false.
    static bool compacted(QByteArrayView validJson, const std::function<bool(QByteArrayView)> &sink);
    // Valid JSON text indented by four spaces a level ("key": value, one member or item a line, empty containers as
    // {} and []), handed to sink in pieces of about 64 KiB; false as soon as sink returns false. Levels past
    // MaxIndentLevels are not indented further, so that hostile nesting cannot make the text explode.
    static bool indented(QByteArrayView validJson, const std::function<bool(QByteArrayView)> &sink);
    static constexpr int MaxIndentLevels = 32;

    // Decodes the inside of a JSON string (no quotes) that build() validated, appending to out; stops once out holds
    // limit UTF-16 units (when limit >= 0), never between the two halves of a surrogate pair.
    static void decodeString(QByteArrayView inside, QString &out, qsizetype limit = -1);

private:
    struct Node
    {
        quint32 offset = 0;
        quint32 length = 0;
        qint32 parent = -1;
        // While building: the child count. After: where the children start in m_children (prefix sums).
        quint32 first = 0;
    };
    static_assert(sizeof(Node) == 16);
    static constexpr int BlockBits = 14;
    static constexpr int BlockSize = 1 << BlockBits;
    static constexpr int FirstBlockSize = 64;

    JsonIndex() = default;
    [[nodiscard]] const Node &at(int node) const { return m_blocks[node >> BlockBits][node & (BlockSize - 1)]; }
    Node &at(int node) { return m_blocks[node >> BlockBits][node & (BlockSize - 1)]; }
    int append(quint32 offset, int parent);
    void linkChildren();

    friend class JsonIndexBuilder;

    QByteArray m_json;
    // Fixed-size blocks past the first: growing copies at most one block, and the index never holds twice the nodes.
    std::vector<std::unique_ptr<Node[]>> m_blocks;
    int m_blockCapacity = 0; // of the last block: the first one grows from FirstBlockSize to BlockSize
    std::vector<qint32> m_children;
    int m_count = 0;
};
