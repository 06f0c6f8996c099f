#include "FailureKind.h"

namespace md {

QString toString(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None:
        return QStringLiteral("none");
    case FailureKind::HostNotFound:
        return QStringLiteral("host_not_found");
    case FailureKind::ResolveTimeout:
        return QStringLiteral("resolve_timeout");
    case FailureKind::ConnectionRefused:
        return QStringLiteral("connection_refused");
    case FailureKind::ConnectTimeout:
        return QStringLiteral("connect_timeout");
    case FailureKind::TlsHandshake:
        return QStringLiteral("tls_handshake");
    case FailureKind::TlsVerification:
        return QStringLiteral("tls_verification");
    case FailureKind::GreetingTimeout:
        return QStringLiteral("greeting_timeout");
    case FailureKind::ReplyTimeout:
        return QStringLiteral("reply_timeout");
    case FailureKind::Closed:
        return QStringLiteral("closed");
    case FailureKind::ProtocolError:
        return QStringLiteral("protocol_error");
    case FailureKind::Rejected:
        return QStringLiteral("rejected");
    case FailureKind::StartTlsUnavailable:
        return QStringLiteral("starttls_unavailable");
    case FailureKind::StartTlsInjection:
        return QStringLiteral("starttls_injection");
    case FailureKind::AuthUnavailable:
        return QStringLiteral("auth_unavailable");
    case FailureKind::PlaintextRefused:
        return QStringLiteral("plaintext_refused");
    case FailureKind::AuthMechanism:
        return QStringLiteral("auth_mechanism");
    case FailureKind::PreauthUnencrypted:
        return QStringLiteral("preauth_unencrypted");
    case FailureKind::Usage:
        return QStringLiteral("usage");
    case FailureKind::Cancelled:
        return QStringLiteral("cancelled");
    case FailureKind::ProxyUnreachable:
        return QStringLiteral("proxy_unreachable");
    case FailureKind::ProxyAuthFailed:
        return QStringLiteral("proxy_auth_failed");
    case FailureKind::ProxyRefused:
        return QStringLiteral("proxy_refused");
    }
    return {};
}

}  // namespace md
