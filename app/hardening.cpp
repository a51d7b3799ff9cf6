// SPDX-License-Identifier: MIT
#include "hardening.h"

#include "logging.h"

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

bool disableCoreDumps()
{
    bool ok = true;
#if defined(Q_OS_UNIX)
    const rlimit none{0, 0};
    ok = setrlimit(RLIMIT_CORE, &none) == 0;
#endif
#if defined(Q_OS_LINUX)
    // Also covers a core_pattern that pipes to a handler, which RLIMIT_CORE does not stop.
    ok = prctl(PR_SET_DUMPABLE, 0) == 0 && ok;
#endif
    if (!ok)
        qCWarning(lcClient) << "could not disable core dumps; a crash could write the API key to disk";
    return ok;
}
