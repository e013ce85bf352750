// The local-service input: enum names, RatePercent, validate() (WSE-FAQ 4.1 .. 4.20; L-2, L-5, W-11).
#include "lde/local_service/service.hpp"

#include "lde/core/error.hpp"
#include "lde/core/limits.hpp"

#include <algorithm>
#include <string>

namespace lde::local_service {

namespace {

template <class E, std::size_t N>
E parse_enum(std::string_view text, std::string_view field, const E (&values)[N], const char* what) {
  std::string expected;
  for (std::size_t i = 0; i < N; ++i) {
    if (text == to_string(values[i])) return values[i];
    expected += (i == 0 ? "" : i + 1 == N ? " or " : ", ") + std::string(to_string(values[i]));
  }
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown " + std::string(what) + " \"" + std::string(text) + "\" (expected " + expected + ")");
}

constexpr Klaverblad kKlaverblads[] = {Klaverblad::flemish, Klaverblad::local};
constexpr Authority kAuthorities[] = {
    Authority::flemish_minister,   Authority::flemish_government, Authority::college,
    Authority::municipal_council,  Authority::provincial_council, Authority::provincial_deputation,
    Authority::ocmw_council,       Authority::intermunicipal_partnership, Authority::mandated_person,
    Authority::other_mandated};
constexpr MarketSituation kSituations[] = {MarketSituation::not_provided, MarketSituation::provided_unsatisfactorily,
                                           MarketSituation::provided_satisfactorily,
                                           MarketSituation::could_be_provided_satisfactorily};
constexpr Shortcoming kShortcomings[] = {Shortcoming::price,      Shortcoming::quality, Shortcoming::continuity,
                                         Shortcoming::access,     Shortcoming::cost_for_target_group,
                                         Shortcoming::other};
constexpr Forum kForums[] = {Forum::local_employment_forum, Forum::resoc, Forum::serr,
                             Forum::regional_social_consultation, Forum::other};

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\v\f") == std::string_view::npos; }

std::string at_index(const char* list, std::size_t i) { return std::string(list) + "[" + std::to_string(i) + "]"; }

/// W-11: a date of the input lies in 1900-01-01 .. 2199-12-31.
void check_range(Date d, const std::string& field) {
  if (d.year() < 1900 || d.year() > 2199) {
    throw Error(ErrorCode::out_of_range, field,
                d.iso() + " is outside the dates a local service may hold (1900-01-01 .. 2199-12-31, W-11)");
  }
}

void check_period(Date first, Date last, const char* root) {
  check_range(first, std::string(root) + ".first_day");
  check_range(last, std::string(root) + ".last_day");
  if (last < first) {
    throw Error(ErrorCode::invalid_date, std::string(root) + ".last_day",
                "the period ends (" + last.iso() + ") before it starts (" + first.iso() + ")");
  }
}

void non_negative(Money m, const std::string& field) {
  if (m.cents() < 0) throw Error(ErrorCode::invalid_argument, field, "amount " + m.to_string() + " is negative");
}

template <class E>
void no_duplicates(const std::vector<E>& values, const char* list) {
  for (std::size_t i = 0; i < values.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (values[j] == values[i]) {
        throw Error(ErrorCode::invalid_argument, at_index(list, i),
                    "\"" + std::string(to_string(values[i])) + "\" is listed twice (also " + at_index(list, j) + ")");
      }
    }
  }
}

}  // namespace

std::string_view to_string(Klaverblad k) noexcept {
  switch (k) {
    case Klaverblad::flemish: return "flemish";
    case Klaverblad::local: return "local";
  }
  return "unknown";
}
Klaverblad parse_klaverblad(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kKlaverblads, "klaverblad");
}

std::string_view to_string(Authority a) noexcept {
  switch (a) {
    case Authority::flemish_minister: return "flemish_minister";
    case Authority::flemish_government: return "flemish_government";
    case Authority::college: return "college";
    case Authority::municipal_council: return "municipal_council";
    case Authority::provincial_council: return "provincial_council";
    case Authority::provincial_deputation: return "provincial_deputation";
    case Authority::ocmw_council: return "ocmw_council";
    case Authority::intermunicipal_partnership: return "intermunicipal_partnership";
    case Authority::mandated_person: return "mandated_person";
    case Authority::other_mandated: return "other_mandated";
  }
  return "unknown";
}
Authority parse_authority(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kAuthorities, "authority");
}
bool is_flemish(Authority a) noexcept { return a == Authority::flemish_minister || a == Authority::flemish_government; }
bool needs_mandate(Authority a) noexcept { return a == Authority::mandated_person || a == Authority::other_mandated; }

std::string_view to_string(DecisionElement e) noexcept {
  switch (e) {
    case DecisionElement::enterprise_name_address: return "enterprise_name_address";
    case DecisionElement::duration: return "duration";
    case DecisionElement::service_description: return "service_description";
    case DecisionElement::compensation_mechanism: return "compensation_mechanism";
    case DecisionElement::overcompensation_arrangements: return "overcompensation_arrangements";
    case DecisionElement::legal_basis: return "legal_basis";
    case DecisionElement::non_transferability: return "non_transferability";
    case DecisionElement::daeb_reference: return "daeb_reference";
  }
  return "unknown";
}
DecisionElement parse_decision_element(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kDecisionElements, "decision element");
}

std::string_view to_string(MarketSituation s) noexcept {
  switch (s) {
    case MarketSituation::not_provided: return "not_provided";
    case MarketSituation::provided_unsatisfactorily: return "provided_unsatisfactorily";
    case MarketSituation::provided_satisfactorily: return "provided_satisfactorily";
    case MarketSituation::could_be_provided_satisfactorily: return "could_be_provided_satisfactorily";
  }
  return "unknown";
}
MarketSituation parse_market_situation(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kSituations, "market situation");
}

std::string_view to_string(Shortcoming s) noexcept {
  switch (s) {
    case Shortcoming::price: return "price";
    case Shortcoming::quality: return "quality";
    case Shortcoming::continuity: return "continuity";
    case Shortcoming::access: return "access";
    case Shortcoming::cost_for_target_group: return "cost_for_target_group";
    case Shortcoming::other: return "other";
  }
  return "unknown";
}
Shortcoming parse_shortcoming(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kShortcomings, "shortcoming");
}

std::string_view to_string(ImpactPart p) noexcept {
  switch (p) {
    case ImpactPart::policy: return "policy";
    case ImpactPart::service_impact: return "service_impact";
    case ImpactPart::employment: return "employment";
    case ImpactPart::target_group: return "target_group";
    case ImpactPart::budgetary: return "budgetary";
    case ImpactPart::local_supply: return "local_supply";
    case ImpactPart::long_term: return "long_term";
    case ImpactPart::flemish_policy: return "flemish_policy";
  }
  return "unknown";
}
ImpactPart parse_impact_part(std::string_view text, std::string_view field) {
  return parse_enum(text, field, kImpactParts, "impact analysis part");
}

std::string_view to_string(Forum f) noexcept {
  switch (f) {
    case Forum::local_employment_forum: return "local_employment_forum";
    case Forum::resoc: return "resoc";
    case Forum::serr: return "serr";
    case Forum::regional_social_consultation: return "regional_social_consultation";
    case Forum::other: return "other";
  }
  return "unknown";
}
Forum parse_forum(std::string_view text, std::string_view field) { return parse_enum(text, field, kForums, "forum"); }
bool is_regional(Forum f) noexcept {
  return f == Forum::resoc || f == Forum::serr || f == Forum::regional_social_consultation;
}

RatePercent RatePercent::parse(std::string_view text, std::string_view field) {
  const auto bad = [&](const std::string& why) -> RatePercent {
    throw Error(ErrorCode::parse_error, std::string(field),
                "\"" + std::string(text) + "\" is not a percentage with at most 4 decimals (" + why + ")");
  };
  std::size_t i = 0;
  const bool negative = !text.empty() && text[0] == '-';
  if (negative) ++i;
  std::int64_t whole = 0;
  std::size_t digits = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    if (++digits > 6) return bad("more than 6 integer digits");
    whole = whole * 10 + (text[i] - '0');
    ++i;
  }
  if (digits == 0) return bad("no integer digits");
  std::int64_t frac = 0;
  int decimals = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      if (++decimals > 4) return bad("more than 4 decimals");
      frac = frac * 10 + (text[i] - '0');
      ++i;
    }
    if (decimals == 0) return bad("no digits after the point");
  }
  if (i != text.size()) return bad("unexpected character");
  for (int d = decimals; d < 4; ++d) frac *= 10;
  const std::int64_t v = whole * 10000 + frac;
  return RatePercent(negative ? -v : v);
}

std::string RatePercent::to_string() const {
  const std::int64_t a = ten_thousandths_ < 0 ? -ten_thousandths_ : ten_thousandths_;
  std::string frac = std::to_string(10000 + a % 10000).substr(1);
  while (frac.size() > 2 && frac.back() == '0') frac.pop_back();
  return (ten_thousandths_ < 0 ? "-" : "") + std::to_string(a / 10000) + "." + frac;
}

void validate(const LocalService& s) {
  if (blank(s.name)) throw Error(ErrorCode::invalid_argument, "name", "the service's name \"" + s.name + "\" is empty or only white space");
  check_name_size(s.name, "name");
  if (s.municipalities < 1 || s.municipalities > 1000) {
    throw Error(ErrorCode::invalid_argument, "municipalities",
                std::to_string(s.municipalities) + " municipalities: a service is organised in 1 .. 1000 municipalities");
  }
  if (s.assignment) {
    const Assignment& a = *s.assignment;
    if (needs_mandate(a.given_by) && blank(a.mandate)) {
      throw Error(ErrorCode::invalid_argument, "assignment.mandate",
                  "an assignment given by \"" + std::string(to_string(a.given_by)) +
                      "\" states the mandate to bind the local government (L-2)");
    }
    if (!needs_mandate(a.given_by) && !a.mandate.empty()) {
      throw Error(ErrorCode::invalid_argument, "assignment.mandate",
                  "\"" + std::string(to_string(a.given_by)) +
                      "\" acts by its own competence: a mandate is stated only for mandated_person or other_mandated (L-2)");
    }
    check_name_size(a.mandate, "assignment.mandate");
    no_duplicates(a.elements, "assignment.elements");
  }
  if (s.market) {
    const MarketTest& m = *s.market;
    no_duplicates(m.shortcomings, "market.shortcomings");
    if (m.situation == MarketSituation::provided_unsatisfactorily && m.shortcomings.empty()) {
      throw Error(ErrorCode::invalid_argument, "market.shortcomings",
                  "provided_unsatisfactorily names at least one shortcoming: why the market's provision is "
                  "unsatisfactory (WSE-FAQ 4.11, L-5)");
    }
    if (m.situation != MarketSituation::provided_unsatisfactorily && !m.shortcomings.empty()) {
      throw Error(ErrorCode::conflict, "market.shortcomings",
                  "shortcomings are stated only for provided_unsatisfactorily, not for \"" +
                      std::string(to_string(m.situation)) + "\" (L-5)");
    }
  }
  if (s.impact_analysis) no_duplicates(s.impact_analysis->parts, "impact_analysis.parts");
  if (s.compensation) {
    const Compensation& c = *s.compensation;
    check_period(c.first_day, c.last_day, "compensation");
    non_negative(c.costs, "compensation.costs");
    non_negative(c.revenues, "compensation.revenues");
    non_negative(c.capital_employed, "compensation.capital_employed");
    non_negative(c.compensation, "compensation.compensation");
    if (c.swap_rate < RatePercent::from_ten_thousandths(-50000) ||
        RatePercent::from_ten_thousandths(1000000) < c.swap_rate) {
      throw Error(ErrorCode::out_of_range, "compensation.swap_rate_percent",
                  "SWAP rate " + c.swap_rate.to_string() + " % is outside -5.00 .. 100.00 % (I-26)");
    }
  }
  if (s.co_funding) {
    const CoFunding& c = *s.co_funding;
    check_period(c.first_day, c.last_day, "co_funding");
    non_negative(c.trajectory_compensation, "co_funding.trajectory_compensation");
    non_negative(c.local_co_funding, "co_funding.local_co_funding");
    non_negative(c.net_cost, "co_funding.net_cost");
  }
}

}  // namespace lde::local_service
