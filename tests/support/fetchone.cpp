// SPDX-License-Identifier: MIT
#include "fetchone.h"

#include "vezaclient.h"

#include <QSignalSpy>

FetchResult fetchOne(VezaClient &client, const QString &id, int timeoutMs)
{
    QSignalSpy spy(&client, &TaskFetcher::finished);
    client.fetch(id);
    if (!spy.wait(timeoutMs) || spy.size() != 1)
        return {};
    return spy.takeFirst().at(0).value<FetchResult>();
}
