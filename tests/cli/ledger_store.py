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
example. Then 8 concurrent adds of one conflicting batch (the same regularisation payment
reference): exactly one commits, the others are refused naming facts[0].reference, and the
store stays readable. Last, the parameter fingerprint: a store whose first add used --params
refuses add, balance and history with another set (naming --params and the fingerprint it
holds) and accepts that set; a store without a recorded fingerprint (an earlier lde's) works
with the defaults only. The seed is fixed; LDE_LEDGER_KILL_SEED overrides it.
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

    # Concurrent adds of one conflicting batch (the same regularisation payment reference):
    # each add validates under the write lock, so exactly one commits and the others are
    # refused naming the reference; the store stays readable.
    reg = os.path.join(tmp, "regularisation.json")
    json.dump({"facts": [{"kind": "payment", "payment": "regularisation", "period": "2025-Q2", "date": "2026-03-02",
                          "amount": "-1256.54", "reference": "Regularisatie.Afrekening.2025.2.LDE-0042.1"}]}, open(reg, "w"))
    CONCURRENT = 8
    procs = [subprocess.Popen([LDE, "ledger", "add", db, reg], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for _ in range(CONCURRENT)]
    results = [(p.wait(), p.stderr.read()) for p in procs]
    ok = [r for r in results if r[0] == 0]
    refused = [r for r in results if r[0] == 2 and ": facts[0].reference: " in r[1] and "already used by facts[" in r[1]]
    check(len(ok) == 1, f"concurrent adds: {len(ok)} of {CONCURRENT} committed: {results}")
    check(len(refused) == CONCURRENT - 1, f"concurrent adds: {len(refused)} refused naming the reference: {results}")
    check(ok and f"(add {len(files) + 1}, {len(facts) + 1} facts in all)" in ok[0][1], f"concurrent adds: count {ok}")
    check(stored(db)[0] == len(files) + 1, "concurrent adds: not exactly one more add")
    r = subprocess.run([LDE, "ledger", "balance", db, "--as-of", "2026-03-05"], capture_output=True, text=True)
    code, out = r.returncode, r.stdout + r.stderr
    check(code == 0, f"concurrent adds: balance failed after them: {out}")

    # The parameter set is stored: the first add records its fingerprint; an add, balance or
    # history with another set is refused naming --params (issue: a 2017 fixed amount added with
    # --params made the store unreadable with the defaults).
    params = os.path.join(tmp, "params.json")
    json.dump({"compensation.fixed_amount_last_year": 2017}, open(params, "w"))
    fixed = os.path.join(tmp, "fixed2017.json")
    json.dump({"allocation_number": "LDE-0042",
               "facts": [{"kind": "fixed_amount", "known_from": "2016-12-01", "year": 2017, "amount": "36600.00"}]},
              open(fixed, "w"))
    more = os.path.join(tmp, "more.json")
    json.dump({"facts": [{"kind": "fixed_amount", "known_from": "2015-12-01", "year": 2016, "amount": "36600.00"}]},
              open(more, "w"))
    fp = lambda args: subprocess.run([LDE, "params"] + args, capture_output=True, text=True, check=True).stdout.split(
        "fingerprint ")[1].split()[0]
    fp_default, fp_params = fp([]), fp(["--params", params])
    rdb = os.path.join(tmp, "params.db")
    subprocess.run([LDE, "ledger", "init", rdb], check=True, capture_output=True)
    run = lambda *args: subprocess.run([LDE, "ledger"] + list(args), capture_output=True, text=True)
    r = run("add", rdb, fixed)
    check(r.returncode == 2 and ": facts[0].amount: " in r.stderr, f"2017 fixed amount with the defaults: {r.stderr}")
    r = run("add", rdb, fixed, "--params", params)
    check(r.returncode == 0, f"2017 fixed amount with --params: {r.stderr}")
    con = sqlite3.connect(f"file:{rdb}?mode=ro", uri=True)
    recorded = dict(con.execute("SELECT key, value FROM meta").fetchall()).get("parameters_fingerprint")
    con.close()
    check(recorded == fp_params, f"recorded fingerprint {recorded}, expected {fp_params}")
    refusal = f"{rdb}: --params: the store's facts were validated with the parameter set of fingerprint {fp_params}, not {fp_default}"
    for what, args in {"balance": ("balance", rdb, "--as-of", AS_OF),
                       "history": ("history", rdb, "--quarter", "2025-Q2", "--as-of", AS_OF),
                       "add": ("add", rdb, more)}.items():
        r = run(*args)
        check(r.returncode == 2 and refusal in r.stderr, f"{what} with the defaults on a --params store: {r.returncode} {r.stderr}")
        r = run(*args, "--params", params)
        check(r.returncode == 0, f"{what} with the store's --params: {r.returncode} {r.stderr}")
    check(stored(rdb)[0] == 2, "params store: the refused add was written")
    # A store without a recorded fingerprint (written by an older lde) keeps working with the
    # defaults, and only with them.
    old = os.path.join(tmp, "old.db")
    subprocess.run([LDE, "ledger", "init", old], check=True, capture_output=True)
    subprocess.run([LDE, "ledger", "add", old, files[0]], check=True, capture_output=True)
    con = sqlite3.connect(old)
    con.executescript("DROP TRIGGER meta_no_delete; DELETE FROM meta WHERE key = 'parameters_fingerprint';")
    con.close()
    r = run("add", old, files[1])
    check(r.returncode == 0, f"old store: add with the defaults: {r.stderr}")
    r = run("balance", old, "--as-of", AS_OF)
    check(r.returncode == 0, f"old store: balance with the defaults: {r.stderr}")
    r = run("balance", old, "--as-of", AS_OF, "--params", params)
    check(r.returncode == 2 and f"fingerprint {fp_default} (the defaults: the store records none), not {fp_params}" in r.stderr,
          f"old store: balance with --params: {r.returncode} {r.stderr}")
    r = run("add", old, files[2], "--params", params)
    check(r.returncode == 2 and ": --params: " in r.stderr and stored(old)[0] == 2, f"old store: add with --params: {r.stderr}")

print(f"{len(failures)} failures")
sys.exit(1 if failures else 0)
