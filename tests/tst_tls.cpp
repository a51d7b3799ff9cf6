// SPDX-License-Identifier: MIT
#include "certificateinfo.h"
#include "clock.h"
#include "connectionprofile.h"
#include "fetchone.h"
#include "testcertificates.h"
#include "tlstestserver.h"
#include "vezaclient.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSslError>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

namespace {

// No proxy: whatever the environment says, these requests stay on loopback.
Connection connectionTo(const TlsTestServer &server, const QSslCertificate &pinned = QSslCertificate())
{
    Connection connection;
    connection.baseUrl = server.baseUrl();
    connection.apiKey = QStringLiteral("key-for-the-tls-test");
    connection.proxy.mode = ProxySettings::Mode::None;
    if (!pinned.isNull())
        connection.pinnedSha256 = {TestCertificates::sha256(pinned)};
    return connection;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

class TestTls final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void selfSignedIsRefused();
    void acceptedThroughCaFile();
    void acceptedWhenPinned();
    void pinDoesNotCoverAnotherCertificate();
    void unpinningRefusesAgain();
    void redirectHopIsCheckedToo();
    void everyChangeOfTheConnectionCounts();
    void certificateInfoDescribes();
    void caFileErrors_data();
    void caFileErrors();
    void caFileReadsEveryCertificate();

private:
    [[nodiscard]] const TestCertificates &certificates() const { return *m_certificates; }

    ManualClock m_clock;
    std::unique_ptr<TestCertificates> m_certificates;
    QTemporaryDir m_files;
};

void TestTls::initTestCase()
{
    qRegisterMetaType<FetchResult>();
    if (!QSslSocket::supportsSsl())
        QSKIP("no TLS backend");
    m_certificates = std::make_unique<TestCertificates>();
    QVERIFY2(m_certificates->error().isEmpty(), qPrintable(m_certificates->error()));
    QVERIFY(m_files.isValid());
}

void TestTls::selfSignedIsRefused()
{
    const auto &a = certificates().selfSigned();
    TlsTestServer server;
    QVERIFY(server.listen(a.certificate, a.key));
    VezaClient client(&m_clock);
    client.setConnection(connectionTo(server));

    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QCOMPARE(result.error.kind, VezaError::Kind::Tls);
    const QByteArray sha256 = TestCertificates::sha256(a.certificate);
    QCOMPARE(result.error.certificate.sha256, sha256);
    QVERIFY2(result.error.certificate.subject.contains(QLatin1String("CN=127.0.0.1")),
        qPrintable(result.error.certificate.subject));
    QVERIFY(!result.error.certificate.errors.isEmpty());

    const QString text = describeError(result.error);
    QVERIFY2(text.contains(fingerprintText(sha256)), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("refused")), qPrintable(text));
    QVERIFY(!text.contains(client.connection().apiKey));
    QCOMPARE(summariseError(result.error), QStringLiteral("Certificate refused"));
    // Nothing went over the refused connection, the key least of all.
    QCOMPARE(server.requests(), 0);
}

void TestTls::acceptedThroughCaFile()
{
    const auto &b = certificates().caSigned();
    TlsTestServer server;
    QVERIFY(server.listen(b.certificate, b.key));
    VezaClient client(&m_clock);
    Connection connection = connectionTo(server);
    client.setConnection(connection);
    QCOMPARE(fetchOne(client, QStringLiteral("x")).error.kind, VezaError::Kind::Tls); // a CA nobody trusts yet

    const CaFileResult ca = loadCaFile(certificates().ca().certificatePath);
    QVERIFY2(ca.error.isEmpty(), qPrintable(ca.error));
    QCOMPARE(ca.certificates, QList<QSslCertificate>{certificates().ca().certificate});
    connection.extraCaCertificates = ca.certificates;
    QVERIFY(client.setConnection(connection));
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    QCOMPARE(result.task->status, TaskStatus::Succeeded);
    QCOMPARE(server.requests(), 1);
}

void TestTls::acceptedWhenPinned()
{
    const auto &a = certificates().selfSigned();
    TlsTestServer server;
    QVERIFY(server.listen(a.certificate, a.key));
    VezaClient client(&m_clock);
    Connection connection = connectionTo(server, a.certificate);
    client.setConnection(connection);

    for (int i = 0; i < 2; ++i) {
        const FetchResult result = fetchOne(client, QStringLiteral("x"));
        QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
        QCOMPARE(result.task->state, TaskState::Complete);
        QCOMPARE(result.task->id, QStringLiteral("x"));
    }
    // The second request rode on the first one's connection: what the cache test below relies on.
    QCOMPARE(server.handshakes(), 1);
    QCOMPARE(server.requests(), 2);
}

void TestTls::pinDoesNotCoverAnotherCertificate()
{
    const auto &a = certificates().selfSigned();
    const auto &c = certificates().otherSelfSigned();
    TlsTestServer server;
    QVERIFY(server.listen(a.certificate, a.key));
    VezaClient client(&m_clock);
    Connection connection = connectionTo(server, a.certificate);
    client.setConnection(connection);
    QVERIFY(fetchOne(client, QStringLiteral("x")).ok());

    // The same address now presents another certificate (same name, same issuer name): the pin does not cover it.
    server.setIdentity(c.certificate, c.key);
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QCOMPARE(result.error.kind, VezaError::Kind::Tls);
    QCOMPARE(result.error.certificate.sha256, TestCertificates::sha256(c.certificate));
    QCOMPARE(server.requests(), 1);
}

void TestTls::unpinningRefusesAgain()
{
    const auto &a = certificates().selfSigned();
    TlsTestServer server;
    QVERIFY(server.listen(a.certificate, a.key));
    VezaClient client(&m_clock);
    Connection connection = connectionTo(server, a.certificate);
    client.setConnection(connection);
    QVERIFY(fetchOne(client, QStringLiteral("x")).ok());

    // The server keeps the pinned connection open; without the pin it must not serve another request.
    connection.pinnedSha256.clear();
    QVERIFY(client.setConnection(connection));
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QCOMPARE(result.error.kind, VezaError::Kind::Tls);
    QCOMPARE(result.error.certificate.sha256, TestCertificates::sha256(a.certificate));
    QCOMPARE(server.requests(), 1);

    // And back: pinned again, accepted again.
    connection.pinnedSha256 = {TestCertificates::sha256(a.certificate)};
    QVERIFY(client.setConnection(connection));
    QVERIFY(fetchOne(client, QStringLiteral("x")).ok());
}

void TestTls::redirectHopIsCheckedToo()
{
    const auto &a = certificates().selfSigned();
    const auto &c = certificates().otherSelfSigned();
    {
        // The hop's own handshake meets the pinned certificate again: followed.
        TlsTestServer server;
        QVERIFY(server.listen(a.certificate, a.key));
        VezaClient client(&m_clock);
        Connection connection = connectionTo(server);
        connection.pinnedSha256 = {TestCertificates::sha256(a.certificate)};
        client.setConnection(connection);
        const FetchResult result = fetchOne(client, QStringLiteral("hop"));
        QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
        QCOMPARE(result.task->id, QStringLiteral("x"));
        QCOMPARE(server.handshakes(), 2);
        QCOMPARE(server.requests(), 2);
    }
    {
        // After the redirect the server presents another certificate: the hop is refused, its key not sent.
        TlsTestServer server;
        QVERIFY(server.listen(a.certificate, a.key));
        connect(
            &server, &TlsTestServer::redirected, &server, [&server, &c] { server.setIdentity(c.certificate, c.key); });
        VezaClient client(&m_clock);
        Connection connection = connectionTo(server);
        connection.pinnedSha256 = {TestCertificates::sha256(a.certificate)};
        client.setConnection(connection);
        const FetchResult result = fetchOne(client, QStringLiteral("hop"));
        QCOMPARE(result.error.kind, VezaError::Kind::Tls);
        QCOMPARE(result.error.certificate.sha256, TestCertificates::sha256(c.certificate));
        QCOMPARE(server.requests(), 1);
    }
}

void TestTls::everyChangeOfTheConnectionCounts()
{
    VezaClient client(&m_clock);
    Connection connection;
    connection.baseUrl = QUrl(QStringLiteral("https://tenant.example"));
    connection.apiKey = QStringLiteral("k");
    QVERIFY(client.setConnection(connection));
    QVERIFY(!client.setConnection(connection));

    const std::function<void(Connection &)> changes[] = {
        [](Connection &c) { c.proxy.mode = ProxySettings::Mode::Http; },
        [](Connection &c) { c.proxy.host = QStringLiteral("proxy.example"); },
        [](Connection &c) { c.proxy.port = 3128; },
        [](Connection &c) { c.proxy.user = QStringLiteral("someone"); },
        [](Connection &c) { c.proxyPassword = QStringLiteral("secret"); },
        [this](Connection &c) { c.extraCaCertificates = {certificates().ca().certificate}; },
        [this](Connection &c) { c.pinnedSha256 = {TestCertificates::sha256(certificates().selfSigned().certificate)}; },
        [](Connection &c) { c.pinnedSha256.clear(); },
    };
    for (const auto &change : changes) {
        change(connection);
        QVERIFY(client.setConnection(connection));
        QCOMPARE(client.connection(), connection);
        QVERIFY(!client.setConnection(connection));
    }
}

void TestTls::certificateInfoDescribes()
{
    const auto &a = certificates().selfSigned();
    const QSslError selfSigned(QSslError::SelfSignedCertificate, a.certificate);
    const CertificateInfo info = CertificateInfo::of(a.certificate, {selfSigned, selfSigned});
    QCOMPARE(info.subject, QStringLiteral("CN=127.0.0.1, O=Veza Test, OU=Self-signed A"));
    QCOMPARE(info.issuer, info.subject);
    QCOMPARE(info.sha256, TestCertificates::sha256(a.certificate));
    QCOMPARE(info.errors, QStringList{selfSigned.errorString()}); // said once
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(info.notBeforeMs <= now && now < info.notAfterMs);
    QVERIFY(!info.isEmpty());
    QVERIFY(CertificateInfo{}.isEmpty());

    const QString text = info.describe();
    QVERIFY2(text.contains(QLatin1String("Subject: CN=127.0.0.1, O=Veza Test")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Issuer: CN=127.0.0.1")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Valid from ")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("SHA-256 fingerprint: ") + fingerprintText(info.sha256)), qPrintable(text));
    QVERIFY2(text.contains(selfSigned.errorString()), qPrintable(text));
    QVERIFY(text.count(QLatin1Char('\n')) >= 4);

    const CertificateInfo leaf = CertificateInfo::of(certificates().caSigned().certificate, {});
    QCOMPARE(leaf.issuer, QStringLiteral("CN=Veza Test CA, O=Veza Test"));
    QVERIFY(leaf.errors.isEmpty());
}

void TestTls::caFileErrors_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expected");

    const QString notPem = m_files.filePath(QStringLiteral("not-pem.txt"));
    QVERIFY(writeFile(notPem, "hello, this is no certificate\n"));
    // Past the cap even though it starts like a certificate file.
    const QString tooLarge = m_files.filePath(QStringLiteral("too-large.pem"));
    QVERIFY(writeFile(tooLarge, "-----BEGIN CERTIFICATE-----\n" + QByteArray(kMaxCaFileBytes, 'A')));
    const QString empty = m_files.filePath(QStringLiteral("empty.pem"));
    QVERIFY(writeFile(empty, {}));

    QTest::newRow("missing") << m_files.filePath(QStringLiteral("nothing-here.pem")) << "does not exist";
    QTest::newRow("no path") << QString() << "does not exist";
    QTest::newRow("not PEM") << notPem << "holds no certificate";
    QTest::newRow("empty") << empty << "holds no certificate";
    QTest::newRow("too large") << tooLarge << "is larger than";
    if (QFile::exists(QStringLiteral("/dev/zero")))
        QTest::newRow("endless device") << QStringLiteral("/dev/zero") << "is larger than";
    QTest::newRow("a directory") << m_files.path() << "could not be read";
}

void TestTls::caFileErrors()
{
    QFETCH(QString, path);
    QFETCH(QString, expected);
    const CaFileResult result = loadCaFile(path);
    QVERIFY(result.certificates.isEmpty());
    QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    QVERIFY2(result.error.contains(QDir::toNativeSeparators(path)), qPrintable(result.error));
}

void TestTls::caFileReadsEveryCertificate()
{
    // A bundle as people make it: several PEM blocks, with text around them.
    QFile ca(certificates().ca().certificatePath);
    QFile other(certificates().otherSelfSigned().certificatePath);
    QVERIFY(ca.open(QIODevice::ReadOnly) && other.open(QIODevice::ReadOnly));
    const QString bundle = m_files.filePath(QStringLiteral("bundle.pem"));
    QVERIFY(writeFile(bundle, "Corporate CA\n" + ca.readAll() + "\nand another\n" + other.readAll()));

    const CaFileResult result = loadCaFile(bundle);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.certificates,
        (QList<QSslCertificate>{certificates().ca().certificate, certificates().otherSelfSigned().certificate}));
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
