// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>
#include <QThread>

class StatusNotifierWatcherService;

// A tray for tests: org.kde.StatusNotifierWatcher, the StatusNotifierItem protocol Qt's tray uses on Linux, on a bus
// connection of its own that says a tray host is there. It answers from a thread of its own, because Qt asks it
// with blocking calls from the GUI thread (the theme's isDBusTrayAvailable, QDBusMenuConnection).
class TestStatusNotifierWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestStatusNotifierWatcher)
public:
    TestStatusNotifierWatcher();
    ~TestStatusNotifierWatcher() override;

    // Registers the object and the service name; false when the name is taken. Returns once the bus has them.
    bool start();
    // Leaves the bus: from now on no tray is available.
    void stop();

    // The bus names of the items that called RegisterStatusNotifierItem, oldest first (the sender's unique name).
    [[nodiscard]] QStringList items() const { return m_items; }

Q_SIGNALS:
    void itemRegistered(const QString &service);

private:
    QThread m_thread;
    StatusNotifierWatcherService *m_service = nullptr;
    QStringList m_items;
};
