// SPDX-License-Identifier: MIT
#include "clock.h"
#include "fetchone.h"
#include "simfixture.h"
#include "testcertificates.h"
#include "testproxy.h"
#include "tlstestserver.h"
#include "vezaclient.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTest>

#include <memory>

namespace {

QJsonObject spec(const QString &id)
{
    return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("pending_ms"), 0}, {QStringLiteral("running_ms"), 0},
        {QStringLiteral("status"), QStringLiteral("SUCCEEDED")}};
}

Connection direct(Connection connection)
{
    connection.proxy.mode = ProxySettings::Mode::None;
    return connection;
}

Connection throughProxy(
    Connection connection, const TestProxy &proxy, const QString &user = {}, const QString &password = {})
{
    connection.proxy.mode = ProxySettings::Mode::Http;
    connection.proxy.host = QStringLiteral("127.0.0.1");
    connection.proxy.port = proxy.port();
    connection.proxy.user = user;
    connection.proxyPassword = password;
    return connection;
}

QString target(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

const QString kUser = QStringLiteral("proxy-user");
const QString kPassword = QStringLiteral("right-password");
const QString kWrongPassword = QStringLiteral("wrong-password");

} // namespace

// Connections through an HTTP proxy of their own: plain http forwarded, https tunnelled, credentials answered once.
class TestProxyUse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void onlyTheProxiedConnectionIsSeen();
    void credentialsPass();
    void wrongCredentialsFailWithoutALoop_data();
    void wrongCredentialsFailWithoutALoop();
    void missingCredentialsSaySo();
    void httpsThroughConnect();

private:
    ManualClock m_clock;
    std::unique_ptr<TestCertificates> m_certificates;
};

void TestProxyUse::initTestCase()
{
    qRegisterMetaType<FetchResult>();
    if (QSslSocket::supportsSsl()) {
        m_certificates = std::make_unique<TestCertificates>();
        QVERIFY2(m_certificates->error().isEmpty(), qPrintable(m_certificates->error()));
    }
}

void TestProxyUse::onlyTheProxiedConnectionIsSeen()
{
    SimFixture simA;
    SimFixture simB;
    QVERIFY(simA.isListening() && simB.isListening());
    QVERIFY(simA.addTask(spec(QStringLiteral("a-1"))));
    QVERIFY(simB.addTask(spec(QStringLiteral("b-1"))));
    TestProxy proxy;
    QVERIFY(proxy.listen());

    // Two connections, two clients: one through the proxy, one not, at the same time.
    VezaClient proxied(&m_clock);
    VezaClient unproxied(&m_clock);
    proxied.setConnection(throughProxy(simA.connection(), proxy));
    unproxied.setConnection(direct(simB.connection()));
    QSignalSpy proxiedDone(&proxied, &TaskFetcher::finished);
    QSignalSpy unproxiedDone(&unproxied, &TaskFetcher::finished);
    proxied.fetch(QStringLiteral("a-1"));
    unproxied.fetch(QStringLiteral("b-1"));
    QTRY_COMPARE_WITH_TIMEOUT(proxiedDone.size() + unproxiedDone.size(), 2, 10'000);

    for (const QSignalSpy *spy : {&proxiedDone, &unproxiedDone}) {
        const FetchResult result = spy->at(0).at(0).value<FetchResult>();
        QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
        QCOMPARE(result.task->status, TaskStatus::Succeeded);
    }
    QCOMPARE(proxy.targets(), QStringList{target(simA.server().port())});
    QCOMPARE(simA.server().requestCount(QStringLiteral("a-1")), 1);
    QCOMPARE(simB.server().requestCount(QStringLiteral("b-1")), 1);

    // The same client without the proxy from now on: no longer seen.
    proxied.setConnection(direct(simA.connection()));
    QVERIFY(fetchOne(proxied, QStringLiteral("a-1")).ok());
    QCOMPARE(proxy.targets().size(), 1);
    QCOMPARE(simA.server().requestCount(QStringLiteral("a-1")), 2);
}

void TestProxyUse::credentialsPass()
{
    SimFixture sim;
    QVERIFY(sim.addTask(spec(QStringLiteral("t-1"))));
    TestProxy proxy;
    QVERIFY(proxy.listen());
    proxy.requireCredentials(kUser, kPassword);

    VezaClient client(&m_clock);
    client.setConnection(throughProxy(sim.connection(), proxy, kUser, kPassword));
    for (int i = 0; i < 3; ++i) {
        const FetchResult result = fetchOne(client, QStringLiteral("t-1"));
        QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    }
    QCOMPARE(sim.server().requestCount(QStringLiteral("t-1")), 3);
    // Qt first asks without credentials; after that one refusal it keeps them.
    QCOMPARE(proxy.refusals(), 1);

    // Many at once on a new client, as polling does: answering the ask once covers every parallel connection.
    VezaClient parallel(&m_clock);
    parallel.setConnection(throughProxy(sim.connection(), proxy, kUser, kPassword));
    QSignalSpy finished(&parallel, &TaskFetcher::finished);
    constexpr int kParallel = 8;
    for (int i = 0; i < kParallel; ++i)
        parallel.fetch(QStringLiteral("t-1"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), kParallel, 10'000);
    for (const QList<QVariant> &arguments : std::as_const(finished)) {
        const FetchResult result = arguments.at(0).value<FetchResult>();
        QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    }
    QCOMPARE(sim.server().requestCount(QStringLiteral("t-1")), 3 + kParallel);
}

void TestProxyUse::wrongCredentialsFailWithoutALoop_data()
{
    QTest::addColumn<bool>("https");
    QTest::newRow("http, forwarded") << false;
    QTest::newRow("https, CONNECT") << true;
}

void TestProxyUse::wrongCredentialsFailWithoutALoop()
{
    QFETCH(bool, https);
    if (https && !m_certificates)
        QSKIP("no TLS backend");
    SimFixture sim;
    QVERIFY(sim.addTask(spec(QStringLiteral("t-1"))));
    TlsTestServer tlsServer;
    Connection server = sim.connection();
    if (https) {
        const auto &a = m_certificates->selfSigned();
        QVERIFY(tlsServer.listen(a.certificate, a.key));
        server.baseUrl = tlsServer.baseUrl();
        server.pinnedSha256 = {TestCertificates::sha256(a.certificate)};
    }
    TestProxy proxy;
    QVERIFY(proxy.listen());
    proxy.requireCredentials(kUser, kPassword);

    VezaClient client(&m_clock);
    client.setConnection(throughProxy(server, proxy, kUser, kWrongPassword));
    for (int attempt = 1; attempt <= 2; ++attempt) {
        QElapsedTimer elapsed;
        elapsed.start();
        const FetchResult result = fetchOne(client, QStringLiteral("t-1"));
        QCOMPARE(result.error.kind, VezaError::Kind::Network);
        QCOMPARE(result.error.httpStatus, 407);
        const QString text = describeError(result.error);
        QVERIFY2(text.contains(QLatin1String("proxy refused")), qPrintable(text));
        QVERIFY2(text.contains(kUser), qPrintable(text));
        QVERIFY(!text.contains(kWrongPassword));
        QCOMPARE(summariseError(result.error), QStringLiteral("Proxy refused the credentials"));
        QVERIFY2(elapsed.elapsed() < 5'000, qPrintable(QString::number(elapsed.elapsed())));
        // Asked without and with the credentials at most: no loop.
        QVERIFY2(proxy.refusals() <= 2 * attempt, qPrintable(QString::number(proxy.refusals())));
    }
    QCOMPARE(sim.server().requestCount(QStringLiteral("t-1")), 0);
    QCOMPARE(tlsServer.requests(), 0);

    // The right password, and the request passes.
    client.setConnection(throughProxy(server, proxy, kUser, kPassword));
    const FetchResult result = fetchOne(client, QStringLiteral("t-1"));
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
}

void TestProxyUse::missingCredentialsSaySo()
{
    SimFixture sim;
    TestProxy proxy;
    QVERIFY(proxy.listen());
    proxy.requireCredentials(kUser, kPassword);
    VezaClient client(&m_clock);
    client.setConnection(throughProxy(sim.connection(), proxy));
    const FetchResult result = fetchOne(client, QStringLiteral("t-1"));
    QCOMPARE(result.error.kind, VezaError::Kind::Network);
    QCOMPARE(result.error.httpStatus, 407);
    QVERIFY2(result.error.technical.contains(QLatin1String("has none")), qPrintable(result.error.technical));
    QCOMPARE(proxy.refusals(), 1);
}

void TestProxyUse::httpsThroughConnect()
{
    if (!m_certificates)
        QSKIP("no TLS backend");
    const auto &a = m_certificates->selfSigned();
    TlsTestServer server;
    QVERIFY(server.listen(a.certificate, a.key));
    TestProxy proxy;
    QVERIFY(proxy.listen());

    Connection connection;
    connection.baseUrl = server.baseUrl();
    connection.apiKey = QStringLiteral("key-through-the-tunnel");
    VezaClient client(&m_clock);

    // The tunnel changes nothing about trust: unpinned, the self-signed certificate is refused...
    client.setConnection(throughProxy(connection, proxy));
    const FetchResult refused = fetchOne(client, QStringLiteral("x"));
    QCOMPARE(refused.error.kind, VezaError::Kind::Tls);
    QCOMPARE(refused.error.certificate.sha256, TestCertificates::sha256(a.certificate));

    // ...and pinned, it is accepted, through the proxy.
    connection.pinnedSha256 = {TestCertificates::sha256(a.certificate)};
    client.setConnection(throughProxy(connection, proxy));
    const FetchResult result = fetchOne(client, QStringLiteral("x"));
    QVERIFY2(result.ok(), qPrintable(describeError(result.error)));
    QCOMPARE(server.requests(), 1);
    QCOMPARE(proxy.targets(), (QStringList{target(server.port()), target(server.port())}));
}

QTEST_GUILESS_MAIN(TestProxyUse)
#include "tst_proxy.moc"
