/// @file pop.hpp
/// @brief The yearly personal development plan ("persoonlijk ontwikkelingsplan", POP) of a
/// target worker: what it must hold, and whether a given POP holds it.
///
/// Source: WSE-FAQ "POP" 6.1 (minimum content, transition focus), 6.5 (any written form),
/// 6.6 and 6.8 (registered in VDAB's database), 6.8 (yearly, from 2018, for every target worker),
/// 6.9 (a worker who refuses the talk or the access); readings E-13, E-16, E-17, E-18.
/// The POP is not the basis of VDAB's evaluation (6.7): the ICF is.
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lde {

/// What a POP must show (6.1, 6.6, 6.9; E-16, E-17, E-18). Values are fixed (the C ABI's
/// `LDE_POP_*` bits are `1 << value`).
enum class PopElement {
  personal_data = 0,                  ///< "zijn persoonsgegevens" (JSON "personal_data").
  current_generic_competences = 1,    ///< "zijn huidige generieke ... competenties".
  current_technical_competences = 2,  ///< "zijn huidige ... technische competenties".
  future_generic_competences = 3,     ///< "zijn toekomstige generieke ... competenties".
  future_technical_competences = 4,   ///< "zijn toekomstige ... technische competenties".
  generic_improvement_action = 5,     ///< "een verbeteractie met betrekking tot zijn generieke competenties".
  technical_improvement_action = 6,   ///< "een verbeteractie met betrekking tot zijn technische competenties".
  transition_focus = 7,               ///< Actions aimed at transition marked, or why there are none (6.1).
  worker_involvement = 8,             ///< Made with the worker, or the employer's view alone for a reason of 6.9.
  registration = 9                    ///< Registered in VDAB's database, "Mijn Loopbaan" (6.6, 6.8).
};
/// Number of PopElement values.
inline constexpr int kPopElementCount = 10;
/// The seven content elements of 6.1's list (personal_data .. technical_improvement_action).
inline constexpr int kPopContentElementCount = 7;

/// JSON name of an element ("personal_data", ..., "registration").
std::string_view to_string(PopElement element) noexcept;
/// The element with JSON name @p text, or nullopt.
std::optional<PopElement> pop_element_from(std::string_view text) noexcept;
/// The passage of WSE-FAQ "POP" that asks for @p element.
std::string_view pop_element_source(PopElement element) noexcept;

/// Whether the POP marks actions aimed at transition ("doorstroom", 6.1).
enum class PopTransition {
  actions = 1,   ///< Actions aimed at transition are marked (JSON "actions").
  motivated = 2, ///< None, with a motivation (e.g. a worker aged 60 or more; JSON "motivated").
  none = 3       ///< Neither: the element `transition_focus` is missing (JSON "none").
};
/// "actions", "motivated" or "none".
std::string_view to_string(PopTransition t) noexcept;
/// @throws Error (invalid_argument) naming @p field for any other text
PopTransition parse_pop_transition(std::string_view text, std::string_view field);

/// Whose view the POP gives (6.9).
enum class PopView {
  joint = 1,         ///< Drawn up with the worker (JSON "joint"); also another form than the talk (6.9, third case).
  employer_only = 2  ///< Marked as the employer's view alone (JSON "employer_only").
};
/// "joint" or "employer_only".
std::string_view to_string(PopView v) noexcept;
/// @throws Error (invalid_argument) naming @p field for any other text
PopView parse_pop_view(std::string_view text, std::string_view field);

/// Why a POP gives the employer's view alone (6.9).
enum class PopRefusal {
  none = 0,           ///< No reason given (JSON "none"): an employer-only POP is then not compliant.
  refused_talk = 1,   ///< The worker refuses the POP talk (JSON "refused_talk").
  refused_access = 2  ///< The worker gives the employer no access to the confidential section (JSON "refused_access").
};
/// "none", "refused_talk" or "refused_access".
std::string_view to_string(PopRefusal r) noexcept;
/// @throws Error (invalid_argument) naming @p field for any other text
PopRefusal parse_pop_refusal(std::string_view text, std::string_view field);

/// Who registered the POP in VDAB's database (6.6, 6.9).
enum class PopUploader {
  employer = 1,  ///< JSON "employer".
  worker = 2     ///< JSON "worker": the worker himself, in his confidential section (6.9).
};
/// "employer" or "worker".
std::string_view to_string(PopUploader u) noexcept;
/// @throws Error (invalid_argument) naming @p field for any other text
PopUploader parse_pop_uploader(std::string_view text, std::string_view field);

/// One target worker's POP for one year, as the enterprise reports it (JSON `pops[i]`).
struct PopRecord {
  std::string worker;                          ///< Worker id, as in the DmfA lines.
  int year = 0;                                ///< The year the POP is for.
  std::uint32_t content = 0;                   ///< Content elements present: bit `1 << PopElement` for the seven of 6.1.
  PopTransition transition = PopTransition::none;  ///< Transition focus (6.1).
  std::string motivation;                      ///< Why there are no transition actions (required for `motivated`).
  PopView view = PopView::joint;               ///< Whose view (6.9).
  PopRefusal refusal = PopRefusal::none;       ///< Why the employer's view alone (6.9); `none` for a joint POP.
  std::optional<Date> registered_on;           ///< Day registered in VDAB's database; absent: not registered.
  PopUploader uploaded_by = PopUploader::employer;  ///< Who registered it.

  /// Whether content element @p e (one of the seven of 6.1) is marked present.
  bool has(PopElement e) const noexcept { return (content >> static_cast<int>(e)) & 1U; }
};

/// The bits of the seven content elements, for PopRecord::content.
inline constexpr std::uint32_t kPopAllContent = (1U << kPopContentElementCount) - 1U;

/// Checks one POP record for impossible or contradictory input (E-16, E-17): a year outside
/// 1400..9998, an empty, blank or too long (kMaxNameBytes) worker id, a motivation longer than a
/// JSON text may be, content bits outside the seven of 6.1, a motivation given
/// with `actions` or `none` or missing (empty, white space) with `motivated`, a refusal with a
/// joint POP.
/// @param field the record's field, e.g. `pops[2]`; errors name `pops[2].motivation` etc.
/// @throws Error (invalid_argument) naming the field and the value
void validate(const PopRecord& record, std::string_view field);

/// A POP's verdict.
enum class PopStatus {
  not_required = 0,  ///< No POP obligation for the worker in the year (E-13) (JSON "not_required").
  compliant = 1,     ///< A POP holding every element (JSON "compliant").
  incomplete = 2,    ///< A POP lacking at least one element (JSON "incomplete").
  missing = 3        ///< Required, and no POP was reported (JSON "missing").
};
/// "not_required", "compliant", "incomplete" or "missing".
std::string_view to_string(PopStatus s) noexcept;

/// The verdict on one target worker's POP for one year.
struct PopCheck {
  PopStatus status = PopStatus::not_required;  ///< The verdict.
  std::vector<PopElement> missing;             ///< For `incomplete`: each missing element, in PopElement order.
  bool employer_view_only = false;             ///< The POP gives the employer's view alone, for a reason of 6.9.
};

/// Whether @p record (nullptr: none reported) meets the POP obligation of @p worker for @p year:
/// WSE-FAQ "POP" 6.1, 6.5, 6.6, 6.8, 6.9 (rule `enterprise.pop.check`; E-16, E-17, E-18).
/// @p required is the obligation of E-13 (pop_obligations()); when false the status is
/// `not_required` whatever was reported. Otherwise: no record is `missing`; a record lacking a
/// content element of 6.1, the transition focus, the worker's involvement (a joint POP, or the
/// employer's view alone because the worker refused the talk or the access) or the registration
/// is `incomplete`, naming each; else `compliant`. A step is traced only when the POP is required.
/// @throws Error (invalid_argument) for a record that fails validate()
PopCheck check_pop(std::string_view worker, int year, bool required, const PopRecord* record, Trace* trace = nullptr);

}  // namespace lde
