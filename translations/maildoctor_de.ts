<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <source>Try &quot;maildoctor-cli --help&quot;.</source>
        <translation>Siehe „maildoctor-cli --help“.</translation>
    </message>
    <message>
        <source>No explanation for &quot;%1&quot;: not a reply code, enhanced status code, IMAP response code, capability or mechanism Mail Doctor knows.</source>
        <translation>Keine Erklärung für „%1“: kein Antwortcode, erweiterter Statuscode, IMAP-Antwortcode, keine Fähigkeit und kein Verfahren, das Mail Doctor kennt.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>md::Account</name>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;.</source>
        <translation>unbekanntes Protokoll „%1“.</translation>
    </message>
    <message>
        <source>a server has no host name.</source>
        <translation>ein Server hat keinen Hostnamen.</translation>
    </message>
    <message>
        <source>the port of %1 is not a number from 1 to 65535.</source>
        <translation>der Port von %1 ist keine Zahl von 1 bis 65535.</translation>
    </message>
    <message>
        <source>the security of %1 is not tls, starttls or none.</source>
        <translation>die Sicherheit von %1 ist nicht tls, starttls oder none.</translation>
    </message>
    <message>
        <source>the pinned key of %1 is not a base64 SHA-256 hash.</source>
        <translation>der festgelegte Schlüssel von %1 ist kein SHA-256-Hash in Base64.</translation>
    </message>
    <message>
        <source>an account has no name.</source>
        <translation>ein Konto hat keinen Namen.</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; has no &quot;%2&quot; server.</source>
        <translation>Konto „%1“ hat keinen Server „%2“.</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: %2</source>
        <translation>Konto „%1“: %2</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: the outgoing server must be SMTP and the incoming one IMAP or POP3.</source>
        <translation>Konto „%1“: Der Postausgangsserver muss SMTP sein und der Posteingangsserver IMAP oder POP3.</translation>
    </message>
</context>
<context>
    <name>md::AccountExport</name>
    <message>
        <source>The account &quot;%1&quot; holds a line break or control character that an msmtp file cannot carry.</source>
        <translation>Das Konto „%1“ enthält einen Zeilenumbruch oder ein Steuerzeichen, das eine msmtp-Datei nicht aufnehmen kann.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; sends with OAuth2; an msmtp file can only read a password from the keychain.</source>
        <translation>Das Konto „%1“ sendet mit OAuth2; eine msmtp-Datei kann nur ein Passwort aus dem Schlüsselbund lesen.</translation>
    </message>
</context>
<context>
    <name>md::Check</name>
    <message>
        <source>No server port was given.</source>
        <translation>Es wurde kein Server-Port angegeben.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; could not be read or holds no PEM certificate.</source>
        <translation>Die CA-Datei „%1“ konnte nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS server address (ADDR or ADDR:PORT).</source>
        <translation>„%1“ ist keine DNS-Server-Adresse (ADDR oder ADDR:PORT).</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 wird aufgelöst zu %2</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 …</source>
        <translation>Verbinde mit %1, Port %2 …</translation>
    </message>
    <message>
        <source>%1 port %2: %3</source>
        <translation>%1, Port %2: %3</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 (%3)</source>
        <translation>Verbunden mit %1, Port %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Starting TLS handshake (verifying the certificate for &quot;%1&quot;)</source>
        <translation>Starte TLS-Handshake (prüfe das Zertifikat für „%1“)</translation>
    </message>
    <message>
        <source>trusted by its pinned key</source>
        <translation>durch seinen festgelegten Schlüssel vertrauenswürdig</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>Zertifikat geprüft</translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation>Zertifikat NICHT geprüft</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>TLS hergestellt: %1</translation>
    </message>
    <message>
        <source>Server certificate: %1 (issued by %2, valid until %3)</source>
        <translation>Server-Zertifikat: %1 (ausgestellt von %2, gültig bis %3)</translation>
    </message>
    <message>
        <source>Server certificate: %1 (issued by %2, valid %3 to %4; names: %5)</source>
        <translation>Server-Zertifikat: %1 (ausgestellt von %2, gültig von %3 bis %4; Namen: %5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Checking %1 on %2 port %3 (%4)</source>
        <translation>Prüfe %1 auf %2, Port %3 (%4)</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>the proxy resolves the name</source>
        <translation>der Proxy löst den Namen auf</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 through the %3 proxy %4 (the proxy resolves the name) …</source>
        <translation>Verbinde mit %1, Port %2 über den %3-Proxy %4 (der Proxy löst den Namen auf) …</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 through the %3 proxy %4 (it does not say which address it reached)</source>
        <translation>Verbunden mit %1, Port %2 über den %3-Proxy %4 (er sagt nicht, welche Adresse er erreicht hat)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 through the %3 proxy %4</source>
        <translation>Verbunden mit %1, Port %2 über den %3-Proxy %4</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 (%3) through the %4 proxy %5</source>
        <translation>Verbunden mit %1, Port %2 (%3) über den %4-Proxy %5</translation>
    </message>
    <message>
        <source>through the %1 proxy %2</source>
        <translation>über den %1-Proxy %2</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Der Server hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection during the %1 step.</source>
        <translation>Der Server hat die Verbindung im Schritt %1 geschlossen.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted. The check stops rather than continue without encryption.</source>
        <translation>Der Server bietet kein STARTTLS an, daher kann die Verbindung nicht verschlüsselt werden. Die Prüfung hält an, statt ohne Verschlüsselung weiterzumachen.</translation>
    </message>
    <message>
        <source>The server (or someone in between) sent data behind the STARTTLS reply before the TLS handshake. It could be forged, so the check stops here.</source>
        <translation>Der Server (oder jemand dazwischen) hat hinter der STARTTLS-Antwort noch vor dem TLS-Handshake Daten gesendet. Sie könnten gefälscht sein, daher hält die Prüfung hier an.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the user name and password were not sent. Use TLS or STARTTLS, or allow unencrypted authentication explicitly if you accept the risk.</source>
        <translation>Die Verbindung ist nicht verschlüsselt, daher wurden Benutzername und Passwort nicht gesendet. Verwenden Sie TLS oder STARTTLS, oder erlauben Sie unverschlüsselte Anmeldung ausdrücklich, wenn Sie das Risiko in Kauf nehmen.</translation>
    </message>
    <message>
        <source>The server offers no authentication on this port.</source>
        <translation>Der Server bietet auf diesem Port keine Anmeldung an.</translation>
    </message>
    <message>
        <source>The mechanism %1 is not supported.</source>
        <translation>Das Verfahren %1 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation>(leere Antwort)</translation>
    </message>
    <message>
        <source>Connected, but the server sent no greeting within %1 s.</source>
        <translation>Verbunden, aber der Server hat innerhalb von %1 s keine Begrüßung gesendet.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s during the %2 step.</source>
        <translation>Der Server hat im Schritt %2 nicht innerhalb von %1 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>md::Connection</name>
    <message>
        <source>&quot;%1&quot; is under the reserved domain .invalid, which never resolves (RFC 6761).</source>
        <translation>„%1“ liegt unter der reservierten Domain .invalid, die nie aufgelöst wird (RFC 6761).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; could not be resolved: %2</source>
        <translation>Der Hostname „%1“ konnte nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <source>TLS alert from the server: %1</source>
        <translation>TLS-Alert vom Server: %1</translation>
    </message>
    <message>
        <source>No answer from %1 port %2 within %3 s (%4).</source>
        <translation>Keine Antwort von %1, Port %2 innerhalb von %3 s (%4).</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>Keine Verbindung zu %1, Port %2 möglich: %3</translation>
    </message>
    <message>
        <source>The %1 proxy %2 could not be reached: %3</source>
        <translation>Der %1-Proxy %2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>The %1 proxy %2 wants a user name and password: %3</source>
        <translation>Der %1-Proxy %2 verlangt Benutzername und Passwort: %3</translation>
    </message>
    <message>
        <source>The %1 proxy %2 did not accept the user &quot;%3&quot; and its password: %4</source>
        <translation>Der %1-Proxy %2 hat den Benutzer „%3“ und sein Passwort nicht akzeptiert: %4</translation>
    </message>
    <message>
        <source>The %1 proxy %2 did not connect to %3 port %4: %5</source>
        <translation>Der %1-Proxy %2 hat keine Verbindung zu %3, Port %4 hergestellt: %5</translation>
    </message>
    <message>
        <source>The server&apos;s key does not match the pinned key (SPKI SHA-256 %1).</source>
        <translation>Der Schlüssel des Servers stimmt nicht mit dem festgelegten Schlüssel überein (SPKI SHA-256 %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation>Das Zertifikat des Servers wurde nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>The certificate is valid for: %1.</source>
        <translation>Das Zertifikat gilt für: %1.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connection error: %1</source>
        <translation>Verbindungsfehler: %1</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Der Server hat die Verbindung während des TLS-Handshakes geschlossen.</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; took longer than %2 s.</source>
        <translation>Das Nachschlagen von „%1“ hat länger als %2 s gedauert.</translation>
    </message>
    <message>
        <source>No connection to %1 port %2 through the %3 proxy %4:%5 within %6 s.</source>
        <translation>Keine Verbindung zu %1, Port %2 über den %3-Proxy %4:%5 innerhalb von %6 s.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>Der TLS-Handshake wurde nicht innerhalb von %1 s abgeschlossen.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; could not be read or holds no PEM certificate.</source>
        <translation>Die CA-Datei „%1“ konnte nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The server sent unrequested data before the TLS handshake; not continuing.</source>
        <translation>Der Server hat vor dem TLS-Handshake unangeforderte Daten gesendet; die Prüfung hält hier an.</translation>
    </message>
    <message>
        <source>The last command before TLS could not be sent; the connection is not usable.</source>
        <translation>Der letzte Befehl vor TLS konnte nicht gesendet werden; die Verbindung ist nicht nutzbar.</translation>
    </message>
    <message>
        <source>TLS could not be started on the connection: %1</source>
        <translation>TLS konnte auf der Verbindung nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>md::CredentialError</name>
    <message>
        <source> (the keychain said: %1)</source>
        <translation type="vanished"> (der Schlüsselbund meldete: %1)</translation>
    </message>
    <message>
        <source>No keychain is available: there is no Secret Service on the session bus, or no session bus at all%1. Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and log in to a desktop session, then try again.</source>
        <translation type="vanished">Kein Schlüsselbund verfügbar: Es gibt keinen Secret Service auf dem Sitzungsbus oder gar keinen Sitzungsbus%1. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (etwa GNOME Keyring oder KWallet) und melden Sie sich an einer Desktop-Sitzung an, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked%1. Unlock it (log in to your desktop session or open your keyring manager), then try again.</source>
        <translation type="vanished">Der Schlüsselbund ist gesperrt%1. Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an oder öffnen Sie Ihre Schlüsselbundverwaltung), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access%1. Allow Mail Doctor to use the keychain, then try again.</source>
        <translation type="vanished">Der Schlüsselbund hat den Zugriff verweigert%1. Erlauben Sie Mail Doctor, den Schlüsselbund zu verwenden, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this server.</source>
        <translation>Für diesen Server ist im Schlüsselbund kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; it may be waiting for you to unlock it in a dialog. Unlock the keychain, then try again.</source>
        <translation>Der Schlüsselbund hat nicht innerhalb von %1 s geantwortet; vielleicht wartet er darauf, dass Sie ihn in einem Dialog entsperren. Entsperren Sie den Schlüsselbund, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain failed%1. Try again; if it keeps failing, restart your keyring service.</source>
        <translation type="vanished">Der Schlüsselbund ist fehlgeschlagen%1. Versuchen Sie es erneut; wenn es weiter fehlschlägt, starten Sie Ihren Schlüsselbunddienst neu.</translation>
    </message>
    <message>
        <source>No keychain is available: there is no Secret Service on the session bus, or no session bus at all. Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and log in to a desktop session, then try again.</source>
        <translation>Kein Schlüsselbund verfügbar: Es gibt keinen Secret Service auf dem Sitzungsbus oder gar keinen Sitzungsbus. Starten Sie den Schlüsselbund Ihrer Arbeitsumgebung (etwa GNOME Keyring oder KWallet) und melden Sie sich an einer Desktop-Sitzung an, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to your desktop session or open your keyring manager), then try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (melden Sie sich an Ihrer Desktop-Sitzung an oder öffnen Sie Ihre Schlüsselbundverwaltung), dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access. Allow Mail Doctor to use the keychain, then try again.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert. Erlauben Sie Mail Doctor, den Schlüsselbund zu verwenden, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain failed. Try again; if it keeps failing, restart your keyring service.</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen. Versuchen Sie es erneut; wenn es weiter fehlschlägt, starten Sie Ihren Schlüsselbunddienst neu.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Der Schlüsselbund meldete: %1)</translation>
    </message>
    <message>
        <source>Mail Doctor&apos;s keychain module could not be loaded from %1 (%2); reinstall Mail Doctor</source>
        <translation>Das Schlüsselbund-Modul von Mail Doctor konnte nicht aus %1 geladen werden (%2); installieren Sie Mail Doctor neu</translation>
    </message>
</context>
<context>
    <name>md::Diagnoser</name>
    <message>
        <source>Google: turn on 2-Step Verification for the account, then create an app password at https://myaccount.google.com/apppasswords and enter those 16 letters instead of your normal password.</source>
        <translation>Google: Schalten Sie für das Konto die Bestätigung in zwei Schritten ein, erstellen Sie dann unter https://myaccount.google.com/apppasswords ein App-Passwort und geben Sie diese 16 Buchstaben statt Ihres normalen Passworts ein.</translation>
    </message>
    <message>
        <source>Yahoo: open Account Info → Account Security (https://login.yahoo.com/account/security), choose &quot;Generate app password&quot; and use it instead of your normal password.</source>
        <translation>Yahoo: Öffnen Sie Kontoinformationen → Kontosicherheit (https://login.yahoo.com/account/security), wählen Sie „App-Passwort generieren“ und verwenden Sie es statt Ihres normalen Passworts.</translation>
    </message>
    <message>
        <source>AOL: open Account Info → Account Security (https://login.aol.com/account/security), choose &quot;Generate app password&quot; and use it instead of your normal password.</source>
        <translation>AOL: Öffnen Sie Kontoinformationen → Kontosicherheit (https://login.aol.com/account/security), wählen Sie „App-Passwort generieren“ und verwenden Sie es statt Ihres normalen Passworts.</translation>
    </message>
    <message>
        <source>iCloud: sign in at https://account.apple.com, open Sign-In and Security → App-Specific Passwords, create one and use it with your full iCloud address.</source>
        <translation>iCloud: Melden Sie sich bei https://account.apple.com an, öffnen Sie Anmeldung und Sicherheit → App-spezifische Passwörter, erstellen Sie eines und verwenden Sie es mit Ihrer vollständigen iCloud-Adresse.</translation>
    </message>
    <message>
        <source>Fastmail: open Settings → Privacy &amp; Security → Manage app passwords and access, create a password for mail (IMAP/SMTP) and use it instead of your normal password.</source>
        <translation>Fastmail: Öffnen Sie Einstellungen → Datenschutz &amp; Sicherheit → App-Passwörter und Zugriff verwalten, erstellen Sie ein Passwort für E-Mail (IMAP/SMTP) und verwenden Sie es statt Ihres normalen Passworts.</translation>
    </message>
    <message>
        <source>Zoho: open My Account → Security → App Passwords, generate one and use it instead of your normal password (and make sure IMAP access is enabled in Zoho Mail&apos;s settings).</source>
        <translation>Zoho: Öffnen Sie Mein Konto → Sicherheit → App-Passwörter, erzeugen Sie eines und verwenden Sie es statt Ihres normalen Passworts (und achten Sie darauf, dass IMAP-Zugriff in den Einstellungen von Zoho Mail eingeschaltet ist).</translation>
    </message>
    <message>
        <source>Microsoft: app passwords exist only for personal accounts with two-step verification (https://account.microsoft.com/security → Advanced security options → App passwords); most Microsoft accounts now need OAuth2 instead.</source>
        <translation>Microsoft: App-Passwörter gibt es nur für private Konten mit zweistufiger Überprüfung (https://account.microsoft.com/security → Erweiterte Sicherheitsoptionen → App-Kennwörter); die meisten Microsoft-Konten brauchen inzwischen stattdessen OAuth2.</translation>
    </message>
    <message>
        <source>Look in the account&apos;s security settings on the provider&apos;s web site for &quot;app passwords&quot; (also called application-specific passwords); they are offered when two-step verification is on. Create one for mail and use it instead of your normal password.</source>
        <translation>Suchen Sie in den Sicherheitseinstellungen des Kontos auf der Website des Anbieters nach „App-Passwörtern“ (auch anwendungsspezifische Passwörter genannt); sie werden angeboten, wenn die Bestätigung in zwei Schritten eingeschaltet ist. Erstellen Sie eines für E-Mail und verwenden Sie es statt Ihres normalen Passworts.</translation>
    </message>
    <message>
        <source>The server answered: &quot;%1&quot;</source>
        <translation>Der Server antwortete: „%1“</translation>
    </message>
    <message>
        <source>IMAP is normally on port 993 (TLS) or 143 (STARTTLS).</source>
        <translation>IMAP liegt normalerweise auf Port 993 (TLS) oder 143 (STARTTLS).</translation>
    </message>
    <message>
        <source>POP3 is normally on port 995 (TLS) or 110 (STARTTLS).</source>
        <translation>POP3 liegt normalerweise auf Port 995 (TLS) oder 110 (STARTTLS).</translation>
    </message>
    <message>
        <source>Mail submission is normally on port 587 (STARTTLS) or 465 (TLS).</source>
        <translation>Der Mailversand liegt normalerweise auf Port 587 (STARTTLS) oder 465 (TLS).</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; does not exist</source>
        <translation>Den Servernamen „%1“ gibt es nicht</translation>
    </message>
    <message>
        <source>The name could not be looked up in DNS, so there is no address to connect to.</source>
        <translation>Der Name konnte im DNS nicht nachgeschlagen werden, daher gibt es keine Adresse, mit der verbunden werden kann.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (your provider&apos;s help pages list it, often as smtp.… or imap.… followed by the domain), and that this computer is online.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens (die Hilfeseiten Ihres Anbieters nennen ihn, oft als smtp.… oder imap.… gefolgt von der Domain) und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; took too long</source>
        <translation>Das Nachschlagen von „%1“ hat zu lange gedauert</translation>
    </message>
    <message>
        <source>The name service did not answer in time, so it is not known whether the name exists. This points at this computer&apos;s network or DNS settings rather than at the mail server.</source>
        <translation>Der Namensdienst hat nicht rechtzeitig geantwortet, daher ist unbekannt, ob der Name existiert. Das deutet eher auf das Netzwerk oder die DNS-Einstellungen dieses Computers als auf den Mailserver hin.</translation>
    </message>
    <message>
        <source>Check that this computer is online, then try again.</source>
        <translation>Prüfen Sie, ob dieser Computer online ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1</source>
        <translation>Auf Port %1 nimmt niemand Verbindungen an</translation>
    </message>
    <message>
        <source>%1 answered, but refused the connection on port %2: no service listens there, or a firewall rejects it.</source>
        <translation>%1 hat geantwortet, aber die Verbindung auf Port %2 abgelehnt: Dort lauscht kein Dienst, oder eine Firewall weist sie ab.</translation>
    </message>
    <message>
        <source>Try port 587 (STARTTLS) or 465 (TLS); some providers also offer 2525 for networks that block the usual ports.</source>
        <translation>Versuchen Sie Port 587 (STARTTLS) oder 465 (TLS); manche Anbieter bieten auch 2525 für Netze an, die die üblichen Ports sperren.</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2</source>
        <translation>Keine Antwort von %1 auf Port %2</translation>
    </message>
    <message>
        <source>The connection attempt got no answer at all: a firewall, the network you are on or your internet provider silently drops traffic to this port (port 25 is blocked by many providers), or the server is down.</source>
        <translation>Der Verbindungsversuch bekam überhaupt keine Antwort: Eine Firewall, das Netz, in dem Sie sind, oder Ihr Internetanbieter verwirft den Verkehr zu diesem Port stillschweigend (Port 25 sperren viele Anbieter), oder der Server ist ausgefallen.</translation>
    </message>
    <message>
        <source>The server&apos;s key is not the pinned one</source>
        <translation>Der Schlüssel des Servers ist nicht der festgelegte</translation>
    </message>
    <message>
        <source>The certificate is otherwise valid, but its public key differs from the key pinned for this account. The server may have a new key, or someone is intercepting the connection. Ask the provider before trusting the new key.</source>
        <translation>Das Zertifikat ist ansonsten gültig, aber sein öffentlicher Schlüssel weicht von dem für dieses Konto festgelegten Schlüssel ab. Der Server hat vielleicht einen neuen Schlüssel, oder jemand fängt die Verbindung ab. Fragen Sie beim Anbieter nach, bevor Sie dem neuen Schlüssel vertrauen.</translation>
    </message>
    <message>
        <source>The key offered now: SPKI SHA-256 %1.</source>
        <translation>Der jetzt angebotene Schlüssel: SPKI SHA-256 %1.</translation>
    </message>
    <message>
        <source>The certificate has been revoked or blocked: do not trust this server.</source>
        <translation>Das Zertifikat wurde widerrufen oder gesperrt: Vertrauen Sie diesem Server nicht.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: it vouches for itself, and nothing this computer trusts vouches for it.</source>
        <translation>Das Zertifikat ist selbstsigniert: Es bürgt für sich selbst, und nichts, dem dieser Computer vertraut, bürgt dafür.</translation>
    </message>
    <message>
        <source>The certificate was issued by &quot;%1&quot;, an authority this computer does not trust (or the server does not send the intermediate certificates).</source>
        <translation>Das Zertifikat wurde von „%1“ ausgestellt, einer Stelle, der dieser Computer nicht vertraut (oder der Server sendet die Zwischenzertifikate nicht).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>If this is a server you run, install a certificate from a public authority (for example Let&apos;s Encrypt) or add its CA certificate to the trusted certificates. If you have checked with the provider that this is the right certificate, you can trust exactly this key by pinning it (SPKI SHA-256 %1).</source>
        <translation>Wenn Sie diesen Server betreiben, installieren Sie ein Zertifikat einer öffentlichen Zertifizierungsstelle (zum Beispiel Let&apos;s Encrypt) oder fügen Sie sein CA-Zertifikat zu den vertrauenswürdigen Zertifikaten hinzu. Wenn Sie beim Anbieter geprüft haben, dass dies das richtige Zertifikat ist, können Sie genau diesem Schlüssel vertrauen, indem Sie ihn festlegen (SPKI SHA-256 %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The certificate is not made out for &quot;%1&quot;</source>
        <translation>Das Zertifikat ist nicht auf „%1“ ausgestellt</translation>
    </message>
    <message>
        <source>The certificate names no host at all.</source>
        <translation>Das Zertifikat nennt überhaupt keinen Host.</translation>
    </message>
    <message>
        <source>The certificate is valid for %1, but the connection was made to &quot;%2&quot;.</source>
        <translation>Das Zertifikat gilt für %1, aber die Verbindung ging zu „%2“.</translation>
    </message>
    <message>
        <source>Use the name the certificate is made for: %1.</source>
        <translation>Verwenden Sie den Namen, für den das Zertifikat ausgestellt ist: %1.</translation>
    </message>
    <message>
        <source>A mismatch can also mean the connection is being intercepted.</source>
        <translation>Eine Abweichung kann auch bedeuten, dass die Verbindung abgefangen wird.</translation>
    </message>
    <message>
        <source>It is valid from %1 to %2.</source>
        <translation>Es ist gültig von %1 bis %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Das Zertifikat des Servers ist abgelaufen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation>Das Zertifikat des Servers ist noch nicht gültig</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must renew it. If the date looks recent, also check this computer&apos;s clock.</source>
        <translation>Der Administrator des Servers muss es erneuern. Wenn das Datum kurz zurückliegt, prüfen Sie auch die Uhr dieses Computers.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, the server&apos;s administrator must fix the certificate.</source>
        <translation>Prüfen Sie Datum und Uhrzeit dieses Computers; wenn sie stimmen, muss der Administrator des Servers das Zertifikat korrigieren.</translation>
    </message>
    <message>
        <source>This port starts without encryption: use STARTTLS</source>
        <translation>Dieser Port beginnt unverschlüsselt: Verwenden Sie STARTTLS</translation>
    </message>
    <message>
        <source>The check started TLS at once, but the server on port %1 sent its plaintext greeting instead of a TLS answer. This port expects STARTTLS (a plaintext greeting, then an upgrade to TLS).</source>
        <translation>Die Prüfung hat sofort mit TLS begonnen, aber der Server auf Port %1 hat statt einer TLS-Antwort seine unverschlüsselte Begrüßung gesendet. Dieser Port erwartet STARTTLS (eine unverschlüsselte Begrüßung, dann den Wechsel zu TLS).</translation>
    </message>
    <message>
        <source>The server only speaks an outdated TLS version</source>
        <translation>Der Server spricht nur eine veraltete TLS-Version</translation>
    </message>
    <message>
        <source>Mail Doctor requires TLS 1.2 or newer (RFC 8996 retired TLS 1.0 and 1.1), and the server offers nothing newer than TLS 1.1. Its administrator must enable TLS 1.2 or 1.3; there is no safe setting to change on this side.</source>
        <translation>Mail Doctor verlangt TLS 1.2 oder neuer (RFC 8996 hat TLS 1.0 und 1.1 abgeschafft), und der Server bietet nichts Neueres als TLS 1.1 an. Sein Administrator muss TLS 1.2 oder 1.3 einschalten; auf dieser Seite gibt es keine sichere Einstellung, die man ändern könnte.</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>Der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The client and the server could not agree on an encrypted connection.</source>
        <translation>Client und Server konnten sich nicht auf eine verschlüsselte Verbindung einigen.</translation>
    </message>
    <message>
        <source>If the server expects STARTTLS on this port, try that instead.</source>
        <translation>Wenn der Server auf diesem Port STARTTLS erwartet, versuchen Sie stattdessen das.</translation>
    </message>
    <message>
        <source>Port %1 does not serve %2: %3 answered</source>
        <translation>Port %1 bietet kein %2: %3 hat geantwortet</translation>
    </message>
    <message>
        <source>The server on this port speaks %1, not %2.</source>
        <translation>Der Server auf diesem Port spricht %1, nicht %2.</translation>
    </message>
    <message>
        <source>The server is limiting this account or connection</source>
        <translation>Der Server begrenzt dieses Konto oder diese Verbindung</translation>
    </message>
    <message>
        <source>Too many messages, connections or attempts in a short time, or a daily sending quota is used up. Wait (often an hour, sometimes a day) and try again; if it keeps happening, ask the provider about its limits.</source>
        <translation>Zu viele Nachrichten, Verbindungen oder Versuche in kurzer Zeit, oder ein tägliches Versandkontingent ist aufgebraucht. Warten Sie (oft eine Stunde, manchmal einen Tag) und versuchen Sie es erneut; wenn es weiter passiert, fragen Sie den Anbieter nach seinen Grenzen.</translation>
    </message>
    <message>
        <source>The server announced a limit of %1 per message.</source>
        <translation>Der Server hat eine Grenze von %1 pro Nachricht angekündigt.</translation>
    </message>
    <message>
        <source>The server wants encryption first</source>
        <translation>Der Server verlangt zuerst Verschlüsselung</translation>
    </message>
    <message>
        <source>It accepts a login (and mail) only on an encrypted connection. Use STARTTLS or implicit TLS, then log in.</source>
        <translation>Er akzeptiert eine Anmeldung (und E-Mail) nur über eine verschlüsselte Verbindung. Verwenden Sie STARTTLS oder implizites TLS und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>The server sends this account to another server</source>
        <translation>Der Server verweist dieses Konto an einen anderen Server</translation>
    </message>
    <message>
        <source>It did not say which server.</source>
        <translation>Er hat nicht gesagt, an welchen Server.</translation>
    </message>
    <message>
        <source>Its referral names %1: use that server for this account.</source>
        <translation>Sein Verweis nennt %1: Verwenden Sie diesen Server für dieses Konto.</translation>
    </message>
    <message>
        <source>The password was not checked here, so it may well be right.</source>
        <translation>Das Passwort wurde hier nicht geprüft, es kann also durchaus richtig sein.</translation>
    </message>
    <message>
        <source>Password login is switched off for this account: use OAuth2</source>
        <translation>Die Passwort-Anmeldung ist für dieses Konto abgeschaltet: Verwenden Sie OAuth2</translation>
    </message>
    <message>
        <source>Microsoft (Exchange Online, Microsoft 365, Outlook.com) no longer accepts the account password from mail programs (&quot;basic authentication&quot;). Sign in with OAuth2 instead (XOAUTH2 with an access token from Microsoft).</source>
        <translation>Microsoft (Exchange Online, Microsoft 365, Outlook.com) akzeptiert das Kontopasswort von Mailprogrammen nicht mehr („Standardauthentifizierung“). Melden Sie sich stattdessen mit OAuth2 an (XOAUTH2 mit einem Zugriffstoken von Microsoft).</translation>
    </message>
    <message>
        <source>The reply also says that authenticated SMTP is disabled for the organisation: an administrator must enable &quot;Authenticated SMTP&quot; for this mailbox in the Microsoft 365 admin center, even for OAuth2.</source>
        <translation>Die Antwort sagt außerdem, dass authentifiziertes SMTP für die Organisation abgeschaltet ist: Ein Administrator muss „Authenticated SMTP“ für dieses Postfach im Microsoft 365 Admin Center einschalten, auch für OAuth2.</translation>
    </message>
    <message>
        <source>(Mail Doctor concludes this from the server name; the reply itself does not say why.)</source>
        <translation>(Mail Doctor schließt das aus dem Servernamen; die Antwort selbst sagt nicht, warum.)</translation>
    </message>
    <message>
        <source>This account needs an app password</source>
        <translation>Dieses Konto braucht ein App-Passwort</translation>
    </message>
    <message>
        <source>The account has two-step sign-in, so the provider does not accept the normal password from mail programs. Create an app password — a separate password just for this program — and log in with it.</source>
        <translation>Das Konto hat eine zweistufige Anmeldung, daher akzeptiert der Anbieter das normale Passwort von Mailprogrammen nicht. Erstellen Sie ein App-Passwort – ein eigenes Passwort nur für dieses Programm – und melden Sie sich damit an.</translation>
    </message>
    <message>
        <source>The server refused the OAuth2 access token</source>
        <translation>Der Server hat das OAuth2-Zugriffstoken abgelehnt</translation>
    </message>
    <message>
        <source>Its error report: %1.</source>
        <translation>Sein Fehlerbericht: %1.</translation>
    </message>
    <message>
        <source>The token has expired, was issued for another account or service (its scope must include mail, e.g. https://mail.google.com/ or https://outlook.office.com/SMTP.Send), or was revoked. Get a fresh access token and try again; access tokens usually live about an hour.</source>
        <translation>Das Token ist abgelaufen, wurde für ein anderes Konto oder einen anderen Dienst ausgestellt (sein Scope muss E-Mail umfassen, z. B. https://mail.google.com/ oder https://outlook.office.com/SMTP.Send) oder wurde widerrufen. Holen Sie ein neues Zugriffstoken und versuchen Sie es erneut; Zugriffstoken gelten meist etwa eine Stunde.</translation>
    </message>
    <message>
        <source>The login failed for now (a temporary problem on the server)</source>
        <translation>Die Anmeldung ist vorerst fehlgeschlagen (ein vorübergehendes Problem auf dem Server)</translation>
    </message>
    <message>
        <source>The server could not check the login right now. Try again in a few minutes.</source>
        <translation>Der Server konnte die Anmeldung gerade nicht prüfen. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The password (or the account) has expired: change it on the provider&apos;s web site.</source>
        <translation>Das Passwort (oder das Konto) ist abgelaufen: Ändern Sie es auf der Website des Anbieters.</translation>
    </message>
    <message>
        <source>The server asks you to contact its administrator or support.</source>
        <translation>Der Server bittet Sie, sich an seinen Administrator oder Support zu wenden.</translation>
    </message>
    <message>
        <source>The password is right, but this user may not log in as the identity requested.</source>
        <translation>Das Passwort ist richtig, aber dieser Benutzer darf sich nicht als die angeforderte Identität anmelden.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both (the user name is often the full mail address) and try again.</source>
        <translation>Benutzername oder Passwort ist falsch. Prüfen Sie beides (der Benutzername ist oft die vollständige E-Mail-Adresse) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>If the account uses two-step sign-in, it needs an app password instead of the normal one.</source>
        <translation>Wenn das Konto eine zweistufige Anmeldung hat, braucht es ein App-Passwort statt des normalen.</translation>
    </message>
    <message>
        <source>(The login used %1. If you are sure the password is right, try the PLAIN login method: some servers cannot check %1 logins.)</source>
        <translation>(Die Anmeldung verwendete %1. Wenn Sie sicher sind, dass das Passwort stimmt, versuchen Sie das Anmeldeverfahren PLAIN: Manche Server können %1-Anmeldungen nicht prüfen.)</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password</source>
        <translation>Der Server hat Benutzername oder Passwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>The server does not allow login on an unencrypted connection</source>
        <translation>Der Server erlaubt keine Anmeldung über eine unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>It advertises LOGINDISABLED: the LOGIN command is switched off until the connection is encrypted, and it offers no other usable way to log in.</source>
        <translation>Er meldet LOGINDISABLED: Der Befehl LOGIN ist abgeschaltet, bis die Verbindung verschlüsselt ist, und er bietet keinen anderen nutzbaren Weg zur Anmeldung an.</translation>
    </message>
    <message>
        <source>Use STARTTLS or TLS.</source>
        <translation>Verwenden Sie STARTTLS oder TLS.</translation>
    </message>
    <message>
        <source>The server does not allow logging in with a password</source>
        <translation>Der Server erlaubt keine Anmeldung mit einem Passwort</translation>
    </message>
    <message>
        <source>It advertises LOGINDISABLED even on the encrypted connection and offers no AUTHENTICATE mechanism, so no login is possible here.</source>
        <translation>Er meldet LOGINDISABLED sogar auf der verschlüsselten Verbindung und bietet kein AUTHENTICATE-Verfahren an, daher ist hier keine Anmeldung möglich.</translation>
    </message>
    <message>
        <source>Many servers offer login only after STARTTLS.</source>
        <translation>Viele Server bieten die Anmeldung erst nach STARTTLS an.</translation>
    </message>
    <message>
        <source>Port 25 is for mail between servers, which needs no login; mail programs submit mail on port 587 (or 465).</source>
        <translation>Port 25 ist für E-Mail zwischen Servern gedacht, die keine Anmeldung braucht; Mailprogramme reichen E-Mail über Port 587 (oder 465) ein.</translation>
    </message>
    <message>
        <source>Mail programs submit mail on port 587 (or 465), where the server offers login.</source>
        <translation>Mailprogramme reichen E-Mail über Port 587 (oder 465) ein, wo der Server eine Anmeldung anbietet.</translation>
    </message>
    <message>
        <source>The server offers no login on this port</source>
        <translation>Der Server bietet auf diesem Port keine Anmeldung an</translation>
    </message>
    <message>
        <source>Its capabilities list no authentication mechanism, so a user name and password cannot be used here.</source>
        <translation>Seine Fähigkeiten nennen kein Anmeldeverfahren, daher können Benutzername und Passwort hier nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The login method is not available on this server</source>
        <translation>Das Anmeldeverfahren ist auf diesem Server nicht verfügbar</translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation>Der Server bietet an: %1.</translation>
    </message>
    <message>
        <source>It accepts only OAuth2 access tokens, no password.</source>
        <translation>Er akzeptiert nur OAuth2-Zugriffstoken, kein Passwort.</translation>
    </message>
    <message>
        <source>Mail Doctor supports none of these.</source>
        <translation>Mail Doctor unterstützt keines davon.</translation>
    </message>
    <message>
        <source>Choose one of those, for example %1.</source>
        <translation>Wählen Sie eines davon, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The password was not sent over an unencrypted connection</source>
        <translation>Das Passwort wurde nicht über eine unverschlüsselte Verbindung gesendet</translation>
    </message>
    <message>
        <source>Anyone on the network path could read it. Encrypt the connection (STARTTLS or TLS); only if you accept the risk, allow unencrypted login explicitly in the settings.</source>
        <translation>Jeder auf dem Netzwerkweg könnte es lesen. Verschlüsseln Sie die Verbindung (STARTTLS oder TLS); nur wenn Sie das Risiko in Kauf nehmen, erlauben Sie die unverschlüsselte Anmeldung ausdrücklich in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server offers STARTTLS.</source>
        <translation>Der Server bietet STARTTLS an.</translation>
    </message>
    <message>
        <source>The server refuses mail from this network address</source>
        <translation>Der Server lehnt E-Mail von dieser Netzwerkadresse ab</translation>
    </message>
    <message>
        <source>Your IP address is on a block list or has a poor reputation with this provider, or the provider does not accept connections from your kind of network (home, mobile or VPN addresses). Send through your own provider&apos;s submission server with a login, or ask your network&apos;s operator; the reply often names the list and how to get removed.</source>
        <translation>Ihre IP-Adresse steht auf einer Sperrliste oder hat bei diesem Anbieter einen schlechten Ruf, oder der Anbieter nimmt keine Verbindungen aus Ihrer Art von Netz an (Heim-, Mobilfunk- oder VPN-Adressen). Senden Sie über den Einlieferungsserver Ihres eigenen Anbieters mit Anmeldung, oder fragen Sie den Betreiber Ihres Netzes; die Antwort nennt oft die Liste und wie man herauskommt.</translation>
    </message>
    <message>
        <source>The server refuses to pass the mail on to that recipient</source>
        <translation>Der Server weigert sich, die E-Mail an diesen Empfänger weiterzuleiten</translation>
    </message>
    <message>
        <source>It does not relay for this account to that address; the sender address may not belong to the account, or the server is not the account&apos;s outgoing server.</source>
        <translation>Er leitet für dieses Konto nicht an diese Adresse weiter; die Absenderadresse gehört vielleicht nicht zum Konto, oder der Server ist nicht der Postausgangsserver des Kontos.</translation>
    </message>
    <message>
        <source>Without a login it accepts mail only for its own addresses. Log in to send to others, on the submission port 587.</source>
        <translation>Ohne Anmeldung nimmt er E-Mail nur für seine eigenen Adressen an. Melden Sie sich an, um an andere zu senden, auf dem Einlieferungsport 587.</translation>
    </message>
    <message>
        <source>The server wants a login first</source>
        <translation>Der Server verlangt zuerst eine Anmeldung</translation>
    </message>
    <message>
        <source>It accepts mail from this client only after login: set the account&apos;s user name and password.</source>
        <translation>Er nimmt E-Mail von diesem Client erst nach der Anmeldung an: Legen Sie Benutzername und Passwort des Kontos fest.</translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation>Die Nachricht ist zu groß für den Server</translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files by link.</source>
        <translation>Senden Sie kleinere Anhänge, oder teilen Sie große Dateien per Link.</translation>
    </message>
    <message>
        <source>The server asks to try again later (greylisting)</source>
        <translation>Der Server bittet, es später erneut zu versuchen (Greylisting)</translation>
    </message>
    <message>
        <source>It turns away mail from senders it has not seen before, on purpose, and accepts it when it is sent again after a few minutes. A mail program retries by itself; nothing needs to change.</source>
        <translation>Er weist E-Mail von Absendern, die er noch nicht kennt, absichtlich ab und nimmt sie an, wenn sie nach ein paar Minuten erneut gesendet wird. Ein Mailprogramm versucht es von selbst erneut; nichts muss geändert werden.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation>Das Postfach des Empfängers ist voll</translation>
    </message>
    <message>
        <source>The recipient has used up their storage and receives no more mail until they make room. Tell them another way, or try later.</source>
        <translation>Der Empfänger hat seinen Speicher aufgebraucht und erhält keine E-Mail mehr, bis er Platz schafft. Sagen Sie es ihm auf anderem Weg, oder versuchen Sie es später.</translation>
    </message>
    <message>
        <source>The server refused for now (a temporary failure)</source>
        <translation>Der Server hat vorerst abgelehnt (ein vorübergehender Fehler)</translation>
    </message>
    <message>
        <source>Trying again later may work; a mail program would keep the message in its outbox and retry.</source>
        <translation>Ein späterer Versuch kann klappen; ein Mailprogramm würde die Nachricht im Postausgang behalten und es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server refused the sender address</source>
        <translation>Der Server hat die Absenderadresse abgelehnt</translation>
    </message>
    <message>
        <source>Use the account&apos;s own address (or one the provider allows you to send as) as the sender.</source>
        <translation>Verwenden Sie die eigene Adresse des Kontos (oder eine, unter der der Anbieter Sie senden lässt) als Absender.</translation>
    </message>
    <message>
        <source>The server refused the recipient address</source>
        <translation>Der Server hat die Empfängeradresse abgelehnt</translation>
    </message>
    <message>
        <source>Check the address for typos; the mailbox may not exist.</source>
        <translation>Prüfen Sie die Adresse auf Tippfehler; vielleicht gibt es das Postfach nicht.</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Der Server hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>The reply says why; often a content or spam filter, or a policy on senders.</source>
        <translation>Die Antwort sagt, warum; oft ist es ein Inhalts- oder Spamfilter oder eine Regel für Absender.</translation>
    </message>
    <message>
        <source>The server refused to start encryption</source>
        <translation>Der Server hat sich geweigert, die Verschlüsselung zu starten</translation>
    </message>
    <message>
        <source>It advertises STARTTLS but refused it. Use implicit TLS instead, on port %1.</source>
        <translation>Er meldet STARTTLS, hat es aber abgelehnt. Verwenden Sie stattdessen implizites TLS auf Port %1.</translation>
    </message>
    <message>
        <source>The server refused the connection in its greeting</source>
        <translation>Der Server hat die Verbindung in seiner Begrüßung abgelehnt</translation>
    </message>
    <message>
        <source>It may be overloaded, in maintenance, or refusing connections from your network.</source>
        <translation>Er ist vielleicht überlastet, in Wartung oder lehnt Verbindungen aus Ihrem Netz ab.</translation>
    </message>
    <message>
        <source>The server could not do that right now</source>
        <translation>Der Server konnte das gerade nicht ausführen</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The server refused the %1 command</source>
        <translation>Der Server hat den Befehl %1 abgelehnt</translation>
    </message>
    <message>
        <source>The server refused this client in its greeting</source>
        <translation>Der Server hat diesen Client in seiner Begrüßung abgewiesen</translation>
    </message>
    <message>
        <source>It is busy or refuses service for now; try again later.</source>
        <translation>Er ist beschäftigt oder verweigert den Dienst vorerst; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This usually means your IP address is blocked: it is on a block list, or the provider does not accept connections from your network (some refuse home, mobile or VPN addresses). The reply often names the list and how to get removed.</source>
        <translation>Das bedeutet meist, dass Ihre IP-Adresse gesperrt ist: Sie steht auf einer Sperrliste, oder der Anbieter nimmt keine Verbindungen aus Ihrem Netz an (manche weisen Heim-, Mobilfunk- oder VPN-Adressen ab). Die Antwort nennt oft die Liste und wie man herauskommt.</translation>
    </message>
    <message>
        <source>The server refused the client&apos;s greeting (EHLO/HELO)</source>
        <translation>Der Server hat die Begrüßung des Clients (EHLO/HELO) abgelehnt</translation>
    </message>
    <message>
        <source>Some servers require a fully qualified host name in EHLO.</source>
        <translation>Manche Server verlangen in EHLO einen vollständigen Hostnamen.</translation>
    </message>
    <message>
        <source>The %1 step failed</source>
        <translation>Der Schritt %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>This port expects TLS from the first byte</source>
        <translation>Dieser Port erwartet TLS ab dem ersten Byte</translation>
    </message>
    <message>
        <source>The connection was accepted, but no greeting came: the server on port %1 waits for the client to start TLS, which is what implicit TLS ports (%2 for %3) do.</source>
        <translation>Die Verbindung wurde angenommen, aber es kam keine Begrüßung: Der Server auf Port %1 wartet darauf, dass der Client TLS startet, wie es Ports mit implizitem TLS (%2 für %3) tun.</translation>
    </message>
    <message>
        <source>Use implicit TLS (&quot;SSL/TLS&quot;) instead of STARTTLS.</source>
        <translation>Verwenden Sie implizites TLS („SSL/TLS“) statt STARTTLS.</translation>
    </message>
    <message>
        <source>Use implicit TLS (&quot;SSL/TLS&quot;) instead of no encryption.</source>
        <translation>Verwenden Sie implizites TLS („SSL/TLS“) statt keiner Verschlüsselung.</translation>
    </message>
    <message>
        <source>The server sent no greeting</source>
        <translation>Der Server hat keine Begrüßung gesendet</translation>
    </message>
    <message>
        <source>The server accepted the connection but stayed silent; it may be overloaded.</source>
        <translation>Der Server hat die Verbindung angenommen, aber geschwiegen; vielleicht ist er überlastet.</translation>
    </message>
    <message>
        <source>The server stopped answering during %1</source>
        <translation>Der Server hat im Schritt %1 aufgehört zu antworten</translation>
    </message>
    <message>
        <source>It may be overloaded, or something between you and the server (a firewall or antivirus proxy) holds the connection.</source>
        <translation>Er ist vielleicht überlastet, oder etwas zwischen Ihnen und dem Server (eine Firewall oder ein Antivirus-Proxy) hält die Verbindung auf.</translation>
    </message>
    <message>
        <source>The server closed the connection during %1</source>
        <translation>Der Server hat die Verbindung im Schritt %1 geschlossen</translation>
    </message>
    <message>
        <source>It hung up without a word right after connecting: it may refuse this client (a block list or a connection limit), or this is not a mail port.</source>
        <translation>Er hat direkt nach dem Verbinden wortlos aufgelegt: Vielleicht weist er diesen Client ab (eine Sperrliste oder ein Verbindungslimit), oder dies ist kein Mail-Port.</translation>
    </message>
    <message>
        <source>It may have crashed or hit a limit; trying again later may work.</source>
        <translation>Er ist vielleicht abgestürzt oder an eine Grenze gestoßen; ein späterer Versuch kann klappen.</translation>
    </message>
    <message>
        <source>The server broke the %1 protocol</source>
        <translation>Der Server hat das %1-Protokoll verletzt</translation>
    </message>
    <message>
        <source>Its answer could not be understood: a broken server, a proxy in between, or not a %1 server at all.</source>
        <translation>Seine Antwort war nicht zu verstehen: ein defekter Server, ein Proxy dazwischen oder überhaupt kein %1-Server.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Der Server bietet kein STARTTLS an</translation>
    </message>
    <message>
        <source>Without it this connection cannot be encrypted, so the check stopped before sending anything secret.</source>
        <translation>Ohne STARTTLS kann diese Verbindung nicht verschlüsselt werden, daher hat die Prüfung angehalten, bevor etwas Geheimes gesendet wurde.</translation>
    </message>
    <message>
        <source>Use implicit TLS on port %1 if the server has it.</source>
        <translation>Verwenden Sie implizites TLS auf Port %1, falls der Server es anbietet.</translation>
    </message>
    <message>
        <source>If it used to work, something between you and the server (a firewall or antivirus) may be removing STARTTLS.</source>
        <translation>Wenn es früher funktioniert hat, entfernt vielleicht etwas zwischen Ihnen und dem Server (eine Firewall oder ein Virenschutz) STARTTLS.</translation>
    </message>
    <message>
        <source>Data was injected before encryption started</source>
        <translation>Vor dem Start der Verschlüsselung wurden Daten eingeschleust</translation>
    </message>
    <message>
        <source>This is the STARTTLS command-injection attack (or a badly broken server): the extra bytes could be forged by anyone on the path. Implicit TLS is immune to it.</source>
        <translation>Das ist der STARTTLS-Command-Injection-Angriff (oder ein schwer defekter Server): Die zusätzlichen Bytes könnten von jedem auf dem Weg gefälscht sein. Implizites TLS ist dagegen immun.</translation>
    </message>
    <message>
        <source>The login exchange failed</source>
        <translation>Der Anmeldeaustausch ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server&apos;s side of the %1 exchange did not check out (or the credentials could not be used with it).</source>
        <translation>Die Antworten des Servers bei der Anmeldung (%1) waren nicht stimmig (oder die Zugangsdaten ließen sich damit nicht verwenden).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Verfahren unbekannt</translation>
    </message>
    <message>
        <source>The server logged in without a password, on an unencrypted connection</source>
        <translation>Der Server hat ohne Passwort angemeldet, auf einer unverschlüsselten Verbindung</translation>
    </message>
    <message>
        <source>It greeted with PREAUTH: the session is already logged in, so STARTTLS is no longer possible and everything (mail included) would travel unencrypted. This is also the signature of an attack that strips STARTTLS.</source>
        <translation>Er hat mit PREAUTH begrüßt: Die Sitzung ist bereits angemeldet, daher ist STARTTLS nicht mehr möglich, und alles (auch die E-Mail) würde unverschlüsselt übertragen. Das ist auch das Kennzeichen eines Angriffs, der STARTTLS entfernt.</translation>
    </message>
    <message>
        <source>Use implicit TLS on port %1.</source>
        <translation>Verwenden Sie implizites TLS auf Port %1.</translation>
    </message>
    <message>
        <source>The check could not run</source>
        <translation>Die Prüfung konnte nicht laufen</translation>
    </message>
    <message>
        <source>The check was cancelled</source>
        <translation>Die Prüfung wurde abgebrochen</translation>
    </message>
    <message>
        <source>It was stopped before it finished; nothing about the server can be concluded. Run it again to see the result.</source>
        <translation>Sie wurde angehalten, bevor sie fertig war; über den Server lässt sich nichts schließen. Starten Sie sie erneut, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>The connection is not encrypted</source>
        <translation>Die Verbindung ist nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Everything, including the password and the mail itself, travels readable by anyone on the network path.</source>
        <translation>Alles, auch das Passwort und die E-Mail selbst, ist für jeden auf dem Netzwerkweg lesbar.</translation>
    </message>
    <message>
        <source>The server offers STARTTLS: use it.</source>
        <translation>Der Server bietet STARTTLS an: Verwenden Sie es.</translation>
    </message>
    <message>
        <source>Port 25 is meant for mail between servers</source>
        <translation>Port 25 ist für E-Mail zwischen Servern gedacht</translation>
    </message>
    <message>
        <source>It worked here, but many internet providers block port 25 for home and mobile connections, and many servers do not accept logins on it. Mail programs should use port 587 (STARTTLS) or 465 (TLS).</source>
        <translation>Hier hat es funktioniert, aber viele Internetanbieter sperren Port 25 für Heim- und Mobilfunkanschlüsse, und viele Server nehmen dort keine Anmeldungen an. Mailprogramme sollten Port 587 (STARTTLS) oder 465 (TLS) verwenden.</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Das Zertifikat des Servers läuft in %n Tag ab</numerusform>
            <numerusform>Das Zertifikat des Servers läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>It is valid until %1. Certificates are normally renewed well before; tell the server&apos;s administrator.</source>
        <translation>Es ist gültig bis %1. Zertifikate werden normalerweise lange vorher erneuert; sagen Sie es dem Administrator des Servers.</translation>
    </message>
    <message>
        <source>The certificate is trusted only because its key is pinned</source>
        <translation>Dem Zertifikat wird nur vertraut, weil sein Schlüssel festgelegt ist</translation>
    </message>
    <message>
        <source>On its own it would not verify (%1). If the server&apos;s key changes, the check will fail until the new key is pinned.</source>
        <translation>Für sich allein würde es die Prüfung nicht bestehen (%1). Wenn sich der Schlüssel des Servers ändert, schlägt die Prüfung fehl, bis der neue Schlüssel festgelegt ist.</translation>
    </message>
    <message>
        <source>Login was not tested</source>
        <translation>Die Anmeldung wurde nicht getestet</translation>
    </message>
    <message>
        <source>The server is reachable, but no user name was given, so the login was not tried. Set a user name and a password to test it.</source>
        <translation>Der Server ist erreichbar, aber es wurde kein Benutzername angegeben, daher wurde die Anmeldung nicht versucht. Legen Sie Benutzername und Passwort fest, um sie zu testen.</translation>
    </message>
    <message>
        <source>The server answered: &quot;-ERR %1%2&quot;</source>
        <translation>Der Server antwortete: „-ERR %1%2“</translation>
    </message>
    <message>
        <source>The proxy could not be reached</source>
        <translation>Der Proxy war nicht erreichbar</translation>
    </message>
    <message>
        <source>Nothing was sent to the mail server. Check the proxy&apos;s address and port (the network&apos;s settings or its administrator name them) and that the proxy is running; without a proxy, connect directly.</source>
        <translation>An den Mailserver wurde nichts gesendet. Prüfen Sie Adresse und Port des Proxys (die Einstellungen des Netzes oder sein Administrator nennen sie) und ob der Proxy läuft; ohne Proxy verbinden Sie direkt.</translation>
    </message>
    <message>
        <source>The proxy did not accept its user name or password</source>
        <translation>Der Proxy hat seinen Benutzernamen oder sein Passwort nicht akzeptiert</translation>
    </message>
    <message>
        <source>This is the proxy&apos;s own login, not the mail account&apos;s: check the proxy user and password.</source>
        <translation>Das ist die eigene Anmeldung des Proxys, nicht die des Mailkontos: Prüfen Sie Proxy-Benutzer und -Passwort.</translation>
    </message>
    <message>
        <source>The proxy did not connect to the mail server</source>
        <translation>Der Proxy hat keine Verbindung zum Mailserver hergestellt</translation>
    </message>
    <message>
        <source>The proxy could not or would not connect to %1 port %2. Proxies often allow only some ports (many HTTP proxies only 443) or some destinations; the server may also be down or the name unknown to the proxy. Ask the network&apos;s administrator, or try the server&apos;s other port.</source>
        <translation>Der Proxy konnte oder wollte keine Verbindung zu %1, Port %2 herstellen. Proxys erlauben oft nur einige Ports (viele HTTP-Proxys nur 443) oder einige Ziele; der Server kann auch ausgefallen oder der Name dem Proxy unbekannt sein. Fragen Sie den Administrator des Netzes, oder versuchen Sie den anderen Port des Servers.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another session</source>
        <translation>Das Postfach wird von einer anderen Sitzung benutzt</translation>
    </message>
    <message>
        <source>The login itself worked, but another POP3 session (another mail program, a phone, or an earlier connection that has not ended yet) holds the mailbox, and POP3 allows one at a time. Close the other program or wait a few minutes, then try again.</source>
        <translation>Die Anmeldung selbst hat funktioniert, aber eine andere POP3-Sitzung (ein anderes Mailprogramm, ein Telefon oder eine frühere Verbindung, die noch nicht beendet ist) hält das Postfach, und POP3 erlaubt nur eine zur selben Zeit. Schließen Sie das andere Programm oder warten Sie ein paar Minuten, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Logged in again too soon</source>
        <translation>Zu früh erneut angemeldet</translation>
    </message>
    <message numerus="yes">
        <source>The server allows a login only every %n second(s).</source>
        <translation>
            <numerusform>Der Server erlaubt eine Anmeldung nur alle %n Sekunde.</numerusform>
            <numerusform>Der Server erlaubt eine Anmeldung nur alle %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server allows logins only at a limited rate.</source>
        <translation>Der Server erlaubt Anmeldungen nur in begrenzter Häufigkeit.</translation>
    </message>
    <message>
        <source>Wait before trying again, and let mail programs check this account less often.</source>
        <translation>Warten Sie, bevor Sie es erneut versuchen, und lassen Sie Mailprogramme dieses Konto seltener abrufen.</translation>
    </message>
    <message>
        <source>The server has a temporary problem</source>
        <translation>Der Server hat ein vorübergehendes Problem</translation>
    </message>
    <message>
        <source>It is not the user name or password. Try again in a few minutes.</source>
        <translation>Es liegt nicht an Benutzername oder Passwort. Versuchen Sie es in ein paar Minuten erneut.</translation>
    </message>
    <message>
        <source>The server has a lasting problem with this account</source>
        <translation>Der Server hat ein dauerhaftes Problem mit diesem Konto</translation>
    </message>
    <message>
        <source>It is not the user name or password: the account may be disabled or its mailbox damaged. Contact the provider.</source>
        <translation>Es liegt nicht an Benutzername oder Passwort: Das Konto ist vielleicht deaktiviert oder sein Postfach beschädigt. Wenden Sie sich an den Anbieter.</translation>
    </message>
</context>
<context>
    <name>md::Explain</name>
    <message>
        <source>System status or help reply.</source>
        <translation>Systemstatus- oder Hilfe-Antwort.</translation>
    </message>
    <message>
        <source>Help message for a person reading the dialogue.</source>
        <translation>Hilfetext für einen Menschen, der den Dialog liest.</translation>
    </message>
    <message>
        <source>Service ready: the server&apos;s greeting, or its go-ahead to start TLS after STARTTLS.</source>
        <translation>Dienst bereit: die Begrüßung des Servers oder sein Startsignal für TLS nach STARTTLS.</translation>
    </message>
    <message>
        <source>The server is closing the connection, as asked (after QUIT).</source>
        <translation>Der Server schließt die Verbindung, wie verlangt (nach QUIT).</translation>
    </message>
    <message>
        <source>Authentication succeeded: the login was accepted (RFC 4954).</source>
        <translation>Authentifizierung erfolgreich: Die Anmeldung wurde akzeptiert (RFC 4954).</translation>
    </message>
    <message>
        <source>OK: the command was accepted and carried out.</source>
        <translation>OK: Der Befehl wurde angenommen und ausgeführt.</translation>
    </message>
    <message>
        <source>The recipient is not local; the server will forward the message.</source>
        <translation>Der Empfänger ist nicht lokal; der Server leitet die Nachricht weiter.</translation>
    </message>
    <message>
        <source>The server cannot verify the address but will accept the message and try to deliver it.</source>
        <translation>Der Server kann die Adresse nicht prüfen, nimmt die Nachricht aber an und versucht, sie zuzustellen.</translation>
    </message>
    <message>
        <source>The server waits for the next step of the login exchange (a base64 challenge, RFC 4954).</source>
        <translation>Der Server wartet auf den nächsten Schritt des Anmeldeaustauschs (eine Base64-Challenge, RFC 4954).</translation>
    </message>
    <message>
        <source>Start sending the message; end it with a line holding a single dot.</source>
        <translation>Beginnen Sie mit dem Senden der Nachricht; beenden Sie sie mit einer Zeile, die nur einen Punkt enthält.</translation>
    </message>
    <message>
        <source>Service not available: the server is closing the connection (overloaded, shutting down, or refusing this client for now). Try again later.</source>
        <translation>Dienst nicht verfügbar: Der Server schließt die Verbindung (überlastet, wird heruntergefahren oder weist diesen Client vorerst ab). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>A password transition is needed: log in once with a plaintext mechanism over TLS (RFC 4954).</source>
        <translation>Ein Passwortübergang ist nötig: Melden Sie sich einmal mit einem Klartextverfahren über TLS an (RFC 4954).</translation>
    </message>
    <message>
        <source>Temporary failure: the mailbox is unavailable right now (busy, or blocked for policy reasons). Try again later.</source>
        <translation>Vorübergehender Fehler: Das Postfach ist gerade nicht verfügbar (belegt oder aus Richtliniengründen gesperrt). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Temporary failure: a local error on the server while processing. Try again later.</source>
        <translation>Vorübergehender Fehler: ein lokaler Fehler auf dem Server bei der Verarbeitung. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Temporary failure: the server is short of storage, or too many recipients were given at once.</source>
        <translation>Vorübergehender Fehler: Dem Server fehlt Speicherplatz, oder es wurden zu viele Empfänger auf einmal angegeben.</translation>
    </message>
    <message>
        <source>Temporary failure: TLS is not available right now, or the authentication service failed temporarily (RFC 3207, RFC 4954).</source>
        <translation>Vorübergehender Fehler: TLS ist gerade nicht verfügbar, oder der Authentifizierungsdienst ist vorübergehend ausgefallen (RFC 3207, RFC 4954).</translation>
    </message>
    <message>
        <source>The server cannot accept the parameters given, for now.</source>
        <translation>Der Server kann die angegebenen Parameter vorerst nicht annehmen.</translation>
    </message>
    <message>
        <source>The queue for that node cannot be started now (ETRN, RFC 1985).</source>
        <translation>Die Warteschlange für diesen Knoten kann jetzt nicht gestartet werden (ETRN, RFC 1985).</translation>
    </message>
    <message>
        <source>ETRN is not allowed for that node (RFC 1985).</source>
        <translation>ETRN ist für diesen Knoten nicht erlaubt (RFC 1985).</translation>
    </message>
    <message>
        <source>Syntax error: the server did not recognise the command (or the line was too long).</source>
        <translation>Syntaxfehler: Der Server hat den Befehl nicht erkannt (oder die Zeile war zu lang).</translation>
    </message>
    <message>
        <source>Syntax error in the command&apos;s parameters or arguments.</source>
        <translation>Syntaxfehler in den Parametern oder Argumenten des Befehls.</translation>
    </message>
    <message>
        <source>The command is not implemented by this server.</source>
        <translation>Der Befehl ist auf diesem Server nicht implementiert.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: this command is not allowed at this point (for example MAIL before EHLO, or DATA without a recipient).</source>
        <translation>Falsche Befehlsreihenfolge: Dieser Befehl ist an dieser Stelle nicht erlaubt (zum Beispiel MAIL vor EHLO oder DATA ohne Empfänger).</translation>
    </message>
    <message>
        <source>A command parameter is not implemented (for example an unknown AUTH mechanism).</source>
        <translation>Ein Befehlsparameter ist nicht implementiert (zum Beispiel ein unbekanntes AUTH-Verfahren).</translation>
    </message>
    <message>
        <source>This host does not accept mail at all (RFC 7504).</source>
        <translation>Dieser Host nimmt überhaupt keine E-Mail an (RFC 7504).</translation>
    </message>
    <message>
        <source>Authentication required: log in first (or, with some servers, start TLS first) (RFC 4954).</source>
        <translation>Authentifizierung erforderlich: Melden Sie sich zuerst an (oder, bei manchen Servern, starten Sie zuerst TLS) (RFC 4954).</translation>
    </message>
    <message>
        <source>The authentication mechanism is too weak for this server&apos;s policy (RFC 4954); some providers also send it when an app password is required.</source>
        <translation>Das Authentifizierungsverfahren ist für die Richtlinie dieses Servers zu schwach (RFC 4954); manche Anbieter senden das auch, wenn ein App-Passwort nötig ist.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid: the user name, password or token was not accepted (RFC 4954).</source>
        <translation>Ungültige Zugangsdaten: Benutzername, Passwort oder Token wurde nicht akzeptiert (RFC 4954).</translation>
    </message>
    <message>
        <source>Encryption required for the requested authentication mechanism: start TLS first (RFC 4954).</source>
        <translation>Für das angeforderte Authentifizierungsverfahren ist Verschlüsselung nötig: Starten Sie zuerst TLS (RFC 4954).</translation>
    </message>
    <message>
        <source>Permanent failure: the mailbox is unavailable (no such user, or refused for policy reasons such as relaying or spam).</source>
        <translation>Dauerhafter Fehler: Das Postfach ist nicht verfügbar (kein solcher Benutzer, oder aus Richtliniengründen wie Relaying oder Spam abgelehnt).</translation>
    </message>
    <message>
        <source>The user is not local; the server names another address to try.</source>
        <translation>Der Benutzer ist nicht lokal; der Server nennt eine andere Adresse zum Versuchen.</translation>
    </message>
    <message>
        <source>Permanent failure: exceeded storage allocation (the message is too large, or the mailbox is full).</source>
        <translation>Dauerhafter Fehler: Speicherzuteilung überschritten (die Nachricht ist zu groß, oder das Postfach ist voll).</translation>
    </message>
    <message>
        <source>The mailbox name is not allowed: bad address syntax, or a sender address this account may not use.</source>
        <translation>Der Postfachname ist nicht erlaubt: fehlerhafte Adresssyntax oder eine Absenderadresse, die dieses Konto nicht verwenden darf.</translation>
    </message>
    <message>
        <source>Transaction failed: refused for good. In a greeting it means the server will not talk to this client (often its IP address is on a block list).</source>
        <translation>Transaktion fehlgeschlagen: endgültig abgelehnt. In einer Begrüßung heißt das, dass der Server nicht mit diesem Client spricht (oft steht seine IP-Adresse auf einer Sperrliste).</translation>
    </message>
    <message>
        <source>MAIL FROM or RCPT TO parameters not recognised or not implemented.</source>
        <translation>Parameter von MAIL FROM oder RCPT TO nicht erkannt oder nicht implementiert.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail (RFC 7504).</source>
        <translation>Die Domain des Empfängers nimmt keine E-Mail an (RFC 7504).</translation>
    </message>
    <message>
        <source>Positive completion: the command succeeded.</source>
        <translation>Positive Erledigung: Der Befehl war erfolgreich.</translation>
    </message>
    <message>
        <source>Positive intermediate: the server waits for more from the client.</source>
        <translation>Positiver Zwischenstand: Der Server wartet auf mehr vom Client.</translation>
    </message>
    <message>
        <source>Transient negative: the command failed for now; trying again later may work.</source>
        <translation>Vorübergehend negativ: Der Befehl ist vorerst fehlgeschlagen; ein späterer Versuch kann klappen.</translation>
    </message>
    <message>
        <source>Permanent negative: the command failed and repeating it will not help.</source>
        <translation>Dauerhaft negativ: Der Befehl ist fehlgeschlagen, und ihn zu wiederholen hilft nicht.</translation>
    </message>
    <message>
        <source>It concerns syntax.</source>
        <translation>Es betrifft die Syntax.</translation>
    </message>
    <message>
        <source>It is informational.</source>
        <translation>Es dient zur Information.</translation>
    </message>
    <message>
        <source>It concerns the connection.</source>
        <translation>Es betrifft die Verbindung.</translation>
    </message>
    <message>
        <source>It concerns authentication or accounting.</source>
        <translation>Es betrifft Authentifizierung oder Abrechnung.</translation>
    </message>
    <message>
        <source>It concerns the mail system.</source>
        <translation>Es betrifft das Mailsystem.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Erfolg.</translation>
    </message>
    <message>
        <source>Persistent transient failure: it may work if tried again later.</source>
        <translation>Anhaltender vorübergehender Fehler: Ein späterer Versuch kann klappen.</translation>
    </message>
    <message>
        <source>Permanent failure: trying again unchanged will not help.</source>
        <translation>Dauerhafter Fehler: Ein unveränderter neuer Versuch hilft nicht.</translation>
    </message>
    <message>
        <source>Other or undefined status.</source>
        <translation>Sonstiger oder undefinierter Status.</translation>
    </message>
    <message>
        <source>Addressing status: about the sender or recipient address.</source>
        <translation>Adressstatus: betrifft die Absender- oder Empfängeradresse.</translation>
    </message>
    <message>
        <source>Mailbox status: about the recipient&apos;s mailbox.</source>
        <translation>Postfachstatus: betrifft das Postfach des Empfängers.</translation>
    </message>
    <message>
        <source>Mail system status: about the receiving server.</source>
        <translation>Mailsystemstatus: betrifft den empfangenden Server.</translation>
    </message>
    <message>
        <source>Network and routing status.</source>
        <translation>Netzwerk- und Routingstatus.</translation>
    </message>
    <message>
        <source>Mail delivery protocol status.</source>
        <translation>Status des Mailzustellprotokolls.</translation>
    </message>
    <message>
        <source>Message content or media status.</source>
        <translation>Status von Nachrichteninhalt oder Medien.</translation>
    </message>
    <message>
        <source>Security or policy status.</source>
        <translation>Sicherheits- oder Richtlinienstatus.</translation>
    </message>
    <message>
        <source>Other undefined status: the text of the reply says more.</source>
        <translation>Sonstiger undefinierter Status: Der Text der Antwort sagt mehr.</translation>
    </message>
    <message>
        <source>Other address status.</source>
        <translation>Sonstiger Adressstatus.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address: no such user at that domain.</source>
        <translation>Fehlerhafte Zielpostfachadresse: kein solcher Benutzer in dieser Domain.</translation>
    </message>
    <message>
        <source>Bad destination system address: the recipient&apos;s domain is wrong or does not accept mail.</source>
        <translation>Fehlerhafte Zielsystemadresse: Die Domain des Empfängers ist falsch oder nimmt keine E-Mail an.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax.</source>
        <translation>Fehlerhafte Syntax der Zielpostfachadresse.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous.</source>
        <translation>Zielpostfachadresse mehrdeutig.</translation>
    </message>
    <message>
        <source>Destination address valid.</source>
        <translation>Zieladresse gültig.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved; no forwarding address.</source>
        <translation>Zielpostfach ist umgezogen; keine Weiterleitungsadresse.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax.</source>
        <translation>Fehlerhafte Syntax der Absenderpostfachadresse.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address: the sender&apos;s domain is not accepted.</source>
        <translation>Fehlerhafte Absendersystemadresse: Die Domain des Absenders wird nicht angenommen.</translation>
    </message>
    <message>
        <source>Message relayed to a non-compliant mailer (RFC 3886).</source>
        <translation>Nachricht an ein nicht konformes Mailprogramm weitergeleitet (RFC 3886).</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has a null MX: it accepts no mail (RFC 7505).</source>
        <translation>Die Domain des Empfängers hat einen Null-MX: Sie nimmt keine E-Mail an (RFC 7505).</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status.</source>
        <translation>Sonstiger oder undefinierter Postfachstatus.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages.</source>
        <translation>Postfach deaktiviert, nimmt keine Nachrichten an.</translation>
    </message>
    <message>
        <source>Mailbox full.</source>
        <translation>Postfach voll.</translation>
    </message>
    <message>
        <source>Message length exceeds an administrative limit.</source>
        <translation>Nachrichtenlänge überschreitet eine administrative Grenze.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem.</source>
        <translation>Problem beim Auflösen einer Mailingliste.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status.</source>
        <translation>Sonstiger oder undefinierter Mailsystemstatus.</translation>
    </message>
    <message>
        <source>Mail system full: the server is out of storage.</source>
        <translation>Mailsystem voll: Dem Server fehlt Speicherplatz.</translation>
    </message>
    <message>
        <source>System not accepting network messages (for example shutting down).</source>
        <translation>System nimmt keine Netzwerknachrichten an (zum Beispiel beim Herunterfahren).</translation>
    </message>
    <message>
        <source>System not capable of the selected features.</source>
        <translation>System beherrscht die gewählten Funktionen nicht.</translation>
    </message>
    <message>
        <source>Message too big for the system.</source>
        <translation>Nachricht zu groß für das System.</translation>
    </message>
    <message>
        <source>System incorrectly configured.</source>
        <translation>System falsch konfiguriert.</translation>
    </message>
    <message>
        <source>Requested priority was changed (RFC 6710).</source>
        <translation>Angeforderte Priorität wurde geändert (RFC 6710).</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status.</source>
        <translation>Sonstiger oder undefinierter Netzwerk- oder Routingstatus.</translation>
    </message>
    <message>
        <source>No answer from the next host.</source>
        <translation>Keine Antwort vom nächsten Host.</translation>
    </message>
    <message>
        <source>Bad connection.</source>
        <translation>Fehlerhafte Verbindung.</translation>
    </message>
    <message>
        <source>Directory server failure (for example DNS).</source>
        <translation>Fehler des Verzeichnisservers (zum Beispiel DNS).</translation>
    </message>
    <message>
        <source>Unable to route the message.</source>
        <translation>Nachricht kann nicht weitergeleitet werden.</translation>
    </message>
    <message>
        <source>Mail system congestion; some providers also use it for sending quotas.</source>
        <translation>Überlastung des Mailsystems; manche Anbieter verwenden das auch für Versandkontingente.</translation>
    </message>
    <message>
        <source>Routing loop detected.</source>
        <translation>Routingschleife erkannt.</translation>
    </message>
    <message>
        <source>Delivery time expired.</source>
        <translation>Zustellzeit abgelaufen.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status.</source>
        <translation>Sonstiger oder undefinierter Protokollstatus.</translation>
    </message>
    <message>
        <source>Invalid command.</source>
        <translation>Ungültiger Befehl.</translation>
    </message>
    <message>
        <source>Syntax error.</source>
        <translation>Syntaxfehler.</translation>
    </message>
    <message>
        <source>Too many recipients.</source>
        <translation>Zu viele Empfänger.</translation>
    </message>
    <message>
        <source>Invalid command arguments.</source>
        <translation>Ungültige Befehlsargumente.</translation>
    </message>
    <message>
        <source>Wrong protocol version.</source>
        <translation>Falsche Protokollversion.</translation>
    </message>
    <message>
        <source>An authentication exchange line is too long (RFC 4954).</source>
        <translation>Eine Zeile des Authentifizierungsaustauschs ist zu lang (RFC 4954).</translation>
    </message>
    <message>
        <source>Other or undefined media error.</source>
        <translation>Sonstiger oder undefinierter Medienfehler.</translation>
    </message>
    <message>
        <source>Media not supported.</source>
        <translation>Medium nicht unterstützt.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited.</source>
        <translation>Umwandlung nötig, aber verboten.</translation>
    </message>
    <message>
        <source>Conversion required but not supported.</source>
        <translation>Umwandlung nötig, aber nicht unterstützt.</translation>
    </message>
    <message>
        <source>Conversion with loss performed.</source>
        <translation>Umwandlung mit Verlust durchgeführt.</translation>
    </message>
    <message>
        <source>Conversion failed.</source>
        <translation>Umwandlung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Message content not available (RFC 4468).</source>
        <translation>Nachrichteninhalt nicht verfügbar (RFC 4468).</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender or recipient (RFC 6531).</source>
        <translation>Nicht-ASCII-Adressen sind für diesen Absender oder Empfänger nicht erlaubt (RFC 6531).</translation>
    </message>
    <message>
        <source>A UTF-8 reply is required, but the client does not permit it (RFC 6531).</source>
        <translation>Eine UTF-8-Antwort ist nötig, aber der Client erlaubt sie nicht (RFC 6531).</translation>
    </message>
    <message>
        <source>A UTF-8 header message cannot be passed on to some recipients (RFC 6531).</source>
        <translation>Eine Nachricht mit UTF-8-Kopfzeilen kann an manche Empfänger nicht weitergegeben werden (RFC 6531).</translation>
    </message>
    <message>
        <source>Other or undefined security status (often: authentication needed or refused by policy).</source>
        <translation>Sonstiger oder undefinierter Sicherheitsstatus (oft: Authentifizierung nötig oder durch eine Richtlinie abgelehnt).</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused: a policy forbids it (relaying without login, a blocked sender, or spam).</source>
        <translation>Zustellung nicht erlaubt, Nachricht abgelehnt: Eine Richtlinie verbietet sie (Relaying ohne Anmeldung, ein gesperrter Absender oder Spam).</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited.</source>
        <translation>Auflösen von Mailinglisten verboten.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible.</source>
        <translation>Sicherheitsumwandlung nötig, aber nicht möglich.</translation>
    </message>
    <message>
        <source>Security features not supported.</source>
        <translation>Sicherheitsfunktionen nicht unterstützt.</translation>
    </message>
    <message>
        <source>Cryptographic failure.</source>
        <translation>Kryptografischer Fehler.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported.</source>
        <translation>Kryptografischer Algorithmus nicht unterstützt.</translation>
    </message>
    <message>
        <source>Message integrity failure.</source>
        <translation>Fehler der Nachrichtenintegrität.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak (RFC 4954); Gmail also uses it to say an app password is required.</source>
        <translation>Das Authentifizierungsverfahren ist zu schwach (RFC 4954); Gmail sagt damit auch, dass ein App-Passwort nötig ist.</translation>
    </message>
    <message>
        <source>Encryption needed (RFC 5248).</source>
        <translation>Verschlüsselung nötig (RFC 5248).</translation>
    </message>
    <message>
        <source>Encryption required for the requested authentication mechanism (RFC 4954).</source>
        <translation>Für das angeforderte Authentifizierungsverfahren ist Verschlüsselung nötig (RFC 4954).</translation>
    </message>
    <message>
        <source>A password transition is needed (RFC 4954).</source>
        <translation>Ein Passwortübergang ist nötig (RFC 4954).</translation>
    </message>
    <message>
        <source>User account disabled (RFC 5248).</source>
        <translation>Benutzerkonto deaktiviert (RFC 5248).</translation>
    </message>
    <message>
        <source>Trust relationship required (RFC 5248).</source>
        <translation>Vertrauensbeziehung nötig (RFC 5248).</translation>
    </message>
    <message>
        <source>Priority level is too low (RFC 6710).</source>
        <translation>Prioritätsstufe ist zu niedrig (RFC 6710).</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority (RFC 6710).</source>
        <translation>Nachricht ist für die angegebene Priorität zu groß (RFC 6710).</translation>
    </message>
    <message>
        <source>Mailbox owner has changed (RFC 7293).</source>
        <translation>Der Inhaber des Postfachs hat gewechselt (RFC 7293).</translation>
    </message>
    <message>
        <source>Domain owner has changed (RFC 7293).</source>
        <translation>Der Inhaber der Domain hat gewechselt (RFC 7293).</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed (RFC 7293).</source>
        <translation>RRVS-Test kann nicht abgeschlossen werden (RFC 7293).</translation>
    </message>
    <message>
        <source>No passing DKIM signature found (RFC 7372).</source>
        <translation>Keine gültige DKIM-Signatur gefunden (RFC 7372).</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found (RFC 7372).</source>
        <translation>Keine annehmbare DKIM-Signatur gefunden (RFC 7372).</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found (RFC 7372).</source>
        <translation>Keine gültige, zum Autor passende DKIM-Signatur gefunden (RFC 7372).</translation>
    </message>
    <message>
        <source>SPF validation failed: the sending server is not allowed for the sender&apos;s domain (RFC 7372).</source>
        <translation>SPF-Prüfung fehlgeschlagen: Der sendende Server ist für die Domain des Absenders nicht zugelassen (RFC 7372).</translation>
    </message>
    <message>
        <source>SPF validation error (RFC 7372).</source>
        <translation>Fehler bei der SPF-Prüfung (RFC 7372).</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed (RFC 7372).</source>
        <translation>Reverse-DNS-Prüfung fehlgeschlagen (RFC 7372).</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed (RFC 7372).</source>
        <translation>Mehrere Authentifizierungsprüfungen fehlgeschlagen (RFC 7372).</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has a null MX: it sends no mail (RFC 7505).</source>
        <translation>Die Domain des Absenders hat einen Null-MX: Sie sendet keine E-Mail (RFC 7505).</translation>
    </message>
    <message>
        <source>Mail flood detected: too much mail in too short a time.</source>
        <translation>Mailflut erkannt: zu viel E-Mail in zu kurzer Zeit.</translation>
    </message>
    <message>
        <source>ARC validation failure (RFC 8617).</source>
        <translation>ARC-Prüfung fehlgeschlagen (RFC 8617).</translation>
    </message>
    <message>
        <source>REQUIRETLS support required (RFC 8689).</source>
        <translation>REQUIRETLS-Unterstützung nötig (RFC 8689).</translation>
    </message>
    <message>
        <source>A message the server wants shown to the user as it is.</source>
        <translation>Eine Meldung, die der Server dem Benutzer unverändert zeigen lassen will.</translation>
    </message>
    <message>
        <source>The mailbox (or object) already exists (RFC 5530).</source>
        <translation>Das Postfach (oder Objekt) existiert bereits (RFC 5530).</translation>
    </message>
    <message>
        <source>The UID the appended message got (UIDPLUS, RFC 4315).</source>
        <translation>Die UID, die die angehängte Nachricht erhalten hat (UIDPLUS, RFC 4315).</translation>
    </message>
    <message>
        <source>Authentication failed: the user name, password or token was not accepted (RFC 5530).</source>
        <translation>Authentifizierung fehlgeschlagen: Benutzername, Passwort oder Token wurde nicht akzeptiert (RFC 5530).</translation>
    </message>
    <message>
        <source>The credentials are valid, but this user may not log in as the requested identity (RFC 5530).</source>
        <translation>Die Zugangsdaten sind gültig, aber dieser Benutzer darf sich nicht als die angeforderte Identität anmelden (RFC 5530).</translation>
    </message>
    <message>
        <source>The search used a character set the server does not support.</source>
        <translation>Die Suche verwendete einen Zeichensatz, den der Server nicht unterstützt.</translation>
    </message>
    <message>
        <source>Unknown comparator (RFC 5255).</source>
        <translation>Unbekannter Vergleichsoperator (RFC 5255).</translation>
    </message>
    <message>
        <source>The server cannot notify about that event (NOTIFY, RFC 5465).</source>
        <translation>Der Server kann über dieses Ereignis nicht benachrichtigen (NOTIFY, RFC 5465).</translation>
    </message>
    <message>
        <source>A URL given to the server is invalid (RFC 4469/4467).</source>
        <translation>Eine dem Server übergebene URL ist ungültig (RFC 4469/4467).</translation>
    </message>
    <message>
        <source>The operation violates some invariant of the server (RFC 5530).</source>
        <translation>Der Vorgang verletzt eine Invariante des Servers (RFC 5530).</translation>
    </message>
    <message>
        <source>The server&apos;s capability list, sent along with this response.</source>
        <translation>Die Fähigkeitenliste des Servers, mit dieser Antwort mitgesendet.</translation>
    </message>
    <message>
        <source>The server thinks the client made a mistake, though it carried out the command (RFC 5530).</source>
        <translation>Der Server meint, der Client habe einen Fehler gemacht, hat den Befehl aber ausgeführt (RFC 5530).</translation>
    </message>
    <message>
        <source>The previously selected mailbox is now closed (QRESYNC, RFC 7162).</source>
        <translation>Das zuvor ausgewählte Postfach ist jetzt geschlossen (QRESYNC, RFC 7162).</translation>
    </message>
    <message>
        <source>Compression is already active (RFC 4978).</source>
        <translation>Die Kompression ist bereits aktiv (RFC 4978).</translation>
    </message>
    <message>
        <source>The user should contact the server&apos;s administrator or support (RFC 5530).</source>
        <translation>Der Benutzer sollte sich an den Administrator oder Support des Servers wenden (RFC 5530).</translation>
    </message>
    <message>
        <source>The UIDs the copied messages got (UIDPLUS, RFC 4315).</source>
        <translation>Die UIDs, die die kopierten Nachrichten erhalten haben (UIDPLUS, RFC 4315).</translation>
    </message>
    <message>
        <source>The server found corrupt data (RFC 5530).</source>
        <translation>Der Server hat beschädigte Daten gefunden (RFC 5530).</translation>
    </message>
    <message>
        <source>The password or account has expired (RFC 5530).</source>
        <translation>Das Passwort oder Konto ist abgelaufen (RFC 5530).</translation>
    </message>
    <message>
        <source>Another session deleted messages meanwhile (RFC 5530).</source>
        <translation>Eine andere Sitzung hat inzwischen Nachrichten gelöscht (RFC 5530).</translation>
    </message>
    <message>
        <source>The mailbox cannot be deleted because it has children (RFC 9051).</source>
        <translation>Das Postfach kann nicht gelöscht werden, weil es Unterordner hat (RFC 9051).</translation>
    </message>
    <message>
        <source>The highest modification sequence of the mailbox (CONDSTORE, RFC 7162).</source>
        <translation>Die höchste Änderungssequenz des Postfachs (CONDSTORE, RFC 7162).</translation>
    </message>
    <message>
        <source>The command is still running; progress report (RFC 9585).</source>
        <translation>Der Befehl läuft noch; Fortschrittsmeldung (RFC 9585).</translation>
    </message>
    <message>
        <source>The resource is in use by another session; try again later (RFC 5530).</source>
        <translation>Die Ressource wird von einer anderen Sitzung benutzt; versuchen Sie es später erneut (RFC 5530).</translation>
    </message>
    <message>
        <source>A server limit was hit (for example too many connections or a rate limit) (RFC 5530).</source>
        <translation>Eine Servergrenze wurde erreicht (zum Beispiel zu viele Verbindungen oder eine Ratenbegrenzung) (RFC 5530).</translation>
    </message>
    <message>
        <source>The mailbox&apos;s permanent id (OBJECTID, RFC 8474).</source>
        <translation>Die dauerhafte ID des Postfachs (OBJECTID, RFC 8474).</translation>
    </message>
    <message>
        <source>A metadata limit was hit (RFC 5464).</source>
        <translation>Eine Metadatengrenze wurde erreicht (RFC 5464).</translation>
    </message>
    <message>
        <source>Some messages changed since the client&apos;s UNCHANGEDSINCE value (CONDSTORE, RFC 7162).</source>
        <translation>Einige Nachrichten haben sich seit dem UNCHANGEDSINCE-Wert des Clients geändert (CONDSTORE, RFC 7162).</translation>
    </message>
    <message>
        <source>The mailbox does not keep modification sequences (RFC 7162).</source>
        <translation>Das Postfach führt keine Änderungssequenzen (RFC 7162).</translation>
    </message>
    <message>
        <source>The mailbox (or object) does not exist (RFC 5530).</source>
        <translation>Das Postfach (oder Objekt) existiert nicht (RFC 5530).</translation>
    </message>
    <message>
        <source>No permission for that mailbox or operation (RFC 5530).</source>
        <translation>Keine Berechtigung für dieses Postfach oder diesen Vorgang (RFC 5530).</translation>
    </message>
    <message>
        <source>The server stopped notifications; the client must re-synchronise (RFC 5465).</source>
        <translation>Der Server hat die Benachrichtigungen eingestellt; der Client muss neu synchronisieren (RFC 5465).</translation>
    </message>
    <message>
        <source>The search result was not saved (RFC 5182).</source>
        <translation>Das Suchergebnis wurde nicht gespeichert (RFC 5182).</translation>
    </message>
    <message>
        <source>The account is over its storage quota (RFC 5530).</source>
        <translation>Das Konto hat sein Speicherkontingent überschritten (RFC 5530).</translation>
    </message>
    <message>
        <source>The server could not parse a message&apos;s headers or MIME structure.</source>
        <translation>Der Server konnte die Kopfzeilen oder die MIME-Struktur einer Nachricht nicht auswerten.</translation>
    </message>
    <message>
        <source>The flags the client may change permanently in this mailbox.</source>
        <translation>Die Markierungen, die der Client in diesem Postfach dauerhaft ändern darf.</translation>
    </message>
    <message>
        <source>The operation needs an encrypted connection: use TLS (RFC 5530).</source>
        <translation>Der Vorgang braucht eine verschlüsselte Verbindung: Verwenden Sie TLS (RFC 5530).</translation>
    </message>
    <message>
        <source>The mailbox is open read-only.</source>
        <translation>Das Postfach ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The mailbox is open for reading and writing.</source>
        <translation>Das Postfach ist zum Lesen und Schreiben geöffnet.</translation>
    </message>
    <message>
        <source>The server refers the client to another server (RFC 2221).</source>
        <translation>Der Server verweist den Client an einen anderen Server (RFC 2221).</translation>
    </message>
    <message>
        <source>The server hit an internal bug (RFC 5530).</source>
        <translation>Der Server ist auf einen internen Fehler gestoßen (RFC 5530).</translation>
    </message>
    <message>
        <source>The message or data is too large (RFC 4469).</source>
        <translation>Die Nachricht oder die Daten sind zu groß (RFC 4469).</translation>
    </message>
    <message>
        <source>The target mailbox does not exist; creating it first may help.</source>
        <translation>Das Zielpostfach existiert nicht; es zuerst anzulegen kann helfen.</translation>
    </message>
    <message>
        <source>The UID the next new message in this mailbox will get.</source>
        <translation>Die UID, die die nächste neue Nachricht in diesem Postfach erhält.</translation>
    </message>
    <message>
        <source>UIDs in this mailbox do not persist between sessions (UIDPLUS, RFC 4315).</source>
        <translation>UIDs in diesem Postfach bleiben zwischen Sitzungen nicht erhalten (UIDPLUS, RFC 4315).</translation>
    </message>
    <message>
        <source>The mailbox&apos;s UID validity value: when it changes, cached UIDs are void.</source>
        <translation>Der UID-Gültigkeitswert des Postfachs: Ändert er sich, sind zwischengespeicherte UIDs ungültig.</translation>
    </message>
    <message>
        <source>Temporary failure: a backend (for example the authentication service) is unavailable; try again later (RFC 5530).</source>
        <translation>Vorübergehender Fehler: Ein Hintergrunddienst (zum Beispiel der Authentifizierungsdienst) ist nicht verfügbar; versuchen Sie es später erneut (RFC 5530).</translation>
    </message>
    <message>
        <source>The server cannot decode that content transfer encoding (BINARY, RFC 3516).</source>
        <translation>Der Server kann diese Transferkodierung nicht dekodieren (BINARY, RFC 3516).</translation>
    </message>
    <message>
        <source>The number of the first unseen message (IMAP4rev1).</source>
        <translation>Die Nummer der ersten ungelesenen Nachricht (IMAP4rev1).</translation>
    </message>
    <message>
        <source>The URL authorization mechanisms the server supports (RFC 4467).</source>
        <translation>Die URL-Autorisierungsverfahren, die der Server unterstützt (RFC 4467).</translation>
    </message>
    <message>
        <source>The special-use attribute was not accepted (RFC 6154).</source>
        <translation>Das Special-Use-Attribut wurde nicht akzeptiert (RFC 6154).</translation>
    </message>
    <message>
        <source>The user must visit a web page (the URL given) before logging in again (RFC 9051 registry).</source>
        <translation>Der Benutzer muss eine Webseite (die angegebene URL) besuchen, bevor er sich erneut anmeldet (Registry aus RFC 9051).</translation>
    </message>
    <message>
        <source>The login failed because of the credentials: the user name or password is wrong (POP3, RFC 3206).</source>
        <translation>Die Anmeldung ist an den Zugangsdaten gescheitert: Benutzername oder Passwort ist falsch (POP3, RFC 3206).</translation>
    </message>
    <message>
        <source>The login worked, but another session holds the mailbox; POP3 allows one at a time (RFC 2449).</source>
        <translation>Die Anmeldung hat funktioniert, aber eine andere Sitzung hält das Postfach; POP3 erlaubt nur eine zur selben Zeit (RFC 2449).</translation>
    </message>
    <message>
        <source>Logged in again sooner than the server allows (RFC 2449).</source>
        <translation>Früher erneut angemeldet, als der Server erlaubt (RFC 2449).</translation>
    </message>
    <message>
        <source>A lasting problem on the server&apos;s side, not the credentials (POP3, RFC 3206).</source>
        <translation>Ein dauerhaftes Problem auf Seiten des Servers, nicht die Zugangsdaten (POP3, RFC 3206).</translation>
    </message>
    <message>
        <source>A temporary problem on the server&apos;s side, not the credentials; try again later (POP3, RFC 3206).</source>
        <translation>Ein vorübergehendes Problem auf Seiten des Servers, nicht die Zugangsdaten; versuchen Sie es später erneut (POP3, RFC 3206).</translation>
    </message>
    <message>
        <source>Says with [AUTH] when a login failed because of the credentials (RFC 3206).</source>
        <translation>Meldet mit [AUTH], wenn eine Anmeldung an den Zugangsdaten gescheitert ist (RFC 3206).</translation>
    </message>
    <message>
        <source>How long the server keeps messages after they were fetched (RFC 2449).</source>
        <translation>Wie lange der Server Nachrichten nach dem Abrufen aufbewahrt (RFC 2449).</translation>
    </message>
    <message>
        <source>The server software&apos;s name (RFC 2449).</source>
        <translation>Der Name der Serversoftware (RFC 2449).</translation>
    </message>
    <message>
        <source>The minimum time between logins, in seconds (RFC 2449).</source>
        <translation>Die Mindestzeit zwischen Anmeldungen in Sekunden (RFC 2449).</translation>
    </message>
    <message>
        <source>Failure replies carry codes such as [IN-USE] (RFC 2449).</source>
        <translation>Fehlerantworten tragen Codes wie [IN-USE] (RFC 2449).</translation>
    </message>
    <message>
        <source>Accepts login with the AUTH command (RFC 5034).</source>
        <translation>Nimmt Anmeldungen mit dem Befehl AUTH an (RFC 5034).</translation>
    </message>
    <message>
        <source>Can send just the headers and first lines of a message (RFC 1939).</source>
        <translation>Kann nur die Kopfzeilen und ersten Zeilen einer Nachricht senden (RFC 1939).</translation>
    </message>
    <message>
        <source>Gives each message a lasting id, so a client can leave mail on the server (RFC 1939).</source>
        <translation>Gibt jeder Nachricht eine dauerhafte ID, sodass ein Client E-Mail auf dem Server lassen kann (RFC 1939).</translation>
    </message>
    <message>
        <source>Accepts login with USER and PASS: the password in the clear, so only over TLS (RFC 1939).</source>
        <translation>Nimmt Anmeldungen mit USER und PASS an: das Passwort im Klartext, also nur über TLS (RFC 1939).</translation>
    </message>
    <message>
        <source>Accepts 8-bit message bodies without conversion (RFC 6152).</source>
        <translation>Nimmt 8-Bit-Nachrichtentexte ohne Umwandlung an (RFC 6152).</translation>
    </message>
    <message>
        <source>Accepts login (SMTP AUTH, RFC 4954).</source>
        <translation>Nimmt Anmeldungen an (SMTP AUTH, RFC 4954).</translation>
    </message>
    <message>
        <source>Accepts binary message bodies with BDAT (RFC 3030).</source>
        <translation>Nimmt binäre Nachrichtentexte mit BDAT an (RFC 3030).</translation>
    </message>
    <message>
        <source>Can fetch the message from an IMAP server by URL (RFC 4468).</source>
        <translation>Kann die Nachricht per URL von einem IMAP-Server holen (RFC 4468).</translation>
    </message>
    <message>
        <source>Can resume an interrupted transfer (RFC 1845).</source>
        <translation>Kann eine unterbrochene Übertragung fortsetzen (RFC 1845).</translation>
    </message>
    <message>
        <source>Accepts the message in chunks with BDAT instead of DATA (RFC 3030).</source>
        <translation>Nimmt die Nachricht in Stücken mit BDAT statt DATA an (RFC 3030).</translation>
    </message>
    <message>
        <source>The sender may set a delivery deadline (RFC 2852).</source>
        <translation>Der Absender darf eine Zustellfrist setzen (RFC 2852).</translation>
    </message>
    <message>
        <source>Delivery status notifications: the sender can ask to be told about delivery or failure (RFC 3461).</source>
        <translation>Zustellstatusbenachrichtigungen: Der Absender kann verlangen, über Zustellung oder Fehlschlag informiert zu werden (RFC 3461).</translation>
    </message>
    <message>
        <source>Replies carry detailed status codes such as 5.7.8 (RFC 2034, RFC 3463).</source>
        <translation>Antworten tragen ausführliche Statuscodes wie 5.7.8 (RFC 2034, RFC 3463).</translation>
    </message>
    <message>
        <source>Remote queue start: a client may ask for queued mail (RFC 1985).</source>
        <translation>Start einer entfernten Warteschlange: Ein Client darf zurückgehaltene E-Mail anfordern (RFC 1985).</translation>
    </message>
    <message>
        <source>Expands mailing lists on request.</source>
        <translation>Löst Mailinglisten auf Anfrage auf.</translation>
    </message>
    <message>
        <source>Holds a message for release at a later time (RFC 4865).</source>
        <translation>Hält eine Nachricht zur späteren Freigabe zurück (RFC 4865).</translation>
    </message>
    <message>
        <source>Answers HELP with information for a person.</source>
        <translation>Beantwortet HELP mit Informationen für einen Menschen.</translation>
    </message>
    <message>
        <source>Announces its limits on recipients and transactions (RFC 9422).</source>
        <translation>Kündigt seine Grenzen für Empfänger und Transaktionen an (RFC 9422).</translation>
    </message>
    <message>
        <source>Accepts message priorities (RFC 6710).</source>
        <translation>Nimmt Nachrichtenprioritäten an (RFC 6710).</translation>
    </message>
    <message>
        <source>Message tracking (RFC 3885).</source>
        <translation>Nachrichtenverfolgung (RFC 3885).</translation>
    </message>
    <message>
        <source>Accepts no-soliciting keywords (RFC 3865).</source>
        <translation>Nimmt No-Soliciting-Schlüsselwörter an (RFC 3865).</translation>
    </message>
    <message>
        <source>The client may send several commands without waiting for each reply, which saves round trips (RFC 2920).</source>
        <translation>Der Client darf mehrere Befehle senden, ohne auf jede Antwort zu warten, was Umläufe spart (RFC 2920).</translation>
    </message>
    <message>
        <source>The sender may require TLS on every hop of delivery (RFC 8689).</source>
        <translation>Der Absender darf TLS auf jedem Abschnitt der Zustellung verlangen (RFC 8689).</translation>
    </message>
    <message>
        <source>Checks that the recipient&apos;s mailbox has not changed owner (RFC 7293).</source>
        <translation>Prüft, dass das Postfach des Empfängers nicht den Inhaber gewechselt hat (RFC 7293).</translation>
    </message>
    <message>
        <source>Accepts international (UTF-8) addresses and headers (RFC 6531).</source>
        <translation>Nimmt internationale (UTF-8-)Adressen und -Kopfzeilen an (RFC 6531).</translation>
    </message>
    <message>
        <source>The connection can be switched to TLS encryption with the STARTTLS command (RFC 3207 for SMTP, RFC 3501 for IMAP).</source>
        <translation>Die Verbindung kann mit dem Befehl STARTTLS auf TLS-Verschlüsselung umgestellt werden (RFC 3207 für SMTP, RFC 3501 für IMAP).</translation>
    </message>
    <message>
        <source>Verbose delivery reports (Sendmail).</source>
        <translation>Ausführliche Zustellberichte (Sendmail).</translation>
    </message>
    <message>
        <source>Verifies addresses on request.</source>
        <translation>Prüft Adressen auf Anfrage.</translation>
    </message>
    <message>
        <source>A trusted proxy may pass on the original client&apos;s details (Postfix).</source>
        <translation>Ein vertrauenswürdiger Proxy darf die Angaben des ursprünglichen Clients weitergeben (Postfix).</translation>
    </message>
    <message>
        <source>A trusted content filter may pass on the original client&apos;s details (Postfix).</source>
        <translation>Ein vertrauenswürdiger Inhaltsfilter darf die Angaben des ursprünglichen Clients weitergeben (Postfix).</translation>
    </message>
    <message>
        <source>Access control lists for sharing mailboxes (RFC 4314).</source>
        <translation>Zugriffskontrolllisten zum Teilen von Postfächern (RFC 4314).</translation>
    </message>
    <message>
        <source>Per-message annotations (RFC 5257).</source>
        <translation>Anmerkungen pro Nachricht (RFC 5257).</translation>
    </message>
    <message>
        <source>The server limits the size of uploaded messages (RFC 7889).</source>
        <translation>Der Server begrenzt die Größe hochgeladener Nachrichten (RFC 7889).</translation>
    </message>
    <message>
        <source>Can send and receive message parts undecoded, saving bandwidth (RFC 3516).</source>
        <translation>Kann Nachrichtenteile undekodiert senden und empfangen und spart so Bandbreite (RFC 3516).</translation>
    </message>
    <message>
        <source>Can build a message from parts of others (RFC 4469).</source>
        <translation>Kann eine Nachricht aus Teilen anderer zusammensetzen (RFC 4469).</translation>
    </message>
    <message>
        <source>Tells whether folders have sub-folders (RFC 3348).</source>
        <translation>Sagt, ob Ordner Unterordner haben (RFC 3348).</translation>
    </message>
    <message>
        <source>The connection can be compressed (RFC 4978).</source>
        <translation>Die Verbindung kann komprimiert werden (RFC 4978).</translation>
    </message>
    <message>
        <source>Conditional STORE: fast re-synchronisation of flags after changes (RFC 7162).</source>
        <translation>Bedingtes STORE: schnelle Neusynchronisierung von Markierungen nach Änderungen (RFC 7162).</translation>
    </message>
    <message>
        <source>Search results kept up to date as mail arrives (RFC 5267).</source>
        <translation>Suchergebnisse, die aktuell bleiben, während E-Mail eintrifft (RFC 5267).</translation>
    </message>
    <message>
        <source>Folders can be created with a special use such as Sent (RFC 6154).</source>
        <translation>Ordner können mit einem besonderen Zweck wie „Gesendet“ angelegt werden (RFC 6154).</translation>
    </message>
    <message>
        <source>Extensions can be switched on explicitly (RFC 5161).</source>
        <translation>Erweiterungen können ausdrücklich eingeschaltet werden (RFC 5161).</translation>
    </message>
    <message>
        <source>Compact search results (RFC 4731).</source>
        <translation>Kompakte Suchergebnisse (RFC 4731).</translation>
    </message>
    <message>
        <source>Compact sort results (RFC 5267).</source>
        <translation>Kompakte Sortierergebnisse (RFC 5267).</translation>
    </message>
    <message>
        <source>Saved searches (RFC 5466).</source>
        <translation>Gespeicherte Suchen (RFC 5466).</translation>
    </message>
    <message>
        <source>Language-aware sorting and searching (RFC 5255).</source>
        <translation>Sprachabhängiges Sortieren und Suchen (RFC 5255).</translation>
    </message>
    <message>
        <source>Client and server can tell each other their name and version (RFC 2971).</source>
        <translation>Client und Server können einander Namen und Version mitteilen (RFC 2971).</translation>
    </message>
    <message>
        <source>Push: the server reports new mail at once while the client waits, so the client need not poll (RFC 2177).</source>
        <translation>Push: Der Server meldet neue E-Mail sofort, während der Client wartet, sodass der Client nicht regelmäßig nachfragen muss (RFC 2177).</translation>
    </message>
    <message>
        <source>Speaks IMAP4.</source>
        <translation>Spricht IMAP4.</translation>
    </message>
    <message>
        <source>Speaks IMAP4rev1 (RFC 3501).</source>
        <translation>Spricht IMAP4rev1 (RFC 3501).</translation>
    </message>
    <message>
        <source>Speaks IMAP4rev2 (RFC 9051).</source>
        <translation>Spricht IMAP4rev2 (RFC 9051).</translation>
    </message>
    <message>
        <source>Server messages in other languages (RFC 5255).</source>
        <translation>Servermeldungen in anderen Sprachen (RFC 5255).</translation>
    </message>
    <message>
        <source>Richer folder listings (RFC 5258).</source>
        <translation>Reichhaltigere Ordnerlisten (RFC 5258).</translation>
    </message>
    <message>
        <source>Folder listings with the user&apos;s access rights (RFC 8440).</source>
        <translation>Ordnerlisten mit den Zugriffsrechten des Benutzers (RFC 8440).</translation>
    </message>
    <message>
        <source>Folder listings with message counts in one command (RFC 5819).</source>
        <translation>Ordnerlisten mit Nachrichtenzahlen in einem Befehl (RFC 5819).</translation>
    </message>
    <message>
        <source>Non-synchronising literals: the client need not wait before sending long strings (RFC 7888).</source>
        <translation>Nicht synchronisierende Literale: Der Client muss vor dem Senden langer Zeichenketten nicht warten (RFC 7888).</translation>
    </message>
    <message>
        <source>Non-synchronising literals up to 4096 bytes (RFC 7888).</source>
        <translation>Nicht synchronisierende Literale bis 4096 Byte (RFC 7888).</translation>
    </message>
    <message>
        <source>May refer the client to another server at login (RFC 2221).</source>
        <translation>Kann den Client bei der Anmeldung an einen anderen Server verweisen (RFC 2221).</translation>
    </message>
    <message>
        <source>The LOGIN command is disabled here, usually until the connection is encrypted with STARTTLS.</source>
        <translation>Der Befehl LOGIN ist hier abgeschaltet, meist bis die Verbindung mit STARTTLS verschlüsselt ist.</translation>
    </message>
    <message>
        <source>May refer the client to another server for a folder (RFC 2193).</source>
        <translation>Kann den Client für einen Ordner an einen anderen Server verweisen (RFC 2193).</translation>
    </message>
    <message>
        <source>Server and folder annotations (RFC 5464).</source>
        <translation>Server- und Ordneranmerkungen (RFC 5464).</translation>
    </message>
    <message>
        <source>Server annotations (RFC 5464).</source>
        <translation>Serveranmerkungen (RFC 5464).</translation>
    </message>
    <message>
        <source>Messages can be moved between folders in one step (RFC 6851).</source>
        <translation>Nachrichten können in einem Schritt zwischen Ordnern verschoben werden (RFC 6851).</translation>
    </message>
    <message>
        <source>Several messages can be uploaded at once (RFC 3502).</source>
        <translation>Mehrere Nachrichten können auf einmal hochgeladen werden (RFC 3502).</translation>
    </message>
    <message>
        <source>One search across several folders (RFC 7377).</source>
        <translation>Eine Suche über mehrere Ordner (RFC 7377).</translation>
    </message>
    <message>
        <source>Tells where personal, shared and other users&apos; folders are (RFC 2342).</source>
        <translation>Sagt, wo persönliche, gemeinsame und Ordner anderer Benutzer liegen (RFC 2342).</translation>
    </message>
    <message>
        <source>Push notifications for several folders (RFC 5465).</source>
        <translation>Push-Benachrichtigungen für mehrere Ordner (RFC 5465).</translation>
    </message>
    <message>
        <source>Permanent ids for messages and folders (RFC 8474).</source>
        <translation>Dauerhafte IDs für Nachrichten und Ordner (RFC 8474).</translation>
    </message>
    <message>
        <source>Short message previews (RFC 8970).</source>
        <translation>Kurze Nachrichtenvorschauen (RFC 8970).</translation>
    </message>
    <message>
        <source>Quick re-synchronisation after reconnecting (RFC 7162).</source>
        <translation>Schnelle Neusynchronisierung nach dem Wiederverbinden (RFC 7162).</translation>
    </message>
    <message>
        <source>Storage quota can be queried (RFC 9208).</source>
        <translation>Das Speicherkontingent kann abgefragt werden (RFC 9208).</translation>
    </message>
    <message>
        <source>Extra access rights for sharing (RFC 4314).</source>
        <translation>Zusätzliche Zugriffsrechte zum Teilen (RFC 4314).</translation>
    </message>
    <message>
        <source>The login can start in the same command, saving a round trip (RFC 4959).</source>
        <translation>Die Anmeldung kann im selben Befehl beginnen und spart einen Umlauf (RFC 4959).</translation>
    </message>
    <message>
        <source>Remembers when each message was saved (RFC 8514).</source>
        <translation>Merkt sich, wann jede Nachricht gespeichert wurde (RFC 8514).</translation>
    </message>
    <message>
        <source>Search results can be reused in the next command (RFC 5182).</source>
        <translation>Suchergebnisse können im nächsten Befehl wiederverwendet werden (RFC 5182).</translation>
    </message>
    <message>
        <source>Message snippets (draft, superseded by PREVIEW).</source>
        <translation>Nachrichtenausschnitte (Entwurf, durch PREVIEW abgelöst).</translation>
    </message>
    <message>
        <source>The server sorts messages itself (RFC 5256).</source>
        <translation>Der Server sortiert Nachrichten selbst (RFC 5256).</translation>
    </message>
    <message>
        <source>Marks the Sent, Drafts, Trash, Junk and Archive folders so clients find them (RFC 6154).</source>
        <translation>Kennzeichnet die Ordner Gesendet, Entwürfe, Papierkorb, Spam und Archiv, damit Clients sie finden (RFC 6154).</translation>
    </message>
    <message>
        <source>Extra STATUS items (RFC 8438).</source>
        <translation>Zusätzliche STATUS-Angaben (RFC 8438).</translation>
    </message>
    <message>
        <source>The server groups messages into conversations (RFC 5256).</source>
        <translation>Der Server fasst Nachrichten zu Unterhaltungen zusammen (RFC 5256).</translation>
    </message>
    <message>
        <source>Reports the ids of uploaded and copied messages, and can expunge single messages (RFC 4315).</source>
        <translation>Meldet die IDs hochgeladener und kopierter Nachrichten und kann einzelne Nachrichten endgültig löschen (RFC 4315).</translation>
    </message>
    <message>
        <source>The user can log out without closing the connection (RFC 8437).</source>
        <translation>Der Benutzer kann sich abmelden, ohne die Verbindung zu schließen (RFC 8437).</translation>
    </message>
    <message>
        <source>A folder can be closed without deleting messages (RFC 3691).</source>
        <translation>Ein Ordner kann geschlossen werden, ohne Nachrichten zu löschen (RFC 3691).</translation>
    </message>
    <message>
        <source>Authorised URLs to message parts, for forwarding without download (RFC 4467).</source>
        <translation>Autorisierte URLs zu Nachrichtenteilen, zum Weiterleiten ohne Herunterladen (RFC 4467).</translation>
    </message>
    <message>
        <source>International (UTF-8) folder names and headers (RFC 6855).</source>
        <translation>Internationale (UTF-8-)Ordnernamen und Kopfzeilen (RFC 6855).</translation>
    </message>
    <message>
        <source>Searches by age (RFC 5032).</source>
        <translation>Sucht nach Alter (RFC 5032).</translation>
    </message>
    <message>
        <source>Gmail&apos;s extensions: labels, thread and message ids.</source>
        <translation>Die Erweiterungen von Gmail: Labels, Unterhaltungs- und Nachrichten-IDs.</translation>
    </message>
    <message>
        <source>Gmail&apos;s and Apple&apos;s older special-folder listing (replaced by SPECIAL-USE).</source>
        <translation>Die ältere Auflistung besonderer Ordner von Gmail und Apple (durch SPECIAL-USE ersetzt).</translation>
    </message>
    <message>
        <source>Login without an account (RFC 4505).</source>
        <translation>Anmeldung ohne Konto (RFC 4505).</translation>
    </message>
    <message>
        <source>Challenge-response with a password hash: the password itself is not sent, but the scheme is old and weak (RFC 2195).</source>
        <translation>Challenge-Response mit einem Passwort-Hash: Das Passwort selbst wird nicht gesendet, aber das Verfahren ist alt und schwach (RFC 2195).</translation>
    </message>
    <message>
        <source>An obsolete challenge-response mechanism (RFC 6331).</source>
        <translation>Ein veraltetes Challenge-Response-Verfahren (RFC 6331).</translation>
    </message>
    <message>
        <source>Login by an identity established outside SASL, such as a TLS client certificate (RFC 4422).</source>
        <translation>Anmeldung mit einer außerhalb von SASL festgestellten Identität, etwa einem TLS-Client-Zertifikat (RFC 4422).</translation>
    </message>
    <message>
        <source>Kerberos single sign-on (RFC 4752).</source>
        <translation>Kerberos-Einmalanmeldung (RFC 4752).</translation>
    </message>
    <message>
        <source>User name and password sent one after the other, readable unless the connection is encrypted (an old, unofficial mechanism).</source>
        <translation>Benutzername und Passwort nacheinander gesendet, lesbar, sofern die Verbindung nicht verschlüsselt ist (ein altes, inoffizielles Verfahren).</translation>
    </message>
    <message>
        <source>Microsoft&apos;s Windows login.</source>
        <translation>Die Windows-Anmeldung von Microsoft.</translation>
    </message>
    <message>
        <source>Login with an OAuth 2.0 access token instead of a password (RFC 7628).</source>
        <translation>Anmeldung mit einem OAuth-2.0-Zugriffstoken statt eines Passworts (RFC 7628).</translation>
    </message>
    <message>
        <source>User name and password sent in one message, readable unless the connection is encrypted (RFC 4616).</source>
        <translation>Benutzername und Passwort in einer Nachricht gesendet, lesbar, sofern die Verbindung nicht verschlüsselt ist (RFC 4616).</translation>
    </message>
    <message>
        <source>Salted challenge-response: the password is never sent, and the server proves it knows it too (RFC 5802).</source>
        <translation>Challenge-Response mit Salt: Das Passwort wird nie gesendet, und der Server beweist, dass auch er es kennt (RFC 5802).</translation>
    </message>
    <message>
        <source>Salted challenge-response with SHA-256: the password is never sent, and the server proves it knows it too (RFC 7677).</source>
        <translation>Challenge-Response mit Salt und SHA-256: Das Passwort wird nie gesendet, und der Server beweist, dass auch er es kennt (RFC 7677).</translation>
    </message>
    <message>
        <source>Google&apos;s and Microsoft&apos;s login with an OAuth 2.0 access token instead of a password.</source>
        <translation>Die Anmeldung von Google und Microsoft mit einem OAuth-2.0-Zugriffstoken statt eines Passworts.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The subject %1 is not registered.</source>
        <translation>Der Begriff %1 ist nicht registriert.</translation>
    </message>
    <message>
        <source>Value: %1.</source>
        <translation>Wert: %1.</translation>
    </message>
    <message>
        <source>The server announces message sizes but sets no fixed limit (RFC 1870).</source>
        <translation>Der Server meldet Nachrichtengrößen, setzt aber keine feste Grenze (RFC 1870).</translation>
    </message>
    <message>
        <source>Largest message: %1 (%2 bytes) (RFC 1870).</source>
        <translation>Größte Nachricht: %1 (%2 Byte) (RFC 1870).</translation>
    </message>
    <message>
        <source>Largest message that can be uploaded: %1 (%2 bytes) (RFC 7889).</source>
        <translation>Größte Nachricht, die hochgeladen werden kann: %1 (%2 Byte) (RFC 7889).</translation>
    </message>
    <message>
        <source>Accepts login with: %1.</source>
        <translation>Nimmt Anmeldungen an mit: %1.</translation>
    </message>
    <message>
        <source>Shortest deadline accepted: %1 s.</source>
        <translation>Kürzeste angenommene Frist: %1 s.</translation>
    </message>
    <message>
        <source>Longest hold: %1 s, latest release: %2.</source>
        <translation>Längste Zurückhaltung: %1 s, späteste Freigabe: %2.</translation>
    </message>
    <message>
        <source>Limits: %1.</source>
        <translation>Grenzen: %1.</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>Methode: %1.</translation>
    </message>
    <message>
        <source>Variant: %1.</source>
        <translation>Variante: %1.</translation>
    </message>
    <message>
        <source>A private extension of this server&apos;s software (%1); Mail Doctor does not use it.</source>
        <translation>Eine private Erweiterung der Software dieses Servers (%1); Mail Doctor verwendet sie nicht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation>%1: %2
%3: %4</translation>
    </message>
</context>
<context>
    <name>md::HtmlReport</name>
    <message>
        <source>Implicit TLS</source>
        <translation>Implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>%1 check of %2 port %3</source>
        <translation>%1-Prüfung von %2, Port %3</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>(keine Anmeldung)</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>(never included in a report)</source>
        <translation>(nie in einem Bericht enthalten)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Zusätzliche CA-Datei</translation>
    </message>
    <message>
        <source>Pinned server key (SPKI SHA-256)</source>
        <translation>Festgelegter Serverschlüssel (SPKI SHA-256)</translation>
    </message>
    <message>
        <source>Envelope from</source>
        <translation>Umschlag-Absender</translation>
    </message>
    <message>
        <source>Envelope to</source>
        <translation>Umschlag-Empfänger</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Testnachricht senden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Wasserfall</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>No findings: everything that was checked works.</source>
        <translation>Keine Befunde: Alles, was geprüft wurde, funktioniert.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Lösung:</translation>
    </message>
    <message>
        <source>command line:</source>
        <translation>Befehlszeile:</translation>
    </message>
    <message>
        <source>No TLS handshake was attempted.</source>
        <translation>Es wurde kein TLS-Handshake versucht.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Certificate trusted by its pinned key.</source>
        <translation>Dem Zertifikat wird durch seinen festgelegten Schlüssel vertraut.</translation>
    </message>
    <message>
        <source>Certificate verified for %1.</source>
        <translation>Zertifikat für %1 geprüft.</translation>
    </message>
    <message>
        <source>Certificate NOT verified.</source>
        <translation>Zertifikat NICHT geprüft.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>%1 bis %2 (noch %3 Tage)</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>SPKI SHA-256</source>
        <translation>SPKI SHA-256</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>Mail Doctor report, %1</source>
        <translation>Mail-Doctor-Bericht, %1</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Einstellungen:</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Protokoll der Sitzung:</translation>
    </message>
    <message>
        <source>Mail Doctor report</source>
        <translation>Mail-Doctor-Bericht</translation>
    </message>
    <message>
        <source>Created %1. Passwords and tokens are never included.</source>
        <translation>Erstellt %1. Passwörter und Token sind nie enthalten.</translation>
    </message>
    <message>
        <source>PASSED in %1 ms</source>
        <translation>BESTANDEN in %1 ms</translation>
    </message>
    <message>
        <source>FAILED at step &quot;%1&quot;: %2</source>
        <translation>FEHLGESCHLAGEN im Schritt „%1“: %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
</context>
<context>
    <name>md::ImapCheck</name>
    <message>
        <source>The server broke the IMAP protocol: %1</source>
        <translation>Der Server hat das IMAP-Protokoll verletzt: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3%4</source>
        <translation>%1: %2 %3%4</translation>
    </message>
    <message>
        <source>The server&apos;s first line is not an IMAP greeting: %1</source>
        <translation>Die erste Zeile des Servers ist keine IMAP-Begrüßung: %1</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation>Der Server hat die Sitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server greeted with PREAUTH on an unencrypted connection, which rules out STARTTLS. The check stops rather than continue without encryption.</source>
        <translation>Der Server hat auf einer unverschlüsselten Verbindung mit PREAUTH begrüßt, was STARTTLS ausschließt. Die Prüfung hält an, statt ohne Verschlüsselung weiterzumachen.</translation>
    </message>
    <message>
        <source>The greeting carried an unencrypted alert, not shown as the server&apos;s word.</source>
        <translation>Die Begrüßung enthielt einen unverschlüsselten Hinweis (ALERT), der nicht als Wort des Servers angezeigt wird.</translation>
    </message>
    <message>
        <source>Unencrypted alert, possibly forged, not shown as a server message: %1</source>
        <translation>Unverschlüsselter, möglicherweise gefälschter Hinweis, nicht als Servermeldung angezeigt: %1</translation>
    </message>
    <message>
        <source>Server alert: %1</source>
        <translation>Hinweis des Servers: %1</translation>
    </message>
    <message>
        <source>The server ended the session: %1</source>
        <translation>Der Server hat die Sitzung beendet: %1</translation>
    </message>
    <message>
        <source>The server answered tag %1, but the command in flight is %2.</source>
        <translation>Der Server hat auf Tag %1 geantwortet, aber der laufende Befehl ist %2.</translation>
    </message>
    <message>
        <source>CAPABILITY failed</source>
        <translation>CAPABILITY fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server answered CAPABILITY without listing capabilities.</source>
        <translation>Der Server hat CAPABILITY beantwortet, ohne Fähigkeiten aufzulisten.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS</source>
        <translation>Der Server hat STARTTLS abgelehnt</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Authentication failed (%1)</source>
        <translation>Authentifizierung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <translation>angemeldet als %1 mit %2</translation>
    </message>
    <message>
        <source>LIST failed</source>
        <translation>LIST fehlgeschlagen</translation>
    </message>
    <message>
        <source>INBOX could not be opened</source>
        <translation>INBOX konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The server sent a tagged response nobody asked for.</source>
        <translation>Der Server hat eine getaggte Antwort gesendet, nach der niemand gefragt hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n capabilities</source>
        <translation>
            <numerusform>%n Fähigkeit</numerusform>
            <numerusform>%n Fähigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The server advertises neither IMAP4rev1 nor IMAP4rev2.</source>
        <translation>Der Server meldet weder IMAP4rev1 noch IMAP4rev2.</translation>
    </message>
    <message>
        <source>the server pre-authenticated this connection</source>
        <translation>der Server hat diese Verbindung vorab angemeldet</translation>
    </message>
    <message>
        <source>The server advertises LOGINDISABLED: it does not accept the LOGIN command here.</source>
        <translation>Der Server meldet LOGINDISABLED: Er nimmt den Befehl LOGIN hier nicht an.</translation>
    </message>
    <message>
        <source>The server advertises LOGINDISABLED: it does not accept the LOGIN command without encryption.</source>
        <translation>Der Server meldet LOGINDISABLED: Er nimmt den Befehl LOGIN ohne Verschlüsselung nicht an.</translation>
    </message>
    <message>
        <source>The user name contains a line break (CR or LF) or a NUL character, which the IMAP LOGIN command cannot carry.</source>
        <translation>Der Benutzername enthält einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen, das der IMAP-Befehl LOGIN nicht übertragen kann.</translation>
    </message>
    <message>
        <source>The password contains a line break (CR or LF) or a NUL character, which the IMAP LOGIN command cannot carry.</source>
        <translation>Das Passwort enthält einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen, das der IMAP-Befehl LOGIN nicht übertragen kann.</translation>
    </message>
    <message>
        <source>The server asked for more data (&quot;+&quot;) where none was expected.</source>
        <translation>Der Server hat mehr Daten („+“) verlangt, wo keine erwartet waren.</translation>
    </message>
    <message>
        <source>The server&apos;s AUTHENTICATE challenge is not valid base64.</source>
        <translation>Die AUTHENTICATE-Challenge des Servers ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>challenge: %1</source>
        <translation>Challenge: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s); no special-use folders marked</source>
        <translation>
            <numerusform>%n Ordner; keine Ordner mit besonderem Zweck gekennzeichnet</numerusform>
            <numerusform>%n Ordner; keine Ordner mit besonderem Zweck gekennzeichnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s); %1</source>
        <translation>
            <numerusform>%n Ordner; %1</numerusform>
            <numerusform>%n Ordner; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>INBOX holds %n message(s)</source>
        <translation>
            <numerusform>INBOX enthält %n Nachricht</numerusform>
            <numerusform>INBOX enthält %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>the server did not say how many messages INBOX holds</source>
        <translation>der Server hat nicht gesagt, wie viele Nachrichten INBOX enthält</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>md::InputValidation</name>
    <message>
        <source>it contains a line break or another control character</source>
        <translation>sie enthält einen Zeilenumbruch oder ein anderes Steuerzeichen</translation>
    </message>
    <message>
        <source>it contains a space or an angle bracket</source>
        <translation>sie enthält ein Leerzeichen oder eine spitze Klammer</translation>
    </message>
    <message>
        <source>it is not of the form name@domain</source>
        <translation>sie hat nicht die Form name@domain</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; cannot be used: %2.</source>
        <translation>Die Absenderadresse „%1“ kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; cannot be used: %2.</source>
        <translation>Die Empfängeradresse „%1“ kann nicht verwendet werden: %2.</translation>
    </message>
    <message>
        <source>No server host name was given.</source>
        <translation>Es wurde kein Server-Hostname angegeben.</translation>
    </message>
    <message>
        <source>The server host name &quot;%1&quot; cannot be used: a host name or address has no spaces, control characters or URL punctuation.</source>
        <translation>Der Server-Hostname „%1“ kann nicht verwendet werden: Ein Hostname oder eine Adresse enthält keine Leerzeichen, Steuerzeichen oder URL-Satzzeichen.</translation>
    </message>
    <message>
        <source>The EHLO name &quot;%1&quot; cannot be used: it must be a host name or an address literal in printable ASCII without spaces.</source>
        <translation>Der EHLO-Name „%1“ kann nicht verwendet werden: Er muss ein Hostname oder ein Adressliteral in druckbarem ASCII ohne Leerzeichen sein.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; cannot be used: it contains a line break (CR or LF) or a NUL character.</source>
        <translation>Der Benutzername „%1“ kann nicht verwendet werden: Er enthält einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen.</translation>
    </message>
</context>
<context>
    <name>md::Pop3Check</name>
    <message>
        <source>The server broke the POP3 protocol: %1</source>
        <translation>Der Server hat das POP3-Protokoll verletzt: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3%4</source>
        <translation>%1: %2 %3%4</translation>
    </message>
    <message>
        <source>The server asked for more data (&quot;+&quot;) where none was expected.</source>
        <translation>Der Server hat mehr Daten („+“) verlangt, wo keine erwartet waren.</translation>
    </message>
    <message>
        <source>The server refused STLS</source>
        <translation>Der Server hat STLS abgelehnt</translation>
    </message>
    <message>
        <source>The user name was refused</source>
        <translation>Der Benutzername wurde abgelehnt</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>authenticated as %1 with USER/PASS</source>
        <translation>angemeldet als %1 mit USER/PASS</translation>
    </message>
    <message>
        <source>The server sent a response nobody asked for: %1</source>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat: %1</translation>
    </message>
    <message>
        <source>The server refused the session</source>
        <translation>Der Server hat die Sitzung abgelehnt</translation>
    </message>
    <message>
        <source>The greeting carries an APOP timestamp; APOP is not used (it relies on MD5).</source>
        <translation>Die Begrüßung enthält einen APOP-Zeitstempel; APOP wird nicht verwendet (es beruht auf MD5).</translation>
    </message>
    <message numerus="yes">
        <source>%n capabilities</source>
        <translation>
            <numerusform>%n Fähigkeit</numerusform>
            <numerusform>%n Fähigkeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not list its capabilities (no CAPA)</source>
        <translation>der Server listet seine Fähigkeiten nicht auf (kein CAPA)</translation>
    </message>
    <message>
        <source>The server does not offer USER/PASS login (no USER capability).</source>
        <translation>Der Server bietet keine Anmeldung mit USER/PASS an (keine USER-Fähigkeit).</translation>
    </message>
    <message>
        <source>The server does not offer USER/PASS login on this unencrypted connection (no USER capability).</source>
        <translation>Der Server bietet auf dieser unverschlüsselten Verbindung keine Anmeldung mit USER/PASS an (keine USER-Fähigkeit).</translation>
    </message>
    <message>
        <source>The password contains a line break (CR or LF) or a NUL character, which the POP3 PASS command cannot carry.</source>
        <translation>Das Passwort enthält einen Zeilenumbruch (CR oder LF) oder ein NUL-Zeichen, das der POP3-Befehl PASS nicht übertragen kann.</translation>
    </message>
    <message>
        <source>The server&apos;s AUTH challenge is not valid base64.</source>
        <translation>Die AUTH-Challenge des Servers ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>challenge: %1</source>
        <translation>Challenge: %1</translation>
    </message>
    <message>
        <source>Authentication failed (%1)</source>
        <translation>Authentifizierung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <translation>angemeldet als %1 mit %2</translation>
    </message>
    <message>
        <source>STAT failed</source>
        <translation>STAT fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server&apos;s STAT answer does not say how many messages there are</source>
        <translation>die STAT-Antwort des Servers sagt nicht, wie viele Nachrichten es gibt</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 octets</source>
        <translation>
            <numerusform>%n Nachricht, %1 Oktette</numerusform>
            <numerusform>%n Nachrichten, %1 Oktette</numerusform>
        </translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>md::ProfileStore</name>
    <message>
        <source>The account file %1 cannot be read: %2. Check its permissions; Mail Doctor has not changed it.</source>
        <translation>Die Kontendatei %1 kann nicht gelesen werden: %2. Prüfen Sie ihre Berechtigungen; Mail Doctor hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>The account file %1 cannot be used: %2 Mail Doctor has not changed it and will not write over it. Repair the file, or move it away to start with no accounts.</source>
        <translation>Die Kontendatei %1 kann nicht verwendet werden: %2 Mail Doctor hat sie nicht verändert und wird sie nicht überschreiben. Reparieren Sie die Datei, oder verschieben Sie sie, um ohne Konten zu beginnen.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>sie ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>sie ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a positive whole number.</source>
        <translation>ihre „version“ fehlt oder ist keine positive ganze Zahl.</translation>
    </message>
    <message>
        <source>The account file %1 was written by a newer Mail Doctor (format version %2; this one understands version %3). It has not been changed and will not be written over. Use the newer Mail Doctor, or move the file away to start with no accounts.</source>
        <translation>Die Kontendatei %1 wurde von einem neueren Mail Doctor geschrieben (Formatversion %2; diese Version versteht Version %3). Sie wurde nicht verändert und wird nicht überschrieben. Verwenden Sie den neueren Mail Doctor, oder verschieben Sie die Datei, um ohne Konten zu beginnen.</translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is not a list.</source>
        <translation>„accounts“ ist keine Liste.</translation>
    </message>
    <message>
        <source>an account is malformed: %1</source>
        <translation>ein Konto ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>an entry of &quot;accounts&quot; is not an object.</source>
        <translation>ein Eintrag von „accounts“ ist kein Objekt.</translation>
    </message>
    <message>
        <source>the account name &quot;%1&quot; appears twice.</source>
        <translation>der Kontoname „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written (%2); the account file %3 was not changed. Check the folder&apos;s permissions and free space.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden (%2); die Kontendatei %3 wurde nicht verändert. Prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The account file %1 cannot be written: %2. It was not changed; check the folder&apos;s permissions and free space.</source>
        <translation>Die Kontendatei %1 kann nicht geschrieben werden: %2. Sie wurde nicht verändert; prüfen Sie die Berechtigungen des Ordners und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check the permissions of its parent folder.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden. Prüfen Sie die Berechtigungen seines übergeordneten Ordners.</translation>
    </message>
    <message>
        <source>The account file %1 is locked by another Mail Doctor (lock file %2). Try again in a moment; if no other Mail Doctor is running, remove the lock file.</source>
        <translation>Die Kontendatei %1 ist von einem anderen Mail Doctor gesperrt (Sperrdatei %2). Versuchen Sie es gleich noch einmal; wenn kein anderer Mail Doctor läuft, entfernen Sie die Sperrdatei.</translation>
    </message>
    <message>
        <source>There is no saved account named &quot;%1&quot; (see &quot;account list&quot;).</source>
        <translation>Es gibt kein gespeichertes Konto namens „%1“ (siehe „account list“).</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; is already saved; choose another name or remove it first.</source>
        <translation>Ein Konto namens „%1“ ist bereits gespeichert; wählen Sie einen anderen Namen oder entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <source>There is no saved account named &quot;%1&quot;.</source>
        <translation>Es gibt kein gespeichertes Konto namens „%1“.</translation>
    </message>
</context>
<context>
    <name>md::ProxySettings</name>
    <message>
        <source>The proxy URL must not contain spaces or line breaks.</source>
        <translation>Die Proxy-URL darf keine Leerzeichen oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>That is not a proxy URL like socks5://host:1080 or http://host:3128.</source>
        <translation>Das ist keine Proxy-URL wie socks5://host:1080 oder http://host:3128.</translation>
    </message>
    <message>
        <source>The proxy type &quot;%1&quot; is not supported: use socks5:// or http://.</source>
        <translation>Der Proxy-Typ „%1“ wird nicht unterstützt: Verwenden Sie socks5:// oder http://.</translation>
    </message>
    <message>
        <source>The proxy URL must not contain a password; give it with --proxy-password-env VAR.</source>
        <translation>Die Proxy-URL darf kein Passwort enthalten; geben Sie es mit --proxy-password-env VAR an.</translation>
    </message>
    <message>
        <source>The proxy URL needs a port, e.g. %1://%2:%3.</source>
        <translation>Die Proxy-URL braucht einen Port, z. B. %1://%2:%3.</translation>
    </message>
    <message>
        <source>The proxy URL must be only scheme://host:port.</source>
        <translation>Die Proxy-URL darf nur aus schema://host:port bestehen.</translation>
    </message>
    <message>
        <source>A user name is supported for SOCKS5 proxies only.</source>
        <translation>Ein Benutzername wird nur für SOCKS5-Proxys unterstützt.</translation>
    </message>
</context>
<context>
    <name>md::Report</name>
    <message>
        <source>Mailbox:</source>
        <translation>Postfach:</translation>
    </message>
    <message numerus="yes">
        <source>  %n message(s), %1 octets</source>
        <translation>
            <numerusform>  %n Nachricht, %1 Oktette</numerusform>
            <numerusform>  %n Nachrichten, %1 Oktette</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  INBOX: %n message(s)</source>
        <translation>
            <numerusform>  INBOX: %n Nachricht</numerusform>
            <numerusform>  INBOX: %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>  INBOX: message count unknown</source>
        <translation>  INBOX: Anzahl der Nachrichten unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>  %n folder(s):</source>
        <translation>
            <numerusform>  %n Ordner:</numerusform>
            <numerusform>  %n Ordner:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    … and %n more</source>
        <translation>
            <numerusform>    … und %n weiterer</numerusform>
            <numerusform>    … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>BESTANDEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>%1 check of %2 port %3 (%4): %5 in %6 s
</source>
        <translation>%1-Prüfung von %2, Port %3 (%4): %5 in %6 s
</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS:</translation>
    </message>
    <message>
        <source>  %1, %2
</source>
        <translation>  %1, %2
</translation>
    </message>
    <message>
        <source>  certificate: %1
</source>
        <translation>  Zertifikat: %1
</translation>
    </message>
    <message>
        <source>trusted by its pinned key</source>
        <translation>durch seinen festgelegten Schlüssel vertrauenswürdig</translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation>geprüft für %1</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NICHT geprüft</translation>
    </message>
    <message>
        <source>  error: %1
</source>
        <translation>  Fehler: %1
</translation>
    </message>
    <message>
        <source>  - %1
      issued by %2
      valid %3 to %4 (%5 days left)
</source>
        <translation>  - %1
      ausgestellt von %2
      gültig von %3 bis %4 (noch %5 Tage)
</translation>
    </message>
    <message>
        <source>      names: %1
</source>
        <translation>      Namen: %1
</translation>
    </message>
    <message>
        <source>      SHA-256: %1
      SPKI SHA-256: %2
</source>
        <translation>      SHA-256: %1
      SPKI SHA-256: %2
</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>Fähigkeiten:</translation>
    </message>
    <message>
        <source>  before TLS: %1
</source>
        <translation>  vor TLS:  %1
</translation>
    </message>
    <message>
        <source>  after TLS:  %1
</source>
        <translation>  nach TLS: %1
</translation>
    </message>
    <message>
        <source>Findings: none. Everything that was checked works.</source>
        <translation>Befunde: keine. Alles, was geprüft wurde, funktioniert.</translation>
    </message>
    <message>
        <source>Findings (most important first):</source>
        <translation>Befunde (wichtigste zuerst):</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Versuchen Sie: %1</translation>
    </message>
</context>
<context>
    <name>md::Resolver</name>
    <message>
        <source>The DNS resolver could not be set up: %1</source>
        <translation>Der DNS-Resolver konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>The DNS server %1 cannot be used: %2</source>
        <translation>Der DNS-Server %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is under the reserved domain .invalid, which never resolves (RFC 6761).</source>
        <translation>„%1“ liegt unter der reservierten Domain .invalid, die nie aufgelöst wird (RFC 6761).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>„%1“ ist kein gültiger Hostname.</translation>
    </message>
</context>
<context>
    <name>md::SmtpCheck</name>
    <message>
        <source>The server broke the SMTP protocol: %1</source>
        <translation>Der Server hat das SMTP-Protokoll verletzt: %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>The server is closing the connection</source>
        <translation>Der Server schließt die Verbindung</translation>
    </message>
    <message>
        <source>The server refused the session</source>
        <translation>Der Server hat die Sitzung abgelehnt</translation>
    </message>
    <message>
        <source>EHLO refused (%1); trying HELO</source>
        <translation>EHLO abgelehnt (%1); versuche HELO</translation>
    </message>
    <message>
        <source>EHLO was refused</source>
        <translation>EHLO wurde abgelehnt</translation>
    </message>
    <message>
        <source>HELO was refused</source>
        <translation>HELO wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server refused STARTTLS</source>
        <translation>Der Server hat STARTTLS abgelehnt</translation>
    </message>
    <message>
        <source>The sender %1 was refused</source>
        <translation>Der Absender %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>sender %1 accepted</source>
        <translation>Absender %1 angenommen</translation>
    </message>
    <message>
        <source>The recipient %1 was refused</source>
        <translation>Der Empfänger %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>recipient %1 accepted</source>
        <translation>Empfänger %1 angenommen</translation>
    </message>
    <message>
        <source>DATA was refused</source>
        <translation>DATA wurde abgelehnt</translation>
    </message>
    <message>
        <source>The message was not accepted</source>
        <translation>Die Nachricht wurde nicht angenommen</translation>
    </message>
    <message>
        <source>message accepted: %1</source>
        <translation>Nachricht angenommen: %1</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Der Server hat eine Antwort gesendet, nach der niemand gefragt hat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) advertised</source>
        <translation>
            <numerusform>%n Erweiterung gemeldet</numerusform>
            <numerusform>%n Erweiterungen gemeldet</numerusform>
        </translation>
    </message>
    <message>
        <source>no extensions (HELO)</source>
        <translation>keine Erweiterungen (HELO)</translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation>(leere Antwort)</translation>
    </message>
    <message>
        <source>The server&apos;s AUTH challenge is not valid base64.</source>
        <translation>Die AUTH-Challenge des Servers ist kein gültiges Base64.</translation>
    </message>
    <message>
        <source>challenge: %1</source>
        <translation>Challenge: %1</translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <translation>angemeldet als %1 mit %2</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Authentication failed (%1)</source>
        <translation>Authentifizierung fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection without answering QUIT</source>
        <translation>der Server hat die Verbindung geschlossen, ohne QUIT zu beantworten</translation>
    </message>
</context>
<context>
    <name>md::cli::AccountCommand</name>
    <message>
        <source>Try &quot;maildoctor-cli account --help&quot;.</source>
        <translation>Siehe „maildoctor-cli account --help“.</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>&quot;account %1&quot; needs exactly one NAME.</source>
        <translation>„account %1“ braucht genau einen NAME.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>--%1 must be a host name or address.</source>
        <translation>--%1 muss ein Hostname oder eine Adresse sein.</translation>
    </message>
    <message>
        <source>--%1 must be a user name without line breaks.</source>
        <translation>--%1 muss ein Benutzername ohne Zeilenumbrüche sein.</translation>
    </message>
    <message>
        <source>&quot;account add&quot; needs exactly one NAME.</source>
        <translation>„account add“ braucht genau einen NAME.</translation>
    </message>
    <message>
        <source>An account name must be 1 to 200 characters without line breaks.</source>
        <translation>Ein Kontoname muss 1 bis 200 Zeichen ohne Zeilenumbrüche lang sein.</translation>
    </message>
    <message>
        <source>--email is required.</source>
        <translation>--email ist erforderlich.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain mail address (name@domain, no spaces or angle brackets).</source>
        <translation>„%1“ ist keine einfache E-Mail-Adresse (name@domain, ohne Leerzeichen oder spitze Klammern).</translation>
    </message>
    <message>
        <source>--display-name must not hold line breaks.</source>
        <translation>--display-name darf keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Give either --imap-host or --pop3-host: an account has one incoming server.</source>
        <translation>Geben Sie entweder --imap-host oder --pop3-host an: Ein Konto hat einen Posteingangsserver.</translation>
    </message>
    <message>
        <source>--%1 needs --%2host.</source>
        <translation>--%1 braucht --%2host.</translation>
    </message>
    <message>
        <source>Saved account &quot;%1&quot; in %2.</source>
        <translation>Konto „%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <source>No password was given: it will be asked for each time.</source>
        <translation>Es wurde kein Passwort angegeben: Es wird jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>The password is stored in the keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The password was not stored: %1 The account &quot;%2&quot; is saved without it; the password will be asked for each time.</source>
        <translation>Das Passwort wurde nicht gespeichert: %1 Das Konto „%2“ ist ohne Passwort gespeichert; das Passwort wird jedes Mal abgefragt.</translation>
    </message>
    <message>
        <source>&quot;account list&quot; takes no arguments.</source>
        <translation>„account list“ nimmt keine Argumente.</translation>
    </message>
    <message>
        <source>No saved accounts.</source>
        <translation>Keine gespeicherten Konten.</translation>
    </message>
    <message>
        <source>%1  &lt;%2&gt;  %3 %4:%5  %6 %7:%8</source>
        <translation>%1  &lt;%2&gt;  %3 %4:%5  %6 %7:%8</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation>Schlüsselbund nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 port %4, %5</source>
        <translation>%1 (%2): %3, Port %4, %5</translation>
    </message>
    <message>
        <source>  user %1, login %2</source>
        <translation>  Benutzer %1, Anmeldung %2</translation>
    </message>
    <message>
        <source>  OAuth2 provider: %1</source>
        <translation>  OAuth2-Anbieter: %1</translation>
    </message>
    <message>
        <source>  extra CA file: %1</source>
        <translation>  zusätzliche CA-Datei: %1</translation>
    </message>
    <message>
        <source>  pinned key (SPKI SHA-256): %1</source>
        <translation>  festgelegter Schlüssel (SPKI SHA-256): %1</translation>
    </message>
    <message>
        <source>  OAuth2 tokens: %1</source>
        <translation>  OAuth2-Token: %1</translation>
    </message>
    <message>
        <source>  password: %1</source>
        <translation>  Passwort: %1</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;</source>
        <translation>Konto „%1“</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Display name: %1</source>
        <translation>Anzeigename: %1</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was not removed: its keychain entries could not be deleted. %2</source>
        <translation>Das Konto „%1“ wurde nicht entfernt: Seine Schlüsselbundeinträge konnten nicht gelöscht werden. %2</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its keychain entries.</source>
        <translation>Konto „%1“ und seine Schlüsselbundeinträge entfernt.</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot;.</source>
        <translation>Konto „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Its keychain entries, if any were saved in another session, could not be deleted: %1</source>
        <translation>Seine Schlüsselbundeinträge, falls welche in einer anderen Sitzung gespeichert wurden, konnten nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>== %1 (%2): %3 port %4 ==</source>
        <translation>== %1 (%2): %3, Port %4 ==</translation>
    </message>
    <message>
        <source>Use only one of --smtp-only, --imap-only and --pop3-only.</source>
        <translation>Verwenden Sie nur eine der Optionen --smtp-only, --imap-only und --pop3-only.</translation>
    </message>
    <message>
        <source>The incoming server of &quot;%1&quot; is %2: use --%3.</source>
        <translation>Der Posteingangsserver von „%1“ ist %2: Verwenden Sie --%3.</translation>
    </message>
    <message>
        <source>The stored secret of %1 could not be read: %2</source>
        <translation>Das gespeicherte Geheimnis von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No OAuth2 sign-in of account &quot;%1&quot; is stored for %2: sign in with OAuth2 first.</source>
        <translation>Für %2 ist keine OAuth2-Anmeldung des Kontos „%1“ gespeichert: Melden Sie sich zuerst mit OAuth2 an.</translation>
    </message>
    <message>
        <source>No %1 secret of account &quot;%2&quot; is available: give the password with --password-env VAR or --password-stdin.</source>
        <translation>Kein %1-Geheimnis des Kontos „%2“ verfügbar: Geben Sie das Passwort mit --password-env VAR oder --password-stdin an.</translation>
    </message>
    <message>
        <source>--format must be autoconfig or msmtp.</source>
        <translation>--format muss autoconfig oder msmtp sein.</translation>
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
        <translation>Aufruf:
  maildoctor-cli account add NAME --email ADDR [--display-name TEXT]
      --smtp-host HOST [--smtp-port N] [--smtp-security tls|starttls|none]
      [--smtp-user NAME] [--smtp-auth MECH]
      --imap-host HOST [--imap-port N] [--imap-security tls|starttls|none]
      [--imap-user NAME] [--imap-auth MECH]
      (oder --pop3-host HOST [--pop3-port N] [--pop3-security MODE] [--pop3-user NAME]
      [--pop3-auth MECH] für einen POP3-Posteingangsserver)
      [--password-env VAR | --password-stdin] [--ca-file PEM]
      [--smtp-pin-spki HASH] [--imap-pin-spki HASH | --pop3-pin-spki HASH]
  maildoctor-cli account list [--json]
  maildoctor-cli account show NAME [--json]
  maildoctor-cli account remove NAME
  maildoctor-cli account test NAME [--smtp-only | --imap-only | --pop3-only] [--json]
      [--timeout SECONDS] [--password-env VAR | --password-stdin]
  maildoctor-cli account export NAME --format autoconfig|msmtp

Gespeicherte Konten: Die Einstellungen kommen in eine Kontendatei (%1), das Passwort
nur in den Schlüsselbund des Systems, für beide Server. Benutzernamen sind standardmäßig
die Adresse; Ports und Sicherheit ergeben sich wie bei „smtp“, „imap“ und „pop3“. „test“
führt beide Prüfungen mit den gespeicherten Einstellungen und dem gespeicherten Passwort
aus (ein mit --password-env oder --password-stdin angegebenes Passwort wird stattdessen
verwendet; ohne beides wird auf einem Terminal nachgefragt).

Exit-Status: 0 erledigt (die Prüfungen sind bestanden), 1 etwas ist fehlgeschlagen (das
Passwort konnte nicht gespeichert werden, eine Prüfung ist fehlgeschlagen, die Kontendatei
ist nicht verwendbar), 2 falscher Aufruf oder falsche Eingabe.
</translation>
    </message>
    <message>
        <source>Missing account command: add, list, show, remove, test or export.</source>
        <translation>Fehlender Kontobefehl: add, list, show, remove, test oder export.</translation>
    </message>
    <message>
        <source>Unknown account command &quot;%1&quot;: use add, list, show, remove, test or export.</source>
        <translation>Unbekannter Kontobefehl „%1“: Verwenden Sie add, list, show, remove, test oder export.</translation>
    </message>
    <message>
        <source>&quot;account %1&quot; does not take --%2.</source>
        <translation>„account %1“ nimmt kein --%2.</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 wurde mehr als einmal angegeben.</translation>
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
        <translation>  maildoctor-cli discover EMAIL [--json] [--no-probe] [--timeout SECONDS]
      [--dns-server ADDR[:PORT]] [--ispdb-url URL | --no-ispdb] [--ca-file PEM]
      findet die Einstellungen für EMAIL: Autoconfig, ISPDB, SRV, MX, PACC und Proben,
      gewichtet, jeweils mit Herkunft (Standardfrist 15 s; Exit-Status 0, wenn
      Einstellungen zum Senden und Empfangen gefunden wurden, sonst 1)
</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 wurde mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>discover needs an email address.</source>
        <translation>discover braucht eine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>discover takes one email address, not %1 arguments.</source>
        <translation>discover nimmt eine E-Mail-Adresse, nicht %1 Argumente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address with a domain (local@example.com).</source>
        <translation>„%1“ ist keine E-Mail-Adresse mit Domain (lokal@example.com).</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 600.</source>
        <translation>--timeout braucht eine Anzahl Sekunden zwischen 0 und 600.</translation>
    </message>
    <message>
        <source>--dns-server needs an IP address, optionally with a port (127.0.0.1:53, [::1]:53).</source>
        <translation>--dns-server braucht eine IP-Adresse, optional mit Port (127.0.0.1:53, [::1]:53).</translation>
    </message>
    <message>
        <source>--ispdb-url and --no-ispdb exclude each other.</source>
        <translation>--ispdb-url und --no-ispdb schließen einander aus.</translation>
    </message>
    <message>
        <source>--ispdb-url needs an http(s) URL such as https://autoconfig.thunderbird.net/v1.1/.</source>
        <translation>--ispdb-url braucht eine http(s)-URL wie https://autoconfig.thunderbird.net/v1.1/.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; could not be read or holds no PEM certificate.</source>
        <translation>Die CA-Datei „%1“ konnte nicht gelesen werden oder enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Try &quot;maildoctor-cli --help&quot;.</source>
        <translation>Siehe „maildoctor-cli --help“.</translation>
    </message>
    <message>
        <source>Looking for the settings of %1 (at most %2 s) …</source>
        <translation>Suche die Einstellungen von %1 (höchstens %2 s) …</translation>
    </message>
</context>
<context>
    <name>md::cli::OAuthCommand</name>
    <message>
        <source>Try &quot;maildoctor-cli oauth --help&quot;.</source>
        <translation>Siehe „maildoctor-cli oauth --help“.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 (in %2 min)</source>
        <translation>%1 (in %2 min)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (abgelaufen)</translation>
    </message>
    <message>
        <source>Could not start %1: open the URL above in your browser.</source>
        <translation>%1 konnte nicht gestartet werden: Öffnen Sie die URL oben in Ihrem Browser.</translation>
    </message>
    <message>
        <source>Sign in to continue: open this address in your browser (it waits up to %1 s):</source>
        <translation>Melden Sie sich an, um fortzufahren: Öffnen Sie diese Adresse in Ihrem Browser (es wird bis zu %1 s gewartet):</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be stored: %1</source>
        <translation>Angemeldet, aber die Token konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Gewährte Scopes: %1</translation>
    </message>
    <message>
        <source>Access token valid until: %1</source>
        <translation>Zugriffstoken gültig bis: %1</translation>
    </message>
    <message>
        <source>No refresh token was issued: sign in again when it expires.</source>
        <translation>Es wurde kein Refresh-Token ausgestellt: Melden Sie sich erneut an, wenn es abläuft.</translation>
    </message>
    <message>
        <source>Refresh token stored in the keychain.</source>
        <translation>Refresh-Token im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Provider: %1 (from the address)</source>
        <translation>Anbieter: %1 (aus der Adresse)</translation>
    </message>
    <message>
        <source>Provider: %1 (from the MX hosts of %2)</source>
        <translation>Anbieter: %1 (aus den MX-Hosts von %2)</translation>
    </message>
    <message>
        <source>Could not tell who hosts mail for %1 (no known domain or MX host). Give --provider NAME (see &quot;maildoctor-cli oauth providers&quot;) or define one with --authorization-url, --token-url and --scope.</source>
        <translation>Es ließ sich nicht feststellen, wer die E-Mail für %1 betreibt (keine bekannte Domain und kein bekannter MX-Host). Geben Sie --provider NAME an (siehe „maildoctor-cli oauth providers“) oder definieren Sie einen mit --authorization-url, --token-url und --scope.</translation>
    </message>
    <message>
        <source>&quot;oauth login&quot; needs --user EMAIL (the login name, usually the address).</source>
        <translation>„oauth login“ braucht --user EMAIL (den Anmeldenamen, meist die Adresse).</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --client-secret-env) is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 (aus --client-secret-env) ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout muss eine Anzahl Sekunden von 1 bis 3600 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>A custom provider needs both --authorization-url and --token-url as https:// URLs (http:// only on this machine).</source>
        <translation>Ein eigener Anbieter braucht sowohl --authorization-url als auch --token-url als https://-URLs (http:// nur auf diesem Rechner).</translation>
    </message>
    <message>
        <source>A custom provider needs --scope &quot;SCOPES&quot; too.</source>
        <translation>Ein eigener Anbieter braucht auch --scope „SCOPES“.</translation>
    </message>
    <message>
        <source>A custom provider needs --client-id ID.</source>
        <translation>Ein eigener Anbieter braucht --client-id ID.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: see &quot;maildoctor-cli oauth providers&quot;.</source>
        <translation>Unbekannter Anbieter „%1“: siehe „maildoctor-cli oauth providers“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address, so the provider cannot be detected: give --provider NAME.</source>
        <translation>„%1“ ist keine E-Mail-Adresse, daher kann der Anbieter nicht erkannt werden: Geben Sie --provider NAME an.</translation>
    </message>
    <message>
        <source>&quot;oauth status&quot; needs --user EMAIL.</source>
        <translation>„oauth status“ braucht --user EMAIL.</translation>
    </message>
    <message>
        <source>Not signed in: no OAuth2 tokens are stored for %1.</source>
        <translation>Nicht angemeldet: Für %1 sind keine OAuth2-Token gespeichert.</translation>
    </message>
    <message>
        <source>Signed in: %1 with %2</source>
        <translation>Angemeldet: %1 bei %2</translation>
    </message>
    <message>
        <source>  scopes:        %1</source>
        <translation>  Scopes:        %1</translation>
    </message>
    <message>
        <source>  access token:  valid until %1</source>
        <translation>  Zugriffstoken: gültig bis %1</translation>
    </message>
    <message>
        <source>  refresh token: %1</source>
        <translation>  Refresh-Token: %1</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>keines gespeichert</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>&quot;oauth logout&quot; needs --user EMAIL.</source>
        <translation>„oauth logout“ braucht --user EMAIL.</translation>
    </message>
    <message>
        <source>Signed out: the OAuth2 tokens of %1 were removed from the keychain.</source>
        <translation>Abgemeldet: Die OAuth2-Token von %1 wurden aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>Nothing to do: no OAuth2 tokens are stored for %1.</source>
        <translation>Nichts zu tun: Für %1 sind keine OAuth2-Token gespeichert.</translation>
    </message>
    <message>
        <source>            mechanism %1, client id %2, recognised by %3</source>
        <translation>            Verfahren %1, Client-ID %2, erkannt an %3</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set</source>
        <translation>gesetzt</translation>
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
        <translation>Aufruf:
  maildoctor-cli oauth login --user EMAIL [--provider NAME] [--client-id ID]
      [--client-secret-env VAR] [--authorization-url URL --token-url URL --scope &quot;SCOPES&quot;]
      [--no-browser] [--timeout SECONDS]
  maildoctor-cli oauth status --user EMAIL [--json]
  maildoctor-cli oauth logout --user EMAIL
  maildoctor-cli oauth providers [--json]

login gibt die Autorisierungs-URL allein in einer Zeile der Standardausgabe aus und öffnet
sie im Browser (xdg-open), außer mit --no-browser; dann wartet es auf die Weiterleitung zu
http://127.0.0.1:PORT/ (Standard 300 s), tauscht den Code ein (PKCE S256), speichert die
Token im Schlüsselbund des Systems und gibt aus, was gewährt wurde. Ohne --provider ergibt
sich der Anbieter aus der Domain der Adresse, dann aus ihren MX-Hosts. --authorization-url,
--token-url und --scope definieren einen eigenen Anbieter (benannt mit --provider,
Standard „custom“).
Client-IDs: --client-id oder oauth/clients/&lt;provider&gt;/client_id in %1.
status zeigt nie ein Token. smtp, imap und pop3 mit --auth xoauth2|oauthbearer und ohne
--token-env verwenden das gespeicherte Token für --user, vorher erneuert, wenn es innerhalb
einer Minute abläuft.

Exit-Status: 0 angemeldet (oder erledigt), 1 abgelehnt oder fehlgeschlagen, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>Missing oauth command: login, status, logout or providers.</source>
        <translation>Fehlender oauth-Befehl: login, status, logout oder providers.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Unknown oauth command &quot;%1&quot;: use login, status, logout or providers.</source>
        <translation>Unbekannter oauth-Befehl „%1“: Verwenden Sie login, status, logout oder providers.</translation>
    </message>
    <message>
        <source>&quot;oauth %1&quot; does not take --%2.</source>
        <translation>„oauth %1“ nimmt kein --%2.</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 wurde mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>--authorization-url and --token-url go together (with --scope): they define a custom provider.</source>
        <translation>--authorization-url und --token-url gehören zusammen (mit --scope): Sie definieren einen eigenen Anbieter.</translation>
    </message>
    <message>
        <source>The access token was about to expire: refreshed it (and stored the new tokens).</source>
        <translation>Das Zugriffstoken lief gleich ab: Es wurde erneuert (und die neuen Token wurden gespeichert).</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Ausführen: %1</translation>
    </message>
    <message>
        <source>maildoctor-cli oauth logout --user %1, then %2 --provider NAME</source>
        <translation>maildoctor-cli oauth logout --user %1, dann %2 --provider NAME</translation>
    </message>
    <message>
        <source>(The MX lookup of %1 failed: %2)</source>
        <translation type="vanished">(Die MX-Abfrage für %1 ist fehlgeschlagen: %2)</translation>
    </message>
    <message>
        <source>no answer within 10 s</source>
        <translation>keine Antwort innerhalb von 10 s</translation>
    </message>
    <message>
        <source>Could not look up who hosts mail for %1: %2. Give --provider NAME (see &quot;maildoctor-cli oauth providers&quot;) or define one with --authorization-url, --token-url and --scope.</source>
        <translation>Es ließ sich nicht nachschlagen, wer die E-Mail für %1 betreibt: %2. Geben Sie --provider NAME an (siehe „maildoctor-cli oauth providers“) oder definieren Sie einen mit --authorization-url, --token-url und --scope.</translation>
    </message>
</context>
<context>
    <name>md::cli::OptionParser</name>
    <message>
        <source>--%1 must be tls, starttls or none, not &quot;%2&quot;.</source>
        <translation>--%1 muss tls, starttls oder none sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to 65535, not &quot;%2&quot;.</source>
        <translation>--%1 muss eine Zahl von 1 bis 65535 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 muss eines von %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist or cannot be read.</source>
        <translation>Die CA-Datei „%1“ existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Die CA-Datei „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>--%1 must be a SHA-256 hash as 64 hex digits (colons allowed) or base64, not &quot;%2&quot;.</source>
        <translation>--%1 muss ein SHA-256-Hash aus 64 Hexziffern (Doppelpunkte erlaubt) oder in Base64 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout muss eine Anzahl Sekunden von 0.001 bis 3600 sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Use either --password-env or --password-stdin, not both.</source>
        <translation>Verwenden Sie entweder --password-env oder --password-stdin, nicht beides.</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --password-env) is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 (aus --password-env) ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>The password on standard input is longer than %1 bytes.</source>
        <translation>Das Passwort auf der Standardeingabe ist länger als %1 Byte.</translation>
    </message>
    <message>
        <source>No password arrived on standard input (--password-stdin).</source>
        <translation>Auf der Standardeingabe kam kein Passwort an (--password-stdin).</translation>
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
        <translation type="vanished">Aufruf:
  maildoctor-cli smtp --host HOST [--port N] [--security tls|starttls|none]
      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]
      [--auth MECHANISM] [--allow-plaintext-auth]
      [--from ADDR] [--to ADDR]... [--send]
      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]
  maildoctor-cli imap|pop3 --host HOST [--port N] [--security tls|starttls|none]
      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]
      [--auth MECHANISM] [--allow-plaintext-auth]
      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]
  (smtp, imap und pop3 nehmen auch [--proxy URL [--proxy-password-env VAR]])
  maildoctor-cli account add|list|show|remove|test|export ...
      gespeicherte Konten: Einstellungen in einer Datei, Passwörter im Schlüsselbund des Systems
      (siehe „maildoctor-cli account --help“)
  maildoctor-cli oauth login|status|logout|providers ...   (siehe oauth --help)
  maildoctor-cli explain TERM
      ein Antwortcode (535), erweiterter Statuscode (5.7.8), IMAP-Antwortcode
      (AUTHENTICATIONFAILED), eine Fähigkeit („SIZE 10240000“, IDLE) oder ein Verfahren
  maildoctor-cli --help | --version
</translation>
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
        <translation type="vanished">
Prüft einen Mailserver und zeigt jeden Befehl und jede Antwort (Passwörter maskiert).

  --host HOST            Servername oder -adresse
  --port N               Standard nach --security: SMTP tls 465, starttls 587;
                         IMAP tls 993, starttls 143; POP3 tls 995, starttls 110
  --security MODE        tls (implizites TLS; auch „ssl“), starttls, none; Standard nach
                         dem Port: SMTP 465, IMAP 993 und POP3 995 sind tls, alle anderen
                         starttls (POP3: STLS)
  --user NAME            als NAME anmelden (ohne: kein AUTH-Schritt)
  --password-env VAR     das Passwort aus der Umgebungsvariablen VAR lesen
  --password-stdin       das Passwort aus der ersten Zeile der Standardeingabe lesen
  --token-env VAR        ein OAuth2-Zugriffstoken aus VAR lesen (xoauth2, oauthbearer);
                         ohne verwendet --auth xoauth2|oauthbearer das von „oauth login“
                         für --user gespeicherte Token, erneuert, wenn es innerhalb einer
                         Minute abläuft
  --auth MECHANISM       auto, plain, login, cram-md5, scram-sha-1, scram-sha-256,
                         xoauth2, oauthbearer (Standard auto; bei IMAP ist login der
                         Befehl LOGIN, der Rest AUTHENTICATE); POP3 auch user
                         (USER/PASS: das Passwort im Klartext, wie plain)
  --allow-plaintext-auth Zugangsdaten auch ohne Verschlüsselung senden (--security none)
  --from ADDR            SMTP: Umschlag-Absender: führt MAIL FROM / RCPT TO aus, dann RSET
  --to ADDR              Umschlag-Empfänger (wiederholbar)
  --send                 wirklich eine kurze Testnachricht an die --to-Adressen senden
  --ca-file PEM          auch den CA-Zertifikaten in dieser PEM-Datei vertrauen
  --pin-spki HASH        genau dem Serverschlüssel mit diesem SHA-256-SPKI-Hash vertrauen
  --timeout SECONDS      Zeitgrenze für jede Phase (Standard 15 s Verbindung, 30 s Antwort)
  --proxy URL            über einen Proxy verbinden: socks5://[USER@]HOST:PORT (der Proxy
                         löst den Servernamen auf) oder http://HOST:PORT (CONNECT)
  --proxy-password-env VAR  das Passwort des SOCKS5-Proxy-Benutzers, aus Variable VAR
  --json                 ein JSON-Objekt statt des Live-Protokolls ausgeben
  --report FILE.html     auch den vollständigen Bericht (Einstellungen ohne Geheimnisse,
                         Schritte, Befunde, Zertifikat, Protokoll) als eine HTML-Datei schreiben

Exit-Status: 0 die Prüfung ist bestanden, 1 sie lief und etwas ist fehlgeschlagen,
2 falscher Aufruf oder falsche Eingabe.
</translation>
    </message>
    <message>
        <source>Missing command: use &quot;smtp&quot;, &quot;imap&quot;, &quot;pop3&quot; or &quot;explain&quot; (see --help).</source>
        <translation>Fehlender Befehl: Verwenden Sie „smtp“, „imap“, „pop3“ oder „explain“ (siehe --help).</translation>
    </message>
    <message>
        <source>&quot;explain&quot; needs a term, e.g. 535, 5.7.8, AUTHENTICATIONFAILED or &quot;SIZE 10240000&quot;.</source>
        <translation>„explain“ braucht einen Begriff, z. B. 535, 5.7.8, AUTHENTICATIONFAILED oder „SIZE 10240000“.</translation>
    </message>
    <message>
        <source>&quot;explain&quot; takes no options.</source>
        <translation>„explain“ nimmt keine Optionen.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use &quot;smtp&quot;, &quot;imap&quot; or &quot;pop3&quot; (see --help).</source>
        <translation>Unbekannter Befehl „%1“: Verwenden Sie „smtp“, „imap“ oder „pop3“ (siehe --help).</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--%1 is for &quot;smtp&quot; only.</source>
        <translation>--%1 gibt es nur für „smtp“.</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 wurde mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation>--host ist erforderlich.</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --token-env) is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 (aus --token-env) ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>A password or token was given but no --user.</source>
        <translation>Ein Passwort oder Token wurde angegeben, aber kein --user.</translation>
    </message>
    <message>
        <source>--user needs a password (--password-env VAR or --password-stdin) or a token (--token-env VAR).</source>
        <translation>--user braucht ein Passwort (--password-env VAR oder --password-stdin) oder ein Token (--token-env VAR).</translation>
    </message>
    <message>
        <source>--auth needs --user: without a user name there is no login to test.</source>
        <translation>--auth braucht --user: Ohne Benutzernamen gibt es keine Anmeldung zu testen.</translation>
    </message>
    <message>
        <source>--auth %1 needs an access token: --token-env VAR, or none to use the one stored by &quot;maildoctor-cli oauth login&quot;.</source>
        <translation>--auth %1 braucht ein Zugriffstoken: --token-env VAR, oder nichts, um das von „maildoctor-cli oauth login“ gespeicherte zu verwenden.</translation>
    </message>
    <message>
        <source>--auth %1 needs a password: --password-env VAR or --password-stdin.</source>
        <translation>--auth %1 braucht ein Passwort: --password-env VAR oder --password-stdin.</translation>
    </message>
    <message>
        <source>--to needs --from (the envelope sender).</source>
        <translation>--to braucht --from (den Umschlag-Absender).</translation>
    </message>
    <message>
        <source>--send needs at least one --to and a --from.</source>
        <translation>--send braucht mindestens ein --to und ein --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain mail address (no spaces, angle brackets or line breaks).</source>
        <translation>„%1“ ist keine einfache E-Mail-Adresse (ohne Leerzeichen, spitze Klammern oder Zeilenumbrüche).</translation>
    </message>
    <message>
        <source>--proxy-password-env needs --proxy.</source>
        <translation>--proxy-password-env braucht --proxy.</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy: %1</translation>
    </message>
    <message>
        <source>--proxy-password-env needs a user in the proxy URL (socks5://USER@HOST:PORT).</source>
        <translation>--proxy-password-env braucht einen Benutzer in der Proxy-URL (socks5://USER@HOST:PORT).</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --proxy-password-env) is empty or not set.</source>
        <translation>Die Umgebungsvariable %1 (aus --proxy-password-env) ist leer oder nicht gesetzt.</translation>
    </message>
    <message>
        <source>The proxy user &quot;%1&quot; needs a password: --proxy-password-env VAR.</source>
        <translation>Der Proxy-Benutzer „%1“ braucht ein Passwort: --proxy-password-env VAR.</translation>
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
  (smtp, imap and pop3 also take [--proxy URL [--proxy-password-env VAR]]
   or [--dns-server ADDR[:PORT]])
  maildoctor-cli account add|list|show|remove|test|export ...
      saved accounts: settings in a file, passwords in the OS keychain
      (see &quot;maildoctor-cli account --help&quot;)
  maildoctor-cli oauth login|status|logout|providers ...   (see oauth --help)
  maildoctor-cli explain TERM
      a reply code (535), enhanced status code (5.7.8), IMAP response code
      (AUTHENTICATIONFAILED), capability (&quot;SIZE 10240000&quot;, IDLE) or mechanism
  maildoctor-cli --help | --version
</source>
        <translation>Aufruf:
  maildoctor-cli smtp --host HOST [--port N] [--security tls|starttls|none]
      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]
      [--auth MECHANISM] [--allow-plaintext-auth]
      [--from ADDR] [--to ADDR]... [--send]
      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]
  maildoctor-cli imap|pop3 --host HOST [--port N] [--security tls|starttls|none]
      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]
      [--auth MECHANISM] [--allow-plaintext-auth]
      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]
  (smtp, imap und pop3 nehmen auch [--proxy URL [--proxy-password-env VAR]]
   oder [--dns-server ADDR[:PORT]])
  maildoctor-cli account add|list|show|remove|test|export ...
      gespeicherte Konten: Einstellungen in einer Datei, Passwörter im Schlüsselbund des Systems
      (siehe „maildoctor-cli account --help“)
  maildoctor-cli oauth login|status|logout|providers ...   (siehe oauth --help)
  maildoctor-cli explain TERM
      ein Antwortcode (535), erweiterter Statuscode (5.7.8), IMAP-Antwortcode
      (AUTHENTICATIONFAILED), eine Fähigkeit („SIZE 10240000“, IDLE) oder ein Verfahren
  maildoctor-cli --help | --version
</translation>
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
  --dns-server ADDR[:PORT]  look the server name up with this DNS server, not the
                         system&apos;s (e.g. the office&apos;s internal one)
  --json                 print one JSON object instead of the live transcript
  --report FILE.html     also write the full report (settings without secrets, steps,
                         findings, certificate, transcript) as one HTML file

Exit status: 0 the check passed, 1 it ran and something failed, 2 bad usage or input.
</source>
        <translation>
Prüft einen Mailserver und zeigt jeden Befehl und jede Antwort (Passwörter maskiert).

  --host HOST            Servername oder -adresse
  --port N               Standard nach --security: SMTP tls 465, starttls 587;
                         IMAP tls 993, starttls 143; POP3 tls 995, starttls 110
  --security MODE        tls (implizites TLS; auch „ssl“), starttls, none; Standard nach
                         dem Port: SMTP 465, IMAP 993 und POP3 995 sind tls, alle anderen
                         starttls (POP3: STLS)
  --user NAME            als NAME anmelden (ohne: kein AUTH-Schritt)
  --password-env VAR     das Passwort aus der Umgebungsvariablen VAR lesen
  --password-stdin       das Passwort aus der ersten Zeile der Standardeingabe lesen
  --token-env VAR        ein OAuth2-Zugriffstoken aus VAR lesen (xoauth2, oauthbearer);
                         ohne verwendet --auth xoauth2|oauthbearer das von „oauth login“
                         für --user gespeicherte Token, erneuert, wenn es innerhalb einer
                         Minute abläuft
  --auth MECHANISM       auto, plain, login, cram-md5, scram-sha-1, scram-sha-256,
                         xoauth2, oauthbearer (Standard auto; bei IMAP ist login der
                         Befehl LOGIN, der Rest AUTHENTICATE); POP3 auch user
                         (USER/PASS: das Passwort im Klartext, wie plain)
  --allow-plaintext-auth Zugangsdaten auch ohne Verschlüsselung senden (--security none)
  --from ADDR            SMTP: Umschlag-Absender: führt MAIL FROM / RCPT TO aus, dann RSET
  --to ADDR              Umschlag-Empfänger (wiederholbar)
  --send                 wirklich eine kurze Testnachricht an die --to-Adressen senden
  --ca-file PEM          auch den CA-Zertifikaten in dieser PEM-Datei vertrauen
  --pin-spki HASH        genau dem Serverschlüssel mit diesem SHA-256-SPKI-Hash vertrauen
  --timeout SECONDS      Zeitgrenze für jede Phase (Standard 15 s Verbindung, 30 s Antwort)
  --proxy URL            über einen Proxy verbinden: socks5://[USER@]HOST:PORT (der Proxy
                         löst den Servernamen auf) oder http://HOST:PORT (CONNECT)
  --proxy-password-env VAR  das Passwort des SOCKS5-Proxy-Benutzers, aus Variable VAR
  --dns-server ADDR[:PORT]  den Servernamen mit diesem DNS-Server auflösen, nicht mit dem
                         des Systems (z. B. dem internen des Büros)
  --json                 ein JSON-Objekt statt des Live-Protokolls ausgeben
  --report FILE.html     auch den vollständigen Bericht (Einstellungen ohne Geheimnisse,
                         Schritte, Befunde, Zertifikat, Protokoll) als eine HTML-Datei schreiben

Exit-Status: 0 die Prüfung ist bestanden, 1 sie lief und etwas ist fehlgeschlagen,
2 falscher Aufruf oder falsche Eingabe.
</translation>
    </message>
    <message>
        <source>--dns-server and --proxy do not go together: through a proxy, the proxy looks up the server name.</source>
        <translation>--dns-server und --proxy passen nicht zusammen: über einen Proxy löst der Proxy den Servernamen auf.</translation>
    </message>
    <message>
        <source>--dns-server needs an IP address, optionally with a port (127.0.0.1:53, [::1]:53).</source>
        <translation>--dns-server braucht eine IP-Adresse, optional mit Port (127.0.0.1:53, [::1]:53).</translation>
    </message>
</context>
<context>
    <name>md::discovery</name>
    <message>
        <source>implicit TLS</source>
        <translation>implizites TLS</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>nicht geprobt</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>Zertifikat geprüft</translation>
    </message>
    <message>
        <source>no verified certificate</source>
        <translation>kein geprüftes Zertifikat</translation>
    </message>
</context>
<context>
    <name>md::discovery::ConfigReaders</name>
    <message>
        <source>The document is larger than %1 KiB and was not read.</source>
        <translation>Das Dokument ist größer als %1 KiB und wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The document declares a DTD or entities; it was refused.</source>
        <translation>Das Dokument deklariert eine DTD oder Entitäten; es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The document uses an entity reference; it was refused.</source>
        <translation>Das Dokument verwendet eine Entitätsreferenz; es wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The document is not an autoconfig document (root element &lt;%1&gt;).</source>
        <translation>Das Dokument ist kein Autoconfig-Dokument (Wurzelelement &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The document is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Das Dokument ist kein wohlgeformtes XML: %1 (Zeile %2, Spalte %3).</translation>
    </message>
    <message>
        <source>The document names no usable server.</source>
        <translation>Das Dokument nennt keinen verwendbaren Server.</translation>
    </message>
    <message>
        <source>The document is not valid JSON: %1 (at byte %2).</source>
        <translation>Das Dokument ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation>Das Dokument ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The document names no usable IMAP, POP3 or SMTP server.</source>
        <translation>Das Dokument nennt keinen verwendbaren IMAP-, POP3- oder SMTP-Server.</translation>
    </message>
</context>
<context>
    <name>md::discovery::Discovery</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n Server</numerusform>
            <numerusform>%n Server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unusable entry(s) ignored</source>
        <translation>
            <numerusform>%n unbrauchbarer Eintrag ignoriert</numerusform>
            <numerusform>%n unbrauchbare Einträge ignoriert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n redirect(s) to %1</source>
        <translation>
            <numerusform>nach %n Weiterleitung zu %1</numerusform>
            <numerusform>nach %n Weiterleitungen zu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>redirected to another domain: not trusted</source>
        <translation>auf eine andere Domain weitergeleitet: nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>over plain http: not trusted</source>
        <translation>über unverschlüsseltes http: nicht vertrauenswürdig</translation>
    </message>
    <message>
        <source>The domain says it does not offer this service (SRV target &quot;.&quot;).</source>
        <translation>Die Domain sagt, dass sie diesen Dienst nicht anbietet (SRV-Ziel „.“).</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n Ziel</numerusform>
            <numerusform>%n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>outside %1, to be confirmed (RFC 6186 §6): %2</source>
        <translation>außerhalb von %1, zu bestätigen (RFC 6186 §6): %2</translation>
    </message>
    <message>
        <source>%1 (inside the domain itself: no provider to ask)</source>
        <translation>%1 (innerhalb der Domain selbst: kein Anbieter zu fragen)</translation>
    </message>
    <message>
        <source>%1 → provider %2, the domain itself: its sources are asked already</source>
        <translation>%1 → Anbieter %2, die Domain selbst: Ihre Quellen werden bereits gefragt</translation>
    </message>
    <message>
        <source>%1 → provider %2</source>
        <translation>%1 → Anbieter %2</translation>
    </message>
    <message>
        <source>The configuration was found, but no TXT record announces its SHA-256: refused.</source>
        <translation>Die Konfiguration wurde gefunden, aber kein TXT-Eintrag nennt ihren SHA-256: abgelehnt.</translation>
    </message>
    <message>
        <source>The configuration&apos;s SHA-256 (%1) does not match the TXT record: refused.</source>
        <translation>Der SHA-256 der Konfiguration (%1) passt nicht zum TXT-Eintrag: abgelehnt.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s), digest verified</source>
        <translation>
            <numerusform>%n Server, Prüfsumme bestätigt</numerusform>
            <numerusform>%n Server, Prüfsumme bestätigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × ports</source>
        <translation>%1 × Ports</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) answered</source>
        <translation>
            <numerusform>%n Server hat geantwortet</numerusform>
            <numerusform>%n Server haben geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer before the deadline (%1 s).</source>
        <translation>Keine Antwort vor Fristende (%1 s).</translation>
    </message>
    <message>
        <source>Confirm the server %1</source>
        <translation>Bestätigen Sie den Server %1</translation>
    </message>
    <message>
        <source>The domain&apos;s SRV record points to %1, outside %2. Use it only if you know that this provider runs your mail (RFC 6186 §6).</source>
        <translation>Der SRV-Eintrag der Domain zeigt auf %1, außerhalb von %2. Verwenden Sie ihn nur, wenn Sie wissen, dass dieser Anbieter Ihre E-Mail betreibt (RFC 6186 §6).</translation>
    </message>
    <message>
        <source>The best %1 settings come from an untrusted source</source>
        <translation>Die besten %1-Einstellungen stammen aus einer nicht vertrauenswürdigen Quelle</translation>
    </message>
    <message>
        <source>%1 port %2 was found only over plain http or after a redirect to another domain, where anyone in between could have changed it. Check it with your provider before you use it.</source>
        <translation>%1, Port %2 wurde nur über unverschlüsseltes http oder nach einer Weiterleitung auf eine andere Domain gefunden, wo jeder dazwischen es geändert haben könnte. Prüfen Sie es bei Ihrem Anbieter, bevor Sie es verwenden.</translation>
    </message>
    <message>
        <source>No usable server for sending was found</source>
        <translation>Es wurde kein verwendbarer Server zum Senden gefunden</translation>
    </message>
    <message>
        <source>No source named an SMTP server that answered. Ask your provider for the outgoing server settings, or check the sources above.</source>
        <translation>Keine Quelle hat einen SMTP-Server genannt, der geantwortet hat. Fragen Sie Ihren Anbieter nach den Einstellungen des Postausgangsservers, oder prüfen Sie die Quellen oben.</translation>
    </message>
    <message>
        <source>No usable server for receiving was found</source>
        <translation>Es wurde kein verwendbarer Server zum Empfangen gefunden</translation>
    </message>
    <message>
        <source>No source named an IMAP or POP3 server that answered. Ask your provider for the incoming server settings, or check the sources above.</source>
        <translation>Keine Quelle hat einen IMAP- oder POP3-Server genannt, der geantwortet hat. Fragen Sie Ihren Anbieter nach den Einstellungen des Posteingangsservers, oder prüfen Sie die Quellen oben.</translation>
    </message>
    <message>
        <source>Stopped at the deadline</source>
        <translation>Bei Fristende angehalten</translation>
    </message>
    <message>
        <source>Discovery ended after %1 s with what it had; sources and probes still running are reported as timed out.</source>
        <translation>Die Suche endete nach %1 s mit dem, was sie hatte; noch laufende Quellen und Proben werden als abgelaufen gemeldet.</translation>
    </message>
</context>
<context>
    <name>md::discovery::DiscoveryResult</name>
    <message>
        <source>Discovery for %1 (%2 ms%3)</source>
        <translation type="vanished">Suche für %1 (%2 ms%3)</translation>
    </message>
    <message>
        <source>, stopped at the deadline</source>
        <translation type="vanished">, bei Fristende angehalten</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>%1 candidates (best first):</source>
        <translation>%1 Kandidaten (beste zuerst):</translation>
    </message>
    <message>
        <source>needs your confirmation</source>
        <translation>braucht Ihre Bestätigung</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Befunde:</translation>
    </message>
    <message>
        <source>Recommended settings:</source>
        <translation>Empfohlene Einstellungen:</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>  OAuth2 provider: %1</source>
        <translation>  OAuth2-Anbieter: %1</translation>
    </message>
    <message>
        <source>Discovery for %1 (%2 ms, stopped at the deadline)</source>
        <translation>Suche für %1 (%2 ms, bei Fristende angehalten)</translation>
    </message>
    <message>
        <source>Discovery for %1 (%2 ms)</source>
        <translation>Suche für %1 (%2 ms)</translation>
    </message>
</context>
<context>
    <name>md::discovery::HttpFetcher</name>
    <message>
        <source>Stopped at the deadline.</source>
        <translation>Bei Fristende angehalten.</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 wird nicht aufgelöst: %2</translation>
    </message>
    <message>
        <source>The document is larger than %1 KiB; it was not read.</source>
        <translation>Das Dokument ist größer als %1 KiB; es wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>A redirect without a usable Location.</source>
        <translation>Eine Weiterleitung ohne verwendbares Location.</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>Mehr als %1 Weiterleitungen.</translation>
    </message>
    <message>
        <source>A redirect from https to %1 was refused.</source>
        <translation>Eine Weiterleitung von https zu %1 wurde abgelehnt.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>md::discovery::Prober</name>
    <message>
        <source>Not probed before the deadline.</source>
        <translation>Vor Fristende nicht geprobt.</translation>
    </message>
    <message>
        <source>Still running at the deadline.</source>
        <translation>Bei Fristende noch am Laufen.</translation>
    </message>
</context>
<context>
    <name>md::discovery::Ranking</name>
    <message>
        <source>The sources disagree about the %1 server</source>
        <translation>Die Quellen sind sich über den %1-Server uneinig</translation>
    </message>
    <message>
        <source>Different sources name different hosts (%1). The ranking prefers what the domain itself publishes and what the probes could verify.</source>
        <translation>Verschiedene Quellen nennen verschiedene Hosts (%1). Die Rangfolge bevorzugt, was die Domain selbst veröffentlicht und was die Proben bestätigen konnten.</translation>
    </message>
</context>
<context>
    <name>md::gui::AccountsPanel</name>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation>Kontoproblem</translation>
    </message>
    <message>
        <source>Save account…</source>
        <translation>Konto speichern …</translation>
    </message>
    <message>
        <source>Save the settings as an account</source>
        <translation>Die Einstellungen als Konto speichern</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Konto löschen</translation>
    </message>
    <message>
        <source>Delete the selected account</source>
        <translation>Das ausgewählte Konto löschen</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Kontoname:</translation>
    </message>
    <message>
        <source>Name of the new account</source>
        <translation>Name des neuen Kontos</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>z. B. Arbeit</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the new account</source>
        <translation>Das neue Konto speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Do not save the account</source>
        <translation>Das Konto nicht speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the account and its passwords</source>
        <translation>Das Konto und seine Passwörter löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>Das Konto behalten</translation>
    </message>
    <message>
        <source>Delete the account &quot;%1&quot; and its passwords in the keychain? This cannot be undone.</source>
        <translation>Das Konto „%1“ und seine Passwörter im Schlüsselbund löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Schnellprüfung</translation>
    </message>
    <message>
        <source>Check settings you type in, without saving them</source>
        <translation>Eingegebene Einstellungen prüfen, ohne sie zu speichern</translation>
    </message>
    <message>
        <source>The %1 password could not be read from the keychain: %2</source>
        <translation>Das %1-Passwort konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>Give the account a name first.</source>
        <translation>Geben Sie dem Konto zuerst einen Namen.</translation>
    </message>
    <message>
        <source>Fill in the server names of both the outgoing and the incoming server before saving.</source>
        <translation>Füllen Sie vor dem Speichern die Servernamen des Postausgangs- und des Posteingangsservers aus.</translation>
    </message>
    <message>
        <source>The %1 password was not saved in the keychain: %2</source>
        <translation>Das %1-Passwort wurde nicht im Schlüsselbund gespeichert: %2</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was deleted, but its passwords could not be removed from the keychain: %2</source>
        <translation type="vanished">Das Konto „%1“ wurde gelöscht, aber seine Passwörter konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was not deleted: its passwords could not be removed from the keychain. %2</source>
        <translation>Das Konto „%1“ wurde nicht gelöscht: Seine Passwörter konnten nicht aus dem Schlüsselbund entfernt werden. %2</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was deleted. Its passwords, if another session saved any, could not be checked: %2</source>
        <translation>Das Konto „%1“ wurde gelöscht. Ob eine andere Sitzung Passwörter dafür gespeichert hat, ließ sich nicht prüfen: %2</translation>
    </message>
</context>
<context>
    <name>md::gui::CertificateView</name>
    <message>
        <source>Certificate verdict</source>
        <translation>Urteil zum Zertifikat</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Zertifikatdetails</translation>
    </message>
    <message>
        <source>Trust this server&apos;s &amp;key…</source>
        <translation>Dem Schl&amp;üssel dieses Servers vertrauen …</translation>
    </message>
    <message>
        <source>Trust this server&apos;s key</source>
        <translation>Dem Schlüssel dieses Servers vertrauen</translation>
    </message>
    <message>
        <source>Trust this key and check a&amp;gain</source>
        <translation>Diesem Schlüssel vertr&amp;auen und erneut prüfen</translation>
    </message>
    <message>
        <source>Trust this key and check again</source>
        <translation>Diesem Schlüssel vertrauen und erneut prüfen</translation>
    </message>
    <message>
        <source>Don&apos;t trust it</source>
        <translation>Nicht vertrauen</translation>
    </message>
    <message>
        <source>Do not trust this key</source>
        <translation>Diesem Schlüssel nicht vertrauen</translation>
    </message>
    <message>
        <source>No certificate yet: run a check.</source>
        <translation>Noch kein Zertifikat: Führen Sie eine Prüfung aus.</translation>
    </message>
    <message>
        <source>%1: no encrypted connection was made.</source>
        <translation>%1: Es wurde keine verschlüsselte Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>%1: trusted, because its key matches the key you chose to trust.</source>
        <translation>%1: vertrauenswürdig, weil sein Schlüssel dem Schlüssel entspricht, dem Sie vertrauen wollten.</translation>
    </message>
    <message>
        <source>%1: verified: the certificate is valid for %2 and issued by a trusted authority.</source>
        <translation>%1: geprüft: Das Zertifikat gilt für %2 und wurde von einer vertrauenswürdigen Stelle ausgestellt.</translation>
    </message>
    <message>
        <source>%1: NOT verified: %2</source>
        <translation>%1: NICHT geprüft: %2</translation>
    </message>
    <message>
        <source>%1: the server sent no certificate.</source>
        <translation>%1: Der Server hat kein Zertifikat gesendet.</translation>
    </message>
    <message>
        <source>%1 server %2</source>
        <translation>%1-Server %2</translation>
    </message>
    <message>
        <source>Encryption: %1, %2</source>
        <translation>Verschlüsselung: %1, %2</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Server-Zertifikat</translation>
    </message>
    <message>
        <source>Issuer certificate %1</source>
        <translation>Ausstellerzertifikat %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Ausgestellt von</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message numerus="yes">
        <source>%1 (EXPIRED %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (seit %n Tag ABGELAUFEN)</numerusform>
            <numerusform>%1 (seit %n Tagen ABGELAUFEN)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (noch %n Tag)</numerusform>
            <numerusform>%1 (noch %n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Key (SPKI SHA-256)</source>
        <translation>Schlüssel (SPKI SHA-256)</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Selbstsigniert</translation>
    </message>
    <message>
        <source>yes: nobody else vouches for it</source>
        <translation>ja: niemand sonst bürgt dafür</translation>
    </message>
    <message>
        <source>No certificate: no check ran.</source>
        <translation>Kein Zertifikat: Es lief keine Prüfung.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Only trust this key if you know this is really your server.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mail Doctor could not confirm who is at the other end: %1 Anyone who can intercept your connection could present a certificate like this one and read your password.&lt;/p&gt;&lt;p&gt;If you trust it, Mail Doctor accepts exactly this server key (SPKI SHA-256 &lt;code&gt;%2&lt;/code&gt;) for %3, and nothing else. If the key ever changes, the check fails again, and you should ask your provider why. Compare the key with what your provider or administrator tells you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vertrauen Sie diesem Schlüssel nur, wenn Sie wissen, dass dies wirklich Ihr Server ist.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mail Doctor konnte nicht bestätigen, wer am anderen Ende ist: %1 Jeder, der Ihre Verbindung abfangen kann, könnte ein Zertifikat wie dieses vorlegen und Ihr Passwort lesen.&lt;/p&gt;&lt;p&gt;Wenn Sie ihm vertrauen, akzeptiert Mail Doctor genau diesen Serverschlüssel (SPKI SHA-256 &lt;code&gt;%2&lt;/code&gt;) für %3 und nichts anderes. Ändert sich der Schlüssel jemals, schlägt die Prüfung wieder fehl, und Sie sollten Ihren Anbieter nach dem Grund fragen. Vergleichen Sie den Schlüssel mit dem, was Ihr Anbieter oder Administrator Ihnen sagt.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>md::gui::DiagnoseController</name>
    <message>
        <source>your provider</source>
        <translation>Ihr Anbieter</translation>
    </message>
    <message>
        <source>Cancelled while reading the sign-in.</source>
        <translation>Beim Lesen der Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>No keychain is available to read the sign-in from.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, aus dem die Anmeldung gelesen werden kann.</translation>
    </message>
    <message>
        <source>The access token of the sign-in with %1 for %2 was about to expire: renewed it and stored the new tokens in the keychain.</source>
        <translation>Das Zugriffstoken der Anmeldung bei %1 für %2 lief bald ab: Es wurde erneuert, und die neuen Tokens wurden im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Signed in with %1 as %2; the access token is valid until %3.</source>
        <translation>Bei %1 als %2 angemeldet; das Zugriffstoken ist bis %3 gültig.</translation>
    </message>
    <message>
        <source>Signed in with %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>No sign-in with %1 is stored for %2, so there is no access token to log in with. Sign in again (&quot;Sign in again…&quot; opens %1&apos;s page in your browser).</source>
        <translation>Für %2 ist keine Anmeldung bei %1 gespeichert, daher gibt es kein Zugriffstoken für die Anmeldung am Server. Melden Sie sich erneut an („Erneut anmelden …“ öffnet die Seite von %1 in Ihrem Browser).</translation>
    </message>
    <message>
        <source>The stored sign-in with %1 for %2 cannot be renewed (%3). Sign in again: &quot;Sign in again…&quot; opens %1&apos;s page in your browser.</source>
        <translation>Die gespeicherte Anmeldung bei %1 für %2 kann nicht erneuert werden (%3). Melden Sie sich erneut an: „Erneut anmelden …“ öffnet die Seite von %1 in Ihrem Browser.</translation>
    </message>
    <message>
        <source>%1 refused to renew the sign-in for %2 (%3). The refresh token was revoked, expired or already used. Sign in again: &quot;Sign in again…&quot; opens %1&apos;s page in your browser.</source>
        <translation>%1 hat die Erneuerung der Anmeldung für %2 abgelehnt (%3). Das Refresh-Token wurde widerrufen, ist abgelaufen oder wurde schon verwendet. Melden Sie sich erneut an: „Erneut anmelden …“ öffnet die Seite von %1 in Ihrem Browser.</translation>
    </message>
    <message>
        <source>The sign-in with %1 for %2 was renewed, but the new tokens could not be stored in the keychain: %3 Once the keychain works again, sign in again.</source>
        <translation>Die Anmeldung bei %1 für %2 wurde erneuert, aber die neuen Tokens konnten nicht im Schlüsselbund gespeichert werden: %3 Melden Sie sich erneut an, sobald der Schlüsselbund wieder funktioniert.</translation>
    </message>
    <message>
        <source>The sign-in with %1 for %2 could not be read from the keychain: %3</source>
        <translation>Die Anmeldung bei %1 für %2 konnte nicht aus dem Schlüsselbund gelesen werden: %3</translation>
    </message>
    <message>
        <source>Sign-ins with more than one provider are stored for %1, and this account does not say which one it uses. Click &quot;Sign in again…&quot; and sign in with this account&apos;s provider: the account then keeps it.</source>
        <translation>Für %1 sind Anmeldungen bei mehr als einem Anbieter gespeichert, und dieses Konto gibt nicht an, welcher gilt. Klicken Sie auf „Erneut anmelden …“ und melden Sie sich beim Anbieter dieses Kontos an: Das Konto merkt ihn sich dann.</translation>
    </message>
</context>
<context>
    <name>md::gui::DiagnoseView</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Outgoing mail (SMTP)</source>
        <translation>P&amp;ostausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Incoming mail (IMAP or POP3)</source>
        <translation>Posteingan&amp;gsserver (IMAP oder POP3)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Servereinstellungen</translation>
    </message>
    <message>
        <source>Check &amp;sending</source>
        <translation>&amp;Senden prüfen</translation>
    </message>
    <message>
        <source>Check sending</source>
        <translation>Senden prüfen</translation>
    </message>
    <message>
        <source>Connect to the outgoing server, log in and see whether mail would be accepted (Ctrl+Shift+S)</source>
        <translation>Mit dem Postausgangsserver verbinden, anmelden und sehen, ob E-Mail angenommen würde (Strg+Umschalt+S)</translation>
    </message>
    <message>
        <source>Check &amp;receiving</source>
        <translation>&amp;Empfangen prüfen</translation>
    </message>
    <message>
        <source>Check receiving</source>
        <translation>Empfangen prüfen</translation>
    </message>
    <message>
        <source>Connect to the incoming server, log in and look at the inbox (Ctrl+Shift+R)</source>
        <translation>Mit dem Posteingangsserver verbinden, anmelden und den Posteingang ansehen (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Check &amp;both</source>
        <translation>Be&amp;ides prüfen</translation>
    </message>
    <message>
        <source>Check sending and receiving</source>
        <translation>Senden und Empfangen prüfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>Stop the running check (Esc)</source>
        <translation>Die laufende Prüfung anhalten (Esc)</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern …</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Save everything (without passwords) as an HTML file to send to your help desk</source>
        <translation>Alles (ohne Passwörter) als HTML-Datei speichern, um es an Ihren Support zu schicken</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type the settings of your mail server, then click &quot;Check sending&quot; or &quot;Check receiving&quot;. Your provider&apos;s help pages list the server names and ports.</source>
        <translation>Geben Sie die Einstellungen Ihres Mailservers ein und klicken Sie dann auf „Senden prüfen“ oder „Empfangen prüfen“. Die Hilfeseiten Ihres Anbieters nennen die Servernamen und Ports.</translation>
    </message>
    <message>
        <source>Please fix the settings first: %1</source>
        <translation>Bitte korrigieren Sie zuerst die Einstellungen: %1</translation>
    </message>
    <message>
        <source>Checking… %1</source>
        <translation>Prüfe … %1</translation>
    </message>
    <message>
        <source>Checking %1… %2</source>
        <translation>Prüfe %1 … %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe …</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1: abgebrochen.</translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation>%1 funktioniert.</translation>
    </message>
    <message>
        <source>%1 failed: %2. See the findings below for what to do.</source>
        <translation>%1 fehlgeschlagen: %2. Was zu tun ist, steht in den Befunden unten.</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>HTML-Bericht (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1 (with a .txt and a .json copy beside it). It contains no password.</source>
        <translation>Bericht gespeichert unter %1 (mit einer .txt- und einer .json-Kopie daneben). Er enthält kein Passwort.</translation>
    </message>
    <message>
        <source>The report was not saved. %1 Choose another folder and try again.</source>
        <translation>Der Bericht wurde nicht gespeichert. %1 Wählen Sie einen anderen Ordner und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>md::gui::DiscoveryPage</name>
    <message>
        <source>Your provider&apos;s settings file (autoconfig)</source>
        <translation>Die Einstellungsdatei Ihres Anbieters (Autoconfig)</translation>
    </message>
    <message>
        <source>Your provider&apos;s settings file, unencrypted (autoconfig over http)</source>
        <translation>Die Einstellungsdatei Ihres Anbieters, unverschlüsselt (Autoconfig über http)</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s list of providers (ISPDB)</source>
        <translation>Thunderbirds Anbieterliste (ISPDB)</translation>
    </message>
    <message>
        <source>Your domain&apos;s service records (DNS SRV)</source>
        <translation>Die Diensteinträge Ihrer Domain (DNS SRV)</translation>
    </message>
    <message>
        <source>The server that receives your domain&apos;s mail (DNS MX)</source>
        <translation>Der Server, der die E-Mail Ihrer Domain empfängt (DNS MX)</translation>
    </message>
    <message>
        <source>The settings of the provider behind your mail server</source>
        <translation>Die Einstellungen des Anbieters hinter Ihrem Mailserver</translation>
    </message>
    <message>
        <source>Your provider&apos;s configuration record (PACC)</source>
        <translation>Der Konfigurationseintrag Ihres Anbieters (PACC)</translation>
    </message>
    <message>
        <source>Trying the usual server names</source>
        <translation>Die üblichen Servernamen ausprobieren</translation>
    </message>
    <message>
        <source>sending, encrypted from the start</source>
        <translation>Senden, von Anfang an verschlüsselt</translation>
    </message>
    <message>
        <source>sending, switching to encryption</source>
        <translation>Senden, mit Wechsel zur Verschlüsselung</translation>
    </message>
    <message>
        <source>receiving (%1), encrypted from the start</source>
        <translation>Empfangen (%1), von Anfang an verschlüsselt</translation>
    </message>
    <message>
        <source>receiving (%1), switching to encryption</source>
        <translation>Empfangen (%1), mit Wechsel zur Verschlüsselung</translation>
    </message>
    <message>
        <source>encrypted from the start (SSL/TLS)</source>
        <translation>von Anfang an verschlüsselt (SSL/TLS)</translation>
    </message>
    <message>
        <source>switches to encryption before logging in (STARTTLS)</source>
        <translation>wechselt vor der Anmeldung zur Verschlüsselung (STARTTLS)</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>hat geantwortet</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>nichts vorhanden</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>keine Antwort rechtzeitig</translation>
    </message>
    <message>
        <source>says the service is not offered</source>
        <translation>sagt, der Dienst wird nicht angeboten</translation>
    </message>
    <message>
        <source>answered with something unusable</source>
        <translation>hat mit etwas Unbrauchbarem geantwortet</translation>
    </message>
    <message>
        <source>trusted: published by your provider</source>
        <translation>vertrauenswürdig: von Ihrem Anbieter veröffentlicht</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>ziemlich sicher</translation>
    </message>
    <message>
        <source>a guess, to be tested</source>
        <translation>eine Vermutung, noch zu testen</translation>
    </message>
    <message>
        <source>not trusted: it came over an unprotected connection</source>
        <translation>nicht vertrauenswürdig: kam über eine ungeschützte Verbindung</translation>
    </message>
    <message>
        <source>The server answered and its certificate is valid.</source>
        <translation>Der Server hat geantwortet, und sein Zertifikat ist gültig.</translation>
    </message>
    <message>
        <source>The server answered.</source>
        <translation>Der Server hat geantwortet.</translation>
    </message>
    <message>
        <source>The server did not answer as expected: %1</source>
        <translation>Der Server hat nicht wie erwartet geantwortet: %1</translation>
    </message>
    <message>
        <source>%1, port %2, %3
    found by: %4 — %5. %6</source>
        <translation>%1, Port %2, %3
    gefunden durch: %4 — %5. %6</translation>
    </message>
    <message>
        <source>Finding your settings</source>
        <translation>Ihre Einstellungen werden gesucht</translation>
    </message>
    <message>
        <source>Mail Doctor asks several places at once where your mail servers are. This takes a few seconds.</source>
        <translation>Mail Doctor fragt mehrere Stellen gleichzeitig, wo Ihre Mailserver sind. Das dauert ein paar Sekunden.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Suche läuft</translation>
    </message>
    <message>
        <source>Places asked</source>
        <translation>Gefragte Stellen</translation>
    </message>
    <message>
        <source>&amp;Places asked:</source>
        <translation>&amp;Gefragte Stellen:</translation>
    </message>
    <message>
        <source>Proposed settings</source>
        <translation>Vorgeschlagene Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Enter settings myself</source>
        <translation>Einstellungen &amp;selbst eingeben</translation>
    </message>
    <message>
        <source>Enter settings myself</source>
        <translation>Einstellungen selbst eingeben</translation>
    </message>
    <message>
        <source>Skip the search and type the server settings your provider gave you</source>
        <translation>Die Suche überspringen und die Servereinstellungen eingeben, die Ihr Anbieter Ihnen genannt hat</translation>
    </message>
    <message>
        <source>S&amp;top searching</source>
        <translation>Suche &amp;beenden</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>Suche beenden</translation>
    </message>
    <message>
        <source>Stop now and use what was found so far</source>
        <translation>Jetzt anhalten und verwenden, was bisher gefunden wurde</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Go back and check it.</source>
        <translation>„%1“ ist keine E-Mail-Adresse. Gehen Sie zurück und prüfen Sie sie.</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Suche die Einstellungen von %1 …</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1: %2 (%3 ms)</translation>
    </message>
    <message>
        <source>— proposed 1 setting</source>
        <translation type="vanished">— 1 Einstellung vorgeschlagen</translation>
    </message>
    <message>
        <source>— proposed %1 settings</source>
        <translation type="vanished">— %1 Einstellungen vorgeschlagen</translation>
    </message>
    <message>
        <source>Sending (SMTP): %1</source>
        <translation>Senden (SMTP): %1</translation>
    </message>
    <message>
        <source>Receiving (IMAP): %1</source>
        <translation>Empfangen (IMAP): %1</translation>
    </message>
    <message>
        <source>Receiving (POP3): %1</source>
        <translation>Empfangen (POP3): %1</translation>
    </message>
    <message>
        <source>The sources disagree: %1 %2</source>
        <translation>Die Quellen sind sich uneinig: %1 %2</translation>
    </message>
    <message>
        <source>Found settings for %1. Click Next to look at them; nothing is saved yet.</source>
        <translation>Einstellungen für %1 gefunden. Klicken Sie auf „Weiter“, um sie anzusehen; noch ist nichts gespeichert.</translation>
    </message>
    <message>
        <source>Mail Doctor could not find complete settings for %1. Click Next and type the settings your provider gives on its help pages (search for &quot;IMAP settings&quot; and your provider&apos;s name).</source>
        <translation>Mail Doctor konnte keine vollständigen Einstellungen für %1 finden. Klicken Sie auf „Weiter“ und geben Sie die Einstellungen ein, die Ihr Anbieter auf seinen Hilfeseiten nennt (suchen Sie nach „IMAP-Einstellungen“ und dem Namen Ihres Anbieters).</translation>
    </message>
    <message numerus="yes">
        <source>— proposed %n setting(s)</source>
        <translation>
            <numerusform>— %n Einstellung vorgeschlagen</numerusform>
            <numerusform>— %n Einstellungen vorgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::gui::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Your account is set up.</source>
        <translation>Ihr Konto ist eingerichtet.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Password in the keychain</source>
        <translation>Passwort im Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Open in Mail Doctor</source>
        <translation>In Mail Doctor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open in Mail Doctor</source>
        <translation>In Mail Doctor öffnen</translation>
    </message>
    <message>
        <source>Close this assistant and show the account in the main window</source>
        <translation>Diesen Assistenten schließen und das Konto im Hauptfenster zeigen</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Das Konto wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Nothing was stored in the keychain either. Fix the problem above and run the assistant again.</source>
        <translation>Auch im Schlüsselbund wurde nichts gespeichert. Beheben Sie das Problem oben und starten Sie den Assistenten erneut.</translation>
    </message>
    <message>
        <source>Your account %1 is saved and works for sending and receiving.</source>
        <translation>Ihr Konto %1 ist gespeichert und funktioniert zum Senden und Empfangen.</translation>
    </message>
    <message>
        <source>Storing your sign-in in the keychain…</source>
        <translation>Ihre Anmeldung wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund gespeichert …</translation>
    </message>
    <message>
        <source>Your sign-in is stored in your system&apos;s keychain.</source>
        <translation>Ihre Anmeldung ist im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>The password is stored in your system&apos;s keychain.</source>
        <translation>Das Passwort ist im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>The sign-in could not be stored in the keychain: %1
The account is saved, but you will have to sign in again in the browser each time Mail Doctor checks it.</source>
        <translation>Die Anmeldung konnte nicht im Schlüsselbund gespeichert werden: %1
Das Konto ist gespeichert, aber Sie müssen sich jedes Mal erneut im Browser anmelden, wenn Mail Doctor es prüft.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1
The account is saved, but Mail Doctor will ask for the password each time it checks this account.</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1
Das Konto ist gespeichert, aber Mail Doctor fragt jedes Mal nach dem Passwort, wenn es dieses Konto prüft.</translation>
    </message>
    <message>
        <source>Your sign-in stays in your system&apos;s keychain, as it was.</source>
        <translation>Ihre Anmeldung bleibt unverändert im Schlüsselbund Ihres Systems.</translation>
    </message>
</context>
<context>
    <name>md::gui::FindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>security: %1</source>
        <translation>Sicherheit: %1</translation>
    </message>
    <message>
        <source>port: %1</source>
        <translation>Port: %1</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <source>login method: %1</source>
        <translation>Anmeldeverfahren: %1</translation>
    </message>
    <message>
        <source>Mail Doctor reached %1 on port %2.</source>
        <translation>Mail Doctor hat %1 auf Port %2 erreicht.</translation>
    </message>
    <message>
        <source>Mail Doctor reached %1 on port %2 (address %3).</source>
        <translation>Mail Doctor hat %1 auf Port %2 erreicht (Adresse %3).</translation>
    </message>
    <message>
        <source>The connection was encrypted (%1); the server&apos;s key is the one you chose to trust.</source>
        <translation>Die Verbindung war verschlüsselt (%1); der Schlüssel des Servers ist der, dem Sie vertrauen wollten.</translation>
    </message>
    <message>
        <source>The connection was encrypted (%1) and the server&apos;s certificate is valid.</source>
        <translation>Die Verbindung war verschlüsselt (%1), und das Zertifikat des Servers ist gültig.</translation>
    </message>
    <message>
        <source>The connection was NOT encrypted.</source>
        <translation>Die Verbindung war NICHT verschlüsselt.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>No login was tried (no user name given).</source>
        <translation>Es wurde keine Anmeldung versucht (kein Benutzername angegeben).</translation>
    </message>
    <message>
        <source>The test message was accepted for delivery.</source>
        <translation>Die Testnachricht wurde zur Zustellung angenommen.</translation>
    </message>
    <message>
        <source>The server would accept a message from this sender to these recipients (nothing was sent).</source>
        <translation>Der Server würde eine Nachricht von diesem Absender an diese Empfänger annehmen (es wurde nichts gesendet).</translation>
    </message>
    <message numerus="yes">
        <source>The inbox holds %n message(s).</source>
        <translation>
            <numerusform>Der Posteingang enthält %n Nachricht.</numerusform>
            <numerusform>Der Posteingang enthält %n Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing checked yet. Type the server settings above and click &quot;Check sending&quot; or &quot;Check receiving&quot;.</source>
        <translation>Noch nichts geprüft. Geben Sie oben die Servereinstellungen ein und klicken Sie auf „Senden prüfen“ oder „Empfangen prüfen“.</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Senden (SMTP)</translation>
    </message>
    <message>
        <source>Receiving (%1)</source>
        <translation>Empfangen (%1)</translation>
    </message>
    <message>
        <source>%1: works</source>
        <translation>%1: funktioniert</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1: fehlgeschlagen</translation>
    </message>
    <message>
        <source>No problems found: everything that was checked works.</source>
        <translation>Keine Probleme gefunden: Alles, was geprüft wurde, funktioniert.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Apply fi&amp;x and retry</source>
        <translation>&amp;Lösung anwenden und erneut versuchen</translation>
    </message>
    <message>
        <source>Apply fix and retry: change %1</source>
        <translation>Lösung anwenden und erneut versuchen: %1 ändern</translation>
    </message>
    <message>
        <source>Changes %1 and runs the check again. A saved account changes only when you save it.</source>
        <translation>Ändert %1 und führt die Prüfung erneut aus. Ein gespeichertes Konto ändert sich erst, wenn Sie es speichern.</translation>
    </message>
    <message>
        <source>Will change %1.</source>
        <translation>Ändert %1.</translation>
    </message>
    <message>
        <source>Trust this server&apos;s &amp;key…</source>
        <translation>Dem Schl&amp;üssel dieses Servers vertrauen …</translation>
    </message>
    <message>
        <source>Trust this server&apos;s key</source>
        <translation>Dem Schlüssel dieses Servers vertrauen</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden …</translation>
    </message>
    <message>
        <source>Sign in again in the browser</source>
        <translation>Im Browser erneut anmelden</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your browser; the new sign-in is stored in your keychain and the check can run again</source>
        <translation>Öffnet die Anmeldeseite des Anbieters in Ihrem Browser; die neue Anmeldung wird in Ihrem Schlüsselbund gespeichert, und die Prüfung kann erneut laufen</translation>
    </message>
</context>
<context>
    <name>md::gui::IdentityPage</name>
    <message>
        <source>Who you are</source>
        <translation>Wer Sie sind</translation>
    </message>
    <message>
        <source>Type your email address. Mail Doctor finds the settings of your mail provider, tests them and saves them for you.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein. Mail Doctor findet die Einstellungen Ihres E-Mail-Anbieters, testet sie und speichert sie für Sie.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>optional: the name people see, e.g. Alice Smith</source>
        <translation>optional: der Name, den andere sehen, z. B. Erika Mustermann</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problem mit der Adresse</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>This does not look like an email address yet: it needs a name, an @ and a domain such as example.com.</source>
        <translation>Das sieht noch nicht wie eine E-Mail-Adresse aus: Sie braucht einen Namen, ein @ und eine Domain wie example.com.</translation>
    </message>
    <message>
        <source>An account for %1 is already saved. Use &quot;Edit settings&quot; in the main window to change it.</source>
        <translation>Ein Konto für %1 ist bereits gespeichert. Verwenden Sie „Einstellungen bearbeiten“ im Hauptfenster, um es zu ändern.</translation>
    </message>
</context>
<context>
    <name>md::gui::IncomingPage</name>
    <message>
        <source>Incoming mail (IMAP or POP3)</source>
        <translation>Posteingangsserver (IMAP oder POP3)</translation>
    </message>
    <message>
        <source>The server your mail arrives on.</source>
        <translation>Der Server, auf dem Ihre E-Mail ankommt.</translation>
    </message>
    <message>
        <source>&amp;IMAP — your mail stays on the server, so your phone and computer see the same folders (recommended)</source>
        <translation>&amp;IMAP — Ihre E-Mail bleibt auf dem Server, sodass Telefon und Computer dieselben Ordner sehen (empfohlen)</translation>
    </message>
    <message>
        <source>IMAP: mail stays on the server</source>
        <translation>IMAP: E-Mail bleibt auf dem Server</translation>
    </message>
    <message>
        <source>&amp;POP3 — your mail is downloaded to this one device; other devices may not see it</source>
        <translation>&amp;POP3 — Ihre E-Mail wird auf dieses eine Gerät heruntergeladen; andere Geräte sehen sie vielleicht nicht</translation>
    </message>
    <message>
        <source>POP3: mail is downloaded to one device</source>
        <translation>POP3: E-Mail wird auf ein Gerät heruntergeladen</translation>
    </message>
    <message>
        <source>Where these settings come from</source>
        <translation>Woher diese Einstellungen stammen</translation>
    </message>
    <message>
        <source>What the security choice means</source>
        <translation>Was die Wahl der Sicherheit bedeutet</translation>
    </message>
    <message>
        <source>Found for %1.</source>
        <translation>Gefunden für %1.</translation>
    </message>
    <message>
        <source>Type the server name your provider gives for incoming mail (often imap. followed by your domain).</source>
        <translation>Geben Sie den Servernamen ein, den Ihr Anbieter für eingehende E-Mail nennt (oft imap. gefolgt von Ihrer Domain).</translation>
    </message>
</context>
<context>
    <name>md::gui::MainWindow</name>
    <message>
        <source>Mail Doctor</source>
        <translation>Mail Doctor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>Konto &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>Einstellungen b&amp;earbeiten …</translation>
    </message>
    <message>
        <source>Change the selected account&apos;s settings with the setup assistant</source>
        <translation>Die Einstellungen des ausgewählten Kontos mit dem Einrichtungsassistenten ändern</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>Bericht &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>Check &amp;sending</source>
        <translation>&amp;Senden prüfen</translation>
    </message>
    <message>
        <source>Check &amp;receiving</source>
        <translation>&amp;Empfangen prüfen</translation>
    </message>
    <message>
        <source>Check &amp;both</source>
        <translation>Be&amp;ides prüfen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in transcript…</source>
        <translation>Im Sitzungsprotokoll &amp;suchen …</translation>
    </message>
    <message>
        <source>Copy whole &amp;transcript</source>
        <translation>Ganzes Sitzungs&amp;protokoll kopieren</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="vanished">&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>The language changes when you start Mail Doctor again.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Mail Doctor.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Mail Doctor</source>
        <translation>Ü&amp;ber Mail Doctor</translation>
    </message>
    <message>
        <source>About Mail Doctor</source>
        <translation>Über Mail Doctor</translation>
    </message>
    <message>
        <source>Mail Doctor %1 checks your mail server settings and explains in plain words what is wrong and how to fix it.</source>
        <translation>Mail Doctor %1 prüft die Einstellungen Ihres Mailservers und erklärt in einfachen Worten, was falsch ist und wie man es behebt.</translation>
    </message>
    <message>
        <source>Choose a saved account on the left first, or use &quot;Add account…&quot;.</source>
        <translation>Wählen Sie zuerst links ein gespeichertes Konto, oder verwenden Sie „Konto hinzufügen …“.</translation>
    </message>
    <message>
        <source>Signing in again needs a saved account: save these settings as an account first, or add one with &quot;Add account…&quot;.</source>
        <translation>Zum erneuten Anmelden wird ein gespeichertes Konto benötigt: Speichern Sie diese Einstellungen zuerst als Konto, oder legen Sie eines mit „Konto hinzufügen …“ an.</translation>
    </message>
</context>
<context>
    <name>md::gui::OutgoingPage</name>
    <message>
        <source>SSL/TLS (port %1): the connection is encrypted from its very first byte. This is the safest choice and the one to use when your provider offers it.</source>
        <translation>SSL/TLS (Port %1): Die Verbindung ist ab dem allerersten Byte verschlüsselt. Das ist die sicherste Wahl und die richtige, wenn Ihr Anbieter sie anbietet.</translation>
    </message>
    <message>
        <source>STARTTLS (port %1): the connection starts unencrypted and switches to encryption before your password is sent. Safe, but SSL/TLS is better when it is offered.</source>
        <translation>STARTTLS (Port %1): Die Verbindung beginnt unverschlüsselt und wechselt zur Verschlüsselung, bevor Ihr Passwort gesendet wird. Sicher, aber SSL/TLS ist besser, wenn es angeboten wird.</translation>
    </message>
    <message>
        <source>None: nothing is encrypted, so anyone on the network can read your password and your mail. Only for a server on your own computer or network; tick the box above to confirm.</source>
        <translation>Keine: Nichts ist verschlüsselt, daher kann jeder im Netzwerk Ihr Passwort und Ihre E-Mail lesen. Nur für einen Server auf Ihrem eigenen Computer oder in Ihrem eigenen Netz; setzen Sie zur Bestätigung oben das Häkchen.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Postausgangsserver (SMTP)</translation>
    </message>
    <message>
        <source>The server that sends your mail. The settings found are filled in; change them only if your provider says otherwise.</source>
        <translation>Der Server, der Ihre E-Mail versendet. Die gefundenen Einstellungen sind eingetragen; ändern Sie sie nur, wenn Ihr Anbieter etwas anderes sagt.</translation>
    </message>
    <message>
        <source>Where these settings come from</source>
        <translation>Woher diese Einstellungen stammen</translation>
    </message>
    <message>
        <source>What the security choice means</source>
        <translation>Was die Wahl der Sicherheit bedeutet</translation>
    </message>
    <message>
        <source>Found for %1. Port and security belong together: changing one changes the other.</source>
        <translation>Gefunden für %1. Port und Sicherheit gehören zusammen: Wer eines ändert, ändert das andere.</translation>
    </message>
    <message>
        <source>Type the server name your provider gives for outgoing mail (often smtp. followed by your domain).</source>
        <translation>Geben Sie den Servernamen ein, den Ihr Anbieter für ausgehende E-Mail nennt (oft smtp. gefolgt von Ihrer Domain).</translation>
    </message>
</context>
<context>
    <name>md::gui::ServerSettingsWidget</name>
    <message>
        <source>Automatic (best offered)</source>
        <translation>Automatisch (das beste angebotene)</translation>
    </message>
    <message>
        <source>USER/PASS (POP3&apos;s plain login)</source>
        <translation>USER/PASS (die einfache Anmeldung von POP3)</translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (implicit TLS)</source>
        <translation>SSL/TLS: von Anfang an verschlüsselt (implizites TLS)</translation>
    </message>
    <message>
        <source>STARTTLS: connect, then switch to encryption</source>
        <translation>STARTTLS: verbinden, dann zur Verschlüsselung wechseln</translation>
    </message>
    <message>
        <source>None: unencrypted (unsafe)</source>
        <translation>Keine: unverschlüsselt (unsicher)</translation>
    </message>
    <message>
        <source>Implicit TLS (SSL/TLS)</source>
        <translation>Implizites TLS (SSL/TLS)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>IMAP: folders stay on the server</source>
        <translation>IMAP: Ordner bleiben auf dem Server</translation>
    </message>
    <message>
        <source>POP3: messages are downloaded</source>
        <translation>POP3: Nachrichten werden heruntergeladen</translation>
    </message>
    <message>
        <source>Incoming mail protocol</source>
        <translation>Protokoll für eingehende E-Mail</translation>
    </message>
    <message>
        <source>Protocol choices</source>
        <translation>Protokollauswahl</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Pro&amp;tokoll:</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>z. B. smtp.example.com</translation>
    </message>
    <message>
        <source>e.g. imap.example.com or pop.example.com</source>
        <translation>z. B. imap.example.com oder pop.example.com</translation>
    </message>
    <message>
        <source>Server name of the %1 mail server</source>
        <translation>Servername des %1-Mailservers</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security (encryption)</source>
        <translation>Sicherheit (Verschlüsselung)</translation>
    </message>
    <message>
        <source>Security choices</source>
        <translation>Sicherheitsauswahl</translation>
    </message>
    <message>
        <source>Implicit TLS encrypts from the first byte (usually port 465 for SMTP, 993 for IMAP, 995 for POP3). STARTTLS starts unencrypted and switches to encryption before logging in (usually port 587, 143 or 110).</source>
        <translation>Implizites TLS verschlüsselt ab dem ersten Byte (meist Port 465 für SMTP, 993 für IMAP, 995 für POP3). STARTTLS beginnt unverschlüsselt und wechselt vor der Anmeldung zur Verschlüsselung (meist Port 587, 143 oder 110).</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; without encryption, anyone on the network between you and the server can read your password and your mail, and change what you send. Use this only for a server on your own machine or local network.</source>
        <translation>&lt;b&gt;Warnung:&lt;/b&gt; Ohne Verschlüsselung kann jeder im Netzwerk zwischen Ihnen und dem Server Ihr Passwort und Ihre E-Mail lesen und verändern, was Sie senden. Verwenden Sie das nur für einen Server auf Ihrem eigenen Rechner oder im lokalen Netz.</translation>
    </message>
    <message>
        <source>Risk of no encryption</source>
        <translation>Risiko ohne Verschlüsselung</translation>
    </message>
    <message>
        <source>Send my password without encryption anyway</source>
        <translation>Mein Passwort trotzdem unverschlüsselt senden</translation>
    </message>
    <message>
        <source>Send the password without encryption</source>
        <translation>Das Passwort unverschlüsselt senden</translation>
    </message>
    <message>
        <source>usually your e-mail address; empty: do not log in</source>
        <translation>meist Ihre E-Mail-Adresse; leer: nicht anmelden</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Anmeldeverfahren</translation>
    </message>
    <message>
        <source>Login method choices</source>
        <translation>Auswahl des Anmeldeverfahrens</translation>
    </message>
    <message>
        <source>Login &amp;method:</source>
        <translation>An&amp;meldeverfahren:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Das Passwort zeigen</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Das Passwort zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>optional: a PEM file with your organisation&apos;s CA certificate</source>
        <translation>optional: eine PEM-Datei mit dem CA-Zertifikat Ihrer Organisation</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Zusätzliche CA-Zertifikatdatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Eine CA-Zertifikatdatei wählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Extra CA fi&amp;le:</source>
        <translation>&amp;Zusätzliche CA-Datei:</translation>
    </message>
    <message>
        <source>Forget this key</source>
        <translation>Diesen Schlüssel vergessen</translation>
    </message>
    <message>
        <source>Forget the trusted server key</source>
        <translation>Den vertrauenswürdigen Serverschlüssel vergessen</translation>
    </message>
    <message>
        <source>Optional: test that a message would be accepted</source>
        <translation>Optional: testen, ob eine Nachricht angenommen würde</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>Ihre Adresse</translation>
    </message>
    <message>
        <source>Test sender address</source>
        <translation>Test-Absenderadresse</translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation>Absende&amp;r:</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas</source>
        <translation>Adressen, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Test recipient addresses</source>
        <translation>Test-Empfängeradressen</translation>
    </message>
    <message>
        <source>Recipie&amp;nts:</source>
        <translation>Empfä&amp;nger:</translation>
    </message>
    <message>
        <source>Really send a test message</source>
        <translation>Wirklich eine Testnachricht senden</translation>
    </message>
    <message>
        <source>Settings changed by the fix</source>
        <translation>Von der Lösung geänderte Einstellungen</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
    <message>
        <source>Enter the server name (for example %1).</source>
        <translation>Geben Sie den Servernamen ein (zum Beispiel %1).</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; cannot be right: it is a name like mail.example.com, without spaces, slashes or @.</source>
        <translation>Der Servername „%1“ kann nicht stimmen: Er ist ein Name wie mail.example.com, ohne Leerzeichen, Schrägstriche oder @.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>A login method needs a user name.</source>
        <translation>Ein Anmeldeverfahren braucht einen Benutzernamen.</translation>
    </message>
    <message>
        <source>The message test needs a sender address too.</source>
        <translation>Der Nachrichtentest braucht auch eine Absenderadresse.</translation>
    </message>
    <message>
        <source>Sending a test message needs at least one recipient.</source>
        <translation>Das Senden einer Testnachricht braucht mindestens einen Empfänger.</translation>
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation>Server: %1 → %2</translation>
    </message>
    <message>
        <source>Port: %1 → %2</source>
        <translation>Port: %1 → %2</translation>
    </message>
    <message>
        <source>Security: %1 → %2</source>
        <translation>Sicherheit: %1 → %2</translation>
    </message>
    <message>
        <source>Login method: %1 → %2</source>
        <translation>Anmeldeverfahren: %1 → %2</translation>
    </message>
    <message>
        <source>The fix changed nothing: these settings were already in place.</source>
        <translation>Die Lösung hat nichts geändert: Diese Einstellungen waren schon so.</translation>
    </message>
    <message>
        <source>Changed by the fix: %1</source>
        <translation>Von der Lösung geändert: %1</translation>
    </message>
    <message>
        <source>Trusted server key (SPKI SHA-256): %1</source>
        <translation>Vertrauenswürdiger Serverschlüssel (SPKI SHA-256): %1</translation>
    </message>
    <message>
        <source>OAuth2 sign-in (%1)</source>
        <translation>OAuth2-Anmeldung (%1)</translation>
    </message>
    <message>
        <source>OAuth2 sign-in</source>
        <translation>OAuth2-Anmeldung</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Erneut anmelden …</translation>
    </message>
    <message>
        <source>Sign in again in the browser</source>
        <translation>Im Browser erneut anmelden</translation>
    </message>
    <message>
        <source>Open the provider&apos;s sign-in page in your browser and store a new sign-in</source>
        <translation>Die Anmeldeseite des Anbieters im Browser öffnen und eine neue Anmeldung speichern</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <source>Signs in with OAuth2 instead of a password: the access token comes from the sign-in stored in your keychain for %1.</source>
        <translation>Meldet sich mit OAuth2 statt mit einem Passwort an: Das Zugriffstoken stammt aus der Anmeldung, die für %1 in Ihrem Schlüsselbund gespeichert ist.</translation>
    </message>
    <message>
        <source>Signs in with %1 (OAuth2) as %2, without a password: the access token comes from your keychain and is renewed when it runs out.</source>
        <translation>Meldet sich bei %1 (OAuth2) als %2 an, ohne Passwort: Das Zugriffstoken stammt aus Ihrem Schlüsselbund und wird erneuert, wenn es abläuft.</translation>
    </message>
</context>
<context>
    <name>md::gui::SetupWizard</name>
    <message>
        <source>Edit account settings</source>
        <translation>Kontoeinstellungen bearbeiten</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ein Konto hinzufügen</translation>
    </message>
    <message>
        <source>Close without saving anything</source>
        <translation>Schließen, ohne etwas zu speichern</translation>
    </message>
</context>
<context>
    <name>md::gui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Mail Doctor needs your password to test the account and to check it later.</source>
        <translation>Mail Doctor braucht Ihr Passwort, um das Konto zu testen und später zu prüfen.</translation>
    </message>
    <message>
        <source>How you sign in</source>
        <translation>Wie Sie sich anmelden</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Das Passwort zeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Where the password goes</source>
        <translation>Wohin das Passwort kommt</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keychain, never in a file. Some providers want an &quot;app password&quot; here instead of your usual one: their help pages say how to make one.</source>
        <translation>Das Passwort wird im Schlüsselbund Ihres Systems aufbewahrt, nie in einer Datei. Manche Anbieter wollen hier ein „App-Passwort“ statt Ihres üblichen: Ihre Hilfeseiten sagen, wie man eines erstellt.</translation>
    </message>
    <message>
        <source>Sign in with your provider in your browser</source>
        <translation>Im Browser bei Ihrem Anbieter anmelden</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Cancel the sign-in in the browser</source>
        <translation>Die Anmeldung im Browser abbrechen</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <source>Mail Doctor has no OAuth2 client id for %1 yet, so it cannot sign you in there. Put the client id of an application registered with %1 in Mail Doctor&apos;s settings under oauth/clients/%2/client_id, or use a password below if %1 allows it.</source>
        <translation>Mail Doctor hat noch keine OAuth2-Client-ID für %1, daher kann es Sie dort nicht anmelden. Tragen Sie die Client-ID einer bei %1 registrierten Anwendung in den Einstellungen von Mail Doctor unter oauth/clients/%2/client_id ein, oder verwenden Sie unten ein Passwort, wenn %1 das erlaubt.</translation>
    </message>
    <message>
        <source>Mail Doctor has no OAuth2 client id for %1 yet, so it cannot sign you in there. Register an application at %2 (type &quot;%3&quot;), then put its client id in Mail Doctor&apos;s settings under oauth/clients/%4/client_id. Until then, use an app password below if %1 offers one.</source>
        <translation>Mail Doctor hat noch keine OAuth2-Client-ID für %1, daher kann es Sie dort nicht anmelden. Registrieren Sie eine Anwendung unter %2 (Typ „%3“) und tragen Sie dann ihre Client-ID in den Einstellungen von Mail Doctor unter oauth/clients/%4/client_id ein. Bis dahin verwenden Sie unten ein App-Passwort, falls %1 eines anbietet.</translation>
    </message>
    <message>
        <source>Your browser shows %1&apos;s sign-in page. Sign in there and allow Mail Doctor to read and send your mail; this page goes on by itself when you are done.</source>
        <translation>Ihr Browser zeigt die Anmeldeseite von %1. Melden Sie sich dort an und erlauben Sie Mail Doctor, Ihre E-Mail zu lesen und zu senden; diese Seite geht von selbst weiter, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser and sign in there: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse in Ihrem Browser und melden Sie sich dort an: %1</translation>
    </message>
    <message>
        <source>Signed in; getting access from %1…</source>
        <translation>Angemeldet; Zugriff von %1 wird geholt …</translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation>Ihr Browser wird geöffnet …</translation>
    </message>
    <message>
        <source>Signed in with %1. Click Next to test the account.</source>
        <translation>Bei %1 angemeldet. Klicken Sie auf „Weiter“, um das Konto zu testen.</translation>
    </message>
    <message>
        <source>%1 did not give Mail Doctor access (%2). Click &quot;Sign in with %1&quot; again and choose Allow on %1&apos;s page.</source>
        <translation>%1 hat Mail Doctor keinen Zugriff gegeben (%2). Klicken Sie erneut auf „Mit %1 anmelden“ und wählen Sie auf der Seite von %1 „Zulassen“.</translation>
    </message>
    <message>
        <source>Sign-in cancelled. Click &quot;Sign in with %1&quot; to start again.</source>
        <translation>Anmeldung abgebrochen. Klicken Sie auf „Mit %1 anmelden“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Nothing came back from the browser in time. Click &quot;Sign in with %1&quot; to try again and finish signing in there.</source>
        <translation>Vom Browser kam nicht rechtzeitig etwas zurück. Klicken Sie auf „Mit %1 anmelden“, um es erneut zu versuchen, und schließen Sie die Anmeldung dort ab.</translation>
    </message>
    <message>
        <source>Signing in with %1 failed: %2 Try again; if it keeps failing, %1&apos;s status page or help desk can say why.</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen: %2 Versuchen Sie es erneut; wenn es weiter fehlschlägt, kann die Statusseite oder der Support von %1 sagen, warum.</translation>
    </message>
    <message>
        <source>Type the password for %1 (user name %2).</source>
        <translation>Geben Sie das Passwort für %1 ein (Benutzername %2).</translation>
    </message>
    <message>
        <source>Neither server asks for a login, so no password is needed. Click Next.</source>
        <translation>Keiner der Server verlangt eine Anmeldung, daher ist kein Passwort nötig. Klicken Sie auf „Weiter“.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser</source>
        <translation>Im Browser mit %1 anmelden</translation>
    </message>
    <message>
        <source>%1 lets you sign in in your browser: click &quot;Sign in with %1&quot;. Or type a password (an app password, if %1 gives you one).</source>
        <translation>Bei %1 können Sie sich im Browser anmelden: Klicken Sie auf „Mit %1 anmelden“. Oder geben Sie ein Passwort ein (ein App-Passwort, falls %1 Ihnen eines gibt).</translation>
    </message>
    <message>
        <source>This account signs in with %1. Click Next to test it with that sign-in, or sign in again, or type a password to use one instead.</source>
        <translation>Dieses Konto meldet sich bei %1 an. Klicken Sie auf „Weiter“, um es mit dieser Anmeldung zu testen, melden Sie sich erneut an, oder geben Sie ein Passwort ein, um stattdessen eines zu verwenden.</translation>
    </message>
    <message>
        <source>Your sign-in with %1 is stored in your keychain and stays in use.</source>
        <translation>Ihre Anmeldung bei %1 ist in Ihrem Schlüsselbund gespeichert und wird weiter verwendet.</translation>
    </message>
</context>
<context>
    <name>md::gui::StepsModel</name>
    <message>
        <source>Find the server (DNS)</source>
        <translation>Den Server finden (DNS)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <translation>Die Verbindung verschlüsseln (TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Begrüßung des Servers</translation>
    </message>
    <message>
        <source>Introduce ourselves (EHLO)</source>
        <translation>Uns vorstellen (EHLO)</translation>
    </message>
    <message>
        <source>Introduce ourselves (HELO)</source>
        <translation>Uns vorstellen (HELO)</translation>
    </message>
    <message>
        <source>Switch to encryption (STARTTLS)</source>
        <translation>Zur Verschlüsselung wechseln (STARTTLS)</translation>
    </message>
    <message>
        <source>Introduce again, encrypted (EHLO)</source>
        <translation>Erneut vorstellen, verschlüsselt (EHLO)</translation>
    </message>
    <message>
        <source>Ask what the server supports</source>
        <translation>Fragen, was der Server unterstützt</translation>
    </message>
    <message>
        <source>Ask again, encrypted</source>
        <translation>Erneut fragen, verschlüsselt</translation>
    </message>
    <message>
        <source>Count the messages</source>
        <translation>Die Nachrichten zählen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sender accepted? (MAIL FROM)</source>
        <translation>Absender angenommen? (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient accepted? (RCPT TO)</source>
        <translation>Empfänger angenommen? (RCPT TO)</translation>
    </message>
    <message>
        <source>Send the test message</source>
        <translation>Die Testnachricht senden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Say goodbye</source>
        <translation>Verabschieden</translation>
    </message>
    <message>
        <source>List folders</source>
        <translation>Ordner auflisten</translation>
    </message>
    <message>
        <source>Open the inbox</source>
        <translation>Den Posteingang öffnen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>starts at %1 ms, takes %2 ms</source>
        <translation>beginnt bei %1 ms, dauert %2 ms</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>When (waterfall)</source>
        <translation>Wann (Wasserfall)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Get the sign-in (OAuth2) from the keychain</source>
        <translation>Anmeldung (OAuth2) aus dem Schlüsselbund holen</translation>
    </message>
    <message>
        <source>Renew the sign-in (OAuth2)</source>
        <translation>Anmeldung (OAuth2) erneuern</translation>
    </message>
</context>
<context>
    <name>md::gui::TestPage</name>
    <message>
        <source>Testing your account</source>
        <translation>Ihr Konto wird getestet</translation>
    </message>
    <message>
        <source>Mail Doctor logs in to both servers, exactly as your mail program will. Nothing is sent.</source>
        <translation>Mail Doctor meldet sich bei beiden Servern an, genau wie Ihr Mailprogramm. Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>Konto &amp;speichern</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>Teststatus</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Testergebnisse</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>Sc&amp;hritte</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Befunde</translation>
    </message>
    <message>
        <source>T&amp;ranscript</source>
        <translation>Sitzungs&amp;protokoll</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>Zerti&amp;fikat</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>Erneut &amp;testen</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Erneut testen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste …</translation>
    </message>
    <message>
        <source>Testing %1… %2</source>
        <translation>Teste %1 … %2</translation>
    </message>
    <message>
        <source>Both work: Mail Doctor logged in to the outgoing and the incoming server. Click &quot;Save account&quot; to keep these settings.</source>
        <translation>Beides funktioniert: Mail Doctor hat sich beim Postausgangs- und beim Posteingangsserver angemeldet. Klicken Sie auf „Konto speichern“, um diese Einstellungen zu behalten.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation>%1 funktioniert.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>The findings below say what to do; &quot;Apply fix and retry&quot; changes the setting for you.</source>
        <translation>Die Befunde unten sagen, was zu tun ist; „Lösung anwenden und erneut versuchen“ ändert die Einstellung für Sie.</translation>
    </message>
</context>
<context>
    <name>md::gui::TranscriptModel</name>
    <message numerus="yes">
        <source> … +%n more character(s)</source>
        <translation>
            <numerusform> … +%n weiteres Zeichen</numerusform>
            <numerusform> … +%n weitere Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by Mail Doctor</source>
        <translation>Von Mail Doctor gesendet</translation>
    </message>
    <message>
        <source>Server replied</source>
        <translation>Server hat geantwortet</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 (encrypted): %2</source>
        <translation>%1 (verschlüsselt): %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>md::gui::TranscriptView</name>
    <message>
        <source>C: what Mail Doctor sent · S: what the server replied · TLS: encryption events · &quot;tls&quot; before a line: it travelled encrypted · passwords are never shown. Hover a line to see what its codes mean.</source>
        <translation>C: was Mail Doctor gesendet hat · S: was der Server geantwortet hat · TLS: Verschlüsselungsereignisse · „tls“ vor einer Zeile: sie wurde verschlüsselt übertragen · Passwörter werden nie gezeigt. Fahren Sie mit der Maus über eine Zeile, um zu sehen, was ihre Codes bedeuten.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>Every line sent and received during the check</source>
        <translation>Jede während der Prüfung gesendete und empfangene Zeile</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>&amp;Alles kopieren</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Suchen:</translation>
    </message>
    <message>
        <source>Find in the transcript</source>
        <translation>Im Sitzungsprotokoll suchen</translation>
    </message>
    <message>
        <source>text to find, e.g. AUTH or 535</source>
        <translation>zu suchender Text, z. B. AUTH oder 535</translation>
    </message>
    <message>
        <source>Clear the find text</source>
        <translation>Den Suchtext löschen</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>Den nächsten Treffer suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation>Den vorigen Treffer suchen</translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation>Auswahl kopieren</translation>
    </message>
    <message>
        <source>Copy the selected transcript lines</source>
        <translation>Die ausgewählten Zeilen des Sitzungsprotokolls kopieren</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>Das ganze Sitzungsprotokoll kopieren</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
</context>
<context>
    <name>md::imap::ImapParser</name>
    <message>
        <source>empty line</source>
        <translation>leere Zeile</translation>
    </message>
    <message>
        <source>invalid tag</source>
        <translation>ungültiges Tag</translation>
    </message>
    <message>
        <source>the response ends after its tag</source>
        <translation>die Antwort endet nach ihrem Tag</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>expected a space after the message number</source>
        <translation>nach der Nachrichtennummer wurde ein Leerzeichen erwartet</translation>
    </message>
    <message>
        <source>expected a response name</source>
        <translation>Name einer Antwort erwartet</translation>
    </message>
    <message>
        <source>a tagged response must be OK, NO or BAD</source>
        <translation>eine getaggte Antwort muss OK, NO oder BAD sein</translation>
    </message>
    <message>
        <source>empty response code</source>
        <translation>leerer Antwortcode</translation>
    </message>
    <message>
        <source>unterminated response code</source>
        <translation>nicht abgeschlossener Antwortcode</translation>
    </message>
    <message>
        <source>lists nested deeper than %1 levels</source>
        <translation>Listen tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>unterminated list</source>
        <translation>nicht abgeschlossene Liste</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;</source>
        <translation>unerwartete &apos;)&apos;</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unterminated &apos;[&apos; in atom</source>
        <translation>nicht abgeschlossene &apos;[&apos; in einem Atom</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <source>malformed literal: expected digits after &apos;{&apos;</source>
        <translation>fehlerhaftes Literal: Ziffern nach &apos;{&apos; erwartet</translation>
    </message>
    <message>
        <source>malformed literal: expected &apos;}&apos;</source>
        <translation>fehlerhaftes Literal: &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>a literal&apos;s size must end the line</source>
        <translation>die Größe eines Literals muss die Zeile beenden</translation>
    </message>
    <message>
        <source>a literal is not allowed here</source>
        <translation>ein Literal ist hier nicht erlaubt</translation>
    </message>
    <message>
        <source>literal larger than %1 bytes</source>
        <translation>Literal größer als %1 Byte</translation>
    </message>
    <message>
        <source>literal data truncated</source>
        <translation>Literaldaten abgeschnitten</translation>
    </message>
    <message>
        <source>unexpected data after the end of the response</source>
        <translation>unerwartete Daten nach dem Ende der Antwort</translation>
    </message>
    <message>
        <source>no line end within %1 bytes</source>
        <translation>kein Zeilenende innerhalb von %1 Byte</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>Antwort größer als %1 Byte</translation>
    </message>
    <message>
        <source>line ends in LF without CR (RFC 9051 §2.2 requires CRLF)</source>
        <translation>Zeile endet mit LF ohne CR (RFC 9051 §2.2 verlangt CRLF)</translation>
    </message>
    <message>
        <source>NUL byte in a line</source>
        <translation>NUL-Byte in einer Zeile</translation>
    </message>
    <message>
        <source>CR not followed by LF</source>
        <translation>CR ohne folgendes LF</translation>
    </message>
    <message>
        <source>the server announced a literal of %1 bytes; the limit is %2 bytes</source>
        <translation>der Server hat ein Literal von %1 Byte angekündigt; die Grenze ist %2 Byte</translation>
    </message>
    <message>
        <source>a literal of %1 bytes makes the response larger than %2 bytes</source>
        <translation>ein Literal von %1 Byte macht die Antwort größer als %2 Byte</translation>
    </message>
    <message>
        <source>IMAP protocol error: %1 (line starting &quot;%2&quot;, byte %3)</source>
        <translation>IMAP-Protokollfehler: %1 (Zeile beginnt mit „%2“, Byte %3)</translation>
    </message>
</context>
<context>
    <name>md::oauth::AuthorizationFlow</name>
    <message>
        <source>The token endpoint %1 could not be reached: %2</source>
        <translation>Der Token-Endpunkt %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The token endpoint did not answer in time.</source>
        <translation>Der Token-Endpunkt hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Nobody came back from the browser within %1 seconds; sign-in stopped.</source>
        <translation>Innerhalb von %1 Sekunden kam niemand vom Browser zurück; die Anmeldung wurde beendet.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s redirect.</source>
        <translation>Auf 127.0.0.1 konnte nicht auf die Weiterleitung des Browsers gewartet werden.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing to do here.</source>
        <translation>Hier gibt es nichts zu tun.</translation>
    </message>
    <message>
        <source>A second redirect to the sign-in listener was refused: only one is accepted.</source>
        <translation>Eine zweite Weiterleitung an den Anmelde-Listener wurde abgelehnt: Nur eine wird angenommen.</translation>
    </message>
    <message>
        <source>The redirect&apos;s state does not match this sign-in (a forged or stale redirect); nothing was accepted. Sign in again.</source>
        <translation>Der state der Weiterleitung passt nicht zu dieser Anmeldung (eine gefälschte oder veraltete Weiterleitung); nichts wurde angenommen. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign-in refused (access_denied): %1</source>
        <translation>Anmeldung verweigert (access_denied): %1</translation>
    </message>
    <message>
        <source>The authorization server refused: %1</source>
        <translation>Der Autorisierungsserver hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>The redirect carried neither an authorization code nor an error.</source>
        <translation>Die Weiterleitung enthielt weder einen Autorisierungscode noch einen Fehler.</translation>
    </message>
    <message>
        <source>Mail Doctor is finishing the sign-in. You can close this window.</source>
        <translation>Mail Doctor schließt die Anmeldung ab. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <source>The token endpoint refused the authorization code: %1</source>
        <translation>Der Token-Endpunkt hat den Autorisierungscode abgelehnt: %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
</context>
<context>
    <name>md::oauth::ProviderRegistry</name>
    <message>
        <source>The client id file is not a JSON object: %1</source>
        <translation>Die Client-ID-Datei ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>No OAuth2 client id is set for %1. Pass --client-id ID, or set oauth/clients/%2/client_id in the settings.</source>
        <translation>Für %1 ist keine OAuth2-Client-ID festgelegt. Geben Sie --client-id ID an, oder setzen Sie oauth/clients/%2/client_id in den Einstellungen.</translation>
    </message>
    <message>
        <source>No OAuth2 client id is set for %1: Mail Doctor ships none. Register an application at %2 (type &quot;%3&quot;, redirect URI http://%4 on any port), then pass --client-id ID (and, if the provider gives you a client secret, --client-secret-env VAR), or set oauth/clients/%5/client_id in the settings.</source>
        <translation>Für %1 ist keine OAuth2-Client-ID festgelegt: Mail Doctor liefert keine mit. Registrieren Sie eine Anwendung unter %2 (Typ „%3“, Weiterleitungs-URI http://%4 auf beliebigem Port), dann geben Sie --client-id ID an (und, falls der Anbieter Ihnen ein Client-Secret gibt, --client-secret-env VAR), oder setzen Sie oauth/clients/%5/client_id in den Einstellungen.</translation>
    </message>
</context>
<context>
    <name>md::oauth::TokenClient</name>
    <message>
        <source>the token endpoint answered HTTP %1 without a token</source>
        <translation>der Token-Endpunkt hat HTTP %1 ohne Token geantwortet</translation>
    </message>
    <message>
        <source>the token endpoint sent no bearer access token</source>
        <translation>der Token-Endpunkt hat kein Bearer-Zugriffstoken gesendet</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer is larger than %1 bytes.</source>
        <translation>Die Antwort des Token-Endpunkts ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>The token endpoint %1 could not be reached: %2</source>
        <translation>Der Token-Endpunkt %1 war nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>md::oauth::TokenStore</name>
    <message>
        <source>No OAuth2 sign-in is stored for %1: run &quot;maildoctor-cli oauth login --user %1&quot; first.</source>
        <translation type="vanished">Für %1 ist keine OAuth2-Anmeldung gespeichert: Führen Sie zuerst „maildoctor-cli oauth login --user %1“ aus.</translation>
    </message>
    <message>
        <source>Sign-ins for %1 are stored with several providers (%2) and it is not clear which one to use: sign out (maildoctor-cli oauth logout --user %1) and sign in with the one you need.</source>
        <translation type="vanished">Anmeldungen für %1 sind bei mehreren Anbietern gespeichert (%2), und es ist unklar, welche verwendet werden soll: Melden Sie sich ab (maildoctor-cli oauth logout --user %1) und melden Sie sich bei dem an, den Sie brauchen.</translation>
    </message>
    <message>
        <source>The access token for %1 has expired and no refresh token is stored: sign in again.</source>
        <translation>Das Zugriffstoken für %1 ist abgelaufen, und es ist kein Refresh-Token gespeichert: Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Refreshing the access token failed: %1. Sign in again.</source>
        <translation>Das Erneuern des Zugriffstokens ist fehlgeschlagen: %1. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The OAuth2 access token could not be refreshed</source>
        <translation>Das OAuth2-Zugriffstoken konnte nicht erneuert werden</translation>
    </message>
    <message>
        <source>The stored sign-in for %1 cannot be renewed. Sign in again: maildoctor-cli oauth login --user %1</source>
        <translation type="vanished">Die gespeicherte Anmeldung für %1 kann nicht erneuert werden. Melden Sie sich erneut an: maildoctor-cli oauth login --user %1</translation>
    </message>
    <message>
        <source>The provider refused to renew the sign-in for %1 (%2). The refresh token was revoked, expired or already used. Sign in again: maildoctor-cli oauth login --user %1</source>
        <translation type="vanished">Der Anbieter hat die Erneuerung der Anmeldung für %1 verweigert (%2). Das Refresh-Token wurde widerrufen, ist abgelaufen oder wurde schon verwendet. Melden Sie sich erneut an: maildoctor-cli oauth login --user %1</translation>
    </message>
    <message>
        <source>No OAuth2 sign-in is stored for %1: sign in first.</source>
        <translation>Für %1 ist keine OAuth2-Anmeldung gespeichert: Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Sign-ins for %1 are stored with several providers (%2) and it is not clear which one to use: sign out, then sign in again with the one you need.</source>
        <translation>Anmeldungen für %1 sind bei mehreren Anbietern gespeichert (%2), und es ist unklar, welche verwendet werden soll: Melden Sie sich ab und dann erneut bei dem an, den Sie brauchen.</translation>
    </message>
    <message>
        <source>The stored sign-in for %1 cannot be renewed. Sign in again.</source>
        <translation>Die gespeicherte Anmeldung für %1 kann nicht erneuert werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The provider refused to renew the sign-in for %1 (%2). The refresh token was revoked, expired or already used. Sign in again.</source>
        <translation>Der Anbieter hat die Erneuerung der Anmeldung für %1 verweigert (%2). Das Refresh-Token wurde widerrufen, ist abgelaufen oder wurde schon verwendet. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>md::pop3::ResponseParser</name>
    <message>
        <source>Response line %1 is %2 bytes long; the limit is %3.</source>
        <translation>Antwortzeile %1 ist %2 Byte lang; die Grenze ist %3.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes without a line end; the limit is %2.</source>
        <translation>Der Server hat %1 Byte ohne Zeilenende gesendet; die Grenze ist %2.</translation>
    </message>
    <message>
        <source>The response has more than %1 lines.</source>
        <translation>Die Antwort hat mehr als %1 Zeilen.</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation>Die Antwort ist größer als %1 Byte.</translation>
    </message>
    <message>
        <source>Malformed response line %1: &quot;%2&quot; (expected +OK or -ERR).</source>
        <translation>Fehlerhafte Antwortzeile %1: „%2“ (+OK oder -ERR erwartet).</translation>
    </message>
</context>
<context>
    <name>md::sasl::CramMd5</name>
    <message>
        <source>The server sent a second CRAM-MD5 challenge.</source>
        <translation>Der Server hat eine zweite CRAM-MD5-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>Der Server hat eine leere CRAM-MD5-Challenge gesendet.</translation>
    </message>
    <message>
        <source>CRAM-MD5 has no initial response.</source>
        <translation>CRAM-MD5 hat keine initiale Antwort.</translation>
    </message>
</context>
<context>
    <name>md::sasl::Login</name>
    <message>
        <source>[user &quot;%1&quot;]</source>
        <translation>[Benutzer „%1“]</translation>
    </message>
    <message>
        <source>[password %1]</source>
        <translation>[Passwort %1]</translation>
    </message>
    <message>
        <source>The server asked for more than a user name and a password.</source>
        <translation>Der Server hat nach mehr als einem Benutzernamen und einem Passwort gefragt.</translation>
    </message>
    <message>
        <source>LOGIN has no initial response.</source>
        <translation>LOGIN hat keine initiale Antwort.</translation>
    </message>
</context>
<context>
    <name>md::sasl::OAuthMechanism</name>
    <message>
        <source>status &quot;%1&quot;</source>
        <translation>Status „%1“</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation>Scope „%1“</translation>
    </message>
    <message>
        <source>schemes &quot;%1&quot;</source>
        <translation>Schemata „%1“</translation>
    </message>
    <message>
        <source>OpenID configuration %1</source>
        <translation>OpenID-Konfiguration %1</translation>
    </message>
    <message>
        <source>%1 was asked for its first message twice.</source>
        <translation>%1 wurde zweimal nach seiner ersten Nachricht gefragt.</translation>
    </message>
    <message>
        <source>No OAuth access token is available for %1.</source>
        <translation>Für %1 ist kein OAuth-Zugriffstoken verfügbar.</translation>
    </message>
    <message>
        <source>The OAuth access token contains characters a bearer token cannot have.</source>
        <translation>Das OAuth-Zugriffstoken enthält Zeichen, die ein Bearer-Token nicht haben kann.</translation>
    </message>
    <message>
        <source>The user name or host name contains control characters.</source>
        <translation>Der Benutzername oder der Hostname enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The server sent a %1 challenge before the client&apos;s message.</source>
        <translation>Der Server hat eine %1-Challenge vor der Nachricht des Clients gesendet.</translation>
    </message>
    <message>
        <source>The server sent another challenge after its error report.</source>
        <translation>Der Server hat nach seinem Fehlerbericht eine weitere Challenge gesendet.</translation>
    </message>
    <message>
        <source>The %1 exchange has already failed.</source>
        <translation>Der Austausch (%1) ist bereits fehlgeschlagen.</translation>
    </message>
    <message>
        <source>[acknowledging the server&apos;s error]</source>
        <translation>[bestätigt den Fehler des Servers]</translation>
    </message>
</context>
<context>
    <name>md::sasl::Plain</name>
    <message>
        <source>[user &quot;%1&quot;, password %2]</source>
        <translation>[Benutzer „%1“, Passwort %2]</translation>
    </message>
    <message>
        <source>The server sent an unexpected PLAIN challenge.</source>
        <translation>Der Server hat eine unerwartete PLAIN-Challenge gesendet.</translation>
    </message>
</context>
<context>
    <name>md::sasl::Policy</name>
    <message>
        <source>%1 would send the password (or token) readable on an unencrypted connection. Use TLS, or allow plaintext authentication explicitly.</source>
        <translation>%1 würde das Passwort (oder Token) auf einer unverschlüsselten Verbindung lesbar senden. Verwenden Sie TLS, oder erlauben Sie die Klartext-Anmeldung ausdrücklich.</translation>
    </message>
    <message>
        <source>Neither a password nor an access token is available.</source>
        <translation>Weder ein Passwort noch ein Zugriffstoken ist verfügbar.</translation>
    </message>
    <message>
        <source>The server accepts only %1, which need a password; only an OAuth access token is available.</source>
        <translation>Der Server akzeptiert nur %1, die ein Passwort brauchen; verfügbar ist nur ein OAuth-Zugriffstoken.</translation>
    </message>
    <message>
        <source>The server accepts only %1, which need an OAuth access token; only a password is available.</source>
        <translation>Der Server akzeptiert nur %1, die ein OAuth-Zugriffstoken brauchen; verfügbar ist nur ein Passwort.</translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism.</source>
        <translation>Der Server bietet kein Anmeldeverfahren an.</translation>
    </message>
    <message>
        <source>The server offers only %1; Mail Doctor supports none of them.</source>
        <translation>Der Server bietet nur %1 an; Mail Doctor unterstützt keines davon.</translation>
    </message>
    <message>
        <source>Mail Doctor does not support the mechanism %1.</source>
        <translation>Mail Doctor unterstützt das Verfahren %1 nicht.</translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers %2.</source>
        <translation>Der Server bietet %1 nicht an; er bietet %2 an.</translation>
    </message>
    <message>
        <source>%1 needs an OAuth access token, and none is available.</source>
        <translation>%1 braucht ein OAuth-Zugriffstoken, und keines ist verfügbar.</translation>
    </message>
    <message>
        <source>%1 needs a password, and none is available.</source>
        <translation>%1 braucht ein Passwort, und keines ist verfügbar.</translation>
    </message>
    <message>
        <source>%1, as requested.</source>
        <translation>%1, wie gewünscht.</translation>
    </message>
    <message>
        <source>%1: the strongest mechanism the server offers (%2) for the credentials given.</source>
        <translation>%1: das stärkste Verfahren, das der Server anbietet (%2), für die angegebenen Zugangsdaten.</translation>
    </message>
</context>
<context>
    <name>md::sasl::Scram</name>
    <message>
        <source>SCRAM was asked for its first message twice.</source>
        <translation>SCRAM wurde zweimal nach seiner ersten Nachricht gefragt.</translation>
    </message>
    <message>
        <source>The SCRAM client nonce is not printable ASCII.</source>
        <translation>Die SCRAM-Client-Nonce ist kein druckbares ASCII.</translation>
    </message>
    <message>
        <source>The user name contains characters SCRAM cannot send (SASLprep, RFC 4013).</source>
        <translation>Der Benutzername enthält Zeichen, die SCRAM nicht senden kann (SASLprep, RFC 4013).</translation>
    </message>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation>Der Server hat eine SCRAM-Challenge vor der ersten Nachricht des Clients gesendet.</translation>
    </message>
    <message>
        <source>The server sent another SCRAM challenge after its final message.</source>
        <translation>Der Server hat nach seiner letzten Nachricht eine weitere SCRAM-Challenge gesendet.</translation>
    </message>
    <message>
        <source>The server refused the authentication: %1</source>
        <translation>Der Server hat die Authentifizierung abgelehnt: %1</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension (m=) that Mail Doctor does not support.</source>
        <translation>Der Server verlangt eine SCRAM-Erweiterung (m=), die Mail Doctor nicht unterstützt.</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message repeats an attribute.</source>
        <translation>Die erste SCRAM-Nachricht des Servers wiederholt ein Attribut.</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message lacks the nonce, the salt or the iteration count.</source>
        <translation>Der ersten SCRAM-Nachricht des Servers fehlen die Nonce, das Salt oder die Iterationszahl.</translation>
    </message>
    <message>
        <source>The server&apos;s nonce does not extend the client&apos;s nonce: the reply does not belong to this exchange (a replay or a broken server).</source>
        <translation>Die Nonce des Servers setzt die Nonce des Clients nicht fort: Die Antwort gehört nicht zu diesem Austausch (eine Wiederholung oder ein defekter Server).</translation>
    </message>
    <message>
        <source>The server&apos;s nonce contains characters SCRAM does not allow.</source>
        <translation>Die Nonce des Servers enthält Zeichen, die SCRAM nicht erlaubt.</translation>
    </message>
    <message>
        <source>The server sent an invalid SCRAM salt (not base64, or empty).</source>
        <translation>Der Server hat ein ungültiges SCRAM-Salt gesendet (kein Base64 oder leer).</translation>
    </message>
    <message>
        <source>The server sent an invalid SCRAM iteration count.</source>
        <translation>Der Server hat eine ungültige SCRAM-Iterationszahl gesendet.</translation>
    </message>
    <message>
        <source>The server asked for only %1 SCRAM iterations; at least %2 are required (RFC 7677 §4), so the stored password is too cheap to attack.</source>
        <translation>Der Server hat nur %1 SCRAM-Iterationen verlangt; mindestens %2 sind nötig (RFC 7677 §4), sonst ist das gespeicherte Passwort zu leicht anzugreifen.</translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; Mail Doctor computes at most %2.</source>
        <translation>Der Server hat %1 SCRAM-Iterationen verlangt; Mail Doctor berechnet höchstens %2.</translation>
    </message>
    <message>
        <source>The password contains characters SCRAM cannot use (SASLprep, RFC 4013).</source>
        <translation>Das Passwort enthält Zeichen, die SCRAM nicht verwenden kann (SASLprep, RFC 4013).</translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message has neither a signature (v=) nor an error (e=).</source>
        <translation>Die letzte SCRAM-Nachricht des Servers hat weder eine Signatur (v=) noch einen Fehler (e=).</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM signature (v=) is wrong: the server does not know your password, or something between you and the server is answering for it.</source>
        <translation>Die SCRAM-Signatur (v=) des Servers ist falsch: Der Server kennt Ihr Passwort nicht, oder etwas zwischen Ihnen und dem Server antwortet an seiner Stelle.</translation>
    </message>
    <message>
        <source>[empty response]</source>
        <translation>[leere Antwort]</translation>
    </message>
    <message>
        <source>The server accepted the login, but the server never proved it knows the password (no valid SCRAM signature v= was received).</source>
        <translation>Der Server hat die Anmeldung akzeptiert, aber nie bewiesen, dass er das Passwort kennt (es kam keine gültige SCRAM-Signatur v=).</translation>
    </message>
</context>
<context>
    <name>md::smtp::ReplyParser</name>
    <message>
        <source>Reply line %1 is %2 bytes long; the limit is %3.</source>
        <translation>Antwortzeile %1 ist %2 Byte lang; die Grenze ist %3.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes without a line end; the limit is %2.</source>
        <translation>Der Server hat %1 Byte ohne Zeilenende gesendet; die Grenze ist %2.</translation>
    </message>
    <message>
        <source>Malformed reply line %1: &quot;%2&quot; (expected a three-digit code).</source>
        <translation>Fehlerhafte Antwortzeile %1: „%2“ (dreistelliger Code erwartet).</translation>
    </message>
    <message>
        <source>Reply line %1 changes the code from %2 to %3 inside one reply.</source>
        <translation>Antwortzeile %1 ändert innerhalb einer Antwort den Code von %2 zu %3.</translation>
    </message>
    <message>
        <source>The reply has more than %1 lines.</source>
        <translation>Die Antwort hat mehr als %1 Zeilen.</translation>
    </message>
    <message>
        <source>The reply is larger than %1 bytes.</source>
        <translation>Die Antwort ist größer als %1 Byte.</translation>
    </message>
</context>
</TS>
