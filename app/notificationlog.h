// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractListModel>
#include <QList>

// The in-app list of notifications: always kept, whether or not a desktop notification was shown.
class NotificationLog final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationLog)
public:
    enum class Severity { Info, Success, Warning, Error };
    Q_ENUM(Severity)

    struct Entry
    {
        qint64 timeMs = 0;
        Severity severity = Severity::Info;
        QString title;
        QString body;
        QString taskId; // empty for connection-level entries
    };

    enum Role { TaskIdRole = Qt::UserRole + 1, SeverityRole, TimeRole };

    explicit NotificationLog(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Newest first; the oldest entries go past MaxEntries.
    void append(const Entry &entry);
    // The list as it was saved (newest first), read: nothing is announced as new.
    void restore(const QList<Entry> &entries);
    void clear();
    [[nodiscard]] const Entry &at(int row) const { return m_entries.at(row); }
    [[nodiscard]] int unreadCount() const { return m_unread; }
    void markAllRead();

    static constexpr int MaxEntries = 500;

Q_SIGNALS:
    void entryAdded(const NotificationLog::Entry &entry);
    void unreadCountChanged(int count);
    void cleared();

private:
    QList<Entry> m_entries;
    int m_unread = 0;
};
