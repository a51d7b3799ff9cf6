// SPDX-License-Identifier: MIT
#include "testcertificates.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>

namespace {

const QString kServerName = QStringLiteral("subjectAltName=IP:127.0.0.1");
const QString kNotCa = QStringLiteral("basicConstraints=critical,CA:FALSE");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

TestCertificates::TestCertificates()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary directory");
        return;
    }
    // Our own configuration file: the system's openssl.cnf could add extensions of its own.
    if (!writeFile(m_dir.filePath(QStringLiteral("openssl.cnf")), "[req]\ndistinguished_name = dn\nprompt = no\n[dn]\n")
        || !writeFile(m_dir.filePath(QStringLiteral("leaf.ext")),
            (kServerName + QLatin1Char('\n') + kNotCa + QLatin1String("\nextendedKeyUsage=serverAuth\n")).toLatin1())) {
        m_error = QStringLiteral("cannot write to %1").arg(m_dir.path());
        return;
    }
    const bool made = makeSelfSigned(QStringLiteral("a"), QStringLiteral("/CN=127.0.0.1/O=Veza Test/OU=Self-signed A"),
                          {kServerName, kNotCa})
        && makeSelfSigned(QStringLiteral("ca"), QStringLiteral("/CN=Veza Test CA/O=Veza Test"),
            {QStringLiteral("basicConstraints=critical,CA:TRUE"),
                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")})
        && openssl({QStringLiteral("req"), QStringLiteral("-config"), m_dir.filePath(QStringLiteral("openssl.cnf")),
            QStringLiteral("-new"), QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
            QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            m_dir.filePath(QStringLiteral("b.key")), QStringLiteral("-out"), m_dir.filePath(QStringLiteral("b.csr")),
            QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1/O=Veza Test/OU=CA-signed B")})
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            m_dir.filePath(QStringLiteral("b.csr")), QStringLiteral("-CA"), m_dir.filePath(QStringLiteral("ca.crt")),
            QStringLiteral("-CAkey"), m_dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-set_serial"),
            QStringLiteral("2"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
            m_dir.filePath(QStringLiteral("leaf.ext")), QStringLiteral("-out"),
            m_dir.filePath(QStringLiteral("b.crt"))})
        && makeSelfSigned(
            QStringLiteral("c"), QStringLiteral("/CN=127.0.0.1/O=Veza Test/OU=Self-signed C"), {kServerName, kNotCa});
    if (!made)
        return;

    m_selfSigned = load(QStringLiteral("a"));
    m_ca = load(QStringLiteral("ca"));
    m_caSigned = load(QStringLiteral("b"));
    m_otherSelfSigned = load(QStringLiteral("c"));
    for (const Identity *identity : {&m_selfSigned, &m_ca, &m_caSigned, &m_otherSelfSigned}) {
        if (identity->certificate.isNull() || identity->key.isNull())
            m_error = QStringLiteral("Qt could not read %1 or its key").arg(identity->certificatePath);
    }
}

QByteArray TestCertificates::sha256(const QSslCertificate &certificate)
{
    return QCryptographicHash::hash(certificate.toDer(), QCryptographicHash::Sha256);
}

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2 %3")
                      .arg(arguments.value(0), process.errorString(), QString::fromLocal8Bit(process.readAll()));
        return false;
    }
    return true;
}

bool TestCertificates::makeSelfSigned(const QString &name, const QString &subject, const QStringList &extensions)
{
    QStringList arguments{QStringLiteral("req"), QStringLiteral("-config"),
        m_dir.filePath(QStringLiteral("openssl.cnf")), QStringLiteral("-x509"), QStringLiteral("-newkey"),
        QStringLiteral("ec"), QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-keyout"),
        m_dir.filePath(name + QLatin1String(".key")), QStringLiteral("-out"),
        m_dir.filePath(name + QLatin1String(".crt")), QStringLiteral("-subj"), subject};
    for (const QString &extension : extensions)
        arguments << QStringLiteral("-addext") << extension;
    return openssl(arguments);
}

TestCertificates::Identity TestCertificates::load(const QString &name)
{
    Identity identity;
    identity.certificatePath = m_dir.filePath(name + QLatin1String(".crt"));
    identity.certificate = QSslCertificate(readFile(identity.certificatePath), QSsl::Pem);
    identity.key = QSslKey(readFile(m_dir.filePath(name + QLatin1String(".key"))), QSsl::Ec, QSsl::Pem);
    return identity;
}
