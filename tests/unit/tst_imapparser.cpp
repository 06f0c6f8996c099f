// Unit tests for the IMAP response parser (core/imap): response forms, literals, limits,
// incremental feeding at every byte boundary, and the LIST / capability / quoting helpers.

#include "imap/ImapMailbox.h"
#include "imap/ImapParser.h"
#include "imap/ImapStrings.h"

#include <QtTest>

using namespace md::imap;

Q_DECLARE_METATYPE(ImapParser::Error)

namespace {

/// Test rendering of a value: numbers as #n so that they differ from atoms, literals as
/// {n}bytes, quoted strings re-quoted, lists in parentheses.
QByteArray render(const ImapValue &v)
{
    switch (v.type) {
    case ImapValue::Type::Nil:
        return QByteArrayLiteral("NIL");
    case ImapValue::Type::Atom:
        return v.bytes;
    case ImapValue::Type::Number:
        return '#' + QByteArray::number(v.number);
    case ImapValue::Type::Quoted:
        return v.toDebugString();
    case ImapValue::Type::Literal:
        return '{' + QByteArray::number(v.bytes.size()) + '}' + v.bytes;
    case ImapValue::Type::List: {
        QByteArray out = "(";
        for (const ImapValue &child : v.items)
            out += (out.size() > 1 ? " " : "") + render(child);
        return out + ')';
    }
    }
    return "?";
}

QByteArray render(const QList<ImapValue> &values)
{
    QByteArray out;
    for (const ImapValue &v : values)
        out += (out.isEmpty() ? "" : " ") + render(v);
    return out;
}

QByteArray statusName(ImapResponse::Status s)
{
    switch (s) {
    case ImapResponse::Status::None: return "NONE";
    case ImapResponse::Status::Ok: return "OK";
    case ImapResponse::Status::No: return "NO";
    case ImapResponse::Status::Bad: return "BAD";
    case ImapResponse::Status::Preauth: return "PREAUTH";
    case ImapResponse::Status::Bye: return "BYE";
    }
    return "?";
}

/// One line describing every field of a response, compared against the expected rows.
QByteArray describe(const ImapResponse &r)
{
    QByteArray out;
    switch (r.type) {
    case ImapResponse::Type::Tagged: out = "tagged " + r.tag; break;
    case ImapResponse::Type::Untagged: out = "untagged"; break;
    case ImapResponse::Type::Continuation: out = "continuation"; break;
    }
    if (r.isUntagged() && r.tag != "*")
        out += " BADTAG=" + r.tag;
    if (r.isContinuation() && r.tag != "+")
        out += " BADTAG=" + r.tag;
    if (r.number)
        out += ' ' + QByteArray::number(*r.number);
    if (r.status != ImapResponse::Status::None) {
        out += " status=" + statusName(r.status);
        if (r.name != statusName(r.status))
            out += " NAME=" + r.name;
    } else if (!r.name.isEmpty()) {
        out += " name=" + r.name;
    }
    if (!r.code.isEmpty()) {
        out += " code=" + r.code;
        if (!r.codeArgs.isEmpty())
            out += '(' + render(r.codeArgs) + ')';
    } else if (!r.codeArgs.isEmpty()) {
        out += " ARGS WITHOUT CODE";
    }
    if (!r.values.isEmpty())
        out += " values=" + render(r.values);
    if (r.status != ImapResponse::Status::None || r.isContinuation())
        out += " text=\"" + r.text.toUtf8() + '"';
    else if (!r.text.isEmpty())
        out += " TEXT=" + r.text.toUtf8();
    return out;
}

struct Outcome {
    QList<QByteArray> responses;  ///< describe() of each response
    QList<QByteArray> raws;
    ImapParser::Error error = ImapParser::Error::None;
    qsizetype errorOffset = -1;
    QString errorString;

    bool operator==(const Outcome &o) const
    {
        return responses == o.responses && raws == o.raws && error == o.error
               && errorOffset == o.errorOffset && errorString == o.errorString;
    }
};

/// Feeds `input` in pieces ending at `cuts`, draining responses after every piece.
Outcome run(const QByteArray &input, const QList<qsizetype> &cuts,
            const ImapParser::Limits &limits = {})
{
    ImapParser parser(limits);
    Outcome outcome;
    qsizetype start = 0;
    QList<qsizetype> ends = cuts;
    ends.append(input.size());
    for (const qsizetype end : ends) {
        parser.feed(QByteArrayView(input).sliced(start, end - start));
        start = end;
        while (auto r = parser.next()) {
            outcome.responses.append(describe(*r));
            outcome.raws.append(r->raw);
        }
    }
    outcome.error = parser.error();
    outcome.errorOffset = parser.errorOffset();
    outcome.errorString = parser.errorString();
    return outcome;
}

/// Asserts that feeding `input` one byte at a time and in every two-piece split gives
/// exactly `expected`.
void verifyIncremental(const QByteArray &input, const Outcome &expected,
                       const ImapParser::Limits &limits = {})
{
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyByte.append(i);
    QVERIFY2(run(input, everyByte, limits) == expected, "byte-by-byte feeding differs");
    for (qsizetype i = 1; i < input.size(); ++i) {
        QVERIFY2(run(input, {i}, limits) == expected,
                 qPrintable(QStringLiteral("split at %1 differs").arg(i)));
    }
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '(') + QByteArray(depth, ')');
}

}  // namespace

class TestImapParser : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void errors_data();
    void errors();
    void literalSplitAcrossFeeds();
    void literalBeyondLimitIsRejectedBeforeItsData_data();
    void literalBeyondLimitIsRejectedBeforeItsData();
    void literalLimitBoundary();
    void longLineWithoutCrlfKeepsMemoryBounded();
    void longLineInOneHugeRead();
    void lineLengthLimitBoundary();
    void responseSizeLimit();
    void nestingLimitIsConfigurable();
    void severalResponsesAndBufferedBytes();
    void responsesBeforeAnErrorAreDelivered();
    void errorIsStickyUntilReset();
    void capabilities_data();
    void capabilities();
    void listResponses_data();
    void listResponses();
    void notListResponses_data();
    void notListResponses();
    void specialUseNames();
    void modifiedUtf7Decode_data();
    void modifiedUtf7Decode();
    void modifiedUtf7Encode_data();
    void modifiedUtf7Encode();
    void quoting_data();
    void quoting();
};

void TestImapParser::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("raw");

    const auto row = [](const char *name, const QByteArray &input, const QByteArray &expected,
                        const QByteArray &raw = {}) {
        QTest::newRow(name) << input << expected << (raw.isNull() ? input.chopped(2) : raw);
    };

    // Status responses (RFC 9051 §7.1)
    row("greeting",
        "* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN LOGINDISABLED] Dovecot ready.\r\n",
        "untagged status=OK code=CAPABILITY(IMAP4rev1 STARTTLS AUTH=PLAIN LOGINDISABLED) "
        "text=\"Dovecot ready.\"");
    row("preauth", "* PREAUTH [CAPABILITY IMAP4rev2] Logged in as joe\r\n",
        "untagged status=PREAUTH code=CAPABILITY(IMAP4rev2) text=\"Logged in as joe\"");
    row("bye", "* BYE Autologout; idle for too long\r\n",
        "untagged status=BYE text=\"Autologout; idle for too long\"");
    row("bye with code only", "* BYE [UNAVAILABLE]\r\n",
        "untagged status=BYE code=UNAVAILABLE text=\"\"");
    row("tagged ok", "a1 OK [CAPABILITY IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE] Logged in\r\n",
        "tagged a1 status=OK code=CAPABILITY(IMAP4rev1 SASL-IR LITERAL+ ID ENABLE IDLE) "
        "text=\"Logged in\"");
    row("tagged no", "a2 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n",
        "tagged a2 status=NO code=AUTHENTICATIONFAILED text=\"Authentication failed.\"");
    row("tagged bad", "a3 BAD Error in IMAP command received by server.\r\n",
        "tagged a3 status=BAD text=\"Error in IMAP command received by server.\"");
    row("tagged without text", "A0001 OK\r\n", "tagged A0001 status=OK text=\"\"");
    row("tag with bracket", "x]1 OK done\r\n", "tagged x]1 status=OK text=\"done\"");
    row("alert", "* OK [ALERT] System shutdown in 10 minutes\r\n",
        "untagged status=OK code=ALERT text=\"System shutdown in 10 minutes\"");
    row("unavailable", "* NO [UNAVAILABLE] Backend server is down\r\n",
        "untagged status=NO code=UNAVAILABLE text=\"Backend server is down\"");
    row("referral", "* OK [REFERRAL imap://user;AUTH=*@SERVER2/] Try server2\r\n",
        "untagged status=OK code=REFERRAL(imap://user;AUTH=*@SERVER2/) text=\"Try server2\"");
    row("uidvalidity", "* OK [UIDVALIDITY 1700000000] UIDs valid\r\n",
        "untagged status=OK code=UIDVALIDITY(#1700000000) text=\"UIDs valid\"");
    row("permanentflags", "* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n",
        "untagged status=OK code=PERMANENTFLAGS((\\Deleted \\Seen \\*)) text=\"Limited\"");
    row("lower case", "* ok [alert]hello\r\n", "untagged status=OK code=ALERT text=\"hello\"");
    row("code with quoted bracket", "* NO [BADCHARSET (\"]\" UTF-8)] bad\r\n",
        "untagged status=NO code=BADCHARSET((\"]\" UTF-8)) text=\"bad\"");
    row("literal in a code", "* NO [BADCHARSET ({5}\r\nUTF-8 \"X\")] no such charset\r\n",
        "untagged status=NO code=BADCHARSET(({5}UTF-8 \"X\")) text=\"no such charset\"",
        "* NO [BADCHARSET ({5} \"X\")] no such charset");
    row("unterminated code is text", "* OK [ALERT hi\r\n",
        "untagged status=OK text=\"[ALERT hi\"");
    row("bracket text", "a1 NO [ nothing here\r\n", "tagged a1 status=NO text=\"[ nothing here\"");
    row("{n} in resp-text is text", "* OK looks like a literal {5}\r\n",
        "untagged status=OK text=\"looks like a literal {5}\"");
    row("{n} after a code is text", "a1 NO [ALERT] {5}\r\n",
        "tagged a1 status=NO code=ALERT text=\"{5}\"");
    row("utf-8 text", "* OK Gr\xc3\xbc\xc3\x9f" "e\r\n",
        "untagged status=OK text=\"Gr\xc3\xbc\xc3\x9f" "e\"");

    // Continuation requests (§7.6)
    row("empty continuation", "+ \r\n", "continuation text=\"\"");
    row("bare plus", "+\r\n", "continuation text=\"\"");
    row("sasl challenge", "+ dGVzdA==\r\n", "continuation text=\"dGVzdA==\"");
    row("continuation {n} is text", "+ Ready for literal data {5}\r\n",
        "continuation text=\"Ready for literal data {5}\"");
    row("continuation with code", "+ [ALERT] go ahead\r\n",
        "continuation code=ALERT text=\"go ahead\"");

    // Data responses (§7.2-7.5)
    row("capability", "* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN\r\n",
        "untagged name=CAPABILITY values=IMAP4rev1 STARTTLS AUTH=PLAIN");
    row("list sent", "* LIST (\\HasNoChildren \\Sent) \"/\" Sent\r\n",
        "untagged name=LIST values=(\\HasNoChildren \\Sent) \"/\" Sent");
    row("list quoted name", "* LIST () \".\" \"Quoted \\\"name\\\" \\\\ here\"\r\n",
        "untagged name=LIST values=() \".\" \"Quoted \\\"name\\\" \\\\ here\"");
    row("list literal name", "* LIST () \"/\" {5}\r\nINBOX\r\n",
        "untagged name=LIST values=() \"/\" {5}INBOX", "* LIST () \"/\" {5}");
    row("list nil delimiter", "* LIST (\\Noselect) NIL \"\"\r\n",
        "untagged name=LIST values=(\\Noselect) NIL \"\"");
    row("list two literals", "* LIST () {1}\r\n/ {5}\r\nINBOX\r\n",
        "untagged name=LIST values=() {1}/ {5}INBOX", "* LIST () {1} {5}");
    row("exists", "* 3 EXISTS\r\n", "untagged 3 name=EXISTS");
    row("recent zero", "* 0 RECENT\r\n", "untagged 0 name=RECENT");
    row("flags", "* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)\r\n",
        "untagged name=FLAGS values=(\\Answered \\Flagged \\Deleted \\Seen \\Draft)");
    row("search empty", "* SEARCH\r\n", "untagged name=SEARCH");
    row("search", "* SEARCH 2 84 882 \r\n", "untagged name=SEARCH values=#2 #84 #882");
    row("status", "* STATUS blurdybloop (MESSAGES 231 UIDNEXT 44292)\r\n",
        "untagged name=STATUS values=blurdybloop (MESSAGES #231 UIDNEXT #44292)");
    row("id with nil", "* ID (\"name\" \"Dovecot\" \"version\" NIL)\r\n",
        "untagged name=ID values=(\"name\" \"Dovecot\" \"version\" NIL)");
    row("id nil", "* ID nil\r\n", "untagged name=ID values=NIL");
    row("escaped backslash", "* 1 FETCH (X-GM-LABELS (\"\\\\Important\" Work))\r\n",
        "untagged 1 name=FETCH values=(X-GM-LABELS (\"\\\\Important\" Work))");
    row("bodystructure",
        "* 1 FETCH (UID 7 BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL "
        "\"7BIT\" 12 1 NIL NIL NIL)(\"TEXT\" \"HTML\" (\"CHARSET\" \"us-ascii\") NIL NIL "
        "\"QUOTED-PRINTABLE\" 40 2 NIL NIL NIL) \"ALTERNATIVE\" (\"BOUNDARY\" \"xyz\") NIL "
        "NIL))\r\n",
        "untagged 1 name=FETCH values=(UID #7 BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" "
        "\"us-ascii\") NIL NIL \"7BIT\" #12 #1 NIL NIL NIL) (\"TEXT\" \"HTML\" (\"CHARSET\" "
        "\"us-ascii\") NIL NIL \"QUOTED-PRINTABLE\" #40 #2 NIL NIL NIL) \"ALTERNATIVE\" "
        "(\"BOUNDARY\" \"xyz\") NIL NIL))");
    {
        // A literal whose data looks like syntax: quotes, CRLF, another "{n}".
        const QByteArray data = "Subject: \"x\" {3}\r\n(\r\n";
        row("fetch literal with tricky data",
            "* 2 FETCH (BODY[HEADER.FIELDS (SUBJECT FROM)]<0> {" + QByteArray::number(data.size())
                + "}\r\n" + data + " FLAGS (\\Seen))\r\n",
            "untagged 2 name=FETCH values=(BODY[HEADER.FIELDS (SUBJECT FROM)]<0> {"
                + QByteArray::number(data.size()) + '}' + data + " FLAGS (\\Seen))",
            "* 2 FETCH (BODY[HEADER.FIELDS (SUBJECT FROM)]<0> {" + QByteArray::number(data.size())
                + "} FLAGS (\\Seen))");
    }
    row("section with quoted bracket", "* 1 FETCH (BODY[HEADER.FIELDS (\"X]\")] {2}\r\nab)\r\n",
        "untagged 1 name=FETCH values=(BODY[HEADER.FIELDS (\"X]\")] {2}ab)",
        "* 1 FETCH (BODY[HEADER.FIELDS (\"X]\")] {2})");
    row("non-synchronizing literal", "* 1 FETCH (BODY[] {3+}\r\nabc)\r\n",
        "untagged 1 name=FETCH values=(BODY[] {3}abc)", "* 1 FETCH (BODY[] {3+})");
    {
        const QByteArray binary("\0\1\r\n", 4);  // literal8 data may hold NUL (RFC 3516)
        row("literal8", "* 1 FETCH (BINARY[1] ~{4}\r\n" + binary + ")\r\n",
            "untagged 1 name=FETCH values=(BINARY[1] {4}" + binary + ')',
            "* 1 FETCH (BINARY[1] ~{4})");
    }
    row("empty literal", "* 1 FETCH (BODY[] {0}\r\n)\r\n",
        "untagged 1 name=FETCH values=(BODY[] {0})",
        "* 1 FETCH (BODY[] {0})");
    row("nesting at the limit", "* X " + nested(64) + "\r\n",
        "untagged name=X values=" + nested(64));
}

void TestImapParser::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, raw);

    const Outcome whole = run(input, {});
    QCOMPARE(whole.error, ImapParser::Error::None);
    QCOMPARE(whole.responses, QList<QByteArray>{expected});
    QCOMPARE(whole.raws, QList<QByteArray>{raw});
    verifyIncremental(input, whole);
}

void TestImapParser::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<ImapParser::Error>("error");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("lineStart");

    using E = ImapParser::Error;
    const auto row = [](const char *name, const QByteArray &input, E error, int offset,
                        const char *lineStart) {
        QTest::newRow(name) << input << error << offset << QString::fromUtf8(lineStart);
    };
    // The quote is open at the CRLF, so "{5}" is not a literal: the error comes at once.
    row("unterminated quote", "* LIST () \"/\" \"abc{5}\r\n", E::Syntax, 21,
        "* LIST () \"/\" \"abc{5}");
    row("literal without digits", "* 1 FETCH (BODY[] {abc}\r\n", E::Syntax, 19,
        "* 1 FETCH (BODY[] {abc}");
    row("literal without brace", "* 1 FETCH (BODY[] {5 )\r\n", E::Syntax, 20,
        "* 1 FETCH (BODY[] {5 )");
    row("literal not at line end", "* 1 FETCH (BODY[] {5} x)\r\n", E::Syntax, 21, "* 1 FETCH");
    row("garbage tag", "(foo OK hi\r\n", E::Syntax, 0, "(foo OK hi");
    row("control char in tag", "a\x01" "b OK hi\r\n", E::Syntax, 1, "a\\x01b OK hi");
    row("plus in tag", "a+1 OK hi\r\n", E::Syntax, 1, "a+1 OK hi");
    row("leading space", " OK hi\r\n", E::Syntax, 0, " OK hi");
    row("empty line", "\r\n", E::Syntax, 0, "");
    row("only a tag", "a1\r\n", E::Syntax, 2, "a1");
    row("tagged preauth", "a1 PREAUTH hi\r\n", E::Syntax, 3, "a1 PREAUTH hi");
    row("tagged data", "a1 CAPABILITY IMAP4rev1\r\n", E::Syntax, 3, "a1 CAPABILITY");
    row("stray paren", "* FLAGS (\\Seen))\r\n", E::Syntax, 15, "* FLAGS (\\Seen))");
    row("unterminated list", "* FLAGS (\\Seen\r\n", E::Syntax, 14, "* FLAGS (\\Seen");
    row("unterminated section", "* 1 FETCH (BODY[HEADER\r\n", E::Syntax, 22,
        "* 1 FETCH (BODY[HEADER");
    row("number out of range", "* 99999999999999999999999 EXISTS\r\n", E::Syntax, 2, "* 9999999");
    row("bare LF", "* OK hi\n", E::BareLineFeed, 7, "* OK hi");
    row("bare LF after CRLF line", "* OK a\r\n* OK b\n", E::BareLineFeed, 6, "* OK b");
    row("bare CR", "* OK a\rb\r\n", E::Syntax, 6, "* OK a\\x0db");
    row("NUL", QByteArray("* OK a\0b\r\n", 10), E::Syntax, 6, "* OK a\\x00b");
    row("error in the line after a literal", "* LIST () \"/\" {5}\r\nINBOX junk\"\r\n", E::Syntax,
        6, " junk\"");
    row("announced 4 GB literal", "* 1 FETCH (BODY[] {4294967296}\r\n", E::LiteralTooLarge, 18,
        "* 1 FETCH (BODY[] {4294967296}");
    row("absurd literal", "* 1 FETCH (BODY[] {99999999999999999999999999999}\r\n",
        E::LiteralTooLarge, 18, "* 1 FETCH");
    row("too deep", "* X " + nested(65) + "\r\n", E::NestingTooDeep, 4 + 64, "* X ((((");
    row("unterminated code with a literal", "* NO [BADCHARSET {2}\r\nab\r\n", E::Syntax, 0,
        "");
    row("too deep in a code", "* OK [X " + nested(65) + "] hi\r\n", E::NestingTooDeep, 8 + 64,
        "* OK [X ((((");
}

void TestImapParser::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(ImapParser::Error, error);
    QFETCH(int, offset);
    QFETCH(QString, lineStart);

    const Outcome whole = run(input, {});
    QVERIFY(whole.responses.isEmpty() || error == ImapParser::Error::BareLineFeed);
    QCOMPARE(whole.error, error);
    QCOMPARE(whole.errorOffset, offset);
    QVERIFY2(whole.errorString.contains(QLatin1Char('"') + lineStart),
             qPrintable(whole.errorString));
    QVERIFY2(whole.errorString.contains(QStringLiteral("byte %1").arg(offset)),
             qPrintable(whole.errorString));
    verifyIncremental(input, whole);
}

void TestImapParser::literalSplitAcrossFeeds()
{
    ImapParser parser;
    const QByteArray head = "* 1 FETCH (BODY[] {10}\r\n";
    parser.feed(head);
    parser.feed("01234");
    QVERIFY(!parser.hasResponse());
    QCOMPARE(parser.bufferedBytes(), head.size() + 5);
    parser.feed("56789");
    QVERIFY(!parser.hasResponse());
    parser.feed(")\r");
    QVERIFY(!parser.hasResponse());
    QVERIFY(!parser.hasError());
    parser.feed("\n* 2 EXISTS\r\n");
    const auto r = parser.next();
    QVERIFY(r);
    QCOMPARE(r->values.size(), 1);
    QCOMPARE(r->values[0].items.size(), 2);
    QCOMPARE(r->values[0].items[1].type, ImapValue::Type::Literal);
    QCOMPARE(r->values[0].items[1].bytes, QByteArray("0123456789"));
    QCOMPARE(r->raw, QByteArray("* 1 FETCH (BODY[] {10})"));
    QCOMPARE(parser.bufferedBytes(), 12);  // "* 2 EXISTS\r\n" is still waiting
    const auto exists = parser.next();
    QVERIFY(exists);
    QCOMPARE(exists->number, std::optional<quint64>(2));
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(!parser.next());
}

void TestImapParser::literalBeyondLimitIsRejectedBeforeItsData_data()
{
    QTest::addColumn<QByteArray>("announcement");
    QTest::addColumn<QString>("size");
    QTest::newRow("4 GB") << QByteArray("{4294967296}") << QStringLiteral("4294967296");
    QTest::newRow("4 GB non-synchronizing") << QByteArray("{4294967296+}")
                                            << QStringLiteral("4294967296");
    QTest::newRow("literal8") << QByteArray("~{4294967296}") << QStringLiteral("4294967296");
    QTest::newRow("64-bit overflow") << QByteArray("{18446744073709551617}")
                                     << QStringLiteral("18446744073709551617");
    QTest::newRow("one over the default") << QByteArray("{16777217}")
                                          << QStringLiteral("16777217");
}

void TestImapParser::literalBeyondLimitIsRejectedBeforeItsData()
{
    QFETCH(QByteArray, announcement);
    QFETCH(QString, size);
    ImapParser parser;
    parser.feed("* 1 FETCH (BODY[] " + announcement + "\r\n");
    // The error is there before a single byte of literal data arrived, and nothing of the
    // announced size was ever held.
    QCOMPARE(parser.error(), ImapParser::Error::LiteralTooLarge);
    QVERIFY2(parser.errorString().contains(size), qPrintable(parser.errorString()));
    QCOMPARE(parser.errorOffset(), 18);
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(parser.peakBufferedBytes() < 100);
    parser.feed(QByteArray(1000, 'x'));
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(!parser.next());
}

void TestImapParser::literalLimitBoundary()
{
    ImapParser::Limits limits;
    limits.maxLiteralSize = 10;
    {
        ImapParser parser(limits);
        parser.feed("* 1 FETCH (BODY[] {10}\r\n0123456789)\r\n");
        QVERIFY(!parser.hasError());
        QCOMPARE(parser.next()->values[0].items[1].bytes, QByteArray("0123456789"));
    }
    {
        ImapParser parser(limits);
        parser.feed("* 1 FETCH (BODY[] {11}\r\n");
        QCOMPARE(parser.error(), ImapParser::Error::LiteralTooLarge);
        QVERIFY(parser.errorString().contains(QLatin1String("limit is 10 bytes")));
    }
}

void TestImapParser::longLineWithoutCrlfKeepsMemoryBounded()
{
    ImapParser parser;
    const qsizetype limit = parser.limits().maxLineLength;
    const QByteArray chunk(64 * 1024, 'A');
    const qsizetype total = 10 * 1024 * 1024;
    qsizetype fed = 0;
    qsizetype fedAtError = -1;
    while (fed < total) {
        parser.feed(chunk);
        fed += chunk.size();
        QVERIFY2(parser.bufferedBytes() <= limit + chunk.size(),
                 qPrintable(QStringLiteral("%1 bytes buffered").arg(parser.bufferedBytes())));
        if (parser.hasError() && fedAtError < 0)
            fedAtError = fed;
    }
    QCOMPARE(parser.error(), ImapParser::Error::LineTooLong);
    QVERIFY(fedAtError > limit);
    QVERIFY(fedAtError <= limit + chunk.size());  // noticed within one read of the limit
    QCOMPARE(parser.bufferedBytes(), 0);          // released, and later input is ignored
    QVERIFY(parser.peakBufferedBytes() <= limit + chunk.size());
    QCOMPARE(parser.errorOffset(), limit);
    QVERIFY(parser.errorString().contains(QLatin1String("AAAAAAAA")));
    QVERIFY(!parser.next());
}

void TestImapParser::longLineInOneHugeRead()
{
    // Even when the whole 10 MB arrive in one read, the parser never holds much more than
    // the line limit.
    ImapParser parser;
    parser.feed(QByteArray(10 * 1024 * 1024, 'A'));
    QCOMPARE(parser.error(), ImapParser::Error::LineTooLong);
    QVERIFY2(parser.peakBufferedBytes() <= parser.limits().maxLineLength + 64 * 1024,
             qPrintable(QString::number(parser.peakBufferedBytes())));
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestImapParser::lineLengthLimitBoundary()
{
    ImapParser::Limits limits;
    limits.maxLineLength = 100;
    const QByteArray exact = "* OK " + QByteArray(95, 'x');
    QCOMPARE(exact.size(), 100);

    // Exactly at the limit, with the CRLF split across reads: fine.
    const Outcome ok = run(exact + "\r\n", {101}, limits);
    QCOMPARE(ok.error, ImapParser::Error::None);
    QCOMPARE(ok.responses.size(), 1);
    verifyIncremental(exact + "\r\n", ok, limits);

    // One byte more: an error as soon as the 101st byte arrives, without waiting for CRLF.
    ImapParser parser(limits);
    parser.feed(exact);
    QVERIFY(!parser.hasError());
    parser.feed("x");
    QCOMPARE(parser.error(), ImapParser::Error::LineTooLong);
    QCOMPARE(parser.errorOffset(), 100);

    // The limit counts each line of a response separately, not the literal data.
    ImapParser withLiteral(limits);
    withLiteral.feed("* 1 FETCH (BODY[] {300}\r\n" + QByteArray(300, 'y') + ")\r\n");
    QVERIFY(!withLiteral.hasError());
    QVERIFY(withLiteral.next());
}

void TestImapParser::responseSizeLimit()
{
    ImapParser::Limits limits;
    limits.maxResponseSize = 100;
    const QByteArray first = "* 1 FETCH (A {40}\r\n";  // 19 bytes
    const QByteArray data(40, 'd');

    const Outcome ok = run(first + data + ")\r\n", {}, limits);  // 62 bytes
    QCOMPARE(ok.error, ImapParser::Error::None);
    QCOMPARE(ok.responses.size(), 1);

    // The second literal would take the response to 19 + 40 + 5 + 40 + 3 > 100 bytes: the
    // error comes with its announcement, before its data.
    ImapParser parser(limits);
    parser.feed(first + data + " B {40}\r\n");
    QCOMPARE(parser.error(), ImapParser::Error::ResponseTooLarge);
    QCOMPARE(parser.bufferedBytes(), 0);
    QVERIFY(parser.errorString().contains(QLatin1String("100 bytes")));

    // Many lines, each short, add up too (here: literals of size 0).
    ImapParser lines(limits);
    QByteArray many = "* 1 FETCH (";
    for (int i = 0; i < 30; ++i)
        many += "A {0}\r\n";
    lines.feed(many);
    QCOMPARE(lines.error(), ImapParser::Error::ResponseTooLarge);
}

void TestImapParser::nestingLimitIsConfigurable()
{
    ImapParser::Limits limits;
    limits.maxNestingDepth = 3;
    QCOMPARE(run("* X " + nested(3) + "\r\n", {}, limits).error, ImapParser::Error::None);
    QCOMPARE(run("* X " + nested(4) + "\r\n", {}, limits).error,
             ImapParser::Error::NestingTooDeep);
    QCOMPARE(run("* X (() (()) (()))\r\n", {}, limits).error, ImapParser::Error::None);
    QCOMPARE(run("* X (() (()) ((())))\r\n", {}, limits).error,
             ImapParser::Error::NestingTooDeep);
}

void TestImapParser::severalResponsesAndBufferedBytes()
{
    // A server answering STARTTLS and injecting a response behind it in the same read: the
    // check sees the injection in bufferedBytes() once it took the tagged reply.
    ImapParser parser;
    const QByteArray injected = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n";
    parser.feed("a1 OK Begin TLS negotiation now\r\n" + injected + "a2");
    QCOMPARE(parser.bufferedBytes(), 33 + injected.size() + 2);
    const auto tagged = parser.next();
    QVERIFY(tagged);
    QCOMPARE(tagged->tag, QByteArray("a1"));
    QCOMPARE(parser.bufferedBytes(), injected.size() + 2);
    QVERIFY(parser.next());
    QCOMPARE(parser.bufferedBytes(), 2);
    QVERIFY(!parser.next());
    parser.reset();
    QCOMPARE(parser.bufferedBytes(), 0);
}

void TestImapParser::responsesBeforeAnErrorAreDelivered()
{
    ImapParser parser;
    parser.feed("* OK first\r\n* 2 EXISTS\r\n(junk\r\n* OK never\r\n");
    QVERIFY(parser.hasError());
    QCOMPARE(parser.next()->text, QStringLiteral("first"));
    QCOMPARE(parser.next()->name, QByteArray("EXISTS"));
    QVERIFY(!parser.next());
    QCOMPARE(parser.error(), ImapParser::Error::Syntax);
}

void TestImapParser::errorIsStickyUntilReset()
{
    ImapParser parser;
    parser.feed("* OK a\n");
    QCOMPARE(parser.error(), ImapParser::Error::BareLineFeed);
    const QString message = parser.errorString();
    parser.feed("* OK fine\r\n");
    QVERIFY(!parser.next());
    QCOMPARE(parser.error(), ImapParser::Error::BareLineFeed);
    QCOMPARE(parser.errorString(), message);

    parser.reset();
    QVERIFY(!parser.hasError());
    QVERIFY(parser.errorString().isEmpty());
    QCOMPARE(parser.errorOffset(), -1);
    parser.feed("* OK fine\r\n");
    QCOMPARE(parser.next()->text, QStringLiteral("fine"));
}

void TestImapParser::capabilities_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("present");
    QTest::addColumn<QByteArrayList>("expected");

    QTest::newRow("greeting code")
        << QByteArray("* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN LOGINDISABLED] ready\r\n")
        << true << QByteArrayList{"IMAP4REV1", "STARTTLS", "AUTH=PLAIN", "LOGINDISABLED"};
    QTest::newRow("data response")
        << QByteArray("* CAPABILITY imap4rev1 auth=plain Auth=XOAUTH2\r\n") << true
        << QByteArrayList{"IMAP4REV1", "AUTH=PLAIN", "AUTH=XOAUTH2"};
    QTest::newRow("tagged code") << QByteArray("a1 OK [CAPABILITY IMAP4rev2 IDLE] Logged in\r\n")
                                 << true << QByteArrayList{"IMAP4REV2", "IDLE"};
    QTest::newRow("other code") << QByteArray("* OK [ALERT] CAPABILITY soon\r\n") << false
                                << QByteArrayList{};
    QTest::newRow("plain ok") << QByteArray("a1 OK done\r\n") << false << QByteArrayList{};
    QTest::newRow("list") << QByteArray("* LIST () \"/\" CAPABILITY\r\n") << false
                          << QByteArrayList{};
}

void TestImapParser::capabilities()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, present);
    QFETCH(QByteArrayList, expected);
    ImapParser parser;
    parser.feed(input);
    const auto r = parser.next();
    QVERIFY(r);
    const auto caps = r->capabilities();
    QCOMPARE(caps.has_value(), present);
    if (present)
        QCOMPARE(*caps, expected);
}

void TestImapParser::listResponses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("utf8Names");
    QTest::addColumn<QByteArrayList>("attributes");
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<QByteArray>("encodedName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("nameValid");
    QTest::addColumn<QList<int>>("specialUses");
    QTest::addColumn<bool>("selectable");
    QTest::addColumn<bool>("inbox");

    const auto use = [](SpecialUse u) { return static_cast<int>(u); };
    QTest::newRow("sent") << QByteArray("* LIST (\\HasNoChildren \\Sent) \"/\" Sent\r\n") << false
                          << QByteArrayList{"\\HasNoChildren", "\\Sent"} << QByteArray("/")
                          << QByteArray("Sent") << QStringLiteral("Sent") << true
                          << QList<int>{use(SpecialUse::Sent)} << true << false;
    QTest::newRow("quoted") << QByteArray("* LIST () \".\" \"Quoted \\\"name\\\"\"\r\n") << false
                            << QByteArrayList{} << QByteArray(".")
                            << QByteArray("Quoted \"name\"") << QStringLiteral("Quoted \"name\"")
                            << true << QList<int>{} << true << false;
    QTest::newRow("literal inbox") << QByteArray("* LIST () \"/\" {5}\r\ninbox\r\n") << false
                                   << QByteArrayList{} << QByteArray("/") << QByteArray("inbox")
                                   << QStringLiteral("inbox") << true << QList<int>{} << true
                                   << true;
    QTest::newRow("modified utf-7") << QByteArray("* LIST () \"/\" &AOQ-\r\n") << false
                                    << QByteArrayList{} << QByteArray("/") << QByteArray("&AOQ-")
                                    << QStringLiteral("\u00e4") << true << QList<int>{} << true
                                    << false;
    QTest::newRow("drafts utf-7")
        << QByteArray("* LIST (\\Drafts \\HasNoChildren) \".\" \"INBOX.Entw&APw-rfe\"\r\n")
        << false << QByteArrayList{"\\Drafts", "\\HasNoChildren"} << QByteArray(".")
        << QByteArray("INBOX.Entw&APw-rfe") << QStringLiteral("INBOX.Entw\u00fcrfe") << true
        << QList<int>{use(SpecialUse::Drafts)} << true << false;
    QTest::newRow("nil delimiter, noselect")
        << QByteArray("* LIST (\\Noselect \\HasChildren) NIL \"[Gmail]\"\r\n") << false
        << QByteArrayList{"\\Noselect", "\\HasChildren"} << QByteArray() << QByteArray("[Gmail]")
        << QStringLiteral("[Gmail]") << true << QList<int>{} << false << false;
    QTest::newRow("several special uses, any case")
        << QByteArray("* LIST (\\all \\ARCHIVE \\Junk \\Trash \\Flagged) \"/\" Stuff\r\n") << false
        << QByteArrayList{"\\all", "\\ARCHIVE", "\\Junk", "\\Trash", "\\Flagged"}
        << QByteArray("/") << QByteArray("Stuff") << QStringLiteral("Stuff") << true
        << QList<int>{use(SpecialUse::All), use(SpecialUse::Archive), use(SpecialUse::Junk),
                      use(SpecialUse::Trash), use(SpecialUse::Flagged)}
        << true << false;
    QTest::newRow("nonexistent, extended data")
        << QByteArray("* LIST (\\NonExistent) \"/\" Gone (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n")
        << false << QByteArrayList{"\\NonExistent"} << QByteArray("/") << QByteArray("Gone")
        << QStringLiteral("Gone") << true << QList<int>{} << false << false;
    QTest::newRow("utf-8 name (IMAP4rev2)")
        << QByteArray("* LIST () \"/\" \"Entw\xc3\xbcrfe\"\r\n") << true << QByteArrayList{}
        << QByteArray("/") << QByteArray("Entw\xc3\xbcrfe") << QStringLiteral("Entw\u00fcrfe")
        << true << QList<int>{} << true << false;
    QTest::newRow("raw utf-8 where modified utf-7 is due")
        << QByteArray("* LIST () \"/\" \"Entw\xc3\xbcrfe\"\r\n") << false << QByteArrayList{}
        << QByteArray("/") << QByteArray("Entw\xc3\xbcrfe") << QStringLiteral("Entw\u00fcrfe")
        << false << QList<int>{} << true << false;
    QTest::newRow("lsub") << QByteArray("* LSUB () \"/\" Trash\r\n") << false << QByteArrayList{}
                          << QByteArray("/") << QByteArray("Trash") << QStringLiteral("Trash")
                          << true << QList<int>{} << true << false;
}

void TestImapParser::listResponses()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, utf8Names);
    QFETCH(QByteArrayList, attributes);
    QFETCH(QByteArray, delimiter);
    QFETCH(QByteArray, encodedName);
    QFETCH(QString, name);
    QFETCH(bool, nameValid);
    QFETCH(QList<int>, specialUses);
    QFETCH(bool, selectable);
    QFETCH(bool, inbox);

    ImapParser parser;
    parser.feed(input);
    const auto r = parser.next();
    QVERIFY2(r, qPrintable(parser.errorString()));
    const auto info = parseListResponse(*r, utf8Names);
    QVERIFY(info);
    QCOMPARE(info->attributes, attributes);
    QCOMPARE(info->delimiter, delimiter);
    QCOMPARE(info->encodedName, encodedName);
    QCOMPARE(info->name, name);
    QCOMPARE(info->nameValid, nameValid);
    QList<int> uses;
    for (const SpecialUse u : info->specialUses)
        uses.append(static_cast<int>(u));
    QCOMPARE(uses, specialUses);
    QCOMPARE(info->isSelectable(), selectable);
    QCOMPARE(info->isInbox(), inbox);
}

void TestImapParser::notListResponses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("exists") << QByteArray("* 3 EXISTS\r\n");
    QTest::newRow("too few values") << QByteArray("* LIST (\\Sent) \"/\"\r\n");
    QTest::newRow("flags not a list") << QByteArray("* LIST \\Sent \"/\" Sent\r\n");
    QTest::newRow("delimiter is a list") << QByteArray("* LIST () (\"/\") Sent\r\n");
    QTest::newRow("name is a list") << QByteArray("* LIST () \"/\" (Sent)\r\n");
    QTest::newRow("name is NIL") << QByteArray("* LIST () \"/\" NIL\r\n");
    QTest::newRow("status") << QByteArray("* OK LIST () \"/\" Sent\r\n");
}

void TestImapParser::notListResponses()
{
    QFETCH(QByteArray, input);
    ImapParser parser;
    parser.feed(input);
    const auto r = parser.next();
    QVERIFY(r);
    QVERIFY(!parseListResponse(*r));
}

void TestImapParser::specialUseNames()
{
    const SpecialUse all[] = {SpecialUse::All,  SpecialUse::Archive, SpecialUse::Drafts,
                              SpecialUse::Flagged, SpecialUse::Junk, SpecialUse::Sent,
                              SpecialUse::Trash};
    for (const SpecialUse u : all) {
        const QByteArray attribute = specialUseAttribute(u);
        QVERIFY(attribute.startsWith('\\'));
        QCOMPARE(specialUseFromAttribute(attribute), std::optional<SpecialUse>(u));
        QCOMPARE(specialUseFromAttribute(attribute.toLower()), std::optional<SpecialUse>(u));
    }
    QCOMPARE(specialUseAttribute(SpecialUse::Junk), QByteArray("\\Junk"));
    QVERIFY(!specialUseFromAttribute("\\HasChildren"));
    QVERIFY(!specialUseFromAttribute("Sent"));
}

void TestImapParser::modifiedUtf7Decode_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::addColumn<QString>("decoded");
    QTest::addColumn<bool>("valid");

    QTest::newRow("ascii") << QByteArray("INBOX.Sent Items") << QStringLiteral("INBOX.Sent Items")
                           << true;
    QTest::newRow("a umlaut") << QByteArray("&AOQ-") << QStringLiteral("\u00e4") << true;
    QTest::newRow("ampersand") << QByteArray("Tom &- Jerry") << QStringLiteral("Tom & Jerry")
                               << true;
    QTest::newRow("rfc 3501 example")
        << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-")
        << QStringLiteral("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e") << true;
    QTest::newRow("surrogate pair") << QByteArray("&2D3eAA-") << QStringLiteral("\U0001F600")
                                    << true;
    QTest::newRow("unterminated") << QByteArray("&AOQ") << QStringLiteral("&AOQ") << false;
    QTest::newRow("bad base64 char") << QByteArray("&A.Q-") << QString() << false;
    QTest::newRow("8-bit byte") << QByteArray("Entw\xfcrfe") << QStringLiteral("Entw\u00fcrfe")
                                << false;
    QTest::newRow("encoded ascii") << QByteArray("&AGE-") << QStringLiteral("a") << false;
    QTest::newRow("nonzero padding") << QByteArray("&AOR-") << QString() << false;
    QTest::newRow("lone surrogate") << QByteArray("&2D0-") << QString() << false;
}

void TestImapParser::modifiedUtf7Decode()
{
    QFETCH(QByteArray, encoded);
    QFETCH(QString, decoded);
    QFETCH(bool, valid);
    bool ok = !valid;
    const QString result = decodeModifiedUtf7(encoded, &ok);
    QCOMPARE(ok, valid);
    if (!decoded.isNull())
        QCOMPARE(result, decoded);
}

void TestImapParser::modifiedUtf7Encode_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("ascii") << QStringLiteral("Sent") << QByteArray("Sent");
    QTest::newRow("umlaut") << QStringLiteral("Entw\u00fcrfe") << QByteArray("Entw&APw-rfe");
    QTest::newRow("ampersand") << QStringLiteral("A&B") << QByteArray("A&-B");
    QTest::newRow("rfc 3501 example")
        << QStringLiteral("~peter/mail/\u53f0\u5317/\u65e5\u672c\u8a9e")
        << QByteArray("~peter/mail/&U,BTFw-/&ZeVnLIqe-");
    QTest::newRow("emoji") << QStringLiteral("\U0001F600") << QByteArray("&2D3eAA-");
}

void TestImapParser::modifiedUtf7Encode()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, encoded);
    QCOMPARE(encodeModifiedUtf7(name), encoded);
    bool ok = false;
    QCOMPARE(decodeModifiedUtf7(encoded, &ok), name);
    QVERIFY(ok);
}

void TestImapParser::quoting_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("allowUtf8");
    QTest::addColumn<QByteArray>("quoted");  // null: a literal is needed

    QTest::newRow("plain") << QByteArray("user@example.org") << false
                           << QByteArray("\"user@example.org\"");
    QTest::newRow("empty") << QByteArray("") << false << QByteArray("\"\"");
    QTest::newRow("escapes") << QByteArray("pa\"ss\\word") << false
                             << QByteArray("\"pa\\\"ss\\\\word\"");
    QTest::newRow("CR") << QByteArray("a\rb") << false << QByteArray();
    QTest::newRow("LF") << QByteArray("a\nb") << false << QByteArray();
    QTest::newRow("NUL") << QByteArray("a\0b", 3) << true << QByteArray();
    QTest::newRow("8-bit") << QByteArray("p\xc3\xa4ss") << false << QByteArray();
    QTest::newRow("utf-8 allowed") << QByteArray("p\xc3\xa4ss") << true
                                   << QByteArray("\"p\xc3\xa4ss\"");
    QTest::newRow("invalid utf-8") << QByteArray("p\xe4ss") << true << QByteArray();
}

void TestImapParser::quoting()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, allowUtf8);
    QFETCH(QByteArray, quoted);
    const auto result = quoteString(input, allowUtf8);
    QCOMPARE(result.has_value(), !quoted.isNull());
    if (result) {
        QCOMPARE(*result, quoted);
        // What we quote, our own parser reads back unchanged.
        ImapParser parser;
        parser.feed("* X " + *result + "\r\n");
        const auto r = parser.next();
        QVERIFY(r);
        QCOMPARE(r->values.size(), 1);
        QCOMPARE(r->values[0].type, ImapValue::Type::Quoted);
        QCOMPARE(r->values[0].bytes, input);
    }
    QCOMPARE(literalPrefix(input.size(), false), '{' + QByteArray::number(input.size()) + '}');
    QCOMPARE(literalPrefix(12, true), QByteArray("{12+}"));
}

QTEST_GUILESS_MAIN(TestImapParser)
#include "tst_imapparser.moc"
