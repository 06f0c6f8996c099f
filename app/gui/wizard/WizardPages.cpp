#include "WizardPages.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "CertificateView.h"
#include "DiagnoseController.h"
#include "FindingsView.h"
#include "oauth/AuthorizationFlow.h"
#include "oauth/TokenStore.h"
#include "ServerSettingsWidget.h"
#include "StepsModel.h"
#include "TranscriptModel.h"
#include "TranscriptView.h"

#include <algorithm>
#include <memory>
#include <QButtonGroup>
#include <QDesktopServices>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace md::gui {

namespace {

QLabel *wrappedLabel(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    return label;
}

/// A source of discovery, in words a person understands.
QString sourceTitle(const QString &name)
{
    if (name == QLatin1String("autoconfig") || name == QLatin1String("autoconfig-wellknown"))
        return DiscoveryPage::tr("Your provider's settings file (autoconfig)");
    if (name == QLatin1String("autoconfig-http"))
        return DiscoveryPage::tr("Your provider's settings file, unencrypted (autoconfig over http)");
    if (name == QLatin1String("ispdb"))
        return DiscoveryPage::tr("Thunderbird's list of providers (ISPDB)");
    if (name == QLatin1String("srv"))
        return DiscoveryPage::tr("Your domain's service records (DNS SRV)");
    if (name == QLatin1String("mx"))
        return DiscoveryPage::tr("The server that receives your domain's mail (DNS MX)");
    if (name == QLatin1String("mx-autoconfig") || name == QLatin1String("mx-ispdb"))
        return DiscoveryPage::tr("The settings of the provider behind your mail server");
    if (name == QLatin1String("pacc"))
        return DiscoveryPage::tr("Your provider's configuration record (PACC)");
    if (name == QLatin1String("probe"))
        return DiscoveryPage::tr("Trying the usual server names");
    return name;
}

/// What an SRV query asks for, in words ("_imaps._tcp.example.test" → receiving, encrypted).
QString srvService(const QString &query)
{
    const QString service = query.section(QLatin1Char('.'), 0, 0);
    if (service == QLatin1String("_submissions"))
        return DiscoveryPage::tr("sending, encrypted from the start");
    if (service == QLatin1String("_submission"))
        return DiscoveryPage::tr("sending, switching to encryption");
    if (service == QLatin1String("_imaps") || service == QLatin1String("_pop3s"))
        return DiscoveryPage::tr("receiving (%1), encrypted from the start").arg(service.mid(1, 4).toUpper());
    if (service == QLatin1String("_imap") || service == QLatin1String("_pop3"))
        return DiscoveryPage::tr("receiving (%1), switching to encryption").arg(service.mid(1).toUpper());
    return {};
}

/// A security mode for someone who never heard of TLS.
QString securityWords(Security security)
{
    switch (security) {
    case Security::Tls:
        return DiscoveryPage::tr("encrypted from the start (SSL/TLS)");
    case Security::StartTls:
        return DiscoveryPage::tr("switches to encryption before logging in (STARTTLS)");
    case Security::None:
        return DiscoveryPage::tr("not encrypted");
    }
    return {};
}

QString sourceStatus(const QString &status)
{
    if (status == QLatin1String("ok"))
        return DiscoveryPage::tr("answered");
    if (status == QLatin1String("not_found"))
        return DiscoveryPage::tr("nothing there");
    if (status == QLatin1String("timeout"))
        return DiscoveryPage::tr("no answer in time");
    if (status == QLatin1String("not_offered"))
        return DiscoveryPage::tr("says the service is not offered");
    if (status == QLatin1String("invalid"))
        return DiscoveryPage::tr("answered with something unusable");
    return status;
}

QString trustWords(const discovery::Candidate &c)
{
    switch (c.trust) {
    case discovery::Trust::High:
        return DiscoveryPage::tr("trusted: published by your provider");
    case discovery::Trust::Medium:
        return DiscoveryPage::tr("fairly sure");
    case discovery::Trust::Low:
        return DiscoveryPage::tr("a guess, to be tested");
    case discovery::Trust::Untrusted:
        return DiscoveryPage::tr("not trusted: it came over an unprotected connection");
    }
    return {};
}

QString describeCandidate(const discovery::Candidate &c)
{
    QStringList from;
    for (const QString &s : c.sources)
        from << sourceTitle(s);
    from.removeDuplicates();
    QString probe;
    if (c.probe.ok())
        probe = c.probe.certificateVerified ? DiscoveryPage::tr("The server answered and its certificate is valid.")
                                            : DiscoveryPage::tr("The server answered.");
    else if (c.probe.probed())
        probe = DiscoveryPage::tr("The server did not answer as expected: %1").arg(c.probe.detail);
    return DiscoveryPage::tr("%1, port %2, %3\n    found by: %4 — %5. %6")
        .arg(c.host)
        .arg(c.port)
        .arg(securityWords(c.security), from.join(QStringLiteral(", ")), trustWords(c), probe)
        .trimmed();
}

/// The one-line explanation of a security choice (the wizard's "why").
QString securityExplanation(Protocol protocol, Security security)
{
    switch (security) {
    case Security::Tls:
        return OutgoingPage::tr("SSL/TLS (port %1): the connection is encrypted from its very first byte. This is the "
                                "safest choice and the one to use when your provider offers it.")
            .arg(defaultPort(protocol, Security::Tls));
    case Security::StartTls:
        return OutgoingPage::tr("STARTTLS (port %1): the connection starts unencrypted and switches to encryption "
                                "before your password is sent. Safe, but SSL/TLS is better when it is offered.")
            .arg(defaultPort(protocol, Security::StartTls));
    case Security::None:
        return OutgoingPage::tr("None: nothing is encrypted, so anyone on the network can read your password and "
                                "your mail. Only for a server on your own computer or network; tick the box above "
                                "to confirm.");
    }
    return {};
}

bool formUsable(const ServerSettingsWidget *form)
{
    const ServerSettings s = form->settings();
    // "None" is accepted only once the person confirmed it (the form's checkbox).
    return form->validationErrors().isEmpty() && (s.security != Security::None || s.allowPlaintextAuth);
}

/// A server as its form shows it, keeping the OAuth2 provider it signs in with (the form has no
/// field for it) while the form still says OAuth2.
ServerProfile typedServer(const ServerSettings &settings, const AccountDraft &draft)
{
    ServerProfile profile = toServerProfile(settings);
    if (profile.usesOAuth()) {
        for (const ServerProfile *before : { &draft.account.outgoing, &draft.account.incoming, &draft.otherIncoming }) {
            if (before->usesOAuth() && !before->oauthProvider.isEmpty()) {
                profile.oauthProvider = before->oauthProvider;
                break;
            }
        }
    }
    return profile;
}

ServerSettings startingSettings(const ServerProfile &profile, Protocol protocol, const QString &email)
{
    ServerProfile p = profile;
    p.protocol = protocol;
    if (p.user.isEmpty() && p.host.isEmpty())
        p.user = email;
    if (p.port == 0) {
        p.security = Security::Tls;
        p.port = defaultPort(protocol, Security::Tls);
    }
    return toServerSettings(p, {});
}

}  // namespace

// ---- 1. Who you are ------------------------------------------------------------------------

IdentityPage::IdentityPage(AccountDraft *draft, const SetupOptions *options, QWidget *parent)
    : QWizardPage(parent), m_draft(draft), m_options(options)
{
    setTitle(tr("Who you are"));
    setSubTitle(tr("Type your email address. Mail Doctor finds the settings of your mail provider, tests them and "
                   "saves them for you."));
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setAccessibleName(tr("Email address"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_displayName->setAccessibleName(tr("Your name"));
    m_displayName->setPlaceholderText(tr("optional: the name people see, e.g. Alice Smith"));
    m_hint = wrappedLabel(this, QStringLiteral("emailHint"), tr("Problem with the address"));

    auto *form = new QFormLayout;
    auto *emailLabel = new QLabel(tr("&Email address:"), this);
    emailLabel->setBuddy(m_email);
    form->addRow(emailLabel, m_email);
    form->addRow(QString(), m_hint);
    auto *nameLabel = new QLabel(tr("Your &name:"), this);
    nameLabel->setBuddy(m_displayName);
    form->addRow(nameLabel, m_displayName);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_email, &QLineEdit::textChanged, this, [this] {
        updateHint();
        emit completeChanged();
    });
}

void IdentityPage::initializePage()
{
    m_email->setText(m_draft->account.email);
    m_displayName->setText(m_draft->account.displayName);
    updateHint();
}

QString IdentityPage::problem() const
{
    const QString text = m_email->text().trimmed();
    if (text.isEmpty())
        return {};
    if (!discovery::EmailAddress::parse(text))
        return tr("This does not look like an email address yet: it needs a name, an @ and a domain such as "
                  "example.com.");
    if (!m_draft->editing && m_options->profiles) {
        ProfileStore::Error error;
        if (m_options->profiles->find(text, &error))
            return tr("An account for %1 is already saved. Use \"Edit settings\" in the main window to change it.")
                .arg(text);
    }
    return {};
}

void IdentityPage::updateHint()
{
    const QString why = problem();
    m_hint->setText(why);
    m_hint->setVisible(!why.isEmpty());
}

bool IdentityPage::isComplete() const
{
    return !m_email->text().trimmed().isEmpty() && problem().isEmpty();
}

bool IdentityPage::validatePage()
{
    const QString email = m_email->text().trimmed();
    if (!m_draft->editing)
        m_draft->account.name = email;
    m_draft->account.email = email;
    m_draft->account.displayName = m_displayName->text().trimmed();
    return true;
}

int IdentityPage::nextId() const
{
    // Editing a saved account: its servers are known, so no search.
    return m_draft->editing ? SetupWizard::OutgoingPage : SetupWizard::DiscoveryPage;
}

// ---- 2. Finding your settings --------------------------------------------------------------

DiscoveryPage::DiscoveryPage(AccountDraft *draft, const SetupOptions *options, QWidget *parent)
    : QWizardPage(parent), m_draft(draft), m_options(options)
{
    setTitle(tr("Finding your settings"));
    setSubTitle(tr("Mail Doctor asks several places at once where your mail servers are. This takes a few "
                   "seconds."));
    m_status = wrappedLabel(this, QStringLiteral("discoveryStatus"), tr("Search status"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Searching"));
    m_busy->setMaximumHeight(8);
    m_sources = new QListWidget(this);
    m_sources->setObjectName(QStringLiteral("sources"));
    m_sources->setAccessibleName(tr("Places asked"));
    m_sources->setWordWrap(true);
    auto *sourcesLabel = new QLabel(tr("&Places asked:"), this);
    sourcesLabel->setBuddy(m_sources);
    m_proposal = wrappedLabel(this, QStringLiteral("proposal"), tr("Proposed settings"));
    m_manual = new QPushButton(tr("&Enter settings myself"), this);
    m_manual->setObjectName(QStringLiteral("manual"));
    m_manual->setAccessibleName(tr("Enter settings myself"));
    m_manual->setToolTip(tr("Skip the search and type the server settings your provider gave you"));
    m_stop = new QPushButton(tr("S&top searching"), this);
    m_stop->setObjectName(QStringLiteral("stopSearch"));
    m_stop->setAccessibleName(tr("Stop searching"));
    m_stop->setToolTip(tr("Stop now and use what was found so far"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_manual);
    buttons->addWidget(m_stop);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addWidget(sourcesLabel);
    layout->addWidget(m_sources, 1);
    layout->addWidget(m_proposal);
    layout->addLayout(buttons);

    connect(m_manual, &QPushButton::clicked, this, [this] {
        stop();
        m_manualChosen = true;
        emit completeChanged();
        wizard()->next();
    });
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_discovery)
            m_discovery->cancel();
    });
}

DiscoveryPage::~DiscoveryPage()
{
    stop();
}

bool DiscoveryPage::isRunning() const
{
    return m_discovery && !m_discovery->isFinished();
}

void DiscoveryPage::stop()
{
    // Deleting the run ends its lookups and probes at once; nothing reports back any more.
    delete m_discovery;
}

void DiscoveryPage::initializePage()
{
    m_manualChosen = false;
    if (m_draft->discovered && m_draft->discoveredFor == m_draft->account.email) {
        m_applied = true;  // the same address again (Back, then Next): keep what was found and edited
        showResult(*m_draft->discovered);
        return;
    }
    start();
}

void DiscoveryPage::start()
{
    stop();
    m_applied = false;
    m_sources->clear();
    m_proposal->clear();
    m_busy->setVisible(true);
    m_stop->setEnabled(true);
    const auto email = discovery::EmailAddress::parse(m_draft->account.email);
    if (!email) {
        m_status->setText(tr("\"%1\" is not an email address. Go back and check it.").arg(m_draft->account.email));
        m_busy->setVisible(false);
        return;
    }
    m_status->setText(tr("Looking for the settings of %1…").arg(email->domain));
    m_discovery = new discovery::Discovery(*email, m_options->discovery, this);
    connect(m_discovery, &discovery::Discovery::sourceFinished, this, &DiscoveryPage::onSource);
    connect(m_discovery, &discovery::Discovery::finished, this, &DiscoveryPage::onFinished);
    m_discovery->start();
    emit completeChanged();
}

void DiscoveryPage::onSource(const discovery::SourceReport &source)
{
    QString title = sourceTitle(source.name);
    const QString service = source.name == QLatin1String("srv") ? srvService(source.query) : QString();
    if (!service.isEmpty())
        title = tr("%1 for %2").arg(title, service);
    QString line = tr("%1: %2 (%3 ms)").arg(title, sourceStatus(source.status)).arg(source.ms);
    if (source.yielded > 0)
        line += QLatin1Char(' ') + tr("— proposed %n setting(s)", nullptr, int(source.yielded));
    auto *item = new QListWidgetItem(line, m_sources);
    item->setToolTip(source.query + QLatin1Char('\n') + source.detail);
    m_sources->scrollToBottom();
}

void DiscoveryPage::onFinished(const discovery::DiscoveryResult &result)
{
    m_draft->discovered = result;
    m_draft->discoveredFor = m_draft->account.email;
    m_applied = false;
    showResult(result);
    if (m_discovery)
        m_discovery->deleteLater();
    emit completeChanged();
}

void DiscoveryPage::showResult(const discovery::DiscoveryResult &result)
{
    m_busy->setVisible(false);
    m_stop->setEnabled(false);
    if (m_sources->count() == 0) {
        for (const discovery::SourceReport &s : result.sources)
            onSource(s);
    }
    QStringList lines;
    if (result.smtp)
        lines << tr("Sending (SMTP): %1").arg(describeCandidate(*result.smtp));
    if (result.imap)
        lines << tr("Receiving (IMAP): %1").arg(describeCandidate(*result.imap));
    else if (result.pop3)
        lines << tr("Receiving (POP3): %1").arg(describeCandidate(*result.pop3));
    for (const Finding &f : result.findings) {
        if (f.code == QLatin1String("discovery.sources_disagree"))
            lines << tr("The sources disagree: %1 %2").arg(f.title, f.detail);
        else if (!result.usable())
            lines << f.title;
    }
    if (result.usable()) {
        m_status->setText(
            tr("Found settings for %1. Click Next to look at them; nothing is saved yet.").arg(m_draft->account.email));
    } else {
        m_status->setText(tr("Mail Doctor could not find complete settings for %1. Click Next and type the settings "
                             "your provider gives on its help pages (search for \"IMAP settings\" and your "
                             "provider's name).")
                              .arg(m_draft->account.email));
    }
    m_proposal->setText(lines.join(QLatin1Char('\n')));
}

void DiscoveryPage::cleanupPage()
{
    stop();
}

bool DiscoveryPage::isComplete() const
{
    return m_manualChosen || (m_draft->discovered && m_draft->discoveredFor == m_draft->account.email);
}

void DiscoveryPage::applyResult(const discovery::DiscoveryResult &result)
{
    const auto fill = [this](ServerProfile &target, const std::optional<discovery::Candidate> &candidate) {
        if (!candidate)
            return;
        const std::optional<ServerSettings> s = candidate->toServerSettings();
        if (!s)
            return;
        target = toServerProfile(*s);
        if (target.user.isEmpty())
            target.user = m_draft->account.email;
        target.caFile = m_options->caFile;
        target.oauthProvider.clear();
    };
    fill(m_draft->account.outgoing, result.smtp);
    if (result.imap) {
        fill(m_draft->account.incoming, result.imap);
        fill(m_draft->otherIncoming, result.pop3);
    } else {
        fill(m_draft->account.incoming, result.pop3);
    }
}

bool DiscoveryPage::validatePage()
{
    stop();
    if (!m_manualChosen && m_draft->discovered && !m_applied) {
        applyResult(*m_draft->discovered);
        m_applied = true;
    }
    return true;
}

// ---- 3. Outgoing mail ----------------------------------------------------------------------

OutgoingPage::OutgoingPage(AccountDraft *draft, QWidget *parent) : QWizardPage(parent), m_draft(draft)
{
    setTitle(tr("Outgoing mail (SMTP)"));
    setSubTitle(tr("The server that sends your mail. The settings found are filled in; change them only if your "
                   "provider says otherwise."));
    m_origin = wrappedLabel(this, QStringLiteral("outgoingOrigin"), tr("Where these settings come from"));
    m_form = new ServerSettingsWidget(Protocol::Smtp, this);
    m_form->setObjectName(QStringLiteral("outgoingForm"));
    m_form->setPasswordVisible(false);
    m_form->setEnvelopeVisible(false);
    m_explanation = wrappedLabel(this, QStringLiteral("outgoingExplanation"), tr("What the security choice means"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addWidget(m_form);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    connect(m_form, &ServerSettingsWidget::changed, this, [this] {
        explain();
        emit completeChanged();
    });
}

void OutgoingPage::explain()
{
    m_explanation->setText(securityExplanation(Protocol::Smtp, m_form->settings().security));
}

void OutgoingPage::initializePage()
{
    m_form->setSettings(startingSettings(m_draft->account.outgoing, Protocol::Smtp, m_draft->account.email));
    const bool found = m_draft->discovered && m_draft->discovered->smtp && !m_draft->account.outgoing.host.isEmpty();
    m_origin->setText(found ? tr("Found for %1. Port and security belong together: changing one changes the other.")
                                  .arg(m_draft->account.email)
                            : tr("Type the server name your provider gives for outgoing mail (often smtp. followed "
                                 "by your domain)."));
    explain();
}

void OutgoingPage::store()
{
    m_draft->account.outgoing = typedServer(m_form->settings(), *m_draft);
}

void OutgoingPage::cleanupPage()
{
    store();  // Back keeps what was typed
}

bool OutgoingPage::isComplete() const
{
    return formUsable(m_form);
}

bool OutgoingPage::validatePage()
{
    store();
    return true;
}

// ---- 4. Incoming mail ----------------------------------------------------------------------

IncomingPage::IncomingPage(AccountDraft *draft, QWidget *parent) : QWizardPage(parent), m_draft(draft)
{
    setTitle(tr("Incoming mail (IMAP or POP3)"));
    setSubTitle(tr("The server your mail arrives on."));
    m_imapChoice = new QRadioButton(tr("&IMAP — your mail stays on the server, so your phone and computer see the "
                                       "same folders (recommended)"),
        this);
    m_imapChoice->setObjectName(QStringLiteral("imapChoice"));
    m_imapChoice->setAccessibleName(tr("IMAP: mail stays on the server"));
    m_pop3Choice = new QRadioButton(tr("&POP3 — your mail is downloaded to this one device; other devices may not "
                                       "see it"),
        this);
    m_pop3Choice->setObjectName(QStringLiteral("pop3Choice"));
    m_pop3Choice->setAccessibleName(tr("POP3: mail is downloaded to one device"));
    auto *group = new QButtonGroup(this);
    group->addButton(m_imapChoice);
    group->addButton(m_pop3Choice);
    m_imapChoice->setChecked(true);
    m_origin = wrappedLabel(this, QStringLiteral("incomingOrigin"), tr("Where these settings come from"));
    m_imap = new ServerSettingsWidget(Protocol::Imap, this);
    m_imap->setObjectName(QStringLiteral("imapForm"));
    m_pop3 = new ServerSettingsWidget(Protocol::Pop3, this);
    m_pop3->setObjectName(QStringLiteral("pop3Form"));
    m_stack = new QStackedWidget(this);
    for (ServerSettingsWidget *form : { m_imap, m_pop3 }) {
        form->setPasswordVisible(false);
        form->setProtocolChoiceVisible(false);  // the choice is the radio buttons above
        m_stack->addWidget(form);
        connect(form, &ServerSettingsWidget::changed, this, [this] {
            explain();
            emit completeChanged();
        });
    }
    m_explanation = wrappedLabel(this, QStringLiteral("incomingExplanation"), tr("What the security choice means"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_imapChoice);
    layout->addWidget(m_pop3Choice);
    layout->addWidget(m_origin);
    layout->addWidget(m_stack);
    layout->addWidget(m_explanation);
    layout->addStretch(1);
    connect(m_imapChoice, &QRadioButton::toggled, this, [this](bool imap) {
        m_stack->setCurrentWidget(imap ? m_imap : m_pop3);
        explain();
        emit completeChanged();
    });
}

ServerSettingsWidget *IncomingPage::form(Protocol protocol) const
{
    return protocol == Protocol::Pop3 ? m_pop3 : m_imap;
}

ServerSettingsWidget *IncomingPage::currentForm() const
{
    return m_imapChoice->isChecked() ? m_imap : m_pop3;
}

void IncomingPage::explain()
{
    m_explanation->setText(securityExplanation(currentForm()->protocol(), currentForm()->settings().security));
}

void IncomingPage::initializePage()
{
    const ServerProfile &chosen = m_draft->account.incoming;
    const bool pop3 = chosen.protocol == Protocol::Pop3 && !chosen.host.isEmpty();
    const ServerProfile &imap = pop3 ? m_draft->otherIncoming : chosen;
    const ServerProfile &other = pop3 ? chosen : m_draft->otherIncoming;
    m_imap->setSettings(startingSettings(
        imap.protocol == Protocol::Imap ? imap : ServerProfile {}, Protocol::Imap, m_draft->account.email));
    m_pop3->setSettings(startingSettings(
        other.protocol == Protocol::Pop3 ? other : ServerProfile {}, Protocol::Pop3, m_draft->account.email));
    (pop3 ? m_pop3Choice : m_imapChoice)->setChecked(true);
    m_stack->setCurrentWidget(currentForm());
    const bool found = m_draft->discovered && !chosen.host.isEmpty();
    m_origin->setText(found ? tr("Found for %1.").arg(m_draft->account.email)
                            : tr("Type the server name your provider gives for incoming mail (often imap. followed "
                                 "by your domain)."));
    explain();
}

void IncomingPage::store()
{
    ServerSettingsWidget *chosen = currentForm();
    ServerSettingsWidget *other = chosen == m_imap ? m_pop3 : m_imap;
    const ServerProfile incoming = typedServer(chosen->settings(), *m_draft);
    m_draft->otherIncoming = typedServer(other->settings(), *m_draft);
    m_draft->account.incoming = incoming;
}

void IncomingPage::cleanupPage()
{
    store();
}

bool IncomingPage::isComplete() const
{
    return formUsable(currentForm());
}

bool IncomingPage::validatePage()
{
    store();
    return true;
}

// ---- 5. Sign in ----------------------------------------------------------------------------

SignInPage::SignInPage(AccountDraft *draft, const SetupOptions *options, QWidget *parent)
    : QWizardPage(parent), m_draft(draft), m_options(options)
{
    setTitle(tr("Sign in"));
    setSubTitle(tr("Mail Doctor needs your password to test the account and to check it later."));
    m_intro = wrappedLabel(this, QStringLiteral("signInIntro"), tr("How you sign in"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_show = new QToolButton(this);
    m_show->setObjectName(QStringLiteral("showPassword"));
    m_show->setCheckable(true);
    m_show->setText(tr("Show"));
    m_show->setAccessibleName(tr("Show the password"));
    connect(m_show, &QToolButton::toggled, this, [this](bool on) {
        m_password->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        m_show->setText(on ? tr("Hide") : tr("Show"));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_show);
    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Password:"), this);
    label->setBuddy(m_password);
    form->addRow(label, row);
    m_note = wrappedLabel(this, QStringLiteral("signInNote"), tr("Where the password goes"));
    m_note->setText(tr("The password is kept in your system's keychain, never in a file. Some providers want an "
                       "\"app password\" here instead of your usual one: their help pages say how to make one."));
    m_oauthBox = new QWidget(this);
    m_oauthButton = new QPushButton(m_oauthBox);
    m_oauthButton->setObjectName(QStringLiteral("oauthSignIn"));
    m_oauthButton->setAccessibleName(tr("Sign in with your provider in your browser"));
    m_oauthCancel = new QPushButton(tr("Cancel sign-in"), m_oauthBox);
    m_oauthCancel->setObjectName(QStringLiteral("oauthCancel"));
    m_oauthCancel->setAccessibleName(tr("Cancel the sign-in in the browser"));
    m_oauthStatus = wrappedLabel(m_oauthBox, QStringLiteral("oauthStatus"), tr("Sign-in status"));
    auto *oauthRow = new QHBoxLayout;
    oauthRow->addWidget(m_oauthButton);
    oauthRow->addWidget(m_oauthCancel);
    oauthRow->addStretch(1);
    auto *oauthLayout = new QVBoxLayout(m_oauthBox);
    oauthLayout->setContentsMargins(0, 0, 0, 0);
    oauthLayout->addLayout(oauthRow);
    oauthLayout->addWidget(m_oauthStatus);
    m_oauthBox->setVisible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_oauthBox);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    connect(m_password, &QLineEdit::textChanged, this, &SignInPage::completeChanged);
    connect(m_oauthButton, &QPushButton::clicked, this, &SignInPage::startOAuth);
    connect(m_oauthCancel, &QPushButton::clicked, this, [this] {
        if (m_flow)
            m_flow->cancel();
    });
}

SignInPage::~SignInPage()
{
    // Not stop(): that updates the page and asks isComplete(), which reads the draft, and the wizard
    // destroys its draft before its pages (found by ASan). Ending the flow is all that is left to do.
    if (m_flow) {
        m_flow->disconnect(this);
        delete m_flow;  // closes the loopback listener at once
    }
}

void SignInPage::stop()
{
    delete m_flow;  // closes the loopback listener at once
    updateOAuthState();
}

bool SignInPage::isWaiting() const
{
    return m_flow && !m_flow->isFinished();
}

QString SignInPage::oauthStatus() const
{
    return m_oauthStatus->text();
}

std::optional<oauth::Provider> SignInPage::detectProvider() const
{
    if (!m_options->providers)
        return std::nullopt;
    const oauth::ProviderRegistry &registry = *m_options->providers;
    const Account &a = m_draft->account;
    QStringList ids { a.incoming.oauthProvider, a.outgoing.oauthProvider };
    if (m_draft->discovered)
        ids << m_draft->discovered->oauthProvider;
    for (const QString &id : std::as_const(ids)) {
        if (!id.isEmpty()) {
            if (auto p = registry.find(id))
                return p;
        }
    }
    for (const QString &host : { a.incoming.host, a.outgoing.host }) {
        if (auto p = registry.detectByHost(host))
            return p;
    }
    return registry.detectByDomain(oauth::ProviderRegistry::domainOf(a.email));
}

void SignInPage::updateOAuthState()
{
    if (!m_oauthButton)
        return;
    const bool waiting = isWaiting();
    m_oauthButton->setEnabled(!waiting);
    m_oauthCancel->setVisible(waiting);
    emit completeChanged();
}

void SignInPage::startOAuth()
{
    if (!m_provider || isWaiting())
        return;
    const oauth::Provider &provider = *m_provider;
    if (provider.clientId.isEmpty()) {
        m_oauthStatus->setText(provider.registerUrl.isEmpty()
                ? tr("Mail Doctor has no OAuth2 client id for %1 yet, so it cannot sign you in there. Put the client "
                     "id of an application registered with %1 in Mail Doctor's settings under "
                     "oauth/clients/%2/client_id, or use a password below if %1 allows it.")
                      .arg(provider.name, provider.id)
                : tr("Mail Doctor has no OAuth2 client id for %1 yet, so it cannot sign you in there. Register an "
                     "application at %2 (type \"%3\"), then put its client id in Mail Doctor's settings under "
                     "oauth/clients/%4/client_id. Until then, use an app password below if %1 offers one.")
                      .arg(provider.name, provider.registerUrl.toString(), provider.appType, provider.id));
        return;
    }
    oauth::AuthorizationFlow::Options options;
    options.provider = provider;
    options.user = m_draft->account.email;
    m_flow = new oauth::AuthorizationFlow(options, this);
    connect(m_flow, &oauth::AuthorizationFlow::openUrl, this, [this, name = provider.name](const QUrl &url) {
        if (QDesktopServices::openUrl(url)) {
            m_oauthStatus->setText(tr("Your browser shows %1's sign-in page. Sign in there and allow Mail Doctor to "
                                      "read and send your mail; this page goes on by itself when you are done.")
                                       .arg(name));
        } else {
            m_oauthStatus->setText(tr("No browser could be opened. Open this address in your browser and sign in "
                                      "there: %1")
                                       .arg(url.toString(QUrl::FullyEncoded)));
        }
    });
    connect(m_flow, &oauth::AuthorizationFlow::codeReceived, this,
        [this] { m_oauthStatus->setText(tr("Signed in; getting access from %1…").arg(m_provider->name)); });
    connect(m_flow, &oauth::AuthorizationFlow::finished, this, &SignInPage::onFlowFinished);
    m_oauthStatus->setText(tr("Opening your browser…"));
    m_flow->start();
    updateOAuthState();
}

void SignInPage::onFlowFinished(const oauth::FlowResult &result)
{
    using Kind = oauth::FlowResult::Kind;
    const QString name = m_provider ? m_provider->name : QString();
    switch (result.kind) {
    case Kind::SignedIn:
        m_draft->tokens = result.tokens;
        m_oauthStatus->setText(tr("Signed in with %1. Click Next to test the account.").arg(name));
        break;
    case Kind::Denied:
        m_oauthStatus->setText(tr("%1 did not give Mail Doctor access (%2). Click \"Sign in with %1\" again and "
                                  "choose Allow on %1's page.")
                                   .arg(name, result.message));
        break;
    case Kind::Cancelled:
        m_oauthStatus->setText(tr("Sign-in cancelled. Click \"Sign in with %1\" to start again.").arg(name));
        break;
    case Kind::Timeout:
        m_oauthStatus->setText(tr("Nothing came back from the browser in time. Click \"Sign in with %1\" to try "
                                  "again and finish signing in there.")
                                   .arg(name));
        break;
    default:
        m_oauthStatus->setText(tr("Signing in with %1 failed: %2 Try again; if it keeps failing, %1's status page "
                                  "or help desk can say why.")
                                   .arg(name, result.message));
        break;
    }
    if (m_flow)
        m_flow->deleteLater();
    updateOAuthState();
}

bool SignInPage::needsPassword() const
{
    return !m_draft->account.outgoing.user.isEmpty() || !m_draft->account.incoming.user.isEmpty();
}

void SignInPage::initializePage()
{
    const QString user
        = !m_draft->account.incoming.user.isEmpty() ? m_draft->account.incoming.user : m_draft->account.outgoing.user;
    m_intro->setText(needsPassword() ? tr("Type the password for %1 (user name %2).").arg(m_draft->account.email, user)
                                     : tr("Neither server asks for a login, so no password is needed. Click Next."));
    m_password->setText(m_draft->password);
    m_password->setEnabled(needsPassword());
    m_provider = needsPassword() ? detectProvider() : std::nullopt;
    m_oauthBox->setVisible(m_provider.has_value());
    if (m_provider) {
        m_oauthButton->setText(tr("Sign in with %1").arg(m_provider->name));
        m_oauthButton->setAccessibleName(tr("Sign in with %1 in your browser").arg(m_provider->name));
        m_intro->setText(tr("%1 lets you sign in in your browser: click \"Sign in with %1\". Or type a password "
                            "(an app password, if %1 gives you one).")
                             .arg(m_provider->name));
        if (!m_draft->tokens)
            m_oauthStatus->clear();
    }
    const QString stored = storedSignInProvider(*m_draft);
    if (!stored.isEmpty() && !m_draft->tokens) {
        // Editing an account that signs in with OAuth2: its sign-in stays in the keychain.
        const QString name = m_provider ? m_provider->name : stored;
        m_intro->setText(tr("This account signs in with %1. Click Next to test it with that sign-in, or sign in "
                            "again, or type a password to use one instead.")
                             .arg(name));
        m_oauthStatus->setText(tr("Your sign-in with %1 is stored in your keychain and stays in use.").arg(name));
    }
    updateOAuthState();
    const int generation = ++m_generation;
    if (m_draft->editing && m_draft->password.isEmpty() && m_options->credentials && needsPassword()
        && stored.isEmpty()) {
        // The saved password, so that editing the servers does not mean typing it again.
        const CredentialKey key { m_draft->account.name, m_draft->account.incoming.protocol, SecretKind::Password };
        m_options->credentials->read(key, [this, generation](const CredentialError &error, const QString &secret) {
            if (generation != m_generation || !m_password->text().isEmpty())
                return;
            if (error.ok())
                m_password->setText(secret);
        });
    }
}

void SignInPage::cleanupPage()
{
    stop();
    m_draft->password = m_password->text();
}

bool SignInPage::isComplete() const
{
    return !isWaiting()
        && (!needsPassword() || m_draft->tokens || !m_password->text().isEmpty()
            || !storedSignInProvider(*m_draft).isEmpty());
}

bool SignInPage::validatePage()
{
    m_draft->password = m_password->text();
    return true;
}

// ---- 6. Test -------------------------------------------------------------------------------

TestPage::TestPage(AccountDraft *draft, QWidget *parent) : QWizardPage(parent), m_draft(draft)
{
    setTitle(tr("Testing your account"));
    setSubTitle(tr("Mail Doctor logs in to both servers, exactly as your mail program will. Nothing is sent."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Save account"));
    m_transcript = new TranscriptModel(this);
    m_steps = new StepsModel(this);
    m_status = wrappedLabel(this, QStringLiteral("testStatus"), tr("Test status"));
    QFont statusFont = m_status->font();
    statusFont.setBold(true);
    m_status->setFont(statusFont);
    m_findings = new FindingsView(this);
    m_findings->setObjectName(QStringLiteral("findings"));
    m_stepsView = new QTreeView(this);
    m_stepsView->setObjectName(QStringLiteral("steps"));
    m_stepsView->setModel(m_steps);
    m_stepsView->setRootIsDecorated(false);
    m_stepsView->setAccessibleName(tr("Steps"));
    // As wide as their contents, in any language ("FAILED" is "FEHLGESCHLAGEN" in German).
    m_stepsView->header()->setSectionResizeMode(StepsModel::StepColumn, QHeaderView::ResizeToContents);
    m_stepsView->header()->setSectionResizeMode(StepsModel::StatusColumn, QHeaderView::ResizeToContents);
    m_stepsView->header()->setSectionResizeMode(StepsModel::DurationColumn, QHeaderView::ResizeToContents);
    m_stepsView->header()->setStretchLastSection(true);
    m_stepsView->setColumnHidden(StepsModel::WaterfallColumn, true);  // the main window draws it; here words do
    m_transcriptView = new TranscriptView(m_transcript, this);
    m_certificate = new CertificateView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("testTabs"));
    m_tabs->setAccessibleName(tr("Test results"));
    m_tabs->addTab(m_stepsView, tr("S&teps"));
    m_tabs->addTab(m_findings, tr("&Findings"));
    m_tabs->addTab(m_transcriptView, tr("T&ranscript"));
    m_tabs->addTab(m_certificate, tr("&Certificate"));
    m_again = new QPushButton(tr("Test &again"), this);
    m_again->setObjectName(QStringLiteral("testAgain"));
    m_again->setAccessibleName(tr("Test again"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_status, 1);
    row->addWidget(m_again, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_tabs, 1);

    connect(m_again, &QPushButton::clicked, this, &TestPage::run);
    connect(m_findings, &FindingsView::applyFixRequested, this, &TestPage::applyFix);
    connect(m_findings, &FindingsView::trustRequested, this, [this](Protocol protocol) {
        m_tabs->setCurrentWidget(m_certificate);
        m_certificate->requestTrust(protocol);
    });
    connect(m_certificate, &CertificateView::trustConfirmed, this, &TestPage::trustKey);
    // A stored sign-in that is gone or dead: its finding offers "Sign in again…" (the controller
    // says when, below), which goes back to the Sign in page.
    connect(m_findings, &FindingsView::signInRequested, this, [this] {
        if (auto *w = qobject_cast<SetupWizard *>(wizard()))
            w->signInAgain();
    });
}

TestPage::~TestPage()
{
    stop();
}

QList<DiagnoseController::Run> TestPage::runs() const
{
    const QString secret = signInSecret(*m_draft);
    const auto *w = qobject_cast<const SetupWizard *>(wizard());
    const oauth::ProviderRegistry *providers = w ? w->options().providers : nullptr;
    QList<DiagnoseController::Run> list;
    for (const ServerProfile *server : { &m_draft->account.outgoing, &m_draft->account.incoming }) {
        const ServerProfile profile = withSignIn(*m_draft, *server);
        DiagnoseController::Run run { toServerSettings(profile, secret), {} };
        // A person is waiting: a server that stays silent (wrong security for the port) is
        // reported after 10 s, not the usual 30 s.
        run.settings.timeouts.replyMs = std::min(run.settings.timeouts.replyMs, 10000);
        // Editing without signing in again: no token here; the check reads the stored sign-in
        // (renewed when it is about to expire), as the main window's checks do.
        if (profile.usesOAuth() && !m_draft->tokens) {
            run.signIn = { profile.oauthProvider, {}, m_draft->account.email };
            if (const auto provider = providers ? providers->find(profile.oauthProvider) : std::nullopt)
                run.signIn.providerName = provider->name;
        }
        list << run;
    }
    return list;
}

bool TestPage::isRunning() const
{
    return m_controller && m_controller->isRunning();
}

QString TestPage::statusText() const
{
    return m_status->text();
}

void TestPage::initializePage()
{
    run();
}

void TestPage::run()
{
    stop();
    m_passed = false;
    m_entries.clear();
    m_transcript->clear();
    m_steps->clear();
    m_findings->clear();
    m_certificate->clear();
    m_again->setEnabled(false);
    m_tabs->setCurrentWidget(m_stepsView);
    m_status->setText(tr("Testing…"));
    const auto *w = qobject_cast<const SetupWizard *>(wizard());
    m_controller = new DiagnoseController(runs(), w ? w->options().credentials : nullptr, m_transcript, m_steps, this);
    connect(m_controller, &DiagnoseController::stepStarted, this, [this](const QString &source, const QString &step) {
        m_status->setText(tr("Testing %1… %2").arg(source, StepsModel::stepTitle(step)));
    });
    connect(m_controller, &DiagnoseController::checkFinished, this, [this](const ReportEntry &entry) {
        m_entries << entry;
        m_findings->setEntries(m_entries);
        m_certificate->setEntries(m_entries);
    });
    connect(m_controller, &DiagnoseController::finishedAll, this, &TestPage::onFinished);
    connect(m_controller, &DiagnoseController::signInNeeded, m_findings, &FindingsView::offerSignIn);
    m_controller->start();
    emit completeChanged();
}

void TestPage::stop()
{
    delete m_controller;  // cancels a running check at once
}

void TestPage::onFinished(bool ok)
{
    m_transcript->flush();
    m_passed = ok && m_entries.size() == 2;
    m_again->setEnabled(true);
    if (m_passed) {
        m_status->setText(tr("Both work: Mail Doctor logged in to the outgoing and the incoming server. Click "
                             "\"Save account\" to keep these settings."));
        m_tabs->setCurrentWidget(m_stepsView);
    } else {
        QStringList lines;
        for (const ReportEntry &e : std::as_const(m_entries)) {
            const QString what = e.settings.protocol == Protocol::Smtp ? tr("Sending") : tr("Receiving");
            if (e.result.ok)
                lines << tr("%1 works.").arg(what);
            else
                lines << tr("%1 failed: %2.")
                             .arg(what,
                                 e.result.findings.isEmpty() ? e.result.failureMessage
                                                             : e.result.findings.first().title);
        }
        lines << tr("The findings below say what to do; \"Apply fix and retry\" changes the setting for you.");
        m_status->setText(lines.join(QLatin1Char('\n')));
        m_tabs->setCurrentWidget(m_findings);
    }
    emit completeChanged();
    emit runFinished(m_passed);
}

void TestPage::applyFix(Protocol protocol, const QVariantMap &fix)
{
    if (isRunning())
        return;
    auto *w = qobject_cast<SetupWizard *>(wizard());
    if (ServerSettingsWidget *form = w ? w->settingsForm(protocol) : nullptr) {
        form->applyFix(fix);  // the form shows the change when the person goes Back
        w->storeForms();
    }
    run();
}

void TestPage::trustKey(Protocol protocol, const QByteArray &spki)
{
    if (isRunning())
        return;
    auto *w = qobject_cast<SetupWizard *>(wizard());
    if (ServerSettingsWidget *form = w ? w->settingsForm(protocol) : nullptr) {
        form->setPinnedSpki(spki);
        w->storeForms();
    }
    run();
}

void TestPage::cleanupPage()
{
    stop();
}

bool TestPage::isComplete() const
{
    return m_passed && !isRunning();
}

// ---- 7. Done -------------------------------------------------------------------------------

DonePage::DonePage(AccountDraft *draft, const SetupOptions *options, QWidget *parent)
    : QWizardPage(parent), m_draft(draft), m_options(options)
{
    setTitle(tr("Done"));
    setSubTitle(tr("Your account is set up."));
    setFinalPage(true);
    m_status = wrappedLabel(this, QStringLiteral("doneStatus"), tr("Saved"));
    m_keychain = wrappedLabel(this, QStringLiteral("keychainStatus"), tr("Password in the keychain"));
    m_open = new QPushButton(tr("&Open in Mail Doctor"), this);
    m_open->setObjectName(QStringLiteral("openInMailDoctor"));
    m_open->setAccessibleName(tr("Open in Mail Doctor"));
    m_open->setToolTip(tr("Close this assistant and show the account in the main window"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_keychain);
    layout->addWidget(m_open, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_open, &QPushButton::clicked, this, [this] {
        auto *w = qobject_cast<SetupWizard *>(wizard());
        if (!w)
            return;
        emit w->openAccountRequested(m_draft->savedName);
        w->accept();
    });
}

DonePage::~DonePage() = default;

void DonePage::initializePage()
{
    m_profileSaved = false;
    m_keychainDone = false;
    m_open->setEnabled(false);
    Account account = m_draft->account;
    account.outgoing = withSignIn(*m_draft, account.outgoing);
    account.incoming = withSignIn(*m_draft, account.incoming);
    ProfileStore::Error error;
    bool saved = false;
    if (m_options->profiles) {
        saved = m_draft->editing ? m_options->profiles->update(account, &error)
                                 : m_options->profiles->add(account, &error);
    }
    if (!saved) {
        m_status->setText(tr("The account was not saved: %1").arg(error.message));
        m_keychain->setText(tr("Nothing was stored in the keychain either. Fix the problem above and run the "
                               "assistant again."));
        m_keychainDone = true;
        emit completeChanged();
        emit savingFinished(false, false);
        return;
    }
    m_profileSaved = true;
    m_draft->savedName = account.name;
    m_status->setText(tr("Your account %1 is saved and works for sending and receiving.").arg(account.name));
    m_keychain->setText(
        m_draft->tokens ? tr("Storing your sign-in in the keychain…") : tr("Storing the password in the keychain…"));
    m_keepsSignIn = !storedSignInProvider(*m_draft).isEmpty() && m_draft->password.isEmpty();
    storeSecrets(account);
}

void DonePage::storeSecrets(const Account &account)
{
    QPointer<DonePage> self(this);
    if (m_draft->tokens && m_options->credentials) {
        // The sign-in (access and refresh token) goes to the keychain as one entry, where
        // `maildoctor-cli account test` and the app look for it.
        m_tokenStore = std::make_unique<oauth::TokenStore>(m_options->credentials);
        m_tokenStore->save(*m_draft->tokens, [self](const QString &error) {
            if (self)
                self->finishKeychain(error.isEmpty() ? QStringList() : QStringList { error });
        });
        return;
    }
    // One password for both servers, stored under each server's entry (as "Save account" does).
    QList<Protocol> servers;
    for (const ServerProfile *p : { &account.outgoing, &account.incoming }) {
        if (!p->user.isEmpty())
            servers << p->protocol;
    }
    if (!m_options->credentials || servers.isEmpty() || m_draft->password.isEmpty()) {
        finishKeychain({});
        return;
    }
    auto problems = std::make_shared<QStringList>();
    const QString password = m_draft->password;
    const QString name = account.name;
    CredentialStore *store = m_options->credentials;
    runInSequence(
        int(servers.size()),
        [store, servers, name, password, problems](int index, std::function<void(bool)> proceed) {
            store->write(CredentialKey { name, servers.at(index), SecretKind::Password }, password,
                [problems, proceed](const CredentialError &e) {
                    if (!e.ok())
                        problems->append(e.message());
                    proceed(e.ok());
                });
        },
        [self, problems](bool) {
            if (self)
                self->finishKeychain(*problems);
        });
}

void DonePage::finishKeychain(const QStringList &problems)
{
    m_keychainDone = true;
    const bool oauth = m_draft->tokens.has_value();
    m_draft->password.clear();  // stored (or not): the draft does not keep it any longer
    m_draft->tokens.reset();
    if (problems.isEmpty()) {
        m_keychain->setText(oauth ? tr("Your sign-in is stored in your system's keychain.")
                : m_keepsSignIn   ? tr("Your sign-in stays in your system's keychain, as it was.")
                                  : tr("The password is stored in your system's keychain."));
    } else if (oauth) {
        m_keychain->setText(tr("The sign-in could not be stored in the keychain: %1\nThe account is saved, but you "
                               "will have to sign in again in the browser each time Mail Doctor checks it.")
                                .arg(problems.first()));
    } else {
        m_keychain->setText(tr("The password could not be stored in the keychain: %1\nThe account is saved, but "
                               "Mail Doctor will ask for the password each time it checks this account.")
                                .arg(problems.first()));
    }
    m_open->setEnabled(true);
    emit completeChanged();
    emit savingFinished(m_profileSaved, problems.isEmpty());
}

bool DonePage::isComplete() const
{
    return m_keychainDone;
}

}  // namespace md::gui
