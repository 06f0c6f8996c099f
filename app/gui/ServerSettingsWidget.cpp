#include "ServerSettingsWidget.h"

#include "Icons.h"
#include "net/TlsReport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>

namespace md::gui {

namespace {

bool isStandardPort(Protocol protocol, int port)
{
    const ProtocolTraits &t = traits(protocol);
    return port == t.implicitTlsPort || port == t.startTlsPort || (protocol == Protocol::Smtp && port == 25);
}

bool isOAuthMechanism(const QString &mechanism)
{
    return mechanism == QLatin1String("xoauth2") || mechanism == QLatin1String("oauthbearer");
}

QString authTitle(const QString &mechanism)
{
    if (mechanism == QLatin1String("auto"))
        return ServerSettingsWidget::tr("Automatic (best offered)");
    if (mechanism == QLatin1String("user"))
        return ServerSettingsWidget::tr("USER/PASS (POP3's plain login)");
    if (isOAuthMechanism(mechanism))
        return ServerSettingsWidget::tr("OAuth2 sign-in (%1)").arg(mechanism.toUpper());
    return mechanism.toUpper();
}

}  // namespace

QString ServerSettingsWidget::securityChoice(Security security)
{
    switch (security) {
    case Security::Tls:
        return tr("SSL/TLS: encrypted from the start (implicit TLS)");
    case Security::StartTls:
        return tr("STARTTLS: connect, then switch to encryption");
    case Security::None:
        return tr("None: unencrypted (unsafe)");
    }
    return {};
}

QString ServerSettingsWidget::securityTitle(Security security)
{
    switch (security) {
    case Security::Tls:
        return tr("Implicit TLS (SSL/TLS)");
    case Security::StartTls:
        return tr("STARTTLS");
    case Security::None:
        return tr("None (unencrypted)");
    }
    return {};
}

ServerSettingsWidget::ServerSettingsWidget(Protocol protocol, QWidget *parent) : QWidget(parent), m_protocol(protocol)
{
    const QString what = protocol == Protocol::Smtp ? tr("outgoing") : tr("incoming");
    auto *form = m_form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    if (protocol != Protocol::Smtp) {
        m_protocolChoice = new QComboBox(this);
        m_protocolChoice->addItem(tr("IMAP: folders stay on the server"), toString(Protocol::Imap));
        m_protocolChoice->addItem(tr("POP3: messages are downloaded"), toString(Protocol::Pop3));
        m_protocolChoice->setCurrentIndex(m_protocolChoice->findData(toString(protocol)));
        m_protocolChoice->setAccessibleName(tr("Incoming mail protocol"));
        m_protocolChoice->view()->setAccessibleName(tr("Protocol choices"));
        m_protocolChoice->setObjectName(QStringLiteral("protocol"));
        auto *protocolLabel = new QLabel(tr("Pro&tocol:"), this);
        protocolLabel->setBuddy(m_protocolChoice);
        form->addRow(protocolLabel, m_protocolChoice);
    }

    m_host = new QLineEdit(this);
    m_host->setPlaceholderText(
        protocol == Protocol::Smtp ? tr("e.g. smtp.example.com") : tr("e.g. imap.example.com or pop.example.com"));
    m_host->setAccessibleName(tr("Server name of the %1 mail server").arg(what));
    m_host->setObjectName(QStringLiteral("host"));
    auto *hostLabel = new QLabel(tr("Ser&ver:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, m_host);

    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort(protocol, Security::Tls));
    m_port->setAccessibleName(tr("Port"));
    m_port->setObjectName(QStringLiteral("port"));
    m_security = new QComboBox(this);
    for (Security s : { Security::Tls, Security::StartTls, Security::None })
        m_security->addItem(securityChoice(s), toString(s));
    m_security->setAccessibleName(tr("Security (encryption)"));
    m_security->view()->setAccessibleName(tr("Security choices"));
    m_security->setObjectName(QStringLiteral("security"));
    m_security->setToolTip(tr("Implicit TLS encrypts from the first byte (usually port 465 for SMTP, 993 for "
                              "IMAP, 995 for POP3). STARTTLS starts unencrypted and switches to encryption "
                              "before logging in (usually port 587, 143 or 110)."));
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    auto *securityLabel = new QLabel(tr("Securit&y:"), this);
    securityLabel->setBuddy(m_security);
    portRow->addSpacing(12);
    portRow->addWidget(securityLabel);
    portRow->addWidget(m_security, 1);
    auto *portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portRow);

    m_noneWarning = new QLabel(this);
    m_noneWarning->setWordWrap(true);
    m_noneWarning->setText(tr("<b>Warning:</b> without encryption, anyone on the network between you and the server "
                              "can read your password and your mail, and change what you send. Use this only "
                              "for a server on your own machine or local network."));
    m_noneWarning->setAccessibleName(tr("Risk of no encryption"));
    m_allowPlaintext = new QCheckBox(tr("Send my password without encryption anyway"), this);
    m_allowPlaintext->setAccessibleName(tr("Send the password without encryption"));
    form->addRow(QString(), m_noneWarning);
    form->addRow(QString(), m_allowPlaintext);

    m_user = new QLineEdit(this);
    m_user->setPlaceholderText(tr("usually your e-mail address; empty: do not log in"));
    m_user->setAccessibleName(tr("User name"));
    m_user->setObjectName(QStringLiteral("user"));
    auto *userLabel = new QLabel(tr("&User name:"), this);
    userLabel->setBuddy(m_user);
    form->addRow(userLabel, m_user);

    m_auth = new QComboBox(this);
    fillAuthChoices();
    m_auth->setAccessibleName(tr("Login method"));
    m_auth->view()->setAccessibleName(tr("Login method choices"));
    m_auth->setObjectName(QStringLiteral("auth"));
    auto *authLabel = new QLabel(tr("Login &method:"), this);
    authLabel->setBuddy(m_auth);
    form->addRow(authLabel, m_auth);

    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setObjectName(QStringLiteral("password"));
    m_showPassword = new QToolButton(this);
    m_showPassword->setCheckable(true);
    m_showPassword->setText(tr("Show"));
    m_showPassword->setAccessibleName(tr("Show the password"));
    m_showPassword->setToolTip(tr("Show or hide the password"));
    connect(m_showPassword, &QToolButton::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_showPassword->setText(on ? tr("Hide") : tr("Show"));
    });
    auto *passwordRow = new QHBoxLayout;
    m_passwordRow = passwordRow;
    passwordRow->addWidget(m_password, 1);
    passwordRow->addWidget(m_showPassword);
    auto *passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(passwordLabel, passwordRow);

    // An OAuth2 login has no password: the row says whose sign-in gives the token instead.
    m_oauthStatus = new QLabel(this);
    m_oauthStatus->setObjectName(QStringLiteral("oauthStatus"));
    m_oauthStatus->setWordWrap(true);
    m_oauthStatus->setTextFormat(Qt::PlainText);
    m_oauthStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_oauthStatus->setFocusPolicy(Qt::TabFocus);
    m_oauthStatus->setAccessibleName(tr("OAuth2 sign-in"));
    m_signInAgain = new QPushButton(tr("Sign in again…"), this);
    m_signInAgain->setObjectName(QStringLiteral("formSignInAgain"));
    m_signInAgain->setAccessibleName(tr("Sign in again in the browser"));
    m_signInAgain->setToolTip(tr("Open the provider's sign-in page in your browser and store a new sign-in"));
    connect(m_signInAgain, &QPushButton::clicked, this, &ServerSettingsWidget::signInRequested);
    auto *oauthRow = new QHBoxLayout;
    m_oauthRow = oauthRow;
    oauthRow->addWidget(m_oauthStatus, 1);
    oauthRow->addWidget(m_signInAgain, 0, Qt::AlignTop);
    form->addRow(tr("Sign-in:"), oauthRow);

    m_caFile = new QLineEdit(this);
    m_caFile->setPlaceholderText(tr("optional: a PEM file with your organisation's CA certificate"));
    m_caFile->setAccessibleName(tr("Extra CA certificate file"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_browseCa = new QPushButton(tr("Browse…"), this);
    m_browseCa->setAccessibleName(tr("Choose a CA certificate file"));
    connect(m_browseCa, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(
            this, tr("Choose a CA certificate file"), QString(), tr("PEM certificates (*.pem *.crt);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, m_caFile, &QLineEdit::setText);
        dialog->open();
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_browseCa);
    auto *caLabel = new QLabel(tr("Extra CA fi&le:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);

    m_pinLabel = new QLabel(this);
    m_pinLabel->setWordWrap(true);
    m_pinLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_forgetPin = new QPushButton(tr("Forget this key"), this);
    m_forgetPin->setAccessibleName(tr("Forget the trusted server key"));
    connect(m_forgetPin, &QPushButton::clicked, this, [this] { setPinnedSpki({}); });
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pinLabel, 1);
    pinRow->addWidget(m_forgetPin);
    form->addRow(QString(), pinRow);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(form);

    if (protocol == Protocol::Smtp) {
        m_envelope = new QGroupBox(tr("Optional: test that a message would be accepted"), this);
        auto *envelopeRow = new QHBoxLayout(m_envelope);
        m_from = new QLineEdit(m_envelope);
        m_from->setPlaceholderText(tr("your address"));
        m_from->setAccessibleName(tr("Test sender address"));
        m_from->setObjectName(QStringLiteral("from"));
        auto *fromLabel = new QLabel(tr("Sen&der:"), m_envelope);
        fromLabel->setBuddy(m_from);
        envelopeRow->addWidget(fromLabel);
        envelopeRow->addWidget(m_from, 1);
        m_to = new QLineEdit(m_envelope);
        m_to->setPlaceholderText(tr("one or more addresses, separated by commas"));
        m_to->setAccessibleName(tr("Test recipient addresses"));
        m_to->setObjectName(QStringLiteral("to"));
        auto *toLabel = new QLabel(tr("Recipie&nts:"), m_envelope);
        toLabel->setBuddy(m_to);
        envelopeRow->addWidget(toLabel);
        envelopeRow->addWidget(m_to, 1);
        m_send = new QCheckBox(tr("Really send a test message"), m_envelope);
        m_send->setAccessibleName(tr("Really send a test message"));
        envelopeRow->addWidget(m_send);
        layout->addWidget(m_envelope);
    }

    m_changedNote = new QLabel(this);
    m_changedNote->setWordWrap(true);
    m_changedNote->setAccessibleName(tr("Settings changed by the fix"));
    m_changedNote->setForegroundRole(QPalette::Link);
    layout->addWidget(m_changedNote);
    m_validation = new QLabel(this);
    m_validation->setWordWrap(true);
    m_validation->setAccessibleName(tr("Problems with the settings"));
    layout->addWidget(m_validation);
    layout->addStretch(1);

    m_security->setCurrentIndex(0);
    connect(m_security, &QComboBox::currentIndexChanged, this, &ServerSettingsWidget::securityEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &ServerSettingsWidget::portEdited);
    if (m_protocolChoice)
        connect(m_protocolChoice, &QComboBox::currentIndexChanged, this, &ServerSettingsWidget::protocolEdited);
    for (QLineEdit *edit : { m_host, m_user, m_password, m_caFile })
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            m_highlighted.removeAll(edit->objectName());
            setHighlighted(m_highlighted);
            updateState();
        });
    for (QLineEdit *edit : { m_from, m_to }) {
        if (edit)
            connect(edit, &QLineEdit::textEdited, this, &ServerSettingsWidget::updateState);
    }
    for (QLineEdit *edit : { m_host, m_user, m_password, m_caFile, m_from, m_to }) {
        if (edit)
            connect(edit, &QLineEdit::returnPressed, this, &ServerSettingsWidget::submitted);
    }
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ServerSettingsWidget::updateState);
    connect(m_allowPlaintext, &QCheckBox::toggled, this, &ServerSettingsWidget::updateState);
    setPinnedSpki({});
    updateState();
}

void ServerSettingsWidget::fillAuthChoices()
{
    const QString current = m_auth->currentData().toString();
    const QSignalBlocker blocker(m_auth);
    m_auth->clear();
    QStringList mechanisms { QStringLiteral("auto"), QStringLiteral("plain"), QStringLiteral("login"),
        QStringLiteral("cram-md5"), QStringLiteral("scram-sha-1"), QStringLiteral("scram-sha-256") };
    if (m_protocol == Protocol::Pop3)
        mechanisms << QStringLiteral("user");  // USER/PASS (RFC 1939 §7)
    // OAuth2 needs a stored sign-in: offered for a server that has one (or was saved with it).
    if (!m_signIn.isEmpty() || isOAuthMechanism(current) || isOAuthMechanism(m_base.authMechanism.toLower()))
        mechanisms << QStringLiteral("xoauth2") << QStringLiteral("oauthbearer");
    for (const QString &m : mechanisms)
        m_auth->addItem(authTitle(m), m);
    const int index = m_auth->findData(current);
    m_auth->setCurrentIndex(index >= 0 ? index : 0);
}

void ServerSettingsWidget::protocolEdited()
{
    const Protocol before = m_protocol;
    m_protocol = protocolFromString(m_protocolChoice->currentData().toString()).value_or(Protocol::Imap);
    if (before == m_protocol)
        return;
    fillAuthChoices();
    // A standard port of the old protocol becomes the same kind of port of the new one.
    if (!m_syncing && isStandardPort(before, m_port->value())) {
        const auto security = securityFromString(m_security->currentData().toString()).value_or(Security::Tls);
        m_syncing = true;
        m_port->setValue(defaultPort(m_protocol, security));
        m_syncing = false;
    }
    updateState();
}

void ServerSettingsWidget::securityEdited()
{
    if (!m_syncing) {
        // The port follows the security while it is a standard one (the CLI's defaults).
        const auto security = securityFromString(m_security->currentData().toString()).value_or(Security::Tls);
        if (isStandardPort(m_protocol, m_port->value())) {
            m_syncing = true;
            m_port->setValue(defaultPort(m_protocol, security));
            m_syncing = false;
        }
        m_highlighted.removeAll(QStringLiteral("security"));
        setHighlighted(m_highlighted);
    }
    updateState();
}

void ServerSettingsWidget::portEdited()
{
    if (!m_syncing) {
        const int port = m_port->value();
        // A standard port implies its security (465/993 implicit TLS, 587/143 STARTTLS); port 25
        // and custom ports keep what was chosen.
        if (port != 25 && isStandardPort(m_protocol, port)) {
            m_syncing = true;
            m_security->setCurrentIndex(m_security->findData(toString(defaultSecurity(m_protocol, quint16(port)))));
            m_syncing = false;
        }
        m_highlighted.removeAll(QStringLiteral("port"));
        setHighlighted(m_highlighted);
    }
    updateState();
}

bool ServerSettingsWidget::usesOAuth() const
{
    return isOAuthMechanism(m_auth->currentData().toString());
}

QString ServerSettingsWidget::oauthStatus() const
{
    return usesOAuth() ? m_oauthStatus->text() : QString();
}

void ServerSettingsWidget::setOAuthSignIn(const OAuthSignIn &signIn)
{
    m_signIn = signIn;
    fillAuthChoices();
    updateState();
}

void ServerSettingsWidget::updateState()
{
    const bool none = m_security->currentData().toString() == QLatin1String("none");
    m_noneWarning->setVisible(none);
    m_allowPlaintext->setVisible(none);
    const bool oauth = usesOAuth();
    m_form->setRowVisible(m_passwordRow, m_passwordWanted && !oauth);
    m_form->setRowVisible(m_oauthRow, m_passwordWanted && oauth);
    m_signInAgain->setVisible(m_passwordWanted && oauth && !m_signIn.isEmpty());  // Quick check: no account
    if (oauth) {
        const QString who = !m_signIn.address.isEmpty() ? m_signIn.address : m_user->text().trimmed();
        m_oauthStatus->setText(m_signIn.isEmpty()
                ? tr("Signs in with OAuth2 instead of a password: the access token comes from the sign-in stored in "
                     "your keychain for %1.")
                      .arg(who)
                : tr("Signs in with %1 (OAuth2) as %2, without a password: the access token comes from your "
                     "keychain and is renewed when it runs out.")
                      .arg(m_signIn.displayName(), who));
    } else {
        m_oauthStatus->clear();
    }
    const QStringList errors = validationErrors();
    m_validation->setText(errors.isEmpty() ? QString() : errors.join(QLatin1Char('\n')));
    m_validation->setVisible(!errors.isEmpty());
    emit changed();
}

QStringList ServerSettingsWidget::validationErrors() const
{
    QStringList errors;
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        errors << tr("Enter the server name (for example %1).")
                      .arg(m_protocol == Protocol::Smtp      ? QStringLiteral("smtp.example.com")
                              : m_protocol == Protocol::Pop3 ? QStringLiteral("pop.example.com")
                                                             : QStringLiteral("imap.example.com"));
    else if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char('@')))
        errors << tr("The server name \"%1\" cannot be right: it is a name like mail.example.com, without spaces, "
                     "slashes or @.")
                      .arg(host);
    if (m_port->value() < 1 || m_port->value() > 65535)
        errors << tr("The port must be between 1 and 65535.");
    if (m_user->text().trimmed().isEmpty() && m_auth->currentData().toString() != QLatin1String("auto"))
        errors << tr("A login method needs a user name.");
    if (m_from && !m_to->text().trimmed().isEmpty() && m_from->text().trimmed().isEmpty())
        errors << tr("The message test needs a sender address too.");
    if (m_send && m_send->isChecked() && m_to->text().trimmed().isEmpty())
        errors << tr("Sending a test message needs at least one recipient.");
    return errors;
}

ServerSettings ServerSettingsWidget::settings() const
{
    ServerSettings s = m_base;  // what the form does not show (time limits, EHLO name) stays
    s.protocol = m_protocol;
    s.host = m_host->text().trimmed();
    s.port = quint16(m_port->value());
    s.security = securityFromString(m_security->currentData().toString()).value_or(Security::Tls);
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.authMechanism = m_auth->currentData().toString();
    if (usesOAuth())
        s.password.clear();  // the token comes from the sign-in, never a password
    s.allowPlaintextAuth = s.security == Security::None && m_allowPlaintext->isChecked();
    s.caFile = m_caFile->text().trimmed();
    s.pinnedSpki = m_pinnedSpki;
    if (m_from) {
        s.from = m_from->text().trimmed();
        for (const QString &to : m_to->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!to.trimmed().isEmpty())
                s.to << to.trimmed();
        }
        s.send = m_send->isChecked();
    }
    return s;
}

void ServerSettingsWidget::setSettings(const ServerSettings &s)
{
    if (m_protocolChoice && s.protocol != Protocol::Smtp) {
        const QSignalBlocker blocker(m_protocolChoice);
        m_protocolChoice->setCurrentIndex(m_protocolChoice->findData(toString(s.protocol)));
        m_protocol = s.protocol;
        fillAuthChoices();
    }
    m_base = s;
    m_base.password.clear();
    m_base.token.clear();
    m_signIn = {};
    {
        const QSignalBlocker blocker(m_auth);
        m_auth->setCurrentIndex(0);  // the last account's choice does not decide what is offered
    }
    fillAuthChoices();  // OAuth2 is offered when these settings log in with it
    m_syncing = true;
    m_host->setText(s.host);
    m_port->setValue(s.port ? s.port : defaultPort(m_protocol, s.security));
    m_security->setCurrentIndex(m_security->findData(toString(s.security)));
    m_user->setText(s.user);
    m_password->setText(s.password);
    const int auth = m_auth->findData(s.authMechanism.toLower());
    m_auth->setCurrentIndex(auth >= 0 ? auth : 0);
    m_allowPlaintext->setChecked(s.allowPlaintextAuth);
    m_caFile->setText(s.caFile);
    if (m_from) {
        m_from->setText(s.from);
        m_to->setText(s.to.join(QStringLiteral(", ")));
        m_send->setChecked(s.send);
    }
    m_syncing = false;
    setPinnedSpki(s.pinnedSpki);
    setHighlighted({});
    updateState();
}

void ServerSettingsWidget::setPasswordVisible(bool visible)
{
    m_passwordWanted = visible;
    updateState();
}

void ServerSettingsWidget::setProtocolChoiceVisible(bool visible)
{
    if (m_protocolChoice)
        m_form->setRowVisible(m_protocolChoice, visible);
}

void ServerSettingsWidget::setEnvelopeVisible(bool visible)
{
    if (m_envelope)
        m_envelope->setVisible(visible);
}

void ServerSettingsWidget::setPassword(const QString &password)
{
    m_password->setText(password);
    updateState();
}

QWidget *ServerSettingsWidget::fieldWidget(const QString &key) const
{
    if (key == QLatin1String("host"))
        return m_host;
    if (key == QLatin1String("port"))
        return m_port;
    if (key == QLatin1String("security"))
        return m_security;
    if (key == QLatin1String("auth"))
        return m_auth;
    if (key == QLatin1String("user"))
        return m_user;
    if (key == QLatin1String("password"))
        return m_password;
    if (key == QLatin1String("caFile"))
        return m_caFile;
    return nullptr;
}

void ServerSettingsWidget::setHighlighted(const QStringList &fields)
{
    m_highlighted = fields;
    for (const char *key : { "host", "port", "security", "auth", "user", "password", "caFile" }) {
        QWidget *w = fieldWidget(QString::fromLatin1(key));
        const bool on = fields.contains(QString::fromLatin1(key));
        QFont font = w->font();
        font.setBold(on);
        w->setFont(font);
        // Highlight with the palette's own selection roles (legible in light and dark themes);
        // off: back to the inherited palette. Bold type marks it without colour too.
        if (on) {
            QPalette palette = w->palette();
            const QBrush highlight = palette.brush(QPalette::Highlight);
            const QBrush highlightedText = palette.brush(QPalette::HighlightedText);
            palette.setBrush(QPalette::Base, highlight);
            palette.setBrush(QPalette::Button, highlight);
            palette.setBrush(QPalette::Text, highlightedText);
            palette.setBrush(QPalette::ButtonText, highlightedText);
            w->setPalette(palette);
        } else {
            w->setPalette(QPalette());
        }
    }
    if (fields.isEmpty())
        m_changedNote->clear();
    m_changedNote->setVisible(!fields.isEmpty());
}

QStringList ServerSettingsWidget::applyFix(const QVariantMap &fix)
{
    const ServerSettings before = settings();
    QStringList changes;
    QStringList fields;
    m_syncing = true;
    for (auto it = fix.cbegin(); it != fix.cend(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("host")) {
            m_host->setText(it.value().toString());
            if (before.host != m_host->text())
                changes << tr("Server: %1 → %2").arg(before.host, m_host->text());
        } else if (key == QLatin1String("port")) {
            m_port->setValue(it.value().toInt());
            if (before.port != m_port->value())
                changes << tr("Port: %1 → %2").arg(before.port).arg(m_port->value());
        } else if (key == QLatin1String("security")) {
            const auto security = securityFromString(it.value().toString());
            if (!security)
                continue;
            m_security->setCurrentIndex(m_security->findData(toString(*security)));
            if (before.security != *security)
                changes << tr("Security: %1 → %2").arg(securityTitle(before.security), securityTitle(*security));
        } else if (key == QLatin1String("auth")) {
            const QString mech = it.value().toString().toLower();
            int index = m_auth->findData(mech);
            if (index < 0) {
                m_auth->addItem(authTitle(mech), mech);
                index = m_auth->count() - 1;
            }
            m_auth->setCurrentIndex(index);
            if (before.authMechanism != mech)
                changes << tr("Login method: %1 → %2").arg(authTitle(before.authMechanism), authTitle(mech));
        } else {
            continue;
        }
        fields << key;
    }
    m_syncing = false;
    setHighlighted(fields);
    m_changedNote->setText(changes.isEmpty() ? tr("The fix changed nothing: these settings were already in place.")
                                             : tr("Changed by the fix: %1").arg(changes.join(QStringLiteral("; "))));
    m_changedNote->setVisible(true);
    updateState();
    return changes;
}

void ServerSettingsWidget::setPinnedSpki(const QByteArray &spki)
{
    m_pinnedSpki = spki;
    m_pinLabel->setText(spki.isEmpty() ? QString() : tr("Trusted server key (SPKI SHA-256): %1").arg(colonHex(spki)));
    m_pinLabel->setVisible(!spki.isEmpty());
    m_forgetPin->setVisible(!spki.isEmpty());
    emit changed();
}

}  // namespace md::gui
