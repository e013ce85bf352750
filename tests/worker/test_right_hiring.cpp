// Right (I-4, I-6) and hiring eligibility (I-5).
// Sources: WSE-FAQ "Indicering doelgroepwerknemers" 5.4, 5.9, 5.10, 5.11, 5.12;
// WSE-FAQ "Definities" VOP; WSE-FAQ "Vacatures" 7.6, 7.8.
#include "support.hpp"

#include <fstream>
#include <sstream>

using namespace lde;
using namespace lde::worker_test;

TEST_CASE("WSE-FAQ 5.9 \"Een recht op lokale diensteneconomie blijft 5 jaar geldig.\" (I-1, I-4)") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2019-12-01")});
  const auto periods = right_periods(w, P());
  REQUIRE(periods.size() == 1);
  CHECK(periods[0].last_day == d("2024-11-30"));
  CHECK_FALSE(periods[0].replaced_by.has_value());

  CHECK_FALSE(right_on(w, d("2019-11-30"), P()).valid);
  const RightOnDate first = right_on(w, d("2019-12-01"), P());
  CHECK(first.valid);
  CHECK(first.kind == RightKind::lde);
  CHECK(first.granted == d("2019-12-01"));
  CHECK(first.last_day == d("2024-11-30"));
  CHECK(right_on(w, d("2024-11-30"), P()).valid);
  const RightOnDate after = right_on(w, d("2024-12-01"), P());
  CHECK_FALSE(after.valid);
  // I-25: the decision still names the last right in force, its kind and the day it ended.
  CHECK(after.kind == RightKind::lde);
  CHECK(after.granted == d("2019-12-01"));
  CHECK(after.last_day == d("2024-11-30"));
  CHECK(after.ended == RightEnd::expired);
  CHECK_FALSE(first.ended.has_value());
  // Before any grant there is nothing to name.
  const RightOnDate before = right_on(w, d("2019-11-30"), P());
  CHECK_FALSE(before.kind.has_value());
  CHECK_FALSE(before.ended.has_value());
}

TEST_CASE("I-25: a right no longer in force is named with its kind and last day, expired or replaced") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2015-06-01")});       // replaced on 2018-03-01
  w.rights.push_back({RightKind::maatwerk, d("2018-03-01")});  // expires: last day 2023-02-28
  Trace trace;
  const RightOnDate r = right_on(w, d("2024-01-10"), P(), &trace);
  CHECK_FALSE(r.valid);
  CHECK(r.kind == RightKind::maatwerk);
  CHECK(r.granted == d("2018-03-01"));
  CHECK(r.last_day == d("2023-02-28"));
  CHECK(r.ended == RightEnd::expired);
  CHECK(trace.to_text().find("the last right in force before it, maatwerk granted 2018-03-01, ended on 2023-02-28") !=
        std::string::npos);
  CHECK(trace.to_text().find("I-25") != std::string::npos);
  // A replaced right ends the day before the replacing grant, which is then in force: on the day of
  // the replacement the decision names the new right, valid.
  const RightOnDate mid = right_on(w, d("2018-03-01"), P());
  CHECK(mid.valid);
  CHECK(mid.kind == RightKind::maatwerk);
  CHECK_FALSE(mid.ended.has_value());
  CHECK(to_string(RightEnd::expired) == "expired");
  CHECK(to_string(RightEnd::replaced) == "replaced");
}

TEST_CASE("WSE-FAQ 5.9: a right granted on 29 February ends on 28 February five years later (I-2)") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2016-02-29")});
  CHECK(right_periods(w, P())[0].last_day == d("2021-02-28"));
  CHECK(right_on(w, d("2021-02-28"), P()).valid);
  CHECK_FALSE(right_on(w, d("2021-03-01"), P()).valid);
}

TEST_CASE("WSE-FAQ 5.10 \"blijft vijf jaar geldig, ondanks de periode van tewerkstelling\": work elsewhere does not suspend it (I-4)") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2018-01-10")});
  Employment elsewhere = job("2019-01-01", "2020-06-30", "regular employer");
  elsewhere.employer_recognised = false;
  elsewhere.employer_contingent_fte = Fte();
  w.employment.push_back(elsewhere);
  w.employment.push_back(job("2022-12-01", nullptr, "LDE enterprise"));
  CHECK(right_periods(w, P())[0].last_day == d("2023-01-09"));
  CHECK(hiring_eligibility(w, w.employment[1], P()).eligible);
  CHECK_FALSE(hiring_eligibility(w, w.employment[0], P()).eligible);
  // I-7: once employment started the trajectory no longer depends on the right.
  const auto t = trajectory(w, P());
  REQUIRE(t);
  CHECK(t->first_day == d("2022-12-01"));
  CHECK(t->last_day == d("2027-11-30"));
  const WorkerStatus s = evaluate_worker(w, d("2024-05-01"), P());
  CHECK_FALSE(s.right.valid);
  CHECK(s.in_trajectory);
  CHECK(s.compensated);
}

TEST_CASE("WSE-FAQ 5.4 \"Het is niet mogelijk om meerdere rechten te combineren\": a new indication replaces the earlier right (I-6)") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2019-06-15")});  // listed first, granted later
  w.rights.push_back({RightKind::vop, d("2017-03-01")});
  Trace trace;
  const auto periods = right_periods(w, P(), &trace);
  REQUIRE(periods.size() == 2);
  CHECK(periods[0].kind == RightKind::vop);
  CHECK(periods[0].index == 1);
  CHECK(periods[0].last_day == d("2019-06-14"));
  REQUIRE(periods[0].replaced_by.has_value());
  CHECK(*periods[0].replaced_by == 0);
  CHECK(periods[1].kind == RightKind::lde);
  CHECK(periods[1].index == 0);
  CHECK(periods[1].last_day == d("2024-06-14"));
  CHECK(trace_says(trace, "worker.right.one_at_a_time", "rights[1] vop granted 2017-03-01 is replaced by rights[0] lde granted 2019-06-15"));
  CHECK(trace_says(trace, "worker.right.one_at_a_time", "2022-02-28"));  // where it would have ended

  CHECK(right_on(w, d("2019-06-14"), P()).kind == RightKind::vop);
  CHECK(right_on(w, d("2019-06-15"), P()).kind == RightKind::lde);
}

TEST_CASE("I-6: a renewed indication of the same kind replaces the earlier one and runs 5 years from its own date") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2016-01-01")});
  w.rights.push_back({RightKind::lde, d("2019-01-01")});
  const auto periods = right_periods(w, P());
  CHECK(periods[0].last_day == d("2018-12-31"));
  CHECK(periods[1].last_day == d("2023-12-31"));
  CHECK(right_on(w, d("2023-12-31"), P()).granted == d("2019-01-01"));
}

TEST_CASE("I-4: a later indication after the right expired leaves a gap without a right") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2010-01-01")});
  w.rights.push_back({RightKind::maatwerk, d("2016-01-01")});
  const auto periods = right_periods(w, P());
  CHECK(periods[0].last_day == d("2014-12-31"));
  CHECK_FALSE(periods[0].replaced_by.has_value());
  CHECK_FALSE(right_on(w, d("2015-06-01"), P()).valid);
  CHECK(right_on(w, d("2016-01-01"), P()).kind == RightKind::maatwerk);
}

TEST_CASE("I-6: two rights of different kinds granted on one day are a reported conflict") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2020-01-06")});
  w.rights.push_back({RightKind::maatwerk, d("2020-01-06")});
  const Caught c = catch_error([&] { right_periods(w, P()); });
  CHECK(c.code == ErrorCode::conflict);
  CHECK(c.field == "rights[1]");
  CHECK(c.what.find("2020-01-06") != std::string::npos);
  CHECK(c.what.find("maatwerk") != std::string::npos);
  CHECK(catch_error([&] { evaluate_worker(w, d("2021-01-01"), P()); }).code == ErrorCode::conflict);
  CHECK(catch_error([&] { right_on(w, d("2021-01-01"), P()); }).field == "rights[1]");

  SUBCASE("the same indication recorded twice is not a conflict") {
    w.rights[1].kind = RightKind::lde;
    const RightOnDate r = right_on(w, d("2024-12-31"), P());
    CHECK(r.valid);
    CHECK(r.last_day == d("2025-01-05"));
  }
}

TEST_CASE("WSE-FAQ \"Definities\" VOP \"kan niet gecombineerd worden met een recht op maatwerk of recht op lokale diensteneconomie\"; 5.12 a VOP worker needs a new indication (I-5, I-6)") {
  WorkerDossier w = person("1975-03-03");
  w.rights.push_back({RightKind::vop, d("2019-05-01")});
  w.employment.push_back(job("2020-02-01"));
  Trace trace;
  const HiringEligibility h = hiring_eligibility(w, w.employment[0], P(), &trace);
  CHECK_FALSE(h.eligible);
  REQUIRE(h.failing.size() == 1);
  CHECK(h.failing[0] == hiring_condition::right_valid);
  CHECK(trace_says(trace, "worker.hiring.eligibility", "the right in force on 2020-02-01 is vop"));
  CHECK_FALSE(trajectory(w, P()).has_value());

  // "moet er een indicering door de VDAB plaatsvinden": with a new LDE indication on the first day it works.
  w.rights.push_back({RightKind::lde, d("2020-02-01")});
  CHECK(hiring_eligibility(w, w.employment[0], P()).eligible);
  REQUIRE(trajectory(w, P()).has_value());
  CHECK(trajectory(w, P())->first_day == d("2020-02-01"));
}

TEST_CASE("WSE-FAQ 5.12 and 7.8 \"uitsluitend een vergoeding ... indien ze erkend is ... én een contingent\": every failing condition is listed (I-5)") {
  WorkerDossier w = person("1980-05-10");
  Employment e = job("2020-02-01");
  e.employer_recognised = false;
  e.employer_contingent_fte = Fte();
  e.employer_in_brussels = true;
  w.employment.push_back(e);
  const HiringEligibility h = hiring_eligibility(w, w.employment[0], P());
  CHECK_FALSE(h.eligible);
  const std::vector<std::string> expected{hiring_condition::right_valid, hiring_condition::employer_recognised,
                                          hiring_condition::employer_contingent,
                                          hiring_condition::employer_not_in_brussels};
  CHECK(h.failing == expected);

  SUBCASE("only the contingent missing (7.8: no support measures without a contingent)") {
    w.rights.push_back({RightKind::lde, d("2019-01-01")});
    w.employment[0] = job("2020-02-01");
    w.employment[0].employer_contingent_fte = Fte();
    const HiringEligibility h2 = hiring_eligibility(w, w.employment[0], P());
    CHECK(h2.failing == std::vector<std::string>{hiring_condition::employer_contingent});
    w.employment[0].employer_contingent_fte = Fte::parse("0.5");
    CHECK(hiring_eligibility(w, w.employment[0], P()).eligible);
  }
}

TEST_CASE("WSE-FAQ 5.11 \"Brusselse werkzoekenden kunnen toegeleid worden\" and 7.6 \"Artikel 60'ers kunnen inderdaad toegeleid worden\" (I-5)") {
  // Neither the residence nor the artikel 60 status is an input: a worker with an LDE
  // right hired by a recognised Flemish employer is eligible, whoever they are.
  WorkerDossier w = standard();
  Trace trace;
  const HiringEligibility h = hiring_eligibility(w, w.employment[0], P(), &trace);
  CHECK(h.eligible);
  CHECK(h.failing.empty());
  CHECK(trace_says(trace, "worker.hiring.eligibility", "residence (Brussels) and \"artikel 60\" status do not matter"));
  // The employer's establishment does matter ("Organisatievoorwaarden" 2.14).
  w.employment[0].employer_in_brussels = true;
  CHECK(hiring_eligibility(w, w.employment[0], P()).failing ==
        std::vector<std::string>{hiring_condition::employer_not_in_brussels});
}

TEST_CASE("I-5: the right must be valid on the first day of employment (grant date included, last day included)") {
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2020-02-01")});
  w.employment.push_back(job("2020-02-01"));
  CHECK(hiring_eligibility(w, w.employment[0], P()).eligible);
  w.rights[0].granted = d("2020-02-02");
  CHECK_FALSE(hiring_eligibility(w, w.employment[0], P()).eligible);
  w.rights[0].granted = d("2015-02-02");  // valid until 2020-02-01
  CHECK(hiring_eligibility(w, w.employment[0], P()).eligible);
  w.rights[0].granted = d("2015-02-01");  // valid until 2020-01-31
  CHECK_FALSE(hiring_eligibility(w, w.employment[0], P()).eligible);
}

TEST_CASE("I-21: the 2023 reform (legal.new_hires_allowed) stops new LDE hires from 2023-07-01 when applied") {
  std::ifstream in(std::string(LDE_SOURCE_DIR) + "/data/parameters/reforms/maatwerk-2023.json");
  REQUIRE(in.good());
  std::stringstream text;
  text << in.rdbuf();
  const ParameterSet reform = P().with_changes(text.str(), "maatwerk-2023.json");
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2023-01-01")});
  w.employment.push_back(job("2023-06-30"));
  CHECK(hiring_eligibility(w, w.employment[0], reform).eligible);
  w.employment[0].first_day = d("2023-07-01");
  const HiringEligibility h = hiring_eligibility(w, w.employment[0], reform);
  CHECK(h.failing == std::vector<std::string>{hiring_condition::new_hires_allowed});
  CHECK(hiring_eligibility(w, w.employment[0], P()).eligible);  // not in the default set
}
