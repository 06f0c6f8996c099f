// Saved accounts in the app, with the real keychain (gnome-keyring on a private bus, run by
// with-keyring.sh) and the real Dovecot fixture: save typed settings as an account (the password
// goes to the keychain only), pick it again (the password comes back), check it, trust a key and
// save the pin, see an unreadable profile explained, delete it.
#include "GuiSupport.h"
#include "IntegrationSupport.h"

#include "account/CredentialStore.h"
#include "account/ProfileStore.h"
#include "AccountsPanel.h"
#include "CertificateView.h"
#include "FindingsView.h"
#include "MainWindow.h"

#include <csignal>
#include <QListWidget>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>

using namespace md;
using namespace md::gui;
using namespace md::test;

class TestGuiAccounts : public QObject
{
    Q_OBJECT

    QHash<QString, QString> m_env;
    QByteArray m_password;
    QTemporaryDir m_dir;

    QString readSecret(CredentialStore &store, const CredentialKey &key, CredentialError::Code *code)
    {
        QString secret;
        bool done = false;
        store.read(key, [&](const CredentialError &error, const QString &value) {
            *code = error.code;
            secret = value;
            done = true;
        });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(done, 15000); }();
        return secret;
    }

    void fill(DiagnoseView *view, Protocol protocol, const char *portKey, bool caFile = true)
    {
        QWidget *form = view->settingsWidget(protocol);
        typeInto(form, QStringLiteral("host"), QStringLiteral("localhost"));
        chooseSecurity(form, QStringLiteral("tls"));
        typePort(form, m_env.value(QString::fromLatin1(portKey)).toInt());
        typeInto(form, QStringLiteral("user"), m_env.value(QStringLiteral("MAIL_USER")));
        typeInto(form, QStringLiteral("password"), QString::fromUtf8(m_password));
        typeInto(form, QStringLiteral("caFile"), caFile ? m_env.value(QStringLiteral("CA_FILE")) : QString());
    }

    // A saved account (SMTP + IMAP on localhost) whose SMTP password is in the keychain.
    void addAccountWithPassword(ProfileStore &profiles, CredentialStore &keychain, const CredentialKey &key)
    {
        Account account;
        account.name = key.account;
        account.email = QStringLiteral("home@example.test");
        account.outgoing.protocol = Protocol::Smtp;
        account.outgoing.host = QStringLiteral("localhost");
        account.outgoing.port = 587;
        account.outgoing.user = QStringLiteral("home");
        account.incoming.protocol = Protocol::Imap;
        account.incoming.host = QStringLiteral("localhost");
        account.incoming.port = 993;
        account.incoming.user = QStringLiteral("home");
        ProfileStore::Error error;
        QVERIFY2(profiles.add(account, &error), qPrintable(error.message));
        std::optional<CredentialError> written;
        keychain.write(key, QStringLiteral("home-secret"), [&](const CredentialError &e) { written = e; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), 15000);
        QVERIFY2(written->ok(), qPrintable(written->message()));
    }

    // Shows the window with `name` picked in the accounts panel, its passwords loaded (or not).
    AccountsPanel *openAccount(MainWindow &window, const QString &name)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return nullptr;
        AccountsPanel *panel = window.accountsPanel();
        QSignalSpy loaded(panel, &AccountsPanel::passwordsLoaded);
        panel->selectAccount(name);
        if (!loaded.wait(15000) || panel->currentAccount() != name)
            return nullptr;
        return panel;
    }

    void deleteAndConfirm(MainWindow &window)
    {
        QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("deleteAccount")), Qt::LeftButton);
        auto *confirm = child<QPushButton>(&window, QStringLiteral("confirmDeleteAccount"));
        QTRY_VERIFY(confirm->isVisible());
        QTest::mouseClick(confirm, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_env = serverEnv();
        QVERIFY2(!m_env.value(QStringLiteral("SMTP_TLS_PORT")).isEmpty(), "server.env is missing");
        m_password = m_env.value(QStringLiteral("MAIL_PASSWORD")).toUtf8();
        QVERIFY(qEnvironmentVariableIsSet("WITH_KEYRING_DIR"));  // inside with-keyring.sh
    }

    void saveLoadCheckTrustDelete()
    {
        const QString profilePath = m_dir.filePath(QStringLiteral("accounts.json"));
        ProfileStore profiles(profilePath);
        KeychainCredentialStore keychain;
        MainWindow window(&profiles, &keychain);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        DiagnoseView *view = window.diagnoseView();
        AccountsPanel *panel = window.accountsPanel();

        // Quick check → type both servers (SMTP without the CA file: untrusted) → save as "Work".
        fill(view, Protocol::Smtp, "SMTP_TLS_PORT", false);
        fill(view, Protocol::Imap, "IMAP_TLS_PORT");
        QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("saveAccount")), Qt::LeftButton);
        auto *name = child<QLineEdit>(&window, QStringLiteral("accountName"));
        QTRY_VERIFY(name->isVisible());
        QTest::keyClicks(name, QStringLiteral("Work"));
        QSignalSpy keychainDone(panel, &AccountsPanel::keychainDone);
        QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("confirmSaveAccount")), Qt::LeftButton);
        QVERIFY(keychainDone.wait(15000));
        QVERIFY2(panel->message().isEmpty(), qPrintable(panel->message()));
        QCOMPARE(panel->currentAccount(), QStringLiteral("Work"));

        QFile file(profilePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray profileBytes = file.readAll();
        file.close();
        QVERIFY(profileBytes.contains("\"Work\""));
        QVERIFY(!leaksSecret(profileBytes, m_password));  // the secret is in the keychain only
        CredentialError::Code code = CredentialError::Code::Other;
        QCOMPARE(readSecret(keychain, { QStringLiteral("Work"), Protocol::Smtp, SecretKind::Password }, &code),
            QString::fromUtf8(m_password));
        QVERIFY(code == CredentialError::Code::None);

        // Away to Quick check (empty forms), back to "Work": the password comes from the keychain.
        panel->list()->setCurrentRow(0);
        QVERIFY(view->settingsWidget(Protocol::Smtp)->settings().password.isEmpty());
        QSignalSpy loaded(panel, &AccountsPanel::passwordsLoaded);
        panel->selectAccount(QStringLiteral("Work"));
        QVERIFY(loaded.wait(15000));
        QCOMPARE(view->settingsWidget(Protocol::Smtp)->settings().password, QString::fromUtf8(m_password));
        QCOMPARE(view->settingsWidget(Protocol::Imap)->settings().host, QStringLiteral("localhost"));

        // Check sending: untrusted → trust the key → passes; the pin is saved with the account.
        QSignalSpy finished(view, &DiagnoseView::runFinished);
        QVERIFY(view->runChecks(DiagnoseView::Run::Sending));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().toBool(), false);
        QTest::mouseClick(child<QPushButton>(view->findingsView(), QStringLiteral("trustKey")), Qt::LeftButton);
        QTRY_VERIFY(view->certificateView()->confirmButton()->isVisible());
        QTest::mouseClick(view->certificateView()->confirmButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.takeFirst().first().toBool(), true);
        const QByteArray pin = view->settingsWidget(Protocol::Smtp)->pinnedSpki();
        QCOMPARE(pin.size(), 32);
        ProfileStore::Error error;
        QVERIFY(profiles.find(QStringLiteral("Work"), &error)->outgoing.pinnedSpki.isEmpty());  // not until saved
        QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("saveAccount")), Qt::LeftButton);
        QVERIFY(keychainDone.wait(15000));
        QCOMPARE(profiles.find(QStringLiteral("Work"), &error)->outgoing.pinnedSpki, pin);

        // An unreadable profile file is explained and left exactly as it is.
        const QByteArray garbage("{ this is not json");
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(garbage);
        file.close();
        panel->reload();
        QVERIFY(panel->message().contains(profilePath));
        QVERIFY(!child<QPushButton>(&window, QStringLiteral("saveAccount"))->isEnabled());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), garbage);
        file.close();

        // Put it back, delete the account (after confirming): profile and keychain entries go.
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(profileBytes);
        file.close();
        panel->reload();
        panel->selectAccount(QStringLiteral("Work"));
        QCOMPARE(panel->currentAccount(), QStringLiteral("Work"));
        QTest::mouseClick(child<QPushButton>(&window, QStringLiteral("deleteAccount")), Qt::LeftButton);
        auto *confirm = child<QPushButton>(&window, QStringLiteral("confirmDeleteAccount"));
        QTRY_VERIFY(confirm->isVisible());
        QVERIFY(profiles.find(QStringLiteral("Work"), &error));  // nothing deleted before confirming
        QTest::mouseClick(confirm, Qt::LeftButton);
        QVERIFY(keychainDone.wait(15000));
        QVERIFY(!profiles.find(QStringLiteral("Work"), &error));
        readSecret(keychain, { QStringLiteral("Work"), Protocol::Smtp, SecretKind::Password }, &code);
        QVERIFY(code == CredentialError::Code::NotFound);
        QCOMPARE(panel->list()->count(), 1);
    }

    // Delete takes the keychain entries first: a keychain that does not answer (the daemon
    // stopped) leaves the account in place and says so, and a second Delete once the keychain is
    // back removes the account and its entry.
    void deleteKeepsTheAccountWhileTheKeychainDoesNotAnswer()
    {
        const pid_t daemon = pid_t(qEnvironmentVariableIntValue("WITH_KEYRING_DAEMON_PID"));
        QVERIFY(daemon > 0);
        ProfileStore profiles(m_dir.filePath(QStringLiteral("delete.json")));
        KeychainCredentialStore keychain;
        const CredentialKey key { QStringLiteral("Home"), Protocol::Smtp, SecretKind::Password };
        addAccountWithPassword(profiles, keychain, key);
        QVERIFY(!QTest::currentTestFailed());

        KeychainCredentialStore impatient;
        impatient.setTimeout(500);
        MainWindow window(&profiles, &impatient);
        AccountsPanel *panel = openAccount(window, key.account);
        QVERIFY(panel);
        QSignalSpy keychainDone(panel, &AccountsPanel::keychainDone);
        ProfileStore::Error error;
        {
            QCOMPARE(::kill(daemon, SIGSTOP), 0);
            const auto resume = qScopeGuard([daemon] { ::kill(daemon, SIGCONT); });
            deleteAndConfirm(window);
            QVERIFY(keychainDone.wait(15000));
        }
        QVERIFY2(panel->message().contains(QLatin1String("was not deleted")), qPrintable(panel->message()));
        QVERIFY(profiles.find(QStringLiteral("Home"), &error));
        QCOMPARE(panel->currentAccount(), QStringLiteral("Home"));
        // (The stopped daemon still holds the request and may carry it out once resumed: a
        // keychain that does not answer in time is an unknown outcome, so the account stays.)

        deleteAndConfirm(window);
        QVERIFY(keychainDone.wait(15000));
        QVERIFY(!profiles.find(QStringLiteral("Home"), &error));
        CredentialError::Code code = CredentialError::Code::Other;
        readSecret(keychain, key, &code);
        QVERIFY(code == CredentialError::Code::NotFound);
        QVERIFY(panel->currentAccount().isEmpty());  // back to Quick check
    }

    // Last: it leaves the keyring locked. libsecret answers a deletion in a locked collection with
    // "done" while the entry stays; the app must say the keychain is locked and keep the account.
    void deleteKeepsTheAccountWhileTheKeychainIsLocked()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("locked.json")));
        KeychainCredentialStore keychain;
        const CredentialKey key { QStringLiteral("Cabin"), Protocol::Smtp, SecretKind::Password };
        addAccountWithPassword(profiles, keychain, key);
        QVERIFY(!QTest::currentTestFailed());
        QProcess lock;
        lock.start(QStringLiteral("dbus-send"),
            { QStringLiteral("--session"), QStringLiteral("--dest=org.freedesktop.secrets"),
                QStringLiteral("--print-reply"), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login") });
        QVERIFY(lock.waitForFinished(15000));
        QCOMPARE(lock.exitCode(), 0);

        MainWindow window(&profiles, &keychain);
        AccountsPanel *panel = openAccount(window, key.account);
        QVERIFY(panel);
        // Loading the password already says why there is none.
        QVERIFY2(panel->message().contains(QLatin1String("The keychain is locked")), qPrintable(panel->message()));

        QSignalSpy keychainDone(panel, &AccountsPanel::keychainDone);
        deleteAndConfirm(window);
        QVERIFY(keychainDone.wait(15000));
        QVERIFY2(panel->message().contains(QLatin1String("was not deleted"))
                && panel->message().contains(QLatin1String("The keychain is locked")),
            qPrintable(panel->message()));
        ProfileStore::Error error;
        QVERIFY(profiles.find(key.account, &error));
        QCOMPARE(panel->currentAccount(), key.account);
        CredentialError::Code code = CredentialError::Code::Other;
        readSecret(keychain, key, &code);
        QVERIFY(code == CredentialError::Code::Locked);  // still there, behind the lock
    }
};

QTEST_MAIN(TestGuiAccounts)
#include "tst_gui_accounts.moc"
