// The local services and the DAEB rules (WSE-FAQ 4.1 .. 4.20; I-26, I-27, L-1 .. L-9): each rule on its own,
// the whole decision, the JSON round trip and the named errors.
#include <doctest/doctest.h>

#include "../caught.hpp"

#include "lde/core/error.hpp"
#include "lde/core/parameters.hpp"
#include "lde/core/rule.hpp"
#include "lde/io/local_service.hpp"
#include "lde/local_service/evaluate.hpp"
#include "lde/local_service/rules.hpp"

#include <algorithm>
#include <string>

using namespace lde;
using namespace lde::local_service;
using lde::test::catch_error;

namespace {

Date d(const char* iso) { return Date::parse(iso); }
Money m(const char* s) { return Money::parse(s); }
const ParameterSet& P() { return ParameterSet::defaults(); }

/// A local social restaurant that meets every condition (the base of the cases in tests/cases/local_services.json).
LocalService restaurant() {
  LocalService s;
  s.name = "sociaal restaurant";
  s.klaverblad = Klaverblad::local;
  s.trajectories = Klaverblad::local;
  s.daeb_declared_by = Authority::college;
  Assignment a;
  a.given_by = Authority::ocmw_council;
  a.submitted_to_department = true;
  a.legally_binding = true;
  a.elements.assign(std::begin(kDecisionElements), std::end(kDecisionElements));
  s.assignment = a;
  s.market = MarketTest{MarketSituation::provided_unsatisfactorily, {Shortcoming::cost_for_target_group}};
  ImpactAnalysis ia;
  ia.drawn_up_by = Authority::college;
  ia.parts.assign(std::begin(kImpactParts), std::end(kImpactParts));
  ia.advice = Advice{Forum::local_employment_forum, true, true};
  s.impact_analysis = ia;
  return s;
}

bool has(const std::vector<std::string>& v, const char* id) { return std::find(v.begin(), v.end(), id) != v.end(); }

}  // namespace

TEST_CASE("every rule of the family is in the catalogue with a source") {
  for (const Rule* r : kRules) {
    CHECK(find_rule(r->id) == r);
    CHECK(r->source.rfind("WSE-FAQ 4.", 0) == 0);
  }
}

TEST_CASE("a complete local assignment may be executed (4.2 .. 4.8, 4.11, 4.15 .. 4.20)") {
  Trace trace;
  const LocalServiceDecision dec = evaluate_local_service(restaurant(), d("2024-06-01"), P(), &trace);
  CHECK(dec.may_execute);
  CHECK(dec.failing.empty());
  CHECK_FALSE(dec.overcompensated);
  CHECK(dec.allocation_call.met);
  CHECK(dec.notes.size() == 2);
  CHECK(trace.steps().size() >= 12);
  // Tracing off gives the same values.
  const LocalServiceDecision quiet = evaluate_local_service(restaurant(), d("2024-06-01"), P(), nullptr);
  CHECK(quiet.may_execute == dec.may_execute);
  CHECK(quiet.failing == dec.failing);
}

TEST_CASE("no assignment: not executable, no allocation call (4.2, 4.14)") {
  LocalService s = restaurant();
  s.assignment.reset();
  const LocalServiceDecision dec = evaluate_local_service(s, d("2024-06-01"), P());
  CHECK_FALSE(dec.may_execute);
  CHECK(dec.failing.front() == "assignment_missing");
  CHECK_FALSE(dec.allocation_call.met);
  CHECK(dec.decision.missing.size() == 8);
  CHECK(dec.decision.check.failing.empty());  // assignment_missing names it
}

TEST_CASE("not submitted to the department (4.3)") {
  LocalService s = restaurant();
  s.assignment->submitted_to_department = false;
  const Check c = assignment_required(s);
  CHECK_FALSE(c.met);
  CHECK(c.failing == std::vector<std::string>{"assignment_not_submitted"});
  CHECK(allocation_call(s).met);
}

TEST_CASE("Flemish trajectories for a local assignment (4.4, L-4)") {
  LocalService s = restaurant();
  s.trajectories = Klaverblad::flemish;
  CHECK(klaverblad_match(s).failing == std::vector<std::string>{"flemish_trajectories_for_local_assignment"});
  s.klaverblad = Klaverblad::flemish;
  s.trajectories = Klaverblad::local;
  CHECK(klaverblad_match(s).met);  // the other direction is not forbidden (L-4)
}

TEST_CASE("who may declare a DAEB (4.5, L-3)") {
  LocalService s = restaurant();
  for (Authority a : {Authority::college, Authority::municipal_council, Authority::provincial_council}) {
    s.daeb_declared_by = a;
    CHECK(daeb_declaration(s).met);
  }
  for (Authority a : {Authority::ocmw_council, Authority::intermunicipal_partnership, Authority::flemish_minister,
                      Authority::provincial_deputation}) {
    s.daeb_declared_by = a;
    CHECK(daeb_declaration(s).failing == std::vector<std::string>{"daeb_declared_by_wrong_body"});
  }
  s.daeb_declared_by.reset();
  CHECK(daeb_declaration(s).failing == std::vector<std::string>{"daeb_not_declared"});
  s.klaverblad = Klaverblad::flemish;
  s.daeb_declared_by = Authority::flemish_government;
  CHECK(daeb_declaration(s).met);
}

TEST_CASE("who may give the assignment (4.6, L-1, L-2)") {
  LocalService s = restaurant();
  s.assignment->given_by = Authority::flemish_minister;
  CHECK(assigning_authority(s).failing == std::vector<std::string>{"assignment_by_wrong_body"});
  s.assignment->given_by = Authority::mandated_person;
  s.assignment->mandate = "algemeen directeur, delegatiebesluit 2023-12-18";
  CHECK(assigning_authority(s).met);
  s.assignment->mandate.clear();
  const auto e = catch_error([&] { validate(s); });
  CHECK(e.code == ErrorCode::invalid_argument);
  CHECK(e.field == "assignment.mandate");
  s.klaverblad = Klaverblad::flemish;
  s.assignment->given_by = Authority::flemish_minister;
  CHECK(assigning_authority(s).met);
}

TEST_CASE("each missing element of the decision is named (4.7, 4.8)") {
  for (DecisionElement missing : kDecisionElements) {
    LocalService s = restaurant();
    auto& el = s.assignment->elements;
    el.erase(std::find(el.begin(), el.end(), missing));
    const DecisionCheck c = assignment_decision(s);
    CHECK_FALSE(c.check.met);
    REQUIRE(c.missing.size() == 1);
    CHECK(c.missing[0] == missing);
    CHECK(c.check.failing == std::vector<std::string>{"decision_missing_elements"});
  }
  LocalService s = restaurant();
  s.assignment->legally_binding = false;
  CHECK(assignment_decision(s).check.failing == std::vector<std::string>{"decision_not_binding"});
}

TEST_CASE("market test (4.11, L-5)") {
  LocalService s = restaurant();
  s.market = MarketTest{MarketSituation::provided_satisfactorily, {}};
  CHECK(market_test(s).failing == std::vector<std::string>{"market_provides_service"});
  s.market = MarketTest{MarketSituation::could_be_provided_satisfactorily, {}};
  CHECK_FALSE(market_test(s).met);
  s.market = MarketTest{MarketSituation::not_provided, {}};
  CHECK(market_test(s).met);
  s.market = MarketTest{MarketSituation::provided_unsatisfactorily, {}};
  CHECK(catch_error([&] { validate(s); }).field == "market.shortcomings");
  s.market = MarketTest{MarketSituation::not_provided, {Shortcoming::price}};
  CHECK(catch_error([&] { validate(s); }).code == ErrorCode::conflict);
  s.market.reset();
  CHECK(market_test(s).failing == std::vector<std::string>{"market_test_missing"});
}

TEST_CASE("compensation cap: exactly at the cap and one cent above (4.9, I-26)") {
  LocalService s = restaurant();
  // 2024 is a leap year: the whole year is a share of 1. Net cost 80000.00; profit (2.50 + 1.00) % of 50000.00 = 1750.00.
  s.compensation = Compensation{d("2024-01-01"), d("2024-12-31"), m("100000.00"), m("20000.00"), m("50000.00"),
                                RatePercent::parse("2.50"), m("81750.00")};
  auto r = compensation_cap(s, d("2024-06-01"), P());
  REQUIRE(r);
  CHECK(r->year_share == "1.000000");
  CHECK(r->max_profit == m("1750.00"));
  CHECK(r->cap == m("81750.00"));
  CHECK(r->check.met);
  s.compensation->compensation = m("81750.01");
  r = compensation_cap(s, d("2024-06-01"), P());
  CHECK(r->overcompensation == m("0.01"));
  CHECK(r->check.failing == std::vector<std::string>{"overcompensation"});
  // Half a year across two years: 2023-07-01 .. 2024-06-30 = 184/365 + 182/366.
  s.compensation->first_day = d("2023-07-01");
  s.compensation->last_day = d("2024-06-30");
  r = compensation_cap(s, d("2024-06-01"), P());
  const Rational share = Rational(184, 365) + Rational(182, 366);
  CHECK(r->max_profit == Money::round(Rational(35, 1000) * Rational(5000000) * share));
}

TEST_CASE("a negative rate of return is no profit; revenues above costs cap at 0 (L-6)") {
  LocalService s = restaurant();
  s.compensation = Compensation{d("2021-01-01"), d("2021-12-31"), m("1000.00"), m("3000.00"), m("50000.00"),
                                RatePercent::parse("-1.25"), m("0.00")};
  const auto r = compensation_cap(s, d("2021-06-01"), P());
  CHECK(r->profit_rate.ten_thousandths() == 0);
  CHECK(r->max_profit == Money());
  CHECK(r->cap == Money());
  CHECK(r->check.met);
}

TEST_CASE("co-funding: deduction capped at the co-funding (4.10, I-27)") {
  LocalService s = restaurant();
  s.co_funding = CoFunding{d("2024-01-01"), d("2024-12-31"), m("25200.00"), m("5000.00"), m("28000.00")};
  auto r = co_funding(s);
  CHECK(r->overcompensation == m("2200.00"));
  CHECK(r->deduction == m("2200.00"));
  CHECK(r->trajectory_compensation_after == m("23000.00"));
  s.co_funding->net_cost = m("20000.00");
  r = co_funding(s);
  CHECK(r->overcompensation == m("10200.00"));
  CHECK(r->deduction == m("5000.00"));
}

TEST_CASE("impact analysis: parts, author, advice (4.15 .. 4.20, L-7, L-8)") {
  LocalService s = restaurant();
  s.impact_analysis->drawn_up_by = Authority::ocmw_council;
  CHECK(has(impact_analysis(s).check.failing, "impact_analysis_wrong_body"));
  s.impact_analysis->drawn_up_by = Authority::intermunicipal_partnership;
  CHECK(has(impact_analysis(s).check.failing, "impact_analysis_wrong_body"));
  s.municipalities = 3;
  s.impact_analysis->advice->forum = Forum::resoc;
  CHECK(impact_analysis(s).check.met);
  s.impact_analysis->advice->forum = Forum::local_employment_forum;
  CHECK(impact_analysis(s).check.failing == std::vector<std::string>{"advice_forum_not_regional"});
  s.impact_analysis->advice->forum = Forum::serr;
  s.impact_analysis->advice->trade_unions = false;
  CHECK(impact_analysis(s).check.failing == std::vector<std::string>{"advice_stakeholders_missing"});
  s.impact_analysis->advice.reset();
  CHECK(impact_analysis(s).check.failing == std::vector<std::string>{"advice_missing"});
  s.impact_analysis->parts.pop_back();
  const ImpactAnalysisResult r = impact_analysis(s);
  CHECK(r.missing_parts == std::vector<ImpactPart>{ImpactPart::flemish_policy});
  s.impact_analysis.reset();
  CHECK(impact_analysis(s).check.failing == std::vector<std::string>{"impact_analysis_missing"});
}

TEST_CASE("named errors") {
  LocalService s = restaurant();
  s.compensation = Compensation{d("2024-01-01"), d("2023-12-31"), m("1.00"), m("0.00"), m("0.00"),
                                RatePercent::parse("2.00"), m("0.00")};
  auto e = catch_error([&] { validate(s); });
  CHECK(e.code == ErrorCode::invalid_date);
  CHECK(e.field == "compensation.last_day");
  s.compensation->last_day = d("2024-12-31");
  s.compensation->costs = m("-0.01");
  CHECK(catch_error([&] { validate(s); }).field == "compensation.costs");
  s.compensation->costs = m("1.00");
  s.compensation->swap_rate = RatePercent::parse("-5.0001");
  e = catch_error([&] { validate(s); });
  CHECK(e.code == ErrorCode::out_of_range);
  CHECK(e.field == "compensation.swap_rate_percent");
  s.compensation->swap_rate = RatePercent::parse("-5.00");
  CHECK_NOTHROW(validate(s));
  CHECK(catch_error([] { (void)parse_authority("burgemeester", "daeb_declared_by"); }).field == "daeb_declared_by");
  CHECK(catch_error([] { (void)RatePercent::parse("2.12345", "r"); }).code == ErrorCode::parse_error);
  s.impact_analysis->parts.push_back(ImpactPart::policy);
  CHECK(catch_error([&] { validate(s); }).field == "impact_analysis.parts[8]");
}

TEST_CASE("JSON round trip and field paths") {
  LocalService s = restaurant();
  s.compensation = Compensation{d("2024-01-01"), d("2024-12-31"), m("100000.00"), m("20000.00"), m("50000.00"),
                                RatePercent::parse("2.5"), m("81750.00")};
  const std::string text = io::to_json(s);
  const LocalService back = io::parse_local_service(text);
  CHECK(io::to_json(back) == text);
  const auto e = catch_error([] {
    (void)io::parse_local_service(R"({"name": "x", "klaverblad": "regional"})");
  });
  CHECK(e.field == "klaverblad");
  CHECK(catch_error([] { (void)io::parse_local_service(R"({"name": "x", "klaverblad": "local", "extra": 1})"); }).field ==
        "extra");
}
