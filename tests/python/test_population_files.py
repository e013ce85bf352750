"""Population CSV files through the one reader (lde/io/population_csv.hpp): `_lde._read_population_csv`
gives the tables as numpy columns in the schema's C dtypes, the long tables' `worker` as row
positions, and the worker ids (int64 when all are canonical integers); errors name file, line, column."""
import os
from pathlib import Path

import numpy as np
import pytest

import lde
from lde import _lde

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "tests" / "cli" / "population_tables"
ONE_SPELL = ROOT / "tests" / "cli" / "population.csv"
NO_DATE = np.iinfo(np.int64).min


def days(iso):
    return int((np.datetime64(iso, "D") - np.datetime64("1970-01-01", "D")).astype(np.int64))


def test_folder_tables_dtypes_and_rows():
    r = _lde._read_population_csv(str(FOLDER))
    assert r["one_spell"] is False
    t = r["tables"]
    assert list(t) == ["workers", "rights", "employment", "absences", "competence_extensions", "doorstroom",
                       "non_cooperation"]
    assert r["ids"].dtype == np.int64 and r["ids"].tolist() == [101, 102, 103, 104, 105]
    w = t["workers"]
    assert w["birth_date"].dtype == np.int64 and w["birth_date"][0] == days("1980-05-10")
    assert (w["reconsideration_letter_sent"] == NO_DATE).all()
    rights = t["rights"]
    assert rights["worker"].dtype == np.int64 and rights["worker"].tolist() == [0, 0, 1, 2, 4]
    assert rights["kind"].dtype == np.int32 and rights["kind"].tolist() == [1, 2, 1, 1, 1]  # "1" is lde's code
    e = t["employment"]
    assert e["employer"].dtype == object and e["employer"][3] == "LDE-0004, Gent"
    assert e["employer_recognised"].dtype == np.uint8 and e["employer_recognised"].tolist() == [1, 1, 1, 1, 1]
    assert e["employer_contingent"].dtype == np.int64 and e["employer_contingent"].tolist() == [50000, 20000, 10000, 10000, 25000]
    assert e["last_day"][0] == days("2021-06-30") and e["last_day"][1] == NO_DATE
    a = t["absences"]
    assert a["reason"].dtype == np.int32 and a["reason"].tolist() == [1, 2, 6]
    c = t["competence_extensions"]
    assert c["months"].dtype == np.int32 and c["months"].tolist() == [6, 3]
    assert t["doorstroom"]["worker"].tolist() == [2]
    assert t["non_cooperation"]["first_day"].tolist() == [days("2024-06-01"), days("2024-09-01")]


def test_one_spell_file_and_pathlike():
    r = _lde._read_population_csv(ONE_SPELL)  # os.PathLike accepted
    assert r["one_spell"] is True
    assert r["ids"].dtype == object and r["ids"].tolist()[:3] == ["ill", "plain", "sixty"]
    t = r["tables"]
    assert t["workers"]["birth_date"].shape == (5,)
    assert "non_cooperation" not in t
    assert t["absences"]["worker"].tolist() == [0]
    assert t["employment"]["employer_contingent"][0] == 50000
    assert "employer" not in t["employment"]  # the engine labels one employer per worker


def test_text_ids_and_missing_optional_columns(tmp_path):
    (tmp_path / "workers.csv").write_text("id,birth_date\nanna,1980-05-10\n007,1975-01-01\n", encoding="utf-8")
    (tmp_path / "rights.csv").write_text("worker,granted\n007,2019-12-01\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    r = _lde._read_population_csv(tmp_path)
    assert r["ids"].dtype == object and r["ids"].tolist() == ["anna", "007"]  # "007" is not canonical
    assert list(r["tables"]["rights"]) == ["worker", "granted"]  # kind absent: its default applies
    assert r["tables"]["rights"]["worker"].tolist() == [1]
    assert list(r["tables"]["workers"]) == ["birth_date"]


@pytest.mark.parametrize("files, error, field", [
    ({"workers.csv": "id,birth_date\n1,1980-05-10\n", "rights.csv": "worker,granted\n2,2019-12-01\n"},
     lde.InvalidArgumentError, "rights.csv, line 2, column worker"),
    ({"workers.csv": "id,birth_date\n1,1980-05-10\n1,1980-05-10\n"}, lde.InvalidArgumentError,
     "workers.csv, line 3, column id"),
    ({"workers.csv": "id,birth_date,birth_dat\n1,1980-05-10,\n"}, lde.InvalidArgumentError, "workers.csv, line 1, column 3"),
    ({"workers.csv": "id,birth_date\n1,1980-02-30\n"}, lde.InvalidDateError, "workers.csv, line 2, column birth_date"),
    ({"workers.csv": "id,birth_date\r\n1,\"1980-05-10\"x\r\n"}, lde.ParseError, "workers.csv, line 2, column birth_date"),
    ({"workers.csv": b"id,birth_date\n\xff,1980-05-10\n"}, lde.ParseError, "workers.csv, line 2, column id"),
    ({"rights.csv": "worker,granted\n"}, lde.InvalidArgumentError, "workers.csv"),
])
def test_errors_name_file_line_and_column(tmp_path, files, error, field):
    for name, text in files.items():
        (tmp_path / name).write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    with pytest.raises(error) as e:
        _lde._read_population_csv(str(tmp_path))
    assert e.value.field == field


def test_one_spell_errors_and_missing_path(tmp_path):
    f = tmp_path / "pop.csv"
    f.write_text("id,birth_date,absences\nw1,1980-05-10,2021-03-01/2021-03-10\n", encoding="utf-8")
    with pytest.raises(lde.ParseError) as e:
        _lde._read_population_csv(str(f))
    assert e.value.field == "line 2, column absences"
    with pytest.raises(lde.NotFoundError):
        _lde._read_population_csv(os.path.join(str(tmp_path), "missing.csv"))
