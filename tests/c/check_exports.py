#!/usr/bin/env python3
"""Checks the dynamic symbol table of liblde_c and the coverage of the C suite.

    check_exports.py LIB HEADER TEST_SOURCE...

1. `nm -D --defined-only LIB` shows only `lde_` symbols: nothing else, not
   even a symbol-version node (the linker version script is anonymous), and
   no symbol carries a version tag.
2. The exported functions are exactly the functions declared with LDE_API in
   HEADER (nothing missing, nothing extra).
3. Every exported function is called somewhere in the TEST_SOURCEs (the C suites).
"""
import re
import subprocess
import sys

lib, header, test_sources = sys.argv[1], sys.argv[2], sys.argv[3:]
problems = []

out = subprocess.run(["nm", "-D", "--defined-only", lib], check=True, capture_output=True, text=True).stdout
exported = set()
for line in out.splitlines():
    parts = line.split()
    if len(parts) < 3:
        continue
    kind, full = parts[1], parts[2]
    name = full.split("@")[0]
    if "@" in full:
        problems.append(f"exported symbol with a version tag: {full} ({kind})")
    if not name.startswith("lde_"):
        problems.append(f"exported symbol without the lde_ prefix: {name} ({kind})")
    exported.add(name)

declared = set(re.findall(r"LDE_API\s+[^;(]*?\b(lde_\w+)\s*\(", open(header).read()))
for name in sorted(declared - exported):
    problems.append(f"declared in lde.h but not exported: {name}")
for name in sorted(exported - declared):
    problems.append(f"exported but not declared in lde.h: {name}")

tests = "".join(open(path).read() for path in test_sources)
for name in sorted(declared):
    if not re.search(r"\b" + name + r"\s*\(", tests):
        problems.append(f"not exercised by the C suite: {name}")

for p in problems:
    print(p)
print(f"{len(exported)} lde_ symbols exported, {len(declared)} declared, {len(problems)} problems")
sys.exit(1 if problems else 0)
