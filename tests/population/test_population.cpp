// Population evaluation: columns in, columns out, equal to evaluate_worker() row by row.
#include "lde/core/error.hpp"
#include "lde/population/population.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <functional>
#include <random>
#include <string>
#include <vector>

using namespace lde;
using namespace lde::population;

namespace {

std::int64_t day(const char* iso) { return Date::parse(iso).days_since_epoch(); }

/// A small population with owned columns.
struct Pop {
  std::vector<std::int64_t> birth, granted, first, last, approved, ds_first, ds_last, job, contingent;
  std::vector<std::int32_t> kind, months;
  std::vector<std::uint8_t> recognised, brussels;
  std::vector<std::int64_t> a_worker, a_first, a_last;
  std::vector<std::int32_t> a_reason;

  void add(const char* b, const char* g, const char* f, std::int64_t l = kNoDate) {
    birth.push_back(day(b));
    granted.push_back(g ? day(g) : kNoDate);
    first.push_back(f ? day(f) : kNoDate);
    last.push_back(l);
    approved.push_back(kNoDate);
    ds_first.push_back(kNoDate);
    ds_last.push_back(kNoDate);
    job.push_back(kNoDate);
    contingent.push_back(10000);
    kind.push_back(1);
    months.push_back(0);
    recognised.push_back(1);
    brussels.push_back(0);
  }
  void absence(std::int64_t w, const char* f, const char* l, AbsenceReason r) {
    a_worker.push_back(w);
    a_first.push_back(day(f));
    a_last.push_back(day(l));
    a_reason.push_back(static_cast<std::int32_t>(r));
  }
  WorkerColumns columns() const {
    WorkerColumns c;
    c.rows = birth.size();
    c.birth_date = birth.data();
    c.right_kind = kind.data();
    c.right_granted = granted.data();
    c.employment_first_day = first.data();
    c.employment_last_day = last.data();
    c.employer_recognised = recognised.data();
    c.employer_contingent_units = contingent.data();
    c.employer_in_brussels = brussels.data();
    c.competence_months = months.data();
    c.competence_approved = approved.data();
    c.doorstroom_first_day = ds_first.data();
    c.doorstroom_last_day = ds_last.data();
    c.external_job_found = job.data();
    return c;
  }
  AbsenceColumns absences() const {
    return AbsenceColumns{.rows = a_worker.size(),
                          .worker = a_worker.data(),
                          .first_day = a_first.data(),
                          .last_day = a_last.data(),
                          .reason = a_reason.data()};
  }
};

struct Out {
  explicit Out(std::size_t n)
      : kind(n), valid(n), right_last(n), eligible(n), t_first(n), t_last(n), ext(n), comp(n), cont(n), in_t(n),
        in_c(n), paid(n), reason(n) {}
  std::vector<std::int32_t> kind;
  std::vector<std::uint8_t> valid;
  std::vector<std::int64_t> right_last;
  std::vector<std::uint8_t> eligible;
  std::vector<std::int64_t> t_first, t_last, ext;
  std::vector<std::int32_t> comp, cont;
  std::vector<std::uint8_t> in_t, in_c, paid;
  std::vector<std::uint32_t> reason;
  WorkerResults results() {
    return WorkerResults{.right_kind = kind.data(),
                         .right_valid = valid.data(),
                         .right_last_day = right_last.data(),
                         .hiring_eligible = eligible.data(),
                         .trajectory_first_day = t_first.data(),
                         .trajectory_last_day = t_last.data(),
                         .absence_extension_days = ext.data(),
                         .competence_extension_months = comp.data(),
                         .continuation = cont.data(),
                         .in_trajectory = in_t.data(),
                         .in_continuation = in_c.data(),
                         .compensated = paid.data(),
                         .reason = reason.data()};
  }
};

std::string error_field(const std::function<void()>& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.field();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("population: concrete trajectories, extensions and continuation") {
  Pop p;
  p.add("1980-05-10", "2019-12-01", "2020-02-01");                 // 0: plain, 2020-02-01 .. 2025-01-31 (I-1, I-7)
  p.add("1980-05-10", "2019-12-01", "2020-02-01");                 // 1: 60 days of illness inside (I-8)
  p.absence(1, "2021-03-01", "2021-04-29", AbsenceReason::illness);
  p.add("1960-01-15", "2019-12-01", "2020-02-01");                 // 2: 65 on the last day: continuation at 60 (I-10)
  p.add("1990-01-01", nullptr, nullptr);                           // 3: no right, not employed
  p.add("1980-05-10", "2019-12-01", "2020-02-01");                 // 4: 29 days: does not qualify (I-8)
  p.absence(4, "2021-03-01", "2021-03-29", AbsenceReason::illness);
  p.add("1980-05-10", "2019-12-01", "2020-02-01");                 // 5: 18 months approved, capped at 12 (I-9)
  p.months[5] = 18;
  p.approved[5] = day("2024-06-01");

  Out o(p.birth.size());
  evaluate_workers(p.columns(), p.absences(), day("2025-02-15"), ParameterSet::defaults(), o.results(), 2);

  CHECK(o.t_first[0] == day("2020-02-01"));
  CHECK(o.t_last[0] == day("2025-01-31"));
  CHECK(o.ext[0] == 0);
  CHECK(o.in_t[0] == 0);
  CHECK((o.reason[0] & reason_trajectory_ended) != 0);

  CHECK(o.ext[1] == 60);
  CHECK(o.t_last[1] == day("2025-04-01"));
  CHECK(o.in_t[1] == 1);
  CHECK(o.paid[1] == 1);
  CHECK((o.reason[1] & reason_absence_extended) != 0);
  CHECK((o.reason[1] & reason_trajectory_ended) == 0);

  CHECK(o.cont[2] == static_cast<std::int32_t>(ContinuationKind::age60));
  CHECK(o.in_c[2] == 1);
  CHECK(o.paid[2] == 1);
  CHECK((o.reason[2] & reason_continuation_60) != 0);

  CHECK(o.t_first[3] == kNoDate);
  CHECK(o.t_last[3] == kNoDate);
  CHECK(o.kind[3] == 0);
  CHECK(o.valid[3] == 0);
  CHECK(o.paid[3] == 0);
  CHECK((o.reason[3] & reason_no_right) != 0);
  CHECK((o.reason[3] & reason_not_employed) != 0);

  CHECK(o.ext[4] == 0);
  CHECK(o.t_last[4] == day("2025-01-31"));

  CHECK(o.comp[5] == 12);
  CHECK(o.t_last[5] == day("2026-01-31"));
  CHECK((o.reason[5] & reason_competence_capped) != 0);
}

TEST_CASE("population: equals evaluate_worker() row by row, whatever the number of threads") {
  std::mt19937_64 rng(20260131);
  auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
  Pop p;
  const std::size_t n = 3000;
  for (std::size_t i = 0; i < n; ++i) {
    p.add("1960-01-01", "2015-01-01", "2016-01-01");
    p.birth[i] = day("1955-01-01") + pick(0, 365 * 45);
    p.granted[i] = pick(0, 9) == 0 ? kNoDate : day("2015-01-01") + pick(0, 365 * 8);
    p.first[i] = p.granted[i] == kNoDate || pick(0, 9) == 0 ? kNoDate : p.granted[i] + pick(-60, 365 * 6);
    if (p.first[i] != kNoDate && pick(0, 4) == 0) p.last[i] = p.first[i] + pick(30, 365 * 8);
    p.kind[i] = static_cast<std::int32_t>(pick(0, 9) == 0 ? 2 : 1);
    p.recognised[i] = pick(0, 19) == 0 ? 0 : 1;
    if (p.first[i] != kNoDate && pick(0, 9) == 0) {
      p.months[i] = static_cast<std::int32_t>(pick(1, 18));
      p.approved[i] = p.first[i] + pick(100, 1500);
    }
    if (p.first[i] != kNoDate && pick(0, 4) == 0) {
      p.ds_first[i] = p.first[i] + pick(365 * 3, 365 * 5);
      p.ds_last[i] = p.ds_first[i] + pick(90, 365);
      if (pick(0, 2) == 0) p.job[i] = p.ds_first[i] + pick(10, 300);
    }
    if (p.first[i] != kNoDate) {
      for (std::int64_t k = pick(0, 3); k > 0; --k) {
        const std::int64_t f = p.first[i] + pick(0, 365 * 6);
        p.a_worker.push_back(static_cast<std::int64_t>(i));
        p.a_first.push_back(f);
        p.a_last.push_back(f + pick(0, 120));
        p.a_reason.push_back(static_cast<std::int32_t>(pick(1, 6)));
      }
    }
  }
  const std::int64_t at = day("2022-07-01");
  const ParameterSet& params = ParameterSet::defaults();
  Out one(n), many(n);
  evaluate_workers(p.columns(), p.absences(), at, params, one.results(), 1);
  evaluate_workers(p.columns(), p.absences(), at, params, many.results(), 4);
  CHECK(one.t_last == many.t_last);
  CHECK(one.reason == many.reason);
  CHECK(one.paid == many.paid);

  std::size_t checked = 0;
  for (std::size_t i = 0; i < n; i += 7) {
    const WorkerDossier d = dossier_of_row(p.columns(), p.absences(), i);
    const WorkerStatus s = evaluate_worker(d, Date::from_days_since_epoch(at), params);
    CHECK(one.t_last[i] == (s.trajectory ? s.trajectory->last_day.days_since_epoch() : kNoDate));
    CHECK(one.ext[i] == (s.trajectory ? s.trajectory->absence_extension_days : 0));
    CHECK(one.cont[i] == static_cast<std::int32_t>(s.continuation.kind));
    CHECK(one.paid[i] == (s.compensated ? 1 : 0));
    CHECK(one.in_t[i] == (s.in_trajectory ? 1 : 0));
    CHECK(one.reason[i] == reason_bits(d, s, params));
    ++checked;
  }
  CHECK(checked > 400);
}

TEST_CASE("population: errors name the first offending row and column") {
  Pop p;
  p.add("1980-05-10", "2019-12-01", "2020-02-01");
  p.add("1980-05-10", "2019-12-01", "2020-02-01");
  p.add("1980-05-10", "2019-12-01", "2020-02-01");
  const ParameterSet& params = ParameterSet::defaults();
  Out o(3);
  const std::int64_t at = day("2022-01-01");

  SUBCASE("NaT birth date") {
    p.birth[1] = kNoDate;
    p.birth[2] = kNoDate;
    CHECK(error_field([&] { evaluate_workers(p.columns(), p.absences(), at, params, o.results(), 2); }) ==
          "rows[1].birth_date");
  }
  SUBCASE("unknown absence reason") {
    p.absence(0, "2021-01-01", "2021-02-01", AbsenceReason::illness);
    p.absence(2, "2021-01-01", "2021-02-01", AbsenceReason::illness);
    p.a_reason[1] = 9;
    CHECK(error_field([&] { evaluate_workers(p.columns(), p.absences(), at, params, o.results()); }) ==
          "absences[1].reason");
  }
  SUBCASE("absence of a worker that does not exist") {
    p.absence(3, "2021-01-01", "2021-02-01", AbsenceReason::illness);
    CHECK(error_field([&] { evaluate_workers(p.columns(), p.absences(), at, params, o.results()); }) ==
          "absences[0].worker");
  }
  SUBCASE("absence that ends before it starts") {
    p.absence(2, "2021-02-01", "2021-01-01", AbsenceReason::accident);
    CHECK(error_field([&] { evaluate_workers(p.columns(), p.absences(), at, params, o.results()); }) ==
          "absences[0].last_day");
  }
  SUBCASE("unknown right kind") {
    p.kind[2] = 7;
    CHECK(error_field([&] { evaluate_workers(p.columns(), p.absences(), at, params, o.results()); }) ==
          "rows[2].right_kind");
  }
  SUBCASE("competence months without approval date") {
    p.months[0] = 6;
    CHECK(error_field([&] { evaluate_workers(p.columns(), p.absences(), at, params, o.results()); }) ==
          "rows[0].competence_approved");
  }
  SUBCASE("negative contingent") {
    p.contingent[1] = -5;
    CHECK(error_field([&] { evaluate_workers(p.columns(), p.absences(), at, params, o.results()); }) ==
          "rows[1].employer_contingent_units");
  }
}

TEST_CASE("population: reason bits map to rules and passages") {
  const ReasonRule r = reason_rule(reason_absence_extended);
  CHECK(std::string(r.rule) == "worker.trajectory.absence_extension");
  CHECK(std::string(r.interpretations) == "I-8");
  CHECK(std::string(reason_rule(reason_continuation_55).bit_name) == "continuation_55");
  for (unsigned b = 0; b < kReasonBitCount; ++b) CHECK(std::string(reason_rule(1u << b).source).size() > 5);
  CHECK_THROWS_AS(reason_rule(1u << kReasonBitCount), Error);
  CHECK_THROWS_AS(reason_rule(3u), Error);
}

TEST_CASE("population: enterprise schedules equal year_schedule(), errors name the enterprise") {
  std::vector<Enterprise> ents;
  for (int k = 0; k < 40; ++k) {
    Enterprise e;
    e.allocation_number = "LDE-" + std::to_string(k);
    e.legal_form = LegalForm::vzw;
    e.contingent.push_back(ContingentChange{Date::parse("2015-04-01"), Fte::from_units(50000 + 2500 * k)});
    for (int m = 1; m <= 12; ++m) e.hires[Month(2026, m)] = Fte::from_units(40000 + 1000 * ((k * m) % 30));
    for (int q = 1; q <= 4; ++q)
      for (int w = 0; w < 6; ++w)
        e.dmfa[Quarter(2026, q)].push_back(DmfaLine{"w" + std::to_string(w), Fte::from_units(5000 + 1000 * ((w + q + k) % 6)), true});
    ents.push_back(std::move(e));
  }
  const ParameterSet& params = ParameterSet::defaults();
  const auto one = evaluate_enterprises(ents, 2026, params, 1);
  const auto many = evaluate_enterprises(ents, 2026, params, 3);
  REQUIRE(one.size() == ents.size());
  for (std::size_t i = 0; i < ents.size(); ++i) {
    const YearSchedule ref = year_schedule(ents[i], 2026, params);
    CHECK(one[i].total_rights == ref.total_rights);
    CHECK(many[i].total_rights == ref.total_rights);
    REQUIRE(one[i].advances.size() == 12);
    CHECK(one[i].advances[0].amount == ref.advances[0].amount);
    CHECK(one[i].total_advances + one[i].total_settlements == one[i].total_rights);
  }
  // Enterprise 0, January: 4.00 FTE filled, under the 5.00 contingent:
  // 12600 x 4 / 365 x 31 = 4280.547... -> 4280.55 (I-12, I-14).
  CHECK(one[0].advances[0].amount.to_string() == "4280.55");

  ents[7].dmfa[Quarter(2026, 2)][3].fraction = Fte::from_units(12000);
  ents[9].allocation_number.clear();
  CHECK(error_field([&] { evaluate_enterprises(ents, 2026, params, 2); }) == "enterprises[7].dmfa.2026-Q2[3].fraction");
}

TEST_CASE("population: enterprise schedules validate with the caller's parameters (I-14 reform)") {
  // A fixed amount for 2017 lies outside the default transition years 2015-2016 (I-14): refused
  // with the defaults, accepted under a reform that extends the transition to 2017.
  Enterprise e;
  e.allocation_number = "LDE-FIXED";
  e.legal_form = LegalForm::vzw;
  e.contingent.push_back(ContingentChange{Date::parse("2015-04-01"), Fte::from_units(100000)});
  e.transition_amounts[2017] = Money::parse("36500.00");
  const std::vector<Enterprise> ents{e};
  CHECK(error_field([&] { evaluate_enterprises(ents, 2017, ParameterSet::defaults(), 1); }) ==
        "enterprises[0].transition_amounts.2017");
  const ParameterSet reform =
      ParameterSet::defaults().with_changes(R"({"compensation.fixed_amount_last_year": 2017})");
  const auto result = evaluate_enterprises(ents, 2017, reform, 1);
  REQUIRE(result.size() == 1);
  // January: 36500.00 / 365 x 31 = 3100.00 (I-14: the fixed amount replaces rate x FTE).
  CHECK(result[0].advances[0].amount.to_string() == "3100.00");
  CHECK(result[0].advances[0].amount == year_schedule(e, 2017, reform).advances[0].amount);
}
