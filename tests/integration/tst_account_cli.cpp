// maildoctor-cli account …: the profile file's rules and the keychain's absence, seen from the
// command line. No mail server and no keyring are needed (see tst_account_keychain for those).
#include "AccountSupport.h"

using namespace md::test;

class TestAccountCli : public QObject
{
    Q_OBJECT

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void addListShowRemove()
    {
        Sandbox box;
        const CliRun add = box.cli(addArguments(QStringLiteral("Work"))
            + QStringList { QStringLiteral("--display-name"), QStringLiteral("Me"), QStringLiteral("--imap-port"),
                QStringLiteral("993"), QStringLiteral("--smtp-auth"), QStringLiteral("PLAIN") });
        QCOMPARE(add.exitCode, 0);
        QVERIFY(QFile::exists(box.profilePath()));

        const CliRun list = box.cli({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.exitCode, 0);
        const QJsonArray accounts = list.json().value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 1);
        const QJsonObject a = accounts.first().toObject();
        QCOMPARE(a.value(QStringLiteral("name")).toString(), QStringLiteral("Work"));
        QCOMPARE(a.value(QStringLiteral("display_name")).toString(), QStringLiteral("Me"));
        const QJsonObject smtp = a.value(QStringLiteral("outgoing")).toObject();
        const QJsonObject imap = a.value(QStringLiteral("incoming")).toObject();
        // Defaults as for smtp / imap: user = address, starttls → 587, 993 → tls.
        QCOMPARE(smtp.value(QStringLiteral("port")).toInt(), 587);
        QCOMPARE(smtp.value(QStringLiteral("security")).toString(), QStringLiteral("starttls"));
        QCOMPARE(smtp.value(QStringLiteral("user")).toString(), QStringLiteral("me@example.test"));
        QCOMPARE(smtp.value(QStringLiteral("auth")).toString(), QStringLiteral("plain"));
        QCOMPARE(imap.value(QStringLiteral("port")).toInt(), 993);
        QCOMPARE(imap.value(QStringLiteral("security")).toString(), QStringLiteral("tls"));

        const CliRun text = box.cli({ QStringLiteral("account"), QStringLiteral("list") });
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Work"));
        QVERIFY(text.out.contains("smtp.example.test:587"));

        QCOMPARE(box.cli(addArguments(QStringLiteral("Work"))).exitCode, 2);  // the name is taken

        const CliRun remove = box.cli({ QStringLiteral("account"), QStringLiteral("remove"), QStringLiteral("Work") },
            { { QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/md-test-bus") } });
        QCOMPARE(remove.exitCode, 0);
        QVERIFY(box.cli({ QStringLiteral("account"), QStringLiteral("list") }).out.contains("No saved accounts"));
        QCOMPARE(box.cli({ QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("Work") }).exitCode, 2);
    }

    void pop3IncomingServer()
    {
        Sandbox box;
        const CliRun add = box.cli({ QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("Pop"),
            QStringLiteral("--email"), QStringLiteral("me@example.test"), QStringLiteral("--smtp-host"),
            QStringLiteral("smtp.example.test"), QStringLiteral("--pop3-host"), QStringLiteral("pop.example.test"),
            QStringLiteral("--pop3-security"), QStringLiteral("tls") });
        QVERIFY2(add.exitCode == 0, add.err.constData());
        const CliRun list = box.cli({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
        const QJsonObject incoming = list.json()
                                         .value(QStringLiteral("accounts"))
                                         .toArray()
                                         .first()
                                         .toObject()
                                         .value(QStringLiteral("incoming"))
                                         .toObject();
        QCOMPARE(incoming.value(QStringLiteral("protocol")).toString(), QStringLiteral("pop3"));
        QCOMPARE(incoming.value(QStringLiteral("port")).toInt(), 995);
        QVERIFY(
            box.cli({ QStringLiteral("account"), QStringLiteral("list") }).out.contains("POP3 pop.example.test:995"));
        const CliRun xml = box.cli({ QStringLiteral("account"), QStringLiteral("export"), QStringLiteral("Pop"),
            QStringLiteral("--format"), QStringLiteral("autoconfig") });
        QVERIFY(xml.out.contains("<incomingServer type=\"pop3\">"));

        // One incoming server: IMAP or POP3, and no options of the other.
        QCOMPARE(box.cli(addArguments(QStringLiteral("Both"))
                        + QStringList { QStringLiteral("--pop3-host"), QStringLiteral("p") })
                     .exitCode,
            2);
        const CliRun stray = box.cli(addArguments(QStringLiteral("Stray"))
            + QStringList { QStringLiteral("--pop3-port"), QStringLiteral("995") });
        QCOMPARE(stray.exitCode, 2);
        QVERIFY2(stray.err.contains("--pop3-port needs --pop3-host"), stray.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        const QString account = QStringLiteral("account");
        QTest::newRow("no subcommand") << QStringList { account } << QStringLiteral("add, list");
        QTest::newRow("unknown") << QStringList { account, QStringLiteral("rename") } << QStringLiteral("rename");
        QTest::newRow("no email") << QStringList { account, QStringLiteral("add"), QStringLiteral("A"),
            QStringLiteral("--smtp-host"), QStringLiteral("s"), QStringLiteral("--imap-host"), QStringLiteral("i") }
                                  << QStringLiteral("--email");
        QTest::newRow("no imap host") << QStringList { account, QStringLiteral("add"), QStringLiteral("A"),
            QStringLiteral("--email"), QStringLiteral("a@b.test"), QStringLiteral("--smtp-host"), QStringLiteral("s") }
                                      << QStringLiteral("--imap-host");
        QTest::newRow("bad port") << addArguments(QStringLiteral("A"))
                + QStringList { QStringLiteral("--smtp-port"), QStringLiteral("0") }
                                  << QStringLiteral("--smtp-port");
        QTest::newRow("bad security") << addArguments(QStringLiteral("A"))
                + QStringList { QStringLiteral("--imap-security"), QStringLiteral("ssl3") }
                                      << QStringLiteral("--imap-security");
        QTest::newRow("bad pin") << addArguments(QStringLiteral("A"))
                + QStringList { QStringLiteral("--smtp-pin-spki"), QStringLiteral("abc") }
                                 << QStringLiteral("--smtp-pin-spki");
        QTest::newRow("missing ca") << addArguments(QStringLiteral("A"))
                + QStringList { QStringLiteral("--ca-file"), QStringLiteral("/nonexistent.pem") }
                                    << QStringLiteral("CA file");
        QTest::newRow("bad mechanism") << addArguments(QStringLiteral("A"))
                + QStringList { QStringLiteral("--imap-auth"), QStringLiteral("kerberos") }
                                       << QStringLiteral("--imap-auth");
        QTest::newRow("empty password var") << addArguments(QStringLiteral("A"))
                + QStringList { QStringLiteral("--password-env"), QStringLiteral("MD_TEST_UNSET_VARIABLE") }
                                            << QStringLiteral("MD_TEST_UNSET_VARIABLE");
        QTest::newRow("option of another command")
            << QStringList { account, QStringLiteral("list"), QStringLiteral("--email"), QStringLiteral("x@y.test") }
            << QStringLiteral("--email");
        QTest::newRow("both only flags") << QStringList { account, QStringLiteral("test"), QStringLiteral("A"),
            QStringLiteral("--smtp-only"), QStringLiteral("--imap-only") }
                                         << QStringLiteral("--smtp-only");
        QTest::newRow("export format") << QStringList { account, QStringLiteral("export"), QStringLiteral("A"),
            QStringLiteral("--format"), QStringLiteral("mutt") }
                                       << QStringLiteral("--format");
        QTest::newRow("unknown account") << QStringList { account, QStringLiteral("show"), QStringLiteral("Nope") }
                                         << QStringLiteral("Nope");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        Sandbox box;
        const CliRun run = box.cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
        if (arguments.value(1) == QLatin1String("add"))
            QVERIFY(!QFile::exists(box.profilePath()));  // nothing saved from a bad command
    }

    void unusableProfileFileStaysUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("corrupt") << QByteArray("{\"version\": 1, \"accounts\": [{\"name\": \"Work\",")
                                 << QStringLiteral("not valid JSON");
        QTest::newRow("version 2") << QByteArray("{\"version\": 2, \"accounts\": [], \"future\": true}\n")
                                   << QStringLiteral("newer Mail Doctor");
    }

    void unusableProfileFileStaysUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        Sandbox box;
        QDir().mkpath(QFileInfo(box.profilePath()).path());
        {
            QFile f(box.profilePath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QString account = QStringLiteral("account");
        const QList<QStringList> attempts = {
            { account, QStringLiteral("list") },
            { account, QStringLiteral("list"), QStringLiteral("--json") },
            addArguments(QStringLiteral("New")),
            { account, QStringLiteral("remove"), QStringLiteral("Work") },
            { account, QStringLiteral("show"), QStringLiteral("Work") },
            { account, QStringLiteral("test"), QStringLiteral("Work") },
            { account, QStringLiteral("export"), QStringLiteral("Work"), QStringLiteral("--format"),
                QStringLiteral("msmtp") },
        };
        for (const QStringList &arguments : attempts) {
            const CliRun run = box.cli(arguments);
            const QString err = QString::fromUtf8(run.err);
            QVERIFY2(run.exitCode == 1, qPrintable(arguments.join(QLatin1Char(' '))));
            QVERIFY2(err.contains(box.profilePath()), qPrintable(err));  // names the file
            QVERIFY2(err.contains(says), qPrintable(err));
            QVERIFY2(err.contains(QStringLiteral("move the file away")) || err.contains(QStringLiteral("move it away")),
                qPrintable(err));  // says what to do
            QCOMPARE(fileBytes(box.profilePath()), content);  // byte for byte
        }
        QVERIFY(!QFile::exists(box.profilePath() + QStringLiteral(".bak")));
    }

    void concurrentAddsLoseNothing()
    {
        // Several processes started at once, each adding its own account to the same file.
        Sandbox box;
        constexpr int kProcesses = 8;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < kProcesses; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(box.env());
            p->setProgram(QStringLiteral(MAILDOCTOR_CLI));
            p->setArguments(addArguments(QStringLiteral("Racer %1").arg(i)));
            processes.push_back(std::move(p));
        }
        for (auto &p : processes)
            p->start();
        for (auto &p : processes) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        const CliRun list = box.cli({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
        QStringList names;
        for (const QJsonValue &a : list.json().value(QStringLiteral("accounts")).toArray())
            names << a.toObject().value(QStringLiteral("name")).toString();
        QCOMPARE(names.size(), kProcesses);
        for (int i = 0; i < kProcesses; ++i)
            QVERIFY2(names.contains(QStringLiteral("Racer %1").arg(i)), qPrintable(names.join(QLatin1Char(','))));
    }

    void noKeychain_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("bus without Secret Service") << QStringLiteral("bus");
        QTest::newRow("no session bus") << QStringLiteral("nobus");
        QTest::newRow("no bus address, no display") << QStringLiteral("unset");
    }

    void noKeychain()
    {
        QFETCH(QString, how);
        Sandbox box;
        const QByteArray secret = "n0-Keychain-S3cret!";
        QHash<QString, QString> extra { { QStringLiteral("MD_TEST_PASSWORD"), QString::fromLatin1(secret) },
            { QStringLiteral("DISPLAY"), QString() }, { QStringLiteral("WAYLAND_DISPLAY"), QString() },
            { QStringLiteral("XDG_CURRENT_DESKTOP"), QString() }, { QStringLiteral("KDE_SESSION_VERSION"), QString() },
            // GDBus looks for $XDG_RUNTIME_DIR/bus when no address is set.
            { QStringLiteral("XDG_RUNTIME_DIR"), box.value("HOME") } };
        QString program = QStringLiteral(MAILDOCTOR_CLI);
        QStringList arguments = addArguments(QStringLiteral("Offline"))
            + QStringList { QStringLiteral("--password-env"), QStringLiteral("MD_TEST_PASSWORD") };
        if (how == QLatin1String("bus")) {
            // A private bus that activates nothing: no org.freedesktop.secrets on it.
            arguments.prepend(program);
            arguments = QStringList {
                QStringLiteral("--config-file=" MAILDOCTOR_SOURCE_DIR "/tests/support/keyring/session-bus.conf"),
                QStringLiteral("--")
            } + arguments;
            program = QStringLiteral("dbus-run-session");
            extra.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString());
        } else if (how == QLatin1String("nobus")) {
            extra.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                QStringLiteral("unix:path=%1/no-bus-here").arg(box.value("HOME")));
        } else {
            extra.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString());
        }
        qint64 ms = -1;
        const CliRun add = box.run(program, arguments, extra, {}, 30000, &ms);
        const QString err = QString::fromUtf8(add.err);
        QCOMPARE(add.exitCode, 1);
        QVERIFY2(ms >= 0 && ms < 2000, qPrintable(QString::number(ms)));
        QVERIFY2(err.contains(QStringLiteral("No keychain is available")), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("asked for each time")), qPrintable(err));
        QVERIFY(!leaksSecret(add.all(), secret));

        // The account is saved, without the secret, and nothing on disk holds it.
        const CliRun list = box.cli({ QStringLiteral("account"), QStringLiteral("list"), QStringLiteral("--json") });
        QCOMPARE(list.json().value(QStringLiteral("accounts")).toArray().size(), 1);
        QVERIFY(filesUnder(box.xdgDirs()).contains(box.profilePath()));
        QCOMPARE(filesHolding(box.xdgDirs(), secret), QStringList());

        // show says the keychain is unavailable, and why.
        const CliRun show
            = box.run(program == QLatin1String("dbus-run-session") ? program : QStringLiteral(MAILDOCTOR_CLI),
                program == QLatin1String("dbus-run-session")
                    ? arguments.mid(0, 3)
                        + QStringList { QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("Offline") }
                    : QStringList { QStringLiteral("account"), QStringLiteral("show"), QStringLiteral("Offline") },
                extra);
        QCOMPARE(show.exitCode, 0);
        QCOMPARE(show.out.count("keychain unavailable: No keychain is available"), 2);
    }
};

QTEST_GUILESS_MAIN(TestAccountCli)
#include "tst_account_cli.moc"
