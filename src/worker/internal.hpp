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
#include "lde/worker/status.hpp"
#include "lde/worker/trajectory.hpp"

#include "params.hpp"

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

/// int_parameter() over the resolved worker parameters: by day number when
/// tracing is off, by name (recording the use) when @p step is non-null.
inline int int_parameter(const WorkerParams& wp, WorkerParam p, Date at, TraceStep* step, IntRange range) {
  const std::int64_t v = wp.integer(p, at, step);
  if (v < range.lo || v > range.hi) return int_parameter(wp.set(), kWorkerParamNames[static_cast<unsigned>(p)], at, step, range);
  return static_cast<int>(v);
}

/// Sorts @p v stably by @p less without allocating (an insertion sort: the lists
/// of one dossier are short; std::stable_sort takes a temporary buffer even for one element).
template <class T, class Less>
void stable_sort_small(std::vector<T>& v, Less less) {
  for (std::size_t i = 1; i < v.size(); ++i) {
    T x = v[i];
    std::size_t j = i;
    while (j > 0 && less(x, v[j - 1])) {
      v[j] = v[j - 1];
      --j;
    }
    v[j] = x;
  }
}

/// What an evaluation builds besides the values of the population columns.
enum class Detail {
  full,   ///< Everything the scalar API returns: absence judgements with their reasons, failing hiring ids, referral, appeal.
  values  ///< Only what the population columns need (nothing formatted, nothing allocated per row).
};

/// Qualifying absences merged into one uninterrupted absence (I-8): sources are
/// `WorkerScratch::absence_order[begin .. end)`.
struct AbsenceGroup {
  Period period;       ///< The uninterrupted absence.
  std::uint32_t begin;  ///< First index into absence_order.
  std::uint32_t end;    ///< One past the last.
};

/// Buffers the rules reuse from one worker to the next (one per thread in a
/// population pass): they keep their capacity, so a row allocates nothing
/// once they are as large as its largest predecessor (reserve() sets that up front).
struct WorkerScratch {
  std::vector<std::size_t> right_order;       ///< Grants by date.
  std::vector<RightPeriod> periods;           ///< The right periods of the worker.
  std::vector<std::size_t> employment_order;  ///< Employment periods by first day.
  std::vector<std::size_t> absence_order;     ///< Qualifying absences by first day.
  std::vector<AbsenceGroup> groups;           ///< Merged qualifying absences.
  /// Capacity for @p rights grants, @p employments periods and @p absences absences.
  void reserve(std::size_t rights, std::size_t employments, std::size_t absences) {
    right_order.reserve(rights);
    periods.reserve(rights);
    employment_order.reserve(employments);
    absence_order.reserve(absences);
    groups.reserve(absences);
  }
};

/// Checks one employment period: dates in range (W-11), not before @p birth,
/// not ending before it starts. Fields are @p prefix + `first_day` / `last_day`
/// (e.g. prefix `employment[2].`).
void validate_employment(const Employment& employment, Date birth, std::string_view prefix);

/// right_periods() without validating the dossier.
std::vector<RightPeriod> right_periods_unchecked(const WorkerDossier& dossier, const ParameterSet& params,
                                                 Trace* trace);

/// The right periods of the (validated) dossier into @p scratch.periods (I-4, I-6).
void right_periods_into(const WorkerDossier& dossier, const WorkerParams& wp, Trace* trace, WorkerScratch& scratch);

/// The right in force on @p at, given the dossier's right periods (I-4, I-6).
RightOnDate right_in_force(const std::vector<RightPeriod>& periods, Date at, Trace* trace);

/// hiring_eligibility() with the right periods already computed; `failing` is
/// filled with Detail::full or a trace, `eligible` always.
HiringEligibility hiring_with(const std::vector<RightPeriod>& periods, const Employment& employment,
                              const WorkerParams& wp, Trace* trace, Detail detail);

/// trajectory() with the right periods already computed (in @p scratch.periods);
/// the absence judgements are built with Detail::full or a trace.
std::optional<Trajectory> trajectory_with(const WorkerDossier& dossier, const WorkerParams& wp, Trace* trace,
                                          Detail detail, WorkerScratch& scratch);

/// continuation() without validating its input.
Continuation continuation_with(const WorkerDossier& dossier, const std::optional<Trajectory>& traj,
                               const WorkerParams& wp, Trace* trace);

/// continuation_compensated_on() without validating its input.
bool continuation_paid_on(const WorkerDossier& dossier, const Continuation& cont, Date at, Trace* trace);

/// What an evaluation finds that does not depend on the evaluation date: the
/// trajectory, the hiring eligibility of the first employment and the
/// continuation. Only the status flags (StatusOnDate) depend on the date, so a
/// caller that needs the status on many dates (compensation_months(), the
/// budget) computes these once and asks status_on() for each date.
struct WorkerFacts {
  std::optional<Trajectory> trajectory;       ///< trajectory() (none without an eligible employment).
  std::optional<HiringEligibility> hiring;    ///< Of the first employment (none without employment).
  Continuation continuation;                  ///< continuation().
};

/// The date-independent part of evaluate_validated(): needs the right periods
/// in @p scratch.periods (right_periods_into()); fills @p out.
void facts_with(const WorkerDossier& dossier, const WorkerParams& wp, Trace* trace, Detail detail,
                WorkerScratch& scratch, WorkerFacts& out);

/// The status flags on one date (worker.status, I-5 I-7 I-10 I-11 W-4 W-5).
struct StatusOnDate {
  const Employment* employed = nullptr;  ///< The compensable employment period containing the date (W-5), or null.
  const Employment* any = nullptr;       ///< The first employment period containing the date, or null.
  bool in_trajectory = false;            ///< status.in_trajectory.
  bool in_continuation = false;          ///< status.in_continuation.
  bool compensated = false;              ///< status.compensated.
};

/// The status on @p at from the date-independent @p facts: the one
/// implementation of the status flags, called by evaluate_validated() and by
/// every loop over dates (compensation_months(), the population budget).
StatusOnDate status_on(const WorkerDossier& dossier, const WorkerFacts& facts, Date at, Trace* trace);

/// evaluate_worker() on a validated dossier: the one implementation behind the
/// scalar call (Detail::full) and the population pass (Detail::values, no trace).
WorkerStatus evaluate_validated(const WorkerDossier& dossier, Date at, const WorkerParams& wp, Trace* trace,
                                Detail detail, WorkerScratch& scratch);

}  // namespace lde::worker_detail
