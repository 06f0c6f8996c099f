#!/usr/bin/env bash
# Mail Doctor's one entry point for people and CI, on Debian 12.
#   packaging/build.sh run    install what is missing, build, start the app
#   packaging/build.sh test   install what is missing, build, run the whole test suite
#   packaging/build.sh deps   only install what is missing
#   packaging/build.sh build  only configure and build (build/)
# Everything comes from Debian's packages; apt-get runs through sudo when not root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${MAILDOCTOR_BUILD_DIR:-$root/build}

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev
    # Qt 6 and friends
    qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins qtkeychain-qt6-dev libgl-dev libssl-dev
    # real servers and peers the tests start on loopback
    dovecot-core dovecot-imapd dovecot-submissiond python3 python3-aiosmtpd openssl
    # benchmark peers
    swaks libnet-ssleay-perl curl
)

deps() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    # Installing dovecot-core may try to start the system service; our tests never use it.
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

build() {
    cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
    cmake --build "$build_dir" -j "$(nproc)"
}

run_tests() {
    ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"
}

case "${1:-}" in
    deps) deps ;;
    build) deps; build ;;
    test) deps; build; run_tests ;;
    run)
        deps; build
        if [ -x "$build_dir/app/gui/maildoctor" ]; then
            exec "$build_dir/app/gui/maildoctor"
        fi
        exec "$build_dir/app/cli/maildoctor-cli" --help
        ;;
    *) echo "usage: $0 run|test|deps|build" >&2; exit 2 ;;
esac
