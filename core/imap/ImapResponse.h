#pragma once

#include "ImapValue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace md::imap {

/// One complete server response (RFC 9051 §7, grammar §9 "response"), as ImapParser builds it.
struct ImapResponse {
    enum class Type {
        Tagged,       ///< completes a command: "a1 OK ..." (§7.1)
        Untagged,     ///< "* ...": status (§7.1) or data (§7.2-7.5)
        Continuation  ///< "+ ...": the server wants more (§7.6), e.g. a SASL challenge
    };
    /// Status of a status response (§7.1); None for data responses and continuations.
    enum class Status { None, Ok, No, Bad, Preauth, Bye };

    Type type = Type::Untagged;
    QByteArray tag;  ///< the command tag, "*" when untagged, "+" for a continuation
    Status status = Status::None;

    /// Response code (§7.1) upper-cased, e.g. "CAPABILITY", "ALERT", "AUTHENTICATIONFAILED",
    /// "UIDVALIDITY", "REFERRAL"; empty when there is none.
    QByteArray code;
    QList<ImapValue> codeArgs;  ///< the code's arguments, e.g. (\Seen \*) or 1700000000

    /// Human-readable text (resp-text) of a status response, decoded as UTF-8 (RFC 9051 §9
    /// "text"); for a continuation everything after "+ ", e.g. a base64 SASL challenge.
    QString text;

    /// Upper-cased response name: "OK"/"NO"/... for status responses, "CAPABILITY", "LIST",
    /// "EXISTS", "FETCH", ... for data responses; empty for continuations.
    QByteArray name;
    std::optional<quint64> number;  ///< the message number of "* 3 EXISTS", "* 1 FETCH (...)"
    QList<ImapValue> values;        ///< data responses: every value after the name

    /// The response as received, for the transcript: CRLFs removed, each literal kept as its
    /// "{n}" announcement with its data left out.
    QByteArray raw;

    [[nodiscard]] bool isTagged() const { return type == Type::Tagged; }
    [[nodiscard]] bool isUntagged() const { return type == Type::Untagged; }
    [[nodiscard]] bool isContinuation() const { return type == Type::Continuation; }

    /// Capabilities (RFC 9051 §7.2.2) upper-cased, from "* CAPABILITY ..." or from a
    /// "[CAPABILITY ...]" response code (§7.1); nullopt when the response carries neither.
    [[nodiscard]] std::optional<QList<QByteArray>> capabilities() const;
};

}  // namespace md::imap
