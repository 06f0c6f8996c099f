#pragma once

#include <functional>
#include <QString>

class QObject;

// The boundary between the core and the keychain module (libmaildoctor-keychain), the only
// part of Mail Doctor that links QtKeychain. QtKeychain brings Qt D-Bus, libdbus, libsystemd and
// a dozen more libraries; the core loads the module on the first keychain operation, so a check
// that needs no secret from the keychain doesn't pay for loading them at start-up.

namespace md::keychain {

enum class Operation { Read = 0, Write = 1, Remove = 2 };

/// QtKeychain's error (QKeychain::Error as an int), its message and, for a read, the secret.
using Finished = std::function<void(int error, const QString &errorString, const QString &secret)>;

/// Starts one QtKeychain job. `finished` runs once, from the event loop, when QtKeychain answers
/// (however late), and never after `context` is destroyed. The job deletes itself.
using StartFunction = void (*)(Operation operation, const QString &service, const QString &key, const QString &secret,
    QObject *context, const Finished &finished);

/// The error string of an AccessDenied the module reports itself, not QtKeychain: the entry is
/// there, in a locked collection (the Secret Service's SearchItems listed it as locked).
inline constexpr char kLockedEntry[] = "maildoctor:locked-entry";

/// The function's symbol in the module.
inline constexpr char kStartSymbol[] = "maildoctor_keychain_start";

}  // namespace md::keychain
