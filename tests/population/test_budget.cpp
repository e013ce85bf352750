// The monthly compensation of a worker and the population budget (worker.compensation.months,
// lde/population/budget.hpp) against the scalar rule: evaluate_worker() on each month's first
// day and I-14 / I-23 computed here with Rational, on random dossiers with several rights,
// employment periods, absences, competence approvals and transition trajectories, with and
// without a reform that changes the rate inside a month, with and without weights.
#include "lde/core/error.hpp"
#include "lde/population/budget.hpp"
#include "lde/worker/compensation_months.hpp"
#include "lde/worker/status.hpp"

#include <doctest/doctest.h>

#include <map>
#include <random>
#include <tuple>

using namespace lde;
using namespace lde::population;

namespace {

/// A random dossier: 0..2 rights of any kind, 0..3 employment periods (gaps, employers that
/// cannot earn compensation), absences, competence approvals, a transition trajectory with
/// non-cooperation and an external job.
WorkerDossier random_dossier(std::mt19937_64& rng) {
  auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
  auto day = [](std::int64_t n) { return Date::from_days_since_epoch(n); };
  const std::int64_t base = Date::from_ymd(2012, 1, 1).days_since_epoch();
  WorkerDossier d{day(Date::from_ymd(1958, 1, 1).days_since_epoch() + pick(0, 365 * 30)), {}, {}, {}, {}, std::nullopt,
                  std::nullopt};
  if (pick(0, 7) == 0) d.birth_date = Date::from_ymd(static_cast<int>(1960 + 4 * pick(0, 5)), 2, 29);
  const std::int64_t granted = base + pick(0, 365 * 10);
  for (std::int64_t k = pick(0, 2), g = granted; k > 0; --k, g += pick(30, 365 * 4)) {
    d.rights.push_back({static_cast<RightKind>(pick(0, 4) == 0 ? pick(2, 3) : 1), day(g)});
  }
  std::int64_t f = granted + pick(-60, 365 * 2);
  for (std::int64_t k = pick(0, 3); k > 0; --k) {
    Employment e{"E" + std::to_string(pick(0, 2)), day(f), std::nullopt};
    const bool ends = pick(0, 2) != 0 || k > 1;
    if (ends) e.last_day = day(f + pick(0, 365 * 4));
    e.employer_recognised = pick(0, 9) != 0;
    e.employer_contingent_fte = Fte::from_units(pick(0, 9) == 0 ? 0 : pick(1, 50000));
    e.employer_in_brussels = pick(0, 14) == 0;
    d.employment.push_back(e);
    if (!ends) break;
    f = e.last_day->days_since_epoch() + pick(1, 400);
  }
  if (!d.employment.empty()) {
    const std::int64_t start = d.employment.front().first_day.days_since_epoch();
    for (std::int64_t k = pick(0, 3), a = start + pick(0, 365 * 3); k > 0; --k) {
      const std::int64_t len = pick(0, 2) == 0 ? pick(28, 90) : pick(0, 40);
      d.absences.push_back({day(a), day(a + len), static_cast<AbsenceReason>(pick(1, 6))});
      a += len + pick(1, 300);
    }
    if (pick(0, 3) == 0) d.competence_extensions.push_back({static_cast<int>(pick(1, 18)), day(start + pick(0, 365 * 5))});
    if (pick(0, 2) == 0) {
      Doorstroom ds{day(start + pick(365 * 3, 365 * 5)), day(0), std::nullopt, {}};
      ds.last_day = day(ds.first_day.days_since_epoch() + pick(30, 365 * 2));
      if (pick(0, 2) == 0) ds.external_job_found = day(ds.first_day.days_since_epoch() + pick(0, 365 * 4));
      if (pick(0, 1) == 0) {
        const std::int64_t nc = ds.last_day.days_since_epoch() + pick(0, 365 * 2);
        ds.non_cooperation.push_back(Period(day(nc), day(nc + pick(0, 120))));
      }
      d.doorstroom = ds;
    }
  }
  return d;
}

/// The scalar month: evaluate_worker() on the first day, I-23 computed here day by day with Rational.
struct ScalarMonth {
  bool compensated;
  std::int64_t cents;
  int right_kind;
  int continuation;
};
ScalarMonth scalar_month(const WorkerDossier& d, Month month, std::int64_t units, const ParameterSet& params) {
  const WorkerStatus st = evaluate_worker(d, month.first_day(), params);
  ScalarMonth out{st.compensated, 0, st.right.kind ? static_cast<int>(*st.right.kind) : 0,
                  st.in_continuation ? static_cast<int>(st.continuation.kind) : 0};
  if (!st.compensated) return out;
  Rational sum;
  for (Date day = month.first_day(); day <= month.last_day(); day = day.next_day()) {
    const Money rate = params.money("compensation.annual_rate_per_fte", rules_date(day, params));
    sum = sum + rate.as_rational_cents() * Rational(units, 10000);
  }
  out.cents = (sum / Rational(days_in_year(month.year()))).round_half_away();
  return out;
}

/// A reform raising the rate from 17 March 2027 and lowering it from 1 January 2028, and
/// shortening the trajectory from 2026-07-01.
ParameterSet reform() {
  return ParameterSet::defaults()
      .with_value("compensation.annual_rate_per_fte", Date::from_ymd(2027, 3, 17), Money::from_cents(1390000), "test")
      .with_value("compensation.annual_rate_per_fte", Date::from_ymd(2028, 1, 1), Money::from_cents(1250050), "test")
      .with_value("trajectory.length_years", Date::from_ymd(2026, 7, 1), std::int64_t{4}, "test");
}

}  // namespace

TEST_CASE("compensation_months: each month equals evaluate_worker on its first day and I-23 by hand") {
  std::mt19937_64 rng(20261204);
  const ParameterSet r = reform();
  int paid = 0;
  for (const ParameterSet* params : {&ParameterSet::defaults(), &r}) {
    for (int i = 0; i < 150; ++i) {
      const WorkerDossier d = random_dossier(rng);
      const std::int64_t units = std::uniform_int_distribution<std::int64_t>(0, 10000)(rng);
      const auto months = compensation_months(d, 2026, 2028, Fte::from_units(units), *params);
      REQUIRE(months.size() == 36);
      for (const CompensationMonth& m : months) {
        const ScalarMonth s = scalar_month(d, m.month, units, *params);
        CAPTURE(i);
        CAPTURE(m.month.iso());
        CHECK(m.compensated == s.compensated);
        CHECK(m.amount.cents() == s.cents);
        CHECK((m.right_kind ? static_cast<int>(*m.right_kind) : 0) == s.right_kind);
        CHECK(static_cast<int>(m.continuation) == s.continuation);
        paid += m.compensated ? 1 : 0;
      }
    }
  }
  CHECK(paid > 500);  // the sample exercises the rule
}

TEST_CASE("compensation_months: I-14 and I-23 on a worked example, with a trace") {
  const WorkerDossier d{Date::from_ymd(1980, 5, 10), {{RightKind::lde, Date::from_ymd(2025, 12, 1)}},
                        {{"A", Date::from_ymd(2026, 1, 15), std::nullopt}}, {}, {}, std::nullopt, std::nullopt};
  const ParameterSet raised = ParameterSet::defaults().with_value(
      "compensation.annual_rate_per_fte", Date::from_ymd(2026, 3, 1), Money::from_cents(1300000), "test");
  Trace trace;
  const auto months = compensation_months(d, 2026, 2026, Fte::from_units(5000), raised, &trace);
  CHECK_FALSE(months[0].compensated);  // employed from 15 January: not on 1 January
  CHECK(months[0].amount.cents() == 0);
  // February: 12600.00 × 0.5 / 365 × 28 = 483.29
  CHECK(months[1].amount.cents() == 48329);
  // March at 13000.00: 13000 × 0.5 / 365 × 31 = 552.05
  CHECK(months[2].amount.cents() == 55205);
  const ParameterSet mid = ParameterSet::defaults().with_value(
      "compensation.annual_rate_per_fte", Date::from_ymd(2026, 3, 17), Money::from_cents(1300000), "test");
  // I-23: (12600 × 16 + 13000 × 15) × 0.5 / 365 = 543.29
  CHECK(compensation_months(d, 2026, 2026, Fte::from_units(5000), mid)[2].amount.cents() == 54329);
  bool step = false;
  for (const auto& s : trace.steps()) step = step || s.rule == "worker.compensation.months";
  CHECK(step);
}

TEST_CASE("compensation_months: bad input is named") {
  const WorkerDossier d{Date::from_ymd(1980, 5, 10), {}, {}, {}, {}, std::nullopt, std::nullopt};
  auto field = [&](auto&& f) {
    try {
      f();
    } catch (const Error& e) {
      return e.field();
    }
    return std::string("no error");
  };
  CHECK(field([&] { compensation_months(d, 2026, 2025, Fte::from_units(1), ParameterSet::defaults()); }) == "years");
  CHECK(field([&] { compensation_months(d, 2000, 2200, Fte::from_units(1), ParameterSet::defaults()); }) == "years");
  CHECK(field([&] { compensation_months(d, 2026, 2026, Fte::from_units(10001), ParameterSet::defaults()); }) == "fraction");
  const ParameterSet huge = ParameterSet::defaults().with_value(
      "compensation.annual_rate_per_fte", Date::from_ymd(2026, 3, 1), Money::from_cents(100000001), "test");
  CHECK(field([&] { compensation_months(d, 2026, 2026, Fte::from_units(1), huge); }) == "compensation.annual_rate_per_fte");
}

TEST_CASE("budget: equals the sum of the scalar months, grouped, weighted, with and without a reform") {
  std::mt19937_64 rng(77);
  std::vector<WorkerDossier> dossiers;
  std::vector<std::int64_t> fractions, weights;
  for (int i = 0; i < 700; ++i) {
    dossiers.push_back(random_dossier(rng));
    fractions.push_back(std::uniform_int_distribution<std::int64_t>(0, 10000)(rng));
    // integer weights and decimal ones (six decimals), some zero
    weights.push_back(i % 3 == 0 ? std::uniform_int_distribution<std::int64_t>(0, 40)(rng) * kWeightScale
                                 : std::uniform_int_distribution<std::int64_t>(0, 99999999)(rng));
  }
  const ParameterSet r = reform();
  for (const ParameterSet* params : {&ParameterSet::defaults(), &r}) {
    // The scalar months once: (year, quarter, month, kind, continuation) -> sums.
    struct Want {
      Int128 units = 0;
      Int128 weight = 0;
      std::int64_t workers = 0, months = 0;
    };
    std::vector<std::vector<ScalarMonth>> scalar(dossiers.size());
    for (std::size_t i = 0; i < dossiers.size(); ++i) {
      for (int y = 2026; y <= 2028; ++y) {
        for (int m = 1; m <= 12; ++m) scalar[i].push_back(scalar_month(dossiers[i], Month(y, m), fractions[i], *params));
      }
    }
    for (unsigned by : {0u, unsigned{by_year}, unsigned{by_year | by_quarter}, unsigned{by_month},
                        unsigned{by_year | by_month | by_right_kind | by_continuation}, unsigned{by_right_kind}}) {
      for (bool weighted : {false, true}) {
        CAPTURE(by);
        CAPTURE(weighted);
        using Key = std::tuple<int, int, int, int, int>;
        std::map<Key, Want> want;
        std::vector<std::int64_t> want_worker(dossiers.size(), 0);
        for (std::size_t i = 0; i < dossiers.size(); ++i) {
          std::map<Key, bool> seen;
          for (std::size_t k = 0; k < scalar[i].size(); ++k) {
            const ScalarMonth& s = scalar[i][k];
            if (!s.compensated) continue;
            const int year = 2026 + static_cast<int>(k / 12), month = static_cast<int>(k % 12) + 1;
            const Key key{(by & by_year) ? year : 0, (by & (by_quarter | by_month)) ? (month - 1) / 3 + 1 : 0,
                          (by & by_month) ? month : 0, (by & by_right_kind) ? s.right_kind : -1,
                          (by & by_continuation) ? s.continuation : -1};
            const Int128 w = weighted ? Int128(weights[i]) : Int128(kWeightScale);
            Want& g = want[key];
            g.units += w * Int128(s.cents);
            ++g.months;
            if (!seen[key]) {
              seen[key] = true;
              g.weight += w;
              ++g.workers;
            }
            want_worker[i] += s.cents;
          }
        }
        std::vector<std::int64_t> worker_cents(dossiers.size(), -1);
        BudgetOptions opt;
        opt.first_year = 2026;
        opt.last_year = 2028;
        opt.by = by;
        opt.fractions = fractions.data();
        opt.weights = weighted ? weights.data() : nullptr;
        opt.worker_cents = worker_cents.data();
        opt.threads = 3;
        const Budget b = budget(std::span<const WorkerDossier>(dossiers), *params, opt);
        CHECK(worker_cents == want_worker);
        std::size_t nonzero = 0;
        for (const BudgetGroup& g : b.groups) {
          const Key key{g.year, g.quarter, g.month, g.right_kind, g.continuation};
          const Want w = want.count(key) ? want[key] : Want{};
          nonzero += want.count(key);
          CHECK(g.amount_units == w.units);
          const Int128 q = w.units / Int128(kWeightScale), rem = w.units % Int128(kWeightScale);
          CHECK(g.amount_cents == static_cast<std::int64_t>(rem * 2 >= Int128(kWeightScale) ? q + 1 : q));
          CHECK(g.weight_units == w.weight);
          CHECK(g.workers == w.workers);
          CHECK(g.worker_months == w.months);
        }
        CHECK(nonzero == want.size());  // every group with money is published
        // One thread gives the same groups.
        opt.threads = 1;
        opt.worker_cents = nullptr;
        const Budget one = budget(std::span<const WorkerDossier>(dossiers), *params, opt);
        REQUIRE(one.groups.size() == b.groups.size());
        for (std::size_t g = 0; g < b.groups.size(); ++g) CHECK(one.groups[g].amount_units == b.groups[g].amount_units);
      }
    }
  }
}

TEST_CASE("budget: time groups are all present, FTE figures are exact, progress is reported, bad options are named") {
  const WorkerDossier d{Date::from_ymd(1980, 5, 10), {{RightKind::lde, Date::from_ymd(2025, 12, 1)}},
                        {{"A", Date::from_ymd(2026, 2, 1), std::nullopt}}, {}, {}, std::nullopt, std::nullopt};
  std::vector<WorkerDossier> ds(600, d);
  BudgetOptions opt;
  opt.first_year = 2025;
  opt.last_year = 2026;
  opt.fraction_units = 5000;
  std::size_t last = 0;
  opt.progress = [&](std::size_t done) { last = done; };
  opt.threads = 2;
  const Budget b = budget(std::span<const WorkerDossier>(ds), ParameterSet::defaults(), opt);
  CHECK(last == 600);
  REQUIRE(b.groups.size() == 2);
  CHECK(b.groups[0].year == 2025);
  CHECK(b.groups[0].amount_cents == 0);
  CHECK(b.groups[1].workers == 600);
  CHECK(b.groups[1].worker_months == 600 * 11);
  // 0.5 FTE × 334 days (February .. December 2026) per worker, weight 1.
  CHECK(b.groups[1].fte_day_units == Int128(600) * 5000 * 334 * kWeightScale);
  CHECK(b.groups[1].fte_year_units == Int128(600) * 5000 * 334 * kWeightScale * (kYearUnits / 365));
  // Each month 12600 × 0.5 / 365 × days, rounded once per worker and month.
  std::int64_t per_worker = 0;
  for (int m = 2; m <= 12; ++m) per_worker += (Rational(std::int64_t{1260000} * 5000) * Rational(days_in_month(2026, m)) / Rational(10000 * 365)).round_half_away();
  CHECK(b.groups[1].amount_cents == 600 * per_worker);

  auto field = [&](BudgetOptions o) {
    try {
      budget(std::span<const WorkerDossier>(ds), ParameterSet::defaults(), o);
    } catch (const Error& e) {
      return e.field();
    }
    return std::string("no error");
  };
  BudgetOptions bad = opt;
  bad.progress = nullptr;
  std::vector<std::int64_t> fr(600, 10000), w(600, kWeightScale);
  fr[17] = 10001;
  w[5] = -1;
  bad.fractions = fr.data();
  CHECK(field(bad) == "fractions[17]");
  bad.fractions = nullptr;
  bad.weights = w.data();
  CHECK(field(bad) == "weights[5]");
  bad.weights = nullptr;
  bad.by = 64;
  CHECK(field(bad) == "by");
  bad.by = by_year;
  bad.threads = 5000;
  CHECK(field(bad) == "threads");
  bad.threads = 0;
  std::vector<WorkerDossier> broken = ds;
  broken[300].employment[0].first_day = Date::from_ymd(1970, 1, 1);  // before birth
  try {
    budget(std::span<const WorkerDossier>(broken), ParameterSet::defaults(), bad);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.field().rfind("dossiers[300].employment[0]", 0) == 0);
  }
  // A progress callback that throws stops the run.
  bad.progress = [](std::size_t) { throw std::runtime_error("interrupted"); };
  bad.threads = 2;
  CHECK_THROWS_AS(budget(std::span<const WorkerDossier>(ds), ParameterSet::defaults(), bad), std::runtime_error);
}

TEST_CASE("budget: the population tables give the budget of their dossiers; errors name the table row") {
  std::mt19937_64 rng(4242);
  std::vector<WorkerDossier> dossiers;
  PopulationBuffers buffers;
  for (int i = 0; i < 900; ++i) {
    dossiers.push_back(random_dossier(rng));
    buffers.add(dossiers.back());
  }
  const Population pop = buffers.view();
  const ParameterSet r = reform();
  std::vector<std::int64_t> weights(dossiers.size());
  for (std::size_t i = 0; i < weights.size(); ++i) weights[i] = static_cast<std::int64_t>(i % 11) * 250000;
  for (const ParameterSet* params : {&ParameterSet::defaults(), &r}) {
    BudgetOptions opt;
    opt.first_year = 2024;
    opt.last_year = 2029;
    opt.by = by_year | by_month | by_right_kind | by_continuation;
    opt.weights = weights.data();
    opt.fraction_units = 8000;
    std::vector<std::int64_t> a(dossiers.size()), b(dossiers.size());
    opt.worker_cents = a.data();
    const Budget from_tables = budget(pop, *params, opt);
    opt.worker_cents = b.data();
    const Budget from_dossiers = budget(std::span<const WorkerDossier>(dossiers), *params, opt);
    CHECK(a == b);
    REQUIRE(from_tables.groups.size() == from_dossiers.groups.size());
    for (std::size_t g = 0; g < from_tables.groups.size(); ++g) {
      CHECK(from_tables.groups[g].amount_units == from_dossiers.groups[g].amount_units);
      CHECK(from_tables.groups[g].weight_units == from_dossiers.groups[g].weight_units);
      CHECK(from_tables.groups[g].fte_year_units == from_dossiers.groups[g].fte_year_units);
    }
  }
  // A bad row is named by its table row.
  std::vector<std::int64_t> birth(pop.workers.birth_date, pop.workers.birth_date + pop.workers.rows);
  Population broken = pop;
  birth[5] = Date::from_ymd(2030, 1, 1).days_since_epoch();  // born after the rights and employment
  broken.workers.birth_date = birth.data();
  BudgetOptions opt;
  opt.first_year = 2026;
  opt.last_year = 2026;
  try {
    budget(broken, ParameterSet::defaults(), opt);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.field().find('[') != std::string::npos);
    CHECK(e.field().find("dossiers") == std::string::npos);
  }
  // A bad cell keeps its own table row (fill_dossier names it).
  REQUIRE(pop.rights.rows > 10);
  std::vector<std::int32_t> kinds(pop.rights.rows, 1);
  kinds[7] = 9;
  Population bad_kind = pop;
  bad_kind.rights.kind = kinds.data();
  try {
    budget(bad_kind, ParameterSet::defaults(), opt);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.field() == "rights[7].kind");
  }
}

TEST_CASE("enterprise_budget: the registrations of one employer capped at its contingent (I-14, I-15)") {
  // Three full-time workers of employer A (contingent 1.50 FTE) compensated all of 2026, one of B.
  PopulationBuffers buffers;
  for (int i = 0; i < 4; ++i) {
    Employment e{i < 3 ? "A" : "B", Date::from_ymd(2025, 6, 1), std::nullopt};
    e.employer_contingent_fte = Fte::from_units(i < 3 ? 15000 : 20000);
    buffers.add(WorkerDossier{Date::from_ymd(1980, 1, 1), {{RightKind::lde, Date::from_ymd(2025, 1, 1)}}, {e}, {}, {},
                              std::nullopt, std::nullopt});
  }
  const Population pop = buffers.view();
  BudgetOptions opt;
  opt.first_year = 2026;
  opt.last_year = 2026;
  const auto rows = enterprise_budget(pop, ParameterSet::defaults(), opt);
  REQUIRE(rows.size() == 2);
  CHECK(rows[0].employer == "A");
  CHECK(rows[0].worker_level_cents == 3 * 1260004);  // 12 months each rounded once, per worker
  // Each quarter: 12600.00 × min(3.00, 1.50) / 365 × days: 4660.27 + 4712.05 + 4763.84 + 4763.84.
  CHECK(rows[0].schedule.total_rights.cents() == 1890000);
  CHECK(rows[0].schedule.settlements[0].right.cents() == 466027);
  CHECK(rows[0].schedule.settlements[0].capped_fte == Fte::from_units(15000));
  CHECK(rows[1].employer == "B");
  CHECK(rows[1].worker_level_cents == 1260004);
  CHECK(rows[1].schedule.total_rights.cents() == 1260000);  // 1.00 FTE under its 2.00 contingent
  std::vector<std::int64_t> w(4, kWeightScale);
  opt.weights = w.data();
  CHECK_THROWS_AS(enterprise_budget(pop, ParameterSet::defaults(), opt), Error);
}
