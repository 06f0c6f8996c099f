#include "CheckFactory.h"

#include "imap/ImapCheck.h"
#include "pop3/Pop3Check.h"
#include "smtp/SmtpCheck.h"

namespace md {

std::unique_ptr<Check> makeCheck(const ServerSettings &settings)
{
    switch (settings.protocol) {
    case Protocol::Imap:
        return std::make_unique<ImapCheck>(settings);
    case Protocol::Pop3:
        return std::make_unique<Pop3Check>(settings);
    case Protocol::Smtp:
        break;
    }
    return std::make_unique<SmtpCheck>(settings);
}

}  // namespace md
