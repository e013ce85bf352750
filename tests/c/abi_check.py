#!/usr/bin/env python3
"""The ABI check of liblde_c against the committed baseline (abigail-tools).

    abi_check.py check        BASELINE LIB HEADERS_DIR SUPPRESSIONS
    abi_check.py expect-break BASELINE LIB HEADERS_DIR SUPPRESSIONS SYMBOL

`check` writes the ABI of LIB with abidw (only types of the public header)
and compares it with BASELINE with abidiff. Added functions are compatible
and ignored; any other reported change (a removed function, a changed
signature, a changed struct or typedef) fails. Experimental `lde_x_` functions
are suppressed.

What abidiff does NOT see: the values of lde.h's enumerations (they are
`typedef int32_t`; the C `enum` blocks that name the values appear in no
exported function's DWARF, so the baseline holds no enum declarations) and
macro constants (LDE_NO_DAYS, LDE_FLAG_TRACE, ...). Those are checked by
abi_constants.py against bindings/c/abi/constants.txt (CTest
capi_abi_constants), which fails on a renumbered or removed value.

`expect-break` runs the same comparison on a deliberately broken copy of the
library and succeeds only when abidiff reports an ABI change that names SYMBOL:
proof that the check can fail.
"""
import os
import subprocess
import sys
import tempfile

mode, baseline, lib, headers, suppressions = sys.argv[1:6]
ABIDIFF_ERROR, ABIDIFF_USAGE_ERROR, ABIDIFF_ABI_CHANGE, ABIDIFF_ABI_INCOMPATIBLE_CHANGE = 1, 2, 4, 8

with tempfile.TemporaryDirectory() as tmp:
    current = os.path.join(tmp, "current.abi")
    subprocess.run(["abidw", "--no-corpus-path", "--no-show-locs", "--headers-dir", headers, "--drop-private-types",
                    "--exported-interfaces-only", "--suppressions", suppressions, "--out-file", current, lib], check=True)
    diff = subprocess.run(["abidiff", "--no-added-syms", "--suppressions", suppressions, baseline, current],
                          capture_output=True, text=True)
report = diff.stdout + diff.stderr
code = diff.returncode
print(report)
print(f"abidiff exit code {code}")
if code & (ABIDIFF_ERROR | ABIDIFF_USAGE_ERROR):
    print("abidiff failed to run")
    sys.exit(2)
changed = bool(code & (ABIDIFF_ABI_CHANGE | ABIDIFF_ABI_INCOMPATIBLE_CHANGE))

if mode == "check":
    if changed:
        print("ABI CHECK FAILED: liblde_c is not compatible with bindings/c/abi/liblde_c.abi.\n"
              "If the change is intended (a new major version, or a reviewed struct growth in a minor),\n"
              "regenerate the baseline: cmake --build <build> --target lde_c_abi_baseline")
        sys.exit(1)
    print("ABI compatible with the baseline")
    sys.exit(0)
elif mode == "expect-break":
    symbol = sys.argv[6]
    if changed and symbol in report:
        print(f"as expected, the broken copy is reported as an ABI change involving {symbol}")
        sys.exit(0)
    print(f"EXPECTED an ABI change involving {symbol}, abidiff did not report one")
    sys.exit(1)
sys.exit(2)
