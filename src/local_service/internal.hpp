// Internal to the local-services family (not installed): the rules without the validation every public
// function does first, so evaluate_local_service() validates once.
#pragma once

#include "lde/local_service/assignment.hpp"
#include "lde/local_service/compensation.hpp"
#include "lde/local_service/impact_analysis.hpp"

#include <string>
#include <vector>

namespace lde::local_service::detail {

ServiceKind kind_of(const LocalService& s, Trace* trace);
Check assignment_of(const LocalService& s, Trace* trace);
Check trajectories_of(const LocalService& s, Trace* trace);
Check declaration_of(const LocalService& s, Trace* trace);
Check authority_of(const LocalService& s, Trace* trace);
DecisionCheck decision_of(const LocalService& s, Trace* trace);
Check market_of(const LocalService& s, Trace* trace);
Check allocation_of(const LocalService& s, Trace* trace);
std::optional<CompensationResult> compensation_of(const LocalService& s, Date at, const ParameterSet& params,
                                                  Trace* trace);
std::optional<CoFundingResult> co_funding_of(const LocalService& s, Trace* trace);
ImpactAnalysisResult impact_of(const LocalService& s, Trace* trace);

/// "a, b and c" of the names.
std::string list_text(const std::vector<std::string>& names);
/// The names of @p authorities joined as list_text().
template <class E>
std::string names_of(const std::vector<E>& values) {
  std::vector<std::string> names;
  for (E v : values) names.emplace_back(to_string(v));
  return list_text(names);
}
/// Records @p c on a trace step for its rule (the inputs given as name/value pairs).
void trace_check(Trace* trace, const Check& c, const std::vector<std::pair<std::string, std::string>>& inputs);

}  // namespace lde::local_service::detail
