#!/usr/bin/python3
"""Tiny OAuth2 token-introspection endpoint (RFC 7662 style) for the Dovecot oauth2 passdb.

usage: introspect.py PORT
Accepts the token as a POST form field "token" (Dovecot introspection_mode = post), as
"Authorization: Bearer <token>" (mode = auth), or as ?token=/?access_token= (mode = get).
"valid-token-<user>" for a known user is active; every other token is inactive.
"""
import json
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

USERS = {"alice", "bob"}


def lookup(token):
    user = token[len("valid-token-"):] if token.startswith("valid-token-") else ""
    if user in USERS:
        return {"active": True, "username": user, "sub": user, "email": user + "@example.test",
                "scope": "https://mail.example.test/", "token_type": "Bearer"}
    return {"active": False}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _token(self, body=""):
        auth = self.headers.get("Authorization", "")
        if auth.lower().startswith("bearer "):
            return auth[7:].strip()
        query = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        form = urllib.parse.parse_qs(body)
        for source in (form, query):
            for key in ("token", "access_token"):
                if source.get(key):
                    return source[key][0]
        return ""

    def _reply(self, token):
        data = json.dumps(lookup(token)).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        self._reply(self._token())

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("utf-8", "replace")
        self._reply(self._token(body))

    def log_message(self, fmt, *args):
        sys.stderr.write("introspect: " + (fmt % args) + "\n")
        sys.stderr.flush()


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    server.daemon_threads = True
    server.serve_forever()
