// Minimum scale (I-17) and the start-up transition (I-18).
// Source: WSE-FAQ "Organisatievoorwaarden" 2.1-2.6.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "lde/core/error.hpp"
#include "lde/enterprise/compensation.hpp"
#include "lde/enterprise/scale.hpp"
#include "lde/enterprise/transition.hpp"

using namespace lde;
using namespace lde_test;

namespace {
const ParameterSet& P() { return ParameterSet::defaults(); }

Enterprise converted_with_quarters(int year, const std::vector<std::vector<std::string>>& quarters) {
  Enterprise e = enterprise("10", "2015-04-01");
  e.converted = true;
  for (std::size_t q = 0; q < quarters.size(); ++q) {
    if (!quarters[q].empty()) dmfa(e, std::to_string(year) + "-Q" + std::to_string(q + 1), quarters[q]);
  }
  return e;
}
}  // namespace

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.3 / I-17: quarterly totals to 2 decimals, yearly average, long-term sick counted") {
  Enterprise e = converted_with_quarters(2026, {{"1", "1", "1", "1", "1", "0.3333"},  // 5.3333 → 5.33
                                                {"1", "1", "1", "1", "0.995"},         // 4.995 → 5.00 (half away)
                                                {"1", "1", "1", "1", "1", "1"},        // 6.00
                                                {"1", "1", "1", "1", "0.5"}});         // 4.50
  // A long-term sick worker absent the whole quarter still has a reference wage cost above 0 and counts;
  // a line with a reference wage cost of 0 does not.
  e.dmfa[Quarter(2026, 3)].push_back({"sick", fte("1"), true});
  e.dmfa[Quarter(2026, 3)].push_back({"no-cost", fte("1"), false});
  Trace trace;
  const ScaleResult r = minimum_scale(e, 2026, P(), &trace);
  CHECK(r.quarter_fte[0] == fte("5.33"));
  CHECK(r.quarter_fte[1] == fte("5.00"));
  CHECK(r.quarter_fte[2] == fte("7.00"));
  CHECK(r.quarter_fte[3] == fte("4.50"));
  // (5.33 + 5.00 + 7.00 + 4.50) / 4 = 5.4575, exactly (I-17): quarters under 5 are fine while the average is 5 or more.
  CHECK(r.average_fte == fte("5.4575"));
  CHECK(r.minimum == fte("5.00"));
  CHECK(r.compliant);
  CHECK(r.applies);
  CHECK(trace.steps().front().rule == "enterprise.scale.minimum");
}

TEST_CASE("I-17: the yearly average is compared exactly, not rounded") {
  Enterprise e = converted_with_quarters(2026, {{"1", "1", "1", "1", "1", "0.01"}, {"1", "1", "1", "1", "1"},
                                                {"1", "1", "1", "1", "1"}, {"1", "1", "1", "1", "1", "0.01"}});
  const ScaleResult r = minimum_scale(e, 2026, P());
  CHECK(r.average_fte == fte("5.005"));  // 20.02 / 4
  CHECK(r.compliant);
  // 5.00, 5.00, 5.00 and 4.99 average 4.9975: not met (rounded, it would have been 5.00 and met).
  Enterprise edge = converted_with_quarters(2026, {{"1", "1", "1", "1", "1"}, {"1", "1", "1", "1", "1"},
                                                   {"1", "1", "1", "1", "1"}, {"1", "1", "1", "1", "0.99"}});
  Trace trace;
  const ScaleResult r1 = minimum_scale(edge, 2026, P(), &trace);
  CHECK(r1.average_fte == fte("4.9975"));
  CHECK(r1.average_fte.to_string() == "4.9975");
  CHECK_FALSE(r1.compliant);
  CHECK(r1.label_may_be_withdrawn);
  CHECK(trace.to_text().find("yearly average 4.9975 FTE") != std::string::npos);
  CHECK(trace.to_text().find("(5.00 + 5.00 + 5.00 + 4.99) / 4 = 4.9975 exactly") != std::string::npos);
  Enterprise low = converted_with_quarters(2026, {{"1", "1", "1", "1", "0.99"}, {"1", "1", "1", "1", "1"},
                                                  {"1", "1", "1", "1", "1"}, {"1", "1", "1", "1", "0.98"}});
  const ScaleResult r2 = minimum_scale(low, 2026, P());
  CHECK(r2.average_fte == fte("4.9925"));  // 19.97 / 4
  CHECK_FALSE(r2.compliant);
  // Exactly 5.00 passes.
  Enterprise five = converted_with_quarters(2026, {{"1", "1", "1", "1", "1"}, {"1", "1", "1", "1", "1"},
                                                   {"1", "1", "1", "1", "1", "0.01"}, {"1", "1", "1", "1", "0.99"}});
  CHECK(minimum_scale(five, 2026, P()).average_fte == fte("5.00"));
  CHECK(minimum_scale(five, 2026, P()).compliant);
}

TEST_CASE("E-3: a quarter without DmfA data counts as 0.00 FTE in the scale") {
  Enterprise e = converted_with_quarters(2026, {{"1", "1", "1", "1", "1", "0.3333"},
                                                {"1", "1", "1", "1", "0.995"},
                                                {"1", "1", "1", "1", "1", "1"},
                                                {}});
  const ScaleResult r = minimum_scale(e, 2026, P());
  CHECK(r.quarter_fte[3] == Fte{});
  CHECK(r.average_fte == fte("4.0825"));  // 16.33 / 4, exact (I-17)
  CHECK_FALSE(r.compliant);
}

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.1, 2.2: the scale is computed per label (enterprise or establishment unit)") {
  // One enterprise with two establishment units of 3 FTE each: two labels fail, one enterprise-level label passes.
  Enterprise unit_a = converted_with_quarters(2026, {{"1", "1", "1"}, {"1", "1", "1"}, {"1", "1", "1"}, {"1", "1", "1"}});
  unit_a.allocation_number = "unit-A";
  Enterprise unit_b = unit_a;
  unit_b.allocation_number = "unit-B";
  Enterprise whole = converted_with_quarters(2026, {{"1", "1", "1", "1", "1", "1"}, {"1", "1", "1", "1", "1", "1"},
                                                    {"1", "1", "1", "1", "1", "1"}, {"1", "1", "1", "1", "1", "1"}});
  whole.allocation_number = "whole";
  CHECK_FALSE(minimum_scale(unit_a, 2026, P()).compliant);
  CHECK_FALSE(minimum_scale(unit_b, 2026, P()).compliant);
  CHECK(minimum_scale(whole, 2026, P()).compliant);
  // No advantage or disadvantage for the compensation: the same FTE gives the same right either way.
  const Money a = quarterly_settlement(unit_a, Quarter(2026, 1), P()).right;
  const Money b = quarterly_settlement(unit_b, Quarter(2026, 1), P()).right;
  const Money w = quarterly_settlement(whole, Quarter(2026, 1), P()).right;
  CHECK(a + b == w);  // 2 × 9320.55 = 18641.10
  CHECK(w.to_string() == "18641.10");
  // Each label has its own payment reference.
  CHECK(quarterly_settlement(unit_a, Quarter(2026, 1), P()).payment_reference == "Afrekening.2026.1.unit-A");
  CHECK(quarterly_settlement(unit_b, Quarter(2026, 1), P()).payment_reference == "Afrekening.2026.1.unit-B");
}

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.4, 2.5 / I-17: the compliance date of converted enterprises and its history") {
  Enterprise e = converted_with_quarters(2018, {{"1"}, {"1"}, {"1"}, {"1"}});
  // 2018: the FAQ date 2018-01-01 is in force on the last day of 2018 (E-4).
  const ScaleResult r2018 = minimum_scale(e, 2018, P());
  REQUIRE(r2018.must_comply_from.has_value());
  CHECK(*r2018.must_comply_from == d("2018-01-01"));
  CHECK(r2018.applies);
  CHECK_FALSE(r2018.compliant);
  // 2017: before the date.
  const ScaleResult r2017 = minimum_scale(e, 2017, P());
  CHECK(*r2017.must_comply_from == d("2018-01-01"));
  CHECK_FALSE(r2017.applies);
  // 2019 and 2020: the amending decision (in force 2019-02-10) moved the date to 2021-01-01.
  Trace trace;
  const ScaleResult r2019 = minimum_scale(e, 2019, P(), &trace);
  CHECK(*r2019.must_comply_from == d("2021-01-01"));
  CHECK_FALSE(r2019.applies);
  CHECK_FALSE(minimum_scale(e, 2020, P()).applies);
  CHECK(minimum_scale(e, 2021, P()).applies);
  const std::string text = trace.to_text();
  CHECK(text.find("2019-02-10") != std::string::npos);  // the history is in the trace
  CHECK(text.find("2018-01-01") != std::string::npos);
}

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.4 / E-14: below the minimum scale while it applies, the label may be withdrawn") {
  // 2.4 "Als niet voldaan wordt aan deze organisatievoorwaarde, voldoet de lokale diensteneconomieonderneming
  // niet aan de voorwaarden van het nieuwe decreet, en kan het label als lokale diensteneconomieonderneming
  // ingetrokken worden."
  Enterprise e = converted_with_quarters(2018, {{"1"}, {"1"}, {"1"}, {"1"}});
  Trace trace;
  const ScaleResult r2018 = minimum_scale(e, 2018, P(), &trace);
  CHECK(r2018.applies);
  CHECK_FALSE(r2018.compliant);
  CHECK(r2018.label_may_be_withdrawn);
  CHECK(trace.steps().front().outcome.find("the label may be withdrawn") != std::string::npos);
  // 2017: the same shortfall, but the scale does not apply yet.
  for (int q = 1; q <= 4; ++q) dmfa(e, "2017-Q" + std::to_string(q), {"1"});
  CHECK_FALSE(minimum_scale(e, 2017, P()).label_may_be_withdrawn);
  // Compliant: no ground.
  Enterprise ok = converted_with_quarters(2021, {{"1", "1", "1", "1", "1"}, {"1", "1", "1", "1", "1"},
                                                 {"1", "1", "1", "1", "1"}, {"1", "1", "1", "1", "1"}});
  const ScaleResult r2021 = minimum_scale(ok, 2021, P());
  CHECK(r2021.applies);
  CHECK(r2021.compliant);
  CHECK_FALSE(r2021.label_may_be_withdrawn);
}

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.6 / I-18: start-up transition, worked examples") {
  Enterprise e = enterprise("6", "2020-05-15");
  e.allocation_date = d("2020-05-15");
  auto t = startup_transition(e, P());
  REQUIRE(t.has_value());
  CHECK(t->first_day == d("2020-07-01"));
  CHECK(t->last_day == d("2022-06-30"));
  CHECK(t->conditions_from == d("2022-07-01"));

  e.allocation_date = d("2020-07-01");
  t = startup_transition(e, P());
  REQUIRE(t.has_value());
  CHECK(t->first_day == d("2020-10-01"));
  CHECK(t->last_day == d("2022-09-30"));
  CHECK(t->conditions_from == d("2022-10-01"));

  e.allocation_date = d("2019-12-31");
  t = startup_transition(e, P());
  REQUIRE(t.has_value());
  CHECK(t->first_day == d("2020-01-01"));
  CHECK(t->last_day == d("2021-12-31"));
  CHECK(t->conditions_from == d("2022-01-01"));

  // The length is a parameter.
  const ParameterSet three = P().with_value("transition.length_years", d("2015-04-01"), std::int64_t{3}, "test");
  e.allocation_date = d("2020-05-15");
  CHECK(startup_transition(e, three)->last_day == d("2023-06-30"));
}

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.5, 2.6 / E-8: no start-up transition without an allocation date or for converted enterprises") {
  Enterprise e = enterprise("6");
  CHECK_FALSE(startup_transition(e, P()).has_value());
  e.allocation_date = d("2020-05-15");
  e.converted = true;
  CHECK_FALSE(startup_transition(e, P()).has_value());
}

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.6 / I-14, I-18, E-7: during the start-up transition the normal compensation is paid; the scale applies from the first whole year after it") {
  Enterprise e = enterprise("6", "2020-05-15");
  e.allocation_date = d("2020-05-15");
  e.hires[Month(2020, 8)] = fte("2");
  const MonthlyAdvance a = monthly_advance(e, Month(2020, 8), P());
  CHECK_FALSE(a.transition_amount_used);
  CHECK(a.amount.to_string() == "2134.43");  // 12600 × 2 / 366 × 31 = 2134.426...
  for (int q = 1; q <= 4; ++q) dmfa(e, "2022-Q" + std::to_string(q), {"1", "1"});
  for (int q = 1; q <= 4; ++q) dmfa(e, "2023-Q" + std::to_string(q), {"1", "1"});
  const ScaleResult r2022 = minimum_scale(e, 2022, P());
  CHECK(*r2022.must_comply_from == d("2022-07-01"));
  CHECK_FALSE(r2022.applies);  // 2022 lies partly inside the transition (E-7)
  const ScaleResult r2023 = minimum_scale(e, 2023, P());
  CHECK(r2023.applies);
  CHECK_FALSE(r2023.compliant);
  // Allocated in Q4 2020: conditions from 2023-01-01, so 2023 applies.
  e.allocation_date = d("2020-12-01");
  CHECK(*minimum_scale(e, 2023, P()).must_comply_from == d("2023-01-01"));
  CHECK(minimum_scale(e, 2023, P()).applies);
  // Neither converted nor allocated: nothing to comply with yet.
  Enterprise none = enterprise("6");
  const ScaleResult rn = minimum_scale(none, 2023, P());
  CHECK_FALSE(rn.must_comply_from.has_value());
  CHECK_FALSE(rn.applies);
}
