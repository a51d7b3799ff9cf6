// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QSet>

class QSettings;

// What the user wants notified (issue #13): each outcome on or off, muted tasks, do not disturb, the tray.
// Read from and written to the given QSettings (none: kept in memory, for tests); changed() after every change.
class NotificationSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationSettings)
public:
    enum class Outcome { Succeeded, Failed, Canceled, NotFound, StoppedWatching, Connection };
    Q_ENUM(Outcome)
    enum class DoNotDisturb { Off, On, Until };
    Q_ENUM(DoNotDisturb)

    // Muted task ids kept at most; the oldest go first.
    static constexpr int MaxMuted = 10'000;

    explicit NotificationSettings(QSettings *settings = nullptr, QObject *parent = nullptr);

    [[nodiscard]] bool isEnabled(Outcome outcome) const;
    void setEnabled(Outcome outcome, bool enabled);
    // Default on for failed and succeeded tasks and for connection problems.
    static bool enabledByDefault(Outcome outcome);

    [[nodiscard]] bool isMuted(const QString &taskId) const { return m_muted.contains(taskId); }
    void setMuted(const QStringList &taskIds, bool muted);
    [[nodiscard]] QStringList mutedIds() const { return m_mutedOrder; }

    [[nodiscard]] DoNotDisturb doNotDisturb() const { return m_dnd; }
    [[nodiscard]] qint64 doNotDisturbUntilMs() const { return m_dndUntilMs; }
    // Off, on until turned off, or until a time (ms since the epoch).
    void setDoNotDisturb(DoNotDisturb mode, qint64 untilMs = 0);
    // Quiet at this moment.
    [[nodiscard]] bool isQuiet(qint64 nowMs) const;

    [[nodiscard]] bool trayEnabled() const { return m_tray; }
    void setTrayEnabled(bool enabled);

Q_SIGNALS:
    void changed();

private:
    void save();
    static QString key(Outcome outcome);

    QSettings *m_settings;
    QHash<Outcome, bool> m_enabled;
    QSet<QString> m_muted;
    QStringList m_mutedOrder;
    DoNotDisturb m_dnd = DoNotDisturb::Off;
    qint64 m_dndUntilMs = 0;
    bool m_tray = true;
};
