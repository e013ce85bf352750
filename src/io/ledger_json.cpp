// The settlement-ledger kind of the JSON format (`lde-ledger/1`): the log reader and writer,
// the answer object and the evaluation input `{"at", "ledger", "quarter"?, "from"?}`.
// docs/format.md "Settlement ledger"; docs/schema/ledger.schema.json.
#include "lde/io/ledger.hpp"

#include "lde/core/error.hpp"

#include "internal.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace lde::io {

using ojson = nlohmann::ordered_json;

namespace detail {

namespace {

constexpr std::string_view kFormat = "lde-ledger/1";

/// The keys a fact may have, by kind (docs/format.md).
std::vector<std::string_view> fact_keys(const ojson& j) {
  std::string kind;
  if (j.is_object()) {
    auto it = j.find("kind");
    if (it != j.end() && it->is_string()) kind = it->get<std::string>();
  }
  if (kind == "contingent") return {"kind", "known_from", "from", "fte"};
  if (kind == "hires") return {"kind", "known_from", "month", "fractions"};
  if (kind == "dmfa") return {"kind", "known_from", "quarter", "worker", "action", "fraction", "reference_wage_cost_positive"};
  if (kind == "fixed_amount") return {"kind", "known_from", "year", "amount"};
  if (kind == "payment") return {"kind", "date", "payment", "period", "amount", "reference"};
  return {"kind"};
}

ledger::Fact fact_from(const ojson& j, const std::string& p, std::string_view origin) {
  using namespace lde::ledger;
  const Reader r(j, p, origin, fact_keys(j));
  Fact f;
  const std::string kind = as_name(r.required("kind"), r.path("kind"), origin);
  f.kind = relabel(r.path("kind"), origin, [&] { return parse_fact_kind(kind, r.path("kind")); });
  if (f.kind == FactKind::payment) {
    f.known_from = as_date(r.required("date"), r.path("date"), origin);
  } else {
    f.known_from = as_date(r.required("known_from"), r.path("known_from"), origin);
  }
  switch (f.kind) {
    case FactKind::contingent:
      f.from = as_date(r.required("from"), r.path("from"), origin);
      f.fte = as_fte(r.required("fte"), r.path("fte"), origin);
      break;
    case FactKind::hires: {
      f.month = relabel(r.path("month"), origin, [&] {
        return Month::parse(as_name(r.required("month"), r.path("month"), origin), r.path("month"));
      });
      const std::string fp = r.path("fractions");
      const ojson& arr = as_array(r.required("fractions"), fp, origin);
      for (std::size_t i = 0; i < arr.size(); ++i) f.fractions.push_back(as_fte(arr[i], index(fp, i), origin));
      break;
    }
    case FactKind::dmfa: {
      f.quarter = relabel(r.path("quarter"), origin, [&] {
        return Quarter::parse(as_name(r.required("quarter"), r.path("quarter"), origin), r.path("quarter"));
      });
      f.worker = as_name(r.required("worker"), r.path("worker"), origin);
      const std::string action = as_name(r.required("action"), r.path("action"), origin);
      f.action = relabel(r.path("action"), origin, [&] { return parse_dmfa_action(action, r.path("action")); });
      if (f.action == DmfaAction::withdrawal) {
        if (r.optional("fraction") != nullptr) {
          fail(ErrorCode::invalid_argument, r.path("fraction"), origin, "a withdrawal has no fraction (S-2)");
        }
      } else {
        f.fraction = as_fte(r.required("fraction"), r.path("fraction"), origin);
      }
      if (const ojson* w = r.optional_nonnull("reference_wage_cost_positive")) {
        f.reference_wage_cost_positive = as_bool(*w, r.path("reference_wage_cost_positive"), origin);
      }
      break;
    }
    case FactKind::fixed_amount:
      f.year = as_int(r.required("year"), r.path("year"), origin);
      if (f.year < 1400 || f.year > 9999) {
        fail(ErrorCode::invalid_date, r.path("year"), origin, "year " + std::to_string(f.year) + " is outside 1400..9999");
      }
      f.amount = as_money(r.required("amount"), r.path("amount"), origin);
      break;
    case FactKind::payment: {
      const std::string payment = as_name(r.required("payment"), r.path("payment"), origin);
      f.payment = relabel(r.path("payment"), origin, [&] { return parse_payment_kind(payment, r.path("payment")); });
      const std::string period = as_name(r.required("period"), r.path("period"), origin);
      f.period = relabel(r.path("period"), origin, [&] { return PeriodRef::parse(period, r.path("period")); });
      f.amount = as_money(r.required("amount"), r.path("amount"), origin);
      f.reference = as_name(r.required("reference"), r.path("reference"), origin);
      break;
    }
  }
  return f;
}

void facts_from(const ojson& arr_json, const std::string& p, std::string_view origin, std::vector<ledger::Fact>& out) {
  const ojson& arr = as_array(arr_json, p, origin);
  for (std::size_t i = 0; i < arr.size(); ++i) out.push_back(fact_from(arr[i], index(p, i), origin));
}

void check_format(const Reader& r, std::string_view origin) {
  if (const ojson* f = r.optional("format")) {
    const std::string format = as_string(*f, r.path("format"), origin);
    if (format != kFormat) {
      fail(ErrorCode::invalid_argument, r.path("format"), origin,
           "expected \"" + std::string(kFormat) + "\", got \"" + format + "\"");
    }
  }
}

ojson fingerprints(const ledger::LedgerReceipt& r) {
  return {{"library_version", r.library_version},
          {"parameters_fingerprint", r.parameters_fingerprint},
          {"facts_fingerprint", r.facts_fingerprint}};
}

ojson line_json(const ledger::StatementLine& l) {
  ojson x = {{"period", l.period.iso()},
             {"settled", l.settled},
             {"fte", l.fte.to_string()},
             {"right", l.right.to_string()},
             {"due", l.due.to_string()},
             {"paid", l.paid.to_string()},
             {"balance", l.balance.to_string()}};
  x["payment_reference"] = l.payment_reference.empty() ? ojson(nullptr) : ojson(l.payment_reference);
  x["receipt"] = fingerprints(l.receipt);
  return x;
}

ojson fact_refs(const std::vector<ledger::FactRef>& refs) {
  ojson out = ojson::array();
  for (const auto& r : refs) out.push_back({{"fact", r.index}, {"description", r.description}});
  return out;
}

ojson answer_json(const ledger::Statement& st, const std::vector<ledger::QuarterVersion>* history,
                  const ledger::Explanation* ex) {
  ojson out = ojson::object();
  out["kind"] = "ledger";
  out["at"] = st.as_of.iso();
  out["allocation_number"] = st.allocation_number;
  out["due"] = st.due.to_string();
  out["paid"] = st.paid.to_string();
  out["balance"] = st.balance.to_string();
  out["months"] = ojson::object();
  for (const auto& l : st.months) out["months"][l.period.iso()] = line_json(l);
  out["quarters"] = ojson::object();
  for (const auto& l : st.quarters) out["quarters"][l.period.iso()] = line_json(l);
  out["facts_fingerprint"] = st.receipt.facts_fingerprint;
  if (history != nullptr) {
    ojson h = ojson::array();
    for (const auto& v : *history) {
      h.push_back({{"from", v.from.iso()},
                   {"settled", v.settled},
                   {"dmfa_fte", v.dmfa_fte.to_string()},
                   {"capped_fte", v.capped_fte.to_string()},
                   {"right", v.right.to_string()},
                   {"advances", v.advances.to_string()},
                   {"due", v.due.to_string()},
                   {"changed_by", fact_refs(v.changed_by)},
                   {"receipt", fingerprints(v.receipt)}});
    }
    out["history"] = h;
  } else {
    out["history"] = nullptr;
  }
  if (ex != nullptr) {
    ojson changes = ojson::array();
    for (const auto& c : ex->changes) {
      changes.push_back({{"fact", c.fact.index},
                         {"description", c.fact.description},
                         {"known_from", c.known_from.iso()},
                         {"amount", c.amount.to_string()}});
    }
    out["explain"] = {{"quarter", ex->quarter.iso()},
                      {"from", ex->from.iso()},
                      {"to", ex->to.iso()},
                      {"due_from", ex->due_from.to_string()},
                      {"due_to", ex->due_to.to_string()},
                      {"difference", ex->difference.to_string()},
                      {"changes", changes},
                      {"receipt", fingerprints(ex->receipt)}};
  } else {
    out["explain"] = nullptr;
  }
  return out;
}

}  // namespace

ledger::Log ledger_from(const ojson& j, const std::string& root, std::string_view origin) {
  const Reader r(j, root, origin, {"format", "allocation_number", "facts"});
  check_format(r, origin);
  ledger::Log log;
  log.allocation_number = as_name(r.required("allocation_number"), r.path("allocation_number"), origin);
  if (const ojson* facts = r.optional_nonnull("facts")) facts_from(*facts, r.path("facts"), origin, log.facts);
  return log;
}

ojson fact_to(const ledger::Fact& f) {
  using namespace lde::ledger;
  ojson x = ojson::object();
  x["kind"] = std::string(to_string(f.kind));
  if (f.kind != FactKind::payment) x["known_from"] = f.known_from.iso();
  switch (f.kind) {
    case FactKind::contingent:
      x["from"] = f.from.iso();
      x["fte"] = f.fte.to_string();
      break;
    case FactKind::hires:
      x["month"] = f.month.iso();
      x["fractions"] = ojson::array();
      for (const Fte& v : f.fractions) x["fractions"].push_back(v.to_string());
      break;
    case FactKind::dmfa:
      x["quarter"] = f.quarter.iso();
      x["worker"] = f.worker;
      x["action"] = std::string(to_string(f.action));
      if (f.action != DmfaAction::withdrawal) x["fraction"] = f.fraction.to_string();
      if (!f.reference_wage_cost_positive) x["reference_wage_cost_positive"] = false;
      break;
    case FactKind::fixed_amount:
      x["year"] = f.year;
      x["amount"] = f.amount.to_string();
      break;
    case FactKind::payment:
      x["payment"] = std::string(to_string(f.payment));
      x["period"] = f.period.iso();
      x["date"] = f.known_from.iso();
      x["amount"] = f.amount.to_string();
      x["reference"] = f.reference;
      break;
  }
  return x;
}

ojson ledger_to(const ledger::Log& log) {
  ojson out = {{"format", std::string(kFormat)}, {"allocation_number", log.allocation_number}};
  out["facts"] = ojson::array();
  for (const auto& f : log.facts) out["facts"].push_back(fact_to(f));
  return out;
}

Input ledger_input_from(const ojson& doc, const std::string& root, std::string_view origin, const ParameterSet& base,
                        const std::vector<std::string_view>& extra_keys) {
  refuse_other_kinds(doc, root, origin, "ledger", "a ledger is read as of \"at\"");
  std::vector<std::string_view> allowed{"at", "ledger", "quarter", "from", "parameters", "id", "source"};
  allowed.insert(allowed.end(), extra_keys.begin(), extra_keys.end());
  const Reader r(doc, root, origin, allowed);
  for (std::string_view key : {"id", "source"}) {
    if (const ojson* v = r.optional(key)) as_string(*v, r.path(key), origin);
  }
  Input in{std::nullopt, std::nullopt, std::nullopt, std::nullopt, base, std::nullopt, std::nullopt, std::nullopt};
  if (const ojson* p = r.optional("parameters")) in.params = parameters_from(*p, r.path("parameters"), origin, base);
  in.at = as_date(r.required("at"), r.path("at"), origin);
  LedgerQuery q{ledger_from(r.required("ledger"), r.path("ledger"), origin), std::nullopt, std::nullopt};
  if (const ojson* quarter = r.optional_nonnull("quarter")) {
    const std::string text = as_name(*quarter, r.path("quarter"), origin);
    q.quarter = relabel(r.path("quarter"), origin, [&] { return Quarter::parse(text, r.path("quarter")); });
  }
  if (const ojson* from = r.optional_nonnull("from")) {
    if (!q.quarter) fail(ErrorCode::invalid_argument, r.path("from"), origin, "\"from\" explains a \"quarter\": give it too");
    q.from = as_date(*from, r.path("from"), origin);
  }
  in.ledger = std::move(q);
  return in;
}

ojson evaluate_ledger_input(const Input& in, bool with_trace, const std::string& root, std::string_view origin) {
  Trace trace(with_trace);
  try {
    const LedgerQuery& q = *in.ledger;
    const ledger::Statement st = ledger::as_of(q.log, *in.at, in.params, &trace);
    std::optional<std::vector<ledger::QuarterVersion>> h;
    std::optional<ledger::Explanation> ex;
    if (q.quarter) h = ledger::history(q.log, *q.quarter, in.params, &trace);
    if (q.from) {
      try {
        ex = ledger::explain(q.log, *q.quarter, *q.from, *in.at, in.params, &trace);
      } catch (const Error& err) {
        if (err.field() == "to") throw Error(err.code(), "from", err.message());
        throw;
      }
    }
    return trace_and_receipt(answer_json(st, h ? &*h : nullptr, ex ? &*ex : nullptr), trace, Receipt::of(in.params));
  } catch (const Error& err) {
    // Fields of the log (facts[2].date, allocation_number) are under `ledger.`; `from` and `at` are input keys.
    const std::string field = err.field().empty()                          ? root
                              : err.field() == "from" || err.field() == "at" ? join(root, err.field())
                                                                              : join(join(root, "ledger"), err.field());
    throw Error(err.code(), field, with_origin(err.message(), origin));
  }
}

}  // namespace detail

ledger::Log parse_ledger_log(std::string_view json_text, std::string_view origin) {
  const ojson doc = detail::parse_document(json_text, origin);
  return detail::ledger_from(doc, "", origin);
}

void append_facts(ledger::Log& log, std::string_view json_text, std::string_view origin) {
  const ojson doc = detail::parse_document(json_text, origin);
  const detail::Reader r(doc, "", origin, {"format", "allocation_number", "facts"});
  detail::check_format(r, origin);
  if (const ojson* a = r.optional_nonnull("allocation_number")) {
    const std::string alloc = detail::as_name(*a, "allocation_number", origin);
    if (alloc != log.allocation_number) {
      detail::fail(ErrorCode::conflict, "allocation_number", origin,
                   "the facts are for allocation \"" + alloc + "\", the log for \"" + log.allocation_number + "\"");
    }
  }
  std::vector<ledger::Fact> facts;
  detail::facts_from(r.required("facts"), "facts", origin, facts);
  log.facts.insert(log.facts.end(), facts.begin(), facts.end());
}

std::string to_json(const ledger::Log& log) { return detail::ledger_to(log).dump(); }

std::string fact_json(const ledger::Fact& fact) { return detail::fact_to(fact).dump(); }

std::string decision_json(const ledger::Statement& statement, const std::vector<ledger::QuarterVersion>* history,
                          const ledger::Explanation* explanation, const Trace& trace, const Receipt& receipt) {
  return detail::trace_and_receipt(detail::answer_json(statement, history, explanation), trace, receipt).dump();
}

}  // namespace lde::io
