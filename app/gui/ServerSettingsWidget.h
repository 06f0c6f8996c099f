#pragma once

#include "account/ServerSettings.h"
#include "DiagnoseController.h"

#include <QVariantMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLayout;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace md::gui {

/// The settings of one server (outgoing SMTP, incoming IMAP or POP3): one reusable form. The
/// incoming form lets the user choose IMAP or POP3. Port and security follow each other as the
/// CLI's defaults do (465/993/995 ⇄ implicit TLS, 587/143/110 ⇄ STARTTLS) while the port is a
/// standard one; a custom port keeps the chosen security.
/// Validation is inline; choosing "None" says what it risks.
class ServerSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    /// Protocol::Smtp: the outgoing form; Imap or Pop3: the incoming form (either protocol).
    explicit ServerSettingsWidget(Protocol protocol, QWidget *parent = nullptr);

    [[nodiscard]] Protocol protocol() const { return m_protocol; }
    /// What the form says now (including the password, for the check only).
    [[nodiscard]] ServerSettings settings() const;
    void setSettings(const ServerSettings &settings);
    /// Fills in the password (from the keychain) without touching anything else.
    void setPassword(const QString &password);

    /// Shows or hides the password row (the setup wizard asks for it on a page of its own), and
    /// with it the OAuth2 sign-in row.
    void setPasswordVisible(bool visible);
    /// For a saved account's server that logs in with OAuth2: whose sign-in gives the check its
    /// access token. The form then says "Signs in with <provider>" (read-only, with "Sign in
    /// again…") instead of showing an empty password field. setSettings() forgets it.
    void setOAuthSignIn(const OAuthSignIn &signIn);
    [[nodiscard]] OAuthSignIn oauthSignIn() const { return m_signIn; }
    /// True when the chosen login method is OAuth2 (XOAUTH2, OAUTHBEARER): no password.
    [[nodiscard]] bool usesOAuth() const;
    /// The OAuth2 row's words ("Signs in with Google (OAuth2) as …"); empty for a password login.
    [[nodiscard]] QString oauthStatus() const;
    /// Shows or hides the incoming form's IMAP/POP3 choice (the setup wizard asks it above the form).
    void setProtocolChoiceVisible(bool visible);
    /// Shows or hides SMTP's optional message test (sender, recipients, send).
    void setEnvelopeVisible(bool visible);

    /// Problems that stop a check ("Enter the server name."); empty when the form is usable.
    [[nodiscard]] QStringList validationErrors() const;

    /// Applies exactly the keys of a finding's fix ("host", "port", "security", "auth") and marks
    /// what changed. Returns a line per change ("Security: STARTTLS → Implicit TLS").
    QStringList applyFix(const QVariantMap &fix);
    /// Trusts exactly the server key with this SPKI SHA-256 from now on.
    void setPinnedSpki(const QByteArray &spki);
    [[nodiscard]] QByteArray pinnedSpki() const { return m_pinnedSpki; }
    /// The fields the last fix changed ("port", "security", …), highlighted until edited.
    [[nodiscard]] QStringList highlightedFields() const { return m_highlighted; }

    /// Short name of a security mode ("Implicit TLS (SSL/TLS)", "STARTTLS", "None (unencrypted)").
    [[nodiscard]] static QString securityTitle(Security security);
    /// The mode as offered in the form, with what it means for someone who never heard of it.
    [[nodiscard]] static QString securityChoice(Security security);

Q_SIGNALS:
    void changed();
    /// Enter was pressed in a field: the user wants to run the check.
    void submitted();
    /// "Sign in again…" on the OAuth2 row.
    void signInRequested();

private:
    void securityEdited();
    void protocolEdited();
    void fillAuthChoices();
    void portEdited();
    void updateState();
    void setHighlighted(const QStringList &fields);
    [[nodiscard]] QWidget *fieldWidget(const QString &key) const;

    Protocol m_protocol;
    QFormLayout *m_form = nullptr;
    QLayout *m_passwordRow = nullptr;
    QLayout *m_oauthRow = nullptr;
    QLabel *m_oauthStatus = nullptr;
    QPushButton *m_signInAgain = nullptr;
    QComboBox *m_protocolChoice = nullptr;  ///< incoming only: IMAP or POP3
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_security = nullptr;
    QLabel *m_noneWarning = nullptr;
    QCheckBox *m_allowPlaintext = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_auth = nullptr;
    QLineEdit *m_password = nullptr;
    QToolButton *m_showPassword = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_browseCa = nullptr;
    QLabel *m_pinLabel = nullptr;
    QPushButton *m_forgetPin = nullptr;
    QGroupBox *m_envelope = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    QCheckBox *m_send = nullptr;
    QLabel *m_validation = nullptr;
    QLabel *m_changedNote = nullptr;
    ServerSettings m_base;  ///< the last settings given, without secrets: fields the form does not show
    QByteArray m_pinnedSpki;
    OAuthSignIn m_signIn;
    bool m_passwordWanted = true;  ///< setPasswordVisible()
    QStringList m_highlighted;
    bool m_syncing = false;
};

}  // namespace md::gui
