#include "DiscoverCommand.h"

#include "net/CaFile.h"

#include <cmath>
#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QTextStream>
#include <QTimer>

namespace md::cli {

QString DiscoverCommand::helpText()
{
    return tr("  maildoctor-cli discover EMAIL [--json] [--no-probe] [--timeout SECONDS]\n"
              "      [--dns-server ADDR[:PORT]] [--ispdb-url URL | --no-ispdb] [--ca-file PEM]\n"
              "      finds the settings for EMAIL: autoconfig, ISPDB, SRV, MX, PACC and probes,\n"
              "      ranked, with where each came from (default deadline 15 s; exit 0 when\n"
              "      settings for sending and receiving were found, 1 when not)\n");
}

DiscoverCommand::Parsed DiscoverCommand::parse(const QStringList &arguments)
{
    Parsed parsed;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption json(QStringLiteral("json"), QString());
    const QCommandLineOption noProbe(QStringLiteral("no-probe"), QString());
    const QCommandLineOption timeout(QStringLiteral("timeout"), QString(), QStringLiteral("SECONDS"));
    const QCommandLineOption dnsServer(QStringLiteral("dns-server"), QString(), QStringLiteral("ADDR"));
    const QCommandLineOption ispdbUrl(QStringLiteral("ispdb-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption noIspdb(QStringLiteral("no-ispdb"), QString());
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QString(), QStringLiteral("PEM"));
    parser.addOptions({ json, noProbe, timeout, dnsServer, ispdbUrl, noIspdb, caFile });
    const auto usage = [&parsed](const QString &why) {
        parsed.error = why;
        return parsed;
    };
    if (!parser.parse(QStringList { QStringLiteral("maildoctor-cli") } + arguments))
        return usage(parser.errorText());
    for (const QCommandLineOption &single : { timeout, dnsServer, ispdbUrl, caFile })
        if (parser.values(single).size() > 1)
            return usage(tr("--%1 was given more than once.").arg(single.names().first()));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usage(positional.isEmpty()
                ? tr("discover needs an email address.")
                : tr("discover takes one email address, not %1 arguments.").arg(positional.size()));
    const auto email = discovery::EmailAddress::parse(positional.first());
    if (!email)
        return usage(
            tr("\"%1\" is not an email address with a domain (local@example.com).").arg(positional.first().left(200)));
    parsed.email = *email;
    parsed.json = parser.isSet(json);
    parsed.options.probe = !parser.isSet(noProbe);
    if (parser.isSet(timeout)) {
        bool ok = false;
        const double seconds = parser.value(timeout).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 600)
            return usage(tr("--timeout needs a number of seconds between 0 and 600."));
        parsed.options.timeoutMs = std::max(1, int(seconds * 1000));
    }
    if (parser.isSet(dnsServer)) {
        const auto config = Resolver::parseServer(parser.value(dnsServer));
        if (!config)
            return usage(tr("--dns-server needs an IP address, optionally with a port (127.0.0.1:53, [::1]:53)."));
        parsed.options.dns = config;
        parsed.options.dnsServer = parser.value(dnsServer);
    }
    if (parser.isSet(ispdbUrl) && parser.isSet(noIspdb))
        return usage(tr("--ispdb-url and --no-ispdb exclude each other."));
    parsed.options.useIspdb = !parser.isSet(noIspdb);
    if (parser.isSet(ispdbUrl)) {
        QUrl url(parser.value(ispdbUrl), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return usage(tr("--ispdb-url needs an http(s) URL such as https://autoconfig.thunderbird.net/v1.1/."));
        if (!url.path().endsWith(QLatin1Char('/')))
            url.setPath(url.path() + QLatin1Char('/'));
        parsed.options.ispdbBaseUrl = url;
    }
    if (parser.isSet(caFile)) {
        if (loadCaCertificates(parser.value(caFile)).isEmpty())
            return usage(
                tr("The CA file \"%1\" could not be read or holds no PEM certificate.").arg(parser.value(caFile)));
        parsed.options.caFile = parser.value(caFile);
    }
    return parsed;
}

int DiscoverCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const Parsed parsed = parse(arguments);
    if (!parsed.error.isEmpty()) {
        err << "maildoctor-cli: " << parsed.error << '\n' << tr("Try \"maildoctor-cli --help\".") << '\n';
        return 2;
    }
    discovery::Discovery discovery(parsed.email, parsed.options);
    if (!parsed.json) {
        out << tr("Looking for the settings of %1 (at most %2 s) …")
                   .arg(parsed.email.address)
                   .arg(parsed.options.timeoutMs / 1000.0)
            << '\n';
        out.flush();
    }
    int status = 1;
    QObject::connect(&discovery, &discovery::Discovery::finished, [&](const discovery::DiscoveryResult &result) {
        if (parsed.json)
            out << QJsonDocument(result.toJson()).toJson(QJsonDocument::Indented);
        else
            out << '\n' << result.toText();
        out.flush();
        status = result.usable() ? 0 : 1;
        QCoreApplication::exit(status);
    });
    QTimer::singleShot(0, &discovery, &discovery::Discovery::start);
    QCoreApplication::exec();
    return status;
}

}  // namespace md::cli
