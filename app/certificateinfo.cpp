// SPDX-License-Identifier: MIT
#include "certificateinfo.h"

#include "connectionprofile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSslCertificate>
#include <QSslError>

#include <utility>

namespace {

// A class for lupdate to read the context from: these are free functions.
struct CertificateText
{
    Q_DECLARE_TR_FUNCTIONS(CertificateInfo)
};

// "CN=host, O=Org, OU=Unit": the attributes people recognise, in the order browsers show them.
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    static const std::pair<QSslCertificate::SubjectInfo, const char *> attributes[] = {
        {QSslCertificate::CommonName, "CN"},
        {QSslCertificate::Organization, "O"},
        {QSslCertificate::OrganizationalUnitName, "OU"},
        {QSslCertificate::LocalityName, "L"},
        {QSslCertificate::StateOrProvinceName, "ST"},
        {QSslCertificate::CountryName, "C"},
    };
    QStringList parts;
    for (const auto &[attribute, label] : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        for (const QString &value : values)
            parts << QLatin1String(label) + QLatin1Char('=') + value;
    }
    if (!parts.isEmpty())
        return parts.join(QLatin1String(", "));
    // None of those (an e-mail address alone, say): Qt's own pick of a name.
    return issuer ? certificate.issuerDisplayName() : certificate.subjectDisplayName();
}

qint64 msOrZero(const QDateTime &date)
{
    return date.isValid() ? date.toMSecsSinceEpoch() : 0;
}

QString dateText(qint64 ms)
{
    return ms == 0 ? CertificateText::tr("unknown")
                   : QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

} // namespace

CertificateInfo CertificateInfo::of(const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    CertificateInfo info;
    if (!certificate.isNull()) {
        info.subject = distinguishedName(certificate, false);
        info.issuer = distinguishedName(certificate, true);
        info.notBeforeMs = msOrZero(certificate.effectiveDate());
        info.notAfterMs = msOrZero(certificate.expiryDate());
        info.sha256 = certificate.digest(QCryptographicHash::Sha256);
    }
    for (const QSslError &error : errors) {
        const QString text = error.errorString();
        if (!info.errors.contains(text))
            info.errors << text;
    }
    return info;
}

QString CertificateInfo::describe() const
{
    QStringList lines;
    if (!subject.isEmpty())
        lines << CertificateText::tr("Subject: %1").arg(subject);
    if (!issuer.isEmpty())
        lines << CertificateText::tr("Issuer: %1").arg(issuer);
    if (notBeforeMs != 0 || notAfterMs != 0)
        lines << CertificateText::tr("Valid from %1 to %2").arg(dateText(notBeforeMs), dateText(notAfterMs));
    if (!sha256.isEmpty())
        lines << CertificateText::tr("SHA-256 fingerprint: %1").arg(fingerprintText(sha256));
    if (!errors.isEmpty()) {
        lines << CertificateText::tr("Errors:");
        for (const QString &error : errors)
            lines << CertificateText::tr("- %1").arg(error);
    }
    return lines.join(QLatin1Char('\n'));
}

CaFileResult loadCaFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (path.isEmpty() || !file.exists())
        return {{}, CertificateText::tr("The CA file “%1” does not exist.").arg(shown)};
    if (!file.open(QIODevice::ReadOnly))
        return {{}, CertificateText::tr("The CA file “%1” could not be read: %2.").arg(shown, file.errorString())};

    const QString tooLarge
        = CertificateText::tr("The CA file “%1” is larger than %2; a file of CA certificates is far smaller. "
                              "Choose a PEM file that holds only the CA certificates.")
              .arg(shown, QLocale().formattedDataSize(kMaxCaFileBytes));
    if (!file.isSequential() && file.size() > kMaxCaFileBytes)
        return {{}, tooLarge};
    // One byte past the cap tells a file at the cap from a longer one, and stops a device that never ends.
    const QByteArray data = file.read(kMaxCaFileBytes + 1);
    if (data.size() > kMaxCaFileBytes)
        return {{}, tooLarge};
    if (data.isEmpty() && file.error() != QFileDevice::NoError)
        return {{}, CertificateText::tr("The CA file “%1” could not be read: %2.").arg(shown, file.errorString())};

    CaFileResult result;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    for (const QSslCertificate &certificate : certificates) {
        if (!certificate.isNull())
            result.certificates << certificate;
    }
    if (result.certificates.isEmpty()) {
        result.error
            = CertificateText::tr("The file “%1” holds no certificate in PEM form (text blocks that start with "
                                  "-----BEGIN CERTIFICATE-----).")
                  .arg(shown);
    }
    return result;
}
