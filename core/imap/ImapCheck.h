#pragma once

#include "check/Check.h"
#include "imap/ImapMailbox.h"
#include "imap/ImapParser.h"
#include "imap/ImapStrings.h"
#include "sasl/Mechanism.h"

#include <memory>
#include <optional>

namespace md {

/// The IMAP check: greeting, CAPABILITY, STARTTLS and CAPABILITY again, AUTHENTICATE or LOGIN,
/// LIST "" "*", EXAMINE INBOX (read-only), LOGOUT. One command at a time, unique tags;
/// untagged responses accepted wherever RFC 9051 allows them.
class ImapCheck final : public Check
{
    Q_OBJECT
public:
    explicit ImapCheck(ServerSettings settings, QObject *parent = nullptr);
    ~ImapCheck() override;

    /// Where the dialogue is.
    enum class Phase {
        Greeting,      ///< waiting for "* OK", "* PREAUTH" or "* BYE" (RFC 9051 §7.1)
        Capability,    ///< CAPABILITY (RFC 9051 §6.1.1)
        StartTls,      ///< STARTTLS (RFC 9051 §6.2.1)
        Handshake,     ///< TLS handshake after STARTTLS
        CapabilityAfterTls,  ///< CAPABILITY again: nothing from before TLS is kept
        Authenticate,  ///< AUTHENTICATE (RFC 9051 §6.2.2), SASL-IR (RFC 4959) when offered
        Login,         ///< LOGIN (RFC 9051 §6.2.3), never when LOGINDISABLED
        List,          ///< LIST "" "*" (RFC 9051 §6.3.9), special use (RFC 6154)
        Examine,       ///< EXAMINE INBOX (RFC 9051 §6.3.3): read-only, changes nothing
        Logout,        ///< LOGOUT (RFC 9051 §6.1.3)
        Done
    };

protected:
    void connectionReady() override;
    void bytesReceived(const QByteArray &data) override;
    void tlsEstablished() override;
    void connectionClosed() override;

private:
    void handleResponse(const imap::ImapResponse &response);
    void handleUntagged(const imap::ImapResponse &response);
    void handleTagged(const imap::ImapResponse &response);
    void handleGreeting(const imap::ImapResponse &response);
    void handleContinuation(const imap::ImapResponse &response);
    /// Records an [ALERT] (RFC 9051 §7.1) as the server's word only when it came inside TLS.
    void noteAlert(const imap::ImapResponse &response);
    void command(Phase phase, const QByteArray &arguments, const QString &displayArguments = {});
    /// Sends a tagged command made of several lines (literals, RFC 9051 §4.3).
    void command(Phase phase, QList<imap::CommandLine> lines);
    void recordResponse(const imap::ImapResponse &response);
    void failWithResponse(FailureKind kind, const QString &what, const imap::ImapResponse &response);
    void capabilitiesKnown();
    void startAuth();
    void startSasl();
    void sendSaslStep(const sasl::Step &step);
    void startLogin();
    /// Sends the queued LOGIN lines up to and including the next one that announces a
    /// synchronizing literal (which waits for the server's "+" continuation).
    void sendPendingLines();
    void afterAuth();
    void finishList();
    void finishExamine();
    void logout();
    void setCapabilities(const QList<QByteArray> &caps);
    [[nodiscard]] bool hasCapability(const QByteArray &name) const;
    [[nodiscard]] QList<QByteArray> authMechanisms() const;

    Phase m_phase = Phase::Greeting;
    imap::ImapParser m_parser;
    QList<QByteArray> m_capabilities;
    bool m_haveCapabilities = false;
    bool m_preauthenticated = false;
    int m_nextTag = 1;
    QByteArray m_tag;
    std::unique_ptr<sasl::Mechanism> m_mechanism;
    /// The rest of a command carrying literals (RFC 9051 §4.3): each line is sent once the
    /// previous one's synchronizing literal got its "+" continuation.
    QList<imap::CommandLine> m_pendingLines;
    bool m_initialSent = false;
    /// An initial response too long for the AUTHENTICATE line, sent after the first "+".
    std::optional<sasl::Step> m_pendingInitial;
    /// The longest AUTHENTICATE line with SASL-IR we send (RFC 7162 §4: servers accept 8192).
    static constexpr int kMaxSaslIrLine = 8192;
    QList<imap::MailboxInfo> m_mailboxes;
    int m_mailboxCount = 0;
    std::optional<quint64> m_exists;
    std::optional<quint64> m_uidValidity;
    QStringList m_alerts;
};

}  // namespace md
