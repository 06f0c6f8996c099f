#!/usr/bin/env bash
# Starts the real maildoctor app under a real X server (xvfb-run) for a passing and a failing
# check against the test mail server, and keeps screenshots of every result tab in OUTDIR:
#   gui-pass-{findings,steps,transcript,certificate}.png, gui-fail-….png, gui-untrusted-….png,
# gui-fixed-….png (after "Apply fix and retry"; the last in a dark palette), and gui-appstream-….png
# (the fixed run again in a 1280×720 window with a PLAIN login, for resources/screenshots/)
# usage: screenshots.sh MAILDOCTOR SERVER_ENV OUTDIR
set -euo pipefail
app=$1 server_env=$2 out=$3
[ -x "$app" ] || { echo "screenshots: $app is not executable" >&2; exit 1; }
# shellcheck disable=SC1090
. "$server_env"   # KEY='value' lines (mailserver.sh)
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME=$work/config  # fresh window geometry, no user settings touched
export MAILDOCTOR_GUI_PASSWORD=$MAIL_PASSWORD

run() {  # run NAME EXPECTED_STATUS SMTP_JSON [PALETTE] [APPLY_FIX] [WINDOW_SIZE_JSON]
    local name=$1 expected=$2 json=$3 palette=${4:-} apply_fix=${5:-false} size=${6:-null} status=0
    rm -f "$out/gui-$name"-*.png
    printf '{"smtp": %s, "run": "sending", "screenshots": "%s", "report": "%s", "palette": "%s", "apply_fix": %s, "window_size": %s}\n' \
        "$json" "$out/gui-$name" "$work/$name.html" "$palette" "$apply_fix" "$size" > "$work/$name.json"
    MAILDOCTOR_GUI_SCRIPT=$work/$name.json timeout 150 \
        xvfb-run -a -s "-screen 0 1600x1000x24 -nolisten tcp" "$app" > "$work/$name.out" 2>&1 || status=$?
    if [ "$status" != "$expected" ]; then
        echo "screenshots: $name: exit status $status, expected $expected" >&2
        cat "$work/$name.out" >&2
        exit 1
    fi
    local tab
    for tab in findings steps transcript certificate; do
        local png=$out/gui-$name-$tab.png
        [ -s "$png" ] || { echo "screenshots: $png missing" >&2; exit 1; }
        # A real picture of the window, not an empty one: its size and more than a few colours.
        local info
        info=$(identify -format '%w %h %k' "$png")
        read -r w h colours <<< "$info"
        if [ "$w" -lt 800 ] || [ "$h" -lt 600 ] || [ "$colours" -lt 16 ]; then
            echo "screenshots: $png looks wrong: ${w}x${h}, $colours colours" >&2; exit 1
        fi
    done
    # The saved report holds no form of the password (the test's leak check runs on it too).
    if grep -qF -- "$MAIL_PASSWORD" "$work/$name.html"; then
        echo "screenshots: the $name report contains the password" >&2; exit 1
    fi
    echo "screenshots: $name: $(cat "$work/$name.out" | tail -n 1); saved $out/gui-$name-*.png"
}

run pass 0 "{\"host\": \"localhost\", \"port\": $SMTP_STARTTLS_PORT, \"security\": \"starttls\",
             \"user\": \"$MAIL_USER\", \"ca_file\": \"$CA_FILE\"}"
# STARTTLS on the implicit-TLS port: the server waits for a TLS handshake, the check gets no greeting.
run fail 1 "{\"host\": \"localhost\", \"port\": $SMTP_TLS_PORT, \"security\": \"starttls\",
             \"user\": \"$MAIL_USER\", \"ca_file\": \"$CA_FILE\", \"timeout\": 3}"
# The same, then "Apply fix and retry" clicked: it passes, with the changed setting highlighted.
run fixed 0 "{\"host\": \"localhost\", \"port\": $SMTP_TLS_PORT, \"security\": \"starttls\",
              \"user\": \"$MAIL_USER\", \"ca_file\": \"$CA_FILE\", \"timeout\": 3}" "" true
# No CA file: the test CA is unknown, the certificate does not verify (in a dark palette).
run untrusted 1 "{\"host\": \"localhost\", \"port\": $SMTP_TLS_PORT, \"security\": \"tls\",
                  \"user\": \"$MAIL_USER\"}" dark
# For the AppStream metainfo (resources/screenshots/diagnose.png): the fixed run at 16:9, logging in
# with PLAIN so that the transcript shows the masked password rather than SCRAM's random nonces.
# The CA file is copied to a short path: the form shows it.
cp "$CA_FILE" "$work/ca.pem"
run appstream 0 "{\"host\": \"localhost\", \"port\": $SMTP_TLS_PORT, \"security\": \"starttls\",
                  \"user\": \"$MAIL_USER\", \"auth\": \"plain\", \"ca_file\": \"$work/ca.pem\", \"timeout\": 3}" \
    "" true "[1280, 720]"
