// Saved accounts against a real Secret Service: gnome-keyring, started by
// tests/support/keyring/with-keyring.sh around this test on a private session bus.
#include "AccountSupport.h"

#include "account/CredentialStore.h"

#include <csignal>
#include <sys/types.h>

using namespace md;
using namespace md::test;

class TestAccountKeychain : public QObject
{
    Q_OBJECT

    // What the Secret Service holds under the attributes the credential store writes.
    static CliRun secretTool(const Sandbox &box, const QString &key)
    {
        return box.run(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("server"), QStringLiteral("maildoctor"), QStringLiteral("user"),
                key });
    }

    static CredentialError write(CredentialStore &store, const CredentialKey &key, const QString &secret)
    {
        std::optional<CredentialError> result;
        store.write(key, secret, [&](const CredentialError &e) { result = e; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return { CredentialError::Code::Other, QStringLiteral("no callback"), 0 };
        return *result;
    }
    static std::pair<CredentialError, QString> read(CredentialStore &store, const CredentialKey &key)
    {
        std::optional<std::pair<CredentialError, QString>> result;
        store.read(key, [&](const CredentialError &e, const QString &s) { result = std::pair { e, s }; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return { { CredentialError::Code::Other, QStringLiteral("no callback"), 0 }, {} };
        return *result;
    }
    static CredentialError remove(CredentialStore &store, const CredentialKey &key)
    {
        std::optional<CredentialError> result;
        store.remove(key, [&](const CredentialError &e) { result = e; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
            return { CredentialError::Code::Other, QStringLiteral("no callback"), 0 };
        return *result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("WITH_KEYRING_DAEMON_PID"),
            "run this test through tests/support/keyring/with-keyring.sh");
        QVERIFY(qEnvironmentVariableIsEmpty("QT_NO_GLIB"));
    }

    void storeReadRemove()
    {
        KeychainCredentialStore store;
        const CredentialKey password { QStringLiteral("Direct"), Protocol::Imap, SecretKind::Password };
        const CredentialKey tokens { QStringLiteral("Direct"), Protocol::Imap, SecretKind::OAuthTokens };
        QCOMPARE(read(store, password).first.code, CredentialError::Code::NotFound);

        QVERIFY(write(store, password, QStringLiteral("pässwörd 1")).ok());
        const QString tokenSet = QStringLiteral(R"({"access_token":"at-1","refresh_token":"rt-1"})");
        QVERIFY(write(store, tokens, tokenSet).ok());
        auto [error, secret] = read(store, password);
        QVERIFY2(error.ok(), qPrintable(error.message()));
        QCOMPARE(secret, QStringLiteral("pässwörd 1"));
        QCOMPARE(read(store, tokens).second, tokenSet);  // a separate entry of its own kind

        // Writing again replaces.
        QVERIFY(write(store, password, QStringLiteral("second")).ok());
        QCOMPARE(read(store, password).second, QStringLiteral("second"));
        Sandbox box(true);
        QCOMPARE(secretTool(box, password.toString()).out, QByteArray("second"));

        QVERIFY(remove(store, password).ok());
        QCOMPARE(read(store, password).first.code, CredentialError::Code::NotFound);
        // Deleting what is not there: libsecret says success, other backends NotFound; both mean gone.
        const CredentialError again = remove(store, password);
        QVERIFY2(again.ok() || again.code == CredentialError::Code::NotFound, qPrintable(again.message()));

        // removeAccount takes every kind.
        std::optional<CredentialError> removed;
        store.removeAccount(QStringLiteral("Direct"), [&](const CredentialError &e) { removed = e; });
        QTRY_VERIFY_WITH_TIMEOUT(removed.has_value(), 20000);
        QVERIFY(removed->ok());
        QCOMPARE(read(store, tokens).first.code, CredentialError::Code::NotFound);
    }

    void cliSavesOnlyToTheKeychain_data()
    {
        QTest::addColumn<bool>("viaStdin");
        QTest::newRow("--password-env") << false;
        QTest::newRow("--password-stdin") << true;
    }

    void cliSavesOnlyToTheKeychain()
    {
        QFETCH(bool, viaStdin);
        Sandbox box(true);
        const QString name = viaStdin ? QStringLiteral("Stdin account") : QStringLiteral("Env account");
        const QByteArray secret = viaStdin ? QByteArray("Std1n-s3cret/with+base64ish==") : QByteArray("Env-S3cret!");
        QStringList arguments = addArguments(name);
        QHash<QString, QString> extra;
        QByteArray input;
        if (viaStdin) {
            arguments << QStringLiteral("--password-stdin");
            input = secret + '\n';
        } else {
            arguments << QStringLiteral("--password-env") << QStringLiteral("MD_TEST_PASSWORD");
            extra.insert(QStringLiteral("MD_TEST_PASSWORD"), QString::fromLatin1(secret));
        }
        const CliRun add = box.cli(arguments, extra, input);
        QVERIFY2(add.exitCode == 0, add.err.constData());
        QVERIFY(!leaksSecret(add.all(), secret));

        // The Secret Service has it, for both servers, under the documented attributes.
        for (const QString &server : { QStringLiteral("smtp"), QStringLiteral("imap") }) {
            const CliRun lookup = secretTool(box, QStringLiteral("%1:password:%2").arg(server, name));
            QCOMPARE(lookup.exitCode, 0);
            QCOMPARE(lookup.out, secret);
        }
        // show reads it back (without printing it).
        const CliRun show = box.cli({ QStringLiteral("account"), QStringLiteral("show"), name });
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.out.count("password: stored in the keychain"), 2);
        QVERIFY(!leaksSecret(show.all(), secret));
        const CliRun showJson
            = box.cli({ QStringLiteral("account"), QStringLiteral("show"), name, QStringLiteral("--json") });
        QCOMPARE(
            showJson.json().value(QStringLiteral("outgoing")).toObject().value(QStringLiteral("secret")).toString(),
            QStringLiteral("stored"));
        QVERIFY(!leaksSecret(showJson.all(), secret));
        const CliRun list = box.cli({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
        QVERIFY(!leaksSecret(list.all(), secret));

        // The profile file holds no form of it, nor does any other file but the (encrypted) keyring.
        QFile profile(box.profilePath());
        QVERIFY(profile.open(QIODevice::ReadOnly));
        const QByteArray bytes = profile.readAll();
        QVERIFY(bytes.contains(name.toUtf8()));
        QVERIFY(!leaksSecret(bytes, secret));
        QCOMPARE(filesHolding(box.xdgDirs(), secret), QStringList());

        // Remove: the account and both entries are gone.
        const CliRun remove = box.cli({ QStringLiteral("account"), QStringLiteral("remove"), name });
        QVERIFY2(remove.exitCode == 0, remove.err.constData());
        for (const QString &server : { QStringLiteral("smtp"), QStringLiteral("imap") }) {
            const CliRun lookup = secretTool(box, QStringLiteral("%1:password:%2").arg(server, name));
            QVERIFY(lookup.out.isEmpty());
            QVERIFY(lookup.exitCode != 0);
        }
        const CliRun search = box.run(QStringLiteral("secret-tool"),
            { QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                QStringLiteral("maildoctor") });
        QVERIFY2(!search.all().contains(name.toUtf8()), search.all().constData());
        QCOMPARE(box.cli({ QStringLiteral("account"), QStringLiteral("show"), name }).exitCode, 2);
    }

    void notStoredIsSaid()
    {
        Sandbox box(true);
        QCOMPARE(box.cli(addArguments(QStringLiteral("No password"))).exitCode, 0);
        const CliRun show
            = box.cli({ QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("No password") });
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.out.count("password: not stored"), 2);
        // account test has nothing to log in with and no terminal to ask on: a usage error.
        const CliRun test
            = box.cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("No password") });
        QCOMPARE(test.exitCode, 2);
        QVERIFY2(test.err.contains("--password-env"), test.err.constData());
        QCOMPARE(
            box.cli({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("No password") }).exitCode,
            0);
    }

    void keychainThatNeverAnswersTimesOut()
    {
        // A stopped daemon takes the D-Bus calls and never answers, like an unlock prompt
        // nobody sees. Our own timeout ends the job.
        const pid_t daemon = pid_t(qEnvironmentVariableIntValue("WITH_KEYRING_DAEMON_PID"));
        QVERIFY(daemon > 0);
        QCOMPARE(::kill(daemon, SIGSTOP), 0);
        const auto resume = qScopeGuard([daemon] { ::kill(daemon, SIGCONT); });

        KeychainCredentialStore store;
        store.setTimeout(300);
        const CredentialError error
            = write(store, { QStringLiteral("Stuck"), Protocol::Smtp, SecretKind::Password }, QStringLiteral("x"));
        QCOMPARE(error.code, CredentialError::Code::TimedOut);
        QVERIFY(error.message().contains(QStringLiteral("0.3 s")));

        Sandbox box(true);
        const CliRun add = box.cli(addArguments(QStringLiteral("Stuck"))
                + QStringList { QStringLiteral("--password-env"), QStringLiteral("MD_TEST_PASSWORD") },
            { { QStringLiteral("MD_TEST_PASSWORD"), QStringLiteral("stuck-pw") },
                { QStringLiteral("MAILDOCTOR_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("500") } });
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains("did not answer within 0.5 s"), add.err.constData());
        QVERIFY(add.err.contains("saved without it"));
        QVERIFY(box.cli({ QStringLiteral("account"), QStringLiteral("list") }).out.contains("Stuck"));
        QCOMPARE(filesHolding(box.xdgDirs(), "stuck-pw"), QStringList());

        // Once the keychain answers again, so does the store: QtKeychain runs one job at a time,
        // so this write also waits for the abandoned one to end (and free itself).
        ::kill(daemon, SIGCONT);
        KeychainCredentialStore patient;
        patient.setTimeout(20000);
        const CredentialKey after { QStringLiteral("Stuck"), Protocol::Imap, SecretKind::Password };
        const CredentialError recovered = write(patient, after, QStringLiteral("after"));
        QVERIFY2(recovered.ok(), qPrintable(recovered.message()));
        QVERIFY(remove(patient, after).ok());
    }

    // Last: it leaves the keyring locked (unlocking needs a prompt).
    void lockedKeychainIsSaid()
    {
        Sandbox box(true);
        // An account saved while the keychain was open, to read and remove once it is locked.
        const CliRun saved = box.cli(addArguments(QStringLiteral("Saved before"))
                + QStringList { QStringLiteral("--password-env"), QStringLiteral("MD_TEST_PASSWORD") },
            { { QStringLiteral("MD_TEST_PASSWORD"), QStringLiteral("saved-pw") } });
        QVERIFY2(saved.exitCode == 0, saved.err.constData());
        const CredentialKey savedKey { QStringLiteral("Saved before"), Protocol::Smtp, SecretKind::Password };

        const CliRun lock = box.run(QStringLiteral("dbus-send"),
            { QStringLiteral("--session"), QStringLiteral("--dest=org.freedesktop.secrets"),
                QStringLiteral("--print-reply"), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login") });
        QVERIFY2(lock.exitCode == 0, lock.all().constData());

        const CliRun add = box.cli(addArguments(QStringLiteral("Locked"))
                + QStringList { QStringLiteral("--password-env"), QStringLiteral("MD_TEST_PASSWORD") },
            { { QStringLiteral("MD_TEST_PASSWORD"), QStringLiteral("locked-pw") } });
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(add.err.contains("The keychain is locked"), add.err.constData());
        QVERIFY(add.err.contains("Unlock it"));
        QVERIFY(box.cli({ QStringLiteral("account"), QStringLiteral("list") }).out.contains("Locked"));
        QCOMPARE(filesHolding(box.xdgDirs(), "locked-pw"), QStringList());

        // Reading and deleting in a locked collection: libsecret answers "no such entry" and
        // "deleted", which used to read as "nothing stored" and "removed" while the entry stayed.
        KeychainCredentialStore store;
        QCOMPARE(read(store, savedKey).first.code, CredentialError::Code::Locked);
        QCOMPARE(remove(store, savedKey).code, CredentialError::Code::Locked);
        // An entry that does not exist is still "not found", locked or not.
        const CredentialKey never { QStringLiteral("Never saved"), Protocol::Smtp, SecretKind::Password };
        QCOMPARE(read(store, never).first.code, CredentialError::Code::NotFound);

        const CliRun test = box.cli({ QStringLiteral("account"), QStringLiteral("test"), QStringLiteral("Saved before"),
            QStringLiteral("--smtp-only") });
        QVERIFY(test.exitCode != 0);
        QVERIFY2(test.err.contains("The stored secret of SMTP could not be read: The keychain is locked"),
            test.err.constData());
        QVERIFY2(!test.err.contains("The keychain said"), test.err.constData());

        const CliRun removeRun
            = box.cli({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Saved before") });
        QCOMPARE(removeRun.exitCode, 1);
        QVERIFY2(removeRun.err.contains("was not removed") && removeRun.err.contains("The keychain is locked"),
            removeRun.err.constData());
        QVERIFY(!removeRun.out.contains("Removed account"));
        QVERIFY(box.cli({ QStringLiteral("account"), QStringLiteral("list") }).out.contains("Saved before"));
        // The entry is still in the keychain, in the locked collection, where the account can find it.
        const CliRun search = box.run(QStringLiteral("dbus-send"),
            { QStringLiteral("--session"), QStringLiteral("--dest=org.freedesktop.secrets"),
                QStringLiteral("--print-reply"), QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.SearchItems"),
                QStringLiteral("dict:string:string:server,maildoctor,user,") + savedKey.toString() });
        QVERIFY2(search.exitCode == 0, search.all().constData());
        QVERIFY2(search.out.contains("/org/freedesktop/secrets/collection/login/"), search.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestAccountKeychain)
#include "tst_account_keychain.moc"
