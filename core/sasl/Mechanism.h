#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

namespace md::sasl {

/// What a mechanism may use. Secrets stay here and in the mechanism; only redacted
/// descriptions (Step::display) ever reach a transcript.
struct Credentials {
    QString user;      ///< authentication identity (authcid)
    QString password;  ///< for password mechanisms
    QString token;     ///< OAuth2 access token, for XOAUTH2 / OAUTHBEARER
    QString host;      ///< server host name (OAUTHBEARER's host=)
    quint16 port = 0;  ///< server port (OAUTHBEARER's port=)
};

/// One move of the client in a SASL exchange (RFC 4422 §3).
struct Step {
    enum class Kind {
        Respond,  ///< send `response` (raw bytes; the protocol base64-encodes them)
        Done,     ///< the exchange is complete from the client's side
        Fail      ///< stop: `error` says why (the protocol cancels with "*")
    };
    Kind kind = Kind::Respond;
    QByteArray response;  ///< raw (not base64) bytes to send; may be empty
    QString display;      ///< what the transcript shows instead of `response`: secrets masked
    QString error;        ///< translated reason, when kind == Fail

    static Step respond(QByteArray bytes, QString display)
    {
        return {Kind::Respond, std::move(bytes), std::move(display), {}};
    }
    static Step done() { return {Kind::Done, {}, {}, {}}; }
    static Step fail(QString why) { return {Kind::Fail, {}, {}, std::move(why)}; }
};

/// A client-side SASL mechanism. One object per authentication attempt.
class Mechanism
{
public:
    virtual ~Mechanism() = default;

    /// IANA name, e.g. "SCRAM-SHA-256".
    [[nodiscard]] virtual QByteArray name() const = 0;

    /// True when the mechanism is client-first (RFC 4422 §3.3): initialResponse() is valid.
    [[nodiscard]] virtual bool hasInitialResponse() const = 0;

    /// The client's first message, for client-first mechanisms.
    [[nodiscard]] virtual Step initialResponse() = 0;

    /// Answer a server challenge (already base64-decoded).
    [[nodiscard]] virtual Step challenge(const QByteArray &decoded) = 0;

    /// The server said the exchange succeeded (SMTP 235, IMAP tagged OK). A mechanism with
    /// mutual authentication (SCRAM) fails here when the server never proved itself.
    /// `additionalData` is the decoded success data, when the server sent any with it.
    [[nodiscard]] virtual Step serverSuccess(const QByteArray &additionalData)
    {
        Q_UNUSED(additionalData);
        return Step::done();
    }

    /// True when the mechanism puts the password itself on the wire (PLAIN, LOGIN): such a
    /// mechanism must never run over an unencrypted connection unless the user allowed it.
    [[nodiscard]] virtual bool exposesPassword() const = 0;

    /// Human-readable decode of a server challenge for the transcript (no secrets come from
    /// the server, but some challenges are opaque; default: the decoded text when printable).
    [[nodiscard]] virtual QString describeChallenge(const QByteArray &decoded) const;

    /// What the server itself reported inside the exchange, for a finding: SCRAM's "e=" value,
    /// the OAuth JSON error (status, scope). Empty when the server reported nothing there.
    [[nodiscard]] virtual QString serverErrorDetail() const { return {}; }
    /// The server's error report as it was sent, for the result's typed facts (OAuth: the JSON
    /// of RFC 7628 §3.2.2, compacted). Defaults to serverErrorDetail().
    [[nodiscard]] virtual QString serverErrorReport() const { return serverErrorDetail(); }
};

/// Creates the mechanism named `name` (case-insensitive) or nullptr when unsupported.
[[nodiscard]] std::unique_ptr<Mechanism> createMechanism(const QByteArray &name,
                                                         const Credentials &credentials);

/// The mechanisms createMechanism() knows, strongest first.
[[nodiscard]] QList<QByteArray> supportedMechanisms();

/// A password mask for transcripts: never depends on the password's length.
inline QString mask() { return QStringLiteral("••••••••"); }

}  // namespace md::sasl
