#include "FakeServer.h"

#include "TestPki.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMetaObject>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>

#include <functional>

namespace md::test {

namespace {

constexpr qsizetype kMaxLineLength = 64 * 1024;        // one client line, CRLF excluded
constexpr qsizetype kMaxReceivedBytes = 16 * 1024 * 1024; // everything recorded, all connections
constexpr int kCloseGraceMs = 5000; // a graceful close that does not finish by then is aborted

/// A QTcpServer that hands every accepted descriptor over as a (still unencrypted) QSslSocket,
/// so that each connection can start TLS at once (implicit TLS) or later (STARTTLS). QSslServer
/// (Qt 6.4) always handshakes at once, which rules out STARTTLS.
class Listener : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;
    std::function<void(qintptr)> onConnection;

protected:
    void incomingConnection(qintptr descriptor) override { onConnection(descriptor); }
};

QByteArray decodeEscapes(const QString &text, QString *error)
{
    const QByteArray in = text.toUtf8();
    QByteArray out;
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= in.size()) {
            *error = QStringLiteral("dangling backslash");
            return {};
        }
        switch (in.at(i)) {
        case 'r': out += '\r'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '\\': out += '\\'; break;
        case 'x': {
            const QByteArray hex = in.mid(i + 1, 2);
            bool ok = false;
            const int value = hex.toInt(&ok, 16);
            if (hex.size() != 2 || !ok) {
                *error = QStringLiteral("bad \\x escape");
                return {};
            }
            out += char(value);
            i += 2;
            break;
        }
        default:
            *error = QStringLiteral("unknown escape \\%1").arg(QLatin1Char(in.at(i)));
            return {};
        }
    }
    return out;
}

QString printable(const QByteArray &bytes)
{
    QByteArray shown = bytes.left(200);
    shown.replace('\r', "\\r").replace('\n', "\\n");
    return QString::fromUtf8(shown) + (bytes.size() > 200 ? QStringLiteral("...") : QString());
}

} // namespace

// ---- Scenario -------------------------------------------------------------------------------

Scenario Scenario::fromString(const QString &script, const QString &name)
{
    Scenario s;
    s.m_name = name;
    const QStringList lines = script.split(QLatin1Char('\n'));
    const auto error = [&s](int lineNumber, const QString &message) {
        s.m_error = QStringLiteral("%1:%2: %3").arg(s.m_name).arg(lineNumber).arg(message);
        s.m_steps.clear();
        return s;
    };

    for (int i = 0; i < lines.size(); ++i) {
        const int lineNumber = i + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        qsizetype start = 0;
        while (start < line.size() && line.at(start).isSpace())
            ++start;
        line = line.mid(start);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;

        // "S: text" -> "text" (one optional space after the two-character tag)
        const auto argument = [&line] {
            const QString rest = line.mid(2);
            return rest.startsWith(QLatin1Char(' ')) ? rest.mid(1) : rest;
        };

        ScenarioStep step;
        step.lineNumber = lineNumber;
        if (trimmed.startsWith(QLatin1Char('@'))) {
            if (!s.m_steps.isEmpty())
                return error(lineNumber, QStringLiteral("directives must come before the first step"));
            const QStringList words = trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString directive = words.first();
            if (directive == QLatin1String("@implicit-tls") && words.size() == 1) {
                s.m_implicitTls = true;
            } else if (directive == QLatin1String("@cert") && words.size() == 2) {
                s.m_certName = words.at(1);
            } else if (directive == QLatin1String("@timeout") && words.size() == 2) {
                bool ok = false;
                s.m_timeoutMs = words.at(1).toInt(&ok);
                if (!ok || s.m_timeoutMs <= 0)
                    return error(lineNumber, QStringLiteral("bad @timeout value"));
            } else {
                return error(lineNumber, QStringLiteral("unknown directive: %1").arg(trimmed));
            }
            continue;
        } else if (line.startsWith(QLatin1String("S:"))) {
            step.kind = ScenarioStep::Kind::Send;
            step.data = argument().toUtf8() + QByteArrayLiteral("\r\n");
        } else if (line.startsWith(QLatin1String("S!"))) {
            step.kind = ScenarioStep::Kind::Send;
            QString escapeError;
            step.data = decodeEscapes(argument(), &escapeError);
            if (!escapeError.isEmpty())
                return error(lineNumber, escapeError);
        } else if (line.startsWith(QLatin1String("C:"))) {
            step.kind = ScenarioStep::Kind::Expect;
            step.data = argument().toUtf8();
        } else if (line.startsWith(QLatin1String("W:"))) {
            step.kind = ScenarioStep::Kind::Wait;
            bool ok = false;
            step.milliseconds = argument().trimmed().toInt(&ok);
            if (!ok || step.milliseconds < 0)
                return error(lineNumber, QStringLiteral("bad W: value"));
        } else if (trimmed == QLatin1String("X")) {
            step.kind = ScenarioStep::Kind::Close;
        } else if (trimmed == QLatin1String("TLS")) {
            step.kind = ScenarioStep::Kind::StartTls;
        } else if (trimmed == QLatin1String("...") || trimmed == QLatin1String("*")) {
            step.kind = ScenarioStep::Kind::SkipUntil;
        } else {
            return error(lineNumber, QStringLiteral("cannot parse: %1").arg(trimmed));
        }
        s.m_steps.append(step);
    }

    for (qsizetype i = 0; i + 1 < s.m_steps.size(); ++i) {
        if (s.m_steps.at(i).kind == ScenarioStep::Kind::SkipUntil
            && s.m_steps.at(i + 1).kind != ScenarioStep::Kind::Expect)
            return error(s.m_steps.at(i).lineNumber,
                         QStringLiteral("'...' must be followed by a C: line or end the script"));
    }
    return s;
}

QString Scenario::scenarioPath(const QString &relativePath)
{
    if (QFileInfo(relativePath).isAbsolute())
        return relativePath;
    return QStringLiteral(MAILDOCTOR_SCENARIO_DIR "/") + relativePath;
}

Scenario Scenario::fromFile(const QString &path)
{
    QFile file(scenarioPath(path));
    if (!file.open(QIODevice::ReadOnly)) {
        Scenario s;
        s.m_name = path;
        s.m_error = QStringLiteral("cannot open scenario %1: %2").arg(file.fileName(), file.errorString());
        return s;
    }
    return fromString(QString::fromUtf8(file.readAll()), path);
}

bool Scenario::globMatch(const QByteArray &pattern, const QByteArray &text)
{
    qsizetype p = 0, t = 0, star = -1, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && pattern.at(p) == '*') {
            star = p++;
            mark = t;
        } else if (p < pattern.size() && pattern.at(p) == text.at(t)) {
            ++p;
            ++t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == '*')
        ++p;
    return p == pattern.size();
}

// ---- FakeServer -----------------------------------------------------------------------------

FakeServer::FakeServer(QObject *parent)
    : QObject(parent)
    , m_waitTimer(new QTimer(this))
    , m_clientTimer(new QTimer(this))
{
    auto *listener = new Listener(this);
    listener->onConnection = [this](qintptr descriptor) {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            fail(0, QStringLiteral("cannot adopt connection: %1").arg(socket->errorString()));
            delete socket;
            return;
        }
        onIncoming(socket);
    };
    m_server = listener;
    m_waitTimer->setSingleShot(true);
    m_clientTimer->setSingleShot(true);
    connect(m_waitTimer, &QTimer::timeout, this, &FakeServer::onWaitTimeout);
    connect(m_clientTimer, &QTimer::timeout, this, &FakeServer::onClientTimeout);
}

FakeServer::~FakeServer()
{
    if (m_socket)
        m_socket->disconnect(this);
    for (QSslSocket *socket : std::as_const(m_queue))
        socket->disconnect(this);
}

bool FakeServer::addScenario(const Scenario &scenario)
{
    if (!scenario.isValid()) {
        m_failures.append(scenario.errorString());
        return false;
    }
    m_scenarios.append(scenario);
    m_finished = false;
    return true;
}

bool FakeServer::loadScenario(const QString &script)
{
    return addScenario(Scenario::fromString(script));
}

bool FakeServer::loadScenarioFile(const QString &path)
{
    return addScenario(Scenario::fromFile(path));
}

bool FakeServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 FakeServer::port() const
{
    return m_server->serverPort();
}

QList<QByteArray> FakeServer::receivedTexts() const
{
    QList<QByteArray> texts;
    for (const ReceivedLine &line : m_lines)
        texts.append(line.text);
    return texts;
}

QString FakeServer::failureReport() const
{
    return m_failures.join(QLatin1Char('\n'));
}

void FakeServer::fail(int lineNumber, const QString &message)
{
    QString where = QStringLiteral("FakeServer");
    if (m_current >= 0 && m_current < m_scenarios.size()) {
        where = scenario().name();
        if (m_scenarios.size() > 1)
            where += QStringLiteral("[connection %1]").arg(m_current);
        if (lineNumber > 0)
            where += QStringLiteral(":%1").arg(lineNumber);
    }
    m_failures.append(where + QStringLiteral(": ") + message);
}

void FakeServer::onIncoming(QSslSocket *socket)
{
    ++m_connectionCount;
    m_queue.append(socket);
    startNext();
}

void FakeServer::startNext()
{
    while (!m_socket && !m_queue.isEmpty()) {
        QSslSocket *socket = m_queue.takeFirst();
        if (m_current + 1 >= m_scenarios.size()) {
            m_failures.append(QStringLiteral("FakeServer: unexpected connection #%1 (%2 scenario(s))")
                                  .arg(m_connectionCount)
                                  .arg(m_scenarios.size()));
            socket->abort();
            socket->deleteLater();
            continue;
        }
        ++m_current;
        m_step = 0;
        m_waitingTls = false;
        m_closing = false;
        m_clientGone = false;
        m_encrypted = false;
        m_partial.clear();
        m_pending.clear();
        m_socket = socket;
        m_clientTimer->setInterval(scenario().timeoutMs());

        connect(socket, &QIODevice::readyRead, this, &FakeServer::onReadyRead);
        connect(socket, &QSslSocket::encrypted, this, &FakeServer::onEncrypted);
        connect(socket, &QAbstractSocket::disconnected, this, &FakeServer::onDisconnected);
        connect(socket, &QAbstractSocket::errorOccurred, this,
                [this, socket](QAbstractSocket::SocketError error) {
                    if (error == QAbstractSocket::SslHandshakeFailedError
                        || error == QAbstractSocket::SslInternalError)
                        m_tlsErrors.append(socket->errorString());
                });
        connect(socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            for (const QSslError &error : errors)
                m_tlsErrors.append(error.errorString());
        });
        connect(socket, &QSslSocket::alertReceived, this,
                [this](QSsl::AlertLevel, QSsl::AlertType, const QString &description) {
                    m_tlsErrors.append(QStringLiteral("alert received: ") + description);
                });

        if (scenario().implicitTls()) {
            QString error;
            const QSslConfiguration config = TestPki::serverConfiguration(scenario().certName(), &error);
            if (config.isNull()) {
                fail(0, error);
                closeConnection(true);
                return;
            }
            socket->setSslConfiguration(config);
            m_waitingTls = true;
            m_clientTimer->start();
            socket->startServerEncryption();
        } else {
            run();
        }
    }
}

bool FakeServer::takeLine(QByteArray *line)
{
    if (m_pending.isEmpty())
        return false;
    *line = m_pending.takeFirst().text;
    return true;
}

void FakeServer::run()
{
    if (!m_socket || m_closing || m_waitingTls || m_waitTimer->isActive())
        return;
    m_clientTimer->stop();
    const QList<ScenarioStep> &steps = scenario().steps();
    // Ends the connection from our side: close it, or just wrap up if the client already left.
    const auto finish = [this] {
        if (m_clientGone)
            connectionDone();
        else
            closeConnection();
    };
    const auto waitForClient = [this, &finish](const ScenarioStep &step, const QByteArray &expected) {
        if (!m_clientGone) {
            m_clientTimer->start();
            return;
        }
        if (!expected.isNull())
            fail(step.lineNumber, QStringLiteral("client closed the connection; expected \"%1\"")
                                      .arg(printable(expected)));
        finish();
    };

    while (m_step < steps.size()) {
        const ScenarioStep &step = steps.at(m_step);
        switch (step.kind) {
        case ScenarioStep::Kind::Send: {
            QByteArray out;
            while (m_step < steps.size() && steps.at(m_step).kind == ScenarioStep::Kind::Send)
                out += steps.at(m_step++).data;
            if (!m_clientGone)
                m_socket->write(out); // one write for the whole run of S:/S! lines
            break;
        }
        case ScenarioStep::Kind::Expect: {
            QByteArray line;
            if (!takeLine(&line))
                return waitForClient(step, step.data);
            if (!Scenario::globMatch(step.data, line)) {
                fail(step.lineNumber, QStringLiteral("expected \"%1\", got \"%2\"")
                                          .arg(printable(step.data), printable(line)));
                closeConnection();
                return;
            }
            ++m_step;
            break;
        }
        case ScenarioStep::Kind::SkipUntil: {
            if (m_step + 1 == steps.size()) { // trailing "...": read until the client closes
                m_pending.clear();
                return waitForClient(step, QByteArray());
            }
            const ScenarioStep &next = steps.at(m_step + 1);
            QByteArray line;
            bool matched = false;
            while (!matched && takeLine(&line))
                matched = Scenario::globMatch(next.data, line);
            if (!matched)
                return waitForClient(next, next.data);
            m_step += 2;
            break;
        }
        case ScenarioStep::Kind::Wait:
            if (m_clientGone) {
                ++m_step;
                break;
            }
            m_waitTimer->start(step.milliseconds);
            return;
        case ScenarioStep::Kind::Close:
            finish();
            return;
        case ScenarioStep::Kind::StartTls: {
            if (m_clientGone) {
                ++m_step;
                break;
            }
            if (!m_pending.isEmpty() || !m_partial.isEmpty()) {
                QByteArray early = m_partial;
                if (!m_pending.isEmpty())
                    early = m_pending.first().text;
                fail(step.lineNumber,
                     QStringLiteral("client sent data before the TLS handshake: \"%1\"").arg(printable(early)));
                m_pending.clear();
                m_partial.clear();
            }
            QString error;
            const QSslConfiguration config = TestPki::serverConfiguration(scenario().certName(), &error);
            if (config.isNull()) {
                fail(step.lineNumber, error);
                closeConnection(true);
                return;
            }
            m_socket->setSslConfiguration(config);
            m_socket->flush(); // the plaintext reply goes out before the handshake starts
            m_waitingTls = true;
            m_clientTimer->start();
            m_socket->startServerEncryption();
            return;
        }
        }
    }
    finish();
}

void FakeServer::onReadyRead()
{
    if (!m_socket)
        return;
    if (tlsHandshakeNext() && m_partial.isEmpty() && m_socket->peek(1) == QByteArrayLiteral("\x16"))
        return; // a TLS record (ClientHello) sent during a W: before TLS: leave it to the handshake
    const QByteArray data = m_socket->readAll();
    if (data.isEmpty())
        return;
    if (m_bytes.size() + data.size() > kMaxReceivedBytes) {
        fail(0, QStringLiteral("client sent more than %1 bytes").arg(kMaxReceivedBytes));
        closeConnection(true);
        return;
    }
    m_bytes += data;
    m_partial += data;
    const bool encrypted = m_socket->isEncrypted();
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        ReceivedLine line;
        line.text = m_partial.left(newline);
        m_partial.remove(0, newline + 1);
        line.crlf = line.text.endsWith('\r');
        if (line.crlf)
            line.text.chop(1);
        line.encrypted = encrypted;
        line.connection = m_current;
        m_lines.append(line);
        if (line.text.size() > kMaxLineLength) {
            fail(0, QStringLiteral("client line longer than %1 bytes").arg(kMaxLineLength));
            closeConnection(true);
            return;
        }
        if (!line.crlf)
            fail(0, QStringLiteral("client line not terminated by CRLF: \"%1\"").arg(printable(line.text)));
        if (!m_closing)
            m_pending.append(line);
    }
    if (m_partial.size() > kMaxLineLength) {
        fail(0, QStringLiteral("client line longer than %1 bytes").arg(kMaxLineLength));
        closeConnection(true);
        return;
    }
    run();
}

bool FakeServer::tlsHandshakeNext() const
{
    if (m_socket->isEncrypted() || m_waitingTls)
        return false;
    const QList<ScenarioStep> &steps = scenario().steps();
    qsizetype i = m_step;
    while (i < steps.size()
           && (steps.at(i).kind == ScenarioStep::Kind::Send || steps.at(i).kind == ScenarioStep::Kind::Wait))
        ++i;
    return i < steps.size() && steps.at(i).kind == ScenarioStep::Kind::StartTls;
}

void FakeServer::onEncrypted()
{
    m_encrypted = true;
    m_waitingTls = false;
    m_clientTimer->stop();
    if (m_step < scenario().steps().size()
        && scenario().steps().at(m_step).kind == ScenarioStep::Kind::StartTls)
        ++m_step; // STARTTLS step done; with implicit TLS the script starts now
    run();
    // Application data may have arrived together with the handshake's last flight.
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void FakeServer::onDisconnected()
{
    if (!m_socket)
        return;
    if (m_closing) {
        connectionDone();
        return;
    }
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (!m_socket)
        return;
    m_clientGone = true;
    if (m_waitingTls) {
        m_waitingTls = false;
        if (m_step < scenario().steps().size()
            && scenario().steps().at(m_step).kind == ScenarioStep::Kind::StartTls)
            ++m_step;
    }
    if (m_waitTimer->isActive()) {
        m_waitTimer->stop();
        ++m_step;
    }
    run();
    if (m_socket && !m_closing) // run() returned without wrapping up (cannot happen, but be sure)
        connectionDone();
}

void FakeServer::onWaitTimeout()
{
    ++m_step;
    run();
}

void FakeServer::onClientTimeout()
{
    if (!m_socket)
        return;
    if (m_closing) {
        m_socket->abort();
        if (m_socket)
            connectionDone();
        return;
    }
    const QList<ScenarioStep> &steps = scenario().steps();
    const int lineNumber = m_step < steps.size() ? steps.at(m_step).lineNumber : 0;
    fail(lineNumber, QStringLiteral("timed out after %1 ms waiting for the client%2")
                         .arg(m_clientTimer->interval())
                         .arg(m_waitingTls ? QStringLiteral(" (TLS handshake)") : QString()));
    closeConnection(true);
}

void FakeServer::closeConnection(bool abort)
{
    if (!m_socket || m_closing)
        return;
    m_closing = true;
    m_waitTimer->stop();
    m_clientTimer->start(kCloseGraceMs);
    QPointer<QSslSocket> socket = m_socket;
    if (abort)
        socket->abort();
    else
        socket->disconnectFromHost();
    // Either call may already have emitted disconnected() (and so run connectionDone()).
    if (socket && m_socket == socket && socket->state() == QAbstractSocket::UnconnectedState)
        connectionDone();
}

void FakeServer::connectionDone()
{
    QSslSocket *socket = m_socket;
    if (!socket)
        return;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->deleteLater();
    m_waitTimer->stop();
    m_clientTimer->stop();
    m_waitingTls = false;
    m_pending.clear();
    m_partial.clear();
    Q_EMIT connectionFinished(m_current);
    if (m_current + 1 >= m_scenarios.size() && !m_finished) {
        m_finished = true;
        Q_EMIT finished();
    }
    // Not from inside the slot that got us here: the next connection starts on a clean stack.
    QMetaObject::invokeMethod(this, &FakeServer::startNext, Qt::QueuedConnection);
}

} // namespace md::test
