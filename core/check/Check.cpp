#include "Check.h"

#include "account/InputValidation.h"
#include "net/CaFile.h"
#include "net/Connection.h"
#include "net/TlsWarmup.h"
#include "sasl/Policy.h"

#include <QFile>
#include <QJsonObject>
#include <QHostInfo>
#include <QSslCertificate>

namespace md {

Check::Check(ServerSettings settings, QObject *parent) : QObject(parent), m_settings(std::move(settings))
{
    m_replyTimer.setSingleShot(true);
    connect(&m_replyTimer, &QTimer::timeout, this, &Check::onReplyTimeout);
    m_result.protocol = m_settings.protocol;
    m_result.host = m_settings.host;
    m_result.port = m_settings.port;
    m_result.security = m_settings.security;
    m_result.pinConfigured = !m_settings.pinnedSpki.isEmpty();
}

Check::~Check() = default;

void Check::start()
{
    m_clock.start();
    beginStep(QStringLiteral("resolve"));
    if (!requireUsable(input::hostNameProblem(m_settings.host)))
        return;
    if (m_settings.port == 0) {
        fail(FailureKind::Usage, tr("No server port was given."));
        return;
    }

    Connection::Options options;
    options.timeouts = m_settings.timeouts;
    options.pinnedSpki = m_settings.pinnedSpki;
    options.proxy = m_settings.proxy;
    // TLS comes after the connect (and for STARTTLS the greeting): get it ready meanwhile.
    if (m_settings.security != Security::None)
        startTlsWarmup(m_settings.caFile);
    if (!m_settings.caFile.isEmpty()) {
        options.caFile = m_settings.caFile;  // parsed when TLS starts, after the warm-up
        if (!looksLikePemCertificates(m_settings.caFile)) {
            fail(FailureKind::Usage,
                 tr("The CA file \"%1\" could not be read or holds no PEM certificate.").arg(m_settings.caFile));
            return;
        }
    }

    if (!m_settings.dnsServer.isEmpty()) {
        options.dns = Resolver::parseServer(m_settings.dnsServer);
        if (!options.dns) {
            fail(FailureKind::Usage,
                 tr("\"%1\" is not a DNS server address (ADDR or ADDR:PORT).").arg(m_settings.dnsServer));
            return;
        }
        options.dns->timeoutMs = std::max(100, m_settings.timeouts.resolveMs / 3);
    }

    m_connection = new Connection(options, this);
    connect(m_connection, &Connection::resolved, this, [this](const QList<QHostAddress> &addresses, qint64) {
        QStringList list;
        for (const QHostAddress &a : addresses)
            list << a.toString();
        logInfo(tr("%1 resolves to %2").arg(m_settings.host, list.join(QStringLiteral(", "))));
        endStep(Step::Status::Ok, list.join(QStringLiteral(", ")));
        beginStep(QStringLiteral("connect"));
    });
    connect(m_connection, &Connection::connecting, this, [this](const QHostAddress &address) {
        logInfo(tr("Connecting to %1 port %2 …").arg(address.toString()).arg(m_settings.port));
    });
    connect(m_connection, &Connection::attemptFailed, this, [this](const QHostAddress &address, const QString &why) {
        logInfo(tr("%1 port %2: %3").arg(address.toString()).arg(m_settings.port).arg(why));
    });
    connect(m_connection, &Connection::connected, this, [this](const QHostAddress &address, qint64) {
        if (m_finished)
            return;
        if (m_settings.proxy.isSet()) {
            connectedViaProxy(address);
            return;
        }
        m_result.connectedAddress = address.toString();
        m_result.ipv6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        const QString family = m_result.ipv6 ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
        logInfo(tr("Connected to %1 port %2 (%3)").arg(address.toString()).arg(m_settings.port).arg(family));
        endStep(Step::Status::Ok, tr("%1 (%2)").arg(address.toString(), family));
        if (m_settings.security != Security::Tls)
            connectionReady();
    });
    connect(m_connection, &Connection::handshakeStarted, this, [this] {
        beginStep(QStringLiteral("tls"));
        logTls(tr("Starting TLS handshake (verifying the certificate for \"%1\")").arg(m_settings.host));
    });
    connect(m_connection, &Connection::tlsMessage, this, &Check::logTls);
    connect(m_connection, &Connection::encrypted, this, [this](qint64) {
        const TlsReport &tls = m_connection->tlsReport();
        m_result.tls = tls;
        const QString trust = tls.pinned ? tr("trusted by its pinned key")
                              : tls.verified ? tr("certificate verified")
                                             : tr("certificate NOT verified");
        const QString summary = tr("%1, %2, %3").arg(tls.protocol, tls.cipher, trust);
        logTls(tr("TLS established: %1").arg(summary));
        if (!tls.chain.isEmpty())
            logTls(tr("Server certificate: %1 (issued by %2, valid until %3)")
                       .arg(tls.chain.first().subject, tls.chain.first().issuer,
                            tls.chain.first().notAfter.toString(Qt::ISODate)));
        endStep(Step::Status::Ok, summary);
        if (m_settings.security == Security::Tls && !m_greeted) {
            m_greeted = true;
            connectionReady();
        } else {
            tlsEstablished();
        }
    });
    connect(m_connection, &Connection::dataReceived, this, [this](const QByteArray &data) {
        if (!m_finished)
            bytesReceived(data);
    });
    connect(m_connection, &Connection::failed, this, [this](FailureKind kind, const QString &message) {
        if (m_connection->tlsAttempted()) {
            m_result.tls = m_connection->tlsReport();
            // Show what the server presented, so a refused certificate can be judged.
            if (!m_result.tls->chain.isEmpty()) {
                const CertificateInfo &leaf = m_result.tls->chain.first();
                logTls(tr("Server certificate: %1 (issued by %2, valid %3 to %4; names: %5)")
                           .arg(leaf.subject, leaf.issuer, leaf.notBefore.toString(Qt::ISODate),
                                leaf.notAfter.toString(Qt::ISODate),
                                leaf.subjectAltNames.isEmpty() ? tr("none")
                                                               : leaf.subjectAltNames.join(QStringLiteral(", "))));
            }
        }
        fail(kind, message);
    });
    connect(m_connection, &Connection::closedByPeer, this, [this] {
        if (!m_finished)
            connectionClosed();
    });

    logInfo(tr("Checking %1 on %2 port %3 (%4)")
                .arg(toString(m_settings.protocol).toUpper(), m_settings.host)
                .arg(m_settings.port)
                .arg(m_settings.security == Security::Tls        ? tr("implicit TLS")
                     : m_settings.security == Security::StartTls ? tr("STARTTLS")
                                                                 : tr("no encryption")));
    if (m_settings.proxy.isSet()) {
        const ProxySettings &proxy = m_settings.proxy;
        m_result.protocolFacts.insert(QStringLiteral("proxy"),
                                      QJsonObject{{QStringLiteral("type"), proxy.typeName().toLower()},
                                                  {QStringLiteral("host"), proxy.host},
                                                  {QStringLiteral("port"), proxy.port},
                                                  {QStringLiteral("user"), proxy.user}});
        endStep(Step::Status::Skipped, tr("the proxy resolves the name"));
        beginStep(QStringLiteral("connect"));
        logInfo(tr("Connecting to %1 port %2 through the %3 proxy %4 (the proxy resolves the name) …")
                    .arg(m_settings.host)
                    .arg(m_settings.port)
                    .arg(proxy.typeName(), proxy.displayUrl()));
    }
    m_connection->open(m_settings.host, m_settings.port, m_settings.security == Security::Tls);
}

void Check::connectedViaProxy(const QHostAddress &reached)
{
    const ProxySettings &proxy = m_settings.proxy;
    const QString via = QStringLiteral("%1:%2").arg(proxy.host).arg(proxy.port);
    // SOCKS5 and CONNECT by name do not say which address the proxy chose; say so.
    if (!reached.isNull()) {
        m_result.connectedAddress = reached.toString();
        m_result.ipv6 = reached.protocol() == QAbstractSocket::IPv6Protocol;
    }
    if (reached.isNull()) {
        logInfo(tr("Connected to %1 port %2 through the %3 proxy %4 (it does not say which address it reached)")
                    .arg(m_settings.host)
                    .arg(m_settings.port)
                    .arg(proxy.typeName(), via));
    } else if (reached.toString() == Connection::verifyName(m_settings.host).remove(QLatin1Char('[')).remove(QLatin1Char(']'))) {
        logInfo(tr("Connected to %1 port %2 through the %3 proxy %4")
                    .arg(reached.toString())
                    .arg(m_settings.port)
                    .arg(proxy.typeName(), via));
    } else {
        logInfo(tr("Connected to %1 port %2 (%3) through the %4 proxy %5")
                    .arg(m_settings.host)
                    .arg(m_settings.port)
                    .arg(reached.toString(), proxy.typeName(), via));
    }
    endStep(Step::Status::Ok, tr("through the %1 proxy %2").arg(proxy.typeName(), via));
    if (m_settings.security != Security::Tls)
        connectionReady();
}

void Check::cancel()
{
    if (!m_finished)
        fail(FailureKind::Cancelled, tr("The check was cancelled."));
}

void Check::beginStep(const QString &name)
{
    if (m_stepOpen)
        endStep(Step::Status::Ok, {});
    Step step;
    step.name = name;
    step.startMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    m_result.steps << step;
    m_stepClock.start();
    m_stepOpen = true;
    emit stepStarted(name);
}

Step *Check::currentStep()
{
    return m_result.steps.isEmpty() ? nullptr : &m_result.steps.last();
}

void Check::endStep(Step::Status status, const QString &detail)
{
    if (!m_stepOpen)
        return;
    Step &step = m_result.steps.last();
    step.status = status;
    step.ms = m_stepClock.elapsed();
    if (!detail.isEmpty())
        step.detail = detail;
    m_stepOpen = false;
    emit stepFinished(step);
}

void Check::skipStep(const QString &name, const QString &detail)
{
    beginStep(name);
    endStep(Step::Status::Skipped, detail);
}

void Check::emitEvent(TranscriptEvent::Kind kind, const QString &text)
{
    TranscriptEvent e;
    e.ms = m_clock.isValid() ? m_clock.elapsed() : 0;
    e.kind = kind;
    e.text = text;
    e.encrypted = isEncrypted();
    m_result.transcript << e;
    emit transcriptEvent(e);
}

void Check::sendLine(const QByteArray &wire, const QString &display)
{
    emitEvent(TranscriptEvent::Kind::Sent, display.isEmpty() ? QString::fromUtf8(wire) : display);
    m_connection->write(wire + "\r\n");
}

void Check::sendRaw(const QByteArray &bytes, const QStringList &displayLines)
{
    for (const QString &line : displayLines)
        emitEvent(TranscriptEvent::Kind::Sent, line);
    m_connection->write(bytes);
}

void Check::connectionClosed()
{
    const QString stepName = inStep() ? currentStep()->name : QString();
    fail(FailureKind::Closed, stepName.isEmpty()
                                  ? tr("The server closed the connection.")
                                  : tr("The server closed the connection during the %1 step.").arg(stepName));
}

void Check::rememberSecret(const QByteArray &wire)
{
    // Short values ("=" for an empty response) would mask ordinary server words.
    if (wire.size() >= 6 && !m_secrets.contains(wire))
        m_secrets << wire;
}

QByteArray Check::maskEchoes(QByteArray text) const
{
    constexpr qsizetype kMinEcho = 8;  // shorter fragments reveal nothing useful
    const QByteArray masked = sasl::mask().toUtf8();
    for (const QByteArray &secret : m_secrets) {
        const qsizetype minimum = std::min(kMinEcho, secret.size());
        const QByteArray head = secret.left(minimum);
        qsizetype from = 0;
        while ((from = text.indexOf(head, from)) >= 0) {
            qsizetype length = minimum;
            while (length < secret.size() && from + length < text.size() && text[from + length] == secret[length])
                ++length;
            text.replace(from, length, masked);
            from += masked.size();
        }
    }
    return text;
}

void Check::logReceived(const QString &line)
{
    if (m_result.facts.banner.isEmpty())
        m_result.facts.banner = line;
    emitEvent(TranscriptEvent::Kind::Received, line);
}

void Check::logInfo(const QString &text)
{
    emitEvent(TranscriptEvent::Kind::Info, text);
}

void Check::logTls(const QString &text)
{
    emitEvent(TranscriptEvent::Kind::Tls, text);
}

void Check::waitForReply()
{
    m_replyTimer.start(std::max(1, m_settings.timeouts.replyMs));
}

void Check::stopWaiting()
{
    m_replyTimer.stop();
}

sasl::Credentials Check::credentials() const
{
    sasl::Credentials c;
    c.user = m_settings.user;
    c.password = m_settings.password;
    c.token = m_settings.token;
    c.host = Connection::verifyName(m_settings.host);
    c.port = m_settings.port;
    return c;
}

bool Check::requireStartTlsOffered(bool offered)
{
    if (!offered) {
        fail(FailureKind::StartTlsUnavailable,
             tr("The server does not offer STARTTLS, so the connection cannot be encrypted. The check stops "
                "rather than continue without encryption."));
    }
    return offered;
}

bool Check::requireNothingBehindStartTls(bool dataPending)
{
    if (dataPending) {
        fail(FailureKind::StartTlsInjection,
             tr("The server (or someone in between) sent data behind the STARTTLS reply before the "
                "TLS handshake. It could be forged, so the check stops here."));
    }
    return !dataPending;
}

bool Check::requireCredentialsProtected()
{
    // Stricter than the mechanism policy on purpose: not even SCRAM's user name goes out in
    // plaintext without the user's explicit consent.
    if (isEncrypted() || m_settings.allowPlaintextAuth)
        return true;
    fail(FailureKind::PlaintextRefused,
         tr("The connection is not encrypted, so the user name and password were not sent. Use TLS or "
            "STARTTLS, or allow unencrypted authentication explicitly if you accept the risk."));
    return false;
}

bool Check::requireUsable(const QString &problem)
{
    if (!problem.isEmpty())
        fail(FailureKind::Usage, problem);
    return problem.isEmpty();
}

std::unique_ptr<sasl::Mechanism> Check::prepareSasl(const QList<QByteArray> &offered)
{
    if (!requireUsable(input::userNameProblem(m_settings.user)) || !requireCredentialsProtected())
        return nullptr;
    if (offered.isEmpty()) {
        fail(FailureKind::AuthUnavailable, tr("The server offers no authentication on this port."));
        return nullptr;
    }
    const sasl::Selection selection = sasl::selectMechanism(offered, m_settings.authMechanism.toUtf8(), credentials(),
                                                            isEncrypted(), m_settings.allowPlaintextAuth);
    if (!selection.ok()) {
        fail(*selection.failure == sasl::SelectionFailure::NeedsEncryption ? FailureKind::PlaintextRefused
                                                                           : FailureKind::AuthUnavailable,
             selection.message);
        return nullptr;
    }
    auto mechanism = sasl::createMechanism(selection.mechanism, credentials());
    if (mechanism)
        m_result.facts.mechanism = QString::fromLatin1(selection.mechanism).toUpper();
    if (!mechanism)
        fail(FailureKind::AuthUnavailable,
             tr("The mechanism %1 is not supported.").arg(QString::fromLatin1(selection.mechanism)));
    return mechanism;
}

void Check::sendSaslResponse(const sasl::Step &step)
{
    switch (step.kind) {
    case sasl::Step::Kind::Respond:
        rememberSecret(step.response.toBase64());
        sendLine(step.response.toBase64(), step.display);
        waitForReply();
        return;
    case sasl::Step::Kind::Done:
        sendLine(QByteArray(), tr("(empty response)"));
        waitForReply();
        return;
    case sasl::Step::Kind::Fail:
        sendLine("*");
        fail(FailureKind::AuthMechanism, step.error);
        return;
    }
}

void Check::upgradeToTls()
{
    m_connection->startTls();
}

bool Check::isEncrypted() const
{
    return m_connection && m_connection->isEncrypted();
}

QString Check::ehloName() const
{
    if (!m_settings.heloName.isEmpty())
        return m_settings.heloName;
    // RFC 5321 §4.1.4: a FQDN, or an address literal when there is none.
    const QString host = QHostInfo::localHostName();
    if (host.contains(QLatin1Char('.')))
        return host;
    const QHostAddress local = m_connection ? m_connection->localAddress() : QHostAddress();
    if (local.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[IPv6:%1]").arg(local.toString());
    if (!local.isNull())
        return QStringLiteral("[%1]").arg(local.toString());
    return QStringLiteral("[127.0.0.1]");
}

void Check::onReplyTimeout()
{
    const QString stepName = inStep() ? currentStep()->name : QString();
    const double seconds = m_settings.timeouts.replyMs / 1000.0;
    if (stepName == QLatin1String("greeting")) {
        fail(FailureKind::GreetingTimeout,
             tr("Connected, but the server sent no greeting within %1 s.").arg(seconds));
    } else {
        fail(FailureKind::ReplyTimeout, tr("The server did not answer within %1 s during the %2 step.")
                                            .arg(seconds)
                                            .arg(stepName));
    }
}

void Check::fail(FailureKind kind, const QString &message)
{
    if (m_finished)
        return;
    stopWaiting();
    if (!m_stepOpen)
        beginStep(QStringLiteral("check"));
    m_result.failure = kind;
    m_result.failedStep = currentStep()->name;
    m_result.failureMessage = message;
    emitEvent(TranscriptEvent::Kind::Error, message);
    endStep(Step::Status::Failed, message);
    m_result.ok = false;
    finish();
}

void Check::succeed()
{
    if (m_finished)
        return;
    stopWaiting();
    if (m_stepOpen)
        endStep(Step::Status::Ok, {});
    m_result.ok = true;
    finish();
}

void Check::finish()
{
    m_finished = true;
    if (m_connection)
        m_connection->abort();
    m_result.totalMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    emit finished(m_result);
}

}  // namespace md
