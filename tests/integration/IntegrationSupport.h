#pragma once
// Shared by the integration tests: the fixture's server.env, running maildoctor-cli, and a
// thorough "does this output leak the secret?" check.

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

namespace md::test {

/// KEY='value' lines written by tests/support/mailserver/mailserver.sh.
/// KEY='value' lines of a fixture's env file (server.env of mailserver.sh, dns.env of nsd.sh).
inline QHash<QString, QString> envFile(const QString &path)
{
    QHash<QString, QString> env;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return env;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        const int eq = line.indexOf(QLatin1Char('='));
        if (line.startsWith(QLatin1Char('#')) || eq <= 0)
            continue;
        QString value = line.mid(eq + 1);
        if (value.size() >= 2 && value.startsWith(QLatin1Char('\'')) && value.endsWith(QLatin1Char('\'')))
            value = value.mid(1, value.size() - 2);
        env.insert(line.left(eq), value);
    }
    return env;
}

inline QHash<QString, QString> serverEnv()
{
    return envFile(qEnvironmentVariable("MAILDOCTOR_SERVER_ENV"));
}

struct CliRun {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    [[nodiscard]] QByteArray all() const { return out + err; }
};

/// Runs `program` in `environment` with optional standard input; `elapsedMs` gets its run time.
inline CliRun runProcess(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
    const QByteArray &input = {}, int timeoutMs = 60000, qint64 *elapsedMs = nullptr)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    CliRun run;
    if (!process.waitForStarted(10000))
        return run;
    if (!input.isNull())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        return run;
    }
    if (elapsedMs)
        *elapsedMs = clock.elapsed();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// Runs maildoctor-cli with `arguments`, extra environment and optional standard input.
inline CliRun runCli(const QStringList &arguments, const QHash<QString, QString> &environment = {},
    const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    return runProcess(QStringLiteral(MAILDOCTOR_CLI), arguments, env, input, timeoutMs);
}

/// The command lines a --json result says were sent, in order.
inline QStringList sentLines(const QJsonObject &result)
{
    QStringList lines;
    for (const QJsonValue &e : result.value(QStringLiteral("transcript")).toArray()) {
        if (e.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("sent"))
            lines << e.toObject().value(QStringLiteral("text")).toString();
    }
    return lines;
}

/// True when `output` holds `secret` itself or any base64 text that decodes to something
/// holding it (AUTH PLAIN "\0user\0secret", LOGIN's base64(secret), …), at any alignment.
inline bool leaksSecret(const QByteArray &output, const QByteArray &secret)
{
    if (output.contains(secret))
        return true;
    static const QRegularExpression token(QStringLiteral("[A-Za-z0-9+/]{4,}={0,2}"));
    const QString text = QString::fromUtf8(output);
    for (auto it = token.globalMatch(text); it.hasNext();) {
        const QByteArray candidate = it.next().captured(0).toLatin1();
        // Try every start offset so a token embedded in longer text is still decoded.
        for (int skip = 0; skip < 4 && skip < candidate.size(); ++skip) {
            const QByteArray decoded = QByteArray::fromBase64(candidate.mid(skip));
            if (decoded.contains(secret))
                return true;
        }
    }
    return false;
}

}  // namespace md::test
