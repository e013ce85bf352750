#!/usr/bin/env python3
"""`lde ledger add` killed at random points (CTest cli_ledger_store; issue 18).

usage: ledger_store.py LDE_COMMAND [RUNS]

The worked example of docs/rules/ledger.md (examples/ledger/ledger.json), its facts ordered
by the day they became known, is added to a fresh store in batches. Each run starts
`lde ledger add STORE BATCH` and, in most runs, sends SIGKILL after a random delay between 0
and 1.5 times the duration of an add measured first (so kills land before, during and after
the transaction). After every run the store is opened afresh and must hold exactly the facts
of the committed adds (one `adds` row per committed batch, its facts in order, nothing of a
killed one); `lde ledger balance` must print the same statement every time the store is in a
committed state it was in before; a batch with a duplicate payment reference is refused with
exit 2 and nothing written. At the end the store's balance equals `lde evaluate` of the whole
example. The seed is fixed; LDE_LEDGER_KILL_SEED overrides it.
"""
import json, os, random, signal, sqlite3, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
LDE = sys.argv[1]
RUNS = int(sys.argv[2]) if len(sys.argv) > 2 else 36
AS_OF = "2026-03-01"
rng = random.Random(int(os.environ.get("LDE_LEDGER_KILL_SEED", "18")))

example = json.load(open(os.path.join(ROOT, "examples", "ledger", "ledger.json")))
facts = sorted(example["facts"], key=lambda f: f.get("known_from", f.get("date")))
BATCHES = 24
size = -(-len(facts) // BATCHES)
batches = [facts[i:i + size] for i in range(0, len(facts), size)]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL ", what)


def stored(db):
    """(committed adds, [facts of each add]) read with a fresh connection."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        adds = [r[0] for r in con.execute("SELECT id FROM adds ORDER BY id")]
        per_add = [[json.loads(r[0]) for r in con.execute("SELECT json FROM facts WHERE add_id = ? ORDER BY seq", (a,))]
                   for a in adds]
        orphans = con.execute("SELECT count(*) FROM facts WHERE add_id NOT IN (SELECT id FROM adds)").fetchone()[0]
        return len(adds), per_add, orphans
    finally:
        con.close()


def balance(db):
    out = subprocess.run([LDE, "ledger", "balance", db, "--as-of", AS_OF], capture_output=True, text=True)
    return out.returncode, out.stdout


with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "ledger.db")
    files = []
    for i, b in enumerate(batches):
        path = os.path.join(tmp, f"batch{i}.json")
        doc = {"facts": b}
        if i == 0:
            doc["allocation_number"] = example["allocation_number"]
        json.dump(doc, open(path, "w"))
        files.append(path)
    # The duration of an add, measured on a scratch store.
    durations = []
    for n in range(3):
        scratch = os.path.join(tmp, f"scratch{n}.db")
        subprocess.run([LDE, "ledger", "init", scratch], check=True, capture_output=True)
        t = time.perf_counter()
        subprocess.run([LDE, "ledger", "add", scratch, files[0]], check=True, capture_output=True)
        durations.append(time.perf_counter() - t)
    typical = statistics.median(durations)

    subprocess.run([LDE, "ledger", "init", db], check=True, capture_output=True)
    seen = {}           # committed adds -> balance output
    committed = 0
    killed_before = killed_after = completed = 0
    for run in range(RUNS):
        if committed == len(files):
            break
        proc = subprocess.Popen([LDE, "ledger", "add", db, files[committed]], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE)
        kill = run % 6 != 5  # most runs are killed; some run to the end
        if kill:
            time.sleep(rng.uniform(0, 1.5 * typical))
            try:
                proc.send_signal(signal.SIGKILL)
            except ProcessLookupError:
                pass
        proc.wait()
        adds, per_add, orphans = stored(db)
        check(orphans == 0, f"run {run}: facts outside any committed add")
        check(adds in (committed, committed + 1), f"run {run}: {adds} adds after {committed} committed")
        if not kill:
            check(proc.returncode == 0 and adds == committed + 1, f"run {run}: an add that was not killed did not commit")
        for i, got in enumerate(per_add):
            check(got == batches[i], f"run {run}: add {i + 1} holds other facts than its batch")
        if adds == committed + 1:
            if proc.returncode == 0:
                completed += 1
            else:
                killed_after += 1
        else:
            killed_before += 1
        committed = adds
        if committed:
            code, out = balance(db)
            check(code == 0, f"run {run}: balance failed: {out}")
            if committed in seen:
                check(out == seen[committed], f"run {run}: balance changed for committed state {committed}")
            seen[committed] = out
    while committed < len(files):  # finish without kills
        subprocess.run([LDE, "ledger", "add", db, files[committed]], check=True, capture_output=True)
        committed += 1
    # Bad batches (the named errors of issue 18) are refused with exit 2 naming the field, and write nothing.
    before = subprocess.run([LDE, "ledger", "export", db], capture_output=True, text=True, check=True).stdout
    good = {"kind": "payment", "payment": "advance", "period": "2026-01", "date": "2026-01-10", "amount": "1.00",
            "reference": "Voorschot.LDE.2026.01.LDE-0042"}
    bad = {
        "duplicate reference": ([[f for f in facts if f["kind"] == "payment"][0]], "facts[0].reference"),
        "period that does not exist": ([dict(good, period="2024-12", date="2024-12-10")], "facts[0].period"),
        "known before the quarter ended": ([{"kind": "dmfa", "known_from": "2025-12-31", "quarter": "2025-Q4",
                                             "worker": "W9", "action": "declaration", "fraction": "1.00"}],
                                           "facts[0].known_from"),
        "correction never declared": ([{"kind": "dmfa", "known_from": "2026-03-01", "quarter": "2025-Q4",
                                        "worker": "W9", "action": "correction", "fraction": "1.00"}], "facts[0].worker"),
        "one good fact, then a bad one": ([good, dict(good, period="2026-02", date="2026-02-10")], "facts[1].reference"),
    }
    for what, (batch, field) in bad.items():
        path = os.path.join(tmp, "bad.json")
        json.dump({"facts": batch}, open(path, "w"))
        out = subprocess.run([LDE, "ledger", "add", db, path], capture_output=True, text=True)
        check(out.returncode == 2 and f": {field}: " in out.stderr, f"{what}: {out.returncode} {out.stderr.strip()}")
        check(stored(db)[0] == len(files), f"{what}: the refused batch was written")
    after = subprocess.run([LDE, "ledger", "export", db], capture_output=True, text=True, check=True).stdout
    check(after == before, "a refused batch changed the store")
    # The store answers what the library answers for the same log.
    code, out = balance(db)
    whole = os.path.join(tmp, "whole.json")
    json.dump({"at": AS_OF, "ledger": {"allocation_number": example["allocation_number"], "facts": facts}}, open(whole, "w"))
    ev = subprocess.run([LDE, "evaluate", whole, "--no-trace"], capture_output=True, text=True, check=True)
    a, b = json.loads(out), json.loads(ev.stdout)
    for d in (a, b):
        d.pop("trace", None)
    check(a == b, "the store's balance differs from lde evaluate of the same facts")
    check(a["balance"] == "-1256.54", f"balance {a['balance']}")
    print(f"{RUNS} runs: {killed_before} killed before commit, {killed_after} killed after commit, {completed} completed; "
          f"add takes {typical * 1000:.1f} ms; {len(seen)} committed states checked")
    check(killed_before > 0, "no kill landed before the commit")

print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
