"""The settlement ledger of one allocation: what is due, paid and to regularise per month and quarter as
known on a date, every version of a quarter's right and why it moved (WSE-FAQ "Vergoeding" 8.5 .. 8.9,
"Vacatures" 7.5; readings I-14, I-15, I-16, I-19 and S-1 .. S-7, ``docs/rules/ledger.md``).

A :class:`Ledger` is read and validated by the same C++ reader as the ``lde`` command and the C ABI, so
errors name the same field (``facts[3].known_from``). The answers are DataFrames; money is exact, in
integer cents (``*_cents`` columns, I-12), FTE as :class:`decimal.Decimal`::

    led = lde.Ledger.from_json(open("examples/ledger/ledger.json").read())
    lines = led.as_of("2026-03-01")          # one row per month and quarter
    lines[lines.balance_cents != 0]          # the regularisations, with payment_reference
    led.history("2025-Q2")                   # one row per version of the quarter
    led.explain("2025-Q2", "2025-12-01", "2026-03-01")   # one row per fact that changed it
"""
from __future__ import annotations

import decimal
import json
from typing import Any, Iterable, Mapping, Optional, Union

from . import _lde
from ._core import DateLike, InvalidArgumentError, Parameters, _dumps, _error, _params
from .confidential import _day  # one date conversion for every kind

__all__ = ["Ledger"]


def _pd() -> Any:
    """pandas, imported on first use (as lde.population does), so ``import lde`` stays light."""
    import pandas

    return pandas


def _cents(text: str) -> int:
    """An amount of the decision JSON ("-1553.42") as exact integer cents."""
    return int(decimal.Decimal(text).scaleb(2))


def _quarter(value: Any) -> str:
    if not isinstance(value, str):
        raise _error(InvalidArgumentError, "quarter", f"expected 'YYYY-Qn', got {value!r}")
    return value


class Ledger(_lde._Ledger):
    """One allocation's log of facts (``lde-ledger/1``, ``docs/format.md`` "Settlement ledger"), validated on
    construction with ``parameters`` (default: the default set).

    ``facts`` are dicts with the keys of the format: ``{"kind": "dmfa", "known_from": "2025-08-14",
    "quarter": "2025-Q1", "worker": "W7", "action": "correction", "fraction": "0.80"}``, ... A payment for a
    period that does not exist, a ``known_from`` before the period's facts could exist, a correction for a
    worker never declared, a duplicate payment reference ... raise :class:`lde.Error` naming the field.
    """

    def __init__(self, allocation_number: str, facts: Iterable[Mapping[str, Any]] = (),
                 parameters: Optional[Parameters] = None) -> None:
        doc = {"allocation_number": allocation_number, "facts": [dict(f) for f in facts]}
        super().__init__(_dumps(doc), _params(parameters), "ledger")

    @classmethod
    def from_json(cls, text: Union[str, Mapping[str, Any]], parameters: Optional[Parameters] = None,
                  origin: str = "ledger") -> "Ledger":
        """Parses and validates a ledger in the JSON format (text or dict)."""
        obj = cls.__new__(cls)
        _lde._Ledger.__init__(obj, text if isinstance(text, str) else _dumps(text), _params(parameters), origin)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The log as a dict in the JSON format."""
        return json.loads(self.to_json())

    def facts(self) -> "pandas.DataFrame":
        """The facts as listed, one row each (the keys of the format; absent keys are None)."""
        return _pd().DataFrame(self.to_dict()["facts"])

    def with_facts(self, facts: Iterable[Mapping[str, Any]], parameters: Optional[Parameters] = None) -> "Ledger":
        """A new ledger with ``facts`` appended (the log itself is never changed, S-2)."""
        doc = self.to_dict()
        doc["facts"].extend(dict(f) for f in facts)
        return Ledger.from_json(doc, parameters)

    def _evaluate(self, at: DateLike, quarter: Optional[str], from_: Optional[DateLike],
                  parameters: Optional[Parameters], trace: bool = False) -> dict[str, Any]:
        return json.loads(_lde._ledger_evaluate(self, _day(at), quarter,
                                                None if from_ is None else _day(from_), _params(parameters), trace))

    def decision(self, at: DateLike, quarter: Optional[str] = None, from_: Optional[DateLike] = None,
                 parameters: Optional[Parameters] = None, trace: bool = True) -> dict[str, Any]:
        """The decision JSON of ``lde evaluate`` for ``{"at", "ledger", "quarter"?, "from"?}`` as a dict."""
        return self._evaluate(at, None if quarter is None else _quarter(quarter), from_, parameters, trace)

    def as_of(self, at: DateLike, parameters: Optional[Parameters] = None) -> "pandas.DataFrame":
        """What is due, paid and to regularise as known on ``at`` (S-4, S-5): one row per month (its advance)
        and per quarter (its settlement), months first. Columns: ``period``, ``kind`` (month/quarter),
        ``settled``, ``fte`` (Decimal), ``right_cents``, ``due_cents``, ``paid_cents``, ``balance_cents``
        (to pay when positive, to claim back when negative), ``payment_reference`` (the regularisation's,
        None when the balance is 0) and ``facts_fingerprint``. ``attrs`` holds ``as_of``, the totals
        (``due_cents``, ``paid_cents``, ``balance_cents``) and the ``receipt``."""
        d = self._evaluate(at, None, None, parameters)
        rows = []
        for kind, lines in (("month", d["months"]), ("quarter", d["quarters"])):
            for period, line in lines.items():
                rows.append({"period": period, "kind": kind, "settled": line["settled"],
                             "fte": decimal.Decimal(line["fte"]), "right_cents": _cents(line["right"]),
                             "due_cents": _cents(line["due"]), "paid_cents": _cents(line["paid"]),
                             "balance_cents": _cents(line["balance"]),
                             "payment_reference": line["payment_reference"],
                             "facts_fingerprint": line["receipt"]["facts_fingerprint"]})
        columns = ["period", "kind", "settled", "fte", "right_cents", "due_cents", "paid_cents", "balance_cents",
                   "payment_reference", "facts_fingerprint"]
        df = _pd().DataFrame(rows, columns=columns)
        for c in ("right_cents", "due_cents", "paid_cents", "balance_cents"):
            df[c] = df[c].astype("int64")
        # No regularisation is None, not NaN: an object column (pandas would infer a text dtype and use NaN).
        df["payment_reference"] = _pd().Series([r["payment_reference"] for r in rows], index=df.index, dtype=object)
        df.attrs.update({"as_of": d["at"], "allocation_number": d["allocation_number"],
                         "due_cents": _cents(d["due"]), "paid_cents": _cents(d["paid"]),
                         "balance_cents": _cents(d["balance"]),
                         "receipt": dict(d["receipt"], facts_fingerprint=d["facts_fingerprint"])})
        return df

    def history(self, quarter: str, parameters: Optional[Parameters] = None) -> "pandas.DataFrame":
        """Every version of ``quarter``'s amounts (S-6), one row each in date order: ``from``, ``settled``,
        ``dmfa_fte``, ``capped_fte`` (Decimal), ``right_cents``, ``advances_cents``, ``due_cents``,
        ``facts`` (the indexes of the facts known from that day), ``changed_by`` (their descriptions) and
        ``facts_fingerprint``."""
        # The history does not depend on the statement's date: the last day any fact became known will do.
        days = [f.get("known_from", f.get("date")) for f in self.to_dict()["facts"]]
        d = self._evaluate(max(days) if days else "2015-04-01", _quarter(quarter), None, parameters)
        rows = [{"from": v["from"], "settled": v["settled"], "dmfa_fte": decimal.Decimal(v["dmfa_fte"]),
                 "capped_fte": decimal.Decimal(v["capped_fte"]), "right_cents": _cents(v["right"]),
                 "advances_cents": _cents(v["advances"]), "due_cents": _cents(v["due"]),
                 "facts": [c["fact"] for c in v["changed_by"]],
                 "changed_by": [c["description"] for c in v["changed_by"]],
                 "facts_fingerprint": v["receipt"]["facts_fingerprint"]} for v in d["history"]]
        return _pd().DataFrame(rows, columns=["from", "settled", "dmfa_fte", "capped_fte", "right_cents",
                                           "advances_cents", "due_cents", "facts", "changed_by",
                                           "facts_fingerprint"])

    def explain(self, quarter: str, from_: DateLike, to: DateLike,
                parameters: Optional[Parameters] = None) -> "pandas.DataFrame":
        """The difference of ``quarter``'s due between what was known on ``from_`` and on ``to`` (S-7): one
        row per fact known in between (``fact``, ``description``, ``known_from``, ``amount_cents``), adding
        up exactly to ``attrs["difference_cents"]`` (``attrs`` also holds ``due_from_cents``,
        ``due_to_cents``)."""
        d = self._evaluate(to, _quarter(quarter), from_, parameters)["explain"]
        df = _pd().DataFrame([{"fact": c["fact"], "description": c["description"], "known_from": c["known_from"],
                            "amount_cents": _cents(c["amount"])} for c in d["changes"]],
                          columns=["fact", "description", "known_from", "amount_cents"])
        df["amount_cents"] = df["amount_cents"].astype("int64")
        df.attrs.update({"quarter": d["quarter"], "from": d["from"], "to": d["to"],
                         "due_from_cents": _cents(d["due_from"]), "due_to_cents": _cents(d["due_to"]),
                         "difference_cents": _cents(d["difference"])})
        return df

    def __reduce__(self) -> Any:
        return (Ledger.from_json, (self.to_json(),))

    def __repr__(self) -> str:
        return f"<lde.Ledger {self.allocation_number!r} facts={len(self)}>"
