// The enterprise input: enum names, validation, the contingent over time (E-1).
#include "lde/enterprise/enterprise.hpp"

#include "internal.hpp"
#include "lde/core/error.hpp"
#include "lde/core/limits.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace lde {

std::string_view to_string(LegalForm form) noexcept {
  switch (form) {
    case LegalForm::vzw: return "vzw";
    case LegalForm::vso: return "vso";
    case LegalForm::public_body: return "public";
    case LegalForm::projectvereniging: return "projectvereniging";
    case LegalForm::dienstverlenende_vereniging: return "dienstverlenende_vereniging";
    case LegalForm::opdrachthoudende_vereniging: return "opdrachthoudende_vereniging";
    case LegalForm::other: return "other";
  }
  return "other";
}

LegalForm parse_legal_form(std::string_view text) {
  if (text == "vzw") return LegalForm::vzw;
  if (text == "vso") return LegalForm::vso;
  if (text == "public") return LegalForm::public_body;
  if (text == "projectvereniging") return LegalForm::projectvereniging;
  if (text == "dienstverlenende_vereniging") return LegalForm::dienstverlenende_vereniging;
  if (text == "opdrachthoudende_vereniging") return LegalForm::opdrachthoudende_vereniging;
  return LegalForm::other;
}

std::string_view to_string(Seat seat) noexcept {
  switch (seat) {
    case Seat::flanders: return "flanders";
    case Seat::brussels: return "brussels";
  }
  return "flanders";
}

Seat parse_seat(std::string_view text, std::string_view field) {
  if (text == "flanders") return Seat::flanders;
  if (text == "brussels") return Seat::brussels;
  throw_invalid(std::string(field), "seat \"" + std::string(text) + "\" is not one of \"flanders\", \"brussels\"");
}

std::string_view to_string(OtherActivities a) noexcept {
  switch (a) {
    case OtherActivities::none: return "none";
    case OtherActivities::commercial: return "commercial";
    case OtherActivities::non_commercial: return "non_commercial";
  }
  return "none";
}

OtherActivities parse_other_activities(std::string_view text, std::string_view field) {
  if (text == "none") return OtherActivities::none;
  if (text == "commercial") return OtherActivities::commercial;
  if (text == "non_commercial") return OtherActivities::non_commercial;
  throw_invalid(std::string(field), "other activities \"" + std::string(text) +
                                        "\" is not one of \"none\", \"commercial\", \"non_commercial\"");
}

namespace {

bool blank(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// An FTE input above the sanity bound (enterprise_limits, I-20).
void check_fte_bound(Fte value, const std::string& field, const char* what) {
  if (value.units() > enterprise_limits::max_fte_units) {
    throw Error(ErrorCode::out_of_range, field,
                std::string(what) + " " + value.to_string() + " FTE is above the largest accepted " +
                    Fte::from_units(enterprise_limits::max_fte_units).to_string() + " FTE (I-20)");
  }
}

}  // namespace

Fte sum_hire_fractions(const std::vector<Fte>& fractions, std::string_view field) {
  // Each fraction is at most Fte::kScale units and the running sum stops at the bound, so the
  // 64-bit sum never overflows (I-12, I-20).
  std::int64_t units = 0;
  for (std::size_t i = 0; i < fractions.size(); ++i) {
    const Fte f = fractions[i];
    if (f.units() > Fte::kScale) {
      throw_invalid(std::string(field) + "[" + std::to_string(i) + "]",
                    "contractual fraction " + f.to_string() + " is outside [0, 1] (I-20)");
    }
    units += f.units();
    if (units > enterprise_limits::max_fte_units) {
      throw Error(ErrorCode::out_of_range, std::string(field),
                  "filled FTE of the " + std::to_string(fractions.size()) +
                      " hires is above the largest accepted " +
                      Fte::from_units(enterprise_limits::max_fte_units).to_string() + " FTE (I-20)");
    }
  }
  return Fte::from_units(units);
}

Fte registered_fte(const Enterprise& e, Month month) {
  if (auto it = e.hires.find(month); it != e.hires.end()) return it->second;
  if (auto it = e.hire_fractions.find(month); it != e.hire_fractions.end()) {
    return sum_hire_fractions(it->second, "hires." + month.iso());
  }
  return Fte{};
}

void validate(const Enterprise& e) { validate(e, ParameterSet::defaults()); }

void validate(const Enterprise& e, const ParameterSet& params) {
  validate_structure(e);
  for (const auto& [year, amount] : e.transition_amounts) {
    const std::string field = "transition_amounts." + std::to_string(year);
    // I-14: the yearly temporary fixed amount belongs to the financial transition of 2015 and 2016
    // (WSE-FAQ "Vergoeding" 8.4: ministerial decisions of 17 July 2015 and 16 March 2016).
    const Date at = rules_date(Date::from_ymd(year, 1, 1, field), params);
    const auto first = params.integer("compensation.fixed_amount_first_year", at);
    const auto last = params.integer("compensation.fixed_amount_last_year", at);
    if (year < first || year > last) {
      throw_invalid(field, "temporary fixed amount " + amount.to_string() + " EUR for " + std::to_string(year) +
                               ": a yearly temporary fixed amount exists only for the financial transition years " +
                               std::to_string(first) + " to " + std::to_string(last) +
                               " (I-14; WSE-FAQ \"Vergoeding\" 8.4)");
    }
  }
}

void validate_structure(const Enterprise& e) {
  // An allocation number of only spaces names nothing and makes an unusable payment reference (I-16);
  // too long, not UTF-8 or with a NUL it is refused too: the one name check, lde/core/limits.hpp.
  check_name(e.allocation_number, "allocation_number");
  check_name_size(e.legal_form_text, "legal_form");
  switch (e.legal_form) {
    case LegalForm::vzw: case LegalForm::vso: case LegalForm::public_body: case LegalForm::projectvereniging:
    case LegalForm::dienstverlenende_vereniging: case LegalForm::opdrachthoudende_vereniging: case LegalForm::other:
      break;
    default:
      throw_invalid("legal_form", "legal form value " + std::to_string(static_cast<int>(e.legal_form)) + " is unknown");
  }
  // "other" with no label is not a legal form that fails 2.7: the form was not given at all.
  if (e.legal_form == LegalForm::other && blank(e.legal_form_text)) {
    throw_invalid("legal_form", "the legal form " + quoted(e.legal_form_text) +
                                    " is empty; WSE-FAQ \"Organisatievoorwaarden\" 2.7 needs the enterprise's legal form");
  }
  if (e.seat != Seat::flanders && e.seat != Seat::brussels) {
    throw_invalid("seat", "seat value " + std::to_string(static_cast<int>(e.seat)) + " is unknown");
  }
  if (e.other_activities != OtherActivities::none && e.other_activities != OtherActivities::commercial &&
      e.other_activities != OtherActivities::non_commercial) {
    throw_invalid("other_activities",
                  "other activities value " + std::to_string(static_cast<int>(e.other_activities)) + " is unknown");
  }
  // An Fte is never negative (Fte::from_units, Fte::parse), so only the upper bound is checked here.
  std::set<std::int64_t> change_days;
  for (std::size_t i = 0; i < e.contingent.size(); ++i) {
    const std::string field = "contingent[" + std::to_string(i) + "]";
    check_fte_bound(e.contingent[i].fte, field + ".fte", "contingent");
    if (!change_days.insert(e.contingent[i].from.days_since_epoch()).second) {
      throw Error(ErrorCode::conflict, field + ".from",
                  "two contingent changes take effect on " + e.contingent[i].from.iso());
    }
  }
  for (const auto& [year, amount] : e.transition_amounts) {
    const std::string field = "transition_amounts." + std::to_string(year);
    if (year < 1400 || year > 9999) {
      throw Error(ErrorCode::invalid_date, field, "year " + std::to_string(year) + " is outside the years 1400 to 9999");
    }
    if (amount.cents() < 0) {
      throw_invalid(field, "temporary fixed amount " + amount.to_string() + " EUR is negative");
    }
    if (amount.cents() > enterprise_limits::max_transition_amount_cents) {
      throw Error(ErrorCode::out_of_range, field,
                  "temporary fixed amount " + amount.to_string() + " EUR is above the largest accepted " +
                      Money::from_cents(enterprise_limits::max_transition_amount_cents).to_string() + " EUR (I-20)");
    }
  }
  for (const auto& [month, fte] : e.hires) check_fte_bound(fte, "hires." + month.iso(), "filled FTE");
  for (const auto& [month, fractions] : e.hire_fractions) {
    const std::string field = "hires." + month.iso();
    if (e.hires.count(month) != 0) {
      throw Error(ErrorCode::conflict, field,
                  "the month is given both as a total (filled FTE " + e.hires.at(month).to_string() +
                      ") and as a list of " + std::to_string(fractions.size()) + " hires; give one of them (I-14)");
    }
    (void)sum_hire_fractions(fractions, field);
  }
  for (const auto& [quarter, lines] : e.dmfa) {
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string field = "dmfa." + quarter.iso() + "[" + std::to_string(i) + "]";
      const DmfaLine& line = lines[i];
      check_name(line.worker, field + ".worker");  // lde/core/limits.hpp
      if (line.fraction.units() > Fte::kScale) {
        throw_invalid(field + ".fraction", "fraction " + line.fraction.to_string() + " is outside [0, 1] (I-20)");
      }
      if (!seen.insert(line.worker).second) {
        throw Error(ErrorCode::conflict, field + ".worker",
                    "worker \"" + line.worker + "\" has a second DmfA line in " + quarter.iso());
      }
    }
  }
  validate(e.label);
  // E-16: one POP per worker and year, each for a target worker of that year's DmfA data (E-13).
  std::set<std::pair<std::string_view, int>> pops;
  for (std::size_t i = 0; i < e.pops.size(); ++i) {
    const std::string field = "pops[" + std::to_string(i) + "]";
    const PopRecord& r = e.pops[i];
    validate(r, field);
    if (!pops.insert({r.worker, r.year}).second) {
      throw Error(ErrorCode::conflict, field + ".worker",
                  "worker \"" + r.worker + "\" has a second POP for " + std::to_string(r.year));
    }
    bool declared = false;
    for (int q = 1; q <= 4 && !declared; ++q) {
      auto it = e.dmfa.find(Quarter(r.year, q));
      if (it == e.dmfa.end()) continue;
      for (const DmfaLine& line : it->second) declared = declared || line.worker == r.worker;
    }
    if (!declared) {
      throw Error(ErrorCode::conflict, field + ".worker",
                  "worker \"" + r.worker + "\" has no DmfA line in " + std::to_string(r.year) +
                      ": a POP is judged for the target workers of the year's DmfA data (E-13, E-16)");
    }
  }
}

Fte contingent_on(const Enterprise& e, Date at) {
  const ContingentChange* best = nullptr;
  for (const auto& change : e.contingent) {
    if (change.from <= at && (best == nullptr || best->from <= change.from)) best = &change;
  }
  return best ? best->fte : Fte{};
}

namespace enterprise_detail {

std::vector<ContingentSegment> contingent_segments(const Enterprise& e, const Period& period) {
  std::vector<Date> starts;
  for (const auto& change : e.contingent) {
    if (period.first() < change.from && change.from <= period.last()) starts.push_back(change.from);
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  std::vector<ContingentSegment> out;
  Date first = period.first();
  for (const Date& start : starts) {
    out.push_back({Period(first, start.previous_day()), contingent_on(e, first)});
    first = start;
  }
  out.push_back({Period(first, period.last()), contingent_on(e, first)});
  return out;
}

Rational capped_fte_days(Fte filled, const std::vector<ContingentSegment>& segments) {
  Rational total(0);
  for (const auto& s : segments) {
    total = total + min(filled, s.fte).as_rational() * Rational(s.period.days());
  }
  return total;
}

Rational contingent_fte_days(const std::vector<ContingentSegment>& segments) {
  Rational total(0);
  for (const auto& s : segments) total = total + s.fte.as_rational() * Rational(s.period.days());
  return total;
}

Fte fte_of(const Rational& fte) { return Fte::from_units((fte * Rational(Fte::kScale)).round_half_away()); }

Fte fte_hundredths_of(const Rational& fte) { return Fte::from_units((fte * Rational(100)).round_half_away() * 100); }

Fte dmfa_total(const Enterprise& e, const Quarter& quarter, bool only_positive_wage_cost) {
  Fte total;
  auto it = e.dmfa.find(quarter);
  if (it == e.dmfa.end()) return total;
  for (const auto& line : it->second) {
    if (!only_positive_wage_cost || line.reference_wage_cost_positive) total += line.fraction;
  }
  return total;
}

void check_year_in(int year, int lo, int hi, const char* field) {
  if (year < lo || year > hi) {
    throw Error(ErrorCode::invalid_date, field,
                "year " + std::to_string(year) + " is outside the supported years " + std::to_string(lo) + " to " +
                    std::to_string(hi));
  }
}

void check_year(int year) { check_year_in(year, kFirstYear, kLastYear - 1, "year"); }

}  // namespace enterprise_detail
}  // namespace lde
