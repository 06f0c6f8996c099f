// The defensive autoconfig and PACC readers, and the address / SRV helpers they rely on.
#include "discovery/ConfigReaders.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTest>

using namespace md;
using namespace md::discovery;

namespace {

EmailAddress alice()
{
    return *EmailAddress::parse(QStringLiteral("alice@example.test"));
}

QByteArray readFile(const char *name)
{
    QFile file(QStringLiteral(MAILDOCTOR_SOURCE_DIR "/tests/discovery/www/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestConfigReaders : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodDocument()
    {
        const ReadResult r = ConfigReaders::readAutoconfig(readFile("unit-autoconfig.xml"), alice());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.displayName, QStringLiteral("Example Mail"));
        QCOMPARE(r.oauthIssuer, QStringLiteral("accounts.example.test"));
        QCOMPARE(r.servers.size(), 3);
        QCOMPARE(r.skipped, 2);  // the exchange entry and the bad host name
        const ServerEntry &imap = r.servers.at(0);
        QVERIFY(imap.protocol == MailProtocol::Imap);
        QCOMPARE(imap.host, QStringLiteral("imap.example.test"));
        QCOMPARE(imap.port, quint16(993));
        QVERIFY(imap.security == Security::Tls);
        QCOMPARE(imap.username, QStringLiteral("alice@example.test"));
        QCOMPARE(imap.auth, (QStringList { QStringLiteral("password-cleartext"), QStringLiteral("OAuth2") }));
        QVERIFY(r.servers.at(1).protocol == MailProtocol::Pop3);
        QCOMPARE(r.servers.at(1).username, QStringLiteral("alice"));
        QVERIFY(r.servers.at(2).protocol == MailProtocol::Smtp);
        QVERIFY(r.servers.at(2).security == Security::StartTls);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("why");
        QTest::newRow("dtd") << QByteArray("<?xml version=\"1.0\"?><!DOCTYPE clientConfig [<!ENTITY a \"aaaa\">]>"
                                           "<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>"
                                           "&a;.example.test</hostname><port>993</port><socketType>SSL</socketType>"
                                           "</incomingServer></emailProvider></clientConfig>")
                             << "DTD";
        QTest::newRow("external entity") << QByteArray(
            "<!DOCTYPE clientConfig SYSTEM \"file:///etc/passwd\"><clientConfig/>")
                                         << "DTD";
        QTest::newRow("undeclared entity")
            << QByteArray("<clientConfig><emailProvider><displayName>&x;</displayName></emailProvider></clientConfig>")
            << "";
        QTest::newRow("malformed") << QByteArray("<clientConfig><emailProvider>") << "well-formed";
        QTest::newRow("wrong root") << QByteArray("<html><body>Not here</body></html>") << "root";
        QTest::newRow("no servers") << QByteArray("<clientConfig><emailProvider/></clientConfig>") << "no usable";
        QTest::newRow("bad port") << QByteArray(
            "<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>imap.example.test"
            "</hostname><port>99999</port><socketType>SSL</socketType></incomingServer>"
            "</emailProvider></clientConfig>")
                                  << "no usable";
        QTest::newRow("unknown socket type")
            << QByteArray("<clientConfig><emailProvider><incomingServer type=\"imap\"><hostname>imap.example.test"
                          "</hostname><port>993</port><socketType>quantum</socketType></incomingServer>"
                          "</emailProvider></clientConfig>")
            << "no usable";
        QByteArray huge = "<clientConfig><emailProvider><displayName>";
        huge += QByteArray(ConfigReaders::kMaxDocumentBytes, 'a');
        huge += "</displayName></emailProvider></clientConfig>";
        QTest::newRow("oversized") << huge << "larger than 256 KiB";
    }

    void refused()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, why);
        const ReadResult r = ConfigReaders::readAutoconfig(document, alice());
        QVERIFY(!r.ok);
        QVERIFY(r.servers.isEmpty());
        QVERIFY2(r.error.contains(why), qPrintable(r.error));
    }

    void pacc()
    {
        const QByteArray json = readFile("unit-pacc.json");
        const ReadResult r = ConfigReaders::readPacc(json, alice());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.servers.size(), 3);
        QCOMPARE(r.skipped, 1);
        QCOMPARE(r.oauthIssuer, QStringLiteral("https://auth.example.test"));
        QVERIFY(r.servers.at(0).security == Security::Tls);
        QCOMPARE(r.servers.at(1).host, QStringLiteral("smtp.example.test"));
        QVERIFY(r.servers.at(1).security == Security::StartTls);
        QVERIFY(r.servers.at(2).security == Security::Tls);  // 995 without a stated mode

        QVERIFY(!ConfigReaders::readPacc("[1,2]", alice()).ok);
        QVERIFY(!ConfigReaders::readPacc("{\"protocols\": ", alice()).ok);
        QVERIFY(!ConfigReaders::readPacc("{\"protocols\": {\"imap\": 5}}", alice()).ok);
        QVERIFY(!ConfigReaders::readPacc(QByteArray(ConfigReaders::kMaxDocumentBytes + 1, ' '), alice()).ok);
    }

    void paccDigest()
    {
        const QByteArray digest = QCryptographicHash::hash("document", QCryptographicHash::Sha256);
        QCOMPARE(ConfigReaders::paccDigestFromTxt("v=UAAC1; a=sha256; d=" + digest.toBase64()), digest);
        QCOMPARE(ConfigReaders::paccDigestFromTxt(digest.toHex()), digest);
        QCOMPARE(ConfigReaders::paccDigestFromTxt(digest.toBase64()), digest);
        QVERIFY(ConfigReaders::paccDigestFromTxt("v=UAAC1; a=md5; d=" + digest.toBase64()).isEmpty());
        QVERIFY(ConfigReaders::paccDigestFromTxt("v=spf1 -all").isEmpty());
        QVERIFY(ConfigReaders::paccDigestFromTxt("").isEmpty());
    }

    void emailAddress()
    {
        const auto e = EmailAddress::parse(QStringLiteral(" Bob.Smith@Example.TEST "));
        QVERIFY(e);
        QCOMPARE(e->localPart, QStringLiteral("Bob.Smith"));
        QCOMPARE(e->domain, QStringLiteral("example.test"));
        QCOMPARE(e->expand(QStringLiteral("%EMAILLOCALPART%+%EMAILDOMAIN%")), QStringLiteral("Bob.Smith+example.test"));
        QVERIFY(EmailAddress::parse(QStringLiteral("user@bücher.test")));
        QCOMPARE(EmailAddress::parse(QStringLiteral("user@bücher.test"))->domain, QStringLiteral("xn--bcher-kva.test"));
        QVERIFY(!EmailAddress::parse(QStringLiteral("no-at-sign")));
        QVERIFY(!EmailAddress::parse(QStringLiteral("user@localhost")));
        QVERIFY(!EmailAddress::parse(QStringLiteral("user@exa mple.test")));
        QVERIFY(!EmailAddress::parse(QStringLiteral("@example.test")));
        QVERIFY(!EmailAddress::parse(QStringLiteral("user@a..test")));
    }

    void hostNames()
    {
        QVERIFY(ConfigReaders::isValidHostName(QStringLiteral("mail.example.test")));
        QVERIFY(!ConfigReaders::isValidHostName(QStringLiteral("")));
        QVERIFY(!ConfigReaders::isValidHostName(QStringLiteral("-bad.example.test")));
        QVERIFY(!ConfigReaders::isValidHostName(QStringLiteral("a b.test")));
        QVERIFY(!ConfigReaders::isValidHostName(QString(64, QLatin1Char('a')) + QStringLiteral(".test")));
    }
};

QTEST_GUILESS_MAIN(TestConfigReaders)
#include "tst_configreaders.moc"
