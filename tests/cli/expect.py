#!/usr/bin/env python3
"""Runs a command and checks its exit code, stdout and stderr (CLI tests).

usage: expect.py --code N [--stdout REGEX] [--stderr REGEX] [--one-line] [--stdin FILE] -- COMMAND ARGS...
--one-line: stderr must be exactly one line (errors never print a stack trace).
"""
import argparse, re, subprocess, sys

p = argparse.ArgumentParser()
p.add_argument("--code", type=int, required=True)
p.add_argument("--stdout", action="append", default=[])
p.add_argument("--stderr", action="append", default=[])
p.add_argument("--one-line", action="store_true")
p.add_argument("--stdin")
p.add_argument("command", nargs=argparse.REMAINDER)
a = p.parse_args()
cmd = a.command[1:] if a.command and a.command[0] == "--" else a.command
stdin = open(a.stdin, "rb") if a.stdin else subprocess.DEVNULL
r = subprocess.run(cmd, stdin=stdin, capture_output=True, text=True)
ok = True
def bad(msg):
    global ok
    ok = False
    print("FAIL:", msg)
if r.returncode != a.code:
    bad(f"exit code {r.returncode}, expected {a.code}")
for rx in a.stdout:
    if not re.search(rx, r.stdout, re.M):
        bad(f"stdout does not match {rx!r}")
for rx in a.stderr:
    if not re.search(rx, r.stderr, re.M):
        bad(f"stderr does not match {rx!r}")
if a.one_line and r.stderr.count("\n") != 1:
    bad(f"stderr has {r.stderr.count(chr(10))} lines, expected exactly one")
if not ok:
    print("command:", " ".join(cmd))
    print("--- stdout\n" + r.stdout[-3000:] + "--- stderr\n" + r.stderr[-3000:])
sys.exit(0 if ok else 1)
