// SPDX-License-Identifier: MIT
#pragma once

#include <QTest>

// main() of a test program that ctest runs twice: in a keyring of its own (scripts/with-keyring), and with
// VEZA_KEYSTORE_BUS=bare on a bus that has no Secret Service (tests/data/dbus-bare-session.conf).
template <typename Application, typename OnKeyring, typename OnBareBus>
int runOnEitherBus(int argc, char *argv[])
{
    Application app(argc, argv);
    if (qEnvironmentVariable("VEZA_KEYSTORE_BUS") == QLatin1String("bare")) {
        OnBareBus test;
        return QTest::qExec(&test, argc, argv);
    }
    OnKeyring test;
    return QTest::qExec(&test, argc, argv);
}
