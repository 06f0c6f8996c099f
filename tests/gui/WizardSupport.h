#pragma once
// Shared by the setup wizard's tests.

#include "GuiSupport.h"
#include "IntegrationSupport.h"

#include "account/CredentialStore.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardPages.h"

#include <QDesktopServices>

namespace md::test {

/// On the wizard's Test page: waits for both checks, which must pass, clicks "Save account" and
/// waits until the Done page has saved the profile and every keychain write has ended.
inline void passTestAndSave(gui::SetupWizard *wizard)
{
    QCOMPARE(wizard->currentId(), int(gui::SetupWizard::TestPage));
    auto *test = static_cast<gui::TestPage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 60000);
    QVERIFY2(test->passed(), qPrintable(test->statusText()));
    clickNext(wizard);
    QCOMPARE(wizard->currentId(), int(gui::SetupWizard::DonePage));
    auto *done = static_cast<gui::DonePage *>(wizard->currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(done->keychainDone(), 30000);
}

/// The start of an OAuth2 GUI test (its initTestCase): the oauthserver fixture's settings
/// (`oauth`) and those of the Dovecot that validates its tokens (`mail`), a keychain store owned
/// by `owner` on the real gnome-keyring (the test runs inside with-keyring.sh), and `browser` (an
/// object with the `script` of browser.py and a slot openUrl(QUrl) that runs it) as the opener of
/// http URLs. Fails the test when a part is missing.
template <typename Browser>
void startOAuthTest(QObject *owner, QHash<QString, QString> &oauth, QHash<QString, QString> &mail,
    KeychainCredentialStore *&keychain, Browser &browser)
{
    const auto read = [](const QString &path) {
        qputenv("MAILDOCTOR_SERVER_ENV", path.toLocal8Bit());
        return serverEnv();
    };
    oauth = read(qEnvironmentVariable("MAILDOCTOR_OAUTH_ENV"));
    QVERIFY2(oauth.contains(QStringLiteral("TOKEN_URL")), "oauthserver fixture not running");
    mail = read(oauth.value(QStringLiteral("MAILSERVER_ENV")));
    QVERIFY(mail.contains(QStringLiteral("IMAP_TLS_PORT")) && mail.contains(QStringLiteral("SMTP_STARTTLS_PORT")));
    QVERIFY(qEnvironmentVariableIsSet("WITH_KEYRING_DIR"));  // inside with-keyring.sh
    keychain = new KeychainCredentialStore(owner);
    keychain->setTimeout(15000);
    browser.script = oauth.value(QStringLiteral("BROWSER"));
    QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "openUrl");
}

}  // namespace md::test
