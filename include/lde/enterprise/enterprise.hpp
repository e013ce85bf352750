/// @file enterprise.hpp
/// @brief The enterprise (LDE label): the typed input of every enterprise rule.
///
/// Field names follow the enterprise format of `docs/format.md` one to one.
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/limits.hpp"
#include "lde/core/money.hpp"
#include "lde/core/parameters.hpp"
#include "lde/label/label.hpp"
#include "lde/pop/pop.hpp"
#include "lde/procedure/maatwerk.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde {

/// Legal form of the enterprise (WSE-FAQ "Organisatievoorwaarden" 2.7). Values are fixed.
enum class LegalForm {
  vzw = 1,                          ///< vereniging zonder winstoogmerk (JSON "vzw").
  vso = 2,                          ///< vennootschap met sociaal oogmerk (JSON "vso").
  public_body = 3,                  ///< publiekrechtelijke rechtspersoon (JSON "public").
  projectvereniging = 4,            ///< cooperation of public bodies (JSON "projectvereniging").
  dienstverlenende_vereniging = 5,  ///< cooperation of public bodies (JSON "dienstverlenende_vereniging").
  opdrachthoudende_vereniging = 6,  ///< cooperation of public bodies (JSON "opdrachthoudende_vereniging").
  other = 7                         ///< any other form; fails the condition.
};
/// JSON name of a legal form ("other" for other).
std::string_view to_string(LegalForm form) noexcept;
/// Parses a JSON name; any text that is not one of the six allowed forms gives LegalForm::other.
LegalForm parse_legal_form(std::string_view text);

/// Where the enterprise is established. Values are fixed.
enum class Seat {
  flanders = 1,  ///< JSON "flanders".
  brussels = 2   ///< JSON "brussels" (WSE-FAQ 2.14: not eligible).
};
/// "flanders" or "brussels".
std::string_view to_string(Seat seat) noexcept;
/// @throws Error (invalid_argument) naming @p field
Seat parse_seat(std::string_view text, std::string_view field = "seat");

/// Activities besides LDE (WSE-FAQ 2.8, 2.9). Values are fixed.
enum class OtherActivities {
  none = 0,           ///< JSON "none".
  commercial = 1,     ///< JSON "commercial": sui generis division with separate bookkeeping.
  non_commercial = 2  ///< JSON "non_commercial": sui generis division, identifiable costs.
};
/// "none", "commercial" or "non_commercial".
std::string_view to_string(OtherActivities a) noexcept;
/// @throws Error (invalid_argument) naming @p field
OtherActivities parse_other_activities(std::string_view text, std::string_view field = "other_activities");

/// The allocated contingent from a date on.
struct ContingentChange {
  Date from;  ///< First day the contingent applies.
  Fte fte;    ///< Allocated insertion trajectories in FTE (>= 0).
};

/// One target worker's DmfA line for a quarter.
struct DmfaLine {
  std::string worker;                       ///< Worker id (unique within a quarter).
  Fte fraction;                             ///< Contractual performance fraction, in [0, 1] (I-20).
  bool reference_wage_cost_positive = true; ///< Reference wage cost above 0 (I-17: counts for the scale).
};

/// An LDE label: an enterprise or an establishment unit with an allocation number.
struct Enterprise {
  std::string allocation_number;                       ///< "toekenningsnummer", used in payment references (I-16).
  LegalForm legal_form = LegalForm::other;              ///< Legal form.
  std::string legal_form_text;                         ///< The legal form as given (for messages when other).
  Seat seat = Seat::flanders;                          ///< Seat.
  OtherActivities other_activities = OtherActivities::none;  ///< Other activities.
  bool sui_generis_division = false;                   ///< Has a sui generis division for LDE.
  bool separate_bookkeeping = false;                   ///< Keeps separate bookkeeping for it.
  bool subcontracting = false;                         ///< Subcontracts local services (not allowed, 2.12).
  bool enclave_work = false;                           ///< Runs enclave work (not allowed, 2.13).
  bool converted = false;                              ///< Converted from an earlier LDE initiative (2.5, I-17).
  std::optional<Date> allocation_date;                 ///< Date trajectories were allocated (I-18).
  std::vector<ContingentChange> contingent;            ///< Contingent history.
  std::map<int, Money> transition_amounts;             ///< Yearly temporary fixed amounts (I-14), by year.
  /// Filled FTE registered per month (MVAC), before the cap, given as one total per month.
  /// A month may instead be given hire by hire in #hire_fractions, never both (I-14, I-20).
  std::map<Month, Fte> hires;
  /// Hires registered per month (MVAC), one contractual fraction in [0, 1] per hire, in the order
  /// given ("aanwervingen" with their "contractuele tewerkstellingsbreuk"). The month's filled FTE is
  /// the exact sum of the fractions (I-14: "Filled FTE is the sum of the contractual fractions of the
  /// hires registered for that month, capped at the allocated contingent"); a fraction above 1 is
  /// impossible input (I-20). An empty list is a month with no hires (0 FTE). A month given here must
  /// not also have a total in #hires. The rules read a month through registered_fte().
  std::map<Month, std::vector<Fte>> hire_fractions;
  std::map<Quarter, std::vector<DmfaLine>> dmfa;       ///< DmfA lines per quarter.
  std::optional<MaatwerkActivity> maatwerk;            ///< Maatwerk activity next to the LDE label (2.10, 2.11, I-29).
  Label label;                                         ///< Which label this input is: level and KBO numbers (2.1, 2.2, E-19).
  /// The POPs reported for the target workers, at most one per worker and year, each for a worker
  /// with a DmfA line in its year (6.1, 6.8, 6.9; E-16). A required POP not listed is missing.
  std::vector<PopRecord> pops;
};

/// Upper bounds of the quantities an enterprise input may hold (I-20: impossible input is
/// rejected with an error naming the field). They lie far above any real LDE figure (the
/// whole of Flanders allocates a few thousand FTE) and far enough below the 64-bit limits
/// that, with the annual rate bounded too (max_annual_rate_cents), no sum or product of the
/// rules can overflow (I-12: exact money, never a wrap-around; Money arithmetic is checked as well).
namespace enterprise_limits {
/// Largest contingent or monthly filled FTE accepted: 100 000 FTE.
inline constexpr std::int64_t max_fte_units = kMaxFteUnits;  // lde/core/limits.hpp
/// Largest yearly temporary fixed amount accepted: 1 000 000 000.00 EUR.
inline constexpr std::int64_t max_transition_amount_cents = 1000000000LL * 100;
/// Largest annual rate per FTE a (changed) parameter set may give
/// `compensation.annual_rate_per_fte`: 1 000 000.00 EUR (E-15; the decree's rate is
/// 12 600.00, I-13). With the FTE bound above it keeps every product of the rules far
/// inside 64-bit cents; a rate outside [0, this] is refused naming the parameter.
inline constexpr std::int64_t max_annual_rate_cents = 1000000LL * 100;
}  // namespace enterprise_limits

/// The filled FTE of the hires registered for a month: the exact sum of their contractual
/// fractions (I-14), checked as impossible input is (I-20): each fraction must lie in [0, 1] and
/// the sum must not exceed enterprise_limits::max_fte_units. The sum never overflows.
/// @param fractions one contractual fraction per hire
/// @param field the month's field, e.g. `hires.2026-01`; the i-th hire is named `hires.2026-01[i]`
/// @throws Error (invalid_argument) naming `field[i]` and the value for a fraction above 1;
/// (out_of_range) naming @p field for a sum above the bound
Fte sum_hire_fractions(const std::vector<Fte>& fractions, std::string_view field);

/// The filled FTE registered for @p month (MVAC), before the cap at the contingent (I-14): the total
/// of Enterprise::hires, or the sum of the month's Enterprise::hire_fractions (sum_hire_fractions(),
/// I-20); 0 when the month has neither. This is the figure every rule uses.
/// @throws Error as sum_hire_fractions() for an invalid list
Fte registered_fte(const Enterprise& enterprise, Month month);

/// The parameter-free part of validate(): every check below except the I-14 year range of
/// `transition_amounts` (which depends on the parameter set). Constructors and readers (JSON,
/// Python, C) call this one, so that an input is accepted or refused by the rules with the
/// parameter set they are evaluated with, never with the defaults.
/// @throws Error naming the input field and the value
void validate_structure(const Enterprise& enterprise);

/// Checks an enterprise for impossible input (I-20): fractions above 1 (DmfA lines and
/// hires, `hires.2026-01[2]`), a month given both as a total in `hires` and as a list of
/// hires in `hire_fractions` (conflict naming `hires.2026-01`), a
/// contingent or filled FTE above enterprise_limits::max_fte_units, two
/// contingent changes on one day, a worker twice in one quarter, an empty
/// worker id, an allocation number that is empty or only white space, an
/// unnamed legal form, a negative or too large temporary fixed amount, an invalid label
/// (E-19), an invalid POP record, two POPs for one worker and year, a POP for a worker with
/// no DmfA line in its year (E-16), and a
/// temporary fixed amount for a year outside the 2015-2016 financial
/// transition (I-14; parameters `compensation.fixed_amount_first_year`,
/// `compensation.fixed_amount_last_year`, looked up in @p params on 1 January
/// of the amount's year, or on 2015-04-01 for earlier years, I-21).
/// Every rule calls it with its own parameter set. All checks except the year range are
/// validate_structure().
/// @throws Error naming the input field (e.g. `dmfa.2026-Q1[3].fraction`,
/// `transition_amounts.2026`) and the value
void validate(const Enterprise& enterprise, const ParameterSet& params);
/// validate(enterprise, ParameterSet::defaults()).
void validate(const Enterprise& enterprise);

/// The allocated contingent in force on @p at (0 before the first change);
/// the changes may be given in any order.
Fte contingent_on(const Enterprise& enterprise, Date at);

}  // namespace lde
