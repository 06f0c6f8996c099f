#pragma once

#include <QString>

namespace md {

/// Why a check stopped, in machine terms (the diagnoser maps it to findings). It lives in net/,
/// the lowest layer that reports failures, so that net/ needs nothing from check/.
enum class FailureKind {
    None,
    HostNotFound,  ///< the name does not resolve
    ResolveTimeout,  ///< the name service did not answer in time
    ConnectionRefused,
    ConnectTimeout,
    TlsHandshake,  ///< the handshake failed for a reason other than verification
    TlsVerification,  ///< the certificate did not verify
    GreetingTimeout,  ///< connected, but the server said nothing
    ReplyTimeout,  ///< the server went silent after a command
    Closed,  ///< the server hung up
    ProtocolError,  ///< the server broke the protocol (malformed or oversized reply)
    Rejected,  ///< the server answered with a failure reply
    StartTlsUnavailable,
    StartTlsInjection,  ///< bytes arrived behind the STARTTLS reply before the handshake
    AuthUnavailable,  ///< no usable mechanism, or none offered
    PlaintextRefused,  ///< we refused to send credentials unencrypted
    AuthMechanism,  ///< the SASL exchange itself failed on our side (e.g. SCRAM proof wrong)
    PreauthUnencrypted,
    Usage,  ///< the settings themselves are unusable
    Cancelled,  ///< the user (or the front end) stopped the check
    ProxyUnreachable,  ///< the proxy itself could not be reached (refused, timed out, name unknown)
    ProxyAuthFailed,  ///< the proxy refused our credentials (or wants some)
    ProxyRefused  ///< the proxy could not or would not reach the server
};

/// The stable name of a failure kind ("tls_verification"), as in the JSON's failure.kind.
[[nodiscard]] QString toString(FailureKind kind);

}  // namespace md
