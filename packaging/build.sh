#!/usr/bin/env bash
# Mail Doctor's one entry point for people and CI, on Debian 12.
#   packaging/build.sh run    install what is missing, build, start the app
#   packaging/build.sh test   install what is missing, build, run the whole test suite, build
#                             the .deb and check it (lintian, dpkg -x), then run the suite
#                             again under ASan + UBSan (build-asan/) and run each libFuzzer
#                             target for a bounded time (build-fuzz/)
#   packaging/build.sh package  build build/maildoctor_<version>_<arch>.deb (CPack)
#   packaging/build.sh deps   only install what is missing
#   packaging/build.sh build  only configure and build (build/)
#   packaging/build.sh sanitize / fuzz   only the sanitizer run / only the fuzzers
# MAILDOCTOR_BUILD_DIR moves build/ (the other two go beside it: <dir>-asan, <dir>-fuzz);
# MAILDOCTOR_FUZZ_SECONDS sets each fuzzer's run time (default 20).
# Everything comes from Debian's packages; apt-get runs through sudo when not root.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${MAILDOCTOR_BUILD_DIR:-$root/build}
asan_dir=$build_dir-asan
fuzz_dir=$build_dir-fuzz
fuzz_seconds=${MAILDOCTOR_FUZZ_SECONDS:-20}

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev clang-format
    # Qt 6 and friends
    qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-qpa-plugins qtkeychain-qt6-dev libgl-dev libssl-dev
    # Qt's own strings in German, French... (qtbase_<lang>.qm), beside our embedded translations
    qt6-translations-l10n
    # real servers and peers the tests start on loopback
    dovecot-core dovecot-imapd dovecot-submissiond dovecot-pop3d python3 python3-aiosmtpd openssl
    dante-server tinyproxy
    # saved accounts: QtKeychain's Secret Service backend (libsecret, loaded at run time), a real
    # keyring on a private session bus for the tests, secret-tool, and msmtp for the export test
    libsecret-1-0 libsecret-tools gnome-keyring dbus msmtp
    # OAuth2: a real authorization server (oidc-provider from npm, pinned in
    # tests/support/oauth/package-lock.json, installed by the tests with `npm ci`)
    nodejs
    # the desktop app (SVG icons) and its tests under a real X server (xvfb-run, screenshots)
    qt6-svg-dev xvfb xauth imagemagick fonts-dejavu-core
    # benchmark peers
    swaks libnet-ssleay-perl curl
    # desktop integration and the .deb: icon rendering, validators, CPack's dpkg-shlibdeps
    librsvg2-bin desktop-file-utils appstream dpkg-dev lintian
    # discovery: the c-ares resolver, and a real DNS server (nsd + dig) for its tests
    libc-ares-dev nsd bind9-dnsutils iproute2
)

deps() {
    local missing=() p
    for p in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing+=("$p")
    done
    # npm: Debian's package, unless a nodejs that bundles npm (NodeSource) is installed already.
    command -v npm >/dev/null || missing+=(npm)
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

# The .deb from build/ with CPack (packaging/CMakeLists.txt): build/maildoctor_<version>_<arch>.deb
package() {
    rm -f "$build_dir"/maildoctor_*.deb
    (cd "$build_dir" && cpack -G DEB >/dev/null)
    ls "$build_dir"/maildoctor_*.deb
}

# The whole suite again, built with gcc under AddressSanitizer + UndefinedBehaviorSanitizer
# (Debug, -O0: exact stacks, and it compiles twice as fast as -O1; the tests take seconds).
# Leaks fail the run; any UB report stops it.
sanitize() {
    cmake -S "$root" -B "$asan_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
        -DMAILDOCTOR_SANITIZE=ON >/dev/null
    cmake --build "$asan_dir" -j "$(nproc)"
    ASAN_OPTIONS=detect_leaks=1:detect_stack_use_after_return=1:check_initialization_order=1 \
    LSAN_OPTIONS=suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0 \
    UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
        ctest --test-dir "$asan_dir" --output-on-failure -j "$(nproc)"
}

# libFuzzer targets (clang, ASan + UBSan): each runs $fuzz_seconds from the seed corpus.
fuzz() {
    cmake -S "$root" -B "$fuzz_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DMAILDOCTOR_FUZZ=ON -DMAILDOCTOR_BUILD_TESTS=OFF >/dev/null
    cmake --build "$fuzz_dir" -j "$(nproc)" --target maildoctor_fuzzers
    bash "$root/tests/fuzz/run-fuzzers.sh" "$fuzz_dir" "$fuzz_seconds"
}

case "${1:-}" in
    deps) deps ;;
    build) deps; build ;;
    test)
        deps; build; run_tests
        package; bash "$root/packaging/check-deb.sh" "$build_dir"
        sanitize; fuzz
        echo "All passed: the test suite, the .deb checks, the same suite under ASan+UBSan, and each fuzzer for ${fuzz_seconds} s."
        ;;
    package) deps; build; package ;;
    sanitize) deps; sanitize ;;
    fuzz) deps; fuzz ;;
    run)
        deps; build
        if [ -x "$build_dir/app/gui/maildoctor" ]; then
            exec "$build_dir/app/gui/maildoctor"
        fi
        exec "$build_dir/app/cli/maildoctor-cli" --help
        ;;
    *) echo "usage: $0 run|test|deps|build|package|sanitize|fuzz" >&2; exit 2 ;;
esac
