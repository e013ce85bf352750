#!/usr/bin/env python3
"""Every citation resolves inside the repository (CTest readings_defined).

    check_citations.py SOURCE_DIR

- every reading number cited anywhere (I-n, W-n, E-n, F-n, L-n, C-n, S-n in code,
  rule constants, traces, parameter files, case files, docs, examples) is
  defined in docs/readings.md as a bullet "- **X-n ...";
- every source tag (docs/sources.md) is defined there, and the documents are
  not cited by their old file numbers ("seed 000" .. "seed 004") in code,
  traces, cases or docs, nor by a bare number as the passage of a docs table
  ("| 001 2.1 |");
(A reading may appear in two bullets: its statement, and how a rule applies it.)
Fails with the file and line of each problem.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
SCANNED = ["src", "include", "bindings", "data", "tests", "docs", "examples", "README.md", "scripts"]
SUFFIXES = {".cpp", ".hpp", ".h", ".c", ".py", ".pyi", ".json", ".md", ".txt", ".cmake", ".sh", ".ipynb", ".csv"}
CITATION = re.compile(r"\b([IWEFLCS])-([0-9]+)\b")
TAGS = ["WSE-LDE", "WSE-FAQ", "WSE-SUPPORT", "WSE-POLICY", "SLN-TIBB2"]
OLD_SEED = re.compile(r"\b[Ss]eeds? 00[0-4]\b")
# A bare file number as a passage in a table cell or list ("| 001 2.1 |", "; 000 \"Doelgroep\""), in docs.
BARE_SEED = re.compile(r"(?:^\||\| |; )(00[0-4]) (?=[\"0-9])")
# Text that looks like a citation but is not one (an allocation number in a test).
NOT_CITATIONS = {("tests/enterprise/test_compensation.cpp", "C-3")}
SELF = pathlib.Path(__file__).resolve()


def files():
    for name in SCANNED:
        p = ROOT / name
        if p.is_file():
            yield p
        elif p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix in SUFFIXES and "build" not in f.relative_to(ROOT).parts[:1]:
                    yield f


def main():
    readings = (ROOT / "docs" / "readings.md").read_text(encoding="utf-8")
    defined = {}
    for m in re.finditer(r"^- \*\*([IWEFLCS]-[0-9]+)\b", readings, flags=re.M):
        defined[m.group(1)] = defined.get(m.group(1), 0) + 1
    problems = []
    sources = (ROOT / "docs" / "sources.md").read_text(encoding="utf-8")
    for tag in TAGS:
        if f"| `{tag}` |" not in sources:
            problems.append(f"docs/sources.md: the source tag {tag} is not defined (a table row | `{tag}` |)")
    cited = set()
    for f in files():
        if f.resolve() == SELF:
            continue
        rel = f.relative_to(ROOT).as_posix()
        try:
            text = f.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        for n, line in enumerate(text.splitlines(), 1):
            for m in CITATION.finditer(line):
                rid = m.group(0)
                if (rel, rid) in NOT_CITATIONS:
                    continue
                cited.add(rid)
                if rid not in defined:
                    problems.append(f"{rel}:{n}: cites {rid}, which docs/readings.md does not define")
            if rel.endswith(".md") and BARE_SEED.search(line) and rel != "docs/sources.md":
                problems.append(f"{rel}:{n}: cites a passage by the bare file number {BARE_SEED.search(line).group(1)}; "
                                "use its tag (docs/sources.md)")
            if OLD_SEED.search(line) and rel not in ("docs/sources.md",):
                problems.append(f"{rel}:{n}: cites a source document by its file number ({OLD_SEED.search(line).group(0)}); "
                                "use its tag (docs/sources.md)")
    for p in problems:
        print(p)
    print(f"{len(cited)} readings cited, {len(defined)} defined, {len(TAGS)} source tags; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
