#pragma once

#include <functional>
#include <QTextStream>

namespace md::cli {

/// Standard output and error for the subcommands (one stream each, shared).
[[nodiscard]] QTextStream &out();
[[nodiscard]] QTextStream &err();

/// Called exactly once with the exit status.
using Finish = std::function<void(int exitCode)>;

/// Runs `start` in the application's event loop; `start` calls its Finish exactly once. Returns
/// that exit status after flushing both streams.
[[nodiscard]] int runInEventLoop(const std::function<void(const Finish &)> &start);

}  // namespace md::cli
