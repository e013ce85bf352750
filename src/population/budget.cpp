// The population budget (lde/population/budget.hpp): group layout, option checks, the thread
// loop with progress, publication of the exact sums; the front over dossiers.
#include "lde/population/budget.hpp"
#include "lde/core/limits.hpp"

#include "budget_internal.hpp"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <string>
#include <thread>

namespace lde::population {

namespace budget_detail {

Layout::Layout(const MonthlyRates& rates, unsigned by) : first_year_(rates.first_year()), by_(by) {
  constexpr unsigned all = by_year | by_quarter | by_month | by_right_kind | by_continuation;
  if ((by & ~all) != 0) {
    throw Error(ErrorCode::invalid_argument, "by",
                "unknown grouping bits " + std::to_string(by & ~all) +
                    " (expected year, quarter, month, right_kind, continuation)");
  }
  years_ = (by & by_year) ? static_cast<std::size_t>(rates.last_year() - rates.first_year() + 1) : 1;
  periods_ = (by & by_month) ? 12 : (by & by_quarter) ? 4 : 1;
  kinds_ = (by & by_right_kind) ? 4 : 1;
  conts_ = (by & by_continuation) ? 3 : 1;
}

BudgetGroup Layout::describe(std::size_t g) const {
  BudgetGroup out;
  const std::size_t cont = g % conts_;
  g /= conts_;
  const std::size_t kind = g % kinds_;
  g /= kinds_;
  const std::size_t p = g % periods_;
  const std::size_t y = g / periods_;
  if (by_ & by_year) out.year = first_year_ + static_cast<int>(y);
  if (periods_ == 12) {
    out.month = static_cast<int>(p) + 1;
    out.quarter = static_cast<int>(p) / 3 + 1;
  } else if (periods_ == 4) {
    out.quarter = static_cast<int>(p) + 1;
  }
  if (kinds_ > 1) out.right_kind = static_cast<int>(kind);
  if (conts_ > 1) out.continuation = static_cast<int>(cont);
  return out;
}

MonthTable::MonthTable(const MonthlyRates& rates) {
  const std::size_t n = rates.months();
  first.reserve(n);
  days.reserve(n);
  year_share.reserve(n);
  for (std::size_t m = 0; m < n; ++m) {
    const Month month = rates.month(m);
    first.push_back(month.first_day());
    days.push_back(month.days());
    year_share.push_back(kYearUnits / days_in_year(month.year()));
  }
}

void check_options(std::size_t n, const BudgetOptions& options) {
  check_threads(options.threads);
  if (options.fraction_units < 0 || options.fraction_units > 10000) {
    throw Error(ErrorCode::invalid_argument, "fraction",
                "must lie in [0, 1] (I-20), got " + Fte::from_units(options.fraction_units).to_string());
  }
  for (std::size_t i = 0; options.fractions && i < n; ++i) {
    const std::int64_t f = options.fractions[i];
    if (f < 0 || f > 10000) {
      throw Error(ErrorCode::invalid_argument, "fractions[" + std::to_string(i) + "]",
                  "must lie in [0, 1] (I-20), got " + std::to_string(f) + " ten-thousandths");
    }
  }
  for (std::size_t i = 0; options.weights && i < n; ++i) {
    const std::int64_t w = options.weights[i];
    if (w < 0 || w > kMaxWeightUnits) {
      throw Error(ErrorCode::invalid_argument, "weights[" + std::to_string(i) + "]",
                  "a weight must lie in 0 .. 1000000000 (millionths: 0 .. " + std::to_string(kMaxWeightUnits) +
                      "), got " + std::to_string(w) + " millionths");
    }
  }
}

unsigned threads_for(const BudgetOptions& options, std::size_t n) {
  unsigned t = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  const std::size_t useful = std::max<std::size_t>(1, n / 256);
  if (t > useful) t = static_cast<unsigned>(useful);
  return std::max(1u, t);
}

void run_rows(std::size_t n, const BudgetOptions& options, unsigned threads,
              const std::function<void(std::size_t, std::size_t, unsigned)>& chunk) {
  constexpr std::size_t kChunk = 512;
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> done{0};
  std::atomic<bool> stop{false};
  std::mutex mutex;
  std::size_t error_row = n;
  std::exception_ptr error;
  auto work = [&](unsigned slot) {
    for (;;) {
      if (stop.load(std::memory_order_relaxed)) return;
      const std::size_t begin = next.fetch_add(kChunk);
      if (begin >= n) return;
      {
        std::lock_guard<std::mutex> lock(mutex);
        if (begin > error_row) return;
      }
      const std::size_t end = std::min(n, begin + kChunk);
      try {
        chunk(begin, end, slot);
      } catch (...) {
        std::lock_guard<std::mutex> lock(mutex);
        if (begin < error_row) {  // rows of a chunk run in order: its first error is its smallest
          error_row = begin;
          error = std::current_exception();
        }
        return;
      }
      done.fetch_add(end - begin, std::memory_order_relaxed);
    }
  };
  std::exception_ptr progress_error;
  std::vector<std::thread> pool;
  const bool poll = static_cast<bool>(options.progress);
  // With a progress callback the calling thread only reports; otherwise it works as well.
  const unsigned spawned = poll ? threads : threads - 1;
  pool.reserve(spawned);
  try {
    for (unsigned t = 0; t < spawned; ++t) pool.emplace_back(work, poll ? t : t + 1);
  } catch (...) {
    // Could not start every thread: the ones started (and this one) do the work.
  }
  if (!poll) {
    work(0);
  } else {
    if (pool.empty()) {
      work(0);
    } else {
      while (done.load() < n && !stop.load()) {
        {
          std::lock_guard<std::mutex> lock(mutex);
          if (error) break;
        }
        try {
          options.progress(done.load());
        } catch (...) {
          progress_error = std::current_exception();
          stop = true;
          break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        // Workers that all returned (the rows are spoken for) end the loop as well.
        if (next.load() >= n && done.load() >= n) break;
      }
    }
  }
  for (auto& t : pool) t.join();
  if (progress_error) std::rethrow_exception(progress_error);
  if (error) std::rethrow_exception(error);
  if (poll) options.progress(done.load());
}

Budget publish(const Layout& layout, const std::vector<std::vector<Acc>>& sums, unsigned by) {
  Budget out;
  out.by = by;
  const bool sparse = layout.groups_kinds() || layout.groups_continuations();
  for (std::size_t g = 0; g < layout.groups(); ++g) {
    BudgetGroup row = layout.describe(g);
    for (const auto& s : sums) {
      const Acc& a = s[g];
      row.amount_units += a.amount;
      row.fte_day_units += a.fte_day;
      row.fte_year_units += a.fte_year;
      row.weight_units += a.weight;
      row.workers += a.workers;
      row.worker_months += a.worker_months;
    }
    if (sparse && row.workers == 0) continue;
    // Rounded once, half away from zero (I-12); the sum is never negative.
    const Int128 q = row.amount_units / Int128(kWeightScale);
    const Int128 r = row.amount_units % Int128(kWeightScale);
    const Int128 cents = r * Int128(2) >= Int128(kWeightScale) ? q + Int128(1) : q;
    if (cents > Int128(std::numeric_limits<std::int64_t>::max())) {
      throw Error(ErrorCode::out_of_range, "amount", "the budget of a group does not fit in 64-bit cents");
    }
    row.amount_cents = static_cast<std::int64_t>(cents);
    out.groups.push_back(row);
  }
  return out;
}

}  // namespace budget_detail

Budget budget(std::span<const WorkerDossier> dossiers, const ParameterSet& params, const BudgetOptions& options) {
  return budget_detail::run_budget(
      dossiers.size(), params, options,
      [&](std::size_t i, WorkerDossier& d) {
        try {
          validate(dossiers[i]);
        } catch (const Error& e) {
          throw Error(e.code(), "dossiers[" + std::to_string(i) + "]." + e.field(), e.message());
        }
        d = dossiers[i];  // copy-assign reuses the slot's capacity
      },
      [](std::size_t i, const Error& e) {
        return Error(e.code(), "dossiers[" + std::to_string(i) + "]." + e.field(), e.message());
      });
}

Budget budget(const Population& pop, const ParameterSet& params, const BudgetOptions& options) {
  const PopulationIndex index(pop);
  return budget_detail::run_budget(
      pop.workers.rows, params, options,
      [&](std::size_t i, WorkerDossier& d) {
        if (d.rights.capacity() < index.max_per_worker(PopulationIndex::rights)) {
          // As large as the largest worker needs (once per thread), so that no worker allocates.
          d.rights.reserve(index.max_per_worker(PopulationIndex::rights));
          d.employment.reserve(index.max_per_worker(PopulationIndex::employment));
          d.absences.reserve(index.max_per_worker(PopulationIndex::absences));
          d.competence_extensions.reserve(index.max_per_worker(PopulationIndex::competence_extensions));
        }
        fill_dossier(pop, index, i, d);  // its errors name table rows already
        try {
          validate(d);
        } catch (const Error& e) {
          throw Error(e.code(), table_path(index, i, e.field()), e.message());
        }
      },
      [&](std::size_t i, const Error& e) { return Error(e.code(), table_path(index, i, e.field()), e.message()); });
}

Budget budget(const WorkerColumns& workers, const AbsenceColumns& absences, const ParameterSet& params,
              const BudgetOptions& options) {
  check_threads(options.threads);
  // Every row checked and its errors named exactly as evaluate_workers() names them (one
  // evaluation with no output column); the rows are then read again as dossiers.
  const Date check_on = Date::from_ymd(std::clamp(options.first_year, 1900, 2199), 1, 1);
  evaluate_workers(workers, absences, check_on.days_since_epoch(), params, WorkerResults{}, options.threads);
  const AbsenceIndex index(absences, workers.rows);
  return budget_detail::run_budget(
      workers.rows, params, options,
      [&](std::size_t i, WorkerDossier& d) { d = dossier_of_row(workers, absences, index, i); },
      [](std::size_t, const Error& e) { return e; });
}

}  // namespace lde::population
