// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class NotificationSettings;

// What is notified: each outcome on or off, connection problems, the tray icon. Changes apply at once.
class NotificationSettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationSettingsDialog)
public:
    NotificationSettingsDialog(NotificationSettings *settings, QWidget *parent = nullptr);
};
