// "Sign in with <provider>" in the setup wizard against a real OAuth2 authorization server
// (oidc-provider, the oauthserver fixture) and a Dovecot that validates its tokens, with a real
// gnome-keyring (with-keyring.sh). The test plays the browser: QDesktopServices::setUrlHandler
// hands the authorization URL to tests/support/oauth/browser.py, which signs in and consents (or
// refuses). Discovery is pointed at a closed local port, so no DNS query leaves the machine, and
// the settings are typed by hand ("Enter settings myself").
#include "IntegrationSupport.h"
#include "WizardSupport.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "oauth/Provider.h"
#include "oauth/TokenStore.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardPages.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QLabel>
#include <QProcess>
#include <QTemporaryDir>

using namespace md;
using namespace md::gui;
using namespace md::test;

/// The user's browser, played by browser.py: started when the app asks to open a URL.
class BrowserPlayer : public QObject
{
    Q_OBJECT
public:
    QString script;
    QStringList extraArguments;
    QList<QUrl> opened;
    QPointer<QProcess> process;

public Q_SLOTS:
    void openUrl(const QUrl &url)
    {
        opened << url;
        process = new QProcess(this);
        // Not waited for here: the wizard's loopback listener must be served while it runs.
        process->start(QStringLiteral("/usr/bin/python3"),
            QStringList { script, url.toString(QUrl::FullyEncoded) } + extraArguments);
    }
};

class TestGuiWizardOAuth : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_oauth;
    QHash<QString, QString> m_mail;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    KeychainCredentialStore *m_keychain = nullptr;
    oauth::ProviderRegistry m_registry;
    BrowserPlayer m_browser;

    oauth::Provider provider(bool withClientId) const
    {
        oauth::Provider p;
        p.id = QStringLiteral("testidp");
        p.name = QStringLiteral("Test IdP");
        p.custom = true;
        p.authorizationUrl = QUrl(m_oauth.value(QStringLiteral("AUTHORIZATION_URL")));
        p.tokenUrl = QUrl(m_oauth.value(QStringLiteral("TOKEN_URL")));
        p.imapScopes = m_oauth.value(QStringLiteral("SCOPE")).split(QLatin1Char(' '));
        p.hosts = QStringList { m_mail.value(QStringLiteral("HOST")) };
        if (withClientId)
            p.clientId = m_oauth.value(QStringLiteral("CLIENT_ID"));
        return p;
    }

    SetupOptions options() const
    {
        SetupOptions o;
        o.profiles = m_profiles.get();
        o.credentials = m_keychain;
        o.providers = &m_registry;
        Resolver::Config dns;
        dns.server = QHostAddress(QHostAddress::LocalHost);
        dns.port = 9;  // nothing listens: every lookup fails at once, nothing leaves the machine
        dns.tries = 1;
        o.discovery.dns = dns;
        o.discovery.dnsServer = QStringLiteral("127.0.0.1:9");
        o.discovery.useIspdb = false;
        o.discovery.probe = false;
        o.discovery.timeoutMs = 5000;
        return o;
    }

    void fillForm(QWidget *form, const QString &portKey, const QString &security)
    {
        typeInto(form, QStringLiteral("host"), m_mail.value(QStringLiteral("HOST")));
        chooseSecurity(form, security);
        typePort(form, m_mail.value(portKey).toInt());
        typeInto(form, QStringLiteral("user"), QStringLiteral("alice"));
        typeInto(form, QStringLiteral("caFile"), m_mail.value(QStringLiteral("CA_FILE")));
    }

    /// A new wizard on the Sign in page, the servers typed by hand.
    void toSignIn(SetupWizard *wizard)
    {
        typeInto(wizard, QStringLiteral("email"), QStringLiteral("alice@example.test"));
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DiscoveryPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizardNextEnabled(wizard), 15000);  // the search ends (finding nothing)
        QTest::mouseClick(child<QPushButton>(wizard, QStringLiteral("manual")), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::OutgoingPage));
        fillForm(
            wizard->settingsForm(Protocol::Smtp), QStringLiteral("SMTP_STARTTLS_PORT"), QStringLiteral("starttls"));
        clickNext(wizard);
        fillForm(wizard->settingsForm(Protocol::Imap), QStringLiteral("IMAP_TLS_PORT"), QStringLiteral("tls"));
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::SignInPage));
    }

private Q_SLOTS:
    void initTestCase()
    {
        startOAuthTest(this, m_oauth, m_mail, m_keychain, m_browser);
        if (QTest::currentTestFailed())
            return;
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("accounts.json")));
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    void init()
    {
        QFile::remove(m_profiles->path());
        m_browser.extraArguments.clear();
        m_browser.opened.clear();
    }

    // Sign in in the "browser", both checks pass with the token, the sign-in goes to the keychain.
    void signInWithProvider()
    {
        m_registry.add(provider(true));
        SetupWizard wizard(options());
        wizard.show();
        toSignIn(&wizard);
        auto *button = child<QPushButton>(&wizard, QStringLiteral("oauthSignIn"));
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Sign in with Test IdP"));
        QVERIFY(!wizardNextEnabled(&wizard));
        QTest::mouseClick(button, Qt::LeftButton);
        auto *page = static_cast<SignInPage *>(wizard.currentPage());
        QTRY_COMPARE(m_browser.opened.size(), 1);  // the system browser was asked to open the provider's page
        QVERIFY(page->isWaiting());
        QVERIFY2(page->oauthStatus().contains(QLatin1String("browser")), qPrintable(page->oauthStatus()));
        QVERIFY(!wizardNextEnabled(&wizard));  // waiting
        QTRY_VERIFY_WITH_TIMEOUT(!page->isWaiting(), 30000);
        QVERIFY2(
            page->oauthStatus().contains(QLatin1String("Signed in with Test IdP")), qPrintable(page->oauthStatus()));
        QVERIFY(wizardNextEnabled(&wizard));
        clickNext(&wizard);
        passTestAndSave(&wizard);
        if (QTest::currentTestFailed())
            return;
        const QString keychain = child<QLabel>(&wizard, QStringLiteral("keychainStatus"))->text();
        QVERIFY2(keychain.contains(QLatin1String("sign-in is stored")), qPrintable(keychain));

        ProfileStore::Error error;
        const std::optional<Account> saved = m_profiles->find(QStringLiteral("alice@example.test"), &error);
        QVERIFY2(saved, qPrintable(error.message));
        QCOMPARE(saved->incoming.oauthProvider, QStringLiteral("testidp"));
        QVERIFY(saved->incoming.usesOAuth());
        QVERIFY(saved->outgoing.usesOAuth());

        // The token set is in the real keychain, where `account test` looks for it.
        oauth::TokenStore store(m_keychain);
        bool loaded = false;
        oauth::TokenStore::Loaded result;
        store.load(
            QStringLiteral("alice@example.test"), QStringLiteral("testidp"), [&](const oauth::TokenStore::Loaded &l) {
                result = l;
                loaded = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(loaded, 15000);
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.sets.size(), 1);
        QVERIFY(!result.sets.first().accessToken.isEmpty());
        QFile profile(m_profiles->path());
        QVERIFY(profile.open(QIODevice::ReadOnly));
        QVERIFY(!profile.readAll().contains(result.sets.first().accessToken.toUtf8()));
        bool removed = false;
        store.remove(QStringLiteral("alice@example.test"), {}, [&](int, const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
        wizard.accept();
    }

    // Consent refused in the browser: the page says so and what to do; Next stays off.
    void consentRefused()
    {
        m_registry.add(provider(true));
        m_browser.extraArguments = { QStringLiteral("--abort") };
        SetupWizard wizard(options());
        wizard.show();
        toSignIn(&wizard);
        QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("oauthSignIn")), Qt::LeftButton);
        auto *page = static_cast<SignInPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!page->isWaiting(), 30000);
        QVERIFY2(page->oauthStatus().contains(QLatin1String("did not give Mail Doctor access"))
                && page->oauthStatus().contains(QLatin1String("choose Allow")),
            qPrintable(page->oauthStatus()));
        QVERIFY(!wizardNextEnabled(&wizard));
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!QFile::exists(m_profiles->path()));
    }

    // Cancel while the browser is open: the wait ends, the listener closes.
    void cancelWhileWaiting()
    {
        m_registry.add(provider(true));
        m_browser.script = QStringLiteral("/bin/true");  // a "browser" that never comes back
        SetupWizard wizard(options());
        wizard.show();
        toSignIn(&wizard);
        QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("oauthSignIn")), Qt::LeftButton);
        auto *page = static_cast<SignInPage *>(wizard.currentPage());
        QVERIFY(page->isWaiting());
        auto *cancel = child<QPushButton>(&wizard, QStringLiteral("oauthCancel"));
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isWaiting(), 5000);
        QVERIFY2(page->oauthStatus().contains(QLatin1String("cancelled")), qPrintable(page->oauthStatus()));
        m_browser.script = m_oauth.value(QStringLiteral("BROWSER"));
    }

    // No client id for the provider: the page says how to get one instead of opening a browser.
    void noClientId()
    {
        m_registry.add(provider(false));
        SetupWizard wizard(options());
        wizard.show();
        toSignIn(&wizard);
        QTest::mouseClick(child<QPushButton>(&wizard, QStringLiteral("oauthSignIn")), Qt::LeftButton);
        auto *page = static_cast<SignInPage *>(wizard.currentPage());
        QVERIFY(m_browser.opened.isEmpty());
        QVERIFY2(page->oauthStatus().contains(QLatin1String("no OAuth2 client id"))
                && page->oauthStatus().contains(QLatin1String("oauth/clients/testidp/client_id")),
            qPrintable(page->oauthStatus()));
        QVERIFY(!wizardNextEnabled(&wizard));
        typeInto(&wizard, QStringLiteral("signInPassword"), QStringLiteral("an app password"));
        QVERIFY(wizardNextEnabled(&wizard));  // a password is the way on
    }
};

QTEST_MAIN(TestGuiWizardOAuth)
#include "tst_gui_wizard_oauth.moc"
