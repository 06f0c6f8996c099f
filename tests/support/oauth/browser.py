#!/usr/bin/python3
"""Plays the user's browser for the OAuth2 tests: plain HTTP, cookies, no JavaScript.

usage: browser.py URL [--login NAME] [--abort] [--no-callback]
Opens the authorization URL, signs in on oidc-provider's devInteractions login form as NAME
(default alice), then grants consent (or, with --abort, presses "abort": access_denied).
The final redirect goes to the application's loopback listener; it is followed unless
--no-callback is given, in which case its URL is printed alone on one line instead.
Prints "callback HTTP <status>" after following it. Exit 0 on success, 1 otherwise.
Talks to loopback only (no proxy); every request has a timeout.
"""
import argparse
import html.parser
import http.cookiejar
import sys
import urllib.error
import urllib.parse
import urllib.request

TIMEOUT = 10


class Forms(html.parser.HTMLParser):
    """Collects each <form>'s action and its named inputs, and every link."""

    def __init__(self):
        super().__init__()
        self.forms = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "fields": {}})
        elif tag == "input" and self.forms and a.get("name"):
            self.forms[-1]["fields"][a["name"]] = a.get("value") or ""
        elif tag == "a" and a.get("href"):
            self.links.append(a["href"])


class NoLoopbackRedirect(urllib.request.HTTPRedirectHandler):
    """Stops before a redirect to the application's loopback listener (when asked to)."""

    def __init__(self, issuer_netloc, stop):
        self.issuer_netloc = issuer_netloc
        self.stop = stop
        self.callback = None

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        target = urllib.parse.urljoin(req.full_url, newurl)
        if self.stop and urllib.parse.urlsplit(target).netloc != self.issuer_netloc:
            self.callback = target
            return None
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--login", default="alice")
    ap.add_argument("--abort", action="store_true")
    ap.add_argument("--no-callback", action="store_true")
    args = ap.parse_args()

    issuer = urllib.parse.urlsplit(args.url).netloc
    redirects = NoLoopbackRedirect(issuer, args.no_callback)
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()),
        redirects)

    def fetch(url, data=None):
        try:
            with opener.open(url, data=data, timeout=TIMEOUT) as reply:
                return reply.status, reply.geturl(), reply.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            if redirects.callback:
                return None, redirects.callback, ""
            return e.code, e.geturl(), e.read().decode("utf-8", "replace")

    status, url, body = fetch(args.url)
    for _ in range(4):   # login page, consent page, then the callback
        if urllib.parse.urlsplit(url).netloc != issuer or redirects.callback:
            break
        forms = Forms()
        forms.feed(body)
        if not forms.forms:
            print(f"no form on {urllib.parse.urlsplit(url).path} (HTTP {status})", file=sys.stderr)
            print(body[:2000], file=sys.stderr)
            return 1
        form = forms.forms[0]
        fields = dict(form["fields"])
        if fields.get("prompt") == "login":
            fields["login"] = args.login
            fields["password"] = "any"
        elif args.abort:
            abort = [l for l in forms.links if l.rstrip("/").endswith("/abort")]
            if not abort:
                print("no abort link on the consent page", file=sys.stderr)
                return 1
            status, url, body = fetch(urllib.parse.urljoin(url, abort[0]))
            continue
        action = urllib.parse.urljoin(url, form["action"])
        status, url, body = fetch(action, urllib.parse.urlencode(fields).encode())

    if redirects.callback:
        print(redirects.callback)
        return 0
    if urllib.parse.urlsplit(url).netloc == issuer:
        print(f"the authorization server did not redirect back (HTTP {status} at "
              f"{urllib.parse.urlsplit(url).path})", file=sys.stderr)
        return 1
    print(f"callback HTTP {status}")
    return 0 if status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
