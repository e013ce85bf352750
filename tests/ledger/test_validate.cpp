// Bad input of the settlement ledger gets a named error (issue 18): a payment for a period that does not
// exist, a known_from before the period's facts could exist, a correction for a worker never declared,
// duplicate payment references, and the enterprise checks of the facts' values (I-20), each naming the
// field of the fact (`facts[i].…`). The same errors through the JSON reader and evaluate_json.
#include "support.hpp"

#include "lde/io/json.hpp"

using namespace lde;
using namespace lde::ledger_test;

namespace {

Log base() {
  Log log;
  log.allocation_number = "LDE-0042";
  log.facts = {contingent("2025-01-01", "5.00", "2024-12-01"),
               hires("2025-01", {"1.00", "0.50"}, "2025-01-03"),
               dmfa("2025-Q1", "W1", DmfaAction::declaration, "1.00", "2025-04-20"),
               payment(PaymentKind::advance, "2025-01", "2025-01-10", "1604.79", "Voorschot.LDE.2025.01.LDE-0042")};
  return log;
}

test::Caught fails_with(const Log& log) {
  return test::catch_error([&] { validate(log, ParameterSet::defaults()); });
}

}  // namespace

TEST_CASE("a valid log validates, and each fact's own errors name it") {
  CHECK_NOTHROW(validate(base(), ParameterSet::defaults()));
  CHECK(line(as_of(base(), d("2025-01-31"), ParameterSet::defaults()), "2025-01").due == eur("1605.21"));
}

TEST_CASE("a payment for a period that does not exist") {
  Log log = base();
  log.facts.push_back(payment(PaymentKind::advance, "2024-12", "2024-12-10", "10.00", "Voorschot.LDE.2024.12.LDE-0042"));
  auto e = fails_with(log);
  CHECK(e.code == ErrorCode::not_found);
  CHECK(e.field == "facts[4].period");
  log = base();
  log.facts.push_back(payment(PaymentKind::settlement, "2025-02", "2025-04-30", "10.00", "S"));
  e = fails_with(log);
  CHECK(e.code == ErrorCode::not_found);
  CHECK(e.field == "facts[4].period");
  log = base();
  log.facts.push_back(payment(PaymentKind::advance, "2025-Q1", "2025-04-30", "10.00", "S"));
  CHECK(fails_with(log).field == "facts[4].period");
  Log none;
  none.allocation_number = "X";
  none.facts.push_back(payment(PaymentKind::advance, "2025-01", "2025-01-10", "1.00", "R"));
  e = fails_with(none);
  CHECK(e.code == ErrorCode::not_found);
  CHECK(e.what.find("no contingent decision") != std::string::npos);
}

TEST_CASE("a known_from before the period's facts could exist") {
  Log log = base();
  log.facts[2].known_from = d("2025-03-31");  // DmfA of Q1 on its last day
  auto e = fails_with(log);
  CHECK(e.code == ErrorCode::invalid_date);
  CHECK(e.field == "facts[2].known_from");
  log = base();
  log.facts[1].known_from = d("2024-12-31");  // hires of January known in December
  CHECK(fails_with(log).field == "facts[1].known_from");
  log = base();
  log.facts.push_back(payment(PaymentKind::settlement, "2025-Q1", "2025-03-31", "1.00", "Afrekening.2025.1.LDE-0042"));
  e = fails_with(log);
  CHECK(e.code == ErrorCode::invalid_date);
  CHECK(e.field == "facts[4].date");
  log = base();
  log.facts[3].known_from = d("2024-12-31");  // the advance of January paid in December
  CHECK(fails_with(log).field == "facts[3].date");
}

TEST_CASE("a correction or withdrawal for a worker never declared") {
  Log log = base();
  log.facts.push_back(dmfa("2025-Q1", "W2", DmfaAction::correction, "0.80", "2025-05-01"));
  auto e = fails_with(log);
  CHECK(e.code == ErrorCode::not_found);
  CHECK(e.field == "facts[4].worker");
  log = base();
  log.facts.push_back(dmfa("2025-Q2", "W1", DmfaAction::withdrawal, nullptr, "2025-08-01"));
  CHECK(fails_with(log).field == "facts[4].worker");
  // Declared later than the correction: the correction came first.
  log = base();
  log.facts.push_back(dmfa("2025-Q1", "W1", DmfaAction::correction, "0.80", "2025-04-19"));
  CHECK(fails_with(log).field == "facts[4].worker");
  // A second declaration is a conflict: a later line is a correction.
  log = base();
  log.facts.push_back(dmfa("2025-Q1", "W1", DmfaAction::declaration, "0.80", "2025-05-01"));
  e = fails_with(log);
  CHECK(e.code == ErrorCode::conflict);
  CHECK(e.field == "facts[4].action");
}

TEST_CASE("duplicate payment references and facts that cannot be ordered") {
  Log log = base();
  log.facts.push_back(payment(PaymentKind::advance, "2025-02", "2025-02-10", "1.00", "Voorschot.LDE.2025.01.LDE-0042"));
  auto e = fails_with(log);
  CHECK(e.code == ErrorCode::conflict);
  CHECK(e.field == "facts[4].reference");
  log = base();
  log.facts.push_back(payment(PaymentKind::advance, "2025-02", "2025-02-10", "1.00", "  "));
  CHECK(fails_with(log).field == "facts[4].reference");
  log = base();
  log.facts.push_back(hires("2025-01", {"1.00"}, "2025-01-03"));
  e = fails_with(log);
  CHECK(e.code == ErrorCode::conflict);
  CHECK(e.field == "facts[4].known_from");
  log = base();
  log.facts.push_back(contingent("2025-01-01", "4.00", "2024-12-01"));
  CHECK(fails_with(log).field == "facts[4].known_from");
}

TEST_CASE("the enterprise checks of the values name the fact's field") {
  Log log = base();
  log.facts[1].fractions.push_back(Fte::parse("1.50"));
  auto e = fails_with(log);
  CHECK(e.code == ErrorCode::invalid_argument);
  CHECK(e.field == "facts[1].fractions[2]");
  log = base();
  log.facts[2].fraction = Fte::parse("1.20");
  CHECK(fails_with(log).field == "facts[2].fraction");
  log = base();
  log.facts[0].fte = Fte::parse("100001");
  CHECK(fails_with(log).field == "facts[0].fte");
  log = base();
  Fact fixed;
  fixed.kind = FactKind::fixed_amount;
  fixed.year = 2025;
  fixed.amount = eur("1000.00");
  fixed.known_from = d("2025-01-01");
  log.facts.push_back(fixed);
  e = fails_with(log);
  CHECK(e.code == ErrorCode::invalid_argument);
  CHECK(e.field == "facts[4].amount");
  log = base();
  log.allocation_number = " ";
  CHECK(fails_with(log).field == "allocation_number");
  // Every question validates first.
  log = base();
  log.facts[2].known_from = d("2025-03-01");
  CHECK(test::catch_error([&] { (void)as_of(log, d("2025-06-01"), ParameterSet::defaults()); }).field ==
        "facts[2].known_from");
  CHECK(test::catch_error([&] { (void)history(log, Quarter(2025, 1), ParameterSet::defaults()); }).field ==
        "facts[2].known_from");
}

TEST_CASE("the JSON reader and evaluate_json name the same fields") {
  const std::string good = io::to_json(base());
  const Log back = io::parse_ledger_log(good);
  CHECK(io::to_json(back) == good);
  auto e = test::catch_error([] {
    (void)io::parse_ledger_log(R"({"allocation_number": "A", "facts": [{"kind": "dmfa", "known_from": "2025-04-01",
      "quarter": "2025-Q5", "worker": "W", "action": "declaration", "fraction": "1"}]})");
  });
  CHECK(e.field == "facts[0].quarter");
  e = test::catch_error([] {
    (void)io::parse_ledger_log(R"({"allocation_number": "A", "facts": [{"kind": "payment", "date": "2025-04-01",
      "payment": "advance", "period": "2025-01", "amount": "1.001", "reference": "R"}]})");
  });
  CHECK(e.field == "facts[0].amount");
  e = test::catch_error([] {
    (void)io::parse_ledger_log(R"({"allocation_number": "A", "facts": [{"kind": "hires", "known_from": "2025-01-01",
      "month": "2025-01", "fractions": [], "fte": "1"}]})");
  });
  CHECK(e.field == "facts[0].fte");
  e = test::catch_error([] { (void)io::parse_ledger_log(R"({"format": "lde-ledger/2", "allocation_number": "A"})"); });
  CHECK(e.field == "format");
  e = test::catch_error([&] {
    (void)io::evaluate_json(R"({"at": "2025-06-01", "ledger": )" + io::to_json(base()) + R"(, "from": "2025-01-01"})",
                            ParameterSet::defaults(), false);
  });
  CHECK(e.field == "from");
  Log bad = base();
  bad.facts.push_back(dmfa("2025-Q1", "W9", DmfaAction::withdrawal, nullptr, "2025-05-01"));
  e = test::catch_error([&] {
    (void)io::evaluate_json(R"({"at": "2025-06-01", "ledger": )" + io::to_json(bad) + "}", ParameterSet::defaults(), false);
  });
  CHECK(e.code == ErrorCode::not_found);
  CHECK(e.field == "ledger.facts[4].worker");
  const std::string out = io::evaluate_json(R"({"at": "2025-06-01", "quarter": "2025-Q1", "from": "2025-01-01", "ledger": )" +
                                                io::to_json(base()) + "}",
                                            ParameterSet::defaults(), false);
  CHECK(out.find("\"kind\":\"ledger\"") != std::string::npos);
  CHECK(out.find("\"explain\":{\"quarter\":\"2025-Q1\"") != std::string::npos);
}
