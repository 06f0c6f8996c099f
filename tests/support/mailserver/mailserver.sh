#!/usr/bin/env bash
# Real mail server fixture for the integration tests: a private Dovecot instance (IMAP, POP3 +
# submission, STARTTLS and implicit TLS, password and OAuth2 logins), an aiosmtpd sink that
# receives what submission relays, and a tiny OAuth2 introspection endpoint.
#
#   mailserver.sh start DIR   create DIR, start everything on free 127.0.0.1 ports, write
#                             DIR/server.env and print its path (exit != 0 + log tail on failure)
#   mailserver.sh stop DIR    stop everything started for DIR (idempotent)
#
# DIR/server.env holds KEY='value' lines (every value single-quoted; none contains a quote).
# Set MAILSERVER_DEBUG=1 for auth_debug/oauth2 debug logging in DIR/dovecot.log.
# Set MAILSERVER_INTROSPECTION_URL to validate OAuth2 tokens at another RFC 7662 endpoint (POST,
# client credentials as http://client:secret@host:port/path) instead of introspect.py.
# Works as root (mail runs as nobody, services as dovecot/dovenull) or as an ordinary user
# (everything runs as that user). Several DIRs can run at once. Nothing outside DIR is touched,
# except as root when DIR is not reachable for other users: then the instance lives in a
# /tmp/maildoctor-mail.* directory that DIR/instance names and stop removes.
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PY=/usr/bin/python3   # the system python has python3-aiosmtpd; a pyenv python3 on PATH does not
PATH=$PATH:/usr/sbin:/sbin
MAIL_PASSWORD='Tr0ub4dor&3-test'
BOB_PASSWORD='bob-Secr3t!'
CAROL_PASSWORD='carol-P0p3-pass'
POP3_MESSAGES=3   # carol's seeded INBOX (POP3 tests; nobody else adds to it)
# dave's password holds what IMAP quoting and literals must carry: spaces, quotes, a backslash,
# non-ASCII letters (raw UTF-8). passwd-file splits on ':' only, so there is none.
DAVE_PASSWORD='Gr8 "päss" \x!'
OAUTH_TOKEN='valid-token-alice'
STARTUP_TIMEOUT=10

usage() { echo "usage: $0 start|stop DIR" >&2; exit 2; }

# proc_stat PID: sets STAT_STATE and STAT_PPID from /proc/PID/stat; fails if PID is gone.
# Pure bash (no fork, no procps) because stop scans every process.
proc_stat() {
    local line rest
    read -r line 2>/dev/null < "/proc/$1/stat" || return 1
    rest=${line##*) }          # drop "pid (comm) "; comm may contain spaces and parentheses
    read -r STAT_STATE STAT_PPID _ <<<"$rest"
}

# pid_alive PID: true if PID is a live (non-zombie) process.
pid_alive() {
    [ -n "${1:-}" ] && proc_stat "$1" && [ "$STAT_STATE" != Z ]
}

# children_of PID: prints the direct children of PID.
children_of() {
    local f pid
    for f in /proc/[0-9]*/stat; do
        pid=${f#/proc/}; pid=${pid%/stat}
        proc_stat "$pid" && [ "$STAT_PPID" = "$1" ] && echo "$pid"
    done
    return 0
}

# wait_gone SECONDS PID...: wait until all PIDs are gone; SIGKILL what is left afterwards.
wait_gone() {
    local limit=$(( $1 * 10 )) i pid left; shift
    for (( i = 0; i < limit; i++ )); do
        left=
        for pid in "$@"; do pid_alive "$pid" && left=1; done
        [ -z "$left" ] && return 0
        sleep 0.1
    done
    for pid in "$@"; do pid_alive "$pid" && kill -KILL "$pid" 2>/dev/null; done
    return 0
}

# stop_pidfile FILE: SIGTERM the process in FILE, wait, remove FILE.
stop_pidfile() {
    local file=$1 pid
    [ -f "$file" ] || return 0
    pid=$(cat "$file" 2>/dev/null || true)
    if pid_alive "$pid"; then
        kill -TERM "$pid" 2>/dev/null || true
        wait_gone 5 "$pid"
    fi
    rm -f "$file"
}

# world_traversable DIR: every directory from / down to DIR lets others pass (o+x).
world_traversable() {
    local p=$1
    while [ -n "$p" ] && [ "$p" != / ]; do
        (( 8#$(stat -c %a "$p") & 1 )) || return 1
        p=$(dirname "$p")
    done
}

do_stop() {
    local dir=$1 master children
    [ -d "$dir" ] || return 0
    # An instance kept in a separate runtime directory (see do_start): stop and remove that.
    if [ -f "$dir/instance" ]; then
        local runtime
        runtime=$(cat "$dir/instance")
        rm -f "$dir/instance"
        if [[ $runtime == /tmp/maildoctor-mail.* ]] && [ -d "$runtime" ]; then
            do_stop "$runtime"
            rm -rf "$runtime"
        fi
    fi
    master=$(cat "$dir/run/master.pid" 2>/dev/null || true)
    if pid_alive "$master"; then
        # Remember the master's children (login, auth, imap, log, ...) so we can wait for them
        # too: the master may exit before every child has finished shutting down.
        children=$(children_of "$master")
        kill -TERM "$master" 2>/dev/null || true
        # shellcheck disable=SC2086
        wait_gone 5 "$master" $children
    fi
    rm -f "$dir/run/master.pid"
    stop_pidfile "$dir/relay.pid"
    stop_pidfile "$dir/introspect.pid"
}

# render TEMPLATE OUT KEY=VALUE...: replace each @KEY@ in TEMPLATE.
render() {
    local text kv
    text=$(<"$1")
    for kv in "${@:3}"; do text=${text//"@${kv%%=*}@"/"${kv#*=}"}; done
    if [[ $text =~ @[A-Z_]+@ ]]; then echo "render $1: unreplaced ${BASH_REMATCH[0]}" >&2; return 1; fi
    printf '%s\n' "$text" > "$2"
}

fail() {
    local dir=$1; shift
    echo "mailserver: $*" >&2
    local f
    for f in dovecot.start.log dovecot.log relay.log introspect.log; do
        if [ -s "$dir/$f" ]; then echo "--- tail of $dir/$f" >&2; tail -n 30 "$dir/$f" >&2; fi
    done
    do_stop "$dir" || true
    exit 1
}

do_start() {
    local dir=$1
    do_stop "$dir"   # a leftover instance in the same DIR would hold the old ports
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [[ $dir != *"'"* ]] || { echo "mailserver: DIR must not contain a single quote" >&2; exit 2; }
    # As root, Dovecot's auth and login processes run as other users and must reach the files.
    # A checkout under a private directory (mktemp -d is 0700) would lock them out, so then the
    # instance lives in its own runtime directory and DIR only points at it (DIR/instance).
    local home=$dir
    if [ "$(id -u)" -eq 0 ] && ! world_traversable "$dir"; then
        dir=$(mktemp -d /tmp/maildoctor-mail.XXXXXX)
        chmod 0755 "$dir"
        echo "$dir" > "$home/instance"
    fi

    local dovecot
    dovecot=$(command -v dovecot) || { echo "mailserver: dovecot not installed" >&2; exit 1; }
    [ -x "$PY" ] || { echo "mailserver: $PY missing" >&2; exit 1; }

    # Who runs what. Dovecot refuses to access mail as uid 0, and as root its login/auth
    # processes drop to default_login_user/default_internal_user, which must be able to
    # traverse DIR. As a non-root user the master cannot switch users, so everything is us.
    local mail_uid mail_gid internal_user internal_group login_user
    if [ "$(id -u)" -eq 0 ]; then
        mail_uid=$(id -u nobody); mail_gid=$(getent group nogroup | cut -d: -f3)
        if id dovecot >/dev/null 2>&1 && id dovenull >/dev/null 2>&1; then
            internal_user=dovecot; internal_group=$(id -gn dovecot); login_user=dovenull
        else
            internal_user=nobody; internal_group=nogroup; login_user=nobody
        fi
        chmod 0755 "$dir"
    else
        mail_uid=$(id -u); mail_gid=$(id -g)
        internal_user=$(id -un); internal_group=$(id -gn); login_user=$internal_user
    fi

    "$here/../make-certs.sh" "$dir/certs" || fail "$dir" "make-certs.sh failed"

    # Free loopback ports: bind them all to port 0 at once (so they differ), report, release.
    local ports smtp_starttls smtp_tls imap_starttls imap_tls relay introspection pop3_starttls pop3_tls
    ports=$("$PY" -c '
import socket
socks = [socket.socket() for _ in range(8)]
for s in socks: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))')
    read -r smtp_starttls smtp_tls imap_starttls imap_tls relay introspection pop3_starttls pop3_tls <<<"$ports"

    mkdir -p "$dir/state" "$dir/mail" "$dir/relayed/"{cur,new,tmp}
    rm -f "$dir"/*.log
    local user pw
    : > "$dir/users.passwd"
    for user in alice bob carol dave; do
        pw=$MAIL_PASSWORD; [ "$user" = bob ] && pw=$BOB_PASSWORD; [ "$user" = carol ] && pw=$CAROL_PASSWORD
        [ "$user" = dave ] && pw=$DAVE_PASSWORD
        # user:password:uid:gid:gecos:home:shell:extra  (passwd-file format)
        printf '%s:{PLAIN}%s:%s:%s::%s::\n' "$user" "$pw" "$mail_uid" "$mail_gid" "$dir/mail/$user" \
            >> "$dir/users.passwd"
        mkdir -p "$dir/mail/$user/Maildir/"{cur,new,tmp}
    done
    chmod 0644 "$dir/users.passwd"   # read by the auth process (default_internal_user)
    # carol's INBOX starts with $POP3_MESSAGES messages (one with a line that needs dot-stuffing).
    local i
    for (( i = 1; i <= POP3_MESSAGES; i++ )); do
        printf 'From: sender@example.test\r\nTo: carol@example.test\r\nSubject: seeded %s\r\n\r\nMessage %s.\r\n.a line starting with a dot\r\n' \
            "$i" "$i" > "$dir/mail/carol/Maildir/cur/100000000$i.M1P1.fixture:2,"
    done
    # The Maildirs belong to the mail uid; new/ is world-writable so that a test running as
    # another user can drop message files into it.
    chown -R "$mail_uid:$mail_gid" "$dir/mail"
    chmod 0777 "$dir/mail/"*/Maildir/new

    local debug=no
    [ "${MAILSERVER_DEBUG:-0}" = 1 ] && debug=yes
    local introspection_url=${MAILSERVER_INTROSPECTION_URL:-http://127.0.0.1:$introspection/introspect}
    local vars=(
        DIR="$dir" INSTANCE="$(basename "$dir")-$$"
        INTERNAL_USER="$internal_user" INTERNAL_GROUP="$internal_group" LOGIN_USER="$login_user"
        MAIL_UID="$mail_uid" MAIL_GID="$mail_gid" AUTH_DEBUG="$debug"
        SMTP_STARTTLS_PORT="$smtp_starttls" SMTP_TLS_PORT="$smtp_tls"
        IMAP_STARTTLS_PORT="$imap_starttls" IMAP_TLS_PORT="$imap_tls"
        RELAY_PORT="$relay" INTROSPECTION_PORT="$introspection" INTROSPECTION_URL="$introspection_url"
        POP3_STARTTLS_PORT="$pop3_starttls" POP3_TLS_PORT="$pop3_tls"
    )
    render "$here/dovecot.conf.in" "$dir/dovecot.conf" "${vars[@]}" || fail "$dir" "bad template"
    render "$here/dovecot-oauth2.conf.ext.in" "$dir/dovecot-oauth2.conf.ext" "${vars[@]}" \
        || fail "$dir" "bad template"
    chmod 0644 "$dir/dovecot-oauth2.conf.ext"

    # Relay sink: aiosmtpd's Mailbox handler stores each message in the Maildir DIR/relayed
    # (files appear in DIR/relayed/new, with X-MailFrom / X-RcptTo / X-Peer headers added).
    # All background helpers get stdio on files so a caller reading our stdout is not held open.
    "$PY" -m aiosmtpd -n -l "127.0.0.1:$relay" -c aiosmtpd.handlers.Mailbox "$dir/relayed" \
        </dev/null >"$dir/relay.log" 2>&1 &
    echo $! > "$dir/relay.pid"
    "$PY" "$here/introspect.py" "$introspection" </dev/null >"$dir/introspect.log" 2>&1 &
    echo $! > "$dir/introspect.pid"

    # dovecot forks into the background itself; config errors are reported here and it exits != 0.
    "$dovecot" -c "$dir/dovecot.conf" </dev/null >"$dir/dovecot.start.log" 2>&1 \
        || fail "$dir" "dovecot did not start"

    # Bounded wait until every listener accepts connections.
    "$PY" -c '
import socket, sys, time
ports = [int(p) for p in sys.argv[2:]]
deadline = time.monotonic() + float(sys.argv[1])
while ports and time.monotonic() < deadline:
    for p in list(ports):
        try:
            socket.create_connection(("127.0.0.1", p), timeout=0.5).close()
            ports.remove(p)
        except OSError:
            pass
    if ports:
        time.sleep(0.05)
sys.exit(1 if ports else 0)' "$STARTUP_TIMEOUT" \
        "$smtp_starttls" "$smtp_tls" "$imap_starttls" "$imap_tls" "$relay" "$introspection" \
        "$pop3_starttls" "$pop3_tls" \
        || fail "$dir" "not every port accepted connections within ${STARTUP_TIMEOUT}s"

    local env=$dir/server.env kv
    {
        echo "# Mail Doctor test mail server; generated by mailserver.sh start $dir"
        for kv in \
            MAILSERVER_DIR="$dir" HOST=127.0.0.1 \
            SMTP_STARTTLS_PORT="$smtp_starttls" SMTP_TLS_PORT="$smtp_tls" \
            IMAP_STARTTLS_PORT="$imap_starttls" IMAP_TLS_PORT="$imap_tls" \
            RELAY_PORT="$relay" INTROSPECTION_PORT="$introspection" \
            POP3_STARTTLS_PORT="$pop3_starttls" POP3_TLS_PORT="$pop3_tls" \
            POP3_USER=carol POP3_PASSWORD="$CAROL_PASSWORD" POP3_MESSAGES="$POP3_MESSAGES" \
            CA_FILE="$dir/certs/ca.pem" CERT_DIR="$dir/certs" \
            MAIL_USER=alice MAIL_PASSWORD="$MAIL_PASSWORD" MAIL_ADDRESS=alice@example.test \
            MAIL_USER2=bob MAIL_PASSWORD2="$BOB_PASSWORD" MAIL_ADDRESS2=bob@example.test \
            MAIL_USER3=dave MAIL_PASSWORD3="$DAVE_PASSWORD" \
            OAUTH_TOKEN="$OAUTH_TOKEN" \
            INBOX_MAILDIR="$dir/mail/alice/Maildir" INBOX_MAILDIR2="$dir/mail/bob/Maildir" \
            RELAYED_DIR="$dir/relayed/new" \
            DOVECOT_CONFIG="$dir/dovecot.conf" DOVECOT_LOG="$dir/dovecot.log"
        do
            printf "%s='%s'\n" "${kv%%=*}" "${kv#*=}"
        done
    } > "$env"
    if [ "$home" != "$dir" ]; then
        cp "$env" "$home/server.env"
        env=$home/server.env
    fi
    echo "$env"
}

[ $# -eq 2 ] || usage
case $1 in
    start) do_start "$2" ;;
    stop) do_stop "$2" ;;
    *) usage ;;
esac
