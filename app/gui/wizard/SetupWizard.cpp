#include "SetupWizard.h"

#include "ServerSettingsWidget.h"
#include "WizardPages.h"

#include <QAbstractButton>

namespace md::gui {

QString storedSignInProvider(const AccountDraft &draft)
{
    if (!draft.editing || draft.renewSignIn || draft.tokens)
        return {};
    for (const ServerProfile *server : { &draft.account.outgoing, &draft.account.incoming }) {
        if (server->usesOAuth() && !server->oauthProvider.isEmpty())
            return server->oauthProvider;
    }
    return {};
}

ServerProfile withSignIn(const AccountDraft &draft, ServerProfile profile)
{
    if (draft.tokens) {
        profile.oauthProvider = draft.tokens->provider;
        profile.authMechanism = draft.tokens->mechanism.isEmpty() ? QStringLiteral("xoauth2") : draft.tokens->mechanism;
    } else if (profile.usesOAuth() && !profile.oauthProvider.isEmpty() && draft.password.isEmpty()
        && !storedSignInProvider(draft).isEmpty()) {
        // Editing without signing in again: the sign-in in the keychain stays (no token here; the
        // check reads it).
    } else if (profile.usesOAuth()) {
        profile.authMechanism = QStringLiteral("auto");  // a password now: no OAuth2 mechanism
        profile.oauthProvider.clear();
    }
    return profile;
}

QString signInSecret(const AccountDraft &draft)
{
    return draft.tokens ? draft.tokens->accessToken : draft.password;
}

SetupWizard::SetupWizard(SetupOptions options, const std::optional<Account> &existing, QWidget *parent)
    : QWizard(parent), m_options(std::move(options)), m_draft(std::make_unique<AccountDraft>())
{
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(existing ? tr("Edit account settings") : tr("Add an account"));
    // The window icon is the application's (AppIdentity), as for every top-level window.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    if (existing) {
        m_draft->account = *existing;
        m_draft->editing = true;
    }
    m_draft->account.outgoing.protocol = Protocol::Smtp;
    if (!existing)
        m_draft->account.incoming.protocol = Protocol::Imap;
    m_draft->otherIncoming.protocol
        = m_draft->account.incoming.protocol == Protocol::Pop3 ? Protocol::Imap : Protocol::Pop3;

    AccountDraft *draft = m_draft.get();
    setPage(IdentityPage, new class IdentityPage(draft, &m_options, this));
    setPage(DiscoveryPage, new class DiscoveryPage(draft, &m_options, this));
    setPage(OutgoingPage, new class OutgoingPage(draft, this));
    setPage(IncomingPage, new class IncomingPage(draft, this));
    setPage(SignInPage, new class SignInPage(draft, &m_options, this));
    setPage(TestPage, new class TestPage(draft, this));
    setPage(DonePage, new class DonePage(draft, &m_options, this));
    setStartId(IdentityPage);
    button(QWizard::CancelButton)->setToolTip(tr("Close without saving anything"));
    resize(820, 680);
}

SetupWizard::~SetupWizard() = default;

ServerSettingsWidget *SetupWizard::settingsForm(Protocol protocol) const
{
    if (protocol == Protocol::Smtp)
        return static_cast<class OutgoingPage *>(page(OutgoingPage))->form();
    return static_cast<class IncomingPage *>(page(IncomingPage))->form(protocol);
}

void SetupWizard::storeForms()
{
    static_cast<class OutgoingPage *>(page(OutgoingPage))->store();
    static_cast<class IncomingPage *>(page(IncomingPage))->store();
}

void SetupWizard::startAtSignIn()
{
    m_draft->renewSignIn = true;
    page(OutgoingPage)->initializePage();
    page(IncomingPage)->initializePage();
    setStartId(SignInPage);
}

void SetupWizard::signInAgain()
{
    m_draft->renewSignIn = true;
    m_draft->tokens.reset();
    if (currentId() == TestPage)
        back();
    // Going back does not initialise a page again: it still says the stored sign-in will do.
    QWizardPage *signIn = page(SignInPage);
    signIn->initializePage();
    emit signIn->completeChanged();
}

std::unique_ptr<AccountDraft> SetupWizard::takeAccount()
{
    if (!m_draft)
        return nullptr;
    m_draft->password.clear();
    m_draft->tokens.reset();
    return std::move(m_draft);
}

void SetupWizard::done(int result)
{
    // Whatever runs stops here (a search, a check); Cancel before the Done page wrote nothing.
    static_cast<class DiscoveryPage *>(page(DiscoveryPage))->stop();
    static_cast<class TestPage *>(page(TestPage))->stop();
    static_cast<class SignInPage *>(page(SignInPage))->stop();
    if (m_draft) {
        m_draft->password.clear();
        m_draft->tokens.reset();
    }
    QWizard::done(result);
}

}  // namespace md::gui
