#pragma once

#include "account/CredentialStore.h"
#include "check/CheckResult.h"
#include "TokenClient.h"
#include "TokenSet.h"

#include <functional>
#include <optional>
#include <QCoreApplication>

namespace md::oauth {

/// Token sets in the credential store (SecretKind::OAuthTokens, a JSON string secret), one per
/// user and provider (credentialKey()), plus an index entry listing those (a keychain cannot
/// enumerate). A token set serves every protocol of the account; it is filed under "imap".
/// Refreshes before use.
class TokenStore
{
    Q_DECLARE_TR_FUNCTIONS(md::oauth::TokenStore)
public:
    /// An access token expiring within this many seconds is refreshed before a check.
    static constexpr int kRefreshMarginSeconds = 60;

    struct Loaded {
        QList<TokenSet> sets;  ///< all stored for the user (one per provider)
        QString error;  ///< translated; the store failed (not: nothing stored)
    };
    struct Fresh {
        bool ok = false;
        TokenSet tokens;  ///< ok: usable now
        bool refreshed = false;  ///< a refresh ran (and its result was stored)
        OAuthError providerError;  ///< the refresh's error as the provider sent it
        QString error;  ///< translated, when !ok
        bool refreshFailed = false;  ///< !ok because the provider refused the refresh
        bool notSignedIn = false;  ///< !ok because nothing is stored for the user
        bool severalProviders = false;  ///< !ok because sign-ins with several providers are stored, none named
        QString provider;  ///< the provider of the stored sign-in used (also when its refresh failed)
    };

    explicit TokenStore(CredentialStore *store) : m_store(store) { }

    /// Where the token set of `user` at `provider` is kept.
    [[nodiscard]] static CredentialKey credentialKey(const QString &provider, const QString &user);

    void save(const TokenSet &tokens, std::function<void(const QString &error)> done);
    /// Every token set stored for `user` (any provider); `provider` non-empty narrows it.
    void load(const QString &user, const QString &provider, std::function<void(const Loaded &)> done);
    /// The first of `users` with a stored sign-in (with `provider`, when non-empty): loads them in
    /// order (empty names and repeats, in any case, skipped) and calls done once with the user
    /// whose sets were found, or whose load failed (loaded.error; the search ends there). None
    /// has one: done with an empty user and nothing loaded.
    void findSignIn(const QStringList &users, const QString &provider,
        std::function<void(const QString &user, const Loaded &loaded)> done);
    /// Removes the user's token sets (all providers, or one); `removed` is how many.
    void remove(
        const QString &user, const QString &provider, std::function<void(int removed, const QString &error)> done);
    /// Loads the user's tokens and refreshes them when they expire within a minute (storing a
    /// rotated refresh token at once). Fails with refreshFailed when the provider refuses.
    void ensureFresh(
        const QString &user, const QString &provider, TokenClient *client, std::function<void(const Fresh &)> done);
    /// The same for what findSignIn() or load() already read for `user`: no second keychain read.
    /// Unlike the rest of the store, `done` may run inside this call (when no refresh is needed):
    /// call it from a store callback, as findSignIn's.
    void ensureFresh(
        const Loaded &loaded, const QString &user, TokenClient *client, std::function<void(const Fresh &)> done);

    /// The finding for a refused refresh: auth.oauth_refresh_failed, the provider's error
    /// decoded, and "sign in again". Like every Fresh::error, in words for any front end: how to
    /// sign in (a command, a button) is each front end's to add.
    [[nodiscard]] static Finding refreshFailedFinding(const QString &user, const OAuthError &error);

private:
    void readIndex(std::function<void(const QStringList &keys, const QString &error)> done);
    void writeIndex(const QStringList &keys, std::function<void(const QString &error)> done);

    CredentialStore *m_store;
};

}  // namespace md::oauth
