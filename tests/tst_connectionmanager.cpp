// SPDX-License-Identifier: MIT
// ConnectionManager with the real keychain: tst_connectionmanager runs in a GNOME Keyring of its own
// (scripts/with-keyring), tst_connectionmanager_nokeychain on a bare bus without any Secret Service.
#include "clock.h"
#include "connectionmanager.h"
#include "secretscan.h"
#include "simfixture.h"
#include "taskmonitor.h"
#include "testcertificates.h"

#include <QDirIterator>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"cm-k3y-51f0a2d9c7-n3ver-1n-pla1n-text"_s;
const QString kNewKey = u"cm-n3w-k3y-88b1c4e2f0-n3ver-1n-pla1n-text"_s;

bool bareBus()
{
    return qEnvironmentVariable("VEZA_KEYSTORE_BUS") == "bare"_L1;
}

ConnectionProfile profileNamed(const QString &name, const QString &url)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.baseUrl = QUrl(url);
    return profile;
}

// A start of the app: a monitor and its connections, read from the settings.
struct Session
{
    Session(KeyStore *keys, QSettings *settings)
        : manager(&monitor, keys)
    {
        manager.setSettings(settings);
        manager.load();
    }
    TaskMonitor monitor{SystemClock::instance()};
    ConnectionManager manager;
};

} // namespace

class TestConnectionManager final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savedKeyPollsAfterARestart();
    void renameKeepsTheKeyAndReplaceChangesIt();
    void removeDeletesItsSecrets();
    void trustedCertificateIsSavedWithTheConnection();
    void caFileIsReadOffTheGuiThread();
    void oldSingleAddressBecomesAConnection();
    void loadLimitsAreSavedAndApplyToTheirConnectionOnly();
    void environmentConnectionIsNeverSaved();
    void noKeychainSaysSoOnceAndOffersTheSession();

private:
    KeyStore::Result readKey(const QString &entry);
    QString settingsPath() const { return m_dir.filePath(u"settings.ini"_s); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    KeyStore m_keys;
};

void TestConnectionManager::initTestCase()
{
    if (!bareBus() && qEnvironmentVariableIsEmpty("VEZA_KEYRING_HOME"))
        QSKIP("needs the private keyring of scripts/with-keyring, or the bare bus (ctest runs it so)");
    QVERIFY(m_dir.isValid());
    m_keys.setTimeout(std::chrono::seconds(10));
}

void TestConnectionManager::init()
{
    QFile::remove(settingsPath());
    m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
}

void TestConnectionManager::cleanup()
{
    m_settings.reset();
}

KeyStore::Result TestConnectionManager::readKey(const QString &entry)
{
    KeyStore::Result outcome;
    bool done = false;
    m_keys.read(entry, this, [&](const KeyStore::Result &result) {
        outcome = result;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 15'000))
        outcome.message = u"no answer"_s;
    return outcome;
}

void TestConnectionManager::savedKeyPollsAfterARestart()
{
    if (bareBus())
        QSKIP("needs a keychain");
    SimOptions options;
    options.token = kKey;
    SimFixture sim(options);
    QVERIFY(
        sim.addTask({{u"id"_s, u"t1"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"status"_s, u"SUCCEEDED"_s}}));
    QString id;
    {
        TaskMonitor monitor(SystemClock::instance());
        ConnectionManager manager(&monitor, &m_keys);
        manager.setSettings(m_settings.get());
        manager.load();
        QSignalSpy saved(&manager, &ConnectionManager::keySaved);
        ConnectionProfile profile;
        profile.name = u"Production"_s;
        profile.baseUrl = sim.connection().baseUrl;
        manager.save(profile, kKey);
        QCOMPARE(manager.profiles().size(), 1);
        id = manager.profiles().constFirst().id;
        QVERIFY(!id.isEmpty());
        QVERIFY(saved.wait(15'000));
        QVERIFY(monitor.connection(id).isUsable());
        QCOMPARE(monitor.connectionName(id), u"Production"_s);
    }
    m_settings->sync();
    // The key is in the keychain, and in no file of the configuration, data or cache folders.
    QCOMPARE(readKey(id).secret, kKey);
    const QStringList holding = filesHolding(qEnvironmentVariable("VEZA_KEYRING_HOME"), kKey);
    QVERIFY2(holding.isEmpty(), qPrintable(holding.join(u", "_s)));
    QVERIFY(filesHolding(m_dir.path(), kKey).isEmpty());

    // A new start: the profile from the settings, the key from the keychain, polling with it.
    TaskMonitor monitor(SystemClock::instance());
    ConnectionManager manager(&monitor, &m_keys);
    manager.setSettings(m_settings.get());
    QSignalSpy keyState(&manager, &ConnectionManager::keyStateChanged);
    manager.load();
    QCOMPARE(monitor.connectionIds(), QStringList{id});
    QVERIFY(manager.isReadingKey(id));
    QVERIFY(!monitor.connection(id).isUsable()); // the window never waits for the keychain
    QTRY_VERIFY_WITH_TIMEOUT(manager.hasKey(id), 15'000);
    QCOMPARE(monitor.connection(id).apiKey, kKey);
    QCOMPARE(manager.lastUsed(), id);
    monitor.addTasks({u"t1"_s});
    QTRY_VERIFY_WITH_TIMEOUT(monitor.model()->task(u"t1"_s)->isComplete(), 10'000);
}

void TestConnectionManager::renameKeepsTheKeyAndReplaceChangesIt()
{
    if (bareBus())
        QSKIP("needs a keychain");
    Session session(&m_keys, m_settings.get());
    TaskMonitor &monitor = session.monitor;
    ConnectionManager &manager = session.manager;
    QSignalSpy saved(&manager, &ConnectionManager::keySaved);
    ConnectionProfile profile = profileNamed(u"Staging"_s, u"https://staging.example"_s);
    manager.save(profile, kKey);
    QVERIFY(saved.wait(15'000));
    profile = manager.profiles().constFirst();

    profile.name = u"Staging EU"_s;
    manager.save(profile); // no key: the saved one stays
    QCOMPARE(manager.profiles().constFirst().id, profile.id);
    QCOMPARE(monitor.connectionName(profile.id), u"Staging EU"_s);
    QCOMPARE(monitor.connection(profile.id).apiKey, kKey);
    QCOMPARE(readKey(profile.id).secret, kKey);
    m_settings->sync();
    QCOMPARE(loadConnectionProfiles(*m_settings).constFirst().name, u"Staging EU"_s);

    manager.save(profile, kNewKey); // Replace key…
    QVERIFY(saved.wait(15'000));
    QCOMPARE(readKey(profile.id).secret, kNewKey);
    QCOMPARE(monitor.connection(profile.id).apiKey, kNewKey);

    // Two connections may not share a name.
    ConnectionProfile twin = profileNamed(u"staging eu"_s, u"https://other.example"_s);
    QVERIFY(manager.validate(twin).contains(u"exists already"_s));
}

void TestConnectionManager::removeDeletesItsSecrets()
{
    if (bareBus())
        QSKIP("needs a keychain");
    Session session(&m_keys, m_settings.get());
    TaskMonitor &monitor = session.monitor;
    ConnectionManager &manager = session.manager;
    QSignalSpy saved(&manager, &ConnectionManager::keySaved);
    ConnectionProfile profile = profileNamed(u"Old tenant"_s, u"https://old.example"_s);
    profile.proxy = {ProxySettings::Mode::Http, u"proxy.example"_s, 3128, u"alice"_s};
    manager.save(profile, kKey, u"proxy-pa55"_s);
    QVERIFY(saved.wait(15'000));
    const QString id = manager.profiles().constFirst().id;
    QCOMPARE(readKey(keychainEntry(id, SecretKind::ProxyPassword)).secret, u"proxy-pa55"_s);
    QCOMPARE(monitor.connection(id).proxyPassword, u"proxy-pa55"_s);

    manager.remove(id);
    QVERIFY(manager.profiles().isEmpty());
    QVERIFY(monitor.connectionIds().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(
        readKey(keychainEntry(id, SecretKind::ApiKey)).status, KeyStore::Status::NotFound, 15'000);
    QCOMPARE(readKey(keychainEntry(id, SecretKind::ProxyPassword)).status, KeyStore::Status::NotFound);
    m_settings->sync();
    QVERIFY(loadConnectionProfiles(*m_settings).isEmpty());
}

void TestConnectionManager::trustedCertificateIsSavedWithTheConnection()
{
    Session session(&m_keys, m_settings.get());
    TaskMonitor &monitor = session.monitor;
    ConnectionManager &manager = session.manager;
    ConnectionProfile profile = profileNamed(u"Inspected"_s, u"https://inspected.example"_s);
    manager.save(profile);
    const QString id = manager.profiles().constFirst().id;
    const QByteArray sha(32, '\x5a');
    manager.trustCertificate(id, sha);
    manager.trustCertificate(id, sha); // once is enough
    QCOMPARE(monitor.connection(id).pinnedSha256, QList<QByteArray>{sha});
    m_settings->sync();
    QCOMPARE(loadConnectionProfiles(*m_settings).constFirst().pinnedSha256, QList<QByteArray>{sha});
    manager.trustCertificate(id, "short"); // not a SHA-256: ignored
    QCOMPARE(monitor.connection(id).pinnedSha256.size(), 1);
}

void TestConnectionManager::loadLimitsAreSavedAndApplyToTheirConnectionOnly()
{
    QString gentleId;
    QString otherId;
    {
        Session session(&m_keys, m_settings.get());
        ConnectionManager &manager = session.manager;
        ConnectionProfile gentle = profileNamed(u"Gentle"_s, u"https://gentle.example"_s);
        gentle.limits.requestsPerSecond = 2.5;
        gentle.limits.maxInFlight = 1;
        manager.save(gentle);
        manager.save(profileNamed(u"Other"_s, u"https://other.example"_s));
        gentleId = manager.profileByName(u"Gentle"_s)->id;
        otherId = manager.profileByName(u"Other"_s)->id;
        // Applied at once, to that connection's scheduler alone.
        QCOMPARE(session.monitor.scheduler(gentleId)->policy().maxInFlight, 1);
        QCOMPARE(session.monitor.scheduler(gentleId)->policy().requestsPerSecond, 2.5);
        QCOMPARE(session.monitor.scheduler(otherId)->policy().maxInFlight, PollPolicy().maxInFlight);
        QCOMPARE(session.monitor.scheduler(otherId)->policy().requestsPerSecond, PollPolicy().requestsPerSecond);
        // Out of bounds is refused before saving.
        ConnectionProfile reckless = profileNamed(u"Reckless"_s, u"https://reckless.example"_s);
        reckless.limits.maxInFlight = 1000;
        QVERIFY(manager.validate(reckless).contains(u"Requests at once"_s));
        reckless.limits = {};
        reckless.limits.requestsPerSecond = 0;
        QVERIFY(manager.validate(reckless).contains(u"Requests per second"_s));
    }
    m_settings->sync();
    // Written only when set, and read back on the next start, where they apply again.
    QCOMPARE(m_settings->value(u"connections/1/limits/parallel"_s).toInt(), 1);
    QVERIFY(!m_settings->contains(u"connections/2/limits/parallel"_s));
    Session session(&m_keys, m_settings.get());
    const ConnectionProfile *gentle = session.manager.profile(gentleId);
    QVERIFY(gentle);
    QCOMPARE(gentle->limits.maxInFlight, std::optional<int>(1));
    QCOMPARE(gentle->limits.requestsPerSecond, std::optional<double>(2.5));
    QCOMPARE(session.manager.profile(otherId)->limits, LoadLimits());
    QCOMPARE(session.monitor.scheduler(gentleId)->policy().maxInFlight, 1);
    // A file edited by hand past the bounds is brought within them.
    m_settings->setValue(u"connections/1/limits/parallel"_s, 5000);
    m_settings->setValue(u"connections/1/limits/maxRate"_s, u"-3"_s);
    const QList<ConnectionProfile> edited = loadConnectionProfiles(*m_settings);
    QCOMPARE(edited.constFirst().limits.maxInFlight, std::optional<int>(LoadLimits::MaxInFlight));
    QCOMPARE(edited.constFirst().limits.requestsPerSecond, std::optional<double>(LoadLimits::MinRequestsPerSecond));
}

void TestConnectionManager::caFileIsReadOffTheGuiThread()
{
    TestCertificates certificates;
    QVERIFY2(certificates.error().isEmpty(), qPrintable(certificates.error()));
    QFile pem(certificates.ca().certificatePath);
    QVERIFY(pem.open(QIODevice::ReadOnly));
    const QByteArray caText = pem.readAll();
    // A FIFO stands for a CA file on a share that answers late: reading it waits for the writer below. Read on the
    // GUI thread, save() would return with the certificates already in, and the first check below would fail.
    const QString slow = m_dir.filePath(u"slow-ca.pem"_s);
    const QByteArray slowPath = QFile::encodeName(slow);
    QFile::remove(slow);
    QCOMPARE(::mkfifo(slowPath.constData(), 0600), 0);
    // Opening a FIFO to write waits for its reader: polled without blocking, for longer than any QTRY below.
    std::jthread writer([slowPath, caText](const std::stop_token &stop) {
        for (int attempt = 0; attempt < 3000 && !stop.stop_requested(); ++attempt) {
            const int fd = ::open(slowPath.constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0) {
                ::fcntl(fd, F_SETFL, 0); // the reader is there: blocking writes from here
                [[maybe_unused]] const ssize_t written = ::write(fd, caText.constData(), size_t(caText.size()));
                ::close(fd);
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    // However the case ends, a reader still waiting in open() is let go (a read-write open counts as a writer).
    const auto release = qScopeGuard([&writer, &slowPath] {
        writer.request_stop();
        if (const int fd = ::open(slowPath.constData(), O_RDWR | O_NONBLOCK); fd >= 0)
            ::close(fd);
    });

    Session session(&m_keys, m_settings.get());
    TaskMonitor &monitor = session.monitor;
    ConnectionManager &manager = session.manager;
    QSignalSpy problems(&manager, &ConnectionManager::caFileProblem);
    ConnectionProfile profile = profileNamed(u"Inspected"_s, u"https://inspected.example"_s);
    profile.caFile = slow;
    manager.save(profile);
    const QString id = manager.profiles().constFirst().id;
    manager.useKeyForSession(id, kKey, {});
    // It exists and can be chosen, but sends nothing a private CA would refuse until its CAs are in.
    QVERIFY(monitor.hasConnection(id));
    QVERIFY(monitor.connection(id).apiKey.isEmpty());
    QVERIFY(manager.isStarting(id));

    QTRY_COMPARE(monitor.connection(id).extraCaCertificates, QList<QSslCertificate>{certificates.ca().certificate});
    QCOMPARE(monitor.connection(id).apiKey, kKey);
    QVERIFY(!manager.isStarting(id));
    QCOMPARE(problems.size(), 0);

    // A file that is gone: said once, and the connection polls with the system's CAs only, its key kept.
    profile.id = id;
    profile.caFile = m_dir.filePath(u"gone.pem"_s);
    manager.save(profile);
    QTRY_COMPARE(problems.size(), 1);
    QCOMPARE(problems.at(0).at(0).toString(), id);
    QVERIFY(monitor.connection(id).extraCaCertificates.isEmpty());
    QCOMPARE(monitor.connection(id).apiKey, kKey);
}

void TestConnectionManager::oldSingleAddressBecomesAConnection()
{
    m_settings->setValue(u"connection/baseUrl"_s, u"https://legacy.example/"_s);
    Session session(&m_keys, m_settings.get());
    TaskMonitor &monitor = session.monitor;
    ConnectionManager &manager = session.manager;
    QCOMPARE(manager.profiles().size(), 1);
    const ConnectionProfile &profile = manager.profiles().constFirst();
    QCOMPARE(profile.baseUrl, QUrl(u"https://legacy.example"_s));
    QCOMPARE(profile.name, u"legacy.example"_s);
    QVERIFY(!m_settings->contains(u"connection/baseUrl"_s));
    QCOMPARE(manager.lastUsed(), profile.id);
    QCOMPARE(monitor.connectionIds(), QStringList{profile.id});
}

void TestConnectionManager::environmentConnectionIsNeverSaved()
{
    Session session(&m_keys, m_settings.get());
    TaskMonitor &monitor = session.monitor;
    ConnectionManager &manager = session.manager;
    QVERIFY(manager.addSessionConnection(u"ftp://nope"_s, kKey).contains(u"https"_s));
    QVERIFY(manager.addSessionConnection(u"https://env.example/api/v1"_s, kKey).isEmpty());
    const QString id = sessionConnectionId(QUrl(u"https://env.example"_s));
    QVERIFY(manager.profile(id));
    QVERIFY(manager.isKeySessionOnly(id));
    QCOMPARE(monitor.currentConnectionId(), id);
    QVERIFY(monitor.connection(id).isUsable());
    // Saving another connection writes the list: the session one is not in it, nor its key.
    ConnectionProfile other = profileNamed(u"Other"_s, u"https://other.example"_s);
    manager.save(other);
    m_settings->sync();
    const QList<ConnectionProfile> saved = loadConnectionProfiles(*m_settings);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.constFirst().name, u"Other"_s);
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains("env.example"));
    QVERIFY(!bytes.contains(kKey.toUtf8()));
}

void TestConnectionManager::noKeychainSaysSoOnceAndOffersTheSession()
{
    if (!bareBus())
        QSKIP("runs on the bare bus (tst_connectionmanager_nokeychain)");
    // Two saved connections whose keys cannot be read: said once, not twice.
    ConnectionProfile a;
    a.id = newConnectionId();
    a.name = u"A"_s;
    a.baseUrl = QUrl(u"https://a.example"_s);
    ConnectionProfile b = a;
    b.id = newConnectionId();
    b.name = u"B"_s;
    saveConnectionProfiles(*m_settings, {a, b});
    TaskMonitor monitor(SystemClock::instance());
    ConnectionManager manager(&monitor, &m_keys);
    manager.setSettings(m_settings.get());
    QSignalSpy unavailable(&manager, &ConnectionManager::keychainUnavailable);
    manager.load();
    QTRY_VERIFY_WITH_TIMEOUT(!manager.isReadingKey(a.id) && !manager.isReadingKey(b.id), 15'000);
    QCOMPARE(unavailable.size(), 1);
    QCOMPARE(unavailable.at(0).at(0).toString(), KeyStore::noBackendMessage());

    // A key typed now cannot be kept: the user is asked, and nothing is written anywhere.
    QSignalSpy notSaved(&manager, &ConnectionManager::keyNotSaved);
    manager.save(manager.profiles().constFirst(), kKey);
    QVERIFY(notSaved.wait(15'000));
    QCOMPARE(notSaved.at(0).at(0).toString(), a.id);
    QCOMPARE(notSaved.at(0).at(3).toString(), KeyStore::noBackendMessage());
    QVERIFY(!monitor.connection(a.id).isUsable()); // not used unless the user says so
    manager.useKeyForSession(a.id, kKey);
    QVERIFY(manager.isKeySessionOnly(a.id));
    QCOMPARE(monitor.connection(a.id).apiKey, kKey);
    m_settings->sync();
    QVERIFY(filesHolding(m_dir.path(), kKey).isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionManager)
#include "tst_connectionmanager.moc"
