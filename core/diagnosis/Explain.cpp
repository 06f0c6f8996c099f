#include "Explain.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace md {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(md::Explain)
};

QString tr(const char *text)
{
    return QCoreApplication::translate("md::Explain", text);
}

struct Entry {
    const char *key;
    const char *text;  ///< translated through the "md::Explain" context
};

// SMTP reply codes: RFC 5321 §4.2.2/§4.2.3, RFC 4954 §6 (AUTH), RFC 3207 (STARTTLS),
// RFC 7504 (521/556), RFC 1985 (ETRN 458/459), RFC 2034/RFC 3030 use the same codes.
const Entry kReplyCodes[] = {
    { "211", QT_TRANSLATE_NOOP("md::Explain", "System status or help reply.") },
    { "214", QT_TRANSLATE_NOOP("md::Explain", "Help message for a person reading the dialogue.") },
    { "220",
        QT_TRANSLATE_NOOP(
            "md::Explain", "Service ready: the server's greeting, or its go-ahead to start TLS after STARTTLS.") },
    { "221", QT_TRANSLATE_NOOP("md::Explain", "The server is closing the connection, as asked (after QUIT).") },
    { "235", QT_TRANSLATE_NOOP("md::Explain", "Authentication succeeded: the login was accepted (RFC 4954).") },
    { "250", QT_TRANSLATE_NOOP("md::Explain", "OK: the command was accepted and carried out.") },
    { "251", QT_TRANSLATE_NOOP("md::Explain", "The recipient is not local; the server will forward the message.") },
    { "252",
        QT_TRANSLATE_NOOP(
            "md::Explain", "The server cannot verify the address but will accept the message and try to deliver it.") },
    { "334",
        QT_TRANSLATE_NOOP("md::Explain",
            "The server waits for the next step of the login exchange (a base64 challenge, RFC 4954).") },
    { "354", QT_TRANSLATE_NOOP("md::Explain", "Start sending the message; end it with a line holding a single dot.") },
    { "421",
        QT_TRANSLATE_NOOP("md::Explain",
            "Service not available: the server is closing the connection (overloaded, shutting down, "
            "or refusing this client for now). Try again later.") },
    { "432",
        QT_TRANSLATE_NOOP("md::Explain",
            "A password transition is needed: log in once with a plaintext mechanism over TLS "
            "(RFC 4954).") },
    { "450",
        QT_TRANSLATE_NOOP("md::Explain",
            "Temporary failure: the mailbox is unavailable right now (busy, or blocked for policy "
            "reasons). Try again later.") },
    { "451",
        QT_TRANSLATE_NOOP(
            "md::Explain", "Temporary failure: a local error on the server while processing. Try again later.") },
    { "452",
        QT_TRANSLATE_NOOP("md::Explain",
            "Temporary failure: the server is short of storage, or too many recipients were given at "
            "once.") },
    { "454",
        QT_TRANSLATE_NOOP("md::Explain",
            "Temporary failure: TLS is not available right now, or the authentication service failed "
            "temporarily (RFC 3207, RFC 4954).") },
    { "455", QT_TRANSLATE_NOOP("md::Explain", "The server cannot accept the parameters given, for now.") },
    { "458", QT_TRANSLATE_NOOP("md::Explain", "The queue for that node cannot be started now (ETRN, RFC 1985).") },
    { "459", QT_TRANSLATE_NOOP("md::Explain", "ETRN is not allowed for that node (RFC 1985).") },
    { "500",
        QT_TRANSLATE_NOOP(
            "md::Explain", "Syntax error: the server did not recognise the command (or the line was too long).") },
    { "501", QT_TRANSLATE_NOOP("md::Explain", "Syntax error in the command's parameters or arguments.") },
    { "502", QT_TRANSLATE_NOOP("md::Explain", "The command is not implemented by this server.") },
    { "503",
        QT_TRANSLATE_NOOP("md::Explain",
            "Bad sequence of commands: this command is not allowed at this point (for example MAIL "
            "before EHLO, or DATA without a recipient).") },
    { "504",
        QT_TRANSLATE_NOOP(
            "md::Explain", "A command parameter is not implemented (for example an unknown AUTH mechanism).") },
    { "521", QT_TRANSLATE_NOOP("md::Explain", "This host does not accept mail at all (RFC 7504).") },
    { "530",
        QT_TRANSLATE_NOOP("md::Explain",
            "Authentication required: log in first (or, with some servers, start TLS first) "
            "(RFC 4954).") },
    { "534",
        QT_TRANSLATE_NOOP("md::Explain",
            "The authentication mechanism is too weak for this server's policy (RFC 4954); some "
            "providers also send it when an app password is required.") },
    { "535",
        QT_TRANSLATE_NOOP("md::Explain",
            "Authentication credentials invalid: the user name, password or token was not accepted "
            "(RFC 4954).") },
    { "538",
        QT_TRANSLATE_NOOP("md::Explain",
            "Encryption required for the requested authentication mechanism: start TLS first "
            "(RFC 4954).") },
    { "550",
        QT_TRANSLATE_NOOP("md::Explain",
            "Permanent failure: the mailbox is unavailable (no such user, or refused for policy "
            "reasons such as relaying or spam).") },
    { "551", QT_TRANSLATE_NOOP("md::Explain", "The user is not local; the server names another address to try.") },
    { "552",
        QT_TRANSLATE_NOOP("md::Explain",
            "Permanent failure: exceeded storage allocation (the message is too large, or the "
            "mailbox is full).") },
    { "553",
        QT_TRANSLATE_NOOP("md::Explain",
            "The mailbox name is not allowed: bad address syntax, or a sender address this account "
            "may not use.") },
    { "554",
        QT_TRANSLATE_NOOP("md::Explain",
            "Transaction failed: refused for good. In a greeting it means the server will not talk "
            "to this client (often its IP address is on a block list).") },
    { "555", QT_TRANSLATE_NOOP("md::Explain", "MAIL FROM or RCPT TO parameters not recognised or not implemented.") },
    { "556", QT_TRANSLATE_NOOP("md::Explain", "The recipient's domain does not accept mail (RFC 7504).") },
};

const char *const kReplyClass[] = {
    nullptr,
    nullptr,
    QT_TRANSLATE_NOOP("md::Explain", "Positive completion: the command succeeded."),
    QT_TRANSLATE_NOOP("md::Explain", "Positive intermediate: the server waits for more from the client."),
    QT_TRANSLATE_NOOP("md::Explain", "Transient negative: the command failed for now; trying again later may work."),
    QT_TRANSLATE_NOOP("md::Explain", "Permanent negative: the command failed and repeating it will not help."),
};

const char *const kReplyCategory[] = {
    QT_TRANSLATE_NOOP("md::Explain", "It concerns syntax."),
    QT_TRANSLATE_NOOP("md::Explain", "It is informational."),
    QT_TRANSLATE_NOOP("md::Explain", "It concerns the connection."),
    QT_TRANSLATE_NOOP("md::Explain", "It concerns authentication or accounting."),
    QT_TRANSLATE_NOOP("md::Explain", "It concerns authentication or accounting."),
    QT_TRANSLATE_NOOP("md::Explain", "It concerns the mail system."),
};

// RFC 3463 §3 and the IANA "Enumerated Status Codes" registry (RFC 3886, 4468, 4954, 5248,
// 6531, 6710, 7293, 7372, 7505, 8617, 8689).
const Entry kEnhancedClass[] = {
    { "2", QT_TRANSLATE_NOOP("md::Explain", "Success.") },
    { "4", QT_TRANSLATE_NOOP("md::Explain", "Persistent transient failure: it may work if tried again later.") },
    { "5", QT_TRANSLATE_NOOP("md::Explain", "Permanent failure: trying again unchanged will not help.") },
};

const Entry kEnhancedSubject[] = {
    { "0", QT_TRANSLATE_NOOP("md::Explain", "Other or undefined status.") },
    { "1", QT_TRANSLATE_NOOP("md::Explain", "Addressing status: about the sender or recipient address.") },
    { "2", QT_TRANSLATE_NOOP("md::Explain", "Mailbox status: about the recipient's mailbox.") },
    { "3", QT_TRANSLATE_NOOP("md::Explain", "Mail system status: about the receiving server.") },
    { "4", QT_TRANSLATE_NOOP("md::Explain", "Network and routing status.") },
    { "5", QT_TRANSLATE_NOOP("md::Explain", "Mail delivery protocol status.") },
    { "6", QT_TRANSLATE_NOOP("md::Explain", "Message content or media status.") },
    { "7", QT_TRANSLATE_NOOP("md::Explain", "Security or policy status.") },
};

const Entry kEnhancedDetail[] = {
    { "0.0", QT_TRANSLATE_NOOP("md::Explain", "Other undefined status: the text of the reply says more.") },
    { "1.0", QT_TRANSLATE_NOOP("md::Explain", "Other address status.") },
    { "1.1", QT_TRANSLATE_NOOP("md::Explain", "Bad destination mailbox address: no such user at that domain.") },
    { "1.2",
        QT_TRANSLATE_NOOP("md::Explain",
            "Bad destination system address: the recipient's domain is wrong or does "
            "not accept mail.") },
    { "1.3", QT_TRANSLATE_NOOP("md::Explain", "Bad destination mailbox address syntax.") },
    { "1.4", QT_TRANSLATE_NOOP("md::Explain", "Destination mailbox address ambiguous.") },
    { "1.5", QT_TRANSLATE_NOOP("md::Explain", "Destination address valid.") },
    { "1.6", QT_TRANSLATE_NOOP("md::Explain", "Destination mailbox has moved; no forwarding address.") },
    { "1.7", QT_TRANSLATE_NOOP("md::Explain", "Bad sender's mailbox address syntax.") },
    { "1.8", QT_TRANSLATE_NOOP("md::Explain", "Bad sender's system address: the sender's domain is not accepted.") },
    { "1.9", QT_TRANSLATE_NOOP("md::Explain", "Message relayed to a non-compliant mailer (RFC 3886).") },
    { "1.10",
        QT_TRANSLATE_NOOP("md::Explain", "The recipient's domain has a null MX: it accepts no mail (RFC 7505).") },
    { "2.0", QT_TRANSLATE_NOOP("md::Explain", "Other or undefined mailbox status.") },
    { "2.1", QT_TRANSLATE_NOOP("md::Explain", "Mailbox disabled, not accepting messages.") },
    { "2.2", QT_TRANSLATE_NOOP("md::Explain", "Mailbox full.") },
    { "2.3", QT_TRANSLATE_NOOP("md::Explain", "Message length exceeds an administrative limit.") },
    { "2.4", QT_TRANSLATE_NOOP("md::Explain", "Mailing list expansion problem.") },
    { "3.0", QT_TRANSLATE_NOOP("md::Explain", "Other or undefined mail system status.") },
    { "3.1", QT_TRANSLATE_NOOP("md::Explain", "Mail system full: the server is out of storage.") },
    { "3.2", QT_TRANSLATE_NOOP("md::Explain", "System not accepting network messages (for example shutting down).") },
    { "3.3", QT_TRANSLATE_NOOP("md::Explain", "System not capable of the selected features.") },
    { "3.4", QT_TRANSLATE_NOOP("md::Explain", "Message too big for the system.") },
    { "3.5", QT_TRANSLATE_NOOP("md::Explain", "System incorrectly configured.") },
    { "3.6", QT_TRANSLATE_NOOP("md::Explain", "Requested priority was changed (RFC 6710).") },
    { "4.0", QT_TRANSLATE_NOOP("md::Explain", "Other or undefined network or routing status.") },
    { "4.1", QT_TRANSLATE_NOOP("md::Explain", "No answer from the next host.") },
    { "4.2", QT_TRANSLATE_NOOP("md::Explain", "Bad connection.") },
    { "4.3", QT_TRANSLATE_NOOP("md::Explain", "Directory server failure (for example DNS).") },
    { "4.4", QT_TRANSLATE_NOOP("md::Explain", "Unable to route the message.") },
    { "4.5",
        QT_TRANSLATE_NOOP("md::Explain", "Mail system congestion; some providers also use it for sending quotas.") },
    { "4.6", QT_TRANSLATE_NOOP("md::Explain", "Routing loop detected.") },
    { "4.7", QT_TRANSLATE_NOOP("md::Explain", "Delivery time expired.") },
    { "5.0", QT_TRANSLATE_NOOP("md::Explain", "Other or undefined protocol status.") },
    { "5.1", QT_TRANSLATE_NOOP("md::Explain", "Invalid command.") },
    { "5.2", QT_TRANSLATE_NOOP("md::Explain", "Syntax error.") },
    { "5.3", QT_TRANSLATE_NOOP("md::Explain", "Too many recipients.") },
    { "5.4", QT_TRANSLATE_NOOP("md::Explain", "Invalid command arguments.") },
    { "5.5", QT_TRANSLATE_NOOP("md::Explain", "Wrong protocol version.") },
    { "5.6", QT_TRANSLATE_NOOP("md::Explain", "An authentication exchange line is too long (RFC 4954).") },
    { "6.0", QT_TRANSLATE_NOOP("md::Explain", "Other or undefined media error.") },
    { "6.1", QT_TRANSLATE_NOOP("md::Explain", "Media not supported.") },
    { "6.2", QT_TRANSLATE_NOOP("md::Explain", "Conversion required and prohibited.") },
    { "6.3", QT_TRANSLATE_NOOP("md::Explain", "Conversion required but not supported.") },
    { "6.4", QT_TRANSLATE_NOOP("md::Explain", "Conversion with loss performed.") },
    { "6.5", QT_TRANSLATE_NOOP("md::Explain", "Conversion failed.") },
    { "6.6", QT_TRANSLATE_NOOP("md::Explain", "Message content not available (RFC 4468).") },
    { "6.7",
        QT_TRANSLATE_NOOP(
            "md::Explain", "Non-ASCII addresses not permitted for that sender or recipient (RFC 6531).") },
    { "6.8",
        QT_TRANSLATE_NOOP("md::Explain", "A UTF-8 reply is required, but the client does not permit it (RFC 6531).") },
    { "6.9",
        QT_TRANSLATE_NOOP("md::Explain", "A UTF-8 header message cannot be passed on to some recipients (RFC 6531).") },
    { "6.10",
        QT_TRANSLATE_NOOP("md::Explain", "A UTF-8 reply is required, but the client does not permit it (RFC 6531).") },
    { "7.0",
        QT_TRANSLATE_NOOP("md::Explain",
            "Other or undefined security status (often: authentication needed or "
            "refused by policy).") },
    { "7.1",
        QT_TRANSLATE_NOOP("md::Explain",
            "Delivery not authorized, message refused: a policy forbids it (relaying "
            "without login, a blocked sender, or spam).") },
    { "7.2", QT_TRANSLATE_NOOP("md::Explain", "Mailing list expansion prohibited.") },
    { "7.3", QT_TRANSLATE_NOOP("md::Explain", "Security conversion required but not possible.") },
    { "7.4", QT_TRANSLATE_NOOP("md::Explain", "Security features not supported.") },
    { "7.5", QT_TRANSLATE_NOOP("md::Explain", "Cryptographic failure.") },
    { "7.6", QT_TRANSLATE_NOOP("md::Explain", "Cryptographic algorithm not supported.") },
    { "7.7", QT_TRANSLATE_NOOP("md::Explain", "Message integrity failure.") },
    { "7.8",
        QT_TRANSLATE_NOOP("md::Explain",
            "Authentication credentials invalid: the user name, password or token was "
            "not accepted (RFC 4954).") },
    { "7.9",
        QT_TRANSLATE_NOOP("md::Explain",
            "Authentication mechanism is too weak (RFC 4954); Gmail also uses it to "
            "say an app password is required.") },
    { "7.10", QT_TRANSLATE_NOOP("md::Explain", "Encryption needed (RFC 5248).") },
    { "7.11",
        QT_TRANSLATE_NOOP("md::Explain",
            "Encryption required for the requested authentication mechanism "
            "(RFC 4954).") },
    { "7.12", QT_TRANSLATE_NOOP("md::Explain", "A password transition is needed (RFC 4954).") },
    { "7.13", QT_TRANSLATE_NOOP("md::Explain", "User account disabled (RFC 5248).") },
    { "7.14", QT_TRANSLATE_NOOP("md::Explain", "Trust relationship required (RFC 5248).") },
    { "7.15", QT_TRANSLATE_NOOP("md::Explain", "Priority level is too low (RFC 6710).") },
    { "7.16", QT_TRANSLATE_NOOP("md::Explain", "Message is too big for the specified priority (RFC 6710).") },
    { "7.17", QT_TRANSLATE_NOOP("md::Explain", "Mailbox owner has changed (RFC 7293).") },
    { "7.18", QT_TRANSLATE_NOOP("md::Explain", "Domain owner has changed (RFC 7293).") },
    { "7.19", QT_TRANSLATE_NOOP("md::Explain", "RRVS test cannot be completed (RFC 7293).") },
    { "7.20", QT_TRANSLATE_NOOP("md::Explain", "No passing DKIM signature found (RFC 7372).") },
    { "7.21", QT_TRANSLATE_NOOP("md::Explain", "No acceptable DKIM signature found (RFC 7372).") },
    { "7.22", QT_TRANSLATE_NOOP("md::Explain", "No valid author-matched DKIM signature found (RFC 7372).") },
    { "7.23",
        QT_TRANSLATE_NOOP("md::Explain",
            "SPF validation failed: the sending server is not allowed for the "
            "sender's domain (RFC 7372).") },
    { "7.24", QT_TRANSLATE_NOOP("md::Explain", "SPF validation error (RFC 7372).") },
    { "7.25", QT_TRANSLATE_NOOP("md::Explain", "Reverse DNS validation failed (RFC 7372).") },
    { "7.26", QT_TRANSLATE_NOOP("md::Explain", "Multiple authentication checks failed (RFC 7372).") },
    { "7.27", QT_TRANSLATE_NOOP("md::Explain", "The sender's domain has a null MX: it sends no mail (RFC 7505).") },
    { "7.28", QT_TRANSLATE_NOOP("md::Explain", "Mail flood detected: too much mail in too short a time.") },
    { "7.29", QT_TRANSLATE_NOOP("md::Explain", "ARC validation failure (RFC 8617).") },
    { "7.30", QT_TRANSLATE_NOOP("md::Explain", "REQUIRETLS support required (RFC 8689).") },
};

// IMAP response codes: RFC 3501 §7.1 / RFC 9051 §7.1, RFC 5530, and the extensions that define
// their own (UIDPLUS, CONDSTORE, QRESYNC, COMPRESS, METADATA, OBJECTID, …).
const Entry kImapCodes[] = {
    { "ALERT", QT_TRANSLATE_NOOP("md::Explain", "A message the server wants shown to the user as it is.") },
    { "ALREADYEXISTS", QT_TRANSLATE_NOOP("md::Explain", "The mailbox (or object) already exists (RFC 5530).") },
    { "APPENDUID", QT_TRANSLATE_NOOP("md::Explain", "The UID the appended message got (UIDPLUS, RFC 4315).") },
    { "AUTHENTICATIONFAILED",
        QT_TRANSLATE_NOOP("md::Explain",
            "Authentication failed: the user name, password or token was not "
            "accepted (RFC 5530).") },
    { "AUTHORIZATIONFAILED",
        QT_TRANSLATE_NOOP("md::Explain",
            "The credentials are valid, but this user may not log in as the "
            "requested identity (RFC 5530).") },
    { "BADCHARSET", QT_TRANSLATE_NOOP("md::Explain", "The search used a character set the server does not support.") },
    { "BADCOMPARATOR", QT_TRANSLATE_NOOP("md::Explain", "Unknown comparator (RFC 5255).") },
    { "BADEVENT", QT_TRANSLATE_NOOP("md::Explain", "The server cannot notify about that event (NOTIFY, RFC 5465).") },
    { "BADURL", QT_TRANSLATE_NOOP("md::Explain", "A URL given to the server is invalid (RFC 4469/4467).") },
    { "CANNOT", QT_TRANSLATE_NOOP("md::Explain", "The operation violates some invariant of the server (RFC 5530).") },
    { "CAPABILITY", QT_TRANSLATE_NOOP("md::Explain", "The server's capability list, sent along with this response.") },
    { "CLIENTBUG",
        QT_TRANSLATE_NOOP("md::Explain",
            "The server thinks the client made a mistake, though it carried "
            "out the command (RFC 5530).") },
    { "CLOSED",
        QT_TRANSLATE_NOOP("md::Explain", "The previously selected mailbox is now closed (QRESYNC, RFC 7162).") },
    { "COMPRESSIONACTIVE", QT_TRANSLATE_NOOP("md::Explain", "Compression is already active (RFC 4978).") },
    { "CONTACTADMIN",
        QT_TRANSLATE_NOOP("md::Explain",
            "The user should contact the server's administrator or support "
            "(RFC 5530).") },
    { "COPYUID", QT_TRANSLATE_NOOP("md::Explain", "The UIDs the copied messages got (UIDPLUS, RFC 4315).") },
    { "CORRUPTION", QT_TRANSLATE_NOOP("md::Explain", "The server found corrupt data (RFC 5530).") },
    { "EXPIRED", QT_TRANSLATE_NOOP("md::Explain", "The password or account has expired (RFC 5530).") },
    { "EXPUNGEISSUED", QT_TRANSLATE_NOOP("md::Explain", "Another session deleted messages meanwhile (RFC 5530).") },
    { "HASCHILDREN",
        QT_TRANSLATE_NOOP("md::Explain",
            "The mailbox cannot be deleted because it has children "
            "(RFC 9051).") },
    { "HIGHESTMODSEQ",
        QT_TRANSLATE_NOOP("md::Explain",
            "The highest modification sequence of the mailbox (CONDSTORE, "
            "RFC 7162).") },
    { "INPROGRESS", QT_TRANSLATE_NOOP("md::Explain", "The command is still running; progress report (RFC 9585).") },
    { "INUSE",
        QT_TRANSLATE_NOOP("md::Explain",
            "The resource is in use by another session; try again later "
            "(RFC 5530).") },
    { "LIMIT",
        QT_TRANSLATE_NOOP("md::Explain",
            "A server limit was hit (for example too many connections or a "
            "rate limit) (RFC 5530).") },
    { "MAILBOXID", QT_TRANSLATE_NOOP("md::Explain", "The mailbox's permanent id (OBJECTID, RFC 8474).") },
    { "METADATA", QT_TRANSLATE_NOOP("md::Explain", "A metadata limit was hit (RFC 5464).") },
    { "MODIFIED",
        QT_TRANSLATE_NOOP("md::Explain",
            "Some messages changed since the client's UNCHANGEDSINCE value "
            "(CONDSTORE, RFC 7162).") },
    { "NOMODSEQ", QT_TRANSLATE_NOOP("md::Explain", "The mailbox does not keep modification sequences (RFC 7162).") },
    { "NONEXISTENT", QT_TRANSLATE_NOOP("md::Explain", "The mailbox (or object) does not exist (RFC 5530).") },
    { "NOPERM", QT_TRANSLATE_NOOP("md::Explain", "No permission for that mailbox or operation (RFC 5530).") },
    { "NOTIFICATIONOVERFLOW",
        QT_TRANSLATE_NOOP("md::Explain",
            "The server stopped notifications; the client must "
            "re-synchronise (RFC 5465).") },
    { "NOTSAVED", QT_TRANSLATE_NOOP("md::Explain", "The search result was not saved (RFC 5182).") },
    { "OVERQUOTA", QT_TRANSLATE_NOOP("md::Explain", "The account is over its storage quota (RFC 5530).") },
    { "PARSE", QT_TRANSLATE_NOOP("md::Explain", "The server could not parse a message's headers or MIME structure.") },
    { "PERMANENTFLAGS",
        QT_TRANSLATE_NOOP("md::Explain",
            "The flags the client may change permanently in this "
            "mailbox.") },
    { "PRIVACYREQUIRED",
        QT_TRANSLATE_NOOP("md::Explain",
            "The operation needs an encrypted connection: use TLS "
            "(RFC 5530).") },
    { "READ-ONLY", QT_TRANSLATE_NOOP("md::Explain", "The mailbox is open read-only.") },
    { "READ-WRITE", QT_TRANSLATE_NOOP("md::Explain", "The mailbox is open for reading and writing.") },
    { "REFERRAL", QT_TRANSLATE_NOOP("md::Explain", "The server refers the client to another server (RFC 2221).") },
    { "SERVERBUG", QT_TRANSLATE_NOOP("md::Explain", "The server hit an internal bug (RFC 5530).") },
    { "TOOBIG", QT_TRANSLATE_NOOP("md::Explain", "The message or data is too large (RFC 4469).") },
    { "TRYCREATE", QT_TRANSLATE_NOOP("md::Explain", "The target mailbox does not exist; creating it first may help.") },
    { "UIDNEXT", QT_TRANSLATE_NOOP("md::Explain", "The UID the next new message in this mailbox will get.") },
    { "UIDNOTSTICKY",
        QT_TRANSLATE_NOOP("md::Explain",
            "UIDs in this mailbox do not persist between sessions "
            "(UIDPLUS, RFC 4315).") },
    { "UIDVALIDITY",
        QT_TRANSLATE_NOOP("md::Explain",
            "The mailbox's UID validity value: when it changes, cached UIDs "
            "are void.") },
    { "UNAVAILABLE",
        QT_TRANSLATE_NOOP("md::Explain",
            "Temporary failure: a backend (for example the authentication "
            "service) is unavailable; try again later (RFC 5530).") },
    { "UNKNOWN-CTE",
        QT_TRANSLATE_NOOP("md::Explain",
            "The server cannot decode that content transfer encoding "
            "(BINARY, RFC 3516).") },
    { "UNSEEN", QT_TRANSLATE_NOOP("md::Explain", "The number of the first unseen message (IMAP4rev1).") },
    { "URLMECH",
        QT_TRANSLATE_NOOP("md::Explain",
            "The URL authorization mechanisms the server supports "
            "(RFC 4467).") },
    { "USEATTR", QT_TRANSLATE_NOOP("md::Explain", "The special-use attribute was not accepted (RFC 6154).") },
    { "WEBALERT",
        QT_TRANSLATE_NOOP("md::Explain",
            "The user must visit a web page (the URL given) before logging in "
            "again (RFC 9051 registry).") },
};

// POP3 extended response codes (RFC 2449 §8, RFC 3206) and CAPA keywords (RFC 2449 §6).
const Entry kPop3Codes[] = {
    { "AUTH",
        QT_TRANSLATE_NOOP("md::Explain",
            "The login failed because of the credentials: the user name or "
            "password is wrong (POP3, RFC 3206).") },
    { "IN-USE",
        QT_TRANSLATE_NOOP("md::Explain",
            "The login worked, but another session holds the mailbox; POP3 "
            "allows one at a time (RFC 2449).") },
    { "LOGIN-DELAY", QT_TRANSLATE_NOOP("md::Explain", "Logged in again sooner than the server allows (RFC 2449).") },
    { "SYS/PERM",
        QT_TRANSLATE_NOOP("md::Explain",
            "A lasting problem on the server's side, not the credentials "
            "(POP3, RFC 3206).") },
    { "SYS/TEMP",
        QT_TRANSLATE_NOOP("md::Explain",
            "A temporary problem on the server's side, not the credentials; "
            "try again later (POP3, RFC 3206).") },
};
const Entry kPop3Capabilities[] = {
    { "AUTH-RESP-CODE",
        QT_TRANSLATE_NOOP("md::Explain",
            "Says with [AUTH] when a login failed because of the "
            "credentials (RFC 3206).") },
    { "EXPIRE",
        QT_TRANSLATE_NOOP("md::Explain",
            "How long the server keeps messages after they were fetched "
            "(RFC 2449).") },
    { "IMPLEMENTATION", QT_TRANSLATE_NOOP("md::Explain", "The server software's name (RFC 2449).") },
    { "LOGIN-DELAY", QT_TRANSLATE_NOOP("md::Explain", "The minimum time between logins, in seconds (RFC 2449).") },
    { "RESP-CODES", QT_TRANSLATE_NOOP("md::Explain", "Failure replies carry codes such as [IN-USE] (RFC 2449).") },
    { "SASL", QT_TRANSLATE_NOOP("md::Explain", "Accepts login with the AUTH command (RFC 5034).") },
    { "TOP", QT_TRANSLATE_NOOP("md::Explain", "Can send just the headers and first lines of a message (RFC 1939).") },
    { "UIDL",
        QT_TRANSLATE_NOOP("md::Explain",
            "Gives each message a lasting id, so a client can leave mail on the "
            "server (RFC 1939).") },
    { "USER",
        QT_TRANSLATE_NOOP("md::Explain",
            "Accepts login with USER and PASS: the password in the clear, so only "
            "over TLS (RFC 1939).") },
};

// SMTP EHLO keywords (RFC 5321 and the IANA "SMTP Service Extensions" registry).
const Entry kSmtpCapabilities[] = {
    { "8BITMIME", QT_TRANSLATE_NOOP("md::Explain", "Accepts 8-bit message bodies without conversion (RFC 6152).") },
    { "AUTH", QT_TRANSLATE_NOOP("md::Explain", "Accepts login (SMTP AUTH, RFC 4954).") },
    { "BINARYMIME", QT_TRANSLATE_NOOP("md::Explain", "Accepts binary message bodies with BDAT (RFC 3030).") },
    { "BURL", QT_TRANSLATE_NOOP("md::Explain", "Can fetch the message from an IMAP server by URL (RFC 4468).") },
    { "CHECKPOINT", QT_TRANSLATE_NOOP("md::Explain", "Can resume an interrupted transfer (RFC 1845).") },
    { "CHUNKING",
        QT_TRANSLATE_NOOP("md::Explain",
            "Accepts the message in chunks with BDAT instead of DATA "
            "(RFC 3030).") },
    { "DELIVERBY", QT_TRANSLATE_NOOP("md::Explain", "The sender may set a delivery deadline (RFC 2852).") },
    { "DSN",
        QT_TRANSLATE_NOOP("md::Explain",
            "Delivery status notifications: the sender can ask to be told about "
            "delivery or failure (RFC 3461).") },
    { "ENHANCEDSTATUSCODES",
        QT_TRANSLATE_NOOP("md::Explain",
            "Replies carry detailed status codes such as 5.7.8 "
            "(RFC 2034, RFC 3463).") },
    { "ETRN", QT_TRANSLATE_NOOP("md::Explain", "Remote queue start: a client may ask for queued mail (RFC 1985).") },
    { "EXPN", QT_TRANSLATE_NOOP("md::Explain", "Expands mailing lists on request.") },
    { "FUTURERELEASE", QT_TRANSLATE_NOOP("md::Explain", "Holds a message for release at a later time (RFC 4865).") },
    { "HELP", QT_TRANSLATE_NOOP("md::Explain", "Answers HELP with information for a person.") },
    { "LIMITS", QT_TRANSLATE_NOOP("md::Explain", "Announces its limits on recipients and transactions (RFC 9422).") },
    { "MT-PRIORITY", QT_TRANSLATE_NOOP("md::Explain", "Accepts message priorities (RFC 6710).") },
    { "MTRK", QT_TRANSLATE_NOOP("md::Explain", "Message tracking (RFC 3885).") },
    { "NO-SOLICITING", QT_TRANSLATE_NOOP("md::Explain", "Accepts no-soliciting keywords (RFC 3865).") },
    { "PIPELINING",
        QT_TRANSLATE_NOOP("md::Explain",
            "The client may send several commands without waiting for each "
            "reply, which saves round trips (RFC 2920).") },
    { "REQUIRETLS",
        QT_TRANSLATE_NOOP("md::Explain",
            "The sender may require TLS on every hop of delivery "
            "(RFC 8689).") },
    { "RRVS",
        QT_TRANSLATE_NOOP("md::Explain",
            "Checks that the recipient's mailbox has not changed owner "
            "(RFC 7293).") },
    { "SMTPUTF8", QT_TRANSLATE_NOOP("md::Explain", "Accepts international (UTF-8) addresses and headers (RFC 6531).") },
    { "STARTTLS",
        QT_TRANSLATE_NOOP("md::Explain",
            "The connection can be switched to TLS encryption with the "
            "STARTTLS command (RFC 3207 for SMTP, RFC 3501 for IMAP).") },
    { "VERB", QT_TRANSLATE_NOOP("md::Explain", "Verbose delivery reports (Sendmail).") },
    { "VRFY", QT_TRANSLATE_NOOP("md::Explain", "Verifies addresses on request.") },
    { "XCLIENT",
        QT_TRANSLATE_NOOP("md::Explain",
            "A trusted proxy may pass on the original client's details "
            "(Postfix).") },
    { "XFORWARD",
        QT_TRANSLATE_NOOP("md::Explain",
            "A trusted content filter may pass on the original client's details "
            "(Postfix).") },
};

// IMAP capabilities (RFC 3501/9051 and the IANA "IMAP Capabilities" registry).
const Entry kImapCapabilities[] = {
    { "ACL", QT_TRANSLATE_NOOP("md::Explain", "Access control lists for sharing mailboxes (RFC 4314).") },
    { "ANNOTATE-EXPERIMENT-1", QT_TRANSLATE_NOOP("md::Explain", "Per-message annotations (RFC 5257).") },
    { "APPENDLIMIT", QT_TRANSLATE_NOOP("md::Explain", "The server limits the size of uploaded messages (RFC 7889).") },
    { "BINARY",
        QT_TRANSLATE_NOOP("md::Explain",
            "Can send and receive message parts undecoded, saving bandwidth "
            "(RFC 3516).") },
    { "CATENATE", QT_TRANSLATE_NOOP("md::Explain", "Can build a message from parts of others (RFC 4469).") },
    { "CHILDREN", QT_TRANSLATE_NOOP("md::Explain", "Tells whether folders have sub-folders (RFC 3348).") },
    { "COMPRESS", QT_TRANSLATE_NOOP("md::Explain", "The connection can be compressed (RFC 4978).") },
    { "CONDSTORE",
        QT_TRANSLATE_NOOP("md::Explain",
            "Conditional STORE: fast re-synchronisation of flags after "
            "changes (RFC 7162).") },
    { "CONTEXT", QT_TRANSLATE_NOOP("md::Explain", "Search results kept up to date as mail arrives (RFC 5267).") },
    { "CREATE-SPECIAL-USE",
        QT_TRANSLATE_NOOP("md::Explain",
            "Folders can be created with a special use such as Sent "
            "(RFC 6154).") },
    { "ENABLE", QT_TRANSLATE_NOOP("md::Explain", "Extensions can be switched on explicitly (RFC 5161).") },
    { "ESEARCH", QT_TRANSLATE_NOOP("md::Explain", "Compact search results (RFC 4731).") },
    { "ESORT", QT_TRANSLATE_NOOP("md::Explain", "Compact sort results (RFC 5267).") },
    { "FILTERS", QT_TRANSLATE_NOOP("md::Explain", "Saved searches (RFC 5466).") },
    { "I18NLEVEL", QT_TRANSLATE_NOOP("md::Explain", "Language-aware sorting and searching (RFC 5255).") },
    { "ID",
        QT_TRANSLATE_NOOP("md::Explain",
            "Client and server can tell each other their name and version "
            "(RFC 2971).") },
    { "IDLE",
        QT_TRANSLATE_NOOP("md::Explain",
            "Push: the server reports new mail at once while the client waits, so "
            "the client need not poll (RFC 2177).") },
    { "IMAP4", QT_TRANSLATE_NOOP("md::Explain", "Speaks IMAP4.") },
    { "IMAP4REV1", QT_TRANSLATE_NOOP("md::Explain", "Speaks IMAP4rev1 (RFC 3501).") },
    { "IMAP4REV2", QT_TRANSLATE_NOOP("md::Explain", "Speaks IMAP4rev2 (RFC 9051).") },
    { "LANGUAGE", QT_TRANSLATE_NOOP("md::Explain", "Server messages in other languages (RFC 5255).") },
    { "LIST-EXTENDED", QT_TRANSLATE_NOOP("md::Explain", "Richer folder listings (RFC 5258).") },
    { "LIST-MYRIGHTS", QT_TRANSLATE_NOOP("md::Explain", "Folder listings with the user's access rights (RFC 8440).") },
    { "LIST-STATUS",
        QT_TRANSLATE_NOOP("md::Explain",
            "Folder listings with message counts in one command "
            "(RFC 5819).") },
    { "LITERAL+",
        QT_TRANSLATE_NOOP("md::Explain",
            "Non-synchronising literals: the client need not wait before "
            "sending long strings (RFC 7888).") },
    { "LITERAL-", QT_TRANSLATE_NOOP("md::Explain", "Non-synchronising literals up to 4096 bytes (RFC 7888).") },
    { "LOGIN-REFERRALS",
        QT_TRANSLATE_NOOP("md::Explain",
            "May refer the client to another server at login "
            "(RFC 2221).") },
    { "LOGINDISABLED",
        QT_TRANSLATE_NOOP("md::Explain",
            "The LOGIN command is disabled here, usually until the "
            "connection is encrypted with STARTTLS.") },
    { "MAILBOX-REFERRALS",
        QT_TRANSLATE_NOOP("md::Explain",
            "May refer the client to another server for a folder "
            "(RFC 2193).") },
    { "METADATA", QT_TRANSLATE_NOOP("md::Explain", "Server and folder annotations (RFC 5464).") },
    { "METADATA-SERVER", QT_TRANSLATE_NOOP("md::Explain", "Server annotations (RFC 5464).") },
    { "MOVE", QT_TRANSLATE_NOOP("md::Explain", "Messages can be moved between folders in one step (RFC 6851).") },
    { "MULTIAPPEND", QT_TRANSLATE_NOOP("md::Explain", "Several messages can be uploaded at once (RFC 3502).") },
    { "MULTISEARCH", QT_TRANSLATE_NOOP("md::Explain", "One search across several folders (RFC 7377).") },
    { "NAMESPACE",
        QT_TRANSLATE_NOOP("md::Explain",
            "Tells where personal, shared and other users' folders are "
            "(RFC 2342).") },
    { "NOTIFY", QT_TRANSLATE_NOOP("md::Explain", "Push notifications for several folders (RFC 5465).") },
    { "OBJECTID", QT_TRANSLATE_NOOP("md::Explain", "Permanent ids for messages and folders (RFC 8474).") },
    { "PREVIEW", QT_TRANSLATE_NOOP("md::Explain", "Short message previews (RFC 8970).") },
    { "QRESYNC", QT_TRANSLATE_NOOP("md::Explain", "Quick re-synchronisation after reconnecting (RFC 7162).") },
    { "QUOTA", QT_TRANSLATE_NOOP("md::Explain", "Storage quota can be queried (RFC 9208).") },
    { "RIGHTS", QT_TRANSLATE_NOOP("md::Explain", "Extra access rights for sharing (RFC 4314).") },
    { "SASL-IR",
        QT_TRANSLATE_NOOP("md::Explain",
            "The login can start in the same command, saving a round trip "
            "(RFC 4959).") },
    { "SAVEDATE", QT_TRANSLATE_NOOP("md::Explain", "Remembers when each message was saved (RFC 8514).") },
    { "SEARCHRES", QT_TRANSLATE_NOOP("md::Explain", "Search results can be reused in the next command (RFC 5182).") },
    { "SNIPPET", QT_TRANSLATE_NOOP("md::Explain", "Message snippets (draft, superseded by PREVIEW).") },
    { "SORT", QT_TRANSLATE_NOOP("md::Explain", "The server sorts messages itself (RFC 5256).") },
    { "SPECIAL-USE",
        QT_TRANSLATE_NOOP("md::Explain",
            "Marks the Sent, Drafts, Trash, Junk and Archive folders so "
            "clients find them (RFC 6154).") },
    { "STATUS", QT_TRANSLATE_NOOP("md::Explain", "Extra STATUS items (RFC 8438).") },
    { "THREAD", QT_TRANSLATE_NOOP("md::Explain", "The server groups messages into conversations (RFC 5256).") },
    { "UIDPLUS",
        QT_TRANSLATE_NOOP("md::Explain",
            "Reports the ids of uploaded and copied messages, and can expunge "
            "single messages (RFC 4315).") },
    { "UNAUTHENTICATE",
        QT_TRANSLATE_NOOP("md::Explain",
            "The user can log out without closing the connection "
            "(RFC 8437).") },
    { "UNSELECT", QT_TRANSLATE_NOOP("md::Explain", "A folder can be closed without deleting messages (RFC 3691).") },
    { "URLAUTH",
        QT_TRANSLATE_NOOP("md::Explain",
            "Authorised URLs to message parts, for forwarding without download "
            "(RFC 4467).") },
    { "UTF8", QT_TRANSLATE_NOOP("md::Explain", "International (UTF-8) folder names and headers (RFC 6855).") },
    { "WITHIN", QT_TRANSLATE_NOOP("md::Explain", "Searches by age (RFC 5032).") },
    { "X-GM-EXT-1", QT_TRANSLATE_NOOP("md::Explain", "Gmail's extensions: labels, thread and message ids.") },
    { "XLIST",
        QT_TRANSLATE_NOOP("md::Explain",
            "Gmail's and Apple's older special-folder listing (replaced by "
            "SPECIAL-USE).") },
};

const Entry kMechanisms[] = {
    { "ANONYMOUS", QT_TRANSLATE_NOOP("md::Explain", "Login without an account (RFC 4505).") },
    { "CRAM-MD5",
        QT_TRANSLATE_NOOP("md::Explain",
            "Challenge-response with a password hash: the password itself is "
            "not sent, but the scheme is old and weak (RFC 2195).") },
    { "DIGEST-MD5", QT_TRANSLATE_NOOP("md::Explain", "An obsolete challenge-response mechanism (RFC 6331).") },
    { "EXTERNAL",
        QT_TRANSLATE_NOOP("md::Explain",
            "Login by an identity established outside SASL, such as a TLS "
            "client certificate (RFC 4422).") },
    { "GSSAPI", QT_TRANSLATE_NOOP("md::Explain", "Kerberos single sign-on (RFC 4752).") },
    { "LOGIN",
        QT_TRANSLATE_NOOP("md::Explain",
            "User name and password sent one after the other, readable unless the "
            "connection is encrypted (an old, unofficial mechanism).") },
    { "NTLM", QT_TRANSLATE_NOOP("md::Explain", "Microsoft's Windows login.") },
    { "OAUTHBEARER",
        QT_TRANSLATE_NOOP("md::Explain",
            "Login with an OAuth 2.0 access token instead of a password "
            "(RFC 7628).") },
    { "PLAIN",
        QT_TRANSLATE_NOOP("md::Explain",
            "User name and password sent in one message, readable unless the "
            "connection is encrypted (RFC 4616).") },
    { "SCRAM-SHA-1",
        QT_TRANSLATE_NOOP("md::Explain",
            "Salted challenge-response: the password is never sent, and the "
            "server proves it knows it too (RFC 5802).") },
    { "SCRAM-SHA-256",
        QT_TRANSLATE_NOOP("md::Explain",
            "Salted challenge-response with SHA-256: the password is never "
            "sent, and the server proves it knows it too (RFC 7677).") },
    { "XOAUTH2",
        QT_TRANSLATE_NOOP("md::Explain",
            "Google's and Microsoft's login with an OAuth 2.0 access token "
            "instead of a password.") },
};

template <size_t N> const char *find(const Entry (&table)[N], const QString &key)
{
    for (const Entry &e : table) {
        if (key.compare(QLatin1String(e.key), Qt::CaseInsensitive) == 0)
            return e.text;
    }
    return nullptr;
}

QString mechanismList(const QStringList &names)
{
    QStringList parts;
    for (const QString &name : names) {
        if (const char *text = find(kMechanisms, name))
            parts << Tr::tr("%1 (%2)").arg(name.toUpper(), tr(text));
        else
            parts << name.toUpper();
    }
    return parts.join(QStringLiteral("; "));
}

}  // namespace

QString formatSize(qint64 bytes)
{
    constexpr double kib = 1024.0;
    constexpr double mib = 1024.0 * 1024.0;
    constexpr double gib = 1024.0 * 1024.0 * 1024.0;
    const auto fmt = [](double value, const QString &unit) {
        const bool whole = qFuzzyCompare(value, double(qRound64(value)));
        return QStringLiteral("%1 %2").arg(QString::number(value, 'f', whole ? 0 : 1), unit);
    };
    if (bytes >= qint64(gib))
        return fmt(bytes / gib, QStringLiteral("GiB"));
    if (bytes >= qint64(mib))
        return fmt(bytes / mib, QStringLiteral("MiB"));
    if (bytes >= qint64(kib))
        return fmt(bytes / kib, QStringLiteral("KiB"));
    return Tr::tr("%1 bytes").arg(bytes);
}

std::optional<QString> explainReplyCode(int code)
{
    if (code < 200 || code > 599)
        return std::nullopt;
    const QString key = QString::number(code);
    if (const char *text = find(kReplyCodes, key))
        return tr(text);
    const int first = code / 100;
    const int second = (code / 10) % 10;
    if (!kReplyClass[first] || second > 5)
        return std::nullopt;
    // RFC 5321 §4.2.1: an unknown code is understood by its first two digits.
    return Tr::tr("%1 %2").arg(tr(kReplyClass[first]), tr(kReplyCategory[second]));
}

std::optional<QString> explainEnhancedCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^([245])\\.(\\d{1,3})\\.(\\d{1,3})$"));
    const auto m = re.match(code.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QString cls = m.captured(1);
    const QString subject = QString::number(m.captured(2).toInt());
    const QString detail = QString::number(m.captured(3).toInt());
    const char *classText = find(kEnhancedClass, cls);
    QString out = tr(classText);
    if (const char *text = find(kEnhancedDetail, subject + QLatin1Char('.') + detail)) {
        out += QLatin1Char(' ') + tr(text);
    } else if (const char *subjectText = find(kEnhancedSubject, subject)) {
        out += QLatin1Char(' ') + tr(subjectText);
    } else {
        out += QLatin1Char(' ') + Tr::tr("The subject %1 is not registered.").arg(subject);
    }
    return out;
}

std::optional<QString> explainImapResponseCode(const QString &code)
{
    QString text = code.trimmed();
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']')))
        text = text.mid(1, text.size() - 2).trimmed();
    const QString keyword = text.section(QLatin1Char(' '), 0, 0);
    const QString argument = text.section(QLatin1Char(' '), 1).trimmed();
    const char *entry = find(kImapCodes, keyword);
    if (!entry)
        return std::nullopt;
    QString out = tr(entry);
    if (!argument.isEmpty() && keyword.compare(QLatin1String("CAPABILITY"), Qt::CaseInsensitive) != 0)
        out += QLatin1Char(' ') + Tr::tr("Value: %1.").arg(argument);
    return out;
}

std::optional<QString> explainMechanism(const QString &mechanism)
{
    if (const char *text = find(kMechanisms, mechanism.trimmed()))
        return tr(text);
    return std::nullopt;
}

std::optional<QString> explainCapability(const QString &capability)
{
    const QString text = capability.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // SMTP: "KEYWORD params…"; IMAP: "KEYWORD" or "KEYWORD=value".
    const QString word = text.section(QLatin1Char(' '), 0, 0);
    const QStringList params = text.section(QLatin1Char(' '), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString keyword = word.section(QLatin1Char('='), 0, 0).toUpper();
    const QString value = word.section(QLatin1Char('='), 1);

    if (keyword == QLatin1String("SIZE") && value.isEmpty()) {
        // RFC 1870: SIZE without a number (or 0) announces no fixed limit.
        bool ok = false;
        const qint64 limit = params.value(0).toLongLong(&ok);
        if (!ok || limit == 0)
            return Tr::tr("The server announces message sizes but sets no fixed limit (RFC 1870).");
        return Tr::tr("Largest message: %1 (%2 bytes) (RFC 1870).").arg(formatSize(limit)).arg(limit);
    }
    if (keyword == QLatin1String("APPENDLIMIT")) {
        bool ok = false;
        const qint64 limit = value.toLongLong(&ok);
        if (ok)
            return Tr::tr("Largest message that can be uploaded: %1 (%2 bytes) (RFC 7889).")
                .arg(formatSize(limit))
                .arg(limit);
        return tr(find(kImapCapabilities, keyword));
    }
    if (keyword == QLatin1String("SASL") && !params.isEmpty())  // POP3 "SASL PLAIN LOGIN"
        return Tr::tr("Accepts login with: %1.").arg(mechanismList(params));
    if (keyword == QLatin1String("AUTH")) {
        // SMTP "AUTH PLAIN LOGIN", IMAP "AUTH=PLAIN" (also the old SMTP "AUTH=PLAIN LOGIN").
        QStringList mechanisms = params;
        if (!value.isEmpty())
            mechanisms.prepend(value);
        if (mechanisms.isEmpty())
            return tr(find(kSmtpCapabilities, keyword));
        return Tr::tr("Accepts login with: %1.").arg(mechanismList(mechanisms));
    }
    if (keyword == QLatin1String("STARTTLS") || keyword == QLatin1String("STLS"))
        return tr(find(kSmtpCapabilities, QStringLiteral("STARTTLS")));
    if (keyword == QLatin1String("DELIVERBY") && !params.isEmpty())
        return tr(find(kSmtpCapabilities, keyword)) + QLatin1Char(' ')
            + Tr::tr("Shortest deadline accepted: %1 s.").arg(params.first());
    if (keyword == QLatin1String("FUTURERELEASE") && params.size() >= 2)
        return tr(find(kSmtpCapabilities, keyword)) + QLatin1Char(' ')
            + Tr::tr("Longest hold: %1 s, latest release: %2.").arg(params.at(0), params.at(1));
    if (keyword == QLatin1String("LIMITS") && !params.isEmpty())
        return tr(find(kSmtpCapabilities, keyword)) + QLatin1Char(' ')
            + Tr::tr("Limits: %1.").arg(params.join(QStringLiteral(", ")));
    if (keyword == QLatin1String("BURL") && !params.isEmpty())
        return tr(find(kSmtpCapabilities, keyword));
    if (keyword == QLatin1String("COMPRESS") && !value.isEmpty())
        return tr(find(kImapCapabilities, keyword)) + QLatin1Char(' ') + Tr::tr("Method: %1.").arg(value);
    if ((keyword == QLatin1String("THREAD") || keyword == QLatin1String("SORT") || keyword == QLatin1String("CONTEXT")
            || keyword == QLatin1String("I18NLEVEL") || keyword == QLatin1String("UTF8")
            || keyword == QLatin1String("RIGHTS") || keyword == QLatin1String("STATUS")
            || keyword == QLatin1String("SNIPPET") || keyword == QLatin1String("QUOTA")
            || keyword == QLatin1String("SEARCH"))
        && !value.isEmpty()) {
        const char *entry = find(kImapCapabilities, keyword);
        if (!entry)
            return std::nullopt;
        return tr(entry) + QLatin1Char(' ') + Tr::tr("Variant: %1.").arg(value);
    }

    if (const char *entry = find(kSmtpCapabilities, keyword))
        return tr(entry);
    if (const char *entry = find(kPop3Capabilities, keyword))
        return tr(entry);
    if (const char *entry = find(kImapCapabilities, word.toUpper()))
        return tr(entry);
    if (const char *entry = find(kImapCapabilities, keyword))
        return tr(entry);
    if (keyword.startsWith(QLatin1String("X")))
        return Tr::tr("A private extension of this server's software (%1); Mail Doctor does not use it.").arg(keyword);
    return std::nullopt;
}

std::optional<QString> explain(const QString &term)
{
    const QString text = term.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    static const QRegularExpression replyRe(QStringLiteral("^(\\d{3})(?:[ -]+([245]\\.\\d{1,3}\\.\\d{1,3}))?$"));
    if (const auto m = replyRe.match(text); m.hasMatch()) {
        const auto reply = explainReplyCode(m.captured(1).toInt());
        if (!reply)
            return std::nullopt;
        if (m.captured(2).isEmpty())
            return Tr::tr("%1: %2").arg(m.captured(1), *reply);
        const auto enhanced = explainEnhancedCode(m.captured(2));
        return Tr::tr("%1: %2\n%3: %4").arg(m.captured(1), *reply, m.captured(2), enhanced.value_or(QString()));
    }
    if (const auto enhanced = explainEnhancedCode(text))
        return Tr::tr("%1: %2").arg(text, *enhanced);
    if (const auto code = explainImapResponseCode(text))
        return Tr::tr("%1: %2").arg(text, *code);
    // POP3 codes come bracketed ("[IN-USE]") or bare; bare AUTH stays the SMTP capability.
    if (text.startsWith(QLatin1Char('[')) && text.endsWith(QLatin1Char(']'))) {
        if (const char *entry = find(kPop3Codes, text.mid(1, text.size() - 2).trimmed()))
            return Tr::tr("%1: %2").arg(text, tr(entry));
    } else if (text.compare(QLatin1String("AUTH"), Qt::CaseInsensitive) != 0) {
        if (const char *entry = find(kPop3Codes, text))
            return Tr::tr("%1: %2").arg(text, tr(entry));
    }
    if (const auto capability = explainCapability(text))
        return Tr::tr("%1: %2").arg(text, *capability);
    if (const auto mechanism = explainMechanism(text))
        return Tr::tr("%1: %2").arg(text, *mechanism);
    return std::nullopt;
}

}  // namespace md
