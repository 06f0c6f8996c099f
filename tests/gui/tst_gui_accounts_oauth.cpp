// A saved account that signs in with OAuth2, checked from the main window, against the real
// authorization server (oidc-provider) and the Dovecot that validates its tokens (the oauthserver
// fixture), with the token set in a real gnome-keyring (with-keyring.sh). The sign-in is made once
// with core/oauth (browser.py plays the browser) and stored where the setup wizard stores it; the
// window then reads it (and renews it) before each check. No token may reach the transcript, the
// clipboard, a report, the steps or the profile file.
#include "IntegrationSupport.h"
#include "WizardSupport.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "AccountsPanel.h"
#include "DiagnoseController.h"
#include "FindingsView.h"
#include "MainWindow.h"
#include "oauth/AuthorizationFlow.h"
#include "oauth/Provider.h"
#include "oauth/TokenStore.h"
#include "StepsModel.h"
#include "TranscriptModel.h"

#include <csignal>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

using namespace md;
using namespace md::gui;
using namespace md::test;

namespace {

const QString kAccount = QStringLiteral("Alice (OAuth2)");
const QString kAddress = QStringLiteral("alice@example.test");

}  // namespace

/// The user's browser, played by browser.py: started when the app asks to open a URL.
class Browser : public QObject
{
    Q_OBJECT
public:
    QString script;
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url)
    {
        opened << url;
        // Not waited for here: the sign-in's loopback listener must be served while it runs.
        auto *process = new QProcess(this);
        process->start(QStringLiteral("/usr/bin/python3"), QStringList { script, url.toString(QUrl::FullyEncoded) });
    }
};

class TestGuiAccountsOAuth : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_oauth;
    QHash<QString, QString> m_mail;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    KeychainCredentialStore *m_keychain = nullptr;
    oauth::ProviderRegistry m_registry;
    Browser m_browser;
    QByteArrayList m_secrets;  ///< every access and refresh token seen

    oauth::Provider provider() const
    {
        oauth::Provider p;
        p.id = QStringLiteral("testidp");
        p.name = QStringLiteral("Test IdP");
        p.custom = true;
        p.authorizationUrl = QUrl(m_oauth.value(QStringLiteral("AUTHORIZATION_URL")));
        p.tokenUrl = QUrl(m_oauth.value(QStringLiteral("TOKEN_URL")));
        p.imapScopes = m_oauth.value(QStringLiteral("SCOPE")).split(QLatin1Char(' '));
        p.hosts = QStringList { m_mail.value(QStringLiteral("HOST")) };
        p.clientId = m_oauth.value(QStringLiteral("CLIENT_ID"));
        return p;
    }

    /// The account as the setup wizard saves it after "Sign in with Test IdP": the outgoing server
    /// with XOAUTH2, the incoming one with OAUTHBEARER, both with the provider; no secret.
    Account account() const
    {
        Account a;
        a.name = kAccount;
        a.email = kAddress;
        const auto server = [this](Protocol protocol, const char *portKey, Security security, const char *mechanism) {
            ServerProfile s;
            s.protocol = protocol;
            s.host = m_mail.value(QStringLiteral("HOST"));
            s.port = m_mail.value(QString::fromLatin1(portKey)).toUShort();
            s.security = security;
            s.user = QStringLiteral("alice");
            s.authMechanism = QString::fromLatin1(mechanism);
            s.oauthProvider = QStringLiteral("testidp");
            s.caFile = m_mail.value(QStringLiteral("CA_FILE"));
            return s;
        };
        a.outgoing = server(Protocol::Smtp, "SMTP_STARTTLS_PORT", Security::StartTls, "xoauth2");
        a.incoming = server(Protocol::Imap, "IMAP_TLS_PORT", Security::Tls, "oauthbearer");
        return a;
    }

    /// Signs alice in with core/oauth (the browser script consents) and stores the token set
    /// where the wizard stores it.
    void signIn()
    {
        oauth::AuthorizationFlow::Options options;
        options.provider = provider();
        options.user = kAddress;
        oauth::AuthorizationFlow flow(options);
        QSignalSpy finished(&flow, &oauth::AuthorizationFlow::finished);
        connect(&flow, &oauth::AuthorizationFlow::openUrl, &m_browser, &Browser::openUrl);
        flow.start();
        QVERIFY(finished.count() == 1 || finished.wait(30000));
        const auto result = finished.first().first().value<oauth::FlowResult>();
        QVERIFY2(result.ok(), qPrintable(result.message));
        m_secrets << result.tokens.accessToken.toUtf8() << result.tokens.refreshToken.toUtf8();
        saveTokens(result.tokens);
    }

    void saveTokens(const oauth::TokenSet &tokens)
    {
        oauth::TokenStore store(m_keychain);
        bool saved = false;
        QString error;
        store.save(tokens, [&](const QString &e) {
            error = e;
            saved = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(saved, 15000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    /// The token sets stored for alice at the test provider (every token read is remembered).
    QList<oauth::TokenSet> storedTokens()
    {
        oauth::TokenStore store(m_keychain);
        bool loaded = false;
        oauth::TokenStore::Loaded result;
        store.load(kAddress, QStringLiteral("testidp"), [&](const oauth::TokenStore::Loaded &l) {
            result = l;
            loaded = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(loaded, 15000); }();
        if (!result.error.isEmpty())
            qWarning("loading the tokens failed: %s", qPrintable(result.error));
        for (const oauth::TokenSet &t : std::as_const(result.sets))
            m_secrets << t.accessToken.toUtf8() << t.refreshToken.toUtf8();
        return result.sets;
    }

    /// Replaces the stored sign-in with a dead one: expired, with a refresh token the provider
    /// does not know (as if revoked). Returns what was stored.
    oauth::TokenSet storeDeadSignIn()
    {
        const QList<oauth::TokenSet> stored = storedTokens();
        if (stored.size() != 1)
            qWarning("expected one stored sign-in, found %lld", qlonglong(stored.size()));
        oauth::TokenSet broken = stored.value(0);
        broken.refreshToken = QStringLiteral("revoked-or-unknown-refresh-token");
        broken.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        saveTokens(broken);
        return broken;
    }

    /// On the wizard's Sign in page: "Sign in with Test IdP" in the (scripted) browser, then
    /// Next, a passing test, save, and the wizard closed.
    void signInTestAndSave(SetupWizard *wizard)
    {
        QCOMPARE(wizard->currentId(), int(SetupWizard::SignInPage));
        auto *page = static_cast<SignInPage *>(wizard->currentPage());
        auto *oauthButton = child<QPushButton>(wizard, QStringLiteral("oauthSignIn"));
        QVERIFY(oauthButton->isVisible());
        QCOMPARE(oauthButton->text(), QStringLiteral("Sign in with Test IdP"));
        QTest::mouseClick(oauthButton, Qt::LeftButton);
        QTRY_COMPARE(m_browser.opened.size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isWaiting(), 30000);
        QVERIFY2(
            page->oauthStatus().contains(QLatin1String("Signed in with Test IdP")), qPrintable(page->oauthStatus()));
        QVERIFY(wizardNextEnabled(wizard));
        clickNext(wizard);
        passTestAndSave(wizard);
        if (QTest::currentTestFailed())
            return;
        QPointer<SetupWizard> gone(wizard);
        wizard->accept();
        QTRY_VERIFY(gone.isNull());
    }

    void removeTokens()
    {
        oauth::TokenStore store(m_keychain);
        bool removed = false;
        store.remove(kAddress, {}, [&](int, const QString &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }

    /// A main window on the test stores, the saved account selected and loaded.
    std::unique_ptr<MainWindow> openAccount(CredentialStore *keychain = nullptr)
    {
        auto window = std::make_unique<MainWindow>(m_profiles.get(), keychain ? keychain : m_keychain);
        SetupOptions options;
        options.providers = &m_registry;
        window->setWizardOptions(options);
        window->show();
        AccountsPanel *panel = window->accountsPanel();
        QSignalSpy loaded(panel, &AccountsPanel::passwordsLoaded);
        panel->selectAccount(kAccount);
        if (panel->currentAccount() != kAccount || !loaded.wait(15000))
            qWarning("the account was not loaded");
        return window;
    }

    /// Clicks a Check button and waits for the run; its verdict.
    bool clickAndWait(MainWindow *window, const char *button)
    {
        DiagnoseView *view = window->diagnoseView();
        QSignalSpy finished(view, &DiagnoseView::runFinished);
        QTest::mouseClick(child<QPushButton>(view, QString::fromLatin1(button)), Qt::LeftButton);
        if (!view->isRunning() || !finished.wait(60000))
            qWarning("the run did not start or did not end");
        return !finished.isEmpty() && finished.first().first().toBool();
    }

    /// A step of the last run by id ("oauth_token", "auth"): its status and detail.
    static std::optional<Step> step(DiagnoseView *view, const QString &name)
    {
        for (const ReportEntry &e : view->lastEntries()) {
            if (const Step *s = e.result.step(name))
                return *s;
        }
        return std::nullopt;
    }

    /// Every place a token could leak to from the window: none of the tokens seen is there.
    void expectNoTokens(MainWindow *window)
    {
        DiagnoseView *view = window->diagnoseView();
        QByteArrayList outputs;
        TranscriptModel *transcript = view->transcriptModel();
        QByteArray model;
        for (int row = 0; row < transcript->rowCount(); ++row) {
            for (int role : { int(Qt::DisplayRole), int(Qt::AccessibleTextRole), int(Qt::ToolTipRole),
                     int(TranscriptModel::MessageRole) })
                model += transcript->index(row).data(role).toString().toUtf8() + '\n';
        }
        outputs << model;
        QByteArray steps;
        for (int row = 0; row < view->stepsModel()->rowCount(); ++row) {
            for (int column = 0; column < StepsModel::ColumnCount; ++column)
                steps += view->stepsModel()->index(row, column).data().toString().toUtf8() + '\n';
        }
        outputs << steps << view->statusText().toUtf8();
        QApplication::clipboard()->clear();
        view->copyAllTranscript();
        outputs << QApplication::clipboard()->text().toUtf8();
        QTemporaryDir dir;
        QString error;
        QVERIFY2(view->saveReport(dir.filePath(QStringLiteral("report.html")), &error), qPrintable(error));
        for (const char *name : { "report.html", "report.txt", "report.json" }) {
            QFile file(dir.filePath(QString::fromLatin1(name)));
            QVERIFY2(file.open(QIODevice::ReadOnly), name);
            outputs << file.readAll();
        }
        QFile profile(m_profiles->path());
        QVERIFY(profile.open(QIODevice::ReadOnly));
        outputs << profile.readAll();
        QVERIFY(m_secrets.size() >= 2);
        for (const QByteArray &secret : std::as_const(m_secrets)) {
            if (secret.isEmpty())
                continue;
            for (const QByteArray &output : std::as_const(outputs))
                QVERIFY2(!leaksSecret(output, secret), "a token reached the window's output");
        }
    }

    /// Every interactive widget of the window has an accessible name.
    static void expectNamed(QWidget *window)
    {
        QStringList unnamed;
        collectUnnamed(QAccessible::queryAccessibleInterface(window), unnamed);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }

    /// Waits until a token fetch that nobody listens to any more has ended: its network manager
    /// (a child of the keychain store) goes when the fetch's last callback has run.
    void waitForAbandonedFetch()
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_keychain->findChildren<QNetworkAccessManager *>().isEmpty(), 30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<oauth::FlowResult>();
        startOAuthTest(this, m_oauth, m_mail, m_keychain, m_browser);
        if (QTest::currentTestFailed())
            return;
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_registry.add(provider());
        ProfileStore::Error error;
        QVERIFY2(m_profiles->add(account(), &error), qPrintable(error.message));
        signIn();
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("http")); }

    // The saved OAuth2 account → "Check sending": the stored token logs in with XOAUTH2; then
    // "Check both" adds the incoming server with OAUTHBEARER. No token anywhere.
    void checkWithStoredSignIn()
    {
        auto window = openAccount();
        DiagnoseView *view = window->diagnoseView();
        ServerSettingsWidget *smtp = view->settingsWidget(Protocol::Smtp);
        // The form says how it signs in instead of showing an empty password field.
        QVERIFY(smtp->usesOAuth());
        QVERIFY2(
            smtp->oauthStatus().contains(QLatin1String("Signs in with Test IdP")), qPrintable(smtp->oauthStatus()));
        QVERIFY(smtp->oauthStatus().contains(kAddress));
        QVERIFY(!child<QLineEdit>(smtp, QStringLiteral("password"))->isVisibleTo(smtp));
        auto *status = child<QLabel>(smtp, QStringLiteral("oauthStatus"));
        QVERIFY(status->isVisibleTo(smtp));
        QCOMPARE(status->accessibleName(), QStringLiteral("OAuth2 sign-in"));
        QVERIFY(child<QPushButton>(smtp, QStringLiteral("formSignInAgain"))->isVisibleTo(smtp));
        expectNamed(window.get());

        QVERIFY2(clickAndWait(window.get(), "checkSending"), qPrintable(view->statusText()));
        QCOMPARE(view->lastEntries().size(), 1);
        const ReportEntry entry = view->lastEntries().first();  // a copy: lastEntries() returns one
        QCOMPARE(entry.result.facts.mechanism, QStringLiteral("XOAUTH2"));
        QVERIFY(entry.settings.token.isEmpty());  // the report's copy of the settings has no secret
        const std::optional<Step> token = step(view, QStringLiteral("oauth_token"));
        QVERIFY(token && token->status == Step::Status::Ok);
        QVERIFY2(token->detail.contains(QLatin1String("Test IdP")), qPrintable(token->detail));
        QCOMPARE(entry.result.steps.first().name, QStringLiteral("oauth_token"));  // the run began with it
        QCOMPARE(view->stepsModel()->index(0, StepsModel::StepColumn).data().toString(),
            QStringLiteral("Get the sign-in (OAuth2) from the keychain"));
        const std::optional<Step> auth = step(view, QStringLiteral("auth"));
        QVERIFY(auth && auth->status == Step::Status::Ok);
        const QString transcript = view->transcriptModel()->allText();
        QVERIFY2(transcript.contains(QRegularExpression(QStringLiteral("C: +AUTH XOAUTH2"))), qPrintable(transcript));
        QVERIFY(transcript.contains(QRegularExpression(QStringLiteral("S: +235 "))));
        expectNoTokens(window.get());

        QVERIFY2(clickAndWait(window.get(), "checkBoth"), qPrintable(view->statusText()));
        QCOMPARE(view->lastEntries().size(), 2);
        QCOMPARE(view->lastEntries().at(1).result.facts.mechanism, QStringLiteral("OAUTHBEARER"));
        expectNoTokens(window.get());
    }

    // "Edit settings" on the saved OAuth2 account, through every page without signing in again:
    // the Test page logs in with the sign-in in the keychain, and the account is saved still
    // signing in with Test IdP. (The wizard used to drop the provider and ask for a password, so
    // the account fell back to a password login until the next sign-in.)
    void editSettingsKeepsTheOAuth2SignIn()
    {
        const QList<oauth::TokenSet> before = storedTokens();
        QCOMPARE(before.size(), 1);
        auto window = openAccount();
        m_browser.opened.clear();
        SetupWizard *wizard = window->editAccount();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::OutgoingPage));
        QVERIFY(wizard->settingsForm(Protocol::Smtp)->usesOAuth());
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::IncomingPage));
        QVERIFY(wizard->settingsForm(Protocol::Imap)->usesOAuth());
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::SignInPage));
        auto *page = static_cast<SignInPage *>(wizard->currentPage());
        QVERIFY2(
            page->oauthStatus().contains(QLatin1String("stored in your keychain")), qPrintable(page->oauthStatus()));
        QVERIFY(child<QLineEdit>(wizard, QStringLiteral("signInPassword"))->text().isEmpty());
        QVERIFY(wizardNextEnabled(wizard));  // the stored sign-in will do: no password, no browser
        clickNext(wizard);
        passTestAndSave(wizard);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_browser.opened.isEmpty());  // nobody signed in again
        const QString keychainStatus = child<QLabel>(wizard, QStringLiteral("keychainStatus"))->text();
        QVERIFY2(keychainStatus.contains(QLatin1String("sign-in")), qPrintable(keychainStatus));
        AccountsPanel *panel = window->accountsPanel();
        QSignalSpy reloaded(panel, &AccountsPanel::passwordsLoaded);
        QPointer<SetupWizard> gone(wizard);
        wizard->accept();
        QTRY_VERIFY(gone.isNull());

        ProfileStore::Error error;
        const std::optional<Account> saved = m_profiles->find(kAccount, &error);
        QVERIFY2(saved, qPrintable(error.message));
        QCOMPARE(saved->outgoing.oauthProvider, QStringLiteral("testidp"));
        QCOMPARE(saved->outgoing.authMechanism, QStringLiteral("xoauth2"));
        QCOMPARE(saved->incoming.oauthProvider, QStringLiteral("testidp"));
        QCOMPARE(saved->incoming.authMechanism, QStringLiteral("oauthbearer"));
        // No password went to the keychain, and the sign-in there is the one from before.
        std::optional<CredentialError> read;
        m_keychain->read(CredentialKey { kAccount, Protocol::Imap, SecretKind::Password },
            [&](const CredentialError &e, const QString &) { read = e; });
        QTRY_VERIFY_WITH_TIMEOUT(read.has_value(), 15000);
        QCOMPARE(int(read->code), int(CredentialError::Code::NotFound));
        const QList<oauth::TokenSet> after = storedTokens();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().refreshToken, before.first().refreshToken);

        // The window checks the saved account with the stored sign-in, as before the edit.
        QVERIFY(reloaded.count() > 0 || reloaded.wait(15000));
        DiagnoseView *view = window->diagnoseView();
        QVERIFY(view->settingsWidget(Protocol::Smtp)->usesOAuth());
        QVERIFY2(clickAndWait(window.get(), "checkBoth"), qPrintable(view->statusText()));
        QCOMPARE(view->lastEntries().size(), 2);
        QCOMPARE(view->lastEntries().at(0).result.facts.mechanism, QStringLiteral("XOAUTH2"));
        QCOMPARE(view->lastEntries().at(1).result.facts.mechanism, QStringLiteral("OAUTHBEARER"));
        expectNoTokens(window.get());
    }

    // Editing an account whose stored sign-in is dead: the wizard's Test page says so and offers
    // "Sign in again…", which goes back to the Sign in page; that page now wants a new sign-in
    // (Next stays off until then), and after it the test passes and the new sign-in is stored.
    void editingWithADeadSignInOffersSignInAgain()
    {
        const oauth::TokenSet broken = storeDeadSignIn();
        auto window = openAccount();
        m_browser.opened.clear();
        SetupWizard *wizard = window->editAccount();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        for (int page = 0; page < 4; ++page)
            clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::TestPage));
        auto *test = static_cast<TestPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 60000);
        QVERIFY(!test->passed());
        QVERIFY(!wizardNextEnabled(wizard));
        auto *signInAgain = child<QPushButton>(wizard, QStringLiteral("signInAgain"));
        QVERIFY(signInAgain);
        QTest::mouseClick(signInAgain, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::SignInPage));
        auto *page = static_cast<SignInPage *>(wizard->currentPage());
        QVERIFY2(!page->oauthStatus().contains(QLatin1String("stays in use")), qPrintable(page->oauthStatus()));
        QVERIFY(!wizardNextEnabled(wizard));  // the dead sign-in no longer counts
        signInTestAndSave(wizard);
        if (QTest::currentTestFailed())
            return;
        const QList<oauth::TokenSet> renewed = storedTokens();
        QCOMPARE(renewed.size(), 1);
        QVERIFY(renewed.first().refreshToken != broken.refreshToken);
        expectNoTokens(window.get());
    }

    // An access token that has expired is renewed before the check, which passes; the keychain
    // holds the new token set (the rotated refresh token included).
    void expiredTokenIsRefreshedFirst()
    {
        QList<oauth::TokenSet> before = storedTokens();
        QCOMPARE(before.size(), 1);
        oauth::TokenSet expired = before.first();
        expired.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        saveTokens(expired);

        auto window = openAccount();
        DiagnoseView *view = window->diagnoseView();
        QVERIFY2(clickAndWait(window.get(), "checkSending"), qPrintable(view->statusText()));
        const std::optional<Step> token = step(view, QStringLiteral("oauth_token"));
        QVERIFY(token && token->status == Step::Status::Ok);
        QVERIFY2(token->detail.contains(QLatin1String("renewed")), qPrintable(token->detail));

        const QList<oauth::TokenSet> after = storedTokens();
        QCOMPARE(after.size(), 1);
        QVERIFY(after.first().accessToken != expired.accessToken);
        QVERIFY(!after.first().refreshToken.isEmpty());
        QVERIFY(after.first().refreshToken != expired.refreshToken);  // rotated, and stored at once
        QVERIFY(!after.first().expiresWithin(oauth::TokenStore::kRefreshMarginSeconds));
        expectNoTokens(window.get());
    }

    // The provider refuses the refresh (a refresh token it does not know): the finding says so and
    // offers "Sign in again…", which opens the wizard at its Sign in page; after signing in in the
    // browser, testing and saving, the check passes again.
    void refusedRefreshThenSignInAgain()
    {
        const oauth::TokenSet broken = storeDeadSignIn();

        auto window = openAccount();
        DiagnoseView *view = window->diagnoseView();
        QVERIFY(!clickAndWait(window.get(), "checkSending"));
        QCOMPARE(view->lastEntries().size(), 1);
        const CheckResult result = view->lastEntries().first().result;
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings.first().code, QStringLiteral("auth.oauth_refresh_failed"));
        QVERIFY2(result.findings.first().detail.contains(QLatin1String("invalid_grant")),
            qPrintable(result.findings.first().detail));
        QCOMPARE(result.failedStep, QStringLiteral("oauth_refresh"));
        QVERIFY(!result.step(QStringLiteral("connect")));  // no check ran with a dead sign-in
        QVERIFY(view->findingsView()->findChild<QFrame *>(QStringLiteral("finding:auth.oauth_refresh_failed")));
        QVERIFY2(view->statusText().contains(QLatin1String("could not be refreshed")), qPrintable(view->statusText()));
        expectNoTokens(window.get());

        auto *signInAgain = child<QPushButton>(view->findingsView(), QStringLiteral("signInAgain"));
        QVERIFY(signInAgain);
        QCOMPARE(signInAgain->accessibleName(), QStringLiteral("Sign in again in the browser"));
        expectNamed(window.get());
        m_browser.opened.clear();
        QTest::mouseClick(signInAgain, Qt::LeftButton);
        auto *wizard = window->findChild<SetupWizard *>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        signInTestAndSave(wizard);
        if (QTest::currentTestFailed())
            return;

        const QList<oauth::TokenSet> renewed = storedTokens();
        QCOMPARE(renewed.size(), 1);
        QVERIFY(renewed.first().refreshToken != broken.refreshToken);
        ProfileStore::Error error;
        const std::optional<Account> saved = m_profiles->find(kAccount, &error);
        QVERIFY2(saved, qPrintable(error.message));
        QCOMPARE(saved->outgoing.oauthProvider, QStringLiteral("testidp"));
        QVERIFY(saved->outgoing.usesOAuth());
        QVERIFY(view->settingsWidget(Protocol::Smtp)->usesOAuth());
        QVERIFY2(clickAndWait(window.get(), "checkSending"), qPrintable(view->statusText()));
        expectNoTokens(window.get());
    }

    // Cancel while the sign-in is being read: the run ends as cancelled, no check starts, the
    // stored sign-in is untouched.
    void cancelWhileReadingTheSignIn()
    {
        const QList<oauth::TokenSet> before = storedTokens();
        QCOMPARE(before.size(), 1);
        auto window = openAccount();
        DiagnoseView *view = window->diagnoseView();
        QVERIFY(view->runChecks(DiagnoseView::Run::Sending));
        DiagnoseController *controller = view->controller();
        QVERIFY(controller);
        QStringList stepsSeen;
        bool fetching = false;
        connect(controller, &DiagnoseController::stepStarted, this, [&](const QString &, const QString &name) {
            stepsSeen << name;
            if (name == QLatin1String("oauth_token")) {
                fetching = view->controller()->isFetchingToken();
                view->cancel();  // the keychain has not answered yet: it never answers inside a call
            }
        });
        QSignalSpy finished(view, &DiagnoseView::runFinished);
        QVERIFY(finished.wait(15000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(fetching);
        QCOMPARE(stepsSeen, QStringList { QStringLiteral("oauth_token") });  // no check started
        QCOMPARE(view->lastEntries().size(), 1);
        QVERIFY(view->lastEntries().first().result.failure == FailureKind::Cancelled);
        QVERIFY2(view->statusText().contains(QLatin1String("cancelled")), qPrintable(view->statusText()));
        QCOMPARE(view->stepsModel()->runningCount(), 0);
        QVERIFY(child<QPushButton>(view, QStringLiteral("checkSending"))->isEnabled());
        waitForAbandonedFetch();
        const QList<oauth::TokenSet> after = storedTokens();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().refreshToken, before.first().refreshToken);
        QCOMPARE(after.first().accessToken, before.first().accessToken);
    }

    // Closing the window while the sign-in is being read: the controller goes at once, the fetch
    // ends by itself later and finds nobody (the CI runs this under ASan).
    void closeWhileReadingTheSignIn()
    {
        auto *window = openAccount().release();
        window->setAttribute(Qt::WA_DeleteOnClose);
        DiagnoseView *view = window->diagnoseView();
        QVERIFY(view->runChecks(DiagnoseView::Run::Sending));
        QPointer<DiagnoseController> controller = view->controller();
        QPointer<MainWindow> alive(window);
        bool fetching = false;
        connect(controller, &DiagnoseController::stepStarted, this, [&](const QString &, const QString &name) {
            if (name == QLatin1String("oauth_token") && !fetching) {
                fetching = controller->isFetchingToken();
                QVERIFY(window->close());
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(fetching, 15000);
        QVERIFY(controller.isNull());
        QTRY_VERIFY(alive.isNull());
        waitForAbandonedFetch();
        QCOMPARE(storedTokens().size(), 1);
    }

    // No sign-in stored: the check does not run; the finding says to sign in again and offers it.
    void noSignInStored()
    {
        removeTokens();
        QVERIFY(storedTokens().isEmpty());
        auto window = openAccount();
        DiagnoseView *view = window->diagnoseView();
        QVERIFY(!clickAndWait(window.get(), "checkSending"));
        QCOMPARE(view->lastEntries().size(), 1);
        const CheckResult result = view->lastEntries().first().result;
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings.first().code, QStringLiteral("check.usage"));
        QVERIFY2(result.findings.first().detail.contains(QLatin1String("No sign-in with Test IdP is stored for "))
                && result.findings.first().detail.contains(QLatin1String("Sign in again")),
            qPrintable(result.findings.first().detail));
        QVERIFY(!result.step(QStringLiteral("connect")));
        QVERIFY(child<QPushButton>(view->findingsView(), QStringLiteral("signInAgain")));
    }

    // A keychain that does not answer (a stopped daemon, as when an unlock prompt waits unseen):
    // the finding carries the keychain's own words, and signing in again is not offered (the new
    // sign-in could not be stored either).
    void keychainThatDoesNotAnswerIsSaid()
    {
        const pid_t daemon = pid_t(qEnvironmentVariableIntValue("WITH_KEYRING_DAEMON_PID"));
        QVERIFY(daemon > 0);
        QCOMPARE(::kill(daemon, SIGSTOP), 0);
        const auto resume = qScopeGuard([daemon] { ::kill(daemon, SIGCONT); });
        KeychainCredentialStore impatient;
        impatient.setTimeout(500);

        auto window = openAccount(&impatient);
        DiagnoseView *view = window->diagnoseView();
        QVERIFY(!clickAndWait(window.get(), "checkSending"));
        QCOMPARE(view->lastEntries().size(), 1);
        const CheckResult result = view->lastEntries().first().result;
        QCOMPARE(result.findings.size(), 1);
        QCOMPARE(result.findings.first().code, QStringLiteral("check.usage"));
        const QString detail = result.findings.first().detail;
        QVERIFY2(detail.contains(QLatin1String("could not be read from the keychain"))
                && detail.contains(QLatin1String("did not answer within 0.5 s"))
                && detail.contains(QLatin1String("Unlock the keychain")),
            qPrintable(detail));
        QVERIFY(!result.step(QStringLiteral("connect")));
        QVERIFY(!view->findingsView()->findChild<QPushButton *>(QStringLiteral("signInAgain")));
    }

    // An account that names no provider (edited by hand, or made by `account add`) while alice
    // has sign-ins with two: the window says it is unclear which one to use (not that the
    // keychain could not be read) and offers "Sign in again…", which names the provider.
    void severalSignInsAndNoProviderNamed()
    {
        ProfileStore::Error error;
        std::optional<Account> saved = m_profiles->find(kAccount, &error);
        QVERIFY(saved);
        const Account before = *saved;
        const auto restore = qScopeGuard([this, before] {
            ProfileStore::Error e;
            (void)m_profiles->update(before, &e);
            removeTokens();
        });
        saved->outgoing.oauthProvider.clear();
        saved->incoming.oauthProvider.clear();
        QVERIFY2(m_profiles->update(*saved, &error), qPrintable(error.message));
        for (const char *provider : { "testidp", "corp" }) {
            oauth::TokenSet tokens;
            tokens.user = kAddress;
            tokens.provider = QString::fromLatin1(provider);
            tokens.accessToken = QStringLiteral("access-") + tokens.provider;
            tokens.refreshToken = QStringLiteral("refresh-") + tokens.provider;
            tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
            m_secrets << tokens.accessToken.toUtf8() << tokens.refreshToken.toUtf8();
            saveTokens(tokens);
        }

        auto window = openAccount();
        DiagnoseView *view = window->diagnoseView();
        QVERIFY(!clickAndWait(window.get(), "checkSending"));
        const CheckResult result = view->lastEntries().first().result;
        QCOMPARE(result.findings.size(), 1);
        const QString detail = result.findings.first().detail;
        QVERIFY2(detail.contains(QLatin1String("more than one provider")) && detail.contains(kAddress)
                && detail.contains(QLatin1String("Sign in again")),
            qPrintable(detail));
        QVERIFY2(!detail.contains(QLatin1String("could not be read from the keychain")), qPrintable(detail));
        // Nothing in the window signs out; signing in again from the assistant names the provider.
        QVERIFY2(!detail.contains(QLatin1String("sign out")), qPrintable(detail));
        QVERIFY(child<QPushButton>(view->findingsView(), QStringLiteral("signInAgain")));
        QVERIFY(!result.step(QStringLiteral("connect")));
        expectNoTokens(window.get());
    }
};

QTEST_MAIN(TestGuiAccountsOAuth)
#include "tst_gui_accounts_oauth.moc"
