// SPDX-License-Identifier: MIT
#include "connectionsdialog.h"

#include "certificatedialog.h"
#include "connectionmanager.h"
#include "loadlimitsbox.h"
#include "taskmonitor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace {

// Readable on light and dark palettes alike.
constexpr QRgb ErrorColor = 0xd32f2f;
constexpr int CaCheckDelayMs = 400;
constexpr quint16 DefaultHttpProxyPort = 8080;
constexpr quint16 DefaultSocksProxyPort = 1080;

enum ItemRole {
    IdRole = Qt::UserRole + 1, // the connection's id; empty for the new, unsaved one
    DetailRole, // the second line: the address, and whether it lasts for this session only
    NewRole,
};

enum class Tone { Plain, Secondary, Error };

void setTone(QLabel *label, Tone tone)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : QApplication::palette();
    if (tone == Tone::Error)
        palette.setColor(QPalette::WindowText, QColor(ErrorColor));
    else if (tone == Tone::Secondary)
        palette.setColor(QPalette::WindowText, palette.color(QPalette::Disabled, QPalette::WindowText));
    label->setPalette(palette);
}

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// A field for a secret the user types: hidden while typed, with an eye to check it, and kept away from drag and
// drop and input method history. It is never filled with a saved secret.
QLineEdit *secretEdit(const QString &objectName, const QString &actionName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setDragEnabled(false);
    edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhHiddenText);
    QAction *show = edit->addAction(QIcon(QStringLiteral(":/icons/eye.svg")), QLineEdit::TrailingPosition);
    show->setObjectName(actionName);
    show->setCheckable(true);
    const auto update = [edit, show](bool visible) {
        edit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
        show->setIcon(QIcon(visible ? QStringLiteral(":/icons/eye-off.svg") : QStringLiteral(":/icons/eye.svg")));
        show->setToolTip(
            visible ? ConnectionsDialog::tr("Hide what you typed") : ConnectionsDialog::tr("Show what you typed"));
        show->setText(show->toolTip());
    };
    update(false);
    QObject::connect(show, &QAction::toggled, edit, update);
    return edit;
}

// The name on the first line, the address smaller and greyed on the second.
class ConnectionItemDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const QRect rect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(4, 3, -4, -3);
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
        painter->save();
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
        const QFontMetrics nameMetrics(opt.font);
        painter->drawText(QRect(rect.left(), rect.top(), rect.width(), nameMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter, nameMetrics.elidedText(name, Qt::ElideRight, rect.width()));
        const QFont small = detailFont(opt.font);
        const QFontMetrics smallMetrics(small);
        painter->setFont(small);
        painter->setPen(opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(QRect(rect.left(), rect.top() + nameMetrics.height(), rect.width(), smallMetrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            smallMetrics.elidedText(index.data(DetailRole).toString(), Qt::ElideMiddle, rect.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const int height = QFontMetrics(opt.font).height() + QFontMetrics(detailFont(opt.font)).height() + 8;
        return {QStyledItemDelegate::sizeHint(option, index).width(), height};
    }

private:
    static QFont detailFont(QFont font)
    {
        font.setPointSizeF(font.pointSizeF() * 0.9);
        font.setItalic(false);
        return font;
    }
};

} // namespace

ConnectionsDialog::ConnectionsDialog(ConnectionManager *manager, TaskMonitor *monitor, QWidget *parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_monitor(monitor)
{
    setWindowTitle(tr("Connections"));
    setObjectName(QStringLiteral("connectionsDialog"));
    buildForm();

    m_caDebounce.setSingleShot(true);
    m_caDebounce.setInterval(CaCheckDelayMs);
    connect(&m_caDebounce, &QTimer::timeout, this, &ConnectionsDialog::checkCaFile);
    connect(&m_caWatcher, &QFutureWatcher<CaFileResult>::finished, this, [this] {
        if (std::exchange(m_caRecheck, false)) {
            checkCaFile();
            return;
        }
        showCaResult(m_caCheckingPath, m_caWatcher.result());
    });

    connect(m_manager, &ConnectionManager::profilesChanged, this, [this] {
        rebuildList();
        refreshFromManager();
    });
    connect(m_manager, &ConnectionManager::keyStateChanged, this, [this](const QString &id) {
        rebuildList(); // "key for this session only" on the second line
        if (id != m_currentId || m_isNew)
            return;
        updateKeyState();
        updateProxyState();
        updateStatus();
    });
    connect(m_manager, &ConnectionManager::keySaved, this, [this](const QString &id) {
        if (m_savingKeys.remove(id) && id == m_currentId && !m_isNew)
            setMessage(tr("Saved. The secrets are in the system keychain."), false);
    });
    // Only this dialog's saves: another part of the app answers for its own.
    connect(m_manager, &ConnectionManager::keyNotSaved, this,
        [this](const QString &id, const QString &key, const QString &proxyPassword, const QString &message) {
            if (m_savingKeys.remove(id))
                showKeyNotSaved(id, key, proxyPassword, message);
        });
    connect(m_monitor, &TaskMonitor::connectionStateChanged, this, [this](const QString &id) {
        if (id == m_currentId && !m_isNew)
            updateStatus();
    });

    if (m_manager->profiles().isEmpty())
        startNew();
    else
        showConnection(m_manager->lastUsed());
    resize(920, std::max(sizeHint().height(), 640));
}

ConnectionsDialog::~ConnectionsDialog() = default;

void ConnectionsDialog::buildForm()
{
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("connectionList"));
    m_list->setItemDelegate(new ConnectionItemDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setMinimumWidth(fontMetrics().averageCharWidth() * 30);

    m_addButton = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Add", "connection"), this);
    m_addButton->setObjectName(QStringLiteral("addConnectionButton"));
    m_addButton->setAutoDefault(false);
    m_removeButton = new QPushButton(QIcon(QStringLiteral(":/icons/remove.svg")), tr("Remove…", "connection"), this);
    m_removeButton->setObjectName(QStringLiteral("removeConnectionButton"));
    m_removeButton->setAutoDefault(false);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_removeButton);
    listButtons->addStretch(1);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_form = new QWidget(this);
    m_form->setObjectName(QStringLiteral("connectionForm"));

    // What the connection is doing now, and the refused certificate when that is why it stopped.
    m_statusLabel = noteLabel(QStringLiteral("connectionStatus"), m_form);
    m_certificateButton = new QPushButton(tr("Review Certificate…"), m_form);
    m_certificateButton->setObjectName(QStringLiteral("reviewCertificateButton"));
    m_certificateButton->setAutoDefault(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_statusLabel, 1);
    statusRow->addWidget(m_certificateButton, 0, Qt::AlignTop);

    m_nameEdit = new QLineEdit(m_form);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Production"));
    m_nameEdit->setMaxLength(100);

    m_addressEdit = new QLineEdit(m_form);
    m_addressEdit->setObjectName(QStringLiteral("addressEdit"));
    m_addressEdit->setPlaceholderText(QStringLiteral("https://your-org.vezacloud.com"));
    m_addressEdit->setClearButtonEnabled(true);
    m_addressStatus = noteLabel(QStringLiteral("addressStatus"), m_form);

    m_keyStatus = noteLabel(QStringLiteral("keyStatus"), m_form);
    m_replaceKeyButton = new QPushButton(tr("Replace Key…"), m_form);
    m_replaceKeyButton->setObjectName(QStringLiteral("replaceKeyButton"));
    m_replaceKeyButton->setAutoDefault(false);
    m_keyEdit = secretEdit(QStringLiteral("keyEdit"), QStringLiteral("showKeyAction"), m_form);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyStatus, 1);
    keyRow->addWidget(m_replaceKeyButton);
    auto *keyBox = new QVBoxLayout;
    keyBox->setContentsMargins(0, 0, 0, 0);
    keyBox->addWidget(m_keyEdit);
    keyBox->addLayout(keyRow);

    auto *connectionGroup = new QGroupBox(tr("Connection"), m_form);
    auto *connectionForm = new QFormLayout(connectionGroup);
    // Word-wrapped notes must take the field's whole width, not their own "nice" narrow one.
    connectionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    connectionForm->addRow(tr("&Name:"), m_nameEdit);
    // In a row of its own a wrapped note gets the height of its narrow "nice" width: it shares its field's row.
    auto *addressBox = new QVBoxLayout;
    addressBox->setContentsMargins(0, 0, 0, 0);
    addressBox->addWidget(m_addressEdit);
    addressBox->addWidget(m_addressStatus);
    auto *addressLabel = new QLabel(tr("Veza &address:"), m_form);
    addressLabel->setBuddy(m_addressEdit);
    connectionForm->addRow(addressLabel, addressBox);
    auto *keyLabel = new QLabel(tr("API &key:"), m_form);
    keyLabel->setBuddy(m_keyEdit);
    connectionForm->addRow(keyLabel, keyBox);

    m_proxyModeCombo = new QComboBox(m_form);
    m_proxyModeCombo->setObjectName(QStringLiteral("proxyModeCombo"));
    m_proxyModeCombo->addItem(tr("System proxy (default)"), int(ProxySettings::Mode::System));
    m_proxyModeCombo->addItem(tr("No proxy"), int(ProxySettings::Mode::None));
    m_proxyModeCombo->addItem(tr("HTTP proxy"), int(ProxySettings::Mode::Http));
    m_proxyModeCombo->addItem(tr("SOCKS5 proxy"), int(ProxySettings::Mode::Socks5));
    m_proxyHostEdit = new QLineEdit(m_form);
    m_proxyHostEdit->setObjectName(QStringLiteral("proxyHostEdit"));
    m_proxyHostEdit->setPlaceholderText(tr("proxy.example.com", "proxy host placeholder"));
    m_proxyPortSpin = new QSpinBox(m_form);
    m_proxyPortSpin->setObjectName(QStringLiteral("proxyPortSpin"));
    m_proxyPortSpin->setRange(1, 65535);
    m_proxyPortSpin->setValue(DefaultHttpProxyPort);
    auto *portLabel = new QLabel(tr("&Port:"), m_form);
    portLabel->setBuddy(m_proxyPortSpin);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_proxyHostEdit, 1);
    hostRow->addWidget(portLabel);
    hostRow->addWidget(m_proxyPortSpin);
    m_proxyUserEdit = new QLineEdit(m_form);
    m_proxyUserEdit->setObjectName(QStringLiteral("proxyUserEdit"));
    m_proxyUserEdit->setPlaceholderText(tr("Only if the proxy asks for one"));

    m_proxyPasswordStatus = noteLabel(QStringLiteral("proxyPasswordStatus"), m_form);
    m_replaceProxyPasswordButton = new QPushButton(tr("Replace Password…"), m_form);
    m_replaceProxyPasswordButton->setObjectName(QStringLiteral("replaceProxyPasswordButton"));
    m_replaceProxyPasswordButton->setAutoDefault(false);
    m_proxyPasswordEdit
        = secretEdit(QStringLiteral("proxyPasswordEdit"), QStringLiteral("showProxyPasswordAction"), m_form);
    auto *passwordRow = new QHBoxLayout;
    passwordRow->addWidget(m_proxyPasswordStatus, 1);
    passwordRow->addWidget(m_replaceProxyPasswordButton);
    auto *passwordBox = new QVBoxLayout;
    passwordBox->setContentsMargins(0, 0, 0, 0);
    passwordBox->addWidget(m_proxyPasswordEdit);
    passwordBox->addLayout(passwordRow);

    m_caFileEdit = new QLineEdit(m_form);
    m_caFileEdit->setObjectName(QStringLiteral("caFileEdit"));
    m_caFileEdit->setPlaceholderText(tr("Only when your organisation inspects TLS traffic"));
    m_caFileEdit->setClearButtonEnabled(true);
    m_browseCaButton = new QPushButton(tr("Browse…"), m_form);
    m_browseCaButton->setObjectName(QStringLiteral("browseCaButton"));
    m_browseCaButton->setAutoDefault(false);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFileEdit, 1);
    caRow->addWidget(m_browseCaButton);
    m_caStatus = noteLabel(QStringLiteral("caStatus"), m_form);

    auto *networkGroup = new QGroupBox(tr("Network"), m_form);
    auto *networkForm = new QFormLayout(networkGroup);
    networkForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    networkForm->addRow(tr("P&roxy:"), m_proxyModeCombo);
    auto *hostLabel = new QLabel(tr("Proxy &host:"), m_form);
    hostLabel->setBuddy(m_proxyHostEdit);
    networkForm->addRow(hostLabel, hostRow);
    networkForm->addRow(tr("Proxy &user:"), m_proxyUserEdit);
    auto *passwordLabel = new QLabel(tr("Proxy pass&word:"), m_form);
    passwordLabel->setBuddy(m_proxyPasswordEdit);
    networkForm->addRow(passwordLabel, passwordBox);
    auto *caLabel = new QLabel(tr("Extra &CA certificates:"), m_form);
    caLabel->setBuddy(m_caFileEdit);
    caLabel->setToolTip(tr("A PEM file of CA certificates trusted beside the system's, for this connection only."));
    auto *caBox = new QVBoxLayout;
    caBox->setContentsMargins(0, 0, 0, 0);
    caBox->addLayout(caRow);
    caBox->addWidget(m_caStatus);
    networkForm->addRow(caLabel, caBox);

    auto *pinNote
        = new QLabel(tr("Server certificates you chose to trust for this connection after it refused them."), m_form);
    pinNote->setWordWrap(true);
    setTone(pinNote, Tone::Secondary);
    m_pinList = new QListWidget(m_form);
    m_pinList->setObjectName(QStringLiteral("pinnedList"));
    m_pinList->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pinList->setTextElideMode(Qt::ElideMiddle);
    m_pinList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pinList->setFixedHeight(QFontMetrics(m_pinList->font()).height() * 3 + 2 * m_pinList->frameWidth() + 8);
    m_removePinButton = new QPushButton(tr("Trust No Longer"), m_form);
    m_removePinButton->setObjectName(QStringLiteral("removePinButton"));
    m_removePinButton->setAutoDefault(false);
    auto *pinGroup = new QGroupBox(tr("Trusted certificates"), m_form);
    auto *pinLayout = new QGridLayout(pinGroup);
    pinLayout->addWidget(pinNote, 0, 0, 1, 2);
    pinLayout->addWidget(m_pinList, 1, 0);
    pinLayout->addWidget(m_removePinButton, 1, 1, Qt::AlignTop);
    pinLayout->setColumnStretch(0, 1);

    m_limitsBox = new LoadLimitsBox(m_form);
    m_limitsBox->setObjectName(QStringLiteral("loadLimitsBox"));

    m_message = noteLabel(QStringLiteral("formMessage"), m_form);

    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(statusRow);
    formLayout->addWidget(connectionGroup);
    formLayout->addWidget(networkGroup);
    formLayout->addWidget(pinGroup);
    formLayout->addWidget(m_limitsBox);
    formLayout->addWidget(m_message);
    formLayout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_saveButton = m_buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 0);
    columns->addSpacing(8);
    columns->addWidget(m_form, 1);
    auto *layout = new QVBoxLayout(this);
    // Grows with a longer error sentence instead of clipping it.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        // After the click is done: the list is rebuilt, which a click still under way would not survive.
        if (!m_filling)
            QMetaObject::invokeMethod(this, &ConnectionsDialog::followListSelection, Qt::QueuedConnection);
    });
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionsDialog::addConnection);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionsDialog::removeCurrent);
    connect(m_certificateButton, &QPushButton::clicked, this, &ConnectionsDialog::showCertificate);

    const auto edited = [this] {
        if (m_filling)
            return;
        setMessage({}, false);
        updateButtons();
    };
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this, edited] {
        edited();
        if (m_isNew && !m_filling) {
            if (QListWidgetItem *item = m_list->currentItem(); item && item->data(NewRole).toBool())
                item->setText(shownName());
        }
    });
    connect(m_addressEdit, &QLineEdit::textChanged, this, [this, edited] {
        updateAddress();
        edited();
    });
    connect(m_keyEdit, &QLineEdit::textChanged, this, edited);
    connect(m_replaceKeyButton, &QPushButton::clicked, this, [this] {
        m_replacingKey = true;
        updateKeyState();
        m_keyEdit->setFocus();
    });
    connect(m_proxyModeCombo, &QComboBox::currentIndexChanged, this, [this, edited] {
        if (!m_filling) {
            // An untouched default port follows the kind of proxy.
            const auto mode = ProxySettings::Mode(m_proxyModeCombo->currentData().toInt());
            const int port = m_proxyPortSpin->value();
            if (port == DefaultHttpProxyPort || port == DefaultSocksProxyPort)
                m_proxyPortSpin->setValue(
                    mode == ProxySettings::Mode::Socks5 ? DefaultSocksProxyPort : DefaultHttpProxyPort);
        }
        updateProxyState();
        edited();
    });
    connect(m_proxyHostEdit, &QLineEdit::textChanged, this, edited);
    connect(m_proxyPortSpin, &QSpinBox::valueChanged, this, edited);
    connect(m_proxyUserEdit, &QLineEdit::textChanged, this, [this, edited] {
        updateProxyState();
        edited();
    });
    connect(m_proxyPasswordEdit, &QLineEdit::textChanged, this, edited);
    connect(m_replaceProxyPasswordButton, &QPushButton::clicked, this, [this] {
        m_replacingProxyPassword = true;
        updateProxyState();
        m_proxyPasswordEdit->setFocus();
    });
    // The timer is the context: a member, it is destroyed before the child edit sends its last signals.
    connect(m_caFileEdit, &QLineEdit::textChanged, &m_caDebounce, [this, edited] {
        if (!m_filling)
            m_caDebounce.start();
        edited();
    });
    connect(m_caFileEdit, &QLineEdit::editingFinished, &m_caDebounce, [this] {
        if (m_caDebounce.isActive())
            checkCaFile();
    });
    connect(m_browseCaButton, &QPushButton::clicked, this, &ConnectionsDialog::browseCaFile);
    connect(m_pinList, &QListWidget::currentRowChanged, this, &ConnectionsDialog::updateButtons);
    connect(m_removePinButton, &QPushButton::clicked, this, [this] {
        const int row = m_pinList->currentRow();
        if (row < 0 || row >= m_pins.size())
            return;
        QList<QByteArray> pins = m_pins;
        pins.removeAt(row);
        setPins(pins);
        setMessage(tr("Save to stop trusting it."), false);
        updateButtons();
    });
    connect(m_limitsBox, &LoadLimitsBox::edited, this, edited);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ConnectionsDialog::reject);
}

void ConnectionsDialog::followListSelection()
{
    const QListWidgetItem *current = m_list->currentItem();
    if (!current || m_filling)
        return;
    const bool isNew = current->data(NewRole).toBool();
    const QString id = current->data(IdRole).toString();
    if (isNew == m_isNew && (isNew || id == m_currentId))
        return;
    // The form's connection stays selected until its changes are saved or discarded.
    rebuildList();
    if (isNew)
        addConnection();
    else
        selectConnection(id);
}

void ConnectionsDialog::selectConnection(const QString &id)
{
    if (!m_manager->profile(id) || (!m_isNew && id == m_currentId))
        return;
    whenSettled([this, id] { showConnection(id); });
}

void ConnectionsDialog::addConnection()
{
    if (m_isNew) {
        m_nameEdit->setFocus();
        return;
    }
    whenSettled([this] { startNew(); });
}

void ConnectionsDialog::reject()
{
    whenSettled([this] { QDialog::reject(); });
}

bool ConnectionsDialog::hasUnsavedChanges() const
{
    if (!m_keyEdit->text().isEmpty() || !m_proxyPasswordEdit->text().isEmpty())
        return true;
    if (m_isNew && !m_addressEdit->text().trimmed().isEmpty())
        return true;
    return formProfile() != m_loaded;
}

void ConnectionsDialog::whenSettled(const std::function<void()> &then)
{
    if (!hasUnsavedChanges()) {
        then();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
        m_isNew ? tr("Save the new connection?") : tr("Save the changes to “%1”?").arg(m_loaded.name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("unsavedChangesBox"));
    box->setDefaultButton(QMessageBox::Save);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, then](QAbstractButton *button) {
        switch (box->standardButton(button)) {
        case QMessageBox::Save:
            if (save())
                then();
            break;
        case QMessageBox::Discard:
            if (m_isNew)
                startNew();
            else
                showConnection(m_currentId);
            then();
            break;
        default:
            break;
        }
    });
    box->open();
}

void ConnectionsDialog::showConnection(const QString &id)
{
    const ConnectionProfile *profile = m_manager->profile(id);
    if (!profile) {
        if (m_manager->profiles().isEmpty()) {
            startNew();
            return;
        }
        profile = &m_manager->profiles().constFirst();
    }
    m_isNew = false;
    m_currentId = profile->id;
    m_loaded = *profile;
    m_replacingKey = false;
    m_replacingProxyPassword = false;
    fillForm(m_loaded);
    rebuildList();
}

void ConnectionsDialog::startNew()
{
    m_isNew = true;
    m_currentId.clear();
    m_loaded = ConnectionProfile{};
    m_replacingKey = false;
    m_replacingProxyPassword = false;
    fillForm(m_loaded);
    rebuildList();
    m_nameEdit->setFocus();
}

void ConnectionsDialog::fillForm(const ConnectionProfile &profile)
{
    m_filling = true;
    m_nameEdit->setText(profile.name);
    m_addressEdit->setText(profile.baseUrl.isEmpty() ? QString() : baseUrlText(profile.baseUrl));
    setProxySettings(profile.proxy);
    m_caFileEdit->setText(profile.caFile);
    setPins(profile.pinnedSha256);
    m_limitsBox->setExpanded(false);
    m_limitsBox->setLimits(profile.limits);
    m_keyEdit->clear();
    m_proxyPasswordEdit->clear();
    m_filling = false;
    m_caDebounce.stop();
    setMessage({}, false);
    updateAddress();
    updateKeyState();
    updateProxyState();
    updateStatus();
    checkCaFile();
    updateButtons();
}

void ConnectionsDialog::setProxySettings(const ProxySettings &proxy)
{
    m_proxyModeCombo->setCurrentIndex(std::max(0, m_proxyModeCombo->findData(int(proxy.mode))));
    m_proxyHostEdit->setText(proxy.host);
    m_proxyPortSpin->setValue(proxy.port != 0           ? int(proxy.port)
            : proxy.mode == ProxySettings::Mode::Socks5 ? DefaultSocksProxyPort
                                                        : DefaultHttpProxyPort);
    m_proxyUserEdit->setText(proxy.user);
}

void ConnectionsDialog::setPins(const QList<QByteArray> &pins)
{
    m_pins = pins;
    m_pinList->clear();
    for (const QByteArray &pin : pins) {
        auto *item = new QListWidgetItem(fingerprintText(pin), m_pinList);
        item->setToolTip(tr("SHA-256 %1").arg(item->text()));
    }
    if (pins.isEmpty()) {
        auto *none = new QListWidgetItem(tr("None"), m_pinList);
        none->setFlags(Qt::NoItemFlags);
    }
    updateButtons();
}

ConnectionProfile ConnectionsDialog::formProfile() const
{
    ConnectionProfile profile = m_loaded;
    profile.name = m_nameEdit->text().trimmed();
    profile.baseUrl = normaliseBaseUrl(m_addressEdit->text()).url;
    profile.proxy.mode = ProxySettings::Mode(m_proxyModeCombo->currentData().toInt());
    // The host, port and user are the proxy's own: kept as they were while the system's or no proxy is chosen.
    if (profile.proxy.mode == ProxySettings::Mode::Http || profile.proxy.mode == ProxySettings::Mode::Socks5) {
        profile.proxy.host = m_proxyHostEdit->text().trimmed();
        profile.proxy.port = quint16(m_proxyPortSpin->value());
        profile.proxy.user = m_proxyUserEdit->text().trimmed();
    }
    profile.caFile = m_caFileEdit->text().trimmed();
    profile.pinnedSha256 = m_pins;
    profile.limits = m_limitsBox->limits();
    return profile;
}

void ConnectionsDialog::refreshFromManager()
{
    if (m_isNew)
        return;
    const ConnectionProfile *stored = m_manager->profile(m_currentId);
    if (!stored) {
        // Removed: another one takes the form.
        showConnection(QString());
        return;
    }
    if (*stored == m_loaded)
        return;
    const ConnectionProfile form = formProfile();
    const ConnectionProfile old = std::exchange(m_loaded, *stored);
    m_filling = true;
    if (form.name == old.name)
        m_nameEdit->setText(stored->name);
    if (form.baseUrl == old.baseUrl)
        m_addressEdit->setText(baseUrlText(stored->baseUrl));
    if (form.proxy == old.proxy)
        setProxySettings(stored->proxy);
    const bool caChanged = form.caFile == old.caFile && stored->caFile != old.caFile;
    if (form.caFile == old.caFile)
        m_caFileEdit->setText(stored->caFile);
    if (form.pinnedSha256 == old.pinnedSha256)
        setPins(stored->pinnedSha256);
    if (form.limits == old.limits)
        m_limitsBox->setLimits(stored->limits);
    m_filling = false;
    updateAddress();
    updateKeyState();
    updateProxyState();
    if (caChanged)
        checkCaFile();
    updateButtons();
}

void ConnectionsDialog::rebuildList()
{
    const bool filling = std::exchange(m_filling, true);
    m_list->clear();
    int currentRow = -1;
    for (const ConnectionProfile &profile : m_manager->profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_list);
        item->setData(IdRole, profile.id);
        QString detail = profile.baseUrl.toDisplayString();
        if (profile.sessionOnly)
            detail = tr("%1 · this session", "connection list").arg(detail);
        else if (m_manager->isKeySessionOnly(profile.id))
            detail = tr("%1 · key for this session only", "connection list").arg(detail);
        item->setData(DetailRole, detail);
        item->setToolTip(detail);
        if (!m_isNew && profile.id == m_currentId)
            currentRow = m_list->count() - 1;
    }
    if (m_isNew) {
        auto *item = new QListWidgetItem(shownName(), m_list);
        item->setData(NewRole, true);
        item->setData(DetailRole, tr("Not saved yet"));
        QFont font = item->font();
        font.setItalic(true);
        item->setFont(font);
        currentRow = m_list->count() - 1;
    }
    m_list->setCurrentRow(currentRow);
    m_filling = filling;
    updateButtons();
}

QString ConnectionsDialog::shownName() const
{
    const QString name = m_nameEdit->text().trimmed();
    return name.isEmpty() ? tr("New Connection") : name;
}

void ConnectionsDialog::updateAddress()
{
    const QString text = m_addressEdit->text();
    const BaseUrlResult address = normaliseBaseUrl(text);
    if (!address.error.isEmpty()) {
        m_addressStatus->setText(address.error);
        // Nothing typed yet is a hint, not a mistake.
        setTone(m_addressStatus, text.trimmed().isEmpty() ? Tone::Secondary : Tone::Error);
    } else {
        m_addressStatus->setText(tr("Tasks are read from %1").arg(address.url.toDisplayString()));
        setTone(m_addressStatus, Tone::Secondary);
    }
}

ConnectionsDialog::SecretState ConnectionsDialog::keyState() const
{
    if (m_isNew)
        return SecretState::None;
    if (m_manager->isReadingKey(m_currentId))
        return SecretState::Reading;
    if (!m_manager->hasKey(m_currentId))
        return SecretState::None;
    if (m_loaded.sessionOnly || m_manager->isKeySessionOnly(m_currentId))
        return SecretState::SessionOnly;
    return SecretState::Saved;
}

ConnectionsDialog::SecretState ConnectionsDialog::proxyPasswordState() const
{
    if (m_isNew || m_loaded.proxy.user.isEmpty())
        return SecretState::None;
    if (m_manager->isReadingKey(m_currentId))
        return SecretState::Reading;
    if (!m_manager->hasProxyPassword(m_currentId))
        return SecretState::None;
    if (m_loaded.sessionOnly || m_manager->isProxyPasswordSessionOnly(m_currentId))
        return SecretState::SessionOnly;
    return SecretState::Saved;
}

QString ConnectionsDialog::secretStateText(SecretState state)
{
    switch (state) {
    case SecretState::Reading:
        return tr("Reading the keychain…");
    case SecretState::Saved:
        return tr("Saved in the system keychain");
    case SecretState::SessionOnly:
        return tr("Used for this session only (not saved)");
    case SecretState::None:
        break;
    }
    return {};
}

void ConnectionsDialog::updateKeyState()
{
    const SecretState state = keyState();
    const bool showField = state == SecretState::None || m_replacingKey;
    if (m_isNew)
        m_keyStatus->setText(tr("Kept in the system keychain, never in a file."));
    else if (state == SecretState::None)
        m_keyStatus->setText(tr("No key saved for this connection."));
    else
        m_keyStatus->setText(secretStateText(state));
    setTone(m_keyStatus, Tone::Secondary);
    m_replaceKeyButton->setVisible(state != SecretState::None && !m_replacingKey);
    m_keyEdit->setVisible(showField);
    m_keyEdit->setPlaceholderText(state == SecretState::None ? tr("From Administration > API Keys in Veza")
                                                             : tr("The new key (the saved one stays until you save)"));
}

void ConnectionsDialog::updateProxyState()
{
    const auto mode = ProxySettings::Mode(m_proxyModeCombo->currentData().toInt());
    const bool custom = mode == ProxySettings::Mode::Http || mode == ProxySettings::Mode::Socks5;
    for (QWidget *widget : std::initializer_list<QWidget *>{m_proxyHostEdit, m_proxyPortSpin, m_proxyUserEdit,
             m_proxyPasswordStatus, m_replaceProxyPasswordButton, m_proxyPasswordEdit})
        widget->setEnabled(custom);

    // A password saved for another user name is not offered for the new one.
    const bool sameUser = m_proxyUserEdit->text().trimmed() == m_loaded.proxy.user;
    const SecretState state = sameUser ? proxyPasswordState() : SecretState::None;
    m_proxyPasswordStatus->setVisible(state != SecretState::None);
    m_proxyPasswordStatus->setText(secretStateText(state));
    setTone(m_proxyPasswordStatus, Tone::Secondary);
    m_replaceProxyPasswordButton->setVisible(state != SecretState::None && !m_replacingProxyPassword);
    m_proxyPasswordEdit->setVisible(state == SecretState::None || m_replacingProxyPassword);
    m_proxyPasswordEdit->setPlaceholderText(state == SecretState::None
            ? tr("Only if the proxy asks for one")
            : tr("The new password (the saved one stays until you save)"));
}

void ConnectionsDialog::updateStatus()
{
    if (m_isNew) {
        m_statusLabel->setText(tr("A new connection: it is used once you save it."));
        setTone(m_statusLabel, Tone::Secondary);
        m_certificateButton->hide();
        return;
    }
    const TaskMonitor::ConnectionState state = m_monitor->connectionState(m_currentId);
    QString text = m_monitor->connectionMessage(m_currentId);
    if (text.isEmpty() && state == TaskMonitor::ConnectionState::Ok)
        text = tr("Connected.");
    m_statusLabel->setText(text);
    const bool failed = state == TaskMonitor::ConnectionState::AuthFailed
        || state == TaskMonitor::ConnectionState::CertificateRefused
        || state == TaskMonitor::ConnectionState::Unreachable;
    setTone(m_statusLabel, failed ? Tone::Error : Tone::Secondary);
    m_certificateButton->setVisible(state == TaskMonitor::ConnectionState::CertificateRefused
        && !m_monitor->connectionError(m_currentId).certificate.isEmpty());
}

void ConnectionsDialog::updateButtons()
{
    if (!m_saveButton)
        return;
    m_saveButton->setEnabled(hasUnsavedChanges());
    m_removeButton->setEnabled(m_isNew || m_manager->profile(m_currentId));
    const int pin = m_pinList->currentRow();
    m_removePinButton->setEnabled(pin >= 0 && pin < m_pins.size());
}

void ConnectionsDialog::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    setTone(m_message, error ? Tone::Error : Tone::Plain);
}

bool ConnectionsDialog::save()
{
    ConnectionProfile profile = formProfile();
    QString problem;
    // The address's own reason (plain http to a remote host, say) says more than "enter the address".
    if (profile.baseUrl.isEmpty() && !m_addressEdit->text().trimmed().isEmpty())
        problem = normaliseBaseUrl(m_addressEdit->text()).error;
    if (problem.isEmpty())
        problem = m_manager->validate(profile);
    const QString key = m_keyEdit->text().trimmed();
    if (problem.isEmpty() && m_isNew && key.isEmpty())
        problem = tr("Enter the API key (from Administration > API Keys in Veza).");
    if (!problem.isEmpty()) {
        setMessage(problem, true);
        return false;
    }

    const bool customProxy
        = profile.proxy.mode == ProxySettings::Mode::Http || profile.proxy.mode == ProxySettings::Mode::Socks5;
    const QString proxyPassword
        = customProxy && !profile.proxy.user.isEmpty() ? m_proxyPasswordEdit->text() : QString();
    if (m_isNew)
        profile.id = newConnectionId();
    // Set before saving: the manager's profilesChanged() arrives inside save() and must find the form's connection.
    m_isNew = false;
    m_currentId = profile.id;
    m_loaded = profile;
    m_replacingKey = false;
    m_replacingProxyPassword = false;
    m_filling = true;
    m_keyEdit->clear();
    m_proxyPasswordEdit->clear();
    m_filling = false;
    const bool secrets = !key.isEmpty() || !proxyPassword.isEmpty();
    if (secrets && !profile.sessionOnly)
        m_savingKeys.insert(profile.id);
    m_manager->save(profile, key, proxyPassword);

    if (!secrets)
        setMessage(tr("Saved."), false);
    else if (profile.sessionOnly)
        setMessage(tr("Saved for this session."), false);
    else
        setMessage(tr("Saved. Storing the secrets in the system keychain…"), false);
    rebuildList();
    updateKeyState();
    updateProxyState();
    updateStatus();
    updateButtons();
    Q_EMIT connectionSaved(profile.id);
    return true;
}

void ConnectionsDialog::showKeyNotSaved(
    const QString &id, const QString &key, const QString &proxyPassword, const QString &message)
{
    const ConnectionProfile *profile = m_manager->profile(id);
    if (!profile)
        return;
    if (id == m_currentId)
        setMessage(tr("Saved, but the system keychain did not keep the secrets."), true);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Key Not Saved"),
        tr("The system keychain did not keep the secrets of “%1”.").arg(profile->name), QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("keyNotSavedBox"));
    box->setInformativeText(message);
    box->setTextFormat(Qt::PlainText);
    QPushButton *useForSession = box->addButton(tr("Use for This Session Only"), QMessageBox::AcceptRole);
    useForSession->setObjectName(QStringLiteral("useForSessionButton"));
    box->setDefaultButton(useForSession);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // The secrets live in this connection only as long as the box: never written anywhere else.
    connect(
        box, &QMessageBox::buttonClicked, this, [this, id, key, proxyPassword, useForSession](QAbstractButton *button) {
            if (button == useForSession) {
                m_manager->useKeyForSession(id, key, proxyPassword);
                if (id == m_currentId)
                    setMessage(tr("Saved; the key is used for this session only."), false);
            } else if (id == m_currentId) {
                setMessage(tr("Saved without its key: enter it again once the keychain works."), true);
            }
        });
    box->open();
}

QStringList ConnectionsDialog::tasksOf(const QString &id) const
{
    QStringList ids;
    const TaskTableModel *model = m_monitor->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString taskId = model->idAt(row);
        if (const TrackedTask *task = model->task(taskId); task && task->connection == id)
            ids << taskId;
    }
    return ids;
}

void ConnectionsDialog::removeCurrent()
{
    if (m_isNew) {
        // Nothing saved yet: the form goes, and another connection takes it.
        if (m_manager->profiles().isEmpty())
            startNew();
        else
            showConnection(QString());
        return;
    }
    const ConnectionProfile *profile = m_manager->profile(m_currentId);
    if (!profile)
        return;
    const QString id = profile->id;
    const QString name = profile->name;
    const int taskCount = int(tasksOf(id).size());

    if (taskCount == 0) {
        auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Connection"),
            tr("Remove the connection “%1”?").arg(name), QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("confirmRemoveConnectionBox"));
        box->setTextFormat(Qt::PlainText);
        box->setInformativeText(profile->sessionOnly ? tr("It was for this session only.")
                                                     : tr("Its key is deleted from the system keychain."));
        QPushButton *remove = box->addButton(tr("Remove", "connection"), QMessageBox::DestructiveRole);
        remove->setObjectName(QStringLiteral("confirmRemoveButton"));
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::buttonClicked, this, [this, id, remove](QAbstractButton *button) {
            if (button == remove)
                removeConnection(id, {}, {});
        });
        box->open();
        return;
    }

    // The tasks need a home, or go with it: asked without a nested event loop.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("removeConnectionDialog"));
    dialog->setWindowTitle(tr("Remove Connection"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *question
        = new QLabel(tr("“%1” has %n task(s). What should happen to them?", nullptr, taskCount).arg(name), dialog);
    question->setWordWrap(true);
    question->setTextFormat(Qt::PlainText);
    auto *move = new QRadioButton(tr("&Move the %n task(s) to", nullptr, taskCount), dialog);
    move->setObjectName(QStringLiteral("moveTasksOption"));
    auto *target = new QComboBox(dialog);
    target->setObjectName(QStringLiteral("moveTargetCombo"));
    for (const ConnectionProfile &other : m_manager->profiles()) {
        if (other.id != id)
            target->addItem(other.name, other.id);
    }
    auto *drop = new QRadioButton(tr("&Remove the connection and its %n task(s)", nullptr, taskCount), dialog);
    drop->setObjectName(QStringLiteral("removeTasksOption"));
    const bool canMove = target->count() > 0;
    move->setEnabled(canMove);
    target->setEnabled(canMove);
    (canMove ? move : drop)->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton *confirm = buttons->addButton(tr("Remove Connection"), QDialogButtonBox::AcceptRole);
    confirm->setObjectName(QStringLiteral("confirmRemoveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(move);
    moveRow->addWidget(target, 1);
    auto *layout = new QVBoxLayout(dialog);
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    layout->addWidget(question);
    layout->addLayout(moveRow);
    if (!canMove) {
        auto *note = new QLabel(tr("There is no other connection to move them to."), dialog);
        setTone(note, Tone::Secondary);
        layout->addWidget(note);
    }
    layout->addWidget(drop);
    layout->addSpacing(8);
    layout->addWidget(buttons);

    connect(move, &QRadioButton::toggled, target, &QComboBox::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, id, move, target] {
        removeConnection(id, tasksOf(id), move->isChecked() ? target->currentData().toString() : QString());
    });
    dialog->resize(std::max(dialog->sizeHint().width(), 460), dialog->sizeHint().height());
    dialog->open();
}

void ConnectionsDialog::removeConnection(const QString &id, const QStringList &taskIds, const QString &moveTo)
{
    const QList<ConnectionProfile> &profiles = m_manager->profiles();
    qsizetype row = -1;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles.at(i).id == id)
            row = i;
    }
    if (row < 0)
        return;
    // The one below takes its place in the list, or the one above when it was the last.
    QString next;
    if (row + 1 < profiles.size())
        next = profiles.at(row + 1).id;
    else if (row > 0)
        next = profiles.at(row - 1).id;

    if (!taskIds.isEmpty()) {
        if (!moveTo.isEmpty() && m_manager->profile(moveTo))
            m_monitor->moveTasks(taskIds, moveTo);
        else
            m_monitor->removeTasks(taskIds);
    }
    const bool shown = !m_isNew && m_currentId == id;
    m_savingKeys.remove(id);
    m_manager->remove(id);
    if (!shown)
        return;
    if (next.isEmpty())
        startNew();
    else
        showConnection(next);
}

void ConnectionsDialog::showCertificate()
{
    const QString id = m_currentId;
    const CertificateInfo certificate = m_monitor->connectionError(id).certificate;
    if (m_isNew || certificate.isEmpty())
        return;
    auto *dialog = new CertificateDialog(m_loaded.name, certificate, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CertificateDialog::trustRequested, this,
        [this, id, sha256 = certificate.sha256] { m_manager->trustCertificate(id, sha256); });
    connect(dialog, &CertificateDialog::editRequested, this, [this, id] {
        if (id == m_currentId)
            m_caFileEdit->setFocus();
    });
    dialog->open();
}

void ConnectionsDialog::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("Extra CA Certificates"));
    dialog->setObjectName(QStringLiteral("caFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("PEM certificates (*.pem *.crt *.cer)"), tr("All files (*)")});
    const QString current = m_caFileEdit->text().trimmed();
    if (!current.isEmpty())
        dialog->selectFile(current);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_caFileEdit->setText(QDir::toNativeSeparators(file));
        checkCaFile();
    });
    dialog->open();
}

void ConnectionsDialog::checkCaFile()
{
    m_caDebounce.stop();
    const QString path = m_caFileEdit->text().trimmed();
    if (path.isEmpty()) {
        m_caRecheck = false;
        m_caStatus->setText(tr("None: only the system's certificates are trusted."));
        setTone(m_caStatus, Tone::Secondary);
        return;
    }
    if (m_caWatcher.isRunning()) {
        m_caRecheck = true;
        return;
    }
    m_caCheckingPath = path;
    m_caStatus->setText(tr("Reading the file…"));
    setTone(m_caStatus, Tone::Secondary);
    // A file on a slow or network mount must not freeze the window.
    m_caWatcher.setFuture(QtConcurrent::run(loadCaFile, path));
}

void ConnectionsDialog::showCaResult(const QString &path, const CaFileResult &result)
{
    if (path != m_caFileEdit->text().trimmed())
        return; // an older path: the one typed since is checked after its pause
    if (!result.error.isEmpty()) {
        m_caStatus->setText(result.error);
        setTone(m_caStatus, Tone::Error);
        return;
    }
    m_caStatus->setText(tr("%n certificate(s)", nullptr, int(result.certificates.size())));
    setTone(m_caStatus, Tone::Secondary);
}
