#include "ImapResponse.h"

namespace md::imap {

std::optional<QList<QByteArray>> ImapResponse::capabilities() const
{
    const QList<ImapValue> *source = nullptr;
    if (code == "CAPABILITY")
        source = &codeArgs;
    else if (type == Type::Untagged && status == Status::None && name == "CAPABILITY")
        source = &values;
    if (!source)
        return std::nullopt;

    QList<QByteArray> result;
    result.reserve(source->size());
    for (const ImapValue &value : *source) {
        if (value.isAString())
            result.append(value.bytes.toUpper());
    }
    return result;
}

}  // namespace md::imap
