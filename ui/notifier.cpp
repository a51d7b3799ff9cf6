// SPDX-License-Identifier: MIT
#include "notifier.h"

#include "clock.h"
#include "notificationcenter.h"
#include "notificationsettings.h"
#include "notificationsettingsdialog.h"
#include "taskmonitor.h"
#include "taskoutcome.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDateTime>
#include <QLocale>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QSystemTrayIcon>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kCloseHintShown = u"notifications/closeHintShown"_s;

// The tray's picture: a shape and a colour per state, so that it reads without colour vision too.
QIcon stateIcon(int worst)
{
    QIcon icon;
    for (const int size : {16, 22, 32, 48}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        const QRectF box(size * 0.08, size * 0.08, size * 0.84, size * 0.84);
        if (worst == 2) { // a failure: red triangle
            QPainterPath triangle;
            triangle.moveTo(box.center().x(), box.top());
            triangle.lineTo(box.bottomRight());
            triangle.lineTo(box.bottomLeft());
            triangle.closeSubpath();
            painter.setBrush(QColor(0xc6, 0x28, 0x28));
            painter.drawPath(triangle);
        } else if (worst == 1) { // running: blue circle
            painter.setBrush(QColor(0x1e, 0x63, 0xb8));
            painter.drawEllipse(box);
        } else { // all done: green rounded square
            painter.setBrush(QColor(0x2e, 0x7d, 0x32));
            painter.drawRoundedRect(box, size * 0.2, size * 0.2);
        }
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace

Notifier::Notifier(TaskMonitor *monitor, QWidget *window)
    : QObject(window)
    , m_monitor(monitor)
    , m_window(window)
    , m_settings(std::make_unique<NotificationSettings>(&m_qsettings))
{
    m_desktop = new DesktopNotifier(QDBusConnection::sessionBus(), this);
    m_desktop->setAppName(QApplication::applicationDisplayName());
    m_center = new NotificationCenter(m_monitor, m_desktop, m_settings.get(), SystemClock::instance(), this);
    connect(m_center, &NotificationCenter::fallbackRequested, this, &Notifier::onFallback);
    connect(m_center, &NotificationCenter::tasksActivated, this, &Notifier::tasksActivated);
    connect(this, &Notifier::tasksActivated, this, &Notifier::showWindowRequested);
    connect(m_center, &NotificationCenter::showWindowRequested, this, &Notifier::showWindowRequested);
    connect(m_center, &NotificationCenter::copyIdRequested, this,
        [](const QString &id) { QGuiApplication::clipboard()->setText(id); });
    connect(m_center, &NotificationCenter::alertRequested, this, [this] {
        if (m_window && !m_window->isActiveWindow())
            QApplication::alert(m_window);
    });

    m_settingsAction = new QAction(tr("Notification Settings…"), this);
    m_settingsAction->setObjectName(QStringLiteral("notificationSettingsAction"));
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        auto *dialog = new NotificationSettingsDialog(m_settings.get(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_muteAction = new QAction(tr("Mute Notifications"), this);
    m_muteAction->setObjectName(QStringLiteral("muteNotificationsAction"));
    m_muteAction->setCheckable(true);
    m_muteAction->setToolTip(
        tr("No desktop notification for the selected tasks; the Notifications tab still lists them"));
    m_muteAction->setEnabled(false);
    connect(m_muteAction, &QAction::triggered, this, [this](bool muted) { m_settings->setMuted(m_selection, muted); });

    // The worst state is worked out at most a few times a second, however many answers arrive.
    m_stateTimer.setSingleShot(true);
    m_stateTimer.setInterval(250);
    connect(&m_stateTimer, &QTimer::timeout, this, &Notifier::updateState);
    const auto schedule = [this] {
        if (!m_stateTimer.isActive())
            m_stateTimer.start();
    };
    TaskTableModel *model = m_monitor->model();
    connect(model, &QAbstractItemModel::rowsInserted, this, schedule);
    connect(model, &QAbstractItemModel::rowsRemoved, this, schedule);
    connect(model, &QAbstractItemModel::modelReset, this, schedule);
    connect(model, &QAbstractItemModel::dataChanged, this, schedule);
    connect(m_settings.get(), &NotificationSettings::changed, this, &Notifier::updateTray);
    if (m_window)
        m_window->installEventFilter(this);
    updateState();
    updateTray();
}

// The tray icon goes before its menu, which would otherwise be destroyed first; quitting is Qt's again.
Notifier::~Notifier()
{
    delete m_tray;
    QApplication::setQuitOnLastWindowClosed(true);
}

void Notifier::updateTray()
{
    const bool wanted = m_settings->trayEnabled() && QSystemTrayIcon::isSystemTrayAvailable();
    if (wanted == (m_tray != nullptr))
        return;
    if (!wanted) {
        delete m_tray;
        m_tray = nullptr;
        m_menu.reset();
        QApplication::setQuitOnLastWindowClosed(true);
        return;
    }
    m_menu = std::make_unique<QMenu>();
    QAction *showAction = m_menu->addAction(tr("Show Window"));
    connect(showAction, &QAction::triggered, this, &Notifier::showWindowRequested);
    m_pauseAction = m_menu->addAction(tr("Pause All", "tray menu"));
    m_pauseAction->setCheckable(true);
    m_pauseAction->setChecked(m_monitor->isPaused());
    connect(m_pauseAction, &QAction::toggled, m_monitor, &TaskMonitor::setPaused);
    connect(m_monitor, &TaskMonitor::pausedChanged, m_pauseAction, &QAction::setChecked);
    m_menu->addMenu(createDoNotDisturbMenu(m_menu.get()));
    m_menu->addAction(m_settingsAction);
    m_menu->addSeparator();
    QAction *quitAction = m_menu->addAction(tr("Quit", "tray menu"));
    connect(quitAction, &QAction::triggered, this, &Notifier::quit, Qt::QueuedConnection);

    m_tray = new QSystemTrayIcon(stateIcon(m_worst), this);
    m_tray->setToolTip(m_toolTip);
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT showWindowRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_balloonTaskIds.isEmpty())
            Q_EMIT showWindowRequested();
        else
            Q_EMIT tasksActivated(m_balloonTaskIds);
    });
    m_tray->show();
    // With the tray on, closing the window hides it and polling goes on (a tray is never the only way back:
    // starting the app again raises the window).
    QApplication::setQuitOnLastWindowClosed(false);
}

QMenu *Notifier::createDoNotDisturbMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("Do Not Disturb"), parent);
    auto *group = new QActionGroup(menu);
    QAction *off = menu->addAction(tr("Off", "do not disturb"));
    QAction *on = menu->addAction(tr("On", "do not disturb"));
    QAction *hour = menu->addAction(tr("For One Hour"));
    QAction *morning = menu->addAction(tr("Until Tomorrow Morning"));
    for (QAction *action : {off, on, hour, morning}) {
        action->setCheckable(true);
        group->addAction(action);
    }
    const auto sync = [this, off, on, hour, morning] {
        const bool quiet = m_settings->isQuiet(SystemClock::instance()->nowMs());
        const auto mode = m_settings->doNotDisturb();
        off->setChecked(!quiet);
        on->setChecked(quiet && mode == NotificationSettings::DoNotDisturb::On);
        const bool until = quiet && mode == NotificationSettings::DoNotDisturb::Until;
        hour->setChecked(until);
        morning->setChecked(false);
        hour->setText(until
                ? tr("Until %1")
                      .arg(QLocale().toString(
                          QDateTime::fromMSecsSinceEpoch(m_settings->doNotDisturbUntilMs()), QLocale::ShortFormat))
                : tr("For One Hour"));
    };
    connect(menu, &QMenu::aboutToShow, menu, sync);
    connect(m_settings.get(), &NotificationSettings::changed, menu, sync);
    connect(off, &QAction::triggered, menu,
        [this] { m_settings->setDoNotDisturb(NotificationSettings::DoNotDisturb::Off); });
    connect(
        on, &QAction::triggered, menu, [this] { m_settings->setDoNotDisturb(NotificationSettings::DoNotDisturb::On); });
    connect(hour, &QAction::triggered, menu, [this] {
        m_settings->setDoNotDisturb(
            NotificationSettings::DoNotDisturb::Until, SystemClock::instance()->nowMs() + 3'600'000);
    });
    connect(morning, &QAction::triggered, menu, [this] {
        const QDateTime tomorrow(QDate::currentDate().addDays(1), QTime(8, 0));
        m_settings->setDoNotDisturb(NotificationSettings::DoNotDisturb::Until, tomorrow.toMSecsSinceEpoch());
    });
    sync();
    return menu;
}

void Notifier::setSelection(const QStringList &taskIds)
{
    m_selection = taskIds;
    m_muteAction->setEnabled(!taskIds.isEmpty());
    m_muteAction->setChecked(!taskIds.isEmpty()
        && std::all_of(
            taskIds.cbegin(), taskIds.cend(), [this](const QString &id) { return m_settings->isMuted(id); }));
}

void Notifier::quit()
{
    m_quitting = true;
    if (m_window)
        m_window->close(); // the window saves its layout as it closes
    QCoreApplication::quit();
}

void Notifier::onFallback(const DesktopNotice &notice)
{
    if (!m_tray)
        return; // the in-app list has it already
    m_balloonTaskIds = notice.taskIds;
    const auto icon
        = notice.urgency == DesktopNotice::Urgency::Critical ? QSystemTrayIcon::Critical : QSystemTrayIcon::Information;
    m_tray->showMessage(notice.summary, notice.body, icon);
}

void Notifier::updateState()
{
    const TaskTableModel *model = m_monitor->model();
    int failed = 0;
    int running = 0;
    int done = 0;
    const QStringList ids = model->ids();
    for (const QString &id : ids) {
        const TrackedTask *task = model->task(id);
        if (!task || task->archivedAtMs > 0)
            continue;
        // The table's own outcome: the tray never tells a row differently from its icon.
        switch (outcomeSeverity(taskOutcome(*task))) {
        case OutcomeSeverity::Done:
            ++done;
            break;
        case OutcomeSeverity::Going:
            ++running;
            break;
        case OutcomeSeverity::NeedsLook:
            ++failed; // failed, not found, stopped or of an unknown outcome: needs a look
            break;
        }
    }
    m_worst = failed > 0 ? 2 : running > 0 ? 1 : 0;
    m_toolTip = QApplication::applicationDisplayName() % QLatin1Char('\n')
        % tr("%1 running, %2 failed or stopped, %3 done").arg(running).arg(failed).arg(done);
    if (m_tray) {
        m_tray->setIcon(stateIcon(m_worst));
        m_tray->setToolTip(m_toolTip);
    }
}

bool Notifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::Close && !m_quitting && m_tray && m_tray->isVisible()) {
        // Hidden, not closed: polling goes on, and the tray brings it back.
        event->ignore();
        m_window->hide();
        if (!m_qsettings.value(kCloseHintShown, false).toBool()) {
            m_qsettings.setValue(kCloseHintShown, true);
            showCloseHint();
        }
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void Notifier::showCloseHint()
{
    DesktopNotice hint;
    hint.summary = QApplication::applicationDisplayName();
    hint.body = tr("Still running in the tray, watching your tasks. Quit from the tray menu.");
    hint.urgency = DesktopNotice::Urgency::Low;
    // The app's own notification, whose Show brings the window back; a balloon clicked shows the window only.
    if (m_desktop->notify(hint))
        return;
    m_balloonTaskIds.clear();
    m_tray->showMessage(hint.summary, hint.body, QSystemTrayIcon::Information);
}
