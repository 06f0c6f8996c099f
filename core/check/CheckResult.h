#pragma once

#include "account/ServerSettings.h"
#include "net/FailureKind.h"
#include "net/TlsReport.h"
#include "transcript/TranscriptEvent.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace md {

/// One step of a check (greeting, EHLO, STARTTLS, AUTH, …) with its outcome.
struct Step {
    enum class Status { Ok, Failed, Skipped, Warning };
    QString name;       ///< stable id: "connect", "greeting", "ehlo", "starttls", "auth", …
    Status status = Status::Ok;
    qint64 startMs = 0; ///< when it began, relative to the check's start
    qint64 ms = 0;      ///< how long it took
    QString detail;     ///< one line for a person (translated)
    int replyCode = 0;  ///< the server's reply code for this step (SMTP), 0 if none
    QString enhancedCode;  ///< RFC 3463 code when the server sent one ("5.7.8")
    QString serverText;    ///< the server's own words for this step's final reply
    QString responseCode;  ///< IMAP response code of the final response ("AUTHENTICATIONFAILED")
};

/// A plain-language finding derived from a result (filled by the diagnoser).
struct Finding {
    enum class Severity { Error, Warning, Info };
    QString code;       ///< stable, e.g. "auth.failed"
    Severity severity = Severity::Error;
    QString title;
    QString detail;
    QVariantMap fix;    ///< a concrete settings change, e.g. {"port": 465, "security": "tls"}
};

[[nodiscard]] QString toString(Step::Status status);
[[nodiscard]] QString toString(Finding::Severity severity);

/// What a check learnt on the way, typed, so that the diagnoser and the views never parse
/// transcript lines (which are for people, and translated).
struct CheckFacts {
    QString banner;        ///< the server's first line, as received (echoed secrets masked)
    QString mechanism;     ///< the SASL mechanism used ("PLAIN", "XOAUTH2"), or "LOGIN" (also IMAP's LOGIN command)
    QString saslError;     ///< the server's decoded SASL error report (OAuth's JSON, SCRAM's e=), in words
    bool preauth = false;  ///< IMAP: the greeting was PREAUTH (RFC 9051 §7.1.4)
    QStringList alerts;    ///< IMAP: [ALERT] texts received inside TLS (never the unencrypted ones)
    QString referral;      ///< IMAP: the [REFERRAL url] (RFC 2221) a login was answered with
};

/// Everything a check produced. Renderers and the diagnoser read only this.
struct CheckResult {
    Protocol protocol = Protocol::Smtp;
    QString host;
    quint16 port = 0;
    Security security = Security::StartTls;
    bool ok = false;

    QList<Step> steps;
    QString connectedAddress;     ///< the address that answered, e.g. "127.0.0.1"
    bool ipv6 = false;
    std::optional<TlsReport> tls; ///< set once a handshake was attempted
    bool pinConfigured = false;   ///< the user pinned a server key (--pin-spki) for this check
    QStringList capabilitiesBeforeTls;
    QStringList capabilitiesAfterTls;
    Transcript transcript;
    QList<Finding> findings;

    FailureKind failure = FailureKind::None;
    QString failedStep;           ///< name of the step that failed
    QString failureMessage;       ///< why, in words (translated)

    CheckFacts facts;             ///< typed facts for the diagnoser and the views
    QJsonObject protocolFacts;    ///< protocol-specific facts for the JSON output (IMAP: folders, inbox, …)
    qint64 totalMs = 0;

    [[nodiscard]] const Step *step(const QString &name) const;
};

}  // namespace md
