// The worked example of docs/rules/ledger.md, to the cent (examples/ledger/ledger.json):
// allocation LDE-0042, 10.00 FTE from 2025-01-01, eight full-time hires every month of 2025,
// DmfA 7.50 FTE each quarter (W7 at 0.50), the twelve advances and four settlements paid,
// then W7's Q1 line corrected to 0.80 (known 2025-08-14), the contingent reduced to 7.00 from
// 2025-10-01 (known 2025-11-20, I-19) and W3's Q2 line corrected to 0.60 (known 2026-02-14).
// The expected amounts were computed by hand (12 600 × FTE-days / 365, rounded once, I-12).
#include "support.hpp"

#include "lde/ledger/rules.hpp"

using namespace lde;
using namespace lde::ledger_test;

namespace {

void check_line(const Statement& s, const char* period, const char* due, const char* paid, const char* balance,
                const char* reference) {
  CAPTURE(period);
  const StatementLine& l = line(s, period);
  CHECK(l.due == eur(due));
  CHECK(l.paid == eur(paid));
  CHECK(l.balance == eur(balance));
  CHECK(l.payment_reference == reference);
}

/// Every line other than @p open has a zero balance and no reference.
void check_others_zero(const Statement& s, std::vector<std::string> open) {
  for (const auto* list : {&s.months, &s.quarters}) {
    for (const StatementLine& l : *list) {
      if (std::find(open.begin(), open.end(), l.period.iso()) != open.end()) continue;
      CAPTURE(l.period.iso());
      CHECK(l.balance.cents() == 0);
      CHECK(l.payment_reference.empty());
    }
  }
}

}  // namespace

TEST_CASE("ledger example: as of 2025-09-01 the W7 correction makes Q1 underpaid by 932.05") {
  const Log log = example();
  const Statement s = as_of(log, d("2025-09-01"), ParameterSet::defaults());
  CHECK(s.months.size() == 9);
  CHECK(s.quarters.size() == 2);
  // Q1: right 12 600 × 7.80 × 90 / 365 = 24 233.42, advances 8561.10 + 7732.60 + 8561.10 = 24 854.80.
  check_line(s, "2025-Q1", "-621.38", "-1553.43", "932.05", "Regularisatie.Afrekening.2025.1.LDE-0042.1");
  CHECK(line(s, "2025-Q1").right == eur("24233.42"));
  // September's advance is due from the 1st and paid on the 10th.
  check_line(s, "2025-09", "8284.93", "0.00", "8284.93", "Voorschot.LDE.2025.09.LDE-0042");
  check_others_zero(s, {"2025-Q1", "2025-09"});
  CHECK(s.due == eur("73200.82"));
  CHECK(s.paid == eur("63983.84"));
  CHECK(s.balance == eur("9216.98"));
  // Q3 is not settled yet: no DmfA is known for it, so nothing of its advances is taken back (S-4).
  for (const StatementLine& l : s.quarters) CHECK(l.period.iso() != "2025-Q3");
}

TEST_CASE("ledger example: as of 2025-12-01 the retroactive contingent reduction claims back October and November") {
  const Statement s = as_of(example(), d("2025-12-01"), ParameterSet::defaults());
  // 12 600 × 7.00 × 31 / 365 = 7490.96 instead of 8561.10; × 30 / 365 = 7249.32 instead of 8284.93.
  check_line(s, "2025-10", "7490.96", "8561.10", "-1070.14", "Regularisatie.Voorschot.LDE.2025.10.LDE-0042.1");
  check_line(s, "2025-11", "7249.32", "8284.93", "-1035.61", "Regularisatie.Voorschot.LDE.2025.11.LDE-0042.1");
  check_line(s, "2025-12", "7490.96", "0.00", "7490.96", "Voorschot.LDE.2025.12.LDE-0042");
  // The Q1 regularisation was paid on 2025-09-15: its balance is zero (S-5).
  check_line(s, "2025-Q1", "-621.38", "-621.38", "0.00", "");
  check_others_zero(s, {"2025-10", "2025-11", "2025-12"});
  CHECK(s.due == eur("93844.11"));
  CHECK(s.paid == eur("88458.90"));
  CHECK(s.balance == eur("5385.21"));
}

TEST_CASE("ledger example: as of 2026-03-01 the W3 correction makes Q2 overpaid by 1256.54") {
  const Statement s = as_of(example(), d("2026-03-01"), ParameterSet::defaults());
  // Q2: right 12 600 × 7.10 × 91 / 365 = 22 303.73 (was 23 560.27 with W3 at 1.00).
  check_line(s, "2025-Q2", "-2827.23", "-1570.69", "-1256.54", "Regularisatie.Afrekening.2025.2.LDE-0042.1");
  CHECK(line(s, "2025-Q2").right == eur("22303.73"));
  // Q4: capped at the reduced contingent, 12 600 × 7.00 × 92 / 365 = 22 231.23; advances 22 231.24.
  check_line(s, "2025-Q4", "-0.01", "-0.01", "0.00", "");
  CHECK(line(s, "2025-Q4").right == eur("22231.23"));
  check_others_zero(s, {"2025-Q2"});
  // The year's rights: 24 233.42 + 22 303.73 + 23 819.18 + 22 231.23.
  CHECK(s.due == eur("92587.56"));
  CHECK(s.paid == eur("93844.10"));
  CHECK(s.balance == eur("-1256.54"));
}

TEST_CASE("ledger example: recording the regularisation as paid brings the balance to zero, once") {
  Log log = example();
  const Statement before = as_of(log, d("2026-03-01"), ParameterSet::defaults());
  const StatementLine& q2 = line(before, "2025-Q2");
  log.facts.push_back(payment(PaymentKind::regularisation, "2025-Q2", "2026-03-01", "-1256.54", q2.payment_reference));
  const Statement after = as_of(log, d("2026-03-01"), ParameterSet::defaults());
  CHECK(after.balance.cents() == 0);
  CHECK(line(after, "2025-Q2").payment_reference.empty());
  // Recording it a second time is refused: the reference is used (S-5).
  log.facts.push_back(log.facts.back());
  const auto err = test::catch_error([&] { (void)as_of(log, d("2026-03-01"), ParameterSet::defaults()); });
  CHECK(err.code == ErrorCode::conflict);
  CHECK(err.field == "facts[68].reference");
}

TEST_CASE("ledger example: the history of Q1 and Q2") {
  const Log log = example();
  const auto h1 = history(log, Quarter(2025, 1), ParameterSet::defaults());
  REQUIRE(h1.size() == 6);
  CHECK(h1[0].from == d("2024-12-15"));
  CHECK(!h1[0].settled);
  CHECK(h1[3].from == d("2025-03-01"));
  CHECK(h1[3].advances == eur("24854.80"));
  CHECK(h1[4].from == d("2025-04-20"));
  CHECK(h1[4].settled);
  CHECK(h1[4].dmfa_fte == Fte::parse("7.50"));
  CHECK(h1[4].right == eur("23301.37"));
  CHECK(h1[4].changed_by.size() == 8);
  CHECK(h1[5].from == d("2025-08-14"));
  CHECK(h1[5].right == eur("24233.42"));
  REQUIRE(h1[5].changed_by.size() == 1);
  CHECK(h1[5].changed_by[0].index == 46);
  CHECK(h1[5].changed_by[0].description == "DmfA 2025-Q1 W7 correction 0.80 (known from 2025-08-14)");
  const auto h2 = history(log, Quarter(2025, 2), ParameterSet::defaults());
  REQUIRE(h2.size() == 6);
  CHECK(h2[4].right == eur("23560.27"));
  CHECK(h2[5].from == d("2026-02-14"));
  CHECK(h2[5].right == eur("22303.73"));
  CHECK(h2[5].changed_by[0].index == 47);
  // The contingent reduction from 2025-10-01 is not in Q1's history: it does not feed it.
  for (const auto& v : h1) {
    for (const auto& r : v.changed_by) CHECK(r.index != 1);
  }
}

TEST_CASE("ledger example: explain attributes each difference to its fact, adding up exactly") {
  const Log log = example();
  const Explanation q2 = explain(log, Quarter(2025, 2), d("2025-12-01"), d("2026-03-01"), ParameterSet::defaults());
  CHECK(q2.due_from == eur("23560.27"));
  CHECK(q2.due_to == eur("22303.73"));
  CHECK(q2.difference == eur("-1256.54"));
  REQUIRE(q2.changes.size() == 1);
  CHECK(q2.changes[0].fact.index == 47);
  CHECK(q2.changes[0].amount == eur("-1256.54"));
  // Q4 between 2025-10-15 and 2026-03-01: November's and December's hires, the reduction, the eight DmfA lines.
  const Explanation q4 = explain(log, Quarter(2025, 4), d("2025-10-15"), d("2026-03-01"), ParameterSet::defaults());
  CHECK(q4.due_from == eur("8561.10"));
  CHECK(q4.due_to == eur("22231.23"));
  REQUIRE(q4.changes.size() == 11);
  CHECK(q4.changes[0].fact.index == 12);  // hires of November, known 2025-11-01
  CHECK(q4.changes[0].amount == eur("8284.93"));
  CHECK(q4.changes[1].fact.index == 1);   // the reduction to 7.00 FTE from 2025-10-01, known 2025-11-20
  CHECK(q4.changes[1].amount == eur("-2105.75"));
  CHECK(q4.changes[2].amount == eur("7490.96"));
  Money sum;
  for (const Change& c : q4.changes) sum += c.amount;
  CHECK(sum == q4.difference);
  const auto err = test::catch_error(
      [&] { (void)explain(log, Quarter(2025, 2), d("2026-03-01"), d("2025-12-01"), ParameterSet::defaults()); });
  CHECK(err.code == ErrorCode::invalid_date);
  CHECK(err.field == "to");
}

TEST_CASE("ledger example: receipts fingerprint the facts used, and the trace starts from the rule constants") {
  const Log log = example();
  Trace trace(true);
  const Statement a = as_of(log, d("2025-09-01"), ParameterSet::defaults(), &trace);
  REQUIRE(!trace.steps().empty());
  CHECK(trace.steps().front().rule == ledger::kAsOf.id);
  CHECK(a.receipt.facts_fingerprint.size() == 64);
  CHECK(a.receipt.parameters_fingerprint == ParameterSet::defaults().fingerprint());
  // A fact known only later leaves the receipt of 2025-09-01 unchanged; a line's receipt covers only its facts.
  const Statement b = as_of(log, d("2025-09-02"), ParameterSet::defaults());
  CHECK(b.receipt.facts_fingerprint == a.receipt.facts_fingerprint);
  CHECK(line(a, "2025-01").receipt.facts_fingerprint != line(a, "2025-02").receipt.facts_fingerprint);
  const Statement c = as_of(log, d("2025-09-15"), ParameterSet::defaults());
  CHECK(c.receipt.facts_fingerprint != a.receipt.facts_fingerprint);
  CHECK(line(c, "2025-01").receipt.facts_fingerprint == line(a, "2025-01").receipt.facts_fingerprint);
}
