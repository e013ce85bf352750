// The settlement ledger's log: names, validation, and the state of the facts known on a
// date (S-1 .. S-5, docs/readings.md "Settlement ledger"). The checks of the facts' values
// are the enterprise checks (lde::validate on a one-fact enterprise), so a fraction or an
// FTE is accepted or refused exactly as in an enterprise input, only the field differs.
#include "lde/ledger/ledger.hpp"

#include "internal.hpp"
#include "lde/core/error.hpp"
#include "lde/core/limits.hpp"
#include "../core/sha256.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace lde::ledger {

namespace {

[[noreturn]] void bad(ErrorCode code, const std::string& field, const std::string& message) {
  throw Error(code, field, message);
}

std::string fact_field(std::size_t i) { return "facts[" + std::to_string(i) + "]"; }

/// The field of a payment's date in the JSON format ("date"), of any other fact's "known_from".
std::string known_field(const Fact& f, std::size_t i) {
  return fact_field(i) + (f.kind == FactKind::payment ? ".date" : ".known_from");
}

/// Runs the enterprise checks on a one-fact enterprise; their field becomes the fact's.
template <class F>
void as_enterprise(const Log& log, std::size_t i, const ParameterSet& params, F&& fill) {
  Enterprise e;
  e.allocation_number = log.allocation_number;
  e.legal_form = LegalForm::vzw;  // not read by the compensation rules (internal.hpp)
  fill(e);
  try {
    lde::validate(e, params);
  } catch (const Error& err) {
    const std::string& inner = err.field();
    std::string field = fact_field(i);
    if (inner == "allocation_number") {
      field = inner;
    } else if (inner.rfind("contingent", 0) == 0) {
      field += ".fte";
    } else if (inner.rfind("transition_amounts", 0) == 0) {
      field += err.code() == ErrorCode::invalid_date ? ".year" : ".amount";
    } else if (inner.rfind("dmfa", 0) == 0) {
      field += inner.substr(inner.rfind('.'));  // .worker or .fraction
    } else if (inner.rfind("hires", 0) == 0) {
      const auto bracket = inner.find('[');
      field += ".fractions" + (bracket == std::string::npos ? std::string() : inner.substr(bracket));
    }
    throw Error(err.code(), field, err.message());
  }
}

}  // namespace

std::string_view to_string(FactKind kind) noexcept {
  switch (kind) {
    case FactKind::contingent: return "contingent";
    case FactKind::hires: return "hires";
    case FactKind::dmfa: return "dmfa";
    case FactKind::fixed_amount: return "fixed_amount";
    case FactKind::payment: return "payment";
  }
  return "unknown";
}

FactKind parse_fact_kind(std::string_view text, std::string_view field) {
  for (FactKind k : {FactKind::contingent, FactKind::hires, FactKind::dmfa, FactKind::fixed_amount, FactKind::payment}) {
    if (text == to_string(k)) return k;
  }
  bad(ErrorCode::invalid_argument, std::string(field),
      "fact kind \"" + std::string(text) + "\" is not one of \"contingent\", \"hires\", \"dmfa\", \"fixed_amount\", \"payment\"");
}

std::string_view to_string(DmfaAction action) noexcept {
  switch (action) {
    case DmfaAction::declaration: return "declaration";
    case DmfaAction::correction: return "correction";
    case DmfaAction::withdrawal: return "withdrawal";
  }
  return "unknown";
}

DmfaAction parse_dmfa_action(std::string_view text, std::string_view field) {
  for (DmfaAction a : {DmfaAction::declaration, DmfaAction::correction, DmfaAction::withdrawal}) {
    if (text == to_string(a)) return a;
  }
  bad(ErrorCode::invalid_argument, std::string(field),
      "DmfA action \"" + std::string(text) + "\" is not one of \"declaration\", \"correction\", \"withdrawal\"");
}

std::string_view to_string(PaymentKind kind) noexcept {
  switch (kind) {
    case PaymentKind::advance: return "advance";
    case PaymentKind::settlement: return "settlement";
    case PaymentKind::regularisation: return "regularisation";
  }
  return "unknown";
}

PaymentKind parse_payment_kind(std::string_view text, std::string_view field) {
  for (PaymentKind k : {PaymentKind::advance, PaymentKind::settlement, PaymentKind::regularisation}) {
    if (text == to_string(k)) return k;
  }
  bad(ErrorCode::invalid_argument, std::string(field),
      "payment \"" + std::string(text) + "\" is not one of \"advance\", \"settlement\", \"regularisation\"");
}

std::string PeriodRef::iso() const { return is_quarter ? quarter.iso() : month.iso(); }
Date PeriodRef::first_day() const { return is_quarter ? quarter.first_day() : month.first_day(); }
Date PeriodRef::last_day() const { return is_quarter ? quarter.last_day() : month.last_day(); }

PeriodRef PeriodRef::parse(std::string_view text, std::string_view field) {
  PeriodRef p;
  if (text.find('Q') != std::string_view::npos) {
    p.is_quarter = true;
    p.quarter = Quarter::parse(text, field);
  } else {
    p.month = Month::parse(text, field);
  }
  return p;
}

void validate(const Log& log, const ParameterSet& params) {
  check_name(log.allocation_number, "allocation_number");
  std::optional<Date> first_contingent;
  for (const Fact& f : log.facts) {
    if (f.kind == FactKind::contingent && (!first_contingent || f.from < *first_contingent)) first_contingent = f.from;
  }
  std::map<std::string, std::size_t> references;
  std::map<std::string, std::size_t> ordinary;  // "advance 2025-03", "settlement 2025-Q1": the fact paying it
  // S-3: two facts about the same thing known on the same day cannot be ordered.
  std::map<std::tuple<int, std::string, std::int64_t>, std::size_t> same_day;
  // S-2: the DmfA facts of each quarter and worker, by known_from.
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> lines;
  for (std::size_t i = 0; i < log.facts.size(); ++i) {
    const Fact& f = log.facts[i];
    const std::string field = fact_field(i);
    std::string subject;
    switch (f.kind) {
      case FactKind::contingent:
        as_enterprise(log, i, params, [&](Enterprise& e) { e.contingent.push_back({f.from, f.fte}); });
        subject = f.from.iso();
        break;
      case FactKind::hires:
        as_enterprise(log, i, params, [&](Enterprise& e) { e.hire_fractions[f.month] = f.fractions; });
        if (f.known_from < f.month.first_day()) {
          bad(ErrorCode::invalid_date, field + ".known_from",
              "hires of " + f.month.iso() + " known from " + f.known_from.iso() +
                  ", before the month begins: the hires of a month are registered in MVAC from its first day on (S-1)");
        }
        subject = f.month.iso();
        break;
      case FactKind::dmfa:
        as_enterprise(log, i, params, [&](Enterprise& e) {
          e.dmfa[f.quarter].push_back({f.worker, f.fraction, f.reference_wage_cost_positive});
        });
        if (f.known_from <= f.quarter.last_day()) {
          bad(ErrorCode::invalid_date, field + ".known_from",
              "DmfA fact for " + f.quarter.iso() + " known from " + f.known_from.iso() +
                  ", before the quarter ended: the DmfA declaration of a quarter exists only after it (WSE-FAQ "
                  "\"Vergoeding\" 8.7; S-1)");
        }
        subject = f.quarter.iso() + " " + f.worker;
        lines[{f.quarter.iso(), f.worker}].push_back(i);
        break;
      case FactKind::fixed_amount:
        as_enterprise(log, i, params, [&](Enterprise& e) { e.transition_amounts[f.year] = f.amount; });
        subject = std::to_string(f.year);
        break;
      case FactKind::payment: {
        check_name(f.reference, field + ".reference");
        if (auto [it, inserted] = references.emplace(f.reference, i); !inserted) {
          bad(ErrorCode::conflict, field + ".reference",
              "payment reference \"" + f.reference + "\" is already used by " + fact_field(it->second) +
                  ": a payment is recorded once (S-5)");
        }
        const bool wants_quarter = f.payment == PaymentKind::settlement;
        const bool wants_month = f.payment == PaymentKind::advance;
        if ((wants_quarter && !f.period.is_quarter) || (wants_month && f.period.is_quarter)) {
          bad(ErrorCode::not_found, field + ".period",
              "a " + std::string(to_string(f.payment)) + " for " + f.period.iso() + " does not exist: an " +
                  "advance pays a month (YYYY-MM), a settlement a quarter (YYYY-Qn) (S-4)");
        }
        if (f.payment != PaymentKind::regularisation) {
          const std::string key = std::string(to_string(f.payment)) + " " + f.period.iso();
          if (auto [it, inserted] = ordinary.emplace(key, i); !inserted) {
            bad(ErrorCode::conflict, field + ".period",
                "the " + key + " is already paid by " + fact_field(it->second) +
                    ": a period has one ordinary payment; a correction is a regularisation (S-5)");
          }
        }
        // The first contingent's quarter is the allocation's first: its months before the contingent
        // have an advance under a temporary fixed amount (I-14).
        if (!first_contingent || f.period.last_day() < Quarter::of(*first_contingent).first_month().first_day()) {
          bad(ErrorCode::not_found, field + ".period",
              "payment for " + f.period.iso() + ", a period that does not exist for allocation \"" +
                  log.allocation_number + "\": " +
                  (first_contingent ? "its first contingent applies from " + first_contingent->iso()
                                    : std::string("the log has no contingent decision")) +
                  " (S-4)");
        }
        const bool too_early = f.payment == PaymentKind::settlement ? f.known_from <= f.period.last_day()
                                                                     : f.known_from < f.period.first_day();
        if (too_early) {
          bad(ErrorCode::invalid_date, field + ".date",
              std::string(to_string(f.payment)) + " for " + f.period.iso() + " paid on " + f.known_from.iso() +
                  (f.payment == PaymentKind::settlement ? ", before the quarter ended (WSE-FAQ \"Vergoeding\" 8.7; S-1)"
                                                        : ", before the period begins (S-1)"));
        }
        break;
      }
      default:
        bad(ErrorCode::invalid_argument, field + ".kind",
            "fact kind value " + std::to_string(static_cast<int>(f.kind)) + " is unknown");
    }
    if (f.kind != FactKind::payment) {
      const auto key = std::make_tuple(static_cast<int>(f.kind), subject, f.known_from.days_since_epoch());
      if (auto [it, inserted] = same_day.emplace(key, i); !inserted) {
        bad(ErrorCode::conflict, known_field(f, i),
            "a second " + std::string(to_string(f.kind)) + " fact for " + subject + " known from " +
                f.known_from.iso() + ", like " + fact_field(it->second) +
                ": facts about the same thing known on the same day cannot be ordered (S-3)");
      }
    }
  }
  for (auto& [key, indices] : lines) {
    std::sort(indices.begin(), indices.end(),
              [&](std::size_t a, std::size_t b) { return log.facts[a].known_from < log.facts[b].known_from; });
    for (std::size_t n = 0; n < indices.size(); ++n) {
      const Fact& f = log.facts[indices[n]];
      if (n == 0 && f.action != DmfaAction::declaration) {
        bad(ErrorCode::not_found, fact_field(indices[n]) + ".worker",
            "DmfA " + std::string(to_string(f.action)) + " for worker \"" + f.worker + "\" in " + key.first +
                ", who was never declared for that quarter before " + f.known_from.iso() + " (S-2)");
      }
      if (n > 0 && f.action == DmfaAction::declaration) {
        bad(ErrorCode::conflict, fact_field(indices[n]) + ".action",
            "worker \"" + f.worker + "\" is already declared for " + key.first + " by " + fact_field(indices[0]) +
                ": a later line for the same quarter and worker is a correction or a withdrawal (S-2)");
      }
    }
  }
}

std::string describe(const Log& log, std::size_t index) {
  const Fact& f = log.facts.at(index);
  const std::string known = " (known from " + f.known_from.iso() + ")";
  switch (f.kind) {
    case FactKind::contingent:
      return "contingent " + f.fte.to_string() + " FTE from " + f.from.iso() + known;
    case FactKind::hires: {
      Fte sum;
      for (const Fte& x : f.fractions) sum += x;
      return "MVAC hires " + f.month.iso() + ": " + std::to_string(f.fractions.size()) + " hires, " + sum.to_string() +
             " FTE" + known;
    }
    case FactKind::dmfa:
      return "DmfA " + f.quarter.iso() + " " + f.worker + " " + std::string(to_string(f.action)) +
             (f.action == DmfaAction::withdrawal ? std::string() : " " + f.fraction.to_string()) + known;
    case FactKind::fixed_amount:
      return "temporary fixed amount " + std::to_string(f.year) + " " + f.amount.to_string() + " EUR" + known;
    case FactKind::payment:
      return std::string(to_string(f.payment)) + " " + f.period.iso() + " " + f.amount.to_string() + " EUR paid on " +
             f.known_from.iso() + ", reference " + f.reference;
  }
  return "unknown fact";
}

}  // namespace lde::ledger

namespace lde::ledger_detail {

using namespace lde::ledger;

Selection known_on(const Log& log, Date k) {
  Selection out(log.facts.size(), 0);
  for (std::size_t i = 0; i < log.facts.size(); ++i) out[i] = log.facts[i].known_from <= k ? 1 : 0;
  return out;
}

Enterprise snapshot(const Log& log, const Selection& included) {
  // S-2: for each subject, the selected fact known last (validate() made the days distinct).
  std::map<std::int64_t, const Fact*> contingent;
  std::map<Month, const Fact*> hires;
  std::map<std::pair<Quarter, std::string>, const Fact*> dmfa;
  std::map<int, const Fact*> fixed;
  auto later = [](const Fact*& slot, const Fact& f) {
    if (slot == nullptr || slot->known_from < f.known_from) slot = &f;
  };
  for (std::size_t i = 0; i < log.facts.size(); ++i) {
    if (!included[i]) continue;
    const Fact& f = log.facts[i];
    switch (f.kind) {
      case FactKind::contingent: later(contingent[f.from.days_since_epoch()], f); break;
      case FactKind::hires: later(hires[f.month], f); break;
      case FactKind::dmfa: later(dmfa[{f.quarter, f.worker}], f); break;
      case FactKind::fixed_amount: later(fixed[f.year], f); break;
      case FactKind::payment: break;
    }
  }
  Enterprise e;
  e.allocation_number = log.allocation_number;
  e.legal_form = LegalForm::vzw;
  for (const auto& [day, f] : contingent) e.contingent.push_back({f->from, f->fte});
  for (const auto& [month, f] : hires) e.hire_fractions[month] = f->fractions;
  for (const auto& [key, f] : dmfa) {
    if (f->action != DmfaAction::withdrawal) e.dmfa[key.first].push_back({f->worker, f->fraction, f->reference_wage_cost_positive});
  }
  for (const auto& [year, f] : fixed) e.transition_amounts[year] = f->amount;
  return e;
}

bool settled(const Log& log, const Selection& included, Quarter quarter) {
  for (std::size_t i = 0; i < log.facts.size(); ++i) {
    if (included[i] && log.facts[i].kind == FactKind::dmfa && log.facts[i].quarter == quarter) return true;
  }
  return false;
}

bool feeds_quarter(const Fact& f, Quarter quarter) {
  switch (f.kind) {
    case FactKind::contingent: return f.from <= quarter.last_day();
    case FactKind::hires: return Quarter::of(f.month.first_day()) == quarter;
    case FactKind::dmfa: return f.quarter == quarter;
    case FactKind::fixed_amount: return f.year == quarter.year();
    case FactKind::payment: return false;
  }
  return false;
}

bool feeds_line(const Fact& f, const PeriodRef& period) {
  if (f.kind == FactKind::payment) return f.period == period;
  if (period.is_quarter) return feeds_quarter(f, period.quarter);
  switch (f.kind) {
    case FactKind::contingent: return f.from <= period.month.last_day();
    case FactKind::hires: return f.month == period.month;
    case FactKind::fixed_amount: return f.year == period.month.year();
    default: return false;
  }
}

std::string canonical(const Fact& f) {
  std::string out = std::string(to_string(f.kind)) + "|" + f.known_from.iso() + "|";
  switch (f.kind) {
    case FactKind::contingent: out += f.from.iso() + "|" + f.fte.to_string(); break;
    case FactKind::hires:
      out += f.month.iso();
      for (const Fte& x : f.fractions) out += "|" + x.to_string();
      break;
    case FactKind::dmfa:
      out += f.quarter.iso() + "|" + f.worker + "|" + std::string(to_string(f.action)) + "|" + f.fraction.to_string() +
             "|" + (f.reference_wage_cost_positive ? "1" : "0");
      break;
    case FactKind::fixed_amount: out += std::to_string(f.year) + "|" + f.amount.to_string(); break;
    case FactKind::payment:
      out += std::string(to_string(f.payment)) + "|" + f.period.iso() + "|" + f.amount.to_string() + "|" + f.reference;
      break;
  }
  return out;
}

LedgerReceipt make_receipt(std::vector<std::string> lines, const ParameterSet& params) {
  std::sort(lines.begin(), lines.end());
  std::string text;
  for (const std::string& l : lines) text += l + "\n";
  const Receipt r = Receipt::of(params);
  return {r.library_version, r.parameters_fingerprint, lde::detail::sha256_hex(text)};
}

}  // namespace lde::ledger_detail
