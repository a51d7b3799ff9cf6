// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

// After a large answer has been parsed and an older copy dropped, glibc keeps the freed pages in the worker
// threads' arenas: the process stays at its peak for good. Hands them back once the event loop is idle, at most
// once per burst of calls. A no-op elsewhere than glibc.
void trimFreedMemorySoon();

// Answers at least this large are worth a trim after them.
constexpr qint64 kTrimAfterBytes = 4LL * 1024 * 1024;
