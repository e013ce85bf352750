"""A seeded, documented generator of synthetic LDE populations (no real person in it).

``population(n, seed)`` returns a :class:`Population` (``workers``, ``absences``)
in the column format of :mod:`lde.population`. The same ``(n, seed)`` always
gives the same tables (numpy ``PCG64``), on every machine. The distributions
are plausible, not calibrated on real data:

* employers: ``max(1, n // 40)`` labels ``LDE-0001``, ...; each worker picks one
  uniformly; 98 % of employers are recognised, 1 % are established in Brussels;
  an employer's contingent is 1.05 × the sum of its workers' fractions, to 2
  decimals (at least 1.00).
* birth date: uniform from 1961-01-01 to 2005-12-31 (ages 20 to 65 in 2026).
* right: 92 % ``lde``, 5 % ``maatwerk``, 3 % ``vop``; granted uniformly from
  2015-06-01 to 2025-12-31; 3 % have no right (NaT).
* employment: 92 % of those with a right start uniformly 0 to 400 days after the
  grant; 15 % of those end 200 to 2500 days later.
* fraction: 0.50, 0.60, 0.80 or 1.00 (weights 15/20/25/40 %).
* competence strengthening (I-9): 5 % of the employed, 3 to 15 months, approved
  3.5 to 4.5 years after the first day.
* transition trajectory (I-11): 20 % of the employed start one 4 to 4.5 years
  after the first day, lasting 6 to 12 months; 40 % of them find a regular job
  within it.
* absences: Poisson(0.6) per employed worker, starting in the 6 years after the
  first day; half last 1-29 days, half 30-200 days; reasons illness 60 %,
  accident 10 %, maternity 8 %, paternity 3 %, adoption 1 %, other 18 %.

``population_tables(n, seed)`` returns the same workers as an :class:`lde.Population`
of whole dossiers (ids 0, 1, ..., employers named as in ``workers.employer``) with
the shapes the column form cannot hold, drawn from a second stream
(``PCG64([seed, 13])``) so that ``population(n, seed)`` is unchanged:

* a replaced right (I-6): 6 % of the rights are followed by a second one,
  ``maatwerk`` after ``lde`` (else ``lde``), granted 1 to 4 years later;
* a second employment period at another employer (I-7): half of the periods that
  end start a second one 1 to 90 days later at the next label (its recognition,
  contingent and seat), ongoing for 70 %, else lasting 200 to 1500 days;
* several competence approvals (I-9): 40 % of the workers with one get a second
  (1 to 6 months, approved 6 to 18 months after the first);
* non-cooperation (I-11): 30 % of the transition trajectories hold one period
  (7 to 45 days, starting in their first 60 days), a third of those a second
  one 10 to 60 days after it (7 to 30 days);
* a reconsideration (WSE-FAQ 5.8, I-24): 3 % of the workers with a right had a
  letter sent 10 to 60 days before the grant; half of them filed 0 to 80 days
  after it.
"""
from __future__ import annotations

import decimal
from typing import Any, NamedTuple, Sequence

import numpy as np

from ._core import Enterprise

__all__ = ["Population", "population", "population_tables", "enterprises"]


class Population(NamedTuple):
    """A synthetic population: the worker table and the long-format absence table."""

    workers: Any  #: pandas DataFrame, one row per worker (column format of lde.population)
    absences: Any  #: pandas DataFrame, one row per absence (worker = row position)


def _days(s: str) -> int:
    return int(np.datetime64(s, "D").astype(np.int64))


def population(n: int, seed: int = 0) -> Population:
    """``n`` synthetic workers and their absences, reproducible from ``seed`` (see the module doc)."""
    import pandas as pd

    if n < 0:
        raise ValueError("n must be >= 0")
    rng = np.random.Generator(np.random.PCG64(seed))
    nat = np.iinfo(np.int64).min
    n_emp = max(1, n // 40)
    employer = rng.integers(0, n_emp, n)
    recognised_e = rng.random(n_emp) >= 0.02
    brussels_e = rng.random(n_emp) < 0.01

    birth = rng.integers(_days("1961-01-01"), _days("2005-12-31") + 1, n)
    kind = rng.choice(np.array(["lde", "maatwerk", "vop"], dtype=object), n, p=[0.92, 0.05, 0.03])
    has_right = rng.random(n) >= 0.03
    granted = np.where(has_right, rng.integers(_days("2015-06-01"), _days("2025-12-31") + 1, n), nat)
    employed = has_right & (rng.random(n) < 0.92)
    first = np.where(employed, granted + rng.integers(0, 401, n), nat)
    ended = employed & (rng.random(n) < 0.15)
    last = np.where(ended, first + rng.integers(200, 2501, n), nat)
    fraction = rng.choice(np.array([0.5, 0.6, 0.8, 1.0]), n, p=[0.15, 0.20, 0.25, 0.40])

    comp = employed & (rng.random(n) < 0.05)
    comp_months = np.where(comp, rng.integers(3, 16, n), 0).astype(np.int32)
    comp_approved = np.where(comp, first + rng.integers(int(3.5 * 365), int(4.5 * 365) + 1, n), nat)

    ds = employed & (rng.random(n) < 0.20)
    ds_first = np.where(ds, first + rng.integers(4 * 365, int(4.5 * 365) + 1, n), nat)
    ds_last = np.where(ds, ds_first + rng.integers(182, 366, n), nat)
    job = ds & (rng.random(n) < 0.40)
    job_day = np.where(job, ds_first + rng.integers(0, 182, n), nat)

    # Contingent per employer: 1.05 x the sum of its workers' fractions, 2 decimals, at least 1.00.
    sums = np.bincount(employer, weights=np.where(employed, fraction, 0.0), minlength=n_emp)
    contingent_e = np.maximum(100, np.ceil(sums * 105.0 - 1e-9)).astype(np.int64)  # hundredths of an FTE

    ids = np.array([f"LDE-{i + 1:04d}" for i in range(n_emp)], dtype=object)
    workers = pd.DataFrame({
        "worker_id": np.arange(n, dtype=np.int64),
        "employer": ids[employer] if n else np.array([], dtype=object),
        "fraction": fraction,
        "birth_date": birth.view("datetime64[D]"),
        "right_kind": pd.Categorical(kind, categories=["lde", "maatwerk", "vop"]),
        "right_granted": granted.view("datetime64[D]"),
        "employment_first_day": first.view("datetime64[D]"),
        "employment_last_day": last.view("datetime64[D]"),
        "employer_recognised": recognised_e[employer],
        "employer_contingent": contingent_e[employer] / 100.0,
        "employer_in_brussels": brussels_e[employer],
        "competence_months": comp_months,
        "competence_approved": comp_approved.view("datetime64[D]"),
        "doorstroom_first_day": ds_first.view("datetime64[D]"),
        "doorstroom_last_day": ds_last.view("datetime64[D]"),
        "external_job_found": job_day.view("datetime64[D]"),
    })

    counts = np.where(employed, rng.poisson(0.6, n), 0)
    who = np.repeat(np.arange(n, dtype=np.int64), counts)
    m = len(who)
    start = first[who] + rng.integers(0, 6 * 365, m)
    long = rng.random(m) < 0.5
    length = np.where(long, rng.integers(30, 201, m), rng.integers(1, 30, m))
    reasons = rng.choice(
        np.array(["illness", "accident", "maternity_leave", "paternity_leave", "adoption_leave", "other"], dtype=object),
        m, p=[0.60, 0.10, 0.08, 0.03, 0.01, 0.18])
    absences = pd.DataFrame({
        "worker": who,
        "first_day": start.view("datetime64[D]"),
        "last_day": (start + length - 1).view("datetime64[D]"),
        "reason": reasons,
    })
    return Population(workers, absences)


def population_tables(n: int, seed: int = 0) -> Any:
    """``n`` synthetic workers as an :class:`lde.Population` of whole dossiers (see the module doc):
    the workers of ``population(n, seed)`` plus replaced rights, second employment periods,
    several competence approvals, non-cooperation and reconsiderations."""
    import pandas as pd

    from .tables import Population

    base = population(n, seed)
    t = Population.from_columns(base.workers, base.absences).tables
    rng = np.random.Generator(np.random.PCG64([seed, 13]))
    nat = np.iinfo(np.int64).min
    emp_names = base.workers["employer"].to_numpy(dtype=object)
    workers, rights, employment = t["workers"], t["rights"], t["employment"]
    employment.insert(1, "employer", emp_names[employment["worker"].to_numpy()] if len(employment) else [])

    def days(col: Any) -> np.ndarray:
        return col.to_numpy().astype("datetime64[D]").view(np.int64)

    # A replaced right (I-6).
    pick = rng.random(len(rights)) < 0.06
    second = rights[pick].copy()
    second["kind"] = np.where(second["kind"].astype(str) == "lde", "maatwerk", "lde")
    second["granted"] = (days(second["granted"]) + rng.integers(365, 4 * 365 + 1, len(second))).view("datetime64[D]")
    rights = pd.concat([rights.astype({"kind": object}), second], ignore_index=True)

    # A second employment period at another employer (I-7).
    labels = sorted(set(emp_names.tolist())) or ["LDE-0001"]
    info = base.workers.groupby("employer")[["employer_recognised", "employer_contingent",
                                             "employer_in_brussels"]].first()
    ended = employment[employment["last_day"].notna().to_numpy() & (rng.random(len(employment)) < 0.5)].copy()
    nxt = [labels[(labels.index(e) + 1) % len(labels)] if len(labels) > 1 else "LDE-0002" for e in ended["employer"]]
    ended["employer"] = np.array(nxt, dtype=object)
    start = days(ended["last_day"]) + rng.integers(1, 91, len(ended))
    ongoing = rng.random(len(ended)) < 0.7
    ended["first_day"] = start.view("datetime64[D]")
    ended["last_day"] = np.where(ongoing, nat, start + rng.integers(200, 1501, len(ended))).view("datetime64[D]")
    for c, default in (("employer_recognised", True), ("employer_contingent", 1.0), ("employer_in_brussels", False)):
        ended[c] = [info[c].get(e, default) for e in nxt]
    employment = pd.concat([employment, ended], ignore_index=True)

    # Several competence approvals (I-9).
    comp = t["competence_extensions"]
    more = comp[rng.random(len(comp)) < 0.4].copy()
    more["months"] = rng.integers(1, 7, len(more)).astype(np.int32)
    more["approved"] = (days(more["approved"]) + rng.integers(182, 548, len(more))).view("datetime64[D]")
    comp = pd.concat([comp, more], ignore_index=True)

    # Non-cooperation inside transition trajectories (I-11).
    ds = t["doorstroom"]
    one = ds[rng.random(len(ds)) < 0.3]
    f1 = days(one["first_day"]) + rng.integers(0, 61, len(one))
    l1 = f1 + rng.integers(6, 45, len(one))
    two = rng.random(len(one)) < 1 / 3
    f2 = l1 + rng.integers(10, 61, len(one))
    l2 = f2 + rng.integers(6, 30, len(one))
    nc = pd.DataFrame({"worker": np.concatenate([one["worker"].to_numpy(), one["worker"].to_numpy()[two]]),
                       "first_day": np.concatenate([f1, f2[two]]).view("datetime64[D]"),
                       "last_day": np.concatenate([l1, l2[two]]).view("datetime64[D]")})

    # Reconsiderations (WSE-FAQ 5.8, I-24).
    first_right = rights.drop_duplicates("worker")
    rec = first_right[rng.random(len(first_right)) < 0.03]
    letter = days(rec["granted"]) - rng.integers(10, 61, len(rec))
    filed = np.where(rng.random(len(rec)) < 0.5, letter + rng.integers(0, 81, len(rec)), nat)
    sent = np.full(len(workers), nat)
    filed_all = np.full(len(workers), nat)
    sent[rec["worker"].to_numpy()] = letter
    filed_all[rec["worker"].to_numpy()] = filed
    workers["reconsideration_letter_sent"] = sent.view("datetime64[D]")
    workers["reconsideration_filed"] = filed_all.view("datetime64[D]")

    def by_worker(df: Any) -> Any:
        return df.sort_values("worker", kind="stable").reset_index(drop=True)

    return Population(workers, rights=by_worker(rights), employment=by_worker(employment),
                      absences=t["absences"], competence_extensions=by_worker(comp), doorstroom=ds,
                      non_cooperation=by_worker(nc))


def enterprises(workers: Any, monthly: Any, year: int, *, employer: str = "employer",
                fraction: str = "fraction", contingent: str = "employer_contingent") -> list[Enterprise]:
    """Builds one :class:`lde.Enterprise` per employer for ``year`` from a worker table and the result of
    :func:`lde.population.monthly_compensation` (``monthly``), so that a population can be priced with the
    enterprise rules (I-14, I-15):

    * hires of a month = sum of the fractions of the employer's workers compensated on its first day;
    * DmfA line of a quarter for each such worker: fraction × (months compensated in the quarter) / 3,
      kept to 4 decimals (rounded half up) — a synthetic stand-in for the real DmfA declaration;
    * contingent = the ``contingent`` column (the first value per employer) from 2015-04-01.
    """
    paid = monthly[monthly["compensated"]].merge(
        workers[[employer, fraction, contingent]], left_on="worker", right_index=True)
    out: list[Enterprise] = []
    q4 = decimal.Decimal("0.0001")
    for name, rows in workers.groupby(employer, sort=True):
        cont = decimal.Decimal(str(rows[contingent].iloc[0])).quantize(decimal.Decimal("0.01"))
        mine = paid[paid[employer] == name]
        hires = {}
        for month in range(1, 13):
            total = sum((decimal.Decimal(str(f)) for f in mine.loc[mine["month"] == month, fraction]), decimal.Decimal(0))
            hires[f"{year}-{month:02d}"] = str(total.quantize(q4))
        dmfa: dict[str, Sequence[dict[str, Any]]] = {}
        for q in range(1, 5):
            in_q = mine[(mine["month"] > 3 * (q - 1)) & (mine["month"] <= 3 * q)]
            lines = []
            for w, grp in in_q.groupby("worker", sort=True):
                f = decimal.Decimal(str(grp[fraction].iloc[0])) * len(grp) / 3
                lines.append({"worker": str(w), "fraction": str(f.quantize(q4, rounding=decimal.ROUND_HALF_UP))})
            dmfa[f"{year}-Q{q}"] = lines
        out.append(Enterprise(allocation_number=str(name), legal_form="vzw", seat="flanders",
                              contingent=[{"from": "2015-04-01", "fte": str(cont)}], hires=hires, dmfa=dmfa))
    return out
