// Occupancy of the contingent (I-19). Source: WSE-FAQ "Vacatures" 7.7.
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "lde/enterprise/occupancy.hpp"

using namespace lde;
using namespace lde_test;

namespace {
const ParameterSet& P() { return ParameterSet::defaults(); }

void quarters(Enterprise& e, int year, const std::vector<std::vector<std::string>>& qs) {
  for (std::size_t q = 0; q < qs.size(); ++q) {
    if (!qs[q].empty()) dmfa(e, std::to_string(year) + "-Q" + std::to_string(q + 1), qs[q]);
  }
}
const std::vector<std::string> eight = {"1", "1", "1", "1", "1", "1", "1", "1"};
const std::vector<std::string> ten = {"1", "1", "1", "1", "1", "1", "1", "1", "1", "1"};
const std::vector<std::string> nine = {"1", "1", "1", "1", "1", "1", "1", "1", "1"};
}  // namespace

TEST_CASE("WSE-FAQ \"Vacatures\" 7.7 / I-19: 10 FTE at 80 % → 9 FTE, measured in Q3 of the next year") {
  Enterprise e = enterprise("10");
  quarters(e, 2025, {eight, eight, eight, eight});
  Trace trace;
  const OccupancyResult r = occupancy(e, 2026, P(), &trace);
  CHECK(r.measured_year == 2025);
  CHECK(r.measured_in == Quarter(2026, 3));
  for (const auto& q : r.quarter_occupancy) CHECK(q.to_string() == "80.00");
  CHECK(r.rate.to_string() == "80.00");
  CHECK(r.minimum.to_string() == "90.00");
  CHECK(r.contingent_before == fte("10"));
  CHECK(r.reduction == fte("1"));
  CHECK(r.contingent_after == fte("9"));
  CHECK(r.reduced);
  CHECK(r.quarters_counted == 4);
  CHECK(trace.steps().front().rule == "enterprise.occupancy");
}

TEST_CASE("I-19: the reduction is an FTE figure kept to 2 decimals; new contingent = old − reduction (81.25 % → 0.88 → 9.12)") {
  Enterprise e = enterprise("10");
  std::vector<std::string> eight_and_half = eight;
  eight_and_half.push_back("0.5");
  quarters(e, 2025, {eight, eight, eight, eight_and_half});
  Trace trace;
  const OccupancyResult r = occupancy(e, 2026, P(), &trace);
  CHECK(r.rate.to_string() == "81.25");
  CHECK(r.reduction == fte("0.88"));  // 10 × 8.75 / 100 = 0.875 → 0.88
  CHECK(r.contingent_after == fte("9.12"));
  CHECK(r.reduction.units() + r.contingent_after.units() == r.contingent_before.units());
  CHECK(trace.to_text().find("= 0.88 FTE, kept to 2 decimals; new contingent = 10.00 − 0.88 = 9.12 FTE") !=
        std::string::npos);
  CHECK(trace.to_text().find("(I-19)") != std::string::npos);
}

TEST_CASE("WSE-FAQ \"Vacatures\" 7.7: quarterly fluctuations are fine while the yearly average is at least 90 %") {
  Enterprise e = enterprise("10");
  quarters(e, 2025, {ten, eight, nine, nine});
  const OccupancyResult r = occupancy(e, 2026, P());
  CHECK(r.rate.to_string() == "90.00");
  CHECK_FALSE(r.reduced);
  CHECK(r.contingent_after == fte("10"));
}

TEST_CASE("E-2: a quarter filled above the contingent counts as 100 %") {
  Enterprise e = enterprise("10");
  const std::vector<std::string> twelve = {"1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1", "1"};
  const std::vector<std::string> six = {"1", "1", "1", "1", "1", "1"};
  quarters(e, 2025, {twelve, six, nine, nine});
  const OccupancyResult r = occupancy(e, 2026, P());
  CHECK(r.quarter_fte[0] == fte("12"));
  CHECK(r.quarter_occupancy[0].to_string() == "100.00");
  CHECK(r.rate.to_string() == "85.00");  // (100 + 60 + 90 + 90) / 4; uncapped it would be 90.00
  CHECK(r.reduction == fte("0.5"));
  CHECK(r.contingent_after == fte("9.5"));
}

TEST_CASE("E-3: a quarter with a contingent but no DmfA data counts as 0 %; a quarter without contingent is left out") {
  Enterprise e = enterprise("10");
  quarters(e, 2025, {ten, ten, ten, {}});
  const OccupancyResult r = occupancy(e, 2026, P());
  CHECK(r.quarter_counted[3]);
  CHECK(r.quarter_occupancy[3].to_string() == "0.00");
  CHECK(r.rate.to_string() == "75.00");
  CHECK(r.contingent_after == fte("8.5"));  // 10 − 10 × 15 %

  Enterprise late = enterprise("4", "2025-07-01");
  quarters(late, 2025, {{}, {}, {"1", "1", "1", "0.6"}, {"1", "1", "1", "0.6"}});
  const OccupancyResult r2 = occupancy(late, 2026, P());
  CHECK_FALSE(r2.quarter_counted[0]);
  CHECK_FALSE(r2.quarter_counted[1]);
  CHECK(r2.quarters_counted == 2);
  CHECK(r2.rate.to_string() == "90.00");
  CHECK_FALSE(r2.reduced);

  Enterprise nothing = enterprise("4", "2026-01-01");
  const OccupancyResult r3 = occupancy(nothing, 2026, P());
  CHECK(r3.quarters_counted == 0);
  CHECK_FALSE(r3.reduced);
  CHECK(r3.contingent_after == fte("4"));
}

TEST_CASE("I-19: FTE figures kept to 2 decimals, half away from zero") {
  Enterprise e = enterprise("7");
  const std::vector<std::string> q = {"1", "1", "1", "1", "1", "0.555"};  // 5.555 → 5.56
  quarters(e, 2025, {q, q, q, q});
  const OccupancyResult r = occupancy(e, 2026, P());
  CHECK(r.quarter_fte[0] == fte("5.56"));
  CHECK(r.quarter_occupancy[0].to_string() == "79.43");  // 5.56 / 7 = 79.428... %
  CHECK(r.rate.to_string() == "79.43");
  CHECK(r.reduction == fte("0.74"));  // 7 × 10.57 % = 0.7399
  CHECK(r.contingent_after == fte("6.26"));
}

TEST_CASE("E-1, E-2: the contingent in force when the measurement quarter starts is the one reduced") {
  Enterprise e = enterprise("10", "2024-01-01");
  e.contingent.push_back({d("2026-01-01"), fte("12")});
  quarters(e, 2025, {eight, eight, eight, eight});
  const OccupancyResult r = occupancy(e, 2026, P());
  CHECK(r.rate.to_string() == "80.00");  // measured against the 2025 contingent of 10
  CHECK(r.contingent_before == fte("12"));
  CHECK(r.contingent_after == fte("10.8"));  // 12 − 12 × 10 %

  // A contingent that changes during a measured quarter: the day-weighted average, 2 decimals.
  Enterprise m = enterprise("10", "2024-01-01");
  m.contingent.push_back({d("2025-02-15"), fte("5")});  // Q1 2025: 45 days of 10, 45 days of 5 → 7.50
  quarters(m, 2025, {{"1", "1", "1", "1", "1", "1"}, {"1", "1", "1", "1", "1"}, {"1", "1", "1", "1", "1"},
                     {"1", "1", "1", "1", "1"}});
  const OccupancyResult r2 = occupancy(m, 2026, P());
  CHECK(r2.quarter_contingent[0] == fte("7.5"));
  CHECK(r2.quarter_occupancy[0].to_string() == "80.00");  // 6 / 7.5
  CHECK(r2.rate.to_string() == "95.00");
}

TEST_CASE("WSE-FAQ \"Vacatures\" 7.7: there is no replacement term, a vacancy counts from the quarter it starts") {
  // 7.7 "Er is geen vervangingstermijn opgenomen in het decreet en het besluit lokale diensteneconomie."
  // Contingent 2: one of the two workers leaves at the end of Q1 and is replaced only in Q4. No grace
  // period excuses Q2 and Q3: they count at 50 %, the yearly average is 75 % and the contingent is reduced.
  Enterprise e = enterprise("2");
  e.dmfa[Quarter(2025, 1)] = {{"stays", fte("1"), true}, {"leaves", fte("1"), true}};
  e.dmfa[Quarter(2025, 2)] = {{"stays", fte("1"), true}};
  e.dmfa[Quarter(2025, 3)] = {{"stays", fte("1"), true}};
  e.dmfa[Quarter(2025, 4)] = {{"stays", fte("1"), true}, {"replacement", fte("1"), true}};
  const OccupancyResult r = occupancy(e, 2026, P());
  CHECK(r.quarter_occupancy[1].to_string() == "50.00");
  CHECK(r.quarter_occupancy[2].to_string() == "50.00");
  CHECK(r.rate.to_string() == "75.00");
  CHECK(r.reduction == fte("0.3"));  // 2 × (90 % − 75 %)
  CHECK(r.contingent_after == fte("1.7"));
  // A replacement in the very next quarter keeps the average at 87.50 %: still reduced, by 0.05.
  e.dmfa[Quarter(2025, 3)].push_back({"replacement", fte("1"), true});
  CHECK(occupancy(e, 2026, P()).contingent_after == fte("1.95"));
}
