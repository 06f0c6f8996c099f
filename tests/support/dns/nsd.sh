#!/usr/bin/env bash
# A real authoritative DNS server (nsd) for the tests, on loopback only.
#
#   nsd.sh start DIR ZONEDIR [ADDR...] [-- KEY=VALUE...]
#       copies every ZONEDIR/*.zone into DIR (replacing each @KEY@ with VALUE; the zone's name is
#       the file name without .zone), starts nsd on ADDR (default 127.0.0.1 and ::1) on a free
#       port (PORT=N in the KEY=VALUEs asks for that port), checks with dig that it answers,
#       writes DIR/dns.env (DNS_PORT=..., DNS_SERVER=127.0.0.1:port) and prints its path.
#   nsd.sh stop DIR       stops it (idempotent).
#
# nsd is authoritative only: it never recurses or forwards, so nothing leaves the machine.
set -euo pipefail
PATH=$PATH:/usr/sbin:/sbin
STARTUP_TIMEOUT=10

usage() { echo "usage: $0 start DIR ZONEDIR [ADDR...] [-- KEY=VALUE...] | stop DIR" >&2; exit 2; }

do_stop() {
    local dir=$1 pid i
    [ -f "$dir/nsd.pid" ] || return 0
    pid=$(cat "$dir/nsd.pid" 2>/dev/null || true)
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for (( i = 0; i < 50; i++ )); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    fi
    rm -f "$dir/nsd.pid"
}

free_port() { # ADDR...: a port free for UDP and TCP on every address
    python3 - "$@" <<'PY'
import socket, sys
addrs = sys.argv[1:]
for _ in range(200):
    probe = socket.socket(socket.AF_INET6 if ':' in addrs[0] else socket.AF_INET)
    probe.bind((addrs[0], 0)); port = probe.getsockname()[1]; probe.close()
    try:
        held = []
        for a in addrs:
            fam = socket.AF_INET6 if ':' in a else socket.AF_INET
            for kind in (socket.SOCK_STREAM, socket.SOCK_DGRAM):
                s = socket.socket(fam, kind); s.bind((a, port)); held.append(s)
        for s in held: s.close()
        print(port); sys.exit(0)
    except OSError:
        for s in held: s.close()
sys.exit(1)
PY
}

do_start() {
    local dir=$1 zonedir=$2; shift 2
    local addrs=() vars=() port=
    while [ $# -gt 0 ]; do
        if [ "$1" = -- ]; then shift; vars=("$@"); break; fi
        addrs+=("$1"); shift
    done
    [ ${#addrs[@]} -gt 0 ] || addrs=(127.0.0.1 ::1)
    local kv
    for kv in "${vars[@]}"; do [ "${kv%%=*}" = PORT ] && port=${kv#*=}; done
    command -v nsd >/dev/null || { echo "nsd.sh: nsd is not installed" >&2; exit 1; }
    command -v dig >/dev/null || { echo "nsd.sh: dig is not installed (bind9-dnsutils)" >&2; exit 1; }
    do_stop "$dir"
    mkdir -p "$dir"
    dir=$(cd "$dir" && pwd)
    [ -n "$port" ] || port=$(free_port "${addrs[@]}") || { echo "nsd.sh: no free port" >&2; exit 1; }

    local conf=$dir/nsd.conf zone name text
    {
        echo "server:"
        for kv in "${addrs[@]}"; do echo "    ip-address: $kv"; done
        echo "    port: $port"
        echo "    username: \"\""
        echo "    chroot: \"\""
        echo "    zonesdir: \"$dir\""
        echo "    database: \"\""
        echo "    zonelistfile: \"$dir/zone.list\""
        echo "    xfrdfile: \"$dir/xfrd.state\""
        echo "    xfrdir: \"$dir\""
        echo "    pidfile: \"$dir/nsd.pid\""
        echo "    logfile: \"$dir/nsd.log\""
        echo "    server-count: 1"
        echo "    verbosity: 1"
        echo "    hide-version: yes"
        echo "remote-control:"
        echo "    control-enable: no"
    } > "$conf"
    local first=
    for zone in "$zonedir"/*.zone; do
        name=$(basename "$zone" .zone)
        [ -n "$first" ] || first=$name
        text=$(<"$zone")
        for kv in "${vars[@]}"; do text=${text//"@${kv%%=*}@"/"${kv#*=}"}; done
        if [[ $text =~ @[A-Z0-9_]+@ ]]; then echo "nsd.sh: $zone: unreplaced ${BASH_REMATCH[0]}" >&2; exit 1; fi
        printf '%s\n' "$text" > "$dir/$name.zone"
        printf 'zone:\n    name: "%s"\n    zonefile: "%s.zone"\n' "$name" "$name" >> "$conf"
    done
    nsd-checkconf "$conf" || { echo "nsd.sh: bad config $conf" >&2; exit 1; }
    # -d: stay in the foreground (we keep its pid); it still writes the pidfile.
    nsd -d -c "$conf" </dev/null >"$dir/nsd.out" 2>&1 &
    echo $! > "$dir/nsd.pid"

    local i ok=
    for (( i = 0; i < STARTUP_TIMEOUT * 10; i++ )); do
        ok=1
        for kv in "${addrs[@]}"; do
            dig +short +time=1 +tries=1 -p "$port" "@$kv" SOA "$first" >/dev/null 2>&1 \
                && [ -n "$(dig +short +time=1 +tries=1 -p "$port" "@$kv" SOA "$first")" ] || ok=
        done
        [ -n "$ok" ] && break
        kill -0 "$(cat "$dir/nsd.pid")" 2>/dev/null || break
        sleep 0.1
    done
    if [ -z "$ok" ]; then
        echo "nsd.sh: nsd did not answer within ${STARTUP_TIMEOUT}s" >&2
        tail -n 20 "$dir/nsd.out" "$dir/nsd.log" >&2 2>/dev/null || true
        do_stop "$dir"
        exit 1
    fi
    printf "DNS_PORT='%s'\nDNS_SERVER='%s:%s'\n" "$port" "${addrs[0]}" "$port" > "$dir/dns.env"
    echo "$dir/dns.env"
}

case ${1:-} in
    start) [ $# -ge 3 ] || usage; shift; do_start "$@" ;;
    stop) [ $# -eq 2 ] || usage; do_stop "$2" ;;
    *) usage ;;
esac
