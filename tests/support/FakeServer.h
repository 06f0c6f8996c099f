#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QSslSocket;
class QTcpServer;
class QTimer;

namespace md::test {

/// One step of a scenario script. See Scenario for the syntax.
struct ScenarioStep
{
    enum class Kind {
        Send,     ///< `S: text` - text + CRLF; `S! text` - raw text, escapes decoded, no CRLF
        Expect,   ///< `C: pattern` - the client's next line must match the glob pattern
        SkipUntil,///< `...` - ignore client lines until the next C: matches (last: until close)
        Wait,     ///< `W: ms` - pause, asynchronously
        Close,    ///< `X` - close the connection (pending writes are flushed first)
        StartTls, ///< `TLS` - start server-side TLS; the script goes on once it is encrypted
    };
    Kind kind = Kind::Send;
    QByteArray data; ///< bytes to send (Send) or the glob pattern (Expect)
    int milliseconds = 0;
    int lineNumber = 0; ///< 1-based line in the script, for failure messages
};

/// A dialogue script for FakeServer, read like a transcript. One step per line:
///
///   S: text      server sends text + CRLF. A run of consecutive S:/S! lines goes out in ONE
///                write() (one TCP segment in practice): that is how bytes are injected behind
///                a reply. Put `W: 0` between two S: lines to split them (best effort).
///   S! text      server sends text without CRLF; escapes \r \n \t \\ \xHH are decoded.
///   C: pattern   the client's next line (CRLF stripped) must match; `*` matches any run of
///                bytes (the only wildcard), comparison is case-sensitive. A mismatch is a
///                failure and the server closes the connection.
///   ...          read and ignore client lines until one matches the following C: line; as
///                the last step, keep reading (recording) until the client closes.
///   W: ms        wait ms milliseconds (QTimer) before the next step.
///   X            close the connection.
///   TLS          start server-side TLS now (after the S: lines before it were written). Complete
///                lines the client sent before that and that no C: consumed are a failure
///                (RFC 3207 §4.2 / RFC 3501 §6.2.1: nothing may be pipelined after STARTTLS).
///   # comment    ignored, as are blank lines. Leading whitespace on a line is ignored.
///
/// Directives, before the first step:
///   @implicit-tls   TLS from the first byte (SMTPS 465 / IMAPS 993); the script starts once
///                   the handshake is done.
///   @cert NAME      certificate set from make-certs.sh: server (default), wronghost, expired,
///                   selfsigned, unknownca.
///   @timeout MS     how long the server waits for the client (C:, `...`, TLS handshake) before
///                   it records a failure and closes; default 15000.
///
/// End of script: the server closes the connection after the last step, unless the last step
/// is `...`. The client closing the connection is a failure only while a C: line is still
/// unmet; a TLS handshake the client rejects is recorded in FakeServer::tlsErrors(), not as a
/// failure (rejecting a bad certificate is what a certificate test wants).
class Scenario
{
public:
    /// Parses a script; check isValid() / errorString().
    [[nodiscard]] static Scenario fromString(const QString &script,
                                             const QString &name = QStringLiteral("<string>"));
    /// Loads a script file; a relative path is taken relative to tests/scenarios/.
    [[nodiscard]] static Scenario fromFile(const QString &path);
    /// The absolute path of a file under tests/scenarios/, e.g. "smtp/ok-plain.txt".
    [[nodiscard]] static QString scenarioPath(const QString &relativePath);

    [[nodiscard]] bool isValid() const { return m_error.isEmpty(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] const QList<ScenarioStep> &steps() const { return m_steps; }
    [[nodiscard]] bool implicitTls() const { return m_implicitTls; }
    [[nodiscard]] QString certName() const { return m_certName; }
    [[nodiscard]] int timeoutMs() const { return m_timeoutMs; }

    /// Glob match used by `C:` lines: `*` matches any (possibly empty) run of bytes.
    [[nodiscard]] static bool globMatch(const QByteArray &pattern, const QByteArray &text);

private:
    QString m_name;
    QString m_error;
    QList<ScenarioStep> m_steps;
    bool m_implicitTls = false;
    QString m_certName = QStringLiteral("server");
    int m_timeoutMs = 15000;
};

/// A line the client sent, CRLF stripped.
struct ReceivedLine
{
    QByteArray text;
    bool encrypted = false; ///< arrived over TLS
    bool crlf = true;       ///< terminated by CRLF (false: bare LF, which is also a failure)
    int connection = 0;     ///< 0-based index of the connection it arrived on
};

/// A scripted server on 127.0.0.1 for protocol tests: plays one Scenario per connection, in the
/// caller's event loop (asynchronous, never blocks; no threads). Connections are served one at a
/// time, in order: connection i gets the i-th scenario; a connection beyond the last scenario is
/// a failure and is closed at once. Everything the client sends is recorded.
///
///   FakeServer server;
///   QVERIFY(server.loadScenarioFile(QStringLiteral("smtp/ok-plain.txt")));
///   QVERIFY(server.listen());
///   ... point the client at 127.0.0.1:server.port(), CA file TestPki::caFile() ...
///   QTRY_VERIFY(server.isFinished());
///   QVERIFY2(server.failures().isEmpty(), qPrintable(server.failureReport()));
class FakeServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeServer(QObject *parent = nullptr);
    ~FakeServer() override;

    /// Appends a scenario (served to the next connection that has none yet). On a parse error
    /// returns false and records the error in failures().
    bool addScenario(const Scenario &scenario);
    bool loadScenario(const QString &script); ///< addScenario(Scenario::fromString(script))
    bool loadScenarioFile(const QString &path); ///< addScenario(Scenario::fromFile(path))

    /// Starts listening on 127.0.0.1, port chosen by the OS.
    [[nodiscard]] bool listen();
    [[nodiscard]] quint16 port() const;

    [[nodiscard]] const QList<ReceivedLine> &receivedLines() const { return m_lines; }
    /// Just the texts of receivedLines().
    [[nodiscard]] QList<QByteArray> receivedTexts() const;
    /// Every byte the client sent (after TLS decryption), all connections.
    [[nodiscard]] QByteArray receivedBytes() const { return m_bytes; }
    /// Expectation mismatches and other problems, each "name:line: message".
    [[nodiscard]] QStringList failures() const { return m_failures; }
    [[nodiscard]] QString failureReport() const;
    /// TLS errors seen by the server socket (e.g. the client rejecting the certificate).
    [[nodiscard]] QStringList tlsErrors() const { return m_tlsErrors; }
    /// Whether the current (or last) connection reached the encrypted state.
    [[nodiscard]] bool isEncrypted() const { return m_encrypted; }
    [[nodiscard]] int connectionCount() const { return m_connectionCount; }
    /// All scenarios have been played and their connections closed.
    [[nodiscard]] bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void connectionFinished(int connection);
    /// Emitted once, when the last scenario's connection is closed.
    void finished();

private:
    void onIncoming(QSslSocket *socket);
    void startNext();
    void run();
    void onReadyRead();
    void onEncrypted();
    void onDisconnected();
    void onWaitTimeout();
    void onClientTimeout();
    bool takeLine(QByteArray *line);
    [[nodiscard]] bool tlsHandshakeNext() const; ///< only S:/W: steps left before a TLS step
    void fail(int lineNumber, const QString &message);
    void closeConnection(bool abort = false);
    void connectionDone();
    [[nodiscard]] const Scenario &scenario() const { return m_scenarios.at(m_current); }

    QTcpServer *m_server = nullptr;
    QList<Scenario> m_scenarios;
    QList<QSslSocket *> m_queue; ///< accepted connections waiting for their turn
    QPointer<QSslSocket> m_socket;
    int m_current = -1;          ///< index of the scenario being played
    int m_step = 0;
    bool m_waitingTls = false;
    bool m_closing = false;
    bool m_clientGone = false;
    QByteArray m_partial;        ///< bytes of an incomplete client line
    QList<ReceivedLine> m_pending; ///< complete lines not yet consumed by C:
    QTimer *m_waitTimer = nullptr;
    QTimer *m_clientTimer = nullptr;

    QList<ReceivedLine> m_lines;
    QByteArray m_bytes;
    QStringList m_failures;
    QStringList m_tlsErrors;
    bool m_encrypted = false;
    bool m_finished = false;
    int m_connectionCount = 0;
};

} // namespace md::test
