// Compensation: monthly advances (I-14), quarterly settlements (I-15), references (I-16), year schedule.
// Source: WSE-FAQ "Vergoeding" 8.1-8.9, "Vacatures" 7.5, 7.8.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "lde/core/error.hpp"
#include "lde/enterprise/compensation.hpp"
#include "lde/enterprise/conditions.hpp"

using namespace lde;
using namespace lde_test;

namespace {
const ParameterSet& P() { return ParameterSet::defaults(); }
}  // namespace

TEST_CASE("WSE-FAQ \"Vergoeding\" 8.1, 8.6, 8.8 / I-12, I-13, I-14, I-16: 10 FTE in January 2026") {
  Enterprise e = enterprise("10");
  e.hires[Month(2026, 1)] = fte("10");
  Trace trace;
  const MonthlyAdvance a = monthly_advance(e, Month(2026, 1), P(), &trace);
  // 12600 × 10 / 365 × 31 = 10701.369... → 10701.37
  CHECK(a.amount.to_string() == "10701.37");
  CHECK(a.filled_fte == fte("10"));
  CHECK(a.contingent == fte("10"));
  CHECK(a.capped_fte == fte("10"));
  CHECK_FALSE(a.transition_amount_used);
  CHECK_FALSE(a.contingent_changed);
  // I-16 with the month as two digits (E-5).
  CHECK(a.payment_reference == "Voorschot.LDE.2026.01.LDE-0042");
  // 8.8: "omstreeks de 10de van de maand".
  CHECK(a.payment_around == d("2026-01-10"));
  REQUIRE(trace.steps().size() == 1);
  const TraceStep& s = trace.steps().front();
  CHECK(s.rule == "enterprise.compensation.monthly_advance");
  bool rate_recorded = false;
  for (const auto& p : s.parameters) {
    if (p.name == "compensation.annual_rate_per_fte") {
      rate_recorded = true;
      CHECK(p.value == "12600.00");
      CHECK(p.effective_from == d("2015-04-01"));
    }
  }
  CHECK(rate_recorded);
}

TEST_CASE("WSE-FAQ \"Vergoeding\" 8.6 / I-14: February in a leap year (2024) and not (2026)") {
  Enterprise e = enterprise("10");
  e.hires[Month(2024, 2)] = fte("10");
  e.hires[Month(2026, 2)] = fte("10");
  // 12600 × 10 / 366 × 29 = 9983.606... → 9983.61
  CHECK(monthly_advance(e, Month(2024, 2), P()).amount.to_string() == "9983.61");
  // 12600 × 10 / 365 × 28 = 9665.753... → 9665.75
  CHECK(monthly_advance(e, Month(2026, 2), P()).amount.to_string() == "9665.75");
  CHECK(monthly_advance(e, Month(2024, 12), P()).payment_reference == "Voorschot.LDE.2024.12.LDE-0042");
}

TEST_CASE("WSE-FAQ \"Vacatures\" 7.5 / I-14: MVAC hires above the contingent are capped") {
  Enterprise e = enterprise("10");
  e.hires[Month(2026, 1)] = fte("12.5");
  const MonthlyAdvance a = monthly_advance(e, Month(2026, 1), P());
  CHECK(a.filled_fte == fte("12.5"));
  CHECK(a.capped_fte == fte("10"));
  CHECK(a.amount.to_string() == "10701.37");
}

TEST_CASE("WSE-FAQ \"Vacatures\" 7.8: no compensation while the enterprise has no contingent") {
  Enterprise e = enterprise("3", "2026-03-01");
  e.hires[Month(2026, 1)] = fte("3");
  e.hires[Month(2026, 3)] = fte("3");
  const MonthlyAdvance jan = monthly_advance(e, Month(2026, 1), P());
  CHECK(jan.contingent == Fte{});
  CHECK(jan.capped_fte == Fte{});
  CHECK(jan.amount.cents() == 0);
  // 12600 × 3 / 365 × 31 = 3210.41
  CHECK(monthly_advance(e, Month(2026, 3), P()).amount.to_string() == "3210.41");
  dmfa_full_time(e, "2026-Q1", 3);
  // Q1: 3 FTE × 90 days, but the contingent exists only from 1 March (31 days): 12600 × 3 × 31 / 365.
  const QuarterlySettlement q = quarterly_settlement(e, Quarter(2026, 1), P());
  CHECK(q.right.to_string() == "3210.41");
  CHECK(q.settlement.cents() == 0);
  CHECK(q.contingent_changed);
}

TEST_CASE("E-1: a contingent that changes during the month caps day by day") {
  Enterprise e = enterprise("10", "2025-01-01");
  e.contingent.push_back({d("2026-01-16"), fte("5")});
  e.hires[Month(2026, 1)] = fte("8");
  const MonthlyAdvance a = monthly_advance(e, Month(2026, 1), P());
  // 8 FTE for 15 days (cap 10) + 5 FTE for 16 days (cap 5) = 200 FTE-days; 12600 × 200 / 365 = 6904.109... → 6904.11
  CHECK(a.amount.to_string() == "6904.11");
  CHECK(a.contingent_changed);
  CHECK(a.contingent == fte("7.4194"));  // (10 × 15 + 5 × 16) / 31
  CHECK(a.capped_fte == fte("6.4516"));  // 200 / 31
  CHECK(contingent_on(e, d("2026-01-15")) == fte("10"));
  CHECK(contingent_on(e, d("2026-01-16")) == fte("5"));
  CHECK(contingent_on(e, d("2024-12-31")) == Fte{});
}

TEST_CASE("WSE-FAQ \"Vergoeding\" 8.7, 8.3 / I-15, I-16: the right follows the DmfA fractions, not worked hours") {
  Enterprise e = enterprise("10");
  dmfa(e, "2026-Q3", {"0.5", "0.8"});
  const QuarterlySettlement q = quarterly_settlement(e, Quarter(2026, 3), P());
  CHECK(q.dmfa_fte == fte("1.3"));
  // 12600 × 1.3 / 365 × 92 = 4128.657... → 4128.66; no advances (no MVAC hires).
  CHECK(q.right.to_string() == "4128.66");
  CHECK(q.advances.cents() == 0);
  CHECK(q.settlement.to_string() == "4128.66");
  CHECK(q.payment_reference == "Afrekening.2026.3.LDE-0042");
}

TEST_CASE("WSE-FAQ \"Vacatures\" 7.5 / I-15: a quarter where the DmfA FTE exceeds the contingent") {
  Enterprise e = enterprise("8");
  for (int m = 4; m <= 6; ++m) e.hires[Month(2026, m)] = fte("8");
  dmfa(e, "2026-Q2", {"1", "1", "1", "1", "1", "1", "1", "1", "1", "0.5"});
  Trace trace;
  const QuarterlySettlement q = quarterly_settlement(e, Quarter(2026, 2), P(), &trace);
  CHECK(q.dmfa_fte == fte("9.5"));
  CHECK(q.contingent == fte("8"));
  CHECK(q.capped_fte == fte("8"));
  // 12600 × 8 / 365 × 91 = 25130.958... → 25130.96; advances 8284.93 + 8561.10 + 8284.93 = 25130.96
  CHECK(q.right.to_string() == "25130.96");
  CHECK(q.advances.to_string() == "25130.96");
  CHECK(q.settlement.to_string() == "0.00");
  CHECK(trace.steps().front().rule == "enterprise.compensation.quarterly_settlement");
}

TEST_CASE("WSE-FAQ \"Vacatures\" 7.5: a contract increase reaches the compensation through the quarterly settlement") {
  Enterprise e = enterprise("5");
  for (int m = 1; m <= 3; ++m) e.hires[Month(2026, m)] = fte("0.5");  // MVAC: half-time hire
  dmfa(e, "2026-Q1", {"1"});                                             // DmfA: extended to full time
  const QuarterlySettlement q = quarterly_settlement(e, Quarter(2026, 1), P());
  // right 12600 × 1 × 90 / 365 = 3106.85; advances 535.07 + 483.29 + 535.07 = 1553.43
  CHECK(q.right.to_string() == "3106.85");
  CHECK(q.advances.to_string() == "1553.43");
  CHECK(q.settlement.to_string() == "1553.42");
}

TEST_CASE("WSE-FAQ \"Vergoeding\" 8.7 / I-15: a negative settlement, the enterprise pays back") {
  Enterprise e = enterprise("10");
  for (int m = 1; m <= 3; ++m) e.hires[Month(2026, m)] = fte("10");
  dmfa_full_time(e, "2026-Q1", 8);
  const QuarterlySettlement q = quarterly_settlement(e, Quarter(2026, 1), P());
  // right 12600 × 8 / 365 × 90 = 24854.79; advances 10701.37 + 9665.75 + 10701.37 = 31068.49
  CHECK(q.right.to_string() == "24854.79");
  CHECK(q.advances.to_string() == "31068.49");
  CHECK(q.settlement.to_string() == "-6213.70");
}

namespace {
// Settlement of 2026-Q1 when MVAC hires and DmfA both show @p hundredths hundredths of an FTE.
Money q1_settlement_for(int hundredths) {
  Enterprise e = enterprise("20");
  const Fte f = Fte::from_units(hundredths * 100);
  for (int m = 1; m <= 3; ++m) e.hires[Month(2026, m)] = f;
  // Spread the FTE over workers of at most 1 each.
  int left = hundredths;
  for (int i = 0; left > 0; ++i) {
    const int part = left > 100 ? 100 : left;
    e.dmfa[Quarter(2026, 1)].push_back({"w" + std::to_string(i), Fte::from_units(part * 100), true});
    left -= part;
  }
  return quarterly_settlement(e, Quarter(2026, 1), P()).settlement;
}
}  // namespace

TEST_CASE("I-15, I-12: the published advances are rounded, so a settlement can be -0.01 with no change in FTE") {
  // Found by the search below and checked by hand: 5.02 FTE in 2026-Q1.
  Enterprise e = enterprise("10");
  for (int m = 1; m <= 3; ++m) e.hires[Month(2026, m)] = fte("5.02");
  dmfa(e, "2026-Q1", {"1", "1", "1", "1", "1", "0.02"});
  const QuarterlySettlement q = quarterly_settlement(e, Quarter(2026, 1), P());
  // right 12600 × 5.02 × 90 / 365 = 15596.38 (15596.3836...)
  // advances 5372.09 (…0877) + 4852.21 (…2082) + 5372.09 = 15596.39
  CHECK(q.right.to_string() == "15596.38");
  CHECK(q.advances.to_string() == "15596.39");
  CHECK(q.settlement.to_string() == "-0.01");

  // The search helper: the smallest FTE (in hundredths) that gives -0.01, and one that gives +0.01.
  int first_minus = 0;
  int first_plus = 0;
  for (int h = 1; h <= 600 && (first_minus == 0 || first_plus == 0); ++h) {
    const Money s = q1_settlement_for(h);
    CHECK(s.cents() >= -1);
    CHECK(s.cents() <= 1);
    if (s.cents() == -1 && first_minus == 0) first_minus = h;
    if (s.cents() == 1 && first_plus == 0) first_plus = h;
  }
  CHECK(first_minus == 4);  // 0.04 FTE: right 124.27, advances 42.81 + 38.66 + 42.81 = 124.28
  CHECK(first_plus == 2);   // 0.02 FTE: right 62.14, advances 21.40 + 19.33 + 21.40 = 62.13
  CHECK(q1_settlement_for(502).to_string() == "-0.01");
}

TEST_CASE("WSE-FAQ \"Vergoeding\" 8.4, 8.6, 8.7 / I-14: 2016 (leap year) under a yearly temporary fixed amount") {
  Enterprise e = enterprise("2");
  e.converted = true;
  e.transition_amounts[2016] = eur("100000.00");
  hires_all_year(e, 2016, "3");  // FTE plays no part while the fixed amount applies
  dmfa_full_time(e, "2016-Q1", 1);
  const MonthlyAdvance feb = monthly_advance(e, Month(2016, 2), P());
  CHECK(feb.transition_amount_used);
  // 100000 / 366 × 29 = 7923.497... → 7923.50
  CHECK(feb.amount.to_string() == "7923.50");
  CHECK(monthly_advance(e, Month(2016, 1), P()).amount.to_string() == "8469.95");
  const QuarterlySettlement q = quarterly_settlement(e, Quarter(2016, 1), P());
  CHECK(q.transition_amount_used);
  // 100000 / 366 × 91 = 24863.387... → 24863.39; advances 8469.95 + 7923.50 + 8469.95 = 24863.40
  CHECK(q.right.to_string() == "24863.39");
  CHECK(q.advances.to_string() == "24863.40");
  CHECK(q.settlement.to_string() == "-0.01");
  // 2017 has no fixed amount: the normal formula, capped at the contingent of 2 FTE.
  e.hires[Month(2017, 1)] = fte("3");
  const MonthlyAdvance jan17 = monthly_advance(e, Month(2017, 1), P());
  CHECK_FALSE(jan17.transition_amount_used);
  CHECK(jan17.amount.to_string() == "2140.27");  // 12600 × 2 / 365 × 31 = 2140.273...
  // The year totals of 2016 add up to the fixed amount exactly.
  const YearSchedule y = year_schedule(e, 2016, P());
  CHECK(y.total_rights.to_string() == "100000.00");
}

TEST_CASE("WSE-FAQ \"Vergoeding\" 8.1 / I-13: the rate is an effective-dated parameter") {
  const ParameterSet reform =
      P().with_value("compensation.annual_rate_per_fte", d("2026-01-01"), Money::parse("13000.00"), "test reform");
  Enterprise e = enterprise("10");
  e.hires[Month(2025, 12)] = fte("10");
  e.hires[Month(2026, 1)] = fte("10");
  CHECK(monthly_advance(e, Month(2026, 1), reform).amount.to_string() == "11041.10");  // 13000 × 10 / 365 × 31
  CHECK(monthly_advance(e, Month(2025, 12), reform).amount.to_string() == "10701.37");
}

TEST_CASE("I-23: a rate raised from 1 March is paid from 1 March in the advance and in the quarterly right") {
  const ParameterSet reform =
      P().with_value("compensation.annual_rate_per_fte", d("2026-03-01"), Money::parse("13000.00"), "raise from March");
  Enterprise e = enterprise("10");
  for (int m = 1; m <= 3; ++m) e.hires[Month(2026, m)] = fte("10");
  dmfa_full_time(e, "2026-Q1", 10);
  CHECK(monthly_advance(e, Month(2026, 2), reform).amount.to_string() == "9665.75");   // 12600 × 10 / 365 × 28
  CHECK(monthly_advance(e, Month(2026, 3), reform).amount.to_string() == "11041.10");  // 13000 × 10 / 365 × 31
  Trace trace;
  const QuarterlySettlement q = quarterly_settlement(e, Quarter(2026, 1), reform, &trace);
  // (12600 × 59 + 13000 × 31) × 10 / 365 = 31408.219... (E-6 read the rate on 1 January: 31068.49,
  // and the settlement clawed 339.73 back).
  CHECK(q.right.to_string() == "31408.22");
  CHECK(q.advances.to_string() == "31408.22");
  CHECK(q.settlement.to_string() == "0.00");
  CHECK(trace.to_text().find("rate 12600.00 on 2026-01-01..2026-02-28 (59 days)") != std::string::npos);
  CHECK(trace.to_text().find("rate 13000.00 on 2026-03-01..2026-03-31 (31 days)") != std::string::npos);
  CHECK(trace.to_text().find("I-23") != std::string::npos);
  const YearSchedule y = year_schedule(e, 2026, reform);
  CHECK(y.total_advances + y.total_settlements == y.total_rights);
}

TEST_CASE("I-23: a rate that changes inside a month is applied per day, together with a contingent change (E-1)") {
  const ParameterSet reform =
      P().with_value("compensation.annual_rate_per_fte", d("2026-01-16"), Money::parse("13000.00"), "mid-month");
  Enterprise e = enterprise("10");
  e.hires[Month(2026, 1)] = fte("10");
  // (12600 × 15 + 13000 × 16) × 10 / 365 = 10876.712...
  CHECK(monthly_advance(e, Month(2026, 1), reform).amount.to_string() == "10876.71");
  // The contingent drops to 5 from 2026-01-21: 12600 × 10 × 15 + 13000 × (10 × 5 + 5 × 11) = 3255000 → /365
  e.contingent.push_back({d("2026-01-21"), fte("5")});
  CHECK(monthly_advance(e, Month(2026, 1), reform).amount.to_string() == "8917.81");
}

TEST_CASE("I-21: a month before 2015-04-01 uses the values in force on 2015-04-01") {
  Enterprise e = enterprise("1", "2014-01-01");
  e.hires[Month(2015, 1)] = fte("1");
  Trace trace;
  CHECK(monthly_advance(e, Month(2015, 1), P(), &trace).amount.to_string() == "1070.14");  // 12600 / 365 × 31
  CHECK(trace.to_text().find("2015-04-01") != std::string::npos);
}

TEST_CASE("WSE-FAQ \"Vergoeding\" 8.2, 8.6: the compensation includes the former wage and supervision premiums") {
  // No separate premium is added: the advance is exactly rate × FTE / days × days and nothing else.
  Enterprise e = enterprise("1");
  e.hires[Month(2026, 4)] = fte("1");
  CHECK(monthly_advance(e, Month(2026, 4), P()).amount.to_string() == "1035.62");  // 12600 / 365 × 30 = 1035.616...
}

TEST_CASE("WSE-FAQ \"Vergoeding\" 8.5, 8.9 / I-15: twelve advances and four settlements, no yearly settlement") {
  std::vector<Enterprise> enterprises;
  {
    Enterprise e = enterprise("10");
    hires_all_year(e, 2026, "10");
    for (int q = 1; q <= 4; ++q) dmfa_full_time(e, "2026-Q" + std::to_string(q), 9);
    enterprises.push_back(e);
  }
  {
    Enterprise e = enterprise("5.02");
    hires_all_year(e, 2026, "5.02");
    for (int q = 1; q <= 4; ++q) dmfa(e, "2026-Q" + std::to_string(q), {"1", "1", "1", "1", "1", "0.02"});
    enterprises.push_back(e);
  }
  {
    Enterprise e = enterprise("7.5", "2025-01-01", "B-17");
    e.contingent.push_back({d("2026-05-17"), fte("6.25")});
    e.contingent.push_back({d("2026-11-02"), fte("9")});
    int m = 1;
    for (const char* f : {"3.3", "4.1", "7.5", "8", "8", "6.4", "6.25", "6", "5.9", "9.9", "9.1", "8.7"}) {
      e.hires[Month(2026, m++)] = fte(f);
    }
    dmfa(e, "2026-Q1", {"0.8", "0.75", "1", "0.5", "0.33"});
    dmfa(e, "2026-Q2", {"1", "1", "1", "1", "1", "1", "1", "0.8", "0.75"});
    dmfa(e, "2026-Q4", {"1", "1", "1", "1", "1", "1", "1", "1", "1", "0.2"});  // Q3 has no DmfA (E-3)
    enterprises.push_back(e);
  }
  {
    Enterprise e = enterprise("3.33", "2024-02-29", "C-3");
    hires_all_year(e, 2024, "3.3333");
    for (int q = 1; q <= 4; ++q) dmfa(e, "2024-Q" + std::to_string(q), {"1", "1", "1", "0.3333"});
    enterprises.push_back(e);
  }
  const int years[] = {2026, 2026, 2026, 2024};
  for (std::size_t i = 0; i < enterprises.size(); ++i) {
    CAPTURE(i);
    const YearSchedule y = year_schedule(enterprises[i], years[i], P());
    REQUIRE(y.advances.size() == 12);
    REQUIRE(y.settlements.size() == 4);
    Money adv;
    Money set;
    Money rights;
    for (const auto& a : y.advances) adv += a.amount;
    for (const auto& s : y.settlements) {
      set += s.settlement;
      rights += s.right;
      CHECK(s.right == s.advances + s.settlement);
    }
    CHECK(adv == y.total_advances);
    CHECK(set == y.total_settlements);
    CHECK(rights == y.total_rights);
    CHECK(y.total_advances + y.total_settlements == y.total_rights);
    for (int m = 0; m < 12; ++m) CHECK(y.advances[static_cast<std::size_t>(m)].month == Month(years[i], m + 1));
  }
  // The first enterprise, worked out: each amount is rounded once, so the year totals are not exactly
  // 12600 × 10 = 126000.00 and 12600 × 9 = 113400.00 but a cent or two below; the identity still holds.
  const YearSchedule y0 = year_schedule(enterprises[0], 2026, P());
  CHECK(y0.total_advances.to_string() == "125999.98");
  CHECK(y0.total_rights.to_string() == "113399.99");
  CHECK(y0.total_settlements.to_string() == "-12599.99");
}

TEST_CASE("WSE-FAQ \"Vacatures\" 7.4: fixed-term contracts are allowed; they are compensated for the quarters they cover") {
  // 7.4 "Deze bepaling staat niet langer opgenomen in het nieuwe decreet lokale diensteneconomie. Het staat de
  // werkgever vrij om de doelgroepwerknemer een contract van bepaalde dan wel onbepaalde duur aan te bieden."
  // The input has no contract-duration field: a fixed-term contract is a worker whose DmfA lines stop when
  // it ends. An enterprise that only offers fixed-term contracts (here two of six months, January-June 2026)
  // meets every organisation condition (no condition requires open-ended contracts) and is compensated
  // in full for the quarters the contracts cover, and for nothing after.
  Enterprise e = enterprise("2");
  for (int m = 1; m <= 6; ++m) e.hires[Month(2026, m)] = fte("2");
  for (int q = 1; q <= 2; ++q) {
    e.dmfa[Quarter(2026, q)] = {{"fixed-term-1", fte("1"), true}, {"fixed-term-2", fte("1"), true}};
  }
  const ConditionsResult c = organisation_conditions(e, P(), d("2026-01-01"));
  CHECK(c.met);
  CHECK(c.failing.empty());
  const YearSchedule y = year_schedule(e, 2026, P());
  CHECK(y.settlements[0].right.to_string() == "6213.70");  // 12600 × 2 / 365 × 90
  CHECK(y.settlements[1].right.to_string() == "6282.74");  // 12600 × 2 / 365 × 91
  CHECK(y.settlements[0].settlement.to_string() == "0.01");  // advances 2140.27 + 1933.15 + 2140.27 (I-15)
  CHECK(y.settlements[2].right.cents() == 0);  // the contracts ended on 30 June
  CHECK(y.settlements[3].right.cents() == 0);
  CHECK(y.total_rights.to_string() == "12496.44");
  // Renewing the contracts for the second half year (a new fixed term, or an open-ended contract) gives the
  // same right per quarter: only the contractual fraction counts, never the kind of contract.
  Enterprise renewed = e;
  for (int q = 3; q <= 4; ++q) {
    renewed.dmfa[Quarter(2026, q)] = {{"fixed-term-1", fte("1"), true}, {"open-ended-2", fte("1"), true}};
  }
  CHECK(quarterly_settlement(renewed, Quarter(2026, 4), P()).right.to_string() == "6351.78");  // 12600 × 2 / 365 × 92
}

TEST_CASE("WSE-FAQ \"Vergoeding\" 8.6 / I-14, I-20: hires given one by one, filled FTE = sum of their fractions") {
  Enterprise e = enterprise("10");
  e.hire_fractions[Month(2026, 1)] = {fte("1.00"), fte("0.50"), fte("0.80")};
  CHECK(registered_fte(e, Month(2026, 1)) == fte("2.30"));
  CHECK(registered_fte(e, Month(2026, 2)) == fte("0"));
  Trace trace;
  const MonthlyAdvance a = monthly_advance(e, Month(2026, 1), P(), &trace);
  // 12600 × 2.30 / 365 × 31 = 2461.3150... → 2461.32
  CHECK(a.filled_fte == fte("2.30"));
  CHECK(a.amount.to_string() == "2461.32");
  REQUIRE(trace.steps().size() >= 1);
  const auto& inputs = trace.steps().front().inputs;
  auto value = [&](const std::string& name) {
    for (const auto& [n, v] : inputs) {
      if (n == name) return v;
    }
    return std::string("(missing)");
  };
  CHECK(value("hires.count") == "3");
  CHECK(value("hires.fraction_sum") == "2.30");
  CHECK(value("filled_fte") == "2.30");
  // The same month as a total gives the same advance; no hire count is recorded then.
  Enterprise total = enterprise("10");
  total.hires[Month(2026, 1)] = fte("2.30");
  Trace t2;
  CHECK(monthly_advance(total, Month(2026, 1), P(), &t2).amount == a.amount);
  for (const auto& [n, v] : t2.steps().front().inputs) CHECK(n != "hires.count");
  // Capped at the contingent like a total (I-14): 12 full-time hires against 10 FTE.
  Enterprise many = enterprise("10");
  many.hire_fractions[Month(2026, 1)] = std::vector<Fte>(12, fte("1"));
  CHECK(monthly_advance(many, Month(2026, 1), P()).amount.to_string() == "10701.37");
  // An empty list is a month without hires.
  Enterprise none = enterprise("10");
  none.hire_fractions[Month(2026, 1)] = {};
  CHECK(monthly_advance(none, Month(2026, 1), P()).amount.to_string() == "0.00");
}
