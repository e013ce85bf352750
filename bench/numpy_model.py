"""A numpy model of the worker rules, written the way OpenFisca users write formulas
(a benchmark reference for bench/core.py, not part of the library).

Whole columns at once: one array per variable, `np.where` for every branch,
absences as K padded column pairs (K = the population's largest number of
absences per worker), the I-8 fixed point iterated over those columns. It
implements the same readings as the library (I-1 closed periods, I-2 adding
years and months, I-3 ages, I-4 .. I-11, I-21, I-22, W-1, W-2, W-13) with the
default parameter values (data/parameters/default.json, all in force from
2015-04-01), for the population columns of lde.evaluate_population (one right,
one employment per row). bench/core.py checks that it agrees with lde on every
output column for every row before timing it.
"""
from __future__ import annotations

import numpy as np

NAT = np.iinfo(np.int64).min
# Default parameter values (data/parameters/default.json); every one in force from 2015-04-01.
VALIDITY_YEARS = 5
LENGTH_YEARS = 5
ABSENCE_MIN_DAYS = 30
COUNT_FROM = int(np.datetime64("2015-04-01", "D").astype(np.int64))
COMPETENCE_MAX_MONTHS = 12
AGE_60 = 60
AGE_55 = 55

REASON_BITS = ["no_right", "right_expired", "right_replaced", "not_employed", "hiring_ineligible", "absence_extended",
               "competence_extended", "competence_capped", "trajectory_ended", "continuation_60", "continuation_55",
               "employment_ended", "before_start"]


def _ymd(days):
    d = np.asarray(days, dtype=np.int64).astype("datetime64[D]")
    y = d.astype("datetime64[Y]").astype(np.int64) + 1970
    m = d.astype("datetime64[M]").astype(np.int64) % 12 + 1
    dd = (d - d.astype("datetime64[M]")).astype(np.int64) + 1
    return y, m, dd


def _days(y, m, d):
    months = (np.asarray(y, dtype=np.int64) - 1970) * 12 + (np.asarray(m, dtype=np.int64) - 1)
    return months.astype("datetime64[M]").astype("datetime64[D]").astype(np.int64) + np.asarray(d, dtype=np.int64) - 1


def _leap(y):
    return ((y % 4 == 0) & (y % 100 != 0)) | (y % 400 == 0)


def _days_in_month(y, m):
    start = _days(y, m, 1)
    nxt = _days(np.where(m == 12, y + 1, y), np.where(m == 12, 1, m + 1), 1)
    return nxt - start


def add_years(days, years):
    """I-2: 29 February + n years is 1 March in a non-leap year."""
    y, m, d = _ymd(days)
    # Day d of month m counted from the 1st: 29 February of a non-leap year lands on 1 March.
    return _days(y + years, m, d)


def add_months(days, months):
    """I-2: the last day of the month when the target day does not exist."""
    y, m, d = _ymd(days)
    idx = y * 12 + (m - 1) + months
    ty, tm = idx // 12, idx % 12 + 1
    return _days(ty, tm, np.minimum(d, _days_in_month(ty, tm)))


def months_period_last(first, months):
    """I-22: the last day of `months` months from `first`."""
    target = add_months(first, months)
    exists = _ymd(target)[2] == _ymd(first)[2]
    return np.where(exists, target - 1, target)


def age_on(birth, on):
    """I-3 with I-2: completed years; 29 February birthdays count on 1 March in non-leap years."""
    by, bm, bd = _ymd(birth)
    oy, om, od = _ymd(on)
    feb29 = (bm == 2) & (bd == 29) & ~_leap(oy)
    bm = np.where(feb29, 3, bm)
    bd = np.where(feb29, 1, bd)
    before = (om < bm) | ((om == bm) & (od < bd))
    return oy - by - before


def pad_absences(a: dict, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Qualifying absences (reason != other, W-2) as K column pairs (first, last day) sorted by first
    day, NaT-padded to the population's largest number per worker."""
    qual = a["reason"] != 6
    aw, af, al = a["worker"][qual], a["first_day"][qual], a["last_day"][qual]
    order = np.lexsort((af, aw))
    aw, af, al = aw[order], af[order], al[order]
    counts = np.bincount(aw, minlength=n)
    k = int(counts.max()) if len(aw) else 0
    slot = np.arange(len(aw)) - np.concatenate(([0], np.cumsum(counts)[:-1]))[aw]
    first = np.full((k, n), NAT)
    last = np.full((k, n), NAT)
    first[slot, aw] = af
    last[slot, aw] = al
    return first, last


def evaluate(w: dict, a: dict, at: int) -> dict:
    """The population columns for workers `w` and absences `a` (dicts of int64 day numbers / ints) on day `at`."""
    n = len(w["birth_date"])
    birth = w["birth_date"]
    granted = w["right_granted"]
    kind = w["right_kind"]
    first = w["employment_first_day"]
    last = w["employment_last_day"]
    has_right = granted != NAT
    has_emp = first != NAT

    # ---- right (I-4, I-25) ----------------------------------------------------
    safe_granted = np.where(has_right, granted, 0)
    right_last = np.where(has_right, add_years(safe_granted, VALIDITY_YEARS) - 1, NAT)
    valid = has_right & (granted <= at) & (at <= right_last)
    ever = has_right & (granted <= at)
    right_kind = np.where(ever, kind, 0).astype(np.int32)
    right_last_out = np.where(ever, right_last, NAT)

    # ---- hiring on the first day (I-5) ---------------------------------------
    compensable_employer = w["employer_recognised"] & (w["employer_contingent_units"] > 0) & ~w["employer_in_brussels"]
    right_on_first = has_right & (granted <= first) & (first <= right_last) & (kind == 1)
    eligible = has_emp & right_on_first & compensable_employer

    # ---- trajectory (I-7) ------------------------------------------------------
    safe_first = np.where(eligible, first, 0)
    original_last = add_years(safe_first, LENGTH_YEARS) - 1
    requested = np.where(eligible, w["competence_months"], 0).astype(np.int64)
    months = np.minimum(requested, COMPETENCE_MAX_MONTHS)

    def reach(l):
        return np.where(months > 0, months_period_last(l + 1, np.maximum(months, 1)), l)

    # ---- absences as K padded column pairs, qualifying ones sorted by first day (I-8, W-2) --------------
    F, L = pad_absences(a, n)
    k_max = F.shape[0]

    ext_last = original_last.copy()

    def judge(g_first, g_last, active):
        nonlocal ext_last
        frm = np.maximum(np.maximum(g_first, COUNT_FROM), safe_first)
        length = g_last - g_first + 1
        counts_ = active & eligible & (length >= ABSENCE_MIN_DAYS) & (g_last >= COUNT_FROM) & (g_last >= safe_first) \
            & (frm <= reach(ext_last))
        before = ext_last
        # Without competence months the fixed point is closed: every day from `frm` to the absence's
        # last day counts (each counted day moves the last day by one). With them, iterate those rows.
        k = np.where(counts_, g_last - frm + 1, 0)
        idx = np.nonzero(counts_ & (months > 0))[0]
        ki = np.zeros(len(idx), dtype=np.int64)
        while len(idx):
            nk = np.minimum(g_last[idx], months_period_last(before[idx] + ki + 1, months[idx])) - frm[idx] + 1
            moved = nk > ki
            k[idx] = np.where(moved, nk, ki)
            idx, ki = idx[moved], nk[moved]
        ext_last = np.where(counts_, before + k, ext_last)

    g_first = np.full(n, NAT)
    g_last = np.full(n, NAT)
    g_active = np.zeros(n, dtype=bool)
    for j in range(k_max):
        present = F[j] != NAT
        touches = g_active & present & (F[j] <= g_last + 1)
        close = g_active & present & ~touches
        judge(g_first, g_last, close)
        g_first = np.where(present & ~touches, F[j], g_first)
        g_last = np.where(touches, np.maximum(g_last, L[j]), np.where(present, L[j], g_last))
        g_active = g_active | present
    judge(g_first, g_last, g_active)

    t_last = np.where(eligible, reach(ext_last), NAT)
    ext_days = np.where(eligible, ext_last - original_last, 0)

    # ---- continuation (I-10, I-11) --------------------------------------------
    safe_t_last = np.where(eligible, t_last, 0)
    age_end = age_on(birth, np.maximum(safe_t_last, birth))
    c60 = eligible & (age_end >= AGE_60)
    ds_first, ds_last, job = w["doorstroom_first_day"], w["doorstroom_last_day"], w["external_job_found"]
    has_ds = ds_first != NAT
    age_start = age_on(birth, np.where(has_ds, ds_first, birth))
    job_in_ds = (job != NAT) & (job <= ds_last)
    c55 = eligible & ~c60 & has_ds & (age_start >= AGE_55) & ~job_in_ds
    cont = np.where(c60, 1, np.where(c55, 2, 0)).astype(np.int32)
    cont_from = np.where(c60, safe_t_last + 1, np.where(c55, ds_last + 1, NAT))

    # ---- status on `at` (W-4, W-5) ---------------------------------------------
    employed_on_at = has_emp & (first <= at) & ((last == NAT) | (at <= last))
    employed = employed_on_at & compensable_employer
    in_traj = employed & eligible & (first <= at) & (at <= t_last)
    job_found = c55 & (job != NAT) & (job <= at)
    in_cont = employed & eligible & ~in_traj & (cont > 0) & (cont_from <= at) & ~job_found
    compensated = employed & (in_traj | in_cont)

    # ---- reason bits -------------------------------------------------------------
    bit = {name: np.uint32(1 << i) for i, name in enumerate(REASON_BITS)}
    reason = np.zeros(n, dtype=np.uint32)
    reason |= np.where(~valid, bit["no_right"], 0).astype(np.uint32)
    reason |= np.where(has_right & (granted <= at) & ~valid, bit["right_expired"], 0).astype(np.uint32)
    reason |= np.where(~has_emp, bit["not_employed"], 0).astype(np.uint32)
    reason |= np.where(has_emp & (at < first), bit["before_start"], 0).astype(np.uint32)
    reason |= np.where(has_emp & ~employed_on_at & (last != NAT) & (last < at), bit["employment_ended"], 0).astype(np.uint32)
    reason |= np.where(has_emp & ~eligible, bit["hiring_ineligible"], 0).astype(np.uint32)
    reason |= np.where(eligible & (ext_days > 0), bit["absence_extended"], 0).astype(np.uint32)
    reason |= np.where(eligible & (months > 0), bit["competence_extended"], 0).astype(np.uint32)
    reason |= np.where(eligible & (requested > months), bit["competence_capped"], 0).astype(np.uint32)
    reason |= np.where(eligible & (t_last < at), bit["trajectory_ended"], 0).astype(np.uint32)
    reason |= np.where(c60, bit["continuation_60"], 0).astype(np.uint32)
    reason |= np.where(c55, bit["continuation_55"], 0).astype(np.uint32)

    return {
        "right_kind": right_kind, "right_valid": valid, "right_last_day": right_last_out,
        "hiring_eligible": eligible, "trajectory_first_day": np.where(eligible, first, NAT),
        "trajectory_last_day": t_last, "absence_extension_days": ext_days,
        "competence_extension_months": np.where(eligible, months, 0).astype(np.int32), "continuation": cont,
        "in_trajectory": in_traj, "in_continuation": in_cont, "compensated": compensated, "reason": reason,
    }
