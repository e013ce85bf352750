"""Budgets of a population over years, for a baseline and reforms (issue 14).

:func:`budget` prices a population under one or more parameter sets ("scenarios") for a range
of years and returns a tidy DataFrame: one row per scenario and group (``year``, ``quarter``,
``month``, ``right_kind``, ``continuation``), with

* ``amount_cents`` — exact integer cents. A worker counts for a month when the employer earns
  compensation for them on its first day (the monthly registration of I-14); the month's amount
  is the sum over its days of rate(day) × contractual fraction / days in the year, rounded once
  per worker and month (I-14, I-23, I-12). With weights, the group's amount is
  Σ weight × month amount computed exactly and rounded once, half away from zero (I-12);
* ``fte_days`` and ``fte_years`` — Σ weight × fraction × days of the compensated months (in
  FTE-years each day counts 1 / days in its year), display figures (float) of exact sums;
* ``workers_compensated`` — Σ weight of the workers compensated in at least one month of the
  group (an integer without weights or with integer weights).

Everything runs in C++ (``lde::population::budget``) on every core; each worker's dossier is
evaluated once per scenario and the status rule once per month, with no worker × month table.
:func:`budget_difference` gives the reform-minus-baseline view; :func:`attribution` splits a
reform's difference into the contribution of each changed parameter (sequential or Shapley),
adding up exactly. See ``docs/python.md``, "Pricing a reform".
"""
from __future__ import annotations

import decimal
import itertools
import math
import sys
from fractions import Fraction
from typing import Any, Iterable, Mapping, NamedTuple, Optional, Sequence, Union

import numpy as np

from . import _lde
from ._core import InvalidArgumentError, Parameters, WorkerDossier, _error

__all__ = ["budget", "budget_difference", "attribution", "Attribution", "changed_parameters", "enterprise_budget",
           "with_parameters_of", "GROUPS"]

#: The grouping columns, in the order they appear in a budget's table.
GROUPS = ("year", "quarter", "month", "right_kind", "continuation")
_RIGHT_KINDS = np.array(["none", "lde", "maatwerk", "vop"], dtype=object)
_CONTINUATIONS = np.array(["none", "age60", "age55"], dtype=object)
_SCALE = int(_lde._WEIGHT_SCALE)
_YEAR_UNITS = int(_lde._YEAR_UNITS)
#: A run this large (workers × scenarios) shows a progress bar when the session is interactive.
PROGRESS_MIN_ROWS = 200_000


def _pd() -> Any:
    import pandas as pd

    return pd


# --------------------------------------------------------------------------- arguments


def _years(years: Any) -> tuple[int, int]:
    """``2026``, ``range(2026, 2031)``, ``(2026, 2030)``, ``[2026, 2027, ...]`` or ``"2026..2030"``."""
    if isinstance(years, str) and ".." in years:
        a, _, b = years.partition("..")
        try:
            years = (int(a), int(b))
        except ValueError:
            raise _error(InvalidArgumentError, "years", f"expected YYYY..YYYY, got {years!r}") from None
        first, last = years
    elif isinstance(years, (int, np.integer)) and not isinstance(years, (bool, np.bool_)):
        first = last = int(years)
    elif isinstance(years, range):
        if years.step != 1 or len(years) == 0:
            raise _error(InvalidArgumentError, "years", f"expected consecutive years, got {years!r}")
        first, last = years.start, years.stop - 1
    else:
        try:
            ys = [int(y) for y in years]
        except (TypeError, ValueError):
            raise _error(InvalidArgumentError, "years", f"expected a year or a range of years, got {years!r}") from None
        if isinstance(years, tuple) and len(ys) == 2 and ys[1] >= ys[0]:
            first, last = ys
        elif ys and ys == list(range(ys[0], ys[0] + len(ys))):
            first, last = ys[0], ys[-1]
        else:
            raise _error(InvalidArgumentError, "years", f"expected consecutive years, got {years!r}")
    return int(first), int(last)


def _by(by: Any) -> tuple[list[str], int]:
    if isinstance(by, str):
        by = (by,)
    names = list(by or ())
    bits = 0
    for name in names:
        if name not in _lde._BUDGET_BY:
            import difflib

            close = difflib.get_close_matches(str(name), GROUPS, n=1)
            raise _error(InvalidArgumentError, "by", f"unknown group {name!r} (expected one of {', '.join(GROUPS)})"
                         + (f"; did you mean {close[0]!r}?" if close else ""))
        bits |= int(_lde._BUDGET_BY[name])
    if "month" in names and "quarter" not in names:
        pass  # the quarter follows from the month; it is shown only when asked for
    return [g for g in GROUPS if g in names], bits


def _scenarios(scenarios: Any) -> dict[str, Parameters]:
    if scenarios is None:
        return {"baseline": Parameters.default()}
    if isinstance(scenarios, Parameters):
        return {scenarios.name: scenarios}
    if not isinstance(scenarios, Mapping) or not scenarios:
        raise _error(InvalidArgumentError, "scenarios", "expected a dict {name: lde.Parameters}")
    out = {}
    for name, p in scenarios.items():
        if not isinstance(p, Parameters):
            raise _error(InvalidArgumentError, f"scenarios[{name!r}]", f"expected lde.Parameters, got {type(p).__name__}")
        out[str(name)] = p
    return out


def _at(field: str, i: int) -> str:
    """The field of row ``i``: ``weights[3]``, or a template such as ``workers[{}].weight``."""
    return field.format(i) if "{}" in field else f"{field}[{i}]"


def weight_units(weights: Any, n: int, field: str = "weights") -> np.ndarray:
    """Weights -> exact millionths (int64). Integers are exact; a float must be a decimal with at most
    six decimals (0.1 is read as 0.1; 1/3 is refused); Decimal and text are read exactly."""
    from .population import _as_array, _first_bad

    a = _as_array(weights)
    if a.ndim != 1 or len(a) != n:
        raise _error(InvalidArgumentError, field.split("[")[0] if "{}" in field else field,
                     f"expected one weight per worker ({n}), got shape {np.shape(a)}")
    if a.dtype.kind == "b":
        raise _error(InvalidArgumentError, field, "expected numbers, got booleans")
    if a.dtype.kind in "iu":
        units = a.astype(np.int64)
        bad = (units < 0) | (units > int(_lde._MAX_WEIGHT_UNITS) // _SCALE)
        if bad.any():
            i = _first_bad(bad)
            raise _error(InvalidArgumentError, _at(field, i), f"a weight must lie in 0 .. 1e9, got {a[i]!r}")
        return units * _SCALE
    if a.dtype.kind == "f":
        bad = ~np.isfinite(a) | (a < 0) | (a > 1e9)
        if bad.any():
            i = _first_bad(bad)
            raise _error(InvalidArgumentError, _at(field, i), f"a weight must be a finite number in 0 .. 1e9, got {a[i]!r}")
        units = np.rint(a * _SCALE)
        bad = units / _SCALE != a
        if bad.any():
            i = _first_bad(bad)
            raise _error(InvalidArgumentError, _at(field, i),
                         f"has more than 6 decimals: {a[i]!r} (weights are exact to 1e-6; round them first)")
        return units.astype(np.int64)
    if a.dtype.kind in "OU":
        out = np.empty(n, dtype=np.int64)
        for i, v in enumerate(a):
            try:
                d = v if isinstance(v, decimal.Decimal) else decimal.Decimal(str(v))
                if isinstance(v, (bool, np.bool_)) or not d.is_finite():
                    raise decimal.InvalidOperation
            except decimal.InvalidOperation:
                raise _error(InvalidArgumentError, _at(field, i), f"is not a weight: {v!r}") from None
            u = d * _SCALE
            if u != u.to_integral_value():
                raise _error(InvalidArgumentError, _at(field, i), f"has more than 6 decimals: {v!r}")
            if d < 0 or d > 10 ** 9:
                raise _error(InvalidArgumentError, _at(field, i), f"a weight must lie in 0 .. 1e9, got {v!r}")
            out[i] = int(u)
        return out
    raise _error(InvalidArgumentError, field, f"has the wrong dtype {a.dtype}, expected numbers")


def _fraction_units(fraction: Any, n: int, workers: Any) -> tuple[int, Optional[np.ndarray]]:
    from .population import _fte_units

    if isinstance(fraction, (bool, np.bool_)):
        raise _error(InvalidArgumentError, "fraction", "expected a number in [0, 1], a column name or an array")
    if isinstance(fraction, (int, float, decimal.Decimal, np.number)):
        u = int(_fte_units(np.array([fraction], dtype=object if isinstance(fraction, decimal.Decimal) else None),
                           "fraction")[0])
        if not 0 <= u <= 10000:
            raise _error(InvalidArgumentError, "fraction", f"must lie in [0, 1] (I-20), got {fraction!r}")
        return u, None
    if isinstance(fraction, str):
        if workers is None or fraction not in _column_names(workers):
            raise _error(InvalidArgumentError, "fraction", f"no column {fraction!r} in the worker table")
        raw, field = workers[fraction], "workers[{}]." + fraction
    else:
        raw, field = fraction, "fraction[{}]"
    units = _fte_units(raw, field)
    if units.ndim != 1 or len(units) != n:
        raise _error(InvalidArgumentError, "fraction", f"has {len(units)} rows, expected {n} (one per worker)")
    bad = (units < 0) | (units > 10000)
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        raise _error(InvalidArgumentError, field.format(i), f"must lie in [0, 1] (I-20), got {units[i] / 10000}")
    return 10000, units.astype(np.int64)


def _column_names(table: Any) -> list[str]:
    return [str(c) for c in (table.columns if hasattr(table, "columns") else table)]


class _Source(NamedTuple):
    data: Any        # tables dict (contract format) or a list of WorkerDossier
    rows: int
    workers: Any     # the worker table (for column names: fraction, weights), or None


def _source(population: Any, absences: Any) -> _Source:
    """Population tables for the C++ budget: a tables dict (issue 13's contract), a list of
    lde.WorkerDossier, or anything lde.tables.table_arrays() reads (a worker DataFrame, ...)."""
    if isinstance(population, _Source):
        return population
    if isinstance(population, Mapping) and isinstance(population.get("workers"), Mapping):
        workers = population.get("workers")
        if workers is None:
            raise _error(InvalidArgumentError, "population", "population tables need a 'workers' table")
        rows = len(next(iter(workers.values()))) if len(workers) else 0
        if not _lde._BUDGET_TABLES:
            raise _error(InvalidArgumentError, "population", "this build has no population tables (issue 13)")
        return _Source(dict(population), rows, workers)
    if isinstance(population, (list, tuple)) and all(isinstance(d, WorkerDossier) for d in population):
        return _Source(list(population), len(population), None)
    if hasattr(population, "columns") and "birth_date" in _column_names(population) and \
            "employment_first_day" in _column_names(population):
        # A worker DataFrame of lde.population's column format (one right and one employment per
        # row, absences in a long table): the rows are checked and named as evaluate_population does.
        from .population import absence_columns, worker_columns

        cols, n, _ = worker_columns(population)
        acols, an = absence_columns(absences)
        return _Source(("columns", dict(cols), n, dict(acols), an), n, population)
    try:
        from .tables import table_arrays  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover - before lde.tables exists
        raise _error(InvalidArgumentError, "population",
                     "expected population tables (a dict of tables), a worker DataFrame or a list of "
                     "lde.WorkerDossier") from None
    tables, ids = table_arrays(population, absences=absences)
    return _Source(tables, len(ids), population if hasattr(population, "columns") else None)


def _interactive() -> bool:
    try:
        from IPython import get_ipython  # type: ignore

        shell = get_ipython()
        if shell is not None and type(shell).__name__ == "ZMQInteractiveShell":
            return True
    except Exception:  # noqa: BLE001 - no IPython: a terminal decides
        pass
    return bool(getattr(sys.stderr, "isatty", lambda: False)())


class _Progress:
    """One tqdm bar over every scenario (or nothing)."""

    def __init__(self, enabled: Any, total: int) -> None:
        self.bar = None
        show = (_interactive() and total >= PROGRESS_MIN_ROWS) if enabled is None else bool(enabled)
        if show and total > 0:
            try:
                from tqdm.auto import tqdm
            except ImportError:  # pragma: no cover - tqdm is a declared dependency
                return
            self.bar = tqdm(total=total, unit="worker", desc="budget", leave=False)
        self.base = 0

    def callback(self) -> Any:
        if self.bar is None:
            return None
        bar, base = self.bar, self.base

        def update(done: int) -> None:
            bar.n = base + int(done)
            bar.refresh()
        return update

    def advance(self, rows: int) -> None:
        self.base += rows

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _threads(threads: Any) -> int:
    if isinstance(threads, (bool, np.bool_)) or not isinstance(threads, (int, np.integer)):
        raise _error(InvalidArgumentError, "threads", f"expected an integer, got {threads!r}")
    return int(threads)


# --------------------------------------------------------------------------- the budget


def _run(src: _Source, params: Parameters, first: int, last: int, bits: int, fraction: tuple[int, Any],
         weights: Optional[np.ndarray], want_worker: bool, threads: int, progress: Any) -> dict[str, Any]:
    return _lde._budget(src.data, params._p, first, last, bits, fraction[0], fraction[1], weights, want_worker,
                        threads, progress)


def _frame(raw: dict[str, Any], scenario: str, groups: list[str], integral_weights: bool) -> Any:
    pd = _pd()
    cols: dict[str, Any] = {"scenario": np.full(len(raw["amount_cents"]), scenario, dtype=object)}
    for g in groups:
        v = np.asarray(raw[g])
        if g == "right_kind":
            cols[g] = _RIGHT_KINDS[v]
        elif g == "continuation":
            cols[g] = _CONTINUATIONS[v]
        else:
            cols[g] = v.astype(np.int64)
    cols["amount_cents"] = np.asarray(raw["amount_cents"], dtype=np.int64)
    den_day = 10000 * _SCALE
    cols["fte_days"] = np.array([float(Fraction(u, den_day)) for u in raw["fte_day_units"]], dtype=np.float64)
    cols["fte_years"] = np.array([float(Fraction(u, den_day * _YEAR_UNITS)) for u in raw["fte_year_units"]],
                                 dtype=np.float64)
    if integral_weights:
        cols["workers_compensated"] = np.array([u // _SCALE for u in raw["weight_units"]], dtype=np.int64)
    else:
        cols["workers_compensated"] = np.array([float(Fraction(u, _SCALE)) for u in raw["weight_units"]])
    df = pd.DataFrame(cols)
    # The exact weighted sums travel along (for merging partial budgets, e.g. Dask partitions).
    df.attrs.setdefault("exact", {})[scenario] = {"amount_units": list(raw["amount_units"]),
                                                  "weight_units": list(raw["weight_units"])}
    return df


def budget(population: Any, years: Any, scenarios: Union[Mapping[str, Parameters], Parameters, None] = None, *,
           weights: Any = None, by: Union[str, Sequence[str]] = ("year",), fraction: Any = 1.0,
           absences: Any = None, difference: Optional[str] = None, progress: Optional[bool] = None,
           threads: int = 0) -> Any:
    """The compensation budget of ``population`` for ``years`` under each scenario (tidy DataFrame).

    ``population``: population tables (``{"workers": {...}, "rights": {...}, ...}``, issue 13's
    format), a list of :class:`lde.WorkerDossier`, a Dask DataFrame of worker rows (one partition
    per group of workers: the partial budgets are added exactly), or anything
    ``lde.tables.table_arrays`` reads. ``years``: ``2026``, ``range(2026, 2031)``, ``(2026, 2030)``
    or ``"2026..2030"``. ``scenarios``: ``{"baseline": lde.Parameters.default(), "reform A": ...}``.
    ``weights``: None (1 each), a column name of the worker table, or one weight per worker
    (integers, or decimals with at most 6 decimals; exact). ``by``: any of ``year``, ``quarter``,
    ``month``, ``right_kind``, ``continuation``. ``fraction``: the contractual fraction, one number,
    a column name or one value per worker. ``difference``: a scenario name; returns
    :func:`budget_difference` against it. ``progress``: None (a tqdm bar on long interactive runs),
    True or False. ``threads``: 0 for every core.
    """
    groups, bits = _by(by)
    first, last = _years(years)
    scen = _scenarios(scenarios)
    threads = _threads(threads)
    if _is_dask(population):
        from ._dask import dask_budget

        df = dask_budget(population, (first, last), scen, weights=weights, by=groups, fraction=fraction,
                         absences=absences, threads=threads)
    else:
        src = _source(population, absences)
        frac = _fraction_units(fraction, src.rows, src.workers)
        w = _weights(weights, src)
        integral = w is None or bool((w % _SCALE == 0).all())
        bar = _Progress(progress, src.rows * len(scen))
        frames = []
        try:
            for name, p in scen.items():
                raw = _run(src, p, first, last, bits, frac, w, False, threads, bar.callback())
                bar.advance(src.rows)
                frames.append(_frame(raw, name, groups, integral))
        finally:
            bar.close()
        df = _concat(frames)
    if difference is not None:
        return budget_difference(df, baseline=difference)
    return df


def _weights(weights: Any, src: _Source) -> Optional[np.ndarray]:
    """None, a column name of the worker table, or one weight per worker -> millionths."""
    if weights is None:
        return None
    if isinstance(weights, str):
        if src.workers is None or weights not in _column_names(src.workers):
            raise _error(InvalidArgumentError, "weights", f"no column {weights!r} in the worker table")
        return weight_units(np.asarray(src.workers[weights]), src.rows, "workers[{}]." + weights)
    return weight_units(weights, src.rows)


def _concat(frames: list[Any]) -> Any:
    pd = _pd()
    df = pd.concat(frames, ignore_index=True)
    exact: dict[str, Any] = {}
    for f in frames:
        exact.update(f.attrs.get("exact", {}))
    df.attrs["exact"] = exact
    return df


def _is_dask(obj: Any) -> bool:
    mod = type(obj).__module__
    return mod.startswith("dask.") or mod.startswith("dask_expr")


def budget_difference(df: Any, baseline: str = "baseline") -> Any:
    """Each scenario minus ``baseline``, group by group (a group missing on one side counts 0):
    ``scenario``, the group columns, ``amount_cents`` (exact), ``fte_days``, ``fte_years``,
    ``workers_compensated``."""
    pd = _pd()
    if baseline not in set(df["scenario"]):
        raise _error(InvalidArgumentError, "baseline", f"no scenario {baseline!r} in the budget "
                     f"(scenarios: {', '.join(map(str, dict.fromkeys(df['scenario'])))})")
    keys = [g for g in GROUPS if g in df.columns]
    values = ["amount_cents", "fte_days", "fte_years", "workers_compensated"]
    base = df[df["scenario"] == baseline].set_index(keys)[values] if keys else \
        df[df["scenario"] == baseline][values].reset_index(drop=True)
    out = []
    for name in dict.fromkeys(df["scenario"]):
        if name == baseline:
            continue
        other = df[df["scenario"] == name].set_index(keys)[values] if keys else \
            df[df["scenario"] == name][values].reset_index(drop=True)
        diff = other.sub(base, fill_value=0)
        diff["amount_cents"] = diff["amount_cents"].astype(np.int64)
        if keys:
            diff = diff.sort_index().reset_index()
        diff.insert(0, "scenario", name)
        diff.insert(1, "baseline", baseline)
        out.append(diff)
    if not out:
        return pd.DataFrame(columns=["scenario", "baseline", *keys, *values])
    return pd.concat(out, ignore_index=True)


# --------------------------------------------------------------------------- enterprise level


def enterprise_budget(population: Any, years: Any, scenarios: Union[Mapping[str, Parameters], Parameters, None] = None,
                      *, fraction: Any = None, absences: Any = None, employer: str = "employer",
                      contingent: str = "employer_contingent", by_employer: bool = False, threads: int = 0) -> Any:
    """The worker-level budget beside the enterprise level, per scenario and year (unweighted).

    The enterprise level is what the enterprises are paid through their schedules: the months in
    which each worker is compensated become the monthly registrations of the employer (hires =
    Σ fractions, I-14) and synthetic DmfA lines (fraction × months compensated in the quarter / 3,
    4 decimals), capped at the employer's contingent, and the enterprise rules pay the quarterly
    rights (I-14, I-15). Columns: ``scenario``, ``year`` (and ``employer`` with ``by_employer``),
    ``worker_level_cents`` (as :func:`budget`), ``enterprise_level_cents`` (Σ quarterly rights),
    ``capped_cents`` (their difference).

    ``population``: population tables (an :class:`lde.Population` or issue 13's dict; the employer
    is the employment period's ``employer``, the contingent its ``employer_contingent``; ``fraction``
    a number or one value per worker, default 1) — computed in C++ on every core
    (``lde::population::enterprise_budget``) — or a worker DataFrame with ``employer`` and
    ``contingent`` columns (``fraction`` default: the column ``fraction``), built with
    :func:`lde.monthly_compensation` and :func:`lde.synthetic.enterprises` one year at a time
    (small populations)."""
    first, last = _years(years)
    scen = _scenarios(scenarios)
    threads = _threads(threads)
    rows = []
    if not hasattr(population, "columns"):  # population tables: a dict of arrays or an lde.Population
        src = _source(population, absences)
        if not isinstance(src.data, dict):
            raise _error(InvalidArgumentError, "population",
                         "expected population tables (an lde.Population or a dict of tables) or a worker DataFrame")
        if isinstance(fraction, str):
            raise _error(InvalidArgumentError, "fraction", "population tables have no fraction column: give a number "
                         "or one value per worker")
        frac = _fraction_units(1.0 if fraction is None else fraction, src.rows, None)
        for name, p in scen.items():
            raw = _lde._enterprise_budget(src.data, p._p, first, last, frac[0], frac[1], threads)
            for i in range(len(raw["year"])):
                rows.append({"scenario": name, "year": int(raw["year"][i]), "employer": raw["employer"][i],
                             "worker_level_cents": int(raw["worker_level_cents"][i]),
                             "enterprise_level_cents": int(raw["right_cents"][i])})
    else:
        from .population import enterprise_schedules, monthly_compensation
        from .synthetic import enterprises

        fraction = "fraction" if fraction is None else fraction
        for col in ([fraction] if isinstance(fraction, str) else []) + [employer, contingent]:
            if col not in _column_names(population):
                raise _error(InvalidArgumentError, col, f"no column {col!r} in the worker table")
        for name, p in scen.items():
            for year in range(first, last + 1):
                monthly = monthly_compensation(population, year, fraction=fraction, absences=absences, parameters=p,
                                               threads=threads)
                ents = enterprises(population, monthly, year, employer=employer, fraction=fraction,
                                   contingent=contingent)
                tables = enterprise_schedules(ents, year, p, threads=threads)
                paid = monthly.assign(employer=np.asarray(population[employer])[monthly["worker"].to_numpy()]
                                      if len(monthly) else [])
                per_w = paid.groupby("employer")["amount_cents"].sum()
                per_e = tables.quarters.groupby("allocation_number")["right_cents"].sum() if len(tables.quarters) else {}
                for e in ents:
                    rows.append({"scenario": name, "year": year, "employer": e.allocation_number,
                                 "worker_level_cents": int(per_w.get(e.allocation_number, 0)),
                                 "enterprise_level_cents": int(per_e.get(e.allocation_number, 0))})
    pd = _pd()
    df = pd.DataFrame(rows, columns=["scenario", "year", "employer", "worker_level_cents", "enterprise_level_cents"])
    if not by_employer:
        df = df.groupby(["scenario", "year"], sort=False, as_index=False)[
            ["worker_level_cents", "enterprise_level_cents"]].sum()
    df["capped_cents"] = df["worker_level_cents"] - df["enterprise_level_cents"]
    for c in ("worker_level_cents", "enterprise_level_cents", "capped_cents"):
        df[c] = df[c].astype(np.int64)
    return df


# --------------------------------------------------------------------------- attribution


def changed_parameters(baseline: Parameters, reform: Parameters) -> list[str]:
    """The names of the parameters whose history differs between the two sets (ParameterSet::diff)."""
    return list(dict.fromkeys(d.name for d in baseline.diff(reform)))


def with_parameters_of(baseline: Parameters, reform: Parameters, names: Iterable[str]) -> Parameters:
    """``baseline`` with the whole history of each parameter in ``names`` taken from ``reform``."""
    import json

    names = list(names)
    if not names:
        return baseline
    base = json.loads(baseline.to_json())
    other = json.loads(reform.to_json())
    for n in names:
        if n in other["parameters"]:
            base["parameters"][n] = other["parameters"][n]
        else:
            base["parameters"].pop(n, None)
    return Parameters.from_json(base, origin="attribution")


class Attribution(NamedTuple):
    """A reform's budget difference split by changed parameter."""

    total: Any  #: DataFrame: parameter, contribution_cents (int, adds up to the difference), share
    workers: Any  #: DataFrame: one row per worker, one int column per parameter, plus difference_cents (or None)
    baseline_cents: int  #: the baseline's budget over the years (weighted, rounded once)
    reform_cents: int  #: the reform's budget


def _apportion(exact: Sequence[Fraction], target: int) -> list[int]:
    """Integers adding up to ``target``, each the floor or ceiling of its exact value (largest remainder;
    ties go to the parameter listed first)."""
    floors = [math.floor(x) for x in exact]
    need = target - sum(floors)
    order = sorted(range(len(exact)), key=lambda j: (-(exact[j] - floors[j]), j))
    if not 0 <= need <= len(exact):  # pragma: no cover - cannot happen for |target - Σexact| < 1
        raise AssertionError("apportionment out of range")
    for j in order[:need]:
        floors[j] += 1
    return floors


def _apportion_rows(num: np.ndarray, den: int, target: np.ndarray) -> np.ndarray:
    """Row-wise largest remainder: ``num[i, j] / den`` exact, rows adding up to ``target[i]``."""
    floors = num // den
    rem = num - floors * den
    need = target - floors.sum(axis=1)
    order = np.argsort(-rem, axis=1, kind="stable")
    rank = np.empty_like(order)
    np.put_along_axis(rank, order, np.arange(num.shape[1])[None, :].repeat(num.shape[0], 0), axis=1)
    return floors + (rank < need[:, None]).astype(np.int64)


def attribution(population: Any, years: Any, baseline: Parameters, reform: Parameters, *,
                method: str = "shapley", order: Optional[Sequence[str]] = None, weights: Any = None,
                fraction: Any = 1.0, absences: Any = None, per_worker: bool = False,
                progress: Optional[bool] = None, threads: int = 0) -> Attribution:
    """Splits the budget difference ``reform − baseline`` over ``years`` into the contribution of each
    changed parameter, adding up exactly (integer cents) to the difference, in total and per worker.

    ``method="sequential"``: the parameters are switched from baseline to reform one by one in
    ``order`` (default: the order of ``baseline.diff(reform)``, by name); each gets the difference
    its switch makes. ``method="shapley"``: the average of those differences over every order
    (at most 6 changed parameters: 2^k budgets), computed exactly as fractions with denominator k!
    and then rounded to cents by largest remainder so that they add up to the difference.
    """
    first, last = _years(years)
    names = changed_parameters(baseline, reform)
    if order is not None:
        order = list(order)
        if sorted(order) != sorted(names):
            raise _error(InvalidArgumentError, "order", f"expected an order of the changed parameters {names}, got {order}")
        names = order
    k = len(names)
    if method not in ("shapley", "sequential"):
        raise _error(InvalidArgumentError, "method", f"expected 'shapley' or 'sequential', got {method!r}")
    if method == "shapley" and k > 6:
        raise _error(InvalidArgumentError, "method",
                     f"Shapley values are computed for at most 6 changed parameters, this reform changes {k}; "
                     "use method='sequential'")
    src = _source(population, absences)
    frac = _fraction_units(fraction, src.rows, src.workers)
    w = _weights(weights, src)
    threads = _threads(threads)
    if method == "sequential":
        subsets = [frozenset(names[:i]) for i in range(k + 1)]
    else:
        subsets = [frozenset(c) for r in range(k + 1) for c in itertools.combinations(names, r)]
    bar = _Progress(progress, src.rows * len(subsets))
    totals: dict[frozenset, int] = {}
    per: dict[frozenset, np.ndarray] = {}
    try:
        for s in subsets:
            params = reform if len(s) == k and k else with_parameters_of(baseline, reform, [n for n in names if n in s])
            raw = _run(src, params, first, last, 0, frac, w, True, threads, bar.callback())
            bar.advance(src.rows)
            totals[s] = int(raw["amount_cents"][0]) if len(raw["amount_cents"]) else 0
            per[s] = np.asarray(raw["worker_cents"], dtype=np.int64)
    finally:
        bar.close()
    full, empty = frozenset(names), frozenset()
    target = totals[full] - totals[empty]
    d_worker = per[full] - per[empty]
    if method == "sequential":
        contrib = [totals[subsets[i + 1]] - totals[subsets[i]] for i in range(k)]
        worker_cols = [per[subsets[i + 1]] - per[subsets[i]] for i in range(k)]
    else:
        fact = math.factorial(k)
        exact = []
        nums = np.zeros((src.rows, k), dtype=np.int64)
        for j, name in enumerate(names):
            total = Fraction(0)
            for s in subsets:
                if name in s:
                    continue
                coef = math.factorial(len(s)) * math.factorial(k - len(s) - 1)  # over k!
                with_j = s | {name}
                total += Fraction(coef * (totals[with_j] - totals[s]), fact)
                nums[:, j] += coef * (per[with_j] - per[s])
            exact.append(total)
        contrib = _apportion(exact, target)
        worker_cols = list(_apportion_rows(nums, fact, d_worker).T) if k else []
    pd = _pd()
    total_df = pd.DataFrame({
        "parameter": names,
        "contribution_cents": np.array(contrib, dtype=np.int64),
        "share": [c / target if target else float("nan") for c in contrib],
    })
    workers_df = None
    if per_worker:
        workers_df = pd.DataFrame({n: np.asarray(c, dtype=np.int64) for n, c in zip(names, worker_cols)})
        workers_df["difference_cents"] = d_worker
    return Attribution(total_df, workers_df, totals[empty], totals[full])
