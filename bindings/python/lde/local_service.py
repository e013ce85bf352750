"""Local services and the DAEB rules ("lokale diensten"): whether target workers in an insertion trajectory
may execute a local service, who may declare it a DAEB and give the assignment, what the assignment decision
must contain, the compensation cap, the deduction for local co-funding and the impact analysis (WSE-FAQ
4.1 .. 4.20; readings I-26, I-27 and L-1 .. L-9, ``docs/rules/local-services.md``).

A :class:`LocalService` is read and validated by the same C++ reader as the ``lde`` command and the C ABI,
so errors name the same field (``compensation.costs``)::

    svc = lde.LocalService(
        name="sociaal restaurant", klaverblad="local", trajectories="local", daeb_declared_by="college",
        assignment={"given_by": "ocmw_council", "submitted_to_department": True, "legally_binding": True,
                    "elements": ["enterprise_name_address", "duration", ...]},
        market={"situation": "not_provided"},
        impact_analysis={"drawn_up_by": "college", "parts": [...], "advice": {...}})
    d = lde.evaluate_local_service(svc, "2024-06-01")
    d.may_execute, d.failing, d.compensation          # as the decision JSON says
"""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Mapping, Optional, Union

from . import _lde
from ._core import DateLike, InvalidArgumentError, Parameters, _dumps, _error, _params
from .confidential import _day  # one date conversion for both kinds

__all__ = ["LocalService", "LocalServiceDecision", "evaluate_local_service"]

_KEYS = ("name", "klaverblad", "municipalities", "trajectories", "daeb_declared_by", "assignment", "market",
         "impact_analysis", "compensation", "co_funding")


class LocalService(_lde._LocalService):
    """One local service, validated on construction.

    Keyword names are the keys of the format (``docs/format.md`` "Local service"): ``name``, ``klaverblad``
    (flemish/local), ``municipalities``, ``trajectories``, ``daeb_declared_by``, ``assignment``, ``market``,
    ``impact_analysis``, ``compensation`` and ``co_funding`` (the last two: the amounts of one period, as
    decimal strings). A negative amount, a SWAP rate below -5 %, an unknown authority kind, a period that ends
    before it starts ... raise :class:`lde.Error` naming the field.
    """

    def __init__(self, **fields: Any) -> None:
        unknown = sorted(set(fields) - set(_KEYS))
        if unknown:
            raise _error(InvalidArgumentError, unknown[0], f"unknown field {unknown[0]!r} (expected one of {', '.join(_KEYS)})")
        super().__init__(_dumps(fields), "local_service")

    @classmethod
    def from_json(cls, text: Union[str, Mapping[str, Any]], origin: str = "local_service") -> "LocalService":
        """Parses and validates a local service in the JSON format (text or dict)."""
        obj = cls.__new__(cls)
        _lde._LocalService.__init__(obj, text if isinstance(text, str) else _dumps(text), origin)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The service as a dict in the JSON format."""
        return json.loads(self.to_json())

    def __reduce__(self) -> Any:
        return (LocalService.from_json, (self.to_json(),))

    def __repr__(self) -> str:
        return f"<lde.LocalService {self.name!r} klaverblad={self.klaverblad}>"


class LocalServiceDecision:
    """Everything about one local service (``lde evaluate`` of a local-service input): ``may_execute``,
    ``failing``, each condition (``check(name)``: ``assignment``, ``trajectories``, ``daeb_declaration``,
    ``assigning_authority``, ``decision``, ``market_test``, ``impact_analysis``, ``allocation_call``), the
    amounts (``compensation``, ``co_funding``, None without amounts), ``notes``, ``trace`` and ``receipt``.
    :meth:`to_dict` gives the decision JSON."""

    __slots__ = ("_json", "_dict")

    def __init__(self, text: str) -> None:
        self._json = text
        self._dict = json.loads(text)

    @property
    def at(self) -> _dt.date:
        """The evaluation date."""
        return _dt.date.fromisoformat(self._dict["at"])

    @property
    def klaverblad(self) -> str:
        """"flemish" or "local"."""
        return self._dict["klaverblad"]

    @property
    def may_execute(self) -> bool:
        """Whether target workers in an insertion trajectory may execute the service (every condition, L-9)."""
        return self._dict["may_execute"]

    @property
    def overcompensated(self) -> bool:
        """Whether the compensation or the co-funding overcompensates (4.9, 4.10)."""
        return self._dict["overcompensated"]

    @property
    def failing(self) -> list[str]:
        """Every failing id ("assignment_missing", "decision_missing_elements", ...), in the order of the checks."""
        return list(self._dict["failing"])

    def check(self, name: str) -> dict[str, Any]:
        """One condition as in the decision JSON (``met``, ``rule``, ``readings``, ``detail``, ``failing``, ...)."""
        if name not in ("assignment", "trajectories", "daeb_declaration", "assigning_authority", "decision",
                        "market_test", "impact_analysis", "allocation_call"):
            raise _error(InvalidArgumentError, "name", f"unknown check {name!r}")
        return self._dict[name]

    @property
    def compensation(self) -> Optional[dict[str, Any]]:
        """The compensation against its cap (4.9, I-26), or None when the service has no amounts."""
        return self._dict["compensation"]

    @property
    def co_funding(self) -> Optional[dict[str, Any]]:
        """Insertion and guidance against their net cost and the deduction (4.10, I-27), or None."""
        return self._dict["co_funding"]

    @property
    def notes(self) -> list[dict[str, Any]]:
        """The notes of 4.12 and 4.13 (rule, text)."""
        return self._dict["notes"]

    @property
    def trace(self) -> list[dict[str, Any]]:
        """The trace steps (rule, source, interpretations, inputs, parameters, outcome, notes)."""
        return self._dict["trace"]

    def to_json(self) -> str:
        """The decision JSON of docs/format.md (with trace and receipt)."""
        return self._json

    def to_dict(self) -> dict[str, Any]:
        """The decision as a dict."""
        return json.loads(self._json)

    def __repr__(self) -> str:
        return (f"<lde.LocalServiceDecision {self._dict['name']!r} may_execute={self.may_execute} "
                f"failing={self.failing}>")


def evaluate_local_service(service: LocalService, at: DateLike, parameters: Optional[Parameters] = None, *,
                           trace: bool = True) -> LocalServiceDecision:
    """Evaluates every rule of the local services for ``service`` with the parameters in force on ``at``
    (``evaluate_local_service`` in C++): the same decision as ``lde.evaluate_json({"at": ..., "local_service":
    ...})``."""
    if not isinstance(service, _lde._LocalService):
        raise _error(InvalidArgumentError, "service", f"expected lde.LocalService, got {type(service).__name__}")
    return LocalServiceDecision(_lde._evaluate_local_service(service, _day(at), _params(parameters), bool(trace)))
