#pragma once
// Runs a check from core/ in this process against a FakeServer and hands back the result.

#include "FakeServer.h"
#include "TestPki.h"

#include "check/Check.h"
#include "diagnosis/Diagnoser.h"
#include "transcript/Report.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QtTest>

// QCOMPARE on md's enums: compared by their stable names (md::toString), which also reads
// well when a comparison fails.
#define QCOMPARE_ENUM(actual, expected) QCOMPARE(md::toString(actual), md::toString(expected))

namespace md::test {

/// Settings pointing at the fake server, trusting the test CA, with short time limits.
inline ServerSettings fakeSettings(Protocol protocol, const FakeServer &server, Security security)
{
    ServerSettings s;
    s.protocol = protocol;
    s.host = QStringLiteral("localhost");
    s.port = server.port();
    s.security = security;
    s.caFile = TestPki::caFile();
    s.timeouts = Timeouts::uniform(5000);
    s.heloName = QStringLiteral("client.example.test");
    return s;
}

/// Starts `check`, waits for it to finish (bounded), returns its result with the findings the
/// diagnoser draws from it (the check itself draws none).
inline CheckResult runToEnd(Check &check, int timeoutMs = 20000)
{
    QSignalSpy finished(&check, &Check::finished);
    check.start();
    if (!check.isFinished())
        finished.wait(timeoutMs);
    CheckResult result = check.result();
    result.findings = diagnose(result);
    return result;
}

/// Proves that exactly `expected` connections reached `server` so far, without waiting a fixed
/// time: queues one more scenario and connects a probe. The server serves connections in the
/// order they arrive, so a stray connection from the check (made before it finished) would be
/// served the probe's scenario first, and the probe would then be refused. Call it once the
/// check has finished and the server has played its scenarios.
inline bool onlyConnectionsSoFar(FakeServer &server, int expected)
{
    if (!server.loadScenario(QStringLiteral("S: probe\nX")))
        return false;
    QTcpSocket probe;
    QByteArray received;
    QObject::connect(&probe, &QTcpSocket::readyRead, &probe, [&] { received += probe.readAll(); });
    probe.connectToHost(QStringLiteral("127.0.0.1"), server.port());
    const bool served = QTest::qWaitFor([&] { return received.contains("probe"); }, 10000);
    return served && server.connectionCount() == expected + 1;
}

/// Every client line the server saw after the first line matching `prefix`.
inline QList<QByteArray> linesAfter(const FakeServer &server, const QByteArray &prefix)
{
    QList<QByteArray> after;
    bool seen = false;
    for (const QByteArray &line : server.receivedTexts()) {
        if (seen)
            after << line;
        else if (line.startsWith(prefix))
            seen = true;
    }
    return after;
}

/// The finding with `code`, or nullptr.
inline const Finding *findCode(const QList<Finding> &findings, const QString &code)
{
    for (const Finding &f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

/// Whether a finding's words name a command-line flag ("--port"): findings talk about settings;
/// only the CLI renders a fix as flags.
inline bool namesCliFlags(const Finding &f)
{
    static const QRegularExpression flag(QStringLiteral("(^|[\\s(\"])--[a-z]"));
    return flag.match(f.title).hasMatch() || flag.match(f.detail).hasMatch();
}

/// One line per finding, for QVERIFY2 messages.
inline QString describe(const CheckResult &r)
{
    QString out = QStringLiteral("failure=%1 step=%2 message=%3\n").arg(toString(r.failure), r.failedStep, r.failureMessage);
    for (const Finding &f : r.findings)
        out += QStringLiteral("  %1 [%2] %3 | %4\n").arg(f.code, toString(f.severity), f.title, renderFixFlags(f.fix));
    return out;
}

}  // namespace md::test
