// Internal helpers shared by the worker rules (not installed, not public API).
//
// evaluate_worker() computes the right periods once and passes them to the
// other rules, so the combined trace shows each rule once; the public
// functions compute the periods themselves and delegate here.
#pragma once

#include "lde/core/error.hpp"
#include "lde/worker/hiring.hpp"
#include "lde/worker/right.hpp"
#include "lde/worker/trajectory.hpp"

#include <climits>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace lde::worker_detail {

/// An integer parameter (days, months, years, ages) as int; a value outside
/// [0, INT_MAX] in a changed parameter set is an error naming the parameter.
inline int int_parameter(const ParameterSet& params, const char* name, Date at, TraceStep* step) {
  const std::int64_t v = params.integer(name, at, step);
  if (v < 0 || v > INT_MAX) {
    throw Error(ErrorCode::invalid_argument, name, "value " + std::to_string(v) + " is out of range for this rule");
  }
  return static_cast<int>(v);
}

/// The right in force on @p at, given the dossier's right periods (I-4, I-6).
RightOnDate right_in_force(const std::vector<RightPeriod>& periods, Date at, Trace* trace);

/// hiring_eligibility() with the right periods already computed.
HiringEligibility hiring_with(const std::vector<RightPeriod>& periods, const Employment& employment,
                              const ParameterSet& params, Trace* trace);

/// trajectory() with the right periods already computed.
std::optional<Trajectory> trajectory_with(const WorkerDossier& dossier, const std::vector<RightPeriod>& periods,
                                          const ParameterSet& params, Trace* trace);

}  // namespace lde::worker_detail
