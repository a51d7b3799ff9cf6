// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// Task ids from a paste, de-duplicated in order:
// - a pasted API answer (JSON, also inside curl -i output): its task id, job_id or id, or those of an array;
// - text with UUIDs in it (log lines, tables, prose): the UUIDs; other id-like words are reported as skipped;
// - otherwise every token separated by whitespace, commas, semicolons or newlines (ids of any form);
// - a task URL (…/async_tasks/{id}) gives its decoded id segment.
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
