// SPDX-License-Identifier: MIT
#include "notificationlog.h"

#include "timeformat.h"

#include <QDateTime>
#include <QLocale>

NotificationLog::NotificationLog(QObject *parent)
    : QAbstractListModel(parent)
{
}

int NotificationLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant NotificationLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString time = formatTimeForUser(entry.timeMs, QDateTime::currentMSecsSinceEpoch(), QLocale::ShortFormat);
        const QString head = time % QLatin1String("  ") % entry.title;
        return entry.body.isEmpty() ? head : QString(head % QLatin1String(": ") % entry.body);
    }
    case Qt::ToolTipRole:
        return entry.body.isEmpty() ? entry.title : QString(entry.title % QLatin1Char('\n') % entry.body);
    case TaskIdRole:
        return entry.taskId;
    case SeverityRole:
        return int(entry.severity);
    case TimeRole:
        return entry.timeMs;
    default:
        return {};
    }
}

void NotificationLog::append(const Entry &entry)
{
    if (m_entries.size() >= MaxEntries) {
        const int last = int(m_entries.size()) - 1;
        beginRemoveRows({}, last, last);
        m_entries.removeLast();
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
    ++m_unread;
    Q_EMIT entryAdded(entry);
    Q_EMIT unreadCountChanged(m_unread);
}

void NotificationLog::restore(const QList<Entry> &entries)
{
    beginResetModel();
    m_entries = entries.mid(0, MaxEntries);
    endResetModel();
    markAllRead();
}

void NotificationLog::clear()
{
    if (m_entries.isEmpty())
        return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    markAllRead();
    Q_EMIT cleared();
}

void NotificationLog::markAllRead()
{
    if (m_unread == 0)
        return;
    m_unread = 0;
    Q_EMIT unreadCountChanged(0);
}
