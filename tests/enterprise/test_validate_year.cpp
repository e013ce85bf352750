// Bad input (I-20) through every path, and evaluate_enterprise with trace on and off.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "lde/core/error.hpp"
#include "lde/enterprise/year.hpp"

#include <algorithm>
#include <functional>
#include <limits>

using namespace lde;
using namespace lde_test;

namespace {
const ParameterSet& P() { return ParameterSet::defaults(); }

void expect_error(const std::function<void()>& f, ErrorCode code, const std::string& field, const std::string& in_message) {
  try {
    f();
    FAIL("expected an error for " << field);
  } catch (const Error& e) {
    CHECK(e.code() == code);
    CHECK(e.field() == field);
    CHECK(std::string(e.what()).find(in_message) != std::string::npos);
  }
}

Enterprise sample() {
  Enterprise e = enterprise("10", "2020-05-15", "T-123");
  e.allocation_date = d("2020-05-15");
  e.contingent.push_back({d("2025-08-16"), fte("12")});
  hires_all_year(e, 2025, "9.5");
  hires_all_year(e, 2026, "11");
  for (int q = 1; q <= 4; ++q) {
    dmfa(e, "2025-Q" + std::to_string(q), {"1", "1", "1", "1", "1", "1", "0.8", "0.75"});
    dmfa(e, "2026-Q" + std::to_string(q), {"1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "0.5", "0.25"});
  }
  e.other_activities = OtherActivities::non_commercial;
  return e;
}
}  // namespace

TEST_CASE("I-20: validate names the field and the value") {
  Enterprise e = enterprise("10");
  dmfa(e, "2026-Q1", {"1", "0.5", "0.5"});
  e.dmfa[Quarter(2026, 1)].push_back({"w4", Fte::from_units(12000), true});  // 1.2, built without the [0, 1] check
  expect_error([&] { validate(e); }, ErrorCode::invalid_argument, "dmfa.2026-Q1[3].fraction", "1.20");

  // Hires given one by one: each contractual fraction in [0, 1], named by its index (I-20);
  // a month is either a total or a list (I-14).
  Enterprise hires = enterprise("10");
  hires.hire_fractions[Month(2026, 1)] = {fte("1.00"), fte("0.50"), fte("1.20")};
  expect_error([&] { validate(hires); }, ErrorCode::invalid_argument, "hires.2026-01[2]", "1.20");
  hires.hire_fractions[Month(2026, 1)][2] = fte("1.00");
  validate(hires);
  hires.hires[Month(2026, 1)] = fte("2.50");
  expect_error([&] { validate(hires); }, ErrorCode::conflict, "hires.2026-01", "both");
  expect_error([&] { (void)sum_hire_fractions(std::vector<Fte>(100001, fte("1")), "hires.2026-02"); },
               ErrorCode::out_of_range, "hires.2026-02", "100000.00");
  CHECK(sum_hire_fractions(std::vector<Fte>(100000, fte("1")), "hires.2026-02") == fte("100000"));

  Enterprise twice = enterprise("10");
  dmfa(twice, "2026-Q1", {"1", "0.5"});
  twice.dmfa[Quarter(2026, 1)].push_back({"w1", fte("0.5"), true});
  expect_error([&] { validate(twice); }, ErrorCode::conflict, "dmfa.2026-Q1[2].worker", "w1");

  Enterprise empty_worker = enterprise("10");
  empty_worker.dmfa[Quarter(2026, 2)].push_back({"", fte("0.5"), true});
  expect_error([&] { validate(empty_worker); }, ErrorCode::invalid_argument, "dmfa.2026-Q2[0].worker", "empty");

  Enterprise no_number = enterprise("10");
  no_number.allocation_number.clear();
  expect_error([&] { validate(no_number); }, ErrorCode::invalid_argument, "allocation_number", "empty");

  Enterprise negative_amount = enterprise("10");
  negative_amount.transition_amounts[2016] = eur("-5.00");
  expect_error([&] { validate(negative_amount); }, ErrorCode::invalid_argument, "transition_amounts.2016", "-5.00");

  Enterprise same_day = enterprise("10", "2020-01-01");
  same_day.contingent.push_back({d("2020-01-01"), fte("5")});
  expect_error([&] { validate(same_day); }, ErrorCode::conflict, "contingent[1].from", "2020-01-01");

  // A negative contingent, filled FTE or fraction cannot even be built (Fte is never negative), so
  // validate() has no such check; the builders reject them with the field's name.
  expect_error([&] { (void)Fte::from_units(-50000, "contingent[0].fte"); }, ErrorCode::invalid_argument,
               "contingent[0].fte", "-5.00");
  expect_error([&] { (void)Fte::fraction("1.5", "dmfa.2026-Q1[0].fraction"); }, ErrorCode::invalid_argument,
               "dmfa.2026-Q1[0].fraction", "1.5");
  expect_error([&] { (void)Fte::from_double(std::numeric_limits<double>::quiet_NaN(), "hires.2026-01"); },
               ErrorCode::invalid_argument, "hires.2026-01", "NaN");
  expect_error([&] { (void)Month(2026, 13, "hires"); }, ErrorCode::invalid_argument, "hires", "13");

  validate(sample());  // a good enterprise passes
}

TEST_CASE("I-20: every rule rejects bad input") {
  Enterprise e = enterprise("10");
  e.dmfa[Quarter(2026, 1)].push_back({"w1", Fte::from_units(10001), true});
  const std::string field = "dmfa.2026-Q1[0].fraction";
  const auto bad = ErrorCode::invalid_argument;
  expect_error([&] { (void)monthly_advance(e, Month(2026, 1), P()); }, bad, field, "1.0001");
  expect_error([&] { (void)quarterly_settlement(e, Quarter(2026, 1), P()); }, bad, field, "1.0001");
  expect_error([&] { (void)year_schedule(e, 2026, P()); }, bad, field, "1.0001");
  expect_error([&] { (void)minimum_scale(e, 2026, P()); }, bad, field, "1.0001");
  expect_error([&] { (void)occupancy(e, 2027, P()); }, bad, field, "1.0001");
  expect_error([&] { (void)startup_transition(e, P()); }, bad, field, "1.0001");
  expect_error([&] { (void)organisation_conditions(e, P(), d("2026-01-01")); }, bad, field, "1.0001");
  expect_error([&] { (void)evaluate_enterprise(e, 2026, P()); }, bad, field, "1.0001");
  Enterprise good = enterprise("10");
  expect_error([&] { (void)year_schedule(good, 10000, P()); }, ErrorCode::invalid_date, "year", "10000");
  expect_error([&] { (void)evaluate_enterprise(good, 1399, P()); }, ErrorCode::invalid_date, "year", "1399");
}

TEST_CASE("evaluate_enterprise gives identical values with the trace on and off") {
  const Enterprise e = sample();
  for (int year : {2016, 2022, 2025, 2026}) {
    CAPTURE(year);
    Trace on(true);
    const EnterpriseYear a = evaluate_enterprise(e, year, P(), &on);
    const EnterpriseYear b = evaluate_enterprise(e, year, P(), nullptr);
    Trace off(false);
    const EnterpriseYear c = evaluate_enterprise(e, year, P(), &off);
    CHECK(off.steps().empty());
    CHECK_FALSE(on.steps().empty());
    for (const EnterpriseYear* x : {&b, &c}) {
      CHECK(x->year == a.year);
      REQUIRE(x->schedule.advances.size() == a.schedule.advances.size());
      for (std::size_t i = 0; i < a.schedule.advances.size(); ++i) {
        const auto& p = a.schedule.advances[i];
        const auto& q = x->schedule.advances[i];
        CHECK(p.amount == q.amount);
        CHECK(p.capped_fte == q.capped_fte);
        CHECK(p.contingent == q.contingent);
        CHECK(p.payment_reference == q.payment_reference);
        CHECK(p.payment_around == q.payment_around);
      }
      for (std::size_t i = 0; i < 4; ++i) {
        const auto& p = a.schedule.settlements[i];
        const auto& q = x->schedule.settlements[i];
        CHECK(p.right == q.right);
        CHECK(p.advances == q.advances);
        CHECK(p.settlement == q.settlement);
        CHECK(p.capped_fte == q.capped_fte);
        CHECK(p.payment_reference == q.payment_reference);
        CHECK(a.scale.quarter_fte[i] == x->scale.quarter_fte[i]);
        CHECK(a.occupancy.quarter_occupancy[i] == x->occupancy.quarter_occupancy[i]);
      }
      CHECK(x->schedule.total_rights == a.schedule.total_rights);
      CHECK(x->scale.average_fte == a.scale.average_fte);
      CHECK(x->scale.applies == a.scale.applies);
      CHECK(x->scale.compliant == a.scale.compliant);
      CHECK(x->scale.must_comply_from == a.scale.must_comply_from);
      CHECK(x->occupancy.rate == a.occupancy.rate);
      CHECK(x->occupancy.contingent_after == a.occupancy.contingent_after);
      CHECK(x->transition.has_value() == a.transition.has_value());
      CHECK(x->conditions.failing == a.conditions.failing);
      CHECK(x->conditions.applies == a.conditions.applies);
      CHECK(x->report.has_value() == a.report.has_value());
      CHECK(x->pop_required == a.pop_required);
    }
  }
}

TEST_CASE("evaluate_enterprise: the combined answer for 2026, worked out") {
  const Enterprise e = sample();
  Trace trace;
  const EnterpriseYear y = evaluate_enterprise(e, 2026, P(), &trace);
  // 11 FTE hired, contingent 12: January 12600 × 11 / 365 × 31 = 11771.51
  CHECK(y.schedule.advances[0].amount.to_string() == "11771.51");
  // DmfA 10.75 FTE each quarter: Q1 right 12600 × 10.75 × 90 / 365 = 33398.63
  CHECK(y.schedule.settlements[0].right.to_string() == "33398.63");
  CHECK(y.schedule.total_advances + y.schedule.total_settlements == y.schedule.total_rights);
  CHECK(y.scale.average_fte == fte("10.75"));
  CHECK(y.scale.applies);  // conditions from 2022-07-01; 2026 is a whole year after it
  CHECK(y.scale.compliant);
  // Occupancy of 2025 (measured 2026-Q3): 7.55 FTE each quarter against 10, 10, 10 and a day-weighted Q4... Q3 changes
  // on 2025-08-16 to 12: Q3 = (10 × 46 + 12 × 46) / 92 = 11.00; Q4 12.00.
  CHECK(y.occupancy.quarter_contingent[2] == fte("11"));
  CHECK(y.occupancy.quarter_occupancy[0].to_string() == "75.50");
  CHECK(y.occupancy.quarter_occupancy[2].to_string() == "68.64");  // 7.55 / 11
  CHECK(y.occupancy.quarter_occupancy[3].to_string() == "62.92");  // 7.55 / 12
  CHECK(y.occupancy.rate.to_string() == "70.64");                   // (75.50 + 75.50 + 68.64 + 62.92) / 4 = 70.64
  CHECK(y.occupancy.contingent_before == fte("12"));
  CHECK(y.occupancy.reduction == fte("2.32"));  // 12 × 19.36 % = 2.3232
  CHECK(y.occupancy.contingent_after == fte("9.68"));
  REQUIRE(y.transition.has_value());
  CHECK(y.transition->conditions_from == d("2022-07-01"));
  CHECK(y.conditions.failing == std::vector<std::string>{"sui_generis_division"});
  CHECK(y.conditions.applies);
  REQUIRE(y.report.has_value());
  CHECK(y.report->due == d("2027-07-31"));
  CHECK(y.pop_required);
  std::vector<std::string> rules;
  for (const auto& s : trace.steps()) rules.push_back(s.rule);
  for (const char* id : {"enterprise.year", "enterprise.compensation.monthly_advance",
                         "enterprise.compensation.quarterly_settlement", "enterprise.compensation.year_schedule",
                         "enterprise.scale.minimum", "enterprise.occupancy", "enterprise.transition.startup",
                         "enterprise.conditions", "enterprise.quality.sustainability_report", "enterprise.quality.pop"}) {
    CHECK(std::find(rules.begin(), rules.end(), id) != rules.end());
  }
  CHECK(trace.to_json().find("I-15") != std::string::npos);
}

TEST_CASE("I-20, I-16: an allocation number of only white space is rejected, naming the field") {
  for (const char* blank : {" ", "   ", "\t", " \n "}) {
    CAPTURE(blank);
    Enterprise e = enterprise("10", "2015-04-01", blank);
    expect_error([&] { validate(e); }, ErrorCode::invalid_argument, "allocation_number", "only white space");
    expect_error([&] { (void)monthly_advance(e, Month(2026, 1), P()); }, ErrorCode::invalid_argument,
                 "allocation_number", "empty");
  }
  Enterprise padded = enterprise("10", "2015-04-01", " LDE-0042 ");
  validate(padded);  // a real number with spaces around is still a number
  // A DmfA worker id of only spaces names nobody either.
  Enterprise w = enterprise("10");
  w.dmfa[Quarter(2026, 1)].push_back({"  ", fte("1"), true});
  expect_error([&] { validate(w); }, ErrorCode::invalid_argument, "dmfa.2026-Q1[0].worker", "empty");
}

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.7, I-20: an empty legal form is rejected, a named other form fails the condition") {
  Enterprise e = enterprise("10");
  e.legal_form = LegalForm::other;
  e.legal_form_text = "";
  expect_error([&] { validate(e); }, ErrorCode::invalid_argument, "legal_form", "empty");
  e.legal_form_text = "  ";
  expect_error([&] { (void)organisation_conditions(e, P(), d("2026-01-01")); }, ErrorCode::invalid_argument,
               "legal_form", "empty");
  e.legal_form_text = "bvba";
  validate(e);
  CHECK(organisation_conditions(e, P(), d("2026-01-01")).failing == std::vector<std::string>{"legal_form"});
  // An allowed form set in C++ without a label is fine: the enum says it all.
  Enterprise v = enterprise("10");
  v.legal_form_text.clear();
  validate(v);
}

TEST_CASE("I-14: a temporary fixed amount exists only for the 2015-2016 financial transition") {
  Enterprise e = enterprise("10");
  e.converted = true;
  e.transition_amounts[2015] = eur("20000.00");
  e.transition_amounts[2016] = eur("40000.00");
  validate(e);
  e.transition_amounts[2026] = eur("40000.00");
  expect_error([&] { validate(e); }, ErrorCode::invalid_argument, "transition_amounts.2026", "40000.00");
  expect_error([&] { validate(e); }, ErrorCode::invalid_argument, "transition_amounts.2026", "2015 to 2016");
  // Every rule rejects it, also for another year than the one asked for.
  expect_error([&] { (void)monthly_advance(e, Month(2016, 1), P()); }, ErrorCode::invalid_argument,
               "transition_amounts.2026", "2026");
  expect_error([&] { (void)evaluate_enterprise(e, 2026, P()); }, ErrorCode::invalid_argument,
               "transition_amounts.2026", "2026");
  e.transition_amounts.erase(2026);
  e.transition_amounts[2014] = eur("1.00");
  expect_error([&] { validate(e); }, ErrorCode::invalid_argument, "transition_amounts.2014", "2014");
  e.transition_amounts.erase(2014);

  // The years are effective-dated parameters with their sources; a what-if can widen them.
  const ParameterSet& p = P();
  CHECK(p.integer("compensation.fixed_amount_first_year", d("2026-01-01")) == 2015);
  CHECK(p.integer("compensation.fixed_amount_last_year", d("2026-01-01")) == 2016);
  CHECK(p.definition("compensation.fixed_amount_last_year").history.front().source.find("16 maart 2016") !=
        std::string::npos);
  CHECK(p.definition("compensation.fixed_amount_first_year").history.front().source.find("17 juli 2015") !=
        std::string::npos);
  const ParameterSet longer =
      p.with_value("compensation.fixed_amount_last_year", d("2015-04-01"), std::int64_t{2017}, "what-if");
  e.transition_amounts[2017] = eur("30000.00");
  CHECK_THROWS_AS(validate(e, p), Error);
  CHECK_THROWS_AS(validate(e), Error);  // the defaults
  validate_structure(e);                // parameter-free: what readers and constructors check
  validate(e, longer);
  CHECK(monthly_advance(e, Month(2017, 1), longer).transition_amount_used);

  // The trace of an advance under a fixed amount shows the transition years it relied on.
  Trace trace;
  (void)monthly_advance(e, Month(2016, 2), longer, &trace);
  bool first = false;
  bool last = false;
  for (const auto& q : trace.steps().front().parameters) {
    first = first || q.name == "compensation.fixed_amount_first_year";
    last = last || (q.name == "compensation.fixed_amount_last_year" && q.value == "2017");
  }
  CHECK(first);
  CHECK(last);
}

TEST_CASE("I-20, I-12: input amounts and FTE are bounded, naming the input field, so no sum can overflow") {
  const std::int64_t max_units = enterprise_limits::max_fte_units;
  CHECK(max_units == 100000 * Fte::kScale);
  Enterprise c = enterprise("10");
  c.contingent.push_back({d("2020-01-01"), Fte::from_units(max_units)});
  validate(c);  // the bound itself is accepted
  c.contingent.push_back({d("2021-01-01"), Fte::from_units(max_units + 1)});
  expect_error([&] { validate(c); }, ErrorCode::out_of_range, "contingent[2].fte", "100000.0001");

  Enterprise h = enterprise("10");
  h.hires[Month(2026, 3)] = Fte::from_units(std::numeric_limits<std::int64_t>::max());
  expect_error([&] { (void)year_schedule(h, 2026, P()); }, ErrorCode::out_of_range, "hires.2026-03", "above");

  Enterprise a = enterprise("10");
  a.converted = true;
  a.transition_amounts[2016] = Money::from_cents(enterprise_limits::max_transition_amount_cents);
  validate(a);
  CHECK(year_schedule(a, 2016, P()).total_rights.to_string() == "1000000000.00");
  a.transition_amounts[2016] = Money::from_cents(std::numeric_limits<std::int64_t>::max());
  expect_error([&] { (void)year_schedule(a, 2016, P()); }, ErrorCode::out_of_range, "transition_amounts.2016",
               "92233720368547758.07");

  // The largest accepted inputs give exact results: 100 000 FTE all year.
  Enterprise big = enterprise("100000");
  hires_all_year(big, 2026, "100000");
  const YearSchedule y = year_schedule(big, 2026, P());
  CHECK(y.total_advances.to_string() == "1260000000.02");  // 12 advances, each rounded once
  CHECK(y.total_advances + y.total_settlements == y.total_rights);
}

TEST_CASE("E-15, I-12: an absurd what-if rate is refused naming the parameter, never a wrap-around") {
  // A rate so large that each advance would fit in 64-bit cents but the year's total would not:
  // refused where it is read, naming the parameter and its date (Money sums are checked too:
  // test_money.cpp).
  const ParameterSet huge =
      P().with_value("compensation.annual_rate_per_fte", d("2015-04-01"), Money::from_cents(9000000000000000000LL), "what-if");
  Enterprise e = enterprise("2");
  hires_all_year(e, 2026, "2");
  expect_error([&] { (void)year_schedule(e, 2026, huge); }, ErrorCode::out_of_range,
               "compensation.annual_rate_per_fte", "2026-01-01");
  const ParameterSet negative =
      P().with_value("compensation.annual_rate_per_fte", d("2015-04-01"), Money::from_cents(-100), "what-if");
  expect_error([&] { (void)monthly_advance(e, Month(2026, 1), negative); }, ErrorCode::out_of_range,
               "compensation.annual_rate_per_fte", "-1.00");
  // The bound itself is accepted: 1 000 000.00 x 2 FTE / 365 x 31 = 169863.01369... -> 169863.01.
  const ParameterSet top = P().with_value("compensation.annual_rate_per_fte", d("2015-04-01"),
                                          Money::from_cents(enterprise_limits::max_annual_rate_cents), "what-if");
  CHECK(monthly_advance(e, Month(2026, 1), top).amount.to_string() == "169863.01");
}

TEST_CASE("E-12: the first supported year 1400 is evaluated; the occupancy of 1399 is not measurable") {
  Enterprise e = enterprise("4", "1400-01-01", "OLD-1");
  for (int q = 1; q <= 4; ++q) dmfa_full_time(e, "1400-Q" + std::to_string(q), 3);
  Trace trace;
  const EnterpriseYear y = evaluate_enterprise(e, 1400, P(), &trace);
  CHECK(y.year == 1400);
  CHECK_FALSE(y.occupancy.measurable);
  CHECK(y.occupancy.measured_year == 1399);
  CHECK(y.occupancy.measured_in == Quarter(1400, 3));
  CHECK(y.occupancy.quarters_counted == 0);
  CHECK_FALSE(y.occupancy.reduced);
  CHECK(y.occupancy.contingent_before == fte("4"));
  CHECK(y.occupancy.contingent_after == fte("4"));
  CHECK(y.scale.average_fte == fte("3"));
  CHECK(y.schedule.settlements[0].right.to_string() == "9320.55");  // 12600 × 3 × 90 / 365, rules of 2015-04-01 (I-21)
  bool said = false;
  for (const auto& s : trace.steps()) {
    if (s.rule == "enterprise.occupancy") said = s.outcome.find("not measurable") != std::string::npos;
  }
  CHECK(said);
  // The direct rule says the same; the year after is measured as usual.
  CHECK_FALSE(occupancy(e, 1400, P()).measurable);
  const OccupancyResult next = occupancy(e, 1401, P());
  CHECK(next.measurable);
  CHECK(next.quarters_counted == 4);
  CHECK(next.rate.to_string() == "75.00");
  // Outside the calendar the error names the input field "year" and the year given, not a derived date.
  expect_error([&] { (void)evaluate_enterprise(e, 1399, P()); }, ErrorCode::invalid_date, "year", "year 1399 is outside");
  expect_error([&] { (void)evaluate_enterprise(e, 9999, P()); }, ErrorCode::invalid_date, "year", "1400 to 9998");
  expect_error([&] { (void)occupancy(e, 1399, P()); }, ErrorCode::invalid_date, "year", "1399");
}
