"""Builds the scalar dossier a population row describes, independently of the C++ row reader:
through keyword construction and the JSON format (lde.WorkerDossier)."""
import datetime as dt

import numpy as np
import pandas as pd

import lde


def _d(v):
    if v is None or (isinstance(v, float) and np.isnan(v)) or pd.isna(v):
        return None
    return pd.Timestamp(v).date()


def dossier_of_row(workers: pd.DataFrame, absences: pd.DataFrame, i: int) -> lde.WorkerDossier:
    row = workers.iloc[i]
    kw = {"birth_date": _d(row["birth_date"])}
    if _d(row["right_granted"]):
        kw["rights"] = [{"kind": str(row.get("right_kind", "lde")), "granted": _d(row["right_granted"])}]
    if _d(row["employment_first_day"]):
        e = {"employer": str(row.get("employer", "E")), "first_day": _d(row["employment_first_day"]),
             "employer_recognised": bool(row.get("employer_recognised", True)),
             "employer_contingent_fte": f"{float(row.get('employer_contingent', 1.0)):.2f}",
             "employer_in_brussels": bool(row.get("employer_in_brussels", False))}
        if _d(row.get("employment_last_day")):
            e["last_day"] = _d(row["employment_last_day"])
        kw["employment"] = [e]
    mine = absences[absences["worker"] == i]
    if len(mine):
        kw["absences"] = [{"first_day": _d(a.first_day), "last_day": _d(a.last_day), "reason": str(a.reason)}
                          for a in mine.itertuples()]
    if int(row.get("competence_months", 0)) > 0:
        kw["competence_extensions"] = [{"months": int(row["competence_months"]),
                                        "approved": _d(row["competence_approved"])}]
    if _d(row.get("doorstroom_first_day")):
        ds = {"first_day": _d(row["doorstroom_first_day"]), "last_day": _d(row["doorstroom_last_day"])}
        if _d(row.get("external_job_found")):
            ds["external_job_found"] = _d(row["external_job_found"])
        kw["doorstroom"] = ds
    return lde.WorkerDossier(**kw)


def one_worker(birth="1980-05-10", granted="2019-12-01", first="2020-02-01", absences=()):
    """A one-row population and its absences (for property tests)."""
    workers = pd.DataFrame({
        "birth_date": np.array([birth], dtype="datetime64[D]"),
        "right_granted": np.array([granted], dtype="datetime64[D]"),
        "employment_first_day": np.array([first], dtype="datetime64[D]"),
    })
    abs_df = pd.DataFrame({
        "worker": np.zeros(len(absences), dtype=np.int64),
        "first_day": np.array([a[0] for a in absences], dtype="datetime64[D]"),
        "last_day": np.array([a[1] for a in absences], dtype="datetime64[D]"),
        "reason": [a[2] for a in absences],
    })
    return workers, abs_df


def date(s: str) -> dt.date:
    return dt.date.fromisoformat(s)
