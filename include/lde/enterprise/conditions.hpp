/// @file conditions.hpp
/// @brief Organisation conditions: legal form, Brussels, sui generis division,
/// separate bookkeeping, no subcontracting, no enclave work.
///
/// Source: WSE-FAQ "Organisatievoorwaarden" 2.7 to 2.14.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/enterprise.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lde {

/// Stable ids of the organisation conditions (used in `conditions.failing`).
namespace organisation_condition {
inline constexpr const char* legal_form = "legal_form";                      ///< vzw, vso, public body or one of the three cooperations.
inline constexpr const char* not_in_brussels = "not_in_brussels";            ///< Not established in Brussels.
inline constexpr const char* sui_generis_division = "sui_generis_division";  ///< Required with other activities.
inline constexpr const char* separate_bookkeeping = "separate_bookkeeping";  ///< Required with other commercial activities.
inline constexpr const char* no_subcontracting = "no_subcontracting";        ///< Local services are not subcontracted.
inline constexpr const char* no_enclave_work = "no_enclave_work";            ///< No enclave work.
}  // namespace organisation_condition

/// The organisation-conditions check.
struct ConditionsResult {
  bool met = false;                  ///< Every condition is met.
  std::vector<std::string> failing;  ///< Ids of every failing condition.
  std::optional<Date> apply_from;    ///< From when the conditions are enforced (converted: 2.5; new: the start-up transition's conditions_from, 2.6); none when unknown.
  bool applies = false;              ///< True when the date checked is on or after apply_from.
  /// applies and not met: a ground on which the label may be withdrawn (WSE-FAQ
  /// "Organisatievoorwaarden" 2.4, 2.5 "Zo niet, kan het label als LDE-onderneming ingetrokken
  /// worden"; E-14). Whether it is withdrawn is the administration's decision, not computed.
  bool label_may_be_withdrawn = false;
};

/// Checks every organisation condition on @p at and lists each failing one
/// (WSE-FAQ "Organisatievoorwaarden" 2.5 to 2.14), and says from when they
/// are enforced (2.5, 2.6, I-18). A custom-work division (maatwerkafdeling,
/// 2.11) is one of the "other activities" (E-9).
/// @throws Error for invalid input (see validate())
ConditionsResult organisation_conditions(const Enterprise& enterprise, const ParameterSet& params, Date at,
                                         Trace* trace = nullptr);

}  // namespace lde
