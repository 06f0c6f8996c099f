#!/usr/bin/env bash
# Discovery benchmark: wall-clock time of `maildoctor-cli discover` against the real test
# servers of tests/discovery/netns-run.sh (nsd, HTTPS, Dovecot on the standard ports, in a
# private network namespace: needs root). Prints median and max per scenario next to the
# deadline; not a test, not part of ctest, and it never judges a figure. See README.md here.
#
#   tests/bench/bench_discovery.sh [--runs N] [--cli PATH]
#
# Scenarios (every run's exit status is checked; a failed run stops the benchmark):
#   sources     alice@srv.test --no-probe: every source answers at once (DNS + HTTPS)
#   mx          alice@bad.test --no-probe: the slowest chain (MX, then the provider's autoconfig)
#   probe       alice@example.test: all sources + probes, with a filtered (silent) candidate
#               present (mail.example.test never speaks): expect about slowest source + one
#               probe round (the 4 s greeting limit), never past the deadline
#   deadline    alice@example.test --timeout 2: the deadline cuts the silent probes
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
runs=10
cli=${MAILDOCTOR_CLI:-$here/../../build/app/cli/maildoctor-cli}
while [ $# -gt 0 ]; do
    case $1 in
        --runs) runs=$2; shift 2 ;;
        --cli) cli=$2; shift 2 ;;
        *) echo "usage: $0 [--runs N] [--cli PATH]" >&2; exit 2 ;;
    esac
done
[ -x "$cli" ] || { echo "bench_discovery: $cli is not built" >&2; exit 2; }
cli=$(cd "$(dirname "$cli")" && pwd)/$(basename "$cli")

inner=$(mktemp /tmp/maildoctor-bench-discovery.XXXXXX.sh)
trap 'rm -f "$inner"' EXIT
cat > "$inner" <<'INNER'
set -euo pipefail
cli=$1 runs=$2
common=(--json --ca-file "$DISCOVERY_CA_FILE" --ispdb-url https://ispdb.test/v1.1/)
scenario() { # name expected-exit deadline-s args...
    local name=$1 expect=$2 deadline=$3; shift 3
    local times=() i start end status
    for (( i = 0; i < runs; i++ )); do
        start=$(date +%s%N)
        status=0
        "$cli" discover "$@" "${common[@]}" > /tmp/bench-discovery.out 2>&1 || status=$?
        end=$(date +%s%N)
        if [ "$status" -ne "$expect" ]; then
            echo "bench_discovery: $name run $i exited $status (expected $expect):" >&2
            cat /tmp/bench-discovery.out >&2
            exit 1
        fi
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v d="$deadline" '
        { t[NR] = $1 } END { printf "%-10s median %6d ms   max %6d ms   deadline %5d ms\n", name, t[int((NR + 1) / 2)], t[NR], d * 1000 }'
}
scenario sources 0 15 alice@srv.test --no-probe
scenario mx 0 15 alice@bad.test --no-probe
scenario probe 0 15 alice@example.test
scenario deadline 0 2 alice@example.test --timeout 2
INNER
bash "$here/../discovery/netns-run.sh" bash "$inner" "$cli" "$runs"
