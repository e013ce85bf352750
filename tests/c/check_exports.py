#!/usr/bin/env python3
"""Checks the dynamic symbol table of liblde_c and the coverage of the C suite.

    check_exports.py LIB HEADER TEST_SOURCE

1. `nm -D --defined-only LIB` shows only `lde_` symbols (plus the version
   node `LDE_<major>` the linker version script defines).
2. The exported functions are exactly the functions declared with LDE_API in
   HEADER (nothing missing, nothing extra).
3. Every exported function is called somewhere in TEST_SOURCE (the C suite).
"""
import re
import subprocess
import sys

lib, header, test_source = sys.argv[1:4]
problems = []

out = subprocess.run(["nm", "-D", "--defined-only", lib], check=True, capture_output=True, text=True).stdout
exported = set()
for line in out.splitlines():
    parts = line.split()
    if len(parts) < 3:
        continue
    kind, name = parts[1], parts[2].split("@")[0]
    if kind == "A" and re.fullmatch(r"LDE_\d+", name):
        continue  # the version node of the linker version script
    if not name.startswith("lde_"):
        problems.append(f"exported symbol without the lde_ prefix: {name} ({kind})")
    exported.add(name)

declared = set(re.findall(r"LDE_API\s+[^;(]*?\b(lde_\w+)\s*\(", open(header).read()))
for name in sorted(declared - exported):
    problems.append(f"declared in lde.h but not exported: {name}")
for name in sorted(exported - declared):
    problems.append(f"exported but not declared in lde.h: {name}")

tests = open(test_source).read()
for name in sorted(declared):
    if not re.search(r"\b" + name + r"\s*\(", tests):
        problems.append(f"not exercised by the C suite: {name}")

for p in problems:
    print(p)
print(f"{len(exported)} lde_ symbols exported, {len(declared)} declared, {len(problems)} problems")
sys.exit(1 if problems else 0)
