// SPDX-License-Identifier: MIT
#pragma once

// Header only: for widget tests, which link vezaui (the support library does not).
#include "mainwindow.h"
#include "taskmonitor.h"
#include "taskstore.h"

#include <QSignalSpy>

// One run of the app as main() wires it: a task store, the monitor on the given clock, the window.
struct AppSession
{
    TaskStore store;
    TaskMonitor monitor;
    MainWindow window;

    // Returns once the store has answered (its tasks are in the model), with the window shown.
    AppSession(const Clock *clock, const QString &storePath, const Connection &connection)
        : monitor(clock)
        , window(&monitor, clock)
    {
        monitor.setConnection(connection);
        monitor.setStore(&store);
        QSignalSpy opened(&monitor, &TaskMonitor::storeOpened);
        store.open(storePath);
        opened.wait(10'000);
        window.show();
    }
};
