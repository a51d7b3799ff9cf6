// SPDX-License-Identifier: MIT
// The .deb as a user gets it: cpack builds it from this tree, dpkg-deb unpacks it into a scratch root, and the
// installed programs, desktop file, icons, metainfo and man pages are checked there.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 50'000;

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment = {})
{
    QProcess process;
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    result.finished = process.waitForFinished(kTimeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished)
        process.kill();
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString describe(const Run &result)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(result.exitCode)
        .arg(QString::fromUtf8(result.out), QString::fromUtf8(result.err));
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void control();
    void files_data();
    void files();
    void manPages_data();
    void manPages();
    void pngIcons_data();
    void pngIcons();
    void versions_data();
    void versions();
    void desktopEntry();
    void desktopFileValidates();
    void metainfo();
    void metainfoValidates();

private:
    [[nodiscard]] QString installed(const QString &path) const { return m_root->filePath(path); }

    std::unique_ptr<QTemporaryDir> m_work;
    std::unique_ptr<QDir> m_root;
    QString m_deb;
};

void TestInstall::initTestCase()
{
    const QString cpack = QStandardPaths::findExecutable(u"cpack"_s);
    const QString dpkgDeb = QStandardPaths::findExecutable(u"dpkg-deb"_s);
    if (cpack.isEmpty() || dpkgDeb.isEmpty())
        QSKIP("cpack and dpkg-deb are needed to build and unpack the .deb");
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());

    const Run packed = run(cpack,
        {u"--config"_s, QStringLiteral(VEZA_BUILD_DIR "/CPackConfig.cmake"), u"-G"_s, u"DEB"_s, u"-B"_s,
            m_work->path()});
    QVERIFY2(packed.finished && packed.exitCode == 0, qPrintable(describe(packed)));
    const QStringList debs = QDir(m_work->path()).entryList({u"*.deb"_s}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = m_work->filePath(debs.first());
    QVERIFY2(debs.first().startsWith(u"veza-task-monitor_%1_"_s.arg(QStringLiteral(VEZA_VERSION))),
        qPrintable(debs.first()));

    m_root = std::make_unique<QDir>(m_work->filePath(u"root"_s));
    const Run unpacked = run(dpkgDeb, {u"-x"_s, m_deb, m_root->path()});
    QVERIFY2(unpacked.finished && unpacked.exitCode == 0, qPrintable(describe(unpacked)));
}

void TestInstall::control()
{
    const Run fields = run(QStandardPaths::findExecutable(u"dpkg-deb"_s),
        {u"-f"_s, m_deb, u"Package"_s, u"Version"_s, u"Section"_s, u"Maintainer"_s, u"Depends"_s});
    QVERIFY2(fields.finished && fields.exitCode == 0, qPrintable(describe(fields)));
    const QString text = QString::fromUtf8(fields.out);
    QVERIFY2(text.contains(u"Package: veza-task-monitor\n"_s), qPrintable(text));
    QVERIFY2(text.contains(u"Version: %1\n"_s.arg(QStringLiteral(VEZA_VERSION))), qPrintable(text));
    QVERIFY2(text.contains(u"Section: net\n"_s), qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(u"Maintainer: .+ <.+@.+>"_s)), qPrintable(text));
    // dpkg-shlibdeps found the linked libraries; the run-time plugins are listed by hand.
    for (const QString &package : {u"libqt6core6"_s, u"libqt6widgets6"_s, u"libqt6svg6"_s, u"libqt6sql6-sqlite"_s})
        QVERIFY2(text.contains(QRegularExpression(u"Depends: (.*[ ,])?%1[ ,(\n]"_s.arg(package))), qPrintable(text));
}

void TestInstall::files_data()
{
    QTest::addColumn<QString>("path");
    for (const char *path : {"usr/bin/veza-task-monitor", "usr/bin/veza-task-cli", "usr/bin/veza-task-sim",
             "usr/share/applications/veza-task-monitor.desktop",
             "usr/share/icons/hicolor/scalable/apps/veza-task-monitor.svg",
             "usr/share/metainfo/org.vezataskmonitor.VezaTaskMonitor.metainfo.xml",
             "usr/share/man/man1/veza-task-cli.1.gz", "usr/share/man/man1/veza-task-monitor.1.gz",
             "usr/share/doc/veza-task-monitor/user-guide.md", "usr/share/doc/veza-task-monitor/copyright"})
        QTest::newRow(path) << QString::fromLatin1(path);
}

void TestInstall::files()
{
    QFETCH(QString, path);
    const QFileInfo info(installed(path));
    QVERIFY2(info.isFile(), qPrintable(info.filePath()));
    QVERIFY(info.size() > 0);
    if (path.startsWith(u"usr/bin/"_s))
        QVERIFY(info.isExecutable());
}

void TestInstall::manPages_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("cli") << u"veza-task-cli.1"_s;
    QTest::newRow("monitor") << u"veza-task-monitor.1"_s;
}

void TestInstall::manPages()
{
    QFETCH(QString, page);
    const QString directory = installed(u"usr/share/man/man1/"_s);
    QVERIFY2(!QFileInfo::exists(directory + page), "man pages are installed compressed only");
    QFile file(directory + page + u".gz"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(10);
    QCOMPARE(header.size(), 10);
    // RFC 1952: the magic, deflate, no file name (flag 0x08), a zero time (gzip -n) and maximum compression (XFL 2).
    QCOMPARE(header.left(3), QByteArray("\x1f\x8b\x08"));
    QCOMPARE(header.at(3) & 0x08, 0);
    QCOMPARE(header.mid(4, 4), QByteArray(4, '\0'));
    QCOMPARE(int(header.at(8)), 2);

    const QString gzip = QStandardPaths::findExecutable(u"gzip"_s);
    QVERIFY(!gzip.isEmpty());
    const Run unpacked = run(gzip, {u"-dc"_s, file.fileName()});
    QVERIFY2(unpacked.finished && unpacked.exitCode == 0, qPrintable(describe(unpacked)));
    QFile source(QStringLiteral(VEZA_SOURCE_DIR "/docs/") + page);
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(unpacked.out, source.readAll());
}

void TestInstall::pngIcons_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 32, 48, 64, 128, 256})
        QTest::addRow("%dx%d", size, size) << size;
}

void TestInstall::pngIcons()
{
    QFETCH(int, size);
    const QString path = installed(u"usr/share/icons/hicolor/%1x%1/apps/veza-task-monitor.png"_s.arg(size));
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    // Rendered, not blank: the corners are transparent, the shield's middle is opaque.
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
}

void TestInstall::versions_data()
{
    QTest::addColumn<QString>("program");
    QTest::newRow("cli") << u"veza-task-cli"_s;
    QTest::newRow("monitor") << u"veza-task-monitor"_s;
    QTest::newRow("sim") << u"veza-task-sim"_s;
}

void TestInstall::versions()
{
    QFETCH(QString, program);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    const Run version = run(installed(u"usr/bin/"_s + program), {u"--version"_s}, environment);
    QVERIFY2(version.finished && version.exitCode == 0, qPrintable(describe(version)));
    QVERIFY2(QString::fromUtf8(version.out).contains(QStringLiteral(VEZA_VERSION)), qPrintable(describe(version)));
}

void TestInstall::desktopEntry()
{
    const QString path = installed(u"usr/share/applications/veza-task-monitor.desktop"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(file.readAll());
    // --add: what follows is text, even an argument starting with a dash; %U: task URLs given by the desktop.
    QVERIFY2(text.contains(u"\nExec=veza-task-monitor --add %U\n"_s), qPrintable(text));
    // The installed icon's name, and the name main() gives QGuiApplication::setDesktopFileName().
    QVERIFY2(text.contains(u"\nIcon=veza-task-monitor\n"_s), qPrintable(text));
    QVERIFY(QFileInfo::exists(installed(u"usr/share/icons/hicolor/scalable/apps/veza-task-monitor.svg"_s)));
}

void TestInstall::desktopFileValidates()
{
    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (validator.isEmpty())
        QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
    const Run validated = run(validator, {installed(u"usr/share/applications/veza-task-monitor.desktop"_s)});
    QVERIFY2(validated.finished && validated.exitCode == 0, qPrintable(describe(validated)));
    QVERIFY2(validated.out.isEmpty(), qPrintable(describe(validated))); // no warnings either
}

void TestInstall::metainfo()
{
    QFile file(installed(u"usr/share/metainfo/org.vezataskmonitor.VezaTaskMonitor.metainfo.xml"_s));
    QVERIFY(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(u"<id>org.vezataskmonitor.VezaTaskMonitor</id>"_s));
    QVERIFY(text.contains(u"<launchable type=\"desktop-id\">veza-task-monitor.desktop</launchable>"_s));
    QVERIFY(text.contains(u"<project_license>MIT</project_license>"_s));
    QVERIFY(text.contains(u"<content_rating type=\"oars-1.1\""_s));
    QVERIFY(text.contains(u"<screenshot type=\"default\">"_s));
    QVERIFY(text.contains(u"<release version=\"%1\""_s.arg(QStringLiteral(VEZA_VERSION))));
}

void TestInstall::metainfoValidates()
{
    const QString validator = QStandardPaths::findExecutable(u"appstreamcli"_s);
    if (validator.isEmpty())
        QSKIP("appstreamcli is not installed (Debian: appstream)");
    const Run validated = run(validator,
        {u"validate"_s, u"--no-net"_s,
            installed(u"usr/share/metainfo/org.vezataskmonitor.VezaTaskMonitor.metainfo.xml"_s)});
    QVERIFY2(validated.finished && validated.exitCode == 0, qPrintable(describe(validated)));
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
