// The enterprise input: enum names, validation, the contingent over time (E-1).
#include "lde/enterprise/enterprise.hpp"

#include "internal.hpp"
#include "lde/core/error.hpp"

#include <algorithm>
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

void validate(const Enterprise& e) {
  if (e.allocation_number.empty()) {
    throw_invalid("allocation_number", "the allocation number (toekenningsnummer) is empty");
  }
  switch (e.legal_form) {
    case LegalForm::vzw: case LegalForm::vso: case LegalForm::public_body: case LegalForm::projectvereniging:
    case LegalForm::dienstverlenende_vereniging: case LegalForm::opdrachthoudende_vereniging: case LegalForm::other:
      break;
    default:
      throw_invalid("legal_form", "legal form value " + std::to_string(static_cast<int>(e.legal_form)) + " is unknown");
  }
  if (e.seat != Seat::flanders && e.seat != Seat::brussels) {
    throw_invalid("seat", "seat value " + std::to_string(static_cast<int>(e.seat)) + " is unknown");
  }
  if (e.other_activities != OtherActivities::none && e.other_activities != OtherActivities::commercial &&
      e.other_activities != OtherActivities::non_commercial) {
    throw_invalid("other_activities",
                  "other activities value " + std::to_string(static_cast<int>(e.other_activities)) + " is unknown");
  }
  std::set<std::int64_t> change_days;
  for (std::size_t i = 0; i < e.contingent.size(); ++i) {
    const std::string field = "contingent[" + std::to_string(i) + "]";
    if (e.contingent[i].fte.units() < 0) {
      throw_invalid(field + ".fte", "contingent " + e.contingent[i].fte.to_string() + " FTE is negative (I-20)");
    }
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
  }
  for (const auto& [month, fte] : e.hires) {
    if (fte.units() < 0) {
      throw_invalid("hires." + month.iso(), "filled FTE " + fte.to_string() + " is negative (I-20)");
    }
  }
  for (const auto& [quarter, lines] : e.dmfa) {
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const std::string field = "dmfa." + quarter.iso() + "[" + std::to_string(i) + "]";
      const DmfaLine& line = lines[i];
      if (line.worker.empty()) throw_invalid(field + ".worker", "the worker id is empty");
      if (line.fraction.units() < 0 || line.fraction.units() > Fte::kScale) {
        throw_invalid(field + ".fraction", "fraction " + line.fraction.to_string() + " is outside [0, 1] (I-20)");
      }
      if (!seen.insert(line.worker).second) {
        throw Error(ErrorCode::conflict, field + ".worker",
                    "worker \"" + line.worker + "\" has a second DmfA line in " + quarter.iso());
      }
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

void check_year(int year) {
  (void)Date::from_ymd(year, 1, 1, "year");
  (void)Date::from_ymd(year + 1, 12, 31, "year");
}

}  // namespace enterprise_detail
}  // namespace lde
