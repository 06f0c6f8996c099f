#pragma once

#include <optional>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>

namespace md::oauth {

/// One OAuth2 authorization server a mail provider uses (RFC 6749), as data: the presets come
/// from the JSON resource :/oauth/providers.json, custom providers from the user.
struct Provider {
    QString id;  ///< stable key: "google", "microsoft", … or the custom name
    QString name;  ///< for people
    QUrl authorizationUrl;  ///< RFC 6749 §3.1
    QUrl tokenUrl;  ///< RFC 6749 §3.2
    QStringList imapScopes, pop3Scopes, smtpScopes;
    QString mechanism = QStringLiteral("xoauth2");  ///< the SASL mechanism the provider prefers
    /// Host name in the loopback redirect URI (RFC 8252 §7.3): "127.0.0.1", or "localhost" for
    /// Microsoft, which accepts http://localhost only. We always listen on 127.0.0.1.
    QString redirectHost = QStringLiteral("127.0.0.1");
    /// Extra authorization request parameters (Google: access_type=offline, or no refresh token).
    QVariantMap authorizationParams;
    bool clientSecretRequired = false;  ///< Google and others want their "secret" even for desktop apps
    QUrl registerUrl;  ///< where to register an application (to get a client id)
    QString appType;  ///< the application type to choose there
    QStringList domains;  ///< mail domains served (exact)
    QStringList hosts;  ///< IMAP/POP3/SMTP host names (exact or *.glob)
    QStringList mxPatterns;  ///< MX host names of domains it hosts (exact or *.glob)
    QString clientId;  ///< empty until settings, --client-id or the build-time file set it
    QString clientSecret;  ///< optional; not secret for installed apps, but never printed
    bool custom = false;  ///< defined by the user, not a preset

    /// Every scope mail access needs: IMAP, POP3 and SMTP together, each once, in order.
    [[nodiscard]] QStringList allScopes() const;
    [[nodiscard]] QJsonObject toJson() const;  ///< for `oauth providers --json` (no secret)
};

/// The presets plus the user's custom providers and client ids.
class ProviderRegistry
{
    Q_DECLARE_TR_FUNCTIONS(md::oauth::ProviderRegistry)
public:
    /// The presets from the resource, with client ids from the build-time file
    /// (-DMAILDOCTOR_OAUTH_CLIENTS, resource :/oauth/clients.json) when one was given.
    ProviderRegistry();

    /// Reads client ids and custom providers from the user's settings:
    ///   oauth/clients/<id>/client_id, oauth/clients/<id>/client_secret
    ///   oauth/custom/<name>/{authorization_url, token_url, scopes, client_id, client_secret, mechanism}
    void loadSettings(QSettings &settings);
    /// Applies a client-id file ({"google": {"client_id": "…", "client_secret": "…"}, …}).
    /// Returns an error message, or an empty string.
    QString loadClientsJson(const QByteArray &json);
    /// Adds or replaces a provider (custom providers).
    void add(Provider provider);

    [[nodiscard]] const QList<Provider> &providers() const { return m_providers; }
    [[nodiscard]] std::optional<Provider> find(const QString &id) const;
    /// A provider serving this mail domain (the part after "@"), by its domains.
    [[nodiscard]] std::optional<Provider> detectByDomain(const QString &domain) const;
    /// A provider running this IMAP/POP3/SMTP host.
    [[nodiscard]] std::optional<Provider> detectByHost(const QString &host) const;
    /// A provider whose MX hosts these are: custom domains on Microsoft 365
    /// (*.mail.protection.outlook.com) or Google Workspace (*.google.com, *.googlemail.com).
    [[nodiscard]] std::optional<Provider> detectByMx(const QStringList &mxHosts) const;

    /// "No client id is set for X: register an application at … and pass --client-id".
    [[nodiscard]] static QString missingClientIdMessage(const Provider &provider);
    /// The domain of an address ("alice@Example.COM" → "example.com"), empty if none.
    [[nodiscard]] static QString domainOf(const QString &email);

private:
    QList<Provider> m_providers;
};

/// True when `host` matches `pattern`: equal, or "*.x.y" matching any name below x.y; also
/// "mta*.am0.x" style globs. Case-insensitive; a trailing dot is ignored.
[[nodiscard]] bool hostMatches(const QString &pattern, const QString &host);

}  // namespace md::oauth
