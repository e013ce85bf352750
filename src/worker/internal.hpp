// Internal helpers shared by the worker rules (not installed, not public API).
//
// Every public rule function validates its input (validate(), W-11) and then
// calls the unvalidated variant below. evaluate_worker() validates once and
// calls only these variants; it also computes the right periods once and
// passes them to the other rules, so the combined trace shows each rule once.
// Code inside the library that has already validated a dossier (population
// loops) may call these variants to avoid validating it again.
#pragma once

#include "lde/core/error.hpp"
#include "lde/worker/continuation.hpp"
#include "lde/worker/hiring.hpp"
#include "lde/worker/right.hpp"
#include "lde/worker/trajectory.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde::worker_detail {

/// The values an integer parameter may take in a rule (W-12).
struct IntRange {
  int lo;  ///< Smallest accepted value.
  int hi;  ///< Largest accepted value.
};
/// Lengths in years (right.validity_years, trajectory.length_years): 0 would
/// make an empty period, more than a century is a unit error.
inline constexpr IntRange kYears{1, 100};
/// trajectory.absence_min_days: an absence has at least one day; 10 years at most.
inline constexpr IntRange kAbsenceDays{1, 3660};
/// trajectory.competence_max_months: 0 abolishes the extension; 120 as W-7.
inline constexpr IntRange kCompetenceMonths{0, 120};
/// Ages (continuation.*): 0 .. 150 years.
inline constexpr IntRange kAge{0, 150};

/// An integer parameter (days, months, years, ages) as int. A value outside
/// @p range (a changed parameter set, W-12) is an error (invalid_argument)
/// whose field is the parameter's name and whose message gives the value and
/// the date it is in force on; it never surfaces later as a date error.
inline int int_parameter(const ParameterSet& params, const char* name, Date at, TraceStep* step, IntRange range) {
  const std::int64_t v = params.integer(name, at, step);
  if (v < range.lo || v > range.hi) {
    throw Error(ErrorCode::invalid_argument, name,
                std::string(name) + " = " + std::to_string(v) + " (in force on " + at.iso() +
                    ") is not a possible value for this rule (expected " + std::to_string(range.lo) + " to " +
                    std::to_string(range.hi) + ", W-12)");
  }
  return static_cast<int>(v);
}

/// Checks one employment period: dates in range (W-11), not before @p birth,
/// not ending before it starts. Fields are @p prefix + `first_day` / `last_day`
/// (e.g. prefix `employment[2].`).
void validate_employment(const Employment& employment, Date birth, std::string_view prefix);

/// right_periods() without validating the dossier.
std::vector<RightPeriod> right_periods_unchecked(const WorkerDossier& dossier, const ParameterSet& params,
                                                 Trace* trace);

/// The right in force on @p at, given the dossier's right periods (I-4, I-6).
RightOnDate right_in_force(const std::vector<RightPeriod>& periods, Date at, Trace* trace);

/// hiring_eligibility() with the right periods already computed.
HiringEligibility hiring_with(const std::vector<RightPeriod>& periods, const Employment& employment,
                              const ParameterSet& params, Trace* trace);

/// trajectory() with the right periods already computed.
std::optional<Trajectory> trajectory_with(const WorkerDossier& dossier, const std::vector<RightPeriod>& periods,
                                          const ParameterSet& params, Trace* trace);

/// continuation() without validating its input.
Continuation continuation_with(const WorkerDossier& dossier, const std::optional<Trajectory>& traj,
                               const ParameterSet& params, Trace* trace);

/// continuation_compensated_on() without validating its input.
bool continuation_paid_on(const WorkerDossier& dossier, const Continuation& cont, Date at, Trace* trace);

}  // namespace lde::worker_detail
