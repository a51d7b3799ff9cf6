// SPDX-License-Identifier: MIT
#pragma once

// Keeps the API key held in memory out of core files: no core dump, and no ptrace or /proc/PID/mem reading by
// other processes of the same user (as KeePassXC's Bootstrap::disableCoreDumps does). Call first thing in main().
// Returns false when the system refused (then a core file could still be written).
bool disableCoreDumps();
