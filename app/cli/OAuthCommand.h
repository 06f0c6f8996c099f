#pragma once

#include "account/ServerSettings.h"

#include <functional>
#include <QCoreApplication>
#include <QStringList>

namespace md::cli {

/// `maildoctor-cli oauth login|status|logout|providers …`: OAuth2 sign-in in the system browser
/// (authorization code + PKCE, redirect to 127.0.0.1), tokens in the OS keychain.
///
/// The CLI links no QtGui, so it does not use QDesktopServices: it prints the authorization URL
/// alone on one line of standard output and, unless --no-browser, hands it to the desktop's
/// opener (xdg-open; `open` on macOS). A GUI front end opens it with QDesktopServices.
class OAuthCommand
{
    Q_DECLARE_TR_FUNCTIONS(md::cli::OAuthCommand)
public:
    /// Runs the command (everything after "oauth") in the event loop; the exit status: 0 done
    /// (signed in), 1 refused or failed, 2 bad usage.
    [[nodiscard]] static int run(const QStringList &arguments);
    [[nodiscard]] static QString helpText();

    /// For `smtp`/`imap`/`pop3 --auth xoauth2|oauthbearer` without --token-env: the stored access token
    /// for settings.user, refreshed first when it expires within a minute. On failure it prints
    /// what happened (a refused refresh as the finding auth.oauth_refresh_failed, as JSON when
    /// `json`) and calls done with exit status 1 and no token.
    /// `alsoAsk`: users whose sign-in is tried before settings.user (a saved account's address:
    /// the wizard stores the sign-in under the address, while the server's user may differ).
    static void withStoredToken(const ServerSettings &settings, bool json,
                                std::function<void(int exitCode, const QString &token)> done,
                                const QStringList &alsoAsk = {});
};

}  // namespace md::cli
