// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// Task ids from a paste: a pasted API answer (JSON), else tokens separated by whitespace, commas, semicolons or
// newlines; de-duplicated in order.
struct IdParseResult
{
    QStringList ids;
    QStringList rejected; // tokens that cannot be a task id (control characters, too long)

    [[nodiscard]] QString rejectionMessage() const;
};

namespace IdParser {

constexpr int MaxIdLength = 256;

IdParseResult parse(const QString &text);
// Empty when the id is usable, else why not.
QString validate(const QString &id);

} // namespace IdParser
