// A change of contractual hours at the same label (WSE-FAQ "Vacatures" 7.5; I-15, I-20, E-20).
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "lde/core/error.hpp"
#include "lde/enterprise/contract_change.hpp"
#include "lde/enterprise/year.hpp"

using namespace lde;
using namespace lde_test;

namespace {
const ParameterSet& P() { return ParameterSet::defaults(); }

std::vector<ContractChange> changes_of(const Enterprise& e, int year, Trace* trace = nullptr) {
  return contract_changes(e, year, year_schedule(e, year, P()), trace);
}
}  // namespace

TEST_CASE("7.5: a half-time contract extended to full time at the same label needs no new vacancy") {
  Enterprise e = enterprise("5");
  dmfa(e, "2026-Q1", {"0.5", "1"});  // w1 half time, w2 full time
  dmfa(e, "2026-Q2", {"1", "1"});    // w1 extended to full time
  Trace trace;
  const std::vector<ContractChange> c = changes_of(e, 2026, &trace);
  REQUIRE(c.size() == 1);
  CHECK(c[0].worker == "w1");
  CHECK(c[0].quarter == Quarter(2026, 2));
  CHECK(c[0].fraction_before == fte("0.5"));
  CHECK(c[0].fraction_after == fte("1"));
  CHECK(c[0].extension);
  CHECK_FALSE(c[0].new_vacancy);
  CHECK_FALSE(c[0].capped);  // 2 FTE within a contingent of 5
  REQUIRE(trace.steps().size() >= 1);
  const TraceStep& s = trace.steps().back();
  CHECK(s.rule == "enterprise.contract_change");
  CHECK(s.outcome.find("no new vacancy") != std::string::npos);
}

TEST_CASE("7.5: the extension is compensated through the settlement of its quarter, capped at the contingent") {
  Enterprise e = enterprise("1.5");
  dmfa(e, "2026-Q1", {"0.5", "1"});
  dmfa(e, "2026-Q2", {"1", "1"});  // 2 FTE declared, 1.5 allocated
  const YearSchedule y = year_schedule(e, 2026, P());
  const std::vector<ContractChange> c = contract_changes(e, 2026, y);
  REQUIRE(c.size() == 1);
  CHECK(c[0].capped);
  // The settlement is the one that carries it: min(2, 1.5) = 1.5 FTE in Q2.
  CHECK(y.settlements[1].dmfa_fte == fte("2"));
  CHECK(y.settlements[1].capped_fte == fte("1.5"));
}

TEST_CASE("E-20: a reduction is a contract change too; a new worker is a hire and a worker who left is none") {
  Enterprise e = enterprise("10");
  e.dmfa[Quarter(2025, 4)] = {{"a", fte("1"), true}, {"b", fte("0.8"), true}, {"gone", fte("1"), true}};
  e.dmfa[Quarter(2026, 1)] = {{"b", fte("0.5"), true}, {"a", fte("1"), true}, {"new", fte("1"), true}};
  const std::vector<ContractChange> c = changes_of(e, 2026);
  // Q1 of 2026 is compared with Q4 of 2025: only b changed, and downwards.
  REQUIRE(c.size() == 1);
  CHECK(c[0].worker == "b");
  CHECK(c[0].quarter == Quarter(2026, 1));
  CHECK_FALSE(c[0].extension);
  CHECK_FALSE(c[0].new_vacancy);
}

TEST_CASE("E-20: changes are listed by quarter, then worker id; a quarter without DmfA data breaks the chain") {
  Enterprise e = enterprise("10");
  e.dmfa[Quarter(2026, 1)] = {{"z", fte("0.5"), true}, {"a", fte("0.5"), true}};
  e.dmfa[Quarter(2026, 2)] = {{"z", fte("0.6"), true}, {"a", fte("0.7"), true}};
  // no Q3 data; Q4 is not compared with Q2
  e.dmfa[Quarter(2026, 4)] = {{"z", fte("1"), true}, {"a", fte("1"), true}};
  const std::vector<ContractChange> c = changes_of(e, 2026);
  REQUIRE(c.size() == 2);
  CHECK(c[0].worker == "a");
  CHECK(c[1].worker == "z");
  CHECK(c[0].quarter == Quarter(2026, 2));
  CHECK(c[1].fraction_after == fte("0.6"));
}

TEST_CASE("E-20: the same fraction in consecutive quarters is no change; no DmfA data gives none") {
  Enterprise e = enterprise("10");
  CHECK(changes_of(e, 2026).empty());
  dmfa(e, "2026-Q1", {"0.8"});
  dmfa(e, "2026-Q2", {"0.8"});
  CHECK(changes_of(e, 2026).empty());
}

TEST_CASE("E-20: contract_changes refuses the schedule of another year, naming year") {
  Enterprise e = enterprise("10");
  const YearSchedule y = year_schedule(e, 2025, P());
  CHECK_THROWS_AS((void)contract_changes(e, 2026, y), Error);
  try {
    (void)contract_changes(e, 2026, y);
  } catch (const Error& err) {
    CHECK(err.field() == "year");
  }
}

TEST_CASE("E-20: evaluate_enterprise carries the contract changes, with the trace on and off") {
  Enterprise e = enterprise("5");
  dmfa(e, "2026-Q2", {"0.5"});
  dmfa(e, "2026-Q3", {"0.75"});
  Trace trace;
  const EnterpriseYear traced = evaluate_enterprise(e, 2026, P(), &trace);
  const EnterpriseYear plain = evaluate_enterprise(e, 2026, P());
  REQUIRE(traced.contract_changes.size() == 1);
  REQUIRE(plain.contract_changes.size() == 1);
  CHECK(traced.contract_changes[0].quarter == Quarter(2026, 3));
  CHECK(plain.contract_changes[0].fraction_after == fte("0.75"));
  bool step = false;
  for (const TraceStep& s : trace.steps()) step = step || s.rule == "enterprise.contract_change";
  CHECK(step);
}
