// SPDX-License-Identifier: MIT
#include "notificationsettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString kMuted = u"notifications/muted"_s;
const QString kDnd = u"notifications/doNotDisturb"_s;
const QString kDndUntil = u"notifications/doNotDisturbUntil"_s;
const QString kTray = u"notifications/tray"_s;

constexpr NotificationSettings::Outcome kOutcomes[]
    = {NotificationSettings::Outcome::Succeeded, NotificationSettings::Outcome::Failed,
        NotificationSettings::Outcome::Canceled, NotificationSettings::Outcome::NotFound,
        NotificationSettings::Outcome::StoppedWatching, NotificationSettings::Outcome::Connection};

} // namespace

NotificationSettings::NotificationSettings(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    for (const Outcome outcome : kOutcomes)
        m_enabled.insert(outcome,
            m_settings ? m_settings->value(key(outcome), enabledByDefault(outcome)).toBool()
                       : enabledByDefault(outcome));
    if (!m_settings)
        return;
    const QStringList muted = m_settings->value(kMuted).toStringList();
    for (const QString &id : muted.mid(std::max<qsizetype>(0, muted.size() - MaxMuted))) {
        if (!m_muted.contains(id)) {
            m_muted.insert(id);
            m_mutedOrder.append(id);
        }
    }
    const int dnd = m_settings->value(kDnd, 0).toInt();
    m_dnd = dnd == 1 ? DoNotDisturb::On : dnd == 2 ? DoNotDisturb::Until : DoNotDisturb::Off;
    m_dndUntilMs = m_settings->value(kDndUntil, 0).toLongLong();
    m_tray = m_settings->value(kTray, true).toBool();
}

QString NotificationSettings::key(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Succeeded:
        return u"notifications/succeeded"_s;
    case Outcome::Failed:
        return u"notifications/failed"_s;
    case Outcome::Canceled:
        return u"notifications/canceled"_s;
    case Outcome::NotFound:
        return u"notifications/notFound"_s;
    case Outcome::StoppedWatching:
        return u"notifications/stoppedWatching"_s;
    case Outcome::Connection:
        return u"notifications/connection"_s;
    }
    return {};
}

bool NotificationSettings::enabledByDefault(Outcome outcome)
{
    return outcome == Outcome::Succeeded || outcome == Outcome::Failed || outcome == Outcome::Connection;
}

bool NotificationSettings::isEnabled(Outcome outcome) const
{
    return m_enabled.value(outcome, enabledByDefault(outcome));
}

void NotificationSettings::setEnabled(Outcome outcome, bool enabled)
{
    if (isEnabled(outcome) == enabled)
        return;
    m_enabled.insert(outcome, enabled);
    save();
}

void NotificationSettings::setMuted(const QStringList &taskIds, bool muted)
{
    bool changedAny = false;
    for (const QString &id : taskIds) {
        if (muted && !m_muted.contains(id)) {
            m_muted.insert(id);
            m_mutedOrder.append(id);
            changedAny = true;
        } else if (!muted && m_muted.remove(id)) {
            m_mutedOrder.removeOne(id);
            changedAny = true;
        }
    }
    while (m_mutedOrder.size() > MaxMuted)
        m_muted.remove(m_mutedOrder.takeFirst());
    if (changedAny)
        save();
}

void NotificationSettings::setDoNotDisturb(DoNotDisturb mode, qint64 untilMs)
{
    const qint64 until = mode == DoNotDisturb::Until ? untilMs : 0;
    if (m_dnd == mode && m_dndUntilMs == until)
        return;
    m_dnd = mode;
    m_dndUntilMs = until;
    save();
}

bool NotificationSettings::isQuiet(qint64 nowMs) const
{
    return m_dnd == DoNotDisturb::On || (m_dnd == DoNotDisturb::Until && nowMs < m_dndUntilMs);
}

void NotificationSettings::setTrayEnabled(bool enabled)
{
    if (m_tray == enabled)
        return;
    m_tray = enabled;
    save();
}

void NotificationSettings::save()
{
    if (m_settings) {
        for (const Outcome outcome : kOutcomes)
            m_settings->setValue(key(outcome), isEnabled(outcome));
        m_settings->setValue(kMuted, m_mutedOrder);
        m_settings->setValue(kDnd, int(m_dnd));
        m_settings->setValue(kDndUntil, m_dndUntilMs);
        m_settings->setValue(kTray, m_tray);
    }
    Q_EMIT changed();
}
