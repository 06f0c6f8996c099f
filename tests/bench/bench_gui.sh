#!/usr/bin/env bash
# The desktop app's figures against its goals: start → first window shown (≤ 300 ms), peak RSS
# (≤ 80 MiB), 100,000 transcript lines (≤ 1 s, no event-loop stall over 50 ms). Runs under a
# real X server (xvfb-run), three times. Not a test: it prints figures.
# usage: tests/bench/bench_gui.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
cmake --build "$build" --target bench_gui >/dev/null
export XDG_CONFIG_HOME
XDG_CONFIG_HOME=$(mktemp -d)
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
for run in 1 2 3; do
    echo "--- run $run"
    xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "$build/tests/bench/bench_gui"
done
