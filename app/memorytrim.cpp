// SPDX-License-Identifier: MIT
#include "memorytrim.h"

#include <QCoreApplication>
#include <QTimer>

#include <atomic>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace {
std::atomic_bool g_trimPending = false;
} // namespace

void trimFreedMemorySoon()
{
#if defined(__GLIBC__)
    if (!QCoreApplication::instance() || g_trimPending.exchange(true))
        return;
    // Later than the slots the answer goes through, so the copy it replaced is already gone.
    QTimer::singleShot(250, QCoreApplication::instance(), [] {
        g_trimPending = false;
        malloc_trim(0);
    });
#endif
}
