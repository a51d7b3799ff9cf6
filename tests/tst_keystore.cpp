// SPDX-License-Identifier: MIT
// KeyStore against real keychains. tst_keystore: a GNOME Keyring of its own on a private session bus
// (scripts/with-keyring), where secrets go in, come back, are replaced and removed, and never land in a plain file.
// tst_keystore_nobackend: a bare session bus with no Secret Service, where every call ends with NoBackend at once,
// and a service that takes calls but never answers, where the timeout ends them.
#include "busmain.h"
#include "connectionprofile.h"
#include "keystore.h"
#include "secretscan.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr auto kSecretServiceName = "org.freedesktop.secrets"_L1;

// Every message logged by the process, so that a test can show a secret never reached the log.
QStringList g_logged;
QtMessageHandler g_previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logged.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// A secret nobody else would write: a match anywhere can only be this one.
QString distinctiveSecret()
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return u"veza-secret-"_s + QString::fromLatin1(random.toHex());
}

// One KeyStore call: whether it answered inside the call, how many answers came, and the last one.
struct Answer
{
    bool synchronous = false;
    int count = 0;
    KeyStore::Result result;
};

// Starts one call with a context of its own and waits up to `limit` for its answer.
template <typename Start>
Answer await(Start start, std::chrono::milliseconds limit = 10s)
{
    QObject context;
    Answer answer;
    start(&context, [&answer](const KeyStore::Result &result) {
        ++answer.count;
        answer.result = result;
    });
    answer.synchronous = answer.count != 0;
    // A missing answer shows as count 0 in the caller's check.
    (void)QTest::qWaitFor([&answer] { return answer.count != 0; }, int(limit.count()));
    return answer;
}

Answer readEntry(KeyStore &store, const QString &entry)
{
    return await([&](QObject *context, auto done) { store.read(entry, context, done); });
}

Answer writeEntry(KeyStore &store, const QString &entry, const QString &secret)
{
    return await([&](QObject *context, auto done) { store.write(entry, secret, context, done); });
}

Answer removeEntry(KeyStore &store, const QString &entry)
{
    return await([&](QObject *context, auto done) { store.remove(entry, context, done); });
}

bool loggedAnywhere(const QString &secret)
{
    for (const QString &message : std::as_const(g_logged)) {
        if (message.contains(secret))
            return true;
    }
    return false;
}

// Takes every call and never answers: a keychain stuck behind a prompt nobody can see.
class SilentObject final : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        ++calls;
        return message.type() == QDBusMessage::MethodCallMessage;
    }
    int calls = 0;
};

} // namespace

// Evaluates `answer` once: it is usually the call itself.
#define VERIFY_ANSWER(answer, expected)                                                                                \
    do {                                                                                                               \
        const Answer verified = (answer);                                                                              \
        QVERIFY2(!verified.synchronous, "the callback ran inside the call");                                           \
        QCOMPARE(verified.count, 1);                                                                                   \
        QCOMPARE(verified.result.status, expected);                                                                    \
    } while (false)

class TestKeyStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadReplaceRemove();
    void entriesOfConnectionsDoNotMix();
    void renamedConnectionKeepsItsKey();
    void nothingInPlainText();
    void noAnswerAfterTheContextIsGone();
    void entryWithoutNameFails();

private:
    QString m_home;
};

void TestKeyStore::initTestCase()
{
    // Only ever the keyring scripts/with-keyring made: never the user's own.
    m_home = qEnvironmentVariable("VEZA_KEYRING_HOME");
    if (m_home.isEmpty() || !qEnvironmentVariable("XDG_DATA_HOME").startsWith(m_home))
        QSKIP("needs the private keyring of scripts/with-keyring (ctest runs it there)");
    QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(kSecretServiceName));
    g_previousHandler = qInstallMessageHandler(recordMessage);
}

void TestKeyStore::writeReadReplaceRemove()
{
    KeyStore store;
    const QString entry = keychainEntry(newConnectionId(), SecretKind::ApiKey);
    const QString first = distinctiveSecret();
    const QString second = distinctiveSecret();

    VERIFY_ANSWER(writeEntry(store, entry, first), KeyStore::Status::Ok);
    Answer read = readEntry(store, entry);
    VERIFY_ANSWER(read, KeyStore::Status::Ok);
    QCOMPARE(read.result.secret, first);
    QVERIFY(read.result.message.isEmpty());

    VERIFY_ANSWER(writeEntry(store, entry, second), KeyStore::Status::Ok);
    read = readEntry(store, entry);
    VERIFY_ANSWER(read, KeyStore::Status::Ok);
    QCOMPARE(read.result.secret, second);

    VERIFY_ANSWER(removeEntry(store, entry), KeyStore::Status::Ok);
    read = readEntry(store, entry);
    VERIFY_ANSWER(read, KeyStore::Status::NotFound);
    QVERIFY(read.result.secret.isEmpty());
    QVERIFY(read.result.message.isEmpty());
    // Removing what is not there is done, not an error.
    VERIFY_ANSWER(removeEntry(store, entry), KeyStore::Status::Ok);
}

void TestKeyStore::entriesOfConnectionsDoNotMix()
{
    KeyStore store;
    const QString ids[] = {newConnectionId(), newConnectionId()};
    QHash<QString, QString> secrets;
    for (const QString &id : ids) {
        for (const SecretKind kind : {SecretKind::ApiKey, SecretKind::ProxyPassword})
            secrets.insert(keychainEntry(id, kind), distinctiveSecret());
    }
    QCOMPARE(secrets.size(), 4);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
        VERIFY_ANSWER(writeEntry(store, it.key(), it.value()), KeyStore::Status::Ok);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const Answer read = readEntry(store, it.key());
        VERIFY_ANSWER(read, KeyStore::Status::Ok);
        QCOMPARE(read.result.secret, it.value());
    }

    // Removing the first connection's key leaves its proxy password and the other connection's entries.
    const QString removed = keychainEntry(ids[0], SecretKind::ApiKey);
    VERIFY_ANSWER(removeEntry(store, removed), KeyStore::Status::Ok);
    VERIFY_ANSWER(readEntry(store, removed), KeyStore::Status::NotFound);
    secrets.remove(removed);
    for (auto it = secrets.cbegin(); it != secrets.cend(); ++it) {
        const Answer read = readEntry(store, it.key());
        VERIFY_ANSWER(read, KeyStore::Status::Ok);
        QCOMPARE(read.result.secret, it.value());
        VERIFY_ANSWER(removeEntry(store, it.key()), KeyStore::Status::Ok);
    }

    // Another service name is another keychain namespace.
    KeyStore other(nullptr, u"veza-task-monitor-test-other"_s);
    const QString entry = keychainEntry(ids[1], SecretKind::ApiKey);
    VERIFY_ANSWER(writeEntry(store, entry, distinctiveSecret()), KeyStore::Status::Ok);
    VERIFY_ANSWER(readEntry(other, entry), KeyStore::Status::NotFound);
    VERIFY_ANSWER(removeEntry(store, entry), KeyStore::Status::Ok);
}

void TestKeyStore::renamedConnectionKeepsItsKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString iniPath = dir.filePath(u"settings.ini"_s);

    ConnectionProfile profile;
    profile.id = newConnectionId();
    profile.name = u"Production"_s;
    profile.baseUrl = normaliseBaseUrl(u"https://prod.example"_s).url;
    QVERIFY(!profile.baseUrl.isEmpty());
    {
        QSettings settings(iniPath, QSettings::IniFormat);
        saveConnectionProfiles(settings, {profile});
    }
    KeyStore store;
    const QString secret = distinctiveSecret();
    VERIFY_ANSWER(writeEntry(store, keychainEntry(profile.id, SecretKind::ApiKey), secret), KeyStore::Status::Ok);

    // The user renames it: only the name changes, so the entry named after the id still holds the key.
    {
        QSettings settings(iniPath, QSettings::IniFormat);
        QList<ConnectionProfile> profiles = loadConnectionProfiles(settings);
        QCOMPARE(profiles.size(), 1);
        profiles[0].name = u"Staging"_s;
        saveConnectionProfiles(settings, profiles);
    }
    QSettings settings(iniPath, QSettings::IniFormat);
    const QList<ConnectionProfile> profiles = loadConnectionProfiles(settings);
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).id, profile.id);
    QCOMPARE(profiles.at(0).name, u"Staging"_s);
    QCOMPARE(profiles.at(0).baseUrl, profile.baseUrl);

    const Answer read = readEntry(store, keychainEntry(profiles.at(0).id, SecretKind::ApiKey));
    VERIFY_ANSWER(read, KeyStore::Status::Ok);
    QCOMPARE(read.result.secret, secret);
    VERIFY_ANSWER(removeEntry(store, keychainEntry(profile.id, SecretKind::ApiKey)), KeyStore::Status::Ok);
}

void TestKeyStore::nothingInPlainText()
{
    const QString keyringFile = qEnvironmentVariable("XDG_DATA_HOME") + u"/keyrings/login.keyring"_s;
    const qint64 sizeBefore = QFileInfo(keyringFile).size();

    KeyStore store;
    const QString id = newConnectionId();
    const QString apiKey = distinctiveSecret();
    const QString proxyPassword = distinctiveSecret();
    VERIFY_ANSWER(writeEntry(store, keychainEntry(id, SecretKind::ApiKey), apiKey), KeyStore::Status::Ok);
    VERIFY_ANSWER(writeEntry(store, keychainEntry(id, SecretKind::ProxyPassword), proxyPassword), KeyStore::Status::Ok);
    const Answer read = readEntry(store, keychainEntry(id, SecretKind::ApiKey));
    VERIFY_ANSWER(read, KeyStore::Status::Ok);
    QCOMPARE(read.result.secret, apiKey);

    // The secrets went into the keyring file, which is encrypted...
    QVERIFY2(QFileInfo(keyringFile).size() > sizeBefore, qPrintable(keyringFile));
    // ...and nowhere under the temporary home holds them in plain text: not the keyring, not the settings
    // (XDG_CONFIG_HOME), not the app's data (XDG_DATA_HOME).
    for (const QString &secret : {apiKey, proxyPassword}) {
        int scanned = 0;
        const QStringList found = filesHolding(m_home, secret, &scanned);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
        QVERIFY(scanned > 0);
        QVERIFY(!loggedAnywhere(secret));
    }
    VERIFY_ANSWER(removeEntry(store, keychainEntry(id, SecretKind::ApiKey)), KeyStore::Status::Ok);
    VERIFY_ANSWER(removeEntry(store, keychainEntry(id, SecretKind::ProxyPassword)), KeyStore::Status::Ok);
}

void TestKeyStore::noAnswerAfterTheContextIsGone()
{
    KeyStore store;
    const QString entry = keychainEntry(newConnectionId(), SecretKind::ApiKey);
    int answers = 0;
    {
        auto context = std::make_unique<QObject>();
        store.write(entry, distinctiveSecret(), context.get(), [&answers](const KeyStore::Result &) { ++answers; });
    }
    // QtKeychain runs one job at a time, in order: once the next call is answered, the first one was too.
    VERIFY_ANSWER(readEntry(store, entry), KeyStore::Status::Ok);
    QCOMPARE(answers, 0);
    VERIFY_ANSWER(removeEntry(store, entry), KeyStore::Status::Ok);
}

void TestKeyStore::entryWithoutNameFails()
{
    KeyStore store;
    const Answer answer = writeEntry(store, QString(), distinctiveSecret());
    VERIFY_ANSWER(answer, KeyStore::Status::Failed);
    QVERIFY(!answer.result.message.isEmpty());
}

class TestKeyStoreNoBackend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCallEndsWithNoBackend();
    void nothingInPlainText();
    // Last: the silent service's call keeps QtKeychain's one-job-at-a-time queue busy until it ends.
    void silentKeychainEndsWithTheTimeout();

private:
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_secret = distinctiveSecret();
};

void TestKeyStoreNoBackend::initTestCase()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "tst_keystore_nobackend runs on the bare bus of tests/data/dbus-bare-session.conf");
    QVERIFY(!bus.interface()->isServiceRegistered(kSecretServiceName));
    const QDBusMessage activatable = bus.call(QDBusMessage::createMethodCall(
        u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s, u"ListActivatableNames"_s));
    QCOMPARE(activatable.type(), QDBusMessage::ReplyMessage);
    QVERIFY(!activatable.arguments().value(0).toStringList().contains(kSecretServiceName));

    // A home of its own, so that a plain-text fallback would land where nothingInPlainText() looks.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QFile::encodeName(m_home->path()));
    g_previousHandler = qInstallMessageHandler(recordMessage);
}

void TestKeyStoreNoBackend::everyCallEndsWithNoBackend()
{
    KeyStore store;
    const QString entry = keychainEntry(newConnectionId(), SecretKind::ApiKey);
    QElapsedTimer elapsed;
    elapsed.start();
    const Answer answers[] = {
        writeEntry(store, entry, m_secret),
        readEntry(store, entry),
        removeEntry(store, entry),
        writeEntry(store, keychainEntry(newConnectionId(), SecretKind::ProxyPassword), m_secret),
    };
    for (const Answer &answer : answers) {
        VERIFY_ANSWER(answer, KeyStore::Status::NoBackend);
        QCOMPARE(answer.result.message, KeyStore::noBackendMessage());
        QVERIFY(answer.result.secret.isEmpty());
    }
    // From the bus's answer, not from the timeout.
    QVERIFY2(elapsed.elapsed() < 5'000, qPrintable(QString::number(elapsed.elapsed())));
}

void TestKeyStoreNoBackend::nothingInPlainText()
{
    int scanned = 0;
    const QStringList found = filesHolding(m_home->path(), m_secret, &scanned);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    QVERIFY(!loggedAnywhere(m_secret));
    QVERIFY(!KeyStore::noBackendMessage().isEmpty());
}

void TestKeyStoreNoBackend::silentKeychainEndsWithTheTimeout()
{
    // A second connection of this process takes the Secret Service's name and never answers.
    const QString connectionName = u"veza-silent-secrets"_s;
    SilentObject silent;
    const auto disconnect = qScopeGuard([&connectionName] { QDBusConnection::disconnectFromBus(connectionName); });
    {
        QDBusConnection connection = QDBusConnection::connectToBus(QDBusConnection::SessionBus, connectionName);
        QVERIFY(connection.isConnected());
        QVERIFY(connection.registerVirtualObject(u"/"_s, &silent, QDBusConnection::SubPath));
        QVERIFY(connection.registerService(kSecretServiceName));
    }

    KeyStore store;
    store.setTimeout(700ms);
    QObject context;
    Answer answer;
    QElapsedTimer elapsed;
    elapsed.start();
    store.read(keychainEntry(newConnectionId(), SecretKind::ApiKey), &context, [&answer](const KeyStore::Result &r) {
        ++answer.count;
        answer.result = r;
    });
    QVERIFY(QTest::qWaitFor([&answer] { return answer.count != 0; }, 5'000));
    QVERIFY2(elapsed.elapsed() >= 650 && elapsed.elapsed() < 4'000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(answer.result.status, KeyStore::Status::NoBackend);
    QCOMPARE(answer.result.message, KeyStore::noBackendMessage());
    QVERIFY(silent.calls > 0);

    // The silent service goes away: the bus fails its pending call, so QtKeychain's job ends late. That answer is
    // ignored, and the next call runs (QtKeychain's queue moved on) and finds no keychain again.
    QDBusConnection::disconnectFromBus(connectionName);
    store.setTimeout(KeyStore::DefaultTimeout);
    elapsed.restart();
    VERIFY_ANSWER(readEntry(store, keychainEntry(newConnectionId(), SecretKind::ApiKey)), KeyStore::Status::NoBackend);
    QVERIFY2(elapsed.elapsed() < 5'000, qPrintable(QString::number(elapsed.elapsed())));
    QCOMPARE(answer.count, 1);
}

int main(int argc, char *argv[])
{
    return runOnEitherBus<QCoreApplication, TestKeyStore, TestKeyStoreNoBackend>(argc, argv);
}

#include "tst_keystore.moc"
