// The setup wizard, driven like a person drives it, against real servers: run by
// tests/discovery/netns-run.sh (a private network namespace with nsd as the name server, the
// HTTPS autoconfig server and Dovecot on the standard ports of imap./smtp.example.test) inside
// tests/support/keyring/with-keyring.sh (a real gnome-keyring). An email address is discovered,
// the password typed, both checks pass, the account is saved and `secret-tool` finds the
// password. Cancel on every page writes nothing. A saved account with STARTTLS on the implicit-TLS
// port is fixed with "Apply fix and retry" in "Edit settings", and so is the same wrong pair when
// discovery proposes it (wrongport.test publishes an RFC 6186 `_submission` record on port 465).
// With MAILDOCTOR_SCREENSHOT_DIR set (the Xvfb run), every page is saved there as a PNG.
#include "IntegrationSupport.h"
#include "WizardSupport.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "AccountsPanel.h"
#include "CertificateView.h"
#include "FindingsView.h"
#include "i18n/Language.h"
#include "MainWindow.h"
#include "StepsModel.h"
#include "TranscriptModel.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardPages.h"

#include <QAbstractButton>
#include <QDir>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QRadioButton>
#include <QScreen>
#include <QTemporaryDir>
#include <QToolButton>

using namespace md;
using namespace md::gui;
using namespace md::test;

namespace {

/// What `secret-tool` (libsecret's own client, not our code) finds for a keychain entry.
QString secretToolLookup(const QString &entry)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("maildoctor"), QStringLiteral("user"),
            entry });
    if (!p.waitForFinished(15000))
        p.kill();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// Every maildoctor entry in the keychain, as `secret-tool search --all` prints them.
QString secretToolSearch()
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
        { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), QStringLiteral("maildoctor") });
    if (!p.waitForFinished(15000))
        p.kill();
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
}

ServerProfile server(Protocol protocol, const char *host, quint16 port, Security security, const QString &ca = {})
{
    ServerProfile p;
    p.protocol = protocol;
    p.host = QString::fromLatin1(host);
    p.port = port;
    p.security = security;
    p.user = QStringLiteral("alice");
    p.caFile = ca;
    return p;
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

}  // namespace

class TestGuiWizard : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_env;
    QString m_password;
    QString m_ca;
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileStore> m_profiles;
    KeychainCredentialStore *m_keychain = nullptr;
    QString m_shots;
    int m_shotIndex = 0;

    SetupOptions options(bool probe = true) const
    {
        SetupOptions o;
        o.discovery.probe = probe;
        o.profiles = m_profiles.get();
        o.credentials = m_keychain;
        o.discovery.caFile = m_ca;  // the test CA signed the HTTPS server's and Dovecot's certificates
        o.discovery.ispdbBaseUrl = QUrl(QStringLiteral("https://ispdb.test/v1.1/"));
        o.discovery.timeoutMs = 12000;
        o.caFile = m_ca;
        return o;
    }

    /// Every page: each interactive widget has an accessible name; under Xvfb, a screenshot.
    void screenshot(QWizard *wizard, const QString &name)
    {
        QStringList unnamed;
        collectUnnamed(QAccessible::queryAccessibleInterface(wizard), unnamed);
        QVERIFY2(unnamed.isEmpty(), qPrintable(name + QStringLiteral(": ") + unnamed.join(QLatin1Char('\n'))));
        if (m_shots.isEmpty())
            return;
        // MAILDOCTOR_SCREENSHOT_SIZE=WxH: the window at that size (16:9 for the AppStream metainfo).
        const QStringList size = qEnvironmentVariable("MAILDOCTOR_SCREENSHOT_SIZE").split(QLatin1Char('x'));
        if (size.size() == 2 && size.first().toInt() > 0 && size.last().toInt() > 0) {
            const QSize wanted(size.first().toInt(), size.last().toInt());
            const QPoint corner = wizard->screen()->availableGeometry().topLeft();  // all of it on screen
            wizard->resize(wanted);
            wizard->move(corner);
            QTRY_COMPARE(wizard->size(), wanted);
            QTRY_COMPARE(wizard->pos(), corner);
        }
        QCoreApplication::processEvents();
        QPixmap shot;
        if (QGuiApplication::platformName() == QLatin1String("xcb"))
            shot = wizard->screen()->grabWindow(wizard->winId());
        if (shot.isNull())
            shot = wizard->grab();
        const QString file = QStringLiteral("%1/wizard-%2-%3.png").arg(m_shots).arg(++m_shotIndex).arg(name);
        QVERIFY2(shot.save(file), qPrintable(file));
    }

    /// Page 1 → 2 with alice@`domain`; waits for the search to end.
    void discover(SetupWizard *wizard, const QString &domain = QStringLiteral("example.test"))
    {
        QCOMPARE(wizard->currentId(), int(SetupWizard::IdentityPage));
        QVERIFY(!wizardNextEnabled(wizard));
        auto *email = child<QLineEdit>(wizard, QStringLiteral("email"));
        QVERIFY(email);
        QTest::keyClicks(email, QStringLiteral("alice@"));
        QVERIFY(!wizardNextEnabled(wizard));  // not an address yet: Next stays off, the hint says why
        QVERIFY(child<QLabel>(wizard, QStringLiteral("emailHint"))->text().contains(QLatin1String("@")));
        QTest::keyClicks(email, domain);
        QVERIFY(wizardNextEnabled(wizard));
        typeInto(wizard, QStringLiteral("displayName"), QStringLiteral("Alice Example"));
        screenshot(wizard, QStringLiteral("who-you-are"));
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DiscoveryPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizardNextEnabled(wizard), 20000);
    }

    /// Types host, port and security (and the test CA) into a settings form, as a person would.
    void fillForm(QWidget *form, const QString &host, int port, const QString &security)
    {
        typeInto(form, QStringLiteral("host"), host);
        chooseSecurity(form, security);
        typePort(form, port);
        typeInto(form, QStringLiteral("caFile"), m_ca);
    }

    /// Walks a new wizard to `page` (typing the settings by hand after the search), for Cancel.
    void walkTo(SetupWizard *wizard, int page)
    {
        discover(wizard);
        if (page == SetupWizard::DiscoveryPage)
            return;
        auto *manual = child<QPushButton>(wizard, QStringLiteral("manual"));
        QTest::mouseClick(manual, Qt::LeftButton);  // "Enter settings myself"
        QCOMPARE(wizard->currentId(), int(SetupWizard::OutgoingPage));
        QVERIFY(!wizardNextEnabled(wizard));  // nothing filled in: the server name is missing
        fillForm(wizard->settingsForm(Protocol::Smtp), QStringLiteral("smtp.example.test"), 465, QStringLiteral("tls"));
        if (page == SetupWizard::OutgoingPage)
            return;
        clickNext(wizard);
        fillForm(wizard->settingsForm(Protocol::Imap), QStringLiteral("imap.example.test"), 993, QStringLiteral("tls"));
        if (page == SetupWizard::IncomingPage)
            return;
        clickNext(wizard);
        typeInto(wizard, QStringLiteral("signInPassword"), m_password);
        if (page == SetupWizard::SignInPage)
            return;
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::TestPage));
    }

private Q_SLOTS:
    void initTestCase()
    {
        // English, as the app installs it (main.cpp): the plural forms too.
        QVERIFY(i18n::installTranslators(i18n::kEnglish));
        m_env = serverEnv();
        QVERIFY2(!m_env.value(QStringLiteral("MAIL_PASSWORD")).isEmpty(),
            "run through tests/discovery/netns-run.sh (MAILDOCTOR_SERVER_ENV)");
        QVERIFY(qEnvironmentVariableIsSet("WITH_KEYRING_DIR"));  // inside with-keyring.sh
        m_password = m_env.value(QStringLiteral("MAIL_PASSWORD"));
        m_ca = qEnvironmentVariable("DISCOVERY_CA_FILE");
        QVERIFY(QFile::exists(m_ca));
        m_shots = qEnvironmentVariable("MAILDOCTOR_SCREENSHOT_DIR");
        if (!m_shots.isEmpty())
            QVERIFY(QDir().mkpath(m_shots));
        m_profiles = std::make_unique<ProfileStore>(m_dir.filePath(QStringLiteral("accounts.json")));
        m_keychain = new KeychainCredentialStore(this);
        m_keychain->setTimeout(15000);
    }

    void init()
    {
        QFile::remove(m_profiles->path());
        QFile::remove(m_profiles->backupPath());
    }

    // An address, a password, Next a few times: a tested account, its password in the keychain.
    void addAccountWithDiscovery()
    {
        MainWindow window(m_profiles.get(), m_keychain);
        QVERIFY(window.hasNoAccounts());
        window.setWizardOptions(options());
        window.show();
        SetupWizard *wizard = window.addAccount();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QPointer<SetupWizard> alive(wizard);
        discover(wizard);

        // The sources as they answered, the proposal with where it came from and how trusted.
        auto *sources = child<QListWidget>(wizard, QStringLiteral("sources"));
        QVERIFY(sources->count() >= 3);
        QString all;
        for (int i = 0; i < sources->count(); ++i)
            all += sources->item(i)->text() + QLatin1Char('\n');
        QVERIFY2(all.contains(QLatin1String("autoconfig")) && all.contains(QLatin1String("SRV")), qPrintable(all));
        // In English as the app speaks it: plural forms, no "setting(s)".
        QVERIFY2(all.contains(QLatin1String("proposed 1 setting\n")) && !all.contains(QLatin1String("(s)")),
            qPrintable(all));
        const QString proposal = child<QLabel>(wizard, QStringLiteral("proposal"))->text();
        QVERIFY2(proposal.contains(QLatin1String("smtp.example.test, port 465")), qPrintable(proposal));
        QVERIFY2(proposal.contains(QLatin1String("imap.example.test, port 993")), qPrintable(proposal));
        QVERIFY2(proposal.contains(QLatin1String("trusted: published by your provider")), qPrintable(proposal));
        screenshot(wizard, QStringLiteral("finding-settings"));
        clickNext(wizard);

        // Outgoing: the discovered settings, explained.
        QCOMPARE(wizard->currentId(), int(SetupWizard::OutgoingPage));
        ServerSettingsWidget *smtp = wizard->settingsForm(Protocol::Smtp);
        QCOMPARE(smtp->settings().host, QStringLiteral("smtp.example.test"));
        QCOMPARE(smtp->settings().port, quint16(465));
        QVERIFY(smtp->settings().security == Security::Tls);
        QCOMPARE(smtp->settings().user, QStringLiteral("alice"));
        QVERIFY(child<QLabel>(wizard, QStringLiteral("outgoingExplanation"))->text().contains(QLatin1String("safest")));
        // "None" must be confirmed before Next accepts it.
        chooseSecurity(smtp, QStringLiteral("none"));
        QVERIFY(!wizardNextEnabled(wizard));
        QVERIFY(child<QLabel>(wizard, QStringLiteral("outgoingExplanation"))->text().contains(QLatin1String("anyone")));
        screenshot(wizard, QStringLiteral("outgoing-none"));
        chooseSecurity(smtp, QStringLiteral("tls"));
        QCOMPARE(smtp->settings().port, quint16(465));
        QVERIFY(wizardNextEnabled(wizard));
        screenshot(wizard, QStringLiteral("outgoing"));
        clickNext(wizard);

        // Incoming: IMAP found; POP3 explained as the other choice.
        QCOMPARE(wizard->currentId(), int(SetupWizard::IncomingPage));
        QVERIFY(child<QRadioButton>(wizard, QStringLiteral("imapChoice"))->isChecked());
        ServerSettingsWidget *imap = wizard->settingsForm(Protocol::Imap);
        QCOMPARE(imap->settings().host, QStringLiteral("imap.example.test"));
        QCOMPARE(imap->settings().port, quint16(993));
        screenshot(wizard, QStringLiteral("incoming"));
        // Back keeps what was typed.
        typeInto(imap, QStringLiteral("user"), QStringLiteral("typed-then-back"));
        QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(SetupWizard::OutgoingPage));
        clickNext(wizard);
        QCOMPARE(imap->settings().user, QStringLiteral("typed-then-back"));
        typeInto(imap, QStringLiteral("user"), m_env.value(QStringLiteral("MAIL_USER")));
        clickNext(wizard);

        // Sign in: masked, with Show.
        QCOMPARE(wizard->currentId(), int(SetupWizard::SignInPage));
        QVERIFY(!wizardNextEnabled(wizard));
        auto *password = child<QLineEdit>(wizard, QStringLiteral("signInPassword"));
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, m_password);
        QTest::mouseClick(child<QToolButton>(wizard, QStringLiteral("showPassword")), Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(child<QToolButton>(wizard, QStringLiteral("showPassword")), Qt::LeftButton);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        screenshot(wizard, QStringLiteral("sign-in"));
        clickNext(wizard);

        // Test: both checks pass against Dovecot; nothing saved yet.
        QCOMPARE(wizard->currentId(), int(SetupWizard::TestPage));
        auto *test = static_cast<TestPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 60000);
        QVERIFY2(test->passed(), qPrintable(test->statusText()));
        QVERIFY(!QFile::exists(m_profiles->path()));
        QVERIFY(!secretToolSearch().contains(QLatin1String("alice@example.test")));
        screenshot(wizard, QStringLiteral("test-passed"));
        clickNext(wizard);  // "Save account"

        // Done: the profile file has the account, secret-tool finds the password.
        QCOMPARE(wizard->currentId(), int(SetupWizard::DonePage));
        auto *done = static_cast<DonePage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(done->keychainDone(), 30000);
        const QString keychainText = child<QLabel>(wizard, QStringLiteral("keychainStatus"))->text();
        QVERIFY2(keychainText.contains(QLatin1String("is stored")), qPrintable(keychainText));
        screenshot(wizard, QStringLiteral("done"));
        ProfileStore::Error error;
        const std::optional<Account> saved = m_profiles->find(QStringLiteral("alice@example.test"), &error);
        QVERIFY2(saved, qPrintable(error.message));
        QCOMPARE(saved->displayName, QStringLiteral("Alice Example"));
        QCOMPARE(saved->outgoing.host, QStringLiteral("smtp.example.test"));
        QCOMPARE(saved->outgoing.port, quint16(465));
        QVERIFY(saved->incoming.protocol == Protocol::Imap);
        QCOMPARE(saved->incoming.host, QStringLiteral("imap.example.test"));
        QVERIFY(!fileBytes(m_profiles->path()).contains(m_password.toUtf8()));
        QCOMPARE(secretToolLookup(QStringLiteral("smtp:password:alice@example.test")), m_password);
        QCOMPARE(secretToolLookup(QStringLiteral("imap:password:alice@example.test")), m_password);

        // "Open in Mail Doctor": the main window shows the account.
        QSignalSpy open(wizard, &SetupWizard::openAccountRequested);
        QTest::mouseClick(child<QPushButton>(wizard, QStringLiteral("openInMailDoctor")), Qt::LeftButton);
        QCOMPARE(open.count(), 1);
        QCOMPARE(window.accountsPanel()->currentAccount(), QStringLiteral("alice@example.test"));
        QTRY_VERIFY(!alive);  // the wizard closed and deleted itself
        QVERIFY(!window.hasNoAccounts());

        // Clean the keychain for the next test.
        bool removed = false;
        m_keychain->removeAccount(
            QStringLiteral("alice@example.test"), [&](const CredentialError &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }

    // Cancel on any page leaves no profile entry and no keychain entry.
    void cancelOnEachPage_data()
    {
        QTest::addColumn<int>("page");
        QTest::newRow("who you are") << int(SetupWizard::IdentityPage);
        QTest::newRow("finding settings") << int(SetupWizard::DiscoveryPage);
        QTest::newRow("outgoing") << int(SetupWizard::OutgoingPage);
        QTest::newRow("incoming") << int(SetupWizard::IncomingPage);
        QTest::newRow("sign in") << int(SetupWizard::SignInPage);
        QTest::newRow("test") << int(SetupWizard::TestPage);
    }

    void cancelOnEachPage()
    {
        QFETCH(int, page);
        // An existing profile file, byte for byte, must stay exactly as it was.
        Account other;
        other.name = QStringLiteral("Other");
        other.email = QStringLiteral("other@example.test");
        other.outgoing = server(Protocol::Smtp, "smtp.example.test", 465, Security::Tls);
        other.incoming = server(Protocol::Imap, "imap.example.test", 993, Security::Tls);
        ProfileStore::Error error;
        QVERIFY(m_profiles->add(other, &error));
        const QByteArray before = fileBytes(m_profiles->path());
        const QByteArray backupBefore = fileBytes(m_profiles->backupPath());

        auto wizard = std::make_unique<SetupWizard>(options());
        wizard->show();
        QVERIFY(QTest::qWaitForWindowExposed(wizard.get()));
        if (page == SetupWizard::IdentityPage) {
            typeInto(wizard.get(), QStringLiteral("email"), QStringLiteral("alice@example.test"));
        } else {
            walkTo(wizard.get(), page);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(wizard->currentId(), page);
        QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(!wizard->isVisible());
        QCOMPARE(wizard->result(), int(QDialog::Rejected));
        QCOMPARE(fileBytes(m_profiles->path()), before);
        QCOMPARE(fileBytes(m_profiles->backupPath()), backupBefore);  // nothing was written at all
        const QString entries = secretToolSearch();
        QVERIFY2(!entries.contains(QLatin1String("alice@example.test")), qPrintable(entries));
    }

    // Edit settings of an account saved with STARTTLS on the implicit-TLS port: the test fails, the
    // finding's "Apply fix and retry" corrects it, the test passes and the account is updated.
    void editSettingsApplyFixAndRetry()
    {
        Account account;
        account.name = QStringLiteral("Work");
        account.email = QStringLiteral("alice@example.test");
        account.outgoing = server(Protocol::Smtp, "smtp.example.test", 465, Security::StartTls, m_ca);
        account.incoming = server(Protocol::Imap, "imap.example.test", 993, Security::Tls, m_ca);
        ProfileStore::Error error;
        QVERIFY(m_profiles->add(account, &error));

        MainWindow window(m_profiles.get(), m_keychain);
        window.setWizardOptions(options());
        window.show();
        window.accountsPanel()->selectAccount(QStringLiteral("Work"));
        SetupWizard *wizard = window.editAccount();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        QCOMPARE(child<QLineEdit>(wizard, QStringLiteral("email"))->text(), QStringLiteral("alice@example.test"));
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::OutgoingPage));  // no search for a saved account
        // The saved (wrong) pair is kept as it was: the form does not silently "correct" it.
        QVERIFY(wizard->settingsForm(Protocol::Smtp)->settings().security == Security::StartTls);
        QCOMPARE(wizard->settingsForm(Protocol::Smtp)->settings().port, quint16(465));
        clickNext(wizard);
        clickNext(wizard);
        typeInto(wizard, QStringLiteral("signInPassword"), m_password);
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::TestPage));
        auto *test = static_cast<TestPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 90000);
        QVERIFY(!test->passed());
        QVERIFY(!wizardNextEnabled(wizard));  // a failed test cannot be saved
        screenshot(wizard, QStringLiteral("test-failed"));
        auto *apply = child<QPushButton>(wizard, QStringLiteral("applyFix:security.implicit_tls_expected"));
        QVERIFY(apply);
        QTest::mouseClick(apply, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 60000);
        QVERIFY2(test->passed(), qPrintable(test->statusText()));
        QVERIFY(wizard->settingsForm(Protocol::Smtp)->settings().security == Security::Tls);
        QVERIFY(wizard->settingsForm(Protocol::Smtp)->highlightedFields().contains(QStringLiteral("security")));
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::DonePage));
        auto *done = static_cast<DonePage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(done->keychainDone(), 30000);
        const std::optional<Account> saved = m_profiles->find(QStringLiteral("Work"), &error);
        QVERIFY(saved);
        QVERIFY(saved->outgoing.security == Security::Tls);
        QCOMPARE(saved->outgoing.port, quint16(465));
        QCOMPARE(secretToolLookup(QStringLiteral("imap:password:Work")), m_password);
        wizard->accept();

        bool removed = false;
        m_keychain->removeAccount(QStringLiteral("Work"), [&](const CredentialError &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }

    // Discovery proposes a setting that is wrong for its port (wrongport.test's RFC 6186
    // `_submission` record, meaning STARTTLS, names port 465, where Dovecot speaks implicit TLS):
    // the test fails with that finding, "Apply fix and retry" corrects it, the test passes and the
    // account is saved with TLS on 465.
    void discoveredWrongPortApplyFixAndRetry()
    {
        MainWindow window(m_profiles.get(), m_keychain);
        // Probing would catch the wrong pair before the wizard does (the probe of STARTTLS on 465
        // fails, and a failed candidate is never recommended): with probing off, discovery
        // proposes what the domain publishes, as it does when probes cannot get through.
        window.setWizardOptions(options(false));
        window.show();
        SetupWizard *wizard = window.addAccount();
        QVERIFY(wizard);
        QVERIFY(QTest::qWaitForWindowExposed(wizard));
        discover(wizard, QStringLiteral("wrongport.test"));
        const QString proposal = child<QLabel>(wizard, QStringLiteral("proposal"))->text();
        QVERIFY2(proposal.contains(QLatin1String("smtp.wrongport.test, port 465")), qPrintable(proposal));
        QVERIFY2(proposal.contains(QLatin1String("imap.wrongport.test, port 993")), qPrintable(proposal));
        clickNext(wizard);

        // Outgoing: the published (wrong) pair, as published.
        QCOMPARE(wizard->currentId(), int(SetupWizard::OutgoingPage));
        ServerSettingsWidget *smtp = wizard->settingsForm(Protocol::Smtp);
        QCOMPARE(smtp->settings().host, QStringLiteral("smtp.wrongport.test"));
        QCOMPARE(smtp->settings().port, quint16(465));
        QVERIFY(smtp->settings().security == Security::StartTls);
        // RFC 6186 names no user: the address is proposed; the test Dovecot knows "alice".
        QCOMPARE(smtp->settings().user, QStringLiteral("alice@wrongport.test"));
        typeInto(smtp, QStringLiteral("user"), m_env.value(QStringLiteral("MAIL_USER")));
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::IncomingPage));
        ServerSettingsWidget *imap = wizard->settingsForm(Protocol::Imap);
        QCOMPARE(imap->settings().host, QStringLiteral("imap.wrongport.test"));
        QCOMPARE(imap->settings().port, quint16(993));
        QVERIFY(imap->settings().security == Security::Tls);
        typeInto(imap, QStringLiteral("user"), m_env.value(QStringLiteral("MAIL_USER")));
        clickNext(wizard);
        QCOMPARE(wizard->currentId(), int(SetupWizard::SignInPage));
        typeInto(wizard, QStringLiteral("signInPassword"), m_password);
        clickNext(wizard);

        // Test: sending fails with the finding that names the fix; nothing can be saved yet.
        QCOMPARE(wizard->currentId(), int(SetupWizard::TestPage));
        auto *test = static_cast<TestPage *>(wizard->currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 90000);
        QVERIFY2(!test->passed(), qPrintable(test->statusText()));
        QVERIFY(!wizardNextEnabled(wizard));
        screenshot(wizard, QStringLiteral("discovered-wrong-port"));
        auto *apply = child<QPushButton>(wizard, QStringLiteral("applyFix:security.implicit_tls_expected"));
        QVERIFY(apply);
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(smtp->settings().security == Security::Tls);
        QVERIFY(smtp->highlightedFields().contains(QStringLiteral("security")));
        passTestAndSave(wizard);
        if (QTest::currentTestFailed())
            return;

        ProfileStore::Error error;
        const std::optional<Account> saved = m_profiles->find(QStringLiteral("alice@wrongport.test"), &error);
        QVERIFY2(saved, qPrintable(error.message));
        QCOMPARE(saved->outgoing.host, QStringLiteral("smtp.wrongport.test"));
        QVERIFY(saved->outgoing.security == Security::Tls);
        QCOMPARE(saved->outgoing.port, quint16(465));
        QVERIFY(saved->incoming.security == Security::Tls);
        QCOMPARE(saved->incoming.port, quint16(993));
        QCOMPARE(secretToolLookup(QStringLiteral("smtp:password:alice@wrongport.test")), m_password);
        wizard->accept();

        bool removed = false;
        m_keychain->removeAccount(
            QStringLiteral("alice@wrongport.test"), [&](const CredentialError &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }

    // The keychain refuses: the account is saved, and the Done page says what that means.
    void keychainFailureIsShown()
    {
        Account account;
        account.name = QStringLiteral("NoKeychain");
        account.email = QStringLiteral("alice@example.test");
        account.outgoing = server(Protocol::Smtp, "smtp.example.test", 465, Security::Tls, m_ca);
        account.incoming = server(Protocol::Imap, "imap.example.test", 993, Security::Tls, m_ca);
        ProfileStore::Error error;
        QVERIFY(m_profiles->add(account, &error));
        MemoryCredentialStore refusing;
        refusing.failWith(CredentialError::Code::NoBackend);
        SetupOptions o = options();
        o.credentials = &refusing;
        SetupWizard wizard(o, account);
        wizard.show();
        for (int i = 0; i < 3; ++i)
            clickNext(&wizard);
        typeInto(&wizard, QStringLiteral("signInPassword"), m_password);
        clickNext(&wizard);
        passTestAndSave(&wizard);
        if (QTest::currentTestFailed())
            return;
        const QString text = child<QLabel>(&wizard, QStringLiteral("keychainStatus"))->text();
        QVERIFY2(text.contains(QLatin1String("could not be stored")) && text.contains(QLatin1String("each time")),
            qPrintable(text));
        QVERIFY(m_profiles->find(QStringLiteral("NoKeychain"), &error));
        QVERIFY(refusing.entries().isEmpty());
    }

    // An untrusted certificate (no CA file: the test CA is unknown) offers the key pin; trusting
    // both servers' keys makes the test pass, and the pins are saved with the account.
    void untrustedCertificateOffersThePin()
    {
        Account account;
        account.name = QStringLiteral("Pinned");
        account.email = QStringLiteral("alice@example.test");
        account.outgoing = server(Protocol::Smtp, "smtp.example.test", 465, Security::Tls);
        account.incoming = server(Protocol::Imap, "imap.example.test", 993, Security::Tls);
        ProfileStore::Error error;
        QVERIFY(m_profiles->add(account, &error));
        SetupWizard wizard(options(), account);
        wizard.show();
        for (int i = 0; i < 3; ++i)
            clickNext(&wizard);
        typeInto(&wizard, QStringLiteral("signInPassword"), m_password);
        clickNext(&wizard);
        QCOMPARE(wizard.currentId(), int(SetupWizard::TestPage));
        auto *test = static_cast<TestPage *>(wizard.currentPage());
        auto *certificate = wizard.findChild<CertificateView *>();
        QVERIFY(certificate);
        for (int round = 0; round < 2; ++round) {
            QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 60000);
            if (test->passed())
                break;
            QPushButton *trust = nullptr;
            for (QPushButton *b : wizard.findChildren<QPushButton *>(QStringLiteral("trustKey"))) {
                if (b->isVisibleTo(&wizard))
                    trust = b;
            }
            QVERIFY2(trust, qPrintable(test->statusText()));
            QTest::mouseClick(trust, Qt::LeftButton);
            QVERIFY(certificate->confirmButton()->isVisibleTo(&wizard));  // a plain warning first
            QTest::mouseClick(certificate->confirmButton(), Qt::LeftButton);
        }
        QTRY_VERIFY_WITH_TIMEOUT(!test->isRunning(), 60000);
        QVERIFY2(test->passed(), qPrintable(test->statusText()));
        clickNext(&wizard);
        auto *done = static_cast<DonePage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(done->keychainDone(), 30000);
        const std::optional<Account> saved = m_profiles->find(QStringLiteral("Pinned"), &error);
        QVERIFY(saved);
        QCOMPARE(saved->outgoing.pinnedSpki.size(), 32);
        QCOMPARE(saved->incoming.pinnedSpki.size(), 32);
        bool removed = false;
        m_keychain->removeAccount(QStringLiteral("Pinned"), [&](const CredentialError &) { removed = true; });
        QTRY_VERIFY_WITH_TIMEOUT(removed, 15000);
    }
};

QTEST_MAIN(TestGuiWizard)
#include "tst_gui_wizard.moc"
