#!/usr/bin/env python3
"""Checks an installed Mail Doctor tree: every file lies where a Linux desktop looks for it,
the desktop entry, AppStream file and icons fit together, every version stamp is this
release, and maildoctor-cli runs from there with the system's libraries.

  check-install.py ROOT --version V --app-id ID --icon-sizes 16,22,... (--gui|--no-gui)
      ROOT is a tree such as `dpkg -x maildoctor_V_ARCH.deb ROOT` makes (files under ROOT/usr).
  check-install.py --cmake-install CMAKE BUILD_DIR ROOT ...
      first runs `DESTDIR=ROOT CMAKE --install BUILD_DIR --prefix /usr` into an empty ROOT.

--gui: the desktop app and its files must be there; --no-gui: none of them may be.
"""
import argparse
import gzip
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

# Where a Debian/freedesktop desktop looks; anything else in the package is misplaced.
ALLOWED_PREFIXES = (
    "usr/bin/",
    "usr/share/applications/",
    "usr/share/metainfo/",
    "usr/share/icons/hicolor/",
    "usr/share/man/man1/",
    "usr/share/doc/maildoctor/",
    "usr/share/maildoctor/",  # application data (e.g. translations), if ever installed
)
# Private modules: <libdir>/maildoctor/modules/ (libdir is lib/<multiarch> for the /usr prefix).
PRIVATE_MODULE_DIR = re.compile(r"^usr/lib/(?:[a-z0-9_]+-linux-gnu[a-z0-9_]*/)?maildoctor/modules/[^/]+\.so$")
KEYCHAIN_MODULE = "libmaildoctor-keychain.so"

problems = []


def fail(message):
    problems.append(message)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def read_gz(path):
    try:
        with gzip.open(path, "rt", encoding="utf-8") as f:
            return f.read()
    except OSError as e:
        fail(f"{path}: not a readable gzip file ({e})")
        return ""


def desktop_entry(path):
    entry, group = {}, None
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("["):
                group = line
            elif group == "[Desktop Entry]" and "=" in line and not line.startswith("#"):
                key, value = line.split("=", 1)
                entry[key.strip()] = value.strip()
    return entry


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root", nargs="?")
    ap.add_argument("--cmake-install", nargs=3, metavar=("CMAKE", "BUILD_DIR", "ROOT"))
    ap.add_argument("--version", required=True)
    ap.add_argument("--app-id", required=True)
    ap.add_argument("--icon-sizes", required=True)
    gui = ap.add_mutually_exclusive_group(required=True)
    gui.add_argument("--gui", dest="gui", action="store_true")
    gui.add_argument("--no-gui", dest="gui", action="store_false")
    args = ap.parse_args()

    root = args.root
    if args.cmake_install:
        cmake, build_dir, root = args.cmake_install
        shutil.rmtree(root, ignore_errors=True)
        os.makedirs(root)
        done = subprocess.run([cmake, "--install", build_dir, "--prefix", "/usr"],
                              env=dict(os.environ, DESTDIR=os.path.abspath(root)),
                              capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            sys.exit(f"FAIL: cmake --install failed:\n{done.stdout}{done.stderr}")
    if not root:
        ap.error("ROOT or --cmake-install is required")
    root = os.path.abspath(root)
    version, app_id = args.version, args.app_id
    sizes = [int(s) for s in args.icon_sizes.split(",")]

    files = set()
    for dirpath, _, names in os.walk(root):
        for name in names:
            files.add(os.path.relpath(os.path.join(dirpath, name), root))
    for f in sorted(files):
        if not f.startswith(ALLOWED_PREFIXES) and not PRIVATE_MODULE_DIR.match(f):
            fail(f"{f} is outside the places a desktop looks ({', '.join(ALLOWED_PREFIXES)})")

    def path(rel):
        return os.path.join(root, rel)

    # Present in every package.
    expected = {
        "usr/bin/maildoctor-cli",
        "usr/share/man/man1/maildoctor-cli.1.gz",
        "usr/share/doc/maildoctor/copyright",
        "usr/share/doc/maildoctor/changelog.gz",
    }
    desktop_rel = f"usr/share/applications/{app_id}.desktop"
    metainfo_rel = f"usr/share/metainfo/{app_id}.metainfo.xml"
    gui_files = {
        "usr/bin/maildoctor",
        "usr/share/man/man1/maildoctor.1.gz",
        desktop_rel,
        metainfo_rel,
        f"usr/share/icons/hicolor/scalable/apps/{app_id}.svg",
    } | {f"usr/share/icons/hicolor/{s}x{s}/apps/{app_id}.png" for s in sizes}
    if args.gui:
        expected |= gui_files
    else:
        for f in sorted(gui_files & files):
            fail(f"{f} is installed without the desktop app (app/gui)")
    for f in sorted(expected - files):
        fail(f"{f} is missing")
    modules = [f for f in files if PRIVATE_MODULE_DIR.match(f) and f.endswith("/" + KEYCHAIN_MODULE)]
    if len(modules) != 1:
        fail(f"expected one {KEYCHAIN_MODULE} in usr/lib/…/maildoctor/modules/, found {modules or 'none'}")

    for f in ("usr/bin/maildoctor-cli", "usr/bin/maildoctor"):
        if f in files and not os.access(path(f), os.X_OK):
            fail(f"{f} is not executable")
    for f in sorted(files):
        if f.startswith("usr/share/man/") and not f.endswith(".gz"):
            fail(f"{f}: man pages are installed gzipped")

    # Every version stamp says this release.
    if "usr/share/doc/maildoctor/changelog.gz" in files:
        head = read_gz(path("usr/share/doc/maildoctor/changelog.gz")).split("\n", 1)[0]
        if not head.startswith(f"maildoctor ({version}) "):
            fail(f"the changelog's newest entry is \"{head}\", not version {version}")
    if "usr/share/doc/maildoctor/copyright" in files:
        with open(path("usr/share/doc/maildoctor/copyright"), encoding="utf-8") as f:
            if not f.readline().startswith("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0"):
                fail("usr/share/doc/maildoctor/copyright is not in the Debian copyright format")
    for f in sorted(files):
        if f.startswith("usr/share/man/man1/") and f.endswith(".gz"):
            th = re.search(r"^\.TH .*$", read_gz(path(f)), re.MULTILINE)
            if not th or f"Mail Doctor {version}" not in th.group(0):
                fail(f"{f}: the .TH line does not name \"Mail Doctor {version}\"")

    # The desktop entry, the AppStream file and the icons refer to each other.
    if desktop_rel in files:
        entry = desktop_entry(path(desktop_rel))
        exec_bin = entry.get("Exec", "").split(" ")[0]
        if f"usr/bin/{exec_bin}" not in files:
            fail(f"{desktop_rel}: Exec={exec_bin} is not in usr/bin")
        if entry.get("Icon") != app_id:
            fail(f"{desktop_rel}: Icon={entry.get('Icon')} is not the app id {app_id}")
        validate = subprocess.run(["desktop-file-validate", path(desktop_rel)], capture_output=True, text=True)
        if validate.returncode != 0 or validate.stdout.strip():
            fail(f"{desktop_rel}: desktop-file-validate: {validate.stdout}{validate.stderr}")
    if metainfo_rel in files:
        component = ET.parse(path(metainfo_rel)).getroot()
        if component.findtext("id") != app_id:
            fail(f"{metainfo_rel}: <id> is {component.findtext('id')}, not {app_id}")
        if component.findtext("launchable") != f"{app_id}.desktop":
            fail(f"{metainfo_rel}: <launchable> is {component.findtext('launchable')}, not {app_id}.desktop")
        for binary in component.iterfind("provides/binary"):
            if f"usr/bin/{binary.text}" not in files:
                fail(f"{metainfo_rel}: provides the binary {binary.text}, which is not in usr/bin")
        releases = [r.get("version") for r in component.iterfind("releases/release")]
        if not releases or releases[0] != version:
            fail(f"{metainfo_rel}: the newest <release> is {releases[:1]}, not {version}")
    for s in sizes:
        f = f"usr/share/icons/hicolor/{s}x{s}/apps/{app_id}.png"
        if f in files and png_size(path(f)) != (s, s):
            fail(f"{f} is {png_size(path(f))} px, not {s}x{s}")

    # No program or module carries a library search path: everything it links is the system's.
    for f in sorted(files):
        if f.startswith("usr/bin/") or PRIVATE_MODULE_DIR.match(f):
            dyn = subprocess.run(["readelf", "-d", path(f)], capture_output=True, text=True).stdout
            for line in dyn.splitlines():
                if "(RPATH)" in line or "(RUNPATH)" in line:
                    fail(f"{f} has a library search path: {line.split(':', 1)[-1].strip()}")

    # The CLI runs from the tree with the system's Qt (no LD_LIBRARY_PATH, no rpath tricks).
    if "usr/bin/maildoctor-cli" in files:
        env = {k: v for k, v in os.environ.items() if not k.startswith("LD_")}
        run = subprocess.run([path("usr/bin/maildoctor-cli"), "--version"], env=env,
                             capture_output=True, text=True, timeout=30)
        if run.returncode != 0 or run.stdout.strip() != f"maildoctor-cli {version}":
            fail(f"usr/bin/maildoctor-cli --version: exit {run.returncode}, "
                 f"said {run.stdout.strip()!r} {run.stderr.strip()!r}, expected 'maildoctor-cli {version}'")
        # The translations travel inside the binary: on a German desktop it speaks German.
        german = dict(env, LANGUAGE="", LC_ALL="", LC_MESSAGES="", LANG="de_DE.UTF-8")
        run = subprocess.run([path("usr/bin/maildoctor-cli"), "--help"], env=german,
                             capture_output=True, text=True, timeout=30)
        if run.returncode != 0 or not run.stdout.startswith("Aufruf:"):
            fail(f"usr/bin/maildoctor-cli --help with LANG=de_DE.UTF-8: exit {run.returncode}, "
                 f"said {run.stdout[:40]!r}, expected German ('Aufruf:')")

    # The CLI finds its keychain module in the tree: with no session bus the keychain itself
    # answers "unavailable" (QtKeychain's words), never "the keychain module could not be loaded".
    if "usr/bin/maildoctor-cli" in files:
        home = tempfile.mkdtemp(prefix="maildoctor-install-check.")
        try:
            env = {k: v for k, v in os.environ.items() if not k.startswith(("LD_", "XDG_", "DBUS_"))}
            env.update(HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
                       DBUS_SESSION_BUS_ADDRESS="unix:path=" + os.path.join(home, "no-bus"))
            cli = path("usr/bin/maildoctor-cli")
            subprocess.run([cli, "account", "add", "Probe", "--email", "probe@example.test",
                            "--smtp-host", "smtp.example.test", "--imap-host", "imap.example.test"],
                           env=env, capture_output=True, text=True, timeout=30, check=False)
            run = subprocess.run([cli, "account", "show", "Probe", "--json"], env=env,
                                 capture_output=True, text=True, timeout=30)
            if run.returncode != 0 or '"secret": "unavailable"' not in run.stdout:
                fail(f"maildoctor-cli account show from the tree: exit {run.returncode}, "
                     f"said {run.stdout.strip()!r} {run.stderr.strip()!r}")
            elif "keychain module" in run.stdout:
                fail("maildoctor-cli from the tree does not find its keychain module: " + run.stdout.strip())
        finally:
            shutil.rmtree(home, ignore_errors=True)

    if problems:
        print(f"FAIL: the installed tree {root} is not right:")
        for p in problems:
            print(f"  - {p}")
        sys.exit(1)
    print(f"OK: {len(files)} files in {root}, all where the desktop expects them"
          f"{' (with the desktop app)' if args.gui else ' (command-line tool only: no app/gui yet)'}")


if __name__ == "__main__":
    main()
