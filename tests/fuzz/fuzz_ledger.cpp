// The settlement ledger (docs/format.md "Settlement ledger"): lde::io::parse_ledger_log, then, for an
// accepted log, the round trip to_json -> parse_ledger_log -> to_json (what is accepted reads back),
// ledger::validate() and, for a valid log whose facts span at most ten years, as_of() on the last day a
// fact became known with and without the trace (the same statement either way; balance + paid == due on
// every line), and history() and explain() of the first quarter with a DmfA fact (the changes add up).
#include "fuzz_support.hpp"
#include "lde/core/parameters.hpp"
#include "lde/io/ledger.hpp"
#include "lde/ledger/ledger.hpp"

#include <optional>

LDE_FUZZ_TEXT_TARGET(text) {
  namespace lg = lde::ledger;
  const lg::Log log = lde::io::parse_ledger_log(text, "fuzz");
  const std::string once = lde::io::to_json(log);
  const std::string twice = lde::io::to_json(lde::io::parse_ledger_log(once, "round trip"));
  if (once != twice) lde::fuzz::violation("ledger round trip differs", once + "\n" + twice);
  const lde::ParameterSet& params = lde::ParameterSet::defaults();
  lg::validate(log, params);
  if (log.facts.empty()) return;
  lde::Date first = log.facts.front().known_from;
  lde::Date last = first;
  std::optional<lde::Quarter> quarter;
  for (const lg::Fact& f : log.facts) {
    for (lde::Date d : {f.known_from, f.kind == lg::FactKind::contingent ? f.from : f.known_from}) {
      if (d < first) first = d;
      if (last < d) last = d;
    }
    if (f.kind == lg::FactKind::dmfa && !quarter) quarter = f.quarter;
  }
  if (last.days_since_epoch() - first.days_since_epoch() > 3660) return;  // bounded work per input
  lde::Trace trace(true);
  const lg::Statement traced = lg::as_of(log, last, params, &trace);
  const lg::Statement quiet = lg::as_of(log, last, params, nullptr);
  const lde::Receipt receipt = lde::Receipt::of(params);
  const std::string a = lde::io::decision_json(traced, nullptr, nullptr, lde::Trace(false), receipt);
  const std::string b = lde::io::decision_json(quiet, nullptr, nullptr, lde::Trace(false), receipt);
  if (a != b) lde::fuzz::violation("tracing changed the statement", once);
  for (const auto* lines : {&quiet.months, &quiet.quarters}) {
    for (const lg::StatementLine& l : *lines) {
      if (l.balance + l.paid != l.due) lde::fuzz::violation("balance + paid != due", once + "\n" + l.period.iso());
    }
  }
  if (quiet.balance + quiet.paid != quiet.due) lde::fuzz::violation("totals do not add up", once);
  if (quarter) {
    (void)lg::history(log, *quarter, params, nullptr);
    const lg::Explanation e = lg::explain(log, *quarter, first, last, params, nullptr);
    lde::Money sum;
    for (const lg::Change& c : e.changes) sum += c.amount;
    if (sum != e.difference) lde::fuzz::violation("explain does not add up", once);
  }
}
