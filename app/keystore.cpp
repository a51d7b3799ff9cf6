// SPDX-License-Identifier: MIT
#include "keystore.h"

#include <QDBusConnection>
#include <QLoggingCategory>
#include <QPointer>
#include <qt6keychain/keychain.h>
#include <QTimer>

#include <utility>

Q_LOGGING_CATEGORY(lcKeychain, "veza.keychain", QtInfoMsg)

namespace {

using Callback = std::function<void(const KeyStore::Result &)>;

// One call in flight: delivers exactly one result, the keychain's or the timeout's, then goes away.
class PendingCall final : public QObject
{
public:
    PendingCall(QObject *store, QObject *context, Callback done, QString what, std::chrono::milliseconds timeout)
        : QObject(store)
        , m_context(context)
        , m_done(std::move(done))
        , m_what(std::move(what))
    {
        m_timer.setSingleShot(true);
        m_timer.setInterval(timeout);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            qCWarning(lcKeychain).noquote() << m_what << "had no answer in" << m_timer.interval()
                                            << "ms: taken as no keychain (locked behind a prompt?)";
            deliver({KeyStore::Status::NoBackend, {}, KeyStore::noBackendMessage()});
        });
        m_timer.start();
    }

    [[nodiscard]] QString what() const { return m_what; }

    void deliver(const KeyStore::Result &result)
    {
        if (m_delivered)
            return;
        m_delivered = true;
        m_timer.stop();
        deleteLater();
        // Moved out first: the callback may delete the store, and this object with it.
        const Callback done = std::exchange(m_done, nullptr);
        if (m_context)
            done(result);
    }

private:
    QPointer<QObject> m_context;
    Callback m_done;
    QString m_what;
    QTimer m_timer;
    bool m_delivered = false;
};

// libsecret reports a missing Secret Service as a plain D-Bus error (QtKeychain's OtherError). The bus daemons'
// texts are not translated: dbus-daemon names the service ("The name org.freedesktop.secrets was not provided by
// any .service files", "Error calling StartServiceByName for org.freedesktop.secrets: …"), dbus-broker says "The
// name is not activatable". GLib's own texts for a missing bus are translated, so that case asks the bus itself.
bool meansNoSecretService(const QString &errorText)
{
    return errorText.contains(QLatin1String("org.freedesktop.secrets"))
        || errorText.contains(QLatin1String("The name is not activatable"))
        || !QDBusConnection::sessionBus().isConnected();
}

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace

KeyStore::KeyStore(QObject *parent, const QString &service)
    : QObject(parent)
    , m_service(service)
{
}

KeyStore::~KeyStore() = default;

QString KeyStore::noBackendMessage()
{
    return tr("No system keychain answered: install or unlock one that offers the Secret Service (GNOME Keyring, "
              "KWallet or another provider) and try again; until then, the key is used for this session only.");
}

void KeyStore::read(const QString &entry, QObject *context, std::function<void(const KeyStore::Result &)> done)
{
    run(new QKeychain::ReadPasswordJob(m_service), Operation::Read, entry, context, std::move(done));
}

void KeyStore::write(
    const QString &entry, const QString &secret, QObject *context, std::function<void(const KeyStore::Result &)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setTextData(secret);
    run(job, Operation::Write, entry, context, std::move(done));
}

void KeyStore::remove(const QString &entry, QObject *context, std::function<void(const KeyStore::Result &)> done)
{
    run(new QKeychain::DeletePasswordJob(m_service), Operation::Remove, entry, context, std::move(done));
}

void KeyStore::run(QKeychain::Job *job, Operation operation, const QString &entry, QObject *context,
    std::function<void(const KeyStore::Result &)> done)
{
    Q_ASSERT(context && context->thread() == thread());
    static constexpr const char *names[] = {"read", "write", "remove"};
    const QString what = QLatin1String(names[int(operation)]) + QLatin1String(" of keychain entry ") + entry;
    auto *call = new PendingCall(this, context, std::move(done), what, m_timeout);

    if (entry.isEmpty()) {
        delete job; // not started yet, so QtKeychain holds no pointer to it
        QTimer::singleShot(0, call, [call] {
            qCWarning(lcKeychain).noquote() << call->what() << "refused: the entry has no name";
            call->deliver({Status::Failed, {}, tr("The keychain entry for the key has no name.")});
        });
        return;
    }

    // Never parented and never deleted here: libsecret calls a running job back through a raw pointer, so a job
    // that outlives its timeout stays until it finishes (then deletes itself).
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, call, [call, operation](QKeychain::Job *finished) {
        const Result result = resultOf(operation, *finished);
        if (result.status == Status::NoBackend)
            qCInfo(lcKeychain).noquote() << call->what() << "found no keychain:" << finished->errorString();
        else if (result.status != Status::Ok && result.status != Status::NotFound)
            qCWarning(lcKeychain).noquote()
                << call->what() << "failed, QtKeychain error" << int(finished->error()) << finished->errorString();
        call->deliver(result);
    });
    // Queued by QtKeychain, so the answer always comes from the event loop.
    job->start();
}

KeyStore::Result KeyStore::resultOf(Operation operation, const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError: {
        Result result{Status::Ok, {}, {}};
        if (operation == Operation::Read)
            result.secret = static_cast<const QKeychain::ReadPasswordJob &>(job).textData();
        return result;
    }
    case QKeychain::EntryNotFound:
        return {operation == Operation::Remove ? Status::Ok : Status::NotFound, {}, {}};
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return {Status::NoBackend, {}, noBackendMessage()};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        switch (operation) {
        case Operation::Read:
            return {Status::Denied, {},
                tr("The system keychain refused to give out the key: unlock it or allow this app, then try again.")};
        case Operation::Write:
            return {Status::Denied, {},
                tr("The system keychain refused to store the key: unlock it or allow this app, then try again.")};
        case Operation::Remove:
            break;
        }
        return {Status::Denied, {},
            tr("The system keychain refused to remove the key: unlock it or allow this app, then try again.")};
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    if (meansNoSecretService(job.errorString()))
        return {Status::NoBackend, {}, noBackendMessage()};
    const QString detail = withoutFinalStop(job.errorString());
    switch (operation) {
    case Operation::Read:
        return {Status::Failed, {}, tr("The system keychain could not read the key (%1).").arg(detail)};
    case Operation::Write:
        return {Status::Failed, {}, tr("The system keychain could not store the key (%1).").arg(detail)};
    case Operation::Remove:
        break;
    }
    return {Status::Failed, {}, tr("The system keychain could not remove the key (%1).").arg(detail)};
}
