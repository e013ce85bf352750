"""lde.Ledger (issue 18): the worked example of docs/rules/ledger.md through Python, to the cent, as
DataFrames; the named errors; the same answers as the lde command (tests/cases/ledger.json runs through
every front end in compare_frontends.py)."""
import decimal
import json
import pickle

import pytest

import lde


@pytest.fixture(scope="module")
def example(root):
    return lde.Ledger.from_json((root / "examples" / "ledger" / "ledger.json").read_text())


def test_as_of_three_dates(example):
    df = example.as_of("2025-09-01")
    assert df.attrs["balance_cents"] == 921698
    q1 = df[df.period == "2025-Q1"].iloc[0]
    assert (q1.right_cents, q1.due_cents, q1.paid_cents, q1.balance_cents) == (2423342, -62138, -155343, 93205)
    assert q1.payment_reference == "Regularisatie.Afrekening.2025.1.LDE-0042.1"
    assert q1.fte == decimal.Decimal("7.80")
    assert str(df.balance_cents.dtype) == "int64"
    assert (df.balance_cents + df.paid_cents == df.due_cents).all()
    open_lines = df[df.balance_cents != 0]
    assert list(open_lines.period) == ["2025-09", "2025-Q1"]
    dec = example.as_of("2025-12-01")
    assert dict(zip(dec[dec.balance_cents != 0].period, dec[dec.balance_cents != 0].balance_cents)) == {
        "2025-10": -107014, "2025-11": -103561, "2025-12": 749096}
    mar = example.as_of("2026-03-01")
    assert mar.attrs["balance_cents"] == -125654
    assert mar.attrs["due_cents"] == 9258756
    assert list(mar[mar.balance_cents != 0].payment_reference) == ["Regularisatie.Afrekening.2025.2.LDE-0042.1"]


def test_regularisation_paid_once(example):
    mar = example.as_of("2026-03-01")
    line = mar[mar.balance_cents != 0].iloc[0]
    paid = example.with_facts([{"kind": "payment", "payment": "regularisation", "period": line.period,
                                "date": "2026-03-01", "amount": "-1256.54", "reference": line.payment_reference}])
    after = paid.as_of("2026-03-01")
    assert after.attrs["balance_cents"] == 0
    assert all(ref is None for ref in after.payment_reference)
    with pytest.raises(lde.ConflictError) as e:
        paid.with_facts([paid.to_dict()["facts"][-1]])
    assert e.value.field == "facts[68].reference"


def test_history_and_explain(example):
    h = example.history("2025-Q1")
    assert list(h["from"]) == ["2024-12-15", "2025-01-01", "2025-02-01", "2025-03-01", "2025-04-20", "2025-08-14"]
    assert list(h.right_cents)[-2:] == [2330137, 2423342]
    assert h.iloc[-1].facts == [46]
    assert h.iloc[-1].changed_by == ["DmfA 2025-Q1 W7 correction 0.80 (known from 2025-08-14)"]
    ex = example.explain("2025-Q4", "2025-10-15", "2026-03-01")
    assert len(ex) == 11
    assert int(ex.amount_cents.sum()) == ex.attrs["difference_cents"] == 2223123 - 856110
    assert list(ex.amount_cents[:3]) == [828493, -210575, 749096]


def test_errors_name_the_field():
    base = [{"kind": "contingent", "known_from": "2024-12-01", "from": "2025-01-01", "fte": "2.00"}]
    with pytest.raises(lde.NotFoundError) as e:
        lde.Ledger("A", base + [{"kind": "payment", "payment": "advance", "period": "2024-12", "date": "2024-12-10",
                                 "amount": "1.00", "reference": "R"}])
    assert e.value.field == "facts[1].period"
    with pytest.raises(lde.InvalidDateError) as e:
        lde.Ledger("A", base + [{"kind": "dmfa", "known_from": "2025-03-31", "quarter": "2025-Q1", "worker": "W",
                                 "action": "declaration", "fraction": "1"}])
    assert e.value.field == "facts[1].known_from"
    with pytest.raises(lde.NotFoundError) as e:
        lde.Ledger("A", base + [{"kind": "dmfa", "known_from": "2025-04-30", "quarter": "2025-Q1", "worker": "W",
                                 "action": "correction", "fraction": "1"}])
    assert e.value.field == "facts[1].worker"
    with pytest.raises(lde.Error) as e:
        lde.Ledger("A", base).as_of("2025-02-30")
    assert e.value.field == "at"
    with pytest.raises(lde.InvalidArgumentError):
        lde.Ledger("A", base).history(3)


def test_pickle_and_json_round_trip(example):
    again = pickle.loads(pickle.dumps(example))
    assert again.to_json() == example.to_json()
    assert len(again) == 67
    assert repr(again) == "<lde.Ledger 'LDE-0042' facts=67>"
    d = example.decision("2025-09-01", quarter="2025-Q1", from_="2025-05-01")
    via_json = json.loads(lde.evaluate_json(json.dumps({"at": "2025-09-01", "quarter": "2025-Q1", "from": "2025-05-01",
                                                        "ledger": example.to_dict()}), trace=True))
    assert d == via_json
    assert d["explain"]["difference"] == "932.05"
