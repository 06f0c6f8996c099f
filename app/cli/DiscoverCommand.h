#pragma once

#include "discovery/Discovery.h"

#include <QCoreApplication>
#include <QStringList>

namespace md::cli {

/// `maildoctor-cli discover EMAIL [--json] [--no-probe] [--timeout SECONDS]
///  [--dns-server ADDR[:PORT]] [--ispdb-url URL | --no-ispdb] [--ca-file PEM]`
class DiscoverCommand
{
    Q_DECLARE_TR_FUNCTIONS(md::cli::DiscoverCommand)
public:
    struct Parsed {
        discovery::EmailAddress email;
        discovery::DiscoveryOptions options;
        bool json = false;
        QString error;  ///< non-empty: usage error (exit 2)
    };
    /// Parses the arguments after "discover".
    [[nodiscard]] static Parsed parse(const QStringList &arguments);
    /// Runs discovery on the application's event loop; returns the exit status
    /// (0 usable settings for sending and receiving, 1 not, 2 usage).
    [[nodiscard]] static int run(const QStringList &arguments);
    [[nodiscard]] static QString helpText();
};

}  // namespace md::cli
