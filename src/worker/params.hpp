// WorkerParams: the parameter values the worker rules need, resolved once per
// parameter set into day-indexed histories (not installed; docs/rule-core.md).
//
// A rule asks `wp.integer(WorkerParam::trajectory_length_years, at, step)`:
//  - tracing off (step == nullptr): the value in force on @p at is found in a
//    short array of (first day, value) pairs, no name lookup, no allocation;
//  - tracing on: the lookup goes through ParameterSet (by name), which records
//    the ParameterUse in the step, exactly as before.
// Effective dates still apply at each worker's own dates: the history is the
// parameter's whole history, so a reform that changes a value mid-population
// gives what the scalar API gives. Anything unusual (a date before the first
// value, a value outside the rule's range, a history longer than kCapacity,
// a parameter of another type) takes the by-name path, which throws the same
// named error as before or answers the same.
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "../core/param_history.hpp"

#include <array>
#include <cstdint>
#include <optional>

namespace lde::worker_detail {

/// The parameters of the worker rules, in WorkerParams order.
enum class WorkerParam : unsigned {
  right_validity_years,
  trajectory_length_years,
  trajectory_absence_min_days,
  trajectory_absence_count_from,
  trajectory_competence_max_months,
  continuation_age_at_trajectory_end,
  continuation_age_at_doorstroom_start,
  legal_new_hires_allowed,
  count
};

/// Names of the parameters, indexed by WorkerParam.
inline constexpr const char* kWorkerParamNames[] = {
    "right.validity_years",
    "trajectory.length_years",
    "trajectory.absence_min_days",
    "trajectory.absence_count_from",
    "trajectory.competence_max_months",
    "continuation.age_at_trajectory_end",
    "continuation.age_at_doorstroom_start",
    "legal.new_hires_allowed",
};
static_assert(sizeof kWorkerParamNames / sizeof kWorkerParamNames[0] == static_cast<unsigned>(WorkerParam::count));

/// The parameter set and the histories of the worker parameters, by day number.
class WorkerParams {
 public:
  /// The longest history held by day number; longer ones are looked up by name.
  static constexpr std::size_t kCapacity = detail::ParamHistory::kCapacity;

  /// The worker parameters of @p params: resolved once per set (8 lookups by name the first time,
  /// kept in the set's data, detail::resolved_once()), so this costs no lookup and no allocation.
  explicit WorkerParams(const ParameterSet& params);

  /// The parameter set itself (for the traced path and for other rule families).
  const ParameterSet& set() const noexcept { return *params_; }
  /// rules_date(): @p at, or the decree's entry into force when @p at is earlier (I-21).
  Date rules_date(Date at, TraceStep* step) const {
    if (step != nullptr || !resolved_->rules_from) return lde::rules_date(at, *params_, step);
    return at < *resolved_->rules_from ? *resolved_->rules_from : at;
  }
  /// The integer (or day number of a date, 0/1 of a boolean) in force on @p at, or false
  /// when the fast path cannot answer (then ask the ParameterSet by name).
  bool find(WorkerParam p, Date at, std::int64_t& value) const noexcept {
    return resolved_->histories[static_cast<unsigned>(p)].find(at.days_since_epoch(), value);
  }
  /// An integer parameter within @p range (W-12); see int_parameter() in internal.hpp.
  std::int64_t integer(WorkerParam p, Date at, TraceStep* step) const {
    std::int64_t v = 0;
    if (step == nullptr && find(p, at, v)) return v;
    return params_->integer(kWorkerParamNames[static_cast<unsigned>(p)], at, step);
  }
  /// A date parameter.
  Date date(WorkerParam p, Date at, TraceStep* step) const {
    std::int64_t v = 0;
    if (step == nullptr && find(p, at, v)) return Date::from_days_since_epoch(v);
    return params_->date(kWorkerParamNames[static_cast<unsigned>(p)], at, step);
  }
  /// A boolean parameter.
  bool boolean(WorkerParam p, Date at, TraceStep* step) const {
    std::int64_t v = 0;
    if (step == nullptr && find(p, at, v)) return v != 0;
    return params_->boolean(kWorkerParamNames[static_cast<unsigned>(p)], at, step);
  }

 private:
  const ParameterSet* params_;
  const detail::ResolvedParams* resolved_;  // in the set's data: lives as long as the set

};

}  // namespace lde::worker_detail
