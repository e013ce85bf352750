// The insertion trajectory and its extensions (I-7, I-8, I-9).
// Sources: WSE-LDE "Verlenging inschakelingstraject" (intro, 1., Opgelet, 2.); WSE-SUPPORT "1. Werknemer".
#include "support.hpp"

#include <set>

using namespace lde;
using namespace lde::worker_test;

namespace {

Trajectory traj(const WorkerDossier& w, Trace* trace = nullptr) {
  auto t = trajectory(w, P(), trace);
  REQUIRE(t.has_value());
  return *t;
}

/// Brute force of I-8 with W-1 and W-13, day by day, written independently of
/// the rule: an uninterrupted run of qualifying days qualifies when it has at
/// least 30 days; its days on or after 2015-04-01 count. Iterate
/// "E = original + counted days in [first, L]", L = the last day of a period
/// of @p months months from E + 1 day (I-22) until E stops moving; the
/// trajectory's last day is L.
Date brute_force_last(const WorkerDossier& w, Date first, Date original_last, int months = 0) {
  std::set<std::int64_t> sick;
  for (const auto& a : w.absences) {
    if (a.reason == AbsenceReason::other) continue;
    for (Date x = a.first_day; x <= a.last_day; x = x.next_day()) sick.insert(x.days_since_epoch());
  }
  const std::int64_t cutoff = d("2015-04-01").days_since_epoch();
  std::set<std::int64_t> qualifying;  // days on or after the cut-off of runs with at least 30 days
  for (auto it = sick.begin(); it != sick.end();) {
    std::vector<std::int64_t> run{*it};
    auto next = std::next(it);
    while (next != sick.end() && *next == run.back() + 1) run.push_back(*next++);
    if (run.size() >= 30)
      for (auto x : run)
        if (x >= cutoff) qualifying.insert(x);
    it = next;
  }
  // I-22, written out: the months are a period from the day after E; it ends
  // the day before the same day m months later, or on the last day of that
  // month when that day does not exist there.
  auto reach = [&](std::int64_t e) {
    if (months == 0) return e;
    const Date s = Date::from_days_since_epoch(e + 1);
    const int index = s.year() * 12 + s.month() - 1 + months;
    const int y = index / 12, m = index % 12 + 1;
    if (s.day() > days_in_month(y, m)) return Date::from_ymd(y, m, days_in_month(y, m)).days_since_epoch();
    return Date::from_ymd(y, m, s.day()).days_since_epoch() - 1;
  };
  std::int64_t e = original_last.days_since_epoch();
  for (;;) {
    std::int64_t n = 0;
    for (auto x : qualifying)
      if (x >= first.days_since_epoch() && x <= reach(e)) ++n;
    const std::int64_t next = original_last.days_since_epoch() + n;
    if (next == e) break;
    e = next;
  }
  return Date::from_days_since_epoch(reach(e));
}

}  // namespace

TEST_CASE("WSE-LDE \"Een inschakelingstraject duurt maximaal 5 jaar, te tellen vanaf eerste dag tewerkstelling.\" (I-1, I-7)") {
  Trace trace;
  const Trajectory t = traj(standard(), &trace);
  CHECK(t.first_day == d("2020-02-01"));
  CHECK(t.original_last_day == d("2025-01-31"));
  CHECK(t.last_day == d("2025-01-31"));
  CHECK(t.absence_extension_days == 0);
  CHECK(t.competence_extension_months == 0);
  CHECK(trace_says(trace, "worker.trajectory.length", "2020-02-01 .. 2025-01-31"));
}

TEST_CASE("WSE-SUPPORT \"1. Werknemer\" \"een traject van maximaal 5 jaar\"; a trajectory starting 29 February ends 28 February (I-2)") {
  WorkerDossier w = person("1970-07-07");
  w.rights.push_back({RightKind::lde, d("2016-01-15")});
  w.employment.push_back(job("2016-02-29"));
  const Trajectory t = traj(w);
  CHECK(t.first_day == d("2016-02-29"));
  CHECK(t.original_last_day == d("2021-02-28"));
}

TEST_CASE("I-7: the trajectory starts on the first eligible employment; later periods continue it without suspension (W-4)") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2018-10-01")});
  Employment unrecognised = job("2019-01-01", "2019-05-31", "E0");
  unrecognised.employer_recognised = false;
  w.employment.push_back(job("2022-03-01", nullptr, "E2"));
  w.employment.push_back(unrecognised);
  w.employment.push_back(job("2019-06-01", "2021-01-31", "E1"));
  const Trajectory t = traj(w);
  CHECK(t.first_day == d("2019-06-01"));
  CHECK(t.last_day == d("2024-05-31"));

  const WorkerStatus gap = evaluate_worker(w, d("2021-06-01"), P());
  CHECK_FALSE(gap.in_trajectory);
  CHECK_FALSE(gap.compensated);
  const WorkerStatus back = evaluate_worker(w, d("2022-03-01"), P());
  CHECK(back.in_trajectory);
  CHECK(back.compensated);
  CHECK(evaluate_worker(w, d("2024-05-31"), P()).compensated);
  CHECK_FALSE(evaluate_worker(w, d("2024-06-01"), P()).compensated);
  // hiring of the first employment (by date) is reported: the unrecognised one
  REQUIRE(back.hiring.has_value());
  CHECK(back.hiring->failing == std::vector<std::string>{hiring_condition::employer_recognised});
}

TEST_CASE("no trajectory without an eligible employment") {
  CHECK_FALSE(trajectory(person("1980-01-01"), P()).has_value());
  WorkerDossier w = standard();
  w.rights.clear();
  CHECK_FALSE(trajectory(w, P()).has_value());
}

TEST_CASE("WSE-LDE 1. \"langdurige afwezigheid van minstens 30 (kalender)dagen\": 29, 30 and 31 days of illness (I-8)") {
  WorkerDossier w = standard();
  SUBCASE("29 days do not extend") {
    absent(w, "2021-03-01", "2021-03-29");
    const Trajectory t = traj(w);
    CHECK(t.absence_extension_days == 0);
    CHECK(t.last_day == d("2025-01-31"));
    REQUIRE(t.absences.size() == 1);
    CHECK_FALSE(t.absences[0].qualifies);
    CHECK(t.absences[0].reason.find("fewer than 30") != std::string::npos);
  }
  SUBCASE("30 days extend by 30") {
    absent(w, "2021-03-01", "2021-03-30");
    const Trajectory t = traj(w);
    CHECK(t.absence_extension_days == 30);
    CHECK(t.last_day == d("2025-03-02"));
    CHECK(t.absences[0].qualifies);
    CHECK(t.absences[0].counted_days == 30);
  }
  SUBCASE("31 days extend by 31") {
    absent(w, "2021-03-01", "2021-03-31");
    CHECK(traj(w).last_day == d("2025-03-03"));
  }
}

TEST_CASE("WSE-LDE 1. \"voor ziekte, ongeval, moeder/vaderschapsverlof of adoptieverlof\": each reason extends, any other does not (I-8)") {
  for (AbsenceReason r : {AbsenceReason::illness, AbsenceReason::accident, AbsenceReason::maternity_leave,
                          AbsenceReason::paternity_leave, AbsenceReason::adoption_leave}) {
    WorkerDossier w = standard();
    absent(w, "2022-01-01", "2022-01-30", r);
    CAPTURE(to_string(r));
    CHECK(traj(w).absence_extension_days == 30);
  }
  WorkerDossier w = standard();
  absent(w, "2022-01-01", "2022-04-30", AbsenceReason::other);
  const Trajectory t = traj(w);
  CHECK(t.absence_extension_days == 0);
  REQUIRE(t.absences.size() == 1);
  CHECK(t.absences[0].reason.find("another reason") != std::string::npos);
}

TEST_CASE("WSE-LDE 1. \"Alle afwezigheden ... kunnen opgeteld worden\": several qualifying absences add up (I-8)") {
  WorkerDossier w = standard();
  absent(w, "2021-03-01", "2021-04-29");                               // 60 days
  absent(w, "2023-10-01", "2023-10-30", AbsenceReason::accident);      // 30 days
  absent(w, "2024-02-01", "2024-02-20");                               // 20 days: no
  const Trajectory t = traj(w);
  CHECK(t.absence_extension_days == 90);
  CHECK(t.last_day == d("2025-05-01"));
  CHECK(t.absences.size() == 3);
}

TEST_CASE("I-8: adjacent illness and maternity leave form one uninterrupted absence") {
  WorkerDossier w = standard();
  absent(w, "2021-03-01", "2021-03-15");                                  // 15 days of illness
  absent(w, "2021-03-16", "2021-04-04", AbsenceReason::maternity_leave);  // 20 days of maternity leave
  Trace trace;
  const Trajectory t = traj(w, &trace);
  REQUIRE(t.absences.size() == 1);
  CHECK(t.absences[0].period == Period(d("2021-03-01"), d("2021-04-04")));
  CHECK(t.absences[0].sources == std::vector<std::size_t>{0, 1});
  CHECK(t.absences[0].reason.find("illness + maternity_leave") != std::string::npos);
  CHECK(t.absence_extension_days == 35);
  CHECK(t.last_day == d("2025-03-07"));

  SUBCASE("one day in between: two short absences, no extension") {
    w.absences[1].first_day = d("2021-03-17");
    CHECK(traj(w).absence_extension_days == 0);
  }
  SUBCASE("overlapping qualifying absences merge too") {
    w.absences[1] = Absence{d("2021-03-10"), d("2021-04-09"), AbsenceReason::accident};
    CHECK(traj(w).absence_extension_days == 40);
  }
}

TEST_CASE("I-8, W-2: absences for another reason never join qualifying ones and never shorten them") {
  WorkerDossier w = standard();
  SUBCASE("an other-reason absence between two illnesses does not bridge them") {
    absent(w, "2021-03-01", "2021-03-20");
    absent(w, "2021-03-21", "2021-03-25", AbsenceReason::other);
    absent(w, "2021-03-26", "2021-04-14");
    const Trajectory t = traj(w);
    CHECK(t.absence_extension_days == 0);
    CHECK(t.absences.size() == 3);
  }
  SUBCASE("an other-reason absence overlapping an illness leaves the illness whole") {
    absent(w, "2021-03-01", "2021-03-30");
    absent(w, "2021-03-10", "2021-03-20", AbsenceReason::other);
    const Trajectory t = traj(w);
    CHECK(t.absence_extension_days == 30);
    REQUIRE(t.absences.size() == 2);
    CHECK(t.absences[0].qualifies);
    CHECK_FALSE(t.absences[1].qualifies);
    CHECK(t.absences[1].sources == std::vector<std::size_t>{1});
  }
}

TEST_CASE("WSE-LDE Opgelet \"voor alle periodes van afwezigheid na 01 april 2015 (van minimaal 30 onafgebroken dagen)\": an absence straddling 2015-04-01 (I-8, W-1, I-21)") {
  // A converted worker whose trajectory started before the decree (I-21).
  WorkerDossier w = person("1970-01-01");
  w.rights.push_back({RightKind::lde, d("2014-05-01")});
  w.employment.push_back(job("2014-06-01"));
  CHECK(traj(w).original_last_day == d("2019-05-31"));
  SUBCASE("42 days, of which 20 on or after 2015-04-01: qualifies by its 42 days, the 20 count (I-8 literally)") {
    absent(w, "2015-03-10", "2015-04-20");
    Trace trace;
    const Trajectory t = traj(w, &trace);
    REQUIRE(t.absences.size() == 1);
    CHECK(t.absences[0].qualifies);
    CHECK(t.absences[0].counted_days == 20);
    CHECK(t.absence_extension_days == 20);
    CHECK(t.last_day == d("2019-06-20"));
    CHECK(t.absences[0].reason.find("20 days from 2015-04-01 counted") != std::string::npos);
    CHECK(t.absences[0].reason.find("its 22 days before 2015-04-01 not counted, I-8, W-1") != std::string::npos);
    CHECK(trace_says(trace, "worker.trajectory.length", "I-21"));
    CHECK(t.last_day == brute_force_last(w, t.first_day, t.original_last_day));
  }
  SUBCASE("29 days straddling 2015-04-01 do not qualify, however many fall after it") {
    absent(w, "2015-03-31", "2015-04-28");
    const Trajectory t = traj(w);
    CHECK_FALSE(t.absences[0].qualifies);
    CHECK(t.absences[0].reason.find("fewer than 30") != std::string::npos);
    CHECK(t.absence_extension_days == 0);
  }
  SUBCASE("an absence of 30 days ending on 2015-04-01 adds that one day") {
    absent(w, "2015-03-03", "2015-04-01");
    const Trajectory t = traj(w);
    CHECK(t.absences[0].counted_days == 1);
    CHECK(t.last_day == d("2019-06-01"));
  }
  SUBCASE("66 days, of which 35 on or after 2015-04-01: the 35 count") {
    absent(w, "2015-03-01", "2015-05-05");
    const Trajectory t = traj(w);
    CHECK(t.absences[0].counted_days == 35);
    CHECK(t.last_day == d("2019-07-05"));
  }
  SUBCASE("an absence entirely before 2015-04-01 never counts") {
    absent(w, "2014-10-01", "2014-12-31");
    const Trajectory t = traj(w);
    CHECK(t.absence_extension_days == 0);
    CHECK(t.absences[0].reason.find("entirely before 2015-04-01") != std::string::npos);
  }
}

TEST_CASE("I-8: only days inside the trajectory count; an absence straddling its first day counts from it") {
  WorkerDossier w = standard();
  absent(w, "2019-10-01", "2019-12-31");  // before the trajectory
  absent(w, "2020-01-10", "2020-02-20");  // 42 days, 20 inside
  const Trajectory t = traj(w);
  REQUIRE(t.absences.size() == 2);
  CHECK_FALSE(t.absences[0].qualifies);
  CHECK(t.absences[0].reason.find("before the trajectory's first day") != std::string::npos);
  CHECK(t.absences[1].counted_days == 20);
  CHECK(t.last_day == d("2025-02-20"));
}

TEST_CASE("I-8 fixed point: an absence straddling the original end counts in full") {
  WorkerDossier w = standard();
  absent(w, "2025-01-01", "2025-03-31");  // 90 days, 31 before the original end
  Trace trace;
  const Trajectory t = traj(w, &trace);
  CHECK(t.absence_extension_days == 90);
  CHECK(t.last_day == d("2025-05-01"));
  CHECK(t.absences[0].reason.find("fixed point") != std::string::npos);
  CHECK(trace_says(trace, "worker.trajectory.absence_extension", "fixed point"));
  CHECK(t.last_day == brute_force_last(w, t.first_day, t.original_last_day));
}

TEST_CASE("I-8 fixed point: an absence in the added days extends again; one starting the day after does not") {
  WorkerDossier w = standard();
  absent(w, "2024-06-01", "2024-07-30");  // 60 days -> last day 2025-04-01
  absent(w, "2025-03-01", "2025-04-09");  // 40 days, after the original end, inside the added days -> 2025-05-11
  absent(w, "2025-05-12", "2025-06-20");  // 40 days starting the day after the final last day
  const Trajectory t = traj(w);
  CHECK(t.absence_extension_days == 100);
  CHECK(t.last_day == d("2025-05-11"));
  REQUIRE(t.absences.size() == 3);
  CHECK(t.absences[1].qualifies);
  CHECK_FALSE(t.absences[2].qualifies);
  CHECK(t.absences[2].reason.find("starts after the trajectory's last day 2025-05-11") != std::string::npos);
  CHECK(t.last_day == brute_force_last(w, t.first_day, t.original_last_day));

  w.absences[2].first_day = d("2025-05-11");  // now it starts on the last day: counted in full
  CHECK(traj(w).last_day == d("2025-06-21"));
}

TEST_CASE("I-8 fixed point equals a day-by-day iteration on many dossiers, with and without competence months (W-1, W-13)") {
  std::uint64_t seed = 12345;
  auto next = [&](std::int64_t lo, std::int64_t hi) {
    seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
    return lo + static_cast<std::int64_t>((seed >> 33) % static_cast<std::uint64_t>(hi - lo + 1));
  };
  for (int k = 0; k < 300; ++k) {
    WorkerDossier w = person("1970-01-01");
    w.rights.push_back({RightKind::lde, d("2013-01-01")});
    const Date first = d("2013-06-01").plus_days(next(0, 900));
    w.employment.push_back(Employment{"E", first, std::nullopt, true, Fte::parse("1"), false});
    for (std::int64_t n = next(0, 6); n > 0; --n) {
      const Date a = first.plus_days(next(-100, 365 * 6));
      w.absences.push_back({a, a.plus_days(next(0, 80)), static_cast<AbsenceReason>(next(1, 6))});
    }
    // every other dossier has competence extensions (W-13), some capped at 12
    for (std::int64_t n = k % 2 == 0 ? 0 : next(1, 2); n > 0; --n)
      w.competence_extensions.push_back({static_cast<int>(next(1, 9)), first.plus_days(365 * 4)});
    const Trajectory t = traj(w);
    CAPTURE(k);
    CHECK(t.last_day == brute_force_last(w, t.first_day, t.original_last_day, t.competence_extension_months));
    CHECK(t.last_day == (t.competence_extension_months > 0
                             ? Period::months_from(t.original_last_day.plus_days(t.absence_extension_days + 1),
                                                   t.competence_extension_months)
                                   .last()
                             : t.original_last_day.plus_days(t.absence_extension_days)));
    std::int64_t counted = 0;
    for (const auto& j : t.absences) counted += j.counted_days;
    CHECK(counted == t.absence_extension_days);
  }
}

TEST_CASE("WSE-LDE 2. \"na goedkeuring van VDAB, aanleiding zijn voor maximaal 1 jaar verlenging\" (I-9)") {
  WorkerDossier w = standard();
  SUBCASE("6 months approved") {
    w.competence_extensions.push_back({6, d("2024-03-01")});
    const Trajectory t = traj(w);
    CHECK(t.competence_extension_months == 6);
    CHECK(t.last_day == d("2025-07-31"));
  }
  SUBCASE("18 months approved: capped at 12, and the trace says so") {
    w.competence_extensions.push_back({18, d("2024-06-01")});
    Trace trace;
    const Trajectory t = traj(w, &trace);
    CHECK(t.competence_requested_months == 18);
    CHECK(t.competence_extension_months == 12);
    CHECK(t.last_day == d("2026-01-31"));
    CHECK(trace_says(trace, "worker.trajectory.competence_extension", "capped at 12 months"));
  }
  SUBCASE("8 + 6 months: 1 year in total at most") {
    w.competence_extensions.push_back({8, d("2023-01-01")});
    w.competence_extensions.push_back({6, d("2024-01-01")});
    CHECK(traj(w).competence_extension_months == 12);
  }
  SUBCASE("added after the absence extension, as a period of months (I-22)") {
    absent(w, "2021-03-01", "2021-03-30");  // -> 2025-03-02
    w.competence_extensions.push_back({12, d("2024-06-01")});
    CHECK(traj(w).last_day == d("2026-03-02"));
  }
  SUBCASE("6 months from 2025-09-01 end on 2026-02-28 (I-22)") {
    w.employment[0].first_day = d("2020-09-01");
    w.competence_extensions.push_back({6, d("2024-06-01")});
    const Trajectory t = traj(w);
    CHECK(t.original_last_day == d("2025-08-31"));
    CHECK(t.last_day == d("2026-02-28"));
  }
}

TEST_CASE("I-22: the competence months are a period starting the day after the trajectory's last day") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2020-01-01")});
  SUBCASE("ending 2025-04-30, extended by 1 month: 2025-05-31 (not 2025-05-30)") {
    w.employment.push_back(job("2020-05-01"));
    w.competence_extensions.push_back({1, d("2024-06-01")});
    Trace trace;
    const Trajectory t = traj(w, &trace);
    CHECK(t.original_last_day == d("2025-04-30"));
    CHECK(t.last_day == d("2025-05-31"));
    CHECK(trace_says(trace, "worker.trajectory.competence_extension", "a period of 1 months from 2025-05-01, I-22"));
  }
  SUBCASE("ending 2025-02-28, extended by 6 months: 2025-08-31 (not 2025-08-28)") {
    w.employment.push_back(job("2020-03-01"));
    w.competence_extensions.push_back({6, d("2024-06-01")});
    CHECK(traj(w).original_last_day == d("2025-02-28"));
    CHECK(traj(w).last_day == d("2025-08-31"));
  }
  SUBCASE("ending 2025-01-31, extended by 6 months: 2025-07-31") {
    w.employment.push_back(job("2020-02-01"));
    w.competence_extensions.push_back({6, d("2024-06-01")});
    CHECK(traj(w).last_day == d("2025-07-31"));
  }
  SUBCASE("ending 2025-01-30, extended by 1 month: the period from 2025-01-31 ends on 2025-02-28") {
    w.employment.push_back(job("2020-01-31"));
    w.competence_extensions.push_back({1, d("2024-06-01")});
    CHECK(traj(w).original_last_day == d("2025-01-30"));
    CHECK(traj(w).last_day == d("2025-02-28"));
  }
  SUBCASE("an absence inside the months still extends it, on the corrected end (W-13)") {
    w.employment.push_back(job("2020-05-01"));               // .. 2025-04-30
    w.competence_extensions.push_back({1, d("2024-06-01")});  // .. 2025-05-31
    absent(w, "2025-05-01", "2025-05-30");                   // 30 days inside the month
    const Trajectory t = traj(w);
    CHECK(t.absence_extension_days == 30);
    CHECK(t.last_day == d("2025-06-30"));  // 2025-05-30 + a month from 2025-05-31
    CHECK(t.last_day == brute_force_last(w, t.first_day, t.original_last_day, 1));
  }
}

TEST_CASE("W-13: qualifying absence days inside the competence months extend the trajectory too (I-7, I-8, I-9)") {
  WorkerDossier w = standard();                              // .. 2025-01-31
  w.competence_extensions.push_back({6, d("2024-06-01")});  // + 6 months: .. 2025-07-31
  absent(w, "2025-03-01", "2025-04-09");                    // 40 days inside the competence months
  Trace trace;
  const Trajectory t = traj(w, &trace);
  REQUIRE(t.absences.size() == 1);
  CHECK(t.absences[0].qualifies);
  CHECK(t.absences[0].counted_days == 40);
  CHECK(t.absence_extension_days == 40);
  // 2025-01-31 + 40 days = 2025-03-12, then + 6 months (I-9 after I-8)
  CHECK(t.last_day == d("2025-09-12"));
  CHECK(t.last_day == brute_force_last(w, t.first_day, t.original_last_day, 6));
  CHECK(t.absences[0].reason.find("competence months after 2025-01-31, which are part of the trajectory (W-13)") !=
        std::string::npos);
  CHECK_FALSE(trace_says(trace, "worker.trajectory.absence_extension", "starts after the trajectory's last day"));
  CHECK(trace_says(trace, "worker.trajectory.absence_extension", "the 6 competence months follow (I-9)"));
  CHECK(trace_says(trace, "worker.trajectory.competence_extension", "6 months added after the absence extension: 2025-03-12 -> 2025-09-12"));
  CHECK(trace_says(trace, "worker.trajectory.competence_extension", "W-13"));

  SUBCASE("an absence starting the day after the last day (with the competence months) does not count, and the trace says so truly") {
    w.absences[0] = Absence{d("2025-08-01"), d("2025-09-30"), AbsenceReason::illness};
    Trace t2;
    const Trajectory u = traj(w, &t2);
    CHECK(u.last_day == d("2025-07-31"));
    CHECK_FALSE(u.absences[0].qualifies);
    CHECK(u.absences[0].reason.find("starts after the trajectory's last day 2025-07-31 (including extensions)") !=
          std::string::npos);
  }
  SUBCASE("an absence starting on the last day counts and extends again (fixed point)") {
    w.absences[0] = Absence{d("2025-07-31"), d("2025-09-30"), AbsenceReason::accident};
    const Trajectory u = traj(w);
    CHECK(u.absences[0].counted_days == 62);
    CHECK(u.last_day == brute_force_last(w, u.first_day, u.original_last_day, 6));
    CHECK(u.absences[0].reason.find("extends it again (fixed point)") != std::string::npos);
  }
  SUBCASE("a month end can hold the last day still: the days after it are not counted (fixed point)") {
    // trajectory .. 2025-01-28, + 1 month = 2025-02-28; one more absence day
    // moves the absence end to 2025-01-29, whose + 1 month is still 2025-02-28.
    WorkerDossier v = person("1980-05-10");
    v.rights.push_back({RightKind::lde, d("2019-12-01")});
    v.employment.push_back(job("2020-01-29"));
    v.competence_extensions.push_back({1, d("2024-06-01")});
    absent(v, "2025-02-28", "2025-04-30");  // 62 days starting on the last day
    const Trajectory u = traj(v);
    CHECK(u.original_last_day == d("2025-01-28"));
    CHECK(u.last_day == brute_force_last(v, u.first_day, u.original_last_day, 1));
    CHECK(u.absences[0].counted_days == 1);
    CHECK(u.last_day == d("2025-02-28"));
    CHECK(u.absences[0].reason.find("61 days after 2025-02-28 lie after the trajectory's last day") != std::string::npos);
  }
}

TEST_CASE("I-21: a reform with a value from 2010 still evaluates a trajectory that started in 2012") {
  WorkerDossier w = person("1970-01-01");
  w.rights.push_back({RightKind::lde, d("2011-09-01")});
  w.employment.push_back(job("2012-01-01"));
  absent(w, "2015-05-01", "2015-06-30");
  const ParameterSet reform =
      P().with_value("trajectory.absence_min_days", d("2010-01-01"), std::int64_t{45}, "what-if from 2010");
  Trace trace;
  const auto t = trajectory(w, reform, &trace);
  REQUIRE(t.has_value());
  CHECK(t->original_last_day == d("2016-12-31"));
  CHECK(t->absence_extension_days == 61);
  CHECK(trace_says(trace, "worker.right.validity", "I-21"));
  CHECK(evaluate_worker(w, d("2013-01-01"), reform).in_trajectory);
}
