#!/bin/bash
# Fails when a file listed in formatted-files.txt is not formatted as .clang-format says.
# The list holds the files that already follow the style; add a file once it does (new files
# should start formatted: clang-format -i FILE). Usage: check-format.sh SOURCE_DIR
set -euo pipefail
src=${1:?usage: check-format.sh SOURCE_DIR}
cd "$src"
status=0
while IFS= read -r file; do
    case $file in ''|'#'*) continue ;; esac
    if [ ! -f "$file" ]; then
        echo "listed but missing: $file" >&2
        status=1
        continue
    fi
    if ! clang-format --dry-run -Werror "$file" >/dev/null 2>&1; then
        echo "not formatted: $file (run clang-format -i $file)" >&2
        status=1
    fi
done < tests/format/formatted-files.txt
exit $status
