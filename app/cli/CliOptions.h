#pragma once

#include "account/ServerSettings.h"

#include <functional>
#include <optional>
#include <QCoreApplication>
#include <QStringList>

namespace md::cli {

/// What the command line asked for, or why it can't be done.
struct Invocation {
    enum class Command { Help, Version, Check, Explain };
    Command command = Command::Help;
    ServerSettings settings;
    bool json = false;
    QString reportFile;  ///< --report: also write the HTML report here
    bool storedToken = false;  ///< --auth xoauth2|oauthbearer without --token-env: use `oauth login`'s token
    QString term;   ///< for Explain: what to explain ("535", "5.7.8", "SIZE 10240000", …)
    QString error;  ///< non-empty: bad usage or input (exit status 2)
};

/// Parses `arguments` (argv without the program name). Reads the password from the
/// environment or from `stdinText` as asked; never from the command line itself.
class OptionParser
{
    Q_DECLARE_TR_FUNCTIONS(md::cli::OptionParser)
public:
    /// The longest password or line accepted on standard input.
    static constexpr int kMaxPasswordBytes = 4096;

    [[nodiscard]] static Invocation parse(const QStringList &arguments,
                                          const std::function<QByteArray()> &readStdinLine);
    [[nodiscard]] static QString helpText();
    /// Parses "ab:cd:…" hex (with or without colons) or base64 of a 32-byte SHA-256.
    [[nodiscard]] static std::optional<QByteArray> parseSpkiPin(const QString &text);

    // Helpers shared with the account commands. Each returns an empty string on success, else
    // the one-line usage error; `option` is the option's name without "--" ("port", "smtp-port").
    /// Port and security from their option values (empty: not given), each defaulting from the
    /// other as for `smtp` / `imap`.
    [[nodiscard]] static QString parsePortAndSecurity(Protocol protocol, const QString &portOption,
        const QString &portText, const QString &securityOption, const QString &securityText, ServerSettings *settings);
    /// A SASL mechanism name from --auth (lower-cased into `mechanism`); POP3 also takes "user".
    [[nodiscard]] static QString parseMechanism(
        Protocol protocol, const QString &option, const QString &text, QString *mechanism);
    /// An existing, readable PEM file with at least one certificate.
    [[nodiscard]] static QString checkCaFile(const QString &path);
    /// An SPKI pin (see parseSpkiPin).
    [[nodiscard]] static QString parsePin(const QString &option, const QString &text, QByteArray *pin);
    /// --timeout SECONDS.
    [[nodiscard]] static QString parseTimeout(const QString &text, Timeouts *timeouts);
    /// The password from environment variable `envVar` (when not empty) or from standard input
    /// (when `fromStdin`); both at once is an error. Neither leaves `password` empty.
    [[nodiscard]] static QString readPassword(
        const QString &envVar, bool fromStdin, const std::function<QByteArray()> &readStdinLine, QString *password);
};

}  // namespace md::cli
