// SPDX-License-Identifier: MIT
#pragma once

#include "connectionprofile.h"

#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

namespace QKeychain {
class Job;
}

// The app's only access to the system keychain, through QtKeychain (the Secret Service over libsecret, or KWallet).
// Secrets live there only: no plain-text fallback, nothing in QSettings, nothing in the log.
class KeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyStore)
public:
    enum class Status {
        Ok,
        NotFound, // no such entry (a locked keyring whose unlock prompt cannot be shown answers this too)
        NoBackend, // no keychain answers: none on the session bus, no bus, or no answer within the timeout
        Denied, // locked, or the user refused
        Failed,
    };
    Q_ENUM(Status)
    struct Result
    {
        Status status = Status::Failed;
        QString secret; // what read() found
        QString message; // one sentence for the user when not Ok/NotFound
    };

    // An unlock prompt that nobody can answer would otherwise keep a call waiting for ever.
    static constexpr std::chrono::milliseconds DefaultTimeout{20'000};

    explicit KeyStore(QObject *parent = nullptr, const QString &service = QString(kKeychainService));
    ~KeyStore() override;

    // All asynchronous: `done` is called later from the event loop (never synchronously inside the call), exactly
    // once, and only while `context` (which must live on this object's thread) and this KeyStore live.
    void read(const QString &entry, QObject *context, std::function<void(const KeyStore::Result &)> done);
    void write(const QString &entry, const QString &secret, QObject *context,
        std::function<void(const KeyStore::Result &)> done);
    // NotFound counts as done (Ok).
    void remove(const QString &entry, QObject *context, std::function<void(const KeyStore::Result &)> done);

    // A call without an answer after this long ends with NoBackend; a late answer is ignored.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    [[nodiscard]] std::chrono::milliseconds timeout() const { return m_timeout; }
    [[nodiscard]] QString service() const { return m_service; }

    // The plain sentence shown once when no keychain answers: what to install or unlock, and that the key is used
    // for this session only.
    static QString noBackendMessage();

private:
    enum class Operation { Read, Write, Remove };

    void run(QKeychain::Job *job, Operation operation, const QString &entry, QObject *context,
        std::function<void(const KeyStore::Result &)> done);
    static Result resultOf(Operation operation, const QKeychain::Job &job);

    QString m_service;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};
