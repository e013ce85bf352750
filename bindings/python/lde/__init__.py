"""lde — the Flemish local services economy (LDE) as typed, tested, explainable rules.

The rules run in the C++ library; this package gives them a Python face:

* scalar: :class:`WorkerDossier`, :class:`Enterprise`, :func:`evaluate`,
  :func:`evaluate_enterprise` (decisions with traces), :func:`evaluate_json`;
* reforms: :class:`Parameters` (``default()``, ``with_changes()``, ``diff()``, pickling);
* the confidential section: :class:`ConfidentialLog` (``may_view``, ``may_upload``, ``who_has_access``,
  ``visible_documents``, ``history``), :func:`evaluate_confidential` (see :mod:`lde.confidential`);
* local services and the DAEB rules: :class:`LocalService`, :func:`evaluate_local_service`
  (see :mod:`lde.local_service`);
* the settlement ledger: :class:`Ledger` (``as_of``, ``history``, ``explain`` as DataFrames;
  see :mod:`lde.ledger`);
* populations: :func:`evaluate_population`, :func:`monthly_compensation`,
  :func:`enterprise_schedules`, :func:`reasons` (see :mod:`lde.population`);
* populations of whole dossiers: :class:`Population` (tables keyed by worker id, Parquet/CSV
  files), :func:`explain` (one worker's decision with its trace; see :mod:`lde.tables`);
* budgets: :func:`budget` (years × scenarios, weights, groups), :func:`budget_difference`,
  :func:`attribution` (which changed parameter moved what; see :mod:`lde.budget`), charts in :mod:`lde.plot`;
* :mod:`lde.synthetic`: a seeded generator of synthetic populations.

Every error is an :class:`Error` (also ``ValueError`` where fitting) whose
``field`` names the field, column or parameter. See ``docs/python.md``.
"""
from __future__ import annotations

from . import _lde
from ._core import (ConflictError, EnterpriseDecision, Enterprise, Error, InternalError, InvalidArgumentError,
                    InvalidDateError, NotFoundError, OutOfRangeError, ParameterDifference, Parameters, ParseError,
                    Trace, WorkerDecision, WorkerDossier, evaluate, evaluate_enterprise, evaluate_json)
from . import confidential, ledger, local_service, population, synthetic, tables
from .confidential import (AccessAnswer, AccessHolder, ConfidentialDecision, ConfidentialLog, DocumentVersion,
                           evaluate_confidential)
from .ledger import Ledger
from .local_service import LocalService, LocalServiceDecision, evaluate_local_service
from .budget import Attribution, attribution, budget_difference, enterprise_budget  # noqa: E402
from .budget import budget  # noqa: E402  (the function; the module stays importable as lde.budget)
from . import plot  # noqa: E402
from .population import (EnterpriseTables, enterprise_schedules, evaluate_arrays, evaluate_population,
                         monthly_compensation, reason_names, reason_table, reasons)
from .tables import Population, explain

__version__: str = _lde.__version__


def belgian_public_holidays(year: int) -> list[tuple[str, str, str]]:
    """The Belgian legal holidays of ``year`` (I-24): ``(ISO date, English name, Dutch name)`` in date order.
    Raises ``lde.Error`` (invalid_date) outside 1583..9999."""
    return [tuple(h) for h in _lde._belgian_public_holidays(year)]

__all__ = [
    "__version__", "Error", "InvalidArgumentError", "InvalidDateError", "OutOfRangeError", "ConflictError",
    "ParseError", "NotFoundError", "InternalError", "Parameters", "ParameterDifference", "WorkerDossier",
    "Enterprise", "WorkerDecision", "EnterpriseDecision", "Trace", "evaluate", "evaluate_enterprise",
    "evaluate_json", "evaluate_population", "evaluate_arrays", "monthly_compensation", "enterprise_schedules",
    "EnterpriseTables", "reasons", "reason_names", "reason_table", "population", "synthetic",
    "tables", "Population", "explain",
    "belgian_public_holidays", "budget", "budget_difference", "attribution", "Attribution", "enterprise_budget", "plot",
    "confidential", "ConfidentialLog", "ConfidentialDecision", "AccessAnswer", "AccessHolder", "DocumentVersion",
    "evaluate_confidential",
    "local_service", "LocalService", "LocalServiceDecision", "evaluate_local_service",
    "ledger", "Ledger",
]
