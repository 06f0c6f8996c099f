#!/usr/bin/env bash
# SMTP benchmark: wall-clock time of one complete "connect, TLS, AUTH, QUIT" check done by
# maildoctor-cli, swaks and curl against the same private Dovecot instance, side by side.
# It prints figures (median, p90, ratio to maildoctor-cli); it is not a timed test, it is
# not part of ctest, and it never judges a figure. See tests/bench/README.md.
#
#   tests/bench/bench_smtp.sh [--runs N] [--warmup N] [--cli PATH]
#
#   --runs N     timed runs per tool and scenario (default 20)
#   --warmup N   untimed runs per tool and scenario before timing (default 2)
#   --cli PATH   maildoctor-cli to measure (default: $MAILDOCTOR_CLI, else build/app/cli/maildoctor-cli)
#
# Needs: dovecot + python3-aiosmtpd (the fixture, tests/support/mailserver/mailserver.sh),
# swaks + libnet-ssleay-perl, curl. Every run's exit status is checked: if any run of any
# tool fails, the script prints that run's output and exits 1, so no figure ever comes
# from a failed session.
#
# What each tool does on the wire (checked once with verbose output / the Dovecot log,
# swaks 20201014, curl 7.88.1, Dovecot 2.3 submission):
#   starttls scenario (SMTP_STARTTLS_PORT)
#     maildoctor-cli  220, EHLO, STARTTLS, TLS (chain + host name checked against CA_FILE),
#                     EHLO, AUTH PLAIN <initial response>, QUIT.  Also resolves the host
#                     name first (a literal address here) and prints a transcript
#                     (sent to /dev/null).
#     swaks           220, EHLO, STARTTLS, TLS (--tls-verify: chain only, swaks 20201014
#                     has no host name check), EHLO, AUTH PLAIN <initial response>, QUIT
#                     (--quit-after AUTH).  Same commands as maildoctor-cli.
#     curl            220, EHLO, STARTTLS, TLS (chain + host name), EHLO,
#                     AUTH PLAIN <initial response> (--sasl-ir), NOOP, QUIT.  curl has
#                     no "stop after AUTH" mode for smtp://: without a mail transaction
#                     it sends one command (-X NOOP here; HELP by default), so it does
#                     one extra round trip (NOOP -> 250) the others do not.  The QUIT is
#                     sent at connection cleanup and is not shown by -v, but Dovecot
#                     logs "Logged out ... in=12" (NOOP + QUIT) for it.
#   tls scenario (SMTP_TLS_PORT, implicit TLS): the same minus EHLO/STARTTLS before TLS
#     (maildoctor-cli --security tls, swaks --tls-on-connect, curl smtps://).
#   startup scenario: each tool's --version, no network; the process start-up floor that is
#     contained in the other two rows (it does not load TLS libraries for swaks/Qt, so it
#     is a lower bound).
#
# Passwords: none is put on a command line.  maildoctor-cli reads it via --password-env,
# swaks via its SWAKS_OPT_auth_password environment variable, curl via a mode-0600 config
# file (-K).  It is the fixture's throwaway password for a server on 127.0.0.1 anyway.
#
# Timing: bash $EPOCHREALTIME around each process (microseconds, no extra fork), so the
# figures include process start-up (Qt / Perl / libcurl loading), as a user sees it.
# Within one round the tools run interleaved (md, swaks, curl, md, ...), so slow drift of
# the machine (other jobs on shared cores) hits every tool alike.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
mailserver=$repo/tests/support/mailserver/mailserver.sh

runs=20
warmup=2
cli=${MAILDOCTOR_CLI:-$repo/build/app/cli/maildoctor-cli}

usage() { sed -n '2,14p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
die() { echo "bench_smtp: $*" >&2; exit 1; }

while [ $# -gt 0 ]; do
    case $1 in
        --runs) [ $# -ge 2 ] || usage; runs=$2; shift 2 ;;
        --warmup) [ $# -ge 2 ] || usage; warmup=$2; shift 2 ;;
        --cli) [ $# -ge 2 ] || usage; cli=$2; shift 2 ;;
        -h|--help) usage ;;
        *) echo "bench_smtp: unknown argument: $1" >&2; usage ;;
    esac
done
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer"
[[ $warmup =~ ^[0-9]+$ ]] || die "--warmup must be a non-negative integer"
[ -x "$cli" ] || die "maildoctor-cli not found at '$cli' (build it, then pass --cli PATH)"
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")
command -v swaks >/dev/null || die "swaks not installed (apt-get install swaks libnet-ssleay-perl)"
command -v curl >/dev/null || die "curl not installed (apt-get install curl)"
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash >= 5 (EPOCHREALTIME)"

# --- fixture -------------------------------------------------------------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/maildoctor-bench.XXXXXX")
cleanup() {
    local rc=$?
    [ -n "${proxy_pid:-}" ] && kill "$proxy_pid" 2>/dev/null
    bash "$mailserver" stop "$work/server" >/dev/null 2>&1 || true
    rm -rf "$work"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP
# The fixture's dovecot users must traverse the path to its DIR; mktemp -d gives 0700.
chmod 0755 "$work"

echo "Starting the mail server fixture ..." >&2
env_file=$(bash "$mailserver" start "$work/server") || die "fixture did not start"
declare -A S
while IFS= read -r line; do
    [[ $line =~ ^([A-Z0-9_]+)=\'(.*)\'$ ]] && S[${BASH_REMATCH[1]}]=${BASH_REMATCH[2]}
done < "$env_file"
for k in HOST SMTP_STARTTLS_PORT SMTP_TLS_PORT CA_FILE MAIL_USER MAIL_PASSWORD; do
    [ -n "${S[$k]:-}" ] || die "server.env has no $k"
done
host=${S[HOST]} user=${S[MAIL_USER]} ca=${S[CA_FILE]}

# The latency proxy: one delayed listener per SMTP port; P[target port] = its listening port.
python3 "$here/delay_proxy.py" --delay-ms 25 --listen-port-file "$work/proxy.ports" \
    "${S[SMTP_STARTTLS_PORT]}" "${S[SMTP_TLS_PORT]}" &
proxy_pid=$!
for (( i = 0; i < 100; i++ )); do [ -s "$work/proxy.ports" ] && break; sleep 0.05; done
[ -s "$work/proxy.ports" ] || die "the latency proxy did not start"
declare -A P
while read -r target listen; do P[$target]=$listen; done < "$work/proxy.ports"

mkdir -m 0700 "$work/bench"
curl_cfg=$work/bench/curl.cfg
( umask 077; printf 'user = "%s:%s"\n' "$user" "${S[MAIL_PASSWORD]}" > "$curl_cfg" )
export BENCH_MAIL_PASSWORD=${S[MAIL_PASSWORD]}   # for maildoctor-cli --password-env
export SWAKS_OPT_auth_password=${S[MAIL_PASSWORD]}

# --- the tools -----------------------------------------------------------------------
# run_<tool> SCENARIO: one complete session; stdout+stderr go to $log (checked on failure).
# The "+25ms" scenarios go through delay_proxy.py: 25 ms each way, a 50 ms round trip, where
# round trips decide and start-up hardly counts.
port_of() {
    case $1 in
        starttls) echo "${S[SMTP_STARTTLS_PORT]}" ;;
        tls) echo "${S[SMTP_TLS_PORT]}" ;;
        starttls+25ms) echo "${P[${S[SMTP_STARTTLS_PORT]}]}" ;;
        tls+25ms) echo "${P[${S[SMTP_TLS_PORT]}]}" ;;
    esac
}
mode_of() { echo "${1%+*}"; }

run_maildoctor() {
    [ "$1" = startup ] && { "$cli" --version; return; }
    "$cli" smtp --host "$host" --port "$(port_of "$1")" --security "$(mode_of "$1")" \
        --user "$user" --password-env BENCH_MAIL_PASSWORD --auth plain --ca-file "$ca"
}
run_swaks() {
    [ "$1" = startup ] && { swaks --version; return; }
    local tls=(-tls)
    [ "$(mode_of "$1")" = tls ] && tls=(--tls-on-connect)
    swaks --server "$host:$(port_of "$1")" "${tls[@]}" --tls-verify --tls-ca-path "$ca" \
        --auth PLAIN --auth-user "$user" --quit-after AUTH --to "$user@example.test"
}
run_curl() {
    [ "$1" = startup ] && { curl --version; return; }
    local url=smtp
    [ "$(mode_of "$1")" = tls ] && url=smtps
    curl -K "$curl_cfg" -sS --ssl-reqd --sasl-ir --login-options AUTH=PLAIN --cacert "$ca" \
        -X NOOP "$url://$host:$(port_of "$1")"
}

tools=(maildoctor swaks curl)
scenarios=(startup starttls tls starttls+25ms tls+25ms)
log=$work/bench/run.log
declare -A T   # T[tool,scenario] = space-separated list of times in microseconds

# time_one TOOL SCENARIO: runs once, appends the time to T unless $2 is a warm-up; any
# failure stops the whole benchmark loudly.
time_one() {
    local tool=$1 scen=$2 record=$3 t0 t1 rc=0
    t0=$EPOCHREALTIME
    "run_$tool" "$scen" > "$log" 2>&1 || rc=$?
    t1=$EPOCHREALTIME
    if [ "$rc" -ne 0 ]; then
        echo "bench_smtp: FAILED: $tool ($scen) exited with $rc; its output:" >&2
        sed 's/^/    /' "$log" >&2
        exit 1
    fi
    [ "$record" = 1 ] && T[$tool,$scen]+="$(( ${t1//[.,]/} - ${t0//[.,]/} )) "
    return 0
}

echo "maildoctor-cli: $cli" >&2
echo "Timing $runs runs per tool and scenario after $warmup warm-up(s) ..." >&2
for scen in "${scenarios[@]}"; do
    for (( i = 0; i < warmup; i++ )); do
        for tool in "${tools[@]}"; do time_one "$tool" "$scen" 0; done
    done
    for (( i = 0; i < runs; i++ )); do
        for tool in "${tools[@]}"; do time_one "$tool" "$scen" 1; done
    done
done

# --- report --------------------------------------------------------------------------
# stats LIST: prints "median p90" in ms (median of an even count = mean of the middle
# two; p90 = nearest rank, ceil(0.9 n)).
stats() {
    tr ' ' '\n' <<<"$1" | grep . | sort -n | awk '
        { v[NR] = $1 }
        END {
            n = NR
            med = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
            r = int(0.9 * n); if (r < 0.9 * n) r++; if (r < 1) r = 1
            printf "%.1f %.1f\n", med / 1000, v[r] / 1000
        }'
}

echo
echo "SMTP check, connect .. AUTH .. QUIT, 127.0.0.1 (+25ms: 25 ms each way), $runs runs (+$warmup warm-up), wall-clock per process"
printf '%-16s %-14s %10s %10s %16s\n' tool scenario "median ms" "p90 ms" "x maildoctor-cli"
for scen in "${scenarios[@]}"; do
    read -r base _ < <(stats "${T[maildoctor,$scen]}")
    for tool in "${tools[@]}"; do
        read -r med p90 < <(stats "${T[$tool,$scen]}")
        name=$tool; [ "$tool" = maildoctor ] && name=maildoctor-cli
        ratio=$(awk -v a="$med" -v b="$base" 'BEGIN { printf (b > 0 ? "%.2f" : "n/a"), a / b }')
        printf '%-16s %-14s %10s %10s %16s\n' "$name" "$scen" "$med" "$p90" "$ratio"
    done
done
echo "(startup = --version only, no network. x maildoctor-cli = tool median / maildoctor-cli"
echo " median in the same scenario: above 1.00 the peer is slower, below 1.00 maildoctor-cli is"
echo " slower. curl sends one extra NOOP round trip.)"
