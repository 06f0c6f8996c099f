#!/usr/bin/python3
"""Manual smoke check of a running fixture: SCRAM-SHA-1/256 and XOAUTH2/OAUTHBEARER (valid and
invalid token) on IMAP and submission, printing each server answer, incl. the decoded error
challenge. usage: selfcheck.py DIR/server.env   (not run by the test suite)"""
import base64, hashlib, hmac, os, smtplib, ssl, sys, imaplib
env = {}
for line in open(sys.argv[1]):
    if '=' in line and not line.startswith('#'):
        k, v = line.rstrip('\n').split('=', 1); env[k] = v.strip("'")
ctx = ssl.create_default_context(cafile=env['CA_FILE'])
user, pw, tok = env['MAIL_USER'], env['MAIL_PASSWORD'], env['OAUTH_TOKEN']

def scram(hname, user, pw):
    h = getattr(hashlib, hname)
    cnonce = base64.b64encode(os.urandom(18)).decode()
    first_bare = f"n={user},r={cnonce}"
    def step(server_first):
        d = dict(x.split('=', 1) for x in server_first.split(','))
        salt = base64.b64decode(d['s']); it = int(d['i'])
        salted = hashlib.pbkdf2_hmac(hname, pw.encode(), salt, it)
        ck = hmac.new(salted, b"Client Key", h).digest()
        sk = hashlib.new(hname, ck).digest()
        final_wo = f"c=biws,r={d['r']}"
        am = f"{first_bare},{server_first},{final_wo}".encode()
        sig = hmac.new(sk, am, h).digest()
        proof = bytes(a ^ b for a, b in zip(ck, sig))
        return f"{final_wo},p={base64.b64encode(proof).decode()}"
    return "n,," + first_bare, step

def imap_scram(mech, hname, pw):
    m = imaplib.IMAP4_SSL('127.0.0.1', int(env['IMAP_TLS_PORT']), ssl_context=ctx)
    first, step = scram(hname, user, pw)
    state = [0]
    def cb(chal):
        state[0] += 1
        if state[0] == 1: return first.encode()
        if state[0] == 2: return step(chal.decode()).encode()
        return b""
    try:
        print(f"IMAP {mech} pw={'ok' if pw==env['MAIL_PASSWORD'] else 'bad'}:", m.authenticate(mech, cb))
    except Exception as e:
        print(f"IMAP {mech} pw={'ok' if pw==env['MAIL_PASSWORD'] else 'bad'}: FAIL", e)

def smtp_scram(mech, hname):
    s = smtplib.SMTP('127.0.0.1', int(env['SMTP_STARTTLS_PORT'])); s.starttls(context=ctx); s.ehlo()
    first, step = scram(hname, user, pw)
    code, chal = s.docmd("AUTH", mech + " " + base64.b64encode(first.encode()).decode())
    code, chal = s.docmd(base64.b64encode(step(base64.b64decode(chal).decode()).encode()).decode())
    if code == 334: code, chal = s.docmd("")
    print(f"SMTP {mech}:", code, chal); s.quit()

for mech, hname in (("SCRAM-SHA-1", "sha1"), ("SCRAM-SHA-256", "sha256")):
    imap_scram(mech, hname, pw); smtp_scram(mech, hname)
imap_scram("SCRAM-SHA-256", "sha256", "wrong")

def xoauth2(u, t): return f"user={u}\x01auth=Bearer {t}\x01\x01"
def oauthbearer(u, t): return f"n,a={u},\x01host=127.0.0.1\x01port=1\x01auth=Bearer {t}\x01\x01"

for mech, fn in (("XOAUTH2", xoauth2), ("OAUTHBEARER", oauthbearer)):
    for t in (tok, "bogus-token"):
        for port_key, starttls in (("SMTP_STARTTLS_PORT", True), ("SMTP_TLS_PORT", False)):
            if starttls:
                s = smtplib.SMTP('127.0.0.1', int(env[port_key])); s.starttls(context=ctx)
            else:
                s = smtplib.SMTP_SSL('127.0.0.1', int(env[port_key]), context=ctx)
            s.ehlo()
            code, resp = s.docmd("AUTH", mech + " " + base64.b64encode(fn(user, t).encode()).decode())
            line = f"SMTP {port_key} {mech} {t}: {code} {resp.decode()}"
            if code == 334:
                line += f" [challenge={base64.b64decode(resp).decode()}]"
                # client must answer the error challenge with a dummy response (\x01 for OAUTHBEARER, empty for XOAUTH2)
                code, resp = s.docmd(base64.b64encode(b"\x01").decode() if mech == "OAUTHBEARER" else "")
                line += f" -> {code} {resp.decode()}"
            print(line); s.close()
        for port_key in ("IMAP_TLS_PORT", "IMAP_STARTTLS_PORT"):
            if port_key == "IMAP_TLS_PORT":
                m = imaplib.IMAP4_SSL('127.0.0.1', int(env[port_key]), ssl_context=ctx)
            else:
                m = imaplib.IMAP4('127.0.0.1', int(env[port_key])); m.starttls(ssl_context=ctx)
            chals = []
            def cb(chal, first=[True]):
                if first[0]:
                    first[0] = False; return fn(user, t).encode()
                chals.append(chal); return b"\x01" if mech == "OAUTHBEARER" else b""
            try:
                r = m.authenticate(mech, cb); print(f"IMAP {port_key} {mech} {t}:", r, m.select("INBOX", readonly=True))
            except Exception as e:
                print(f"IMAP {port_key} {mech} {t}: FAIL {e} challenges={chals}")
