// maildoctor-cli's findings from real situations: the fixture's Dovecot on a wrong port or
// security mode, a wrong password or token, a missing CA, an unresolvable .invalid name, a closed
// port and a port whose SYNs go unanswered. Each test asserts the finding code, its severity and
// the fix (as the flags the text output tells the user to try).
#include "IntegrationSupport.h"

#include <QJsonArray>
#include <QTcpServer>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace md::test;

namespace {

/// A loopback port whose connection attempts get no answer at all: a listening socket with a
/// backlog of 0 whose accept queue is full. Linux then drops further SYNs silently (with
/// net.ipv4.tcp_abort_on_overflow = 0, the default), exactly like a filtering firewall.
class UnansweredPort
{
public:
    UnansweredPort()
    {
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t len = sizeof addr;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr *>(&addr), len) != 0
            || ::listen(m_listener, 0) != 0 || ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
            return;
        m_port = ntohs(addr.sin_port);
        // Fill the accept queue (nobody ever accepts): the first connection completes and waits,
        // the second one's SYN is already dropped.
        for (int i = 0; i < 2; ++i) {
            const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
            ::fcntl(fd, F_SETFL, O_NONBLOCK);
            ::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
            m_fillers << fd;
        }
        // Wait until the first connection is established (its socket turns writable): from then on
        // the accept queue is full and every later SYN is dropped. No fixed sleep.
        pollfd first{m_fillers.first(), POLLOUT, 0};
        int error = -1;
        socklen_t size = sizeof error;
        if (::poll(&first, 1, 10000) != 1
            || ::getsockopt(first.fd, SOL_SOCKET, SO_ERROR, &error, &size) != 0 || error != 0)
            m_port = 0;  // the tests using it fail on port 0 with a clear message
    }
    ~UnansweredPort()
    {
        for (const int fd : std::as_const(m_fillers))
            ::close(fd);
        if (m_listener >= 0)
            ::close(m_listener);
    }
    [[nodiscard]] quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    QList<int> m_fillers;
    quint16 m_port = 0;
};

bool abortOnOverflow()
{
    QFile f(QStringLiteral("/proc/sys/net/ipv4/tcp_abort_on_overflow"));
    return f.open(QIODevice::ReadOnly) && f.readAll().trimmed() != "0";
}

}  // namespace

class TestDiagnosisDovecot : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_env;

    QStringList base(const QString &protocol, const QString &portKey, const QString &security, bool ca = true) const
    {
        QStringList args{protocol,
                         QStringLiteral("--host"),
                         QStringLiteral("localhost"),
                         QStringLiteral("--port"),
                         m_env.value(portKey),
                         QStringLiteral("--security"),
                         security,
                         QStringLiteral("--timeout"),
                         QStringLiteral("3")};
        if (ca)
            args << QStringLiteral("--ca-file") << m_env.value(QStringLiteral("CA_FILE"));
        return args;
    }
    QStringList login(const QString &mechanism = {}) const
    {
        QStringList args{QStringLiteral("--user"), m_env.value(QStringLiteral("MAIL_USER")),
                         QStringLiteral("--password-env"), QStringLiteral("MD_TEST_PASSWORD")};
        if (!mechanism.isEmpty())
            args << QStringLiteral("--auth") << mechanism;
        return args;
    }
    QHash<QString, QString> password(const QString &value = {}) const
    {
        return {{QStringLiteral("MD_TEST_PASSWORD"),
                 value.isEmpty() ? m_env.value(QStringLiteral("MAIL_PASSWORD")) : value}};
    }

    /// Runs the CLI with --json and checks the first finding (or the one with `code`).
    static QJsonObject expectFinding(const QStringList &args, const QHash<QString, QString> &env, const QString &code,
                                     const QString &severity, const QString &flags, int exitCode = 1)
    {
        const CliRun run = runCli(args + QStringList{QStringLiteral("--json")}, env);
        const QJsonObject json = run.json();
        const QJsonArray findings = json.value(QStringLiteral("findings")).toArray();
        QJsonObject found;
        for (const QJsonValue &v : findings) {
            if (v.toObject().value(QStringLiteral("code")).toString() == code) {
                found = v.toObject();
                break;
            }
        }
        const QByteArray context = run.out.left(4000) + run.err;
        [&] {
            QCOMPARE(run.exitCode, exitCode);
            QVERIFY2(!found.isEmpty(), context.constData());
            if (severity == QLatin1String("error"))
                QVERIFY2(findings.first().toObject() == found, context.constData());  // the most important
            QCOMPARE(found.value(QStringLiteral("severity")).toString(), severity);
            QCOMPARE(found.value(QStringLiteral("fix_flags")).toString(), flags);
            QVERIFY(!found.value(QStringLiteral("title")).toString().isEmpty());
            QVERIFY(!found.value(QStringLiteral("detail")).toString().isEmpty());
        }();
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = serverEnv();
        QVERIFY2(!m_env.value(QStringLiteral("SMTP_STARTTLS_PORT")).isEmpty(),
                 "server.env from the mailserver fixture is missing (MAILDOCTOR_SERVER_ENV)");
    }

    // ---- reaching the server --------------------------------------------------------------

    void unresolvableName()
    {
        expectFinding({QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("no-such-host.invalid")}, {},
                      QStringLiteral("dns.not_found"), QStringLiteral("error"), QString());
    }

    void closedPort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        expectFinding({QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--port"), port, QStringLiteral("--security"), QStringLiteral("starttls")},
                      {}, QStringLiteral("net.refused"), QStringLiteral("error"),
                      QStringLiteral("--port 587 --security starttls"));
        expectFinding({QStringLiteral("imap"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                       QStringLiteral("--port"), port, QStringLiteral("--security"), QStringLiteral("tls")},
                      {}, QStringLiteral("net.refused"), QStringLiteral("error"),
                      QStringLiteral("--port 993 --security tls"));
    }

    void unansweredPort()
    {
        // Debian's default (0) makes Linux drop a SYN that meets a full backlog: an honest
        // unanswered port on loopback. With 1 the kernel resets instead and no timeout can happen.
        QVERIFY2(!abortOnOverflow(), "net.ipv4.tcp_abort_on_overflow must be 0 (the Linux default) for this test");
        UnansweredPort silent;
        QVERIFY(silent.port() != 0);
        const QJsonObject f =
            expectFinding({QStringLiteral("smtp"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                           QStringLiteral("--port"), QString::number(silent.port()), QStringLiteral("--security"),
                           QStringLiteral("starttls"), QStringLiteral("--timeout"), QStringLiteral("2")},
                          {}, QStringLiteral("net.timeout"), QStringLiteral("error"),
                          QStringLiteral("--port 587 --security starttls"));
        QVERIFY(f.value(QStringLiteral("detail")).toString().contains(QStringLiteral("2525")));
    }

    // ---- the wrong security mode for the port ---------------------------------------------

    void startTlsOnImplicitTlsPort_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("portKey");
        QTest::newRow("smtp") << QStringLiteral("smtp") << QStringLiteral("SMTP_TLS_PORT");
        QTest::newRow("imap") << QStringLiteral("imap") << QStringLiteral("IMAP_TLS_PORT");
    }

    void startTlsOnImplicitTlsPort()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, portKey);
        expectFinding(base(protocol, portKey, QStringLiteral("starttls")), {},
                      QStringLiteral("security.implicit_tls_expected"), QStringLiteral("error"),
                      QStringLiteral("--security tls"));
    }

    void tlsOnStartTlsPort_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("portKey");
        QTest::newRow("smtp") << QStringLiteral("smtp") << QStringLiteral("SMTP_STARTTLS_PORT");
        QTest::newRow("imap") << QStringLiteral("imap") << QStringLiteral("IMAP_STARTTLS_PORT");
    }

    void tlsOnStartTlsPort()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, portKey);
        expectFinding(base(protocol, portKey, QStringLiteral("tls")), {}, QStringLiteral("security.starttls_expected"),
                      QStringLiteral("error"), QStringLiteral("--security starttls"));
    }

    void imapPortForSmtp()
    {
        expectFinding(base(QStringLiteral("smtp"), QStringLiteral("IMAP_STARTTLS_PORT"), QStringLiteral("starttls")), {},
                      QStringLiteral("port.wrong_service"), QStringLiteral("error"), QStringLiteral("--port 587"));
    }

    void certificateFromAnUnknownCa()
    {
        // Without --ca-file the fixture's test CA is unknown to this computer.
        const QJsonObject f =
            expectFinding(base(QStringLiteral("smtp"), QStringLiteral("SMTP_TLS_PORT"), QStringLiteral("tls"), false), {},
                          QStringLiteral("tls.untrusted"), QStringLiteral("error"), QString());
        QVERIFY(f.value(QStringLiteral("detail")).toString().contains(QStringLiteral("Mail Doctor Test CA")));
    }

    // ---- logging in -----------------------------------------------------------------------

    void wrongPassword_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("portKey");
        QTest::addColumn<QString>("quote");
        QTest::newRow("smtp") << QStringLiteral("smtp") << QStringLiteral("SMTP_STARTTLS_PORT")
                              << QStringLiteral("535 5.7.8");
        QTest::newRow("imap") << QStringLiteral("imap") << QStringLiteral("IMAP_TLS_PORT")
                              << QStringLiteral("[AUTHENTICATIONFAILED]");
    }

    void wrongPassword()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, portKey);
        QFETCH(QString, quote);
        const QString security = portKey.contains(QLatin1String("_TLS_")) ? QStringLiteral("tls") : QStringLiteral("starttls");
        const QJsonObject f = expectFinding(base(protocol, portKey, security) + login(QStringLiteral("plain")),
                                            password(QStringLiteral("definitely-wrong")), QStringLiteral("auth.failed"),
                                            QStringLiteral("error"), QString());
        QVERIFY2(f.value(QStringLiteral("detail")).toString().contains(quote),
                 qPrintable(f.value(QStringLiteral("detail")).toString()));
    }

    void rejectedToken_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<QString>("portKey");
        QTest::addColumn<QString>("mechanism");
        QTest::newRow("smtp xoauth2") << QStringLiteral("smtp") << QStringLiteral("SMTP_TLS_PORT")
                                      << QStringLiteral("xoauth2");
        QTest::newRow("smtp oauthbearer") << QStringLiteral("smtp") << QStringLiteral("SMTP_TLS_PORT")
                                          << QStringLiteral("oauthbearer");
        QTest::newRow("imap xoauth2") << QStringLiteral("imap") << QStringLiteral("IMAP_TLS_PORT")
                                      << QStringLiteral("xoauth2");
    }

    void rejectedToken()
    {
        QFETCH(QString, protocol);
        QFETCH(QString, portKey);
        QFETCH(QString, mechanism);
        const QStringList args = base(protocol, portKey, QStringLiteral("tls"))
                                 + QStringList{QStringLiteral("--user"), m_env.value(QStringLiteral("MAIL_USER")),
                                               QStringLiteral("--token-env"), QStringLiteral("MD_TEST_TOKEN"),
                                               QStringLiteral("--auth"), mechanism};
        const QJsonObject f = expectFinding(args, {{QStringLiteral("MD_TEST_TOKEN"), QStringLiteral("expired-token-123")}},
                                            QStringLiteral("auth.oauth_token_rejected"), QStringLiteral("error"), QString());
        // Dovecot's decoded error report is quoted.
        QVERIFY2(f.value(QStringLiteral("detail")).toString().contains(QStringLiteral("\"status\"")),
                 qPrintable(f.value(QStringLiteral("detail")).toString()));
    }

    void passwordOverPlaintextIsRefused()
    {
        expectFinding(base(QStringLiteral("smtp"), QStringLiteral("SMTP_STARTTLS_PORT"), QStringLiteral("none")) + login(),
                      password(), QStringLiteral("auth.plaintext_refused"), QStringLiteral("error"),
                      QStringLiteral("--security starttls"));
    }

    void envelopeWithoutLogin()
    {
        // Dovecot's submission service answers MAIL FROM with 530 5.7.0 before AUTH.
        const QJsonObject f = expectFinding(
            base(QStringLiteral("smtp"), QStringLiteral("SMTP_STARTTLS_PORT"), QStringLiteral("starttls"))
                + QStringList{QStringLiteral("--from"), m_env.value(QStringLiteral("MAIL_ADDRESS")),
                              QStringLiteral("--to"), QStringLiteral("bob@example.test")},
            {}, QStringLiteral("auth.required"), QStringLiteral("error"), QString());
        QVERIFY(f.value(QStringLiteral("detail")).toString().contains(QStringLiteral("530 5.7.0")));
    }

    // ---- warnings on checks that passed ----------------------------------------------------

    void plaintextWithConsentWarns()
    {
        expectFinding(base(QStringLiteral("smtp"), QStringLiteral("SMTP_STARTTLS_PORT"), QStringLiteral("none"))
                          + login(QStringLiteral("plain")) + QStringList{QStringLiteral("--allow-plaintext-auth")},
                      password(), QStringLiteral("security.none"), QStringLiteral("warning"),
                      QStringLiteral("--security starttls"), 0);
    }

    void noLoginIsNoted()
    {
        expectFinding(base(QStringLiteral("imap"), QStringLiteral("IMAP_TLS_PORT"), QStringLiteral("tls")), {},
                      QStringLiteral("auth.not_tested"), QStringLiteral("info"), QString(), 0);
    }

    // ---- what a person reads --------------------------------------------------------------

    void textEndsWithWaterfallAndFindings()
    {
        const CliRun run = runCli(base(QStringLiteral("smtp"), QStringLiteral("SMTP_STARTTLS_PORT"), QStringLiteral("tls")));
        QCOMPARE(run.exitCode, 1);
        const QString out = QString::fromUtf8(run.out);
        const qsizetype steps = out.lastIndexOf(QStringLiteral("Steps:"));
        const qsizetype findings = out.lastIndexOf(QStringLiteral("Findings"));
        QVERIFY2(steps > 0 && findings > steps, qPrintable(out));
        // The waterfall: resolve, connect, the failed handshake, each with a bar and its time, then the total.
        for (const char *name : {"resolve", "connect", "tls"}) {
            const QRegularExpression line(QStringLiteral("\\n  \\S+\\s+%1\\s+[ \\x{2588}-\\x{258F}]+\\s+\\d+ ms")
                                              .arg(QLatin1String(name)));
            QVERIFY2(line.match(out, steps).hasMatch(), qPrintable(out.mid(steps)));
        }
        QVERIFY(QRegularExpression(QStringLiteral("\\n\\s+total\\s+\\d+ ms\\n")).match(out, steps).hasMatch());
        // The findings come last, and the very last line is the fix to paste.
        QVERIFY(out.indexOf(QStringLiteral("(security.starttls_expected)"), findings) > findings);
        QCOMPARE(out.trimmed().section(QLatin1Char('\n'), -1).trimmed(), QStringLiteral("Try: --security starttls"));
    }

    void jsonHasTheTimingPhases()
    {
        const CliRun run = runCli(base(QStringLiteral("smtp"), QStringLiteral("SMTP_TLS_PORT"), QStringLiteral("tls"))
                                  + QStringList{QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject timings = run.json().value(QStringLiteral("timings")).toObject();
        for (const char *key : {"total_ms", "resolve_ms", "connect_ms", "tls_ms", "greeting_ms"})
            QVERIFY2(timings.value(QLatin1String(key)).isDouble(), key);
        QVERIFY(!timings.value(QStringLiteral("steps")).toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisDovecot)
#include "tst_diagnosis_dovecot.moc"
