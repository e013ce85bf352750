// Helpers shared by the ledger test files: facts in one line each, the worked example of
// docs/rules/ledger.md (examples/ledger/ledger.json), lines of a statement by period.
#pragma once

#include "lde/core/error.hpp"
#include "lde/io/ledger.hpp"
#include "lde/ledger/ledger.hpp"
#include "../caught.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace lde::ledger_test {

using namespace lde::ledger;

inline Date d(const char* iso) { return Date::parse(iso); }
inline Money eur(const char* text) { return Money::parse(text); }

inline Fact contingent(const char* from, const char* fte, const char* known) {
  Fact f;
  f.kind = FactKind::contingent;
  f.from = d(from);
  f.fte = Fte::parse(fte);
  f.known_from = d(known);
  return f;
}
inline Fact hires(const char* month, std::vector<const char*> fractions, const char* known) {
  Fact f;
  f.kind = FactKind::hires;
  f.month = Month::parse(month);
  for (const char* x : fractions) f.fractions.push_back(Fte::parse(x));
  f.known_from = d(known);
  return f;
}
inline Fact dmfa(const char* quarter, std::string worker, DmfaAction action, const char* fraction, const char* known) {
  Fact f;
  f.kind = FactKind::dmfa;
  f.quarter = Quarter::parse(quarter);
  f.worker = std::move(worker);
  f.action = action;
  if (fraction) f.fraction = Fte::parse(fraction);
  f.known_from = d(known);
  return f;
}
inline Fact payment(PaymentKind kind, const char* period, const char* date, const char* amount, std::string reference) {
  Fact f;
  f.kind = FactKind::payment;
  f.payment = kind;
  f.period = PeriodRef::parse(period);
  f.known_from = d(date);
  f.amount = eur(amount);
  f.reference = std::move(reference);
  return f;
}

inline std::string read_text(const std::string& path) {
  std::ifstream in(path);
  REQUIRE_MESSAGE(in, "cannot read " << path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The worked example of docs/rules/ledger.md.
inline Log example() { return io::parse_ledger_log(read_text(std::string(LDE_SOURCE_DIR) + "/examples/ledger/ledger.json"), "ledger.json"); }

/// The line of @p period in a statement (a failed check when there is none).
inline const StatementLine& line(const Statement& s, const std::string& period) {
  for (const auto* list : {&s.months, &s.quarters}) {
    for (const StatementLine& l : *list) {
      if (l.period.iso() == period) return l;
    }
  }
  FAIL("no line " << period << " as of " << s.as_of.iso());
  return s.months.front();
}

}  // namespace lde::ledger_test
