/// @file evaluate.hpp
/// @brief Every rule of the local services on one service: what `lde evaluate` answers for a
/// `{"at", "local_service"}` input, the C ABI's lde_local_service_decision and Python's
/// lde.evaluate_local_service (WSE-FAQ 4.1 .. 4.20; I-26, I-27, L-1 .. L-9).
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/local_service/assignment.hpp"
#include "lde/local_service/compensation.hpp"
#include "lde/local_service/impact_analysis.hpp"
#include "lde/local_service/service.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lde::local_service {

/// A note of the decision: a rule that sets no condition but must be known (4.12, 4.13).
struct Note {
  const Rule* rule = nullptr;  ///< local_service.notes.
  std::string text;            ///< The note.
};

/// Everything about one local service on one date.
struct LocalServiceDecision {
  Date at = Date::from_days_since_epoch(0);       ///< The evaluation date (the parameters' date).
  std::string name;                               ///< The service.
  ServiceKind kind;                               ///< 4.1.
  Check assignment;                               ///< 4.2, 4.3.
  Check trajectories;                             ///< 4.4.
  Check daeb_declaration;                         ///< 4.5.
  Check assigning_authority;                      ///< 4.6.
  DecisionCheck decision;                         ///< 4.7, 4.8.
  Check market_test;                              ///< 4.11.
  ImpactAnalysisResult impact_analysis;           ///< 4.15 .. 4.20.
  Check allocation_call;                          ///< 4.14.
  std::optional<CompensationResult> compensation; ///< 4.9, 4.12 (when the input has amounts).
  std::optional<CoFundingResult> co_funding;      ///< 4.10 (when the input has amounts).
  bool may_execute = false;       ///< Target workers in a trajectory may execute the service: every condition met (L-9).
  bool overcompensated = false;   ///< The compensation or the co-funding overcompensates.
  std::vector<std::string> failing;  ///< Every failing id, in the order of the checks above.
  std::vector<Note> notes;        ///< 4.12, 4.13.
};

/// Evaluates every rule of the family on @p service (validated once) with the parameters in force on @p at.
/// @throws Error as validate(); (out_of_range) as compensation_cap()
LocalServiceDecision evaluate_local_service(const LocalService& service, Date at, const ParameterSet& params,
                                            Trace* trace = nullptr);

}  // namespace lde::local_service
