// SPDX-License-Identifier: MIT
#include "notificationsettingsdialog.h"

#include "notificationsettings.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

NotificationSettingsDialog::NotificationSettingsDialog(NotificationSettings *settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("notificationSettingsDialog"));
    setWindowTitle(tr("Notification Settings"));
    using Outcome = NotificationSettings::Outcome;
    auto *outcomes = new QGroupBox(tr("Notify on the desktop when"), this);
    auto *outcomeLayout = new QVBoxLayout(outcomes);
    const std::pair<Outcome, QString> rows[] = {
        {Outcome::Succeeded, tr("a task succeeds")},
        {Outcome::Failed, tr("a task fails")},
        {Outcome::Canceled, tr("a task is canceled")},
        {Outcome::NotFound, tr("a task is not found")},
        {Outcome::StoppedWatching, tr("a task is no longer watched")},
        {Outcome::Connection, tr("a connection has a problem, and when it recovers")},
    };
    for (const auto &[outcome, text] : rows) {
        auto *box = new QCheckBox(text, outcomes);
        box->setObjectName(QStringLiteral("outcome%1").arg(int(outcome)));
        box->setChecked(settings->isEnabled(outcome));
        connect(box, &QCheckBox::toggled, settings,
            [settings, outcome = outcome](bool on) { settings->setEnabled(outcome, on); });
        outcomeLayout->addWidget(box);
    }
    auto *note = new QLabel(tr("Completions within two seconds are shown as one notification. Muted tasks and Do Not "
                               "Disturb silence the desktop; the Notifications tab always lists everything."),
        this);
    note->setWordWrap(true);

    auto *tray = new QCheckBox(tr("Show an icon in the system tray; closing the window then keeps watching"), this);
    tray->setObjectName(QStringLiteral("trayCheckBox"));
    tray->setChecked(settings->trayEnabled());
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        tray->setEnabled(false);
        tray->setToolTip(tr("This desktop has no system tray."));
    }
    connect(tray, &QCheckBox::toggled, settings, &NotificationSettings::setTrayEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(outcomes);
    layout->addWidget(note);
    layout->addWidget(tray);
    layout->addWidget(buttons);
}
