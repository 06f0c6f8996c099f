#!/usr/bin/env python3
"""The HTTPS/HTTP document server and TCP helpers for the discovery tests (network namespace only).

  servers.py WWW_DIR CERT_CHAIN KEY FORWARDS SILENT READY_FILE

Serves autoconfig / ISPDB / PACC documents over https on 0.0.0.0:443 and http on :80, chosen by
the Host header; forwards ADDR:PORT=TARGET_PORT pairs (comma-separated) to 127.0.0.1 (the real
Dovecot on its free ports); SILENT is a comma-separated list of ADDR:PORT that listen but never
accept or say anything. Writes READY_FILE when everything listens."""
import http.server
import os
import socket
import socketserver
import ssl
import sys
import threading

www, chain, key, forwards, silent, ready = sys.argv[1:7]


def doc(name):
    with open(os.path.join(www, name), 'rb') as f:
        return f.read()


XML = 'application/xml'
JSON = 'application/json'
WELL_KNOWN = '/.well-known/autoconfig/mail/config-v1.1.xml'
AUTOCONFIG = '/mail/config-v1.1.xml'
PACC = '/.well-known/user-agent-configuration.json'

# (scheme, host, path) -> (status, content type or redirect target, body)
ROUTES = {
    ('https', 'autoconfig.example.test', AUTOCONFIG): (200, XML, doc('example.xml')),
    ('https', 'ua-auto-config.example.test', PACC): (200, JSON, doc('pacc-example.json')),
    ('https', 'autoconfig.bad.test', AUTOCONFIG): (200, XML, doc('malformed.xml')),
    ('https', 'bad.test', WELL_KNOWN): (200, XML, doc('entities.xml')),
    ('https', 'ispdb.test', '/v1.1/bad.test'): (200, XML, b'<clientConfig>' + b' ' * (300 * 1024) + b'</clientConfig>'),
    ('https', 'ua-auto-config.bad.test', PACC): (200, JSON, doc('pacc-bad.json')),
    ('https', 'autoconfig.provider.test', AUTOCONFIG): (200, XML, doc('provider.xml')),
    ('https', 'autoconfig.redirect.test', AUTOCONFIG): (302, 'https://autoconfig.other.test/mail/config-v1.1.xml', b''),
    ('https', 'redirect.test', WELL_KNOWN): (302, 'https://redirect.test/r1', b''),
    ('https', 'redirect.test', '/r1'): (302, 'https://redirect.test/r2', b''),
    ('https', 'redirect.test', '/r2'): (302, 'https://redirect.test/r3', b''),
    ('https', 'redirect.test', '/r3'): (302, 'https://redirect.test/r4', b''),
    ('https', 'redirect.test', '/r4'): (200, XML, doc('other.xml')),
    ('https', 'autoconfig.other.test', AUTOCONFIG): (200, XML, doc('other.xml')),
    ('http', 'autoconfig.redirect.test', AUTOCONFIG): (200, XML, doc('http-only.xml')),
}


def handler_for(scheme):
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = 'HTTP/1.1'

        def do_GET(self):
            host = (self.headers.get('Host') or '').split(':')[0].lower()
            path = self.path.split('?')[0]
            status, kind, body = ROUTES.get((scheme, host, path), (404, 'text/plain', b'not here\n'))
            self.send_response(status)
            if 300 <= status < 400:
                self.send_header('Location', kind)
                kind = 'text/plain'
            self.send_header('Content-Type', kind)
            self.send_header('Content-Length', str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, fmt, *args):
            sys.stderr.write('%s %s\n' % (scheme, fmt % args))

    return Handler


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


https = Server(('0.0.0.0', 443), handler_for('https'))
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain(chain, key)
https.socket = context.wrap_socket(https.socket, server_side=True)
plain = Server(('0.0.0.0', 80), handler_for('http'))
for server in (https, plain):
    threading.Thread(target=server.serve_forever, daemon=True).start()


def pipe(src, dst):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def forward(listener, target_port):
    while True:
        client, _ = listener.accept()
        try:
            upstream = socket.create_connection(('127.0.0.1', target_port), timeout=5)
            upstream.settimeout(None)
        except OSError:
            client.close()
            continue
        threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
        threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()


keep = []
for item in filter(None, forwards.split(',')):
    addr, target = item.split('=')
    host, port = addr.rsplit(':', 1)
    listener = socket.create_server((host, int(port)))
    keep.append(listener)
    threading.Thread(target=forward, args=(listener, int(target)), daemon=True).start()
for item in filter(None, silent.split(',')):
    host, port = item.rsplit(':', 1)
    keep.append(socket.create_server((host, int(port)), backlog=64))  # never accept()ed

with open(ready, 'w') as f:
    f.write('ready\n')
threading.Event().wait()
