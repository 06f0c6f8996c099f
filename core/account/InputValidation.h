#pragma once

#include <QString>

namespace md::input {

// Checks for values that go on the wire. The protocol checks call them where they build the
// command that carries the value, so text from any front end (a CLI argument, a GUI field, a
// saved profile) is held to the same rules. Each returns empty when the value is usable, else
// one translated sentence that names the field and says what is wrong (controls shown escaped).

/// A mail address for MAIL FROM:<…> / RCPT TO:<…> (RFC 5321 §4.1.2): local-part@domain, no
/// spaces, angle brackets or control characters. An empty sender is the null reverse-path "<>".
[[nodiscard]] QString senderAddressProblem(const QString &address);
[[nodiscard]] QString recipientAddressProblem(const QString &address);

/// A server host name or IP address: non-empty, no whitespace, controls or URL punctuation.
[[nodiscard]] QString hostNameProblem(const QString &host);

/// The EHLO/HELO argument (RFC 5321 §4.1.1.1): printable ASCII without spaces.
[[nodiscard]] QString ehloNameProblem(const QString &name);

/// A user name for LOGIN or SASL: no NUL, CR or LF (RFC 4616 §2 forbids NUL; no line can
/// carry CR or LF).
[[nodiscard]] QString userNameProblem(const QString &user);

/// `text` with control characters shown as \r, \n, \0 or \xHH, for messages.
[[nodiscard]] QString escapeControls(const QString &text);

}  // namespace md::input
