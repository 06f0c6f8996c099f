// maildoctor-cli: a thin command-line front end on the core's checks.
#include "AccountCommand.h"
#include "CliOptions.h"
#include "DiscoverCommand.h"
#include "OAuthCommand.h"

#include "check/CheckFactory.h"
#include "diagnosis/Diagnoser.h"
#include "diagnosis/Explain.h"
#include "i18n/Language.h"
#include "net/TlsWarmup.h"
#include "transcript/HtmlReport.h"
#include "transcript/Report.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <termios.h>
#include <unistd.h>

using namespace md;

namespace {

// Reads the first line of standard input, at most kMaxPasswordBytes + 1 bytes (the parser
// refuses anything longer rather than cut it). On a terminal it asks, without echo.
QByteArray readStdinLine()
{
    const bool terminal = isatty(STDIN_FILENO);
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        QTextStream(stderr) << QCoreApplication::translate("main", "Password: ") << Qt::flush;
    }
    QFile in;
    QByteArray line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = in.readLine(cli::OptionParser::kMaxPasswordBytes + 3);  // + CR LF, + 1 to notice excess
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        QTextStream(stderr) << '\n' << Qt::flush;
    }
    return line;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("maildoctor-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILDOCTOR_VERSION));

    const QStringList arguments = app.arguments().mid(1);
    // Human output speaks the user's language; JSON is for programs and never changes with it
    // (not its finding titles, step details or transcript either), so --json installs nothing.
    if (!arguments.contains(QLatin1String("--json")))
        i18n::installTranslators(i18n::languageFromEnvironment());
    if (arguments.value(0) == QLatin1String("account"))
        return cli::AccountCommand::run(arguments.mid(1), readStdinLine);
    if (arguments.value(0) == QLatin1String("oauth"))
        return cli::OAuthCommand::run(arguments.mid(1));
    if (arguments.value(0) == QLatin1String("discover"))
        return cli::DiscoverCommand::run(arguments.mid(1));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const cli::Invocation inv = cli::OptionParser::parse(arguments, readStdinLine);
    if (!inv.error.isEmpty()) {
        err << "maildoctor-cli: " << inv.error << '\n'
            << QCoreApplication::translate("main", "Try \"maildoctor-cli --help\".") << '\n';
        return 2;
    }
    switch (inv.command) {
    case cli::Invocation::Command::Help:
        out << cli::OptionParser::helpText();
        return 0;
    case cli::Invocation::Command::Version:
        out << "maildoctor-cli " << QCoreApplication::applicationVersion() << '\n';
        return 0;
    case cli::Invocation::Command::Explain: {
        const std::optional<QString> text = explain(inv.term);
        if (!text) {
            err << "maildoctor-cli: "
                << QCoreApplication::translate("main", "No explanation for \"%1\": not a reply code, enhanced "
                                                       "status code, IMAP response code, capability or mechanism "
                                                       "Mail Doctor knows.")
                       .arg(inv.term)
                << '\n';
            return 2;
        }
        out << *text << '\n';
        return 0;
    }
    case cli::Invocation::Command::Check:
        // TLS comes after the connect: load the TLS stack on another core from now on, with the
        // CA file (net/TlsWarmup.h). The check would start it too, a little later.
        if (inv.settings.security != Security::None)
            startTlsWarmup(inv.settings.caFile);
        break;
    }

    std::unique_ptr<Check> check;
    const auto runCheck = [&](const ServerSettings &settings) {
        check = makeCheck(settings);
        if (!inv.json) {
            QObject::connect(check.get(), &Check::transcriptEvent, [&out](const TranscriptEvent &event) {
                out << renderEventLine(event) << '\n';
                out.flush();
            });
        }
        // The report names the settings; `settings` may not outlive this call, so keep a copy.
        QObject::connect(check.get(), &Check::finished, [&, settings](const CheckResult &finished) {
            CheckResult result = finished;
            result.findings = diagnose(result);  // the check draws no conclusions; its reader does
            if (inv.json) {
                out << QJsonDocument(toJson(result)).toJson(QJsonDocument::Indented);
            } else {
                out << '\n' << renderSummaryText(result);
            }
            out.flush();
            if (!inv.reportFile.isEmpty()) {
                QSaveFile file(inv.reportFile);
                const QByteArray html =
                    renderHtmlReport({ReportEntry{settings, result}}, QDateTime::currentDateTimeUtc()).toUtf8();
                if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size() || !file.commit()) {
                    err << "maildoctor-cli: "
                        << QCoreApplication::translate("main", "Could not write the report to %1: %2")
                               .arg(inv.reportFile, file.errorString())
                        << '\n';
                    QCoreApplication::exit(2);
                    return;
                }
            }
            QCoreApplication::exit(result.ok ? 0 : 1);
        });
        check->start();
    };
    QTimer::singleShot(0, [&] {
        if (!inv.storedToken) {
            runCheck(inv.settings);
            return;
        }
        cli::OAuthCommand::withStoredToken(inv.settings, inv.json, [&](int exitCode, const QString &token) {
            if (exitCode != 0) {
                QCoreApplication::exit(exitCode);
                return;
            }
            ServerSettings settings = inv.settings;
            settings.token = token;
            runCheck(settings);
        });
    });
    const int status = app.exec();
    out.flush();
    err.flush();
#if defined(__SANITIZE_ADDRESS__)
#define MAILDOCTOR_LEAK_CHECKED_EXIT
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MAILDOCTOR_LEAK_CHECKED_EXIT
#endif
#endif
#ifndef MAILDOCTOR_LEAK_CHECKED_EXIT
    // Everything is written: the output is flushed and a report was committed before exit() was
    // asked for. Skip the teardown (closing the TLS library, unloading Qt's plugins, static
    // destructors): about 1.5 million instructions, a few per cent of a check on loopback
    // (tests/bench). Sanitizer builds still exit normally so that LeakSanitizer runs.
    std::fflush(nullptr);
    std::_Exit(status);
#endif
    return status;
}
