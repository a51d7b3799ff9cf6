// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

// The user guide as installed with the app (docs/user-guide.md); read from disk only, never from the network.
namespace UserGuide {

// Where the guide may be: beside the binary (a relocated install), then the install prefix it was built for.
[[nodiscard]] QStringList searchDirs();
// The guide in the first of dirs that holds one; empty when none does.
[[nodiscard]] QString find(const QStringList &dirs);

} // namespace UserGuide
