// The budget loop shared by the dossier and the table front of lde::population::budget()
// (not installed). One template: the caller says how row i's validated dossier is obtained
// and how an error raised while evaluating it is named.
#pragma once

#include "lde/core/error.hpp"
#include "lde/population/budget.hpp"
#include "lde/worker/compensation_months.hpp"

#include "../worker/internal.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace lde::population::budget_detail {

/// A budget's group layout: the dimensions requested and each month's time group.
class Layout {
 public:
  Layout(const MonthlyRates& rates, unsigned by);
  std::size_t groups() const noexcept { return years_ * periods_ * kinds_ * conts_; }
  bool groups_kinds() const noexcept { return kinds_ > 1; }
  bool groups_continuations() const noexcept { return conts_ > 1; }
  /// The group of month @p m with right kind @p kind (0..3) and continuation @p cont (0..2).
  std::size_t group(std::size_t m, int kind, int cont) const noexcept {
    const std::size_t y = years_ > 1 ? m / 12 : 0;
    const std::size_t p = periods_ == 12 ? m % 12 : periods_ == 4 ? (m % 12) / 3 : 0;
    return ((y * periods_ + p) * kinds_ + static_cast<std::size_t>(kind)) * conts_ + static_cast<std::size_t>(cont);
  }
  /// The dimensions of group @p g (accumulated values left at zero).
  BudgetGroup describe(std::size_t g) const;

 private:
  int first_year_;
  unsigned by_;
  std::size_t years_, periods_, kinds_, conts_;
};

/// Sums of one group inside one thread.
struct Acc {
  Int128 amount = 0, fte_day = 0, fte_year = 0, weight = 0;
  std::int64_t workers = 0, worker_months = 0;
};

/// What the months need besides the rates: first day, days, share of the year.
struct MonthTable {
  std::vector<Date> first;
  std::vector<std::int64_t> days;
  std::vector<std::int64_t> year_share;  // kYearUnits / days in the month's year
  explicit MonthTable(const MonthlyRates& rates);
};

/// Checks threads, fractions and weights (naming `fractions[i]`, `weights[i]`) before any work.
void check_options(std::size_t n, const BudgetOptions& options);

/// Runs body(i, scratch_index) over [0, n) on the threads and reports progress (budget.cpp);
/// the exception of the smallest failing row is rethrown.
void run_rows(std::size_t n, const BudgetOptions& options, unsigned threads,
              const std::function<void(std::size_t begin, std::size_t end, unsigned slot)>& chunk);

/// The number of threads a run of @p n rows uses.
unsigned threads_for(const BudgetOptions& options, std::size_t n);

/// Adds the thread sums into the published groups (rounding each amount once).
Budget publish(const Layout& layout, const std::vector<std::vector<Acc>>& sums, unsigned by);

/// One row's months into @p acc: the status rule on each first day, the amount of each
/// compensated month. @p d is validated; the rules' buffers are @p scratch.
inline void add_worker(const WorkerDossier& d, std::size_t row, const worker_detail::WorkerParams& wp,
                       const MonthlyRates& rates, const MonthTable& months, const Layout& layout,
                       const BudgetOptions& options, worker_detail::WorkerScratch& scratch,
                       worker_detail::WorkerFacts& facts, std::vector<Acc>& acc, std::vector<std::size_t>& stamp) {
  worker_detail::right_periods_into(d, wp, nullptr, scratch);
  worker_detail::facts_with(d, wp, nullptr, worker_detail::Detail::values, scratch, facts);
  const Int128 w = options.weights ? Int128(options.weights[row]) : Int128(kWeightScale);
  const std::int64_t units = options.fractions ? options.fractions[row] : options.fraction_units;
  const int cont_kind = static_cast<int>(facts.continuation.kind);
  std::int64_t total = 0;
  for (std::size_t m = 0; m < months.first.size(); ++m) {
    const Date first = months.first[m];
    const worker_detail::StatusOnDate on = worker_detail::status_on(d, facts, first, nullptr);
    if (!on.compensated) continue;
    const std::int64_t cents = rates.amount_cents(m, units);
    total += cents;
    int kind = 0;
    if (layout.groups_kinds()) {
      const auto k = worker_detail::right_in_force(scratch.periods, first, nullptr).kind;
      kind = k ? static_cast<int>(*k) : 0;
    }
    const int cont = layout.groups_continuations() && on.in_continuation ? cont_kind : 0;
    const std::size_t g = layout.group(m, kind, cont);
    Acc& a = acc[g];
    a.amount += w * Int128(cents);
    const Int128 fte_days = w * Int128(units * months.days[m]);
    a.fte_day += fte_days;
    a.fte_year += fte_days * Int128(months.year_share[m]);
    ++a.worker_months;
    if (stamp[g] != row + 1) {
      stamp[g] = row + 1;
      a.weight += w;
      ++a.workers;
    }
  }
  if (options.worker_cents) options.worker_cents[row] = total;
}

/// The budget over @p n rows; @p fill(i, dossier) fills and validates row i's dossier (naming
/// its own errors), @p rename(i, error) names an error raised while evaluating it.
template <class Fill, class Rename>
Budget run_budget(std::size_t n, const ParameterSet& params, const BudgetOptions& options, Fill&& fill,
                  Rename&& rename) {
  check_options(n, options);
  const MonthlyRates rates(params, options.first_year, options.last_year);
  const Layout layout(rates, options.by);
  const MonthTable months(rates);
  const worker_detail::WorkerParams wp(params);
  const unsigned threads = threads_for(options, n);
  std::vector<std::vector<Acc>> sums(threads, std::vector<Acc>(layout.groups()));
  std::vector<std::vector<std::size_t>> stamps(threads, std::vector<std::size_t>(layout.groups(), 0));
  struct Slot {
    WorkerDossier dossier{Date::from_ymd(1970, 1, 1), {}, {}, {}, {}, std::nullopt, std::nullopt};
    worker_detail::WorkerScratch rules;
    worker_detail::WorkerFacts facts;
  };
  std::vector<Slot> slots(threads);
  run_rows(n, options, threads, [&](std::size_t begin, std::size_t end, unsigned slot) {
    Slot& s = slots[slot];
    for (std::size_t i = begin; i < end; ++i) {
      fill(i, s.dossier);
      try {
        add_worker(s.dossier, i, wp, rates, months, layout, options, s.rules, s.facts, sums[slot], stamps[slot]);
      } catch (const Error& e) {
        throw rename(i, e);
      }
    }
  });
  return publish(layout, sums, options.by);
}

}  // namespace lde::population::budget_detail
