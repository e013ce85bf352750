#!/usr/bin/env python3
"""Writes the seed corpora and dictionaries of tests/fuzz from the project's own examples.

Sources: every case of tests/cases/*.json, examples/dossiers/*.json, data/parameters/default.json,
tests/cli/*.json / *.csv and tests/cli/bad/* (the bad inputs the CLI tests already name), and for the
C call sequences a few seeded random programs. Dictionaries: every property name and enum value of
docs/schema/*.json (lde.dict), the CSV columns and enum names (csv.dict).

  make_corpus.py           rewrite tests/fuzz/corpus/ and tests/fuzz/*.dict
  make_corpus.py --check   exit 1 when the committed files differ from what would be written (CTest)

A new document kind: add a function below returning {file name: bytes}, and one KINDS entry.
"""
import hashlib
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "tests" / "fuzz"
CASE_ONLY = ("id", "source", "expect", "expect_error")


def dumps(obj, compact=False):
    if compact:
        return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return json.dumps(obj, ensure_ascii=False, indent=1)


def cases():
    """(file stem, case) for every case of tests/cases."""
    for f in sorted((ROOT / "tests" / "cases").glob("*.json")):
        for c in json.loads(f.read_text(encoding="utf-8"))["cases"]:
            yield f.stem, c


def examples():
    for f in sorted((ROOT / "examples" / "dossiers").glob("*.json")):
        yield f.stem, json.loads(f.read_text(encoding="utf-8"))


def name(prefix, text):
    return f"{prefix}-{hashlib.sha1(text.encode()).hexdigest()[:10]}"


def documents(key):
    """The documents under ``key`` ("worker", "enterprise", "confidential") of every case and example."""
    out = {}
    for stem, c in list(cases()) + [(s, {key: d.get(key)}) for s, d in examples()]:
        if isinstance(c.get(key), dict):
            t = dumps(c[key])
            out[name(stem, t)] = t
    return out


def dossier():
    return documents("worker")


def enterprise():
    return documents("enterprise")


def inputs():
    for stem, c in cases():
        if "expect_error" in c and "parameters" not in c and "worker" not in c and "enterprise" not in c:
            continue
        yield stem, {k: v for k, v in c.items() if k not in CASE_ONLY}
    for stem, d in examples():
        yield "example-" + stem, d


def local_service():
    out = {}
    for stem, c in cases():
        if isinstance(c.get("local_service"), dict):
            t = dumps(c["local_service"])
            out[name(stem, t)] = t
    return out


def input_():
    out = {}
    for stem, i in inputs():
        t = dumps(i)
        out[name(stem, t)] = t
    return out


def cases_():
    out = {}
    for stem, c in cases():
        t = dumps({"format": "lde-cases/1", "cases": [c]})
        out[name(stem, t)] = t
    return out


def parameters():
    out = {"default": (ROOT / "data" / "parameters" / "default.json").read_text(encoding="utf-8")}
    out["reform_13400"] = (ROOT / "tests" / "cli" / "reform_13400.json").read_text(encoding="utf-8")
    out["params_bad"] = (ROOT / "tests" / "cli" / "bad" / "params_bad.json").read_text(encoding="utf-8")
    for stem, c in cases():
        if "parameters" in c:
            t = dumps(c["parameters"])
            out[name(stem, t)] = t
            t = dumps({"format": "lde-reform/1", "name": c["id"], "changes": c["parameters"]})
            out[name("reform-" + stem, t)] = t
    return out


def confidential():
    """The confidential-section logs (docs/format.md "Confidential section")."""
    return documents("confidential")


def ledger():
    """The settlement ledgers (docs/format.md "Settlement ledger"): every case's and the worked example."""
    out = documents("ledger")
    t = (ROOT / "examples" / "ledger" / "ledger.json").read_text(encoding="utf-8")
    out[name("example", t)] = t
    return out


def csv():
    out = {}
    for f in sorted((ROOT / "tests" / "cli").glob("*.csv")) + sorted((ROOT / "tests" / "cli" / "bad").glob("*.csv")):
        out[f.stem] = f.read_text(encoding="utf-8")
    return out


def population_csv():
    """The population folders of the CLI tests (tests/cli/population_tables*, tests/cli/bad/tables_*), each
    as one input of `--- NAME` sections (fuzz_population_csv.cpp), and two one-spell files."""
    out = {}
    folders = sorted(p for p in (ROOT / "tests" / "cli").glob("population_tables*") if p.is_dir())
    folders += sorted(p for p in (ROOT / "tests" / "cli" / "bad").glob("tables_*") if p.is_dir())
    for d in folders:
        parts = []
        for f in sorted(d.glob("*.csv")):
            parts.append(f"--- {f.name}\n" + f.read_text(encoding="utf-8"))
        out[d.name] = "".join(parts)
    for stem in ("population", "population_pandas"):
        out["one-spell-" + stem] = (ROOT / "tests" / "cli" / f"{stem}.csv").read_text(encoding="utf-8")
    return out


def c_evaluate_json():
    out = {}
    for stem, i in inputs():
        t = "0" + dumps(i, compact=True)
        out[name(stem, t)] = t
        if "parameters" in i and isinstance(i["parameters"], dict):
            rest = {k: v for k, v in i.items() if k != "parameters"}
            t = "2" + dumps(i["parameters"], compact=True) + "\n" + dumps(rest, compact=True)
            out[name("split-" + stem, t)] = t
        elif stem == "worker":
            t = "1" + dumps(i, compact=True)
            out[name("reform-" + stem, t)] = t
    return out


def c_calls():
    """Seeded random programs (the harness reads any bytes as a program), and one written out:
    parameters, a worker from JSON, an evaluation with trace, reads of the decision, a batch call."""
    out = {}
    rng = random.Random(12)
    for i in range(24):
        out[f"random-{i:02d}"] = bytes(rng.randrange(256) for _ in range(rng.choice((64, 256, 1024))))
    #        default  from_json(worker)  evaluate_worker(trace)                 reads                batch
    program = [0, 0] + [6, 1, 0] + [31, 0, 0, 1, 0, 200, 2025, 2, 15, 0, 1] + [34, 0, 0, 5, 0, 5, 8] * 4 + [37] + [0] * 64
    out["written-evaluate"] = bytes(b % 256 for b in program)
    return out


KINDS = {
    "dossier": dossier,
    "local_service": local_service,
    "enterprise": enterprise,
    "input": input_,
    "cases": cases_,
    "parameters": parameters,
    "confidential": confidential,
    "ledger": ledger,
    "csv": csv,
    "population_csv": population_csv,
    "c_evaluate_json": c_evaluate_json,
    "c_calls": c_calls,
}


def schema_words():
    words = set()

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("properties", "patternProperties") and isinstance(v, dict):
                    words.update(x for x in v if not x.startswith("^"))
                if k == "enum" and isinstance(v, list):
                    words.update(x for x in v if isinstance(x, str))
                if k == "const" and isinstance(v, str):
                    words.add(v)
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    for f in sorted((ROOT / "docs" / "schema").glob("*.json")):
        walk(json.loads(f.read_text(encoding="utf-8")))
    params = json.loads((ROOT / "data" / "parameters" / "default.json").read_text(encoding="utf-8"))
    for key in ("parameters",):
        if isinstance(params.get(key), dict):
            words.update(params[key])
    words.update(("lde-cases/1", "lde-reform/1", "lde-parameters/1", "2026-01-01", "2015-04-01", "2026-Q1",
                  "2026-01", "9.50", "1.00", "lde-ledger/1"))
    return sorted(words)


def dict_line(word):
    esc = "".join(c if 0x20 <= ord(c) < 0x7F and c not in '\\"' else "".join(f"\\x{b:02x}" for b in c.encode())
                  for c in word)
    return f'"{esc}"'


def dictionaries():
    json_words = [dict_line('"' + w + '"') for w in schema_words()]
    json_words += [dict_line(t) for t in ("{", "}", "[", "]", ":", ",", "null", "true", "false", "\\u0000",
                                          "\xef\xbb\xbf", "1e400", "0.1", "-0", "NaN")]
    csv_words = [dict_line(w) for w in (
        "id", "birth_date", "right_kind", "right_granted", "employment_first_day", "employment_last_day",
        "employer_recognised", "employer_contingent_fte", "employer_in_brussels", "competence_months",
        "competence_approved", "doorstroom_first_day", "doorstroom_last_day", "external_job_found", "absences",
        "lde", "maatwerk", "vop", "illness", "accident", "maternity_leave", "paternity_leave", "adoption_leave",
        "other", "true", "false", "2021-03-01/2021-04-29/illness", ";", ",", "\"", "\r\n", "\xef\xbb\xbf",
        # the folder form (fuzz_population_csv.cpp): file headers, tables and columns of the column schema
        "--- workers.csv\n", "--- rights.csv\n", "--- employment.csv\n", "--- absences.csv\n",
        "--- competence_extensions.csv\n", "--- doorstroom.csv\n", "--- non_cooperation.csv\n", "worker", "kind",
        "granted", "employer", "first_day", "last_day", "employer_contingent", "reason", "months", "approved",
        "reconsideration_letter_sent", "reconsideration_filed", "True", "False")]
    header = "# Generated by tests/fuzz/make_corpus.py from docs/schema and data/parameters: do not edit.\n"
    return {
        "lde.dict": header + "\n".join(json_words) + "\n",
        "csv.dict": header.replace("docs/schema and data/parameters", "the CSV columns of docs/cli.md") +
                    "\n".join(csv_words) + "\n",
    }


def wanted():
    files = {}
    for kind, make in KINDS.items():
        for stem, content in make().items():
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            files[Path("corpus") / kind / stem] = data
    for fname, text in dictionaries().items():
        files[Path(fname)] = text.encode("utf-8")
    return files


def main(argv):
    check = "--check" in argv
    files = wanted()
    existing = {p.relative_to(HERE) for p in (HERE / "corpus").rglob("*") if p.is_file()}
    existing |= {Path(f) for f in ("lde.dict", "csv.dict") if (HERE / f).exists()}
    stale = sorted(existing - set(files))
    changed = sorted(p for p, data in files.items() if not (HERE / p).exists() or (HERE / p).read_bytes() != data)
    if check:
        for p in stale:
            print(f"stale: tests/fuzz/{p}")
        for p in changed:
            print(f"out of date: tests/fuzz/{p}")
        if stale or changed:
            print("run tests/fuzz/make_corpus.py and commit the result")
            return 1
        print(f"{len(files)} corpus and dictionary files current")
        return 0
    for p in stale:
        (HERE / p).unlink()
    for p in changed:
        (HERE / p).parent.mkdir(parents=True, exist_ok=True)
        (HERE / p).write_bytes(files[p])
    print(f"{len(files)} files, {len(changed)} written, {len(stale)} removed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
