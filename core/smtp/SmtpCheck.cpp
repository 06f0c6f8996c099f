#include "SmtpCheck.h"

#include "account/InputValidation.h"
#include "net/Connection.h"

#include <QDateTime>
#include <QLocale>
#include <QUuid>
#include <utility>

namespace md {

SmtpCheck::SmtpCheck(ServerSettings settings, QObject *parent) : Check(std::move(settings), parent) {}

SmtpCheck::~SmtpCheck() = default;

void SmtpCheck::connectionReady()
{
    m_phase = Phase::Greeting;
    beginStep(QStringLiteral("greeting"));
    waitForReply();
}

void SmtpCheck::command(Phase phase, const QByteArray &wire, const QString &display)
{
    m_phase = phase;
    sendLine(wire, display);
    waitForReply();
}

void SmtpCheck::bytesReceived(const QByteArray &data)
{
    m_parser.feed(data);
    while (!isFinished()) {
        auto reply = m_parser.next();
        if (!reply)
            break;
        for (QByteArray &line : reply->rawLines)
            line = maskEchoes(line);
        for (QByteArray &line : reply->lines)
            line = maskEchoes(line);
        stopWaiting();
        for (const QByteArray &raw : reply->rawLines)
            logReceived(QString::fromUtf8(raw));
        handleReply(*reply);
    }
    if (!isFinished() && m_parser.hasError())
        fail(FailureKind::ProtocolError, tr("The server broke the SMTP protocol: %1").arg(m_parser.errorString()));
}

void SmtpCheck::recordReply(const smtp::Reply &reply)
{
    if (Step *step = currentStep()) {
        step->replyCode = reply.code;
        step->enhancedCode = reply.enhancedCode;
        step->serverText = reply.text();
    }
}

void SmtpCheck::failWithReply(FailureKind kind, const QString &what, const smtp::Reply &reply)
{
    recordReply(reply);
    const QString code = reply.enhancedCode.isEmpty() ? QString::number(reply.code)
                                                      : QStringLiteral("%1 %2").arg(reply.code).arg(reply.enhancedCode);
    fail(kind, tr("%1: %2 %3").arg(what, code, reply.text()));
}

void SmtpCheck::handleReply(const smtp::Reply &reply)
{
    // 421: the service is closing the channel, whatever we asked (RFC 5321 §3.8).
    if (reply.code == 421 && m_phase != Phase::Quit) {
        failWithReply(FailureKind::Rejected, tr("The server is closing the connection"), reply);
        return;
    }
    switch (m_phase) {
    case Phase::Greeting:
        if (reply.code != 220) {
            failWithReply(FailureKind::Rejected, tr("The server refused the session"), reply);
            return;
        }
        recordReply(reply);
        endStep(Step::Status::Ok, reply.text());
        beginStep(QStringLiteral("ehlo"));
        if (!requireUsable(input::ehloNameProblem(ehloName())))
            return;
        command(Phase::Ehlo, "EHLO " + ehloName().toUtf8());
        return;
    case Phase::Ehlo:
    case Phase::EhloAfterTls:
        if (reply.code == 250) {
            recordReply(reply);
            afterHello(smtp::Capabilities::fromEhlo(reply), isEncrypted());
            return;
        }
        if (reply.isPermanentFailure() && m_phase == Phase::Ehlo) {
            // RFC 5321 §4.1.4: a client may fall back to HELO when EHLO is not recognised.
            recordReply(reply);
            endStep(Step::Status::Warning, tr("EHLO refused (%1); trying HELO").arg(reply.code));
            beginStep(QStringLiteral("helo"));
            command(Phase::Helo, "HELO " + ehloName().toUtf8());
            return;
        }
        failWithReply(FailureKind::Rejected, tr("EHLO was refused"), reply);
        return;
    case Phase::Helo:
        if (reply.code != 250) {
            failWithReply(FailureKind::Rejected, tr("HELO was refused"), reply);
            return;
        }
        recordReply(reply);
        afterHello(smtp::Capabilities{}, isEncrypted());
        return;
    case Phase::StartTls:
        if (reply.code != 220) {
            failWithReply(FailureKind::Rejected, tr("The server refused STARTTLS"), reply);
            return;
        }
        recordReply(reply);
        // Malformed injected bytes put the parser in error (and it drops them): that counts too.
        if (!requireNothingBehindStartTls(m_parser.bufferedBytes() > 0 || m_parser.hasError()))
            return;
        endStep(Step::Status::Ok, reply.text());
        m_parser.reset();
        m_phase = Phase::Handshake;
        upgradeToTls();
        return;
    case Phase::Auth:
        handleAuthReply(reply);
        return;
    case Phase::MailFrom:
        if (reply.code != 250) {
            failWithReply(FailureKind::Rejected, tr("The sender %1 was refused").arg(m_settings.from), reply);
            return;
        }
        recordReply(reply);
        endStep(Step::Status::Ok, tr("sender %1 accepted").arg(m_settings.from));
        m_recipient = 0;
        nextRecipient();
        return;
    case Phase::RcptTo:
        if (reply.code != 250 && reply.code != 251) {
            failWithReply(FailureKind::Rejected,
                          tr("The recipient %1 was refused").arg(m_settings.to.value(m_recipient)), reply);
            return;
        }
        recordReply(reply);
        endStep(Step::Status::Ok, tr("recipient %1 accepted").arg(m_settings.to.value(m_recipient)));
        ++m_recipient;
        nextRecipient();
        return;
    case Phase::Data:
        if (reply.code != 354) {
            failWithReply(FailureKind::Rejected, tr("DATA was refused"), reply);
            return;
        }
        recordReply(reply);
        sendMessage();
        return;
    case Phase::Message:
        if (reply.code != 250) {
            failWithReply(FailureKind::Rejected, tr("The message was not accepted"), reply);
            return;
        }
        recordReply(reply);
        endStep(Step::Status::Ok, tr("message accepted: %1").arg(reply.text()));
        quit();
        return;
    case Phase::Rset:
        recordReply(reply);
        endStep(reply.code == 250 ? Step::Status::Ok : Step::Status::Warning, reply.text());
        quit();
        return;
    case Phase::Quit:
        recordReply(reply);
        endStep(reply.code == 221 ? Step::Status::Ok : Step::Status::Warning, reply.text());
        m_phase = Phase::Done;
        succeed();
        return;
    case Phase::Handshake:
    case Phase::Done:
        fail(FailureKind::ProtocolError, tr("The server sent a reply nobody asked for: %1").arg(reply.text()));
        return;
    }
}

void SmtpCheck::afterHello(const smtp::Capabilities &caps, bool afterTls)
{
    m_caps = caps;
    QStringList listed = caps.all;
    if (!caps.esmtp)
        listed.clear();
    if (afterTls)
        m_result.capabilitiesAfterTls = listed;
    else
        m_result.capabilitiesBeforeTls = listed;
    endStep(Step::Status::Ok, caps.esmtp ? tr("%n extension(s) advertised", nullptr, int(caps.all.size()))
                                         : tr("no extensions (HELO)"));

    if (m_settings.security == Security::StartTls && !isEncrypted()) {
        beginStep(QStringLiteral("starttls"));
        if (!requireStartTlsOffered(caps.startTls))
            return;
        command(Phase::StartTls, "STARTTLS");
        return;
    }
    startAuth();
}

void SmtpCheck::tlsEstablished()
{
    // RFC 3207 §4.2: forget everything learned before TLS and ask again.
    m_parser.reset();
    m_caps = {};
    beginStep(QStringLiteral("ehlo_tls"));
    command(Phase::EhloAfterTls, "EHLO " + ehloName().toUtf8());
}

void SmtpCheck::startAuth()
{
    if (m_settings.user.isEmpty()) {
        startEnvelope();
        return;
    }
    beginStep(QStringLiteral("auth"));
    m_mechanism = prepareSasl(m_caps.authMechanisms);
    if (!m_mechanism)
        return;
    m_phase = Phase::Auth;
    m_initialPending = false;
    if (!m_mechanism->hasInitialResponse()) {
        command(Phase::Auth, "AUTH " + m_mechanism->name());
        return;
    }
    const sasl::Step initial = m_mechanism->initialResponse();
    // RFC 4954 §4: the AUTH command is bound by SMTP's 512-octet command line (RFC 5321
    // §4.5.3.1.4); an initial response that would not fit (a Microsoft access token is over
    // 4 KB) is sent on its own line after the server's empty 334 challenge.
    const qsizetype base64 = (initial.response.size() + 2) / 3 * 4;
    const qsizetype line = qsizetype(sizeof("AUTH ") - 1) + m_mechanism->name().size() + 1 + base64 + 2;  // + CRLF
    if (initial.kind == sasl::Step::Kind::Respond && line > kMaxCommandLine) {
        m_pendingInitial = initial;
        m_initialPending = true;
        command(Phase::Auth, "AUTH " + m_mechanism->name());
        return;
    }
    sendSaslStep(initial, true);
}

void SmtpCheck::sendSaslStep(const sasl::Step &step, bool initial)
{
    const QByteArray prefix = initial ? "AUTH " + m_mechanism->name() + ' ' : QByteArray();
    const QString displayPrefix = QString::fromLatin1(prefix);
    switch (step.kind) {
    case sasl::Step::Kind::Respond: {
        // RFC 4954 §4: an empty initial response is sent as "=".
        const QByteArray encoded = step.response.isEmpty() && initial ? QByteArrayLiteral("=") : step.response.toBase64();
        rememberSecret(encoded);
        command(Phase::Auth, prefix + encoded, displayPrefix + step.display);
        return;
    }
    case sasl::Step::Kind::Done:
        command(Phase::Auth, prefix.trimmed(), initial ? displayPrefix.trimmed() : tr("(empty response)"));
        return;
    case sasl::Step::Kind::Fail:
        // RFC 4954 §4: "*" cancels the exchange.
        if (!initial)
            sendLine("*");
        fail(FailureKind::AuthMechanism, step.error);
        return;
    }
}

void SmtpCheck::handleAuthReply(const smtp::Reply &reply)
{
    if (reply.code == 334 && m_initialPending) {
        m_initialPending = false;
        const sasl::Step initial = std::exchange(m_pendingInitial, {});
        sendSaslStep(initial, false);
        return;
    }
    if (reply.code == 334) {
        const QByteArray challenge = reply.lines.value(0).trimmed();
        const auto decoded = QByteArray::fromBase64Encoding(challenge, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            fail(FailureKind::ProtocolError, tr("The server's AUTH challenge is not valid base64."));
            return;
        }
        const QString described = m_mechanism->describeChallenge(*decoded);
        if (!described.isEmpty())
            logInfo(tr("challenge: %1").arg(described));
        sendSaslStep(m_mechanism->challenge(*decoded), false);
        return;
    }
    recordReply(reply);
    if (reply.code == 235) {
        const sasl::Step last = m_mechanism->serverSuccess({});
        if (last.kind == sasl::Step::Kind::Fail) {
            fail(FailureKind::AuthMechanism, last.error);
            return;
        }
        endStep(Step::Status::Ok,
                tr("authenticated as %1 with %2").arg(m_settings.user, QString::fromLatin1(m_mechanism->name())));
        startEnvelope();
        return;
    }
    const QString serverError = m_mechanism->serverErrorDetail();
    m_result.facts.saslError = m_mechanism->serverErrorReport();
    failWithReply(FailureKind::Rejected,
                  serverError.isEmpty() ? tr("Authentication failed")
                                        : tr("Authentication failed (%1)").arg(serverError),
                  reply);
}

void SmtpCheck::startEnvelope()
{
    if (m_settings.from.isEmpty()) {
        quit();
        return;
    }
    beginStep(QStringLiteral("mail_from"));
    if (!requireUsable(input::senderAddressProblem(m_settings.from)))
        return;
    command(Phase::MailFrom, "MAIL FROM:<" + m_settings.from.toUtf8() + '>');
}

void SmtpCheck::nextRecipient()
{
    if (m_recipient < m_settings.to.size()) {
        beginStep(QStringLiteral("rcpt_to"));
        if (!requireUsable(input::recipientAddressProblem(m_settings.to.at(m_recipient))))
            return;
        command(Phase::RcptTo, "RCPT TO:<" + m_settings.to.at(m_recipient).toUtf8() + '>');
        return;
    }
    if (m_settings.send && !m_settings.to.isEmpty()) {
        beginStep(QStringLiteral("data"));
        command(Phase::Data, "DATA");
        return;
    }
    beginStep(QStringLiteral("rset"));
    command(Phase::Rset, "RSET");
}

void SmtpCheck::sendMessage()
{
    const QString domain = m_settings.from.section(QLatin1Char('@'), 1).isEmpty()
                               ? QStringLiteral("maildoctor.invalid")
                               : m_settings.from.section(QLatin1Char('@'), 1);
    const QByteArray message =
        smtp::buildTestMessage(m_settings.from, m_settings.to, m_settings.host, QDateTime::currentDateTimeUtc(), domain);
    const QByteArray stuffed = smtp::dotStuff(message);
    QStringList display;
    for (const QByteArray &line : stuffed.split('\n')) {
        if (!line.isEmpty())
            display << QString::fromUtf8(line.endsWith('\r') ? line.chopped(1) : line);
    }
    m_phase = Phase::Message;
    sendRaw(stuffed, display);
    waitForReply();
}

void SmtpCheck::quit()
{
    beginStep(QStringLiteral("quit"));
    command(Phase::Quit, "QUIT");
}

void SmtpCheck::connectionClosed()
{
    if (m_phase == Phase::Quit) {
        endStep(Step::Status::Warning, tr("the server closed the connection without answering QUIT"));
        succeed();
        return;
    }
    Check::connectionClosed();
}

namespace smtp {

QByteArray buildTestMessage(const QString &from, const QStringList &to, const QString &server, const QDateTime &now,
                            const QString &messageIdDomain)
{
    const QString date = QLocale::c().toString(now.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) +
                         QStringLiteral(" +0000");
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList recipients;
    for (const QString &address : to)
        recipients << QStringLiteral("<%1>").arg(address);
    QStringList lines = {
        QStringLiteral("From: <%1>").arg(from),
        QStringLiteral("To: %1").arg(recipients.join(QStringLiteral(", "))),
        QStringLiteral("Subject: Mail Doctor test message"),
        QStringLiteral("Date: %1").arg(date),
        QStringLiteral("Message-ID: <%1@%2>").arg(id, messageIdDomain),
        QStringLiteral("MIME-Version: 1.0"),
        QStringLiteral("Content-Type: text/plain; charset=us-ascii"),
        QStringLiteral("Content-Transfer-Encoding: 7bit"),
        QStringLiteral("X-Mailer: Mail Doctor"),
        QString(),
        QStringLiteral("This is a test message sent by Mail Doctor through %1.").arg(server),
        QStringLiteral("It shows that the server accepted mail from %1.").arg(from),
        QStringLiteral("You can delete it."),
    };
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray dotStuff(const QByteArray &message)
{
    QByteArray out;
    out.reserve(message.size() + 8);
    bool atLineStart = true;
    for (const char c : message) {
        if (atLineStart && c == '.')
            out.append('.');
        out.append(c);
        atLineStart = c == '\n';
    }
    if (!out.endsWith("\r\n"))
        out.append("\r\n");
    out.append(".\r\n");
    return out;
}

}  // namespace smtp
}  // namespace md
