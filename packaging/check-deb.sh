#!/usr/bin/env bash
# Checks the .deb that `packaging/build.sh package` made in BUILD_DIR: lintian finds no error,
# the control fields carry the run-time dependencies dpkg-shlibdeps cannot see, and the files
# unpacked into a temporary root (dpkg -x) lie where the desktop expects them, with
# maildoctor-cli running from there on the system's Qt (check-install.py).
#   packaging/check-deb.sh BUILD_DIR
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir=$(cd "${1:?usage: $0 BUILD_DIR}" && pwd)
# shellcheck source=/dev/null
. "$build_dir/packaging/package.env"
deb=$build_dir/maildoctor_${MAILDOCTOR_VERSION}_$(dpkg --print-architecture).deb
[ -f "$deb" ] || { echo "FAIL: $deb is missing (run packaging/build.sh package)" >&2; exit 1; }

# No tag is suppressed: the package is lintian-clean but for info tags (hardening-no-bindnow,
# binary-has-unneeded-section). Warnings are shown; errors fail.
echo "lintian $(basename "$deb")"
lintian_rc=0
lintian_out=$(lintian --fail-on error "$deb" 2>&1) || lintian_rc=$?
grep -v '^running with root privileges' <<<"$lintian_out" || true
[ "$lintian_rc" = 0 ] || { echo "FAIL: lintian reports errors for $deb" >&2; exit 1; }

fail=0
field() { dpkg-deb --field "$deb" "$1"; }
depends=$(field Depends)
# libsecret-1-0: QtKeychain loads it with dlopen; qt6-qpa-plugins: the GUI's platform plugins;
# libqt6network6: ships the TLS backend plugin (libqopensslbackend.so); libqt6svg6: the SVG
# icon engine plugin; libqt6core6 proves that dpkg-shlibdeps ran.
for need in libsecret-1-0 qt6-qpa-plugins libqt6network6 libqt6svg6 libqt6core6 libc6; do
    grep -Eq "(^|, )$need( |,|$)" <<<"$depends" || { echo "FAIL: Depends lacks $need: $depends" >&2; fail=1; }
done
[ "$(field Section)" = mail ] || { echo "FAIL: Section is '$(field Section)', not mail" >&2; fail=1; }
[ -n "$(field Maintainer)" ] || { echo "FAIL: no Maintainer" >&2; fail=1; }
[ "$(field Version)" = "$MAILDOCTOR_VERSION" ] || { echo "FAIL: Version is $(field Version)" >&2; fail=1; }

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg -x "$deb" "$root"
gui=--no-gui
[ "$MAILDOCTOR_WITH_GUI" = 1 ] && gui=--gui
python3 "$here/check-install.py" "$root" --version "$MAILDOCTOR_VERSION" --app-id "$MAILDOCTOR_APP_ID" \
    --icon-sizes "$MAILDOCTOR_ICON_SIZES" "$gui" || fail=1

[ "$fail" = 0 ] && echo "OK: $(basename "$deb") passes lintian and installs where the desktop expects it"
exit "$fail"
