#pragma once

#include <QString>

// Mail providers whose refusals need their own advice, known by the server's name (internal to
// core/diagnosis).
namespace md::rules {

enum class Provider { Other, Google, Microsoft, Yahoo, Aol, Apple, Fastmail, Zoho };

/// The provider that runs `host` (by its domain), or Provider::Other.
[[nodiscard]] Provider providerOf(const QString &host);

/// How to get an app password, for providers whose accounts need one for mail programs.
[[nodiscard]] QString appPasswordHowTo(Provider provider);

/// Providers that want an app password from mail programs whenever two-step sign-in is on.
[[nodiscard]] bool wantsAppPasswords(Provider provider);

}  // namespace md::rules
