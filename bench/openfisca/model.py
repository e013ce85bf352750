"""An OpenFisca model of the LDE worker rules, for bench/core.py (a benchmark, not part of the library).

Written as OpenFisca users write a country package: one entity (the worker),
input variables, vectorised formulas over the whole population, parameters in
OpenFisca YAML (bench/openfisca/parameters, the default values of
data/parameters/default.json, in force from 2015-04-01), absences as K input
column pairs (first and last day) padded to the population's largest number of
qualifying absences per worker. Dates are day numbers since 1970-01-01 (int);
the calendar helpers (I-2 years and months, I-3 ages, I-22 periods of months)
are those of bench/numpy_model.py. bench/core.py checks that every output
column agrees with lde for every row before it times the model.

openfisca-core is a bench-only dependency (PyPI): `pip install openfisca-core`
in a virtual environment (bench/core.py --openfisca-python points at it).
"""
from __future__ import annotations

import os
import sys

import numpy as np
from openfisca_core.entities import build_entity
from openfisca_core.periods import DAY, ETERNITY, MONTH
from openfisca_core.simulations import SimulationBuilder
from openfisca_core.taxbenefitsystems import TaxBenefitSystem
from openfisca_core.variables import Variable

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from numpy_model import NAT as NUMPY_NAT, REASON_BITS, add_years, age_on, months_period_last, pad_absences  # noqa: E402

# OpenFisca holds `int` variables as int32: a missing date is NO_DAY there (NaT does not fit), and
# build()/evaluate() convert from and to NaT.
NO_DAY = -100_000_000
NAT = NO_DAY

Worker = build_entity(key="worker", plural="workers", label="LDE target worker", is_person=True)

INPUTS_INT = ["birth_date", "right_kind", "right_granted", "employment_first_day", "employment_last_day",
              "employer_contingent_units", "competence_months", "competence_approved", "doorstroom_first_day",
              "doorstroom_last_day", "external_job_found"]
INPUTS_BOOL = ["employer_recognised", "employer_in_brussels"]


def _input(name, value_type):
    return type(name, (Variable,), {"value_type": value_type, "entity": Worker, "definition_period": ETERNITY,
                                    "label": name, "default_value": NAT if value_type is int else False})


def _day(period):
    return int(np.datetime64(str(period.start), "D").astype(np.int64))


# ---- formulas (DAY variables, evaluated on the day `at`) -------------------------


class right_last_day_in_force(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "Last day of the right's validity (I-4)"

    def formula(worker, period, parameters):
        granted = worker("right_granted", period)
        years = parameters(period).right.validity_years
        return np.where(granted != NAT, add_years(np.where(granted != NAT, granted, 0), years) - 1, NAT)


class right_valid(Variable):
    value_type = bool
    entity = Worker
    definition_period = DAY
    label = "A right is in force on the day (I-4, I-6)"

    def formula(worker, period, parameters):
        at = _day(period)
        granted = worker("right_granted", period)
        return (granted != NAT) & (granted <= at) & (at <= worker("right_last_day_in_force", period))


class right_kind_out(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "The right in force, or the last one before the day (I-25); 0 when none"

    def formula(worker, period, parameters):
        granted = worker("right_granted", period)
        return np.where((granted != NAT) & (granted <= _day(period)), worker("right_kind", period), 0)


class right_last_day(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "Last day of validity of right_kind_out"

    def formula(worker, period, parameters):
        granted = worker("right_granted", period)
        return np.where((granted != NAT) & (granted <= _day(period)), worker("right_last_day_in_force", period), NAT)


class compensable_employer(Variable):
    value_type = bool
    entity = Worker
    definition_period = DAY
    label = "Recognised, contingent > 0, not in Brussels (I-5, W-5)"

    def formula(worker, period, parameters):
        return (worker("employer_recognised", period) & (worker("employer_contingent_units", period) > 0)
                & ~worker("employer_in_brussels", period))


class hiring_eligible(Variable):
    value_type = bool
    entity = Worker
    definition_period = DAY
    label = "The employment can start a trajectory on its first day (I-5)"

    def formula(worker, period, parameters):
        first = worker("employment_first_day", period)
        granted = worker("right_granted", period)
        right_on_first = (granted != NAT) & (granted <= first) & (first <= worker("right_last_day_in_force", period)) \
            & (worker("right_kind", period) == 1)
        return (first != NAT) & right_on_first & worker("compensable_employer", period)


class original_last_day(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "First day + 5 years - 1 day (I-1, I-7)"

    def formula(worker, period, parameters):
        first = np.where(worker("hiring_eligible", period), worker("employment_first_day", period), 0)
        return add_years(first, parameters(period).trajectory.length_years) - 1


class competence_requested(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "Months approved by VDAB (I-9)"

    def formula(worker, period, parameters):
        return np.where(worker("hiring_eligible", period), worker("competence_months", period), 0)


class competence_extension_months(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "Months added, capped (I-9)"

    def formula(worker, period, parameters):
        return np.minimum(worker("competence_requested", period), parameters(period).trajectory.competence_max_months)


class extended_last_day(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "Last day after the absence extension, before the competence months (I-8 fixed point, W-13)"

    def formula(worker, period, parameters):
        p = parameters(period).trajectory
        eligible = worker("hiring_eligible", period)
        first = np.where(eligible, worker("employment_first_day", period), 0)
        months = worker("competence_extension_months", period)
        last = worker("original_last_day", period).copy()
        n = len(last)

        def reach(l):
            return np.where(months > 0, months_period_last(l + 1, np.maximum(months, 1)), l)

        def judge(g_first, g_last, active):
            frm = np.maximum(np.maximum(g_first, p.absence_count_from), first)
            counts = active & eligible & (g_last - g_first + 1 >= p.absence_min_days) & (g_last >= p.absence_count_from) \
                & (g_last >= first) & (frm <= reach(last))
            # Without competence months the fixed point is closed (every day from frm to g_last counts);
            # with them, iterate those rows until they stop moving.
            k = np.where(counts, g_last - frm + 1, 0)
            idx = np.nonzero(counts & (months > 0))[0]
            ki = np.zeros(len(idx), dtype=np.int64)
            while len(idx):
                nk = np.minimum(g_last[idx], months_period_last(last[idx] + ki + 1, months[idx])) - frm[idx] + 1
                moved = nk > ki
                k[idx] = np.where(moved, nk, ki)
                idx, ki = idx[moved], nk[moved]
            return np.where(counts, last + k, last)

        g_first = np.full(n, NAT)
        g_last = np.full(n, NAT)
        active = np.zeros(n, dtype=bool)
        for j in range(ABSENCE_COLUMNS):  # qualifying absences, sorted by first day, merged when they touch (I-8)
            f = worker(f"absence_{j}_first_day", period)
            l = worker(f"absence_{j}_last_day", period)
            present = f != NAT
            touches = active & present & (f <= g_last + 1)
            last = judge(g_first, g_last, active & present & ~touches)
            g_first = np.where(present & ~touches, f, g_first)
            g_last = np.where(touches, np.maximum(g_last, l), np.where(present, l, g_last))
            active = active | present
        return judge(g_first, g_last, active)


class trajectory_last_day(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "Last day with every extension (I-8, I-9, I-22)"

    def formula(worker, period, parameters):
        months = worker("competence_extension_months", period)
        last = worker("extended_last_day", period)
        reach = np.where(months > 0, months_period_last(last + 1, np.maximum(months, 1)), last)
        return np.where(worker("hiring_eligible", period), reach, NAT)


class trajectory_first_day(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "First day of the trajectory (I-7)"

    def formula(worker, period, parameters):
        return np.where(worker("hiring_eligible", period), worker("employment_first_day", period), NAT)


class absence_extension_days(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "Days added for absences (I-8)"

    def formula(worker, period, parameters):
        return np.where(worker("hiring_eligible", period),
                        worker("extended_last_day", period) - worker("original_last_day", period), 0)


class continuation(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "0 none, 1 age60 (I-10), 2 age55 (I-11)"

    def formula(worker, period, parameters):
        p = parameters(period).continuation
        eligible = worker("hiring_eligible", period)
        birth = worker("birth_date", period)
        end = np.where(eligible, worker("trajectory_last_day", period), 0)
        c60 = eligible & (age_on(birth, np.maximum(end, birth)) >= p.age_at_trajectory_end)
        ds_first = worker("doorstroom_first_day", period)
        ds_last = worker("doorstroom_last_day", period)
        job = worker("external_job_found", period)
        has_ds = ds_first != NAT
        c55 = eligible & ~c60 & has_ds & (age_on(birth, np.where(has_ds, ds_first, birth)) >= p.age_at_doorstroom_start) \
            & ~((job != NAT) & (job <= ds_last))
        return np.where(c60, 1, np.where(c55, 2, 0))


class employed_on_day(Variable):
    value_type = bool
    entity = Worker
    definition_period = DAY
    label = "Employed on the day (any employer)"

    def formula(worker, period, parameters):
        at = _day(period)
        first = worker("employment_first_day", period)
        last = worker("employment_last_day", period)
        return (first != NAT) & (first <= at) & ((last == NAT) | (at <= last))


class in_trajectory(Variable):
    value_type = bool
    entity = Worker
    definition_period = DAY
    label = "Employed by a compensable employer and inside the trajectory (W-4, W-5)"

    def formula(worker, period, parameters):
        at = _day(period)
        return worker("employed_on_day", period) & worker("compensable_employer", period) \
            & worker("hiring_eligible", period) & (worker("employment_first_day", period) <= at) \
            & (at <= worker("trajectory_last_day", period))


class in_continuation(Variable):
    value_type = bool
    entity = Worker
    definition_period = DAY
    label = "In a continuation on the day (I-10, I-11, W-3)"

    def formula(worker, period, parameters):
        at = _day(period)
        cont = worker("continuation", period)
        start = np.where(cont == 1, worker("trajectory_last_day", period) + 1,
                         np.where(cont == 2, worker("doorstroom_last_day", period) + 1, NAT))
        job = worker("external_job_found", period)
        found = (cont == 2) & (job != NAT) & (job <= at)
        return worker("employed_on_day", period) & worker("compensable_employer", period) \
            & ~worker("in_trajectory", period) & (cont > 0) & (start <= at) & ~found


class compensated(Variable):
    value_type = bool
    entity = Worker
    definition_period = DAY
    label = "The employer earns compensation for the worker on the day"

    def formula(worker, period, parameters):
        return worker("in_trajectory", period) | worker("in_continuation", period)


class reason(Variable):
    value_type = int
    entity = Worker
    definition_period = DAY
    label = "Bit set of the rules that decided the row (lde ReasonBit)"

    def formula(worker, period, parameters):
        at = _day(period)
        bit = {name: 1 << i for i, name in enumerate(REASON_BITS)}
        granted = worker("right_granted", period)
        first = worker("employment_first_day", period)
        last = worker("employment_last_day", period)
        valid = worker("right_valid", period)
        eligible = worker("hiring_eligible", period)
        has_emp = first != NAT
        months = worker("competence_extension_months", period)
        cont = worker("continuation", period)
        r = np.where(~valid, bit["no_right"], 0)
        r |= np.where((granted != NAT) & (granted <= at) & ~valid, bit["right_expired"], 0)
        r |= np.where(~has_emp, bit["not_employed"], 0)
        r |= np.where(has_emp & (at < first), bit["before_start"], 0)
        r |= np.where(has_emp & ~worker("employed_on_day", period) & (last != NAT) & (last < at), bit["employment_ended"], 0)
        r |= np.where(has_emp & ~eligible, bit["hiring_ineligible"], 0)
        r |= np.where(eligible & (worker("absence_extension_days", period) > 0), bit["absence_extended"], 0)
        r |= np.where(eligible & (months > 0), bit["competence_extended"], 0)
        r |= np.where(eligible & (worker("competence_requested", period) > months), bit["competence_capped"], 0)
        r |= np.where(eligible & (worker("trajectory_last_day", period) < at), bit["trajectory_ended"], 0)
        r |= np.where(cont == 1, bit["continuation_60"], 0)
        r |= np.where(cont == 2, bit["continuation_55"], 0)
        return r


class monthly_compensation(Variable):
    value_type = int
    entity = Worker
    definition_period = MONTH
    label = "Compensation for the month in cents: compensated on its first day (I-14 registration), " \
            "rate x fraction / days in the year x days in the month, rounded once (I-12)"

    def formula(worker, period, parameters):
        paid = worker("compensated", period.first_day)
        rate_cents = int(round(parameters(period.start).compensation.annual_rate_per_fte * 100))
        year = period.start.year
        days_year = 366 if (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)) else 365
        num = worker("fraction_units", period).astype(np.int64) * (rate_cents * period.size_in_days)
        den = 10000 * days_year
        cents = (2 * num + den) // (2 * den)  # half away from zero (num >= 0)
        return np.where(paid, cents, 0)


OUTPUTS = {"right_kind": "right_kind_out", "right_valid": "right_valid", "right_last_day": "right_last_day",
           "hiring_eligible": "hiring_eligible", "trajectory_first_day": "trajectory_first_day",
           "trajectory_last_day": "trajectory_last_day", "absence_extension_days": "absence_extension_days",
           "competence_extension_months": "competence_extension_months", "continuation": "continuation",
           "in_trajectory": "in_trajectory", "in_continuation": "in_continuation", "compensated": "compensated",
           "reason": "reason"}

ABSENCE_COLUMNS = 0


class LdeSystem(TaxBenefitSystem):
    """The tax-benefit system: the worker entity, the variables above, the YAML parameters."""

    def __init__(self, absence_columns: int):
        super().__init__([Worker])
        for name in INPUTS_INT:
            self.add_variable(_input(name, int))
        for name in INPUTS_BOOL:
            self.add_variable(_input(name, bool))
        self.add_variable(_input("fraction_units", int))
        for j in range(absence_columns):
            self.add_variable(_input(f"absence_{j}_first_day", int))
            self.add_variable(_input(f"absence_{j}_last_day", int))
        for v in (right_last_day_in_force, right_valid, right_kind_out, right_last_day, compensable_employer,
                  hiring_eligible, original_last_day, competence_requested, competence_extension_months,
                  extended_last_day, trajectory_last_day, trajectory_first_day, absence_extension_days, continuation,
                  employed_on_day, in_trajectory, in_continuation, compensated, reason, monthly_compensation):
            self.add_variable(v)
        self.load_parameters(os.path.join(os.path.dirname(os.path.abspath(__file__)), "parameters"))


def build(w: dict, a: dict) -> tuple[LdeSystem, dict]:
    """The system and the padded input columns for a population (the set-up, not timed)."""
    global ABSENCE_COLUMNS
    n = len(w["birth_date"])
    first, last = pad_absences(a, n)
    ABSENCE_COLUMNS = first.shape[0]
    inputs = {name: np.where(np.asarray(w[name]) == NUMPY_NAT, NO_DAY, np.asarray(w[name])).astype(np.int32)
              for name in INPUTS_INT}
    inputs.update({name: np.asarray(w[name]).astype(bool) for name in INPUTS_BOOL})
    for j in range(ABSENCE_COLUMNS):
        inputs[f"absence_{j}_first_day"] = np.where(first[j] == NUMPY_NAT, NO_DAY, first[j]).astype(np.int32)
        inputs[f"absence_{j}_last_day"] = np.where(last[j] == NUMPY_NAT, NO_DAY, last[j]).astype(np.int32)
    return LdeSystem(ABSENCE_COLUMNS), inputs


def monthly(system: LdeSystem, inputs: dict, fraction_units, year: int):
    """One simulation for `year`: the monthly compensation of every worker, 12 columns of cents."""
    n = len(inputs["birth_date"])
    sim = SimulationBuilder().build_default_simulation(system, count=n)
    for name, values in inputs.items():
        sim.set_input(name, "eternity", values)
    sim.set_input("fraction_units", "eternity", np.asarray(fraction_units).astype(np.int32))
    return np.stack([sim.calculate("monthly_compensation", f"{year}-{m:02d}").astype(np.int64) for m in range(1, 13)])


def evaluate(system: LdeSystem, inputs: dict, at: str) -> dict:
    """One simulation on day `at`: set the inputs, calculate every output column."""
    n = len(inputs["birth_date"])
    sim = SimulationBuilder().build_default_simulation(system, count=n)
    for name, values in inputs.items():
        sim.set_input(name, "eternity", values)
    out = {name: sim.calculate(var, at) for name, var in OUTPUTS.items()}
    for name in ("right_last_day", "trajectory_first_day", "trajectory_last_day"):
        out[name] = np.where(out[name] == NO_DAY, NUMPY_NAT, out[name].astype(np.int64))
    return out
