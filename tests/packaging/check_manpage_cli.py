#!/usr/bin/env python3
"""Keeps resources/man/maildoctor-cli.1 in step with `maildoctor-cli --help`.

Every option (--name) and every command (the word after "maildoctor-cli" on a usage line) of
--help must have its own entry in the page's OPTIONS or COMMANDS section, and every option the
page mentions must exist in --help. Whoever adds, renames or removes an option or a command
gets told exactly which entry to write or delete.

usage: check_manpage_cli.py MAILDOCTOR_CLI MAN_PAGE
"""
import os
import re
import subprocess
import sys

OPTION = re.compile(r"(?<![\w-])--[a-z][a-z0-9-]*")
# "maildoctor-cli imap|pop3 --host …" names two commands.
USAGE_COMMAND = re.compile(r"^\s*maildoctor-cli\s+([a-z][a-z0-9-]*(?:\|[a-z][a-z0-9-]*)*)", re.MULTILINE)


def help_text(cli):
    # The untranslated help: the page is written in English.
    env = dict(os.environ, LC_ALL="C", LANG="C", LANGUAGE="")
    done = subprocess.run([cli, "--help"], env=env, capture_output=True, text=True, timeout=30)
    if done.returncode != 0:
        sys.exit(f"FAIL: `{cli} --help` exited with {done.returncode}: {done.stderr.strip()}")
    return done.stdout


def roff_to_text(line):
    """Plain text of a roff line: hyphens unescaped, font changes and quotes dropped."""
    line = line.replace("\\-", "-").replace("\\e", "\\")
    line = re.sub(r"\\f(\[[^]]*\]|\(..|.)", "", line)
    line = re.sub(r"^\.[A-Z]{1,2}\s+", "", line)
    return line.replace('"', "")


def man_entries(page):
    """{section: [first word of each .TP term]} and all the page's text."""
    entries, section, text = {}, None, []
    lines = page.splitlines()
    for i, line in enumerate(lines):
        if line.startswith('.\\"'):
            continue
        if line.startswith(".SH "):
            section = line[4:].strip().strip('"').upper()
            continue
        text.append(roff_to_text(line))
        if line.startswith(".TP") and i + 1 < len(lines):
            words = roff_to_text(lines[i + 1]).split()
            if words:
                entries.setdefault(section, []).append(words[0])
    return entries, "\n".join(text)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    cli, page_path = sys.argv[1], sys.argv[2]
    help_ = help_text(cli)
    with open(page_path, encoding="utf-8") as f:
        entries, page_text = man_entries(f.read())

    help_options = set(OPTION.findall(help_))
    help_commands = {c for alternatives in USAGE_COMMAND.findall(help_) for c in alternatives.split("|")}
    if not help_options or not help_commands:
        sys.exit(f"FAIL: found no options or no commands in `maildoctor-cli --help`:\n{help_}")
    page_options = set(entries.get("OPTIONS", []))
    page_commands = set(entries.get("COMMANDS", []))
    mentioned = set(OPTION.findall(page_text))

    problems = []
    for option in sorted(help_options - page_options):
        problems.append(f"{option} is in --help but has no entry in the OPTIONS section of "
                        f"{page_path}: add one (.TP, then .BI \\-\\-name \" VALUE\" or .B \\-\\-name, "
                        "then what it does)")
    for command in sorted(help_commands - page_commands):
        problems.append(f"the command \"{command}\" is in --help but has no entry in the COMMANDS section "
                        f"of {page_path}: add one (.TP, then .B {command}, then what it does)")
    for option in sorted((page_options | mentioned) - help_options):
        problems.append(f"{option} is in {page_path} but not in --help: remove or rename it in the page")
    for command in sorted(page_commands - help_commands):
        problems.append(f"the command \"{command}\" has an entry in the COMMANDS section of {page_path} "
                        "but no usage line in --help: remove it from the page (or add it to --help)")
    stray = [w for w in entries.get("OPTIONS", []) if not w.startswith("--")]
    for word in stray:
        problems.append(f"the OPTIONS entry \"{word}\" in {page_path} is not an option (--name)")

    if problems:
        print(f"FAIL: {page_path} and `maildoctor-cli --help` disagree:")
        for p in problems:
            print(f"  - {p}")
        sys.exit(1)
    print(f"OK: {len(help_options)} options and {len(help_commands)} commands "
          f"({', '.join(sorted(help_commands))}) are in both --help and the man page")


if __name__ == "__main__":
    main()
