// Seeded random logs of the settlement ledger (issue 18): a year's contingent decisions (some
// retroactive, I-19), MVAC registrations corrected within the month, DmfA declarations with
// corrections and withdrawals arriving months later, and advances, settlements and regularisations
// paid, some of them wrong. On dates K across and after the year:
//   P1 for every line balance + paid == due, and the statement's paid is every payment dated by K;
//   P2 adding the facts known only after K never changes as_of(K), receipts included;
//   P3 the order in which the facts are listed changes nothing (as_of, history, explain);
//   P4 once every line's regularisation is recorded as paid on K, every balance as of K is zero, and
//      recomputing gives no new regularisation;
//   P5 explain's changes add up to the difference, and history's last version is the due known last.
// The seed is fixed (reproducible); LDE_LEDGER_SEED overrides it.
#include "support.hpp"

#include <algorithm>
#include <cstdlib>
#include <random>
#include <set>

using namespace lde;
using namespace lde::ledger_test;

namespace {

using Rng = std::mt19937_64;

int pick(Rng& rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
bool chance(Rng& rng, int percent) { return pick(rng, 1, 100) <= percent; }
Date plus(Date d0, int days) { return Date::from_days_since_epoch(d0.days_since_epoch() + days); }
Fte quarter_steps(Rng& rng, int max_quarters) { return Fte::from_units(2500LL * pick(rng, 0, max_quarters)); }

Log random_log(Rng& rng) {
  Log log;
  log.allocation_number = "LDE-" + std::to_string(pick(rng, 1, 999));
  const int year = pick(rng, 2024, 2026);
  const Date jan1 = Date::from_ymd(year, 1, 1);
  auto add = [&](Fact f) { log.facts.push_back(std::move(f)); };
  Fact c;
  c.kind = FactKind::contingent;
  c.from = jan1;
  c.fte = quarter_steps(rng, 40);
  c.known_from = plus(jan1, -pick(rng, 1, 40));
  add(c);
  std::set<std::pair<std::int64_t, std::int64_t>> contingent_days{{c.from.days_since_epoch(), c.known_from.days_since_epoch()}};
  for (int n = pick(rng, 0, 3); n > 0; --n) {
    c.from = plus(jan1, pick(rng, 0, 364));
    c.fte = quarter_steps(rng, 40);
    c.known_from = plus(c.from, pick(rng, -60, 200));
    if (contingent_days.insert({c.from.days_since_epoch(), c.known_from.days_since_epoch()}).second) add(c);
  }
  for (int m = 1; m <= 12; ++m) {
    const Month month(year, m);
    std::set<std::int64_t> days;
    for (int n = pick(rng, 0, 2); n > 0; --n) {
      Fact h;
      h.kind = FactKind::hires;
      h.month = month;
      for (int k = pick(rng, 0, 6); k > 0; --k) h.fractions.push_back(quarter_steps(rng, 4));
      h.known_from = plus(month.first_day(), pick(rng, 0, 45));
      if (days.insert(h.known_from.days_since_epoch()).second) add(h);
    }
  }
  for (int q = 1; q <= 4; ++q) {
    const Quarter quarter(year, q);
    if (chance(rng, 10)) continue;  // a quarter whose DmfA never arrives
    const Date first_known = plus(quarter.last_day(), pick(rng, 1, 60));
    const int workers = pick(rng, 1, 6);
    for (int w = 1; w <= workers; ++w) {
      Fact f;
      f.kind = FactKind::dmfa;
      f.quarter = quarter;
      f.worker = "W" + std::to_string(w);
      f.fraction = quarter_steps(rng, 4);
      f.reference_wage_cost_positive = !chance(rng, 10);
      f.known_from = plus(first_known, pick(rng, 0, 5));
      const Date declared = f.known_from;
      add(f);
      int later = 1;
      for (int n = chance(rng, 30) ? pick(rng, 1, 2) : 0; n > 0; --n) {
        f.action = chance(rng, 25) ? DmfaAction::withdrawal : DmfaAction::correction;
        f.fraction = f.action == DmfaAction::withdrawal ? Fte{} : quarter_steps(rng, 4);
        later += pick(rng, 1, 120);
        f.known_from = plus(declared, later);
        add(f);
      }
    }
  }
  int ref = 0;
  auto pay = [&](PaymentKind kind, PeriodRef period, Date date, Money amount) {
    Fact p;
    p.kind = FactKind::payment;
    p.payment = kind;
    p.period = period;
    p.known_from = date;
    p.amount = amount;
    p.reference = "P" + std::to_string(++ref);
    add(p);
  };
  // Advances as known on the 10th, settlements as known some days after the DmfA, sometimes off by a little.
  for (int m = 1; m <= 12; ++m) {
    if (chance(rng, 10)) continue;
    PeriodRef p;
    p.month = Month(year, m);
    const Date on = Date::from_ymd(year, m, 10);
    const Money due = line(as_of(log, on, ParameterSet::defaults()), p.iso()).due;
    pay(PaymentKind::advance, p, on, chance(rng, 15) ? due + Money::from_cents(pick(rng, -5000, 5000)) : due);
  }
  for (int q = 1; q <= 4; ++q) {
    if (chance(rng, 20)) continue;
    PeriodRef p;
    p.is_quarter = true;
    p.quarter = Quarter(year, q);
    const Date on = plus(p.quarter.last_day(), pick(rng, 30, 120));
    const Statement s = as_of(log, on, ParameterSet::defaults());
    Money due;
    for (const StatementLine& l : s.quarters) {
      if (l.period == p) due = l.due;
    }
    pay(chance(rng, 80) ? PaymentKind::settlement : PaymentKind::regularisation, p, on, due);
  }
  return log;
}

std::string statement_text(const Statement& s) {
  return io::decision_json(s, nullptr, nullptr, Trace(false), Receipt::of(ParameterSet::defaults()));
}

std::uint64_t seed() {
  const char* env = std::getenv("LDE_LEDGER_SEED");
  return env ? std::strtoull(env, nullptr, 10) : 20261204ULL;
}

}  // namespace

TEST_CASE("ledger properties over random logs") {
  Rng rng(seed());
  const ParameterSet& params = ParameterSet::defaults();
  int logs = 0;
  int lines = 0;
  int regularised = 0;
  for (int iteration = 0; iteration < 150; ++iteration) {
    const Log log = random_log(rng);
    CAPTURE(iteration);
    REQUIRE_NOTHROW(validate(log, params));
    ++logs;
    const int year = log.facts.front().from.year();
    Log shuffled = log;
    std::shuffle(shuffled.facts.begin(), shuffled.facts.end(), rng);
    for (int k = 0; k < 4; ++k) {
      const Date when = plus(Date::from_ymd(year, 1, 1), pick(rng, -10, 600));
      CAPTURE(when.iso());
      const Statement s = as_of(log, when, params);
      // P1
      Money paid_by_k;
      for (const Fact& f : log.facts) {
        if (f.kind == FactKind::payment && f.known_from <= when) paid_by_k += f.amount;
      }
      CHECK(s.paid == paid_by_k);
      for (const auto* list : {&s.months, &s.quarters}) {
        for (const StatementLine& l : *list) {
          ++lines;
          CHECK(l.balance + l.paid == l.due);
          CHECK(l.payment_reference.empty() == (l.balance.cents() == 0));
        }
      }
      CHECK(s.balance + s.paid == s.due);
      // P2: the facts known only after K removed.
      Log known = log;
      known.facts.erase(std::remove_if(known.facts.begin(), known.facts.end(),
                                       [&](const Fact& f) { return when < f.known_from; }),
                        known.facts.end());
      CHECK(statement_text(as_of(known, when, params)) == statement_text(s));
      // P3
      CHECK(statement_text(as_of(shuffled, when, params)) == statement_text(s));
      // P4: record every regularisation as paid on K.
      Log paid = log;
      for (const auto* list : {&s.months, &s.quarters}) {
        for (const StatementLine& l : *list) {
          if (l.balance.cents() == 0) continue;
          ++regularised;
          paid.facts.push_back(payment(PaymentKind::regularisation, l.period.iso().c_str(), when.iso().c_str(),
                                       l.balance.to_string().c_str(), l.payment_reference));
        }
      }
      const Statement settled = as_of(paid, when, params);
      CHECK(settled.balance.cents() == 0);
      for (const auto* list : {&settled.months, &settled.quarters}) {
        for (const StatementLine& l : *list) {
          CHECK(l.balance.cents() == 0);
          CHECK(l.payment_reference.empty());
        }
      }
    }
    // P3 and P5 for history and explain.
    const Quarter q(year, pick(rng, 1, 4));
    const auto h = history(log, q, params);
    const auto hs = history(shuffled, q, params);
    REQUIRE(h.size() == hs.size());
    for (std::size_t i = 0; i < h.size(); ++i) {
      CHECK(h[i].from == hs[i].from);
      CHECK(h[i].due == hs[i].due);
      CHECK(h[i].receipt.facts_fingerprint == hs[i].receipt.facts_fingerprint);
    }
    const Date k1 = plus(Date::from_ymd(year, 1, 1), pick(rng, -10, 300));
    const Date k2 = plus(k1, pick(rng, 0, 400));
    const Explanation e = explain(log, q, k1, k2, params);
    const Explanation es = explain(shuffled, q, k1, k2, params);
    Money sum;
    for (const Change& c : e.changes) sum += c.amount;
    CHECK(sum == e.difference);
    CHECK(e.due_to - e.due_from == e.difference);
    REQUIRE(e.changes.size() == es.changes.size());
    for (std::size_t i = 0; i < e.changes.size(); ++i) {
      CHECK(e.changes[i].amount == es.changes[i].amount);
      CHECK(e.changes[i].fact.description == es.changes[i].fact.description);
    }
    if (!h.empty()) {
      CHECK(h.back().due == explain(log, q, h.front().from, Date::from_ymd(year + 3, 1, 1), params).due_to);
    }
  }
  MESSAGE(logs << " logs, " << lines << " lines, " << regularised << " regularisations recorded");
  CHECK(regularised > 100);
}
