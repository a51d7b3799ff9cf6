// SPDX-License-Identifier: MIT
// The Connections dialog and the certificate dialog, driven as a user would, over a real ConnectionManager, a real
// KeyStore and a settings file of their own. tst_connectionsdialog: a GNOME Keyring of its own on a private session
// bus (scripts/with-keyring), where keys go to the keychain and never into a field or a file. tst_connectionsdialog_
// nobackend: a bare bus with no keychain, where saving says so plainly and the key is used for this session only if
// the user chooses it.
#include "busmain.h"
#include "certificatedialog.h"
#include "clock.h"
#include "connectionmanager.h"
#include "connectionsdialog.h"
#include "keystore.h"
#include "secretscan.h"
#include "taskmonitor.h"
#include "taskstore.h"
#include "testcertificates.h"
#include "tlstestserver.h"
#include "translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int KeychainWaitMs = 10'000;

// A secret nobody else would write: a match anywhere can only be this one.
QString distinctiveSecret()
{
    QByteArray random(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(random.data()), random.size() / 4);
    return u"veza-secret-"_s + QString::fromLatin1(random.toHex());
}

QByteArray randomSha256()
{
    QByteArray sha(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(sha.data()), sha.size() / 4);
    return sha;
}

// One run of the app's connection side: a monitor (paused, so nothing is polled unless a test wants it), the
// keychain, the settings file and the manager that owns them, loaded as at start-up.
struct App
{
    explicit App(const QString &iniPath, bool paused = true)
        : settings(iniPath, QSettings::IniFormat)
    {
        monitor.setPaused(paused);
        manager.setSettings(&settings);
        manager.load();
    }

    TaskMonitor monitor{SystemClock::instance()};
    KeyStore keys;
    QSettings settings;
    ConnectionManager manager{&monitor, &keys};
};

// What a KeyStore read answers, waited for.
KeyStore::Result readSecret(KeyStore &keys, const QString &entry)
{
    QObject context;
    std::optional<KeyStore::Result> answer;
    keys.read(entry, &context, [&answer](const KeyStore::Result &result) { answer = result; });
    (void)QTest::qWaitFor([&answer] { return answer.has_value(); }, KeychainWaitMs);
    return answer.value_or(KeyStore::Result{});
}

// The profiles as a new start reads them from the file.
QList<ConnectionProfile> savedProfiles(const QString &iniPath)
{
    QSettings settings(iniPath, QSettings::IniFormat);
    return loadConnectionProfiles(settings);
}

const ConnectionProfile *findProfile(const QList<ConnectionProfile> &profiles, const QString &id)
{
    for (const ConnectionProfile &profile : profiles) {
        if (profile.id == id)
            return &profile;
    }
    return nullptr;
}

// The line edits of the dialog that show the secret: none may.
QStringList editsShowing(const QWidget *dialog, const QString &secret)
{
    QStringList names;
    for (const QLineEdit *edit : dialog->findChildren<QLineEdit *>()) {
        if (edit->text().contains(secret))
            names << edit->objectName();
    }
    return names;
}

template <typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

// The visible box or dialog of that name, once it is up.
template <typename T>
T *waitForWindow(const QObject *parent, const QString &name)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (T *candidate : parent->findChildren<T *>(name)) {
                if (candidate->isVisible())
                    found = candidate;
            }
            return found != nullptr;
        },
        5'000);
    return found;
}

QString listText(const QListWidget *list)
{
    QStringList rows;
    for (int row = 0; row < list->count(); ++row)
        rows << list->item(row)->text();
    return rows.join(u" | "_s);
}

int rowOf(const QListWidget *list, const QString &text)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->text() == text)
            return row;
    }
    return -1;
}

// Fills a new connection in the form and saves it; the caller waits for the keychain.
void fillNew(ConnectionsDialog &dialog, const QString &name, const QString &address, const QString &key)
{
    dialog.addConnection();
    child<QLineEdit>(&dialog, u"nameEdit"_s)->setText(name);
    child<QLineEdit>(&dialog, u"addressEdit"_s)->setText(address);
    child<QLineEdit>(&dialog, u"keyEdit"_s)->setText(key);
}

// Fills a new connection, saves it and waits until the keychain holds its key.
bool saveNew(ConnectionsDialog &dialog, ConnectionManager &manager, const QString &name, const QString &address,
    const QString &key)
{
    QSignalSpy saved(&manager, &ConnectionManager::keySaved);
    fillNew(dialog, name, address, key);
    dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
    return saved.wait(KeychainWaitMs);
}

} // namespace

class TestConnectionsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newConnectionGoesToTheKeychain();
    void savedKeyIsNeverShownAndIsReplaced();
    void renameKeepsIdAndKey();
    void duplicateNameIsRefused();
    void addressIsCheckedLive();
    void removeMovesTasks();
    void removeRemovesTasks();
    void removeWithoutTasksAsks();
    void proxyFieldsAreSaved();
    void advancedLoadLimitsAreSavedAndApplied();
    void caFileStatus();
    void pinnedCertificateIsRemoved();
    void unsavedChangesAreAskedAbout();
    void refusedCertificateIsReviewedAndTrusted();
    void certificateDialogShowsTheCertificate();
    void screenshots();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

void TestConnectionsDialog::initTestCase()
{
    // Only ever the keyring scripts/with-keyring made: never the user's own.
    const QString home = qEnvironmentVariable("VEZA_KEYRING_HOME");
    if (home.isEmpty() || !qEnvironmentVariable("XDG_DATA_HOME").startsWith(home))
        QSKIP("needs the private keyring of scripts/with-keyring (ctest runs it there)");
    QVERIFY(QDBusConnection::sessionBus().interface()->isServiceRegistered(u"org.freedesktop.secrets"_s));
    // The English plural forms ("1 certificate") come from the translation, as in the app.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QCoreApplication::instance());
}

void TestConnectionsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(u"settings.ini"_s);
}

void TestConnectionsDialog::newConnectionGoesToTheKeychain()
{
    App app(m_ini);
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    // No connection yet: the form starts a new one, with the key field open.
    QVERIFY(dialog.currentConnectionId().isEmpty());
    auto *keyEdit = child<QLineEdit>(&dialog, u"keyEdit"_s);
    QVERIFY(keyEdit->isVisible());
    QCOMPARE(keyEdit->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QPushButton>(&dialog, u"replaceKeyButton"_s)->isVisible());

    const QString key = distinctiveSecret();
    fillNew(dialog, u"Production"_s, u"acme.vezacloud.com/"_s, key);
    QSignalSpy saved(&app.manager, &ConnectionManager::keySaved);
    QSignalSpy savedByDialog(&dialog, &ConnectionsDialog::connectionSaved);
    auto *save = child<QPushButton>(&dialog, u"saveButton"_s);
    QVERIFY(save->isEnabled());
    save->click();
    QCOMPARE(savedByDialog.count(), 1);
    const QString id = dialog.currentConnectionId();
    QVERIFY(!id.isEmpty());
    QCOMPARE(savedByDialog.at(0).at(0).toString(), id);
    QVERIFY(saved.wait(KeychainWaitMs));
    QCOMPARE(saved.at(0).at(0).toString(), id);

    // The profile is in the settings file, the key in the keychain under the id, and nowhere in the file.
    const QList<ConnectionProfile> profiles = savedProfiles(m_ini);
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).id, id);
    QCOMPARE(profiles.at(0).name, u"Production"_s);
    QCOMPARE(baseUrlText(profiles.at(0).baseUrl), u"https://acme.vezacloud.com"_s);
    const KeyStore::Result stored = readSecret(app.keys, keychainEntry(id, SecretKind::ApiKey));
    QCOMPARE(stored.status, KeyStore::Status::Ok);
    QCOMPARE(stored.secret, key);
    QVERIFY(!fileHolds(m_ini, key));
    QVERIFY(QFile(m_ini).size() > 0);

    // The connection is in use, and the form no longer holds the key.
    QCOMPARE(app.monitor.connection(id).apiKey, key);
    QVERIFY(editsShowing(&dialog, key).isEmpty());
    QTRY_COMPARE(child<QLabel>(&dialog, u"keyStatus"_s)->text(), u"Saved in the system keychain"_s);
    QVERIFY(!keyEdit->isVisible());
    QVERIFY(child<QPushButton>(&dialog, u"replaceKeyButton"_s)->isVisible());
    QCOMPARE(listText(child<QListWidget>(&dialog, u"connectionList"_s)), u"Production"_s);
    QVERIFY(!save->isEnabled());
}

void TestConnectionsDialog::savedKeyIsNeverShownAndIsReplaced()
{
    const QString key = distinctiveSecret();
    QString id;
    {
        App first(m_ini);
        ConnectionsDialog dialog(&first.manager, &first.monitor);
        QVERIFY(saveNew(dialog, first.manager, u"Production"_s, u"https://acme.vezacloud.com"_s, key));
        id = dialog.currentConnectionId();
    }

    // The next start: the key comes from the keychain, and the dialog says so without showing it.
    App app(m_ini);
    QVERIFY(app.manager.isReadingKey(id));
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    QCOMPARE(dialog.currentConnectionId(), id);
    auto *keyStatus = child<QLabel>(&dialog, u"keyStatus"_s);
    auto *keyEdit = child<QLineEdit>(&dialog, u"keyEdit"_s);
    auto *replace = child<QPushButton>(&dialog, u"replaceKeyButton"_s);
    QCOMPARE(keyStatus->text(), u"Reading the keychain…"_s);
    QTRY_COMPARE_WITH_TIMEOUT(keyStatus->text(), u"Saved in the system keychain"_s, KeychainWaitMs);
    QVERIFY(app.manager.hasKey(id));
    QCOMPARE(app.monitor.connection(id).apiKey, key);
    QVERIFY(keyStatus->isVisible());
    QVERIFY(replace->isVisible());
    QVERIFY(!keyEdit->isVisible());
    QVERIFY(keyEdit->text().isEmpty());
    QCOMPARE(editsShowing(&dialog, key), QStringList());

    // Replace: an empty field (never the old key), then the new key goes to the same entry.
    replace->click();
    QVERIFY(keyEdit->isVisible());
    QVERIFY(keyEdit->text().isEmpty());
    QVERIFY(!replace->isVisible());
    const QString newKey = distinctiveSecret();
    keyEdit->setText(newKey);
    QSignalSpy saved(&app.manager, &ConnectionManager::keySaved);
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QVERIFY(saved.wait(KeychainWaitMs));
    QCOMPARE(readSecret(app.keys, keychainEntry(id, SecretKind::ApiKey)).secret, newKey);
    QCOMPARE(app.monitor.connection(id).apiKey, newKey);
    QCOMPARE(editsShowing(&dialog, newKey), QStringList());
    QVERIFY(!keyEdit->isVisible());
    QVERIFY(!fileHolds(m_ini, newKey));
    QVERIFY(!fileHolds(m_ini, key));
}

void TestConnectionsDialog::renameKeepsIdAndKey()
{
    App app(m_ini);
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    const QString key = distinctiveSecret();
    QVERIFY(saveNew(dialog, app.manager, u"Production"_s, u"https://acme.vezacloud.com"_s, key));
    const QString id = dialog.currentConnectionId();

    child<QLineEdit>(&dialog, u"nameEdit"_s)->setText(u"Staging"_s);
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QCOMPARE(dialog.currentConnectionId(), id);
    QCOMPARE(app.manager.profile(id)->name, u"Staging"_s);
    QCOMPARE(app.monitor.connectionName(id), u"Staging"_s);
    const QList<ConnectionProfile> profiles = savedProfiles(m_ini);
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.at(0).id, id);
    QCOMPARE(profiles.at(0).name, u"Staging"_s);
    QCOMPARE(listText(child<QListWidget>(&dialog, u"connectionList"_s)), u"Staging"_s);
    // Only the name changed: the key is where it was, and still in use.
    QCOMPARE(readSecret(app.keys, keychainEntry(id, SecretKind::ApiKey)).secret, key);
    QCOMPARE(app.monitor.connection(id).apiKey, key);
    QCOMPARE(child<QLabel>(&dialog, u"keyStatus"_s)->text(), u"Saved in the system keychain"_s);
}

void TestConnectionsDialog::duplicateNameIsRefused()
{
    App app(m_ini);
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    QSignalSpy saved(&app.manager, &ConnectionManager::keySaved);
    fillNew(dialog, u"Production"_s, u"https://acme.vezacloud.com"_s, distinctiveSecret());
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    fillNew(dialog, u"Staging"_s, u"https://staging.vezacloud.com"_s, distinctiveSecret());
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, KeychainWaitMs);
    const QString staging = dialog.currentConnectionId();

    // Names are unique whatever their case; the form keeps what was typed and says why.
    child<QLineEdit>(&dialog, u"nameEdit"_s)->setText(u"  production "_s);
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    auto *message = child<QLabel>(&dialog, u"formMessage"_s);
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), u"A connection named “Production” exists already."_s);
    QCOMPARE(app.manager.profile(staging)->name, u"Staging"_s);
    QCOMPARE(findProfile(savedProfiles(m_ini), staging)->name, u"Staging"_s);
    QVERIFY(dialog.hasUnsavedChanges());

    // A new one with a taken name is refused too, and nothing is saved.
    dialog.addConnection();
    QCOMPARE(dialog.currentConnectionId(), staging); // the edited one stays in the form: asked first
    auto *box = waitForWindow<QMessageBox>(&dialog, u"unsavedChangesBox"_s);
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QVERIFY(dialog.currentConnectionId().isEmpty());
    QCOMPARE(app.manager.profile(staging)->name, u"Staging"_s);
    fillNew(dialog, u"STAGING"_s, u"https://other.vezacloud.com"_s, distinctiveSecret());
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QCOMPARE(message->text(), u"A connection named “Staging” exists already."_s);
    QVERIFY(dialog.currentConnectionId().isEmpty());
    QCOMPARE(app.manager.profiles().size(), 2);
    QCOMPARE(savedProfiles(m_ini).size(), 2);
}

void TestConnectionsDialog::addressIsCheckedLive()
{
    App app(m_ini);
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    auto *address = child<QLineEdit>(&dialog, u"addressEdit"_s);
    auto *status = child<QLabel>(&dialog, u"addressStatus"_s);
    address->setText(u"http://acme.vezacloud.com"_s);
    const QString error = normaliseBaseUrl(address->text()).error;
    QVERIFY(!error.isEmpty());
    QCOMPARE(status->text(), error);
    QCOMPARE(status->palette().color(QPalette::WindowText), QColor(0xd32f2f));
    address->setText(u"https://acme.vezacloud.com/api/v1"_s);
    QCOMPARE(status->text(), u"Tasks are read from https://acme.vezacloud.com"_s);
    QVERIFY(status->palette().color(QPalette::WindowText) != QColor(0xd32f2f));

    // Saving with the bad address gives the address's own reason.
    child<QLineEdit>(&dialog, u"nameEdit"_s)->setText(u"Production"_s);
    child<QLineEdit>(&dialog, u"keyEdit"_s)->setText(distinctiveSecret());
    address->setText(u"http://acme.vezacloud.com"_s);
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QCOMPARE(child<QLabel>(&dialog, u"formMessage"_s)->text(), error);
    QVERIFY(app.manager.profiles().isEmpty());
    // A new connection needs its key.
    address->setText(u"https://acme.vezacloud.com"_s);
    child<QLineEdit>(&dialog, u"keyEdit"_s)->clear();
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QVERIFY(child<QLabel>(&dialog, u"formMessage"_s)->text().startsWith(u"Enter the API key"_s));
    QVERIFY(app.manager.profiles().isEmpty());
}

void TestConnectionsDialog::removeMovesTasks()
{
    App app(m_ini);
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    QSignalSpy saved(&app.manager, &ConnectionManager::keySaved);
    fillNew(dialog, u"Production"_s, u"https://acme.vezacloud.com"_s, distinctiveSecret());
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    const QString production = dialog.currentConnectionId();
    fillNew(dialog, u"Staging"_s, u"https://staging.vezacloud.com"_s, distinctiveSecret());
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    const QString staging = dialog.currentConnectionId();
    fillNew(dialog, u"Lab"_s, u"https://lab.vezacloud.com"_s, distinctiveSecret());
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    const QString lab = dialog.currentConnectionId();
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 3, KeychainWaitMs);
    QCOMPARE(app.monitor.addTasks({u"t1"_s, u"t2"_s}, {}, production), 2);
    QCOMPARE(app.monitor.addTasks({u"t3"_s}, {}, staging), 1);

    dialog.selectConnection(production);
    QCOMPARE(dialog.currentConnectionId(), production);
    child<QPushButton>(&dialog, u"removeConnectionButton"_s)->click();
    auto *ask = waitForWindow<QDialog>(&dialog, u"removeConnectionDialog"_s);
    QVERIFY(ask);
    auto *move = child<QRadioButton>(ask, u"moveTasksOption"_s);
    QVERIFY(move->isChecked());
    QCOMPARE(move->text(), u"&Move the 2 tasks to"_s);
    QCOMPARE(child<QRadioButton>(ask, u"removeTasksOption"_s)->text(), u"&Remove the connection and its 2 tasks"_s);
    auto *target = child<QComboBox>(ask, u"moveTargetCombo"_s);
    QCOMPARE(target->count(), 2); // the others, not the one removed
    target->setCurrentIndex(target->findData(lab));
    child<QPushButton>(ask, u"confirmRemoveButton"_s)->click();

    QCOMPARE(app.monitor.model()->task(u"t1"_s)->connection, lab);
    QCOMPARE(app.monitor.model()->task(u"t2"_s)->connection, lab);
    QCOMPARE(app.monitor.model()->task(u"t3"_s)->connection, staging);
    QVERIFY(!app.manager.profile(production));
    QVERIFY(!app.monitor.hasConnection(production));
    QVERIFY(!findProfile(savedProfiles(m_ini), production));
    QCOMPARE(savedProfiles(m_ini).size(), 2);
    // Its key left the keychain (calls are answered in order: this read follows the removal).
    QCOMPARE(readSecret(app.keys, keychainEntry(production, SecretKind::ApiKey)).status, KeyStore::Status::NotFound);
    // The one below took its place in the form.
    QCOMPARE(dialog.currentConnectionId(), staging);
    QCOMPARE(listText(child<QListWidget>(&dialog, u"connectionList"_s)), u"Staging | Lab"_s);
}

void TestConnectionsDialog::removeRemovesTasks()
{
    App app(m_ini);
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    QVERIFY(saveNew(dialog, app.manager, u"Production"_s, u"https://acme.vezacloud.com"_s, distinctiveSecret()));
    const QString production = dialog.currentConnectionId();
    QCOMPARE(app.monitor.addTasks({u"t1"_s, u"t2"_s}, {}, production), 2);

    child<QPushButton>(&dialog, u"removeConnectionButton"_s)->click();
    auto *ask = waitForWindow<QDialog>(&dialog, u"removeConnectionDialog"_s);
    QVERIFY(ask);
    // Nowhere to move them: only removing them with it is offered.
    QVERIFY(!child<QRadioButton>(ask, u"moveTasksOption"_s)->isEnabled());
    QVERIFY(child<QRadioButton>(ask, u"removeTasksOption"_s)->isChecked());
    child<QPushButton>(ask, u"confirmRemoveButton"_s)->click();

    QVERIFY(!app.monitor.model()->task(u"t1"_s));
    QVERIFY(!app.monitor.model()->task(u"t2"_s));
    QCOMPARE(app.monitor.model()->rowCount(), 0);
    QVERIFY(app.manager.profiles().isEmpty());
    QVERIFY(savedProfiles(m_ini).isEmpty());
    // No connection left: the form starts a new one.
    QVERIFY(dialog.currentConnectionId().isEmpty());
    QVERIFY(child<QLineEdit>(&dialog, u"keyEdit"_s)->isVisible());

    // Cancel leaves everything as it was.
    QVERIFY(saveNew(dialog, app.manager, u"Staging"_s, u"https://staging.vezacloud.com"_s, distinctiveSecret()));
    const QString staging = dialog.currentConnectionId();
    QCOMPARE(app.monitor.addTasks({u"t4"_s}, {}, staging), 1);
    child<QPushButton>(&dialog, u"removeConnectionButton"_s)->click();
    ask = waitForWindow<QDialog>(&dialog, u"removeConnectionDialog"_s);
    QVERIFY(ask);
    ask->reject();
    QVERIFY(app.manager.profile(staging));
    QCOMPARE(app.monitor.model()->task(u"t4"_s)->connection, staging);
}

void TestConnectionsDialog::removeWithoutTasksAsks()
{
    App app(m_ini);
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    QVERIFY(saveNew(dialog, app.manager, u"Production"_s, u"https://acme.vezacloud.com"_s, distinctiveSecret()));
    const QString production = dialog.currentConnectionId();

    child<QPushButton>(&dialog, u"removeConnectionButton"_s)->click();
    auto *box = waitForWindow<QMessageBox>(&dialog, u"confirmRemoveConnectionBox"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Remove the connection “Production”?"_s);
    QVERIFY(!dialog.findChild<QDialog *>(u"removeConnectionDialog"_s));
    child<QPushButton>(box, u"confirmRemoveButton"_s)->click();
    QVERIFY(!app.manager.profile(production));
    QVERIFY(savedProfiles(m_ini).isEmpty());
    QCOMPARE(readSecret(app.keys, keychainEntry(production, SecretKind::ApiKey)).status, KeyStore::Status::NotFound);
}

void TestConnectionsDialog::proxyFieldsAreSaved()
{
    App app(m_ini);
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    auto *mode = child<QComboBox>(&dialog, u"proxyModeCombo"_s);
    auto *host = child<QLineEdit>(&dialog, u"proxyHostEdit"_s);
    auto *port = child<QSpinBox>(&dialog, u"proxyPortSpin"_s);
    auto *user = child<QLineEdit>(&dialog, u"proxyUserEdit"_s);
    auto *password = child<QLineEdit>(&dialog, u"proxyPasswordEdit"_s);
    QCOMPARE(mode->currentText(), u"System proxy (default)"_s);
    QCOMPARE(port->minimum(), 1);
    QCOMPARE(port->maximum(), 65535);
    // The proxy's own fields are for an HTTP or SOCKS5 proxy only.
    for (QWidget *field : std::initializer_list<QWidget *>{host, port, user, password})
        QVERIFY(!field->isEnabled());
    mode->setCurrentIndex(mode->findData(int(ProxySettings::Mode::Socks5)));
    QCOMPARE(port->value(), 1080);
    mode->setCurrentIndex(mode->findData(int(ProxySettings::Mode::Http)));
    QCOMPARE(port->value(), 8080);
    for (QWidget *field : std::initializer_list<QWidget *>{host, port, user, password})
        QVERIFY(field->isEnabled());

    const QString key = distinctiveSecret();
    const QString proxyPassword = distinctiveSecret();
    fillNew(dialog, u"Behind the proxy"_s, u"https://acme.vezacloud.com"_s, key);
    host->setText(u"proxy.example"_s);
    port->setValue(3128);
    user->setText(u"alice"_s);
    password->setText(proxyPassword);
    QSignalSpy saved(&app.manager, &ConnectionManager::keySaved);
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QVERIFY(saved.wait(KeychainWaitMs));
    const QString id = dialog.currentConnectionId();

    const ProxySettings expected{ProxySettings::Mode::Http, u"proxy.example"_s, 3128, u"alice"_s};
    QCOMPARE(app.manager.profile(id)->proxy, expected);
    QCOMPARE(findProfile(savedProfiles(m_ini), id)->proxy, expected);
    QCOMPARE(app.monitor.connection(id).proxy, expected);
    QCOMPARE(app.monitor.connection(id).proxyPassword, proxyPassword);
    const KeyStore::Result stored = readSecret(app.keys, keychainEntry(id, SecretKind::ProxyPassword));
    QCOMPARE(stored.status, KeyStore::Status::Ok);
    QCOMPARE(stored.secret, proxyPassword);
    QVERIFY(!fileHolds(m_ini, proxyPassword));
    QVERIFY(!fileHolds(m_ini, key));
    // Saved: said, never shown; replacing it opens an empty field.
    auto *status = child<QLabel>(&dialog, u"proxyPasswordStatus"_s);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), u"Saved in the system keychain"_s);
    QVERIFY(!password->isVisible());
    QCOMPARE(editsShowing(&dialog, proxyPassword), QStringList());
    child<QPushButton>(&dialog, u"replaceProxyPasswordButton"_s)->click();
    QVERIFY(password->isVisible());
    QVERIFY(password->text().isEmpty());

    // Back to the system's proxy: the proxy's fields are kept but unused.
    password->clear();
    mode->setCurrentIndex(mode->findData(int(ProxySettings::Mode::System)));
    QVERIFY(!host->isEnabled());
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QCOMPARE(app.manager.profile(id)->proxy.mode, ProxySettings::Mode::System);
    QCOMPARE(findProfile(savedProfiles(m_ini), id)->proxy.mode, ProxySettings::Mode::System);
    QVERIFY(app.manager.hasProxyPassword(id));

    // No user any more: its password leaves the keychain too.
    mode->setCurrentIndex(mode->findData(int(ProxySettings::Mode::Http)));
    user->clear();
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QVERIFY(app.manager.profile(id)->proxy.user.isEmpty());
    QVERIFY(!app.manager.hasProxyPassword(id));
    QVERIFY(app.monitor.connection(id).proxyPassword.isEmpty());
    QCOMPARE(readSecret(app.keys, keychainEntry(id, SecretKind::ProxyPassword)).status, KeyStore::Status::NotFound);
    QCOMPARE(readSecret(app.keys, keychainEntry(id, SecretKind::ApiKey)).secret, key);
}

void TestConnectionsDialog::advancedLoadLimitsAreSavedAndApplied()
{
    App app(m_ini);
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    QVERIFY(saveNew(dialog, app.manager, u"Shared tenant"_s, u"https://shared.vezacloud.com"_s, distinctiveSecret()));
    const QString id = dialog.currentConnectionId();
    auto *toggle = child<QToolButton>(&dialog, u"advancedToggle"_s);
    auto *rate = child<QDoubleSpinBox>(&dialog, u"maxRateSpin"_s);
    auto *parallel = child<QSpinBox>(&dialog, u"parallelSpin"_s);
    // Folded while the defaults hold, which the lowest value of each box stands for.
    QVERIFY(!rate->isVisible());
    QCOMPARE(rate->text(), u"Default (10)"_s);
    QCOMPARE(parallel->text(), u"Default (4)"_s);
    QCOMPARE(parallel->maximum(), 64);
    toggle->click();
    QVERIFY(rate->isVisible());
    QVERIFY(!dialog.hasUnsavedChanges());

    rate->setValue(2.5);
    parallel->setValue(2);
    QVERIFY(dialog.hasUnsavedChanges());
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QCOMPARE(app.manager.profile(id)->limits.requestsPerSecond, std::optional<double>(2.5));
    QCOMPARE(app.manager.profile(id)->limits.maxInFlight, std::optional<int>(2));
    QCOMPARE(findProfile(savedProfiles(m_ini), id)->limits.maxInFlight, std::optional<int>(2));
    QCOMPARE(app.monitor.scheduler(id)->policy().maxInFlight, 2);
    QCOMPARE(app.monitor.scheduler(id)->policy().requestsPerSecond, 2.5);

    // Shown again, unfolded since it is set; back to the default, unset again.
    ConnectionsDialog again(&app.manager, &app.monitor);
    again.show();
    again.selectConnection(id);
    auto *rateAgain = child<QDoubleSpinBox>(&again, u"maxRateSpin"_s);
    QTRY_VERIFY(rateAgain->isVisible());
    QCOMPARE(rateAgain->value(), 2.5);
    rateAgain->setValue(rateAgain->minimum());
    child<QPushButton>(&again, u"saveButton"_s)->click();
    QVERIFY(!app.manager.profile(id)->limits.requestsPerSecond);
    QCOMPARE(app.monitor.scheduler(id)->policy().requestsPerSecond, PollPolicy().requestsPerSecond);
    QCOMPARE(app.monitor.scheduler(id)->policy().maxInFlight, 2);
}

void TestConnectionsDialog::caFileStatus()
{
    TestCertificates certificates;
    QVERIFY2(certificates.error().isEmpty(), qPrintable(certificates.error()));
    const QString notPem = m_dir->filePath(u"not-a-certificate.pem"_s);
    {
        QFile file(notPem);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("This is not a certificate.\n");
    }
    const QString expectedError = loadCaFile(notPem).error;
    QVERIFY(!expectedError.isEmpty());

    App app(m_ini);
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    auto *caFile = child<QLineEdit>(&dialog, u"caFileEdit"_s);
    auto *status = child<QLabel>(&dialog, u"caStatus"_s);
    QCOMPARE(status->text(), u"None: only the system's certificates are trusted."_s);
    caFile->setText(notPem);
    QTRY_COMPARE(status->text(), expectedError);
    QCOMPARE(status->palette().color(QPalette::WindowText), QColor(0xd32f2f));
    caFile->setText(certificates.ca().certificatePath);
    QTRY_COMPARE(status->text(), u"1 certificate"_s);

    fillNew(dialog, u"Inspected"_s, u"https://acme.vezacloud.com"_s, distinctiveSecret());
    caFile->setText(certificates.ca().certificatePath);
    QSignalSpy saved(&app.manager, &ConnectionManager::keySaved);
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QVERIFY(saved.wait(KeychainWaitMs));
    const QString id = dialog.currentConnectionId();
    QCOMPARE(findProfile(savedProfiles(m_ini), id)->caFile, certificates.ca().certificatePath);
    QTRY_COMPARE(app.monitor.connection(id).extraCaCertificates, QList<QSslCertificate>{certificates.ca().certificate});
}

void TestConnectionsDialog::pinnedCertificateIsRemoved()
{
    const QByteArray first = randomSha256();
    const QByteArray second = randomSha256();
    App app(m_ini);
    ConnectionProfile profile;
    profile.id = newConnectionId();
    profile.name = u"Lab"_s;
    profile.baseUrl = normaliseBaseUrl(u"https://lab.example"_s).url;
    profile.pinnedSha256 = {first, second};
    app.manager.save(profile);

    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    QCOMPARE(dialog.currentConnectionId(), profile.id);
    auto *pins = child<QListWidget>(&dialog, u"pinnedList"_s);
    QCOMPARE(listText(pins), fingerprintText(first) + u" | "_s + fingerprintText(second));
    auto *remove = child<QPushButton>(&dialog, u"removePinButton"_s);
    QVERIFY(!remove->isEnabled());
    pins->setCurrentRow(0);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(listText(pins), fingerprintText(second));
    // Part of the form: saved with it.
    QCOMPARE(app.manager.profile(profile.id)->pinnedSha256.size(), 2);
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QCOMPARE(app.manager.profile(profile.id)->pinnedSha256, QList<QByteArray>{second});
    QCOMPARE(findProfile(savedProfiles(m_ini), profile.id)->pinnedSha256, QList<QByteArray>{second});
    QCOMPARE(app.monitor.connection(profile.id).pinnedSha256, QList<QByteArray>{second});

    pins->setCurrentRow(0);
    remove->click();
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    QVERIFY(app.manager.profile(profile.id)->pinnedSha256.isEmpty());
    QCOMPARE(listText(pins), u"None"_s);
    QVERIFY(!remove->isEnabled());
}

void TestConnectionsDialog::unsavedChangesAreAskedAbout()
{
    App app(m_ini);
    ConnectionProfile production;
    production.id = newConnectionId();
    production.name = u"Production"_s;
    production.baseUrl = normaliseBaseUrl(u"https://acme.vezacloud.com"_s).url;
    app.manager.save(production);
    ConnectionProfile staging = production;
    staging.id = newConnectionId();
    staging.name = u"Staging"_s;
    app.manager.save(staging);

    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    dialog.selectConnection(production.id);
    auto *list = child<QListWidget>(&dialog, u"connectionList"_s);
    auto *name = child<QLineEdit>(&dialog, u"nameEdit"_s);
    QCOMPARE(list->currentItem()->text(), u"Production"_s);
    name->setText(u"Production EU"_s);
    QVERIFY(dialog.hasUnsavedChanges());

    // Choosing another in the list asks; Cancel keeps the edit and the selection.
    list->setCurrentRow(rowOf(list, u"Staging"_s));
    auto *box = waitForWindow<QMessageBox>(&dialog, u"unsavedChangesBox"_s);
    QVERIFY(box);
    QCOMPARE(box->text(), u"Save the changes to “Production”?"_s);
    QCOMPARE(list->currentItem()->text(), u"Production"_s);
    const QPointer<QMessageBox> cancelled = box;
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!cancelled);
    QCOMPARE(dialog.currentConnectionId(), production.id);
    QCOMPARE(name->text(), u"Production EU"_s);

    // Save: saved, then the other one is shown.
    list->setCurrentRow(rowOf(list, u"Staging"_s));
    box = waitForWindow<QMessageBox>(&dialog, u"unsavedChangesBox"_s);
    QVERIFY(box);
    box->button(QMessageBox::Save)->click();
    QCOMPARE(app.manager.profile(production.id)->name, u"Production EU"_s);
    QCOMPARE(dialog.currentConnectionId(), staging.id);
    QCOMPARE(name->text(), u"Staging"_s);

    // Discard: nothing saved. Close asks too.
    name->setText(u"Staging EU"_s);
    dialog.reject();
    box = waitForWindow<QMessageBox>(&dialog, u"unsavedChangesBox"_s);
    QVERIFY(box);
    QVERIFY(dialog.isVisible());
    box->button(QMessageBox::Discard)->click();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(app.manager.profile(staging.id)->name, u"Staging"_s);
}

void TestConnectionsDialog::refusedCertificateIsReviewedAndTrusted()
{
    TestCertificates certificates;
    QVERIFY2(certificates.error().isEmpty(), qPrintable(certificates.error()));
    TlsTestServer server;
    QVERIFY(server.listen(certificates.selfSigned().certificate, certificates.selfSigned().key));

    App app(m_ini, false);
    ConnectionProfile profile;
    profile.id = newConnectionId();
    profile.name = u"Lab"_s;
    profile.baseUrl = server.baseUrl();
    // Whatever the environment says, these requests stay on loopback.
    profile.proxy.mode = ProxySettings::Mode::None;
    QSignalSpy saved(&app.manager, &ConnectionManager::keySaved);
    app.manager.save(profile, distinctiveSecret());
    QVERIFY(saved.wait(KeychainWaitMs));
    QCOMPARE(app.monitor.addTasks({u"lab-task"_s}, {}, profile.id), 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        app.monitor.connectionState(profile.id), TaskMonitor::ConnectionState::CertificateRefused, 15'000);

    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    dialog.selectConnection(profile.id);
    QCOMPARE(child<QLabel>(&dialog, u"connectionStatus"_s)->text(), app.monitor.connectionMessage(profile.id));
    auto *review = child<QPushButton>(&dialog, u"reviewCertificateButton"_s);
    QVERIFY(review->isVisible());
    review->click();
    auto *certificateDialog = waitForWindow<CertificateDialog>(&dialog, u"certificateDialog"_s);
    QVERIFY(certificateDialog);
    const QByteArray sha256 = TestCertificates::sha256(certificates.selfSigned().certificate);
    QCOMPARE(certificateDialog->certificate().sha256, sha256);
    QCOMPARE(child<QLabel>(certificateDialog, u"fingerprintLabel"_s)->text().remove(u'\n'), fingerprintText(sha256));
    child<QPushButton>(certificateDialog, u"trustButton"_s)->click();

    // Pinned for this connection, shown in its list, and polling goes on: the server's answer arrives.
    QCOMPARE(app.manager.profile(profile.id)->pinnedSha256, QList<QByteArray>{sha256});
    QCOMPARE(findProfile(savedProfiles(m_ini), profile.id)->pinnedSha256, QList<QByteArray>{sha256});
    QCOMPARE(listText(child<QListWidget>(&dialog, u"pinnedList"_s)), fingerprintText(sha256));
    QVERIFY(!dialog.hasUnsavedChanges());
    QTRY_VERIFY_WITH_TIMEOUT(app.monitor.model()->task(u"lab-task"_s)->isComplete(), 15'000);
    QTRY_VERIFY(!review->isVisible());
}

void TestConnectionsDialog::certificateDialogShowsTheCertificate()
{
    CertificateInfo info;
    info.subject = u"CN=acme.vezacloud.com, O=Acme"_s;
    info.issuer = u"CN=Acme TLS Inspection CA"_s;
    info.notBeforeMs = QDateTime(QDate(2024, 1, 2), QTime(9, 30)).toMSecsSinceEpoch();
    info.notAfterMs = QDateTime(QDate(2099, 1, 2), QTime(9, 30)).toMSecsSinceEpoch();
    info.sha256 = randomSha256();
    info.errors = {u"The issuer certificate of a locally looked up certificate could not be found"_s};

    CertificateDialog dialog(u"Production"_s, info);
    dialog.show();
    QCOMPARE(child<QLabel>(&dialog, u"subjectLabel"_s)->text(), info.subject);
    QCOMPARE(child<QLabel>(&dialog, u"issuerLabel"_s)->text(), info.issuer);
    auto *fingerprint = child<QLabel>(&dialog, u"fingerprintLabel"_s);
    QCOMPARE(fingerprint->text().remove(u'\n'), fingerprintText(info.sha256));
    QVERIFY(fingerprint->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(child<QLabel>(&dialog, u"certificateErrors"_s)->text().contains(info.errors.at(0)));
    const QString validity = child<QLabel>(&dialog, u"validityLabel"_s)->text();
    QVERIFY2(
        validity.contains(QLocale().toString(QDateTime::fromMSecsSinceEpoch(info.notAfterMs), QLocale::ShortFormat)),
        qPrintable(validity));
    QVERIFY(child<QLabel>(&dialog, u"certificateSummary"_s)->text().contains(u"“Production”"_s));

    auto *trust = child<QPushButton>(&dialog, u"trustButton"_s);
    QCOMPARE(trust->text(), u"Trust This Certificate for Production"_s);
    QVERIFY(!trust->isDefault()); // Enter closes; trusting is a click of its own
    QSignalSpy trusted(&dialog, &CertificateDialog::trustRequested);
    QSignalSpy edit(&dialog, &CertificateDialog::editRequested);
    trust->click();
    QCOMPARE(trusted.count(), 1);
    QCOMPARE(edit.count(), 0);
    QVERIFY(!dialog.isVisible());

    dialog.show();
    child<QPushButton>(&dialog, u"editButton"_s)->click();
    QCOMPARE(edit.count(), 1);
    QCOMPARE(trusted.count(), 1);
    QVERIFY(!dialog.isVisible());

    // Expired, and without a fingerprint there is nothing to trust.
    CertificateInfo expired = info;
    expired.notAfterMs = QDateTime(QDate(2020, 1, 2), QTime(9, 30)).toMSecsSinceEpoch();
    expired.sha256.clear();
    CertificateDialog other(u"Lab"_s, expired);
    QVERIFY(child<QLabel>(&other, u"validityLabel"_s)->text().endsWith(u"(expired)"_s));
    QVERIFY(!child<QPushButton>(&other, u"trustButton"_s)->isEnabled());
}

// VEZA_SCREENSHOT_DIR=/some/dir: the dialogs as a user sees them, saved as PNG files to look at.
void TestConnectionsDialog::screenshots()
{
    const QString directory = qEnvironmentVariable("VEZA_SCREENSHOT_DIR");
    if (directory.isEmpty())
        QSKIP("set VEZA_SCREENSHOT_DIR to save screenshots");
    App app(m_ini);
    QSignalSpy saved(&app.manager, &ConnectionManager::keySaved);
    ConnectionProfile production;
    production.id = newConnectionId();
    production.name = u"Production"_s;
    production.baseUrl = normaliseBaseUrl(u"https://acme.vezacloud.com"_s).url;
    production.proxy = {ProxySettings::Mode::Http, u"proxy.corp.example"_s, 3128, u"alice"_s};
    production.pinnedSha256 = {randomSha256()};
    app.manager.save(production, distinctiveSecret(), distinctiveSecret());
    ConnectionProfile staging;
    staging.id = newConnectionId();
    staging.name = u"Staging"_s;
    staging.baseUrl = normaliseBaseUrl(u"https://staging.vezacloud.com"_s).url;
    app.manager.save(staging, distinctiveSecret());
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, KeychainWaitMs);
    QVERIFY(app.manager.addSessionConnection(u"http://127.0.0.1:8443"_s, distinctiveSecret()).isEmpty());
    app.monitor.addTasks({u"t1"_s, u"t2"_s, u"t3"_s}, {}, production.id);

    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.selectConnection(production.id);
    QTest::qWait(200);
    QVERIFY(dialog.grab().save(directory + u"/connections-dialog.png"_s));

    dialog.addConnection();
    child<QLineEdit>(&dialog, u"nameEdit"_s)->setText(u"Lab"_s);
    child<QLineEdit>(&dialog, u"addressEdit"_s)->setText(u"http://lab.example"_s);
    QTest::qWait(100);
    QVERIFY(dialog.grab().save(directory + u"/connections-dialog-new.png"_s));
    child<QLineEdit>(&dialog, u"nameEdit"_s)->clear();
    child<QLineEdit>(&dialog, u"addressEdit"_s)->clear();

    dialog.selectConnection(production.id);
    child<QPushButton>(&dialog, u"removeConnectionButton"_s)->click();
    auto *ask = waitForWindow<QDialog>(&dialog, u"removeConnectionDialog"_s);
    QVERIFY(ask);
    QTest::qWait(100);
    QVERIFY(ask->grab().save(directory + u"/remove-connection-dialog.png"_s));
    ask->reject();

    CertificateInfo info;
    info.subject = u"CN=acme.vezacloud.com, O=Acme Corporation, L=Springfield, C=US"_s;
    info.issuer = u"CN=Acme TLS Inspection CA, O=Acme Corporation"_s;
    info.notBeforeMs = QDateTime(QDate(2024, 1, 2), QTime(9, 30)).toMSecsSinceEpoch();
    info.notAfterMs = QDateTime(QDate(2026, 1, 2), QTime(9, 30)).toMSecsSinceEpoch();
    info.sha256 = randomSha256();
    info.errors = {u"The issuer certificate of a locally looked up certificate could not be found"_s,
        u"The root CA certificate is not trusted for this purpose"_s};
    CertificateDialog certificateDialog(u"Production"_s, info);
    certificateDialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&certificateDialog));
    QTest::qWait(100);
    QVERIFY(certificateDialog.grab().save(directory + u"/certificate-dialog.png"_s));
}

// On a bus with no keychain: saving says so plainly, and the key is used for this session only if the user says so,
// never written anywhere.
class TestConnectionsDialogNoBackend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keyNotSavedCanBeUsedForThisSession();
    void keyNotSavedCancelled();

private:
    std::unique_ptr<QTemporaryDir> m_home;
};

void TestConnectionsDialogNoBackend::initTestCase()
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    QVERIFY2(bus.isConnected(), "runs on the bare bus of tests/data/dbus-bare-session.conf");
    QVERIFY(!bus.interface()->isServiceRegistered(u"org.freedesktop.secrets"_s));
    // A home of its own: a plain-text fallback would land where the tests look.
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    for (const char *variable : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
        qputenv(variable, QFile::encodeName(m_home->path()));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    installTranslations(QCoreApplication::instance());
}

void TestConnectionsDialogNoBackend::keyNotSavedCanBeUsedForThisSession()
{
    const QString ini = m_home->filePath(u"settings.ini"_s);
    const QString key = distinctiveSecret();
    QString id;
    {
        TaskStore store;
        App app(ini);
        app.monitor.setStore(&store);
        QSignalSpy opened(&app.monitor, &TaskMonitor::storeOpened);
        store.open(m_home->filePath(u"tasks.sqlite"_s));
        QVERIFY(opened.wait(10'000));

        ConnectionsDialog dialog(&app.manager, &app.monitor);
        dialog.show();
        fillNew(dialog, u"Production"_s, u"http://127.0.0.1:9"_s, key);
        child<QPushButton>(&dialog, u"saveButton"_s)->click();
        id = dialog.currentConnectionId();
        QVERIFY(!id.isEmpty());

        auto *box = waitForWindow<QMessageBox>(&dialog, u"keyNotSavedBox"_s);
        QVERIFY(box);
        QCOMPARE(box->text(), u"The system keychain did not keep the secrets of “Production”."_s);
        QCOMPARE(box->informativeText(), KeyStore::noBackendMessage());
        QCOMPARE(box->icon(), QMessageBox::Warning);
        // Not used until the user says so.
        QVERIFY(!app.manager.hasKey(id));
        QVERIFY(app.monitor.connection(id).apiKey.isEmpty());
        child<QPushButton>(box, u"useForSessionButton"_s)->click();

        QVERIFY(app.manager.isKeySessionOnly(id));
        QCOMPARE(app.monitor.connection(id).apiKey, key);
        QVERIFY(app.monitor.connection(id).isUsable());
        QCOMPARE(child<QLabel>(&dialog, u"keyStatus"_s)->text(), u"Used for this session only (not saved)"_s);
        QVERIFY(!child<QLineEdit>(&dialog, u"keyEdit"_s)->isVisible());
        QCOMPARE(editsShowing(&dialog, key), QStringList());
        auto *list = child<QListWidget>(&dialog, u"connectionList"_s);
        QVERIFY(list->item(0)->toolTip().endsWith(u"key for this session only"_s));

        // Tasks on it are stored as usual: their rows, never the key.
        QCOMPARE(app.monitor.addTasks({u"t1"_s}, {}, id), 1);
        store.flushAndWait();
    }
    // The profile is saved without its key, and no file under the home holds the key.
    QCOMPARE(savedProfiles(ini).size(), 1);
    QCOMPARE(savedProfiles(ini).at(0).id, id);
    int scanned = 0;
    const QStringList found = filesHolding(m_home->path(), key, &scanned);
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    QVERIFY(scanned >= 2);
}

void TestConnectionsDialogNoBackend::keyNotSavedCancelled()
{
    const QString ini = m_home->filePath(u"cancelled.ini"_s);
    App app(ini);
    ConnectionsDialog dialog(&app.manager, &app.monitor);
    dialog.show();
    const QString key = distinctiveSecret();
    fillNew(dialog, u"Production"_s, u"http://127.0.0.1:9"_s, key);
    child<QPushButton>(&dialog, u"saveButton"_s)->click();
    const QString id = dialog.currentConnectionId();
    auto *box = waitForWindow<QMessageBox>(&dialog, u"keyNotSavedBox"_s);
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QVERIFY(!app.manager.hasKey(id));
    QVERIFY(app.monitor.connection(id).apiKey.isEmpty());
    auto *message = child<QLabel>(&dialog, u"formMessage"_s);
    QCOMPARE(message->text(), u"Saved without its key: enter it again once the keychain works."_s);
    QCOMPARE(child<QLabel>(&dialog, u"keyStatus"_s)->text(), u"No key saved for this connection."_s);
    QVERIFY(child<QLineEdit>(&dialog, u"keyEdit"_s)->isVisible());
    QVERIFY(child<QLineEdit>(&dialog, u"keyEdit"_s)->text().isEmpty());
    QVERIFY(!fileHolds(ini, key));
}

int main(int argc, char *argv[])
{
    return runOnEitherBus<QApplication, TestConnectionsDialog, TestConnectionsDialogNoBackend>(argc, argv);
}

#include "tst_connectionsdialog.moc"
