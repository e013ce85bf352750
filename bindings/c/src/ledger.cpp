// The C ABI: the settlement ledger (lde.h "Settlement ledger").
#include "internal.hpp"

#include "lde/io/ledger.hpp"
#include "lde/ledger/ledger.hpp"

#include <memory>

using namespace lde_c_impl;

struct lde_ledger {
  lde::ledger::Log log;
};

struct lde_ledger_statement {
  lde::ledger::Statement statement;
  lde::Trace trace;
  lde::Receipt receipt;
};

namespace {

namespace lg = lde::ledger;

constexpr std::size_t kTotalsV1 = offsetof(lde_ledger_totals, facts_fingerprint) + sizeof(const char*);
constexpr std::size_t kLineV1 = offsetof(lde_ledger_line, facts_fingerprint) + sizeof(const char*);

const lg::Statement& need_statement(const lde_ledger_statement* s) { return need(s, "statement").statement; }

}  // namespace

extern "C" {

lde_status lde_ledger_from_json(const lde_params* params, const char* json, lde_ledger** out) {
  return guard([&] {
    start_out(out);
    const lde::ParameterSet& set = params_or_default(params);
    auto h = std::make_unique<lde_ledger>();
    h->log = lde::io::parse_ledger_log(need_text(json, "json"), "json");
    lg::validate(h->log, set);
    *out = h.release();
  });
}

lde_status lde_ledger_to_json(const lde_ledger* ledger, char* out, size_t out_size, size_t* out_needed) {
  return guard([&] { copy_out(lde::io::to_json(need(ledger, "ledger").log), out, out_size, out_needed); });
}

void lde_ledger_free(lde_ledger* ledger) { delete ledger; }

lde_status lde_ledger_as_of(const lde_params* params, const lde_ledger* ledger, lde_date as_of, int flags,
                            lde_ledger_statement** out) {
  return guard([&] {
    start_out(out);
    const lde_ledger& l = need(ledger, "ledger");
    check_flags(flags);
    const lde::Date day = to_date(as_of, "as_of");
    const lde::ParameterSet& set = params_or_default(params);
    auto s = std::make_unique<lde_ledger_statement>();
    s->trace = lde::Trace((flags & LDE_FLAG_TRACE) != 0);
    s->statement = lg::as_of(l.log, day, set, &s->trace);
    s->receipt = lde::Receipt::of(set);
    *out = s.release();
  });
}

void lde_ledger_statement_free(lde_ledger_statement* statement) { delete statement; }

lde_status lde_ledger_statement_totals(const lde_ledger_statement* statement, lde_ledger_totals* out) {
  return guard([&] {
    const lg::Statement& s = need_statement(statement);
    need(out, "out");
    lde_ledger_totals v{};
    v.struct_size = sizeof(lde_ledger_totals);
    v.as_of = from_date(s.as_of);
    v.month_count = s.months.size();
    v.quarter_count = s.quarters.size();
    v.due_cents = s.due.cents();
    v.paid_cents = s.paid.cents();
    v.balance_cents = s.balance.cents();
    v.library_version = s.receipt.library_version.c_str();
    v.parameters_fingerprint = s.receipt.parameters_fingerprint.c_str();
    v.facts_fingerprint = s.receipt.facts_fingerprint.c_str();
    write_output_struct(out, v, kTotalsV1, "out");
  });
}

lde_status lde_ledger_statement_line(const lde_ledger_statement* statement, size_t index, lde_ledger_line* out) {
  return guard([&] {
    const lg::Statement& s = need_statement(statement);
    need(out, "out");
    check_item(index, s.months.size() + s.quarters.size(), "statement lines");
    const lg::StatementLine& l = index < s.months.size() ? s.months[index] : s.quarters[index - s.months.size()];
    lde_ledger_line v{};
    v.struct_size = sizeof(lde_ledger_line);
    v.period = l.period.is_quarter ? LDE_LEDGER_QUARTER : LDE_LEDGER_MONTH;
    v.year = l.period.is_quarter ? l.period.quarter.year() : l.period.month.year();
    v.number = l.period.is_quarter ? l.period.quarter.quarter() : l.period.month.month();
    v.settled = l.settled ? 1 : 0;
    v.fte_units = l.fte.units();
    v.right_cents = l.right.cents();
    v.due_cents = l.due.cents();
    v.paid_cents = l.paid.cents();
    v.balance_cents = l.balance.cents();
    v.payment_reference = l.payment_reference.c_str();
    v.facts_fingerprint = l.receipt.facts_fingerprint.c_str();
    write_output_struct(out, v, kLineV1, "out");
  });
}

lde_status lde_ledger_statement_json(const lde_ledger_statement* statement, char* out, size_t out_size,
                                     size_t* out_needed) {
  return guard([&] {
    const lde_ledger_statement& s = need(statement, "statement");
    copy_out(lde::io::decision_json(s.statement, nullptr, nullptr, s.trace, s.receipt), out, out_size, out_needed);
  });
}

}  // extern "C"
