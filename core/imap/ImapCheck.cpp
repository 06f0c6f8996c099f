#include "ImapCheck.h"

#include "imap/ImapStrings.h"
#include "sasl/Policy.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace md {

namespace {

constexpr int kMaxMailboxesKept = 10000;  // LIST can be huge; count them all, keep this many

QString specialUseKey(imap::SpecialUse use)
{
    switch (use) {
    case imap::SpecialUse::All: return QStringLiteral("all");
    case imap::SpecialUse::Archive: return QStringLiteral("archive");
    case imap::SpecialUse::Drafts: return QStringLiteral("drafts");
    case imap::SpecialUse::Flagged: return QStringLiteral("flagged");
    case imap::SpecialUse::Junk: return QStringLiteral("junk");
    case imap::SpecialUse::Sent: return QStringLiteral("sent");
    case imap::SpecialUse::Trash: return QStringLiteral("trash");
    }
    return {};
}

}  // namespace

ImapCheck::ImapCheck(ServerSettings settings, QObject *parent) : Check(std::move(settings), parent) {}

ImapCheck::~ImapCheck() = default;

void ImapCheck::connectionReady()
{
    m_phase = Phase::Greeting;
    beginStep(QStringLiteral("greeting"));
    waitForReply();
}

void ImapCheck::command(Phase phase, const QByteArray &arguments, const QString &displayArguments)
{
    command(phase, {imap::CommandLine{arguments,
                                      displayArguments.isEmpty() ? QString::fromUtf8(arguments) : displayArguments,
                                      false}});
}

void ImapCheck::command(Phase phase, QList<imap::CommandLine> lines)
{
    m_phase = phase;
    m_tag = QByteArrayLiteral("a") + QByteArray::number(m_nextTag++);
    lines.first().wire.prepend(m_tag + ' ');
    lines.first().display.prepend(QString::fromLatin1(m_tag) + QLatin1Char(' '));
    m_pendingLines = std::move(lines);
    sendPendingLines();
    waitForReply();
}

void ImapCheck::sendPendingLines()
{
    while (!m_pendingLines.isEmpty()) {
        const imap::CommandLine line = m_pendingLines.takeFirst();
        sendLine(line.wire, line.display);
        if (line.awaitsContinuation)
            return;
    }
}

void ImapCheck::bytesReceived(const QByteArray &data)
{
    m_parser.feed(data);
    while (!isFinished()) {
        auto response = m_parser.next();
        if (!response)
            break;
        response->raw = maskEchoes(response->raw);
        response->text = QString::fromUtf8(maskEchoes(response->text.toUtf8()));
        logReceived(QString::fromUtf8(response->raw));
        handleResponse(*response);
    }
    if (!isFinished() && m_parser.hasError())
        fail(FailureKind::ProtocolError, tr("The server broke the IMAP protocol: %1").arg(m_parser.errorString()));
}

void ImapCheck::recordResponse(const imap::ImapResponse &response)
{
    if (Step *step = currentStep()) {
        step->responseCode = QString::fromLatin1(response.code);
        step->serverText = response.text;
    }
}

void ImapCheck::failWithResponse(FailureKind kind, const QString &what, const imap::ImapResponse &response)
{
    recordResponse(response);
    const QString code = response.code.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(QString::fromLatin1(response.code));
    fail(kind, tr("%1: %2 %3%4").arg(what, QString::fromLatin1(response.name), code, response.text));
}

void ImapCheck::handleResponse(const imap::ImapResponse &response)
{
    // RFC 9051 §7.1: [ALERT] may come in any status response, tagged ones included.
    if (response.code == "ALERT")
        noteAlert(response);
    if (m_phase == Phase::Greeting) {
        handleGreeting(response);
        return;
    }
    if (response.isContinuation()) {
        handleContinuation(response);
        return;
    }
    if (response.isUntagged()) {
        handleUntagged(response);
        return;
    }
    handleTagged(response);
}

void ImapCheck::handleGreeting(const imap::ImapResponse &response)
{
    using Status = imap::ImapResponse::Status;
    if (!response.isUntagged() || (response.status != Status::Ok && response.status != Status::Preauth &&
                                   response.status != Status::Bye)) {
        fail(FailureKind::ProtocolError,
             tr("The server's first line is not an IMAP greeting: %1").arg(QString::fromUtf8(response.raw.left(200))));
        return;
    }
    // An [ALERT] greeting before TLS may be forged (noteAlert): its words are not the server's.
    const bool untrustedAlert = response.code == "ALERT" && !isEncrypted();
    recordResponse(response);
    if (untrustedAlert)
        currentStep()->serverText.clear();
    if (response.status == Status::Bye) {
        fail(FailureKind::Rejected, tr("The server refused the session: %1").arg(response.text));
        return;
    }
    if (response.status == Status::Preauth) {
        // RFC 9051 §7.1.4 / USENIX'21: PREAUTH skips STARTTLS. On a connection that was to be
        // encrypted that is a downgrade, never a reason to go on without TLS.
        if (m_settings.security == Security::StartTls && !isEncrypted()) {
            fail(FailureKind::PreauthUnencrypted,
                 tr("The server greeted with PREAUTH on an unencrypted connection, which rules out STARTTLS. "
                    "The check stops rather than continue without encryption."));
            return;
        }
        m_preauthenticated = true;
        m_result.facts.preauth = true;
    }
    if (const auto caps = response.capabilities())
        setCapabilities(*caps);
    endStep(Step::Status::Ok, untrustedAlert ? tr("The greeting carried an unencrypted alert, not shown as the "
                                                  "server's word.")
                                             : response.text);
    if (m_haveCapabilities) {
        capabilitiesKnown();
        return;
    }
    beginStep(QStringLiteral("capability"));
    command(Phase::Capability, "CAPABILITY");
}

void ImapCheck::setCapabilities(const QList<QByteArray> &caps)
{
    m_capabilities = caps;
    m_haveCapabilities = true;
    QStringList list;
    for (const QByteArray &cap : caps)
        list << QString::fromLatin1(cap);
    if (isEncrypted())
        m_result.capabilitiesAfterTls = list;
    else
        m_result.capabilitiesBeforeTls = list;
}

void ImapCheck::noteAlert(const imap::ImapResponse &response)
{
    // An alert from before TLS may be forged by anyone on the path: show it, but never as
    // the server's trusted word (USENIX'21 "UI spoofing").
    if (!isEncrypted()) {
        logInfo(tr("Unencrypted alert, possibly forged, not shown as a server message: %1").arg(response.text));
        return;
    }
    m_alerts << response.text;
    m_result.facts.alerts = m_alerts;
    // Recorded at once, so that an alert survives a later failure (often it explains it).
    m_result.protocolFacts.insert(QStringLiteral("alerts"), QJsonArray::fromStringList(m_alerts));
    logInfo(tr("Server alert: %1").arg(response.text));
}

bool ImapCheck::hasCapability(const QByteArray &name) const
{
    return m_capabilities.contains(name.toUpper());
}

QList<QByteArray> ImapCheck::authMechanisms() const
{
    QList<QByteArray> mechanisms;
    for (const QByteArray &cap : m_capabilities) {
        if (cap.startsWith("AUTH="))
            mechanisms << cap.mid(5);
    }
    return mechanisms;
}

void ImapCheck::handleUntagged(const imap::ImapResponse &response)
{
    using Status = imap::ImapResponse::Status;
    if (response.status == Status::Bye && m_phase != Phase::Logout) {
        fail(FailureKind::Closed, tr("The server ended the session: %1").arg(response.text));
        return;
    }
    // Data gathered before STARTTLS completes is discarded: only what arrives inside TLS counts.
    if (m_phase == Phase::StartTls || m_phase == Phase::Handshake)
        return;
    if (response.name == "CAPABILITY") {
        if (const auto caps = response.capabilities())
            setCapabilities(*caps);
        return;
    }
    if (m_phase == Phase::List && response.name == "LIST") {
        ++m_mailboxCount;
        if (m_mailboxes.size() < kMaxMailboxesKept) {
            if (auto mailbox = imap::parseListResponse(response, hasCapability("IMAP4REV2")))
                m_mailboxes << *mailbox;
        }
        return;
    }
    if (m_phase == Phase::Examine) {
        if (response.name == "EXISTS" && response.number)
            m_exists = *response.number;
        if (response.code == "UIDVALIDITY" && !response.codeArgs.isEmpty())
            m_uidValidity = response.codeArgs.first().bytes.toULongLong();
    }
}

void ImapCheck::handleTagged(const imap::ImapResponse &response)
{
    using Status = imap::ImapResponse::Status;
    if (response.tag != m_tag) {
        fail(FailureKind::ProtocolError,
             tr("The server answered tag %1, but the command in flight is %2.")
                 .arg(QString::fromLatin1(response.tag), QString::fromLatin1(m_tag)));
        return;
    }
    stopWaiting();
    m_pendingLines.clear();  // a tagged answer to a literal announcement refuses the rest
    const bool ok = response.status == Status::Ok;
    switch (m_phase) {
    case Phase::Capability:
    case Phase::CapabilityAfterTls:
        if (!ok) {
            failWithResponse(FailureKind::Rejected, tr("CAPABILITY failed"), response);
            return;
        }
        recordResponse(response);
        if (!m_haveCapabilities) {
            fail(FailureKind::ProtocolError, tr("The server answered CAPABILITY without listing capabilities."));
            return;
        }
        capabilitiesKnown();
        return;
    case Phase::StartTls:
        if (!ok) {
            failWithResponse(FailureKind::Rejected, tr("The server refused STARTTLS"), response);
            return;
        }
        recordResponse(response);
        // Malformed injected bytes put the parser in error (and it drops them): that counts too.
        if (!requireNothingBehindStartTls(m_parser.bufferedBytes() > 0 || m_parser.hasError()))
            return;
        endStep(Step::Status::Ok, response.text);
        m_parser.reset();
        m_phase = Phase::Handshake;
        upgradeToTls();
        return;
    case Phase::Authenticate:
    case Phase::Login: {
        if (!ok) {
            const QString detail = m_mechanism ? m_mechanism->serverErrorDetail() : QString();
            if (m_mechanism)
                m_result.facts.saslError = m_mechanism->serverErrorReport();
            // RFC 2221: the account lives on another server; the URL says which.
            if (response.code == "REFERRAL" && !response.codeArgs.isEmpty())
                m_result.facts.referral = QString::fromUtf8(response.codeArgs.first().bytes);
            failWithResponse(FailureKind::Rejected,
                             detail.isEmpty() ? tr("Authentication failed")
                                              : tr("Authentication failed (%1)").arg(detail),
                             response);
            return;
        }
        if (m_mechanism) {
            const sasl::Step last = m_mechanism->serverSuccess({});
            if (last.kind == sasl::Step::Kind::Fail) {
                fail(FailureKind::AuthMechanism, last.error);
                return;
            }
        }
        recordResponse(response);
        // RFC 9051 §6.2.2: capabilities may change after login; a CAPABILITY code carries them.
        if (const auto caps = response.capabilities())
            setCapabilities(*caps);
        const QString how = m_mechanism ? QString::fromLatin1(m_mechanism->name()) : QStringLiteral("LOGIN");
        endStep(Step::Status::Ok, tr("authenticated as %1 with %2").arg(m_settings.user, how));
        afterAuth();
        return;
    }
    case Phase::List:
        if (!ok) {
            failWithResponse(FailureKind::Rejected, tr("LIST failed"), response);
            return;
        }
        recordResponse(response);
        finishList();
        return;
    case Phase::Examine:
        if (!ok) {
            failWithResponse(FailureKind::Rejected, tr("INBOX could not be opened"), response);
            return;
        }
        recordResponse(response);
        finishExamine();
        return;
    case Phase::Logout:
        recordResponse(response);
        endStep(ok ? Step::Status::Ok : Step::Status::Warning, response.text);
        m_phase = Phase::Done;
        succeed();
        return;
    case Phase::Greeting:
    case Phase::Handshake:
    case Phase::Done:
        fail(FailureKind::ProtocolError, tr("The server sent a tagged response nobody asked for."));
        return;
    }
}

void ImapCheck::capabilitiesKnown()
{
    const bool encrypted = isEncrypted();
    const QString count = tr("%n capabilities", nullptr, int(m_capabilities.size()));
    if (inStep())
        endStep(Step::Status::Ok, count);
    if (!hasCapability("IMAP4REV1") && !hasCapability("IMAP4REV2"))
        logInfo(tr("The server advertises neither IMAP4rev1 nor IMAP4rev2."));

    if (m_settings.security == Security::StartTls && !encrypted) {
        beginStep(QStringLiteral("starttls"));
        if (!requireStartTlsOffered(hasCapability("STARTTLS")))
            return;
        command(Phase::StartTls, "STARTTLS");
        return;
    }
    startAuth();
}

void ImapCheck::tlsEstablished()
{
    // RFC 9051 §6.2.1: discard what was learnt before TLS and ask again.
    m_parser.reset();
    m_capabilities.clear();
    m_haveCapabilities = false;
    beginStep(QStringLiteral("capability_tls"));
    command(Phase::CapabilityAfterTls, "CAPABILITY");
}

void ImapCheck::startAuth()
{
    if (m_preauthenticated) {
        skipStep(QStringLiteral("auth"), tr("the server pre-authenticated this connection"));
        afterAuth();
        return;
    }
    if (m_settings.user.isEmpty()) {
        // Not authenticated: LIST and EXAMINE are not allowed; a polite LOGOUT ends it.
        logout();
        return;
    }
    const QString requested = m_settings.authMechanism.toLower();
    const bool loginDisabled = hasCapability("LOGINDISABLED");
    const bool wantLogin = requested == QLatin1String("login");
    // Auto: AUTHENTICATE when the server offers a mechanism these credentials can use, the
    // LOGIN command otherwise (a password against AUTH=XOAUTH2 alone still has LOGIN).
    bool useLogin = wantLogin;
    if (requested == QLatin1String("auto") && !m_settings.password.isEmpty()) {
        const sasl::Selection selection = sasl::selectMechanism(authMechanisms(), "auto", credentials(),
                                                                isEncrypted(), m_settings.allowPlaintextAuth);
        useLogin = !selection.ok() && (*selection.failure == sasl::SelectionFailure::NoneOffered
                                       || *selection.failure == sasl::SelectionFailure::NoUsableCredentials);
    }
    if (useLogin) {
        beginStep(QStringLiteral("login"));
        if (loginDisabled) {
            fail(FailureKind::AuthUnavailable,
                 isEncrypted() ? tr("The server advertises LOGINDISABLED: it does not accept the LOGIN command here.")
                               : tr("The server advertises LOGINDISABLED: it does not accept the LOGIN command without "
                                    "encryption."));
            return;
        }
        startLogin();
        return;
    }
    beginStep(QStringLiteral("auth"));
    startSasl();
}

void ImapCheck::startLogin()
{
    if (!requireCredentialsProtected())
        return;
    // RFC 9051 §6.2.3: user name and password are astrings; raw UTF-8 bytes, no SASLprep.
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const imap::LiteralSupport literals = hasCapability("LITERAL+")   ? imap::LiteralSupport::Plus
                                          : hasCapability("LITERAL-") ? imap::LiteralSupport::Minus
                                                                      : imap::LiteralSupport::Synchronizing;
    qsizetype bad = -1;
    auto lines = imap::buildCommand("LOGIN", {{user, false}, {password, true}}, literals, sasl::mask(), &bad);
    if (!lines) {
        fail(FailureKind::Usage,
             bad == 0 ? tr("The user name contains a line break (CR or LF) or a NUL character, which the IMAP LOGIN "
                           "command cannot carry.")
                      : tr("The password contains a line break (CR or LF) or a NUL character, which the IMAP LOGIN "
                           "command cannot carry."));
        return;
    }
    m_mechanism.reset();
    m_result.facts.mechanism = QStringLiteral("LOGIN");
    rememberSecret(password);
    if (const auto quoted = imap::quoteString(password))
        rememberSecret(*quoted);
    command(Phase::Login, std::move(*lines));
}

void ImapCheck::startSasl()
{
    m_mechanism = prepareSasl(authMechanisms());
    if (!m_mechanism)
        return;
    m_initialSent = false;
    m_pendingInitial.reset();
    const QByteArray name = m_mechanism->name();
    // RFC 4959 (SASL-IR): the initial response goes on the AUTHENTICATE line when offered and
    // when the line stays within the 8192 octets servers must accept (RFC 7162 §4); a longer
    // one (a Microsoft token is over 4 KB) is sent after the server's "+" instead.
    if (m_mechanism->hasInitialResponse() && hasCapability("SASL-IR")) {
        const sasl::Step step = m_mechanism->initialResponse();
        if (step.kind == sasl::Step::Kind::Fail) {
            fail(FailureKind::AuthMechanism, step.error);
            return;
        }
        const qsizetype line = 16 /* tag */ + qsizetype(sizeof("AUTHENTICATE ")) + name.size()
            + (step.response.size() + 2) / 3 * 4 + 2;
        if (line > kMaxSaslIrLine) {
            m_pendingInitial = step;
            command(Phase::Authenticate, "AUTHENTICATE " + name);
            return;
        }
        m_initialSent = true;
        const QByteArray encoded = step.response.isEmpty() ? QByteArrayLiteral("=") : step.response.toBase64();
        rememberSecret(encoded);
        command(Phase::Authenticate, "AUTHENTICATE " + name + ' ' + encoded,
                QStringLiteral("AUTHENTICATE %1 %2").arg(QString::fromLatin1(name), step.display));
        return;
    }
    command(Phase::Authenticate, "AUTHENTICATE " + name);
}

void ImapCheck::handleContinuation(const imap::ImapResponse &response)
{
    if (!m_pendingLines.isEmpty()) {
        // The go-ahead for a synchronizing literal (RFC 9051 §7.5).
        stopWaiting();
        sendPendingLines();
        waitForReply();
        return;
    }
    if (m_phase != Phase::Authenticate || !m_mechanism) {
        // A continuation where none can be due (e.g. answering STARTTLS) is a protocol violation.
        fail(FailureKind::ProtocolError, tr("The server asked for more data (\"+\") where none was expected."));
        return;
    }
    stopWaiting();
    const QByteArray text = response.text.trimmed().toLatin1();
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        fail(FailureKind::ProtocolError, tr("The server's AUTHENTICATE challenge is not valid base64."));
        return;
    }
    if (m_mechanism->hasInitialResponse() && !m_initialSent) {
        m_initialSent = true;
        // A mechanism answers initialResponse() once: reuse the one kept for this line.
        sendSaslStep(m_pendingInitial ? *std::exchange(m_pendingInitial, std::nullopt) : m_mechanism->initialResponse());
        return;
    }
    const QString described = m_mechanism->describeChallenge(*decoded);
    if (!described.isEmpty())
        logInfo(tr("challenge: %1").arg(described));
    sendSaslStep(m_mechanism->challenge(*decoded));
}

void ImapCheck::sendSaslStep(const sasl::Step &step)
{
    sendSaslResponse(step);
}

void ImapCheck::afterAuth()
{
    m_mailboxes.clear();
    m_mailboxCount = 0;
    beginStep(QStringLiteral("list"));
    command(Phase::List, R"(LIST "" "*")");
}

void ImapCheck::finishList()
{
    QJsonArray folders;
    QJsonObject specialUse;
    QStringList specialNames;
    for (const imap::MailboxInfo &mailbox : std::as_const(m_mailboxes)) {
        QJsonArray attributes;
        for (const QByteArray &a : mailbox.attributes)
            attributes.append(QString::fromUtf8(a));
        QJsonArray uses;
        for (const imap::SpecialUse use : mailbox.specialUses) {
            uses.append(specialUseKey(use));
            if (!specialUse.contains(specialUseKey(use))) {
                specialUse.insert(specialUseKey(use), mailbox.name);
                specialNames << QStringLiteral("%1=%2").arg(specialUseKey(use), mailbox.name);
            }
        }
        folders.append(QJsonObject{{QStringLiteral("name"), mailbox.name},
                                   {QStringLiteral("delimiter"), QString::fromUtf8(mailbox.delimiter)},
                                   {QStringLiteral("attributes"), attributes},
                                   {QStringLiteral("special_use"), uses}});
    }
    m_result.protocolFacts.insert(QStringLiteral("folders"), folders);
    m_result.protocolFacts.insert(QStringLiteral("folder_count"), m_mailboxCount);
    m_result.protocolFacts.insert(QStringLiteral("special_use"), specialUse);
    endStep(Step::Status::Ok, specialNames.isEmpty()
                                  ? tr("%n folder(s); no special-use folders marked", nullptr, m_mailboxCount)
                                  : tr("%n folder(s); %1", nullptr, m_mailboxCount).arg(specialNames.join(QStringLiteral(", "))));
    beginStep(QStringLiteral("examine"));
    m_exists.reset();
    m_uidValidity.reset();
    command(Phase::Examine, "EXAMINE INBOX");
}

void ImapCheck::finishExamine()
{
    QJsonObject inbox;
    inbox.insert(QStringLiteral("exists"), m_exists ? QJsonValue(qint64(*m_exists)) : QJsonValue(QJsonValue::Null));
    inbox.insert(QStringLiteral("uidvalidity"),
                 m_uidValidity ? QJsonValue(qint64(*m_uidValidity)) : QJsonValue(QJsonValue::Null));
    m_result.protocolFacts.insert(QStringLiteral("inbox"), inbox);
    endStep(m_exists ? Step::Status::Ok : Step::Status::Warning,
            m_exists ? tr("INBOX holds %n message(s)", nullptr, int(*m_exists)) + QStringLiteral(", UIDVALIDITY %1").arg(m_uidValidity.value_or(0))
                     : tr("the server did not say how many messages INBOX holds"));
    logout();
}

void ImapCheck::logout()
{
    beginStep(QStringLiteral("logout"));
    command(Phase::Logout, "LOGOUT");
}

void ImapCheck::connectionClosed()
{
    if (m_phase == Phase::Logout) {
        endStep(Step::Status::Ok, tr("the server closed the connection"));
        succeed();
        return;
    }
    Check::connectionClosed();
}

}  // namespace md
