#pragma once

#include <functional>
#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace md::cli {

/// `maildoctor-cli account add|list|show|remove|test|export …`: saved accounts. Profiles go to
/// the ProfileStore, secrets only to the OS keychain (KeychainCredentialStore).
class AccountCommand
{
    Q_DECLARE_TR_FUNCTIONS(md::cli::AccountCommand)
public:
    /// Runs the command given by `arguments` (everything after "account") in the application's
    /// event loop and returns the exit status: 0 done (a test passed), 1 it ran and something
    /// failed, 2 bad usage or input. Output goes to stdout, errors to stderr.
    [[nodiscard]] static int run(const QStringList &arguments, const std::function<QByteArray()> &readStdinLine);
    [[nodiscard]] static QString helpText();
};

}  // namespace md::cli
