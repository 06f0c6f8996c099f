#pragma once

#include "account/Account.h"

#include <optional>
#include <QCoreApplication>
#include <QString>

namespace md {

/// Account settings in the formats other mail programs read. Neither holds a secret.
class AccountExport
{
    Q_DECLARE_TR_FUNCTIONS(md::AccountExport)
public:
    /// A Thunderbird autoconfig document, config-v1.1 (what a provider publishes at
    /// https://autoconfig.<domain>/mail/config-v1.1.xml so every client can set the account up).
    /// User names equal to the address or its local part become %EMAILADDRESS% / %EMAILLOCALPART%.
    [[nodiscard]] static QString autoconfig(const Account &account);

    /// An msmtp account for the outgoing server. Its password comes from the OS keychain through
    /// `passwordeval secret-tool lookup …` (the Secret Service attributes the credential store
    /// writes). Nothing, or `error` set, when a field holds a line break or other control
    /// character that would break the file.
    [[nodiscard]] static std::optional<QString> msmtp(const Account &account, QString *error);

    /// The shell command that prints the stored password of `account`'s server `server`.
    [[nodiscard]] static QString secretToolLookup(const QString &account, Protocol server);
};

}  // namespace md
