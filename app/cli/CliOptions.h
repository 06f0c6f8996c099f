#pragma once

#include "account/ServerSettings.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace md::cli {

/// What the command line asked for, or why it can't be done.
struct Invocation {
    enum class Command { Help, Version, Check, Explain };
    Command command = Command::Help;
    ServerSettings settings;
    bool json = false;
    QString reportFile;  ///< --report: also write the HTML report here
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
};

}  // namespace md::cli
