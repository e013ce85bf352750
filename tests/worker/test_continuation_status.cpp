// Continuation at 60+ (I-10) and 55+ (I-11), the combined status, and input validation.
// Sources: WSE-LDE "Verlenging inschakelingstraject" 3. and 4.
#include "support.hpp"

using namespace lde;
using namespace lde::worker_test;

namespace {

Continuation cont_of(const WorkerDossier& w, Trace* trace = nullptr) {
  return continuation(w, trajectory(w, P()), P(), trace);
}

/// A 55+ worker: born 1968-05-10, trajectory 2020-02-01 .. 2025-01-31 (aged 56 at its end),
/// transition trajectory 2024-03-01 .. 2025-01-31 started at 55.
WorkerDossier worker55() {
  WorkerDossier w = standard();
  w.birth_date = d("1968-05-10");
  w.doorstroom = Doorstroom{d("2024-03-01"), d("2025-01-31"), std::nullopt, {}};
  return w;
}

void check_same(const WorkerStatus& a, const WorkerStatus& b) {
  CHECK(a.at == b.at);
  CHECK(a.right.kind == b.right.kind);
  CHECK(a.right.valid == b.right.valid);
  CHECK(a.right.granted == b.right.granted);
  CHECK(a.right.last_day == b.right.last_day);
  REQUIRE(a.hiring.has_value() == b.hiring.has_value());
  if (a.hiring) {
    CHECK(a.hiring->eligible == b.hiring->eligible);
    CHECK(a.hiring->failing == b.hiring->failing);
  }
  REQUIRE(a.trajectory.has_value() == b.trajectory.has_value());
  if (a.trajectory) {
    CHECK(a.trajectory->first_day == b.trajectory->first_day);
    CHECK(a.trajectory->original_last_day == b.trajectory->original_last_day);
    CHECK(a.trajectory->last_day == b.trajectory->last_day);
    CHECK(a.trajectory->absence_extension_days == b.trajectory->absence_extension_days);
    CHECK(a.trajectory->competence_extension_months == b.trajectory->competence_extension_months);
    CHECK(a.trajectory->competence_requested_months == b.trajectory->competence_requested_months);
    REQUIRE(a.trajectory->absences.size() == b.trajectory->absences.size());
    for (std::size_t i = 0; i < a.trajectory->absences.size(); ++i) {
      CHECK(a.trajectory->absences[i].period == b.trajectory->absences[i].period);
      CHECK(a.trajectory->absences[i].qualifies == b.trajectory->absences[i].qualifies);
      CHECK(a.trajectory->absences[i].counted_days == b.trajectory->absences[i].counted_days);
      CHECK(a.trajectory->absences[i].reason == b.trajectory->absences[i].reason);
    }
  }
  CHECK(a.continuation.kind == b.continuation.kind);
  CHECK(a.continuation.from == b.continuation.from);
  CHECK(a.continuation.age_at_decisive_date == b.continuation.age_at_decisive_date);
  CHECK(a.continuation.decisive_date == b.continuation.decisive_date);
  CHECK(a.in_trajectory == b.in_trajectory);
  CHECK(a.in_continuation == b.in_continuation);
  CHECK(a.compensated == b.compensated);
}

}  // namespace

TEST_CASE("WSE-LDE 3. \"Een persoon die 60+ is op het einde van het inschakelingstraject kan in dienst blijven\": 60th birthday on the last day (I-3, I-10)") {
  WorkerDossier w = standard();
  w.birth_date = d("1965-01-31");
  Trace trace;
  const Continuation c = cont_of(w, &trace);
  CHECK(c.kind == ContinuationKind::age60);
  CHECK(c.from == d("2025-02-01"));
  CHECK(c.age_at_decisive_date == 60);
  CHECK(c.decisive_date == d("2025-01-31"));
  CHECK(trace_says(trace, "worker.continuation.age60", "aged 60 on 2025-01-31"));

  // "De inschakelingsvergoeding wordt automatisch verder betaald": no end date.
  CHECK(continuation_compensated_on(w, c, d("2025-02-01"), P()));
  CHECK(continuation_compensated_on(w, c, d("2031-12-31"), P()));
  CHECK_FALSE(continuation_compensated_on(w, c, d("2025-01-31"), P()));
  const WorkerStatus last = evaluate_worker(w, d("2025-01-31"), P());
  CHECK(last.in_trajectory);
  CHECK_FALSE(last.in_continuation);
  CHECK(last.compensated);
  const WorkerStatus later = evaluate_worker(w, d("2029-06-30"), P());
  CHECK_FALSE(later.in_trajectory);
  CHECK(later.in_continuation);
  CHECK(later.compensated);
}

TEST_CASE("WSE-LDE 3.: 60th birthday the day after the last day: no continuation (I-3, I-10)") {
  WorkerDossier w = standard();
  w.birth_date = d("1965-02-01");
  const Continuation c = cont_of(w);
  CHECK(c.kind == ContinuationKind::none);
  CHECK_FALSE(c.from.has_value());
  // a negative answer still says which age was measured on which day
  CHECK(c.age_at_decisive_date == 59);
  CHECK(c.decisive_date == d("2025-01-31"));
  const WorkerStatus s = evaluate_worker(w, d("2025-02-01"), P());
  CHECK_FALSE(s.in_trajectory);
  CHECK_FALSE(s.in_continuation);
  CHECK_FALSE(s.compensated);
}

TEST_CASE("WSE-LDE 3.: the age is taken on the last day of the extended trajectory (I-8, I-10)") {
  WorkerDossier w = standard();
  w.birth_date = d("1965-03-01");            // 60 on 2025-03-01
  absent(w, "2022-05-01", "2022-05-30");   // 30 days: last day 2025-03-02
  const Continuation c = cont_of(w);
  CHECK(c.kind == ContinuationKind::age60);
  CHECK(c.decisive_date == d("2025-03-02"));
  CHECK(c.from == d("2025-03-03"));
}

TEST_CASE("WSE-LDE 3. with a 29 February birthday: 60 is reached on 2024-02-29 (I-2, I-3)") {
  WorkerDossier w = person("1964-02-29");
  w.rights.push_back({RightKind::lde, d("2018-12-01")});
  w.employment.push_back(job("2019-01-30"));                  // 2019-01-30 .. 2024-01-29
  w.competence_extensions.push_back({1, d("2023-06-01")});    // + 1 month: 2024-02-29
  CHECK(trajectory(w, P())->last_day == d("2024-02-29"));
  CHECK(cont_of(w).kind == ContinuationKind::age60);
  w.employment[0].first_day = d("2019-01-29");                // .. 2024-01-28, + 1 month: 2024-02-28
  CHECK(trajectory(w, P())->last_day == d("2024-02-28"));
  const Continuation c = cont_of(w);
  CHECK(c.kind == ContinuationKind::none);
}

TEST_CASE("WSE-LDE 4. \"55+ ... aan de start van het doorstroomtraject én geen externe tewerkstelling\": continuation from the day after (I-11, W-3)") {
  WorkerDossier w = worker55();
  Trace trace;
  const Continuation c = cont_of(w, &trace);
  CHECK(c.kind == ContinuationKind::age55);
  CHECK(c.from == d("2025-02-01"));
  CHECK(c.age_at_decisive_date == 55);
  CHECK(c.decisive_date == d("2024-03-01"));
  CHECK(trace_says(trace, "worker.continuation.age55", "aged 55 on 2024-03-01"));
  CHECK(trace_says(trace, "worker.continuation.age60", "aged 56 on 2025-01-31, under 60"));
  const WorkerStatus s = evaluate_worker(w, d("2025-02-01"), P());
  CHECK(s.in_continuation);
  CHECK(s.compensated);
}

TEST_CASE("WSE-LDE 4. \"zolang de werknemer meewerkt aan de bemiddeling door VDAB\": a 55+ worker stops cooperating and resumes (I-11, W-3)") {
  WorkerDossier w = worker55();
  w.doorstroom->non_cooperation.push_back(Period(d("2025-09-01"), d("2025-09-30")));
  const Continuation c = cont_of(w);
  CHECK(continuation_compensated_on(w, c, d("2025-08-31"), P()));
  CHECK_FALSE(continuation_compensated_on(w, c, d("2025-09-01"), P()));
  Trace trace;
  CHECK_FALSE(continuation_compensated_on(w, c, d("2025-09-30"), P(), &trace));
  CHECK(trace_says(trace, "worker.continuation.age55", "does not cooperate"));
  CHECK(continuation_compensated_on(w, c, d("2025-10-01"), P()));

  const WorkerStatus stopped = evaluate_worker(w, d("2025-09-15"), P());
  CHECK(stopped.in_continuation);  // still employed in continuation, only not compensated
  CHECK_FALSE(stopped.compensated);
  CHECK(evaluate_worker(w, d("2025-10-01"), P()).compensated);
}

TEST_CASE("WSE-LDE 4. \"tot er een job in het regulier circuit gevonden wordt\": compensation ends the day a job is found (I-11, W-3)") {
  WorkerDossier w = worker55();
  w.doorstroom->external_job_found = d("2026-03-01");
  const Continuation c = cont_of(w);
  REQUIRE(c.kind == ContinuationKind::age55);
  CHECK(continuation_compensated_on(w, c, d("2026-02-28"), P()));
  CHECK_FALSE(continuation_compensated_on(w, c, d("2026-03-01"), P()));
  const WorkerStatus s = evaluate_worker(w, d("2026-03-01"), P());
  CHECK_FALSE(s.in_continuation);
  CHECK_FALSE(s.compensated);

  SUBCASE("a job found on or before the last day of the transition trajectory: no continuation") {
    w.doorstroom->external_job_found = d("2025-01-31");
    CHECK(cont_of(w).kind == ContinuationKind::none);
  }
}

TEST_CASE("WSE-LDE 4.: aged 54 at the start of the transition trajectory: no continuation; 29 February birthday reaches 55 on 1 March (I-2, I-3, I-11)") {
  WorkerDossier w = worker55();
  w.birth_date = d("1968-02-29");
  w.rights[0].granted = d("2018-01-01");
  w.employment[0].first_day = d("2018-06-01");  // trajectory 2018-06-01 .. 2023-05-31
  w.doorstroom = Doorstroom{d("2023-02-28"), d("2023-05-31"), std::nullopt, {}};
  Continuation c = cont_of(w);
  CHECK(c.kind == ContinuationKind::none);
  CHECK(c.age_at_decisive_date == 54);  // the I-11 test was the last one made
  CHECK(c.decisive_date == d("2023-02-28"));
  w.doorstroom->first_day = d("2023-03-01");
  c = cont_of(w);
  CHECK(c.kind == ContinuationKind::age55);
  CHECK(c.age_at_decisive_date == 55);
  CHECK(c.from == d("2023-06-01"));
}

TEST_CASE("I-10 before I-11: a worker 60+ at the end of the trajectory continues at 60 even after a transition trajectory") {
  WorkerDossier w = worker55();
  w.birth_date = d("1962-01-01");
  w.doorstroom->external_job_found = d("2025-06-01");
  const Continuation c = cont_of(w);
  CHECK(c.kind == ContinuationKind::age60);
  CHECK(c.age_at_decisive_date == 63);
}

TEST_CASE("W-4: no compensation on days without employment, even inside the trajectory or a continuation") {
  WorkerDossier w = standard();
  w.employment[0].last_day = d("2023-12-31");
  const WorkerStatus s = evaluate_worker(w, d("2024-01-01"), P());
  REQUIRE(s.trajectory.has_value());
  CHECK(s.trajectory->last_day == d("2025-01-31"));
  CHECK_FALSE(s.in_trajectory);
  CHECK_FALSE(s.compensated);
  CHECK(evaluate_worker(w, d("2023-12-31"), P()).compensated);

  w.birth_date = d("1960-01-01");  // continuation at 60, but no longer employed
  const WorkerStatus c = evaluate_worker(w, d("2025-06-01"), P());
  CHECK(c.continuation.kind == ContinuationKind::age60);
  CHECK_FALSE(c.in_continuation);
  CHECK_FALSE(c.compensated);
}

TEST_CASE("W-5: a later employer that cannot earn compensation (no label, no contingent, Brussels) is not paid") {
  WorkerDossier w = standard();
  w.employment[0].last_day = d("2022-12-31");
  Employment later = job("2023-01-01", nullptr, "E2");
  later.employer_contingent_fte = Fte();
  w.employment.push_back(later);
  Trace trace;
  const WorkerStatus s = evaluate_worker(w, d("2023-06-01"), P(), &trace);
  CHECK_FALSE(s.in_trajectory);
  CHECK_FALSE(s.compensated);
  CHECK(trace_says(trace, "worker.status", "cannot earn compensation"));
}

TEST_CASE("evaluate_worker: before the first day, on it, and the same values with the trace on and off") {
  WorkerDossier w = worker55();
  absent(w, "2021-03-01", "2021-03-15");
  absent(w, "2021-03-16", "2021-04-04", AbsenceReason::maternity_leave);
  absent(w, "2022-01-01", "2022-01-10", AbsenceReason::other);
  w.competence_extensions.push_back({18, d("2024-01-01")});
  w.doorstroom->last_day = d("2026-03-31");
  w.doorstroom->non_cooperation.push_back(Period(d("2026-06-01"), d("2026-06-30")));
  w.rights.push_back({RightKind::vop, d("2015-01-01")});

  const WorkerStatus before = evaluate_worker(w, d("2020-01-31"), P());
  CHECK_FALSE(before.in_trajectory);
  CHECK_FALSE(before.compensated);
  CHECK(before.right.valid);
  CHECK(before.right.kind == RightKind::lde);
  CHECK(evaluate_worker(w, d("2020-02-01"), P()).compensated);

  for (const char* at : {"2019-01-01", "2020-02-01", "2023-05-05", "2026-03-07", "2026-03-08", "2026-04-01",
                         "2026-06-15", "2026-07-01", "2030-01-01"}) {
    CAPTURE(at);
    Trace trace;
    const WorkerStatus on = evaluate_worker(w, d(at), P(), &trace);
    const WorkerStatus off = evaluate_worker(w, d(at), P(), nullptr);
    Trace disabled(false);
    const WorkerStatus dis = evaluate_worker(w, d(at), P(), &disabled);
    check_same(on, off);
    check_same(on, dis);
    CHECK(disabled.steps().empty());
    CHECK(trace.steps().size() > 5);
    const Decision<WorkerStatus> dec = decide(TraceMode::on, P(), evaluate_worker, w, d(at));
    check_same(dec.value, off);
    CHECK(dec.receipt.parameters_fingerprint == P().fingerprint());
  }
  // The extended trajectory: 35 days of absence, then 12 of the 18 months.
  const WorkerStatus s = evaluate_worker(w, d("2026-03-07"), P());
  CHECK(s.trajectory->last_day == d("2026-03-07"));
  CHECK(s.in_trajectory);
  const WorkerStatus after = evaluate_worker(w, d("2026-04-01"), P());
  CHECK_FALSE(after.in_trajectory);
  CHECK(after.continuation.kind == ContinuationKind::age55);
  CHECK(after.compensated);
  CHECK_FALSE(evaluate_worker(w, d("2026-03-08"), P()).compensated);  // between the trajectory and the doorstroom's end (W-3)
  CHECK_FALSE(evaluate_worker(w, d("2026-06-15"), P()).compensated);
  CHECK(evaluate_worker(w, d("2026-07-01"), P()).compensated);
}

TEST_CASE("the combined trace names every rule with its passage and readings") {
  WorkerDossier w = worker55();
  absent(w, "2021-03-01", "2021-03-30");
  Trace trace;
  evaluate_worker(w, d("2025-06-01"), P(), &trace);
  std::vector<std::string> rules;
  for (const auto& s : trace.steps()) {
    rules.push_back(s.rule);
    CHECK_FALSE(s.source.empty());
    CHECK_FALSE(s.interpretations.empty());
    CHECK_FALSE(s.outcome.empty());
  }
  for (const char* r : {"worker.right.validity", "worker.right.on_date", "worker.hiring.eligibility",
                        "worker.trajectory.length", "worker.trajectory.absence_extension", "worker.continuation.age60",
                        "worker.continuation.age55", "worker.status"}) {
    CAPTURE(r);
    CHECK(std::find(rules.begin(), rules.end(), r) != rules.end());
  }
  // Each rule once: the right periods are computed once for the whole evaluation,
  // the hiring step of the (only) employment is not repeated.
  auto count = [&](const char* r) { return std::count(rules.begin(), rules.end(), std::string(r)); };
  CHECK(count("worker.right.validity") == 1);
  CHECK(count("worker.hiring.eligibility") == 1);
  CHECK(count("worker.trajectory.length") == 1);
  CHECK(count("worker.status") == 1);
  bool min_days_recorded = false;
  for (const auto& s : trace.steps())
    for (const auto& p : s.parameters)
      if (p.name == "trajectory.absence_min_days" && p.value == "30") min_days_recorded = true;
  CHECK(min_days_recorded);
}

TEST_CASE("a negative continuation answer fills the age and the decisive date wherever they are known") {
  SUBCASE("no trajectory: nothing was measured") {
    const Continuation c = continuation(person("1960-01-01"), std::nullopt, P());
    CHECK(c.kind == ContinuationKind::none);
    CHECK_FALSE(c.age_at_decisive_date.has_value());
    CHECK_FALSE(c.decisive_date.has_value());
  }
  SUBCASE("under 60 on the last day, no transition trajectory: the age on the last day") {
    WorkerDossier w = standard();
    w.birth_date = d("1965-06-30");  // 59 on 2025-01-31
    const Continuation c = cont_of(w);
    CHECK(c.kind == ContinuationKind::none);
    CHECK(c.age_at_decisive_date == 59);
    CHECK(c.decisive_date == d("2025-01-31"));
    // through evaluate_worker too (what the JSON continuation_detail shows)
    const WorkerStatus s = evaluate_worker(w, d("2025-02-01"), P());
    CHECK(s.continuation.age_at_decisive_date == 59);
    CHECK(s.continuation.decisive_date == d("2025-01-31"));
  }
  SUBCASE("55+ but an external job found: the age on the first day of the transition trajectory") {
    WorkerDossier w = worker55();
    w.doorstroom->external_job_found = d("2024-10-01");
    const Continuation c = cont_of(w);
    CHECK(c.kind == ContinuationKind::none);
    CHECK(c.age_at_decisive_date == 55);
    CHECK(c.decisive_date == d("2024-03-01"));
  }
}
