#!/usr/bin/env python3
"""The i18n_complete test: every shipped translation is complete and current.

usage: check-translations.py LUPDATE SOURCE_DIR TS_FILE...

For each .ts: lupdate runs over the sources (core/ and app/) into a temporary copy; the test
fails when that copy differs from the committed file (a source string is new or changed: the
.ts is stale, run the update_translations target), when any message is unfinished or has an
empty translation (or plural form), or when a translation drops or adds a %1..%99 / %n
placeholder. Vanished (obsolete) messages are allowed: lrelease does not ship them."""
import os, re, shutil, subprocess, sys, tempfile, xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r'%(?:L?\d{1,2}|n)')


def check(lupdate, source_dir, ts):
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, os.path.basename(ts))
        shutil.copyfile(ts, copy)
        # plurals_<lang>.ts holds only the numerus messages (English plural forms).
        only = ['-pluralonly'] if os.path.basename(ts).startswith('plurals_') else []
        run = subprocess.run([lupdate, '-locations', 'none'] + only + ['-recursive', 'core', 'app', '-ts', copy],
                             cwd=source_dir, capture_output=True, text=True)
        if run.returncode != 0:
            return ['lupdate failed: ' + run.stderr.strip()]
        if open(copy, 'rb').read() != open(ts, 'rb').read():
            diff = subprocess.run(['diff', '-u', ts, copy], capture_output=True, text=True).stdout
            problems.append('stale: lupdate changes the file (run the update_translations target):\n'
                            + '\n'.join(diff.splitlines()[:60]))
        root = ET.parse(copy).getroot()
    counts = {'messages': 0, 'plural': 0}
    for ctx in root.iter('context'):
        cname = ctx.findtext('name')
        for m in ctx.iter('message'):
            t = m.find('translation')
            kind = t.get('type') if t is not None else None
            if kind in ('vanished', 'obsolete'):
                continue
            counts['messages'] += 1
            src = m.findtext('source') or ''
            where = '%s: "%s"' % (cname, src[:80])
            if t is None or kind == 'unfinished':
                problems.append('unfinished: ' + where)
                continue
            forms = [f.text or '' for f in t.findall('numerusform')] if m.get('numerus') == 'yes' else [t.text or '']
            if m.get('numerus') == 'yes':
                counts['plural'] += 1
            for form in forms:
                if not form.strip():
                    problems.append('empty translation: ' + where)
                    continue
                want = sorted(set(PLACEHOLDER.findall(src)))
                got = sorted(set(PLACEHOLDER.findall(form)))
                # A plural form may leave out %n (German "eine Nachricht"), never a %1.
                if m.get('numerus') == 'yes':
                    want = [p for p in want if p != '%n']
                    got = [p for p in got if p != '%n']
                if want != got:
                    problems.append('placeholders %s, translation has %s: %s' % (want, got, where))
    return problems, counts


def main():
    lupdate, source_dir, *ts_files = sys.argv[1:]
    if not ts_files:
        print('no .ts files given')
        return 1
    failed = False
    for ts in ts_files:
        result = check(lupdate, source_dir, ts)
        if isinstance(result, list):
            problems, counts = result, {}
        else:
            problems, counts = result
        name = os.path.basename(ts)
        if problems:
            failed = True
            print('%s: %d problem(s)' % (name, len(problems)))
            for p in problems[:200]:
                print('  ' + p)
        else:
            print('%s: complete, %d messages (%d with plural forms)' % (name, counts['messages'], counts['plural']))
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
