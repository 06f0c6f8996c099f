#pragma once

#include <QList>
#include <QString>

namespace md {

/// One line of the live transcript. Text is already redacted when the event is created:
/// secrets are masked where they are produced (the SASL mechanism), never grepped later.
struct TranscriptEvent {
    enum class Kind {
        Sent,      ///< a command line the client sent
        Received,  ///< a reply line the server sent
        Tls,       ///< a TLS event: handshake start/finish, certificate verdict
        Info,      ///< what the checker is doing (resolving, connecting, …)
        Error      ///< why the check stopped
    };
    qint64 ms = 0;           ///< elapsed since the check started
    Kind kind = Kind::Info;
    QString text;
    bool encrypted = false;  ///< the line travelled inside TLS
};

using Transcript = QList<TranscriptEvent>;

/// "sent", "received", "tls", "info", "error" (the JSON `kind`).
[[nodiscard]] QString kindName(TranscriptEvent::Kind kind);

}  // namespace md
