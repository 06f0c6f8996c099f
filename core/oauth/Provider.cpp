#include "Provider.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace md::oauth {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QString normalHost(QString host)
{
    host = host.trimmed().toLower();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

Provider fromJson(const QJsonObject &o)
{
    Provider p;
    p.id = o.value(QLatin1String("id")).toString();
    p.name = o.value(QLatin1String("name")).toString();
    p.authorizationUrl = QUrl(o.value(QLatin1String("authorization_url")).toString());
    p.tokenUrl = QUrl(o.value(QLatin1String("token_url")).toString());
    const QJsonObject scopes = o.value(QLatin1String("scopes")).toObject();
    p.imapScopes = strings(scopes.value(QLatin1String("imap")));
    p.pop3Scopes = strings(scopes.value(QLatin1String("pop3")));
    p.smtpScopes = strings(scopes.value(QLatin1String("smtp")));
    p.mechanism = o.value(QLatin1String("mechanism")).toString(QStringLiteral("xoauth2"));
    p.redirectHost = o.value(QLatin1String("redirect_host")).toString(QStringLiteral("127.0.0.1"));
    p.clientSecretRequired = o.value(QLatin1String("client_secret_required")).toBool();
    p.authorizationParams = o.value(QLatin1String("authorization_params")).toObject().toVariantMap();
    p.registerUrl = QUrl(o.value(QLatin1String("register_url")).toString());
    p.appType = o.value(QLatin1String("app_type")).toString();
    p.domains = strings(o.value(QLatin1String("domains")));
    p.hosts = strings(o.value(QLatin1String("hosts")));
    p.mxPatterns = strings(o.value(QLatin1String("mx")));
    return p;
}

}  // namespace

bool hostMatches(const QString &pattern, const QString &host)
{
    const QString h = normalHost(host);
    const QString p = normalHost(pattern);
    if (h.isEmpty() || p.isEmpty())
        return false;
    if (!p.contains(QLatin1Char('*')))
        return h == p;
    // "*" stands for one or more characters of host name labels (never an empty label).
    QString re = QRegularExpression::escape(p);
    re.replace(QLatin1String("\\*"), QLatin1String("[a-z0-9._-]+"));
    return QRegularExpression(QRegularExpression::anchoredPattern(re)).match(h).hasMatch();
}

QStringList Provider::allScopes() const
{
    QStringList out;
    for (const QStringList *list : { &imapScopes, &pop3Scopes, &smtpScopes }) {
        for (const QString &s : *list) {
            if (!out.contains(s))
                out << s;
        }
    }
    return out;
}

QJsonObject Provider::toJson() const
{
    return {
        { QStringLiteral("id"), id },
        { QStringLiteral("name"), name },
        { QStringLiteral("authorization_url"), authorizationUrl.toString() },
        { QStringLiteral("token_url"), tokenUrl.toString() },
        { QStringLiteral("scopes"),
            QJsonObject { { QStringLiteral("imap"), toArray(imapScopes) },
                { QStringLiteral("pop3"), toArray(pop3Scopes) }, { QStringLiteral("smtp"), toArray(smtpScopes) } } },
        { QStringLiteral("mechanism"), mechanism },
        { QStringLiteral("redirect_host"), redirectHost },
        { QStringLiteral("register_url"), registerUrl.toString() },
        { QStringLiteral("domains"), toArray(domains) },
        { QStringLiteral("hosts"), toArray(hosts) },
        { QStringLiteral("mx"), toArray(mxPatterns) },
        { QStringLiteral("client_id_set"), !clientId.isEmpty() },
        { QStringLiteral("custom"), custom },
    };
}

ProviderRegistry::ProviderRegistry()
{
    QFile presets(QStringLiteral(":/oauth/providers.json"));
    if (presets.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(presets.readAll()).object();
        for (const QJsonValue &v : root.value(QLatin1String("providers")).toArray())
            m_providers << fromJson(v.toObject());
    }
    QFile clients(QStringLiteral(":/oauth/clients.json"));
    if (clients.open(QIODevice::ReadOnly))
        (void)loadClientsJson(clients.readAll());  // checked at build time
}

QString ProviderRegistry::loadClientsJson(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return tr("The client id file is not a JSON object: %1").arg(error.errorString());
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        for (Provider &p : m_providers) {
            if (p.id == it.key()) {
                p.clientId = entry.value(QLatin1String("client_id")).toString();
                p.clientSecret = entry.value(QLatin1String("client_secret")).toString();
            }
        }
    }
    return {};
}

void ProviderRegistry::loadSettings(QSettings &settings)
{
    settings.beginGroup(QStringLiteral("oauth/clients"));
    for (const QString &id : settings.childGroups()) {
        for (Provider &p : m_providers) {
            if (p.id != id)
                continue;
            const QString clientId = settings.value(id + QStringLiteral("/client_id")).toString();
            if (!clientId.isEmpty()) {
                p.clientId = clientId;
                p.clientSecret = settings.value(id + QStringLiteral("/client_secret")).toString();
            }
        }
    }
    settings.endGroup();
    settings.beginGroup(QStringLiteral("oauth/custom"));
    for (const QString &name : settings.childGroups()) {
        settings.beginGroup(name);
        Provider p;
        p.id = name;
        p.name = name;
        p.custom = true;
        p.authorizationUrl = QUrl(settings.value(QStringLiteral("authorization_url")).toString());
        p.tokenUrl = QUrl(settings.value(QStringLiteral("token_url")).toString());
        p.imapScopes = settings.value(QStringLiteral("scopes")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        p.clientId = settings.value(QStringLiteral("client_id")).toString();
        p.clientSecret = settings.value(QStringLiteral("client_secret")).toString();
        p.mechanism = settings.value(QStringLiteral("mechanism"), QStringLiteral("xoauth2")).toString();
        p.domains = settings.value(QStringLiteral("domains")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        settings.endGroup();
        if (p.authorizationUrl.isValid() && p.tokenUrl.isValid())
            add(p);
    }
    settings.endGroup();
}

void ProviderRegistry::add(Provider provider)
{
    for (Provider &p : m_providers) {
        if (p.id == provider.id) {
            p = std::move(provider);
            return;
        }
    }
    m_providers << std::move(provider);
}

std::optional<Provider> ProviderRegistry::find(const QString &id) const
{
    for (const Provider &p : m_providers) {
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

std::optional<Provider> ProviderRegistry::detectByDomain(const QString &domain) const
{
    const QString d = normalHost(domain);
    for (const Provider &p : m_providers) {
        for (const QString &known : p.domains) {
            if (normalHost(known) == d)
                return p;
        }
    }
    return std::nullopt;
}

std::optional<Provider> ProviderRegistry::detectByHost(const QString &host) const
{
    for (const Provider &p : m_providers) {
        for (const QString &pattern : p.hosts) {
            if (hostMatches(pattern, host))
                return p;
        }
    }
    return std::nullopt;
}

std::optional<Provider> ProviderRegistry::detectByMx(const QStringList &mxHosts) const
{
    for (const QString &mx : mxHosts) {
        for (const Provider &p : m_providers) {
            for (const QString &pattern : p.mxPatterns) {
                if (hostMatches(pattern, mx))
                    return p;
            }
        }
    }
    return std::nullopt;
}

QString ProviderRegistry::missingClientIdMessage(const Provider &provider)
{
    if (provider.registerUrl.isEmpty())
        return tr("No OAuth2 client id is set for %1. Pass --client-id ID, or set oauth/clients/%2/client_id "
                  "in the settings.")
            .arg(provider.name, provider.id);
    return tr("No OAuth2 client id is set for %1: Mail Doctor ships none. Register an application at %2 "
              "(type \"%3\", redirect URI http://%4 on any port), then pass --client-id ID (and, if the "
              "provider gives you a client secret, --client-secret-env VAR), or set "
              "oauth/clients/%5/client_id in the settings.")
        .arg(provider.name, provider.registerUrl.toString(), provider.appType, provider.redirectHost, provider.id);
}

QString ProviderRegistry::domainOf(const QString &email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return {};
    return normalHost(email.mid(at + 1));
}

}  // namespace md::oauth
