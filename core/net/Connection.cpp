#include "Connection.h"

#include "net/CaFile.h"
#include "net/TlsWarmup.h"

#include <QHostInfo>
#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace md {

namespace {

QString protocolName(QSsl::SslProtocol protocol)
{
    switch (protocol) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return QStringLiteral("TLS (older than 1.2)");
    }
}

}  // namespace

Connection::Connection(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Connection::onPhaseTimeout);
}

Connection::~Connection()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QString Connection::toString(State state)
{
    switch (state) {
    case State::Idle:
        return QStringLiteral("idle");
    case State::Resolving:
        return QStringLiteral("resolving");
    case State::Connecting:
        return QStringLiteral("connecting");
    case State::Handshaking:
        return QStringLiteral("tls-handshake");
    case State::Plain:
        return QStringLiteral("plain");
    case State::Encrypted:
        return QStringLiteral("encrypted");
    case State::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString Connection::verifyName(const QString &host)
{
    // "mail.example.com." is the same absolute name; certificates never carry the dot.
    return host.endsWith(QLatin1Char('.')) ? host.chopped(1) : host;
}

QHostAddress Connection::localAddress() const
{
    return m_socket ? m_socket->localAddress() : QHostAddress();
}

void Connection::open(const QString &host, quint16 port, bool implicitTls)
{
    m_host = host;
    m_port = port;
    m_implicitTls = implicitTls;
    m_phaseClock.start();

    // An address literal needs no lookup ("[::1]" is accepted too).
    QString literal = host;
    if (literal.startsWith(QLatin1Char('[')) && literal.endsWith(QLatin1Char(']')))
        literal = literal.mid(1, literal.size() - 2);
    QHostAddress address;
    if (address.setAddress(literal) && !m_options.proxy.isSet()) {
        m_host = literal;
        m_addresses = {address};
        emit resolved(m_addresses, 0);
        tryNextAddress();
        return;
    }
    // RFC 6761 §6.4: names under "invalid." never resolve, and resolver libraries should
    // say so at once rather than ask a name server.
    const QString name = verifyName(host).toLower();
    if (name == QLatin1String("invalid") || name.endsWith(QLatin1String(".invalid"))) {
        QMetaObject::invokeMethod(this, [this] {
            failWith(FailureKind::HostNotFound,
                     tr("\"%1\" is under the reserved domain .invalid, which never resolves (RFC 6761).").arg(m_host));
        }, Qt::QueuedConnection);
        return;
    }
    if (m_options.proxy.isSet()) {
        connectViaProxy();
        return;
    }
    m_state = State::Resolving;
    armTimer(m_options.timeouts.resolveMs);
    if (m_options.dns) {
        if (!m_resolver)
            m_resolver = new Resolver(*m_options.dns, this);
        m_resolver->lookup(Resolver::Type::Address, verifyName(host), this,
                           [this](const Resolver::Result &result) { resolverFinished(result); });
        return;
    }
    m_lookupId = QHostInfo::lookupHost(host, this, &Connection::lookupFinished);
}

void Connection::resolverFinished(const Resolver::Result &result)
{
    if (m_state != State::Resolving)
        return;
    m_timer.stop();
    if (!result.ok()) {
        failWith(result.status == Resolver::Status::Timeout ? FailureKind::ResolveTimeout : FailureKind::HostNotFound,
                 tr("The host name \"%1\" could not be resolved: %2").arg(m_host, result.error));
        return;
    }
    m_addresses = result.addresses;
    emit resolved(m_addresses, m_phaseClock.elapsed());
    tryNextAddress();
}

void Connection::lookupFinished(const QHostInfo &info)
{
    m_lookupId = -1;
    if (m_state != State::Resolving)
        return;
    m_timer.stop();
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        failWith(FailureKind::HostNotFound,
                 tr("The host name \"%1\" could not be resolved: %2").arg(m_host, info.errorString()));
        return;
    }
    m_addresses = info.addresses();
    emit resolved(m_addresses, m_phaseClock.elapsed());
    tryNextAddress();
}

void Connection::installSocket(QTcpSocket *socket)
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_socket = socket;
    m_tlsSocket = qobject_cast<QSslSocket *>(socket);
    connect(m_socket, &QTcpSocket::connected, this, &Connection::onConnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &Connection::onSocketError);
    connect(m_socket, &QTcpSocket::disconnected, this, &Connection::onDisconnected);
    connect(m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
}

std::optional<QList<QSslCertificate>> Connection::extraCaCertificates() const
{
    QList<QSslCertificate> certificates = m_options.extraCaCertificates;
    if (!m_options.caFile.isEmpty()) {
        const QList<QSslCertificate> fromFile = loadCaCertificates(m_options.caFile);
        if (fromFile.isEmpty())
            return std::nullopt;
        certificates += fromFile;
    }
    return certificates;
}

QString Connection::caFileProblem() const
{
    return tr("The CA file \"%1\" could not be read or holds no PEM certificate.").arg(m_options.caFile);
}

QSslSocket *Connection::makeTlsSocket(const QList<QSslCertificate> &extraCas)
{
    waitForTlsWarmup();
    auto *socket = new QSslSocket(this);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setProtocol(QSsl::TlsV1_2OrLater);  // RFC 8997: nothing older than TLS 1.2
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    if (!extraCas.isEmpty())
        config.addCaCertificates(extraCas);
    socket->setSslConfiguration(config);
    socket->setPeerVerifyName(verifyName(m_host));

    connect(socket, &QSslSocket::encrypted, this, &Connection::onEncrypted);
    connect(socket, &QSslSocket::sslErrors, this, &Connection::onSslErrors);
    connect(socket, &QSslSocket::alertReceived, this,
            [this](QSsl::AlertLevel, QSsl::AlertType, const QString &description) {
                emit tlsMessage(tr("TLS alert from the server: %1").arg(description));
            });
    return socket;
}

bool Connection::upgradeToTls()
{
    if (m_tlsSocket)
        return true;
    const std::optional<QList<QSslCertificate>> extraCas = extraCaCertificates();
    if (!extraCas) {
        failWith(FailureKind::Usage, caFileProblem());
        return false;
    }
    // Every byte the server sent so far went to the protocol, which judged it before asking
    // for TLS. Bytes still unread here arrived after that: they would be lost in the hand-over
    // (or, were they kept, taken as plaintext past the STARTTLS reply). Refuse, as for bytes
    // injected behind the reply.
    if (m_socket->bytesAvailable() > 0) {
        failWith(FailureKind::StartTlsInjection,
                 tr("The server sent unrequested data before the TLS handshake; not continuing."));
        return false;
    }
    // What we wrote last (STARTTLS) is long on the wire when the server's reply arrives; write
    // out anything still buffered all the same before the plain socket goes.
    m_socket->flush();
    if (m_socket->bytesToWrite() > 0) {
        failWith(FailureKind::Closed, tr("The last command before TLS could not be sent; the connection is not usable."));
        return false;
    }
    // Hand the connected descriptor to a QSslSocket: a duplicate for the new socket, then the
    // plain socket closes its own (close() alone does not end the TCP connection while the
    // duplicate is open).
    const int duplicate = ::fcntl(int(m_socket->socketDescriptor()), F_DUPFD_CLOEXEC, 0);
    QSslSocket *tls = makeTlsSocket(*extraCas);
    if (duplicate < 0 || !tls->setSocketDescriptor(duplicate, QAbstractSocket::ConnectedState, QIODevice::ReadWrite)) {
        if (duplicate >= 0)
            ::close(duplicate);
        const QString why = duplicate < 0 ? QString::fromLocal8Bit(std::strerror(errno)) : tls->errorString();
        tls->deleteLater();
        failWith(FailureKind::TlsHandshake, tr("TLS could not be started on the connection: %1").arg(why));
        return false;
    }
    installSocket(tls);
    return true;
}

void Connection::tryNextAddress()
{
    // Queued after a failed attempt: the connection may have been aborted meanwhile.
    if (m_state == State::Closed)
        return;
    ++m_addressIndex;
    if (m_addressIndex >= m_addresses.size()) {
        const bool timedOut = m_anyAttemptTimedOut;
        failWith(timedOut ? FailureKind::ConnectTimeout : FailureKind::ConnectionRefused,
                 timedOut ? tr("No answer from %1 port %2 within %3 s (%4).")
                                .arg(m_host)
                                .arg(m_port)
                                .arg(m_options.timeouts.connectMs / 1000.0)
                                .arg(m_lastAttemptError)
                          : tr("Could not connect to %1 port %2: %3")
                                .arg(m_host)
                                .arg(m_port)
                                .arg(m_lastAttemptError));
        return;
    }
    const QHostAddress address = m_addresses.at(m_addressIndex);
    m_state = State::Connecting;
    // Directly, a plain socket connects while the TLS stack loads on another thread.
    installSocket(new QTcpSocket(this));
    emit connecting(address);
    m_phaseClock.start();
    armTimer(m_options.timeouts.connectMs);
    m_socket->connectToHost(address, m_port);
}

void Connection::connectViaProxy()
{
    // One attempt: the proxy resolves the name (SOCKS5 with a domain name, RFC 1928 §5; HTTP
    // CONNECT host:port) and picks the address, so nothing is looked up here.
    QString target = m_host;
    if (target.startsWith(QLatin1Char('[')) && target.endsWith(QLatin1Char(']')))
        target = target.mid(1, target.size() - 2);
    m_host = target;
    // Through a proxy the socket talks to the proxy first (SOCKS5 / CONNECT), which Qt does
    // inside the socket: that one is a QSslSocket from the start.
    const std::optional<QList<QSslCertificate>> extraCas = extraCaCertificates();
    if (!extraCas) {
        QMetaObject::invokeMethod(
            this, [this] { failWith(FailureKind::Usage, caFileProblem()); }, Qt::QueuedConnection);
        return;
    }
    m_state = State::Connecting;
    installSocket(makeTlsSocket(*extraCas));
    const ProxySettings &p = m_options.proxy;
    QNetworkProxy proxy(p.type == ProxySettings::Type::Socks5 ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                        p.host, p.port, p.user, p.password);
    // Remote name lookup only; no fallback to a direct connection.
    proxy.setCapabilities(QNetworkProxy::TunnelingCapability | QNetworkProxy::HostNameLookupCapability);
    m_socket->setProxy(proxy);
    m_phaseClock.start();
    armTimer(m_options.timeouts.connectMs);
    m_socket->connectToHost(target, m_port);
}

void Connection::failProxy(QAbstractSocket::SocketError error)
{
    const ProxySettings &p = m_options.proxy;
    const QString proxy = QStringLiteral("%1:%2").arg(p.host).arg(p.port);
    const QString why = m_socket ? m_socket->errorString() : QString();
    switch (error) {
    case QAbstractSocket::ProxyConnectionRefusedError:
    case QAbstractSocket::ProxyConnectionTimeoutError:
    case QAbstractSocket::ProxyNotFoundError:
        failWith(FailureKind::ProxyUnreachable,
                 tr("The %1 proxy %2 could not be reached: %3").arg(p.typeName(), proxy, why));
        return;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        failWith(FailureKind::ProxyAuthFailed,
                 p.user.isEmpty() ? tr("The %1 proxy %2 wants a user name and password: %3").arg(p.typeName(), proxy, why)
                                  : tr("The %1 proxy %2 did not accept the user \"%3\" and its password: %4")
                                        .arg(p.typeName(), proxy, p.user, why));
        return;
    default:
        failWith(FailureKind::ProxyRefused, tr("The %1 proxy %2 did not connect to %3 port %4: %5")
                                                .arg(p.typeName(), proxy, m_host)
                                                .arg(m_port)
                                                .arg(why));
        return;
    }
}

void Connection::onConnected()
{
    m_timer.stop();
    m_peer = m_socket->peerAddress();
    m_state = State::Plain;
    emit connected(m_peer, m_phaseClock.elapsed());
    if (m_implicitTls)
        startTls();
}

void Connection::startTls()
{
    if (!m_socket || m_state != State::Plain)
        return;
    m_state = State::Handshaking;
    m_tlsAttempted = true;
    m_tls = TlsReport{};
    m_tls.peerName = verifyName(m_host);
    emit handshakeStarted();
    m_phaseClock.start();
    if (!upgradeToTls())
        return;
    armTimer(m_options.timeouts.tlsMs);
    m_tlsSocket->startClientEncryption();
}

void Connection::fillTlsChain()
{
    m_tls.chain.clear();
    for (const QSslCertificate &certificate : m_tlsSocket->peerCertificateChain())
        m_tls.chain << describeCertificate(certificate);
}

void Connection::onSslErrors(const QList<QSslError> &errors)
{
    fillTlsChain();
    for (const QSslError &error : errors) {
        m_tls.errors << error.errorString();
        m_tls.errorCodes << int(error.error());
    }
    // A pinned key replaces the CA check for this one server: trust exactly that key,
    // whatever else is wrong with the certificate, and nothing else.
    const QSslCertificate leaf = m_tlsSocket->peerCertificate();
    if (!m_options.pinnedSpki.isEmpty() && !leaf.isNull() && spkiSha256(leaf) == m_options.pinnedSpki) {
        m_tls.pinned = true;
        m_tlsSocket->ignoreSslErrors(errors);
    }
}

void Connection::onEncrypted()
{
    m_timer.stop();
    m_state = State::Encrypted;
    m_tls.protocol = protocolName(m_tlsSocket->sessionProtocol());
    m_tls.cipher = m_tlsSocket->sessionCipher().name();
    fillTlsChain();
    // With a pin, the key must match even when the chain verified on its own.
    if (!m_options.pinnedSpki.isEmpty() && spkiSha256(m_tlsSocket->peerCertificate()) != m_options.pinnedSpki) {
        failWith(FailureKind::TlsVerification,
                 tr("The server's key does not match the pinned key (SPKI SHA-256 %1).")
                     .arg(colonHex(spkiSha256(m_tlsSocket->peerCertificate()))));
        return;
    }
    if (!m_options.pinnedSpki.isEmpty())
        m_tls.pinned = true;
    m_tls.verified = m_tls.errors.isEmpty();
    emit encrypted(m_phaseClock.elapsed());
}

void Connection::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Closed)
        return;
    if (m_state == State::Connecting && m_options.proxy.isSet()) {
        m_timer.stop();
        failProxy(error);
        return;
    }
    if (m_state == State::Connecting) {
        m_timer.stop();
        m_lastAttemptError = m_socket->errorString();
        m_state = State::Idle;  // between attempts; a listener may abort() from attemptFailed
        emit attemptFailed(m_addresses.value(m_addressIndex), m_lastAttemptError);
        // Not from inside the socket's own signal: the next attempt replaces the socket.
        QMetaObject::invokeMethod(this, &Connection::tryNextAddress, Qt::QueuedConnection);
        return;
    }
    if (m_state == State::Handshaking) {
        if (!m_tls.errors.isEmpty() && !m_tls.pinned) {
            QString message = tr("The server's certificate was not accepted: %1").arg(m_tls.errors.join(QStringLiteral("; ")));
            // A name mismatch is often a wrong host setting: say which names would work.
            if (m_tls.errorCodes.contains(int(QSslError::HostNameMismatch)) && !m_tls.chain.isEmpty()) {
                QStringList names;
                for (const QString &san : m_tls.chain.first().subjectAltNames)
                    names << san.section(QLatin1Char(':'), 1);
                if (!names.isEmpty())
                    message += QStringLiteral(". ") + tr("The certificate is valid for: %1.").arg(names.join(QStringLiteral(", ")));
            }
            failWith(FailureKind::TlsVerification, message);
        } else {
            failWith(FailureKind::TlsHandshake, tr("The TLS handshake failed: %1").arg(m_socket->errorString()));
        }
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    failWith(FailureKind::Closed, tr("Connection error: %1").arg(m_socket->errorString()));
}

void Connection::onDisconnected()
{
    if (m_state == State::Closed || m_state == State::Connecting || m_state == State::Idle)
        return;
    if (m_state == State::Handshaking) {
        failWith(FailureKind::TlsHandshake, tr("The server closed the connection during the TLS handshake."));
        return;
    }
    // Deliver whatever arrived before the close first.
    onReadyRead();
    m_timer.stop();
    m_state = State::Closed;
    emit closedByPeer();
}

void Connection::onReadyRead()
{
    if (!m_socket)
        return;
    const QByteArray data = m_socket->readAll();
    if (!data.isEmpty())
        emit dataReceived(data);
}

void Connection::write(const QByteArray &bytes)
{
    if (m_socket && (m_state == State::Plain || m_state == State::Encrypted))
        m_socket->write(bytes);
}

void Connection::abort()
{
    m_timer.stop();
    m_state = State::Closed;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void Connection::armTimer(int ms)
{
    m_timer.start(std::max(1, ms));
}

void Connection::onPhaseTimeout()
{
    switch (m_state) {
    case State::Resolving:
        failWith(FailureKind::ResolveTimeout,
                 tr("Looking up \"%1\" took longer than %2 s.").arg(m_host).arg(m_options.timeouts.resolveMs / 1000.0));
        break;
    case State::Connecting:
        if (m_options.proxy.isSet()) {
            failWith(FailureKind::ProxyRefused,
                     tr("No connection to %1 port %2 through the %3 proxy %4:%5 within %6 s.")
                         .arg(m_host)
                         .arg(m_port)
                         .arg(m_options.proxy.typeName(), m_options.proxy.host)
                         .arg(m_options.proxy.port)
                         .arg(m_options.timeouts.connectMs / 1000.0));
            break;
        }
        m_anyAttemptTimedOut = true;
        m_lastAttemptError = tr("timed out");
        m_socket->disconnect(this);
        m_socket->abort();
        m_state = State::Idle;
        emit attemptFailed(m_addresses.value(m_addressIndex), m_lastAttemptError);
        tryNextAddress();
        break;
    case State::Handshaking:
        failWith(FailureKind::TlsHandshake,
                 tr("The TLS handshake did not finish within %1 s.").arg(m_options.timeouts.tlsMs / 1000.0));
        break;
    default:
        break;
    }
}

void Connection::failWith(FailureKind kind, const QString &message)
{
    abort();
    emit failed(kind, message);
}

}  // namespace md
