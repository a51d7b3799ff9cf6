// SPDX-License-Identifier: MIT
#pragma once

// Header only: for widget tests, which link vezaui (the support library does not).
#include "clock.h"
#include "mainwindow.h"
#include "pollscheduler.h"
#include "simfixture.h"
#include "taskmonitor.h"

// The window on a monitor polling the simulator over loopback every second, shown; no store.
struct SimWindow
{
    SimFixture sim;
    TaskMonitor monitor{SystemClock::instance()};
    MainWindow window{&monitor, SystemClock::instance()};

    SimWindow()
    {
        monitor.scheduler()->setIntervalMs(1'000);
        monitor.setConnection(sim.connection());
        window.show();
    }
};
