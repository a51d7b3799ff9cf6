// SPDX-License-Identifier: MIT
#include "connection.h"

#include <QTest>

class TestConnection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void rejects_data();
    void rejects();
    void taskUrlKeepsIdInOneSegment_data();
    void taskUrlKeepsIdInOneSegment();
    void sameOrigin();
    void savedTextReadsBackUnchanged_data();
    void savedTextReadsBackUnchanged();
    void loopbackIsNeverProxied();
};

void TestConnection::normalise_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain host") << "your-org.vezacloud.com"
                                << "https://your-org.vezacloud.com";
    QTest::newRow("https") << "https://your-org.vezacloud.com"
                           << "https://your-org.vezacloud.com";
    QTest::newRow("trailing slash") << "https://your-org.vezacloud.com/"
                                    << "https://your-org.vezacloud.com";
    QTest::newRow("many slashes") << "https://your-org.vezacloud.com///"
                                  << "https://your-org.vezacloud.com";
    QTest::newRow("api v1") << "https://your-org.vezacloud.com/api/v1"
                            << "https://your-org.vezacloud.com";
    QTest::newRow("api v1 slash") << "your-org.vezacloud.com/api/v1/"
                                  << "https://your-org.vezacloud.com";
    QTest::newRow("whole endpoint") << "https://your-org.vezacloud.com/api/v1/assessments/async_tasks/abc"
                                    << "https://your-org.vezacloud.com";
    QTest::newRow("uppercase host") << "  HTTPS://Your-Org.VezaCloud.com  "
                                    << "https://your-org.vezacloud.com";
    QTest::newRow("default port dropped") << "https://a.example:443/"
                                          << "https://a.example";
    QTest::newRow("other port kept") << "https://a.example:8443"
                                     << "https://a.example:8443";
    QTest::newRow("path prefix kept") << "https://gw.example/veza/api/v1"
                                      << "https://gw.example/veza";
    QTest::newRow("loopback http") << "http://127.0.0.1:8765/"
                                   << "http://127.0.0.1:8765";
    QTest::newRow("localhost http") << "http://localhost:8765"
                                    << "http://localhost:8765";
    QTest::newRow("ipv6 loopback http") << "http://[::1]:8765"
                                        << "http://[::1]:8765";
    QTest::newRow("loopback range") << "http://127.3.2.1:9"
                                    << "http://127.3.2.1:9";
}

void TestConnection::normalise()
{
    QFETCH(QString, input);
    const BaseUrlResult result = normaliseBaseUrl(input);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QTEST(result.url.toString(), "expected");
}

void TestConnection::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("empty") << "";
    QTest::newRow("spaces") << "   ";
    QTest::newRow("plain http remote") << "http://your-org.vezacloud.com";
    QTest::newRow("http private range") << "http://10.0.0.5";
    QTest::newRow("ftp") << "ftp://your-org.vezacloud.com";
    QTest::newRow("credentials in url") << "https://user:secret@your-org.vezacloud.com";
    QTest::newRow("no host") << "https://";
    QTest::newRow("spaces inside") << "https://your org.com";
}

void TestConnection::rejects()
{
    QFETCH(QString, input);
    const BaseUrlResult result = normaliseBaseUrl(input);
    QVERIFY(result.url.isEmpty());
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(!result.error.contains(QLatin1String("secret")), "the error must not echo credentials");
}

void TestConnection::taskUrlKeepsIdInOneSegment_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QByteArray>("encodedTail");
    QTest::newRow("uuid") << "3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10"
                          << QByteArray("/async_tasks/3f6c1e2a-8b1d-4c3e-9a57-2d0c4b7e9f10");
    QTest::newRow("slash") << "a/b" << QByteArray("/async_tasks/a%2Fb");
    QTest::newRow("query") << "a/b?c" << QByteArray("/async_tasks/a%2Fb%3Fc");
    QTest::newRow("dot dot") << "../../x" << QByteArray("/async_tasks/..%2F..%2Fx");
    QTest::newRow("three dots") << "..." << QByteArray("/async_tasks/...");
    QTest::newRow("percent") << "100%" << QByteArray("/async_tasks/100%25");
    QTest::newRow("space and hash") << "a b#c" << QByteArray("/async_tasks/a%20b%23c");
    QTest::newRow("unicode") << "zäh" << QByteArray("/async_tasks/z%C3%A4h");
}

void TestConnection::taskUrlKeepsIdInOneSegment()
{
    QFETCH(QString, id);
    QFETCH(QByteArray, encodedTail);
    const QUrl url = taskUrl(QUrl(QStringLiteral("https://t.example/prefix")), id);
    const QByteArray encoded = url.toEncoded();
    QVERIFY2(encoded.startsWith("https://t.example/prefix/api/v1/assessments/async_tasks/"), encoded.constData());
    QVERIFY2(encoded.endsWith(encodedTail), encoded.constData());
    QVERIFY(!url.hasQuery());
    QVERIFY(!url.hasFragment());
}

void TestConnection::sameOrigin()
{
    const QUrl base(QStringLiteral("https://a.example"));
    QVERIFY(isSameOrigin(base, QUrl(QStringLiteral("https://a.example:443/other"))));
    QVERIFY(isSameOrigin(base, QUrl(QStringLiteral("https://A.EXAMPLE/x"))));
    QVERIFY(!isSameOrigin(base, QUrl(QStringLiteral("http://a.example/x"))));
    QVERIFY(!isSameOrigin(base, QUrl(QStringLiteral("https://b.example/x"))));
    QVERIFY(!isSameOrigin(base, QUrl(QStringLiteral("https://a.example:8443/x"))));
}

void TestConnection::savedTextReadsBackUnchanged_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("encoded space") << QStringLiteral("https://example.com/a%20b");
    QTest::newRow("encoded unicode") << QStringLiteral("https://gw.example/v%C3%A9za/api/v1");
    QTest::newRow("unicode") << QStringLiteral("https://gw.example/véza");
    QTest::newRow("encoded slash") << QStringLiteral("https://gw.example/a%2Fb");
    QTest::newRow("encoded percent") << QStringLiteral("https://gw.example/100%25");
    QTest::newRow("tilde") << QStringLiteral("https://example.com/%7Euser/");
    QTest::newRow("idn host") << QStringLiteral("https://bücher.example");
    QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]:8765/x%20y");
}

void TestConnection::savedTextReadsBackUnchanged()
{
    // As the settings file does: save the text, read it back at the next start.
    QFETCH(QString, input);
    const BaseUrlResult first = normaliseBaseUrl(input);
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    const QString saved = baseUrlText(first.url);
    const BaseUrlResult again = normaliseBaseUrl(saved);
    QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    QCOMPARE(again.url, first.url);
    QCOMPARE(baseUrlText(again.url), saved);
    QCOMPARE(taskUrl(again.url, QStringLiteral("t")), taskUrl(first.url, QStringLiteral("t")));
}

void TestConnection::loopbackIsNeverProxied()
{
    const ProxySettings system;
    QCOMPARE(effectiveProxy(system, QUrl(QStringLiteral("http://127.0.0.1:8080"))).mode, ProxySettings::Mode::None);
    QCOMPARE(effectiveProxy(system, QUrl(QStringLiteral("http://localhost"))).mode, ProxySettings::Mode::None);
    QCOMPARE(
        effectiveProxy(system, QUrl(QStringLiteral("https://acme.vezacloud.com"))).mode, ProxySettings::Mode::System);
    // A proxy the user chose for this connection is used, even for this computer.
    const ProxySettings own{ProxySettings::Mode::Http, QStringLiteral("proxy.example"), 3128, {}};
    QCOMPARE(effectiveProxy(own, QUrl(QStringLiteral("http://127.0.0.1:8080"))), own);
}

QTEST_GUILESS_MAIN(TestConnection)
#include "tst_connection.moc"
