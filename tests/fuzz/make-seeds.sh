#!/usr/bin/env bash
# Writes the fuzzers' seed corpus into OUT_DIR (nothing binary is kept in the repository):
#   OUT_DIR/smtp/, OUT_DIR/imap/ ...  one seed per scenario file in tests/scenarios/<protocol>/:
#                                     its server lines (S: text + CRLF, S! raw with its escapes
#                                     decoded), in order, as one byte stream
#   OUT_DIR/imap/   also a few hand-written IMAP responses (literals, codes, continuations)
#   OUT_DIR/pop3/   also a few hand-written POP3 responses (CAPA bodies, dot-stuffing, RFC 2449 codes)
#   OUT_DIR/sasl/   hand-written SASL server messages, NUL-separated as fuzz_sasl_challenges
#                   expects: complete SCRAM exchanges (RFC 5802 / RFC 7677 vectors), e=, m=,
#                   a CRAM-MD5 challenge (RFC 2195), OAuth JSON errors (RFC 7628, Google)
# usage: tests/fuzz/make-seeds.sh OUT_DIR [SCENARIO_DIR]
set -euo pipefail

out=${1:?usage: make-seeds.sh OUT_DIR [SCENARIO_DIR]}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
scenarios=${2:-$here/../scenarios}
mkdir -p "$out/smtp" "$out/imap" "$out/pop3" "$out/sasl"

# Scenarios: the same escapes as tests/support/FakeServer.h (\r \n \t \\ \xHH).
python3 - "$scenarios" "$out" <<'PY'
import pathlib, re, sys
root, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
def unescape(text):
    return re.sub(rb'\\(x[0-9A-Fa-f]{2}|.)',
                  lambda m: bytes([int(m.group(1)[1:], 16)]) if m.group(1).startswith(b'x') and len(m.group(1)) == 3
                  else {b'r': b'\r', b'n': b'\n', b't': b'\t', b'\\': b'\\'}.get(m.group(1), m.group(0)),
                  text)
for path in sorted(root.glob('**/*.txt')):
    data = b''
    for line in path.read_bytes().splitlines():
        if line.startswith(b'S:'):
            data += line[2:].removeprefix(b' ') + b'\r\n'
        elif line.startswith(b'S!'):
            data += unescape(line[2:].removeprefix(b' '))
    if data:
        protocol = path.relative_to(root).parts[0]
        (out / protocol).mkdir(exist_ok=True)
        (out / protocol / (path.stem + '.seed')).write_bytes(data)
PY

seed() { printf '%b' "$3" >"$out/$1/$2.seed"; }

# IMAP (RFC 9051): the shapes the parser must frame.
seed imap greeting '* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE LITERAL+ STARTTLS AUTH=PLAIN] Dovecot ready.\r\n'
seed imap capability '* CAPABILITY IMAP4rev1 IMAP4rev2 AUTH=SCRAM-SHA-256 AUTH=XOAUTH2\r\na1 OK Pre-login capabilities listed, post-login capabilities have more.\r\n'
seed imap sasl-continuation '+ cj1yT3ByTkdmd0ViZVJXZ2JORWtxTyVodllEcFdVYTJSYVRDQWZ1eEZJbGopaE5sRiRrMCxzPVcyMlphSjBTTlk3c29Fc1VFamI2Z1E9PSxpPTQwOTY=\r\n+ \r\na2 OK [CAPABILITY IMAP4rev1 IDLE] Logged in\r\n'
seed imap auth-failed 'a3 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n* BYE [ALERT] Too many invalid commands\r\n'
seed imap fetch-literal '* 12 FETCH (FLAGS (\\Seen \\Answered) UID 4827 BODY[HEADER.FIELDS (FROM)] {22}\r\nFrom: a@example.test\r\n)\r\na4 OK Fetch completed.\r\n'
seed imap literal-plus '* LIST (\\HasNoChildren) "/" "INBOX"\r\n* LIST (\\Noselect \\HasChildren) "." {5+}\r\nJunk!\r\n* 2 FETCH (BINARY[1] ~{3}\r\nabc)\r\n'
seed imap status-codes '* OK [UIDVALIDITY 3857529045] UIDs valid\r\n* OK [PERMANENTFLAGS (\\Deleted \\Seen \\*)] Limited\r\n* 172 EXISTS\r\n* ID ("name" "Dovecot" "version" NIL)\r\na5 OK [READ-WRITE] SELECT completed\r\n'
seed imap starttls-injection 'a1 OK Begin TLS negotiation now\r\n* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] injected\r\n'
seed imap text-with-brace '* OK [ALERT] your quota is {100}\r\n+ continue {4}\r\n* NO [BADCHARSET (UTF-8 "US-ASCII")] oops\r\n'

# POP3 (RFC 1939, RFC 2449, RFC 3206, RFC 5034).
seed pop3 capa '+OK Capability list follows\r\nCAPA\r\nTOP\r\nLOGIN-DELAY 900\r\nSASL PLAIN SCRAM-SHA-256\r\nRESP-CODES\r\nSTLS\r\nUSER\r\n.\r\n'
seed pop3 dot-stuffing '+OK\r\n..hidden\r\n...\r\n.x\r\n.\r\n+OK 2 320\r\n'
seed pop3 codes '-ERR [IN-USE] locked\r\n-ERR [LOGIN-DELAY] wait\r\n-ERR [SYS/TEMP] later\r\n-ERR [SYS/PERM] gone\r\n-ERR [AUTH] bad\r\n-ERR [X/Y/Z-1] odd\r\n-ERR [broken\r\n'
seed pop3 sasl '+ cj1meWtvK2QybGJiRmdPTlJ2OXFreGRhd0wz\r\n+\r\n+ \r\n+OK Logged in.\r\n'
seed pop3 greeting-apop '+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>\r\n'

# SASL: messages separated by NUL (see fuzz_sasl_challenges.cpp). user/pencil throughout.
sha1_first='r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096'
sha1_final='v=rmF9pqV8S7suAoZWja4dJRkFsKQ='
sha256_first='r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096'
sha256_final='v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4='
seed sasl scram-sha1-challenge "$sha1_first\\0$sha1_final\\0"
seed sasl scram-sha1-success-data "$sha1_first\\0$sha1_final"
seed sasl scram-sha1-no-sasl-ir "\\0$sha1_first\\0$sha1_final\\0"
seed sasl scram-sha256-challenge "$sha256_first\\0$sha256_final\\0"
seed sasl scram-sha256-success-data "$sha256_first\\0$sha256_final"
seed sasl scram-sha256-extension-bad-signature "$sha256_first,x=ext\\0$sha256_final,x=more\\0"
seed sasl scram-server-first-error 'e=unknown-user'
seed sasl scram-final-error "$sha256_first\\0e=invalid-proof\\0"
seed sasl scram-mandatory-extension "m=channel-binding-type,$sha256_first"
seed sasl cram-md5 '<1896.697170952@postoffice.reston.mci.net>'
seed sasl oauthbearer-error '{"status":"invalid_token","scope":"example_scope","openid-configuration":"https://example.com/.well-known/openid-configuration"}\0'
seed sasl xoauth2-error '{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}\0'
seed sasl oauth-error-multiline '{\n  "status": "invalid_token",\n  "scope": "mail"\n}\0'
seed sasl oauth-not-json 'Authentication failed\0'
