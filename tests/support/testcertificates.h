// SPDX-License-Identifier: MIT
#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QTemporaryDir>

// Certificates made at test time with the openssl command, in a temporary directory, so that none is checked in and
// none expires: (a) a self-signed one for 127.0.0.1, (b) a private CA and a leaf for 127.0.0.1 it signed, (c) a
// second self-signed one for 127.0.0.1. Elliptic-curve keys, quick to make.
class TestCertificates
{
public:
    struct Identity
    {
        QSslCertificate certificate;
        QSslKey key;
        QString certificatePath; // its PEM file
    };

    TestCertificates();

    // Empty when all were made; otherwise what openssl said.
    [[nodiscard]] QString error() const { return m_error; }

    [[nodiscard]] const Identity &selfSigned() const { return m_selfSigned; } // (a)
    [[nodiscard]] const Identity &caSigned() const { return m_caSigned; } // (b), the leaf
    [[nodiscard]] const Identity &ca() const { return m_ca; } // (b), its CA
    [[nodiscard]] const Identity &otherSelfSigned() const { return m_otherSelfSigned; } // (c)
    [[nodiscard]] QString directory() const { return m_dir.path(); }

    // SHA-256 of the DER encoding, as pins hold it.
    static QByteArray sha256(const QSslCertificate &certificate);

private:
    bool openssl(const QStringList &arguments);
    bool makeSelfSigned(const QString &name, const QString &subject, const QStringList &extensions);
    Identity load(const QString &name);

    QTemporaryDir m_dir;
    QString m_error;
    Identity m_selfSigned;
    Identity m_caSigned;
    Identity m_ca;
    Identity m_otherSelfSigned;
};
