// The saved-account model, the profile store's file handling, the in-memory credential store
// and the export formats.
#include "account/Account.h"
#include "account/AccountExport.h"
#include "account/CredentialStore.h"
#include "account/ProfileStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <QXmlStreamReader>

using namespace md;

namespace {

Account sampleAccount(const QString &name = QStringLiteral("Work"))
{
    Account a;
    a.name = name;
    a.email = QStringLiteral("me@example.test");
    a.displayName = QStringLiteral("Me <& \"Co\">");
    a.outgoing.protocol = Protocol::Smtp;
    a.outgoing.host = QStringLiteral("smtp.example.test");
    a.outgoing.port = 465;
    a.outgoing.security = Security::Tls;
    a.outgoing.user = QStringLiteral("me@example.test");
    a.outgoing.authMechanism = QStringLiteral("scram-sha-256");
    a.outgoing.caFile = QStringLiteral("/etc/ssl/private-ca.pem");
    a.outgoing.pinnedSpki = QByteArray(32, '\x5a');
    a.incoming.protocol = Protocol::Imap;
    a.incoming.host = QStringLiteral("imap.example.test");
    a.incoming.port = 143;
    a.incoming.security = Security::StartTls;
    a.incoming.user = QStringLiteral("me");
    a.incoming.authMechanism = QStringLiteral("xoauth2");
    a.incoming.oauthProvider = QStringLiteral("example");
    return a;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

}  // namespace

class TestAccount : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRoundTrip()
    {
        const Account a = sampleAccount();
        const QJsonObject json = toJson(a);
        QCOMPARE(json.value(QStringLiteral("outgoing")).toObject().value(QStringLiteral("protocol")).toString(),
            QStringLiteral("smtp"));
        QCOMPARE(json.value(QStringLiteral("incoming")).toObject().value(QStringLiteral("security")).toString(),
            QStringLiteral("starttls"));
        QString error;
        const std::optional<Account> back = accountFromJson(json, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, a);
        // Through text too, as the file holds it.
        const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        QCOMPARE(*accountFromJson(reparsed, &error), a);
    }

    void noSecretField()
    {
        // The model has no place for a secret: its JSON names none.
        const QByteArray text = QJsonDocument(toJson(sampleAccount())).toJson();
        for (const char *word : { "password", "token", "secret" })
            QVERIFY2(!text.contains(word), word);
    }

    void malformedJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("no name") << QByteArray(R"({"outgoing":{},"incoming":{}})");
        QTest::newRow("no incoming") << QByteArray(
            R"({"name":"a","outgoing":{"protocol":"smtp","host":"h","port":1,"security":"tls"}})");
        QTest::newRow("bad protocol") << QByteArray(
            R"({"name":"a","outgoing":{"protocol":"uucp","host":"h","port":1,"security":"tls"},"incoming":{"protocol":"imap","host":"h","port":1,"security":"tls"}})");
        QTest::newRow("bad port") << QByteArray(
            R"({"name":"a","outgoing":{"protocol":"smtp","host":"h","port":70000,"security":"tls"},"incoming":{"protocol":"imap","host":"h","port":1,"security":"tls"}})");
        QTest::newRow("bad security") << QByteArray(
            R"({"name":"a","outgoing":{"protocol":"smtp","host":"h","port":1,"security":"maybe"},"incoming":{"protocol":"imap","host":"h","port":1,"security":"tls"}})");
        QTest::newRow("bad pin") << QByteArray(
            R"({"name":"a","outgoing":{"protocol":"smtp","host":"h","port":1,"security":"tls","pin_spki":"abc"},"incoming":{"protocol":"imap","host":"h","port":1,"security":"tls"}})");
        QTest::newRow("host not text") << QByteArray(
            R"({"name":"a","outgoing":{"protocol":"smtp","host":5,"port":1,"security":"tls"},"incoming":{"protocol":"imap","host":"h","port":1,"security":"tls"}})");
    }

    void malformedJson()
    {
        QFETCH(QByteArray, json);
        QString error;
        QVERIFY(!accountFromJson(QJsonDocument::fromJson(json).object(), &error));
        QVERIFY(!error.isEmpty());
    }

    void protocolText()
    {
        for (const Protocol p : kAllProtocols)
            QVERIFY(protocolFromString(toString(p)) == p);
        QVERIFY(!protocolFromString(QStringLiteral("gopher")));
    }

    void settingsForACheck()
    {
        const Account a = sampleAccount();
        const ServerSettings smtp = toServerSettings(a.outgoing, QStringLiteral("pw"));
        QVERIFY(smtp.protocol == Protocol::Smtp);
        QCOMPARE(smtp.host, a.outgoing.host);
        QCOMPARE(smtp.port, quint16(465));
        QVERIFY(smtp.security == Security::Tls);
        QCOMPARE(smtp.user, a.outgoing.user);
        QCOMPARE(smtp.password, QStringLiteral("pw"));
        QVERIFY(smtp.token.isEmpty());
        QCOMPARE(smtp.authMechanism, QStringLiteral("scram-sha-256"));
        QCOMPARE(smtp.caFile, a.outgoing.caFile);
        QCOMPARE(smtp.pinnedSpki, a.outgoing.pinnedSpki);
        // An OAuth2 login takes the secret as its access token.
        const ServerSettings imap = toServerSettings(a.incoming, QStringLiteral("tok"));
        QCOMPARE(imap.token, QStringLiteral("tok"));
        QVERIFY(imap.password.isEmpty());
        // And back (the app saves its forms this way): everything but the secret.
        QVERIFY(toServerProfile(smtp) == a.outgoing);
        ServerProfile incoming = toServerProfile(imap);
        QVERIFY(incoming.oauthProvider.isEmpty());
        incoming.oauthProvider = a.incoming.oauthProvider;
        QVERIFY(incoming == a.incoming);
    }

    // --- ProfileStore ---

    void storeStartsEmptyAndRoundTrips()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/maildoctor/accounts.json"));
        ProfileStore store(path);
        ProfileStore::Error error;
        QCOMPARE(store.accounts(&error)->size(), 0);
        QVERIFY(!QFile::exists(path));  // reading creates nothing

        QVERIFY2(store.add(sampleAccount(), &error), qPrintable(error.message));
        QVERIFY(!QFile::exists(store.backupPath()));  // nothing was replaced yet
        Account second = sampleAccount(QStringLiteral("Home"));
        QVERIFY(store.add(second, &error));
        QVERIFY(!store.add(second, &error));
        QCOMPARE(error.kind, ProfileStore::Error::Kind::Exists);

        const ProfileStore reopened(path);  // a restart
        const QList<Account> all = *reopened.accounts(&error);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), sampleAccount());
        QCOMPARE(all.at(1), second);

        second.email = QStringLiteral("other@example.test");
        QVERIFY(store.update(second, &error));
        QCOMPARE(store.find(QStringLiteral("Home"), &error)->email, second.email);
        QVERIFY(store.remove(QStringLiteral("Work"), &error));
        QVERIFY(!store.find(QStringLiteral("Work"), &error));
        QCOMPARE(error.kind, ProfileStore::Error::Kind::NotFound);
        QVERIFY(!store.remove(QStringLiteral("Work"), &error));
        QCOMPARE(error.kind, ProfileStore::Error::Kind::NotFound);

        const QJsonObject root = QJsonDocument::fromJson(readAll(path)).object();
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("accounts")).toArray().size(), 1);
    }

    void storeFileIsPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("maildoctor/accounts.json"));
        ProfileStore store(path);
        ProfileStore::Error error;
        QVERIFY(store.add(sampleAccount(), &error));
        QVERIFY(store.add(sampleAccount(QStringLiteral("Two")), &error));
        const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFileInfo(path).permissions() & (ownerOnly | others), ownerOnly);
        QCOMPARE(QFileInfo(store.backupPath()).permissions() & (ownerOnly | others), ownerOnly);
        QCOMPARE(
            QFileInfo(dir.filePath(QStringLiteral("maildoctor"))).permissions() & others, QFileDevice::Permissions());
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));  // released
    }

    void backupKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        ProfileStore store(path);
        ProfileStore::Error error;
        QVERIFY(store.add(sampleAccount(QStringLiteral("A")), &error));
        const QByteArray first = readAll(path);
        QVERIFY(store.add(sampleAccount(QStringLiteral("B")), &error));
        QCOMPARE(readAll(store.backupPath()), first);
        const QByteArray second = readAll(path);
        QVERIFY(second != first);
        QVERIFY(store.remove(QStringLiteral("A"), &error));
        QCOMPARE(readAll(store.backupPath()), second);
    }

    void unusableFileIsNeverWritten_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const int unreadable = int(ProfileStore::Error::Kind::Unreadable);
        QTest::newRow("not json") << QByteArray("{\"version\": 1, \"accounts\": [") << unreadable
                                  << QStringLiteral("not valid JSON");
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe garbage", 12) << unreadable << QStringLiteral("JSON");
        QTest::newRow("array") << QByteArray("[]") << unreadable << QStringLiteral("not a JSON object");
        QTest::newRow("no version") << QByteArray(R"({"accounts": []})") << unreadable << QStringLiteral("version");
        QTest::newRow("bad account") << QByteArray(R"({"version": 1, "accounts": [{"name": ""}]})") << unreadable
                                     << QStringLiteral("malformed");
        QTest::newRow("duplicate") << QByteArray(
            R"({"version":1,"accounts":[{"name":"a","outgoing":{"protocol":"smtp","host":"h","port":1,"security":"tls"},"incoming":{"protocol":"imap","host":"h","port":1,"security":"tls"}},{"name":"a","outgoing":{"protocol":"smtp","host":"h","port":1,"security":"tls"},"incoming":{"protocol":"imap","host":"h","port":1,"security":"tls"}}]})")
                                   << unreadable << QStringLiteral("twice");
        QTest::newRow("version 2") << QByteArray(R"({"version": 2, "accounts": [], "vaults": {}})")
                                   << int(ProfileStore::Error::Kind::NewerVersion) << QStringLiteral("newer");
    }

    void unusableFileIsNeverWritten()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        writeAll(path, content);
        ProfileStore store(path);
        ProfileStore::Error error;
        QVERIFY(!store.accounts(&error));
        QCOMPARE(int(error.kind), kind);
        QVERIFY2(error.message.contains(path), qPrintable(error.message));
        QVERIFY2(error.message.contains(says), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("move")), qPrintable(error.message));  // what to do

        ProfileStore::Error addError;
        QVERIFY(!store.add(sampleAccount(), &addError));
        QCOMPARE(addError.message, error.message);
        QVERIFY(!store.remove(QStringLiteral("a"), &addError));
        QVERIFY(!store.update(sampleAccount(QStringLiteral("a")), &addError));
        QVERIFY(!store.find(QStringLiteral("a"), &addError));
        QCOMPARE(readAll(path), content);
        QVERIFY(!QFile::exists(store.backupPath()));
    }

    void concurrentWritersLoseNothing()
    {
        // Two threads, each with its own store object on the same file, as two processes would.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("accounts.json"));
        constexpr int perWriter = 15;
        std::atomic<int> failures { 0 };
        const auto writer = [&](const QString &prefix) {
            ProfileStore store(path);
            for (int i = 0; i < perWriter; ++i) {
                ProfileStore::Error error;
                if (!store.add(sampleAccount(prefix + QString::number(i)), &error))
                    ++failures;
            }
        };
        std::unique_ptr<QThread> a(QThread::create(writer, QStringLiteral("a")));
        std::unique_ptr<QThread> b(QThread::create(writer, QStringLiteral("b")));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QCOMPARE(failures.load(), 0);
        ProfileStore::Error error;
        QCOMPARE(ProfileStore(path).accounts(&error)->size(), 2 * perWriter);
    }

    // --- credential stores ---

    void credentialKeys()
    {
        QCOMPARE((CredentialKey { QStringLiteral("Work"), Protocol::Imap, SecretKind::Password }.toString()),
            QStringLiteral("imap:password:Work"));
        QCOMPARE((CredentialKey { QStringLiteral("Work"), Protocol::Smtp, SecretKind::OAuthTokens }.toString()),
            QStringLiteral("smtp:oauth2:Work"));
    }

    void errorMessagesSayWhatToDo()
    {
        using Code = CredentialError::Code;
        QSet<QString> seen;
        for (const Code code :
            { Code::NoBackend, Code::Locked, Code::AccessDenied, Code::NotFound, Code::TimedOut, Code::Other }) {
            const QString message = CredentialError { code, QStringLiteral("detail"), 3000 }.message();
            QVERIFY(!message.isEmpty());
            QVERIFY(!seen.contains(message));
            seen.insert(message);
        }
        QVERIFY((CredentialError { Code::TimedOut, {}, 3000 }.message()).contains(QStringLiteral("3 s")));
        QVERIFY((CredentialError { Code::NoBackend, {}, 0 }.message()).contains(QStringLiteral("Start")));
        QVERIFY((CredentialError { Code::Locked, {}, 0 }.message()).contains(QStringLiteral("Unlock")));
        QVERIFY(CredentialError {}.ok());
    }

    void memoryStoreIsAsynchronous()
    {
        MemoryCredentialStore store;
        const CredentialKey key { QStringLiteral("Work"), Protocol::Smtp, SecretKind::Password };
        bool called = false;
        store.write(key, QStringLiteral("s3cret"), [&](const CredentialError &e) {
            QVERIFY(e.ok());
            called = true;
        });
        QVERIFY(!called);  // never inside the call
        QTRY_VERIFY(called);

        QString secret;
        called = false;
        store.read(key, [&](const CredentialError &e, const QString &s) {
            QVERIFY(e.ok());
            secret = s;
            called = true;
        });
        QTRY_VERIFY(called);
        QCOMPARE(secret, QStringLiteral("s3cret"));

        // The token set is a separate entry.
        called = false;
        CredentialError error;
        store.read({ QStringLiteral("Work"), Protocol::Smtp, SecretKind::OAuthTokens },
            [&](const CredentialError &e, const QString &) {
                error = e;
                called = true;
            });
        QTRY_VERIFY(called);
        QCOMPARE(error.code, CredentialError::Code::NotFound);
    }

    void removeAccountRemovesEveryEntry()
    {
        MemoryCredentialStore store;
        int pending = 0;
        for (const Protocol p : kAllProtocols) {
            for (const SecretKind k : { SecretKind::Password, SecretKind::OAuthTokens }) {
                ++pending;
                store.write(
                    { QStringLiteral("Work"), p, k }, QStringLiteral("x"), [&](const CredentialError &) { --pending; });
            }
        }
        store.write({ QStringLiteral("Other"), Protocol::Smtp, SecretKind::Password }, QStringLiteral("y"),
            [&](const CredentialError &) {});
        QTRY_COMPARE(pending, 0);
        bool done = false;
        CredentialError result { CredentialError::Code::Other, {}, 0 };
        store.removeAccount(QStringLiteral("Work"), [&](const CredentialError &e) {
            result = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QVERIFY(result.ok());
        QCOMPARE(store.entries().keys(), QStringList { QStringLiteral("smtp:password:Other") });

        // A failing keychain is reported, not hidden.
        store.failWith(CredentialError::Code::Locked);
        done = false;
        store.removeAccount(QStringLiteral("Other"), [&](const CredentialError &e) {
            result = e;
            done = true;
        });
        QTRY_VERIFY(done);
        QCOMPARE(result.code, CredentialError::Code::Locked);
    }

    // --- export ---

    void autoconfigIsWellFormedAndEscaped()
    {
        Account a = sampleAccount(QStringLiteral("R&D <lab>"));
        const QString xml = AccountExport::autoconfig(a);
        QVERIFY(xml.startsWith(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")));
        QXmlStreamReader reader(xml);
        QStringList path;
        QHash<QString, QString> values;
        QString incomingType;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                path << reader.name().toString();
                if (reader.name() == QLatin1String("incomingServer"))
                    incomingType = reader.attributes().value(QStringLiteral("type")).toString();
            } else if (reader.isEndElement()) {
                path.removeLast();
            } else if (reader.isCharacters() && !reader.isWhitespace()) {
                values.insert(path.join(QLatin1Char('/')), reader.text().toString());
            }
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(values.value(QStringLiteral("clientConfig/emailProvider/displayShortName")), a.name);
        QCOMPARE(values.value(QStringLiteral("clientConfig/emailProvider/displayName")), a.displayName);
        QCOMPARE(values.value(QStringLiteral("clientConfig/emailProvider/domain")), QStringLiteral("example.test"));
        QCOMPARE(incomingType, QStringLiteral("imap"));
        const QString in = QStringLiteral("clientConfig/emailProvider/incomingServer/");
        const QString out = QStringLiteral("clientConfig/emailProvider/outgoingServer/");
        QCOMPARE(values.value(in + QStringLiteral("socketType")), QStringLiteral("STARTTLS"));
        QCOMPARE(values.value(in + QStringLiteral("authentication")), QStringLiteral("OAuth2"));
        QCOMPARE(values.value(in + QStringLiteral("username")), QStringLiteral("%EMAILLOCALPART%"));
        QCOMPARE(values.value(out + QStringLiteral("hostname")), QStringLiteral("smtp.example.test"));
        QCOMPARE(values.value(out + QStringLiteral("port")), QStringLiteral("465"));
        QCOMPARE(values.value(out + QStringLiteral("socketType")), QStringLiteral("SSL"));
        QCOMPARE(values.value(out + QStringLiteral("authentication")), QStringLiteral("password-encrypted"));
        QCOMPARE(values.value(out + QStringLiteral("username")), QStringLiteral("%EMAILADDRESS%"));
    }

    void msmtpReadsTheKeychain()
    {
        Account a = sampleAccount(QStringLiteral("it's mine"));
        a.outgoing.security = Security::StartTls;
        a.outgoing.port = 587;
        QString error;
        const std::optional<QString> text = AccountExport::msmtp(a, &error);
        QVERIFY2(text, qPrintable(error));
        const QStringList lines = text->split(QLatin1Char('\n'));
        QVERIFY(lines.contains(QStringLiteral("account it-s-mine")));
        QVERIFY(lines.contains(QStringLiteral("host smtp.example.test")));
        QVERIFY(lines.contains(QStringLiteral("port 587")));
        QVERIFY(lines.contains(QStringLiteral("tls on")));
        QVERIFY(lines.contains(QStringLiteral("tls_starttls on")));
        QVERIFY(lines.contains(QStringLiteral("tls_trust_file /etc/ssl/private-ca.pem")));
        QVERIFY(lines.contains(QStringLiteral("auth scram-sha-256")));
        QVERIFY(lines.contains(
            QStringLiteral("passwordeval secret-tool lookup server maildoctor user 'smtp:password:it'\\''s mine'")));
        for (const QString &line : lines)
            QVERIFY2(!line.startsWith(QStringLiteral("password ")), qPrintable(line));  // no literal password

        a.outgoing.security = Security::Tls;
        a.outgoing.caFile.clear();
        const QString implicit = *AccountExport::msmtp(a, &error);
        QVERIFY(implicit.contains(QStringLiteral("\ntls_starttls off\n")));
        QVERIFY(implicit.contains(QStringLiteral("\ntls_trust_file system\n")));

        a.outgoing.host = QStringLiteral("evil\npasswordeval rm -rf ~");
        QVERIFY(!AccountExport::msmtp(a, &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccount)
#include "tst_account.moc"
