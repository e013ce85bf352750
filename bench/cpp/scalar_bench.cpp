// Benchmark of the rule core (not a test; docs/performance.md). Built with
// -DLDE_BUILD_BENCH=ON as `lde_scalar_bench`; bench/core.py runs it.
//
//   lde_scalar_bench [--rows N] [--repeats R] [--seed S]
//       side by side, interleaved repeats, min and median:
//       - a pass that only reads every input column (the floor),
//       - the population pass (evaluate_workers) on 1 and 2 threads, and its
//         multiple of the read-only pass,
//       - the population pass with 0, 1, 5 and 20 absences per employed worker,
//       - one scalar decision (evaluate_worker on a prebuilt dossier), trace off and on,
//       - heap allocations per worker (a counting operator new in this program).
//   lde_scalar_bench --callgrind N [--absences K]
//       one population pass over N rows on 1 thread and nothing else, for
//       `valgrind --tool=callgrind`: instructions per worker are the difference
//       of two runs divided by the difference of their rows (bench/core.py).
//
// The population follows the distribution of lde.synthetic.population (the
// same shares of right kinds, employment, competence extensions, transition
// trajectories, Poisson(0.6) absences per employed worker over 6 years), drawn
// with its own generator, so not the same rows.
#include "lde/core/parameters.hpp"
#include "lde/population/population.hpp"
#include "lde/population/tables.hpp"
#include "lde/worker/status.hpp"
#include "lde/io/json.hpp"
#include "lde/io/cases.hpp"
#if defined(LDE_BENCH_C_ABI)
#include "lde/lde.h"
#endif

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <functional>
#include <new>
#include <random>
#include <string>
#include <vector>

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

using namespace lde;
using namespace lde::population;

namespace {

using Clock = std::chrono::steady_clock;

/// A synthetic population in columns.
struct Synthetic {
  std::vector<std::int64_t> birth, granted, first, last, contingent, approved, ds_first, ds_last, job;
  std::vector<std::int32_t> kind, months;
  std::vector<std::uint8_t> recognised, brussels;
  std::vector<std::int64_t> a_worker, a_first, a_last;
  std::vector<std::int32_t> a_reason;

  /// @p absences < 0: Poisson(0.6) per employed worker; otherwise exactly that many.
  Synthetic(std::size_t n, std::uint64_t seed, int absences) {
    std::mt19937_64 rng(seed);
    auto uniform = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
    auto chance = [&](double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; };
    std::poisson_distribution<int> poisson(0.6);
    const auto day = [](int y, int m, int d) { return Date::from_ymd(y, m, d).days_since_epoch(); };
    birth.resize(n);
    granted.resize(n);
    first.resize(n);
    last.resize(n);
    contingent.resize(n);
    approved.resize(n);
    ds_first.resize(n);
    ds_last.resize(n);
    job.resize(n);
    kind.resize(n);
    months.resize(n);
    recognised.resize(n);
    brussels.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      birth[i] = uniform(day(1961, 1, 1), day(2005, 12, 31));
      const double k = std::uniform_real_distribution<double>(0, 1)(rng);
      kind[i] = k < 0.92 ? 1 : k < 0.97 ? 2 : 3;
      const bool has_right = !chance(0.03);
      granted[i] = has_right ? uniform(day(2015, 6, 1), day(2025, 12, 31)) : kNoDate;
      const bool employed = has_right && chance(0.92);
      first[i] = employed ? granted[i] + uniform(0, 400) : kNoDate;
      last[i] = employed && chance(0.15) ? first[i] + uniform(200, 2500) : kNoDate;
      recognised[i] = chance(0.98) ? 1 : 0;
      brussels[i] = chance(0.01) ? 1 : 0;
      contingent[i] = 10000 * uniform(1, 40);
      const bool comp = employed && chance(0.05);
      months[i] = comp ? static_cast<std::int32_t>(uniform(3, 15)) : 0;
      approved[i] = comp ? first[i] + uniform(1277, 1642) : kNoDate;
      const bool ds = employed && chance(0.20);
      ds_first[i] = ds ? first[i] + uniform(1460, 1642) : kNoDate;
      ds_last[i] = ds ? ds_first[i] + uniform(182, 365) : kNoDate;
      job[i] = ds && chance(0.40) ? ds_first[i] + uniform(0, 181) : kNoDate;
      if (!employed) continue;
      const int count = absences < 0 ? poisson(rng) : absences;
      for (int a = 0; a < count; ++a) {
        const std::int64_t start = first[i] + uniform(0, 6 * 365);
        a_worker.push_back(static_cast<std::int64_t>(i));
        a_first.push_back(start);
        a_last.push_back(start + (chance(0.3) ? uniform(30, 200) : uniform(0, 29)));
        a_reason.push_back(static_cast<std::int32_t>(uniform(1, 6)));
      }
    }
  }
  std::size_t rows() const { return birth.size(); }
  WorkerColumns columns() const {
    WorkerColumns w;
    w.rows = rows();
    w.birth_date = birth.data();
    w.right_kind = kind.data();
    w.right_granted = granted.data();
    w.employment_first_day = first.data();
    w.employment_last_day = last.data();
    w.employer_recognised = recognised.data();
    w.employer_contingent_units = contingent.data();
    w.employer_in_brussels = brussels.data();
    w.competence_months = months.data();
    w.competence_approved = approved.data();
    w.doorstroom_first_day = ds_first.data();
    w.doorstroom_last_day = ds_last.data();
    w.external_job_found = job.data();
    return w;
  }
  AbsenceColumns absences() const { return {a_worker.size(), a_worker.data(), a_first.data(), a_last.data(), a_reason.data()}; }
};

/// The same population as tables (lde/population/tables.hpp): one right, at most one employment
/// period and so on per worker, the lists in long tables with a worker column.
struct SyntheticTables {
  std::vector<std::int64_t> r_worker, r_granted, e_worker, e_first, e_last, e_contingent, c_worker, c_approved, d_worker,
      d_first, d_last, d_job;
  std::vector<std::int32_t> r_kind, c_months;
  std::vector<std::uint8_t> e_recognised, e_brussels;
  const Synthetic* s;
  explicit SyntheticTables(const Synthetic& p) : s(&p) {
    for (std::size_t i = 0; i < p.rows(); ++i) {
      const auto w = static_cast<std::int64_t>(i);
      if (p.granted[i] != kNoDate) {
        r_worker.push_back(w);
        r_kind.push_back(p.kind[i]);
        r_granted.push_back(p.granted[i]);
      }
      if (p.first[i] != kNoDate) {
        e_worker.push_back(w);
        e_first.push_back(p.first[i]);
        e_last.push_back(p.last[i]);
        e_recognised.push_back(p.recognised[i]);
        e_contingent.push_back(p.contingent[i]);
        e_brussels.push_back(p.brussels[i]);
      }
      if (p.months[i] > 0) {
        c_worker.push_back(w);
        c_months.push_back(p.months[i]);
        c_approved.push_back(p.approved[i]);
      }
      if (p.ds_first[i] != kNoDate) {
        d_worker.push_back(w);
        d_first.push_back(p.ds_first[i]);
        d_last.push_back(p.ds_last[i]);
        d_job.push_back(p.job[i]);
      }
    }
  }
  lde::population::Population view() const {
    lde::population::Population t;
    t.workers = {s->rows(), s->birth.data(), nullptr, nullptr};
    t.rights = {r_worker.size(), r_worker.data(), r_kind.data(), r_granted.data()};
    t.employment = {e_worker.size(), e_worker.data(), nullptr, e_first.data(), e_last.data(), e_recognised.data(),
                    e_contingent.data(), e_brussels.data()};
    t.absences = {s->a_worker.size(), s->a_worker.data(), s->a_first.data(), s->a_last.data(), s->a_reason.data()};
    t.competence_extensions = {c_worker.size(), c_worker.data(), c_months.data(), c_approved.data()};
    t.doorstroom = {d_worker.size(), d_worker.data(), d_first.data(), d_last.data(), d_job.data()};
    return t;
  }
};

/// Every output column, allocated once.
struct Outputs {
  std::vector<std::int32_t> kind, months, cont;
  std::vector<std::uint8_t> valid, eligible, in_t, in_c, comp;
  std::vector<std::int64_t> r_last, t_first, t_last, ext;
  std::vector<std::uint32_t> reason;
  explicit Outputs(std::size_t n)
      : kind(n), months(n), cont(n), valid(n), eligible(n), in_t(n), in_c(n), comp(n), r_last(n), t_first(n),
        t_last(n), ext(n), reason(n) {}
  WorkerResults results() {
    return {kind.data(), valid.data(), r_last.data(), eligible.data(), t_first.data(), t_last.data(), ext.data(),
            months.data(), cont.data(), in_t.data(), in_c.data(), comp.data(), reason.data()};
  }
  PopulationResults table_results() {
    PopulationResults r;
    static_cast<WorkerResults&>(r) = results();
    return r;
  }
};

/// The floor: one pass that reads every input column the population pass reads, and nothing else.
std::uint64_t read_only_pass(const Synthetic& p) {
  std::uint64_t sum = 0;
  const std::size_t n = p.rows();
  for (std::size_t i = 0; i < n; ++i) {
    sum += static_cast<std::uint64_t>(p.birth[i] ^ p.granted[i] ^ p.first[i] ^ p.last[i] ^ p.contingent[i] ^
                                      p.approved[i] ^ p.ds_first[i] ^ p.ds_last[i] ^ p.job[i]) +
           static_cast<std::uint64_t>(p.kind[i] + p.months[i] + p.recognised[i] + p.brussels[i]);
  }
  for (std::size_t j = 0; j < p.a_worker.size(); ++j) {
    sum += static_cast<std::uint64_t>(p.a_worker[j] ^ p.a_first[j] ^ p.a_last[j]) + static_cast<std::uint64_t>(p.a_reason[j]);
  }
  return sum;
}

double seconds_of(const std::function<void()>& f) {
  const auto t0 = Clock::now();
  f();
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

struct Stat {
  double min, median;
};
Stat stat(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return {v.front(), v[v.size() / 2]};
}

const std::int64_t kAt = Date::from_ymd(2026, 6, 30).days_since_epoch();

int callgrind(std::size_t n, int absences) {
  const Synthetic p(n, 1, absences);
  Outputs out(n);
  evaluate_workers(p.columns(), p.absences(), kAt, ParameterSet::defaults(), out.results(), 1);
  std::printf("%zu rows, %zu absences, compensated %ld\n", n, p.a_worker.size(),
              static_cast<long>(std::count(out.comp.begin(), out.comp.end(), 1)));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t rows = 1'000'000;
  int repeats = 7;
  std::uint64_t seed = 1;
  long callgrind_rows = -1;
  int absences = -1;
  const char* dossiers_json = nullptr;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> const char* {
      if (i + 1 >= argc) {
        std::fprintf(stderr, "%s needs a value\n", a.c_str());
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--rows") rows = std::strtoul(next(), nullptr, 10);
    else if (a == "--repeats") repeats = std::atoi(next());
    else if (a == "--seed") seed = std::strtoull(next(), nullptr, 10);
    else if (a == "--callgrind") callgrind_rows = std::atol(next());
    else if (a == "--absences") absences = std::atoi(next());
    else if (a == "--dossiers-json") dossiers_json = next();
    else {
      std::fprintf(stderr, "unknown option %s (see the comment at the top of bench/cpp/scalar_bench.cpp)\n", a.c_str());
      return 2;
    }
  }
  const ParameterSet& params = ParameterSet::defaults();
  if (callgrind_rows >= 0) return callgrind(static_cast<std::size_t>(callgrind_rows), absences);
  if (dossiers_json != nullptr) {
    // bench/core.py: evaluate_worker on the dossiers of a JSON array (the ones Python times), ns per call.
    std::ifstream in(dossiers_json, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::vector<WorkerDossier> ds;
    for (std::size_t k = 0;; ++k) {
      const auto one = io::value_at(text, "[" + std::to_string(k) + "]");
      if (!one) break;
      ds.push_back(io::parse_worker(*one));
    }
    const Date at = Date::from_ymd(2026, 6, 30);
    double best = 1e300;
    for (int r = 0; r < 3; ++r)
      best = std::min(best, seconds_of([&] {
        for (const auto& d : ds) (void)evaluate_worker(d, at, params, nullptr);
      }));
    std::printf("%.1f ns per call over %zu dossiers\n", best * 1e9 / static_cast<double>(ds.size()), ds.size());
    return 0;
  }

  const Synthetic pop(rows, seed, -1);
  Outputs out(rows);
  std::printf("population: %zu workers, %zu absences (%.2f per worker), at 2026-06-30, %d interleaved repeats\n", rows,
              pop.a_worker.size(), static_cast<double>(pop.a_worker.size()) / static_cast<double>(rows), repeats);

  // ---- throughput, side by side -------------------------------------------
  std::vector<double> t_read, t_one, t_two, t_tables;
  volatile std::uint64_t sink = 0;
  const SyntheticTables tables(pop);
  const lde::population::Population table_view = tables.view();
  Outputs table_out(rows);
  evaluate_workers(pop.columns(), pop.absences(), kAt, params, out.results(), 1);  // warm-up
  evaluate_population(table_view, kAt, params, table_out.table_results(), 1);
  for (int r = 0; r < repeats; ++r) {
    t_read.push_back(seconds_of([&] { sink = sink + read_only_pass(pop); }));
    t_one.push_back(seconds_of([&] { evaluate_workers(pop.columns(), pop.absences(), kAt, params, out.results(), 1); }));
    t_two.push_back(seconds_of([&] { evaluate_workers(pop.columns(), pop.absences(), kAt, params, out.results(), 2); }));
    t_tables.push_back(seconds_of([&] { evaluate_population(table_view, kAt, params, table_out.table_results(), 1); }));
  }
  if (table_out.comp != out.comp || table_out.t_last != out.t_last || table_out.reason != out.reason) {
    std::fprintf(stderr, "the tables and the one-spell columns disagree\n");
    return 1;
  }
  const Stat read = stat(t_read), one = stat(t_one), two = stat(t_two), tab = stat(t_tables);
  const double n = static_cast<double>(rows);
  std::printf("\n%-34s %10s %10s %14s %12s\n", "pass", "min s", "median s", "workers/s", "x read-only");
  std::printf("%-34s %10.4f %10.4f %14.0f %12s\n", "read every input column", read.min, read.median, n / read.min, "1.0");
  std::printf("%-34s %10.4f %10.4f %14.0f %8.1f/%.1f\n", "population pass, 1 thread", one.min, one.median, n / one.min,
              one.min / read.min, one.median / read.median);
  std::printf("%-34s %10.4f %10.4f %14.0f %8.1f/%.1f\n", "population pass, 2 threads", two.min, two.median, n / two.min,
              two.min / read.min, two.median / read.median);
  std::printf("%-34s %10.4f %10.4f %14.0f %8.1f/%.1f\n", "same population as tables, 1 thread", tab.min, tab.median,
              n / tab.min, tab.min / read.min, tab.median / read.median);
  std::printf("2 threads / 1 thread: %.2fx (min), %.2fx (median); tables / one-spell columns: %.2fx (min), %.2fx (median)\n",
              one.min / two.min, one.median / two.median, tab.min / one.min, tab.median / one.median);

  // ---- allocations ---------------------------------------------------------
  long before = g_allocations.load();
  evaluate_workers(pop.columns(), pop.absences(), kAt, params, out.results(), 1);
  const long pass_allocs = g_allocations.load() - before;
  before = g_allocations.load();
  evaluate_population(table_view, kAt, params, table_out.table_results(), 1);
  const long table_allocs = g_allocations.load() - before;

  const std::size_t sample = std::min<std::size_t>(rows, 20000);
  std::vector<WorkerDossier> dossiers;
  dossiers.reserve(sample);
  const AbsenceIndex index(pop.absences(), rows);
  for (std::size_t i = 0; i < sample; ++i) dossiers.push_back(dossier_of_row(pop.columns(), pop.absences(), index, i));
  const Date at = Date::from_days_since_epoch(kAt);
  before = g_allocations.load();
  for (const auto& d : dossiers) (void)evaluate_worker(d, at, params, nullptr);
  const long scalar_allocs = g_allocations.load() - before;
  std::size_t with_abs = 0, abs_rows = 0;
  long abs_allocs = 0;
  for (const auto& d : dossiers) {
    if (d.absences.empty()) continue;
    ++with_abs;
    abs_rows += d.absences.size();
    before = g_allocations.load();
    (void)evaluate_worker(d, at, params, nullptr);
    abs_allocs += g_allocations.load() - before;
  }
  std::printf("\nheap allocations: tables pass %ld per call (%.4f per worker)\n", table_allocs,
              static_cast<double>(table_allocs) / n);
  std::printf("heap allocations: population pass %ld per call (%.4f per worker); evaluate_worker, trace off: %.2f per "
              "worker (%.2f per worker with absences, %.2f absences each)\n",
              pass_allocs, static_cast<double>(pass_allocs) / n, static_cast<double>(scalar_allocs) / static_cast<double>(sample),
              with_abs ? static_cast<double>(abs_allocs) / static_cast<double>(with_abs) : 0.0,
              with_abs ? static_cast<double>(abs_rows) / static_cast<double>(with_abs) : 0.0);

  // ---- scalar decision -----------------------------------------------------
  std::vector<double> t_off, t_on;
  for (int r = 0; r < repeats; ++r) {
    t_off.push_back(seconds_of([&] {
      for (const auto& d : dossiers) (void)evaluate_worker(d, at, params, nullptr);
    }));
    t_on.push_back(seconds_of([&] {
      for (const auto& d : dossiers) {
        Trace trace;
        (void)evaluate_worker(d, at, params, &trace);
      }
    }));
  }
  const double ns = 1e9 / static_cast<double>(sample);
  const Stat off = stat(t_off), on = stat(t_on);
  std::printf("evaluate_worker on a prebuilt dossier: trace off %.0f / %.0f ns, trace on %.0f / %.0f ns (min / median)\n",
              off.min * ns, off.median * ns, on.min * ns, on.median * ns);

#if defined(LDE_BENCH_C_ABI)
  // ---- one decision through the C ABI ---------------------------------------
  {
    // Prebuilt: the same dossiers as C handles (read from their JSON once). Built with the setters:
    // the handle made from the dossier's fields with lde_worker_new/add_* and evaluated, next to
    // the C++ dossier made from the same fields and evaluated.
    auto cdate = [](const Date& d) { return lde_date{d.year(), d.month(), d.day()}; };
    std::vector<lde_worker*> handles;
    for (const auto& d : dossiers) {
      lde_worker* w = nullptr;
      if (lde_worker_from_json(io::to_json(d).c_str(), &w) != LDE_OK) return 1;
      handles.push_back(w);
    }
    const lde_date cat = cdate(at);
    auto build_c = [&](const WorkerDossier& d) {
      lde_worker* w = nullptr;
      lde_worker_new(cdate(d.birth_date), &w);
      for (const auto& r : d.rights) lde_worker_add_right(w, static_cast<lde_right_kind>(r.kind), cdate(r.granted));
      for (const auto& e : d.employment) {
        lde_employment job = LDE_EMPLOYMENT_INIT;
        job.employer = e.employer.c_str();
        job.first_day = cdate(e.first_day);
        if (e.last_day) job.last_day = cdate(*e.last_day);
        job.employer_recognised = e.employer_recognised;
        job.employer_in_brussels = e.employer_in_brussels;
        job.employer_contingent_units = e.employer_contingent_fte.units();
        lde_worker_add_employment(w, &job);
      }
      for (const auto& a : d.absences)
        lde_worker_add_absence(w, cdate(a.first_day), cdate(a.last_day), static_cast<lde_absence_reason>(a.reason));
      for (const auto& c : d.competence_extensions) lde_worker_add_competence_extension(w, c.months, cdate(c.approved));
      if (d.doorstroom)
        lde_worker_set_doorstroom(w, cdate(d.doorstroom->first_day), cdate(d.doorstroom->last_day),
                                  d.doorstroom->external_job_found ? cdate(*d.doorstroom->external_job_found) : lde_date{0, 0, 0});
      return w;
    };
    auto build_cpp = [&](const WorkerDossier& d) {
      WorkerDossier x{d.birth_date, {}, {}, {}, {}, std::nullopt, std::nullopt};
      for (const auto& r : d.rights) x.rights.push_back(r);
      for (const auto& e : d.employment) x.employment.push_back(e);
      for (const auto& a : d.absences) x.absences.push_back(a);
      for (const auto& c : d.competence_extensions) x.competence_extensions.push_back(c);
      x.doorstroom = d.doorstroom;
      return x;
    };
    std::vector<double> t_cpp, t_c, t_cpp_built, t_c_built;
    long failures = 0;
    for (int r = 0; r < repeats; ++r) {
      t_cpp.push_back(seconds_of([&] {
        for (const auto& d : dossiers) (void)evaluate_worker(d, at, params, nullptr);
      }));
      t_c.push_back(seconds_of([&] {
        for (lde_worker* w : handles) {
          lde_decision* dec = nullptr;
          failures += lde_evaluate_worker(nullptr, w, cat, 0, &dec) != LDE_OK;
          lde_decision_free(dec);
        }
      }));
      t_cpp_built.push_back(seconds_of([&] {
        for (const auto& d : dossiers) (void)evaluate_worker(build_cpp(d), at, params, nullptr);
      }));
      t_c_built.push_back(seconds_of([&] {
        for (const auto& d : dossiers) {
          lde_worker* w = build_c(d);
          lde_decision* dec = nullptr;
          failures += lde_evaluate_worker(nullptr, w, cat, 0, &dec) != LDE_OK;
          lde_decision_free(dec);
          lde_worker_free(w);
        }
      }));
    }
    for (lde_worker* w : handles) lde_worker_free(w);
    if (failures != 0) {
      std::fprintf(stderr, "%ld C ABI evaluations failed\n", failures);
      return 1;
    }
    const Stat cpp = stat(t_cpp), c = stat(t_c), cppb = stat(t_cpp_built), cb = stat(t_c_built);
    std::printf("\none decision, trace off, ns per worker (min / median)       C++ call     C ABI   C ABI / C++\n");
    std::printf("%-56s %5.0f/%-5.0f %5.0f/%-5.0f %5.2f/%.2f\n", "prebuilt dossier", cpp.min * ns, cpp.median * ns, c.min * ns,
                c.median * ns, c.min / cpp.min, c.median / cpp.median);
    std::printf("%-56s %5.0f/%-5.0f %5.0f/%-5.0f %5.2f/%.2f\n", "dossier built (C++ struct / C setters) and evaluated",
                cppb.min * ns, cppb.median * ns, cb.min * ns, cb.median * ns, cb.min / cppb.min, cb.median / cppb.median);
  }
#endif

  // ---- absences per worker -------------------------------------------------
  const std::size_t arows = std::min<std::size_t>(rows, 200000);
  std::printf("\n%-28s %12s %14s\n", "absences per employed worker", "ns/worker", "x 0 absences");
  double base = 0;
  for (int k : {0, 1, 5, 20}) {
    const Synthetic p(arows, seed, k);
    Outputs o(arows);
    std::vector<double> t;
    for (int r = 0; r < std::max(3, repeats / 2); ++r) {
      t.push_back(seconds_of([&] { evaluate_workers(p.columns(), p.absences(), kAt, params, o.results(), 1); }));
    }
    const double per = stat(t).min * 1e9 / static_cast<double>(arows);
    if (k == 0) base = per;
    std::printf("%-28d %12.0f %14.2f\n", k, per, per / base);
  }
  return sink == 42 ? 1 : 0;
}
