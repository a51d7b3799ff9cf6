// SPDX-License-Identifier: MIT
// veza-task-cli --connection and --list-connections against connections saved the way the app saves them, in the
// same (private) keychain session: run through scripts/with-keyring.
#include "connectionprofile.h"
#include "keystore.h"
#include "simfixture.h"
#include "testcertificates.h"
#include "testprograms.h"
#include "tlstestserver.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kKey = u"cl1-k3y-7d0e55b1a9-n3ver-pr1nted"_s;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QByteArray dump() const { return "exit " + QByteArray::number(exitCode) + "\n" + out + err; }
};

QSettings appSettings()
{
    return QSettings(
        QSettings::NativeFormat, QSettings::UserScope, QString(kSettingsOrganization), QString(kSettingsApplication));
}

} // namespace

class TestCliConnections final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listPrintsNamesAndAddressesNeverKeys();
    void waitUsesTheSavedConnectionAndItsKey();
    void unknownNameAndMissingKeySaySo();
    void connectionAndBaseUrlConflict();
    void refusedTaskEndsTheWaitAtOnce();
    void refusedCertificateIsShownThenPinned();
    void savedLoadLimitsApplyUnlessTheCommandLineSaysOtherwise();

private:
    void writeKey(const QString &entry, const QString &secret, KeyStore::Result *outcome);
    Run run(const QStringList &arguments);

    QString m_binary;
    SimFixture m_sim{[] {
        SimOptions options;
        options.token = kKey;
        return options;
    }()};
    ConnectionProfile m_staging;
    ConnectionProfile m_keyless;
    KeyStore m_keys;
};

void TestCliConnections::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("VEZA_KEYRING_HOME"))
        QSKIP("needs the private keyring of scripts/with-keyring (ctest runs it so)");
    QString error;
    m_binary = builtProgram(u"veza-task-cli"_s, &error);
    QVERIFY2(!m_binary.isEmpty(), qPrintable(error));
    QVERIFY(m_sim.addTask(QJsonObject{{u"id"_s, u"bad-request"_s}, {u"http_status"_s, 400}}));
    QVERIFY(m_sim.addTask(QJsonObject{
        {u"id"_s, u"done-ok"_s}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"status"_s, u"SUCCEEDED"_s}}));

    m_staging.id = newConnectionId();
    m_staging.name = u"Staging"_s;
    m_staging.baseUrl = m_sim.connection().baseUrl;
    m_staging.proxy.mode = ProxySettings::Mode::None;
    m_keyless.id = newConnectionId();
    m_keyless.name = u"No Key Yet"_s;
    m_keyless.baseUrl = QUrl(u"https://tenant.example"_s);
    QSettings settings = appSettings();
    saveConnectionProfiles(settings, {m_staging, m_keyless});
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);
    KeyStore::Result written;
    writeKey(keychainEntry(m_staging.id, SecretKind::ApiKey), kKey, &written);
    QCOMPARE(written.status, KeyStore::Status::Ok);
}

void TestCliConnections::writeKey(const QString &entry, const QString &secret, KeyStore::Result *outcome)
{
    bool done = false;
    m_keys.write(entry, secret, this, [&](const KeyStore::Result &result) {
        *outcome = result;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10'000);
}

Run TestCliConnections::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"VEZA_URL"_s);
    env.remove(u"VEZA_TOKEN"_s);
    process.setProcessEnvironment(env);
    process.start(m_binary, arguments);
    process.closeWriteChannel();
    // The simulator answers from this event loop: spin it rather than block in waitForFinished.
    const QDeadlineTimer deadline(30'000);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished(5'000);
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCliConnections::listPrintsNamesAndAddressesNeverKeys()
{
    const Run result = run({u"--list-connections"_s});
    QVERIFY2(result.exitCode == 0, result.dump().constData());
    const QByteArray expected = "Staging\t" + baseUrlText(m_staging.baseUrl).toUtf8()
        + "\tno proxy\nNo Key Yet\thttps://tenant.example\tsystem proxy\n";
    QCOMPARE(result.out, expected);
    QVERIFY(!result.dump().contains(kKey.toUtf8()));
}

void TestCliConnections::waitUsesTheSavedConnectionAndItsKey()
{
    // Neither VEZA_URL nor VEZA_TOKEN: the address from the app's settings, the key from the keychain.
    const Run result = run({u"wait"_s, u"--connection"_s, u"staging"_s, u"--timeout"_s, u"20"_s, u"done-ok"_s});
    QVERIFY2(result.exitCode == 0, result.dump().constData());
    QVERIFY(result.out.startsWith("done-ok\tCOMPLETE\tSUCCEEDED"));
    QVERIFY(!result.dump().contains(kKey.toUtf8()));
    QVERIFY(m_sim.server().requestCount(u"done-ok"_s) >= 1);
}

void TestCliConnections::unknownNameAndMissingKeySaySo()
{
    const Run unknown = run({u"get"_s, u"--connection"_s, u"Production"_s, u"done-ok"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains("no connection named “Production”; saved connections: Staging, No Key Yet"),
        unknown.err.constData());

    const Run keyless = run({u"get"_s, u"--connection"_s, u"No Key Yet"_s, u"done-ok"_s});
    QCOMPARE(keyless.exitCode, 2);
    QVERIFY2(keyless.err.contains("has no API key in the system keychain"), keyless.err.constData());
}

void TestCliConnections::connectionAndBaseUrlConflict()
{
    const Run result
        = run({u"get"_s, u"--connection"_s, u"Staging"_s, u"--base-url"_s, u"https://other.example"_s, u"done-ok"_s});
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains("cannot be used together"));
}

void TestCliConnections::refusedTaskEndsTheWaitAtOnce()
{
    // A 400 will not change by asking again: reported now (exit 7), not after the minute of --timeout.
    QElapsedTimer elapsed;
    elapsed.start();
    const Run result = run({u"wait"_s, u"--connection"_s, u"Staging"_s, u"--timeout"_s, u"60"_s, u"bad-request"_s});
    QVERIFY2(result.exitCode == 7, result.dump().constData());
    QVERIFY2(elapsed.elapsed() < 20'000, QByteArray::number(elapsed.elapsed()).constData());
    QVERIFY2(result.out.startsWith("bad-request\tERROR\t-\t"), result.dump().constData());
    QCOMPARE(m_sim.server().requestCount(u"bad-request"_s), 1);
}

void TestCliConnections::refusedCertificateIsShownThenPinned()
{
    const TestCertificates certificates;
    QVERIFY2(certificates.error().isEmpty(), qPrintable(certificates.error()));
    TlsTestServer server;
    QVERIFY(server.listen(certificates.selfSigned().certificate, certificates.selfSigned().key));
    ConnectionProfile inspected;
    inspected.id = newConnectionId();
    inspected.name = u"Inspected"_s;
    inspected.baseUrl = server.baseUrl();
    inspected.proxy.mode = ProxySettings::Mode::None;
    {
        QSettings settings = appSettings();
        saveConnectionProfiles(settings, {m_staging, m_keyless, inspected});
    }
    KeyStore::Result written;
    writeKey(keychainEntry(inspected.id, SecretKind::ApiKey), kKey, &written);
    QCOMPARE(written.status, KeyStore::Status::Ok);

    const QByteArray fingerprint
        = fingerprintText(TestCertificates::sha256(certificates.selfSigned().certificate)).toUtf8();
    const Run refused = run({u"get"_s, u"--connection"_s, u"Inspected"_s, u"x"_s});
    QVERIFY2(refused.exitCode == 7, refused.dump().constData());
    // The certificate itself, as the app's dialog shows it: enough to decide whether to trust it.
    QVERIFY2(refused.err.contains(fingerprint), refused.dump().constData());
    QVERIFY2(refused.err.contains("127.0.0.1"), refused.dump().constData());
    QCOMPARE(server.requests(), 0);

    // Trusted in the app (pinned with the connection): the CLI accepts exactly that certificate.
    inspected.pinnedSha256 = {TestCertificates::sha256(certificates.selfSigned().certificate)};
    {
        QSettings settings = appSettings();
        saveConnectionProfiles(settings, {m_staging, m_keyless, inspected});
    }
    const Run pinned = run({u"get"_s, u"--connection"_s, u"Inspected"_s, u"x"_s});
    QVERIFY2(pinned.exitCode == 0, pinned.dump().constData());
    QCOMPARE(server.requests(), 1);
}

QTEST_GUILESS_MAIN(TestCliConnections)
void TestCliConnections::savedLoadLimitsApplyUnlessTheCommandLineSaysOtherwise()
{
    // Staging allows one request at a time (its Advanced section); the simulator holds each answer and counts how
    // many it holds at once.
    ConnectionProfile serial = m_staging;
    serial.limits.maxInFlight = 1;
    serial.limits.requestsPerSecond = 1000;
    QSettings settings = appSettings();
    saveConnectionProfiles(settings, {serial, m_keyless});
    settings.sync();
    QStringList ids;
    for (int i = 0; i < 8; ++i) {
        ids << u"serial-%1"_s.arg(i);
        QVERIFY(m_sim.addTask(QJsonObject{
            {u"id"_s, ids.last()}, {u"pending_ms"_s, 0}, {u"running_ms"_s, 0}, {u"status"_s, u"SUCCEEDED"_s}}));
    }
    SimFaults faults;
    faults.delay = 1;
    faults.delayMs = 100;
    m_sim.server().setFaults(faults);

    m_sim.server().resetClocksAndStats();
    const Run saved = run(QStringList{u"get"_s, u"--connection"_s, u"Staging"_s} + ids);
    const int savedPeak = m_sim.server().heldAnswersPeak();
    m_sim.server().resetClocksAndStats();
    const Run given = run(QStringList{u"get"_s, u"--connection"_s, u"Staging"_s, u"--parallel"_s, u"3"_s} + ids);
    const int givenPeak = m_sim.server().heldAnswersPeak();
    m_sim.server().setFaults({});
    saveConnectionProfiles(settings, {m_staging, m_keyless});
    settings.sync();

    QVERIFY2(saved.exitCode == 0, saved.dump().constData());
    QCOMPARE(savedPeak, 1);
    QVERIFY2(given.exitCode == 0, given.dump().constData());
    QCOMPARE(givenPeak, 3);
}

#include "tst_cliconnections.moc"
