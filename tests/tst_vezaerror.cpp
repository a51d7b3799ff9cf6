// SPDX-License-Identifier: MIT
#include "vezaclient.h"
#include "vezaerror.h"

#include <QTest>

#include <limits>

class TestVezaError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsVezaErrorBody();
    void numericCode();
    void htmlAndEmptyBodies_data();
    void htmlAndEmptyBodies();
    void kindsByStatus_data();
    void kindsByStatus();
    void everyKindHasASentence();
    void refusedCertificateIsNamed();
    void proxyRefusalIsNamed();
    void retryAfter_data();
    void retryAfter();
};

void TestVezaError::readsVezaErrorBody()
{
    const QByteArray body
        = R"({"code":"NotFound","message":"Not Found","request_id":"1de5abc","timestamp":"2022-08-05T21:06:53Z",
        "details":[{"@type":"type.googleapis.com/errorstatus.v1.UserFacingErrorInfo","reason":"NOT_FOUND",
                    "message":"Requested resource was not found.","resolution":""}]})";
    const VezaError error = errorFromHttp(404, body);
    QCOMPARE(error.kind, VezaError::Kind::NotFound);
    QCOMPARE(error.httpStatus, 404);
    QCOMPARE(error.code, QStringLiteral("NotFound"));
    QCOMPARE(error.message, QStringLiteral("Not Found"));
    QCOMPARE(error.details, QStringList{QStringLiteral("Requested resource was not found.")});
    QCOMPARE(error.requestId, QStringLiteral("1de5abc"));

    const QString sentence = describeError(error);
    QVERIFY(sentence.contains(QLatin1String("404")));
    QVERIFY(sentence.contains(QLatin1String("Requested resource was not found.")));
    QVERIFY(sentence.contains(QLatin1String("1de5abc")));
    QVERIFY(!error.isTransient());
}

void TestVezaError::numericCode()
{
    const VezaError error = errorFromHttp(500, R"({"code":13,"message":"internal"})");
    QCOMPARE(error.kind, VezaError::Kind::Server);
    QCOMPARE(error.code, QStringLiteral("13"));
    QVERIFY(error.isTransient());
}

void TestVezaError::htmlAndEmptyBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("technical");
    QTest::newRow("html") << QByteArray("<html>\n<body>\n<h1>502 Bad Gateway</h1></body></html>")
                          << "<html> <body> <h1>502 Bad Gateway</h1></body></html>";
    QTest::newRow("empty") << QByteArray() << "";
    QTest::newRow("json array") << QByteArray("[1]") << "[1]";
}

void TestVezaError::htmlAndEmptyBodies()
{
    QFETCH(QByteArray, body);
    const VezaError error = errorFromHttp(502, body);
    QCOMPARE(error.kind, VezaError::Kind::Server);
    QTEST(error.technical, "technical");
    QVERIFY(error.message.isEmpty());
    QVERIFY(describeError(error).contains(QLatin1String("502")));
}

void TestVezaError::kindsByStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<VezaError::Kind>("kind");
    QTest::addColumn<bool>("transient");
    QTest::newRow("400") << 400 << VezaError::Kind::Http << false;
    QTest::newRow("401") << 401 << VezaError::Kind::Unauthorized << false;
    QTest::newRow("403") << 403 << VezaError::Kind::Unauthorized << false;
    QTest::newRow("404") << 404 << VezaError::Kind::NotFound << false;
    QTest::newRow("429") << 429 << VezaError::Kind::RateLimited << true;
    QTest::newRow("500") << 500 << VezaError::Kind::Server << true;
    QTest::newRow("502") << 502 << VezaError::Kind::Server << true;
    QTest::newRow("503") << 503 << VezaError::Kind::Unavailable << true;
    QTest::newRow("504") << 504 << VezaError::Kind::Server << true;
}

void TestVezaError::kindsByStatus()
{
    QFETCH(int, status);
    const VezaError error = errorFromHttp(status, {});
    QTEST(error.kind, "kind");
    QTEST(error.isTransient(), "transient");
}

void TestVezaError::everyKindHasASentence()
{
    using K = VezaError::Kind;
    QVERIFY(describeError(VezaError{}).isEmpty());
    for (K kind : {K::Configuration, K::Network, K::Timeout, K::Tls, K::Redirect, K::RedirectLoop, K::Transfer,
             K::TooLarge, K::Unauthorized, K::NotFound, K::RateLimited, K::Unavailable, K::Server, K::Http,
             K::BadResponse, K::Canceled}) {
        VezaError error;
        error.kind = kind;
        error.httpStatus = 418;
        QVERIFY2(describeError(error).endsWith(QLatin1Char('.')), qPrintable(describeError(error)));
        QVERIFY(!summariseError(error).isEmpty());
    }
}

void TestVezaError::refusedCertificateIsNamed()
{
    VezaError error;
    error.kind = VezaError::Kind::Tls;
    error.technical = QStringLiteral("SSL handshake failed: The certificate is self-signed, and untrusted");
    VezaError withCertificate = error;
    withCertificate.certificate.sha256 = QByteArray(32, '\xab');
    withCertificate.certificate.errors
        = QStringList{QStringLiteral("The certificate is self-signed, and untrusted"), QStringLiteral("Expired")};
    QVERIFY(withCertificate != error);

    const QString fingerprint = QStringList(32, QStringLiteral("AB")).join(QLatin1Char(':'));
    QCOMPARE(describeError(withCertificate),
        QStringLiteral("The server's certificate was refused: The certificate is self-signed, and untrusted. Its "
                       "SHA-256 fingerprint is %1.")
            .arg(fingerprint));
    QCOMPARE(summariseError(withCertificate), QStringLiteral("Certificate refused"));
    // A handshake that failed before any certificate: Qt's words, as before.
    QVERIFY(describeError(error).contains(error.technical));
    QCOMPARE(summariseError(error), QStringLiteral("Secure connection failed"));
}

void TestVezaError::proxyRefusalIsNamed()
{
    VezaError error;
    error.kind = VezaError::Kind::Network;
    error.httpStatus = 407;
    error.technical = QStringLiteral("the proxy refused the user name “u” and its password");
    const QString text = describeError(error);
    QVERIFY2(text.startsWith(QLatin1String("The proxy refused")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("407")));
    QVERIFY(text.contains(error.technical));
    QCOMPARE(summariseError(error), QStringLiteral("Proxy refused the credentials"));
}

void TestVezaError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<qint64>("expected"); // -1: none

    const qint64 now = QDateTime(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("seconds") << QByteArray("120") << now << qint64(120'000);
    QTest::newRow("zero") << QByteArray("0") << now << qint64(0);
    QTest::newRow("spaces") << QByteArray(" 5 ") << now << qint64(5'000);
    QTest::newRow("http-date") << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << now << qint64(30'000);
    QTest::newRow("date in the past") << QByteArray("Wed, 21 Oct 2015 07:00:00 GMT") << now << qint64(0);
    QTest::newRow("negative") << QByteArray("-3") << now << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << now << qint64(-1);
    QTest::newRow("empty") << QByteArray() << now << qint64(-1);
    // Absurd figures are cut to an hour, never overflowing on the way.
    const qint64 hour = kMaxRetryAfterMs;
    QTest::newRow("2^53 seconds") << QByteArray("9223372036854775") << now << hour;
    QTest::newRow("31 years") << QByteArray("999999999") << now << hour;
    QTest::newRow("just over an hour") << QByteArray("3601") << now << hour;
    QTest::newRow("an hour") << QByteArray("3600") << now << hour;
    QTest::newRow("more digits than any integer") << QByteArray(60, '9') << now << hour;
    QTest::newRow("longer than any header") << QByteArray(65, '9') << now << qint64(-1);
    QTest::newRow("date in the year 9999") << QByteArray("Fri, 31 Dec 9999 23:59:59 GMT") << now << hour;
    QTest::newRow("clock at the end of time")
        << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << std::numeric_limits<qint64>::max() << qint64(0);
    QTest::newRow("clock at the dawn of time")
        << QByteArray("Wed, 21 Oct 2015 07:28:30 GMT") << std::numeric_limits<qint64>::min() << hour;
    QTest::newRow("plus sign") << QByteArray("+5") << now << qint64(-1);
    QTest::newRow("decimal") << QByteArray("1.5") << now << qint64(-1);
}

void TestVezaError::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, nowMs);
    QFETCH(qint64, expected);
    const std::optional<qint64> wait = parseRetryAfter(header, nowMs);
    QCOMPARE(wait.value_or(-1), expected);
}

QTEST_GUILESS_MAIN(TestVezaError)
#include "tst_vezaerror.moc"
