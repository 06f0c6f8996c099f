<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Password: </source>
        <translation>Mot de passe : </translation>
    </message>
    <message>
        <source>Try &quot;maildoctor-cli --help&quot;.</source>
        <translation>Essayez « maildoctor-cli --help ».</translation>
    </message>
    <message>
        <source>No explanation for &quot;%1&quot;: not a reply code, enhanced status code, IMAP response code, capability or mechanism Mail Doctor knows.</source>
        <translation>Aucune explication pour « %1 » : ce n&apos;est ni un code de réponse, ni un code d&apos;état étendu, ni un code de réponse IMAP, ni une capacité ou un mécanisme que Mail Doctor connaît.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2</source>
        <translation>Impossible d&apos;écrire le rapport dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>md::Account</name>
    <message>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>« %1 » doit être un texte.</translation>
    </message>
    <message>
        <source>unknown protocol &quot;%1&quot;.</source>
        <translation>protocole inconnu « %1 ».</translation>
    </message>
    <message>
        <source>a server has no host name.</source>
        <translation>un serveur n&apos;a pas de nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>the port of %1 is not a number from 1 to 65535.</source>
        <translation>le port de %1 n&apos;est pas un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>the security of %1 is not tls, starttls or none.</source>
        <translation>la sécurité de %1 n&apos;est pas tls, starttls ou none.</translation>
    </message>
    <message>
        <source>the pinned key of %1 is not a base64 SHA-256 hash.</source>
        <translation>la clé épinglée de %1 n&apos;est pas une empreinte SHA-256 en base64.</translation>
    </message>
    <message>
        <source>an account has no name.</source>
        <translation>un compte n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; has no &quot;%2&quot; server.</source>
        <translation>le compte « %1 » n&apos;a pas de serveur « %2 ».</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: %2</source>
        <translation>compte « %1 » : %2</translation>
    </message>
    <message>
        <source>account &quot;%1&quot;: the outgoing server must be SMTP and the incoming one IMAP or POP3.</source>
        <translation>compte « %1 » : le serveur sortant doit être SMTP et le serveur entrant IMAP ou POP3.</translation>
    </message>
</context>
<context>
    <name>md::AccountExport</name>
    <message>
        <source>The account &quot;%1&quot; holds a line break or control character that an msmtp file cannot carry.</source>
        <translation>Le compte « %1 » contient un saut de ligne ou un caractère de contrôle qu&apos;un fichier msmtp ne peut pas contenir.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; sends with OAuth2; an msmtp file can only read a password from the keychain.</source>
        <translation>Le compte « %1 » envoie avec OAuth2 ; un fichier msmtp ne peut lire qu&apos;un mot de passe depuis le trousseau.</translation>
    </message>
</context>
<context>
    <name>md::Check</name>
    <message>
        <source>No server port was given.</source>
        <translation>Aucun port de serveur n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; could not be read or holds no PEM certificate.</source>
        <translation>Le fichier d&apos;autorité de certification « %1 » est illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS server address (ADDR or ADDR:PORT).</source>
        <translation>« %1 » n&apos;est pas une adresse de serveur DNS (ADDR ou ADDR:PORT).</translation>
    </message>
    <message>
        <source>%1 resolves to %2</source>
        <translation>%1 se résout en %2</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 …</source>
        <translation>Connexion à %1 port %2 …</translation>
    </message>
    <message>
        <source>%1 port %2: %3</source>
        <translation>%1 port %2 : %3</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 (%3)</source>
        <translation>Connecté à %1 port %2 (%3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Starting TLS handshake (verifying the certificate for &quot;%1&quot;)</source>
        <translation>Début de la négociation TLS (vérification du certificat pour « %1 »)</translation>
    </message>
    <message>
        <source>trusted by its pinned key</source>
        <translation>approuvé par sa clé épinglée</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certificat vérifié</translation>
    </message>
    <message>
        <source>certificate NOT verified</source>
        <translation>certificat NON vérifié</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>TLS établi : %1</translation>
    </message>
    <message>
        <source>Server certificate: %1 (issued by %2, valid until %3)</source>
        <translation>Certificat du serveur : %1 (émis par %2, valable jusqu&apos;au %3)</translation>
    </message>
    <message>
        <source>Server certificate: %1 (issued by %2, valid %3 to %4; names: %5)</source>
        <translation>Certificat du serveur : %1 (émis par %2, valable du %3 au %4 ; noms : %5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Checking %1 on %2 port %3 (%4)</source>
        <translation>Test %1 sur %2 port %3 (%4)</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>the proxy resolves the name</source>
        <translation>le proxy résout le nom</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2 through the %3 proxy %4 (the proxy resolves the name) …</source>
        <translation>Connexion à %1 port %2 via le proxy %3 %4 (le proxy résout le nom) …</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 through the %3 proxy %4 (it does not say which address it reached)</source>
        <translation>Connecté à %1 port %2 via le proxy %3 %4 (il n&apos;indique pas quelle adresse il a jointe)</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 through the %3 proxy %4</source>
        <translation>Connecté à %1 port %2 via le proxy %3 %4</translation>
    </message>
    <message>
        <source>Connected to %1 port %2 (%3) through the %4 proxy %5</source>
        <translation>Connecté à %1 port %2 (%3) via le proxy %4 %5</translation>
    </message>
    <message>
        <source>through the %1 proxy %2</source>
        <translation>via le proxy %1 %2</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>Le serveur a fermé la connexion.</translation>
    </message>
    <message>
        <source>The server closed the connection during the %1 step.</source>
        <translation>Le serveur a fermé la connexion pendant l&apos;étape %1.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS, so the connection cannot be encrypted. The check stops rather than continue without encryption.</source>
        <translation>Le serveur ne propose pas STARTTLS, la connexion ne peut donc pas être chiffrée. Le test s&apos;arrête plutôt que de continuer sans chiffrement.</translation>
    </message>
    <message>
        <source>The server (or someone in between) sent data behind the STARTTLS reply before the TLS handshake. It could be forged, so the check stops here.</source>
        <translation>Le serveur (ou un intermédiaire) a envoyé des données après la réponse STARTTLS, avant la négociation TLS. Elles pourraient être falsifiées, le test s&apos;arrête donc ici.</translation>
    </message>
    <message>
        <source>The connection is not encrypted, so the user name and password were not sent. Use TLS or STARTTLS, or allow unencrypted authentication explicitly if you accept the risk.</source>
        <translation>La connexion n&apos;est pas chiffrée, le nom d&apos;utilisateur et le mot de passe n&apos;ont donc pas été envoyés. Utilisez TLS ou STARTTLS, ou autorisez explicitement l&apos;authentification non chiffrée si vous en acceptez le risque.</translation>
    </message>
    <message>
        <source>The server offers no authentication on this port.</source>
        <translation>Le serveur ne propose aucune authentification sur ce port.</translation>
    </message>
    <message>
        <source>The mechanism %1 is not supported.</source>
        <translation>Le mécanisme %1 n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation>(réponse vide)</translation>
    </message>
    <message>
        <source>Connected, but the server sent no greeting within %1 s.</source>
        <translation>Connecté, mais le serveur n&apos;a envoyé aucun message d&apos;accueil en %1 s.</translation>
    </message>
    <message>
        <source>The server did not answer within %1 s during the %2 step.</source>
        <translation>Le serveur n&apos;a pas répondu en %1 s pendant l&apos;étape %2.</translation>
    </message>
</context>
<context>
    <name>md::Connection</name>
    <message>
        <source>&quot;%1&quot; is under the reserved domain .invalid, which never resolves (RFC 6761).</source>
        <translation>« %1 » appartient au domaine réservé .invalid, qui ne se résout jamais (RFC 6761).</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; could not be resolved: %2</source>
        <translation>Le nom d&apos;hôte « %1 » n&apos;a pas pu être résolu : %2</translation>
    </message>
    <message>
        <source>TLS alert from the server: %1</source>
        <translation>Alerte TLS du serveur : %1</translation>
    </message>
    <message>
        <source>No answer from %1 port %2 within %3 s (%4).</source>
        <translation>Pas de réponse de %1 port %2 en %3 s (%4).</translation>
    </message>
    <message>
        <source>Could not connect to %1 port %2: %3</source>
        <translation>Impossible de se connecter à %1 port %2 : %3</translation>
    </message>
    <message>
        <source>The %1 proxy %2 could not be reached: %3</source>
        <translation>Le proxy %1 %2 est injoignable : %3</translation>
    </message>
    <message>
        <source>The %1 proxy %2 wants a user name and password: %3</source>
        <translation>Le proxy %1 %2 demande un nom d&apos;utilisateur et un mot de passe : %3</translation>
    </message>
    <message>
        <source>The %1 proxy %2 did not accept the user &quot;%3&quot; and its password: %4</source>
        <translation>Le proxy %1 %2 n&apos;a pas accepté l&apos;utilisateur « %3 » et son mot de passe : %4</translation>
    </message>
    <message>
        <source>The %1 proxy %2 did not connect to %3 port %4: %5</source>
        <translation>Le proxy %1 %2 ne s&apos;est pas connecté à %3 port %4 : %5</translation>
    </message>
    <message>
        <source>The server&apos;s key does not match the pinned key (SPKI SHA-256 %1).</source>
        <translation>La clé du serveur ne correspond pas à la clé épinglée (SPKI SHA-256 %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted: %1</source>
        <translation>Le certificat du serveur n&apos;a pas été accepté : %1</translation>
    </message>
    <message>
        <source>The certificate is valid for: %1.</source>
        <translation>Le certificat est valable pour : %1.</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>La négociation TLS a échoué : %1</translation>
    </message>
    <message>
        <source>Connection error: %1</source>
        <translation>Erreur de connexion : %1</translation>
    </message>
    <message>
        <source>The server closed the connection during the TLS handshake.</source>
        <translation>Le serveur a fermé la connexion pendant la négociation TLS.</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; took longer than %2 s.</source>
        <translation>La résolution de « %1 » a pris plus de %2 s.</translation>
    </message>
    <message>
        <source>No connection to %1 port %2 through the %3 proxy %4:%5 within %6 s.</source>
        <translation>Pas de connexion à %1 port %2 via le proxy %3 %4:%5 en %6 s.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>The TLS handshake did not finish within %1 s.</source>
        <translation>La négociation TLS ne s&apos;est pas terminée en %1 s.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; could not be read or holds no PEM certificate.</source>
        <translation>Le fichier d&apos;autorité de certification « %1 » est illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The server sent unrequested data before the TLS handshake; not continuing.</source>
        <translation>Le serveur a envoyé des données non demandées avant la négociation TLS ; le test s&apos;arrête ici.</translation>
    </message>
    <message>
        <source>The last command before TLS could not be sent; the connection is not usable.</source>
        <translation>La dernière commande avant TLS n&apos;a pas pu être envoyée ; la connexion est inutilisable.</translation>
    </message>
    <message>
        <source>TLS could not be started on the connection: %1</source>
        <translation>Impossible de démarrer TLS sur la connexion : %1</translation>
    </message>
</context>
<context>
    <name>md::CredentialError</name>
    <message>
        <source> (the keychain said: %1)</source>
        <translation type="vanished"> (réponse du trousseau : %1)</translation>
    </message>
    <message>
        <source>No keychain is available: there is no Secret Service on the session bus, or no session bus at all%1. Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and log in to a desktop session, then try again.</source>
        <translation type="vanished">Aucun trousseau n&apos;est disponible : il n&apos;y a pas de Secret Service sur le bus de session, ou pas de bus de session du tout%1. Démarrez le trousseau de votre bureau (par exemple GNOME Keyring ou KWallet) et ouvrez une session de bureau, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked%1. Unlock it (log in to your desktop session or open your keyring manager), then try again.</source>
        <translation type="vanished">Le trousseau est verrouillé%1. Déverrouillez-le (ouvrez votre session de bureau ou votre gestionnaire de trousseau), puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain refused access%1. Allow Mail Doctor to use the keychain, then try again.</source>
        <translation type="vanished">Le trousseau a refusé l&apos;accès%1. Autorisez Mail Doctor à utiliser le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this server.</source>
        <translation>Aucun secret n&apos;est enregistré dans le trousseau pour ce serveur.</translation>
    </message>
    <message>
        <source>The keychain did not answer within %1 s; it may be waiting for you to unlock it in a dialog. Unlock the keychain, then try again.</source>
        <translation>Le trousseau n&apos;a pas répondu en %1 s ; il attend peut-être que vous le déverrouilliez dans une boîte de dialogue. Déverrouillez le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain failed%1. Try again; if it keeps failing, restart your keyring service.</source>
        <translation type="vanished">Le trousseau a échoué%1. Réessayez ; si l&apos;échec persiste, redémarrez votre service de trousseau.</translation>
    </message>
    <message>
        <source>No keychain is available: there is no Secret Service on the session bus, or no session bus at all. Start your desktop&apos;s keyring (such as GNOME Keyring or KWallet) and log in to a desktop session, then try again.</source>
        <translation>Aucun trousseau n&apos;est disponible : il n&apos;y a pas de Secret Service sur le bus de session, ou pas de bus de session du tout. Démarrez le trousseau de votre bureau (par exemple GNOME Keyring ou KWallet) et ouvrez une session de bureau, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain is locked. Unlock it (log in to your desktop session or open your keyring manager), then try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (ouvrez votre session de bureau ou votre gestionnaire de trousseau), puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain refused access. Allow Mail Doctor to use the keychain, then try again.</source>
        <translation>Le trousseau a refusé l&apos;accès. Autorisez Mail Doctor à utiliser le trousseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain failed. Try again; if it keeps failing, restart your keyring service.</source>
        <translation>Le trousseau a échoué. Réessayez ; si l&apos;échec persiste, redémarrez votre service de trousseau.</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Réponse du trousseau : %1)</translation>
    </message>
    <message>
        <source>Mail Doctor&apos;s keychain module could not be loaded from %1 (%2); reinstall Mail Doctor</source>
        <translation>Le module de trousseau de Mail Doctor n&apos;a pas pu être chargé depuis %1 (%2) ; réinstallez Mail Doctor</translation>
    </message>
</context>
<context>
    <name>md::Diagnoser</name>
    <message>
        <source>Google: turn on 2-Step Verification for the account, then create an app password at https://myaccount.google.com/apppasswords and enter those 16 letters instead of your normal password.</source>
        <translation>Google : activez la validation en deux étapes pour le compte, puis créez un mot de passe d&apos;application sur https://myaccount.google.com/apppasswords et saisissez ces 16 lettres à la place de votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>Yahoo: open Account Info → Account Security (https://login.yahoo.com/account/security), choose &quot;Generate app password&quot; and use it instead of your normal password.</source>
        <translation>Yahoo : ouvrez Informations du compte → Sécurité du compte (https://login.yahoo.com/account/security), choisissez « Générer un mot de passe d&apos;application » et utilisez-le à la place de votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>AOL: open Account Info → Account Security (https://login.aol.com/account/security), choose &quot;Generate app password&quot; and use it instead of your normal password.</source>
        <translation>AOL : ouvrez Informations du compte → Sécurité du compte (https://login.aol.com/account/security), choisissez « Générer un mot de passe d&apos;application » et utilisez-le à la place de votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>iCloud: sign in at https://account.apple.com, open Sign-In and Security → App-Specific Passwords, create one and use it with your full iCloud address.</source>
        <translation>iCloud : connectez-vous sur https://account.apple.com, ouvrez Connexion et sécurité → Mots de passe pour app, créez-en un et utilisez-le avec votre adresse iCloud complète.</translation>
    </message>
    <message>
        <source>Fastmail: open Settings → Privacy &amp; Security → Manage app passwords and access, create a password for mail (IMAP/SMTP) and use it instead of your normal password.</source>
        <translation>Fastmail : ouvrez Paramètres → Confidentialité et sécurité → Gérer les mots de passe d&apos;application et les accès, créez un mot de passe pour le courrier (IMAP/SMTP) et utilisez-le à la place de votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>Zoho: open My Account → Security → App Passwords, generate one and use it instead of your normal password (and make sure IMAP access is enabled in Zoho Mail&apos;s settings).</source>
        <translation>Zoho : ouvrez Mon compte → Sécurité → Mots de passe d&apos;application, générez-en un et utilisez-le à la place de votre mot de passe habituel (et vérifiez que l&apos;accès IMAP est activé dans les paramètres de Zoho Mail).</translation>
    </message>
    <message>
        <source>Microsoft: app passwords exist only for personal accounts with two-step verification (https://account.microsoft.com/security → Advanced security options → App passwords); most Microsoft accounts now need OAuth2 instead.</source>
        <translation>Microsoft : les mots de passe d&apos;application n&apos;existent que pour les comptes personnels avec la vérification en deux étapes (https://account.microsoft.com/security → Options de sécurité avancées → Mots de passe d&apos;application) ; la plupart des comptes Microsoft exigent désormais OAuth2.</translation>
    </message>
    <message>
        <source>Look in the account&apos;s security settings on the provider&apos;s web site for &quot;app passwords&quot; (also called application-specific passwords); they are offered when two-step verification is on. Create one for mail and use it instead of your normal password.</source>
        <translation>Cherchez « mots de passe d&apos;application » (aussi appelés mots de passe spécifiques aux applications) dans les paramètres de sécurité du compte sur le site web du fournisseur ; ils sont proposés quand la validation en deux étapes est active. Créez-en un pour le courrier et utilisez-le à la place de votre mot de passe habituel.</translation>
    </message>
    <message>
        <source>The server answered: &quot;%1&quot;</source>
        <translation>Le serveur a répondu : « %1 »</translation>
    </message>
    <message>
        <source>IMAP is normally on port 993 (TLS) or 143 (STARTTLS).</source>
        <translation>IMAP se trouve normalement sur le port 993 (TLS) ou 143 (STARTTLS).</translation>
    </message>
    <message>
        <source>POP3 is normally on port 995 (TLS) or 110 (STARTTLS).</source>
        <translation>POP3 se trouve normalement sur le port 995 (TLS) ou 110 (STARTTLS).</translation>
    </message>
    <message>
        <source>Mail submission is normally on port 587 (STARTTLS) or 465 (TLS).</source>
        <translation>L&apos;envoi de courrier se fait normalement sur le port 587 (STARTTLS) ou 465 (TLS).</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; does not exist</source>
        <translation>Le nom de serveur « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>The name could not be looked up in DNS, so there is no address to connect to.</source>
        <translation>Le nom n&apos;a pas pu être trouvé dans le DNS, il n&apos;y a donc aucune adresse à laquelle se connecter.</translation>
    </message>
    <message>
        <source>Check the spelling of the server name (your provider&apos;s help pages list it, often as smtp.… or imap.… followed by the domain), and that this computer is online.</source>
        <translation>Vérifiez l&apos;orthographe du nom du serveur (les pages d&apos;aide de votre fournisseur l&apos;indiquent, souvent sous la forme smtp.… ou imap.… suivi du domaine) et que cet ordinateur est en ligne.</translation>
    </message>
    <message>
        <source>Looking up &quot;%1&quot; took too long</source>
        <translation>La résolution de « %1 » a pris trop de temps</translation>
    </message>
    <message>
        <source>The name service did not answer in time, so it is not known whether the name exists. This points at this computer&apos;s network or DNS settings rather than at the mail server.</source>
        <translation>Le service de noms n&apos;a pas répondu à temps, on ne sait donc pas si le nom existe. Cela désigne le réseau ou les paramètres DNS de cet ordinateur plutôt que le serveur de messagerie.</translation>
    </message>
    <message>
        <source>Check that this computer is online, then try again.</source>
        <translation>Vérifiez que cet ordinateur est en ligne, puis réessayez.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on port %1</source>
        <translation>Rien n&apos;accepte de connexions sur le port %1</translation>
    </message>
    <message>
        <source>%1 answered, but refused the connection on port %2: no service listens there, or a firewall rejects it.</source>
        <translation>%1 a répondu, mais a refusé la connexion sur le port %2 : aucun service n&apos;y écoute, ou un pare-feu la rejette.</translation>
    </message>
    <message>
        <source>Try port 587 (STARTTLS) or 465 (TLS); some providers also offer 2525 for networks that block the usual ports.</source>
        <translation>Essayez le port 587 (STARTTLS) ou 465 (TLS) ; certains fournisseurs proposent aussi le 2525 pour les réseaux qui bloquent les ports habituels.</translation>
    </message>
    <message>
        <source>No answer from %1 on port %2</source>
        <translation>Pas de réponse de %1 sur le port %2</translation>
    </message>
    <message>
        <source>The connection attempt got no answer at all: a firewall, the network you are on or your internet provider silently drops traffic to this port (port 25 is blocked by many providers), or the server is down.</source>
        <translation>La tentative de connexion n&apos;a reçu aucune réponse : un pare-feu, le réseau auquel vous êtes connecté ou votre fournisseur d&apos;accès à internet rejette silencieusement le trafic vers ce port (le port 25 est bloqué par de nombreux fournisseurs), ou le serveur est hors service.</translation>
    </message>
    <message>
        <source>The server&apos;s key is not the pinned one</source>
        <translation>La clé du serveur n&apos;est pas la clé épinglée</translation>
    </message>
    <message>
        <source>The certificate is otherwise valid, but its public key differs from the key pinned for this account. The server may have a new key, or someone is intercepting the connection. Ask the provider before trusting the new key.</source>
        <translation>Le certificat est valide par ailleurs, mais sa clé publique diffère de la clé épinglée pour ce compte. Le serveur a peut-être une nouvelle clé, ou quelqu&apos;un intercepte la connexion. Renseignez-vous auprès du fournisseur avant de faire confiance à la nouvelle clé.</translation>
    </message>
    <message>
        <source>The key offered now: SPKI SHA-256 %1.</source>
        <translation>La clé proposée maintenant : SPKI SHA-256 %1.</translation>
    </message>
    <message>
        <source>The certificate has been revoked or blocked: do not trust this server.</source>
        <translation>Le certificat a été révoqué ou bloqué : ne faites pas confiance à ce serveur.</translation>
    </message>
    <message>
        <source>The certificate is self-signed: it vouches for itself, and nothing this computer trusts vouches for it.</source>
        <translation>Le certificat est auto-signé : il se porte garant de lui-même, et aucune autorité à laquelle cet ordinateur fait confiance ne le garantit.</translation>
    </message>
    <message>
        <source>The certificate was issued by &quot;%1&quot;, an authority this computer does not trust (or the server does not send the intermediate certificates).</source>
        <translation>Le certificat a été émis par « %1 », une autorité à laquelle cet ordinateur ne fait pas confiance (ou le serveur n&apos;envoie pas les certificats intermédiaires).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>If this is a server you run, install a certificate from a public authority (for example Let&apos;s Encrypt) or add its CA certificate to the trusted certificates. If you have checked with the provider that this is the right certificate, you can trust exactly this key by pinning it (SPKI SHA-256 %1).</source>
        <translation>Si c&apos;est un serveur que vous administrez, installez un certificat d&apos;une autorité publique (par exemple Let&apos;s Encrypt) ou ajoutez son certificat d&apos;autorité aux certificats de confiance. Si vous avez vérifié auprès du fournisseur qu&apos;il s&apos;agit du bon certificat, vous pouvez faire confiance exactement à cette clé en l&apos;épinglant (SPKI SHA-256 %1).</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted</source>
        <translation>Le certificat du serveur n&apos;est pas approuvé</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>The certificate is not made out for &quot;%1&quot;</source>
        <translation>Le certificat n&apos;est pas établi pour « %1 »</translation>
    </message>
    <message>
        <source>The certificate names no host at all.</source>
        <translation>Le certificat ne nomme aucun hôte.</translation>
    </message>
    <message>
        <source>The certificate is valid for %1, but the connection was made to &quot;%2&quot;.</source>
        <translation>Le certificat est valable pour %1, mais la connexion a été établie avec « %2 ».</translation>
    </message>
    <message>
        <source>Use the name the certificate is made for: %1.</source>
        <translation>Utilisez le nom pour lequel le certificat est établi : %1.</translation>
    </message>
    <message>
        <source>A mismatch can also mean the connection is being intercepted.</source>
        <translation>Une non-concordance peut aussi signifier que la connexion est interceptée.</translation>
    </message>
    <message>
        <source>It is valid from %1 to %2.</source>
        <translation>Il est valable du %1 au %2.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired</source>
        <translation>Le certificat du serveur a expiré</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet</source>
        <translation>Le certificat du serveur n&apos;est pas encore valable</translation>
    </message>
    <message>
        <source>The server&apos;s administrator must renew it. If the date looks recent, also check this computer&apos;s clock.</source>
        <translation>L&apos;administrateur du serveur doit le renouveler. Si la date semble récente, vérifiez aussi l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time; if they are right, the server&apos;s administrator must fix the certificate.</source>
        <translation>Vérifiez la date et l&apos;heure de cet ordinateur ; si elles sont justes, l&apos;administrateur du serveur doit corriger le certificat.</translation>
    </message>
    <message>
        <source>This port starts without encryption: use STARTTLS</source>
        <translation>Ce port démarre sans chiffrement : utilisez STARTTLS</translation>
    </message>
    <message>
        <source>The check started TLS at once, but the server on port %1 sent its plaintext greeting instead of a TLS answer. This port expects STARTTLS (a plaintext greeting, then an upgrade to TLS).</source>
        <translation>Le test a démarré TLS immédiatement, mais le serveur sur le port %1 a envoyé son message d&apos;accueil en clair au lieu d&apos;une réponse TLS. Ce port attend STARTTLS (un message d&apos;accueil en clair, puis un passage à TLS).</translation>
    </message>
    <message>
        <source>The server only speaks an outdated TLS version</source>
        <translation>Le serveur ne parle qu&apos;une version obsolète de TLS</translation>
    </message>
    <message>
        <source>Mail Doctor requires TLS 1.2 or newer (RFC 8996 retired TLS 1.0 and 1.1), and the server offers nothing newer than TLS 1.1. Its administrator must enable TLS 1.2 or 1.3; there is no safe setting to change on this side.</source>
        <translation>Mail Doctor exige TLS 1.2 ou plus récent (la RFC 8996 a retiré TLS 1.0 et 1.1), et le serveur ne propose rien de plus récent que TLS 1.1. Son administrateur doit activer TLS 1.2 ou 1.3 ; il n&apos;y a aucun réglage sûr à modifier de ce côté.</translation>
    </message>
    <message>
        <source>The TLS handshake failed</source>
        <translation>La négociation TLS a échoué</translation>
    </message>
    <message>
        <source>The client and the server could not agree on an encrypted connection.</source>
        <translation>Le client et le serveur n&apos;ont pas pu s&apos;accorder sur une connexion chiffrée.</translation>
    </message>
    <message>
        <source>If the server expects STARTTLS on this port, try that instead.</source>
        <translation>Si le serveur attend STARTTLS sur ce port, essayez plutôt cela.</translation>
    </message>
    <message>
        <source>Port %1 does not serve %2: %3 answered</source>
        <translation>Le port %1 ne sert pas %2 : %3 a répondu</translation>
    </message>
    <message>
        <source>The server on this port speaks %1, not %2.</source>
        <translation>Le serveur sur ce port parle %1, pas %2.</translation>
    </message>
    <message>
        <source>The server is limiting this account or connection</source>
        <translation>Le serveur limite ce compte ou cette connexion</translation>
    </message>
    <message>
        <source>Too many messages, connections or attempts in a short time, or a daily sending quota is used up. Wait (often an hour, sometimes a day) and try again; if it keeps happening, ask the provider about its limits.</source>
        <translation>Trop de messages, de connexions ou de tentatives en peu de temps, ou un quota d&apos;envoi quotidien est épuisé. Attendez (souvent une heure, parfois un jour) et réessayez ; si cela se reproduit, renseignez-vous sur les limites auprès du fournisseur.</translation>
    </message>
    <message>
        <source>The server announced a limit of %1 per message.</source>
        <translation>Le serveur a annoncé une limite de %1 par message.</translation>
    </message>
    <message>
        <source>The server wants encryption first</source>
        <translation>Le serveur exige d&apos;abord le chiffrement</translation>
    </message>
    <message>
        <source>It accepts a login (and mail) only on an encrypted connection. Use STARTTLS or implicit TLS, then log in.</source>
        <translation>Il n&apos;accepte l&apos;identification (et le courrier) que sur une connexion chiffrée. Utilisez STARTTLS ou TLS implicite, puis connectez-vous.</translation>
    </message>
    <message>
        <source>The server sends this account to another server</source>
        <translation>Le serveur renvoie ce compte vers un autre serveur</translation>
    </message>
    <message>
        <source>It did not say which server.</source>
        <translation>Il n&apos;a pas indiqué quel serveur.</translation>
    </message>
    <message>
        <source>Its referral names %1: use that server for this account.</source>
        <translation>Son renvoi désigne %1 : utilisez ce serveur pour ce compte.</translation>
    </message>
    <message>
        <source>The password was not checked here, so it may well be right.</source>
        <translation>Le mot de passe n&apos;a pas été vérifié ici, il est donc peut-être correct.</translation>
    </message>
    <message>
        <source>Password login is switched off for this account: use OAuth2</source>
        <translation>La connexion par mot de passe est désactivée pour ce compte : utilisez OAuth2</translation>
    </message>
    <message>
        <source>Microsoft (Exchange Online, Microsoft 365, Outlook.com) no longer accepts the account password from mail programs (&quot;basic authentication&quot;). Sign in with OAuth2 instead (XOAUTH2 with an access token from Microsoft).</source>
        <translation>Microsoft (Exchange Online, Microsoft 365, Outlook.com) n&apos;accepte plus le mot de passe du compte depuis les logiciels de messagerie (« authentification de base »). Connectez-vous plutôt avec OAuth2 (XOAUTH2 avec un jeton d&apos;accès de Microsoft).</translation>
    </message>
    <message>
        <source>The reply also says that authenticated SMTP is disabled for the organisation: an administrator must enable &quot;Authenticated SMTP&quot; for this mailbox in the Microsoft 365 admin center, even for OAuth2.</source>
        <translation>La réponse indique aussi que le SMTP authentifié est désactivé pour l&apos;organisation : un administrateur doit activer « SMTP authentifié » pour cette boîte aux lettres dans le centre d&apos;administration Microsoft 365, même pour OAuth2.</translation>
    </message>
    <message>
        <source>(Mail Doctor concludes this from the server name; the reply itself does not say why.)</source>
        <translation>(Mail Doctor le déduit du nom du serveur ; la réponse elle-même n&apos;en donne pas la raison.)</translation>
    </message>
    <message>
        <source>This account needs an app password</source>
        <translation>Ce compte a besoin d&apos;un mot de passe d&apos;application</translation>
    </message>
    <message>
        <source>The account has two-step sign-in, so the provider does not accept the normal password from mail programs. Create an app password — a separate password just for this program — and log in with it.</source>
        <translation>Le compte utilise la connexion en deux étapes, le fournisseur n&apos;accepte donc pas le mot de passe habituel depuis les logiciels de messagerie. Créez un mot de passe d&apos;application — un mot de passe distinct, réservé à ce logiciel — et utilisez-le pour vous connecter.</translation>
    </message>
    <message>
        <source>The server refused the OAuth2 access token</source>
        <translation>Le serveur a refusé le jeton d&apos;accès OAuth2</translation>
    </message>
    <message>
        <source>Its error report: %1.</source>
        <translation>Son rapport d&apos;erreur : %1.</translation>
    </message>
    <message>
        <source>The token has expired, was issued for another account or service (its scope must include mail, e.g. https://mail.google.com/ or https://outlook.office.com/SMTP.Send), or was revoked. Get a fresh access token and try again; access tokens usually live about an hour.</source>
        <translation>Le jeton a expiré, a été émis pour un autre compte ou service (sa portée doit inclure le courrier, par ex. https://mail.google.com/ ou https://outlook.office.com/SMTP.Send), ou a été révoqué. Obtenez un nouveau jeton d&apos;accès et réessayez ; les jetons d&apos;accès durent généralement environ une heure.</translation>
    </message>
    <message>
        <source>The login failed for now (a temporary problem on the server)</source>
        <translation>La connexion a échoué pour l&apos;instant (un problème temporaire sur le serveur)</translation>
    </message>
    <message>
        <source>The server could not check the login right now. Try again in a few minutes.</source>
        <translation>Le serveur n&apos;a pas pu vérifier l&apos;identification pour l&apos;instant. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The password (or the account) has expired: change it on the provider&apos;s web site.</source>
        <translation>Le mot de passe (ou le compte) a expiré : changez-le sur le site web du fournisseur.</translation>
    </message>
    <message>
        <source>The server asks you to contact its administrator or support.</source>
        <translation>Le serveur vous demande de contacter son administrateur ou son assistance.</translation>
    </message>
    <message>
        <source>The password is right, but this user may not log in as the identity requested.</source>
        <translation>Le mot de passe est correct, mais cet utilisateur n&apos;a peut-être pas le droit de se connecter sous l&apos;identité demandée.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong. Check both (the user name is often the full mail address) and try again.</source>
        <translation>Le nom d&apos;utilisateur ou le mot de passe est incorrect. Vérifiez les deux (le nom d&apos;utilisateur est souvent l&apos;adresse e-mail complète) et réessayez.</translation>
    </message>
    <message>
        <source>If the account uses two-step sign-in, it needs an app password instead of the normal one.</source>
        <translation>Si le compte utilise la connexion en deux étapes, il lui faut un mot de passe d&apos;application à la place du mot de passe habituel.</translation>
    </message>
    <message>
        <source>(The login used %1. If you are sure the password is right, try the PLAIN login method: some servers cannot check %1 logins.)</source>
        <translation>(La connexion a utilisé %1. Si vous êtes sûr que le mot de passe est correct, essayez la méthode de connexion PLAIN : certains serveurs ne savent pas vérifier les connexions %1.)</translation>
    </message>
    <message>
        <source>The server did not accept the user name or password</source>
        <translation>Le serveur n&apos;a pas accepté le nom d&apos;utilisateur ou le mot de passe</translation>
    </message>
    <message>
        <source>The server does not allow login on an unencrypted connection</source>
        <translation>Le serveur n&apos;autorise pas la connexion sur une liaison non chiffrée</translation>
    </message>
    <message>
        <source>It advertises LOGINDISABLED: the LOGIN command is switched off until the connection is encrypted, and it offers no other usable way to log in.</source>
        <translation>Il annonce LOGINDISABLED : la commande LOGIN est désactivée tant que la connexion n&apos;est pas chiffrée, et il ne propose aucun autre moyen utilisable de se connecter.</translation>
    </message>
    <message>
        <source>Use STARTTLS or TLS.</source>
        <translation>Utilisez STARTTLS ou TLS.</translation>
    </message>
    <message>
        <source>The server does not allow logging in with a password</source>
        <translation>Le serveur n&apos;autorise pas la connexion avec un mot de passe</translation>
    </message>
    <message>
        <source>It advertises LOGINDISABLED even on the encrypted connection and offers no AUTHENTICATE mechanism, so no login is possible here.</source>
        <translation>Il annonce LOGINDISABLED même sur la connexion chiffrée et ne propose aucun mécanisme AUTHENTICATE, aucune connexion n&apos;est donc possible ici.</translation>
    </message>
    <message>
        <source>Many servers offer login only after STARTTLS.</source>
        <translation>De nombreux serveurs ne proposent la connexion qu&apos;après STARTTLS.</translation>
    </message>
    <message>
        <source>Port 25 is for mail between servers, which needs no login; mail programs submit mail on port 587 (or 465).</source>
        <translation>Le port 25 sert au courrier entre serveurs, qui n&apos;exige aucune connexion ; les logiciels de messagerie envoient le courrier sur le port 587 (ou 465).</translation>
    </message>
    <message>
        <source>Mail programs submit mail on port 587 (or 465), where the server offers login.</source>
        <translation>Les logiciels de messagerie envoient le courrier sur le port 587 (ou 465), où le serveur propose la connexion.</translation>
    </message>
    <message>
        <source>The server offers no login on this port</source>
        <translation>Le serveur ne propose aucune connexion sur ce port</translation>
    </message>
    <message>
        <source>Its capabilities list no authentication mechanism, so a user name and password cannot be used here.</source>
        <translation>Ses capacités ne listent aucun mécanisme d&apos;authentification, un nom d&apos;utilisateur et un mot de passe ne peuvent donc pas être utilisés ici.</translation>
    </message>
    <message>
        <source>The login method is not available on this server</source>
        <translation>La méthode de connexion n&apos;est pas disponible sur ce serveur</translation>
    </message>
    <message>
        <source>The server offers: %1.</source>
        <translation>Le serveur propose : %1.</translation>
    </message>
    <message>
        <source>It accepts only OAuth2 access tokens, no password.</source>
        <translation>Il n&apos;accepte que des jetons d&apos;accès OAuth2, pas de mot de passe.</translation>
    </message>
    <message>
        <source>Mail Doctor supports none of these.</source>
        <translation>Mail Doctor ne prend en charge aucun d&apos;entre eux.</translation>
    </message>
    <message>
        <source>Choose one of those, for example %1.</source>
        <translation>Choisissez l&apos;un d&apos;eux, par exemple %1.</translation>
    </message>
    <message>
        <source>The password was not sent over an unencrypted connection</source>
        <translation>Le mot de passe n&apos;a pas été envoyé sur une connexion non chiffrée</translation>
    </message>
    <message>
        <source>Anyone on the network path could read it. Encrypt the connection (STARTTLS or TLS); only if you accept the risk, allow unencrypted login explicitly in the settings.</source>
        <translation>N&apos;importe qui sur le chemin réseau pourrait le lire. Chiffrez la connexion (STARTTLS ou TLS) ; seulement si vous en acceptez le risque, autorisez explicitement la connexion non chiffrée dans les paramètres.</translation>
    </message>
    <message>
        <source>The server offers STARTTLS.</source>
        <translation>Le serveur propose STARTTLS.</translation>
    </message>
    <message>
        <source>The server refuses mail from this network address</source>
        <translation>Le serveur refuse le courrier provenant de cette adresse réseau</translation>
    </message>
    <message>
        <source>Your IP address is on a block list or has a poor reputation with this provider, or the provider does not accept connections from your kind of network (home, mobile or VPN addresses). Send through your own provider&apos;s submission server with a login, or ask your network&apos;s operator; the reply often names the list and how to get removed.</source>
        <translation>Votre adresse IP figure sur une liste de blocage ou a une mauvaise réputation auprès de ce fournisseur, ou le fournisseur n&apos;accepte pas les connexions depuis votre type de réseau (adresses domestiques, mobiles ou VPN). Envoyez via le serveur d&apos;envoi de votre propre fournisseur avec identification, ou adressez-vous à l&apos;opérateur de votre réseau ; la réponse nomme souvent la liste et la façon d&apos;en être retiré.</translation>
    </message>
    <message>
        <source>The server refuses to pass the mail on to that recipient</source>
        <translation>Le serveur refuse de transmettre le courrier à ce destinataire</translation>
    </message>
    <message>
        <source>It does not relay for this account to that address; the sender address may not belong to the account, or the server is not the account&apos;s outgoing server.</source>
        <translation>Il ne relaie pas pour ce compte vers cette adresse ; l&apos;adresse de l&apos;expéditeur n&apos;appartient peut-être pas au compte, ou le serveur n&apos;est pas le serveur sortant du compte.</translation>
    </message>
    <message>
        <source>Without a login it accepts mail only for its own addresses. Log in to send to others, on the submission port 587.</source>
        <translation>Sans identification, il n&apos;accepte le courrier que pour ses propres adresses. Connectez-vous pour envoyer à d&apos;autres, sur le port de soumission 587.</translation>
    </message>
    <message>
        <source>The server wants a login first</source>
        <translation>Le serveur exige d&apos;abord une connexion</translation>
    </message>
    <message>
        <source>It accepts mail from this client only after login: set the account&apos;s user name and password.</source>
        <translation>Il n&apos;accepte le courrier de ce client qu&apos;après identification : renseignez le nom d&apos;utilisateur et le mot de passe du compte.</translation>
    </message>
    <message>
        <source>The message is too large for the server</source>
        <translation>Le message est trop volumineux pour le serveur</translation>
    </message>
    <message>
        <source>Send smaller attachments, or share large files by link.</source>
        <translation>Envoyez des pièces jointes plus petites, ou partagez les gros fichiers par lien.</translation>
    </message>
    <message>
        <source>The server asks to try again later (greylisting)</source>
        <translation>Le serveur demande de réessayer plus tard (greylisting)</translation>
    </message>
    <message>
        <source>It turns away mail from senders it has not seen before, on purpose, and accepts it when it is sent again after a few minutes. A mail program retries by itself; nothing needs to change.</source>
        <translation>Il refuse volontairement le courrier des expéditeurs qu&apos;il n&apos;a jamais vus, et l&apos;accepte quand il est renvoyé quelques minutes plus tard. Un logiciel de messagerie réessaie de lui-même ; rien n&apos;a besoin de changer.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full</source>
        <translation>La boîte aux lettres du destinataire est pleine</translation>
    </message>
    <message>
        <source>The recipient has used up their storage and receives no more mail until they make room. Tell them another way, or try later.</source>
        <translation>Le destinataire a épuisé son espace de stockage et ne reçoit plus de courrier tant qu&apos;il n&apos;a pas fait de place. Prévenez-le par un autre moyen, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused for now (a temporary failure)</source>
        <translation>Le serveur a refusé pour l&apos;instant (un échec temporaire)</translation>
    </message>
    <message>
        <source>Trying again later may work; a mail program would keep the message in its outbox and retry.</source>
        <translation>Réessayer plus tard peut fonctionner ; un logiciel de messagerie garderait le message dans sa boîte d&apos;envoi et réessaierait.</translation>
    </message>
    <message>
        <source>The server refused the sender address</source>
        <translation>Le serveur a refusé l&apos;adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>Use the account&apos;s own address (or one the provider allows you to send as) as the sender.</source>
        <translation>Utilisez comme expéditeur l&apos;adresse propre du compte (ou une adresse que le fournisseur vous autorise à utiliser).</translation>
    </message>
    <message>
        <source>The server refused the recipient address</source>
        <translation>Le serveur a refusé l&apos;adresse du destinataire</translation>
    </message>
    <message>
        <source>Check the address for typos; the mailbox may not exist.</source>
        <translation>Vérifiez l&apos;adresse (faute de frappe ?) ; la boîte aux lettres n&apos;existe peut-être pas.</translation>
    </message>
    <message>
        <source>The server refused the message</source>
        <translation>Le serveur a refusé le message</translation>
    </message>
    <message>
        <source>The reply says why; often a content or spam filter, or a policy on senders.</source>
        <translation>La réponse en donne la raison ; souvent un filtre de contenu ou anti-spam, ou une règle sur les expéditeurs.</translation>
    </message>
    <message>
        <source>The server refused to start encryption</source>
        <translation>Le serveur a refusé de démarrer le chiffrement</translation>
    </message>
    <message>
        <source>It advertises STARTTLS but refused it. Use implicit TLS instead, on port %1.</source>
        <translation>Il annonce STARTTLS mais l&apos;a refusé. Utilisez plutôt TLS implicite, sur le port %1.</translation>
    </message>
    <message>
        <source>The server refused the connection in its greeting</source>
        <translation>Le serveur a refusé la connexion dans son message d&apos;accueil</translation>
    </message>
    <message>
        <source>It may be overloaded, in maintenance, or refusing connections from your network.</source>
        <translation>Il est peut-être surchargé, en maintenance, ou refuse les connexions venant de votre réseau.</translation>
    </message>
    <message>
        <source>The server could not do that right now</source>
        <translation>Le serveur n&apos;a pas pu le faire pour l&apos;instant</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server refused the %1 command</source>
        <translation>Le serveur a refusé la commande %1</translation>
    </message>
    <message>
        <source>The server refused this client in its greeting</source>
        <translation>Le serveur a refusé ce client dans son message d&apos;accueil</translation>
    </message>
    <message>
        <source>It is busy or refuses service for now; try again later.</source>
        <translation>Il est occupé ou refuse le service pour l&apos;instant ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>This usually means your IP address is blocked: it is on a block list, or the provider does not accept connections from your network (some refuse home, mobile or VPN addresses). The reply often names the list and how to get removed.</source>
        <translation>Cela signifie généralement que votre adresse IP est bloquée : elle figure sur une liste de blocage, ou le fournisseur n&apos;accepte pas les connexions depuis votre réseau (certains refusent les adresses domestiques, mobiles ou VPN). La réponse nomme souvent la liste et la façon d&apos;en être retiré.</translation>
    </message>
    <message>
        <source>The server refused the client&apos;s greeting (EHLO/HELO)</source>
        <translation>Le serveur a refusé la salutation du client (EHLO/HELO)</translation>
    </message>
    <message>
        <source>Some servers require a fully qualified host name in EHLO.</source>
        <translation>Certains serveurs exigent un nom d&apos;hôte pleinement qualifié dans EHLO.</translation>
    </message>
    <message>
        <source>The %1 step failed</source>
        <translation>L&apos;étape %1 a échoué</translation>
    </message>
    <message>
        <source>This port expects TLS from the first byte</source>
        <translation>Ce port attend TLS dès le premier octet</translation>
    </message>
    <message>
        <source>The connection was accepted, but no greeting came: the server on port %1 waits for the client to start TLS, which is what implicit TLS ports (%2 for %3) do.</source>
        <translation>La connexion a été acceptée, mais aucun message d&apos;accueil n&apos;est arrivé : le serveur sur le port %1 attend que le client démarre TLS, comme le font les ports TLS implicite (%2 pour %3).</translation>
    </message>
    <message>
        <source>Use implicit TLS (&quot;SSL/TLS&quot;) instead of STARTTLS.</source>
        <translation>Utilisez TLS implicite (« SSL/TLS ») au lieu de STARTTLS.</translation>
    </message>
    <message>
        <source>Use implicit TLS (&quot;SSL/TLS&quot;) instead of no encryption.</source>
        <translation>Utilisez TLS implicite (« SSL/TLS ») au lieu de l&apos;absence de chiffrement.</translation>
    </message>
    <message>
        <source>The server sent no greeting</source>
        <translation>Le serveur n&apos;a envoyé aucun message d&apos;accueil</translation>
    </message>
    <message>
        <source>The server accepted the connection but stayed silent; it may be overloaded.</source>
        <translation>Le serveur a accepté la connexion mais est resté muet ; il est peut-être surchargé.</translation>
    </message>
    <message>
        <source>The server stopped answering during %1</source>
        <translation>Le serveur a cessé de répondre pendant l&apos;étape %1</translation>
    </message>
    <message>
        <source>It may be overloaded, or something between you and the server (a firewall or antivirus proxy) holds the connection.</source>
        <translation>Il est peut-être surchargé, ou quelque chose entre vous et le serveur (un pare-feu ou un proxy antivirus) retient la connexion.</translation>
    </message>
    <message>
        <source>The server closed the connection during %1</source>
        <translation>Le serveur a fermé la connexion pendant l&apos;étape %1</translation>
    </message>
    <message>
        <source>It hung up without a word right after connecting: it may refuse this client (a block list or a connection limit), or this is not a mail port.</source>
        <translation>Il a raccroché sans un mot juste après la connexion : il refuse peut-être ce client (liste de blocage ou limite de connexions), ou ce n&apos;est pas un port de messagerie.</translation>
    </message>
    <message>
        <source>It may have crashed or hit a limit; trying again later may work.</source>
        <translation>Il a peut-être planté ou atteint une limite ; réessayer plus tard peut fonctionner.</translation>
    </message>
    <message>
        <source>The server broke the %1 protocol</source>
        <translation>Le serveur n&apos;a pas respecté le protocole %1</translation>
    </message>
    <message>
        <source>Its answer could not be understood: a broken server, a proxy in between, or not a %1 server at all.</source>
        <translation>Sa réponse n&apos;a pas pu être comprise : un serveur défaillant, un proxy intermédiaire, ou pas du tout un serveur %1.</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS</source>
        <translation>Le serveur ne propose pas STARTTLS</translation>
    </message>
    <message>
        <source>Without it this connection cannot be encrypted, so the check stopped before sending anything secret.</source>
        <translation>Sans cela, cette connexion ne peut pas être chiffrée ; le test s&apos;est donc arrêté avant d&apos;envoyer quoi que ce soit de secret.</translation>
    </message>
    <message>
        <source>Use implicit TLS on port %1 if the server has it.</source>
        <translation>Utilisez TLS implicite sur le port %1 si le serveur le propose.</translation>
    </message>
    <message>
        <source>If it used to work, something between you and the server (a firewall or antivirus) may be removing STARTTLS.</source>
        <translation>Si cela fonctionnait auparavant, quelque chose entre vous et le serveur (un pare-feu ou un antivirus) supprime peut-être STARTTLS.</translation>
    </message>
    <message>
        <source>Data was injected before encryption started</source>
        <translation>Des données ont été injectées avant le début du chiffrement</translation>
    </message>
    <message>
        <source>This is the STARTTLS command-injection attack (or a badly broken server): the extra bytes could be forged by anyone on the path. Implicit TLS is immune to it.</source>
        <translation>Il s&apos;agit de l&apos;attaque par injection de commandes STARTTLS (ou d&apos;un serveur gravement défaillant) : les octets supplémentaires pourraient être falsifiés par n&apos;importe qui sur le chemin. TLS implicite y est insensible.</translation>
    </message>
    <message>
        <source>The login exchange failed</source>
        <translation>L&apos;échange d&apos;identification a échoué</translation>
    </message>
    <message>
        <source>The server&apos;s side of the %1 exchange did not check out (or the credentials could not be used with it).</source>
        <translation>La partie serveur de l&apos;échange %1 n&apos;a pas été validée (ou les identifiants ne pouvaient pas être utilisés avec lui).</translation>
    </message>
    <message>
        <source>login</source>
        <translation>d&apos;identification</translation>
    </message>
    <message>
        <source>The server logged in without a password, on an unencrypted connection</source>
        <translation>Le serveur a ouvert la session sans mot de passe, sur une connexion non chiffrée</translation>
    </message>
    <message>
        <source>It greeted with PREAUTH: the session is already logged in, so STARTTLS is no longer possible and everything (mail included) would travel unencrypted. This is also the signature of an attack that strips STARTTLS.</source>
        <translation>Il a salué avec PREAUTH : la session est déjà authentifiée, STARTTLS n&apos;est donc plus possible et tout (courrier compris) circulerait sans chiffrement. C&apos;est aussi la signature d&apos;une attaque qui supprime STARTTLS.</translation>
    </message>
    <message>
        <source>Use implicit TLS on port %1.</source>
        <translation>Utilisez TLS implicite sur le port %1.</translation>
    </message>
    <message>
        <source>The check could not run</source>
        <translation>Le test n&apos;a pas pu être exécuté</translation>
    </message>
    <message>
        <source>The check was cancelled</source>
        <translation>Le test a été annulé</translation>
    </message>
    <message>
        <source>It was stopped before it finished; nothing about the server can be concluded. Run it again to see the result.</source>
        <translation>Il a été arrêté avant la fin ; on ne peut rien conclure sur le serveur. Relancez-le pour voir le résultat.</translation>
    </message>
    <message>
        <source>The connection is not encrypted</source>
        <translation>La connexion n&apos;est pas chiffrée</translation>
    </message>
    <message>
        <source>Everything, including the password and the mail itself, travels readable by anyone on the network path.</source>
        <translation>Tout, y compris le mot de passe et le courrier lui-même, circule lisiblement pour quiconque se trouve sur le chemin réseau.</translation>
    </message>
    <message>
        <source>The server offers STARTTLS: use it.</source>
        <translation>Le serveur propose STARTTLS : utilisez-le.</translation>
    </message>
    <message>
        <source>Port 25 is meant for mail between servers</source>
        <translation>Le port 25 est destiné au courrier entre serveurs</translation>
    </message>
    <message>
        <source>It worked here, but many internet providers block port 25 for home and mobile connections, and many servers do not accept logins on it. Mail programs should use port 587 (STARTTLS) or 465 (TLS).</source>
        <translation>Cela a fonctionné ici, mais de nombreux fournisseurs d&apos;accès bloquent le port 25 pour les connexions domestiques et mobiles, et de nombreux serveurs n&apos;y acceptent pas l&apos;identification. Les logiciels de messagerie devraient utiliser le port 587 (STARTTLS) ou 465 (TLS).</translation>
    </message>
    <message numerus="yes">
        <source>The server&apos;s certificate expires in %n day(s)</source>
        <translation>
            <numerusform>Le certificat du serveur expire dans %n jour</numerusform>
            <numerusform>Le certificat du serveur expire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>It is valid until %1. Certificates are normally renewed well before; tell the server&apos;s administrator.</source>
        <translation>Il est valable jusqu&apos;au %1. Les certificats sont normalement renouvelés bien avant ; prévenez l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The certificate is trusted only because its key is pinned</source>
        <translation>Le certificat n&apos;est approuvé que parce que sa clé est épinglée</translation>
    </message>
    <message>
        <source>On its own it would not verify (%1). If the server&apos;s key changes, the check will fail until the new key is pinned.</source>
        <translation>Seul, il ne serait pas vérifié (%1). Si la clé du serveur change, le test échouera jusqu&apos;à ce que la nouvelle clé soit épinglée.</translation>
    </message>
    <message>
        <source>Login was not tested</source>
        <translation>La connexion n&apos;a pas été testée</translation>
    </message>
    <message>
        <source>The server is reachable, but no user name was given, so the login was not tried. Set a user name and a password to test it.</source>
        <translation>Le serveur est joignable, mais aucun nom d&apos;utilisateur n&apos;a été indiqué, la connexion n&apos;a donc pas été essayée. Renseignez un nom d&apos;utilisateur et un mot de passe pour la tester.</translation>
    </message>
    <message>
        <source>The server answered: &quot;-ERR %1%2&quot;</source>
        <translation>Le serveur a répondu : « -ERR %1%2 »</translation>
    </message>
    <message>
        <source>The proxy could not be reached</source>
        <translation>Le proxy est injoignable</translation>
    </message>
    <message>
        <source>Nothing was sent to the mail server. Check the proxy&apos;s address and port (the network&apos;s settings or its administrator name them) and that the proxy is running; without a proxy, connect directly.</source>
        <translation>Rien n&apos;a été envoyé au serveur de messagerie. Vérifiez l&apos;adresse et le port du proxy (les paramètres du réseau ou son administrateur les indiquent) et que le proxy fonctionne ; sans proxy, connectez-vous directement.</translation>
    </message>
    <message>
        <source>The proxy did not accept its user name or password</source>
        <translation>Le proxy n&apos;a pas accepté son nom d&apos;utilisateur ou son mot de passe</translation>
    </message>
    <message>
        <source>This is the proxy&apos;s own login, not the mail account&apos;s: check the proxy user and password.</source>
        <translation>Il s&apos;agit de l&apos;identification propre au proxy, pas de celle du compte de messagerie : vérifiez l&apos;utilisateur et le mot de passe du proxy.</translation>
    </message>
    <message>
        <source>The proxy did not connect to the mail server</source>
        <translation>Le proxy ne s&apos;est pas connecté au serveur de messagerie</translation>
    </message>
    <message>
        <source>The proxy could not or would not connect to %1 port %2. Proxies often allow only some ports (many HTTP proxies only 443) or some destinations; the server may also be down or the name unknown to the proxy. Ask the network&apos;s administrator, or try the server&apos;s other port.</source>
        <translation>Le proxy n&apos;a pas pu ou pas voulu se connecter à %1 port %2. Les proxys n&apos;autorisent souvent que certains ports (de nombreux proxys HTTP seulement le 443) ou certaines destinations ; le serveur peut aussi être hors service ou son nom inconnu du proxy. Demandez à l&apos;administrateur du réseau, ou essayez l&apos;autre port du serveur.</translation>
    </message>
    <message>
        <source>The mailbox is in use by another session</source>
        <translation>La boîte aux lettres est utilisée par une autre session</translation>
    </message>
    <message>
        <source>The login itself worked, but another POP3 session (another mail program, a phone, or an earlier connection that has not ended yet) holds the mailbox, and POP3 allows one at a time. Close the other program or wait a few minutes, then try again.</source>
        <translation>La connexion elle-même a réussi, mais une autre session POP3 (un autre logiciel de messagerie, un téléphone, ou une connexion précédente pas encore terminée) occupe la boîte aux lettres, et POP3 n&apos;en autorise qu&apos;une à la fois. Fermez l&apos;autre logiciel ou attendez quelques minutes, puis réessayez.</translation>
    </message>
    <message>
        <source>Logged in again too soon</source>
        <translation>Nouvelle connexion trop rapprochée</translation>
    </message>
    <message numerus="yes">
        <source>The server allows a login only every %n second(s).</source>
        <translation>
            <numerusform>Le serveur n&apos;autorise une connexion que toutes les %n seconde.</numerusform>
            <numerusform>Le serveur n&apos;autorise une connexion que toutes les %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server allows logins only at a limited rate.</source>
        <translation>Le serveur n&apos;autorise les connexions qu&apos;à un rythme limité.</translation>
    </message>
    <message>
        <source>Wait before trying again, and let mail programs check this account less often.</source>
        <translation>Attendez avant de réessayer, et faites relever ce compte moins souvent par les logiciels de messagerie.</translation>
    </message>
    <message>
        <source>The server has a temporary problem</source>
        <translation>Le serveur a un problème temporaire</translation>
    </message>
    <message>
        <source>It is not the user name or password. Try again in a few minutes.</source>
        <translation>Ce n&apos;est pas le nom d&apos;utilisateur ni le mot de passe. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The server has a lasting problem with this account</source>
        <translation>Le serveur a un problème durable avec ce compte</translation>
    </message>
    <message>
        <source>It is not the user name or password: the account may be disabled or its mailbox damaged. Contact the provider.</source>
        <translation>Ce n&apos;est pas le nom d&apos;utilisateur ni le mot de passe : le compte est peut-être désactivé ou sa boîte aux lettres endommagée. Contactez le fournisseur.</translation>
    </message>
</context>
<context>
    <name>md::Explain</name>
    <message>
        <source>System status or help reply.</source>
        <translation>État du système ou réponse d&apos;aide.</translation>
    </message>
    <message>
        <source>Help message for a person reading the dialogue.</source>
        <translation>Message d&apos;aide destiné à une personne qui lit le dialogue.</translation>
    </message>
    <message>
        <source>Service ready: the server&apos;s greeting, or its go-ahead to start TLS after STARTTLS.</source>
        <translation>Service prêt : le message d&apos;accueil du serveur, ou son feu vert pour démarrer TLS après STARTTLS.</translation>
    </message>
    <message>
        <source>The server is closing the connection, as asked (after QUIT).</source>
        <translation>Le serveur ferme la connexion, comme demandé (après QUIT).</translation>
    </message>
    <message>
        <source>Authentication succeeded: the login was accepted (RFC 4954).</source>
        <translation>Authentification réussie : la connexion a été acceptée (RFC 4954).</translation>
    </message>
    <message>
        <source>OK: the command was accepted and carried out.</source>
        <translation>OK : la commande a été acceptée et exécutée.</translation>
    </message>
    <message>
        <source>The recipient is not local; the server will forward the message.</source>
        <translation>Le destinataire n&apos;est pas local ; le serveur transmettra le message.</translation>
    </message>
    <message>
        <source>The server cannot verify the address but will accept the message and try to deliver it.</source>
        <translation>Le serveur ne peut pas vérifier l&apos;adresse, mais acceptera le message et tentera de le distribuer.</translation>
    </message>
    <message>
        <source>The server waits for the next step of the login exchange (a base64 challenge, RFC 4954).</source>
        <translation>Le serveur attend l&apos;étape suivante de l&apos;échange d&apos;identification (un défi en base64, RFC 4954).</translation>
    </message>
    <message>
        <source>Start sending the message; end it with a line holding a single dot.</source>
        <translation>Commencez à envoyer le message ; terminez-le par une ligne contenant un seul point.</translation>
    </message>
    <message>
        <source>Service not available: the server is closing the connection (overloaded, shutting down, or refusing this client for now). Try again later.</source>
        <translation>Service indisponible : le serveur ferme la connexion (surchargé, en cours d&apos;arrêt, ou refusant ce client pour l&apos;instant). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>A password transition is needed: log in once with a plaintext mechanism over TLS (RFC 4954).</source>
        <translation>Une transition de mot de passe est nécessaire : connectez-vous une fois avec un mécanisme en clair sur TLS (RFC 4954).</translation>
    </message>
    <message>
        <source>Temporary failure: the mailbox is unavailable right now (busy, or blocked for policy reasons). Try again later.</source>
        <translation>Échec temporaire : la boîte aux lettres est indisponible pour l&apos;instant (occupée, ou bloquée pour des raisons de politique). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Temporary failure: a local error on the server while processing. Try again later.</source>
        <translation>Échec temporaire : une erreur locale sur le serveur pendant le traitement. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Temporary failure: the server is short of storage, or too many recipients were given at once.</source>
        <translation>Échec temporaire : le serveur manque d&apos;espace de stockage, ou trop de destinataires ont été indiqués à la fois.</translation>
    </message>
    <message>
        <source>Temporary failure: TLS is not available right now, or the authentication service failed temporarily (RFC 3207, RFC 4954).</source>
        <translation>Échec temporaire : TLS n&apos;est pas disponible pour l&apos;instant, ou le service d&apos;authentification a échoué temporairement (RFC 3207, RFC 4954).</translation>
    </message>
    <message>
        <source>The server cannot accept the parameters given, for now.</source>
        <translation>Le serveur ne peut pas accepter les paramètres indiqués, pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The queue for that node cannot be started now (ETRN, RFC 1985).</source>
        <translation>La file d&apos;attente de ce nœud ne peut pas être démarrée maintenant (ETRN, RFC 1985).</translation>
    </message>
    <message>
        <source>ETRN is not allowed for that node (RFC 1985).</source>
        <translation>ETRN n&apos;est pas autorisé pour ce nœud (RFC 1985).</translation>
    </message>
    <message>
        <source>Syntax error: the server did not recognise the command (or the line was too long).</source>
        <translation>Erreur de syntaxe : le serveur n&apos;a pas reconnu la commande (ou la ligne était trop longue).</translation>
    </message>
    <message>
        <source>Syntax error in the command&apos;s parameters or arguments.</source>
        <translation>Erreur de syntaxe dans les paramètres ou arguments de la commande.</translation>
    </message>
    <message>
        <source>The command is not implemented by this server.</source>
        <translation>La commande n&apos;est pas implémentée par ce serveur.</translation>
    </message>
    <message>
        <source>Bad sequence of commands: this command is not allowed at this point (for example MAIL before EHLO, or DATA without a recipient).</source>
        <translation>Mauvaise séquence de commandes : cette commande n&apos;est pas autorisée à ce stade (par exemple MAIL avant EHLO, ou DATA sans destinataire).</translation>
    </message>
    <message>
        <source>A command parameter is not implemented (for example an unknown AUTH mechanism).</source>
        <translation>Un paramètre de commande n&apos;est pas implémenté (par exemple un mécanisme AUTH inconnu).</translation>
    </message>
    <message>
        <source>This host does not accept mail at all (RFC 7504).</source>
        <translation>Cet hôte n&apos;accepte aucun courrier (RFC 7504).</translation>
    </message>
    <message>
        <source>Authentication required: log in first (or, with some servers, start TLS first) (RFC 4954).</source>
        <translation>Authentification requise : connectez-vous d&apos;abord (ou, sur certains serveurs, démarrez d&apos;abord TLS) (RFC 4954).</translation>
    </message>
    <message>
        <source>The authentication mechanism is too weak for this server&apos;s policy (RFC 4954); some providers also send it when an app password is required.</source>
        <translation>Le mécanisme d&apos;authentification est trop faible pour la politique de ce serveur (RFC 4954) ; certains fournisseurs l&apos;envoient aussi quand un mot de passe d&apos;application est requis.</translation>
    </message>
    <message>
        <source>Authentication credentials invalid: the user name, password or token was not accepted (RFC 4954).</source>
        <translation>Identifiants d&apos;authentification invalides : le nom d&apos;utilisateur, le mot de passe ou le jeton n&apos;a pas été accepté (RFC 4954).</translation>
    </message>
    <message>
        <source>Encryption required for the requested authentication mechanism: start TLS first (RFC 4954).</source>
        <translation>Chiffrement requis pour le mécanisme d&apos;authentification demandé : démarrez d&apos;abord TLS (RFC 4954).</translation>
    </message>
    <message>
        <source>Permanent failure: the mailbox is unavailable (no such user, or refused for policy reasons such as relaying or spam).</source>
        <translation>Échec permanent : la boîte aux lettres est indisponible (utilisateur inexistant, ou refus pour des raisons de politique comme le relais ou le spam).</translation>
    </message>
    <message>
        <source>The user is not local; the server names another address to try.</source>
        <translation>L&apos;utilisateur n&apos;est pas local ; le serveur indique une autre adresse à essayer.</translation>
    </message>
    <message>
        <source>Permanent failure: exceeded storage allocation (the message is too large, or the mailbox is full).</source>
        <translation>Échec permanent : allocation de stockage dépassée (le message est trop volumineux, ou la boîte aux lettres est pleine).</translation>
    </message>
    <message>
        <source>The mailbox name is not allowed: bad address syntax, or a sender address this account may not use.</source>
        <translation>Le nom de boîte aux lettres n&apos;est pas autorisé : syntaxe d&apos;adresse incorrecte, ou adresse d&apos;expéditeur que ce compte n&apos;a pas le droit d&apos;utiliser.</translation>
    </message>
    <message>
        <source>Transaction failed: refused for good. In a greeting it means the server will not talk to this client (often its IP address is on a block list).</source>
        <translation>Transaction échouée : refus définitif. Dans un message d&apos;accueil, cela signifie que le serveur ne dialoguera pas avec ce client (souvent son adresse IP figure sur une liste de blocage).</translation>
    </message>
    <message>
        <source>MAIL FROM or RCPT TO parameters not recognised or not implemented.</source>
        <translation>Paramètres MAIL FROM ou RCPT TO non reconnus ou non implémentés.</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail (RFC 7504).</source>
        <translation>Le domaine du destinataire n&apos;accepte pas de courrier (RFC 7504).</translation>
    </message>
    <message>
        <source>Positive completion: the command succeeded.</source>
        <translation>Achèvement positif : la commande a réussi.</translation>
    </message>
    <message>
        <source>Positive intermediate: the server waits for more from the client.</source>
        <translation>Intermédiaire positif : le serveur attend la suite de la part du client.</translation>
    </message>
    <message>
        <source>Transient negative: the command failed for now; trying again later may work.</source>
        <translation>Négatif transitoire : la commande a échoué pour l&apos;instant ; réessayer plus tard peut fonctionner.</translation>
    </message>
    <message>
        <source>Permanent negative: the command failed and repeating it will not help.</source>
        <translation>Négatif permanent : la commande a échoué et la répéter n&apos;aidera pas.</translation>
    </message>
    <message>
        <source>It concerns syntax.</source>
        <translation>Cela concerne la syntaxe.</translation>
    </message>
    <message>
        <source>It is informational.</source>
        <translation>C&apos;est informatif.</translation>
    </message>
    <message>
        <source>It concerns the connection.</source>
        <translation>Cela concerne la connexion.</translation>
    </message>
    <message>
        <source>It concerns authentication or accounting.</source>
        <translation>Cela concerne l&apos;authentification ou la comptabilité.</translation>
    </message>
    <message>
        <source>It concerns the mail system.</source>
        <translation>Cela concerne le système de messagerie.</translation>
    </message>
    <message>
        <source>Success.</source>
        <translation>Succès.</translation>
    </message>
    <message>
        <source>Persistent transient failure: it may work if tried again later.</source>
        <translation>Échec transitoire persistant : cela peut fonctionner en réessayant plus tard.</translation>
    </message>
    <message>
        <source>Permanent failure: trying again unchanged will not help.</source>
        <translation>Échec permanent : réessayer sans changement n&apos;aidera pas.</translation>
    </message>
    <message>
        <source>Other or undefined status.</source>
        <translation>État autre ou non défini.</translation>
    </message>
    <message>
        <source>Addressing status: about the sender or recipient address.</source>
        <translation>État d&apos;adressage : concerne l&apos;adresse de l&apos;expéditeur ou du destinataire.</translation>
    </message>
    <message>
        <source>Mailbox status: about the recipient&apos;s mailbox.</source>
        <translation>État de la boîte aux lettres : concerne la boîte aux lettres du destinataire.</translation>
    </message>
    <message>
        <source>Mail system status: about the receiving server.</source>
        <translation>État du système de messagerie : concerne le serveur destinataire.</translation>
    </message>
    <message>
        <source>Network and routing status.</source>
        <translation>État du réseau et du routage.</translation>
    </message>
    <message>
        <source>Mail delivery protocol status.</source>
        <translation>État du protocole de distribution du courrier.</translation>
    </message>
    <message>
        <source>Message content or media status.</source>
        <translation>État du contenu ou du média du message.</translation>
    </message>
    <message>
        <source>Security or policy status.</source>
        <translation>État de sécurité ou de politique.</translation>
    </message>
    <message>
        <source>Other undefined status: the text of the reply says more.</source>
        <translation>Autre état non défini : le texte de la réponse en dit plus.</translation>
    </message>
    <message>
        <source>Other address status.</source>
        <translation>Autre état d&apos;adresse.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address: no such user at that domain.</source>
        <translation>Adresse de boîte aux lettres de destination incorrecte : utilisateur inexistant dans ce domaine.</translation>
    </message>
    <message>
        <source>Bad destination system address: the recipient&apos;s domain is wrong or does not accept mail.</source>
        <translation>Adresse de système de destination incorrecte : le domaine du destinataire est erroné ou n&apos;accepte pas de courrier.</translation>
    </message>
    <message>
        <source>Bad destination mailbox address syntax.</source>
        <translation>Syntaxe d&apos;adresse de boîte aux lettres de destination incorrecte.</translation>
    </message>
    <message>
        <source>Destination mailbox address ambiguous.</source>
        <translation>Adresse de boîte aux lettres de destination ambiguë.</translation>
    </message>
    <message>
        <source>Destination address valid.</source>
        <translation>Adresse de destination valide.</translation>
    </message>
    <message>
        <source>Destination mailbox has moved; no forwarding address.</source>
        <translation>La boîte aux lettres de destination a été déplacée ; aucune adresse de réexpédition.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s mailbox address syntax.</source>
        <translation>Syntaxe d&apos;adresse de boîte aux lettres de l&apos;expéditeur incorrecte.</translation>
    </message>
    <message>
        <source>Bad sender&apos;s system address: the sender&apos;s domain is not accepted.</source>
        <translation>Adresse de système de l&apos;expéditeur incorrecte : le domaine de l&apos;expéditeur n&apos;est pas accepté.</translation>
    </message>
    <message>
        <source>Message relayed to a non-compliant mailer (RFC 3886).</source>
        <translation>Message relayé vers un serveur de messagerie non conforme (RFC 3886).</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain has a null MX: it accepts no mail (RFC 7505).</source>
        <translation>Le domaine du destinataire a un MX nul : il n&apos;accepte aucun courrier (RFC 7505).</translation>
    </message>
    <message>
        <source>Other or undefined mailbox status.</source>
        <translation>État de boîte aux lettres autre ou non défini.</translation>
    </message>
    <message>
        <source>Mailbox disabled, not accepting messages.</source>
        <translation>Boîte aux lettres désactivée, n&apos;accepte pas de messages.</translation>
    </message>
    <message>
        <source>Mailbox full.</source>
        <translation>Boîte aux lettres pleine.</translation>
    </message>
    <message>
        <source>Message length exceeds an administrative limit.</source>
        <translation>La taille du message dépasse une limite administrative.</translation>
    </message>
    <message>
        <source>Mailing list expansion problem.</source>
        <translation>Problème d&apos;expansion de liste de diffusion.</translation>
    </message>
    <message>
        <source>Other or undefined mail system status.</source>
        <translation>État du système de messagerie autre ou non défini.</translation>
    </message>
    <message>
        <source>Mail system full: the server is out of storage.</source>
        <translation>Système de messagerie plein : le serveur n&apos;a plus d&apos;espace de stockage.</translation>
    </message>
    <message>
        <source>System not accepting network messages (for example shutting down).</source>
        <translation>Le système n&apos;accepte pas de messages du réseau (par exemple en cours d&apos;arrêt).</translation>
    </message>
    <message>
        <source>System not capable of the selected features.</source>
        <translation>Le système ne prend pas en charge les fonctionnalités choisies.</translation>
    </message>
    <message>
        <source>Message too big for the system.</source>
        <translation>Message trop volumineux pour le système.</translation>
    </message>
    <message>
        <source>System incorrectly configured.</source>
        <translation>Système mal configuré.</translation>
    </message>
    <message>
        <source>Requested priority was changed (RFC 6710).</source>
        <translation>La priorité demandée a été modifiée (RFC 6710).</translation>
    </message>
    <message>
        <source>Other or undefined network or routing status.</source>
        <translation>État du réseau ou du routage autre ou non défini.</translation>
    </message>
    <message>
        <source>No answer from the next host.</source>
        <translation>Pas de réponse de l&apos;hôte suivant.</translation>
    </message>
    <message>
        <source>Bad connection.</source>
        <translation>Mauvaise connexion.</translation>
    </message>
    <message>
        <source>Directory server failure (for example DNS).</source>
        <translation>Échec du serveur d&apos;annuaire (par exemple DNS).</translation>
    </message>
    <message>
        <source>Unable to route the message.</source>
        <translation>Impossible d&apos;acheminer le message.</translation>
    </message>
    <message>
        <source>Mail system congestion; some providers also use it for sending quotas.</source>
        <translation>Congestion du système de messagerie ; certains fournisseurs l&apos;utilisent aussi pour les quotas d&apos;envoi.</translation>
    </message>
    <message>
        <source>Routing loop detected.</source>
        <translation>Boucle de routage détectée.</translation>
    </message>
    <message>
        <source>Delivery time expired.</source>
        <translation>Délai de distribution expiré.</translation>
    </message>
    <message>
        <source>Other or undefined protocol status.</source>
        <translation>État du protocole autre ou non défini.</translation>
    </message>
    <message>
        <source>Invalid command.</source>
        <translation>Commande invalide.</translation>
    </message>
    <message>
        <source>Syntax error.</source>
        <translation>Erreur de syntaxe.</translation>
    </message>
    <message>
        <source>Too many recipients.</source>
        <translation>Trop de destinataires.</translation>
    </message>
    <message>
        <source>Invalid command arguments.</source>
        <translation>Arguments de commande invalides.</translation>
    </message>
    <message>
        <source>Wrong protocol version.</source>
        <translation>Mauvaise version de protocole.</translation>
    </message>
    <message>
        <source>An authentication exchange line is too long (RFC 4954).</source>
        <translation>Une ligne de l&apos;échange d&apos;authentification est trop longue (RFC 4954).</translation>
    </message>
    <message>
        <source>Other or undefined media error.</source>
        <translation>Autre erreur de média ou non définie.</translation>
    </message>
    <message>
        <source>Media not supported.</source>
        <translation>Média non pris en charge.</translation>
    </message>
    <message>
        <source>Conversion required and prohibited.</source>
        <translation>Conversion nécessaire et interdite.</translation>
    </message>
    <message>
        <source>Conversion required but not supported.</source>
        <translation>Conversion nécessaire mais non prise en charge.</translation>
    </message>
    <message>
        <source>Conversion with loss performed.</source>
        <translation>Conversion effectuée avec perte.</translation>
    </message>
    <message>
        <source>Conversion failed.</source>
        <translation>La conversion a échoué.</translation>
    </message>
    <message>
        <source>Message content not available (RFC 4468).</source>
        <translation>Contenu du message indisponible (RFC 4468).</translation>
    </message>
    <message>
        <source>Non-ASCII addresses not permitted for that sender or recipient (RFC 6531).</source>
        <translation>Adresses non ASCII non autorisées pour cet expéditeur ou ce destinataire (RFC 6531).</translation>
    </message>
    <message>
        <source>A UTF-8 reply is required, but the client does not permit it (RFC 6531).</source>
        <translation>Une réponse UTF-8 est requise, mais le client ne l&apos;autorise pas (RFC 6531).</translation>
    </message>
    <message>
        <source>A UTF-8 header message cannot be passed on to some recipients (RFC 6531).</source>
        <translation>Un message à en-têtes UTF-8 ne peut pas être transmis à certains destinataires (RFC 6531).</translation>
    </message>
    <message>
        <source>Other or undefined security status (often: authentication needed or refused by policy).</source>
        <translation>État de sécurité autre ou non défini (souvent : authentification nécessaire ou refusée par la politique).</translation>
    </message>
    <message>
        <source>Delivery not authorized, message refused: a policy forbids it (relaying without login, a blocked sender, or spam).</source>
        <translation>Distribution non autorisée, message refusé : une politique l&apos;interdit (relais sans identification, expéditeur bloqué, ou spam).</translation>
    </message>
    <message>
        <source>Mailing list expansion prohibited.</source>
        <translation>Expansion de liste de diffusion interdite.</translation>
    </message>
    <message>
        <source>Security conversion required but not possible.</source>
        <translation>Conversion de sécurité nécessaire mais impossible.</translation>
    </message>
    <message>
        <source>Security features not supported.</source>
        <translation>Fonctions de sécurité non prises en charge.</translation>
    </message>
    <message>
        <source>Cryptographic failure.</source>
        <translation>Échec cryptographique.</translation>
    </message>
    <message>
        <source>Cryptographic algorithm not supported.</source>
        <translation>Algorithme cryptographique non pris en charge.</translation>
    </message>
    <message>
        <source>Message integrity failure.</source>
        <translation>Échec de l&apos;intégrité du message.</translation>
    </message>
    <message>
        <source>Authentication mechanism is too weak (RFC 4954); Gmail also uses it to say an app password is required.</source>
        <translation>Le mécanisme d&apos;authentification est trop faible (RFC 4954) ; Gmail l&apos;utilise aussi pour indiquer qu&apos;un mot de passe d&apos;application est requis.</translation>
    </message>
    <message>
        <source>Encryption needed (RFC 5248).</source>
        <translation>Chiffrement nécessaire (RFC 5248).</translation>
    </message>
    <message>
        <source>Encryption required for the requested authentication mechanism (RFC 4954).</source>
        <translation>Chiffrement requis pour le mécanisme d&apos;authentification demandé (RFC 4954).</translation>
    </message>
    <message>
        <source>A password transition is needed (RFC 4954).</source>
        <translation>Une transition de mot de passe est nécessaire (RFC 4954).</translation>
    </message>
    <message>
        <source>User account disabled (RFC 5248).</source>
        <translation>Compte utilisateur désactivé (RFC 5248).</translation>
    </message>
    <message>
        <source>Trust relationship required (RFC 5248).</source>
        <translation>Relation de confiance requise (RFC 5248).</translation>
    </message>
    <message>
        <source>Priority level is too low (RFC 6710).</source>
        <translation>Niveau de priorité trop bas (RFC 6710).</translation>
    </message>
    <message>
        <source>Message is too big for the specified priority (RFC 6710).</source>
        <translation>Message trop volumineux pour la priorité indiquée (RFC 6710).</translation>
    </message>
    <message>
        <source>Mailbox owner has changed (RFC 7293).</source>
        <translation>Le propriétaire de la boîte aux lettres a changé (RFC 7293).</translation>
    </message>
    <message>
        <source>Domain owner has changed (RFC 7293).</source>
        <translation>Le propriétaire du domaine a changé (RFC 7293).</translation>
    </message>
    <message>
        <source>RRVS test cannot be completed (RFC 7293).</source>
        <translation>Le test RRVS ne peut pas être mené à bien (RFC 7293).</translation>
    </message>
    <message>
        <source>No passing DKIM signature found (RFC 7372).</source>
        <translation>Aucune signature DKIM valide trouvée (RFC 7372).</translation>
    </message>
    <message>
        <source>No acceptable DKIM signature found (RFC 7372).</source>
        <translation>Aucune signature DKIM acceptable trouvée (RFC 7372).</translation>
    </message>
    <message>
        <source>No valid author-matched DKIM signature found (RFC 7372).</source>
        <translation>Aucune signature DKIM valide correspondant à l&apos;auteur trouvée (RFC 7372).</translation>
    </message>
    <message>
        <source>SPF validation failed: the sending server is not allowed for the sender&apos;s domain (RFC 7372).</source>
        <translation>La validation SPF a échoué : le serveur d&apos;envoi n&apos;est pas autorisé pour le domaine de l&apos;expéditeur (RFC 7372).</translation>
    </message>
    <message>
        <source>SPF validation error (RFC 7372).</source>
        <translation>Erreur de validation SPF (RFC 7372).</translation>
    </message>
    <message>
        <source>Reverse DNS validation failed (RFC 7372).</source>
        <translation>La validation du DNS inverse a échoué (RFC 7372).</translation>
    </message>
    <message>
        <source>Multiple authentication checks failed (RFC 7372).</source>
        <translation>Plusieurs vérifications d&apos;authentification ont échoué (RFC 7372).</translation>
    </message>
    <message>
        <source>The sender&apos;s domain has a null MX: it sends no mail (RFC 7505).</source>
        <translation>Le domaine de l&apos;expéditeur a un MX nul : il n&apos;envoie aucun courrier (RFC 7505).</translation>
    </message>
    <message>
        <source>Mail flood detected: too much mail in too short a time.</source>
        <translation>Afflux de courrier détecté : trop de courrier en trop peu de temps.</translation>
    </message>
    <message>
        <source>ARC validation failure (RFC 8617).</source>
        <translation>Échec de la validation ARC (RFC 8617).</translation>
    </message>
    <message>
        <source>REQUIRETLS support required (RFC 8689).</source>
        <translation>Prise en charge de REQUIRETLS exigée (RFC 8689).</translation>
    </message>
    <message>
        <source>A message the server wants shown to the user as it is.</source>
        <translation>Un message que le serveur veut montrer tel quel à l&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The mailbox (or object) already exists (RFC 5530).</source>
        <translation>La boîte aux lettres (ou l&apos;objet) existe déjà (RFC 5530).</translation>
    </message>
    <message>
        <source>The UID the appended message got (UIDPLUS, RFC 4315).</source>
        <translation>L&apos;UID obtenu par le message ajouté (UIDPLUS, RFC 4315).</translation>
    </message>
    <message>
        <source>Authentication failed: the user name, password or token was not accepted (RFC 5530).</source>
        <translation>Échec de l&apos;authentification : le nom d&apos;utilisateur, le mot de passe ou le jeton n&apos;a pas été accepté (RFC 5530).</translation>
    </message>
    <message>
        <source>The credentials are valid, but this user may not log in as the requested identity (RFC 5530).</source>
        <translation>Les identifiants sont valides, mais cet utilisateur n&apos;a pas le droit de se connecter sous l&apos;identité demandée (RFC 5530).</translation>
    </message>
    <message>
        <source>The search used a character set the server does not support.</source>
        <translation>La recherche a utilisé un jeu de caractères que le serveur ne prend pas en charge.</translation>
    </message>
    <message>
        <source>Unknown comparator (RFC 5255).</source>
        <translation>Comparateur inconnu (RFC 5255).</translation>
    </message>
    <message>
        <source>The server cannot notify about that event (NOTIFY, RFC 5465).</source>
        <translation>Le serveur ne peut pas notifier cet événement (NOTIFY, RFC 5465).</translation>
    </message>
    <message>
        <source>A URL given to the server is invalid (RFC 4469/4467).</source>
        <translation>Une URL fournie au serveur est invalide (RFC 4469/4467).</translation>
    </message>
    <message>
        <source>The operation violates some invariant of the server (RFC 5530).</source>
        <translation>L&apos;opération viole un invariant du serveur (RFC 5530).</translation>
    </message>
    <message>
        <source>The server&apos;s capability list, sent along with this response.</source>
        <translation>La liste des capacités du serveur, envoyée avec cette réponse.</translation>
    </message>
    <message>
        <source>The server thinks the client made a mistake, though it carried out the command (RFC 5530).</source>
        <translation>Le serveur estime que le client a commis une erreur, bien qu&apos;il ait exécuté la commande (RFC 5530).</translation>
    </message>
    <message>
        <source>The previously selected mailbox is now closed (QRESYNC, RFC 7162).</source>
        <translation>La boîte aux lettres sélectionnée précédemment est maintenant fermée (QRESYNC, RFC 7162).</translation>
    </message>
    <message>
        <source>Compression is already active (RFC 4978).</source>
        <translation>La compression est déjà active (RFC 4978).</translation>
    </message>
    <message>
        <source>The user should contact the server&apos;s administrator or support (RFC 5530).</source>
        <translation>L&apos;utilisateur devrait contacter l&apos;administrateur ou l&apos;assistance du serveur (RFC 5530).</translation>
    </message>
    <message>
        <source>The UIDs the copied messages got (UIDPLUS, RFC 4315).</source>
        <translation>Les UID obtenus par les messages copiés (UIDPLUS, RFC 4315).</translation>
    </message>
    <message>
        <source>The server found corrupt data (RFC 5530).</source>
        <translation>Le serveur a trouvé des données corrompues (RFC 5530).</translation>
    </message>
    <message>
        <source>The password or account has expired (RFC 5530).</source>
        <translation>Le mot de passe ou le compte a expiré (RFC 5530).</translation>
    </message>
    <message>
        <source>Another session deleted messages meanwhile (RFC 5530).</source>
        <translation>Une autre session a supprimé des messages entre-temps (RFC 5530).</translation>
    </message>
    <message>
        <source>The mailbox cannot be deleted because it has children (RFC 9051).</source>
        <translation>La boîte aux lettres ne peut pas être supprimée car elle a des sous-dossiers (RFC 9051).</translation>
    </message>
    <message>
        <source>The highest modification sequence of the mailbox (CONDSTORE, RFC 7162).</source>
        <translation>La séquence de modification la plus élevée de la boîte aux lettres (CONDSTORE, RFC 7162).</translation>
    </message>
    <message>
        <source>The command is still running; progress report (RFC 9585).</source>
        <translation>La commande est toujours en cours ; rapport de progression (RFC 9585).</translation>
    </message>
    <message>
        <source>The resource is in use by another session; try again later (RFC 5530).</source>
        <translation>La ressource est utilisée par une autre session ; réessayez plus tard (RFC 5530).</translation>
    </message>
    <message>
        <source>A server limit was hit (for example too many connections or a rate limit) (RFC 5530).</source>
        <translation>Une limite du serveur a été atteinte (par exemple trop de connexions ou une limite de débit) (RFC 5530).</translation>
    </message>
    <message>
        <source>The mailbox&apos;s permanent id (OBJECTID, RFC 8474).</source>
        <translation>L&apos;identifiant permanent de la boîte aux lettres (OBJECTID, RFC 8474).</translation>
    </message>
    <message>
        <source>A metadata limit was hit (RFC 5464).</source>
        <translation>Une limite de métadonnées a été atteinte (RFC 5464).</translation>
    </message>
    <message>
        <source>Some messages changed since the client&apos;s UNCHANGEDSINCE value (CONDSTORE, RFC 7162).</source>
        <translation>Certains messages ont changé depuis la valeur UNCHANGEDSINCE du client (CONDSTORE, RFC 7162).</translation>
    </message>
    <message>
        <source>The mailbox does not keep modification sequences (RFC 7162).</source>
        <translation>La boîte aux lettres ne conserve pas de séquences de modification (RFC 7162).</translation>
    </message>
    <message>
        <source>The mailbox (or object) does not exist (RFC 5530).</source>
        <translation>La boîte aux lettres (ou l&apos;objet) n&apos;existe pas (RFC 5530).</translation>
    </message>
    <message>
        <source>No permission for that mailbox or operation (RFC 5530).</source>
        <translation>Aucune permission pour cette boîte aux lettres ou cette opération (RFC 5530).</translation>
    </message>
    <message>
        <source>The server stopped notifications; the client must re-synchronise (RFC 5465).</source>
        <translation>Le serveur a arrêté les notifications ; le client doit se resynchroniser (RFC 5465).</translation>
    </message>
    <message>
        <source>The search result was not saved (RFC 5182).</source>
        <translation>Le résultat de la recherche n&apos;a pas été enregistré (RFC 5182).</translation>
    </message>
    <message>
        <source>The account is over its storage quota (RFC 5530).</source>
        <translation>Le compte a dépassé son quota de stockage (RFC 5530).</translation>
    </message>
    <message>
        <source>The server could not parse a message&apos;s headers or MIME structure.</source>
        <translation>Le serveur n&apos;a pas pu analyser les en-têtes ou la structure MIME d&apos;un message.</translation>
    </message>
    <message>
        <source>The flags the client may change permanently in this mailbox.</source>
        <translation>Les indicateurs que le client peut modifier de façon permanente dans cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>The operation needs an encrypted connection: use TLS (RFC 5530).</source>
        <translation>L&apos;opération exige une connexion chiffrée : utilisez TLS (RFC 5530).</translation>
    </message>
    <message>
        <source>The mailbox is open read-only.</source>
        <translation>La boîte aux lettres est ouverte en lecture seule.</translation>
    </message>
    <message>
        <source>The mailbox is open for reading and writing.</source>
        <translation>La boîte aux lettres est ouverte en lecture et en écriture.</translation>
    </message>
    <message>
        <source>The server refers the client to another server (RFC 2221).</source>
        <translation>Le serveur renvoie le client vers un autre serveur (RFC 2221).</translation>
    </message>
    <message>
        <source>The server hit an internal bug (RFC 5530).</source>
        <translation>Le serveur a rencontré un bogue interne (RFC 5530).</translation>
    </message>
    <message>
        <source>The message or data is too large (RFC 4469).</source>
        <translation>Le message ou les données sont trop volumineux (RFC 4469).</translation>
    </message>
    <message>
        <source>The target mailbox does not exist; creating it first may help.</source>
        <translation>La boîte aux lettres cible n&apos;existe pas ; la créer d&apos;abord peut aider.</translation>
    </message>
    <message>
        <source>The UID the next new message in this mailbox will get.</source>
        <translation>L&apos;UID que recevra le prochain nouveau message de cette boîte aux lettres.</translation>
    </message>
    <message>
        <source>UIDs in this mailbox do not persist between sessions (UIDPLUS, RFC 4315).</source>
        <translation>Les UID de cette boîte aux lettres ne persistent pas d&apos;une session à l&apos;autre (UIDPLUS, RFC 4315).</translation>
    </message>
    <message>
        <source>The mailbox&apos;s UID validity value: when it changes, cached UIDs are void.</source>
        <translation>La valeur de validité des UID de la boîte aux lettres : quand elle change, les UID en cache ne valent plus rien.</translation>
    </message>
    <message>
        <source>Temporary failure: a backend (for example the authentication service) is unavailable; try again later (RFC 5530).</source>
        <translation>Échec temporaire : un service dorsal (par exemple le service d&apos;authentification) est indisponible ; réessayez plus tard (RFC 5530).</translation>
    </message>
    <message>
        <source>The server cannot decode that content transfer encoding (BINARY, RFC 3516).</source>
        <translation>Le serveur ne sait pas décoder ce codage de transfert de contenu (BINARY, RFC 3516).</translation>
    </message>
    <message>
        <source>The number of the first unseen message (IMAP4rev1).</source>
        <translation>Le numéro du premier message non lu (IMAP4rev1).</translation>
    </message>
    <message>
        <source>The URL authorization mechanisms the server supports (RFC 4467).</source>
        <translation>Les mécanismes d&apos;autorisation d&apos;URL que le serveur prend en charge (RFC 4467).</translation>
    </message>
    <message>
        <source>The special-use attribute was not accepted (RFC 6154).</source>
        <translation>L&apos;attribut d&apos;usage spécial n&apos;a pas été accepté (RFC 6154).</translation>
    </message>
    <message>
        <source>The user must visit a web page (the URL given) before logging in again (RFC 9051 registry).</source>
        <translation>L&apos;utilisateur doit consulter une page web (l&apos;URL indiquée) avant de se reconnecter (registre RFC 9051).</translation>
    </message>
    <message>
        <source>The login failed because of the credentials: the user name or password is wrong (POP3, RFC 3206).</source>
        <translation>La connexion a échoué à cause des identifiants : le nom d&apos;utilisateur ou le mot de passe est incorrect (POP3, RFC 3206).</translation>
    </message>
    <message>
        <source>The login worked, but another session holds the mailbox; POP3 allows one at a time (RFC 2449).</source>
        <translation>La connexion a réussi, mais une autre session occupe la boîte aux lettres ; POP3 n&apos;en autorise qu&apos;une à la fois (RFC 2449).</translation>
    </message>
    <message>
        <source>Logged in again sooner than the server allows (RFC 2449).</source>
        <translation>Nouvelle connexion plus tôt que le serveur ne l&apos;autorise (RFC 2449).</translation>
    </message>
    <message>
        <source>A lasting problem on the server&apos;s side, not the credentials (POP3, RFC 3206).</source>
        <translation>Un problème durable du côté du serveur, pas les identifiants (POP3, RFC 3206).</translation>
    </message>
    <message>
        <source>A temporary problem on the server&apos;s side, not the credentials; try again later (POP3, RFC 3206).</source>
        <translation>Un problème temporaire du côté du serveur, pas les identifiants ; réessayez plus tard (POP3, RFC 3206).</translation>
    </message>
    <message>
        <source>Says with [AUTH] when a login failed because of the credentials (RFC 3206).</source>
        <translation>Indique par [AUTH] quand une connexion a échoué à cause des identifiants (RFC 3206).</translation>
    </message>
    <message>
        <source>How long the server keeps messages after they were fetched (RFC 2449).</source>
        <translation>Durée pendant laquelle le serveur conserve les messages après leur relève (RFC 2449).</translation>
    </message>
    <message>
        <source>The server software&apos;s name (RFC 2449).</source>
        <translation>Le nom du logiciel serveur (RFC 2449).</translation>
    </message>
    <message>
        <source>The minimum time between logins, in seconds (RFC 2449).</source>
        <translation>Le délai minimal entre deux connexions, en secondes (RFC 2449).</translation>
    </message>
    <message>
        <source>Failure replies carry codes such as [IN-USE] (RFC 2449).</source>
        <translation>Les réponses d&apos;échec portent des codes comme [IN-USE] (RFC 2449).</translation>
    </message>
    <message>
        <source>Accepts login with the AUTH command (RFC 5034).</source>
        <translation>Accepte la connexion avec la commande AUTH (RFC 5034).</translation>
    </message>
    <message>
        <source>Can send just the headers and first lines of a message (RFC 1939).</source>
        <translation>Peut envoyer uniquement les en-têtes et les premières lignes d&apos;un message (RFC 1939).</translation>
    </message>
    <message>
        <source>Gives each message a lasting id, so a client can leave mail on the server (RFC 1939).</source>
        <translation>Donne à chaque message un identifiant durable, pour qu&apos;un client puisse laisser le courrier sur le serveur (RFC 1939).</translation>
    </message>
    <message>
        <source>Accepts login with USER and PASS: the password in the clear, so only over TLS (RFC 1939).</source>
        <translation>Accepte la connexion avec USER et PASS : le mot de passe en clair, donc uniquement sur TLS (RFC 1939).</translation>
    </message>
    <message>
        <source>Accepts 8-bit message bodies without conversion (RFC 6152).</source>
        <translation>Accepte les corps de message 8 bits sans conversion (RFC 6152).</translation>
    </message>
    <message>
        <source>Accepts login (SMTP AUTH, RFC 4954).</source>
        <translation>Accepte l&apos;identification (SMTP AUTH, RFC 4954).</translation>
    </message>
    <message>
        <source>Accepts binary message bodies with BDAT (RFC 3030).</source>
        <translation>Accepte les corps de message binaires avec BDAT (RFC 3030).</translation>
    </message>
    <message>
        <source>Can fetch the message from an IMAP server by URL (RFC 4468).</source>
        <translation>Peut récupérer le message depuis un serveur IMAP par URL (RFC 4468).</translation>
    </message>
    <message>
        <source>Can resume an interrupted transfer (RFC 1845).</source>
        <translation>Peut reprendre un transfert interrompu (RFC 1845).</translation>
    </message>
    <message>
        <source>Accepts the message in chunks with BDAT instead of DATA (RFC 3030).</source>
        <translation>Accepte le message par morceaux avec BDAT au lieu de DATA (RFC 3030).</translation>
    </message>
    <message>
        <source>The sender may set a delivery deadline (RFC 2852).</source>
        <translation>L&apos;expéditeur peut fixer une échéance de distribution (RFC 2852).</translation>
    </message>
    <message>
        <source>Delivery status notifications: the sender can ask to be told about delivery or failure (RFC 3461).</source>
        <translation>Notifications d&apos;état de distribution : l&apos;expéditeur peut demander à être informé de la distribution ou de l&apos;échec (RFC 3461).</translation>
    </message>
    <message>
        <source>Replies carry detailed status codes such as 5.7.8 (RFC 2034, RFC 3463).</source>
        <translation>Les réponses portent des codes d&apos;état détaillés comme 5.7.8 (RFC 2034, RFC 3463).</translation>
    </message>
    <message>
        <source>Remote queue start: a client may ask for queued mail (RFC 1985).</source>
        <translation>Démarrage de file distante : un client peut demander le courrier en attente (RFC 1985).</translation>
    </message>
    <message>
        <source>Expands mailing lists on request.</source>
        <translation>Développe les listes de diffusion sur demande.</translation>
    </message>
    <message>
        <source>Holds a message for release at a later time (RFC 4865).</source>
        <translation>Retient un message pour le libérer plus tard (RFC 4865).</translation>
    </message>
    <message>
        <source>Answers HELP with information for a person.</source>
        <translation>Répond à HELP avec des informations destinées à une personne.</translation>
    </message>
    <message>
        <source>Announces its limits on recipients and transactions (RFC 9422).</source>
        <translation>Annonce ses limites de destinataires et de transactions (RFC 9422).</translation>
    </message>
    <message>
        <source>Accepts message priorities (RFC 6710).</source>
        <translation>Accepte les priorités de message (RFC 6710).</translation>
    </message>
    <message>
        <source>Message tracking (RFC 3885).</source>
        <translation>Suivi des messages (RFC 3885).</translation>
    </message>
    <message>
        <source>Accepts no-soliciting keywords (RFC 3865).</source>
        <translation>Accepte les mots-clés de non-sollicitation (RFC 3865).</translation>
    </message>
    <message>
        <source>The client may send several commands without waiting for each reply, which saves round trips (RFC 2920).</source>
        <translation>Le client peut envoyer plusieurs commandes sans attendre chaque réponse, ce qui économise des allers-retours (RFC 2920).</translation>
    </message>
    <message>
        <source>The sender may require TLS on every hop of delivery (RFC 8689).</source>
        <translation>L&apos;expéditeur peut exiger TLS à chaque étape de la distribution (RFC 8689).</translation>
    </message>
    <message>
        <source>Checks that the recipient&apos;s mailbox has not changed owner (RFC 7293).</source>
        <translation>Vérifie que la boîte aux lettres du destinataire n&apos;a pas changé de propriétaire (RFC 7293).</translation>
    </message>
    <message>
        <source>Accepts international (UTF-8) addresses and headers (RFC 6531).</source>
        <translation>Accepte les adresses et en-têtes internationaux (UTF-8) (RFC 6531).</translation>
    </message>
    <message>
        <source>The connection can be switched to TLS encryption with the STARTTLS command (RFC 3207 for SMTP, RFC 3501 for IMAP).</source>
        <translation>La connexion peut passer au chiffrement TLS avec la commande STARTTLS (RFC 3207 pour SMTP, RFC 3501 pour IMAP).</translation>
    </message>
    <message>
        <source>Verbose delivery reports (Sendmail).</source>
        <translation>Rapports de distribution détaillés (Sendmail).</translation>
    </message>
    <message>
        <source>Verifies addresses on request.</source>
        <translation>Vérifie les adresses sur demande.</translation>
    </message>
    <message>
        <source>A trusted proxy may pass on the original client&apos;s details (Postfix).</source>
        <translation>Un proxy de confiance peut transmettre les informations du client d&apos;origine (Postfix).</translation>
    </message>
    <message>
        <source>A trusted content filter may pass on the original client&apos;s details (Postfix).</source>
        <translation>Un filtre de contenu de confiance peut transmettre les informations du client d&apos;origine (Postfix).</translation>
    </message>
    <message>
        <source>Access control lists for sharing mailboxes (RFC 4314).</source>
        <translation>Listes de contrôle d&apos;accès pour partager des boîtes aux lettres (RFC 4314).</translation>
    </message>
    <message>
        <source>Per-message annotations (RFC 5257).</source>
        <translation>Annotations par message (RFC 5257).</translation>
    </message>
    <message>
        <source>The server limits the size of uploaded messages (RFC 7889).</source>
        <translation>Le serveur limite la taille des messages déposés (RFC 7889).</translation>
    </message>
    <message>
        <source>Can send and receive message parts undecoded, saving bandwidth (RFC 3516).</source>
        <translation>Peut envoyer et recevoir des parties de message non décodées, ce qui économise de la bande passante (RFC 3516).</translation>
    </message>
    <message>
        <source>Can build a message from parts of others (RFC 4469).</source>
        <translation>Peut construire un message à partir de parties d&apos;autres messages (RFC 4469).</translation>
    </message>
    <message>
        <source>Tells whether folders have sub-folders (RFC 3348).</source>
        <translation>Indique si les dossiers ont des sous-dossiers (RFC 3348).</translation>
    </message>
    <message>
        <source>The connection can be compressed (RFC 4978).</source>
        <translation>La connexion peut être compressée (RFC 4978).</translation>
    </message>
    <message>
        <source>Conditional STORE: fast re-synchronisation of flags after changes (RFC 7162).</source>
        <translation>STORE conditionnel : resynchronisation rapide des indicateurs après des modifications (RFC 7162).</translation>
    </message>
    <message>
        <source>Search results kept up to date as mail arrives (RFC 5267).</source>
        <translation>Résultats de recherche tenus à jour à l&apos;arrivée du courrier (RFC 5267).</translation>
    </message>
    <message>
        <source>Folders can be created with a special use such as Sent (RFC 6154).</source>
        <translation>Les dossiers peuvent être créés avec un usage spécial comme Envoyés (RFC 6154).</translation>
    </message>
    <message>
        <source>Extensions can be switched on explicitly (RFC 5161).</source>
        <translation>Les extensions peuvent être activées explicitement (RFC 5161).</translation>
    </message>
    <message>
        <source>Compact search results (RFC 4731).</source>
        <translation>Résultats de recherche compacts (RFC 4731).</translation>
    </message>
    <message>
        <source>Compact sort results (RFC 5267).</source>
        <translation>Résultats de tri compacts (RFC 5267).</translation>
    </message>
    <message>
        <source>Saved searches (RFC 5466).</source>
        <translation>Recherches enregistrées (RFC 5466).</translation>
    </message>
    <message>
        <source>Language-aware sorting and searching (RFC 5255).</source>
        <translation>Tri et recherche tenant compte de la langue (RFC 5255).</translation>
    </message>
    <message>
        <source>Client and server can tell each other their name and version (RFC 2971).</source>
        <translation>Le client et le serveur peuvent s&apos;indiquer mutuellement leur nom et leur version (RFC 2971).</translation>
    </message>
    <message>
        <source>Push: the server reports new mail at once while the client waits, so the client need not poll (RFC 2177).</source>
        <translation>Push : le serveur signale immédiatement le nouveau courrier pendant que le client attend, le client n&apos;a donc pas besoin d&apos;interroger (RFC 2177).</translation>
    </message>
    <message>
        <source>Speaks IMAP4.</source>
        <translation>Parle IMAP4.</translation>
    </message>
    <message>
        <source>Speaks IMAP4rev1 (RFC 3501).</source>
        <translation>Parle IMAP4rev1 (RFC 3501).</translation>
    </message>
    <message>
        <source>Speaks IMAP4rev2 (RFC 9051).</source>
        <translation>Parle IMAP4rev2 (RFC 9051).</translation>
    </message>
    <message>
        <source>Server messages in other languages (RFC 5255).</source>
        <translation>Messages du serveur dans d&apos;autres langues (RFC 5255).</translation>
    </message>
    <message>
        <source>Richer folder listings (RFC 5258).</source>
        <translation>Listes de dossiers plus riches (RFC 5258).</translation>
    </message>
    <message>
        <source>Folder listings with the user&apos;s access rights (RFC 8440).</source>
        <translation>Listes de dossiers avec les droits d&apos;accès de l&apos;utilisateur (RFC 8440).</translation>
    </message>
    <message>
        <source>Folder listings with message counts in one command (RFC 5819).</source>
        <translation>Listes de dossiers avec le nombre de messages en une seule commande (RFC 5819).</translation>
    </message>
    <message>
        <source>Non-synchronising literals: the client need not wait before sending long strings (RFC 7888).</source>
        <translation>Littéraux non synchronisants : le client n&apos;a pas besoin d&apos;attendre avant d&apos;envoyer de longues chaînes (RFC 7888).</translation>
    </message>
    <message>
        <source>Non-synchronising literals up to 4096 bytes (RFC 7888).</source>
        <translation>Littéraux non synchronisants jusqu&apos;à 4096 octets (RFC 7888).</translation>
    </message>
    <message>
        <source>May refer the client to another server at login (RFC 2221).</source>
        <translation>Peut renvoyer le client vers un autre serveur à la connexion (RFC 2221).</translation>
    </message>
    <message>
        <source>The LOGIN command is disabled here, usually until the connection is encrypted with STARTTLS.</source>
        <translation>La commande LOGIN est désactivée ici, généralement jusqu&apos;à ce que la connexion soit chiffrée avec STARTTLS.</translation>
    </message>
    <message>
        <source>May refer the client to another server for a folder (RFC 2193).</source>
        <translation>Peut renvoyer le client vers un autre serveur pour un dossier (RFC 2193).</translation>
    </message>
    <message>
        <source>Server and folder annotations (RFC 5464).</source>
        <translation>Annotations du serveur et des dossiers (RFC 5464).</translation>
    </message>
    <message>
        <source>Server annotations (RFC 5464).</source>
        <translation>Annotations du serveur (RFC 5464).</translation>
    </message>
    <message>
        <source>Messages can be moved between folders in one step (RFC 6851).</source>
        <translation>Les messages peuvent être déplacés entre dossiers en une seule étape (RFC 6851).</translation>
    </message>
    <message>
        <source>Several messages can be uploaded at once (RFC 3502).</source>
        <translation>Plusieurs messages peuvent être déposés à la fois (RFC 3502).</translation>
    </message>
    <message>
        <source>One search across several folders (RFC 7377).</source>
        <translation>Une seule recherche sur plusieurs dossiers (RFC 7377).</translation>
    </message>
    <message>
        <source>Tells where personal, shared and other users&apos; folders are (RFC 2342).</source>
        <translation>Indique où se trouvent les dossiers personnels, partagés et ceux des autres utilisateurs (RFC 2342).</translation>
    </message>
    <message>
        <source>Push notifications for several folders (RFC 5465).</source>
        <translation>Notifications push pour plusieurs dossiers (RFC 5465).</translation>
    </message>
    <message>
        <source>Permanent ids for messages and folders (RFC 8474).</source>
        <translation>Identifiants permanents pour les messages et les dossiers (RFC 8474).</translation>
    </message>
    <message>
        <source>Short message previews (RFC 8970).</source>
        <translation>Aperçus courts des messages (RFC 8970).</translation>
    </message>
    <message>
        <source>Quick re-synchronisation after reconnecting (RFC 7162).</source>
        <translation>Resynchronisation rapide après reconnexion (RFC 7162).</translation>
    </message>
    <message>
        <source>Storage quota can be queried (RFC 9208).</source>
        <translation>Le quota de stockage peut être consulté (RFC 9208).</translation>
    </message>
    <message>
        <source>Extra access rights for sharing (RFC 4314).</source>
        <translation>Droits d&apos;accès supplémentaires pour le partage (RFC 4314).</translation>
    </message>
    <message>
        <source>The login can start in the same command, saving a round trip (RFC 4959).</source>
        <translation>La connexion peut commencer dans la même commande, ce qui économise un aller-retour (RFC 4959).</translation>
    </message>
    <message>
        <source>Remembers when each message was saved (RFC 8514).</source>
        <translation>Mémorise quand chaque message a été enregistré (RFC 8514).</translation>
    </message>
    <message>
        <source>Search results can be reused in the next command (RFC 5182).</source>
        <translation>Les résultats de recherche peuvent être réutilisés dans la commande suivante (RFC 5182).</translation>
    </message>
    <message>
        <source>Message snippets (draft, superseded by PREVIEW).</source>
        <translation>Extraits de messages (brouillon, remplacé par PREVIEW).</translation>
    </message>
    <message>
        <source>The server sorts messages itself (RFC 5256).</source>
        <translation>Le serveur trie lui-même les messages (RFC 5256).</translation>
    </message>
    <message>
        <source>Marks the Sent, Drafts, Trash, Junk and Archive folders so clients find them (RFC 6154).</source>
        <translation>Marque les dossiers Envoyés, Brouillons, Corbeille, Indésirables et Archives pour que les clients les trouvent (RFC 6154).</translation>
    </message>
    <message>
        <source>Extra STATUS items (RFC 8438).</source>
        <translation>Éléments STATUS supplémentaires (RFC 8438).</translation>
    </message>
    <message>
        <source>The server groups messages into conversations (RFC 5256).</source>
        <translation>Le serveur regroupe les messages en conversations (RFC 5256).</translation>
    </message>
    <message>
        <source>Reports the ids of uploaded and copied messages, and can expunge single messages (RFC 4315).</source>
        <translation>Indique les identifiants des messages déposés et copiés, et peut effacer définitivement des messages individuels (RFC 4315).</translation>
    </message>
    <message>
        <source>The user can log out without closing the connection (RFC 8437).</source>
        <translation>L&apos;utilisateur peut se déconnecter sans fermer la connexion (RFC 8437).</translation>
    </message>
    <message>
        <source>A folder can be closed without deleting messages (RFC 3691).</source>
        <translation>Un dossier peut être fermé sans supprimer de messages (RFC 3691).</translation>
    </message>
    <message>
        <source>Authorised URLs to message parts, for forwarding without download (RFC 4467).</source>
        <translation>URL autorisées vers des parties de message, pour transférer sans télécharger (RFC 4467).</translation>
    </message>
    <message>
        <source>International (UTF-8) folder names and headers (RFC 6855).</source>
        <translation>Noms de dossiers et en-têtes internationaux (UTF-8) (RFC 6855).</translation>
    </message>
    <message>
        <source>Searches by age (RFC 5032).</source>
        <translation>Recherches par ancienneté (RFC 5032).</translation>
    </message>
    <message>
        <source>Gmail&apos;s extensions: labels, thread and message ids.</source>
        <translation>Extensions de Gmail : libellés, identifiants de fils et de messages.</translation>
    </message>
    <message>
        <source>Gmail&apos;s and Apple&apos;s older special-folder listing (replaced by SPECIAL-USE).</source>
        <translation>Ancienne liste des dossiers spéciaux de Gmail et d&apos;Apple (remplacée par SPECIAL-USE).</translation>
    </message>
    <message>
        <source>Login without an account (RFC 4505).</source>
        <translation>Connexion sans compte (RFC 4505).</translation>
    </message>
    <message>
        <source>Challenge-response with a password hash: the password itself is not sent, but the scheme is old and weak (RFC 2195).</source>
        <translation>Défi-réponse avec une empreinte du mot de passe : le mot de passe lui-même n&apos;est pas envoyé, mais le procédé est ancien et faible (RFC 2195).</translation>
    </message>
    <message>
        <source>An obsolete challenge-response mechanism (RFC 6331).</source>
        <translation>Un mécanisme défi-réponse obsolète (RFC 6331).</translation>
    </message>
    <message>
        <source>Login by an identity established outside SASL, such as a TLS client certificate (RFC 4422).</source>
        <translation>Connexion par une identité établie en dehors de SASL, comme un certificat client TLS (RFC 4422).</translation>
    </message>
    <message>
        <source>Kerberos single sign-on (RFC 4752).</source>
        <translation>Authentification unique Kerberos (RFC 4752).</translation>
    </message>
    <message>
        <source>User name and password sent one after the other, readable unless the connection is encrypted (an old, unofficial mechanism).</source>
        <translation>Nom d&apos;utilisateur et mot de passe envoyés l&apos;un après l&apos;autre, lisibles sauf si la connexion est chiffrée (un ancien mécanisme non officiel).</translation>
    </message>
    <message>
        <source>Microsoft&apos;s Windows login.</source>
        <translation>L&apos;authentification Windows de Microsoft.</translation>
    </message>
    <message>
        <source>Login with an OAuth 2.0 access token instead of a password (RFC 7628).</source>
        <translation>Connexion avec un jeton d&apos;accès OAuth 2.0 au lieu d&apos;un mot de passe (RFC 7628).</translation>
    </message>
    <message>
        <source>User name and password sent in one message, readable unless the connection is encrypted (RFC 4616).</source>
        <translation>Nom d&apos;utilisateur et mot de passe envoyés en un seul message, lisibles sauf si la connexion est chiffrée (RFC 4616).</translation>
    </message>
    <message>
        <source>Salted challenge-response: the password is never sent, and the server proves it knows it too (RFC 5802).</source>
        <translation>Défi-réponse salé : le mot de passe n&apos;est jamais envoyé, et le serveur prouve qu&apos;il le connaît aussi (RFC 5802).</translation>
    </message>
    <message>
        <source>Salted challenge-response with SHA-256: the password is never sent, and the server proves it knows it too (RFC 7677).</source>
        <translation>Défi-réponse salé avec SHA-256 : le mot de passe n&apos;est jamais envoyé, et le serveur prouve qu&apos;il le connaît aussi (RFC 7677).</translation>
    </message>
    <message>
        <source>Google&apos;s and Microsoft&apos;s login with an OAuth 2.0 access token instead of a password.</source>
        <translation>La connexion de Google et de Microsoft avec un jeton d&apos;accès OAuth 2.0 au lieu d&apos;un mot de passe.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The subject %1 is not registered.</source>
        <translation>Le sujet %1 n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>Value: %1.</source>
        <translation>Valeur : %1.</translation>
    </message>
    <message>
        <source>The server announces message sizes but sets no fixed limit (RFC 1870).</source>
        <translation>Le serveur annonce la taille des messages mais ne fixe aucune limite (RFC 1870).</translation>
    </message>
    <message>
        <source>Largest message: %1 (%2 bytes) (RFC 1870).</source>
        <translation>Plus gros message : %1 (%2 octets) (RFC 1870).</translation>
    </message>
    <message>
        <source>Largest message that can be uploaded: %1 (%2 bytes) (RFC 7889).</source>
        <translation>Plus gros message pouvant être déposé : %1 (%2 octets) (RFC 7889).</translation>
    </message>
    <message>
        <source>Accepts login with: %1.</source>
        <translation>Accepte la connexion avec : %1.</translation>
    </message>
    <message>
        <source>Shortest deadline accepted: %1 s.</source>
        <translation>Échéance la plus courte acceptée : %1 s.</translation>
    </message>
    <message>
        <source>Longest hold: %1 s, latest release: %2.</source>
        <translation>Rétention la plus longue : %1 s, libération au plus tard : %2.</translation>
    </message>
    <message>
        <source>Limits: %1.</source>
        <translation>Limites : %1.</translation>
    </message>
    <message>
        <source>Method: %1.</source>
        <translation>Méthode : %1.</translation>
    </message>
    <message>
        <source>Variant: %1.</source>
        <translation>Variante : %1.</translation>
    </message>
    <message>
        <source>A private extension of this server&apos;s software (%1); Mail Doctor does not use it.</source>
        <translation>Une extension privée du logiciel de ce serveur (%1) ; Mail Doctor ne l&apos;utilise pas.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2
%3: %4</source>
        <translation>%1 : %2
%3 : %4</translation>
    </message>
</context>
<context>
    <name>md::HtmlReport</name>
    <message>
        <source>Implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucune (non chiffrée)</translation>
    </message>
    <message>
        <source>%1 check of %2 port %3</source>
        <translation>Test %1 de %2 port %3</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>(no login)</source>
        <translation>(sans connexion)</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>(never included in a report)</source>
        <translation>(jamais inclus dans un rapport)</translation>
    </message>
    <message>
        <source>Extra CA file</source>
        <translation>Fichier d&apos;autorité de certification supplémentaire</translation>
    </message>
    <message>
        <source>Pinned server key (SPKI SHA-256)</source>
        <translation>Clé de serveur épinglée (SPKI SHA-256)</translation>
    </message>
    <message>
        <source>Envelope from</source>
        <translation>Expéditeur de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>Envelope to</source>
        <translation>Destinataire de l&apos;enveloppe</translation>
    </message>
    <message>
        <source>Send a test message</source>
        <translation>Envoyer un message de test</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Waterfall</source>
        <translation>Cascade</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>No findings: everything that was checked works.</source>
        <translation>Aucun constat : tout ce qui a été testé fonctionne.</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>command line:</source>
        <translation>ligne de commande :</translation>
    </message>
    <message>
        <source>No TLS handshake was attempted.</source>
        <translation>Aucune négociation TLS n&apos;a été tentée.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Certificate trusted by its pinned key.</source>
        <translation>Certificat approuvé par sa clé épinglée.</translation>
    </message>
    <message>
        <source>Certificate verified for %1.</source>
        <translation>Certificat vérifié pour %1.</translation>
    </message>
    <message>
        <source>Certificate NOT verified.</source>
        <translation>Certificat NON vérifié.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>%1 to %2 (%3 days left)</source>
        <translation>du %1 au %2 (%3 jours restants)</translation>
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
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>Mail Doctor report, %1</source>
        <translation>Rapport Mail Doctor, %1</translation>
    </message>
    <message>
        <source>Settings:</source>
        <translation>Paramètres :</translation>
    </message>
    <message>
        <source>Transcript:</source>
        <translation>Transcription :</translation>
    </message>
    <message>
        <source>Mail Doctor report</source>
        <translation>Rapport Mail Doctor</translation>
    </message>
    <message>
        <source>Created %1. Passwords and tokens are never included.</source>
        <translation>Créé le %1. Les mots de passe et les jetons n&apos;y figurent jamais.</translation>
    </message>
    <message>
        <source>PASSED in %1 ms</source>
        <translation>RÉUSSI en %1 ms</translation>
    </message>
    <message>
        <source>FAILED at step &quot;%1&quot;: %2</source>
        <translation>ÉCHEC à l&apos;étape « %1 » : %2</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
</context>
<context>
    <name>md::ImapCheck</name>
    <message>
        <source>The server broke the IMAP protocol: %1</source>
        <translation>Le serveur n&apos;a pas respecté le protocole IMAP : %1</translation>
    </message>
    <message>
        <source>%1: %2 %3%4</source>
        <translation>%1 : %2 %3%4</translation>
    </message>
    <message>
        <source>The server&apos;s first line is not an IMAP greeting: %1</source>
        <translation>La première ligne du serveur n&apos;est pas un message d&apos;accueil IMAP : %1</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation>Le serveur a refusé la session : %1</translation>
    </message>
    <message>
        <source>The server greeted with PREAUTH on an unencrypted connection, which rules out STARTTLS. The check stops rather than continue without encryption.</source>
        <translation>Le serveur a salué avec PREAUTH sur une connexion non chiffrée, ce qui exclut STARTTLS. Le test s&apos;arrête plutôt que de continuer sans chiffrement.</translation>
    </message>
    <message>
        <source>The greeting carried an unencrypted alert, not shown as the server&apos;s word.</source>
        <translation>Le message d&apos;accueil contenait une alerte non chiffrée, qui n&apos;est pas présentée comme un message du serveur.</translation>
    </message>
    <message>
        <source>Unencrypted alert, possibly forged, not shown as a server message: %1</source>
        <translation>Alerte non chiffrée, peut-être falsifiée, non présentée comme un message du serveur : %1</translation>
    </message>
    <message>
        <source>Server alert: %1</source>
        <translation>Alerte du serveur : %1</translation>
    </message>
    <message>
        <source>The server ended the session: %1</source>
        <translation>Le serveur a mis fin à la session : %1</translation>
    </message>
    <message>
        <source>The server answered tag %1, but the command in flight is %2.</source>
        <translation>Le serveur a répondu à l&apos;étiquette %1, mais la commande en cours est %2.</translation>
    </message>
    <message>
        <source>CAPABILITY failed</source>
        <translation>CAPABILITY a échoué</translation>
    </message>
    <message>
        <source>The server answered CAPABILITY without listing capabilities.</source>
        <translation>Le serveur a répondu à CAPABILITY sans lister de capacités.</translation>
    </message>
    <message>
        <source>The server refused STARTTLS</source>
        <translation>Le serveur a refusé STARTTLS</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Authentication failed (%1)</source>
        <translation>Échec de l&apos;authentification (%1)</translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <translation>authentifié en tant que %1 avec %2</translation>
    </message>
    <message>
        <source>LIST failed</source>
        <translation>LIST a échoué</translation>
    </message>
    <message>
        <source>INBOX could not be opened</source>
        <translation>INBOX n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>The server sent a tagged response nobody asked for.</source>
        <translation>Le serveur a envoyé une réponse étiquetée que personne n&apos;a demandée.</translation>
    </message>
    <message numerus="yes">
        <source>%n capabilities</source>
        <translation>
            <numerusform>%n capacité</numerusform>
            <numerusform>%n capacités</numerusform>
        </translation>
    </message>
    <message>
        <source>The server advertises neither IMAP4rev1 nor IMAP4rev2.</source>
        <translation>Le serveur n&apos;annonce ni IMAP4rev1 ni IMAP4rev2.</translation>
    </message>
    <message>
        <source>the server pre-authenticated this connection</source>
        <translation>le serveur a pré-authentifié cette connexion</translation>
    </message>
    <message>
        <source>The server advertises LOGINDISABLED: it does not accept the LOGIN command here.</source>
        <translation>Le serveur annonce LOGINDISABLED : il n&apos;accepte pas la commande LOGIN ici.</translation>
    </message>
    <message>
        <source>The server advertises LOGINDISABLED: it does not accept the LOGIN command without encryption.</source>
        <translation>Le serveur annonce LOGINDISABLED : il n&apos;accepte pas la commande LOGIN sans chiffrement.</translation>
    </message>
    <message>
        <source>The user name contains a line break (CR or LF) or a NUL character, which the IMAP LOGIN command cannot carry.</source>
        <translation>Le nom d&apos;utilisateur contient un saut de ligne (CR ou LF) ou un caractère NUL, que la commande IMAP LOGIN ne peut pas transporter.</translation>
    </message>
    <message>
        <source>The password contains a line break (CR or LF) or a NUL character, which the IMAP LOGIN command cannot carry.</source>
        <translation>Le mot de passe contient un saut de ligne (CR ou LF) ou un caractère NUL, que la commande IMAP LOGIN ne peut pas transporter.</translation>
    </message>
    <message>
        <source>The server asked for more data (&quot;+&quot;) where none was expected.</source>
        <translation>Le serveur a demandé davantage de données (« + ») alors qu&apos;aucune n&apos;était attendue.</translation>
    </message>
    <message>
        <source>The server&apos;s AUTHENTICATE challenge is not valid base64.</source>
        <translation>Le défi AUTHENTICATE du serveur n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>challenge: %1</source>
        <translation>défi : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s); no special-use folders marked</source>
        <translation>
            <numerusform>%n dossier ; aucun dossier à usage spécial marqué</numerusform>
            <numerusform>%n dossiers ; aucun dossier à usage spécial marqué</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s); %1</source>
        <translation>
            <numerusform>%n dossier ; %1</numerusform>
            <numerusform>%n dossiers ; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>INBOX holds %n message(s)</source>
        <translation>
            <numerusform>INBOX contient %n message</numerusform>
            <numerusform>INBOX contient %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>the server did not say how many messages INBOX holds</source>
        <translation>le serveur n&apos;a pas indiqué combien de messages contient INBOX</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>md::InputValidation</name>
    <message>
        <source>it contains a line break or another control character</source>
        <translation>elle contient un saut de ligne ou un autre caractère de contrôle</translation>
    </message>
    <message>
        <source>it contains a space or an angle bracket</source>
        <translation>elle contient une espace ou un chevron</translation>
    </message>
    <message>
        <source>it is not of the form name@domain</source>
        <translation>elle n&apos;est pas de la forme nom@domaine</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; cannot be used: %2.</source>
        <translation>L&apos;adresse d&apos;expéditeur « %1 » ne peut pas être utilisée : %2.</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>elle est vide</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; cannot be used: %2.</source>
        <translation>L&apos;adresse de destinataire « %1 » ne peut pas être utilisée : %2.</translation>
    </message>
    <message>
        <source>No server host name was given.</source>
        <translation>Aucun nom d&apos;hôte de serveur n&apos;a été indiqué.</translation>
    </message>
    <message>
        <source>The server host name &quot;%1&quot; cannot be used: a host name or address has no spaces, control characters or URL punctuation.</source>
        <translation>Le nom d&apos;hôte de serveur « %1 » ne peut pas être utilisé : un nom d&apos;hôte ou une adresse ne contient ni espaces, ni caractères de contrôle, ni ponctuation d&apos;URL.</translation>
    </message>
    <message>
        <source>The EHLO name &quot;%1&quot; cannot be used: it must be a host name or an address literal in printable ASCII without spaces.</source>
        <translation>Le nom EHLO « %1 » ne peut pas être utilisé : ce doit être un nom d&apos;hôte ou une adresse littérale en ASCII imprimable, sans espaces.</translation>
    </message>
    <message>
        <source>The user name &quot;%1&quot; cannot be used: it contains a line break (CR or LF) or a NUL character.</source>
        <translation>Le nom d&apos;utilisateur « %1 » ne peut pas être utilisé : il contient un saut de ligne (CR ou LF) ou un caractère NUL.</translation>
    </message>
</context>
<context>
    <name>md::Pop3Check</name>
    <message>
        <source>The server broke the POP3 protocol: %1</source>
        <translation>Le serveur n&apos;a pas respecté le protocole POP3 : %1</translation>
    </message>
    <message>
        <source>%1: %2 %3%4</source>
        <translation>%1 : %2 %3%4</translation>
    </message>
    <message>
        <source>The server asked for more data (&quot;+&quot;) where none was expected.</source>
        <translation>Le serveur a demandé davantage de données (« + ») alors qu&apos;aucune n&apos;était attendue.</translation>
    </message>
    <message>
        <source>The server refused STLS</source>
        <translation>Le serveur a refusé STLS</translation>
    </message>
    <message>
        <source>The user name was refused</source>
        <translation>Le nom d&apos;utilisateur a été refusé</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>authenticated as %1 with USER/PASS</source>
        <translation>authentifié en tant que %1 avec USER/PASS</translation>
    </message>
    <message>
        <source>The server sent a response nobody asked for: %1</source>
        <translation>Le serveur a envoyé une réponse que personne n&apos;a demandée : %1</translation>
    </message>
    <message>
        <source>The server refused the session</source>
        <translation>Le serveur a refusé la session</translation>
    </message>
    <message>
        <source>The greeting carries an APOP timestamp; APOP is not used (it relies on MD5).</source>
        <translation>Le message d&apos;accueil contient un horodatage APOP ; APOP n&apos;est pas utilisé (il repose sur MD5).</translation>
    </message>
    <message numerus="yes">
        <source>%n capabilities</source>
        <translation>
            <numerusform>%n capacité</numerusform>
            <numerusform>%n capacités</numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not list its capabilities (no CAPA)</source>
        <translation>le serveur ne liste pas ses capacités (pas de CAPA)</translation>
    </message>
    <message>
        <source>The server does not offer USER/PASS login (no USER capability).</source>
        <translation>Le serveur ne propose pas la connexion USER/PASS (pas de capacité USER).</translation>
    </message>
    <message>
        <source>The server does not offer USER/PASS login on this unencrypted connection (no USER capability).</source>
        <translation>Le serveur ne propose pas la connexion USER/PASS sur cette connexion non chiffrée (pas de capacité USER).</translation>
    </message>
    <message>
        <source>The password contains a line break (CR or LF) or a NUL character, which the POP3 PASS command cannot carry.</source>
        <translation>Le mot de passe contient un saut de ligne (CR ou LF) ou un caractère NUL, que la commande POP3 PASS ne peut pas transporter.</translation>
    </message>
    <message>
        <source>The server&apos;s AUTH challenge is not valid base64.</source>
        <translation>Le défi AUTH du serveur n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>challenge: %1</source>
        <translation>défi : %1</translation>
    </message>
    <message>
        <source>Authentication failed (%1)</source>
        <translation>Échec de l&apos;authentification (%1)</translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <translation>authentifié en tant que %1 avec %2</translation>
    </message>
    <message>
        <source>STAT failed</source>
        <translation>STAT a échoué</translation>
    </message>
    <message>
        <source>the server&apos;s STAT answer does not say how many messages there are</source>
        <translation>la réponse STAT du serveur n&apos;indique pas combien de messages il y a</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s), %1 octets</source>
        <translation>
            <numerusform>%n message, %1 octets</numerusform>
            <numerusform>%n messages, %1 octets</numerusform>
        </translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
</context>
<context>
    <name>md::ProfileStore</name>
    <message>
        <source>The account file %1 cannot be read: %2. Check its permissions; Mail Doctor has not changed it.</source>
        <translation>Le fichier de comptes %1 ne peut pas être lu : %2. Vérifiez ses permissions ; Mail Doctor ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <source>The account file %1 cannot be used: %2 Mail Doctor has not changed it and will not write over it. Repair the file, or move it away to start with no accounts.</source>
        <translation>Le fichier de comptes %1 ne peut pas être utilisé : %2 Mail Doctor ne l&apos;a pas modifié et ne l&apos;écrasera pas. Réparez le fichier, ou déplacez-le pour repartir sans aucun compte.</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2).</source>
        <translation>ce n&apos;est pas du JSON valide (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>ce n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>its &quot;version&quot; is missing or not a positive whole number.</source>
        <translation>sa « version » est absente ou n&apos;est pas un nombre entier positif.</translation>
    </message>
    <message>
        <source>The account file %1 was written by a newer Mail Doctor (format version %2; this one understands version %3). It has not been changed and will not be written over. Use the newer Mail Doctor, or move the file away to start with no accounts.</source>
        <translation>Le fichier de comptes %1 a été écrit par une version plus récente de Mail Doctor (version de format %2 ; celle-ci comprend la version %3). Il n&apos;a pas été modifié et ne sera pas écrasé. Utilisez la version plus récente de Mail Doctor, ou déplacez le fichier pour repartir sans aucun compte.</translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is not a list.</source>
        <translation>« accounts » n&apos;est pas une liste.</translation>
    </message>
    <message>
        <source>an account is malformed: %1</source>
        <translation>un compte est mal formé : %1</translation>
    </message>
    <message>
        <source>an entry of &quot;accounts&quot; is not an object.</source>
        <translation>une entrée de « accounts » n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>the account name &quot;%1&quot; appears twice.</source>
        <translation>le nom de compte « %1 » apparaît deux fois.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written (%2); the account file %3 was not changed. Check the folder&apos;s permissions and free space.</source>
        <translation>La sauvegarde %1 ne peut pas être écrite (%2) ; le fichier de comptes %3 n&apos;a pas été modifié. Vérifiez les permissions du dossier et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>The account file %1 cannot be written: %2. It was not changed; check the folder&apos;s permissions and free space.</source>
        <translation>Le fichier de comptes %1 ne peut pas être écrit : %2. Il n&apos;a pas été modifié ; vérifiez les permissions du dossier et l&apos;espace libre.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Check the permissions of its parent folder.</source>
        <translation>Le dossier %1 ne peut pas être créé. Vérifiez les permissions de son dossier parent.</translation>
    </message>
    <message>
        <source>The account file %1 is locked by another Mail Doctor (lock file %2). Try again in a moment; if no other Mail Doctor is running, remove the lock file.</source>
        <translation>Le fichier de comptes %1 est verrouillé par un autre Mail Doctor (fichier de verrou %2). Réessayez dans un instant ; si aucun autre Mail Doctor n&apos;est en cours d&apos;exécution, supprimez le fichier de verrou.</translation>
    </message>
    <message>
        <source>There is no saved account named &quot;%1&quot; (see &quot;account list&quot;).</source>
        <translation>Il n&apos;y a aucun compte enregistré nommé « %1 » (voir « account list »).</translation>
    </message>
    <message>
        <source>An account named &quot;%1&quot; is already saved; choose another name or remove it first.</source>
        <translation>Un compte nommé « %1 » est déjà enregistré ; choisissez un autre nom ou supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>There is no saved account named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a aucun compte enregistré nommé « %1 ».</translation>
    </message>
</context>
<context>
    <name>md::ProxySettings</name>
    <message>
        <source>The proxy URL must not contain spaces or line breaks.</source>
        <translation>L&apos;URL du proxy ne doit contenir ni espaces ni sauts de ligne.</translation>
    </message>
    <message>
        <source>That is not a proxy URL like socks5://host:1080 or http://host:3128.</source>
        <translation>Ce n&apos;est pas une URL de proxy comme socks5://host:1080 ou http://host:3128.</translation>
    </message>
    <message>
        <source>The proxy type &quot;%1&quot; is not supported: use socks5:// or http://.</source>
        <translation>Le type de proxy « %1 » n&apos;est pas pris en charge : utilisez socks5:// ou http://.</translation>
    </message>
    <message>
        <source>The proxy URL must not contain a password; give it with --proxy-password-env VAR.</source>
        <translation>L&apos;URL du proxy ne doit pas contenir de mot de passe ; indiquez-le avec --proxy-password-env VAR.</translation>
    </message>
    <message>
        <source>The proxy URL needs a port, e.g. %1://%2:%3.</source>
        <translation>L&apos;URL du proxy a besoin d&apos;un port, par ex. %1://%2:%3.</translation>
    </message>
    <message>
        <source>The proxy URL must be only scheme://host:port.</source>
        <translation>L&apos;URL du proxy doit être uniquement schéma://hôte:port.</translation>
    </message>
    <message>
        <source>A user name is supported for SOCKS5 proxies only.</source>
        <translation>Un nom d&apos;utilisateur n&apos;est pris en charge que pour les proxys SOCKS5.</translation>
    </message>
</context>
<context>
    <name>md::Report</name>
    <message>
        <source>Mailbox:</source>
        <translation>Boîte aux lettres :</translation>
    </message>
    <message numerus="yes">
        <source>  %n message(s), %1 octets</source>
        <translation>
            <numerusform>  %n message, %1 octets</numerusform>
            <numerusform>  %n messages, %1 octets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  INBOX: %n message(s)</source>
        <translation>
            <numerusform>  INBOX : %n message</numerusform>
            <numerusform>  INBOX : %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>  INBOX: message count unknown</source>
        <translation>  INBOX : nombre de messages inconnu</translation>
    </message>
    <message numerus="yes">
        <source>  %n folder(s):</source>
        <translation>
            <numerusform>  %n dossier :</numerusform>
            <numerusform>  %n dossiers :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>    … and %n more</source>
        <translation>
            <numerusform>    … et %n autre</numerusform>
            <numerusform>    … et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>PASSED</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>%1 check of %2 port %3 (%4): %5 in %6 s
</source>
        <translation>Test %1 de %2 port %3 (%4) : %5 en %6 s
</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Étapes :</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>TLS:</source>
        <translation>TLS :</translation>
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
        <translation>  certificat : %1
</translation>
    </message>
    <message>
        <source>trusted by its pinned key</source>
        <translation>approuvé par sa clé épinglée</translation>
    </message>
    <message>
        <source>verified for %1</source>
        <translation>vérifié pour %1</translation>
    </message>
    <message>
        <source>NOT verified</source>
        <translation>NON vérifié</translation>
    </message>
    <message>
        <source>  error: %1
</source>
        <translation>  erreur : %1
</translation>
    </message>
    <message>
        <source>  - %1
      issued by %2
      valid %3 to %4 (%5 days left)
</source>
        <translation>  - %1
      émis par %2
      valable du %3 au %4 (%5 jours restants)
</translation>
    </message>
    <message>
        <source>      names: %1
</source>
        <translation>      noms : %1
</translation>
    </message>
    <message>
        <source>      SHA-256: %1
      SPKI SHA-256: %2
</source>
        <translation>      SHA-256 : %1
      SPKI SHA-256 : %2
</translation>
    </message>
    <message>
        <source>Capabilities:</source>
        <translation>Capacités :</translation>
    </message>
    <message>
        <source>  before TLS: %1
</source>
        <translation>  avant TLS : %1
</translation>
    </message>
    <message>
        <source>  after TLS:  %1
</source>
        <translation>  après TLS : %1
</translation>
    </message>
    <message>
        <source>Findings: none. Everything that was checked works.</source>
        <translation>Constats : aucun. Tout ce qui a été testé fonctionne.</translation>
    </message>
    <message>
        <source>Findings (most important first):</source>
        <translation>Constats (les plus importants d&apos;abord) :</translation>
    </message>
    <message>
        <source>Try: %1</source>
        <translation>Essayez : %1</translation>
    </message>
</context>
<context>
    <name>md::Resolver</name>
    <message>
        <source>The DNS resolver could not be set up: %1</source>
        <translation>Le résolveur DNS n&apos;a pas pu être configuré : %1</translation>
    </message>
    <message>
        <source>The DNS server %1 cannot be used: %2</source>
        <translation>Le serveur DNS %1 ne peut pas être utilisé : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is under the reserved domain .invalid, which never resolves (RFC 6761).</source>
        <translation>« %1 » appartient au domaine réservé .invalid, qui ne se résout jamais (RFC 6761).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
</context>
<context>
    <name>md::SmtpCheck</name>
    <message>
        <source>The server broke the SMTP protocol: %1</source>
        <translation>Le serveur n&apos;a pas respecté le protocole SMTP : %1</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>The server is closing the connection</source>
        <translation>Le serveur ferme la connexion</translation>
    </message>
    <message>
        <source>The server refused the session</source>
        <translation>Le serveur a refusé la session</translation>
    </message>
    <message>
        <source>EHLO refused (%1); trying HELO</source>
        <translation>EHLO refusé (%1) ; essai de HELO</translation>
    </message>
    <message>
        <source>EHLO was refused</source>
        <translation>EHLO a été refusé</translation>
    </message>
    <message>
        <source>HELO was refused</source>
        <translation>HELO a été refusé</translation>
    </message>
    <message>
        <source>The server refused STARTTLS</source>
        <translation>Le serveur a refusé STARTTLS</translation>
    </message>
    <message>
        <source>The sender %1 was refused</source>
        <translation>L&apos;expéditeur %1 a été refusé</translation>
    </message>
    <message>
        <source>sender %1 accepted</source>
        <translation>expéditeur %1 accepté</translation>
    </message>
    <message>
        <source>The recipient %1 was refused</source>
        <translation>Le destinataire %1 a été refusé</translation>
    </message>
    <message>
        <source>recipient %1 accepted</source>
        <translation>destinataire %1 accepté</translation>
    </message>
    <message>
        <source>DATA was refused</source>
        <translation>DATA a été refusé</translation>
    </message>
    <message>
        <source>The message was not accepted</source>
        <translation>Le message n&apos;a pas été accepté</translation>
    </message>
    <message>
        <source>message accepted: %1</source>
        <translation>message accepté : %1</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for: %1</source>
        <translation>Le serveur a envoyé une réponse que personne n&apos;a demandée : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) advertised</source>
        <translation>
            <numerusform>%n extension annoncée</numerusform>
            <numerusform>%n extensions annoncées</numerusform>
        </translation>
    </message>
    <message>
        <source>no extensions (HELO)</source>
        <translation>aucune extension (HELO)</translation>
    </message>
    <message>
        <source>(empty response)</source>
        <translation>(réponse vide)</translation>
    </message>
    <message>
        <source>The server&apos;s AUTH challenge is not valid base64.</source>
        <translation>Le défi AUTH du serveur n&apos;est pas du base64 valide.</translation>
    </message>
    <message>
        <source>challenge: %1</source>
        <translation>défi : %1</translation>
    </message>
    <message>
        <source>authenticated as %1 with %2</source>
        <translation>authentifié en tant que %1 avec %2</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>Échec de l&apos;authentification</translation>
    </message>
    <message>
        <source>Authentication failed (%1)</source>
        <translation>Échec de l&apos;authentification (%1)</translation>
    </message>
    <message>
        <source>the server closed the connection without answering QUIT</source>
        <translation>le serveur a fermé la connexion sans répondre à QUIT</translation>
    </message>
</context>
<context>
    <name>md::cli::AccountCommand</name>
    <message>
        <source>Try &quot;maildoctor-cli account --help&quot;.</source>
        <translation>Essayez « maildoctor-cli account --help ».</translation>
    </message>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>&quot;account %1&quot; needs exactly one NAME.</source>
        <translation>« account %1 » exige exactement un NAME.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 est obligatoire.</translation>
    </message>
    <message>
        <source>--%1 must be a host name or address.</source>
        <translation>--%1 doit être un nom d&apos;hôte ou une adresse.</translation>
    </message>
    <message>
        <source>--%1 must be a user name without line breaks.</source>
        <translation>--%1 doit être un nom d&apos;utilisateur sans saut de ligne.</translation>
    </message>
    <message>
        <source>&quot;account add&quot; needs exactly one NAME.</source>
        <translation>« account add » exige exactement un NAME.</translation>
    </message>
    <message>
        <source>An account name must be 1 to 200 characters without line breaks.</source>
        <translation>Un nom de compte doit compter de 1 à 200 caractères, sans saut de ligne.</translation>
    </message>
    <message>
        <source>--email is required.</source>
        <translation>--email est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain mail address (name@domain, no spaces or angle brackets).</source>
        <translation>« %1 » n&apos;est pas une simple adresse e-mail (nom@domaine, sans espaces ni chevrons).</translation>
    </message>
    <message>
        <source>--display-name must not hold line breaks.</source>
        <translation>--display-name ne doit pas contenir de sauts de ligne.</translation>
    </message>
    <message>
        <source>Give either --imap-host or --pop3-host: an account has one incoming server.</source>
        <translation>Indiquez soit --imap-host soit --pop3-host : un compte a un seul serveur entrant.</translation>
    </message>
    <message>
        <source>--%1 needs --%2host.</source>
        <translation>--%1 exige --%2host.</translation>
    </message>
    <message>
        <source>Saved account &quot;%1&quot; in %2.</source>
        <translation>Compte « %1 » enregistré dans %2.</translation>
    </message>
    <message>
        <source>No password was given: it will be asked for each time.</source>
        <translation>Aucun mot de passe n&apos;a été indiqué : il sera demandé à chaque fois.</translation>
    </message>
    <message>
        <source>The password is stored in the keychain.</source>
        <translation>Le mot de passe est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>The password was not stored: %1 The account &quot;%2&quot; is saved without it; the password will be asked for each time.</source>
        <translation>Le mot de passe n&apos;a pas été enregistré : %1 Le compte « %2 » est enregistré sans lui ; le mot de passe sera demandé à chaque fois.</translation>
    </message>
    <message>
        <source>&quot;account list&quot; takes no arguments.</source>
        <translation>« account list » ne prend aucun argument.</translation>
    </message>
    <message>
        <source>No saved accounts.</source>
        <translation>Aucun compte enregistré.</translation>
    </message>
    <message>
        <source>%1  &lt;%2&gt;  %3 %4:%5  %6 %7:%8</source>
        <translation>%1  &lt;%2&gt;  %3 %4:%5  %6 %7:%8</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>pas dans le trousseau</translation>
    </message>
    <message>
        <source>keychain unavailable: %1</source>
        <translation>trousseau indisponible : %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 port %4, %5</source>
        <translation>%1 (%2) : %3 port %4, %5</translation>
    </message>
    <message>
        <source>  user %1, login %2</source>
        <translation>  utilisateur %1, connexion %2</translation>
    </message>
    <message>
        <source>  OAuth2 provider: %1</source>
        <translation>  fournisseur OAuth2 : %1</translation>
    </message>
    <message>
        <source>  extra CA file: %1</source>
        <translation>  fichier d&apos;autorité de certification supplémentaire : %1</translation>
    </message>
    <message>
        <source>  pinned key (SPKI SHA-256): %1</source>
        <translation>  clé épinglée (SPKI SHA-256) : %1</translation>
    </message>
    <message>
        <source>  OAuth2 tokens: %1</source>
        <translation>  jetons OAuth2 : %1</translation>
    </message>
    <message>
        <source>  password: %1</source>
        <translation>  mot de passe : %1</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;</source>
        <translation>Compte « %1 »</translation>
    </message>
    <message>
        <source>Email: %1</source>
        <translation>Adresse e-mail : %1</translation>
    </message>
    <message>
        <source>Display name: %1</source>
        <translation>Nom affiché : %1</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was not removed: its keychain entries could not be deleted. %2</source>
        <translation>Le compte « %1 » n&apos;a pas été supprimé : ses entrées du trousseau n&apos;ont pas pu être effacées. %2</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its keychain entries.</source>
        <translation>Compte « %1 » et ses entrées du trousseau supprimés.</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot;.</source>
        <translation>Compte « %1 » supprimé.</translation>
    </message>
    <message>
        <source>Its keychain entries, if any were saved in another session, could not be deleted: %1</source>
        <translation>Ses entrées du trousseau, si certaines ont été enregistrées dans une autre session, n&apos;ont pas pu être effacées : %1</translation>
    </message>
    <message>
        <source>== %1 (%2): %3 port %4 ==</source>
        <translation>== %1 (%2) : %3 port %4 ==</translation>
    </message>
    <message>
        <source>Use only one of --smtp-only, --imap-only and --pop3-only.</source>
        <translation>N&apos;utilisez qu&apos;une seule option parmi --smtp-only, --imap-only et --pop3-only.</translation>
    </message>
    <message>
        <source>The incoming server of &quot;%1&quot; is %2: use --%3.</source>
        <translation>Le serveur entrant de « %1 » est %2 : utilisez --%3.</translation>
    </message>
    <message>
        <source>The stored secret of %1 could not be read: %2</source>
        <translation>Le secret enregistré de %1 n&apos;a pas pu être lu : %2</translation>
    </message>
    <message>
        <source>No OAuth2 sign-in of account &quot;%1&quot; is stored for %2: sign in with OAuth2 first.</source>
        <translation>Aucune connexion OAuth2 du compte « %1 » n&apos;est enregistrée pour %2 : connectez-vous d&apos;abord avec OAuth2.</translation>
    </message>
    <message>
        <source>No %1 secret of account &quot;%2&quot; is available: give the password with --password-env VAR or --password-stdin.</source>
        <translation>Aucun secret %1 du compte « %2 » n&apos;est disponible : indiquez le mot de passe avec --password-env VAR ou --password-stdin.</translation>
    </message>
    <message>
        <source>--format must be autoconfig or msmtp.</source>
        <translation>--format doit valoir autoconfig ou msmtp.</translation>
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
        <translation>Utilisation :
  maildoctor-cli account add NAME --email ADDR [--display-name TEXT]
      --smtp-host HOST [--smtp-port N] [--smtp-security tls|starttls|none]
      [--smtp-user NAME] [--smtp-auth MECH]
      --imap-host HOST [--imap-port N] [--imap-security tls|starttls|none]
      [--imap-user NAME] [--imap-auth MECH]
      (ou --pop3-host HOST [--pop3-port N] [--pop3-security MODE] [--pop3-user NAME]
      [--pop3-auth MECH] pour un serveur entrant POP3)
      [--password-env VAR | --password-stdin] [--ca-file PEM]
      [--smtp-pin-spki HASH] [--imap-pin-spki HASH | --pop3-pin-spki HASH]
  maildoctor-cli account list [--json]
  maildoctor-cli account show NAME [--json]
  maildoctor-cli account remove NAME
  maildoctor-cli account test NAME [--smtp-only | --imap-only | --pop3-only] [--json]
      [--timeout SECONDS] [--password-env VAR | --password-stdin]
  maildoctor-cli account export NAME --format autoconfig|msmtp

Comptes enregistrés : les paramètres vont dans un fichier de comptes (%1), le mot de passe
uniquement dans le trousseau du système, pour les deux serveurs. Les noms d&apos;utilisateur
sont par défaut l&apos;adresse ; les ports et la sécurité ont les mêmes valeurs par défaut que
pour « smtp », « imap » et « pop3 ». « test » lance les deux tests avec les paramètres
enregistrés et le mot de passe enregistré (un mot de passe indiqué avec --password-env ou
--password-stdin est utilisé à la place ; sans aucun des deux, il est demandé dans un
terminal).

Code de sortie : 0 terminé (les tests ont réussi), 1 quelque chose a échoué (le mot de
passe n&apos;a pas pu être enregistré, un test a échoué, le fichier de comptes est
inutilisable), 2 mauvaise utilisation ou saisie incorrecte.
</translation>
    </message>
    <message>
        <source>Missing account command: add, list, show, remove, test or export.</source>
        <translation>Commande de compte manquante : add, list, show, remove, test ou export.</translation>
    </message>
    <message>
        <source>Unknown account command &quot;%1&quot;: use add, list, show, remove, test or export.</source>
        <translation>Commande de compte inconnue « %1 » : utilisez add, list, show, remove, test ou export.</translation>
    </message>
    <message>
        <source>&quot;account %1&quot; does not take --%2.</source>
        <translation>« account %1 » n&apos;accepte pas --%2.</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 a été indiqué plusieurs fois.</translation>
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
      trouve les paramètres pour EMAIL : autoconfig, ISPDB, SRV, MX, PACC et sondages,
      classés, avec l&apos;origine de chacun (délai par défaut 15 s ; code de sortie 0 quand
      des paramètres d&apos;envoi et de réception ont été trouvés, 1 sinon)
</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 a été indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>discover needs an email address.</source>
        <translation>discover exige une adresse e-mail.</translation>
    </message>
    <message>
        <source>discover takes one email address, not %1 arguments.</source>
        <translation>discover prend une seule adresse e-mail, pas %1 arguments.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address with a domain (local@example.com).</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail avec un domaine (local@example.com).</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds between 0 and 600.</source>
        <translation>--timeout exige un nombre de secondes entre 0 et 600.</translation>
    </message>
    <message>
        <source>--dns-server needs an IP address, optionally with a port (127.0.0.1:53, [::1]:53).</source>
        <translation>--dns-server exige une adresse IP, éventuellement avec un port (127.0.0.1:53, [::1]:53).</translation>
    </message>
    <message>
        <source>--ispdb-url and --no-ispdb exclude each other.</source>
        <translation>--ispdb-url et --no-ispdb s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>--ispdb-url needs an http(s) URL such as https://autoconfig.thunderbird.net/v1.1/.</source>
        <translation>--ispdb-url exige une URL http(s) comme https://autoconfig.thunderbird.net/v1.1/.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; could not be read or holds no PEM certificate.</source>
        <translation>Le fichier d&apos;autorité de certification « %1 » est illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Try &quot;maildoctor-cli --help&quot;.</source>
        <translation>Essayez « maildoctor-cli --help ».</translation>
    </message>
    <message>
        <source>Looking for the settings of %1 (at most %2 s) …</source>
        <translation>Recherche des paramètres de %1 (au plus %2 s) …</translation>
    </message>
</context>
<context>
    <name>md::cli::OAuthCommand</name>
    <message>
        <source>Try &quot;maildoctor-cli oauth --help&quot;.</source>
        <translation>Essayez « maildoctor-cli oauth --help ».</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 (in %2 min)</source>
        <translation>%1 (dans %2 min)</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <translation>%1 (expiré)</translation>
    </message>
    <message>
        <source>Could not start %1: open the URL above in your browser.</source>
        <translation>Impossible de lancer %1 : ouvrez l&apos;URL ci-dessus dans votre navigateur.</translation>
    </message>
    <message>
        <source>Sign in to continue: open this address in your browser (it waits up to %1 s):</source>
        <translation>Connectez-vous pour continuer : ouvrez cette adresse dans votre navigateur (attente jusqu&apos;à %1 s) :</translation>
    </message>
    <message>
        <source>Signed in, but the tokens could not be stored: %1</source>
        <translation>Connecté, mais les jetons n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation>Portées accordées : %1</translation>
    </message>
    <message>
        <source>Access token valid until: %1</source>
        <translation>Jeton d&apos;accès valable jusqu&apos;au : %1</translation>
    </message>
    <message>
        <source>No refresh token was issued: sign in again when it expires.</source>
        <translation>Aucun jeton d&apos;actualisation n&apos;a été émis : reconnectez-vous quand il expirera.</translation>
    </message>
    <message>
        <source>Refresh token stored in the keychain.</source>
        <translation>Jeton d&apos;actualisation enregistré dans le trousseau.</translation>
    </message>
    <message>
        <source>Provider: %1 (from the address)</source>
        <translation>Fournisseur : %1 (d&apos;après l&apos;adresse)</translation>
    </message>
    <message>
        <source>Provider: %1 (from the MX hosts of %2)</source>
        <translation>Fournisseur : %1 (d&apos;après les hôtes MX de %2)</translation>
    </message>
    <message>
        <source>Could not tell who hosts mail for %1 (no known domain or MX host). Give --provider NAME (see &quot;maildoctor-cli oauth providers&quot;) or define one with --authorization-url, --token-url and --scope.</source>
        <translation>Impossible de déterminer qui héberge le courrier de %1 (aucun domaine ni hôte MX connu). Indiquez --provider NAME (voir « maildoctor-cli oauth providers ») ou définissez-en un avec --authorization-url, --token-url et --scope.</translation>
    </message>
    <message>
        <source>&quot;oauth login&quot; needs --user EMAIL (the login name, usually the address).</source>
        <translation>« oauth login » exige --user EMAIL (le nom de connexion, généralement l&apos;adresse).</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --client-secret-env) is empty or not set.</source>
        <translation>La variable d&apos;environnement %1 (de --client-secret-env) est vide ou non définie.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 1 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout doit être un nombre de secondes de 1 à 3600, pas « %1 ».</translation>
    </message>
    <message>
        <source>A custom provider needs both --authorization-url and --token-url as https:// URLs (http:// only on this machine).</source>
        <translation>Un fournisseur personnalisé exige --authorization-url et --token-url sous forme d&apos;URL https:// (http:// uniquement sur cette machine).</translation>
    </message>
    <message>
        <source>A custom provider needs --scope &quot;SCOPES&quot; too.</source>
        <translation>Un fournisseur personnalisé exige aussi --scope &quot;SCOPES&quot;.</translation>
    </message>
    <message>
        <source>A custom provider needs --client-id ID.</source>
        <translation>Un fournisseur personnalisé exige --client-id ID.</translation>
    </message>
    <message>
        <source>Unknown provider &quot;%1&quot;: see &quot;maildoctor-cli oauth providers&quot;.</source>
        <translation>Fournisseur inconnu « %1 » : voir « maildoctor-cli oauth providers ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail address, so the provider cannot be detected: give --provider NAME.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail, le fournisseur ne peut donc pas être détecté : indiquez --provider NAME.</translation>
    </message>
    <message>
        <source>&quot;oauth status&quot; needs --user EMAIL.</source>
        <translation>« oauth status » exige --user EMAIL.</translation>
    </message>
    <message>
        <source>Not signed in: no OAuth2 tokens are stored for %1.</source>
        <translation>Non connecté : aucun jeton OAuth2 n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>Signed in: %1 with %2</source>
        <translation>Connecté : %1 avec %2</translation>
    </message>
    <message>
        <source>  scopes:        %1</source>
        <translation>  portées :               %1</translation>
    </message>
    <message>
        <source>  access token:  valid until %1</source>
        <translation>  jeton d&apos;accès :         valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>  refresh token: %1</source>
        <translation>  jeton d&apos;actualisation : %1</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>aucun enregistré</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>&quot;oauth logout&quot; needs --user EMAIL.</source>
        <translation>« oauth logout » exige --user EMAIL.</translation>
    </message>
    <message>
        <source>Signed out: the OAuth2 tokens of %1 were removed from the keychain.</source>
        <translation>Déconnecté : les jetons OAuth2 de %1 ont été supprimés du trousseau.</translation>
    </message>
    <message>
        <source>Nothing to do: no OAuth2 tokens are stored for %1.</source>
        <translation>Rien à faire : aucun jeton OAuth2 n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>            mechanism %1, client id %2, recognised by %3</source>
        <translation>            mécanisme %1, identifiant client %2, reconnu par %3</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>set</source>
        <translation>défini</translation>
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
        <translation>Utilisation :
  maildoctor-cli oauth login --user EMAIL [--provider NAME] [--client-id ID]
      [--client-secret-env VAR] [--authorization-url URL --token-url URL --scope &quot;SCOPES&quot;]
      [--no-browser] [--timeout SECONDS]
  maildoctor-cli oauth status --user EMAIL [--json]
  maildoctor-cli oauth logout --user EMAIL
  maildoctor-cli oauth providers [--json]

login affiche l&apos;URL d&apos;autorisation seule sur une ligne de la sortie standard et l&apos;ouvre
dans le navigateur (xdg-open) sauf avec --no-browser ; il attend ensuite la redirection
vers http://127.0.0.1:PORT/ (300 s par défaut), échange le code (PKCE S256), enregistre
les jetons dans le trousseau du système et affiche ce qui a été accordé. Sans --provider,
le fournisseur est déduit du domaine de l&apos;adresse, puis de ses hôtes MX.
--authorization-url, --token-url et --scope définissent un fournisseur personnalisé (nommé
par --provider, par défaut « custom »).
Identifiants client : --client-id, ou oauth/clients/&lt;provider&gt;/client_id dans %1.
status n&apos;affiche jamais de jeton. smtp, imap et pop3 avec --auth xoauth2|oauthbearer et
sans --token-env utilisent le jeton enregistré pour --user, actualisé d&apos;abord s&apos;il expire
dans la minute.

Code de sortie : 0 connecté (ou terminé), 1 refusé ou échec, 2 mauvaise utilisation.
</translation>
    </message>
    <message>
        <source>Missing oauth command: login, status, logout or providers.</source>
        <translation>Commande oauth manquante : login, status, logout ou providers.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown oauth command &quot;%1&quot;: use login, status, logout or providers.</source>
        <translation>Commande oauth inconnue « %1 » : utilisez login, status, logout ou providers.</translation>
    </message>
    <message>
        <source>&quot;oauth %1&quot; does not take --%2.</source>
        <translation>« oauth %1 » n&apos;accepte pas --%2.</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 a été indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>--authorization-url and --token-url go together (with --scope): they define a custom provider.</source>
        <translation>--authorization-url et --token-url vont ensemble (avec --scope) : ils définissent un fournisseur personnalisé.</translation>
    </message>
    <message>
        <source>The access token was about to expire: refreshed it (and stored the new tokens).</source>
        <translation>Le jeton d&apos;accès allait expirer : il a été actualisé (et les nouveaux jetons ont été enregistrés).</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lancez : %1</translation>
    </message>
    <message>
        <source>maildoctor-cli oauth logout --user %1, then %2 --provider NAME</source>
        <translation>maildoctor-cli oauth logout --user %1, puis %2 --provider NOM</translation>
    </message>
    <message>
        <source>(The MX lookup of %1 failed: %2)</source>
        <translation type="vanished">(La recherche MX de %1 a échoué : %2)</translation>
    </message>
    <message>
        <source>no answer within 10 s</source>
        <translation>aucune réponse en 10 s</translation>
    </message>
    <message>
        <source>Could not look up who hosts mail for %1: %2. Give --provider NAME (see &quot;maildoctor-cli oauth providers&quot;) or define one with --authorization-url, --token-url and --scope.</source>
        <translation>Impossible de rechercher qui héberge le courrier de %1 : %2. Indiquez --provider NAME (voir « maildoctor-cli oauth providers ») ou définissez-en un avec --authorization-url, --token-url et --scope.</translation>
    </message>
</context>
<context>
    <name>md::cli::OptionParser</name>
    <message>
        <source>--%1 must be tls, starttls or none, not &quot;%2&quot;.</source>
        <translation>--%1 doit valoir tls, starttls ou none, pas « %2 ».</translation>
    </message>
    <message>
        <source>--%1 must be a number from 1 to 65535, not &quot;%2&quot;.</source>
        <translation>--%1 doit être un nombre de 1 à 65535, pas « %2 ».</translation>
    </message>
    <message>
        <source>--%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>--%1 doit être l&apos;une des valeurs %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; does not exist or cannot be read.</source>
        <translation>Le fichier d&apos;autorité de certification « %1 » n&apos;existe pas ou est illisible.</translation>
    </message>
    <message>
        <source>The CA file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>Le fichier d&apos;autorité de certification « %1 » ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>--%1 must be a SHA-256 hash as 64 hex digits (colons allowed) or base64, not &quot;%2&quot;.</source>
        <translation>--%1 doit être une empreinte SHA-256 en 64 chiffres hexadécimaux (deux-points autorisés) ou en base64, pas « %2 ».</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds from 0.001 to 3600, not &quot;%1&quot;.</source>
        <translation>--timeout doit être un nombre de secondes de 0.001 à 3600, pas « %1 ».</translation>
    </message>
    <message>
        <source>Use either --password-env or --password-stdin, not both.</source>
        <translation>Utilisez soit --password-env soit --password-stdin, pas les deux.</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --password-env) is empty or not set.</source>
        <translation>La variable d&apos;environnement %1 (de --password-env) est vide ou non définie.</translation>
    </message>
    <message>
        <source>The password on standard input is longer than %1 bytes.</source>
        <translation>Le mot de passe sur l&apos;entrée standard dépasse %1 octets.</translation>
    </message>
    <message>
        <source>No password arrived on standard input (--password-stdin).</source>
        <translation>Aucun mot de passe n&apos;est arrivé sur l&apos;entrée standard (--password-stdin).</translation>
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
        <translation type="vanished">Utilisation :
  maildoctor-cli smtp --host HOST [--port N] [--security tls|starttls|none]
      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]
      [--auth MECHANISM] [--allow-plaintext-auth]
      [--from ADDR] [--to ADDR]... [--send]
      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]
  maildoctor-cli imap|pop3 --host HOST [--port N] [--security tls|starttls|none]
      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]
      [--auth MECHANISM] [--allow-plaintext-auth]
      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]
  (smtp, imap et pop3 acceptent aussi [--proxy URL [--proxy-password-env VAR]])
  maildoctor-cli account add|list|show|remove|test|export ...
      comptes enregistrés : paramètres dans un fichier, mots de passe dans le trousseau
      du système
      (voir « maildoctor-cli account --help »)
  maildoctor-cli oauth login|status|logout|providers ...   (voir oauth --help)
  maildoctor-cli explain TERM
      un code de réponse (535), un code d&apos;état étendu (5.7.8), un code de réponse IMAP
      (AUTHENTICATIONFAILED), une capacité (&quot;SIZE 10240000&quot;, IDLE) ou un mécanisme
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
Teste un serveur de messagerie et affiche commandes et réponses (mots de passe masqués).

  --host HOST            nom ou adresse du serveur
  --port N               par défaut selon --security : SMTP tls 465, starttls 587 ;
                         IMAP tls 993, starttls 143 ; POP3 tls 995, starttls 110
  --security MODE        tls (TLS implicite ; aussi « ssl »), starttls, none ; par défaut
                         selon le port : SMTP 465, IMAP 993 et POP3 995 sont tls, tout
                         autre starttls (POP3 : STLS)
  --user NAME            se connecter en tant que NAME (sans cela : pas d&apos;étape AUTH)
  --password-env VAR     lire le mot de passe dans la variable d&apos;environnement VAR
  --password-stdin       lire le mot de passe sur la première ligne de l&apos;entrée standard
  --token-env VAR        lire un jeton d&apos;accès OAuth2 dans VAR (xoauth2, oauthbearer) ;
                         sans cela, --auth xoauth2|oauthbearer utilise le jeton
                         enregistré par « oauth login » pour --user, actualisé s&apos;il
                         expire dans la minute
  --auth MECHANISM       auto, plain, login, cram-md5, scram-sha-1, scram-sha-256,
                         xoauth2, oauthbearer (auto par défaut ; pour IMAP, login est la
                         commande LOGIN, les autres AUTHENTICATE) ; POP3 aussi user
                         (USER/PASS : le mot de passe en clair, comme plain)
  --allow-plaintext-auth envoyer les identifiants même sans chiffrement (--security none)
  --from ADDR            SMTP : expéditeur de l&apos;enveloppe : exécute MAIL FROM / RCPT TO,
                         puis RSET
  --to ADDR              destinataire de l&apos;enveloppe (répétable)
  --send                 envoyer réellement un court message de test aux adresses --to
  --ca-file PEM          faire aussi confiance aux certificats d&apos;autorité de ce
                         fichier PEM
  --pin-spki HASH        faire confiance exactement à la clé du serveur ayant cette
                         empreinte SPKI SHA-256
  --timeout SECONDS      délai pour chaque phase (par défaut 15 s connexion, 30 s réponse)
  --proxy URL            se connecter via un proxy : socks5://[USER@]HOST:PORT (le proxy
                         résout le nom du serveur) ou http://HOST:PORT (CONNECT)
  --proxy-password-env VAR  le mot de passe de l&apos;utilisateur du proxy SOCKS5, depuis la
                         variable VAR
  --json                 afficher un objet JSON au lieu de la transcription en direct
  --report FILE.html     écrire aussi le rapport complet (paramètres sans secrets, étapes,
                         constats, certificat, transcription) dans un fichier HTML

Code de sortie : 0 le test a réussi, 1 il s&apos;est exécuté et quelque chose a échoué,
2 mauvaise utilisation ou saisie incorrecte.
</translation>
    </message>
    <message>
        <source>Missing command: use &quot;smtp&quot;, &quot;imap&quot;, &quot;pop3&quot; or &quot;explain&quot; (see --help).</source>
        <translation>Commande manquante : utilisez « smtp », « imap », « pop3 » ou « explain » (voir --help).</translation>
    </message>
    <message>
        <source>&quot;explain&quot; needs a term, e.g. 535, 5.7.8, AUTHENTICATIONFAILED or &quot;SIZE 10240000&quot;.</source>
        <translation>« explain » exige un terme, par ex. 535, 5.7.8, AUTHENTICATIONFAILED ou &quot;SIZE 10240000&quot;.</translation>
    </message>
    <message>
        <source>&quot;explain&quot; takes no options.</source>
        <translation>« explain » n&apos;accepte aucune option.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argument inattendu « %1 ».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;: use &quot;smtp&quot;, &quot;imap&quot; or &quot;pop3&quot; (see --help).</source>
        <translation>Commande inconnue « %1 » : utilisez « smtp », « imap » ou « pop3 » (voir --help).</translation>
    </message>
    <message>
        <source>--report needs a file name.</source>
        <translation>--report exige un nom de fichier.</translation>
    </message>
    <message>
        <source>--%1 is for &quot;smtp&quot; only.</source>
        <translation>--%1 est réservé à « smtp ».</translation>
    </message>
    <message>
        <source>--%1 was given more than once.</source>
        <translation>--%1 a été indiqué plusieurs fois.</translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation>--host est obligatoire.</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --token-env) is empty or not set.</source>
        <translation>La variable d&apos;environnement %1 (de --token-env) est vide ou non définie.</translation>
    </message>
    <message>
        <source>A password or token was given but no --user.</source>
        <translation>Un mot de passe ou un jeton a été indiqué, mais pas de --user.</translation>
    </message>
    <message>
        <source>--user needs a password (--password-env VAR or --password-stdin) or a token (--token-env VAR).</source>
        <translation>--user exige un mot de passe (--password-env VAR ou --password-stdin) ou un jeton (--token-env VAR).</translation>
    </message>
    <message>
        <source>--auth needs --user: without a user name there is no login to test.</source>
        <translation>--auth exige --user : sans nom d&apos;utilisateur, il n&apos;y a pas de connexion à tester.</translation>
    </message>
    <message>
        <source>--auth %1 needs an access token: --token-env VAR, or none to use the one stored by &quot;maildoctor-cli oauth login&quot;.</source>
        <translation>--auth %1 exige un jeton d&apos;accès : --token-env VAR, ou rien pour utiliser celui enregistré par « maildoctor-cli oauth login ».</translation>
    </message>
    <message>
        <source>--auth %1 needs a password: --password-env VAR or --password-stdin.</source>
        <translation>--auth %1 exige un mot de passe : --password-env VAR ou --password-stdin.</translation>
    </message>
    <message>
        <source>--to needs --from (the envelope sender).</source>
        <translation>--to exige --from (l&apos;expéditeur de l&apos;enveloppe).</translation>
    </message>
    <message>
        <source>--send needs at least one --to and a --from.</source>
        <translation>--send exige au moins un --to et un --from.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a plain mail address (no spaces, angle brackets or line breaks).</source>
        <translation>« %1 » n&apos;est pas une simple adresse e-mail (sans espaces, chevrons ni sauts de ligne).</translation>
    </message>
    <message>
        <source>--proxy-password-env needs --proxy.</source>
        <translation>--proxy-password-env exige --proxy.</translation>
    </message>
    <message>
        <source>--proxy: %1</source>
        <translation>--proxy : %1</translation>
    </message>
    <message>
        <source>--proxy-password-env needs a user in the proxy URL (socks5://USER@HOST:PORT).</source>
        <translation>--proxy-password-env exige un utilisateur dans l&apos;URL du proxy (socks5://USER@HOST:PORT).</translation>
    </message>
    <message>
        <source>The environment variable %1 (from --proxy-password-env) is empty or not set.</source>
        <translation>La variable d&apos;environnement %1 (de --proxy-password-env) est vide ou non définie.</translation>
    </message>
    <message>
        <source>The proxy user &quot;%1&quot; needs a password: --proxy-password-env VAR.</source>
        <translation>L&apos;utilisateur du proxy « %1 » a besoin d&apos;un mot de passe : --proxy-password-env VAR.</translation>
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
        <translation>Utilisation :
  maildoctor-cli smtp --host HOST [--port N] [--security tls|starttls|none]
      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]
      [--auth MECHANISM] [--allow-plaintext-auth]
      [--from ADDR] [--to ADDR]... [--send]
      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]
  maildoctor-cli imap|pop3 --host HOST [--port N] [--security tls|starttls|none]
      [--user NAME] [--password-env VAR | --password-stdin] [--token-env VAR]
      [--auth MECHANISM] [--allow-plaintext-auth]
      [--ca-file PEM] [--pin-spki HASH] [--timeout SECONDS] [--json] [--report FILE.html]
  (smtp, imap et pop3 acceptent aussi [--proxy URL [--proxy-password-env VAR]]
   ou [--dns-server ADDR[:PORT]])
  maildoctor-cli account add|list|show|remove|test|export ...
      comptes enregistrés : paramètres dans un fichier, mots de passe dans le trousseau
      du système
      (voir « maildoctor-cli account --help »)
  maildoctor-cli oauth login|status|logout|providers ...   (voir oauth --help)
  maildoctor-cli explain TERM
      un code de réponse (535), un code d&apos;état étendu (5.7.8), un code de réponse IMAP
      (AUTHENTICATIONFAILED), une capacité (&quot;SIZE 10240000&quot;, IDLE) ou un mécanisme
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
Teste un serveur de messagerie et affiche commandes et réponses (mots de passe masqués).

  --host HOST            nom ou adresse du serveur
  --port N               par défaut selon --security : SMTP tls 465, starttls 587 ;
                         IMAP tls 993, starttls 143 ; POP3 tls 995, starttls 110
  --security MODE        tls (TLS implicite ; aussi « ssl »), starttls, none ; par défaut
                         selon le port : SMTP 465, IMAP 993 et POP3 995 sont tls, tout
                         autre starttls (POP3 : STLS)
  --user NAME            se connecter en tant que NAME (sans cela : pas d&apos;étape AUTH)
  --password-env VAR     lire le mot de passe dans la variable d&apos;environnement VAR
  --password-stdin       lire le mot de passe sur la première ligne de l&apos;entrée standard
  --token-env VAR        lire un jeton d&apos;accès OAuth2 dans VAR (xoauth2, oauthbearer) ;
                         sans cela, --auth xoauth2|oauthbearer utilise le jeton
                         enregistré par « oauth login » pour --user, actualisé s&apos;il
                         expire dans la minute
  --auth MECHANISM       auto, plain, login, cram-md5, scram-sha-1, scram-sha-256,
                         xoauth2, oauthbearer (auto par défaut ; pour IMAP, login est la
                         commande LOGIN, les autres AUTHENTICATE) ; POP3 aussi user
                         (USER/PASS : le mot de passe en clair, comme plain)
  --allow-plaintext-auth envoyer les identifiants même sans chiffrement (--security none)
  --from ADDR            SMTP : expéditeur de l&apos;enveloppe : exécute MAIL FROM / RCPT TO,
                         puis RSET
  --to ADDR              destinataire de l&apos;enveloppe (répétable)
  --send                 envoyer réellement un court message de test aux adresses --to
  --ca-file PEM          faire aussi confiance aux certificats d&apos;autorité de ce
                         fichier PEM
  --pin-spki HASH        faire confiance exactement à la clé du serveur ayant cette
                         empreinte SPKI SHA-256
  --timeout SECONDS      délai pour chaque phase (par défaut 15 s connexion, 30 s réponse)
  --proxy URL            se connecter via un proxy : socks5://[USER@]HOST:PORT (le proxy
                         résout le nom du serveur) ou http://HOST:PORT (CONNECT)
  --proxy-password-env VAR  le mot de passe de l&apos;utilisateur du proxy SOCKS5, depuis la
                         variable VAR
  --dns-server ADDR[:PORT]  résoudre le nom du serveur avec ce serveur DNS, pas celui du
                         système (par exemple celui, interne, du bureau)
  --json                 afficher un objet JSON au lieu de la transcription en direct
  --report FILE.html     écrire aussi le rapport complet (paramètres sans secrets, étapes,
                         constats, certificat, transcription) dans un fichier HTML

Code de sortie : 0 le test a réussi, 1 il s&apos;est exécuté et quelque chose a échoué,
2 mauvaise utilisation ou saisie incorrecte.
</translation>
    </message>
    <message>
        <source>--dns-server and --proxy do not go together: through a proxy, the proxy looks up the server name.</source>
        <translation>--dns-server et --proxy ne vont pas ensemble : via un proxy, c&apos;est le proxy qui résout le nom du serveur.</translation>
    </message>
    <message>
        <source>--dns-server needs an IP address, optionally with a port (127.0.0.1:53, [::1]:53).</source>
        <translation>--dns-server exige une adresse IP, éventuellement avec un port (127.0.0.1:53, [::1]:53).</translation>
    </message>
</context>
<context>
    <name>md::discovery</name>
    <message>
        <source>implicit TLS</source>
        <translation>TLS implicite</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>no encryption</source>
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <source>not probed</source>
        <translation>non sondé</translation>
    </message>
    <message>
        <source>certificate verified</source>
        <translation>certificat vérifié</translation>
    </message>
    <message>
        <source>no verified certificate</source>
        <translation>aucun certificat vérifié</translation>
    </message>
</context>
<context>
    <name>md::discovery::ConfigReaders</name>
    <message>
        <source>The document is larger than %1 KiB and was not read.</source>
        <translation>Le document dépasse %1 Kio et n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>The document declares a DTD or entities; it was refused.</source>
        <translation>Le document déclare une DTD ou des entités ; il a été refusé.</translation>
    </message>
    <message>
        <source>The document uses an entity reference; it was refused.</source>
        <translation>Le document utilise une référence d&apos;entité ; il a été refusé.</translation>
    </message>
    <message>
        <source>The document is not an autoconfig document (root element &lt;%1&gt;).</source>
        <translation>Le document n&apos;est pas un document autoconfig (élément racine &lt;%1&gt;).</translation>
    </message>
    <message>
        <source>The document is not well-formed XML: %1 (line %2, column %3).</source>
        <translation>Le document n&apos;est pas du XML bien formé : %1 (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <source>The document names no usable server.</source>
        <translation>Le document ne nomme aucun serveur utilisable.</translation>
    </message>
    <message>
        <source>The document is not valid JSON: %1 (at byte %2).</source>
        <translation>Le document n&apos;est pas du JSON valide : %1 (à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>The document is not a JSON object.</source>
        <translation>Le document n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The document names no usable IMAP, POP3 or SMTP server.</source>
        <translation>Le document ne nomme aucun serveur IMAP, POP3 ou SMTP utilisable.</translation>
    </message>
</context>
<context>
    <name>md::discovery::Discovery</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n serveur</numerusform>
            <numerusform>%n serveurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unusable entry(s) ignored</source>
        <translation>
            <numerusform>%n entrée inutilisable ignorée</numerusform>
            <numerusform>%n entrées inutilisables ignorées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>after %n redirect(s) to %1</source>
        <translation>
            <numerusform>après %n redirection vers %1</numerusform>
            <numerusform>après %n redirections vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>redirected to another domain: not trusted</source>
        <translation>redirigé vers un autre domaine : non fiable</translation>
    </message>
    <message>
        <source>over plain http: not trusted</source>
        <translation>en http non chiffré : non fiable</translation>
    </message>
    <message>
        <source>The domain says it does not offer this service (SRV target &quot;.&quot;).</source>
        <translation>Le domaine indique qu&apos;il ne propose pas ce service (cible SRV « . »).</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s)</source>
        <translation>
            <numerusform>%n cible</numerusform>
            <numerusform>%n cibles</numerusform>
        </translation>
    </message>
    <message>
        <source>outside %1, to be confirmed (RFC 6186 §6): %2</source>
        <translation>hors de %1, à confirmer (RFC 6186 §6) : %2</translation>
    </message>
    <message>
        <source>%1 (inside the domain itself: no provider to ask)</source>
        <translation>%1 (dans le domaine lui-même : aucun fournisseur à interroger)</translation>
    </message>
    <message>
        <source>%1 → provider %2, the domain itself: its sources are asked already</source>
        <translation>%1 → fournisseur %2, le domaine lui-même : ses sources sont déjà interrogées</translation>
    </message>
    <message>
        <source>%1 → provider %2</source>
        <translation>%1 → fournisseur %2</translation>
    </message>
    <message>
        <source>The configuration was found, but no TXT record announces its SHA-256: refused.</source>
        <translation>La configuration a été trouvée, mais aucun enregistrement TXT n&apos;annonce son SHA-256 : refusée.</translation>
    </message>
    <message>
        <source>The configuration&apos;s SHA-256 (%1) does not match the TXT record: refused.</source>
        <translation>Le SHA-256 de la configuration (%1) ne correspond pas à l&apos;enregistrement TXT : refusée.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s), digest verified</source>
        <translation>
            <numerusform>%n serveur, empreinte vérifiée</numerusform>
            <numerusform>%n serveurs, empreinte vérifiée</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 × ports</source>
        <translation>%1 × ports</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) answered</source>
        <translation>
            <numerusform>%n serveur a répondu</numerusform>
            <numerusform>%n serveurs ont répondu</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer before the deadline (%1 s).</source>
        <translation>Pas de réponse avant l&apos;échéance (%1 s).</translation>
    </message>
    <message>
        <source>Confirm the server %1</source>
        <translation>Confirmez le serveur %1</translation>
    </message>
    <message>
        <source>The domain&apos;s SRV record points to %1, outside %2. Use it only if you know that this provider runs your mail (RFC 6186 §6).</source>
        <translation>L&apos;enregistrement SRV du domaine pointe vers %1, hors de %2. Ne l&apos;utilisez que si vous savez que ce fournisseur gère votre courrier (RFC 6186 §6).</translation>
    </message>
    <message>
        <source>The best %1 settings come from an untrusted source</source>
        <translation>Les meilleurs paramètres %1 proviennent d&apos;une source non fiable</translation>
    </message>
    <message>
        <source>%1 port %2 was found only over plain http or after a redirect to another domain, where anyone in between could have changed it. Check it with your provider before you use it.</source>
        <translation>%1 port %2 n&apos;a été trouvé qu&apos;en http non chiffré ou après une redirection vers un autre domaine, où n&apos;importe quel intermédiaire aurait pu le modifier. Vérifiez-le auprès de votre fournisseur avant de l&apos;utiliser.</translation>
    </message>
    <message>
        <source>No usable server for sending was found</source>
        <translation>Aucun serveur utilisable pour l&apos;envoi n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>No source named an SMTP server that answered. Ask your provider for the outgoing server settings, or check the sources above.</source>
        <translation>Aucune source n&apos;a nommé de serveur SMTP qui ait répondu. Demandez à votre fournisseur les paramètres du serveur sortant, ou vérifiez les sources ci-dessus.</translation>
    </message>
    <message>
        <source>No usable server for receiving was found</source>
        <translation>Aucun serveur utilisable pour la réception n&apos;a été trouvé</translation>
    </message>
    <message>
        <source>No source named an IMAP or POP3 server that answered. Ask your provider for the incoming server settings, or check the sources above.</source>
        <translation>Aucune source n&apos;a nommé de serveur IMAP ou POP3 qui ait répondu. Demandez à votre fournisseur les paramètres du serveur entrant, ou vérifiez les sources ci-dessus.</translation>
    </message>
    <message>
        <source>Stopped at the deadline</source>
        <translation>Arrêté à l&apos;échéance</translation>
    </message>
    <message>
        <source>Discovery ended after %1 s with what it had; sources and probes still running are reported as timed out.</source>
        <translation>La découverte s&apos;est terminée après %1 s avec ce qu&apos;elle avait ; les sources et sondages encore en cours sont signalés comme ayant dépassé le délai.</translation>
    </message>
</context>
<context>
    <name>md::discovery::DiscoveryResult</name>
    <message>
        <source>Discovery for %1 (%2 ms%3)</source>
        <translation type="vanished">Découverte pour %1 (%2 ms%3)</translation>
    </message>
    <message>
        <source>, stopped at the deadline</source>
        <translation type="vanished">, arrêtée à l&apos;échéance</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>%1 candidates (best first):</source>
        <translation>%1 candidats (les meilleurs d&apos;abord) :</translation>
    </message>
    <message>
        <source>needs your confirmation</source>
        <translation>nécessite votre confirmation</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>Constats :</translation>
    </message>
    <message>
        <source>Recommended settings:</source>
        <translation>Paramètres recommandés :</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucun trouvé</translation>
    </message>
    <message>
        <source>  OAuth2 provider: %1</source>
        <translation>  fournisseur OAuth2 : %1</translation>
    </message>
    <message>
        <source>Discovery for %1 (%2 ms, stopped at the deadline)</source>
        <translation>Découverte pour %1 (%2 ms, arrêtée à l&apos;échéance)</translation>
    </message>
    <message>
        <source>Discovery for %1 (%2 ms)</source>
        <translation>Découverte pour %1 (%2 ms)</translation>
    </message>
</context>
<context>
    <name>md::discovery::HttpFetcher</name>
    <message>
        <source>Stopped at the deadline.</source>
        <translation>Arrêté à l&apos;échéance.</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 ne se résout pas : %2</translation>
    </message>
    <message>
        <source>The document is larger than %1 KiB; it was not read.</source>
        <translation>Le document dépasse %1 Kio ; il n&apos;a pas été lu.</translation>
    </message>
    <message>
        <source>A redirect without a usable Location.</source>
        <translation>Une redirection sans Location utilisable.</translation>
    </message>
    <message>
        <source>More than %1 redirects.</source>
        <translation>Plus de %1 redirections.</translation>
    </message>
    <message>
        <source>A redirect from https to %1 was refused.</source>
        <translation>Une redirection de https vers %1 a été refusée.</translation>
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
        <translation>Non sondé avant l&apos;échéance.</translation>
    </message>
    <message>
        <source>Still running at the deadline.</source>
        <translation>Toujours en cours à l&apos;échéance.</translation>
    </message>
</context>
<context>
    <name>md::discovery::Ranking</name>
    <message>
        <source>The sources disagree about the %1 server</source>
        <translation>Les sources divergent sur le serveur %1</translation>
    </message>
    <message>
        <source>Different sources name different hosts (%1). The ranking prefers what the domain itself publishes and what the probes could verify.</source>
        <translation>Des sources différentes nomment des hôtes différents (%1). Le classement privilégie ce que le domaine publie lui-même et ce que les sondages ont pu vérifier.</translation>
    </message>
</context>
<context>
    <name>md::gui::AccountsPanel</name>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Comptes</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Account problem</source>
        <translation>Problème de compte</translation>
    </message>
    <message>
        <source>Save account…</source>
        <translation>Enregistrer le compte…</translation>
    </message>
    <message>
        <source>Save the settings as an account</source>
        <translation>Enregistrer les paramètres en tant que compte</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Delete the selected account</source>
        <translation>Supprimer le compte sélectionné</translation>
    </message>
    <message>
        <source>Account name:</source>
        <translation>Nom du compte :</translation>
    </message>
    <message>
        <source>Name of the new account</source>
        <translation>Nom du nouveau compte</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>par ex. Travail</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the new account</source>
        <translation>Enregistrer le nouveau compte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not save the account</source>
        <translation>Ne pas enregistrer le compte</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the account and its passwords</source>
        <translation>Supprimer le compte et ses mots de passe</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Keep the account</source>
        <translation>Conserver le compte</translation>
    </message>
    <message>
        <source>Delete the account &quot;%1&quot; and its passwords in the keychain? This cannot be undone.</source>
        <translation>Supprimer le compte « %1 » et ses mots de passe du trousseau ? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Test rapide</translation>
    </message>
    <message>
        <source>Check settings you type in, without saving them</source>
        <translation>Tester les paramètres que vous saisissez, sans les enregistrer</translation>
    </message>
    <message>
        <source>The %1 password could not be read from the keychain: %2</source>
        <translation>Le mot de passe %1 n&apos;a pas pu être lu dans le trousseau : %2</translation>
    </message>
    <message>
        <source>Give the account a name first.</source>
        <translation>Donnez d&apos;abord un nom au compte.</translation>
    </message>
    <message>
        <source>Fill in the server names of both the outgoing and the incoming server before saving.</source>
        <translation>Renseignez les noms du serveur sortant et du serveur entrant avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <source>The %1 password was not saved in the keychain: %2</source>
        <translation>Le mot de passe %1 n&apos;a pas été enregistré dans le trousseau : %2</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was deleted, but its passwords could not be removed from the keychain: %2</source>
        <translation type="vanished">Le compte « %1 » a été supprimé, mais ses mots de passe n&apos;ont pas pu être retirés du trousseau : %2</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was not deleted: its passwords could not be removed from the keychain. %2</source>
        <translation>Le compte « %1 » n&apos;a pas été supprimé : ses mots de passe n&apos;ont pas pu être retirés du trousseau. %2</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; was deleted. Its passwords, if another session saved any, could not be checked: %2</source>
        <translation>Le compte « %1 » a été supprimé. Impossible de vérifier si une autre session avait enregistré des mots de passe : %2</translation>
    </message>
</context>
<context>
    <name>md::gui::CertificateView</name>
    <message>
        <source>Certificate verdict</source>
        <translation>Verdict sur le certificat</translation>
    </message>
    <message>
        <source>Certificate details</source>
        <translation>Détails du certificat</translation>
    </message>
    <message>
        <source>Trust this server&apos;s &amp;key…</source>
        <translation>Faire confiance &amp;à la clé de ce serveur…</translation>
    </message>
    <message>
        <source>Trust this server&apos;s key</source>
        <translation>Faire confiance à la clé de ce serveur</translation>
    </message>
    <message>
        <source>Trust this key and check a&amp;gain</source>
        <translation>Faire confiance à cette clé et re&amp;jouer le test</translation>
    </message>
    <message>
        <source>Trust this key and check again</source>
        <translation>Faire confiance à cette clé et retester</translation>
    </message>
    <message>
        <source>Don&apos;t trust it</source>
        <translation>Ne pas lui faire confiance</translation>
    </message>
    <message>
        <source>Do not trust this key</source>
        <translation>Ne pas faire confiance à cette clé</translation>
    </message>
    <message>
        <source>No certificate yet: run a check.</source>
        <translation>Pas encore de certificat : lancez un test.</translation>
    </message>
    <message>
        <source>%1: no encrypted connection was made.</source>
        <translation>%1 : aucune connexion chiffrée n&apos;a été établie.</translation>
    </message>
    <message>
        <source>%1: trusted, because its key matches the key you chose to trust.</source>
        <translation>%1 : approuvé, car sa clé correspond à la clé que vous avez choisi d&apos;approuver.</translation>
    </message>
    <message>
        <source>%1: verified: the certificate is valid for %2 and issued by a trusted authority.</source>
        <translation>%1 : vérifié : le certificat est valable pour %2 et émis par une autorité de confiance.</translation>
    </message>
    <message>
        <source>%1: NOT verified: %2</source>
        <translation>%1 : NON vérifié : %2</translation>
    </message>
    <message>
        <source>%1: the server sent no certificate.</source>
        <translation>%1 : le serveur n&apos;a envoyé aucun certificat.</translation>
    </message>
    <message>
        <source>%1 server %2</source>
        <translation>Serveur %1 %2</translation>
    </message>
    <message>
        <source>Encryption: %1, %2</source>
        <translation>Chiffrement : %1, %2</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>Certificat du serveur</translation>
    </message>
    <message>
        <source>Issuer certificate %1</source>
        <translation>Certificat de l&apos;émetteur %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Émis par</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Validité</translation>
    </message>
    <message numerus="yes">
        <source>%1 (EXPIRED %n day(s) ago)</source>
        <translation>
            <numerusform>%1 (EXPIRÉ depuis %n jour)</numerusform>
            <numerusform>%1 (EXPIRÉ depuis %n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) left)</source>
        <translation>
            <numerusform>%1 (%n jour restant)</numerusform>
            <numerusform>%1 (%n jours restants)</numerusform>
        </translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Key (SPKI SHA-256)</source>
        <translation>Clé (SPKI SHA-256)</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>Auto-signé</translation>
    </message>
    <message>
        <source>yes: nobody else vouches for it</source>
        <translation>oui : personne d&apos;autre ne s&apos;en porte garant</translation>
    </message>
    <message>
        <source>No certificate: no check ran.</source>
        <translation>Pas de certificat : aucun test n&apos;a été exécuté.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Only trust this key if you know this is really your server.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mail Doctor could not confirm who is at the other end: %1 Anyone who can intercept your connection could present a certificate like this one and read your password.&lt;/p&gt;&lt;p&gt;If you trust it, Mail Doctor accepts exactly this server key (SPKI SHA-256 &lt;code&gt;%2&lt;/code&gt;) for %3, and nothing else. If the key ever changes, the check fails again, and you should ask your provider why. Compare the key with what your provider or administrator tells you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ne faites confiance à cette clé que si vous savez qu&apos;il s&apos;agit vraiment de votre serveur.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Mail Doctor n&apos;a pas pu confirmer qui se trouve à l&apos;autre bout : %1 Quiconque peut intercepter votre connexion pourrait présenter un certificat comme celui-ci et lire votre mot de passe.&lt;/p&gt;&lt;p&gt;Si vous lui faites confiance, Mail Doctor accepte exactement cette clé de serveur (SPKI SHA-256 &lt;code&gt;%2&lt;/code&gt;) pour %3, et rien d&apos;autre. Si la clé change un jour, le test échoue de nouveau, et vous devriez demander pourquoi à votre fournisseur. Comparez la clé avec ce que votre fournisseur ou votre administrateur vous indique.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>md::gui::DiagnoseController</name>
    <message>
        <source>your provider</source>
        <translation>votre fournisseur</translation>
    </message>
    <message>
        <source>Cancelled while reading the sign-in.</source>
        <translation>Annulé pendant la lecture de la connexion.</translation>
    </message>
    <message>
        <source>No keychain is available to read the sign-in from.</source>
        <translation>Aucun trousseau n&apos;est disponible pour y lire la connexion.</translation>
    </message>
    <message>
        <source>The access token of the sign-in with %1 for %2 was about to expire: renewed it and stored the new tokens in the keychain.</source>
        <translation>Le jeton d&apos;accès de la connexion auprès de %1 pour %2 allait expirer : il a été renouvelé et les nouveaux jetons ont été enregistrés dans le trousseau.</translation>
    </message>
    <message>
        <source>Signed in with %1 as %2; the access token is valid until %3.</source>
        <translation>Connecté auprès de %1 en tant que %2 ; le jeton d&apos;accès est valable jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>Signed in with %1 as %2.</source>
        <translation>Connecté auprès de %1 en tant que %2.</translation>
    </message>
    <message>
        <source>No sign-in with %1 is stored for %2, so there is no access token to log in with. Sign in again (&quot;Sign in again…&quot; opens %1&apos;s page in your browser).</source>
        <translation>Aucune connexion auprès de %1 n&apos;est enregistrée pour %2 : il n&apos;y a donc pas de jeton d&apos;accès pour se connecter. Reconnectez-vous (« Se reconnecter… » ouvre la page de %1 dans votre navigateur).</translation>
    </message>
    <message>
        <source>The stored sign-in with %1 for %2 cannot be renewed (%3). Sign in again: &quot;Sign in again…&quot; opens %1&apos;s page in your browser.</source>
        <translation>La connexion enregistrée auprès de %1 pour %2 ne peut pas être renouvelée (%3). Reconnectez-vous : « Se reconnecter… » ouvre la page de %1 dans votre navigateur.</translation>
    </message>
    <message>
        <source>%1 refused to renew the sign-in for %2 (%3). The refresh token was revoked, expired or already used. Sign in again: &quot;Sign in again…&quot; opens %1&apos;s page in your browser.</source>
        <translation>%1 a refusé de renouveler la connexion pour %2 (%3). Le jeton d&apos;actualisation a été révoqué, a expiré ou a déjà été utilisé. Reconnectez-vous : « Se reconnecter… » ouvre la page de %1 dans votre navigateur.</translation>
    </message>
    <message>
        <source>The sign-in with %1 for %2 was renewed, but the new tokens could not be stored in the keychain: %3 Once the keychain works again, sign in again.</source>
        <translation>La connexion auprès de %1 pour %2 a été renouvelée, mais les nouveaux jetons n&apos;ont pas pu être enregistrés dans le trousseau : %3 Reconnectez-vous dès que le trousseau fonctionne de nouveau.</translation>
    </message>
    <message>
        <source>The sign-in with %1 for %2 could not be read from the keychain: %3</source>
        <translation>La connexion auprès de %1 pour %2 n&apos;a pas pu être lue dans le trousseau : %3</translation>
    </message>
    <message>
        <source>Sign-ins with more than one provider are stored for %1, and this account does not say which one it uses. Click &quot;Sign in again…&quot; and sign in with this account&apos;s provider: the account then keeps it.</source>
        <translation>Des connexions auprès de plusieurs fournisseurs sont enregistrées pour %1, et ce compte n&apos;indique pas lequel il utilise. Cliquez sur « Se reconnecter… » et connectez-vous auprès du fournisseur de ce compte : le compte le retiendra ensuite.</translation>
    </message>
</context>
<context>
    <name>md::gui::DiagnoseView</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>&amp;Outgoing mail (SMTP)</source>
        <translation>Courrier s&amp;ortant (SMTP)</translation>
    </message>
    <message>
        <source>&amp;Incoming mail (IMAP or POP3)</source>
        <translation>Courrier entrant (IMAP ou POP&amp;3)</translation>
    </message>
    <message>
        <source>Server settings</source>
        <translation>Paramètres du serveur</translation>
    </message>
    <message>
        <source>Check &amp;sending</source>
        <translation>Tester l&apos;en&amp;voi</translation>
    </message>
    <message>
        <source>Check sending</source>
        <translation>Tester l&apos;envoi</translation>
    </message>
    <message>
        <source>Connect to the outgoing server, log in and see whether mail would be accepted (Ctrl+Shift+S)</source>
        <translation>Se connecter au serveur sortant, s&apos;identifier et voir si le courrier serait accepté (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Check &amp;receiving</source>
        <translation>Tester la &amp;réception</translation>
    </message>
    <message>
        <source>Check receiving</source>
        <translation>Tester la réception</translation>
    </message>
    <message>
        <source>Connect to the incoming server, log in and look at the inbox (Ctrl+Shift+R)</source>
        <translation>Se connecter au serveur entrant, s&apos;identifier et examiner la boîte de réception (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Check &amp;both</source>
        <translation>Tester les deu&amp;x</translation>
    </message>
    <message>
        <source>Check sending and receiving</source>
        <translation>Tester l&apos;envoi et la réception</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Annuler le test</translation>
    </message>
    <message>
        <source>Stop the running check (Esc)</source>
        <translation>Arrêter le test en cours (Échap)</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Save everything (without passwords) as an HTML file to send to your help desk</source>
        <translation>Tout enregistrer (sans les mots de passe) dans un fichier HTML à envoyer à votre assistance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type the settings of your mail server, then click &quot;Check sending&quot; or &quot;Check receiving&quot;. Your provider&apos;s help pages list the server names and ports.</source>
        <translation>Saisissez les paramètres de votre serveur de messagerie, puis cliquez sur « Tester l&apos;envoi » ou « Tester la réception ». Les pages d&apos;aide de votre fournisseur indiquent les noms des serveurs et les ports.</translation>
    </message>
    <message>
        <source>Please fix the settings first: %1</source>
        <translation>Corrigez d&apos;abord les paramètres : %1</translation>
    </message>
    <message>
        <source>Checking… %1</source>
        <translation>Test en cours… %1</translation>
    </message>
    <message>
        <source>Checking %1… %2</source>
        <translation>Test %1 en cours… %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>%1: cancelled.</source>
        <translation>%1 : annulé.</translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation>%1 : fonctionne.</translation>
    </message>
    <message>
        <source>%1 failed: %2. See the findings below for what to do.</source>
        <translation>%1 : échec — %2. Consultez les constats ci-dessous pour savoir quoi faire.</translation>
    </message>
    <message>
        <source>HTML report (*.html)</source>
        <translation>Rapport HTML (*.html)</translation>
    </message>
    <message>
        <source>Report saved to %1 (with a .txt and a .json copy beside it). It contains no password.</source>
        <translation>Rapport enregistré dans %1 (avec une copie .txt et une copie .json à côté). Il ne contient aucun mot de passe.</translation>
    </message>
    <message>
        <source>The report was not saved. %1 Choose another folder and try again.</source>
        <translation>Le rapport n&apos;a pas été enregistré. %1 Choisissez un autre dossier et réessayez.</translation>
    </message>
</context>
<context>
    <name>md::gui::DiscoveryPage</name>
    <message>
        <source>Your provider&apos;s settings file (autoconfig)</source>
        <translation>Le fichier de paramètres de votre fournisseur (autoconfig)</translation>
    </message>
    <message>
        <source>Your provider&apos;s settings file, unencrypted (autoconfig over http)</source>
        <translation>Le fichier de paramètres de votre fournisseur, non chiffré (autoconfig en http)</translation>
    </message>
    <message>
        <source>Thunderbird&apos;s list of providers (ISPDB)</source>
        <translation>La liste des fournisseurs de Thunderbird (ISPDB)</translation>
    </message>
    <message>
        <source>Your domain&apos;s service records (DNS SRV)</source>
        <translation>Les enregistrements de service de votre domaine (DNS SRV)</translation>
    </message>
    <message>
        <source>The server that receives your domain&apos;s mail (DNS MX)</source>
        <translation>Le serveur qui reçoit le courrier de votre domaine (DNS MX)</translation>
    </message>
    <message>
        <source>The settings of the provider behind your mail server</source>
        <translation>Les paramètres du fournisseur derrière votre serveur de messagerie</translation>
    </message>
    <message>
        <source>Your provider&apos;s configuration record (PACC)</source>
        <translation>L&apos;enregistrement de configuration de votre fournisseur (PACC)</translation>
    </message>
    <message>
        <source>Trying the usual server names</source>
        <translation>Essai des noms de serveur habituels</translation>
    </message>
    <message>
        <source>sending, encrypted from the start</source>
        <translation>envoi, chiffré dès le départ</translation>
    </message>
    <message>
        <source>sending, switching to encryption</source>
        <translation>envoi, passage au chiffrement</translation>
    </message>
    <message>
        <source>receiving (%1), encrypted from the start</source>
        <translation>réception (%1), chiffrée dès le départ</translation>
    </message>
    <message>
        <source>receiving (%1), switching to encryption</source>
        <translation>réception (%1), passage au chiffrement</translation>
    </message>
    <message>
        <source>encrypted from the start (SSL/TLS)</source>
        <translation>chiffré dès le départ (SSL/TLS)</translation>
    </message>
    <message>
        <source>switches to encryption before logging in (STARTTLS)</source>
        <translation>passe au chiffrement avant l&apos;identification (STARTTLS)</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffré</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>nothing there</source>
        <translation>rien à cet endroit</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <source>says the service is not offered</source>
        <translation>indique que le service n&apos;est pas proposé</translation>
    </message>
    <message>
        <source>answered with something unusable</source>
        <translation>a répondu avec quelque chose d&apos;inutilisable</translation>
    </message>
    <message>
        <source>trusted: published by your provider</source>
        <translation>fiable : publié par votre fournisseur</translation>
    </message>
    <message>
        <source>fairly sure</source>
        <translation>assez sûr</translation>
    </message>
    <message>
        <source>a guess, to be tested</source>
        <translation>une supposition, à tester</translation>
    </message>
    <message>
        <source>not trusted: it came over an unprotected connection</source>
        <translation>non fiable : obtenu par une connexion non protégée</translation>
    </message>
    <message>
        <source>The server answered and its certificate is valid.</source>
        <translation>Le serveur a répondu et son certificat est valide.</translation>
    </message>
    <message>
        <source>The server answered.</source>
        <translation>Le serveur a répondu.</translation>
    </message>
    <message>
        <source>The server did not answer as expected: %1</source>
        <translation>Le serveur n&apos;a pas répondu comme prévu : %1</translation>
    </message>
    <message>
        <source>%1, port %2, %3
    found by: %4 — %5. %6</source>
        <translation>%1, port %2, %3
    trouvé par : %4 — %5. %6</translation>
    </message>
    <message>
        <source>Finding your settings</source>
        <translation>Recherche de vos paramètres</translation>
    </message>
    <message>
        <source>Mail Doctor asks several places at once where your mail servers are. This takes a few seconds.</source>
        <translation>Mail Doctor demande à plusieurs endroits à la fois où se trouvent vos serveurs de messagerie. Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Searching</source>
        <translation>Recherche en cours</translation>
    </message>
    <message>
        <source>Places asked</source>
        <translation>Sources interrogées</translation>
    </message>
    <message>
        <source>&amp;Places asked:</source>
        <translation>Sources &amp;interrogées :</translation>
    </message>
    <message>
        <source>Proposed settings</source>
        <translation>Paramètres proposés</translation>
    </message>
    <message>
        <source>&amp;Enter settings myself</source>
        <translation>&amp;Saisir les paramètres moi-même</translation>
    </message>
    <message>
        <source>Enter settings myself</source>
        <translation>Saisir les paramètres moi-même</translation>
    </message>
    <message>
        <source>Skip the search and type the server settings your provider gave you</source>
        <translation>Passer la recherche et saisir les paramètres de serveur que votre fournisseur vous a donnés</translation>
    </message>
    <message>
        <source>S&amp;top searching</source>
        <translation>&amp;Arrêter la recherche</translation>
    </message>
    <message>
        <source>Stop searching</source>
        <translation>Arrêter la recherche</translation>
    </message>
    <message>
        <source>Stop now and use what was found so far</source>
        <translation>Arrêter maintenant et utiliser ce qui a été trouvé jusqu&apos;ici</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address. Go back and check it.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail. Revenez en arrière et vérifiez-la.</translation>
    </message>
    <message>
        <source>Looking for the settings of %1…</source>
        <translation>Recherche des paramètres de %1…</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 pour %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3 ms)</source>
        <translation>%1 : %2 (%3 ms)</translation>
    </message>
    <message>
        <source>— proposed 1 setting</source>
        <translation type="vanished">— 1 paramètre proposé</translation>
    </message>
    <message>
        <source>— proposed %1 settings</source>
        <translation type="vanished">— %1 paramètres proposés</translation>
    </message>
    <message>
        <source>Sending (SMTP): %1</source>
        <translation>Envoi (SMTP) : %1</translation>
    </message>
    <message>
        <source>Receiving (IMAP): %1</source>
        <translation>Réception (IMAP) : %1</translation>
    </message>
    <message>
        <source>Receiving (POP3): %1</source>
        <translation>Réception (POP3) : %1</translation>
    </message>
    <message>
        <source>The sources disagree: %1 %2</source>
        <translation>Les sources divergent : %1 %2</translation>
    </message>
    <message>
        <source>Found settings for %1. Click Next to look at them; nothing is saved yet.</source>
        <translation>Paramètres trouvés pour %1. Cliquez sur Suivant pour les examiner ; rien n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>Mail Doctor could not find complete settings for %1. Click Next and type the settings your provider gives on its help pages (search for &quot;IMAP settings&quot; and your provider&apos;s name).</source>
        <translation>Mail Doctor n&apos;a pas trouvé de paramètres complets pour %1. Cliquez sur Suivant et saisissez les paramètres que votre fournisseur indique dans ses pages d&apos;aide (cherchez « paramètres IMAP » et le nom de votre fournisseur).</translation>
    </message>
    <message numerus="yes">
        <source>— proposed %n setting(s)</source>
        <translation>
            <numerusform>— %n paramètre proposé</numerusform>
            <numerusform>— %n paramètres proposés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>md::gui::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Your account is set up.</source>
        <translation>Votre compte est configuré.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Password in the keychain</source>
        <translation>Mot de passe dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Open in Mail Doctor</source>
        <translation>&amp;Ouvrir dans Mail Doctor</translation>
    </message>
    <message>
        <source>Open in Mail Doctor</source>
        <translation>Ouvrir dans Mail Doctor</translation>
    </message>
    <message>
        <source>Close this assistant and show the account in the main window</source>
        <translation>Fermer cet assistant et afficher le compte dans la fenêtre principale</translation>
    </message>
    <message>
        <source>The account was not saved: %1</source>
        <translation>Le compte n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Nothing was stored in the keychain either. Fix the problem above and run the assistant again.</source>
        <translation>Rien n&apos;a été enregistré dans le trousseau non plus. Corrigez le problème ci-dessus et relancez l&apos;assistant.</translation>
    </message>
    <message>
        <source>Your account %1 is saved and works for sending and receiving.</source>
        <translation>Votre compte %1 est enregistré et fonctionne pour l&apos;envoi et la réception.</translation>
    </message>
    <message>
        <source>Storing your sign-in in the keychain…</source>
        <translation>Enregistrement de votre connexion dans le trousseau…</translation>
    </message>
    <message>
        <source>Storing the password in the keychain…</source>
        <translation>Enregistrement du mot de passe dans le trousseau…</translation>
    </message>
    <message>
        <source>Your sign-in is stored in your system&apos;s keychain.</source>
        <translation>Votre connexion est enregistrée dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>The password is stored in your system&apos;s keychain.</source>
        <translation>Le mot de passe est enregistré dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>The sign-in could not be stored in the keychain: %1
The account is saved, but you will have to sign in again in the browser each time Mail Doctor checks it.</source>
        <translation>La connexion n&apos;a pas pu être enregistrée dans le trousseau : %1
Le compte est enregistré, mais vous devrez vous reconnecter dans le navigateur chaque fois que Mail Doctor le testera.</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1
The account is saved, but Mail Doctor will ask for the password each time it checks this account.</source>
        <translation>Le mot de passe n&apos;a pas pu être enregistré dans le trousseau : %1
Le compte est enregistré, mais Mail Doctor demandera le mot de passe chaque fois qu&apos;il testera ce compte.</translation>
    </message>
    <message>
        <source>Your sign-in stays in your system&apos;s keychain, as it was.</source>
        <translation>Votre connexion reste telle quelle dans le trousseau de votre système.</translation>
    </message>
</context>
<context>
    <name>md::gui::FindingsView</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>security: %1</source>
        <translation>sécurité : %1</translation>
    </message>
    <message>
        <source>port: %1</source>
        <translation>port : %1</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>serveur : %1</translation>
    </message>
    <message>
        <source>login method: %1</source>
        <translation>méthode de connexion : %1</translation>
    </message>
    <message>
        <source>Mail Doctor reached %1 on port %2%3.</source>
        <translation type="vanished">Mail Doctor a joint %1 sur le port %2%3.</translation>
    </message>
    <message>
        <source> (address %1)</source>
        <translation type="vanished"> (adresse %1)</translation>
    </message>
    <message>
        <source>The connection was encrypted (%1); the server&apos;s key is the one you chose to trust.</source>
        <translation>La connexion était chiffrée (%1) ; la clé du serveur est celle que vous avez choisi d&apos;approuver.</translation>
    </message>
    <message>
        <source>The connection was encrypted (%1) and the server&apos;s certificate is valid.</source>
        <translation>La connexion était chiffrée (%1) et le certificat du serveur est valide.</translation>
    </message>
    <message>
        <source>The connection was NOT encrypted.</source>
        <translation>La connexion n&apos;était PAS chiffrée.</translation>
    </message>
    <message>
        <source>Logged in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>No login was tried (no user name given).</source>
        <translation>Aucune connexion n&apos;a été tentée (aucun nom d&apos;utilisateur indiqué).</translation>
    </message>
    <message>
        <source>The test message was accepted for delivery.</source>
        <translation>Le message de test a été accepté pour distribution.</translation>
    </message>
    <message>
        <source>The server would accept a message from this sender to these recipients (nothing was sent).</source>
        <translation>Le serveur accepterait un message de cet expéditeur pour ces destinataires (rien n&apos;a été envoyé).</translation>
    </message>
    <message numerus="yes">
        <source>The inbox holds %n message(s).</source>
        <translation>
            <numerusform>La boîte de réception contient %n message.</numerusform>
            <numerusform>La boîte de réception contient %n messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing checked yet. Type the server settings above and click &quot;Check sending&quot; or &quot;Check receiving&quot;.</source>
        <translation>Rien n&apos;a encore été testé. Saisissez les paramètres du serveur ci-dessus et cliquez sur « Tester l&apos;envoi » ou « Tester la réception ».</translation>
    </message>
    <message>
        <source>Sending (SMTP)</source>
        <translation>Envoi (SMTP)</translation>
    </message>
    <message>
        <source>Receiving (%1)</source>
        <translation>Réception (%1)</translation>
    </message>
    <message>
        <source>%1: works</source>
        <translation>%1 : fonctionne</translation>
    </message>
    <message>
        <source>%1: failed</source>
        <translation>%1 : échec</translation>
    </message>
    <message>
        <source>No problems found: everything that was checked works.</source>
        <translation>Aucun problème trouvé : tout ce qui a été testé fonctionne.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code : %1</translation>
    </message>
    <message>
        <source>Apply fi&amp;x and retry</source>
        <translation>Appli&amp;quer la correction et réessayer</translation>
    </message>
    <message>
        <source>Apply fix and retry: change %1</source>
        <translation>Appliquer la correction et réessayer : modifier %1</translation>
    </message>
    <message>
        <source>Changes %1 and runs the check again. A saved account changes only when you save it.</source>
        <translation>Modifie %1 et relance le test. Un compte enregistré n&apos;est modifié que lorsque vous l&apos;enregistrez.</translation>
    </message>
    <message>
        <source>Will change %1.</source>
        <translation>Modifiera %1.</translation>
    </message>
    <message>
        <source>Trust this server&apos;s &amp;key…</source>
        <translation>Faire confiance &amp;à la clé de ce serveur…</translation>
    </message>
    <message>
        <source>Trust this server&apos;s key</source>
        <translation>Faire confiance à la clé de ce serveur</translation>
    </message>
    <message>
        <source>Mail Doctor reached %1 on port %2.</source>
        <translation>Mail Doctor a joint %1 sur le port %2.</translation>
    </message>
    <message>
        <source>Mail Doctor reached %1 on port %2 (address %3).</source>
        <translation>Mail Doctor a joint %1 sur le port %2 (adresse %3).</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Sign in again in the browser</source>
        <translation>Se reconnecter dans le navigateur</translation>
    </message>
    <message>
        <source>Opens the provider&apos;s sign-in page in your browser; the new sign-in is stored in your keychain and the check can run again</source>
        <translation>Ouvre la page de connexion du fournisseur dans votre navigateur ; la nouvelle connexion est enregistrée dans votre trousseau et le test peut être relancé</translation>
    </message>
</context>
<context>
    <name>md::gui::IdentityPage</name>
    <message>
        <source>Who you are</source>
        <translation>Votre identité</translation>
    </message>
    <message>
        <source>Type your email address. Mail Doctor finds the settings of your mail provider, tests them and saves them for you.</source>
        <translation>Saisissez votre adresse e-mail. Mail Doctor trouve les paramètres de votre fournisseur de messagerie, les teste et les enregistre pour vous.</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>optional: the name people see, e.g. Alice Smith</source>
        <translation>facultatif : le nom que les gens voient, par ex. Alice Martin</translation>
    </message>
    <message>
        <source>Problem with the address</source>
        <translation>Problème avec l&apos;adresse</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>This does not look like an email address yet: it needs a name, an @ and a domain such as example.com.</source>
        <translation>Cela ne ressemble pas encore à une adresse e-mail : il faut un nom, un @ et un domaine comme example.com.</translation>
    </message>
    <message>
        <source>An account for %1 is already saved. Use &quot;Edit settings&quot; in the main window to change it.</source>
        <translation>Un compte pour %1 est déjà enregistré. Utilisez « Modifier les paramètres » dans la fenêtre principale pour le changer.</translation>
    </message>
</context>
<context>
    <name>md::gui::IncomingPage</name>
    <message>
        <source>Incoming mail (IMAP or POP3)</source>
        <translation>Courrier entrant (IMAP ou POP3)</translation>
    </message>
    <message>
        <source>The server your mail arrives on.</source>
        <translation>Le serveur sur lequel arrive votre courrier.</translation>
    </message>
    <message>
        <source>&amp;IMAP — your mail stays on the server, so your phone and computer see the same folders (recommended)</source>
        <translation>&amp;IMAP — votre courrier reste sur le serveur, votre téléphone et votre ordinateur voient donc les mêmes dossiers (recommandé)</translation>
    </message>
    <message>
        <source>IMAP: mail stays on the server</source>
        <translation>IMAP : le courrier reste sur le serveur</translation>
    </message>
    <message>
        <source>&amp;POP3 — your mail is downloaded to this one device; other devices may not see it</source>
        <translation>&amp;POP3 — votre courrier est téléchargé sur ce seul appareil ; les autres appareils risquent de ne pas le voir</translation>
    </message>
    <message>
        <source>POP3: mail is downloaded to one device</source>
        <translation>POP3 : le courrier est téléchargé sur un seul appareil</translation>
    </message>
    <message>
        <source>Where these settings come from</source>
        <translation>D&apos;où viennent ces paramètres</translation>
    </message>
    <message>
        <source>What the security choice means</source>
        <translation>Ce que signifie le choix de sécurité</translation>
    </message>
    <message>
        <source>Found for %1.</source>
        <translation>Trouvé pour %1.</translation>
    </message>
    <message>
        <source>Type the server name your provider gives for incoming mail (often imap. followed by your domain).</source>
        <translation>Saisissez le nom de serveur que votre fournisseur indique pour le courrier entrant (souvent imap. suivi de votre domaine).</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>&amp;Modifier les paramètres…</translation>
    </message>
    <message>
        <source>Change the selected account&apos;s settings with the setup assistant</source>
        <translation>Modifier les paramètres du compte sélectionné avec l&apos;assistant de configuration</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Check &amp;sending</source>
        <translation>Tester l&apos;en&amp;voi</translation>
    </message>
    <message>
        <source>Check &amp;receiving</source>
        <translation>Tester la &amp;réception</translation>
    </message>
    <message>
        <source>Check &amp;both</source>
        <translation>Tester les deu&amp;x</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find in transcript…</source>
        <translation>&amp;Rechercher dans la transcription…</translation>
    </message>
    <message>
        <source>Copy whole &amp;transcript</source>
        <translation>Copier toute la &amp;transcription</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Mail Doctor</source>
        <translation>À &amp;propos de Mail Doctor</translation>
    </message>
    <message>
        <source>About Mail Doctor</source>
        <translation>À propos de Mail Doctor</translation>
    </message>
    <message>
        <source>Mail Doctor %1 checks your mail server settings and explains in plain words what is wrong and how to fix it.</source>
        <translation>Mail Doctor %1 teste les paramètres de votre serveur de messagerie et explique en termes simples ce qui ne va pas et comment le corriger.</translation>
    </message>
    <message>
        <source>Choose a saved account on the left first, or use &quot;Add account…&quot;.</source>
        <translation>Choisissez d&apos;abord un compte enregistré à gauche, ou utilisez « Ajouter un compte… ».</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>The language changes when you start Mail Doctor again.</source>
        <translation>La langue change au prochain démarrage de Mail Doctor.</translation>
    </message>
    <message>
        <source>Signing in again needs a saved account: save these settings as an account first, or add one with &quot;Add account…&quot;.</source>
        <translation>Pour se reconnecter, il faut un compte enregistré : enregistrez d&apos;abord ces paramètres comme compte, ou ajoutez-en un avec « Ajouter un compte… ».</translation>
    </message>
</context>
<context>
    <name>md::gui::OutgoingPage</name>
    <message>
        <source>SSL/TLS (port %1): the connection is encrypted from its very first byte. This is the safest choice and the one to use when your provider offers it.</source>
        <translation>SSL/TLS (port %1) : la connexion est chiffrée dès son tout premier octet. C&apos;est le choix le plus sûr, à utiliser quand votre fournisseur le propose.</translation>
    </message>
    <message>
        <source>STARTTLS (port %1): the connection starts unencrypted and switches to encryption before your password is sent. Safe, but SSL/TLS is better when it is offered.</source>
        <translation>STARTTLS (port %1) : la connexion commence sans chiffrement et passe au chiffrement avant l&apos;envoi de votre mot de passe. Sûr, mais SSL/TLS est préférable quand il est proposé.</translation>
    </message>
    <message>
        <source>None: nothing is encrypted, so anyone on the network can read your password and your mail. Only for a server on your own computer or network; tick the box above to confirm.</source>
        <translation>Aucun : rien n&apos;est chiffré, n&apos;importe qui sur le réseau peut donc lire votre mot de passe et votre courrier. Uniquement pour un serveur sur votre propre ordinateur ou réseau ; cochez la case ci-dessus pour confirmer.</translation>
    </message>
    <message>
        <source>Outgoing mail (SMTP)</source>
        <translation>Courrier sortant (SMTP)</translation>
    </message>
    <message>
        <source>The server that sends your mail. The settings found are filled in; change them only if your provider says otherwise.</source>
        <translation>Le serveur qui envoie votre courrier. Les paramètres trouvés sont déjà remplis ; ne les modifiez que si votre fournisseur indique autre chose.</translation>
    </message>
    <message>
        <source>Where these settings come from</source>
        <translation>D&apos;où viennent ces paramètres</translation>
    </message>
    <message>
        <source>What the security choice means</source>
        <translation>Ce que signifie le choix de sécurité</translation>
    </message>
    <message>
        <source>Found for %1. Port and security belong together: changing one changes the other.</source>
        <translation>Trouvé pour %1. Le port et la sécurité vont ensemble : modifier l&apos;un modifie l&apos;autre.</translation>
    </message>
    <message>
        <source>Type the server name your provider gives for outgoing mail (often smtp. followed by your domain).</source>
        <translation>Saisissez le nom de serveur que votre fournisseur indique pour le courrier sortant (souvent smtp. suivi de votre domaine).</translation>
    </message>
</context>
<context>
    <name>md::gui::ServerSettingsWidget</name>
    <message>
        <source>Automatic (best offered)</source>
        <translation>Automatique (le meilleur proposé)</translation>
    </message>
    <message>
        <source>USER/PASS (POP3&apos;s plain login)</source>
        <translation>USER/PASS (connexion simple de POP3)</translation>
    </message>
    <message>
        <source>SSL/TLS: encrypted from the start (implicit TLS)</source>
        <translation>SSL/TLS : chiffré dès le départ (TLS implicite)</translation>
    </message>
    <message>
        <source>STARTTLS: connect, then switch to encryption</source>
        <translation>STARTTLS : se connecter, puis passer au chiffrement</translation>
    </message>
    <message>
        <source>None: unencrypted (unsafe)</source>
        <translation>Aucune : non chiffré (dangereux)</translation>
    </message>
    <message>
        <source>Implicit TLS (SSL/TLS)</source>
        <translation>TLS implicite (SSL/TLS)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucune (non chiffrée)</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>sortant</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>entrant</translation>
    </message>
    <message>
        <source>IMAP: folders stay on the server</source>
        <translation>IMAP : les dossiers restent sur le serveur</translation>
    </message>
    <message>
        <source>POP3: messages are downloaded</source>
        <translation>POP3 : les messages sont téléchargés</translation>
    </message>
    <message>
        <source>Incoming mail protocol</source>
        <translation>Protocole du courrier entrant</translation>
    </message>
    <message>
        <source>Protocol choices</source>
        <translation>Choix du protocole</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Protoco&amp;le :</translation>
    </message>
    <message>
        <source>e.g. smtp.example.com</source>
        <translation>par ex. smtp.example.com</translation>
    </message>
    <message>
        <source>e.g. imap.example.com or pop.example.com</source>
        <translation>par ex. imap.example.com ou pop.example.com</translation>
    </message>
    <message>
        <source>Server name of the %1 mail server</source>
        <translation>Nom du serveur de messagerie %1</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security (encryption)</source>
        <translation>Sécurité (chiffrement)</translation>
    </message>
    <message>
        <source>Security choices</source>
        <translation>Choix de sécurité</translation>
    </message>
    <message>
        <source>Implicit TLS encrypts from the first byte (usually port 465 for SMTP, 993 for IMAP, 995 for POP3). STARTTLS starts unencrypted and switches to encryption before logging in (usually port 587, 143 or 110).</source>
        <translation>TLS implicite chiffre dès le premier octet (généralement le port 465 pour SMTP, 993 pour IMAP, 995 pour POP3). STARTTLS commence sans chiffrement et passe au chiffrement avant l&apos;identification (généralement le port 587, 143 ou 110).</translation>
    </message>
    <message>
        <source>Securit&amp;y:</source>
        <translation>Séc&amp;urité :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Warning:&lt;/b&gt; without encryption, anyone on the network between you and the server can read your password and your mail, and change what you send. Use this only for a server on your own machine or local network.</source>
        <translation>&lt;b&gt;Avertissement :&lt;/b&gt; sans chiffrement, n&apos;importe qui sur le réseau entre vous et le serveur peut lire votre mot de passe et votre courrier, et modifier ce que vous envoyez. Utilisez ceci uniquement pour un serveur sur votre propre machine ou votre réseau local.</translation>
    </message>
    <message>
        <source>Risk of no encryption</source>
        <translation>Risque de l&apos;absence de chiffrement</translation>
    </message>
    <message>
        <source>Send my password without encryption anyway</source>
        <translation>Envoyer quand même mon mot de passe sans chiffrement</translation>
    </message>
    <message>
        <source>Send the password without encryption</source>
        <translation>Envoyer le mot de passe sans chiffrement</translation>
    </message>
    <message>
        <source>usually your e-mail address; empty: do not log in</source>
        <translation>généralement votre adresse e-mail ; vide : pas de connexion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Login method</source>
        <translation>Méthode de connexion</translation>
    </message>
    <message>
        <source>Login method choices</source>
        <translation>Choix de la méthode de connexion</translation>
    </message>
    <message>
        <source>Login &amp;method:</source>
        <translation>&amp;Méthode de connexion :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Afficher ou masquer le mot de passe</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot &amp;de passe :</translation>
    </message>
    <message>
        <source>optional: a PEM file with your organisation&apos;s CA certificate</source>
        <translation>facultatif : un fichier PEM contenant le certificat d&apos;autorité de votre organisation</translation>
    </message>
    <message>
        <source>Extra CA certificate file</source>
        <translation>Fichier de certificat d&apos;autorité supplémentaire</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Extra CA fi&amp;le:</source>
        <translation>Fic&amp;hier d&apos;autorité supplémentaire :</translation>
    </message>
    <message>
        <source>Forget this key</source>
        <translation>Oublier cette clé</translation>
    </message>
    <message>
        <source>Forget the trusted server key</source>
        <translation>Oublier la clé de serveur approuvée</translation>
    </message>
    <message>
        <source>Optional: test that a message would be accepted</source>
        <translation>Facultatif : tester qu&apos;un message serait accepté</translation>
    </message>
    <message>
        <source>your address</source>
        <translation>votre adresse</translation>
    </message>
    <message>
        <source>Test sender address</source>
        <translation>Adresse d&apos;expéditeur de test</translation>
    </message>
    <message>
        <source>Sen&amp;der:</source>
        <translation>&amp;Expéditeur :</translation>
    </message>
    <message>
        <source>one or more addresses, separated by commas</source>
        <translation>une ou plusieurs adresses, séparées par des virgules</translation>
    </message>
    <message>
        <source>Test recipient addresses</source>
        <translation>Adresses de destinataires de test</translation>
    </message>
    <message>
        <source>Recipie&amp;nts:</source>
        <translation>Dest&amp;inataires :</translation>
    </message>
    <message>
        <source>Really send a test message</source>
        <translation>Envoyer réellement un message de test</translation>
    </message>
    <message>
        <source>Settings changed by the fix</source>
        <translation>Paramètres modifiés par la correction</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Problèmes avec les paramètres</translation>
    </message>
    <message>
        <source>Enter the server name (for example %1).</source>
        <translation>Saisissez le nom du serveur (par exemple %1).</translation>
    </message>
    <message>
        <source>The server name &quot;%1&quot; cannot be right: it is a name like mail.example.com, without spaces, slashes or @.</source>
        <translation>Le nom de serveur « %1 » ne peut pas être correct : c&apos;est un nom comme mail.example.com, sans espaces, barres obliques ni @.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>A login method needs a user name.</source>
        <translation>Une méthode de connexion exige un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The message test needs a sender address too.</source>
        <translation>Le test de message exige aussi une adresse d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Sending a test message needs at least one recipient.</source>
        <translation>L&apos;envoi d&apos;un message de test exige au moins un destinataire.</translation>
    </message>
    <message>
        <source>Server: %1 → %2</source>
        <translation>Serveur : %1 → %2</translation>
    </message>
    <message>
        <source>Port: %1 → %2</source>
        <translation>Port : %1 → %2</translation>
    </message>
    <message>
        <source>Security: %1 → %2</source>
        <translation>Sécurité : %1 → %2</translation>
    </message>
    <message>
        <source>Login method: %1 → %2</source>
        <translation>Méthode de connexion : %1 → %2</translation>
    </message>
    <message>
        <source>The fix changed nothing: these settings were already in place.</source>
        <translation>La correction n&apos;a rien changé : ces paramètres étaient déjà en place.</translation>
    </message>
    <message>
        <source>Changed by the fix: %1</source>
        <translation>Modifié par la correction : %1</translation>
    </message>
    <message>
        <source>Trusted server key (SPKI SHA-256): %1</source>
        <translation>Clé de serveur approuvée (SPKI SHA-256) : %1</translation>
    </message>
    <message>
        <source>OAuth2 sign-in (%1)</source>
        <translation>Connexion OAuth2 (%1)</translation>
    </message>
    <message>
        <source>OAuth2 sign-in</source>
        <translation>Connexion OAuth2</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Sign in again in the browser</source>
        <translation>Se reconnecter dans le navigateur</translation>
    </message>
    <message>
        <source>Open the provider&apos;s sign-in page in your browser and store a new sign-in</source>
        <translation>Ouvrir la page de connexion du fournisseur dans le navigateur et enregistrer une nouvelle connexion</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Connexion :</translation>
    </message>
    <message>
        <source>Signs in with OAuth2 instead of a password: the access token comes from the sign-in stored in your keychain for %1.</source>
        <translation>Se connecte avec OAuth2 au lieu d&apos;un mot de passe : le jeton d&apos;accès provient de la connexion enregistrée dans votre trousseau pour %1.</translation>
    </message>
    <message>
        <source>Signs in with %1 (OAuth2) as %2, without a password: the access token comes from your keychain and is renewed when it runs out.</source>
        <translation>Se connecte auprès de %1 (OAuth2) en tant que %2, sans mot de passe : le jeton d&apos;accès provient de votre trousseau et est renouvelé quand il expire.</translation>
    </message>
</context>
<context>
    <name>md::gui::SetupWizard</name>
    <message>
        <source>Edit account settings</source>
        <translation>Modifier les paramètres du compte</translation>
    </message>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Close without saving anything</source>
        <translation>Fermer sans rien enregistrer</translation>
    </message>
</context>
<context>
    <name>md::gui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Mail Doctor needs your password to test the account and to check it later.</source>
        <translation>Mail Doctor a besoin de votre mot de passe pour tester le compte et pour le vérifier plus tard.</translation>
    </message>
    <message>
        <source>How you sign in</source>
        <translation>Mode de connexion</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Where the password goes</source>
        <translation>Où est conservé le mot de passe</translation>
    </message>
    <message>
        <source>The password is kept in your system&apos;s keychain, never in a file. Some providers want an &quot;app password&quot; here instead of your usual one: their help pages say how to make one.</source>
        <translation>Le mot de passe est conservé dans le trousseau de votre système, jamais dans un fichier. Certains fournisseurs demandent ici un « mot de passe d&apos;application » au lieu de votre mot de passe habituel : leurs pages d&apos;aide expliquent comment en créer un.</translation>
    </message>
    <message>
        <source>Sign in with your provider in your browser</source>
        <translation>Connectez-vous auprès de votre fournisseur dans votre navigateur</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Cancel the sign-in in the browser</source>
        <translation>Annuler la connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Mail Doctor has no OAuth2 client id for %1 yet, so it cannot sign you in there. Put the client id of an application registered with %1 in Mail Doctor&apos;s settings under oauth/clients/%2/client_id, or use a password below if %1 allows it.</source>
        <translation>Mail Doctor n&apos;a pas encore d&apos;identifiant client OAuth2 pour %1, il ne peut donc pas vous y connecter. Placez l&apos;identifiant client d&apos;une application enregistrée auprès de %1 dans les paramètres de Mail Doctor sous oauth/clients/%2/client_id, ou utilisez un mot de passe ci-dessous si %1 le permet.</translation>
    </message>
    <message>
        <source>Mail Doctor has no OAuth2 client id for %1 yet, so it cannot sign you in there. Register an application at %2 (type &quot;%3&quot;), then put its client id in Mail Doctor&apos;s settings under oauth/clients/%4/client_id. Until then, use an app password below if %1 offers one.</source>
        <translation>Mail Doctor n&apos;a pas encore d&apos;identifiant client OAuth2 pour %1, il ne peut donc pas vous y connecter. Enregistrez une application sur %2 (type « %3 »), puis placez son identifiant client dans les paramètres de Mail Doctor sous oauth/clients/%4/client_id. En attendant, utilisez ci-dessous un mot de passe d&apos;application si %1 en propose.</translation>
    </message>
    <message>
        <source>Your browser shows %1&apos;s sign-in page. Sign in there and allow Mail Doctor to read and send your mail; this page goes on by itself when you are done.</source>
        <translation>Votre navigateur affiche la page de connexion de %1. Connectez-vous-y et autorisez Mail Doctor à lire et envoyer votre courrier ; cette page continue d&apos;elle-même quand vous avez terminé.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser and sign in there: %1</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Ouvrez cette adresse dans votre navigateur et connectez-vous-y : %1</translation>
    </message>
    <message>
        <source>Signed in; getting access from %1…</source>
        <translation>Connecté ; obtention de l&apos;accès auprès de %1…</translation>
    </message>
    <message>
        <source>Opening your browser…</source>
        <translation>Ouverture de votre navigateur…</translation>
    </message>
    <message>
        <source>Signed in with %1. Click Next to test the account.</source>
        <translation>Connecté avec %1. Cliquez sur Suivant pour tester le compte.</translation>
    </message>
    <message>
        <source>%1 did not give Mail Doctor access (%2). Click &quot;Sign in with %1&quot; again and choose Allow on %1&apos;s page.</source>
        <translation>%1 n&apos;a pas donné accès à Mail Doctor (%2). Cliquez de nouveau sur « Se connecter avec %1 » et choisissez Autoriser sur la page de %1.</translation>
    </message>
    <message>
        <source>Sign-in cancelled. Click &quot;Sign in with %1&quot; to start again.</source>
        <translation>Connexion annulée. Cliquez sur « Se connecter avec %1 » pour recommencer.</translation>
    </message>
    <message>
        <source>Nothing came back from the browser in time. Click &quot;Sign in with %1&quot; to try again and finish signing in there.</source>
        <translation>Rien n&apos;est revenu du navigateur à temps. Cliquez sur « Se connecter avec %1 » pour réessayer et terminez la connexion dans le navigateur.</translation>
    </message>
    <message>
        <source>Signing in with %1 failed: %2 Try again; if it keeps failing, %1&apos;s status page or help desk can say why.</source>
        <translation>La connexion avec %1 a échoué : %2 Réessayez ; si l&apos;échec persiste, la page d&apos;état ou l&apos;assistance de %1 peut en indiquer la raison.</translation>
    </message>
    <message>
        <source>Type the password for %1 (user name %2).</source>
        <translation>Saisissez le mot de passe de %1 (nom d&apos;utilisateur %2).</translation>
    </message>
    <message>
        <source>Neither server asks for a login, so no password is needed. Click Next.</source>
        <translation>Aucun des deux serveurs ne demande d&apos;identification, aucun mot de passe n&apos;est donc nécessaire. Cliquez sur Suivant.</translation>
    </message>
    <message>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <source>Sign in with %1 in your browser</source>
        <translation>Se connecter avec %1 dans votre navigateur</translation>
    </message>
    <message>
        <source>%1 lets you sign in in your browser: click &quot;Sign in with %1&quot;. Or type a password (an app password, if %1 gives you one).</source>
        <translation>%1 vous permet de vous connecter dans votre navigateur : cliquez sur « Se connecter avec %1 ». Ou saisissez un mot de passe (un mot de passe d&apos;application, si %1 vous en fournit un).</translation>
    </message>
    <message>
        <source>This account signs in with %1. Click Next to test it with that sign-in, or sign in again, or type a password to use one instead.</source>
        <translation>Ce compte se connecte avec %1. Cliquez sur Suivant pour le tester avec cette connexion, ou reconnectez-vous, ou saisissez un mot de passe pour en utiliser un à la place.</translation>
    </message>
    <message>
        <source>Your sign-in with %1 is stored in your keychain and stays in use.</source>
        <translation>Votre connexion avec %1 est enregistrée dans votre trousseau et reste utilisée.</translation>
    </message>
</context>
<context>
    <name>md::gui::StepsModel</name>
    <message>
        <source>Find the server (DNS)</source>
        <translation>Trouver le serveur (DNS)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Encrypt the connection (TLS)</source>
        <translation>Chiffrer la connexion (TLS)</translation>
    </message>
    <message>
        <source>Server greeting</source>
        <translation>Message d&apos;accueil du serveur</translation>
    </message>
    <message>
        <source>Introduce ourselves (EHLO)</source>
        <translation>Se présenter (EHLO)</translation>
    </message>
    <message>
        <source>Introduce ourselves (HELO)</source>
        <translation>Se présenter (HELO)</translation>
    </message>
    <message>
        <source>Switch to encryption (STARTTLS)</source>
        <translation>Passer au chiffrement (STARTTLS)</translation>
    </message>
    <message>
        <source>Introduce again, encrypted (EHLO)</source>
        <translation>Se présenter de nouveau, chiffré (EHLO)</translation>
    </message>
    <message>
        <source>Ask what the server supports</source>
        <translation>Demander ce que le serveur prend en charge</translation>
    </message>
    <message>
        <source>Ask again, encrypted</source>
        <translation>Redemander, chiffré</translation>
    </message>
    <message>
        <source>Count the messages</source>
        <translation>Compter les messages</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>S&apos;identifier</translation>
    </message>
    <message>
        <source>Sender accepted? (MAIL FROM)</source>
        <translation>Expéditeur accepté ? (MAIL FROM)</translation>
    </message>
    <message>
        <source>Recipient accepted? (RCPT TO)</source>
        <translation>Destinataire accepté ? (RCPT TO)</translation>
    </message>
    <message>
        <source>Send the test message</source>
        <translation>Envoyer le message de test</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Say goodbye</source>
        <translation>Dire au revoir</translation>
    </message>
    <message>
        <source>List folders</source>
        <translation>Lister les dossiers</translation>
    </message>
    <message>
        <source>Open the inbox</source>
        <translation>Ouvrir la boîte de réception</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>starts at %1 ms, takes %2 ms</source>
        <translation>commence à %1 ms, dure %2 ms</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>When (waterfall)</source>
        <translation>Quand (cascade)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Get the sign-in (OAuth2) from the keychain</source>
        <translation>Lire la connexion (OAuth2) dans le trousseau</translation>
    </message>
    <message>
        <source>Renew the sign-in (OAuth2)</source>
        <translation>Renouveler la connexion (OAuth2)</translation>
    </message>
</context>
<context>
    <name>md::gui::TestPage</name>
    <message>
        <source>Testing your account</source>
        <translation>Test de votre compte</translation>
    </message>
    <message>
        <source>Mail Doctor logs in to both servers, exactly as your mail program will. Nothing is sent.</source>
        <translation>Mail Doctor se connecte aux deux serveurs, exactement comme le fera votre logiciel de messagerie. Rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <source>&amp;Save account</source>
        <translation>&amp;Enregistrer le compte</translation>
    </message>
    <message>
        <source>Test status</source>
        <translation>État du test</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Test results</source>
        <translation>Résultats du test</translation>
    </message>
    <message>
        <source>S&amp;teps</source>
        <translation>É&amp;tapes</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>T&amp;ranscript</source>
        <translation>Transc&amp;ription</translation>
    </message>
    <message>
        <source>&amp;Certificate</source>
        <translation>Certi&amp;ficat</translation>
    </message>
    <message>
        <source>Test &amp;again</source>
        <translation>Tester à &amp;nouveau</translation>
    </message>
    <message>
        <source>Test again</source>
        <translation>Tester à nouveau</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Testing %1… %2</source>
        <translation>Test %1 en cours… %2</translation>
    </message>
    <message>
        <source>Both work: Mail Doctor logged in to the outgoing and the incoming server. Click &quot;Save account&quot; to keep these settings.</source>
        <translation>Les deux fonctionnent : Mail Doctor s&apos;est connecté au serveur sortant et au serveur entrant. Cliquez sur « Enregistrer le compte » pour conserver ces paramètres.</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>%1 works.</source>
        <translation>%1 : fonctionne.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 : échec — %2.</translation>
    </message>
    <message>
        <source>The findings below say what to do; &quot;Apply fix and retry&quot; changes the setting for you.</source>
        <translation>Les constats ci-dessous indiquent quoi faire ; « Appliquer la correction et réessayer » modifie le paramètre pour vous.</translation>
    </message>
</context>
<context>
    <name>md::gui::TranscriptModel</name>
    <message numerus="yes">
        <source> … +%n more character(s)</source>
        <translation>
            <numerusform> … +%n caractère de plus</numerusform>
            <numerusform> … +%n caractères de plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent by Mail Doctor</source>
        <translation>Envoyé par Mail Doctor</translation>
    </message>
    <message>
        <source>Server replied</source>
        <translation>Réponse du serveur</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>%1 (encrypted): %2</source>
        <translation>%1 (chiffré) : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>md::gui::TranscriptView</name>
    <message>
        <source>C: what Mail Doctor sent · S: what the server replied · TLS: encryption events · &quot;tls&quot; before a line: it travelled encrypted · passwords are never shown. Hover a line to see what its codes mean.</source>
        <translation>C : ce que Mail Doctor a envoyé · S : ce que le serveur a répondu · TLS : événements de chiffrement · « tls » devant une ligne : elle a circulé chiffrée · les mots de passe ne sont jamais affichés. Survolez une ligne pour voir ce que signifient ses codes.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Every line sent and received during the check</source>
        <translation>Chaque ligne envoyée et reçue pendant le test</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;all</source>
        <translation>Copier &amp;tout</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher :</translation>
    </message>
    <message>
        <source>Find in the transcript</source>
        <translation>Rechercher dans la transcription</translation>
    </message>
    <message>
        <source>text to find, e.g. AUTH or 535</source>
        <translation>texte à rechercher, par ex. AUTH ou 535</translation>
    </message>
    <message>
        <source>Clear the find text</source>
        <translation>Effacer le texte recherché</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find the next match</source>
        <translation>Trouver l&apos;occurrence suivante</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find the previous match</source>
        <translation>Trouver l&apos;occurrence précédente</translation>
    </message>
    <message>
        <source>Copy selected</source>
        <translation>Copier la sélection</translation>
    </message>
    <message>
        <source>Copy the selected transcript lines</source>
        <translation>Copier les lignes sélectionnées de la transcription</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copier tout</translation>
    </message>
    <message>
        <source>Copy the whole transcript</source>
        <translation>Copier toute la transcription</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Ligne %1 sur %2</translation>
    </message>
</context>
<context>
    <name>md::imap::ImapParser</name>
    <message>
        <source>empty line</source>
        <translation>ligne vide</translation>
    </message>
    <message>
        <source>invalid tag</source>
        <translation>étiquette invalide</translation>
    </message>
    <message>
        <source>the response ends after its tag</source>
        <translation>la réponse se termine après son étiquette</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>nombre hors limites</translation>
    </message>
    <message>
        <source>expected a space after the message number</source>
        <translation>espace attendue après le numéro de message</translation>
    </message>
    <message>
        <source>expected a response name</source>
        <translation>nom de réponse attendu</translation>
    </message>
    <message>
        <source>a tagged response must be OK, NO or BAD</source>
        <translation>une réponse étiquetée doit être OK, NO ou BAD</translation>
    </message>
    <message>
        <source>empty response code</source>
        <translation>code de réponse vide</translation>
    </message>
    <message>
        <source>unterminated response code</source>
        <translation>code de réponse non terminé</translation>
    </message>
    <message>
        <source>lists nested deeper than %1 levels</source>
        <translation>listes imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unterminated list</source>
        <translation>liste non terminée</translation>
    </message>
    <message>
        <source>unexpected &apos;)&apos;</source>
        <translation>&apos;)&apos; inattendue</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>caractère inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unterminated &apos;[&apos; in atom</source>
        <translation>&apos;[&apos; non terminé dans un atome</translation>
    </message>
    <message>
        <source>unterminated quoted string</source>
        <translation>chaîne entre guillemets non terminée</translation>
    </message>
    <message>
        <source>malformed literal: expected digits after &apos;{&apos;</source>
        <translation>littéral mal formé : chiffres attendus après &apos;{&apos;</translation>
    </message>
    <message>
        <source>malformed literal: expected &apos;}&apos;</source>
        <translation>littéral mal formé : &apos;}&apos; attendue</translation>
    </message>
    <message>
        <source>a literal&apos;s size must end the line</source>
        <translation>la taille d&apos;un littéral doit terminer la ligne</translation>
    </message>
    <message>
        <source>a literal is not allowed here</source>
        <translation>un littéral n&apos;est pas autorisé ici</translation>
    </message>
    <message>
        <source>literal larger than %1 bytes</source>
        <translation>littéral de plus de %1 octets</translation>
    </message>
    <message>
        <source>literal data truncated</source>
        <translation>données du littéral tronquées</translation>
    </message>
    <message>
        <source>unexpected data after the end of the response</source>
        <translation>données inattendues après la fin de la réponse</translation>
    </message>
    <message>
        <source>no line end within %1 bytes</source>
        <translation>pas de fin de ligne dans les %1 octets</translation>
    </message>
    <message>
        <source>response larger than %1 bytes</source>
        <translation>réponse de plus de %1 octets</translation>
    </message>
    <message>
        <source>line ends in LF without CR (RFC 9051 §2.2 requires CRLF)</source>
        <translation>la ligne se termine par LF sans CR (la RFC 9051 §2.2 exige CRLF)</translation>
    </message>
    <message>
        <source>NUL byte in a line</source>
        <translation>octet NUL dans une ligne</translation>
    </message>
    <message>
        <source>CR not followed by LF</source>
        <translation>CR non suivi de LF</translation>
    </message>
    <message>
        <source>the server announced a literal of %1 bytes; the limit is %2 bytes</source>
        <translation>le serveur a annoncé un littéral de %1 octets ; la limite est de %2 octets</translation>
    </message>
    <message>
        <source>a literal of %1 bytes makes the response larger than %2 bytes</source>
        <translation>un littéral de %1 octets rend la réponse plus grande que %2 octets</translation>
    </message>
    <message>
        <source>IMAP protocol error: %1 (line starting &quot;%2&quot;, byte %3)</source>
        <translation>Erreur de protocole IMAP : %1 (ligne commençant par « %2 », octet %3)</translation>
    </message>
</context>
<context>
    <name>md::oauth::AuthorizationFlow</name>
    <message>
        <source>The token endpoint %1 could not be reached: %2</source>
        <translation>Le point de terminaison de jeton %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>The token endpoint did not answer in time.</source>
        <translation>Le point de terminaison de jeton n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Nobody came back from the browser within %1 seconds; sign-in stopped.</source>
        <translation>Personne n&apos;est revenu du navigateur en %1 secondes ; la connexion a été arrêtée.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1 for the browser&apos;s redirect.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1 pour la redirection du navigateur.</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>Nothing to do here.</source>
        <translation>Rien à faire ici.</translation>
    </message>
    <message>
        <source>A second redirect to the sign-in listener was refused: only one is accepted.</source>
        <translation>Une seconde redirection vers l&apos;écouteur de connexion a été refusée : une seule est acceptée.</translation>
    </message>
    <message>
        <source>The redirect&apos;s state does not match this sign-in (a forged or stale redirect); nothing was accepted. Sign in again.</source>
        <translation>L&apos;état de la redirection ne correspond pas à cette connexion (redirection falsifiée ou périmée) ; rien n&apos;a été accepté. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>Sign-in refused (access_denied): %1</source>
        <translation>Connexion refusée (access_denied) : %1</translation>
    </message>
    <message>
        <source>The authorization server refused: %1</source>
        <translation>Le serveur d&apos;autorisation a refusé : %1</translation>
    </message>
    <message>
        <source>The redirect carried neither an authorization code nor an error.</source>
        <translation>La redirection ne contenait ni code d&apos;autorisation ni erreur.</translation>
    </message>
    <message>
        <source>Mail Doctor is finishing the sign-in. You can close this window.</source>
        <translation>Mail Doctor termine la connexion. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <source>The token endpoint refused the authorization code: %1</source>
        <translation>Le point de terminaison de jeton a refusé le code d&apos;autorisation : %1</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
</context>
<context>
    <name>md::oauth::ProviderRegistry</name>
    <message>
        <source>The client id file is not a JSON object: %1</source>
        <translation>Le fichier d&apos;identifiants client n&apos;est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>No OAuth2 client id is set for %1. Pass --client-id ID, or set oauth/clients/%2/client_id in the settings.</source>
        <translation>Aucun identifiant client OAuth2 n&apos;est défini pour %1. Passez --client-id ID, ou définissez oauth/clients/%2/client_id dans les paramètres.</translation>
    </message>
    <message>
        <source>No OAuth2 client id is set for %1: Mail Doctor ships none. Register an application at %2 (type &quot;%3&quot;, redirect URI http://%4 on any port), then pass --client-id ID (and, if the provider gives you a client secret, --client-secret-env VAR), or set oauth/clients/%5/client_id in the settings.</source>
        <translation>Aucun identifiant client OAuth2 n&apos;est défini pour %1 : Mail Doctor n&apos;en fournit aucun. Enregistrez une application sur %2 (type « %3 », URI de redirection http://%4 sur n&apos;importe quel port), puis passez --client-id ID (et, si le fournisseur vous donne un secret client, --client-secret-env VAR), ou définissez oauth/clients/%5/client_id dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>md::oauth::TokenClient</name>
    <message>
        <source>the token endpoint answered HTTP %1 without a token</source>
        <translation>le point de terminaison de jeton a répondu HTTP %1 sans jeton</translation>
    </message>
    <message>
        <source>the token endpoint sent no bearer access token</source>
        <translation>le point de terminaison de jeton n&apos;a envoyé aucun jeton d&apos;accès de type bearer</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer is larger than %1 bytes.</source>
        <translation>La réponse du point de terminaison de jeton dépasse %1 octets.</translation>
    </message>
    <message>
        <source>The token endpoint %1 could not be reached: %2</source>
        <translation>Le point de terminaison de jeton %1 est injoignable : %2</translation>
    </message>
</context>
<context>
    <name>md::oauth::TokenStore</name>
    <message>
        <source>No OAuth2 sign-in is stored for %1: run &quot;maildoctor-cli oauth login --user %1&quot; first.</source>
        <translation type="vanished">Aucune connexion OAuth2 n&apos;est enregistrée pour %1 : lancez d&apos;abord « maildoctor-cli oauth login --user %1 ».</translation>
    </message>
    <message>
        <source>Sign-ins for %1 are stored with several providers (%2) and it is not clear which one to use: sign out (maildoctor-cli oauth logout --user %1) and sign in with the one you need.</source>
        <translation type="vanished">Des connexions pour %1 sont enregistrées auprès de plusieurs fournisseurs (%2) et on ne sait pas lequel utiliser : déconnectez-vous (maildoctor-cli oauth logout --user %1) et connectez-vous avec celui dont vous avez besoin.</translation>
    </message>
    <message>
        <source>The access token for %1 has expired and no refresh token is stored: sign in again.</source>
        <translation>Le jeton d&apos;accès de %1 a expiré et aucun jeton d&apos;actualisation n&apos;est enregistré : reconnectez-vous.</translation>
    </message>
    <message>
        <source>Refreshing the access token failed: %1. Sign in again.</source>
        <translation>L&apos;actualisation du jeton d&apos;accès a échoué : %1. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The OAuth2 access token could not be refreshed</source>
        <translation>Le jeton d&apos;accès OAuth2 n&apos;a pas pu être actualisé</translation>
    </message>
    <message>
        <source>The stored sign-in for %1 cannot be renewed. Sign in again: maildoctor-cli oauth login --user %1</source>
        <translation type="vanished">La connexion enregistrée pour %1 ne peut pas être renouvelée. Reconnectez-vous : maildoctor-cli oauth login --user %1</translation>
    </message>
    <message>
        <source>The provider refused to renew the sign-in for %1 (%2). The refresh token was revoked, expired or already used. Sign in again: maildoctor-cli oauth login --user %1</source>
        <translation type="vanished">Le fournisseur a refusé de renouveler la connexion pour %1 (%2). Le jeton d&apos;actualisation a été révoqué, a expiré ou a déjà été utilisé. Reconnectez-vous : maildoctor-cli oauth login --user %1</translation>
    </message>
    <message>
        <source>No OAuth2 sign-in is stored for %1: sign in first.</source>
        <translation>Aucune connexion OAuth2 n&apos;est enregistrée pour %1 : connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>Sign-ins for %1 are stored with several providers (%2) and it is not clear which one to use: sign out, then sign in again with the one you need.</source>
        <translation>Des connexions pour %1 sont enregistrées auprès de plusieurs fournisseurs (%2) et on ne sait pas lequel utiliser : déconnectez-vous, puis reconnectez-vous avec celui dont vous avez besoin.</translation>
    </message>
    <message>
        <source>The stored sign-in for %1 cannot be renewed. Sign in again.</source>
        <translation>La connexion enregistrée pour %1 ne peut pas être renouvelée. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The provider refused to renew the sign-in for %1 (%2). The refresh token was revoked, expired or already used. Sign in again.</source>
        <translation>Le fournisseur a refusé de renouveler la connexion pour %1 (%2). Le jeton d&apos;actualisation a été révoqué, a expiré ou a déjà été utilisé. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>md::pop3::ResponseParser</name>
    <message>
        <source>Response line %1 is %2 bytes long; the limit is %3.</source>
        <translation>La ligne de réponse %1 fait %2 octets ; la limite est de %3.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes without a line end; the limit is %2.</source>
        <translation>Le serveur a envoyé %1 octets sans fin de ligne ; la limite est de %2.</translation>
    </message>
    <message>
        <source>The response has more than %1 lines.</source>
        <translation>La réponse a plus de %1 lignes.</translation>
    </message>
    <message>
        <source>The response is larger than %1 bytes.</source>
        <translation>La réponse dépasse %1 octets.</translation>
    </message>
    <message>
        <source>Malformed response line %1: &quot;%2&quot; (expected +OK or -ERR).</source>
        <translation>Ligne de réponse %1 mal formée : « %2 » (+OK ou -ERR attendu).</translation>
    </message>
</context>
<context>
    <name>md::sasl::CramMd5</name>
    <message>
        <source>The server sent a second CRAM-MD5 challenge.</source>
        <translation>Le serveur a envoyé un second défi CRAM-MD5.</translation>
    </message>
    <message>
        <source>The server sent an empty CRAM-MD5 challenge.</source>
        <translation>Le serveur a envoyé un défi CRAM-MD5 vide.</translation>
    </message>
    <message>
        <source>CRAM-MD5 has no initial response.</source>
        <translation>CRAM-MD5 n&apos;a pas de réponse initiale.</translation>
    </message>
</context>
<context>
    <name>md::sasl::Login</name>
    <message>
        <source>[user &quot;%1&quot;]</source>
        <translation>[utilisateur « %1 »]</translation>
    </message>
    <message>
        <source>[password %1]</source>
        <translation>[mot de passe %1]</translation>
    </message>
    <message>
        <source>The server asked for more than a user name and a password.</source>
        <translation>Le serveur a demandé davantage qu&apos;un nom d&apos;utilisateur et un mot de passe.</translation>
    </message>
    <message>
        <source>LOGIN has no initial response.</source>
        <translation>LOGIN n&apos;a pas de réponse initiale.</translation>
    </message>
</context>
<context>
    <name>md::sasl::OAuthMechanism</name>
    <message>
        <source>status &quot;%1&quot;</source>
        <translation>état « %1 »</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;</source>
        <translation>portée « %1 »</translation>
    </message>
    <message>
        <source>schemes &quot;%1&quot;</source>
        <translation>schémas « %1 »</translation>
    </message>
    <message>
        <source>OpenID configuration %1</source>
        <translation>configuration OpenID %1</translation>
    </message>
    <message>
        <source>%1 was asked for its first message twice.</source>
        <translation>Le premier message de %1 a été demandé deux fois.</translation>
    </message>
    <message>
        <source>No OAuth access token is available for %1.</source>
        <translation>Aucun jeton d&apos;accès OAuth n&apos;est disponible pour %1.</translation>
    </message>
    <message>
        <source>The OAuth access token contains characters a bearer token cannot have.</source>
        <translation>Le jeton d&apos;accès OAuth contient des caractères qu&apos;un jeton bearer ne peut pas contenir.</translation>
    </message>
    <message>
        <source>The user name or host name contains control characters.</source>
        <translation>Le nom d&apos;utilisateur ou le nom d&apos;hôte contient des caractères de contrôle.</translation>
    </message>
    <message>
        <source>The server sent a %1 challenge before the client&apos;s message.</source>
        <translation>Le serveur a envoyé un défi %1 avant le message du client.</translation>
    </message>
    <message>
        <source>The server sent another challenge after its error report.</source>
        <translation>Le serveur a envoyé un autre défi après son rapport d&apos;erreur.</translation>
    </message>
    <message>
        <source>The %1 exchange has already failed.</source>
        <translation>L&apos;échange %1 a déjà échoué.</translation>
    </message>
    <message>
        <source>[acknowledging the server&apos;s error]</source>
        <translation>[accusé de réception de l&apos;erreur du serveur]</translation>
    </message>
</context>
<context>
    <name>md::sasl::Plain</name>
    <message>
        <source>[user &quot;%1&quot;, password %2]</source>
        <translation>[utilisateur « %1 », mot de passe %2]</translation>
    </message>
    <message>
        <source>The server sent an unexpected PLAIN challenge.</source>
        <translation>Le serveur a envoyé un défi PLAIN inattendu.</translation>
    </message>
</context>
<context>
    <name>md::sasl::Policy</name>
    <message>
        <source>%1 would send the password (or token) readable on an unencrypted connection. Use TLS, or allow plaintext authentication explicitly.</source>
        <translation>%1 enverrait le mot de passe (ou le jeton) lisible sur une connexion non chiffrée. Utilisez TLS, ou autorisez explicitement l&apos;authentification en clair.</translation>
    </message>
    <message>
        <source>Neither a password nor an access token is available.</source>
        <translation>Ni mot de passe ni jeton d&apos;accès n&apos;est disponible.</translation>
    </message>
    <message>
        <source>The server accepts only %1, which need a password; only an OAuth access token is available.</source>
        <translation>Le serveur n&apos;accepte que %1, qui exigent un mot de passe ; seul un jeton d&apos;accès OAuth est disponible.</translation>
    </message>
    <message>
        <source>The server accepts only %1, which need an OAuth access token; only a password is available.</source>
        <translation>Le serveur n&apos;accepte que %1, qui exigent un jeton d&apos;accès OAuth ; seul un mot de passe est disponible.</translation>
    </message>
    <message>
        <source>The server offers no authentication mechanism.</source>
        <translation>Le serveur ne propose aucun mécanisme d&apos;authentification.</translation>
    </message>
    <message>
        <source>The server offers only %1; Mail Doctor supports none of them.</source>
        <translation>Le serveur ne propose que %1 ; Mail Doctor n&apos;en prend en charge aucun.</translation>
    </message>
    <message>
        <source>Mail Doctor does not support the mechanism %1.</source>
        <translation>Mail Doctor ne prend pas en charge le mécanisme %1.</translation>
    </message>
    <message>
        <source>The server does not offer %1; it offers %2.</source>
        <translation>Le serveur ne propose pas %1 ; il propose %2.</translation>
    </message>
    <message>
        <source>%1 needs an OAuth access token, and none is available.</source>
        <translation>%1 exige un jeton d&apos;accès OAuth, et aucun n&apos;est disponible.</translation>
    </message>
    <message>
        <source>%1 needs a password, and none is available.</source>
        <translation>%1 exige un mot de passe, et aucun n&apos;est disponible.</translation>
    </message>
    <message>
        <source>%1, as requested.</source>
        <translation>%1, comme demandé.</translation>
    </message>
    <message>
        <source>%1: the strongest mechanism the server offers (%2) for the credentials given.</source>
        <translation>%1 : le mécanisme le plus fort proposé par le serveur (%2) pour les identifiants fournis.</translation>
    </message>
</context>
<context>
    <name>md::sasl::Scram</name>
    <message>
        <source>SCRAM was asked for its first message twice.</source>
        <translation>Le premier message de SCRAM a été demandé deux fois.</translation>
    </message>
    <message>
        <source>The SCRAM client nonce is not printable ASCII.</source>
        <translation>Le nonce client SCRAM n&apos;est pas en ASCII imprimable.</translation>
    </message>
    <message>
        <source>The user name contains characters SCRAM cannot send (SASLprep, RFC 4013).</source>
        <translation>Le nom d&apos;utilisateur contient des caractères que SCRAM ne peut pas envoyer (SASLprep, RFC 4013).</translation>
    </message>
    <message>
        <source>The server sent a SCRAM challenge before the client&apos;s first message.</source>
        <translation>Le serveur a envoyé un défi SCRAM avant le premier message du client.</translation>
    </message>
    <message>
        <source>The server sent another SCRAM challenge after its final message.</source>
        <translation>Le serveur a envoyé un autre défi SCRAM après son message final.</translation>
    </message>
    <message>
        <source>The server refused the authentication: %1</source>
        <translation>Le serveur a refusé l&apos;authentification : %1</translation>
    </message>
    <message>
        <source>The server requires a SCRAM extension (m=) that Mail Doctor does not support.</source>
        <translation>Le serveur exige une extension SCRAM (m=) que Mail Doctor ne prend pas en charge.</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message repeats an attribute.</source>
        <translation>Le premier message SCRAM du serveur répète un attribut.</translation>
    </message>
    <message>
        <source>The server&apos;s first SCRAM message lacks the nonce, the salt or the iteration count.</source>
        <translation>Il manque au premier message SCRAM du serveur le nonce, le sel ou le nombre d&apos;itérations.</translation>
    </message>
    <message>
        <source>The server&apos;s nonce does not extend the client&apos;s nonce: the reply does not belong to this exchange (a replay or a broken server).</source>
        <translation>Le nonce du serveur ne prolonge pas le nonce du client : la réponse n&apos;appartient pas à cet échange (un rejeu ou un serveur défaillant).</translation>
    </message>
    <message>
        <source>The server&apos;s nonce contains characters SCRAM does not allow.</source>
        <translation>Le nonce du serveur contient des caractères que SCRAM n&apos;autorise pas.</translation>
    </message>
    <message>
        <source>The server sent an invalid SCRAM salt (not base64, or empty).</source>
        <translation>Le serveur a envoyé un sel SCRAM invalide (pas du base64, ou vide).</translation>
    </message>
    <message>
        <source>The server sent an invalid SCRAM iteration count.</source>
        <translation>Le serveur a envoyé un nombre d&apos;itérations SCRAM invalide.</translation>
    </message>
    <message>
        <source>The server asked for only %1 SCRAM iterations; at least %2 are required (RFC 7677 §4), so the stored password is too cheap to attack.</source>
        <translation>Le serveur n&apos;a demandé que %1 itérations SCRAM ; il en faut au moins %2 (RFC 7677 §4), le mot de passe enregistré est donc trop facile à attaquer.</translation>
    </message>
    <message>
        <source>The server asked for %1 SCRAM iterations; Mail Doctor computes at most %2.</source>
        <translation>Le serveur a demandé %1 itérations SCRAM ; Mail Doctor en calcule au plus %2.</translation>
    </message>
    <message>
        <source>The password contains characters SCRAM cannot use (SASLprep, RFC 4013).</source>
        <translation>Le mot de passe contient des caractères que SCRAM ne peut pas utiliser (SASLprep, RFC 4013).</translation>
    </message>
    <message>
        <source>The server&apos;s final SCRAM message has neither a signature (v=) nor an error (e=).</source>
        <translation>Le message SCRAM final du serveur n&apos;a ni signature (v=) ni erreur (e=).</translation>
    </message>
    <message>
        <source>The server&apos;s SCRAM signature (v=) is wrong: the server does not know your password, or something between you and the server is answering for it.</source>
        <translation>La signature SCRAM du serveur (v=) est incorrecte : le serveur ne connaît pas votre mot de passe, ou quelque chose entre vous et le serveur répond à sa place.</translation>
    </message>
    <message>
        <source>[empty response]</source>
        <translation>[réponse vide]</translation>
    </message>
    <message>
        <source>The server accepted the login, but the server never proved it knows the password (no valid SCRAM signature v= was received).</source>
        <translation>Le serveur a accepté la connexion, mais il n&apos;a jamais prouvé qu&apos;il connaît le mot de passe (aucune signature SCRAM v= valide n&apos;a été reçue).</translation>
    </message>
</context>
<context>
    <name>md::smtp::ReplyParser</name>
    <message>
        <source>Reply line %1 is %2 bytes long; the limit is %3.</source>
        <translation>La ligne de réponse %1 fait %2 octets ; la limite est de %3.</translation>
    </message>
    <message>
        <source>The server sent %1 bytes without a line end; the limit is %2.</source>
        <translation>Le serveur a envoyé %1 octets sans fin de ligne ; la limite est de %2.</translation>
    </message>
    <message>
        <source>Malformed reply line %1: &quot;%2&quot; (expected a three-digit code).</source>
        <translation>Ligne de réponse %1 mal formée : « %2 » (code à trois chiffres attendu).</translation>
    </message>
    <message>
        <source>Reply line %1 changes the code from %2 to %3 inside one reply.</source>
        <translation>La ligne de réponse %1 change le code de %2 à %3 au sein d&apos;une même réponse.</translation>
    </message>
    <message>
        <source>The reply has more than %1 lines.</source>
        <translation>La réponse a plus de %1 lignes.</translation>
    </message>
    <message>
        <source>The reply is larger than %1 bytes.</source>
        <translation>La réponse dépasse %1 octets.</translation>
    </message>
</context>
</TS>
