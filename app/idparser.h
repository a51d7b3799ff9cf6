// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// Task ids from a paste, as a plain list: IdExtractor::extract (idextractor.h) without where each id was found.
// "rejected" holds what the extractor left out as unusable (invalid ids, id-like words in prose).
struct IdParseResult
{
    QStringList ids;
    QStringList rejected; // candidates left out as no task id

    [[nodiscard]] QString rejectionMessage() const;
};

namespace IdParser {

constexpr int MaxIdLength = 256;

IdParseResult parse(const QString &text);
// Empty when the id is usable, else why not.
QString validate(const QString &id);

} // namespace IdParser
