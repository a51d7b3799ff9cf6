// SPDX-License-Identifier: MIT
#pragma once

#include "jsonindex.h"

#include <memory>

// The index of JSON text a test wrote itself; the test stops with the reason when the text is not valid.
JsonIndex buildJsonIndex(const QByteArray &json);
// The same, shared, as the models take it.
std::shared_ptr<const JsonIndex> indexJson(const QByteArray &json);
