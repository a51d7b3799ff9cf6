// SPDX-License-Identifier: MIT
#include "connectionstatus.h"

#include "connectionmanager.h"
#include "connectionsdialog.h"
#include "taskmonitor.h"
#include "taskstore.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPalette>
#include <QPushButton>

namespace {

// A banner's frame in the tooltip colours, with its label (plain text, selectable) and a button on the right.
QFrame *bannerFrame(const QString &objectName, QLabel *label, QPushButton *button, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::ToolTipBase));
    palette.setColor(QPalette::WindowText, palette.color(QPalette::ToolTipText));
    frame->setPalette(palette);
    label->setParent(frame);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    button->setParent(frame);
    auto *layout = new QHBoxLayout(frame);
    layout->addWidget(label, 1);
    layout->addWidget(button);
    frame->hide();
    return frame;
}

} // namespace

ConnectionStatus::ConnectionStatus(TaskMonitor *monitor, QMainWindow *window)
    : QObject(window)
    , m_monitor(monitor)
    , m_window(window)
{
    setObjectName(QStringLiteral("connectionStatus"));
    // Shown when polling cannot go on without the user: no connection yet, or the key was refused.
    m_bannerLabel = new QLabel;
    m_bannerLabel->setObjectName(QStringLiteral("bannerLabel"));
    m_bannerButton = new QPushButton(tr("Connections…", "banner button"));
    m_bannerButton->setObjectName(QStringLiteral("bannerButton"));
    m_bannerLabel->setAccessibleName(tr("Connection problem"));
    m_bannerButton->setAccessibleDescription(tr("Opens what fixes the connection problem"));
    m_banner = bannerFrame(QStringLiteral("connectionBanner"), m_bannerLabel, m_bannerButton, window);
    connect(m_bannerButton, &QPushButton::clicked, this, [this] {
        if (m_monitor->connectionState(m_bannerConnectionId) == TaskMonitor::ConnectionState::CertificateRefused)
            Q_EMIT certificateRequested(m_bannerConnectionId);
        else
            Q_EMIT connectionsRequested(m_bannerConnectionId);
    });

    // The task list's own trouble (moved aside, read-only, unavailable): said once, until dismissed.
    m_storeBannerLabel = new QLabel;
    m_storeBannerLabel->setObjectName(QStringLiteral("storeBannerLabel"));
    m_storeBannerLabel->setAccessibleName(tr("Task list problem"));
    auto *dismiss = new QPushButton(tr("Dismiss", "banner button"));
    m_storeBanner = bannerFrame(QStringLiteral("storeBanner"), m_storeBannerLabel, dismiss, window);
    connect(dismiss, &QPushButton::clicked, m_storeBanner, &QWidget::hide);
    connect(m_monitor, &TaskMonitor::storeOpened, this, [this](const StoreStatus &status) {
        m_storeBannerLabel->setText(status.message);
        m_storeBanner->setVisible(!status.message.isEmpty());
    });
    connect(m_monitor, &TaskMonitor::storeWriteFailed, this, [this](const QString &message) {
        m_storeBannerLabel->setText(message);
        m_storeBanner->show();
    });

    // Status bar labels may shrink below their text instead of forcing a minimum window width.
    m_label = new QLabel(window);
    m_label->setObjectName(QStringLiteral("connectionLabel"));
    m_label->setAccessibleName(tr("Connection status"));
    m_label->setTextFormat(Qt::PlainText);
    m_label->setMinimumWidth(40);

    connect(m_monitor, &TaskMonitor::connectionStateChanged, this, &ConnectionStatus::update);
    connect(m_monitor, &TaskMonitor::connectionsChanged, this, &ConnectionStatus::update);
}

void ConnectionStatus::setConnectionManager(ConnectionManager *manager)
{
    m_manager = manager;
    connect(manager, &ConnectionManager::keyStateChanged, this, &ConnectionStatus::update);
    connect(manager, &ConnectionManager::keychainUnavailable, this, [this](const QString &message) {
        m_keychainMessage = message;
        update();
    });
    connect(manager, &ConnectionManager::keySaved, this, [this] {
        m_keychainMessage.clear(); // a keychain answers after all
        update();
    });
    connect(manager, &ConnectionManager::keyNotSaved, this, &ConnectionStatus::onKeyNotSaved);
    update();
}

void ConnectionStatus::update()
{
    using State = TaskMonitor::ConnectionState;
    const QStringList ids = m_monitor->connectionIds();
    const auto hostOf = [](const QUrl &url) {
        return url.port() > 0 ? QString(url.host() % QLatin1Char(':') % QString::number(url.port())) : url.host();
    };
    // The status bar: the one connection as before; with several, how many answer and the first one that does not.
    // What is wrong with a connection, naming it when there are several.
    const auto problemOf = [this, &ids](const QString &id) {
        const QString name = m_monitor->connectionName(id);
        const QString message = m_monitor->connectionState(id) == State::NotConfigured && ids.size() > 1
            ? tr("no API key; enter it in Connections.")
            : m_monitor->connectionMessage(id);
        if (ids.size() < 2 || message.isEmpty() || message.startsWith(name % QStringLiteral(": ")))
            return message;
        return QString(name % QStringLiteral(": ") % message);
    };
    QStringList tooltip;
    QString trouble;
    int working = 0;
    for (const QString &id : ids) {
        const QString problem = problemOf(id);
        const bool ok = m_monitor->connectionState(id) == State::Ok && problem.isEmpty();
        working += ok ? 1 : 0;
        if (!ok && trouble.isEmpty())
            trouble = problem;
        tooltip << QString(m_monitor->connectionName(id) % QStringLiteral(" — ")
            % m_monitor->connection(id).baseUrl.toDisplayString() % QStringLiteral(" — ")
            % (ok ? tr("polling") : problem));
    }
    QString text;
    if (ids.isEmpty())
        text = tr("Not connected");
    else if (ids.size() == 1 && working == 1)
        text = tr("Connected to %1").arg(hostOf(m_monitor->connection(ids.constFirst()).baseUrl));
    else if (ids.size() == 1)
        text = QStringLiteral("⚠ ") % trouble;
    else if (working == ids.size())
        text = tr("%n connection(s) polling", nullptr, int(ids.size()));
    else
        text = QStringLiteral("⚠ ")
            % tr("%1 of %n connection(s) polling · %2", nullptr, int(ids.size())).arg(working).arg(trouble);
    m_label->setText(text);
    m_label->setToolTip(tooltip.isEmpty() ? text : tooltip.join(QLatin1Char('\n')));

    // The banner: what needs the user (a refused key or certificate, a connection without its key), naming each.
    QStringList problems;
    m_bannerConnectionId.clear();
    State first = State::Ok;
    for (const QString &id : ids) {
        const State state = m_monitor->connectionState(id);
        if (state != State::AuthFailed && state != State::CertificateRefused && state != State::NotConfigured)
            continue;
        if (state == State::NotConfigured && m_manager && m_manager->isStarting(id))
            continue; // its key or CA file is still to come: not a problem to show
        problems << problemOf(id);
        if (m_bannerConnectionId.isEmpty()) {
            m_bannerConnectionId = id;
            first = state;
        }
    }
    if (ids.isEmpty())
        problems << tr("Not connected: add your Veza tenant's address and API key in Connections.");
    if (!m_keychainMessage.isEmpty())
        problems << m_keychainMessage;
    m_bannerLabel->setText(problems.join(QLatin1Char('\n')));
    m_bannerButton->setText(first == State::CertificateRefused ? tr("Show Certificate…", "banner button")
                                                               : tr("Connections…", "banner button"));
    m_banner->setVisible(!problems.isEmpty());

    const QString current = ids.size() == 1 ? hostOf(m_monitor->connection(ids.constFirst()).baseUrl) : QString();
    const QString title = current.isEmpty() ? tr("Veza Task Monitor") : tr("%1 — Veza Task Monitor").arg(current);
    m_window->setWindowTitle(m_showingArchive ? tr("Archive — %1", "window title").arg(title) : title);
}

void ConnectionStatus::setShowingArchive(bool archive)
{
    m_showingArchive = archive;
    update();
}

void ConnectionStatus::onKeyNotSaved(
    const QString &id, const QString &key, const QString &proxyPassword, const QString &message)
{
    // The open dialog asks about the saves it made itself; this is for a save whose dialog was closed meanwhile.
    if (auto *dialog = m_window->findChild<ConnectionsDialog *>(); dialog && dialog->isVisible())
        return;
    // Never a plain-text fallback: the user chooses to use the key for this session only, or not at all.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Key Not Saved"),
        tr("The API key of “%1” could not be saved in the system keychain.").arg(m_monitor->connectionName(id)),
        QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("keyNotSavedBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(message);
    QPushButton *session = box->addButton(tr("Use for This Session Only"), QMessageBox::AcceptRole);
    session->setObjectName(QStringLiteral("sessionOnlyButton"));
    connect(session, &QPushButton::clicked, this, [this, id, key, proxyPassword] {
        if (m_manager)
            m_manager->useKeyForSession(id, key, proxyPassword);
    });
    box->open();
}
