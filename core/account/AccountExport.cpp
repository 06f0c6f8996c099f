#include "AccountExport.h"

#include "account/CredentialStore.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>

namespace md {

namespace {

QString socketType(Security security)
{
    switch (security) {
    case Security::Tls:
        return QStringLiteral("SSL");
    case Security::StartTls:
        return QStringLiteral("STARTTLS");
    case Security::None:
        return QStringLiteral("plain");
    }
    return {};
}

// config-v1.1 authentication values.
QString autoconfigAuthentication(const ServerProfile &server)
{
    if (server.usesOAuth())
        return QStringLiteral("OAuth2");
    const QString m = server.authMechanism;
    if (m == QLatin1String("cram-md5") || m.startsWith(QLatin1String("scram-")))
        return QStringLiteral("password-encrypted");
    return QStringLiteral("password-cleartext");
}

QString placeholderUser(const ServerProfile &server, const QString &email)
{
    if (!email.isEmpty() && server.user == email)
        return QStringLiteral("%EMAILADDRESS%");
    const int at = email.indexOf(QLatin1Char('@'));
    if (at > 0 && server.user == email.left(at))
        return QStringLiteral("%EMAILLOCALPART%");
    return server.user;
}

void writeServer(QXmlStreamWriter &xml, const QString &element, const ServerProfile &server, const QString &email)
{
    xml.writeStartElement(element);
    xml.writeAttribute(QStringLiteral("type"), toString(server.protocol));
    xml.writeTextElement(QStringLiteral("hostname"), server.host);
    xml.writeTextElement(QStringLiteral("port"), QString::number(server.port));
    xml.writeTextElement(QStringLiteral("socketType"), socketType(server.security));
    xml.writeTextElement(QStringLiteral("authentication"), autoconfigAuthentication(server));
    xml.writeTextElement(QStringLiteral("username"), placeholderUser(server, email));
    xml.writeEndElement();
}

// POSIX shell single quoting: 'it'\''s'.
QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

}  // namespace

QString AccountExport::autoconfig(const Account &account)
{
    QByteArray out;  // a byte buffer makes the writer declare encoding="UTF-8"
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("clientConfig"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.1"));
    const int at = account.email.lastIndexOf(QLatin1Char('@'));
    const QString domain = at >= 0 ? account.email.mid(at + 1) : account.email;
    xml.writeStartElement(QStringLiteral("emailProvider"));
    xml.writeAttribute(QStringLiteral("id"), domain);
    xml.writeTextElement(QStringLiteral("domain"), domain);
    xml.writeTextElement(
        QStringLiteral("displayName"), account.displayName.isEmpty() ? account.name : account.displayName);
    xml.writeTextElement(QStringLiteral("displayShortName"), account.name);
    writeServer(xml, QStringLiteral("incomingServer"), account.incoming, account.email);
    writeServer(xml, QStringLiteral("outgoingServer"), account.outgoing, account.email);
    xml.writeEndElement();  // emailProvider
    xml.writeEndElement();  // clientConfig
    xml.writeEndDocument();
    return QString::fromUtf8(out);
}

QString AccountExport::secretToolLookup(const QString &account, Protocol server)
{
    // The attributes QtKeychain's libsecret backend stores: server=<service>, user=<key>.
    const CredentialKey key { account, server, SecretKind::Password };
    return QStringLiteral("secret-tool lookup server %1 user %2")
        .arg(QString(CredentialStore::kService), shellQuote(key.toString()));
}

std::optional<QString> AccountExport::msmtp(const Account &account, QString *error)
{
    const ServerProfile &s = account.outgoing;
    for (const QString &field : { account.name, account.email, s.host, s.user, s.caFile }) {
        if (hasControlCharacters(field)) {
            *error = tr("The account \"%1\" holds a line break or control character that an msmtp file cannot carry.")
                         .arg(account.name.simplified());
            return std::nullopt;
        }
    }
    if (s.usesOAuth()) {
        *error = tr("The account \"%1\" sends with OAuth2; an msmtp file can only read a password from the keychain.")
                     .arg(account.name);
        return std::nullopt;
    }
    // msmtp account names: keep them to characters that need no quoting.
    QString id = account.name;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._@+-]"));
    id.replace(unsafe, QStringLiteral("-"));

    QStringList lines;
    lines << QStringLiteral("# Mail Doctor account \"%1\": outgoing server (SMTP).").arg(account.name)
          << QStringLiteral("# The password is read from the OS keychain when msmtp needs it.")
          << QStringLiteral("account %1").arg(id) << QStringLiteral("host %1").arg(s.host)
          << QStringLiteral("port %1").arg(s.port);
    if (s.security == Security::None) {
        lines << QStringLiteral("tls off");
    } else {
        lines << QStringLiteral("tls on")
              << QStringLiteral("tls_starttls %1")
                     .arg(s.security == Security::StartTls ? QStringLiteral("on") : QStringLiteral("off"))
              << QStringLiteral("tls_trust_file %1").arg(s.caFile.isEmpty() ? QStringLiteral("system") : s.caFile);
        if (!s.pinnedSpki.isEmpty())
            lines << QStringLiteral("# Mail Doctor pins this server's key (SPKI SHA-256 %1); msmtp cannot pin a key, "
                                    "only a certificate (tls_fingerprint).")
                         .arg(QString::fromLatin1(s.pinnedSpki.toHex(':')));
    }
    if (!account.email.isEmpty())
        lines << QStringLiteral("from %1").arg(account.email);
    if (s.user.isEmpty()) {
        lines << QStringLiteral("auth off");
    } else {
        lines << QStringLiteral("auth %1").arg(
            s.authMechanism == QLatin1String("auto") ? QStringLiteral("on") : s.authMechanism)
              << QStringLiteral("user %1").arg(s.user)
              << QStringLiteral("passwordeval %1").arg(secretToolLookup(account.name, s.protocol));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

}  // namespace md
