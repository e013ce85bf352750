// The batch path allocates nothing per row beyond what evaluate_worker() itself
// allocates: the dossier of each row is filled into per-thread scratch whose
// vectors keep their capacity, and the reason bits do not recompute the right
// history. Counted with a replaced global operator new (this executable only).
#include "lde/population/budget.hpp"
#include "lde/population/population.hpp"
#include "lde/population/tables.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <new>
#include <random>
#include <vector>

// The replaced operator delete frees what the replaced operator new got from malloc;
// GCC cannot see that the two are paired and warns at -O2.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
#endif

namespace {
std::atomic<long> g_allocations{0};

void* counted(std::size_t size) noexcept {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  return std::malloc(size == 0 ? 1 : size);
}
}  // namespace

void* operator new(std::size_t size) {
  if (void* p = counted(size)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) {
  if (void* p = counted(size)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return counted(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return counted(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

using namespace lde;
using namespace lde::population;

namespace {

/// A random population of @p n rows (some without right or employment, 0 to 3 absences each).
struct RandomRows {
  std::vector<std::int64_t> birth, granted, first, last;
  std::vector<std::int64_t> a_worker, a_first, a_last;
  std::vector<std::int32_t> a_reason;
  std::vector<std::int32_t> months;
  std::vector<std::int64_t> approved;
  RandomRows(std::size_t n, std::uint64_t seed) : birth(n), granted(n), first(n), last(n, kNoDate), months(n, 0), approved(n, kNoDate) {
    std::mt19937_64 rng(seed);
    auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
    const std::int64_t base = Date::from_ymd(2013, 1, 1).days_since_epoch();
    for (std::size_t i = 0; i < n; ++i) {
      birth[i] = Date::from_ymd(1955, 1, 1).days_since_epoch() + pick(0, 365 * 45);
      granted[i] = pick(0, 9) == 0 ? kNoDate : base + pick(0, 365 * 10);
      first[i] = granted[i] == kNoDate || pick(0, 9) == 0 ? kNoDate : granted[i] + pick(-60, 365 * 6);
      if (first[i] != kNoDate && pick(0, 4) == 0) last[i] = first[i] + pick(30, 365 * 8);
      if (first[i] != kNoDate && pick(0, 5) == 0) {
        months[i] = static_cast<std::int32_t>(pick(1, 18));
        approved[i] = first[i] + pick(0, 365 * 4);
      }
      if (first[i] != kNoDate) {
        for (std::int64_t k = pick(0, 3); k > 0; --k) {
          const std::int64_t f = first[i] + pick(-100, 365 * 6);
          a_worker.push_back(static_cast<std::int64_t>(i));
          a_first.push_back(f);
          a_last.push_back(f + pick(0, 120));
          a_reason.push_back(static_cast<std::int32_t>(pick(1, 6)));
        }
      }
    }
  }
  WorkerColumns columns() const {
    WorkerColumns w;
    w.rows = birth.size();
    w.birth_date = birth.data();
    w.right_granted = granted.data();
    w.employment_first_day = first.data();
    w.employment_last_day = last.data();
    w.competence_months = months.data();
    w.competence_approved = approved.data();
    return w;
  }
  AbsenceColumns absences() const { return {a_worker.size(), a_worker.data(), a_first.data(), a_last.data(), a_reason.data()}; }
};

/// Allocations of one evaluate_workers() call over @p rows, every output column on, one thread.
long allocations_of_pass(const RandomRows& rows) {
  const WorkerColumns w = rows.columns();
  const std::size_t n = w.rows;
  std::vector<std::int32_t> kind(n), months(n), cont(n);
  std::vector<std::uint8_t> valid(n), eligible(n), in_t(n), in_c(n), comp(n);
  std::vector<std::int64_t> r_last(n), t_first(n), t_last(n), ext(n);
  std::vector<std::uint32_t> reason(n);
  const WorkerResults out{kind.data(), valid.data(), r_last.data(), eligible.data(), t_first.data(), t_last.data(),
                          ext.data(), months.data(), cont.data(), in_t.data(), in_c.data(), comp.data(), reason.data()};
  const std::int64_t at = Date::from_ymd(2022, 7, 1).days_since_epoch();
  const long before = g_allocations.load();
  evaluate_workers(w, rows.absences(), at, ParameterSet::defaults(), out, 1);
  return g_allocations.load() - before;
}

}  // namespace

TEST_CASE("population pass: a constant number of allocations per call, none per row, whatever the absences") {
  (void)allocations_of_pass(RandomRows(100, 1));  // warm-up: lazily built defaults
  const long small = allocations_of_pass(RandomRows(1'000, 2));
  const long large = allocations_of_pass(RandomRows(20'000, 3));
  MESSAGE("evaluate_workers(): " << small << " allocations for 1,000 rows, " << large << " for 20,000 rows");
  // The index (3 blocks), one thread's scratch (dossier and rule buffers): the same count for any number of rows.
  CHECK(large == small);
  CHECK(large <= 16);
}

TEST_CASE("population: no allocation per row beyond evaluate_worker() itself") {
  std::mt19937_64 rng(5);
  auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
  const std::size_t n = 2000;
  const std::int64_t base = Date::from_ymd(2015, 1, 1).days_since_epoch();
  std::vector<std::int64_t> birth(n), granted(n), first(n), last(n, kNoDate);
  std::vector<std::int64_t> a_worker, a_first, a_last;
  std::vector<std::int32_t> a_reason;
  for (std::size_t i = 0; i < n; ++i) {
    birth[i] = Date::from_ymd(1955, 1, 1).days_since_epoch() + pick(0, 365 * 45);
    granted[i] = pick(0, 9) == 0 ? kNoDate : base + pick(0, 365 * 8);
    first[i] = granted[i] == kNoDate || pick(0, 9) == 0 ? kNoDate : granted[i] + pick(-60, 365 * 6);
    if (first[i] != kNoDate && pick(0, 4) == 0) last[i] = first[i] + pick(30, 365 * 8);
    if (first[i] != kNoDate) {
      for (std::int64_t k = pick(0, 3); k > 0; --k) {
        const std::int64_t f = first[i] + pick(0, 365 * 6);
        a_worker.push_back(static_cast<std::int64_t>(i));
        a_first.push_back(f);
        a_last.push_back(f + pick(0, 120));
        a_reason.push_back(static_cast<std::int32_t>(pick(1, 6)));
      }
    }
  }
  WorkerColumns w;
  w.rows = n;
  w.birth_date = birth.data();
  w.right_granted = granted.data();
  w.employment_first_day = first.data();
  w.employment_last_day = last.data();
  const AbsenceColumns a{a_worker.size(), a_worker.data(), a_first.data(), a_last.data(), a_reason.data()};
  std::vector<std::uint32_t> reason(n);
  std::vector<std::int64_t> t_last(n);
  WorkerResults out;
  out.reason = reason.data();
  out.trajectory_last_day = t_last.data();
  const std::int64_t at = Date::from_ymd(2022, 7, 1).days_since_epoch();
  const ParameterSet& params = ParameterSet::defaults();
  evaluate_workers(w, a, at, params, out, 1);  // warm-up: lazily built defaults, first-use buffers

  const long before_batch = g_allocations.load();
  evaluate_workers(w, a, at, params, out, 1);
  const long batch = g_allocations.load() - before_batch;

  std::vector<WorkerDossier> dossiers;
  dossiers.reserve(n);
  for (std::size_t i = 0; i < n; ++i) dossiers.push_back(dossier_of_row(w, a, i));
  const long before_engine = g_allocations.load();
  for (const WorkerDossier& d : dossiers) (void)evaluate_worker(d, Date::from_days_since_epoch(at), params);
  const long engine = g_allocations.load() - before_engine;

  MESSAGE("batch: " << batch << " allocations for " << n << " rows; evaluate_worker() alone: " << engine);
  CHECK(engine > 0);
  // The batch adds a constant (absence index by worker, the scratch dossier's first growth).
  CHECK(batch <= engine + 64);
}

TEST_CASE("budget: a constant number of allocations per call, none per worker or month (issue 14)") {
  // The same 500 dossiers once and four times over (so every per-thread buffer reaches the same
  // size), priced for 5 years by month, right kind and continuation, with weights, on one thread.
  std::mt19937_64 rng(9);
  auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
  std::vector<WorkerDossier> one;
  for (int i = 0; i < 500; ++i) {
    WorkerDossier d{Date::from_ymd(1958, 1, 1).next_day(), {}, {}, {}, {}, std::nullopt, std::nullopt};
    d.birth_date = Date::from_days_since_epoch(Date::from_ymd(1958, 1, 1).days_since_epoch() + pick(0, 365 * 30));
    const std::int64_t g = Date::from_ymd(2018, 1, 1).days_since_epoch() + pick(0, 365 * 7);
    d.rights.push_back({RightKind::lde, Date::from_days_since_epoch(g)});
    if (pick(0, 4) != 0) d.employment.push_back({"E", Date::from_days_since_epoch(g + pick(0, 300)), std::nullopt});
    if (!d.employment.empty() && pick(0, 2) == 0) {
      const std::int64_t f = d.employment[0].first_day.days_since_epoch() + pick(0, 900);
      d.absences.push_back({Date::from_days_since_epoch(f), Date::from_days_since_epoch(f + pick(20, 90)),
                            AbsenceReason::illness});
    }
    one.push_back(d);
  }
  auto count = [&](int copies) {
    PopulationBuffers buffers;
    for (int c = 0; c < copies; ++c) {
      for (const WorkerDossier& d : one) buffers.add(d);
    }
    const Population pop = buffers.view();
    std::vector<std::int64_t> weights(pop.workers.rows, 1500000);
    BudgetOptions opt;
    opt.first_year = 2024;
    opt.last_year = 2028;
    opt.by = by_year | by_month | by_right_kind | by_continuation;
    opt.weights = weights.data();
    opt.threads = 1;
    const long before = g_allocations.load();
    const Budget b = budget(pop, ParameterSet::defaults(), opt);
    const long used = g_allocations.load() - before;
    CHECK(!b.groups.empty());
    return used;
  };
  (void)count(1);  // warm-up
  const long small = count(1);
  const long large = count(4);
  MESSAGE("budget(): " << small << " allocations for 500 workers x 60 months, " << large << " for 2,000");
  CHECK(large == small);
}
