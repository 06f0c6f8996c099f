#include "Pop3Check.h"

#include "account/InputValidation.h"
#include "sasl/Policy.h"

#include <QJsonObject>
#include <QRegularExpression>

namespace md {

namespace {

// RFC 5034 §4: the AUTH command with its initial response must fit in 255 octets.
constexpr qsizetype kMaxAuthLine = 255;

bool hasLineBreakOrNul(const QByteArray &value)
{
    return value.contains('\r') || value.contains('\n') || value.contains('\0');
}

}  // namespace

Pop3Check::Pop3Check(ServerSettings settings, QObject *parent) : Check(std::move(settings), parent)
{
}

Pop3Check::~Pop3Check() = default;

void Pop3Check::connectionReady()
{
    m_phase = Phase::Greeting;
    m_parser.setMultiLineExpected(false);
    beginStep(QStringLiteral("greeting"));
    waitForReply();
}

void Pop3Check::command(Phase phase, const QByteArray &wire, const QString &display, bool multiLine)
{
    m_phase = phase;
    m_parser.setMultiLineExpected(multiLine);
    sendLine(wire, display);
    waitForReply();
}

void Pop3Check::bytesReceived(const QByteArray &data)
{
    m_parser.feed(data);
    while (!isFinished()) {
        auto response = m_parser.next();
        if (!response)
            break;
        response->raw = maskEchoes(response->raw);
        response->text = maskEchoes(response->text);
        for (QByteArray &line : response->lines)
            line = maskEchoes(line);
        stopWaiting();
        logReceived(QString::fromUtf8(response->raw));
        if (response->multiLine) {
            for (const QByteArray &line : std::as_const(response->lines))
                logReceived(QString::fromUtf8(line.startsWith('.') ? '.' + line : line));
            logReceived(QStringLiteral("."));
        }
        handleResponse(*response);
    }
    if (!isFinished() && m_parser.hasError())
        fail(FailureKind::ProtocolError, tr("The server broke the POP3 protocol: %1").arg(m_parser.errorString()));
}

void Pop3Check::recordResponse(const pop3::Response &response)
{
    if (Step *step = currentStep()) {
        step->responseCode = QString::fromLatin1(response.code);
        step->serverText = QString::fromUtf8(response.text);
    }
}

void Pop3Check::failWithResponse(FailureKind kind, const QString &what, const pop3::Response &response)
{
    recordResponse(response);
    const QString code
        = response.code.isEmpty() ? QString() : QStringLiteral("[%1] ").arg(QString::fromLatin1(response.code));
    fail(kind,
        tr("%1: %2 %3%4")
            .arg(what, response.isOk() ? QStringLiteral("+OK") : QStringLiteral("-ERR"), code,
                QString::fromUtf8(response.text)));
}

void Pop3Check::handleResponse(const pop3::Response &response)
{
    if (response.isContinuation() && m_phase != Phase::Auth) {
        fail(FailureKind::ProtocolError, tr("The server asked for more data (\"+\") where none was expected."));
        return;
    }
    switch (m_phase) {
    case Phase::Greeting:
        handleGreeting(response);
        return;
    case Phase::Capa:
    case Phase::CapaAfterTls:
        handleCapa(response);
        return;
    case Phase::Stls:
        if (!response.isOk()) {
            failWithResponse(FailureKind::Rejected, tr("The server refused STLS"), response);
            return;
        }
        recordResponse(response);
        // Malformed injected bytes put the parser in error (and it drops them): that counts too.
        if (!requireNothingBehindStartTls(m_parser.bufferedBytes() > 0 || m_parser.hasError()))
            return;
        endStep(Step::Status::Ok, QString::fromUtf8(response.text));
        m_parser.reset();
        m_phase = Phase::Handshake;
        upgradeToTls();
        return;
    case Phase::Auth:
        handleAuth(response);
        return;
    case Phase::User:
        if (!response.isOk()) {
            failWithResponse(FailureKind::Rejected, tr("The user name was refused"), response);
            return;
        }
        rememberSecret(m_settings.password.toUtf8());
        command(Phase::Pass, "PASS " + m_settings.password.toUtf8(), QStringLiteral("PASS %1").arg(sasl::mask()));
        return;
    case Phase::Pass:
        if (!response.isOk()) {
            failWithResponse(FailureKind::Rejected, tr("Authentication failed"), response);
            return;
        }
        recordResponse(response);
        endStep(Step::Status::Ok, tr("authenticated as %1 with USER/PASS").arg(m_settings.user));
        afterAuth();
        return;
    case Phase::Stat:
        handleStat(response);
        return;
    case Phase::Quit:
        recordResponse(response);
        endStep(response.isOk() ? Step::Status::Ok : Step::Status::Warning, QString::fromUtf8(response.text));
        m_phase = Phase::Done;
        succeed();
        return;
    case Phase::Handshake:
    case Phase::Done:
        fail(FailureKind::ProtocolError,
            tr("The server sent a response nobody asked for: %1").arg(QString::fromUtf8(response.raw.left(200))));
        return;
    }
}

void Pop3Check::handleGreeting(const pop3::Response &response)
{
    if (!response.isOk()) {
        failWithResponse(FailureKind::Rejected, tr("The server refused the session"), response);
        return;
    }
    recordResponse(response);
    // RFC 1939 §7: a msg-id style timestamp in the greeting means the server offers APOP. It is
    // only noted: APOP rests on MD5 and is not used.
    static const QRegularExpression timestamp(QStringLiteral("<[^<>\\s@]+@[^<>\\s]+>"));
    if (timestamp.match(QString::fromUtf8(response.text)).hasMatch()) {
        m_result.protocolFacts.insert(QStringLiteral("apop_timestamp"), true);
        logInfo(tr("The greeting carries an APOP timestamp; APOP is not used (it relies on MD5)."));
    }
    endStep(Step::Status::Ok, QString::fromUtf8(response.text));
    beginStep(QStringLiteral("capa"));
    command(Phase::Capa, "CAPA", {}, true);
}

void Pop3Check::handleCapa(const pop3::Response &response)
{
    recordResponse(response);
    m_capabilities.clear();
    m_haveCapabilities = response.isOk();
    if (response.isOk()) {
        QStringList list;
        for (const QByteArray &line : response.lines) {
            const QByteArray cap = line.trimmed();
            if (cap.isEmpty())
                continue;
            m_capabilities << cap;
            list << QString::fromUtf8(cap);
        }
        if (isEncrypted())
            m_result.capabilitiesAfterTls = list;
        else
            m_result.capabilitiesBeforeTls = list;
        endStep(Step::Status::Ok, tr("%n capabilities", nullptr, int(m_capabilities.size())));
    } else {
        // RFC 2449 is optional: an old server answers -ERR and simply has no list.
        endStep(Step::Status::Warning, tr("the server does not list its capabilities (no CAPA)"));
    }
    capabilitiesKnown();
}

void Pop3Check::capabilitiesKnown()
{
    if (m_settings.security == Security::StartTls && !isEncrypted()) {
        beginStep(QStringLiteral("starttls"));
        if (!requireStartTlsOffered(hasCapability("STLS")))
            return;
        command(Phase::Stls, "STLS");
        return;
    }
    startAuth();
}

void Pop3Check::tlsEstablished()
{
    // RFC 2595 §4: discard what was learnt before TLS and ask again.
    m_parser.reset();
    m_capabilities.clear();
    m_haveCapabilities = false;
    beginStep(QStringLiteral("capa_tls"));
    command(Phase::CapaAfterTls, "CAPA", {}, true);
}

bool Pop3Check::hasCapability(const char *name) const
{
    for (const QByteArray &cap : m_capabilities) {
        const QByteArray word = cap.split(' ').constFirst();
        if (qstricmp(word.constData(), name) == 0)
            return true;
    }
    return false;
}

QList<QByteArray> Pop3Check::saslMechanisms() const
{
    QList<QByteArray> mechanisms;
    for (const QByteArray &cap : m_capabilities) {
        const QList<QByteArray> words = cap.simplified().split(' ');
        if (words.size() > 1 && qstricmp(words.constFirst().constData(), "SASL") == 0)
            mechanisms << words.mid(1);
    }
    return mechanisms;
}

void Pop3Check::startAuth()
{
    if (m_settings.user.isEmpty()) {
        quit();
        return;
    }
    const QString requested = m_settings.authMechanism.toLower();
    // Auto: AUTH when the server offers a mechanism these credentials can use, USER/PASS
    // otherwise (a password against SASL XOAUTH2 alone still has USER/PASS).
    bool useUserPass = requested == QLatin1String("user");
    if (requested == QLatin1String("auto") && !m_settings.password.isEmpty()) {
        const sasl::Selection selection = sasl::selectMechanism(
            saslMechanisms(), "auto", credentials(), isEncrypted(), m_settings.allowPlaintextAuth);
        useUserPass = !selection.ok()
            && (*selection.failure == sasl::SelectionFailure::NoneOffered
                || *selection.failure == sasl::SelectionFailure::NoUsableCredentials);
    }
    if (useUserPass) {
        beginStep(QStringLiteral("login"));
        startUserPass();
        return;
    }
    beginStep(QStringLiteral("auth"));
    startSasl();
}

void Pop3Check::startUserPass()
{
    if (!requireCredentialsProtected())
        return;
    // RFC 2449 §6.8: a server that lists capabilities but not USER does not take USER/PASS here.
    if (m_haveCapabilities && !hasCapability("USER")) {
        fail(FailureKind::AuthUnavailable,
            isEncrypted() ? tr("The server does not offer USER/PASS login (no USER capability).")
                          : tr("The server does not offer USER/PASS login on this unencrypted connection (no USER "
                               "capability)."));
        return;
    }
    if (!requireUsable(input::userNameProblem(m_settings.user)))
        return;
    if (hasLineBreakOrNul(m_settings.password.toUtf8())) {
        fail(FailureKind::Usage,
            tr("The password contains a line break (CR or LF) or a NUL character, which the POP3 PASS command "
               "cannot carry."));
        return;
    }
    m_mechanism.reset();
    m_result.facts.mechanism = QStringLiteral("USER");
    command(Phase::User, "USER " + m_settings.user.toUtf8());
}

void Pop3Check::startSasl()
{
    m_mechanism = prepareSasl(saslMechanisms());
    if (!m_mechanism)
        return;
    m_initialPending = false;
    const QByteArray name = m_mechanism->name();
    if (m_mechanism->hasInitialResponse()) {
        const sasl::Step step = m_mechanism->initialResponse();
        if (step.kind == sasl::Step::Kind::Fail) {
            fail(FailureKind::AuthMechanism, step.error);
            return;
        }
        // RFC 5034 §4: "=" stands for an empty initial response.
        const QByteArray encoded = step.response.isEmpty() ? QByteArrayLiteral("=") : step.response.toBase64();
        const QByteArray line = "AUTH " + name + ' ' + encoded;
        if (line.size() <= kMaxAuthLine) {
            rememberSecret(encoded);
            command(Phase::Auth, line, QStringLiteral("AUTH %1 %2").arg(QString::fromLatin1(name), step.display));
            return;
        }
        m_initialPending = true;
    }
    command(Phase::Auth, "AUTH " + name);
}

void Pop3Check::handleAuth(const pop3::Response &response)
{
    if (response.isContinuation()) {
        const auto decoded = QByteArray::fromBase64Encoding(response.text, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            fail(FailureKind::ProtocolError, tr("The server's AUTH challenge is not valid base64."));
            return;
        }
        if (m_initialPending) {
            m_initialPending = false;
            sendSaslResponse(m_mechanism->initialResponse());
            return;
        }
        const QString described = m_mechanism->describeChallenge(*decoded);
        if (!described.isEmpty())
            logInfo(tr("challenge: %1").arg(described));
        sendSaslResponse(m_mechanism->challenge(*decoded));
        return;
    }
    if (!response.isOk()) {
        const QString detail = m_mechanism->serverErrorDetail();
        failWithResponse(FailureKind::Rejected,
            detail.isEmpty() ? tr("Authentication failed") : tr("Authentication failed (%1)").arg(detail), response);
        return;
    }
    const sasl::Step last = m_mechanism->serverSuccess({});
    if (last.kind == sasl::Step::Kind::Fail) {
        fail(FailureKind::AuthMechanism, last.error);
        return;
    }
    recordResponse(response);
    endStep(Step::Status::Ok,
        tr("authenticated as %1 with %2").arg(m_settings.user, QString::fromLatin1(m_mechanism->name())));
    afterAuth();
}

void Pop3Check::afterAuth()
{
    beginStep(QStringLiteral("stat"));
    command(Phase::Stat, "STAT");
}

void Pop3Check::handleStat(const pop3::Response &response)
{
    if (!response.isOk()) {
        failWithResponse(FailureKind::Rejected, tr("STAT failed"), response);
        return;
    }
    recordResponse(response);
    // RFC 1939 §5: "+OK nn mm": the number of messages and their size in octets.
    const QList<QByteArray> words = response.text.simplified().split(' ');
    bool countOk = false;
    bool sizeOk = false;
    const qint64 messages = words.value(0).toLongLong(&countOk);
    const qint64 octets = words.value(1).toLongLong(&sizeOk);
    if (!countOk || !sizeOk || messages < 0 || octets < 0) {
        endStep(Step::Status::Warning, tr("the server's STAT answer does not say how many messages there are"));
        quit();
        return;
    }
    m_result.protocolFacts.insert(QStringLiteral("mailbox"),
        QJsonObject { { QStringLiteral("messages"), messages }, { QStringLiteral("octets"), octets } });
    endStep(Step::Status::Ok,
        tr("%n message(s), %1 octets", nullptr, int(std::min<qint64>(messages, INT_MAX))).arg(octets));
    quit();
}

void Pop3Check::quit()
{
    beginStep(QStringLiteral("quit"));
    command(Phase::Quit, "QUIT");
}

void Pop3Check::connectionClosed()
{
    if (m_phase == Phase::Quit) {
        endStep(Step::Status::Ok, tr("the server closed the connection"));
        succeed();
        return;
    }
    Check::connectionClosed();
}

}  // namespace md
