// Ranking and merging of discovery candidates (RFC 8314 preference, probe verification,
// source trust, agreement, SRV order), and the MX → provider mapping.
#include "discovery/Discovery.h"
#include "discovery/Ranking.h"

#include <QTest>

using namespace md;
using namespace md::discovery;

namespace {

Candidate make(
    MailProtocol protocol, const QString &host, quint16 port, Security security, const QString &source, SourceKind kind)
{
    Candidate c;
    c.protocol = protocol;
    c.host = host;
    c.port = port;
    c.security = security;
    c.sources = { source };
    c.bestSource = kind;
    return c;
}

ProbeResult probe(const char *status, bool verified)
{
    ProbeResult p;
    p.status = QString::fromLatin1(status);
    p.certificateVerified = verified;
    return p;
}

const Candidate &first(const QList<Candidate> &list, MailProtocol protocol)
{
    for (const Candidate &c : list)
        if (c.protocol == protocol && c.rank == 1)
            return c;
    static const Candidate none;
    return none;
}

}  // namespace

class TestRanking : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void implicitTlsFirst()
    {
        QList<Candidate> list {
            make(MailProtocol::Smtp, QStringLiteral("smtp.example.test"), 25, Security::None,
                QStringLiteral("autoconfig"), SourceKind::Owner),
            make(MailProtocol::Smtp, QStringLiteral("smtp.example.test"), 587, Security::StartTls,
                QStringLiteral("autoconfig"), SourceKind::Owner),
            make(MailProtocol::Smtp, QStringLiteral("smtp.example.test"), 465, Security::Tls,
                QStringLiteral("autoconfig"), SourceKind::Owner),
        };
        Ranking::rank(list);
        QCOMPARE(list.at(0).port, quint16(465));
        QCOMPARE(list.at(1).port, quint16(587));
        QCOMPARE(list.at(2).port, quint16(25));
        QCOMPARE(list.at(2).rank, 3);
        QVERIFY(list.at(2).trust == Trust::Low);  // no encryption is never trusted highly
    }

    void failedProbeGoesLastAndIsNotRecommended()
    {
        QList<Candidate> list {
            make(MailProtocol::Imap, QStringLiteral("imap.example.test"), 993, Security::Tls,
                QStringLiteral("autoconfig"), SourceKind::Owner),
            make(MailProtocol::Imap, QStringLiteral("imap.example.test"), 143, Security::StartTls,
                QStringLiteral("probe"), SourceKind::Guess),
        };
        list[0].probe = probe("refused", false);
        list[1].probe = probe("ok", true);
        Ranking::rank(list);
        QCOMPARE(first(list, MailProtocol::Imap).port, quint16(143));
        QVERIFY(Ranking::recommended(list, MailProtocol::Imap));
        list = { list.at(1) };
        list[0].probe = probe("timeout", false);
        Ranking::rank(list);
        QVERIFY(!Ranking::recommended(list, MailProtocol::Imap));
    }

    void verifiedBeatsUnverifiedThenSourceKind()
    {
        QList<Candidate> list {
            make(MailProtocol::Imap, QStringLiteral("a.example.test"), 993, Security::Tls, QStringLiteral("autoconfig"),
                SourceKind::Owner),
            make(MailProtocol::Imap, QStringLiteral("b.example.test"), 993, Security::Tls, QStringLiteral("ispdb"),
                SourceKind::Ispdb),
            make(MailProtocol::Imap, QStringLiteral("c.example.test"), 993, Security::Tls, QStringLiteral("mx-ispdb"),
                SourceKind::MxDerived),
        };
        Ranking::rank(list);
        QCOMPARE(first(list, MailProtocol::Imap).host, QStringLiteral("a.example.test"));
        QVERIFY(list.at(0).trust == Trust::Medium);  // owner, but unverified and alone
        list[2].probe = probe("ok", true);
        Ranking::rank(list);
        QCOMPARE(first(list, MailProtocol::Imap).host, QStringLiteral("c.example.test"));
    }

    void agreementRaisesTrust()
    {
        QList<Candidate> list;
        Ranking::merge(list,
            make(MailProtocol::Smtp, QStringLiteral("smtp.example.test"), 465, Security::Tls, QStringLiteral("ispdb"),
                SourceKind::Ispdb));
        QCOMPARE(list.size(), 1);
        Ranking::rank(list);
        QVERIFY(list.at(0).trust == Trust::Medium);
        Ranking::merge(list,
            make(MailProtocol::Smtp, QStringLiteral("smtp.example.test"), 465, Security::Tls, QStringLiteral("srv"),
                SourceKind::Owner));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).sources, (QStringList { QStringLiteral("ispdb"), QStringLiteral("srv") }));
        QVERIFY(list.at(0).bestSource == SourceKind::Owner);
        Ranking::rank(list);
        QVERIFY(list.at(0).trust == Trust::High);
    }

    void untrustedAndConfirmation()
    {
        QList<Candidate> list;
        Candidate http = make(MailProtocol::Imap, QStringLiteral("imap.example.test"), 993, Security::Tls,
            QStringLiteral("autoconfig-http"), SourceKind::Owner);
        http.untrusted = true;
        Candidate guess = make(MailProtocol::Imap, QStringLiteral("mail.example.test"), 143, Security::StartTls,
            QStringLiteral("probe"), SourceKind::Guess);
        Ranking::merge(list, http);
        Ranking::merge(list, guess);
        Ranking::rank(list);
        QCOMPARE(first(list, MailProtocol::Imap).host, QStringLiteral("mail.example.test"));
        QVERIFY(list.at(1).trust == Trust::Untrusted);
        // The same setting from a trusted source is trusted.
        Ranking::merge(list,
            make(MailProtocol::Imap, QStringLiteral("imap.example.test"), 993, Security::Tls, QStringLiteral("srv"),
                SourceKind::Owner));
        Ranking::rank(list);
        QCOMPARE(first(list, MailProtocol::Imap).host, QStringLiteral("imap.example.test"));
        QVERIFY(first(list, MailProtocol::Imap).trust != Trust::Untrusted);
    }

    void srvOrderBreaksTies()
    {
        Candidate a = make(MailProtocol::Imap, QStringLiteral("b.example.test"), 993, Security::Tls,
            QStringLiteral("srv"), SourceKind::Owner);
        a.srvPriority = 1;
        Candidate b = make(MailProtocol::Imap, QStringLiteral("a.example.test"), 993, Security::Tls,
            QStringLiteral("srv"), SourceKind::Owner);
        b.srvPriority = 0;
        QList<Candidate> list { a, b };
        Ranking::rank(list);
        QCOMPARE(list.at(0).host, QStringLiteral("a.example.test"));
    }

    void usernameFromDocumentWins()
    {
        QList<Candidate> list;
        Candidate srv = make(MailProtocol::Imap, QStringLiteral("imap.example.test"), 993, Security::Tls,
            QStringLiteral("srv"), SourceKind::Owner);
        srv.username = QStringLiteral("alice@example.test");
        Candidate doc = make(MailProtocol::Imap, QStringLiteral("imap.example.test"), 993, Security::Tls,
            QStringLiteral("ispdb"), SourceKind::Ispdb);
        doc.username = QStringLiteral("alice");
        doc.usernameFromDocument = true;
        Ranking::merge(list, srv);
        Ranking::merge(list, doc);
        QCOMPARE(list.at(0).username, QStringLiteral("alice"));
    }

    void disagreementIsReported()
    {
        QList<Candidate> list {
            make(MailProtocol::Imap, QStringLiteral("imap.example.test"), 993, Security::Tls,
                QStringLiteral("autoconfig"), SourceKind::Owner),
            make(MailProtocol::Imap, QStringLiteral("imap.elsewhere.test"), 993, Security::Tls, QStringLiteral("ispdb"),
                SourceKind::Ispdb),
            make(MailProtocol::Smtp, QStringLiteral("smtp.example.test"), 465, Security::Tls,
                QStringLiteral("autoconfig"), SourceKind::Owner),
            make(MailProtocol::Smtp, QStringLiteral("smtp.example.test"), 587, Security::StartTls,
                QStringLiteral("ispdb"), SourceKind::Ispdb),
        };
        const QList<Finding> findings = Ranking::disagreements(list);
        QCOMPARE(findings.size(), 1);  // SMTP agrees on the host, IMAP does not
        QCOMPARE(findings.at(0).code, QStringLiteral("discovery.sources_disagree"));
        QVERIFY(findings.at(0).detail.contains(QLatin1String("imap.elsewhere.test")));
    }

    void toServerSettings()
    {
        Candidate c = make(MailProtocol::Smtp, QStringLiteral("smtp.example.test"), 465, Security::Tls,
            QStringLiteral("srv"), SourceKind::Owner);
        c.username = QStringLiteral("alice");
        const auto settings = c.toServerSettings();
        QVERIFY(settings);
        QVERIFY(settings->protocol == Protocol::Smtp);
        QCOMPARE(settings->host, QStringLiteral("smtp.example.test"));
        QCOMPARE(settings->port, quint16(465));
        QVERIFY(settings->security == Security::Tls);
        QCOMPARE(settings->user, QStringLiteral("alice"));
        c.protocol = MailProtocol::Pop3;
        QVERIFY(c.toServerSettings()->protocol == Protocol::Pop3);
    }

    void reportTextIsTerminalSafe()
    {
        DiscoveryResult result;
        result.email = QStringLiteral("alice@example.test");
        SourceReport source;
        source.name = QStringLiteral("autoconfig");
        source.status = QStringLiteral("ok");
        source.detail = QStringLiteral("1 server(s); Evil\x1b]0;pwned\x07 \u202Emoc.live");
        result.sources << source;
        const QString text = result.toText();
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY(!text.contains(QChar(0x202e)));
        QVERIFY(text.contains(QLatin1String("\\x1B")));
        QVERIFY(text.contains(QLatin1String("none found")));
        QVERIFY(!result.usable());
    }

    void mxProviders_data()
    {
        QTest::addColumn<QString>("exchange");
        QTest::addColumn<QString>("lookup");
        QTest::addColumn<QString>("oauth");
        QTest::newRow("Microsoft 365") << "contoso-com.mail.protection.outlook.com."
                                       << "office365.com"
                                       << "microsoft";
        QTest::newRow("outlook.com") << "hotmail-com.olc.protection.outlook.com"
                                     << "outlook.com"
                                     << "microsoft";
        QTest::newRow("Google") << "aspmx.l.google.com"
                                << "gmail.com"
                                << "google";
        QTest::newRow("other") << "mx1.mail.provider.test"
                               << "provider.test"
                               << "";
        QTest::newRow("country registry") << "mx.mail.example.co.uk"
                                          << "example.co.uk"
                                          << "";
    }

    void mxProviders()
    {
        QFETCH(QString, exchange);
        QFETCH(QString, lookup);
        QFETCH(QString, oauth);
        const Discovery::MxProvider p = Discovery::providerForMx(exchange);
        QCOMPARE(p.lookupDomain, lookup);
        QCOMPARE(p.oauthProvider, oauth);
    }
};

QTEST_GUILESS_MAIN(TestRanking)
#include "tst_ranking.moc"
