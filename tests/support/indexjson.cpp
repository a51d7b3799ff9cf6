// SPDX-License-Identifier: MIT
#include "indexjson.h"

#include <QtGlobal>

JsonIndex buildJsonIndex(const QByteArray &json)
{
    QString error;
    std::optional<JsonIndex> index = JsonIndex::build(json, &error);
    if (!index)
        qFatal("not indexed: %s", qPrintable(error));
    return std::move(*index);
}

std::shared_ptr<const JsonIndex> indexJson(const QByteArray &json)
{
    return std::make_shared<const JsonIndex>(buildJsonIndex(json));
}
