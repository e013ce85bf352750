/// @file service.hpp
/// @brief One local service ("lokale dienst") of an LDE enterprise as a civil servant describes it: its
/// klaverblad, the DAEB declaration, the assignment and its decision, the market test, the impact analysis
/// and, optionally, the amounts of one period (compensation of the service, co-funding of insertion and
/// guidance). The rules are in assignment.hpp, compensation.hpp, impact_analysis.hpp and evaluate.hpp.
///
/// Sources: WSE-FAQ 4.1 .. 4.20 and the definitions of 1. (docs/sources.md); readings I-26, I-27 and
/// L-1 .. L-9 (docs/readings.md, "Local services"). Field names follow the JSON format of docs/format.md
/// ("Local service") one to one, so an error's field such as `assignment.mandate` names the same thing in
/// every front end.
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/money.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde::local_service {

/// The klaverblad of a local service or of allocated trajectories (values fixed: the C ABI and JSON use them).
enum class Klaverblad {
  flemish = 1,  ///< "Vlaams klaverblad": a competent Flemish minister commissions and finances the service (JSON "flemish").
  local = 2     ///< "Lokaal klaverblad": a local government commissions and finances it (JSON "local").
};
/// "flemish" or "local" ("unknown" outside the enumeration).
std::string_view to_string(Klaverblad k) noexcept;
/// Parses "flemish", "local". @throws Error (invalid_argument) naming @p field
Klaverblad parse_klaverblad(std::string_view text, std::string_view field = "klaverblad");

/// A body that declares a DAEB, gives an assignment or draws up an impact analysis (values fixed).
/// WSE-FAQ 4.6's list is open ("…"): `other_mandated` is any other body, with its mandate stated (L-2).
enum class Authority {
  flemish_minister = 1,            ///< A competent Flemish minister ("Vlaams bevoegde minister").
  flemish_government = 2,          ///< The Flemish Government ("Vlaamse Regering").
  college = 3,                     ///< College of mayor and aldermen ("college van burgemeester en schepenen", "schepencollege").
  municipal_council = 4,           ///< Municipal council ("gemeenteraad").
  provincial_council = 5,          ///< Provincial council ("provincieraad").
  provincial_deputation = 6,       ///< Provincial executive ("provinciale deputatie", WSE-FAQ 4.16).
  ocmw_council = 7,                ///< Council of the public centre for social welfare ("OCMW-raad").
  intermunicipal_partnership = 8,  ///< Intermunicipal partnership ("intergemeentelijk samenwerkingsverband").
  mandated_person = 9,             ///< A person mandated to bind the local government; needs `mandate` (L-2).
  other_mandated = 10              ///< Another local body of the open list; needs `mandate` (L-2).
};
/// The JSON name ("college", "ocmw_council", ...; "unknown" outside the enumeration).
std::string_view to_string(Authority a) noexcept;
/// Parses the JSON names above. @throws Error (invalid_argument) naming @p field
Authority parse_authority(std::string_view text, std::string_view field = "authority");
/// True for a Flemish authority (minister or government), false for a local one.
bool is_flemish(Authority a) noexcept;
/// True for the kinds that need their mandate stated (mandated_person, other_mandated; L-2).
bool needs_mandate(Authority a) noexcept;

/// The eight elements of an assignment decision ("toewijzingsbesluit", WSE-FAQ 4.8; values fixed).
enum class DecisionElement {
  enterprise_name_address = 1,        ///< Name and address of the LDE enterprise.
  duration = 2,                       ///< Duration of the decision.
  service_description = 3,            ///< Description of the local service.
  compensation_mechanism = 4,         ///< Compensation mechanism and the parameters to calculate, check and revise it.
  overcompensation_arrangements = 5,  ///< Arrangements to avoid and recover overcompensation.
  legal_basis = 6,                    ///< Legal basis of the service.
  non_transferability = 7,            ///< Non-transferability of the local service.
  daeb_reference = 8                  ///< Reference to the DAEB decision.
};
/// The JSON name ("duration", ...; "unknown" outside the enumeration).
std::string_view to_string(DecisionElement e) noexcept;
/// Parses the JSON names above. @throws Error (invalid_argument) naming @p field
DecisionElement parse_decision_element(std::string_view text, std::string_view field = "element");
/// The eight elements in the order of WSE-FAQ 4.8.
inline constexpr DecisionElement kDecisionElements[] = {
    DecisionElement::enterprise_name_address, DecisionElement::duration,
    DecisionElement::service_description,     DecisionElement::compensation_mechanism,
    DecisionElement::overcompensation_arrangements, DecisionElement::legal_basis,
    DecisionElement::non_transferability,     DecisionElement::daeb_reference};

/// What the authority found about the market for the service (WSE-FAQ 4.11; values fixed).
enum class MarketSituation {
  not_provided = 1,                      ///< The market does not provide the service: a DAEB may be declared.
  provided_unsatisfactorily = 2,         ///< Provided, on conditions the authority finds unsatisfactory (say why).
  provided_satisfactorily = 3,           ///< Undertakings not entrusted with a DAEB provide it satisfactorily: not appropriate.
  could_be_provided_satisfactorily = 4   ///< They could provide it satisfactorily: not appropriate.
};
/// The JSON name ("not_provided", ...; "unknown" outside the enumeration).
std::string_view to_string(MarketSituation s) noexcept;
/// Parses the JSON names above. @throws Error (invalid_argument) naming @p field
MarketSituation parse_market_situation(std::string_view text, std::string_view field = "situation");

/// Why the market's provision is unsatisfactory (WSE-FAQ 4.11 "zoals prijs van, objectieve kwaliteitskenmerken
/// van, continuïteit van en toegang tot de dienst", "kwaliteitsniveau of kostprijs voor de doelgroep"; values fixed).
enum class Shortcoming {
  price = 1,                  ///< Price of the service.
  quality = 2,                ///< Objective quality.
  continuity = 3,             ///< Continuity of the service.
  access = 4,                 ///< Access to the service.
  cost_for_target_group = 5,  ///< Cost for the target group.
  other = 6                   ///< Another shortcoming the authority states in its decision.
};
/// The JSON name ("quality", ...; "unknown" outside the enumeration).
std::string_view to_string(Shortcoming s) noexcept;
/// Parses the JSON names above. @throws Error (invalid_argument) naming @p field
Shortcoming parse_shortcoming(std::string_view text, std::string_view field = "shortcoming");

/// The parts of an impact analysis (WSE-FAQ 4.16; values fixed).
enum class ImpactPart {
  policy = 1,          ///< The service situated in the authority's policy.
  service_impact = 2,  ///< Effects: the impact of the local service.
  employment = 3,      ///< Effects: on existing employment and the creation of new employment.
  target_group = 4,    ///< Effects: a description of the target group of the service.
  budgetary = 5,       ///< Effects: the budgetary impact.
  local_supply = 6,    ///< Effects: the impact on the existing local supply of the service.
  long_term = 7,       ///< The long-term perspective of the service.
  flemish_policy = 8   ///< The relation to Flemish policy on the matter.
};
/// The JSON name ("policy", ...; "unknown" outside the enumeration).
std::string_view to_string(ImpactPart p) noexcept;
/// Parses the JSON names above. @throws Error (invalid_argument) naming @p field
ImpactPart parse_impact_part(std::string_view text, std::string_view field = "part");
/// The eight parts in the order of WSE-FAQ 4.16.
inline constexpr ImpactPart kImpactParts[] = {ImpactPart::policy,       ImpactPart::service_impact,
                                              ImpactPart::employment,   ImpactPart::target_group,
                                              ImpactPart::budgetary,    ImpactPart::local_supply,
                                              ImpactPart::long_term,    ImpactPart::flemish_policy};

/// The forum in which the stakeholders advise (WSE-FAQ 4.19, 4.20; values fixed).
enum class Forum {
  local_employment_forum = 1,        ///< "Forum lokaal werkgelegenheidsbeleid" (local).
  resoc = 2,                         ///< RESOC, regional socio-economic consultation committee (regional).
  serr = 3,                          ///< SERR, socio-economic council of the region (regional).
  regional_social_consultation = 4,  ///< Another body of the regional social consultation ("regionaal sociaal overleg").
  other = 5                          ///< Another forum the authority chose (not regional, L-8).
};
/// The JSON name ("resoc", ...; "unknown" outside the enumeration).
std::string_view to_string(Forum f) noexcept;
/// Parses the JSON names above. @throws Error (invalid_argument) naming @p field
Forum parse_forum(std::string_view text, std::string_view field = "forum");
/// True for the forums of the regional social consultation (resoc, serr, regional_social_consultation; L-8).
bool is_regional(Forum f) noexcept;

/// An exact percentage rate with up to 4 decimals, e.g. a SWAP rate "2.85" or "-0.3125" (I-26).
class RatePercent {
 public:
  constexpr RatePercent() = default;
  /// @p ten_thousandths of a percent (28500 = 2.85 %).
  static constexpr RatePercent from_ten_thousandths(std::int64_t v) { return RatePercent(v); }
  /// Parses "2.85", "-0.3125", "3" (at most 4 decimals, at most 6 integer digits).
  /// @throws Error (parse_error) naming @p field
  static RatePercent parse(std::string_view text, std::string_view field = "rate");
  std::int64_t ten_thousandths() const noexcept { return ten_thousandths_; }  ///< Ten-thousandths of a percent.
  /// The rate as an exact fraction of one (2.85 % → 285/10000).
  Rational as_fraction() const { return Rational(ten_thousandths_, 1000000); }
  /// "2.85", "-0.3125": the shortest form with at least 2 decimals.
  std::string to_string() const;
  /// Equality.
  friend constexpr bool operator==(RatePercent, RatePercent) = default;
  /// Ordering.
  friend constexpr auto operator<=>(RatePercent, RatePercent) = default;

 private:
  constexpr explicit RatePercent(std::int64_t v) : ten_thousandths_(v) {}
  std::int64_t ten_thousandths_ = 0;
};

/// The assignment ("opdracht") for the service and its decision ("toewijzingsbesluit").
struct Assignment {
  Authority given_by = Authority::college;  ///< Who gave it (WSE-FAQ 4.6).
  std::string mandate;                      ///< The mandate, for mandated_person / other_mandated (L-2); else empty.
  bool submitted_to_department = false;     ///< Submitted to the Departement WSE (4.3).
  bool legally_binding = false;             ///< The decision has a binding legal character (4.7).
  std::vector<DecisionElement> elements;    ///< The elements the decision contains (4.8), each at most once.
};

/// The authority's market finding (WSE-FAQ 4.11).
struct MarketTest {
  MarketSituation situation = MarketSituation::not_provided;  ///< What the market does.
  std::vector<Shortcoming> shortcomings;  ///< Why it is unsatisfactory: required for, and only for, provided_unsatisfactorily.
};

/// The stakeholders' advice on the impact analysis and the assignment (WSE-FAQ 4.16, 4.19, 4.20).
struct Advice {
  Forum forum = Forum::local_employment_forum;  ///< Where they advised.
  bool trade_unions = false;                    ///< Trade unions ("vakbonden") were consulted.
  bool employers_organisations = false;         ///< Employers' organisations ("werkgeversorganisaties") were consulted.
};

/// The impact analysis ("impactanalyse", WSE-FAQ 4.15 .. 4.20).
struct ImpactAnalysis {
  Authority drawn_up_by = Authority::college;  ///< Who drew it up (4.17).
  std::vector<ImpactPart> parts;               ///< The parts it contains (4.16), each at most once.
  std::optional<Advice> advice;                ///< The advice, once given.
};

/// The compensation of the service for one period (WSE-FAQ 4.9, I-26). All amounts are ≥ 0.
struct Compensation {
  Date first_day;            ///< First day of the period.
  Date last_day;             ///< Last day (included, I-1); not before first_day.
  Money costs;               ///< Costs of the service in the period.
  Money revenues;            ///< Revenues of the service in the period.
  Money capital_employed;    ///< Capital employed for the service.
  RatePercent swap_rate;     ///< The SWAP rate for the assignment's duration, in percent; -5.00 .. 100.00.
  Money compensation;        ///< The compensation the authority pays for the period.
};

/// The money for insertion and guidance of the target workers in one period (WSE-FAQ 4.10, I-27). All ≥ 0.
struct CoFunding {
  Date first_day;                 ///< First day of the period.
  Date last_day;                  ///< Last day (included); not before first_day.
  Money trajectory_compensation;  ///< The Flemish compensation for the insertion trajectories.
  Money local_co_funding;         ///< What the local government pays for insertion and guidance.
  Money net_cost;                 ///< Net cost of the insertion and guidance.
};

/// One local service, as the JSON input kind `local_service` holds it.
struct LocalService {
  std::string name;                            ///< What the service is ("sociaal restaurant De Pollepel"); not blank.
  Klaverblad klaverblad = Klaverblad::local;   ///< Flemish or local klaverblad (4.1, L-1).
  int municipalities = 1;                      ///< Municipalities the service is organised in, 1 .. 1000 (4.17, 4.20).
  std::optional<Klaverblad> trajectories;      ///< Klaverblad of the trajectories used for it; none when none are (4.4).
  std::optional<Authority> daeb_declared_by;   ///< Who declared it a DAEB; none when nobody did (4.5).
  std::optional<Assignment> assignment;        ///< The assignment; none when there is none (4.2).
  std::optional<MarketTest> market;            ///< The market finding; none when the authority made none (4.11).
  std::optional<ImpactAnalysis> impact_analysis;  ///< None when none was drawn up (4.15).
  std::optional<Compensation> compensation;    ///< The amounts of one period, when asked (4.9).
  std::optional<CoFunding> co_funding;         ///< The insertion-and-guidance amounts of one period, when asked (4.10).
};

/// Checks @p service for impossible or inconsistent input and throws the first problem as an Error naming
/// the field (`compensation.costs`, `assignment.elements[2]`): a blank name; municipalities outside 1 .. 1000;
/// a mandate missing for, or given to, a kind that (does not) need it; an element, part or shortcoming listed
/// twice; shortcomings missing for `provided_unsatisfactorily` or given for another situation; a negative
/// amount; a SWAP rate below -5.00 % or above 100.00 %; a period that ends before it starts; a date outside
/// 1900-01-01 .. 2199-12-31 (W-11). Every rule of the family calls it first.
/// @throws Error (invalid_argument, invalid_date, out_of_range, conflict)
void validate(const LocalService& service);

}  // namespace lde::local_service
