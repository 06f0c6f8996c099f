#pragma once

#include "account/ServerSettings.h"
#include "net/FailureKind.h"
#include "net/Resolver.h"
#include "net/TlsReport.h"

#include <QElapsedTimer>
#include <optional>
#include <QHostAddress>
#include <QHostInfo>
#include <QObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace md {

/// One client connection, fully asynchronous: resolve, connect (each resolved address in
/// turn), implicit TLS or a later STARTTLS upgrade, raw bytes out. The TCP connection starts on
/// a plain QTcpSocket, so no TLS code runs before it (TlsWarmup.h), and moves to a QSslSocket
/// when TLS starts.
/// Every phase has a timeout; protocol framing (lines, literals) belongs to the parsers.
class Connection : public QObject
{
    Q_OBJECT
public:
    /// Where the connection is; maps straight onto progress shown to a person.
    enum class State {
        Idle,         ///< nothing started
        Resolving,    ///< looking up the host name
        Connecting,   ///< TCP connect to one of the addresses
        Handshaking,  ///< TLS handshake (implicit TLS or after STARTTLS)
        Plain,        ///< connected, unencrypted
        Encrypted,    ///< connected, TLS established
        Closed        ///< closed or failed; terminal
    };
    Q_ENUM(State)

    struct Options {
        Timeouts timeouts;
        QList<QSslCertificate> extraCaCertificates;  ///< trusted in addition to the system CAs
        /// A PEM file of more CAs to trust, parsed when TLS starts (not before: see TlsWarmup.h);
        /// a file without a certificate then fails the connection with FailureKind::Usage.
        QString caFile;
        QByteArray pinnedSpki;  ///< SHA-256 of the SubjectPublicKeyInfo to trust instead of the CA check
        /// Connect through this proxy: no local name lookup (the proxy resolves the name), one
        /// attempt, and proxy failures reported as FailureKind::Proxy*.
        ProxySettings proxy;
        std::optional<Resolver::Config> dns;  ///< set: resolve through this server (c-ares), not the system
    };

    explicit Connection(Options options, QObject *parent = nullptr);
    ~Connection() override;

    /// Starts resolve + connect (through the proxy, if one is set: then without resolving);
    /// with implicitTls the handshake follows at once.
    void open(const QString &host, quint16 port, bool implicitTls);
    /// Begins the TLS handshake on the established plaintext connection (STARTTLS).
    void startTls();
    void write(const QByteArray &bytes);
    /// Closes without waiting; no signal other than state changes follows.
    void abort();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] static QString toString(State state);
    /// The name a certificate must carry for `host` (a trailing root dot removed).
    [[nodiscard]] static QString verifyName(const QString &host);
    [[nodiscard]] bool isEncrypted() const { return m_state == State::Encrypted; }
    [[nodiscard]] const TlsReport &tlsReport() const { return m_tls; }
    [[nodiscard]] bool tlsAttempted() const { return m_tlsAttempted; }
    [[nodiscard]] QHostAddress peerAddress() const { return m_peer; }
    [[nodiscard]] QHostAddress localAddress() const;

Q_SIGNALS:
    void resolved(const QList<QHostAddress> &addresses, qint64 ms);
    void connecting(const QHostAddress &address);
    void attemptFailed(const QHostAddress &address, const QString &reason);
    void connected(const QHostAddress &address, qint64 ms);
    void handshakeStarted();
    void encrypted(qint64 ms);
    void tlsMessage(const QString &text);
    void dataReceived(const QByteArray &data);
    void failed(md::FailureKind kind, const QString &message);
    void closedByPeer();

private:
    void lookupFinished(const QHostInfo &info);
    void resolverFinished(const Resolver::Result &result);
    void tryNextAddress();
    void onConnected();
    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError(QAbstractSocket::SocketError error);
    void onDisconnected();
    void onReadyRead();
    void onPhaseTimeout();
    void connectViaProxy();
    void failProxy(QAbstractSocket::SocketError error);
    void armTimer(int ms);
    /// Makes `socket` the connection's (m_socket, and m_tlsSocket if it is one), replacing any.
    void installSocket(QTcpSocket *socket);
    /// Options::extraCaCertificates plus the CA file's; nothing when the file yields none.
    [[nodiscard]] std::optional<QList<QSslCertificate>> extraCaCertificates() const;
    [[nodiscard]] QString caFileProblem() const;
    QSslSocket *makeTlsSocket(const QList<QSslCertificate> &extraCas);
    bool upgradeToTls();
    void fillTlsChain();
    void failWith(FailureKind kind, const QString &message);

    Options m_options;
    State m_state = State::Idle;
    QString m_host;
    quint16 m_port = 0;
    bool m_implicitTls = false;
    bool m_tlsAttempted = false;
    int m_lookupId = -1;
    Resolver *m_resolver = nullptr;  ///< only with Options::dns
    QList<QHostAddress> m_addresses;
    int m_addressIndex = -1;
    bool m_anyAttemptTimedOut = false;
    QString m_lastAttemptError;
    QHostAddress m_peer;
    /// The connection: a plain QTcpSocket until TLS starts, then the QSslSocket it was handed
    /// to (m_tlsSocket); a QSslSocket from the start through a proxy.
    QPointer<QTcpSocket> m_socket;
    QPointer<QSslSocket> m_tlsSocket;  ///< m_socket once it is a QSslSocket
    QTimer m_timer;
    QElapsedTimer m_phaseClock;
    TlsReport m_tls;
};

}  // namespace md
