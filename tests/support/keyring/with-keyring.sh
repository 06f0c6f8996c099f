#!/usr/bin/env bash
# with-keyring.sh CMD [ARGS...]: runs CMD with a real, unlocked Secret Service (gnome-keyring)
# on a private session bus, in a private HOME and private XDG directories, and stops it after.
#
# - The bus (dbus-run-session with session-bus.conf) activates nothing: the keyring is the one
#   this script starts, and no prompter can appear.
# - No display: with DISPLAY or WAYLAND_DISPLAY set, an unlock prompt could wait forever.
# - gnome-keyring-daemon --unlock reads a password on stdin and creates the login keyring
#   (in the private XDG_DATA_HOME), unlocked; it is the default collection.
# - QT_NO_GLIB must stay unset: without the GLib event loop, libsecret jobs never finish.
# CMD's exit status is the script's. Set WITH_KEYRING_KEEP=1 to keep the temporary directory.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [ "${1:-}" != --inside ]; then
    [ $# -ge 1 ] || { echo "usage: with-keyring.sh CMD [ARGS...]" >&2; exit 2; }
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/md-keyring.XXXXXX")
    trap 'if [ "${WITH_KEYRING_KEEP:-}" != 1 ]; then rm -rf "$tmp"; fi' EXIT
    mkdir -p "$tmp/home" "$tmp/config" "$tmp/data" "$tmp/cache" "$tmp/runtime"
    chmod 0700 "$tmp"/*
    unset DISPLAY WAYLAND_DISPLAY QT_NO_GLIB XDG_CURRENT_DESKTOP KDE_SESSION_VERSION DESKTOP_SESSION \
        GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DBUS_SESSION_BUS_ADDRESS
    export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data \
        XDG_CACHE_HOME=$tmp/cache XDG_RUNTIME_DIR=$tmp/runtime WITH_KEYRING_DIR=$tmp
    status=0
    dbus-run-session --config-file="$here/session-bus.conf" -- bash "$here/with-keyring.sh" --inside "$@" \
        || status=$?
    exit "$status"
fi
shift

log=$WITH_KEYRING_DIR/gnome-keyring.log
# The password (a throwaway for a throwaway keyring) comes on stdin; the daemon stays in the
# foreground so that we own its PID.
printf '%s' 'md-test-keyring' | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$log" 2>&1 &
daemon=$!
stop_daemon() {
    kill -CONT "$daemon" 2>/dev/null || true   # a test may have left it stopped
    kill "$daemon" 2>/dev/null || true
    wait "$daemon" 2>/dev/null || true
}
trap stop_daemon EXIT

# Wait (at most 10 s) for org.freedesktop.secrets on the bus.
ready=0
for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        ready=1
        break
    fi
    kill -0 "$daemon" 2>/dev/null || break
    sleep 0.1
done
if [ "$ready" != 1 ]; then
    echo "with-keyring.sh: gnome-keyring-daemon did not provide org.freedesktop.secrets" >&2
    cat "$log" >&2
    exit 1
fi

# Tests may stop the daemon (SIGSTOP) to see how a keychain that never answers is handled.
export WITH_KEYRING_DAEMON_PID=$daemon
status=0
"$@" || status=$?
exit "$status"
