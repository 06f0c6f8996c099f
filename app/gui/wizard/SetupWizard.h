#pragma once

#include "account/Account.h"
#include "discovery/Discovery.h"
#include "oauth/Provider.h"
#include "oauth/TokenSet.h"

#include <memory>
#include <optional>
#include <QPointer>
#include <QWizard>

namespace md {
class CredentialStore;
class ProfileStore;
}  // namespace md

namespace md::gui {

class ServerSettingsWidget;

/// The one account object of a wizard run: created when the wizard starts, handed to every page,
/// taken out at the end (SetupWizard::takeAccount). The password lives only here, in memory, until
/// the Done page writes it to the keychain; nothing is written anywhere before that page.
struct AccountDraft {
    Account account;  ///< name, who you are, the outgoing and the incoming server (no secret)
    ServerProfile otherIncoming;  ///< the incoming server of the protocol not chosen (IMAP ⇄ POP3)
    QString password;  ///< the password for both servers (never saved in the profile)
    std::optional<oauth::TokenSet> tokens;  ///< "Sign in with <provider>" succeeded: used instead of the password
    std::optional<discovery::DiscoveryResult> discovered;  ///< the last discovery run, if any
    QString discoveredFor;  ///< the address `discovered` belongs to
    bool editing = false;  ///< editing a saved account (its name stays)
    bool renewSignIn = false;  ///< opened for "Sign in again": the stored sign-in is not what is wanted
    QString savedName;  ///< after the Done page: the account as saved
};

/// Editing a saved account whose servers sign in with OAuth2: the provider of the sign-in stored
/// in the keychain, which stays in use (the Test page and later checks read it from there) unless
/// the person signs in again or types a password. Empty for a new account, for "Sign in again",
/// and when no server signs in with OAuth2 any more.
[[nodiscard]] QString storedSignInProvider(const AccountDraft &draft);
/// The server as it will be saved and tested: with the OAuth2 sign-in of the draft, if any
/// (its provider and SASL mechanism); else with the stored sign-in when it stays in use; else
/// as typed, with a password (an OAuth2 mechanism without a sign-in becomes "auto").
[[nodiscard]] ServerProfile withSignIn(const AccountDraft &draft, ServerProfile profile);
/// The secret for a check: the access token after "Sign in with …", else the password.
[[nodiscard]] QString signInSecret(const AccountDraft &draft);

/// What the wizard works with. The stores are not owned.
struct SetupOptions {
    ProfileStore *profiles = nullptr;
    CredentialStore *credentials = nullptr;
    discovery::DiscoveryOptions discovery;  ///< DNS server, CA file, ISPDB URL, deadline
    QString caFile;  ///< an extra trusted CA (PEM) put into the servers found (may be empty)
    const oauth::ProviderRegistry *providers = nullptr;  ///< OAuth2 presets and client ids; none: passwords only
};

/// "Add account": from an email address to a tested account saved with its password in the
/// keychain, in seven pages (QWizard, one page class per step):
///   1. Who you are  2. Finding your settings (discovery)  3. Outgoing mail (SMTP)
///   4. Incoming mail (IMAP or POP3)  5. Sign in  6. Test (both checks)  7. Done (saved).
/// Next is enabled only when a page is valid; Back keeps what was typed; Cancel on any page
/// before Done writes nothing (no profile entry, no keychain entry). "Edit settings" uses the
/// same pages with a saved account (discovery is skipped).
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { IdentityPage, DiscoveryPage, OutgoingPage, IncomingPage, SignInPage, TestPage, DonePage };

    /// A new account, or (with `existing`) the saved account to edit.
    explicit SetupWizard(
        SetupOptions options, const std::optional<Account> &existing = std::nullopt, QWidget *parent = nullptr);
    ~SetupWizard() override;

    [[nodiscard]] AccountDraft *draft() const { return m_draft.get(); }
    [[nodiscard]] const SetupOptions &options() const { return m_options; }
    /// The settings form of the Outgoing or Incoming page for `protocol` (fixes and trusted keys
    /// from the Test page go there, so Back shows them).
    [[nodiscard]] ServerSettingsWidget *settingsForm(Protocol protocol) const;
    /// Copies the Outgoing and Incoming pages' forms into the draft.
    void storeForms();
    /// Opens at the Sign in page, for "Sign in again" with a saved account (call before open()):
    /// sign in (or type a password), test, save. The server pages are filled from the account as
    /// if they had been visited, so a fix applied on the Test page lands in them.
    void startAtSignIn();
    /// From the Test page, when the stored OAuth2 sign-in is dead ("Sign in again…" on its
    /// finding): back to the Sign in page, which now wants a new sign-in (or a password).
    void signInAgain();
    /// The finished account (nothing once taken or before the wizard ends): the draft without
    /// its password.
    [[nodiscard]] std::unique_ptr<AccountDraft> takeAccount();

    /// The name under which the account was saved (empty until the Done page saved it).
    [[nodiscard]] QString savedAccount() const { return m_draft ? m_draft->savedName : QString(); }

    void done(int result) override;

Q_SIGNALS:
    /// "Open in Mail Doctor" on the Done page: show this account in the main window.
    void openAccountRequested(const QString &name);

private:
    SetupOptions m_options;
    std::unique_ptr<AccountDraft> m_draft;
};

}  // namespace md::gui
