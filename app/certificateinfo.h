// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QSslCertificate;
class QSslError;

// What the user needs to decide about a server certificate that was refused: plain values, no QSslCertificate, so
// that an error carrying it stays cheap to copy and compare.
struct CertificateInfo
{
    QString subject; // "CN=host, O=Org"
    QString issuer;
    qint64 notBeforeMs = 0; // 0 when unknown
    qint64 notAfterMs = 0;
    QByteArray sha256; // of the DER encoding, what a pin holds
    QStringList errors; // the TLS errors as Qt words them

    [[nodiscard]] bool isEmpty() const { return sha256.isEmpty() && subject.isEmpty() && errors.isEmpty(); }
    // Several lines for a dialog or a details pane: subject, issuer, validity, SHA-256 fingerprint, errors.
    [[nodiscard]] QString describe() const;

    static CertificateInfo of(const QSslCertificate &certificate, const QList<QSslError> &errors);

    friend bool operator==(const CertificateInfo &, const CertificateInfo &) = default;
};

struct CaFileResult
{
    QList<QSslCertificate> certificates;
    QString error; // a sentence for the user; empty when certificates were read
};

// The most a CA file may hold: a bundle of every public CA is about 200 KiB.
inline constexpr qint64 kMaxCaFileBytes = 1024 * 1024;

// Reads the PEM certificates of a CA file, refusing a missing, unreadable, oversized (or endless) file and one that
// holds no certificate.
CaFileResult loadCaFile(const QString &path);
