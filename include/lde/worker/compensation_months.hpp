/// @file compensation_months.hpp
/// @brief A worker's compensation month by month over a range of years, from one evaluation.
///
/// The rule (`worker.compensation.months`, worker::kCompensationMonths): a worker counts for a
/// month when the employer earns compensation for them on the month's first day (`compensated`
/// of evaluate_worker() on that day: the monthly registration of I-14), and the month's amount
/// for the worker's contractual fraction is I-14 with I-23: the sum over the month's days of
/// rate(day) × fraction / days in the year, rounded once to the cent (I-12). With one rate for
/// the whole month that is rate × fraction / days in the year × days in the month. Days before
/// the decree are paid at the rate in force on 2015-04-01 (I-21).
///
/// What an evaluation finds is mostly independent of the evaluation date (the right periods,
/// the trajectory with its extensions, the continuation); only the status flags depend on it.
/// compensation_months() therefore evaluates the dossier once and asks the status rule (the
/// same code evaluate_worker() runs, src/worker/status.cpp) only for each month's first day.
/// The population budget (lde/population/budget.hpp) does the same for every row.
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/money.hpp"
#include "lde/core/parameters.hpp"
#include "lde/worker/continuation.hpp"
#include "lde/worker/dossier.hpp"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace lde {

/// The smallest year a compensation range may cover.
inline constexpr int kFirstCompensationYear = 1400;
/// The largest year a compensation range may cover.
inline constexpr int kLastCompensationYear = 9998;
/// The longest compensation range, in years.
inline constexpr int kMaxCompensationYears = 100;

/// The annual rate (`compensation.annual_rate_per_fte`) summed over the days of each month of a
/// range of years: the parameter resolved once per set, so that a month's amount for any
/// fraction is one product and one rounding (I-14, I-23, I-12).
class MonthlyRates {
 public:
  /// Resolves the rate of @p params for every day of @p first_year .. @p last_year.
  /// @throws Error (invalid_argument, field "years") for an empty or reversed range, a year
  ///         outside kFirstCompensationYear .. kLastCompensationYear or more than
  ///         kMaxCompensationYears years; (out_of_range, field `compensation.annual_rate_per_fte`)
  ///         for a rate outside 0.00 .. 1 000 000.00 EUR (E-15)
  MonthlyRates(const ParameterSet& params, int first_year, int last_year);

  int first_year() const noexcept { return first_year_; }  ///< First year of the range.
  int last_year() const noexcept { return last_year_; }    ///< Last year of the range.
  /// Number of months in the range (12 per year).
  std::size_t months() const noexcept { return cent_days_.size(); }
  /// The @p m-th month of the range (0: January of first_year()).
  Month month(std::size_t m) const { return Month(first_year_ + static_cast<int>(m / 12), static_cast<int>(m % 12) + 1); }
  /// Σ over the days of month @p m of the annual rate in cents in force that day (I-23).
  std::int64_t rate_cent_days(std::size_t m) const noexcept { return cent_days_[m]; }
  /// True when the rate changes inside month @p m.
  bool rate_changes_in(std::size_t m) const noexcept { return changes_[m] != 0; }
  /// The month's amount for @p fraction_units ten-thousandths of an FTE (0 .. 10000):
  /// Σ_days rate(day) × fraction / days in the year, in cents, rounded once half away from zero.
  std::int64_t amount_cents(std::size_t m, std::int64_t fraction_units) const noexcept {
    const std::int64_t num = cent_days_[m] * fraction_units;  // ≤ 31 × 10^8 × 10^4: no overflow
    const std::int64_t den = year_den_[m / 12];
    const std::int64_t q = num / den;
    return (num % den) * 2 >= den ? q + 1 : q;  // num >= 0 (rate >= 0, fraction >= 0)
  }

 private:
  int first_year_;
  int last_year_;
  std::vector<std::int64_t> cent_days_;
  std::vector<std::uint8_t> changes_;
  std::vector<std::int64_t> year_den_;  // 10000 × days in the year, per year of the range
};

/// One month of a worker's compensation.
struct CompensationMonth {
  Month month;                                   ///< The month.
  bool compensated = false;                      ///< Compensated on the month's first day (I-14 registration).
  Money amount;                                  ///< The month's amount (0.00 when not compensated).
  std::optional<RightKind> right_kind;           ///< `right.kind` on the first day (the right in force, or the last one ended).
  ContinuationKind continuation = ContinuationKind::none;  ///< The continuation the worker is in on the first day (none in the trajectory).
};

/// The compensation of @p dossier for every month of @p first_year .. @p last_year at the
/// contractual fraction @p fraction (I-20: 0 .. 1). Month m's `compensated`, `right_kind` and
/// continuation equal evaluate_worker(dossier, first day of m, params); the dossier is evaluated
/// once (right periods, trajectory, continuation), the status rule once per month. The trace
/// holds the evaluation's steps and one `worker.compensation.months` step listing the months paid.
/// @throws Error for an invalid dossier (validate()), a fraction outside [0, 1] (field `fraction`),
///         and as MonthlyRates()
std::vector<CompensationMonth> compensation_months(const WorkerDossier& dossier, int first_year, int last_year,
                                                   Fte fraction, const ParameterSet& params, Trace* trace = nullptr);

}  // namespace lde
