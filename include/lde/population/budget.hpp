/// @file budget.hpp
/// @brief The compensation budget of a population over a range of years, grouped, weighted, exact.
///
/// For every worker the dossier is evaluated once (right periods, trajectory, continuation:
/// what does not depend on the date); the status rule runs on each month's first day (the same
/// code as evaluate_worker(), src/worker/status.cpp) and a compensated month adds the worker's
/// month amount (worker.compensation.months: I-14 with I-23, rounded once per worker and month,
/// I-12; lde/worker/compensation_months.hpp). The months are summed straight into the groups:
/// memory grows with the number of groups, not with workers × months, and nothing is allocated
/// per worker or month. Rows are split over threads; the result does not depend on their number.
///
/// Weights scale a sample to the population they stand for. A weight is a fixed-point number
/// with six decimals (kWeightScale units per 1, 0 .. kMaxWeightUnits): an integer weight w is
/// w × 10^6 units, a decimal one is exact to 10^-6. A group's amount is Σ weight × month amount
/// computed exactly (128-bit integers) and rounded once, to the cent, half away from zero (I-12):
/// the months stay exact cents before weighting, the weighted sum is rounded once per published
/// amount. Without weights every worker weighs 1 and the amount is the plain sum of cents.
#pragma once

#include "lde/core/int128.hpp"
#include "lde/enterprise/compensation.hpp"
#include "lde/core/parameters.hpp"
#include "lde/population/tables.hpp"
#include "lde/worker/dossier.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace lde::population {

/// Units of a weight: a weight is held in millionths (1 = 1 000 000 units).
inline constexpr std::int64_t kWeightScale = 1000000;
/// The largest weight: 10^9 (a sample row standing for a billion workers is a unit error).
inline constexpr std::int64_t kMaxWeightUnits = std::int64_t{1000000000} * kWeightScale;
/// lcm(365, 366): FTE-years are counted in 1/kYearUnits of an FTE-day-year so that every
/// month's share of its year is a whole number (a day is 366 or 365 such units).
inline constexpr std::int64_t kYearUnits = 365 * 366;

/// What a budget is grouped by (a bit set; 0: one group for the whole range).
enum BudgetBy : unsigned {
  by_year = 1u << 0,          ///< Calendar year.
  by_quarter = 1u << 1,       ///< Quarter 1..4 (of the year when also by_year).
  by_month = 1u << 2,         ///< Month 1..12 (implies the quarter).
  by_right_kind = 1u << 3,    ///< `right.kind` on the month's first day: 0 none, 1 lde, 2 maatwerk, 3 vop.
  by_continuation = 1u << 4,  ///< The continuation the worker is in on the first day: 0 none (trajectory), 1 age60, 2 age55.
};

/// What to compute besides the parameter set.
struct BudgetOptions {
  int first_year = 0;                          ///< First year of the range.
  int last_year = 0;                           ///< Last year of the range (at most 100 years).
  unsigned by = by_year;                       ///< BudgetBy bits.
  std::int64_t fraction_units = 10000;         ///< Contractual fraction of every worker, ten-thousandths (I-20: 0..10000).
  const std::int64_t* fractions = nullptr;     ///< Optional: one fraction per worker (ten-thousandths), replaces fraction_units.
  const std::int64_t* weights = nullptr;       ///< Optional: one weight per worker in kWeightScale units (default 1).
  std::int64_t* worker_cents = nullptr;        ///< Optional output: each worker's unweighted total over the range, cents.
  unsigned threads = 0;                        ///< 0: all cores (at most kMaxThreads).
  /// Optional: called on the calling thread, about ten times a second and once at the end, with
  /// the number of workers done. An exception it throws stops the run and is rethrown.
  std::function<void(std::size_t done)> progress;
};

/// One group of a budget. Dimensions not grouped by are 0 (year, quarter, month) or -1
/// (right_kind, continuation).
struct BudgetGroup {
  int year = 0;           ///< Year, or 0.
  int quarter = 0;        ///< Quarter 1..4, or 0.
  int month = 0;          ///< Month 1..12, or 0.
  int right_kind = -1;    ///< RightKind value (0 none), or -1.
  int continuation = -1;  ///< ContinuationKind value, or -1.
  std::int64_t amount_cents = 0;  ///< Σ weight × month amount, rounded once (half away from zero).
  Int128 amount_units = 0;        ///< The same sum exactly, in cents × kWeightScale.
  Int128 fte_day_units = 0;       ///< Σ weight × fraction × days of the compensated months, in 1/(10^4 × kWeightScale) FTE-days.
  Int128 fte_year_units = 0;      ///< The same in FTE-years: each day counts kYearUnits / days in its year; unit 1/(10^4 × kWeightScale × kYearUnits).
  Int128 weight_units = 0;        ///< Σ weight of the workers compensated in at least one month of the group, kWeightScale units.
  std::int64_t workers = 0;       ///< Number of those workers (unweighted).
  std::int64_t worker_months = 0; ///< Number of compensated worker-months (unweighted).
};

/// The groups of a budget, in order of year, quarter, month, right kind, continuation. With no
/// right_kind or continuation grouping every time group of the range is present (zero or not);
/// otherwise only the groups in which a worker was compensated.
struct Budget {
  unsigned by = 0;                  ///< The BudgetBy bits it was grouped by.
  std::vector<BudgetGroup> groups;  ///< The groups.
};

/// The budget of the worker rows of @p pop under @p params. Worker row i's contribution is the
/// sum of compensation_months(dossier_of(pop, index, i), ...) amounts: the same rule code.
/// @throws Error naming the first offending table row (`employment[7].first_day`), `fractions[i]`,
///         `weights[i]`, `years`, `by`, `threads`, or a parameter (E-15, W-12)
Budget budget(const Population& pop, const ParameterSet& params, const BudgetOptions& options);

/// The same over the one-row-per-worker columns of evaluate_workers() (`lde simulate`'s CSV, the
/// Python worker DataFrame): every row is first checked as evaluate_workers() checks it, so errors
/// name `rows[i].<column>` and `absences[k].<column>` alike.
Budget budget(const WorkerColumns& workers, const AbsenceColumns& absences, const ParameterSet& params,
              const BudgetOptions& options);

/// The same over dossiers (validated here; errors name `dossiers[i].<field>`).
Budget budget(std::span<const WorkerDossier> dossiers, const ParameterSet& params, const BudgetOptions& options);

/// One employer's year at the enterprise level.
struct EmployerYear {
  std::string employer;                 ///< The employment periods' employer label, used as allocation number.
  int year = 0;                         ///< The year.
  std::int64_t worker_level_cents = 0;  ///< Σ of its workers' month amounts (as budget(), unweighted).
  YearSchedule schedule;                ///< Its advances, settlements and quarterly rights (I-14, I-15, I-16).
};

/// The enterprise level of @p pop: each employer paid through its schedule, capped at its
/// contingent. The months in which a worker is compensated (budget()'s rule, the same code)
/// become the monthly registrations of the employer of the compensable employment period
/// containing the month's first day: hires of a month = Σ the fractions of those workers (I-14);
/// the DmfA line of a worker for a quarter = fraction × months compensated in the quarter / 3,
/// kept to 4 decimals (half up), as `lde.synthetic.enterprises` builds them; the contingent is
/// the employment periods' `employer_contingent`, one per employer (periods of one employer
/// that disagree are an error), from the first day the rules apply (I-21) or the range's first
/// day when earlier. Each employer's year is then year_schedule() of that enterprise
/// (evaluate_enterprises(), all cores). One row per employer with a compensated month anywhere
/// in the range, for every year of the range (a year without registrations has zero amounts),
/// employers by label. Weights do not apply (a contingent caps one real enterprise). The DmfA
/// lines round to 4 decimals, so an employer's quarterly right can exceed its workers' month
/// amounts by a few cents: the difference worker level − enterprise level is signed.
/// @throws Error as budget(); (invalid_argument, `weights`) when weights are given;
///         (invalid_argument, `employment[j].employer_contingent`) for two contingents of one employer
std::vector<EmployerYear> enterprise_budget(const Population& pop, const ParameterSet& params,
                                            const BudgetOptions& options);

}  // namespace lde::population
