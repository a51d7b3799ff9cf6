// SPDX-License-Identifier: MIT
// JsonIndex on any bytes (task results come from the server): no crash, a refusal says where, and an accepted
// document's structure holds together: every value's raw text and compact JSON index alone to the same subtree.
#include "fuzzcheck.h"
#include "jsonindex.h"
#include "jsonsearch.h"

#include <QString>

#include <cstddef>
#include <cstdint>

namespace {

// Nodes are in document order: a subtree is the node and the ones after it that start before it ends.
int subtreeSize(const JsonIndex &index, int node)
{
    const qsizetype end = index.offset(node) + index.sizeBytes(node);
    int last = node + 1;
    while (last < index.nodeCount() && index.offset(last) < end)
        ++last;
    return last - node;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<JsonIndex> index = JsonIndex::build(json, &error);
    // Indexing less validates the same.
    FUZZ_CHECK(JsonIndex::build(json, 1).has_value() == index.has_value());
    if (!index) {
        FUZZ_CHECK(error.contains(QStringLiteral("(byte ")));
        return 0;
    }
    FUZZ_CHECK(index->nodeCount() > 0);
    // Compacted and indented, the text is the same document: the same values, and no spacing left when compacted.
    const QByteArray compactText = JsonIndex::compacted(json);
    FUZZ_CHECK(JsonIndex::compacted(compactText) == compactText); // nothing left to take out
    const std::optional<JsonIndex> compactIndex = JsonIndex::build(compactText);
    FUZZ_CHECK(compactIndex && compactIndex->nodeCount() == index->nodeCount());
    QByteArray pretty;
    JsonIndex::indented(json, [&pretty](QByteArrayView piece) {
        pretty.append(piece);
        return true;
    });
    const std::optional<JsonIndex> prettyIndex = JsonIndex::build(pretty);
    FUZZ_CHECK(prettyIndex && prettyIndex->nodeCount() == index->nodeCount());
    FUZZ_CHECK(JsonIndex::compacted(pretty) == compactText);
    // The first hundred values (a search the first sixteen): enough for small inputs, bounded for large ones.
    const int checked = std::min(index->nodeCount(), 100);
    for (int node = 0; node < checked; ++node) {
        const int parent = index->parent(node);
        FUZZ_CHECK(parent < node);
        if (parent >= 0)
            FUZZ_CHECK(index->child(parent, index->rowInParent(node)) == node);
        FUZZ_CHECK(index->isContainer(node) || index->childCount(node) == 0);
        const int subtree = subtreeSize(*index, node);
        const std::optional<JsonIndex> alone = JsonIndex::build(index->raw(node).toByteArray());
        FUZZ_CHECK(alone && alone->nodeCount() == subtree);
        const std::optional<JsonIndex> compact = JsonIndex::build(index->compactJson(node));
        FUZZ_CHECK(compact && compact->nodeCount() == subtree);
        FUZZ_CHECK(index->preview(node, 20).size() <= 21);
        FUZZ_CHECK(index->hasKey(node) == (index->rawKey(node).size() >= 2));
        FUZZ_CHECK(index->path(node).startsWith(u'$'));
        // A key or string searched for is found in its own node.
        const QString text = index->hasKey(node) ? index->key(node) : index->scalarText(node, 8);
        if (node < 16 && !text.isEmpty())
            FUZZ_CHECK(searchJson(*index, text, Qt::CaseSensitive, nullptr, 0).contains(node));
    }
    return 0;
}
