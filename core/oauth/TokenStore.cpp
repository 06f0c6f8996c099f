#include "TokenStore.h"

#include <memory>
#include <QJsonArray>
#include <QJsonDocument>

namespace md::oauth {

namespace {

/// The index of stored token sets: their tokenKey() names (no secrets).
CredentialKey indexKey()
{
    return { QStringLiteral("oauth2-index"), Protocol::Imap, SecretKind::OAuthTokens };
}

/// "oauth2:google:alice@example.com" → its credential key.
CredentialKey keyFor(const QString &name)
{
    const QStringList parts = name.split(QLatin1Char(':'));
    return TokenStore::credentialKey(parts.value(1), parts.mid(2).join(QLatin1Char(':')));
}

QString storeError(const CredentialError &error)
{
    return error.message();
}

}  // namespace

CredentialKey TokenStore::credentialKey(const QString &provider, const QString &user)
{
    return { provider + QLatin1Char('/') + user.toLower(), Protocol::Imap, SecretKind::OAuthTokens };
}

void TokenStore::readIndex(std::function<void(const QStringList &, const QString &)> done)
{
    m_store->read(indexKey(), [done = std::move(done)](const CredentialError &error, const QString &secret) {
        if (error.code == CredentialError::Code::NotFound) {
            done({}, {});
            return;
        }
        if (!error.ok()) {
            done({}, storeError(error));
            return;
        }
        QStringList keys;
        for (const QJsonValue &v : QJsonDocument::fromJson(secret.toUtf8()).array())
            keys << v.toString();
        done(keys, {});
    });
}

void TokenStore::writeIndex(const QStringList &keys, std::function<void(const QString &)> done)
{
    const QByteArray json = QJsonDocument(QJsonArray::fromStringList(keys)).toJson(QJsonDocument::Compact);
    m_store->write(indexKey(), QString::fromUtf8(json),
        [done = std::move(done)](const CredentialError &error) { done(error.ok() ? QString() : storeError(error)); });
}

void TokenStore::save(const TokenSet &tokens, std::function<void(const QString &)> done)
{
    const QString key = tokenKey(tokens.provider, tokens.user);
    m_store->write(keyFor(key), QString::fromUtf8(tokens.toSecret()),
        [this, key, done = std::move(done)](const CredentialError &writeError) {
            if (!writeError.ok()) {
                done(storeError(writeError));
                return;
            }
            readIndex([this, key, done](QStringList keys, const QString &error) {
                if (!error.isEmpty()) {
                    done(error);
                    return;
                }
                if (keys.contains(key)) {
                    done({});
                    return;
                }
                keys << key;
                writeIndex(keys, done);
            });
        });
}

void TokenStore::load(const QString &user, const QString &provider, std::function<void(const Loaded &)> done)
{
    readIndex([this, user, provider, done = std::move(done)](const QStringList &keys, const QString &error) {
        if (!error.isEmpty()) {
            done({ {}, error });
            return;
        }
        QStringList wanted;
        for (const QString &key : keys) {
            if (provider.isEmpty()
                    ? key.endsWith(QLatin1Char(':') + user.toLower()) && key.startsWith(QLatin1String("oauth2:"))
                    : key == tokenKey(provider, user))
                wanted << key;
        }
        auto loaded = std::make_shared<Loaded>();
        runInSequence(
            int(wanted.size()),
            [this, wanted, loaded](int i, const std::function<void(bool)> &proceed) {
                m_store->read(
                    keyFor(wanted.at(i)), [loaded, proceed](const CredentialError &error, const QString &secret) {
                        if (error.ok()) {
                            if (auto set = TokenSet::fromSecret(secret.toUtf8()))
                                loaded->sets << *set;
                        } else if (error.code != CredentialError::Code::NotFound && loaded->error.isEmpty()) {
                            loaded->error = storeError(error);
                        }
                        proceed(true);
                    });
            },
            [loaded, done](bool) { done(*loaded); });
    });
}

void TokenStore::findSignIn(
    const QStringList &users, const QString &provider, std::function<void(const QString &, const Loaded &)> done)
{
    QStringList wanted;
    for (const QString &user : users) {
        if (!user.isEmpty() && !wanted.contains(user, Qt::CaseInsensitive))
            wanted << user;
    }
    auto next = std::make_shared<std::function<void(int)>>();
    // Each load holds the next step (not the step itself: no cycle, so nothing leaks).
    *next = [this, wanted, provider, done = std::move(done), weakNext = std::weak_ptr(next)](int i) {
        if (i >= wanted.size()) {
            done({}, {});
            return;
        }
        load(wanted.at(i), provider, [wanted, done, i, next = weakNext.lock()](const Loaded &loaded) {
            if (loaded.error.isEmpty() && loaded.sets.isEmpty())
                (*next)(i + 1);
            else
                done(wanted.at(i), loaded);
        });
    };
    (*next)(0);
}

void TokenStore::remove(const QString &user, const QString &provider, std::function<void(int, const QString &)> done)
{
    load(user, provider, [this, done = std::move(done)](const Loaded &loaded) {
        if (!loaded.error.isEmpty() || loaded.sets.isEmpty()) {
            done(0, loaded.error);
            return;
        }
        QStringList gone;
        for (const TokenSet &t : loaded.sets)
            gone << tokenKey(t.provider, t.user);
        auto firstError = std::make_shared<QString>();
        runInSequence(
            int(gone.size()),
            [this, gone, firstError](int i, const std::function<void(bool)> &proceed) {
                m_store->remove(keyFor(gone.at(i)), [firstError, proceed](const CredentialError &error) {
                    if (!error.ok() && error.code != CredentialError::Code::NotFound && firstError->isEmpty())
                        *firstError = storeError(error);
                    proceed(true);
                });
            },
            [this, gone, firstError, done](bool) {
                readIndex([this, gone, firstError, done](QStringList keys, const QString &) {
                    for (const QString &k : gone)
                        keys.removeAll(k);
                    writeIndex(keys, [gone, firstError, done](const QString &error) {
                        done(int(gone.size()), firstError->isEmpty() ? error : *firstError);
                    });
                });
            });
    });
}

void TokenStore::ensureFresh(
    const QString &user, const QString &provider, TokenClient *client, std::function<void(const Fresh &)> done)
{
    load(user, provider, [this, user, client, done = std::move(done)](const Loaded &loaded) mutable {
        ensureFresh(loaded, user, client, std::move(done));
    });
}

void TokenStore::ensureFresh(
    const Loaded &loaded, const QString &user, TokenClient *client, std::function<void(const Fresh &)> done)
{
    Fresh f;
    if (!loaded.error.isEmpty()) {
        f.error = loaded.error;
        done(f);
        return;
    }
    if (loaded.sets.isEmpty()) {
        f.notSignedIn = true;
        f.error = tr("No OAuth2 sign-in is stored for %1: sign in first.").arg(user);
        done(f);
        return;
    }
    if (loaded.sets.size() > 1) {
        QStringList names;
        for (const TokenSet &t : loaded.sets)
            names << t.provider;
        f.severalProviders = true;
        f.error = tr("Sign-ins for %1 are stored with several providers (%2) and it is not clear which one "
                     "to use: sign out, then sign in again with the one you need.")
                      .arg(user, names.join(QStringLiteral(", ")));
        done(f);
        return;
    }
    TokenSet tokens = loaded.sets.first();
    f.provider = tokens.provider;
    if (!tokens.expiresWithin(kRefreshMarginSeconds)) {
        f.ok = true;
        f.tokens = tokens;
        done(f);
        return;
    }
    if (tokens.refreshToken.isEmpty()) {
        f.refreshFailed = true;
        f.error
            = tr("The access token for %1 has expired and no refresh token is stored: sign in again.").arg(user);
        done(f);
        return;
    }
    client->refresh(tokens, [this, tokens, done](const TokenResponse &response) mutable {
        Fresh f;
        f.provider = tokens.provider;
        if (!response.ok) {
            f.refreshFailed = true;
            f.providerError = response.error;
            f.error = tr("Refreshing the access token failed: %1. Sign in again.").arg(response.error.toString());
            done(f);
            return;
        }
        TokenClient::applyRefresh(tokens, response);
        // The rotated refresh token must be stored before anything else: the old one is dead.
        save(tokens, [tokens, done](const QString &error) {
            Fresh f;
            f.provider = tokens.provider;
            f.refreshed = true;
            f.tokens = tokens;
            f.ok = error.isEmpty();
            f.error = error;
            done(f);
        });
    });
}

Finding TokenStore::refreshFailedFinding(const QString &user, const OAuthError &error)
{
    Finding f;
    f.code = QStringLiteral("auth.oauth_refresh_failed");
    f.severity = Finding::Severity::Error;
    f.title = tr("The OAuth2 access token could not be refreshed");
    f.detail = error.isEmpty()
        ? tr("The stored sign-in for %1 cannot be renewed. Sign in again.").arg(user)
        : tr("The provider refused to renew the sign-in for %1 (%2). The refresh token was revoked, expired or "
             "already used. Sign in again.")
              .arg(user, error.toString());
    return f;
}

}  // namespace md::oauth
