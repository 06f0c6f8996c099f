#!/usr/bin/env bash
# Runs every libFuzzer target of a MAILDOCTOR_FUZZ build for a bounded time, one after the other,
# each from a fresh corpus seeded by make-seeds.sh. Fails (exit 1) when any fuzzer finds a crash,
# a sanitizer report, a leak, a timeout or an out-of-memory; the reproducer is kept in
# BUILD_DIR/fuzz-artifacts/ and its path printed. Re-run one with: <fuzzer> <reproducer>.
# usage: tests/fuzz/run-fuzzers.sh BUILD_DIR [SECONDS_PER_FUZZER (default 20)]
set -euo pipefail

build=$(cd "${1:?usage: run-fuzzers.sh BUILD_DIR [SECONDS]}" && pwd)
seconds=${2:-20}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# fuzzer -> seed folder (from make-seeds.sh)
declare -A seeds_of=(
    [fuzz_smtp_reply]=smtp
    [fuzz_imap_parser]=imap
    [fuzz_pop3_parser]=pop3
    [fuzz_sasl_challenges]=sasl
)

work=$(mktemp -d "${TMPDIR:-/tmp}/maildoctor-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
"$here/make-seeds.sh" "$work/seeds"

artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/lsan.supp:print_suppressions=0}

failed=0
for fuzzer in fuzz_smtp_reply fuzz_imap_parser fuzz_pop3_parser fuzz_sasl_challenges; do
    binary=$build/tests/fuzz/$fuzzer
    if [ ! -x "$binary" ]; then
        echo "run-fuzzers: $binary is missing (configure with -DMAILDOCTOR_FUZZ=ON and build)" >&2
        exit 2
    fi
    corpus=$work/corpus-$fuzzer
    rm -rf "${artifacts:?}/$fuzzer"  # reproducers from an earlier run would be misleading
    mkdir -p "$corpus" "$artifacts/$fuzzer"
    cp "$work/seeds/${seeds_of[$fuzzer]}"/* "$corpus"/ 2>/dev/null || true
    log=$artifacts/$fuzzer.log
    echo "== $fuzzer: ${seconds}s from $(ls "$corpus" | wc -l) seeds"
    status=0
    "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -max_len=8192 -print_final_stats=1 -artifact_prefix="$artifacts/$fuzzer/" \
        >"$log" 2>&1 || status=$?
    # Last progress line ("#N DONE cov: ... exec/s: ...") and the final stats.
    grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -n 1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
    if [ "$status" -ne 0 ]; then
        failed=1
        echo "!! $fuzzer failed (exit $status); log: $log" >&2
        grep -E -A40 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error:|FUZZ_CHECK failed' "$log" | head -n 60 >&2 || true
        for reproducer in "$artifacts/$fuzzer"/*; do
            [ -e "$reproducer" ] || continue
            echo "!! reproducer: $reproducer  (run: $binary $reproducer)" >&2
        done
    fi
done
exit "$failed"
