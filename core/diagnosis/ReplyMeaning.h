#pragma once

#include <QString>

namespace md {

/// What a server's refusal means, independent of the server's wording.
enum class ReplyMeaning {
    Unknown,
    TlsRequired,  ///< encrypt first (538, X.7.10, X.7.11, [PRIVACYREQUIRED], "STARTTLS first")
    AuthRequired,  ///< log in first (530, X.7.57)
    AuthFailed,  ///< the credentials were refused (535, X.7.8, [AUTHENTICATIONFAILED], POP3 [AUTH])
    AppPasswordRequired,  ///< the provider wants an app password (Gmail's 534 5.7.9)
    BasicAuthDisabled,  ///< passwords are switched off, OAuth2 only (Microsoft's X.7.139)
    RelayDenied,  ///< the server does not pass mail on to that recipient
    SenderRejected,  ///< the sender address is refused (X.1.7, X.1.8, X.7.60)
    RecipientUnknown,  ///< no such mailbox (X.1.1, X.1.10)
    MailboxFull,  ///< the recipient's mailbox is full (X.2.2, [OVERQUOTA])
    Greylisted,  ///< "try again in a few minutes", on purpose
    RateLimited,  ///< too much, too fast, or a quota used up (X.5.3, X.7.28, [LIMIT])
    TooLarge,  ///< the message is too large (552, X.2.3, X.3.4)
    IpBlocked,  ///< the client's address is refused (block lists, reputation)
    Temporary,  ///< some other temporary failure (4xx, [UNAVAILABLE], POP3 [SYS/TEMP])
    InUse,  ///< another session holds the mailbox (POP3 [IN-USE], IMAP [INUSE])
    LoginDelay,  ///< logged in again sooner than the server allows (POP3 [LOGIN-DELAY])
    PermanentFailure,  ///< the server's own lasting trouble, not the credentials (POP3 [SYS/PERM])
};

/// A server's final reply to one step, as the diagnoser sees it.
struct ServerReply {
    int code = 0;  ///< SMTP reply code, 0 for IMAP
    QString enhanced;  ///< RFC 3463 enhanced status code, e.g. "5.7.8"
    QString responseCode;  ///< IMAP or POP3 response code (first word), e.g. "AUTHENTICATIONFAILED", "SYS/TEMP"
    QString text;  ///< the server's own words
};

/// Classifies a refusal: unambiguous enhanced status codes and IMAP / POP3 response codes first
/// (RFC 5530; RFC 2449 §8, RFC 3206), then the server's words (one table of patterns, in
/// ReplyMeaning.cpp) where the codes are generic (X.7.0, X.7.1, 530, 550, 554, 4xx, POP3 [AUTH]),
/// then what the reply code alone says.
/// The step decides what a meaning becomes (a 5.7.1 on RCPT TO is relaying, on MAIL FROM a
/// refused sender); this function knows nothing about steps.
[[nodiscard]] ReplyMeaning classifyReply(const ServerReply &reply);

/// The stable name of a meaning ("tls_required"), for tests and logs.
[[nodiscard]] QString toString(ReplyMeaning meaning);

}  // namespace md
