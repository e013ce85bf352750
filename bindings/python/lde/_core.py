"""Errors, parameter sets, dossiers, enterprises and scalar decisions.

Everything here is a thin, typed layer over the C++ library (``lde._lde``):
the rules run in C++, and a dossier built here is parsed by the same JSON
reader as the ``lde`` command and the C ABI, so field names and error paths
are the same in every front end (``docs/format.md``).
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import decimal
import json
import math
from typing import Any, Mapping, Optional, Sequence, Union

from . import _lde

DateLike = Union[_dt.date, str, Any]  # datetime.date, "YYYY-MM-DD", numpy.datetime64, pandas.Timestamp


# --------------------------------------------------------------------------- errors


class Error(Exception):
    """Base class of every error lde raises.

    ``field`` names the input field, column or parameter (``rows[12].birth_date``,
    ``absences[3].reason``, ``compensation.annual_rate_per_fte``); ``code`` is
    the stable error code (``invalid_argument``, ``invalid_date``, ...);
    ``detail`` is the message without the field.
    """

    field: str = ""
    code: str = "error"
    detail: str = ""

    def __init__(self, message: str = "", *, field: str = "", code: Optional[str] = None) -> None:
        super().__init__(message)
        if field:
            self.field = field
        if code:
            self.code = code
        self.detail = message


class InvalidArgumentError(Error, ValueError):
    """A value that is not allowed (negative length, fraction above 1, unknown text, wrong dtype)."""

    code = "invalid_argument"


class InvalidDateError(Error, ValueError):
    """A date that does not exist, or a period that ends before it starts."""

    code = "invalid_date"


class OutOfRangeError(Error, ValueError):
    """A valid value outside what the rules cover."""

    code = "out_of_range"


class ConflictError(Error, ValueError):
    """Inputs that contradict each other (two rights in force on one day, I-6)."""

    code = "conflict"


class ParseError(Error, ValueError):
    """Malformed text (JSON, dates, decimals)."""

    code = "parse_error"


class NotFoundError(Error, LookupError):
    """A name that does not exist (an unknown parameter in a reform)."""

    code = "not_found"


class InternalError(Error):
    """A bug in lde; please report it."""

    code = "internal"


_lde._set_error_classes(
    {
        "error": Error,
        "invalid_argument": InvalidArgumentError,
        "invalid_date": InvalidDateError,
        "out_of_range": OutOfRangeError,
        "conflict": ConflictError,
        "parse_error": ParseError,
        "not_found": NotFoundError,
        "internal": InternalError,
    }
)


def _error(cls: type, field: str, message: str) -> Error:
    """An lde error raised from Python code, formatted like the C++ ones (``field: message``)."""
    err = cls(f"{field}: {message}" if field else message, field=field)
    err.detail = message
    return err


# --------------------------------------------------------------------------- JSON helpers


def _jsonable(value: Any, path: str = "") -> Any:
    """Python values -> the JSON format (dates as ISO text, decimals as text).

    A float that is not finite (NaN, inf) has no JSON form: it raises :class:`InvalidArgumentError`
    naming its path (``dmfa.2026-Q1[0].fraction``) instead of writing ``NaN`` for the parser to reject.
    """
    if isinstance(value, Mapping):
        out = {}
        for k, v in value.items():
            key = _utf8(str(k), f"{path}.{k}" if path else str(k))
            out[key] = _jsonable(v, f"{path}.{key}" if path else key)
        return out
    if isinstance(value, str):
        return _utf8(value, path)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v, f"{path}[{i}]") for i, v in enumerate(value)]
    if isinstance(value, _dt.datetime):
        if value.time() != _dt.time(0):
            raise _error(InvalidArgumentError, path, f"has a time of day ({value}); dates must be whole days")
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        if not value.is_finite():
            raise _error(InvalidArgumentError, path, f"must be a finite number, got {value}")
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return _jsonable(dataclasses.asdict(value), path)
    if hasattr(value, "dtype") and hasattr(value, "item"):  # numpy scalars
        if str(getattr(value, "dtype", "")).startswith("datetime64"):
            if value != value:  # NaT
                return None
            day = value.astype("datetime64[D]")
            if day != value:
                raise _error(InvalidArgumentError, path, f"has a time of day ({value}); dates must be whole days")
            return str(day)
        return _jsonable(value.item(), path)
    if isinstance(value, float) and not math.isfinite(value):
        raise _error(InvalidArgumentError, path, f"must be a finite number, got {value}")
    return value


def _utf8(text: str, path: str) -> str:
    """``text`` when it is valid UTF-8; a str with lone surrogates (``bytes.decode(..., "surrogateescape")``
    of invalid bytes) raises :class:`InvalidArgumentError` naming its path, as a C setter refuses such a
    name (docs/format.md, "Text encoding")."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        shown = text.encode("utf-8", "backslashreplace").decode("ascii", "backslashreplace")
        raise _error(InvalidArgumentError, path.encode("utf-8", "backslashreplace").decode(),
                     f'"{shown}" is not valid UTF-8 (it holds a lone surrogate)') from None
    return text


def _dumps(value: Any) -> str:
    return json.dumps(_jsonable(value), separators=(",", ":"), allow_nan=False)


# --------------------------------------------------------------------------- parameters


@dataclasses.dataclass(frozen=True)
class ParameterDifference:
    """One parameter that differs between two sets (see :meth:`Parameters.diff`)."""

    name: str
    from_date: Optional[_dt.date]  #: first date from which the values differ (None: only in one set)
    before: str  #: value in the first set on that date ("" when absent)
    after: str  #: value in the second set on that date ("" when absent)


class Parameters:
    """An immutable, effective-dated parameter set (``ParameterSet`` in C++).

    ``Parameters.default()`` is the set compiled into the library; a reform is
    a copy with changes (:meth:`with_changes`). Parameter sets compare by
    fingerprint and pickle (as their canonical JSON), so they travel to
    worker processes (Dask, multiprocessing).
    """

    __slots__ = ("_p",)

    def __init__(self, _impl: Any) -> None:
        if not isinstance(_impl, _lde._Parameters):
            raise TypeError("use Parameters.default(), Parameters.from_json() or .with_changes()")
        self._p = _impl

    @staticmethod
    def default() -> "Parameters":
        """The default set (``data/parameters/default.json``)."""
        return Parameters(_lde._Parameters._default())

    @staticmethod
    def from_json(text: Union[str, Mapping[str, Any]], origin: str = "parameters") -> "Parameters":
        """A full parameter file (``{"format": "lde-parameters/1", ...}``), as text or dict."""
        if not isinstance(text, str):
            text = _dumps(text)
        return Parameters(_lde._Parameters._from_json(text, origin))

    def with_changes(self, changes: Union[str, Mapping[str, Any]], *, name: Optional[str] = None,
                     origin: str = "parameters") -> "Parameters":
        """A copy with changes: a reform file (``{"format": "lde-reform/1", "name": ..., "changes": {...}}``)
        or a bare changes object, as JSON text or a dict. A change maps a parameter name to a plain value
        (replaces the whole history) or a list of ``{"from": date, "value": v, "source": text}`` entries
        (each replaces the value from that date on). An unknown parameter raises :class:`NotFoundError`
        naming it. A plain value's source reads "change in <origin>"; the default origin "parameters" is
        the one ``evaluate_json`` uses for an input's ``"parameters"``, so both give the same fingerprint."""
        if not isinstance(changes, str):
            body: Any = dict(changes)
            if name is not None and "changes" not in body:
                body = {"format": "lde-reform/1", "name": name, "changes": body}
            changes = _dumps(body)
        elif name is not None:
            # The text itself goes to the one strict reader (a duplicated key, an inexact number or
            # 1e400 is refused there, as in C and the CLI); json.loads would silently keep one value.
            changes = '{"format": "lde-reform/1", "name": ' + _dumps(name) + ', "changes": ' + changes + "}"
        return Parameters(self._p._with_changes(changes, origin))

    def diff(self, other: "Parameters") -> list[ParameterDifference]:
        """Which parameters differ between this set and ``other``, and from when."""
        return [ParameterDifference(d["name"], d["from"], d["before"], d["after"]) for d in self._p._diff(other._p)]

    def value(self, name: str, at: DateLike) -> Any:
        """The value in force on ``at``: ``Decimal`` (money, FTE, percent), ``int``, ``bool`` or ``date``."""
        return self._p.value(_utf8(name, "name") if isinstance(name, str) else name, at)

    def rules_date(self, at: DateLike) -> _dt.date:
        """The date whose values the rules use for ``at``: ``at`` itself, or the decree's entry into force
        (2015-04-01) for a day before it (I-21): ``value(name, rules_date(at))`` is what a rule reads."""
        return self._p.rules_date(at)

    def history(self, name: str) -> list[dict[str, Any]]:
        """Every value of ``name`` with its effective date, source and interpretations."""
        return self._p.history(_utf8(name, "name") if isinstance(name, str) else name)

    def names(self) -> list[str]:
        """Every parameter name."""
        return list(self._p.names())

    @property
    def fingerprint(self) -> str:
        """SHA-256 of the canonical JSON: equal sets have equal fingerprints."""
        return self._p.fingerprint

    @property
    def name(self) -> str:
        """"default", or the reform's name."""
        return self._p.name

    def to_json(self) -> str:
        """Canonical JSON, a valid parameter file (``Parameters.from_json`` reads it back)."""
        return self._p.to_json()

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Parameters) and other.fingerprint == self.fingerprint

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __reduce__(self) -> Any:
        return (_parameters_from_canonical, (self.to_json(),))

    def __repr__(self) -> str:
        return f"<lde.Parameters {self.name!r} fingerprint={self.fingerprint[:12]}…>"


def _parameters_from_canonical(text: str) -> Parameters:
    return Parameters(_lde._Parameters._from_json(text, "pickle"))


def _params(parameters: Optional[Parameters]) -> Any:
    if parameters is None:
        return _lde._Parameters._default()
    if not isinstance(parameters, Parameters):
        raise _error(InvalidArgumentError, "parameters", f"expected lde.Parameters, got {type(parameters).__name__}")
    return parameters._p


# --------------------------------------------------------------------------- dossiers


class WorkerDossier(_lde._WorkerDossier):
    """Everything the worker rules know about one target worker.

    Keyword names are the keys of the dossier format (``docs/format.md``)::

        lde.WorkerDossier(
            birth_date="1980-05-10",
            rights=[{"kind": "lde", "granted": "2019-12-01"}],
            employment=[{"employer": "A", "first_day": date(2020, 2, 1)}],
            absences=[{"first_day": "2021-03-01", "last_day": "2021-04-29", "reason": "illness"}],
        )

    Dates may be ``datetime.date``, numpy/pandas dates or ISO text. Errors name the field
    (``absences[0].last_day``).
    """

    def __init__(self, *, birth_date: DateLike, rights: Sequence[Mapping[str, Any]] = (),
                 employment: Sequence[Mapping[str, Any]] = (), absences: Sequence[Mapping[str, Any]] = (),
                 competence_extensions: Sequence[Mapping[str, Any]] = (),
                 doorstroom: Optional[Mapping[str, Any]] = None,
                 reconsideration: Optional[Mapping[str, Any]] = None) -> None:
        body: dict[str, Any] = {"birth_date": birth_date}
        if rights:
            body["rights"] = list(rights)
        if employment:
            body["employment"] = list(employment)
        if absences:
            body["absences"] = list(absences)
        if competence_extensions:
            body["competence_extensions"] = list(competence_extensions)
        if doorstroom is not None:
            body["doorstroom"] = doorstroom
        if reconsideration is not None:
            body["reconsideration"] = reconsideration
        super().__init__(_dumps(body), "worker")

    @classmethod
    def from_json(cls, text: Union[str, Mapping[str, Any]], origin: str = "worker") -> "WorkerDossier":
        """Parses a dossier in the JSON format (text or dict)."""
        obj = cls.__new__(cls)
        _lde._WorkerDossier.__init__(obj, text if isinstance(text, str) else _dumps(text), origin)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The dossier as a dict in the JSON format."""
        return json.loads(self.to_json())

    def __reduce__(self) -> Any:
        return (WorkerDossier.from_json, (self.to_json(),))

    def __repr__(self) -> str:
        return (f"<lde.WorkerDossier born {self.birth_date} rights={self.rights_count} "
                f"employment={self.employment_count} absences={self.absences_count}>")


class Enterprise(_lde._Enterprise):
    """An LDE label (enterprise or establishment unit), the input of the enterprise rules.

    Keyword names are the keys of the enterprise format (``docs/format.md``), e.g.
    ``lde.Enterprise(allocation_number="LDE-0001", legal_form="vzw", contingent=[...], hires={...}, dmfa={...})``.
    """

    def __init__(self, **fields: Any) -> None:
        super().__init__(_dumps(fields), "enterprise")

    @classmethod
    def from_json(cls, text: Union[str, Mapping[str, Any]], origin: str = "enterprise") -> "Enterprise":
        """Parses an enterprise in the JSON format (text or dict)."""
        obj = cls.__new__(cls)
        _lde._Enterprise.__init__(obj, text if isinstance(text, str) else _dumps(text), origin)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The enterprise as a dict in the JSON format."""
        return json.loads(self.to_json())

    def __reduce__(self) -> Any:
        return (Enterprise.from_json, (self.to_json(),))

    def __repr__(self) -> str:
        return f"<lde.Enterprise {self.allocation_number!r}>"


# --------------------------------------------------------------------------- decisions


def _decision_to_dict(self: Any) -> dict[str, Any]:
    """The decision as a dict: the stable keys of docs/format.md plus ``trace`` and ``receipt``."""
    return json.loads(self.to_json())


_lde.WorkerDecision.to_dict = _decision_to_dict  # type: ignore[attr-defined]
_lde.EnterpriseDecision.to_dict = _decision_to_dict  # type: ignore[attr-defined]
WorkerDecision = _lde.WorkerDecision
EnterpriseDecision = _lde.EnterpriseDecision
Trace = _lde.Trace


def evaluate(dossier: WorkerDossier, at: DateLike, parameters: Optional[Parameters] = None, *,
             trace: bool = True) -> WorkerDecision:
    """Evaluates every worker rule for ``dossier`` on ``at`` (``evaluate_worker`` in C++)."""
    if not isinstance(dossier, _lde._WorkerDossier):
        raise _error(InvalidArgumentError, "dossier", f"expected lde.WorkerDossier, got {type(dossier).__name__}")
    return _lde._evaluate_worker(dossier, at, _params(parameters), bool(trace))


def evaluate_enterprise(enterprise: Enterprise, year: int, parameters: Optional[Parameters] = None, *,
                        trace: bool = True) -> EnterpriseDecision:
    """Evaluates every enterprise rule for ``enterprise`` and ``year``."""
    if not isinstance(enterprise, _lde._Enterprise):
        raise _error(InvalidArgumentError, "enterprise", f"expected lde.Enterprise, got {type(enterprise).__name__}")
    return _lde._evaluate_enterprise(enterprise, int(year), _params(parameters), bool(trace))


def evaluate_json(text: Union[str, Mapping[str, Any]], trace: bool = True, *,
                  parameters: Optional[Parameters] = None) -> str:
    """Evaluates one input in the language-neutral format (``{"at", "worker"}`` or ``{"year", "enterprise"}``,
    optional ``"parameters"`` changes, applied on top of ``parameters``, default :meth:`Parameters.default`)
    and returns the decision JSON — what ``lde_evaluate_json`` and ``lde evaluate`` return."""
    if isinstance(text, Mapping):
        text = _dumps(text)
    if not isinstance(text, str):
        raise _error(InvalidArgumentError, "input", f"expected JSON text (str) or a dict, got {type(text).__name__}")
    return _lde._evaluate_json(text, _params(parameters), bool(trace))
