// The settlement ledger's questions: as_of (S-4, S-5), history (S-6), explain (S-7).
// Every amount is the enterprise rules' (enterprise_detail::advance_impl and
// settlement_impl: I-12, I-14, I-15, I-16, I-23) applied to the facts known on a date;
// nothing here computes compensation itself. The impl functions are called directly
// because the ledger validated the facts (ledger::validate runs the enterprise checks
// fact by fact) and a ledger has no legal form for lde::validate to check.
#include "lde/ledger/ledger.hpp"
#include "lde/ledger/rules.hpp"

#include "../enterprise/internal.hpp"
#include "internal.hpp"
#include "lde/core/error.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace lde::ledger {

namespace {

using ledger_detail::Selection;

/// The regularisation reference (S-5): `Regularisatie.` + the period's I-16 reference + `.<n>`.
std::string regularisation_reference(const std::string& base, const Log& log, const Selection& known,
                                     const PeriodRef& period) {
  int n = 1;
  for (std::size_t i = 0; i < log.facts.size(); ++i) {
    const Fact& f = log.facts[i];
    if (known[i] && f.kind == FactKind::payment && f.payment == PaymentKind::regularisation && f.period == period) ++n;
  }
  return "Regularisatie." + base + "." + std::to_string(n);
}

/// Whether any payment for @p period is known: until one is, a balance is the period's ordinary
/// payment (the advance or the settlement, with its own I-16 reference), not a regularisation (S-5).
bool any_payment_for(const Log& log, const Selection& known, const PeriodRef& period) {
  for (std::size_t i = 0; i < log.facts.size(); ++i) {
    const Fact& f = log.facts[i];
    if (known[i] && f.kind == FactKind::payment && f.period == period) return true;
  }
  return false;
}

Money paid_for(const Log& log, const Selection& known, const PeriodRef& period) {
  Money paid;
  for (std::size_t i = 0; i < log.facts.size(); ++i) {
    const Fact& f = log.facts[i];
    if (known[i] && f.kind == FactKind::payment && f.period == period) paid += f.amount;
  }
  return paid;
}

/// The quarter's amounts from the selected facts: the right, the advances, the total due.
struct QuarterAmounts {
  bool settled = false;
  QuarterlySettlement s;
  Money due;  // right when settled (advances + settlement), else the advances
};

QuarterAmounts quarter_amounts(const Log& log, const Selection& sel, Quarter q, const ParameterSet& params,
                               Trace* trace) {
  const Enterprise e = ledger_detail::snapshot(log, sel);
  QuarterAmounts out{ledger_detail::settled(log, sel, q), enterprise_detail::settlement_impl(e, q, params, trace), {}};
  out.due = out.settled ? out.s.right : out.s.advances;
  return out;
}

}  // namespace

Statement as_of(const Log& log, Date k, const ParameterSet& params, Trace* trace) {
  validate(log, params);
  TraceStep* s = begin_step(trace, kAsOf);
  const Selection known = ledger_detail::known_on(log, k);
  const Enterprise e = ledger_detail::snapshot(log, known);
  Statement out;
  out.as_of = k;
  out.allocation_number = log.allocation_number;
  // S-4: the months from the first contingent known on K to K's month, with any month paid by K;
  // the quarters with a DmfA fact known on K, with any quarter paid by K.
  std::set<Month> months;
  std::set<Quarter> quarters;
  std::optional<Date> first;
  for (const ContingentChange& c : e.contingent) {
    if (!first || c.from < *first) first = c.from;
  }
  if (first && *first <= k) {
    const Month last = Month::of(k);
    if ((last.year() - first->year()) * 12 + last.month() - Month::of(*first).month() >= kMaxStatementYears * 12) {
      throw Error(ErrorCode::out_of_range, "at",
                  "a statement as of " + k.iso() + " would cover the months since the first contingent (" +
                      first->iso() + "), more than " + std::to_string(kMaxStatementYears) + " years (S-4)");
    }
    // The months of the first contingent's quarter before it are due too when their advance is not
    // 0 (a temporary fixed amount, I-14): the quarter's settlement deducts all three advances.
    for (Month m = Quarter::of(*first).first_month(); m < Month::of(*first); m = m.next()) {
      if (enterprise_detail::advance_impl(e, m, params, nullptr).amount.cents() != 0) months.insert(m);
    }
    for (Month m = Month::of(*first);; m = m.next()) {
      months.insert(m);
      if (m == last) break;  // never past K's month (9999-12 has no next month)
    }
  }
  for (std::size_t i = 0; i < log.facts.size(); ++i) {
    const Fact& f = log.facts[i];
    if (!known[i]) continue;
    if (f.kind == FactKind::dmfa) quarters.insert(f.quarter);
    if (f.kind == FactKind::payment) {
      if (f.period.is_quarter) quarters.insert(f.period.quarter);
      else months.insert(f.period.month);
    }
  }
  auto finish = [&](StatementLine& line, const std::string& base) {
    line.paid = paid_for(log, known, line.period);
    line.balance = line.due - line.paid;
    if (line.balance.cents() != 0) {
      line.payment_reference = any_payment_for(log, known, line.period)
                                   ? regularisation_reference(base, log, known, line.period)
                                   : base;
    }
    line.receipt = ledger_detail::receipt_of(log, known, params,
                                             [&](const Fact& f) { return ledger_detail::feeds_line(f, line.period); });
    out.due += line.due;
    out.paid += line.paid;
  };
  for (const Month& m : months) {
    const MonthlyAdvance a = enterprise_detail::advance_impl(e, m, params, trace);
    StatementLine line;
    line.period.month = m;
    line.fte = a.capped_fte;
    line.right = a.amount;
    line.due = a.amount;
    finish(line, a.payment_reference);
    out.months.push_back(std::move(line));
  }
  for (const Quarter& q : quarters) {
    StatementLine line;
    line.period.is_quarter = true;
    line.period.quarter = q;
    line.settled = ledger_detail::settled(log, known, q);
    const QuarterlySettlement qs = enterprise_detail::settlement_impl(e, q, params, line.settled ? trace : nullptr);
    if (line.settled) {
      line.fte = qs.capped_fte;
      line.right = qs.right;
      line.due = qs.settlement;
    }
    finish(line, qs.payment_reference);
    out.quarters.push_back(std::move(line));
  }
  out.balance = out.due - out.paid;
  out.receipt = ledger_detail::receipt_of(log, known, params, [](const Fact&) { return true; });
  if (s) {
    std::size_t count = 0;
    for (char c : known) count += c ? 1 : 0;
    s->input("as_of", k.iso())
        .input("allocation_number", log.allocation_number)
        .input("facts_known", std::to_string(count) + " of " + std::to_string(log.facts.size()));
    s->note("the facts known on " + k.iso() + " are those with known_from (a payment: its date) on or before it; "
            "of several facts about one thing the one known last applies (S-1, S-2)");
    s->note("a quarter is settled once a DmfA fact for it is known (S-4); the regularisation of a line is its due "
            "minus what was paid for it, with reference Regularisatie.<I-16 reference>.<n> (S-5)");
    s->result("due " + out.due.to_string() + " EUR, paid " + out.paid.to_string() + " EUR, balance " +
              out.balance.to_string() + " EUR as known on " + k.iso());
  }
  return out;
}

std::vector<QuarterVersion> history(const Log& log, Quarter quarter, const ParameterSet& params, Trace* trace) {
  validate(log, params);
  TraceStep* s = begin_step(trace, kHistory);
  std::map<Date, std::vector<std::size_t>> by_day;
  for (std::size_t i = 0; i < log.facts.size(); ++i) {
    if (ledger_detail::feeds_quarter(log.facts[i], quarter)) by_day[log.facts[i].known_from].push_back(i);
  }
  std::vector<QuarterVersion> out;
  for (const auto& [day, indices] : by_day) {
    const Selection known = ledger_detail::known_on(log, day);
    const QuarterAmounts a = quarter_amounts(log, known, quarter, params, nullptr);
    QuarterVersion v;
    v.from = day;
    v.settled = a.settled;
    v.dmfa_fte = a.settled ? a.s.dmfa_fte : Fte{};
    v.capped_fte = a.settled ? a.s.capped_fte : Fte{};
    v.right = a.settled ? a.s.right : Money{};
    v.advances = a.s.advances;
    v.due = a.due;
    if (!out.empty() && out.back().settled == v.settled && out.back().right == v.right &&
        out.back().advances == v.advances && out.back().dmfa_fte == v.dmfa_fte) {
      continue;  // the facts of that day changed nothing of the quarter
    }
    for (std::size_t i : indices) v.changed_by.push_back({i, describe(log, i)});
    v.receipt = ledger_detail::receipt_of(log, known, params,
                                          [&](const Fact& f) { return ledger_detail::feeds_quarter(f, quarter); });
    out.push_back(std::move(v));
  }
  if (s) {
    s->input("quarter", quarter.iso()).input("allocation_number", log.allocation_number);
    for (const QuarterVersion& v : out) {
      std::string why;
      for (const FactRef& r : v.changed_by) why += (why.empty() ? "" : "; ") + r.description;
      s->note("from " + v.from.iso() + ": " + (v.settled ? "right " + v.right.to_string() + " EUR" : "not settled") +
              ", advances " + v.advances.to_string() + " EUR, due " + v.due.to_string() + " EUR — " + why);
    }
    s->result(std::to_string(out.size()) + " versions of " + quarter.iso() + " (S-6)");
  }
  return out;
}

Explanation explain(const Log& log, Quarter quarter, Date from, Date to, const ParameterSet& params, Trace* trace) {
  validate(log, params);
  if (to < from) {
    throw Error(ErrorCode::invalid_date, "to", "the date " + to.iso() + " is before the date " + from.iso());
  }
  TraceStep* s = begin_step(trace, kExplain);
  Selection sel = ledger_detail::known_on(log, from);
  Explanation out;
  out.quarter = quarter;
  out.from = from;
  out.to = to;
  out.due_from = quarter_amounts(log, sel, quarter, params, nullptr).due;
  // S-7: the facts known after K1 and by K2 are added one at a time, by known_from and then by
  // their canonical text (never by how they are listed); each gets the change it makes.
  std::vector<std::size_t> order;
  for (std::size_t i = 0; i < log.facts.size(); ++i) {
    const Fact& f = log.facts[i];
    if (from < f.known_from && f.known_from <= to && ledger_detail::feeds_quarter(f, quarter)) order.push_back(i);
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Fact& x = log.facts[a];
    const Fact& y = log.facts[b];
    if (x.known_from != y.known_from) return x.known_from < y.known_from;
    return ledger_detail::canonical(x) < ledger_detail::canonical(y);
  });
  Money before = out.due_from;
  for (std::size_t i : order) {
    sel[i] = 1;
    const Money after = quarter_amounts(log, sel, quarter, params, nullptr).due;
    out.changes.push_back({{i, describe(log, i)}, log.facts[i].known_from, after - before});
    before = after;
  }
  const Selection known_to = ledger_detail::known_on(log, to);
  out.due_to = quarter_amounts(log, known_to, quarter, params, nullptr).due;
  out.difference = out.due_to - out.due_from;
  Money sum;
  for (const Change& c : out.changes) sum += c.amount;
  if (sum != out.difference || before != out.due_to) {
    throw Error(ErrorCode::internal, "to", "the changes of " + quarter.iso() + " do not add up to the difference");
  }
  out.receipt = ledger_detail::receipt_of(log, known_to, params,
                                          [&](const Fact& f) { return ledger_detail::feeds_quarter(f, quarter); });
  if (s) {
    s->input("quarter", quarter.iso()).input("from", from.iso()).input("to", to.iso());
    for (const Change& c : out.changes) s->note(c.amount.to_string() + " EUR: " + c.fact.description);
    s->result("due " + out.due_from.to_string() + " EUR as known on " + from.iso() + ", " + out.due_to.to_string() +
              " EUR as known on " + to.iso() + ": difference " + out.difference.to_string() + " EUR (S-7)");
  }
  return out;
}

}  // namespace lde::ledger
