// One test per statement of the source sections that the other worker test
// files do not already cite, each on concrete dates; and the rules' numbers
// really come from the parameter set (changed parameters change the answers).
// Sources: WSE-LDE "Doelgroep", "Verlenging inschakelingstraject" (intro,
// 1. "aan te vragen bij VDAB", Opgelet, 3.); WSE-FAQ "Indicering
// doelgroepwerknemers" 5.1, 5.2, 5.6, 5.8; "Vacatures" 7.8; WSE-SUPPORT "1. Werknemer".
#include "support.hpp"

using namespace lde;
using namespace lde::worker_test;

namespace {

ParameterSet with_int(const char* name, const char* from, std::int64_t value) {
  return P().with_value(name, d(from), ParameterValue(value), "test change");
}

std::vector<std::string> parameter_values(const Trace& t, const std::string& rule, const std::string& name) {
  std::vector<std::string> out;
  for (const auto& s : t.steps()) {
    if (s.rule != rule) continue;
    for (const auto& p : s.parameters)
      if (p.name == name) out.push_back(p.value + " from " + p.effective_from.iso());
  }
  return out;
}

}  // namespace

TEST_CASE("WSE-LDE \"Doelgroep\" \"wil de overheid deze doelgroepwerknemers weer in staat stellen om volwaardig werk te vinden\": "
          "without an indication the worker is no target worker and no trajectory starts") {
  // An LDE enterprise hires a job seeker VDAB never indicated.
  WorkerDossier w = person("1985-09-09");
  w.employment.push_back(job("2021-04-01"));
  const WorkerStatus s = evaluate_worker(w, d("2021-04-01"), P());
  CHECK_FALSE(s.right.valid);
  REQUIRE(s.hiring.has_value());
  CHECK(s.hiring->failing == std::vector<std::string>{hiring_condition::right_valid});
  CHECK_FALSE(s.trajectory.has_value());
  CHECK_FALSE(s.in_trajectory);
  CHECK_FALSE(s.compensated);
}

TEST_CASE("WSE-LDE \"Verlenging inschakelingstraject\" \"Een inschakelingstraject kan om bepaalde redenen vroeger stoppen.\": "
          "when the employment ends, compensation stops the next day (W-4)") {
  WorkerDossier w = standard();
  w.employment[0].last_day = d("2022-06-30");
  const WorkerStatus last = evaluate_worker(w, d("2022-06-30"), P());
  CHECK(last.in_trajectory);
  CHECK(last.compensated);
  Trace trace;
  const WorkerStatus after = evaluate_worker(w, d("2022-07-01"), P(), &trace);
  CHECK_FALSE(after.in_trajectory);
  CHECK_FALSE(after.compensated);
  CHECK(trace_says(trace, "worker.status", "not employed in an LDE enterprise on 2022-07-01"));
  // The trajectory's dates themselves do not move (I-7: no suspension).
  REQUIRE(after.trajectory.has_value());
  CHECK(after.trajectory->last_day == d("2025-01-31"));
}

TEST_CASE("WSE-LDE 1. \"aan te vragen bij VDAB\" and Opgelet \"in 2019 aangevraagd door de werkgever aan DWSE. Vanaf 1 januari 2020 "
          "wordt dit echter opgenomen door VDAB\": the body that handles the request does not change the extension (W-9)") {
  WorkerDossier w = standard();
  w.employment[0].first_day = d("2018-03-01");  // trajectory 2018-03-01 .. 2023-02-28
  w.rights[0].granted = d("2018-01-15");
  absent(w, "2019-05-01", "2019-06-09");  // 40 days in 2019 (requested at DWSE)
  absent(w, "2020-02-01", "2020-03-11");  // 40 days in 2020 (requested at VDAB)
  const auto t = trajectory(w, P());
  REQUIRE(t);
  CHECK(t->original_last_day == d("2023-02-28"));
  REQUIRE(t->absences.size() == 2);
  CHECK(t->absences[0].counted_days == 40);
  CHECK(t->absences[1].counted_days == 40);
  CHECK(t->last_day == d("2023-05-19"));
}

TEST_CASE("WSE-LDE 3. \"Er dient geen evaluatie te gebeuren. De inschakelingsvergoeding wordt automatisch verder betaald, de werkgever "
          "hoeft geen actie te ondernemen.\" (I-10)") {
  // Nothing in the dossier after the trajectory: no transition trajectory, no request, no extension.
  WorkerDossier w = standard();
  w.birth_date = d("1961-06-15");  // 63 on 2025-01-31
  for (const char* at : {"2025-02-01", "2027-06-15", "2035-12-31"}) {
    CAPTURE(at);
    const WorkerStatus s = evaluate_worker(w, d(at), P());
    CHECK(s.continuation.kind == ContinuationKind::age60);
    CHECK(s.continuation.age_at_decisive_date == 63);
    CHECK(s.in_continuation);
    CHECK(s.compensated);
  }
}

TEST_CASE("WSE-FAQ 5.1 \"dergelijk recht pas kan resulteren in een vergoeding als er effectief sprake is van tewerkstelling\"") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2021-01-04")});
  const WorkerStatus s = evaluate_worker(w, d("2022-01-04"), P());
  CHECK(s.right.valid);
  CHECK(s.right.kind == RightKind::lde);
  CHECK(s.right.last_day == d("2026-01-03"));
  CHECK_FALSE(s.hiring.has_value());
  CHECK_FALSE(s.trajectory.has_value());
  CHECK_FALSE(s.compensated);
}

TEST_CASE("WSE-FAQ 5.2 \"blijft dit attest gedurende vijf jaar geldig\" and \"Vanaf de effectieve tewerkstelling ontvangt de "
          "onderneming een vergoeding\" (I-4, I-7)") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2021-01-04")});
  w.employment.push_back(job("2025-11-17"));  // hired seven weeks before the right expires (2026-01-03)
  CHECK(right_on(w, d("2026-01-03"), P()).valid);
  CHECK_FALSE(right_on(w, d("2026-01-04"), P()).valid);
  CHECK_FALSE(evaluate_worker(w, d("2025-11-16"), P()).compensated);  // right valid, not yet at work
  const WorkerStatus first = evaluate_worker(w, d("2025-11-17"), P());
  CHECK(first.compensated);
  REQUIRE(first.trajectory.has_value());
  CHECK(first.trajectory->first_day == d("2025-11-17"));
  CHECK(first.trajectory->last_day == d("2030-11-16"));
  CHECK(evaluate_worker(w, d("2030-11-16"), P()).compensated);
  CHECK_FALSE(evaluate_worker(w, d("2030-11-17"), P()).compensated);
}

TEST_CASE("WSE-FAQ 5.6 \"dan moet de VDAB deze personen eerst indiceren, vooraleer ze ingeschakeld kunnen worden in een "
          "inschakelingstraject en een vergoeding kunnen ontvangen\": the trajectory starts with the first eligible employment (W-8)") {
  WorkerDossier w = person("1980-05-10");
  w.employment.push_back(job("2021-01-04", "2021-08-31", "E1"));  // proposed by the enterprise, hired before indication
  w.rights.push_back({RightKind::lde, d("2021-03-01")});          // indicated while already at work
  w.employment.push_back(job("2021-09-01", nullptr, "E2"));       // new employment after the indication
  CHECK(hiring_eligibility(w, w.employment[0], P()).failing ==
        std::vector<std::string>{hiring_condition::right_valid});
  CHECK(hiring_eligibility(w, w.employment[1], P()).eligible);
  const WorkerStatus during_first = evaluate_worker(w, d("2021-05-01"), P());  // the right is valid, but not on the first day
  CHECK(during_first.right.valid);
  CHECK_FALSE(during_first.in_trajectory);
  CHECK_FALSE(during_first.compensated);
  const WorkerStatus second = evaluate_worker(w, d("2021-09-01"), P());
  REQUIRE(second.trajectory.has_value());
  CHECK(second.trajectory->first_day == d("2021-09-01"));
  CHECK(second.trajectory->last_day == d("2026-08-31"));
  CHECK(second.compensated);
  // The dossier's hiring answer is the first employment by date, which failed.
  REQUIRE(second.hiring.has_value());
  CHECK_FALSE(second.hiring->eligible);
}

TEST_CASE("WSE-FAQ 5.8 \"een verzoek indienen tot heroverweging van de nood aan ondersteuning\": a revised indication is a new "
          "grant that replaces the earlier right from its date (I-6)") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::maatwerk, d("2022-02-01")});
  w.rights.push_back({RightKind::lde, d("2022-05-16")});  // after reconsideration
  w.employment.push_back(job("2022-05-16"));
  CHECK(right_on(w, d("2022-05-15"), P()).kind == RightKind::maatwerk);
  CHECK(right_on(w, d("2022-05-16"), P()).kind == RightKind::lde);
  CHECK(right_on(w, d("2022-05-16"), P()).last_day == d("2027-05-15"));
  CHECK(hiring_eligibility(w, w.employment[0], P()).eligible);
  w.employment[0].first_day = d("2022-05-13");
  CHECK_FALSE(hiring_eligibility(w, w.employment[0], P()).eligible);
}

TEST_CASE("WSE-FAQ \"Vacatures\" 7.8 \"kan steeds doelgroepwerknemers met een recht op lokale diensteneconomie aanwerven. Maar ... "
          "geen ondersteunende maatregelen ontvangen\": hiring without a contingent is valid input, not compensated") {
  WorkerDossier w = standard();
  w.employment[0].employer_contingent_fte = Fte();
  CHECK_NOTHROW(validate(w));
  Trace trace;
  const WorkerStatus s = evaluate_worker(w, d("2020-02-01"), P(), &trace);
  REQUIRE(s.hiring.has_value());
  CHECK(s.hiring->failing == std::vector<std::string>{hiring_condition::employer_contingent});
  CHECK_FALSE(s.trajectory.has_value());
  CHECK_FALSE(s.compensated);
  CHECK(trace_says(trace, "worker.hiring.eligibility", "the employer's contingent is 0"));
}

TEST_CASE("WSE-SUPPORT \"1. Werknemer\" \"Van zodra de doelgroepwerknemer met een werkondersteunende maatregel aan het werk is, ... "
          "geldig voor 5 jaar\" and \"De VDAB wordt geacht om de persoon aan het einde van die termijn te evalueren\" (I-7, I-10)") {
  // Right 2019-12-01 .. 2024-11-30; at work from 2020-02-01: the 5 years run from the work, not the right.
  WorkerDossier w = standard();
  const WorkerStatus s = evaluate_worker(w, d("2025-01-15"), P());
  CHECK_FALSE(s.right.valid);
  CHECK(s.in_trajectory);
  CHECK(s.compensated);
  // At the end of the term a worker under 60 is evaluated by VDAB: no automatic continuation.
  const WorkerStatus end = evaluate_worker(w, d("2025-02-01"), P());
  CHECK(end.continuation.kind == ContinuationKind::none);
  CHECK_FALSE(end.compensated);
}

TEST_CASE("every number the worker rules use comes from the parameter set") {
  SUBCASE("right.validity_years") {
    WorkerDossier w = standard();
    CHECK(right_on(w, d("2019-12-01"), with_int("right.validity_years", "2015-04-01", 3)).last_day == d("2022-11-30"));
  }
  SUBCASE("trajectory.length_years, looked up on the first day of employment") {
    const ParameterSet p = with_int("trajectory.length_years", "2020-02-01", 4);
    CHECK(trajectory(standard(), p)->last_day == d("2024-01-31"));
    const ParameterSet later = with_int("trajectory.length_years", "2020-02-02", 4);
    CHECK(trajectory(standard(), later)->last_day == d("2025-01-31"));
  }
  SUBCASE("trajectory.competence_max_months") {
    WorkerDossier w = standard();
    w.competence_extensions.push_back({10, d("2024-01-10")});
    CHECK(trajectory(w, with_int("trajectory.competence_max_months", "2015-04-01", 6))->last_day == d("2025-07-31"));
  }
  SUBCASE("continuation ages") {
    WorkerDossier w = standard();
    w.birth_date = d("1964-01-31");  // 61 on 2025-01-31
    CHECK(continuation(w, trajectory(w, P()), P()).kind == ContinuationKind::age60);
    const ParameterSet p62 = with_int("continuation.age_at_trajectory_end", "2015-04-01", 62);
    CHECK(continuation(w, trajectory(w, p62), p62).kind == ContinuationKind::none);
    w.birth_date = d("1969-03-01");
    w.doorstroom = Doorstroom{d("2024-03-01"), d("2025-01-31"), std::nullopt, {}};  // 55 on its first day
    CHECK(continuation(w, trajectory(w, P()), P()).kind == ContinuationKind::age55);
    const ParameterSet p56 = with_int("continuation.age_at_doorstroom_start", "2015-04-01", 56);
    CHECK(continuation(w, trajectory(w, p56), p56).kind == ContinuationKind::none);
  }
  SUBCASE("trajectory.absence_min_days, looked up on each absence's first day; the trace records each value used") {
    const ParameterSet p = with_int("trajectory.absence_min_days", "2022-01-01", 40);
    WorkerDossier w = standard();
    absent(w, "2021-03-01", "2021-04-04");  // 35 days under the old minimum of 30: counts
    absent(w, "2022-03-01", "2022-04-04");  // 35 days under the new minimum of 40: does not
    absent(w, "2023-03-01", "2023-04-09");  // 40 days: counts
    Trace trace;
    const auto t = trajectory(w, p, &trace);
    REQUIRE(t);
    REQUIRE(t->absences.size() == 3);
    CHECK(t->absences[0].qualifies);
    CHECK_FALSE(t->absences[1].qualifies);
    CHECK(t->absences[1].reason.find("fewer than 40") != std::string::npos);
    CHECK(t->absences[2].qualifies);
    CHECK(t->absence_extension_days == 75);
    CHECK(parameter_values(trace, "worker.trajectory.absence_extension", "trajectory.absence_min_days") ==
          std::vector<std::string>{"30 from 2015-04-01", "40 from 2022-01-01"});
  }
}

TEST_CASE("WSE-LDE 2. \"na goedkeuring van VDAB\": the approval date is traced but sets no deadline (I-9, W-10)") {
  WorkerDossier w = standard();                                 // trajectory .. 2025-01-31
  w.competence_extensions.push_back({4, d("2025-03-10")});      // approved after the last day
  Trace trace;
  const auto t = trajectory(w, P(), &trace);
  REQUIRE(t);
  CHECK(t->competence_extension_months == 4);
  CHECK(t->last_day == d("2025-05-31"));
  bool traced = false;
  for (const auto& s : trace.steps())
    for (const auto& [name, value] : s.inputs)
      if (s.rule == "worker.trajectory.competence_extension" && name == "competence_extensions[0]" &&
          value == "4 months approved 2025-03-10")
        traced = true;
  CHECK(traced);
  // Without a request there is no competence step at all.
  Trace none;
  trajectory(standard(), P(), &none);
  for (const auto& s : none.steps()) CHECK(s.rule != "worker.trajectory.competence_extension");
}

TEST_CASE("bad input: a non-cooperation period that ends before it starts names its field") {
  const Caught c = catch_error([] {
    WorkerDossier w = standard();
    w.doorstroom = Doorstroom{d("2024-03-01"), d("2025-01-31"), std::nullopt,
                              {Period(d("2025-09-30"), d("2025-09-01"), "doorstroom.non_cooperation[0].last_day")}};
  });
  CHECK(c.field == "doorstroom.non_cooperation[0].last_day");
  CHECK(c.what.find("2025-09-01") != std::string::npos);
}

TEST_CASE("W-6: the same indication recorded twice is one right, with one validity period") {
  WorkerDossier w = standard();
  w.rights.push_back({RightKind::lde, d("2019-12-01")});
  const auto periods = right_periods(w, P());
  REQUIRE(periods.size() == 2);
  CHECK(periods[0].last_day == d("2024-11-30"));
  CHECK(periods[1].last_day == d("2024-11-30"));
  CHECK_FALSE(periods[0].replaced_by.has_value());
  CHECK_FALSE(periods[1].replaced_by.has_value());
  CHECK(evaluate_worker(w, d("2024-11-30"), P()).right.valid);
  CHECK_FALSE(evaluate_worker(w, d("2024-12-01"), P()).right.valid);
}

TEST_CASE("a changed parameter set with an impossible value is an error naming the parameter") {
  const ParameterSet p = with_int("trajectory.length_years", "2015-04-01", -1);
  const Caught c = catch_error([&] { trajectory(standard(), p); });
  CHECK(c.code == ErrorCode::invalid_argument);
  CHECK(c.field == "trajectory.length_years");
  CHECK(c.what.find("-1") != std::string::npos);
  CHECK(catch_error([&] { evaluate_worker(standard(), d("2022-01-01"), p); }).field == "trajectory.length_years");
}

namespace {
/// A worker whose evaluation uses every worker parameter: right, trajectory,
/// a long absence, a competence extension, a transition trajectory.
WorkerDossier worker_with_everything() {
  WorkerDossier w = standard();
  absent(w, "2021-03-01", "2021-04-29");
  w.competence_extensions.push_back({3, d("2024-01-10")});
  w.doorstroom = Doorstroom{d("2024-03-01"), d("2025-01-31"), std::nullopt, {}};
  return w;
}
}  // namespace

TEST_CASE("W-12: a length, minimum or age parameter of 0 or 100000 is an error naming the parameter and its value") {
  struct Bad {
    const char* name;
    std::int64_t value;
  };
  for (const Bad& b : {Bad{"trajectory.length_years", 0}, Bad{"trajectory.length_years", 100000},
                       Bad{"right.validity_years", 0}, Bad{"right.validity_years", 100000},
                       Bad{"trajectory.absence_min_days", 0}, Bad{"trajectory.absence_min_days", 100000},
                       Bad{"trajectory.competence_max_months", 100000}, Bad{"trajectory.competence_max_months", -1},
                       Bad{"continuation.age_at_trajectory_end", 100000},
                       Bad{"continuation.age_at_doorstroom_start", 100000}}) {
    const ParameterSet p = with_int(b.name, "2015-04-01", b.value);
    WorkerDossier w = worker_with_everything();
    CAPTURE(b.name);
    CAPTURE(b.value);
    const Caught c = catch_error([&] { evaluate_worker(w, d("2022-01-01"), p); });
    CHECK(c.code == ErrorCode::invalid_argument);
    CHECK(c.field == b.name);
    CHECK(c.what.find(std::string(b.name) + " = " + std::to_string(b.value)) != std::string::npos);
  }
  // 0 competence months is a possible value: the extension is abolished
  WorkerDossier w = worker_with_everything();
  const auto t = trajectory(w, with_int("trajectory.competence_max_months", "2015-04-01", 0));
  REQUIRE(t);
  CHECK(t->competence_extension_months == 0);
  CHECK(t->competence_requested_months == 3);
}
