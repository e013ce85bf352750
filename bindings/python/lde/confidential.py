"""The confidential section ("vertrouwelijk luik"): who may see which document of a target worker's
file at VDAB, and when (WSE-LDE "Vertrouwelijk luik", WSE-FAQ 6.9-6.13; readings I-28 and C-1 .. C-7,
``docs/rules/confidential.md``).

A :class:`ConfidentialLog` is the event log of one worker's section: employment periods, persons
(contact persons of employers, VDAB mediators, the worker) and events (consents, role changes, transfer
forms, mediator assignments, uploads). It is read and validated by the same C++ reader as the ``lde``
command and the C ABI, so errors name the same field (``events[3].date``)::

    log = lde.ConfidentialLog(
        employment=[{"employer": "A", "first_day": "2022-03-01", "last_day": "2024-06-30"}],
        persons=[{"id": "an", "role": "staff", "employer": "A"}, {"id": "mia", "role": "mediator"}],
        events=[{"id": "e1", "date": "2022-03-01", "kind": "consent", "person": "an"}],
    )
    log.may_view("an", "pop-a", "2023-01-01")      # AccessAnswer(allowed=..., reason=..., rule=...)
    lde.evaluate_confidential(log, "2024-07-01")    # everything on one date, as lde evaluate answers
"""
from __future__ import annotations

import dataclasses
import datetime as _dt
import json
from typing import Any, Mapping, Optional, Sequence, Union

from . import _lde
from ._core import DateLike, InvalidArgumentError, _dumps, _error, _jsonable

__all__ = ["ConfidentialLog", "AccessAnswer", "AccessHolder", "DocumentVersion", "ConfidentialDecision",
           "evaluate_confidential"]


def _day(at: DateLike) -> str:
    """A date as ISO text (datetime.date, numpy/pandas dates or 'YYYY-MM-DD'); the C++ side checks it."""
    value = _jsonable(at, "at")
    if not isinstance(value, str):
        raise _error(InvalidArgumentError, "at", f"expected a date (datetime.date or 'YYYY-MM-DD'), got {at!r}")
    return value


def _name(value: Any, field: str) -> str:
    if not isinstance(value, str):
        raise _error(InvalidArgumentError, field, f"expected a string, got {type(value).__name__}")
    return value


@dataclasses.dataclass(frozen=True)
class AccessAnswer:
    """A yes/no answer with why (``reason``, a stable name such as ``"employment_ended"``), the rule that
    decided (``rule`` id, its ``source`` passage and ``readings``) and one sentence of facts (``detail``)."""

    allowed: bool
    reason: str
    rule: str
    source: str
    readings: tuple[str, ...]
    detail: str

    def __bool__(self) -> bool:
        return self.allowed


@dataclasses.dataclass(frozen=True)
class AccessHolder:
    """A person with access on a date: a contact person of ``employer`` or the mediator (``employer`` None)."""

    person: str
    role: str
    employer: Optional[str]
    since: _dt.date
    via: str  #: "consent", "transfer" or "mediator"
    event: str  #: the granting event's id


@dataclasses.dataclass(frozen=True)
class DocumentVersion:
    """One kept version of a document."""

    document: str
    kind: str  #: "icf", "pop", "evaluation" or "other"
    version: int
    uploaded: _dt.date
    person: str  #: who uploaded it
    role: str  #: the uploader's role
    employer: Optional[str]  #: the uploading employer (contact persons' uploads), else None
    event: str  #: the upload event's id


def _answer(d: Mapping[str, Any]) -> AccessAnswer:
    return AccessAnswer(d["allowed"], d["reason"], d["rule"], d["source"], tuple(d["readings"]), d["detail"])


def _version(d: Mapping[str, Any]) -> DocumentVersion:
    return DocumentVersion(d["document"], d["kind"], d["version"], _dt.date.fromisoformat(d["uploaded"]),
                           d["person"], d["role"], d["employer"], d["event"])


class ConfidentialLog(_lde._ConfidentialLog):
    """The event log of one worker's confidential section, validated on construction.

    Keyword names are the keys of the format (``docs/format.md`` "Confidential section"): ``employment``
    (``employer``, ``first_day``, ``last_day``), ``persons`` (``id``, ``role`` staff/mediator/worker,
    ``employer`` for staff) and ``events`` (``id``, ``date``, ``kind``
    consent/role_change/transfer/upload/mediator, ``person``; uploads also ``document``,
    ``document_kind`` icf/pop/evaluation/other and ``version``). Events are listed in date order; events
    of one day in any order (C-3). A consent before the employment starts, events out of order, an upload
    by a person who never had access, an unknown document kind ... raise :class:`lde.Error` naming the field.
    """

    def __init__(self, *, employment: Sequence[Mapping[str, Any]] = (), persons: Sequence[Mapping[str, Any]] = (),
                 events: Sequence[Mapping[str, Any]] = ()) -> None:
        body = {"employment": list(employment), "persons": list(persons), "events": list(events)}
        super().__init__(_dumps(body), "confidential")

    @classmethod
    def from_json(cls, text: Union[str, Mapping[str, Any]], origin: str = "confidential") -> "ConfidentialLog":
        """Parses and validates a log in the JSON format (text or dict)."""
        obj = cls.__new__(cls)
        _lde._ConfidentialLog.__init__(obj, text if isinstance(text, str) else _dumps(text), origin)
        return obj

    def to_dict(self) -> dict[str, Any]:
        """The log as a dict in the JSON format."""
        return json.loads(self.to_json())

    def access(self, person: str, at: DateLike) -> AccessAnswer:
        """Whether ``person`` has access on ``at`` (the contact person of their employer, or the mediator)."""
        return _answer(self._access(_name(person, "person"), _day(at)))

    def may_upload(self, person: str, at: DateLike) -> AccessAnswer:
        """Whether ``person`` may upload a document on ``at`` (the contact person with access, the mediator,
        the worker)."""
        return _answer(self._may_upload(_name(person, "person"), _day(at)))

    def may_view(self, person: str, document: str, at: DateLike) -> AccessAnswer:
        """Whether ``person`` may view ``document`` on ``at`` (an ICF: its latest version only)."""
        return _answer(self._may_view(_name(person, "person"), _name(document, "document"), _day(at)))

    def who_has_access(self, at: DateLike) -> list[AccessHolder]:
        """Everyone with access on ``at``: at most one person per employer, then the mediator."""
        return [AccessHolder(h["person"], h["role"], h["employer"], _dt.date.fromisoformat(h["since"]), h["via"],
                             h["event"]) for h in self._who_has_access(_day(at))]

    def visible_documents(self, person: str, at: DateLike) -> list[DocumentVersion]:
        """Every version ``person`` can see on ``at``: the latest ICF and their employer's uploads (every
        kept version), never another employer's; everything for the mediator; nothing without access."""
        return [_version(v) for v in self._visible_documents(_name(person, "person"), _day(at))]

    def history(self, at: DateLike) -> list[DocumentVersion]:
        """Every version kept on ``at``: nothing is ever deleted (WSE-FAQ 6.12)."""
        return [_version(v) for v in self._history(_day(at))]

    def __reduce__(self) -> Any:
        return (ConfidentialLog.from_json, (self.to_json(),))

    def __repr__(self) -> str:
        return f"<lde.ConfidentialLog persons={len(self.persons)} events={self.events_count}>"


class ConfidentialDecision:
    """Everything about the section on one date (``lde evaluate`` of a confidential input): ``who_has_access``,
    ``persons`` (each with ``access``, ``may_upload``, ``visible_documents`` and, when a document was asked
    about, ``may_view``), ``history``, ``trace`` and ``receipt``. :meth:`to_dict` gives the decision JSON."""

    __slots__ = ("_json", "_dict")

    def __init__(self, text: str) -> None:
        self._json = text
        self._dict = json.loads(text)

    @property
    def at(self) -> _dt.date:
        """The evaluation date."""
        return _dt.date.fromisoformat(self._dict["at"])

    @property
    def who_has_access(self) -> list[AccessHolder]:
        """The holders on the date."""
        return [AccessHolder(h["person"], h["role"], h["employer"], _dt.date.fromisoformat(h["since"]), h["via"],
                             h["event"]) for h in self._dict["who_has_access"]]

    @property
    def persons(self) -> list[dict[str, Any]]:
        """Each listed person's answers, as in the decision JSON."""
        return self._dict["persons"]

    @property
    def history(self) -> list[DocumentVersion]:
        """Every version kept on the date."""
        return [_version(v) for v in self._dict["history"]]

    @property
    def trace(self) -> list[dict[str, Any]]:
        """The trace steps (rule, source, interpretations, inputs, outcome, notes)."""
        return self._dict["trace"]

    def to_json(self) -> str:
        """The decision JSON of docs/format.md (with trace and receipt)."""
        return self._json

    def to_dict(self) -> dict[str, Any]:
        """The decision as a dict."""
        return json.loads(self._json)

    def __repr__(self) -> str:
        holders = ", ".join(h.person for h in self.who_has_access) or "nobody"
        return f"<lde.ConfidentialDecision at={self._dict['at']} with access: {holders}>"


def evaluate_confidential(log: ConfidentialLog, at: DateLike, *, person: Optional[str] = None,
                          document: Optional[str] = None, trace: bool = True) -> ConfidentialDecision:
    """Evaluates every rule of the confidential section for ``log`` on ``at`` (``evaluate_confidential`` in
    C++): the same decision as ``lde.evaluate_json({"at": ..., "confidential": ..., "person": ...,
    "document": ...})``. ``person`` limits the persons listed; ``document`` adds each one's ``may_view``."""
    if not isinstance(log, _lde._ConfidentialLog):
        raise _error(InvalidArgumentError, "log", f"expected lde.ConfidentialLog, got {type(log).__name__}")
    if person is not None:
        _name(person, "person")
    if document is not None:
        _name(document, "document")
    return ConfidentialDecision(_lde._evaluate_confidential(log, _day(at), person, document, bool(trace)))
