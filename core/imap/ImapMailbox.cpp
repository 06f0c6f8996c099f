#include "ImapMailbox.h"

#include "ImapStrings.h"

namespace md::imap {

namespace {

struct SpecialUseName {
    SpecialUse use;
    const char *attribute;
};

constexpr SpecialUseName kSpecialUses[] = {
    {SpecialUse::All, "\\All"},         {SpecialUse::Archive, "\\Archive"},
    {SpecialUse::Drafts, "\\Drafts"},   {SpecialUse::Flagged, "\\Flagged"},
    {SpecialUse::Junk, "\\Junk"},       {SpecialUse::Sent, "\\Sent"},
    {SpecialUse::Trash, "\\Trash"},
};

}  // namespace

std::optional<SpecialUse> specialUseFromAttribute(QByteArrayView attribute)
{
    for (const SpecialUseName &entry : kSpecialUses) {
        if (attribute.compare(entry.attribute, Qt::CaseInsensitive) == 0)
            return entry.use;
    }
    return std::nullopt;
}

QByteArray specialUseAttribute(SpecialUse use)
{
    for (const SpecialUseName &entry : kSpecialUses) {
        if (entry.use == use)
            return QByteArray(entry.attribute);
    }
    return {};
}

bool MailboxInfo::hasAttribute(QByteArrayView attribute) const
{
    for (const QByteArray &a : attributes) {
        if (QByteArrayView(a).compare(attribute, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool MailboxInfo::isSelectable() const
{
    return !hasAttribute("\\Noselect") && !hasAttribute("\\NonExistent");
}

bool MailboxInfo::isInbox() const
{
    return encodedName.compare("INBOX", Qt::CaseInsensitive) == 0;
}

// mailbox-list = "(" [mbx-list-flags] ")" SP (DQUOTE QUOTED-CHAR DQUOTE / nil) SP mailbox
//                [SP mbox-list-extended]      (RFC 9051 §9; extended data is ignored)
std::optional<MailboxInfo> parseListResponse(const ImapResponse &response, bool utf8Names)
{
    if (!response.isUntagged() || response.status != ImapResponse::Status::None
        || (response.name != "LIST" && response.name != "LSUB") || response.values.size() < 3) {
        return std::nullopt;
    }
    const ImapValue &flags = response.values.at(0);
    const ImapValue &delimiter = response.values.at(1);
    const ImapValue &mailbox = response.values.at(2);
    if (!flags.isList() || !(delimiter.isString() || delimiter.isNil()) || !mailbox.isAString())
        return std::nullopt;

    MailboxInfo info;
    for (const ImapValue &flag : flags.items) {
        if (!flag.isAtom())
            return std::nullopt;
        info.attributes.append(flag.bytes);
        if (const auto use = specialUseFromAttribute(flag.bytes))
            info.specialUses.append(*use);
    }
    info.delimiter = delimiter.bytes;
    info.encodedName = mailbox.bytes;
    if (!utf8Names)
        info.name = decodeModifiedUtf7(info.encodedName, &info.nameValid);
    if (utf8Names || !info.nameValid) {
        info.name = QString::fromUtf8(info.encodedName);
        info.nameValid = utf8Names && QByteArrayView(info.encodedName).isValidUtf8();
    }
    return info;
}

}  // namespace md::imap
