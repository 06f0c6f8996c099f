#!/usr/bin/env bash
# Runs COMMAND in a private network + mount namespace where only loopback exists, with the real
# servers discovery needs on the standard ports of made-up 127.x addresses:
#   nsd on 127.0.0.1:53 and [::1]:53 (zones/*.zone), and /etc/resolv.conf bind-mounted to point
#       at it, so even the system resolver path never leaves the machine;
#   Dovecot (tests/support/mailserver/mailserver.sh) with a certificate for the test host names,
#       reachable on 127.0.0.2 ports 993, 143, 465, 587, 995, 110 (imap./smtp.example.test, and
#       imap./smtp.wrongport.test, whose SRV record names STARTTLS on 465);
#   an HTTPS (443) + HTTP (80) server on 127.0.0.3 for autoconfig / ISPDB / PACC documents;
#   a silent host 127.0.0.4 (ports 587 and 993 accept nothing and never speak); 127.0.0.5 is closed.
# COMMAND gets DISCOVERY_CA_FILE, DISCOVERY_DNS and MAILDOCTOR_SERVER_ENV (Dovecot's server.env) in its
# environment.
# usage: netns-run.sh COMMAND [ARG...]    (needs root: CI runs the tests as root)
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
support=$here/../support
PATH=$PATH:/usr/sbin:/sbin

if [ -z "${MAILDOCTOR_IN_NETNS:-}" ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "netns-run.sh: needs root for a private network namespace (unshare --net --mount)" >&2
        exit 1
    fi
    exec unshare --net --mount --propagation private env MAILDOCTOR_IN_NETNS=1 bash "$0" "$@"
fi

ip link set lo up
work=$(mktemp -d /tmp/maildoctor-discovery.XXXXXX)
chmod 0755 "$work"
web_pid=
cleanup() {
    [ -n "$web_pid" ] && kill "$web_pid" 2>/dev/null || true
    bash "$support/dns/nsd.sh" stop "$work/dns" || true
    bash "$support/mailserver/mailserver.sh" stop "$work/mail" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# Certificates: the test CA; Dovecot's leaf also names the test hosts; one leaf for the web server.
certs=$work/mail/certs
bash "$support/make-certs.sh" "$certs"
leaf() { # name san
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$certs/$1.key" 2>/dev/null
    openssl req -new -key "$certs/$1.key" -subj "/CN=${2%%,*}" -out "$certs/$1.csr" 2>/dev/null
    printf 'subjectAltName=%s\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature\nextendedKeyUsage=serverAuth\n' \
        "$2" > "$certs/$1.ext"
    openssl x509 -req -in "$certs/$1.csr" -CA "$certs/ca.pem" -CAkey "$certs/ca.key" -CAcreateserial -sha256 \
        -days 30 -extfile "$certs/$1.ext" -out "$certs/$1.pem" 2>/dev/null
    cat "$certs/$1.pem" "$certs/ca.pem" > "$certs/$1-chain.pem"
    rm -f "$certs/$1.csr" "$certs/$1.ext"
    chmod 0644 "$certs/$1".*
}
leaf server "DNS:localhost,IP:127.0.0.1,IP:::1,DNS:imap.example.test,DNS:smtp.example.test,DNS:mail.example.test,DNS:imap.wrongport.test,DNS:smtp.wrongport.test"
web_names=
for n in autoconfig.example.test example.test ua-auto-config.example.test ispdb.test autoconfig.bad.test bad.test \
         ua-auto-config.bad.test autoconfig.provider.test autoconfig.redirect.test redirect.test autoconfig.other.test; do
    web_names+="${web_names:+,}DNS:$n"
done
leaf web "$web_names"

env_file=$(bash "$support/mailserver/mailserver.sh" start "$work/mail")
# shellcheck disable=SC1090
. "$env_file"

digest=$(openssl dgst -sha256 -binary "$here/www/pacc-example.json" | base64)
bash "$support/dns/nsd.sh" start "$work/dns" "$here/zones" 127.0.0.1 ::1 -- PORT=53 "PACC_DIGEST=$digest" >/dev/null
printf 'nameserver 127.0.0.1\noptions timeout:1 attempts:2\n' > "$work/resolv.conf"
mount --bind "$work/resolv.conf" /etc/resolv.conf

python3 "$here/servers.py" "$here/www" "$certs/web-chain.pem" "$certs/web.key" \
    "127.0.0.2:993=$IMAP_TLS_PORT,127.0.0.2:143=$IMAP_STARTTLS_PORT,127.0.0.2:465=$SMTP_TLS_PORT,127.0.0.2:587=$SMTP_STARTTLS_PORT,127.0.0.2:995=$POP3_TLS_PORT,127.0.0.2:110=$POP3_STARTTLS_PORT" \
    "127.0.0.4:587,127.0.0.4:993" "$work/ready" 2>"$work/servers.log" &
web_pid=$!
for (( i = 0; i < 100; i++ )); do
    [ -f "$work/ready" ] && break
    kill -0 "$web_pid" 2>/dev/null || { cat "$work/servers.log" >&2; exit 1; }
    sleep 0.1
done
[ -f "$work/ready" ] || { echo "netns-run.sh: servers.py did not start" >&2; cat "$work/servers.log" >&2; exit 1; }
dig +short +time=1 +tries=2 imap.example.test | grep -qx 127.0.0.2 \
    || { echo "netns-run.sh: the system resolver does not reach the test nsd" >&2; exit 1; }

export DISCOVERY_CA_FILE=$certs/ca.pem DISCOVERY_DNS=127.0.0.1:53 MAILDOCTOR_SERVER_ENV=$env_file
status=0
"$@" || status=$?
[ "$status" -eq 0 ] || { echo "--- servers.log" >&2; tail -n 40 "$work/servers.log" >&2; }
exit "$status"
