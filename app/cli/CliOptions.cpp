#include "CliOptions.h"

#include "DiscoverCommand.h"
#include "net/CaFile.h"
#include "net/Resolver.h"
#include "sasl/Registry.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>
#include <cmath>

namespace md::cli {

namespace {

/// "auto" and every mechanism the core implements (sasl/Registry.h), in lower case.
QStringList mechanismNames()
{
    QStringList names{QStringLiteral("auto")};
    for (const md::sasl::MechanismInfo &info : md::sasl::mechanismRegistry())
        names << QString::fromLatin1(info.name).toLower();
    return names;
}

// Echoing user input in a one-line error must not break the line.
QString printable(QString text)
{
    return text.replace(QLatin1Char('\r'), QStringLiteral("\\r")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

QString envValue(const QString &name)
{
    return qEnvironmentVariable(name.toLocal8Bit().constData());
}

}  // namespace

std::optional<QByteArray> OptionParser::parseSpkiPin(const QString &text)
{
    QString hex = text.trimmed();
    hex.remove(QLatin1Char(':'));
    static const QRegularExpression hexRe(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (hexRe.match(hex).hasMatch())
        return QByteArray::fromHex(hex.toLatin1());
    const auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == 32)
        return decoded.decoded;
    return std::nullopt;
}

QString OptionParser::parsePortAndSecurity(Protocol protocol, const QString &portOption, const QString &portText,
    const QString &securityOption, const QString &securityText, ServerSettings *settings)
{
    std::optional<Security> mode;
    if (!securityText.isNull()) {
        mode = securityFromString(securityText);
        if (!mode)
            return tr("--%1 must be tls, starttls or none, not \"%2\".").arg(securityOption, securityText);
    }
    quint16 number = 0;
    if (!portText.isNull()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return tr("--%1 must be a number from 1 to 65535, not \"%2\".").arg(portOption, portText);
        number = quint16(value);
    }
    if (!mode)
        mode = number ? defaultSecurity(protocol, number) : Security::StartTls;
    settings->security = *mode;
    settings->port = number ? number : defaultPort(protocol, *mode);
    return {};
}

QString OptionParser::parseMechanism(Protocol protocol, const QString &option, const QString &text, QString *mechanism)
{
    const QString mech = text.toLower();
    // POP3's USER/PASS commands are chosen like a mechanism (RFC 1939 §7).
    QStringList allowed = mechanismNames();
    if (protocol == Protocol::Pop3)
        allowed << QStringLiteral("user");
    if (!allowed.contains(mech))
        return tr("--%1 must be one of %2, not \"%3\".").arg(option, allowed.join(QStringLiteral(", ")), mech);
    *mechanism = mech;
    return {};
}

QString OptionParser::checkCaFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return tr("The CA file \"%1\" does not exist or cannot be read.").arg(path);
    // The text only: parsing would load the TLS stack now, before the check can start it on
    // a background thread (TlsWarmup.h). The check parses the file and says if that fails.
    if (!looksLikePemCertificates(path))
        return tr("The CA file \"%1\" holds no PEM certificate.").arg(path);
    return {};
}

QString OptionParser::parsePin(const QString &option, const QString &text, QByteArray *pin)
{
    const auto digest = parseSpkiPin(text);
    if (!digest)
        return tr("--%1 must be a SHA-256 hash as 64 hex digits (colons allowed) or base64, not \"%2\".")
            .arg(option, text);
    *pin = *digest;
    return {};
}

QString OptionParser::parseTimeout(const QString &text, Timeouts *timeouts)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0.001 || seconds > 3600)
        return tr("--timeout must be a number of seconds from 0.001 to 3600, not \"%1\".").arg(text);
    *timeouts = Timeouts::uniform(int(std::ceil(seconds * 1000)));
    return {};
}

QString OptionParser::readPassword(
    const QString &envVar, bool fromStdin, const std::function<QByteArray()> &readStdinLine, QString *password)
{
    if (!envVar.isNull() && fromStdin)
        return tr("Use either --password-env or --password-stdin, not both.");
    if (!envVar.isNull()) {
        *password = envValue(envVar);
        if (password->isEmpty())
            return tr("The environment variable %1 (from --password-env) is empty or not set.").arg(envVar);
        return {};
    }
    if (!fromStdin)
        return {};
    QByteArray line = readStdinLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.size() > kMaxPasswordBytes)
        return tr("The password on standard input is longer than %1 bytes.").arg(kMaxPasswordBytes);
    *password = QString::fromUtf8(line);
    if (password->isEmpty())
        return tr("No password arrived on standard input (--password-stdin).");
    return {};
}

QString OptionParser::helpText()
{
    return tr("Usage:\n"
              "  maildoctor-cli smtp --host HOST [--port N] [--security tls|starttls|none]\n"
              "      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]\n"
              "      [--auth MECHANISM] [--allow-plaintext-auth]\n"
              "      [--from ADDR] [--to ADDR]... [--send]\n"
              "      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]\n"
              "  maildoctor-cli imap|pop3 --host HOST [--port N] [--security tls|starttls|none]\n"
              "      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]\n"
              "      [--auth MECHANISM] [--allow-plaintext-auth]\n"
              "      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]\n"
              "  (smtp, imap and pop3 also take [--proxy URL [--proxy-password-env VAR]]\n"
              "   or [--dns-server ADDR[:PORT]])\n"
              "  maildoctor-cli account add|list|show|remove|test|export ...\n"
              "      saved accounts: settings in a file, passwords in the OS keychain\n"
              "      (see \"maildoctor-cli account --help\")\n"
              "  maildoctor-cli oauth login|status|logout|providers ...   (see oauth --help)\n"
              "  maildoctor-cli explain TERM\n"
              "      a reply code (535), enhanced status code (5.7.8), IMAP response code\n"
              "      (AUTHENTICATIONFAILED), capability (\"SIZE 10240000\", IDLE) or mechanism\n"
              "  maildoctor-cli --help | --version\n")
        + DiscoverCommand::helpText()
        + tr("\n"
              "Checks a mail server and shows every command and reply (passwords masked).\n"
              "\n"
              "  --host HOST            server name or address\n"
              "  --port N               default from --security: SMTP tls 465, starttls 587;\n"
              "                         IMAP tls 993, starttls 143; POP3 tls 995, starttls 110\n"
              "  --security MODE        tls (implicit TLS; also \"ssl\"), starttls, none; default from\n"
              "                         the port: SMTP 465, IMAP 993 and POP3 995 are tls, any other\n"
              "                         starttls (POP3: STLS)\n"
              "  --user NAME            log in as NAME (without it: no AUTH step)\n"
              "  --password-env VAR     read the password from environment variable VAR\n"
              "  --password-stdin       read the password from the first line of standard input\n"
              "  --token-env VAR        read an OAuth2 access token from VAR (xoauth2, oauthbearer);\n"
              "                         without it, --auth xoauth2|oauthbearer uses the token stored by\n"
              "                         \"oauth login\" for --user, refreshed when it expires within a minute\n"
              "  --auth MECHANISM       auto, plain, login, cram-md5, scram-sha-1, scram-sha-256,\n"
              "                         xoauth2, oauthbearer (default auto; for IMAP, login is the\n"
              "                         LOGIN command, the rest AUTHENTICATE); POP3 also user\n"
              "                         (USER/PASS: the password in the clear, like plain)\n"
              "  --allow-plaintext-auth send credentials even without encryption (--security none)\n"
              "  --from ADDR            SMTP: envelope sender: runs MAIL FROM / RCPT TO, then RSET\n"
              "  --to ADDR              envelope recipient (repeatable)\n"
              "  --send                 really send a short test message to the --to addresses\n"
              "  --ca-file PEM          also trust the CA certificates in this PEM file\n"
              "  --pin-spki HASH        trust exactly the server key with this SHA-256 SPKI hash\n"
              "  --timeout SECONDS      time limit for each phase (default 15 s connect, 30 s reply)\n"
              "  --proxy URL            connect through a proxy: socks5://[USER@]HOST:PORT (the proxy\n"
              "                         resolves the server name) or http://HOST:PORT (CONNECT)\n"
              "  --proxy-password-env VAR  the SOCKS5 proxy user's password, from variable VAR\n"
              "  --dns-server ADDR[:PORT]  look the server name up with this DNS server, not the\n"
              "                         system's (e.g. the office's internal one)\n"
              "  --json                 print one JSON object instead of the live transcript\n"
              "  --report FILE.html     also write the full report (settings without secrets, steps,\n"
              "                         findings, certificate, transcript) as one HTML file\n"
              "\n"
              "Exit status: 0 the check passed, 1 it ran and something failed, 2 bad usage or input.\n");
}

Invocation OptionParser::parse(const QStringList &arguments, const std::function<QByteArray()> &readStdinLine)
{
    Invocation inv;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version(QStringLiteral("version"), QString());
    const QCommandLineOption host(QStringLiteral("host"), QString(), QStringLiteral("HOST"));
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("N"));
    const QCommandLineOption security(QStringLiteral("security"), QString(), QStringLiteral("MODE"));
    const QCommandLineOption user(QStringLiteral("user"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"), QString(), QStringLiteral("VAR"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"), QString());
    const QCommandLineOption tokenEnv(QStringLiteral("token-env"), QString(), QStringLiteral("VAR"));
    const QCommandLineOption auth(QStringLiteral("auth"), QString(), QStringLiteral("MECHANISM"));
    const QCommandLineOption allowPlain(QStringLiteral("allow-plaintext-auth"), QString());
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("ADDR"));
    const QCommandLineOption to(QStringLiteral("to"), QString(), QStringLiteral("ADDR"));
    const QCommandLineOption send(QStringLiteral("send"), QString());
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QString(), QStringLiteral("PEM"));
    const QCommandLineOption pin(QStringLiteral("pin-spki"), QString(), QStringLiteral("HASH"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"));
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption report(QStringLiteral("report"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption proxy(QStringLiteral("proxy"), QString(), QStringLiteral("URL"));
    const QCommandLineOption proxyPasswordEnv(QStringLiteral("proxy-password-env"), QString(), QStringLiteral("VAR"));
    const QCommandLineOption dnsServer(QStringLiteral("dns-server"), QString(), QStringLiteral("ADDR"));
    parser.addOptions({help, version, host, port, security, user, passwordEnv, passwordStdin, tokenEnv, auth,
                       allowPlain, from, to, send, caFile, pin, timeout, json, report, proxy, proxyPasswordEnv,
                       dnsServer});

    const auto usage = [&inv](const QString &why) {
        inv.command = Invocation::Command::Check;
        inv.error = why;
        return inv;
    };

    if (!parser.parse(QStringList{QStringLiteral("maildoctor-cli")} + arguments))
        return usage(parser.errorText());
    if (parser.isSet(help))
        return inv;
    if (parser.isSet(version)) {
        inv.command = Invocation::Command::Version;
        return inv;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("Missing command: use \"smtp\", \"imap\", \"pop3\" or \"explain\" (see --help)."));
    const QString command = positional.first();
    if (command == QLatin1String("help"))
        return inv;
    if (command == QLatin1String("explain")) {
        if (positional.size() < 2)
            return usage(tr("\"explain\" needs a term, e.g. 535, 5.7.8, AUTHENTICATIONFAILED or \"SIZE 10240000\"."));
        if (arguments.size() != positional.size())
            return usage(tr("\"explain\" takes no options."));
        inv.command = Invocation::Command::Explain;
        inv.term = positional.mid(1).join(QLatin1Char(' '));
        return inv;
    }
    if (positional.size() > 1)
        return usage(tr("Unexpected argument \"%1\".").arg(positional.at(1)));
    const std::optional<Protocol> protocol = protocolFromString(command);
    if (!protocol)
        return usage(tr("Unknown command \"%1\": use \"smtp\", \"imap\" or \"pop3\" (see --help).").arg(command));

    inv.command = Invocation::Command::Check;
    inv.json = parser.isSet(json);
    inv.reportFile = parser.value(report);
    if (parser.isSet(report) && inv.reportFile.isEmpty())
        return usage(tr("--report needs a file name."));
    ServerSettings &s = inv.settings;
    s.protocol = *protocol;
    if (s.protocol != Protocol::Smtp) {
        for (const QCommandLineOption *smtpOnly : {&from, &to, &send}) {
            if (parser.isSet(*smtpOnly))
                return usage(tr("--%1 is for \"smtp\" only.").arg(smtpOnly->names().constLast()));
        }
    }

    // Options that take one value must not be given twice: the second would silently win.
    for (const QCommandLineOption *single : {&host, &port, &security, &user, &passwordEnv, &tokenEnv, &auth, &from,
                                             &caFile, &pin, &timeout, &report, &proxy, &proxyPasswordEnv,
                                             &dnsServer}) {
        if (parser.values(*single).size() > 1)
            return usage(tr("--%1 was given more than once.").arg(single->names().constLast()));
    }

    s.host = parser.value(host).trimmed();
    if (s.host.isEmpty())
        return usage(tr("--host is required."));

    if (const QString why
        = parsePortAndSecurity(s.protocol, QStringLiteral("port"), parser.isSet(port) ? parser.value(port) : QString(),
            QStringLiteral("security"), parser.isSet(security) ? parser.value(security) : QString(), &s);
        !why.isEmpty())
        return usage(why);

    if (parser.isSet(auth)) {
        if (const QString why
            = parseMechanism(s.protocol, QStringLiteral("auth"), parser.value(auth), &s.authMechanism);
            !why.isEmpty())
            return usage(why);
    }
    s.allowPlaintextAuth = parser.isSet(allowPlain);

    s.user = parser.value(user);
    if (parser.isSet(passwordEnv) || parser.isSet(passwordStdin)) {
        if (const QString why = readPassword(parser.isSet(passwordEnv) ? parser.value(passwordEnv) : QString(),
                parser.isSet(passwordStdin), readStdinLine, &s.password);
            !why.isEmpty())
            return usage(why);
    }
    if (parser.isSet(tokenEnv)) {
        s.token = envValue(parser.value(tokenEnv));
        if (s.token.isEmpty())
            return usage(tr("The environment variable %1 (from --token-env) is empty or not set.")
                             .arg(parser.value(tokenEnv)));
    }
    if ((!s.password.isEmpty() || !s.token.isEmpty()) && s.user.isEmpty())
        return usage(tr("A password or token was given but no --user."));
    const md::sasl::MechanismInfo *chosen = md::sasl::findMechanism(s.authMechanism.toLatin1());
    const bool oauth = chosen && chosen->credential == md::sasl::CredentialKind::Token;
    // OAuth without --token-env: the token stored by "oauth login" for --user (password-free).
    inv.storedToken = oauth && s.token.isEmpty() && s.password.isEmpty() && !s.user.isEmpty();
    if (!s.user.isEmpty() && s.password.isEmpty() && s.token.isEmpty() && !inv.storedToken)
        return usage(tr("--user needs a password (--password-env VAR or --password-stdin) or a token (--token-env VAR)."));
    if (parser.isSet(auth) && s.user.isEmpty())
        return usage(tr("--auth needs --user: without a user name there is no login to test."));
    if (oauth && s.token.isEmpty() && !inv.storedToken)
        return usage(tr("--auth %1 needs an access token: --token-env VAR, or none to use the one stored by "
                        "\"maildoctor-cli oauth login\".").arg(s.authMechanism));
    if (!oauth && s.authMechanism != QLatin1String("auto") && s.password.isEmpty())
        return usage(tr("--auth %1 needs a password: --password-env VAR or --password-stdin.").arg(s.authMechanism));

    s.from = parser.value(from);
    s.to = parser.values(to);
    s.send = parser.isSet(send);
    if (!s.to.isEmpty() && s.from.isEmpty())
        return usage(tr("--to needs --from (the envelope sender)."));
    if (s.send && s.to.isEmpty())
        return usage(tr("--send needs at least one --to and a --from."));
    QStringList addresses = s.to;
    addresses << s.from;
    for (const QString &address : std::as_const(addresses)) {
        if (address.contains(QLatin1Char('<')) || address.contains(QLatin1Char('>')) ||
            address.contains(QLatin1Char('\r')) || address.contains(QLatin1Char('\n')) || address.contains(QLatin1Char(' ')))
            return usage(tr("\"%1\" is not a plain mail address (no spaces, angle brackets or line breaks).").arg(printable(address)));
    }

    if (parser.isSet(caFile)) {
        s.caFile = parser.value(caFile);
        if (const QString why = checkCaFile(s.caFile); !why.isEmpty())
            return usage(why);
    }
    if (parser.isSet(pin)) {
        if (const QString why = parsePin(QStringLiteral("pin-spki"), parser.value(pin), &s.pinnedSpki); !why.isEmpty())
            return usage(why);
    }
    if (parser.isSet(proxyPasswordEnv) && !parser.isSet(proxy))
        return usage(tr("--proxy-password-env needs --proxy."));
    if (parser.isSet(proxy)) {
        QString why;
        const std::optional<ProxySettings> parsed = ProxySettings::fromUrl(parser.value(proxy), &why);
        if (!parsed)
            return usage(tr("--proxy: %1").arg(printable(why)));
        s.proxy = *parsed;
        if (parser.isSet(proxyPasswordEnv)) {
            if (s.proxy.user.isEmpty())
                return usage(tr("--proxy-password-env needs a user in the proxy URL (socks5://USER@HOST:PORT)."));
            s.proxy.password = envValue(parser.value(proxyPasswordEnv));
            if (s.proxy.password.isEmpty())
                return usage(tr("The environment variable %1 (from --proxy-password-env) is empty or not set.")
                                 .arg(parser.value(proxyPasswordEnv)));
        } else if (!s.proxy.user.isEmpty()) {
            return usage(tr("The proxy user \"%1\" needs a password: --proxy-password-env VAR.").arg(s.proxy.user));
        }
    }
    if (parser.isSet(dnsServer)) {
        // Through a proxy the proxy resolves the name: a DNS server of ours would not be asked.
        if (parser.isSet(proxy))
            return usage(tr("--dns-server and --proxy do not go together: through a proxy, the proxy looks up the "
                            "server name."));
        if (!Resolver::parseServer(parser.value(dnsServer)))
            return usage(tr("--dns-server needs an IP address, optionally with a port (127.0.0.1:53, [::1]:53)."));
        s.dnsServer = parser.value(dnsServer);
    }
    if (parser.isSet(timeout)) {
        if (const QString why = parseTimeout(parser.value(timeout), &s.timeouts); !why.isEmpty())
            return usage(why);
    }
    return inv;
}

}  // namespace md::cli
