// The diagnoser's pure parts: rules on hand-built results, fix flags, ordering, the report's
// waterfall and findings, and the explanations behind `maildoctor-cli explain`.
// Every finding code is also produced from a real situation in tests/protocol/tst_diagnosis_*.cpp
// and tests/integration/tst_diagnosis_dovecot.cpp.
#include "diagnosis/Diagnoser.h"
#include "diagnosis/Explain.h"
#include "transcript/Report.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QtTest>

using namespace md;

namespace {

CheckResult passed(Protocol protocol, quint16 port, Security security)
{
    CheckResult r;
    r.protocol = protocol;
    r.host = QStringLiteral("mail.example.test");
    r.port = port;
    r.security = security;
    r.ok = true;
    r.totalMs = 100;
    const QStringList names = {QStringLiteral("resolve"), QStringLiteral("connect"), QStringLiteral("greeting"),
                               QStringLiteral("ehlo"), QStringLiteral("quit")};
    qint64 at = 0;
    for (const QString &name : names) {
        Step s;
        s.name = name;
        s.startMs = at;
        s.ms = 20;
        at += 20;
        r.steps << s;
    }
    return r;
}

const Finding *findCode(const QList<Finding> &findings, const QString &code)
{
    for (const Finding &f : findings) {
        if (f.code == code)
            return &f;
    }
    return nullptr;
}

}  // namespace

class TestDiagnoser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixFlags_data()
    {
        QTest::addColumn<QVariantMap>("fix");
        QTest::addColumn<QString>("flags");
        QTest::newRow("empty") << QVariantMap() << QString();
        QTest::newRow("port and security") << QVariantMap{{QStringLiteral("security"), QStringLiteral("tls")},
                                                          {QStringLiteral("port"), 465}}
                                           << QStringLiteral("--port 465 --security tls");
        QTest::newRow("host first") << QVariantMap{{QStringLiteral("port"), 993},
                                                   {QStringLiteral("host"), QStringLiteral("imap.example.com")}}
                                    << QStringLiteral("--host imap.example.com --port 993");
        QTest::newRow("oauth needs a token") << QVariantMap{{QStringLiteral("auth"), QStringLiteral("XOAUTH2")}}
                                             << QStringLiteral("--auth xoauth2 --token-env VAR");
        QTest::newRow("password mechanism") << QVariantMap{{QStringLiteral("auth"), QStringLiteral("plain")}}
                                            << QStringLiteral("--auth plain");
    }

    void fixFlags()
    {
        QFETCH(QVariantMap, fix);
        QFETCH(QString, flags);
        QCOMPARE(renderFixFlags(fix), flags);
    }

    void passedPlainCheckWarnsAndOrders()
    {
        CheckResult r = passed(Protocol::Smtp, 25, Security::None);
        r.capabilitiesBeforeTls = {QStringLiteral("STARTTLS"), QStringLiteral("SIZE 1000")};
        const QList<Finding> findings = diagnose(r);
        QStringList codes;
        for (const Finding &f : findings)
            codes << f.code;
        // Warnings before information, whatever order the rules ran in.
        QCOMPARE(codes, QStringList({QStringLiteral("security.none"), QStringLiteral("port.25_for_submission"),
                                     QStringLiteral("auth.not_tested")}));
        QCOMPARE(renderFixFlags(findings.at(0).fix), QStringLiteral("--security starttls"));
        QCOMPARE(renderFixFlags(findings.at(1).fix), QStringLiteral("--port 587 --security starttls"));
        QCOMPARE(toString(findings.at(2).severity), QStringLiteral("info"));
        for (const Finding &f : findings) {
            QVERIFY(!f.title.isEmpty());
            QVERIFY(!f.detail.isEmpty());
            QVERIFY(knownFindingCodes().contains(f.code));
        }
    }

    void securityNoneWithoutStartTlsSuggestsImplicitTls()
    {
        const CheckResult r = passed(Protocol::Imap, 143, Security::None);
        const QList<Finding> findings = diagnose(r);
        const Finding *f = findCode(findings, QStringLiteral("security.none"));
        QVERIFY(f);
        QCOMPARE(renderFixFlags(f->fix), QStringLiteral("--port 993 --security tls"));
    }

    void slowNameServiceIsNotAMisspelledName()
    {
        // A lookup that timed out says nothing about the name: not dns.not_found.
        CheckResult r = passed(Protocol::Smtp, 587, Security::StartTls);
        r.ok = false;
        r.failure = FailureKind::ResolveTimeout;
        r.failedStep = QStringLiteral("resolve");
        r.failureMessage = QStringLiteral("Looking up \"smtp.example.com\" took longer than 15 s.");
        const QList<Finding> findings = diagnose(r);
        QVERIFY(!findings.isEmpty());
        QCOMPARE(findings.first().code, QStringLiteral("dns.timeout"));
        QVERIFY(!findCode(findings, QStringLiteral("dns.not_found")));
        QVERIFY(knownFindingCodes().contains(QStringLiteral("dns.timeout")));
    }

    void unforeseenFailureIsCheckFailed()
    {
        // A refusal no rule knows (RSET refused) still yields one error finding, quoting it.
        CheckResult r = passed(Protocol::Smtp, 587, Security::StartTls);
        r.ok = false;
        r.failure = FailureKind::Rejected;
        Step rset;
        rset.name = QStringLiteral("rset");
        rset.status = Step::Status::Failed;
        rset.replyCode = 502;
        rset.serverText = QStringLiteral("Command not implemented");
        r.steps << rset;
        r.failedStep = QStringLiteral("rset");
        r.failureMessage = QStringLiteral("RSET was refused");
        const QList<Finding> findings = diagnose(r);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().code, QStringLiteral("check.failed"));
        QVERIFY(findings.first().detail.contains(QStringLiteral("502 Command not implemented")));
    }

    void certificateAboutToExpireWarns()
    {
        CheckResult r = passed(Protocol::Smtp, 465, Security::Tls);
        TlsReport tls;
        tls.protocol = QStringLiteral("TLSv1.3");
        tls.verified = true;
        CertificateInfo leaf;
        leaf.daysLeft = 3;
        leaf.notAfter = QDateTime::currentDateTimeUtc().addDays(3);
        tls.chain << leaf;
        r.tls = tls;
        const QList<Finding> findings = diagnose(r);
        const Finding *f = findCode(findings, QStringLiteral("tls.expires_soon"));
        QVERIFY(f);
        QCOMPARE(toString(f->severity), QStringLiteral("warning"));
    }

    void failedCheckHasOneCauseFirst()
    {
        CheckResult r = passed(Protocol::Smtp, 587, Security::StartTls);
        r.ok = false;
        r.failure = FailureKind::Rejected;
        r.failedStep = QStringLiteral("auth");
        Step auth;
        auth.name = QStringLiteral("auth");
        auth.status = Step::Status::Failed;
        auth.replyCode = 535;
        auth.enhancedCode = QStringLiteral("5.7.8");
        auth.serverText = QStringLiteral("Username and Password not accepted");
        r.steps << auth;
        r.host = QStringLiteral("smtp.gmail.com");
        const QList<Finding> findings = diagnose(r);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().code, QStringLiteral("auth.failed"));
        // The server's own words, and for Gmail how to get an app password.
        QVERIFY(findings.first().detail.contains(QStringLiteral("535 5.7.8 Username and Password not accepted")));
        QVERIFY(findings.first().detail.contains(QStringLiteral("myaccount.google.com/apppasswords")));
    }

    void summaryEndsWithFindingsAndTry()
    {
        CheckResult r = passed(Protocol::Smtp, 25, Security::None);
        r.findings = diagnose(r);
        const QString text = renderSummaryText(r);
        QVERIFY2(text.contains(QStringLiteral("\u2588")), qPrintable(text));  // a bar
        QVERIFY(text.contains(QStringLiteral("total")));
        QVERIFY(text.contains(QStringLiteral("100 ms")));
        const qsizetype findingsAt = text.indexOf(QStringLiteral("Findings"));
        QVERIFY(findingsAt > text.indexOf(QStringLiteral("Steps:")));
        QVERIFY(text.indexOf(QStringLiteral("Try: --port 587 --security starttls")) > findingsAt);
        // The most important finding comes first.
        QVERIFY(text.indexOf(QStringLiteral("(security.none)")) < text.indexOf(QStringLiteral("(auth.not_tested)")));
    }

    void waterfallBarsArePlacedAndScaled()
    {
        const QString first = renderWaterfallBar(0, 50, 100, 20);
        const QString second = renderWaterfallBar(50, 50, 100, 20);
        QCOMPARE(first.size(), 20);
        QCOMPARE(second.size(), 20);
        QCOMPARE(first, QString(10, QChar(0x2588)) + QString(10, QLatin1Char(' ')));
        QCOMPARE(second, QString(10, QLatin1Char(' ')) + QString(10, QChar(0x2588)));
        // A step too short to see still gets a sliver.
        QCOMPARE(renderWaterfallBar(0, 0, 1000, 20).trimmed(), QString(QChar(0x258F)));
    }

    void jsonCarriesTimingsAndFixFlags()
    {
        CheckResult r = passed(Protocol::Smtp, 25, Security::None);
        r.findings = diagnose(r);
        // No STARTTLS advertised: the fix is implicit TLS on its port.
        const QJsonObject json = toJson(r);
        const QJsonObject timings = json.value(QStringLiteral("timings")).toObject();
        QCOMPARE(timings.value(QStringLiteral("total_ms")).toInt(), 100);
        QCOMPARE(timings.value(QStringLiteral("greeting_ms")).toInt(), 20);
        QVERIFY(timings.value(QStringLiteral("tls_ms")).isNull());
        QCOMPARE(timings.value(QStringLiteral("steps")).toArray().size(), 5);
        const QJsonObject first = json.value(QStringLiteral("findings")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("code")).toString(), QStringLiteral("security.none"));
        QCOMPARE(first.value(QStringLiteral("fix")).toObject().value(QStringLiteral("security")).toString(),
                 QStringLiteral("tls"));
        QCOMPARE(first.value(QStringLiteral("fix_flags")).toString(), QStringLiteral("--port 465 --security tls"));
    }

    // ---- explain ----------------------------------------------------------------------------

    void explainTerms_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("535") << QStringLiteral("535") << QStringLiteral("credentials invalid");
        QTest::newRow("554") << QStringLiteral("554") << QStringLiteral("block list");
        QTest::newRow("unregistered reply code") << QStringLiteral("432") << QStringLiteral("password transition");
        QTest::newRow("unknown code by digits") << QStringLiteral("459") << QStringLiteral("ETRN");
        QTest::newRow("class digits") << QStringLiteral("226") << QStringLiteral("Positive completion");
        QTest::newRow("5.7.8") << QStringLiteral("5.7.8") << QStringLiteral("credentials invalid");
        QTest::newRow("5.7.1") << QStringLiteral("5.7.1") << QStringLiteral("relaying");
        QTest::newRow("4.2.2") << QStringLiteral("4.2.2") << QStringLiteral("Mailbox full");
        QTest::newRow("5.7.139 by subject") << QStringLiteral("5.7.139") << QStringLiteral("Security or policy");
        QTest::newRow("reply and enhanced") << QStringLiteral("550 5.1.1") << QStringLiteral("no such user");
        QTest::newRow("imap code") << QStringLiteral("AUTHENTICATIONFAILED") << QStringLiteral("not accepted");
        QTest::newRow("imap code bracketed") << QStringLiteral("[TRYCREATE]") << QStringLiteral("does not exist");
        QTest::newRow("imap code lower case") << QStringLiteral("privacyrequired") << QStringLiteral("TLS");
        QTest::newRow("imap code with value") << QStringLiteral("UIDNEXT 4392") << QStringLiteral("4392");
        QTest::newRow("SIZE") << QStringLiteral("SIZE 10240000") << QStringLiteral("9.8 MiB");
        QTest::newRow("SIZE without limit") << QStringLiteral("SIZE") << QStringLiteral("no fixed limit");
        QTest::newRow("PIPELINING") << QStringLiteral("PIPELINING") << QStringLiteral("without waiting");
        QTest::newRow("8BITMIME") << QStringLiteral("8BITMIME") << QStringLiteral("8-bit");
        QTest::newRow("DSN") << QStringLiteral("DSN") << QStringLiteral("Delivery status");
        QTest::newRow("SMTPUTF8") << QStringLiteral("SMTPUTF8") << QStringLiteral("UTF-8");
        QTest::newRow("CHUNKING") << QStringLiteral("CHUNKING") << QStringLiteral("BDAT");
        QTest::newRow("ENHANCEDSTATUSCODES") << QStringLiteral("ENHANCEDSTATUSCODES") << QStringLiteral("5.7.8");
        QTest::newRow("STARTTLS") << QStringLiteral("STARTTLS") << QStringLiteral("TLS");
        QTest::newRow("SMTP AUTH") << QStringLiteral("AUTH PLAIN LOGIN SCRAM-SHA-256") << QStringLiteral("SCRAM-SHA-256");
        QTest::newRow("IDLE") << QStringLiteral("IDLE") << QStringLiteral("Push");
        QTest::newRow("IMAP AUTH=") << QStringLiteral("AUTH=XOAUTH2") << QStringLiteral("OAuth");
        QTest::newRow("IMAP4rev1") << QStringLiteral("IMAP4rev1") << QStringLiteral("RFC 3501");
        QTest::newRow("APPENDLIMIT") << QStringLiteral("APPENDLIMIT=35651584") << QStringLiteral("34 MiB");
        QTest::newRow("THREAD=REFERENCES") << QStringLiteral("THREAD=REFERENCES") << QStringLiteral("REFERENCES");
        QTest::newRow("LOGINDISABLED") << QStringLiteral("LOGINDISABLED") << QStringLiteral("STARTTLS");
        QTest::newRow("private") << QStringLiteral("XAPPLEPUSHSERVICE") << QStringLiteral("private");
        QTest::newRow("mechanism") << QStringLiteral("CRAM-MD5") << QStringLiteral("RFC 2195");
    }

    void explainTerms()
    {
        QFETCH(QString, term);
        QFETCH(QString, mentions);
        const auto text = explain(term);
        QVERIFY2(text, qPrintable(term));
        QVERIFY2(text->contains(mentions), qPrintable(*text));
    }

    void explainUnknown()
    {
        QVERIFY(!explain(QStringLiteral("FROBNICATE")));
        QVERIFY(!explain(QStringLiteral("699")));
        QVERIFY(!explain(QStringLiteral("3.1.1")));
        QVERIFY(!explain(QString()));
    }

    void everyReplyAndEnhancedCodeIsExplained()
    {
        // RFC 5321 §4.2.1: every code of the form [2-5][0-5]x has a meaning by its digits.
        for (int code = 200; code < 600; ++code) {
            if ((code / 10) % 10 > 5)
                continue;
            QVERIFY2(explainReplyCode(code), qPrintable(QString::number(code)));
        }
        // RFC 3463: every class.subject.detail is explained, registered details by name.
        for (const char *cls : {"2", "4", "5"}) {
            for (int subject = 0; subject <= 7; ++subject) {
                for (int detail = 0; detail <= 30; ++detail) {
                    const QString code = QStringLiteral("%1.%2.%3").arg(QLatin1String(cls)).arg(subject).arg(detail);
                    QVERIFY2(explainEnhancedCode(code), qPrintable(code));
                }
            }
        }
    }

    void sizes()
    {
        QCOMPARE(formatSize(10240000), QStringLiteral("9.8 MiB"));
        QCOMPARE(formatSize(35651584), QStringLiteral("34 MiB"));
        QCOMPARE(formatSize(52428800), QStringLiteral("50 MiB"));
        QCOMPARE(formatSize(2048), QStringLiteral("2 KiB"));
    }
};

QTEST_GUILESS_MAIN(TestDiagnoser)
#include "tst_diagnoser.moc"
