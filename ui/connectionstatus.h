// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class ConnectionManager;
class QFrame;
class QLabel;
class QMainWindow;
class QPushButton;
class QWidget;
class TaskMonitor;

// What the window says about its connections and its task list: the banner when polling needs the user (no
// connection, a refused key or certificate, no keychain), the task store's banner, the status bar's connection
// field and the window title; and the question when a key could not be saved in the keychain.
class ConnectionStatus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStatus)
public:
    // The widgets are the window's; it places them.
    ConnectionStatus(TaskMonitor *monitor, QMainWindow *window);

    [[nodiscard]] QFrame *connectionBanner() const { return m_banner; }
    [[nodiscard]] QFrame *storeBanner() const { return m_storeBanner; }
    [[nodiscard]] QLabel *statusLabel() const { return m_label; }
    // Keys are saved through it: its keychain's answers are shown too.
    void setConnectionManager(ConnectionManager *manager);
    void update();
    // The archive shown instead of the watched tasks: the title says so, beside the connection.
    void setShowingArchive(bool archive);

Q_SIGNALS:
    // The banner's button: the connections dialog at this connection, or its refused certificate.
    void connectionsRequested(const QString &connectionId);
    void certificateRequested(const QString &connectionId);

private:
    void onKeyNotSaved(const QString &id, const QString &key, const QString &proxyPassword, const QString &message);

    TaskMonitor *m_monitor;
    QMainWindow *m_window;
    QPointer<ConnectionManager> m_manager;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerLabel = nullptr;
    QPushButton *m_bannerButton = nullptr;
    QString m_bannerConnectionId; // the connection the banner's button acts on
    QString m_keychainMessage; // no keychain answered: said in the banner until a key is saved
    QFrame *m_storeBanner = nullptr;
    QLabel *m_storeBannerLabel = nullptr;
    QLabel *m_label = nullptr;
    bool m_showingArchive = false;
};
