// SPDX-License-Identifier: MIT
#pragma once

#include "jsonindex.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QThreadPool;
template <typename T>
class QFutureWatcher;

// The nodes whose key or scalar value (decoded: a string's text, a number as written, true, false, null) contains
// text, in document order, at most maxHits of them (no limit when maxHits <= 0). Empty text finds nothing. Reentrant:
// meant for QtConcurrent::run; stops early, with what it found so far, once cancel is set.
QList<int> searchJson(const JsonIndex &index, const QString &text, Qt::CaseSensitivity cs = Qt::CaseInsensitive,
    const std::atomic<bool> *cancel = nullptr, int maxHits = -1);

// Runs searchJson on a thread pool, one search at a time: a new search cancels the one under way, whose hits are
// then never emitted.
class JsonSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonSearch)
public:
    static constexpr int DefaultMaxHits = 10'000;

    // The global thread pool unless another is given.
    explicit JsonSearch(QObject *parent = nullptr, QThreadPool *pool = nullptr);
    ~JsonSearch() override;

    // Returns the new search's serial, which finished() carries.
    int start(std::shared_ptr<const JsonIndex> index, const QString &text, Qt::CaseSensitivity cs = Qt::CaseInsensitive,
        int maxHits = DefaultMaxHits);
    // Stops the search under way without a finished() for it.
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher != nullptr; }
    // The serial of the latest search started.
    [[nodiscard]] int serial() const { return m_serial; }

Q_SIGNALS:
    // Hits in document order (node numbers of the index searched); maxHits of them when there were more.
    void finished(int serial, const QList<int> &hits);

private:
    QThreadPool *m_pool;
    int m_serial = 0;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<QList<int>> *m_watcher = nullptr;
};
