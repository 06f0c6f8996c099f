<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;maildoctor-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No explanation for &quot;%1&quot;: not a reply code, enhanced status code, IMAP response code, capability or mechanism Mail Doctor knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Account</name>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a server has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port of %1 is not a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the security of %1 is not tls, starttls or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pinned key of %1 is not a base64 SHA-256 hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account &quot;%1&quot; has no &quot;%2&quot; server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: the outgoing server must be SMTP and the incoming one IMAP or POP3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::AccountExport</name>
    <message>
        <source>The account &quot;%1&quot; holds a line break or control character that an msmtp file cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; sends with OAuth2; an msmtp file can only read a password from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Check</name>
    <message>
        <source>No server port was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; could not be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS server address (ADDR or ADDR:PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 port %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting TLS handshake (verifying the certificate for &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by its pinned key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate: %1 (issued by %2, valid until %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate: %1 (issued by %2, valid %3 to %4; names: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 on %2 port %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proxy resolves the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 through the %3 proxy %4 (the proxy resolves the name) …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 port %2 through the %3 proxy %4 (it does not say which address it reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 port %2 through the %3 proxy %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 port %2 (%3) through the %4 proxy %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>through the %1 proxy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection during the %1 step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted. The check stops rather than continue without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server (or someone in between) sent data behind the STARTTLS reply before the TLS handshake. It could be forged, so the check stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the user name and password were not sent. Use TLS or STARTTLS, or allow unencrypted authentication explicitly if you accept the risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no authentication on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mechanism %1 is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but the server sent no greeting within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer within %1 s during the %2 step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Connection</name>
    <message>
        <source>&quot;%1&quot; is under the reserved domain .invalid, which never resolves (RFC 6761).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; could not be resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS alert from the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 port %2 within %3 s (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 proxy %2 could not be reached: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 proxy %2 wants a user name and password: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 proxy %2 did not accept the user &quot;%3&quot; and its password: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 proxy %2 did not connect to %3 port %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s key does not match the pinned key (SPKI SHA-256 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; took longer than %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to %1 port %2 through the %3 proxy %4:%5 within %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::CredentialError</name>
    <message>
        <source> (the keychain said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: there is no Secret Service on the session bus, or no session bus at all%1. Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and log in to a desktop session, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is locked%1. Unlock it (log in to your desktop session or open your keyring manager), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access%1. Allow Mail Doctor to use the keychain, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; it may be waiting for you to unlock it in a dialog. Unlock the keychain, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed%1. Try again; if it keeps failing, restart your keyring service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Diagnoser</name>
    <message>
        <source>Google: turn on 2-Step Verification for the account, then create an app password at https://myaccount.google.com/apppasswords and enter those 16 letters instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo: open Account Info → Account Security (https://login.yahoo.com/account/security), choose &quot;Generate app password&quot; and use it instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOL: open Account Info → Account Security (https://login.aol.com/account/security), choose &quot;Generate app password&quot; and use it instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iCloud: sign in at https://account.apple.com, open Sign-In and Security → App-Specific Passwords, create one and use it with your full iCloud address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fastmail: open Settings → Privacy &amp; Security → Manage app passwords and access, create a password for mail (IMAP/SMTP) and use it instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoho: open My Account → Security → App Passwords, generate one and use it instead of your normal password (and make sure IMAP access is enabled in Zoho Mail&apos;s settings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft: app passwords exist only for personal accounts with two-step verification (https://account.microsoft.com/security → Advanced security options → App passwords); most Microsoft accounts now need OAuth2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look in the account&apos;s security settings on the provider&apos;s web site for &quot;app passwords&quot; (also called application-specific passwords); they are offered when two-step verification is on. Create one for mail and use it instead of your normal password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP is normally on port 993 (TLS) or 143 (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3 is normally on port 995 (TLS) or 110 (STARTTLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail submission is normally on port 587 (STARTTLS) or 465 (TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name could not be looked up in DNS, so there is no address to connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the spelling of the server name (your provider&apos;s help pages list it, often as smtp.… or imap.… followed by the domain), and that this computer is online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; took too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name service did not answer in time, so it is not known whether the name exists. This points at this computer&apos;s network or DNS settings rather than at the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this computer is online, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but refused the connection on port %2: no service listens there, or a firewall rejects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try port 587 (STARTTLS) or 465 (TLS); some providers also offer 2525 for networks that block the usual ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection attempt got no answer at all: a firewall, the network you are on or your internet provider silently drops traffic to this port (port 25 is blocked by many providers), or the server is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s key is not the pinned one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is otherwise valid, but its public key differs from the key pinned for this account. The server may have a new key, or someone is intercepting the connection. Ask the provider before trusting the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key offered now: SPKI SHA-256 %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has been revoked or blocked: do not trust this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is self-signed: it vouches for itself, and nothing this computer trusts vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate was issued by &quot;%1&quot;, an authority this computer does not trust (or the server does not send the intermediate certificates).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this is a server you run, install a certificate from a public authority (for example Let&apos;s Encrypt) or add its CA certificate to the trusted certificates. If you have checked with the provider that this is the right certificate, you can trust exactly this key by pinning it (SPKI SHA-256 %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is not made out for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate names no host at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is valid for %1, but the connection was made to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the name the certificate is made for: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mismatch can also mean the connection is being intercepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is valid from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s administrator must renew it. If the date looks recent, also check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, the server&apos;s administrator must fix the certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port starts without encryption: use STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check started TLS at once, but the server on port %1 sent its plaintext greeting instead of a TLS answer. This port expects STARTTLS (a plaintext greeting, then an upgrade to TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server only speaks an outdated TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor requires TLS 1.2 or newer (RFC 8996 retired TLS 1.0 and 1.1), and the server offers nothing newer than TLS 1.1. Its administrator must enable TLS 1.2 or 1.3; there is no safe setting to change on this side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client and the server could not agree on an encrypted connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server expects STARTTLS on this port, try that instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 does not serve %2: %3 answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server on this port speaks %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is limiting this account or connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many messages, connections or attempts in a short time, or a daily sending quota is used up. Wait (often an hour, sometimes a day) and try again; if it keeps happening, ask the provider about its limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announced a limit of %1 per message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants encryption first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It accepts a login (and mail) only on an encrypted connection. Use STARTTLS or implicit TLS, then log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sends this account to another server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It did not say which server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its referral names %1: use that server for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not checked here, so it may well be right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password login is switched off for this account: use OAuth2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft (Exchange Online, Microsoft 365, Outlook.com) no longer accepts the account password from mail programs (&quot;basic authentication&quot;). Sign in with OAuth2 instead (XOAUTH2 with an access token from Microsoft).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply also says that authenticated SMTP is disabled for the organisation: an administrator must enable &quot;Authenticated SMTP&quot; for this mailbox in the Microsoft 365 admin center, even for OAuth2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Mail Doctor concludes this from the server name; the reply itself does not say why.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account needs an app password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has two-step sign-in, so the provider does not accept the normal password from mail programs. Create an app password — a separate password just for this program — and log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the OAuth2 access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its error report: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has expired, was issued for another account or service (its scope must include mail, e.g. https://mail.google.com/ or https://outlook.office.com/SMTP.Send), or was revoked. Get a fresh access token and try again; access tokens usually live about an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed for now (a temporary problem on the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not check the login right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password (or the account) has expired: change it on the provider&apos;s web site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks you to contact its administrator or support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is right, but this user may not log in as the identity requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both (the user name is often the full mail address) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the account uses two-step sign-in, it needs an app password instead of the normal one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The login used %1. If you are sure the password is right, try the PLAIN login method: some servers cannot check %1 logins.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow login on an unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It advertises LOGINDISABLED: the LOGIN command is switched off until the connection is encrypted, and it offers no other usable way to log in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use STARTTLS or TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not allow logging in with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It advertises LOGINDISABLED even on the encrypted connection and offers no AUTHENTICATE mechanism, so no login is possible here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many servers offer login only after STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is for mail between servers, which needs no login; mail programs submit mail on port 587 (or 465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail programs submit mail on port 587 (or 465), where the server offers login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no login on this port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its capabilities list no authentication mechanism, so a user name and password cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login method is not available on this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It accepts only OAuth2 access tokens, no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor supports none of these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of those, for example %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not sent over an unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone on the network path could read it. Encrypt the connection (STARTTLS or TLS); only if you accept the risk, allow unencrypted login explicitly in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses mail from this network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your IP address is on a block list or has a poor reputation with this provider, or the provider does not accept connections from your kind of network (home, mobile or VPN addresses). Send through your own provider&apos;s submission server with a login, or ask your network&apos;s operator; the reply often names the list and how to get removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refuses to pass the mail on to that recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not relay for this account to that address; the sender address may not belong to the account, or the server is not the account&apos;s outgoing server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a login it accepts mail only for its own addresses. Log in to send to others, on the submission port 587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server wants a login first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It accepts mail from this client only after login: set the account&apos;s user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files by link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asks to try again later (greylisting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It turns away mail from senders it has not seen before, on purpose, and accepts it when it is sent again after a few minutes. A mail program retries by itself; nothing needs to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient has used up their storage and receives no more mail until they make room. Tell them another way, or try later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused for now (a temporary failure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again later may work; a mail program would keep the message in its outbox and retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the account&apos;s own address (or one the provider allows you to send as) as the sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the address for typos; the mailbox may not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply says why; often a content or spam filter, or a policy on senders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused to start encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It advertises STARTTLS but refused it. Use implicit TLS instead, on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection in its greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be overloaded, in maintenance, or refusing connections from your network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not do that right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the %1 command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this client in its greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is busy or refuses service for now; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This usually means your IP address is blocked: it is on a block list, or the provider does not accept connections from your network (some refuse home, mobile or VPN addresses). The reply often names the list and how to get removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the client&apos;s greeting (EHLO/HELO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some servers require a fully qualified host name in EHLO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This port expects TLS from the first byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was accepted, but no greeting came: the server on port %1 waits for the client to start TLS, which is what implicit TLS ports (%2 for %3) do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use implicit TLS (&quot;SSL/TLS&quot;) instead of STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use implicit TLS (&quot;SSL/TLS&quot;) instead of no encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the connection but stayed silent; it may be overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped answering during %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may be overloaded, or something between you and the server (a firewall or antivirus proxy) holds the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection during %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hung up without a word right after connecting: it may refuse this client (a block list or a connection limit), or this is not a mail port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may have crashed or hit a limit; trying again later may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server broke the %1 protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its answer could not be understood: a broken server, a proxy in between, or not a %1 server at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it this connection cannot be encrypted, so the check stopped before sending anything secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use implicit TLS on port %1 if the server has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it used to work, something between you and the server (a firewall or antivirus) may be removing STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data was injected before encryption started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the STARTTLS command-injection attack (or a badly broken server): the extra bytes could be forged by anyone on the path. Implicit TLS is immune to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login exchange failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s side of the %1 exchange did not check out (or the credentials could not be used with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server logged in without a password, on an unencrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It greeted with PREAUTH: the session is already logged in, so STARTTLS is no longer possible and everything (mail included) would travel unencrypted. This is also the signature of an attack that strips STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use implicit TLS on port %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was stopped before it finished; nothing about the server can be concluded. Run it again to see the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything, including the password and the mail itself, travels readable by anyone on the network path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers STARTTLS: use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25 is meant for mail between servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It worked here, but many internet providers block port 25 for home and mobile connections, and many servers do not accept logins on it. Mail programs should use port 587 (STARTTLS) or 465 (TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It is valid until %1. Certificates are normally renewed well before; tell the server&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is trusted only because its key is pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its own it would not verify (%1). If the server&apos;s key changes, the check will fail until the new key is pinned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login was not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is reachable, but no user name was given, so the login was not tried. Set a user name and a password to test it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered: &quot;-ERR %1%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to the mail server. Check the proxy&apos;s address and port (the network&apos;s settings or its administrator name them) and that the proxy is running; without a proxy, connect directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy did not accept its user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the proxy&apos;s own login, not the mail account&apos;s: check the proxy user and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy did not connect to the mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy could not or would not connect to %1 port %2. Proxies often allow only some ports (many HTTP proxies only 443) or some destinations; the server may also be down or the name unknown to the proxy. Ask the network&apos;s administrator, or try the server&apos;s other port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is in use by another session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login itself worked, but another POP3 session (another mail program, a phone, or an earlier connection that has not ended yet) holds the mailbox, and POP3 allows one at a time. Close the other program or wait a few minutes, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in again too soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server allows a login only every %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server allows logins only at a limited rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait before trying again, and let mail programs check this account less often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a temporary problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not the user name or password. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has a lasting problem with this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not the user name or password: the account may be disabled or its mailbox damaged. Contact the provider.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Explain</name>
    <message>
        <source>System status or help reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help message for a person reading the dialogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service ready: the server&apos;s greeting, or its go-ahead to start TLS after STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is closing the connection, as asked (after QUIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication succeeded: the login was accepted (RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: the command was accepted and carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient is not local; the server will forward the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot verify the address but will accept the message and try to deliver it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server waits for the next step of the login exchange (a base64 challenge, RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start sending the message; end it with a line holding a single dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service not available: the server is closing the connection (overloaded, shutting down, or refusing this client for now). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password transition is needed: log in once with a plaintext mechanism over TLS (RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure: the mailbox is unavailable right now (busy, or blocked for policy reasons). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure: a local error on the server while processing. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure: the server is short of storage, or too many recipients were given at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure: TLS is not available right now, or the authentication service failed temporarily (RFC 3207, RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot accept the parameters given, for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue for that node cannot be started now (ETRN, RFC 1985).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETRN is not allowed for that node (RFC 1985).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error: the server did not recognise the command (or the line was too long).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error in the command&apos;s parameters or arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is not implemented by this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad sequence of commands: this command is not allowed at this point (for example MAIL before EHLO, or DATA without a recipient).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A command parameter is not implemented (for example an unknown AUTH mechanism).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This host does not accept mail at all (RFC 7504).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication required: log in first (or, with some servers, start TLS first) (RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication mechanism is too weak for this server&apos;s policy (RFC 4954); some providers also send it when an app password is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication credentials invalid: the user name, password or token was not accepted (RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption required for the requested authentication mechanism: start TLS first (RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent failure: the mailbox is unavailable (no such user, or refused for policy reasons such as relaying or spam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is not local; the server names another address to try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent failure: exceeded storage allocation (the message is too large, or the mailbox is full).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox name is not allowed: bad address syntax, or a sender address this account may not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction failed: refused for good. In a greeting it means the server will not talk to this client (often its IP address is on a block list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM or RCPT TO parameters not recognised or not implemented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail (RFC 7504).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive completion: the command succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive intermediate: the server waits for more from the client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transient negative: the command failed for now; trying again later may work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent negative: the command failed and repeating it will not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It concerns syntax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is informational.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It concerns the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It concerns authentication or accounting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It concerns the mail system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistent transient failure: it may work if tried again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent failure: trying again unchanged will not help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressing status: about the sender or recipient address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox status: about the recipient&apos;s mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system status: about the receiving server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network and routing status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail delivery protocol status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message content or media status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security or policy status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other undefined status: the text of the reply says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other address status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination mailbox address: no such user at that domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination system address: the recipient&apos;s domain is wrong or does not accept mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination address valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination mailbox has moved; no forwarding address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address: the sender&apos;s domain is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message relayed to a non-compliant mailer (RFC 3886).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has a null MX: it accepts no mail (RFC 7505).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined mailbox status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message length exceeds an administrative limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list expansion problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined mail system status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system full: the server is out of storage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System not accepting network messages (for example shutting down).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System not capable of the selected features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message too big for the system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System incorrectly configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested priority was changed (RFC 6710).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined network or routing status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the next host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory server failure (for example DNS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unable to route the message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail system congestion; some providers also use it for sending quotas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routing loop detected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery time expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined protocol status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syntax error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many recipients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid command arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong protocol version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An authentication exchange line is too long (RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined media error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion required and prohibited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion required but not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion with loss performed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message content not available (RFC 4468).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender or recipient (RFC 6531).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UTF-8 reply is required, but the client does not permit it (RFC 6531).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A UTF-8 header message cannot be passed on to some recipients (RFC 6531).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other or undefined security status (often: authentication needed or refused by policy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused: a policy forbids it (relaying without login, a blocked sender, or spam).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security conversion required but not possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security features not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptographic failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message integrity failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak (RFC 4954); Gmail also uses it to say an app password is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption needed (RFC 5248).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption required for the requested authentication mechanism (RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password transition is needed (RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User account disabled (RFC 5248).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust relationship required (RFC 5248).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority level is too low (RFC 6710).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message is too big for the specified priority (RFC 6710).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox owner has changed (RFC 7293).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain owner has changed (RFC 7293).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RRVS test cannot be completed (RFC 7293).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passing DKIM signature found (RFC 7372).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found (RFC 7372).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found (RFC 7372).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF validation failed: the sending server is not allowed for the sender&apos;s domain (RFC 7372).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF validation error (RFC 7372).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS validation failed (RFC 7372).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple authentication checks failed (RFC 7372).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s domain has a null MX: it sends no mail (RFC 7505).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail flood detected: too much mail in too short a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ARC validation failure (RFC 8617).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REQUIRETLS support required (RFC 8689).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message the server wants shown to the user as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox (or object) already exists (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UID the appended message got (UIDPLUS, RFC 4315).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed: the user name, password or token was not accepted (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are valid, but this user may not log in as the requested identity (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search used a character set the server does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown comparator (RFC 5255).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot notify about that event (NOTIFY, RFC 5465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A URL given to the server is invalid (RFC 4469/4467).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation violates some invariant of the server (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s capability list, sent along with this response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server thinks the client made a mistake, though it carried out the command (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previously selected mailbox is now closed (QRESYNC, RFC 7162).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compression is already active (RFC 4978).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user should contact the server&apos;s administrator or support (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UIDs the copied messages got (UIDPLUS, RFC 4315).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server found corrupt data (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password or account has expired (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session deleted messages meanwhile (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox cannot be deleted because it has children (RFC 9051).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highest modification sequence of the mailbox (CONDSTORE, RFC 7162).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command is still running; progress report (RFC 9585).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource is in use by another session; try again later (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server limit was hit (for example too many connections or a rate limit) (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox&apos;s permanent id (OBJECTID, RFC 8474).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metadata limit was hit (RFC 5464).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some messages changed since the client&apos;s UNCHANGEDSINCE value (CONDSTORE, RFC 7162).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox does not keep modification sequences (RFC 7162).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox (or object) does not exist (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission for that mailbox or operation (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped notifications; the client must re-synchronise (RFC 5465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search result was not saved (RFC 5182).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is over its storage quota (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not parse a message&apos;s headers or MIME structure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flags the client may change permanently in this mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation needs an encrypted connection: use TLS (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox is open for reading and writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refers the client to another server (RFC 2221).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server hit an internal bug (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message or data is too large (RFC 4469).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target mailbox does not exist; creating it first may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UID the next new message in this mailbox will get.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UIDs in this mailbox do not persist between sessions (UIDPLUS, RFC 4315).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mailbox&apos;s UID validity value: when it changes, cached UIDs are void.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary failure: a backend (for example the authentication service) is unavailable; try again later (RFC 5530).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot decode that content transfer encoding (BINARY, RFC 3516).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of the first unseen message (IMAP4rev1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL authorization mechanisms the server supports (RFC 4467).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The special-use attribute was not accepted (RFC 6154).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user must visit a web page (the URL given) before logging in again (RFC 9051 registry).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login failed because of the credentials: the user name or password is wrong (POP3, RFC 3206).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login worked, but another session holds the mailbox; POP3 allows one at a time (RFC 2449).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in again sooner than the server allows (RFC 2449).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lasting problem on the server&apos;s side, not the credentials (POP3, RFC 3206).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary problem on the server&apos;s side, not the credentials; try again later (POP3, RFC 3206).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Says with [AUTH] when a login failed because of the credentials (RFC 3206).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the server keeps messages after they were fetched (RFC 2449).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server software&apos;s name (RFC 2449).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum time between logins, in seconds (RFC 2449).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure replies carry codes such as [IN-USE] (RFC 2449).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts login with the AUTH command (RFC 5034).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can send just the headers and first lines of a message (RFC 1939).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gives each message a lasting id, so a client can leave mail on the server (RFC 1939).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts login with USER and PASS: the password in the clear, so only over TLS (RFC 1939).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts 8-bit message bodies without conversion (RFC 6152).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts login (SMTP AUTH, RFC 4954).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts binary message bodies with BDAT (RFC 3030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can fetch the message from an IMAP server by URL (RFC 4468).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can resume an interrupted transfer (RFC 1845).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts the message in chunks with BDAT instead of DATA (RFC 3030).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender may set a delivery deadline (RFC 2852).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery status notifications: the sender can ask to be told about delivery or failure (RFC 3461).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies carry detailed status codes such as 5.7.8 (RFC 2034, RFC 3463).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote queue start: a client may ask for queued mail (RFC 1985).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expands mailing lists on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds a message for release at a later time (RFC 4865).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers HELP with information for a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Announces its limits on recipients and transactions (RFC 9422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts message priorities (RFC 6710).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message tracking (RFC 3885).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts no-soliciting keywords (RFC 3865).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client may send several commands without waiting for each reply, which saves round trips (RFC 2920).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender may require TLS on every hop of delivery (RFC 8689).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that the recipient&apos;s mailbox has not changed owner (RFC 7293).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts international (UTF-8) addresses and headers (RFC 6531).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection can be switched to TLS encryption with the STARTTLS command (RFC 3207 for SMTP, RFC 3501 for IMAP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verbose delivery reports (Sendmail).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifies addresses on request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted proxy may pass on the original client&apos;s details (Postfix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A trusted content filter may pass on the original client&apos;s details (Postfix).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access control lists for sharing mailboxes (RFC 4314).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-message annotations (RFC 5257).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server limits the size of uploaded messages (RFC 7889).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can send and receive message parts undecoded, saving bandwidth (RFC 3516).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can build a message from parts of others (RFC 4469).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells whether folders have sub-folders (RFC 3348).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection can be compressed (RFC 4978).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditional STORE: fast re-synchronisation of flags after changes (RFC 7162).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results kept up to date as mail arrives (RFC 5267).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folders can be created with a special use such as Sent (RFC 6154).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions can be switched on explicitly (RFC 5161).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact search results (RFC 4731).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact sort results (RFC 5267).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches (RFC 5466).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language-aware sorting and searching (RFC 5255).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client and server can tell each other their name and version (RFC 2971).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push: the server reports new mail at once while the client waits, so the client need not poll (RFC 2177).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks IMAP4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks IMAP4rev1 (RFC 3501).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks IMAP4rev2 (RFC 9051).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server messages in other languages (RFC 5255).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Richer folder listings (RFC 5258).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder listings with the user&apos;s access rights (RFC 8440).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder listings with message counts in one command (RFC 5819).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-synchronising literals: the client need not wait before sending long strings (RFC 7888).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-synchronising literals up to 4096 bytes (RFC 7888).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May refer the client to another server at login (RFC 2221).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LOGIN command is disabled here, usually until the connection is encrypted with STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May refer the client to another server for a folder (RFC 2193).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server and folder annotations (RFC 5464).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server annotations (RFC 5464).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages can be moved between folders in one step (RFC 6851).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several messages can be uploaded at once (RFC 3502).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One search across several folders (RFC 7377).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells where personal, shared and other users&apos; folders are (RFC 2342).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notifications for several folders (RFC 5465).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permanent ids for messages and folders (RFC 8474).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short message previews (RFC 8970).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick re-synchronisation after reconnecting (RFC 7162).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage quota can be queried (RFC 9208).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra access rights for sharing (RFC 4314).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login can start in the same command, saving a round trip (RFC 4959).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembers when each message was saved (RFC 8514).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results can be reused in the next command (RFC 5182).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message snippets (draft, superseded by PREVIEW).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sorts messages itself (RFC 5256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marks the Sent, Drafts, Trash, Junk and Archive folders so clients find them (RFC 6154).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra STATUS items (RFC 8438).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server groups messages into conversations (RFC 5256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports the ids of uploaded and copied messages, and can expunge single messages (RFC 4315).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user can log out without closing the connection (RFC 8437).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder can be closed without deleting messages (RFC 3691).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorised URLs to message parts, for forwarding without download (RFC 4467).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>International (UTF-8) folder names and headers (RFC 6855).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches by age (RFC 5032).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail&apos;s extensions: labels, thread and message ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gmail&apos;s and Apple&apos;s older special-folder listing (replaced by SPECIAL-USE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login without an account (RFC 4505).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Challenge-response with a password hash: the password itself is not sent, but the scheme is old and weak (RFC 2195).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An obsolete challenge-response mechanism (RFC 6331).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login by an identity established outside SASL, such as a TLS client certificate (RFC 4422).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kerberos single sign-on (RFC 4752).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password sent one after the other, readable unless the connection is encrypted (an old, unofficial mechanism).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft&apos;s Windows login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login with an OAuth 2.0 access token instead of a password (RFC 7628).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password sent in one message, readable unless the connection is encrypted (RFC 4616).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salted challenge-response: the password is never sent, and the server proves it knows it too (RFC 5802).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salted challenge-response with SHA-256: the password is never sent, and the server proves it knows it too (RFC 7677).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google&apos;s and Microsoft&apos;s login with an OAuth 2.0 access token instead of a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject %1 is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server announces message sizes but sets no fixed limit (RFC 1870).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message: %1 (%2 bytes) (RFC 1870).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest message that can be uploaded: %1 (%2 bytes) (RFC 7889).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepts login with: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest deadline accepted: %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest hold: %1 s, latest release: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private extension of this server&apos;s software (%1); Mail Doctor does not use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::HtmlReport</name>
    <message>
        <source>Implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check of %2 port %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(never included in a report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned server key (SPKI SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: everything that was checked works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No TLS handshake was attempted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate trusted by its pinned key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate verified for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate NOT verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPKI SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor report, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created %1. Passwords and tokens are never included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASSED in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED at step &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ImapCheck</name>
    <message>
        <source>The server broke the IMAP protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s first line is not an IMAP greeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server greeted with PREAUTH on an unencrypted connection, which rules out STARTTLS. The check stops rather than continue without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting carried an unencrypted alert, not shown as the server&apos;s word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted alert, possibly forged, not shown as a server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server ended the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered tag %1, but the command in flight is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAPABILITY failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered CAPABILITY without listing capabilities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIST failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INBOX could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a tagged response nobody asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n capabilities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server advertises neither IMAP4rev1 nor IMAP4rev2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server pre-authenticated this connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server advertises LOGINDISABLED: it does not accept the LOGIN command here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server advertises LOGINDISABLED: it does not accept the LOGIN command without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name contains a line break (CR or LF) or a NUL character, which the IMAP LOGIN command cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains a line break (CR or LF) or a NUL character, which the IMAP LOGIN command cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for more data (&quot;+&quot;) where none was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s AUTHENTICATE challenge is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s); no special-use folders marked</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s); %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>INBOX holds %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the server did not say how many messages INBOX holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::InputValidation</name>
    <message>
        <source>it contains a line break or another control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a space or an angle bracket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not of the form name@domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; cannot be used: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server host name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server host name &quot;%1&quot; cannot be used: a host name or address has no spaces, control characters or URL punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EHLO name &quot;%1&quot; cannot be used: it must be a host name or an address literal in printable ASCII without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; cannot be used: it contains a line break (CR or LF) or a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Pop3Check</name>
    <message>
        <source>The server broke the POP3 protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for more data (&quot;+&quot;) where none was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated as %1 with USER/PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a response nobody asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting carries an APOP timestamp; APOP is not used (it relies on MD5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n capabilities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not list its capabilities (no CAPA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer USER/PASS login (no USER capability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer USER/PASS login on this unencrypted connection (no USER capability).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains a line break (CR or LF) or a NUL character, which the POP3 PASS command cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s AUTH challenge is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAT failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s STAT answer does not say how many messages there are</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 octets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProfileStore</name>
    <message>
        <source>The account file %1 cannot be read: %2. Check its permissions; Mail Doctor has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account file %1 cannot be used: %2 Mail Doctor has not changed it and will not write over it. Repair the file, or move it away to start with no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account file %1 was written by a newer Mail Doctor (format version %2; this one understands version %3). It has not been changed and will not be written over. Use the newer Mail Doctor, or move the file away to start with no accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an entry of &quot;accounts&quot; is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account name &quot;%1&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup %1 cannot be written (%2); the account file %3 was not changed. Check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account file %1 cannot be written: %2. It was not changed; check the folder&apos;s permissions and free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check the permissions of its parent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account file %1 is locked by another Mail Doctor (lock file %2). Try again in a moment; if no other Mail Doctor is running, remove the lock file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved account named &quot;%1&quot; (see &quot;account list&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; is already saved; choose another name or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved account named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::ProxySettings</name>
    <message>
        <source>The proxy URL must not contain spaces or line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a proxy URL like socks5://host:1080 or http://host:3128.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy type &quot;%1&quot; is not supported: use socks5:// or http://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL must not contain a password; give it with --proxy-password-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL needs a port, e.g. %1://%2:%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy URL must be only scheme://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name is supported for SOCKS5 proxies only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Report</name>
    <message>
        <source>Mailbox:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n message(s), %1 octets</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  INBOX: %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  INBOX: message count unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  %n folder(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    … and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 check of %2 port %3 (%4): %5 in %6 s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1, %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  certificate: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by its pinned key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  error: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  - %1
      issued by %2
      valid %3 to %4 (%5 days left)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      names: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>      SHA-256: %1
      SPKI SHA-256: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  before TLS: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  after TLS:  %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: none. Everything that was checked works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (most important first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::Resolver</name>
    <message>
        <source>The DNS resolver could not be set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DNS server %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is under the reserved domain .invalid, which never resolves (RFC 6761).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::SmtpCheck</name>
    <message>
        <source>The server broke the SMTP protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is closing the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO refused (%1); trying HELO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELO was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender %1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sender %1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient %1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient %1 accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) advertised</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no extensions (HELO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s AUTH challenge is not valid base64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>challenge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection without answering QUIT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::AccountCommand</name>
    <message>
        <source>Try &quot;maildoctor-cli account --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;account %1&quot; needs exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a user name without line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;account add&quot; needs exactly one NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account name must be 1 to 200 characters without line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--email is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain mail address (name@domain, no spaces or angle brackets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--display-name must not hold line breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --imap-host or --pop3-host: an account has one incoming server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs --%2host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved account &quot;%1&quot; in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given: it will be asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not stored: %1 The account &quot;%2&quot; is saved without it; the password will be asked for each time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;account list&quot; takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  &lt;%2&gt;  %3 %4:%5  %6 %7:%8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 port %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  user %1, login %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  OAuth2 provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  extra CA file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  pinned key (SPKI SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  OAuth2 tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was not removed: its keychain entries could not be deleted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its keychain entries, if any were saved in another session, could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>== %1 (%2): %3 port %4 ==</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only one of --smtp-only, --imap-only and --pop3-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incoming server of &quot;%1&quot; is %2: use --%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret of %1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth2 sign-in of account &quot;%1&quot; is stored for %2: sign in with OAuth2 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 secret of account &quot;%2&quot; is available: give the password with --password-env VAR or --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be autoconfig or msmtp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  maildoctor-cli account add NAME --email ADDR [--display-name TEXT]
      --smtp-host HOST [--smtp-port N] [--smtp-security tls|starttls|none]
      [--smtp-user NAME] [--smtp-auth MECH]
      --imap-host HOST [--imap-port N] [--imap-security tls|starttls|none]
      [--imap-user NAME] [--imap-auth MECH]
      (or --pop3-host HOST [--pop3-port N] [--pop3-security MODE] [--pop3-user NAME]
      [--pop3-auth MECH] for a POP3 incoming server)
      [--password-env VAR | --password-stdin] [--ca-file PEM]
      [--smtp-pin-spki HASH] [--imap-pin-spki HASH | --pop3-pin-spki HASH]
  maildoctor-cli account list [--json]
  maildoctor-cli account show NAME [--json]
  maildoctor-cli account remove NAME
  maildoctor-cli account test NAME [--smtp-only | --imap-only | --pop3-only] [--json]
      [--timeout SECONDS] [--password-env VAR | --password-stdin]
  maildoctor-cli account export NAME --format autoconfig|msmtp

Saved accounts: the settings go to an account file (%1), the password only
to the OS keychain, for both servers. User names default to the address; ports and
security default as for &quot;smtp&quot;, &quot;imap&quot; and &quot;pop3&quot;. &quot;test&quot; runs both checks with the saved
settings and the stored password (a password given with --password-env or
--password-stdin is used instead; without any, it asks on a terminal).

Exit status: 0 done (the checks passed), 1 something failed (the password could not be
stored, a check failed, the account file cannot be used), 2 bad usage or input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing account command: add, list, show, remove, test or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown account command &quot;%1&quot;: use add, list, show, remove, test or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;account %1&quot; does not take --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::DiscoverCommand</name>
    <message>
        <source>  maildoctor-cli discover EMAIL [--json] [--no-probe] [--timeout SECONDS]
      [--dns-server ADDR[:PORT]] [--ispdb-url URL | --no-ispdb] [--ca-file PEM]
      finds the settings for EMAIL: autoconfig, ISPDB, SRV, MX, PACC and probes,
      ranked, with where each came from (default deadline 15 s; exit 0 when
      settings for sending and receiving were found, 1 when not)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discover needs an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discover takes one email address, not %1 arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address with a domain (local@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dns-server needs an IP address, optionally with a port (127.0.0.1:53, [::1]:53).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ispdb-url and --no-ispdb exclude each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ispdb-url needs an http(s) URL such as https://autoconfig.thunderbird.net/v1.1/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; could not be read or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &quot;maildoctor-cli --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the settings of %1 (at most %2 s) …</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::OAuthCommand</name>
    <message>
        <source>Try &quot;maildoctor-cli oauth --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start %1: open the URL above in your browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue: open this address in your browser (it waits up to %1 s):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token valid until: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token was issued: sign in again when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1 (from the address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider: %1 (from the MX hosts of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not tell who hosts mail for %1 (no known domain or MX host). Give --provider NAME (see &quot;maildoctor-cli oauth providers&quot;) or define one with --authorization-url, --token-url and --scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;oauth login&quot; needs --user EMAIL (the login name, usually the address).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 (from --client-secret-env) is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom provider needs both --authorization-url and --token-url as https:// URLs (http:// only on this machine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom provider needs --scope &quot;SCOPES&quot; too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom provider needs --client-id ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: see &quot;maildoctor-cli oauth providers&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address, so the provider cannot be detected: give --provider NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;oauth status&quot; needs --user EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: no OAuth2 tokens are stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  scopes:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  access token:  valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  refresh token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;oauth logout&quot; needs --user EMAIL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: the OAuth2 tokens of %1 were removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: no OAuth2 tokens are stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>            mechanism %1, client id %2, recognised by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  maildoctor-cli oauth login --user EMAIL [--provider NAME] [--client-id ID]
      [--client-secret-env VAR] [--authorization-url URL --token-url URL --scope &quot;SCOPES&quot;]
      [--no-browser] [--timeout SECONDS]
  maildoctor-cli oauth status --user EMAIL [--json]
  maildoctor-cli oauth logout --user EMAIL
  maildoctor-cli oauth providers [--json]

login prints the authorization URL alone on one line of standard output and opens it in
the browser (xdg-open) unless --no-browser; then it waits for the redirect to
http://127.0.0.1:PORT/ (default 300 s), exchanges the code (PKCE S256), stores the tokens
in the OS keychain and prints what was granted. Without --provider the provider comes
from the address&apos;s domain, then from its MX hosts. --authorization-url, --token-url and
--scope define a custom provider (named by --provider, default &quot;custom&quot;).
Client ids: --client-id, or oauth/clients/&lt;provider&gt;/client_id in %1.
status never shows a token. smtp, imap and pop3 with --auth xoauth2|oauthbearer and no
--token-env use the stored token for --user, refreshed first when it expires within a minute.

Exit status: 0 signed in (or done), 1 refused or failed, 2 bad usage.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing oauth command: login, status, logout or providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown oauth command &quot;%1&quot;: use login, status, logout or providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;oauth %1&quot; does not take --%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--authorization-url and --token-url go together (with --scope): they define a custom provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was about to expire: refreshed it (and stored the new tokens).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::cli::OptionParser</name>
    <message>
        <source>--%1 must be tls, starttls or none, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to 65535, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a SHA-256 hash as 64 hex digits (colons allowed) or base64, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --password-env or --password-stdin, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 (from --password-env) is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password on standard input is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password arrived on standard input (--password-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:
  maildoctor-cli smtp --host HOST [--port N] [--security tls|starttls|none]
      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]
      [--auth MECHANISM] [--allow-plaintext-auth]
      [--from ADDR] [--to ADDR]... [--send]
      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]
  maildoctor-cli imap|pop3 --host HOST [--port N] [--security tls|starttls|none]
      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]
      [--auth MECHANISM] [--allow-plaintext-auth]
      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]
  (smtp, imap and pop3 also take [--proxy URL [--proxy-password-env VAR]])
  maildoctor-cli account add|list|show|remove|test|export ...
      saved accounts: settings in a file, passwords in the OS keychain
      (see &quot;maildoctor-cli account --help&quot;)
  maildoctor-cli oauth login|status|logout|providers ...   (see oauth --help)
  maildoctor-cli explain TERM
      a reply code (535), enhanced status code (5.7.8), IMAP response code
      (AUTHENTICATIONFAILED), capability (&quot;SIZE 10240000&quot;, IDLE) or mechanism
  maildoctor-cli --help | --version
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Checks a mail server and shows every command and reply (passwords masked).

  --host HOST            server name or address
  --port N               default from --security: SMTP tls 465, starttls 587;
                         IMAP tls 993, starttls 143; POP3 tls 995, starttls 110
  --security MODE        tls (implicit TLS; also &quot;ssl&quot;), starttls, none; default from
                         the port: SMTP 465, IMAP 993 and POP3 995 are tls, any other
                         starttls (POP3: STLS)
  --user NAME            log in as NAME (without it: no AUTH step)
  --password-env VAR     read the password from environment variable VAR
  --password-stdin       read the password from the first line of standard input
  --token-env VAR        read an OAuth2 access token from VAR (xoauth2, oauthbearer);
                         without it, --auth xoauth2|oauthbearer uses the token stored by
                         &quot;oauth login&quot; for --user, refreshed when it expires within a minute
  --auth MECHANISM       auto, plain, login, cram-md5, scram-sha-1, scram-sha-256,
                         xoauth2, oauthbearer (default auto; for IMAP, login is the
                         LOGIN command, the rest AUTHENTICATE); POP3 also user
                         (USER/PASS: the password in the clear, like plain)
  --allow-plaintext-auth send credentials even without encryption (--security none)
  --from ADDR            SMTP: envelope sender: runs MAIL FROM / RCPT TO, then RSET
  --to ADDR              envelope recipient (repeatable)
  --send                 really send a short test message to the --to addresses
  --ca-file PEM          also trust the CA certificates in this PEM file
  --pin-spki HASH        trust exactly the server key with this SHA-256 SPKI hash
  --timeout SECONDS      time limit for each phase (default 15 s connect, 30 s reply)
  --proxy URL            connect through a proxy: socks5://[USER@]HOST:PORT (the proxy
                         resolves the server name) or http://HOST:PORT (CONNECT)
  --proxy-password-env VAR  the SOCKS5 proxy user&apos;s password, from variable VAR
  --json                 print one JSON object instead of the live transcript
  --report FILE.html     also write the full report (settings without secrets, steps,
                         findings, certificate, transcript) as one HTML file

Exit status: 0 the check passed, 1 it ran and something failed, 2 bad usage or input.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing command: use &quot;smtp&quot;, &quot;imap&quot;, &quot;pop3&quot; or &quot;explain&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;explain&quot; needs a term, e.g. 535, 5.7.8, AUTHENTICATIONFAILED or &quot;SIZE 10240000&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;explain&quot; takes no options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use &quot;smtp&quot;, &quot;imap&quot; or &quot;pop3&quot; (see --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is for &quot;smtp&quot; only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 (from --token-env) is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password or token was given but no --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user needs a password (--password-env VAR or --password-stdin) or a token (--token-env VAR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth needs --user: without a user name there is no login to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth %1 needs an access token: --token-env VAR, or none to use the one stored by &quot;maildoctor-cli oauth login&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth %1 needs a password: --password-env VAR or --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to needs --from (the envelope sender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send needs at least one --to and a --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain mail address (no spaces, angle brackets or line breaks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-password-env needs --proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--proxy-password-env needs a user in the proxy URL (socks5://USER@HOST:PORT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable %1 (from --proxy-password-env) is empty or not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy user &quot;%1&quot; needs a password: --proxy-password-env VAR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::discovery</name>
    <message>
        <source>implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no verified certificate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::discovery::ConfigReaders</name>
    <message>
        <source>The document is larger than %1 KiB and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document declares a DTD or entities; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document uses an entity reference; it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not an autoconfig document (root element &lt;%1&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not well-formed XML: %1 (line %2, column %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names no usable server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document names no usable IMAP, POP3 or SMTP server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::discovery::Discovery</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unusable entry(s) ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n redirect(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>redirected to another domain: not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over plain http: not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain says it does not offer this service (SRV target &quot;.&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>outside %1, to be confirmed (RFC 6186 §6): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inside the domain itself: no provider to ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → provider %2, the domain itself: its sources are asked already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → provider %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration was found, but no TXT record announces its SHA-256: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration&apos;s SHA-256 (%1) does not match the TXT record: refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s), digest verified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No answer before the deadline (%1 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain&apos;s SRV record points to %1, outside %2. Use it only if you know that this provider runs your mail (RFC 6186 §6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best %1 settings come from an untrusted source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2 was found only over plain http or after a redirect to another domain, where anyone in between could have changed it. Check it with your provider before you use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable server for sending was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source named an SMTP server that answered. Ask your provider for the outgoing server settings, or check the sources above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable server for receiving was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source named an IMAP or POP3 server that answered. Ask your provider for the incoming server settings, or check the sources above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped at the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery ended after %1 s with what it had; sources and probes still running are reported as timed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::discovery::DiscoveryResult</name>
    <message>
        <source>Discovery for %1 (%2 ms%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stopped at the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 candidates (best first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs your confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  OAuth2 provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::discovery::HttpFetcher</name>
    <message>
        <source>Stopped at the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is larger than %1 KiB; it was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect without a usable Location.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redirect from https to %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::discovery::Prober</name>
    <message>
        <source>Not probed before the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running at the deadline.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::discovery::Ranking</name>
    <message>
        <source>The sources disagree about the %1 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different sources name different hosts (%1). The ranking prefers what the domain itself publishes and what the probes could verify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::AccountsPanel</name>
    <message>
        <source>&amp;Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings as an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the new account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not save the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the account and its passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the account &quot;%1&quot; and its passwords in the keychain? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check settings you type in, without saving them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 password could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the server names of both the outgoing and the incoming server before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 password was not saved in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was deleted, but its passwords could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::CertificateView</name>
    <message>
        <source>Certificate verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server&apos;s &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key and check a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this key and check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not trust this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate yet: run a check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no encrypted connection was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: trusted, because its key matches the key you chose to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: verified: the certificate is valid for %2 and issued by a trusted authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NOT verified: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the server sent no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 server %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (EXPIRED %n day(s) ago)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key (SPKI SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: nobody else vouches for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate: no check ran.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Only trust this key if you know this is really your server.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mail Doctor could not confirm who is at the other end: %1 Anyone who can intercept your connection could present a certificate like this one and read your password.&lt;/p&gt;&lt;p&gt;If you trust it, Mail Doctor accepts exactly this server key (SPKI SHA-256 &lt;code&gt;%2&lt;/code&gt;) for %3, and nothing else. If the key ever changes, the check fails again, and you should ask your provider why. Compare the key with what your provider or administrator tells you.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::DiagnoseView</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incoming mail (IMAP or POP3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the outgoing server, log in and see whether mail would be accepted (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the incoming server, log in and look at the inbox (Ctrl+Shift+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check sending and receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running check (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything (without passwords) as an HTML file to send to your help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the settings of your mail server, then click &quot;Check sending&quot; or &quot;Check receiving&quot;. Your provider&apos;s help pages list the server names and ports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fix the settings first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1… %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2. See the findings below for what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1 (with a .txt and a .json copy beside it). It contains no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved. %1 Choose another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::DiscoveryPage</name>
    <message>
        <source>Your provider&apos;s settings file (autoconfig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider&apos;s settings file, unencrypted (autoconfig over http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunderbird&apos;s list of providers (ISPDB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your domain&apos;s service records (DNS SRV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that receives your domain&apos;s mail (DNS MX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of the provider behind your mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your provider&apos;s configuration record (PACC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying the usual server names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending, encrypted from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending, switching to encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving (%1), encrypted from the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receiving (%1), switching to encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypted from the start (SSL/TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switches to encryption before logging in (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>says the service is not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered with something unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted: published by your provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guess, to be tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not trusted: it came over an unprotected connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered and its certificate is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer as expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, port %2, %3
    found by: %4 — %5. %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor asks several places at once where your mail servers are. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places asked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter settings myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter settings myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the search and type the server settings your provider gave you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now and use what was found so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Go back and check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— proposed 1 setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— proposed %1 settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending (SMTP): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving (IMAP): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving (POP3): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources disagree: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found settings for %1. Click Next to look at them; nothing is saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor could not find complete settings for %1. Click Next and type the settings your provider gives on its help pages (search for &quot;IMAP settings&quot; and your provider&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::DonePage</name>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Mail Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Mail Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this assistant and show the account in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was stored in the keychain either. Fix the problem above and run the assistant again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account %1 is saved and works for sending and receiving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing your sign-in in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is stored in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is stored in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be stored in the keychain: %1
The account is saved, but you will have to sign in again in the browser each time Mail Doctor checks it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1
The account is saved, but Mail Doctor will ask for the password each time it checks this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::FindingsView</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor reached %1 on port %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor reached %1 on port %2 (address %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was encrypted (%1); the server&apos;s key is the one you chose to trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was encrypted (%1) and the server&apos;s certificate is valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was NOT encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No login was tried (no user name given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test message was accepted for delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server would accept a message from this sender to these recipients (nothing was sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The inbox holds %n message(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing checked yet. Type the server settings above and click &quot;Check sending&quot; or &quot;Check receiving&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found: everything that was checked works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply fi&amp;x and retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply fix and retry: change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes %1 and runs the check again. A saved account changes only when you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will change %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server&apos;s &amp;key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trust this server&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::IdentityPage</name>
    <message>
        <source>Who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your email address. Mail Doctor finds the settings of your mail provider, tests them and saves them for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the name people see, e.g. Alice Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an email address yet: it needs a name, an @ and a domain such as example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account for %1 is already saved. Use &quot;Edit settings&quot; in the main window to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::IncomingPage</name>
    <message>
        <source>Incoming mail (IMAP or POP3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server your mail arrives on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMAP — your mail stays on the server, so your phone and computer see the same folders (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP: mail stays on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;POP3 — your mail is downloaded to this one device; other devices may not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3: mail is downloaded to one device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these settings come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the security choice means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server name your provider gives for incoming mail (often imap. followed by your domain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::MainWindow</name>
    <message>
        <source>Mail Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected account&apos;s settings with the setup assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy whole &amp;transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when you start Mail Doctor again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mail Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Mail Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor %1 checks your mail server settings and explains in plain words what is wrong and how to fix it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved account on the left first, or use &quot;Add account…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::OutgoingPage</name>
    <message>
        <source>SSL/TLS (port %1): the connection is encrypted from its very first byte. This is the safest choice and the one to use when your provider offers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (port %1): the connection starts unencrypted and switches to encryption before your password is sent. Safe, but SSL/TLS is better when it is offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: nothing is encrypted, so anyone on the network can read your password and your mail. Only for a server on your own computer or network; tick the box above to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server that sends your mail. The settings found are filled in; change them only if your provider says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these settings come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the security choice means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found for %1. Port and security belong together: changing one changes the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server name your provider gives for outgoing mail (often smtp. followed by your domain).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::ServerSettingsWidget</name>
    <message>
        <source>Automatic (best offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER/PASS (POP3&apos;s plain login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (implicit TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS: connect, then switch to encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: unencrypted (unsafe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS (SSL/TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP: folders stay on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POP3: messages are downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming mail protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. imap.example.com or pop.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server name of the %1 mail server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security (encryption)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS encrypts from the first byte (usually port 465 for SMTP, 993 for IMAP, 995 for POP3). STARTTLS starts unencrypted and switches to encryption before logging in (usually port 587, 143 or 110).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; without encryption, anyone on the network between you and the server can read your password and your mail, and change what you send. Use this only for a server on your own machine or local network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk of no encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send my password without encryption anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the password without encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually your e-mail address; empty: do not log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login &amp;method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: a PEM file with your organisation&apos;s CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra CA fi&amp;le:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the trusted server key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: test that a message would be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sender address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test recipient addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipie&amp;nts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Really send a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings changed by the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server name (for example %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; cannot be right: it is a name like mail.example.com, without spaces, slashes or @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A login method needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message test needs a sender address too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test message needs at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fix changed nothing: these settings were already in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed by the fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted server key (SPKI SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::SetupWizard</name>
    <message>
        <source>Edit account settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving anything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor needs your password to test the account and to check it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the password goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keychain, never in a file. Some providers want an &quot;app password&quot; here instead of your usual one: their help pages say how to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your provider in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the sign-in in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor has no OAuth2 client id for %1 yet, so it cannot sign you in there. Put the client id of an application registered with %1 in Mail Doctor&apos;s settings under oauth/clients/%2/client_id, or use a password below if %1 allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor has no OAuth2 client id for %1 yet, so it cannot sign you in there. Register an application at %2 (type &quot;%3&quot;), then put its client id in Mail Doctor&apos;s settings under oauth/clients/%4/client_id. Until then, use an app password below if %1 offers one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser shows %1&apos;s sign-in page. Sign in there and allow Mail Doctor to read and send your mail; this page goes on by itself when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser and sign in there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in; getting access from %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in with %1. Click Next to test the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not give Mail Doctor access (%2). Click &quot;Sign in with %1&quot; again and choose Allow on %1&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled. Click &quot;Sign in with %1&quot; to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing came back from the browser in time. Click &quot;Sign in with %1&quot; to try again and finish signing in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with %1 failed: %2 Try again; if it keeps failing, %1&apos;s status page or help desk can say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password for %1 (user name %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither server asks for a login, so no password is needed. Click Next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lets you sign in in your browser: click &quot;Sign in with %1&quot;. Or type a password (an app password, if %1 gives you one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::StepsModel</name>
    <message>
        <source>Find the server (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce ourselves (EHLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce ourselves (HELO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch to encryption (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduce again, encrypted (EHLO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask what the server supports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask again, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender accepted? (MAIL FROM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient accepted? (RCPT TO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say goodbye</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts at %1 ms, takes %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (waterfall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::TestPage</name>
    <message>
        <source>Testing your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor logs in to both servers, exactly as your mail program will. Nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ranscript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing %1… %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both work: Mail Doctor logged in to the outgoing and the incoming server. Click &quot;Save account&quot; to keep these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The findings below say what to do; &quot;Apply fix and retry&quot; changes the setting for you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::TranscriptModel</name>
    <message numerus="yes">
        <source> … +%n more character(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by Mail Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (encrypted): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::gui::TranscriptView</name>
    <message>
        <source>C: what Mail Doctor sent · S: what the server replied · TLS: encryption events · &quot;tls&quot; before a line: it travelled encrypted · passwords are never shown. Hover a line to see what its codes mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line sent and received during the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text to find, e.g. AUTH or 535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the find text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected transcript lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::imap::ImapParser</name>
    <message>
        <source>empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response ends after its tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a space after the message number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a response name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tagged response must be OK, NO or BAD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty response code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated response code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated &apos;[&apos; in atom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed literal: expected digits after &apos;{&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed literal: expected &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a literal&apos;s size must end the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a literal is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>literal data truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected data after the end of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no line end within %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line ends in LF without CR (RFC 9051 §2.2 requires CRLF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUL byte in a line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR not followed by LF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server announced a literal of %1 bytes; the limit is %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a literal of %1 bytes makes the response larger than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP protocol error: %1 (line starting &quot;%2&quot;, byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::oauth::AuthorizationFlow</name>
    <message>
        <source>The token endpoint %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody came back from the browser within %1 seconds; sign-in stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s redirect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second redirect to the sign-in listener was refused: only one is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect&apos;s state does not match this sign-in (a forged or stale redirect); nothing was accepted. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused (access_denied): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect carried neither an authorization code nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor is finishing the sign-in. You can close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused the authorization code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::oauth::ProviderRegistry</name>
    <message>
        <source>The client id file is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth2 client id is set for %1. Pass --client-id ID, or set oauth/clients/%2/client_id in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth2 client id is set for %1: Mail Doctor ships none. Register an application at %2 (type &quot;%3&quot;, redirect URI http://%4 on any port), then pass --client-id ID (and, if the provider gives you a client secret, --client-secret-env VAR), or set oauth/clients/%5/client_id in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::oauth::TokenClient</name>
    <message>
        <source>the token endpoint answered HTTP %1 without a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint sent no bearer access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint %1 could not be reached: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::oauth::TokenStore</name>
    <message>
        <source>No OAuth2 sign-in is stored for %1: run &quot;maildoctor-cli oauth login --user %1&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ins for %1 are stored with several providers (%2) and it is not clear which one to use: sign out (maildoctor-cli oauth logout --user %1) and sign in with the one you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token for %1 has expired and no refresh token is stored: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the access token failed: %1. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth2 access token could not be refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored sign-in for %1 cannot be renewed. Sign in again: maildoctor-cli oauth login --user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused to renew the sign-in for %1 (%2). The refresh token was revoked, expired or already used. Sign in again: maildoctor-cli oauth login --user %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::pop3::ResponseParser</name>
    <message>
        <source>Response line %1 is %2 bytes long; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent %1 bytes without a line end; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response has more than %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed response line %1: &quot;%2&quot; (expected +OK or -ERR).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::sasl::CramMd5</name>
    <message>
        <source>The server sent a second CRAM-MD5 challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRAM-MD5 has no initial response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::sasl::Login</name>
    <message>
        <source>[user &quot;%1&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[password %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for more than a user name and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOGIN has no initial response.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::sasl::OAuthMechanism</name>
    <message>
        <source>status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schemes &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID configuration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was asked for its first message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth access token is available for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth access token contains characters a bearer token cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name or host name contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a %1 challenge before the client&apos;s message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent another challenge after its error report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 exchange has already failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[acknowledging the server&apos;s error]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::sasl::Plain</name>
    <message>
        <source>[user &quot;%1&quot;, password %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an unexpected PLAIN challenge.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::sasl::Policy</name>
    <message>
        <source>%1 would send the password (or token) readable on an unencrypted connection. Use TLS, or allow plaintext authentication explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither a password nor an access token is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts only %1, which need a password; only an OAuth access token is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepts only %1, which need an OAuth access token; only a password is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server offers only %1; Mail Doctor supports none of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Doctor does not support the mechanism %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs an OAuth access token, and none is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a password, and none is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, as requested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the strongest mechanism the server offers (%2) for the credentials given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::sasl::Scram</name>
    <message>
        <source>SCRAM was asked for its first message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SCRAM client nonce is not printable ASCII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name contains characters SCRAM cannot send (SASLprep, RFC 4013).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent another SCRAM challenge after its final message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the authentication: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension (m=) that Mail Doctor does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message repeats an attribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message lacks the nonce, the salt or the iteration count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s nonce does not extend the client&apos;s nonce: the reply does not belong to this exchange (a replay or a broken server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s nonce contains characters SCRAM does not allow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an invalid SCRAM salt (not base64, or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an invalid SCRAM iteration count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for only %1 SCRAM iterations; at least %2 are required (RFC 7677 §4), so the stored password is too cheap to attack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; Mail Doctor computes at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password contains characters SCRAM cannot use (SASLprep, RFC 4013).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message has neither a signature (v=) nor an error (e=).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM signature (v=) is wrong: the server does not know your password, or something between you and the server is answering for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[empty response]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the login, but the server never proved it knows the password (no valid SCRAM signature v= was received).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>md::smtp::ReplyParser</name>
    <message>
        <source>Reply line %1 is %2 bytes long; the limit is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent %1 bytes without a line end; the limit is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed reply line %1: &quot;%2&quot; (expected a three-digit code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply line %1 changes the code from %2 to %3 inside one reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply has more than %1 lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
