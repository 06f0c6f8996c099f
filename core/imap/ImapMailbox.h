#pragma once

#include "ImapResponse.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace md::imap {

/// Special-use mailbox attributes (RFC 6154 §2).
enum class SpecialUse { All, Archive, Drafts, Flagged, Junk, Sent, Trash };

/// The special use an attribute such as "\Sent" names (case-insensitive), or nullopt.
[[nodiscard]] std::optional<SpecialUse> specialUseFromAttribute(QByteArrayView attribute);
/// The attribute for a special use, e.g. "\Sent".
[[nodiscard]] QByteArray specialUseAttribute(SpecialUse use);

/// One mailbox from a LIST or LSUB response (RFC 9051 §7.3.1, RFC 3501 §7.2.2-7.2.3).
struct MailboxInfo {
    QList<QByteArray> attributes;  ///< as sent, e.g. "\HasNoChildren", "\Sent"
    QByteArray delimiter;          ///< hierarchy delimiter, e.g. "/"; empty when NIL (flat)
    QByteArray encodedName;        ///< the name as sent (modified UTF-7 or UTF-8)
    QString name;                  ///< the decoded name
    bool nameValid = true;         ///< false when encodedName broke its encoding
    QList<SpecialUse> specialUses;

    /// Case-insensitive attribute test, e.g. hasAttribute("\\Noselect").
    [[nodiscard]] bool hasAttribute(QByteArrayView attribute) const;
    /// False for \Noselect and \NonExistent mailboxes (RFC 9051 §7.3.1).
    [[nodiscard]] bool isSelectable() const;
    /// INBOX is case-insensitive (RFC 9051 §5.1).
    [[nodiscard]] bool isInbox() const;
};

/// The mailbox described by an untagged LIST or LSUB response, or nullopt when `response` is
/// not one or is malformed. Names are decoded from modified UTF-7 (RFC 3501 §5.1.3) unless
/// `utf8Names` (IMAP4rev2 or UTF8=ACCEPT enabled, RFC 9051 §5.1): then as UTF-8. A name that
/// is not valid in its encoding is decoded as UTF-8 with nameValid = false.
[[nodiscard]] std::optional<MailboxInfo> parseListResponse(const ImapResponse &response,
                                                           bool utf8Names = false);

}  // namespace md::imap
