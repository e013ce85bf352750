/// @file scale.hpp
/// @brief Minimum scale: a yearly average of at least 5.00 FTE per label (I-17).
///
/// Source: WSE-FAQ "Organisatievoorwaarden" 2.1, 2.3, 2.4, 2.5; I-17.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/enterprise.hpp"

#include <array>
#include <optional>

namespace lde {

/// The minimum-scale check for one label and year.
struct ScaleResult {
  int year;                          ///< Calendar year checked.
  std::array<Fte, 4> quarter_fte{};  ///< Quarterly FTE totals, kept to 2 decimals.
  Fte average_fte;                   ///< Yearly average of the four totals, exact (not rounded, I-17): 4.9975.
  Fte minimum;                       ///< The minimum in force (5.00).
  std::optional<Date> must_comply_from;  ///< When the label must comply (converted: compliance date; new: I-18).
  bool applies = false;              ///< True when the year falls on or after must_comply_from.
  bool compliant = false;            ///< average_fte >= minimum.
  /// applies and not compliant: a ground on which the label may be withdrawn (WSE-FAQ
  /// "Organisatievoorwaarden" 2.4 "kan het label ... ingetrokken worden", 2.5; E-14). Whether it is
  /// withdrawn is the administration's decision, not computed.
  bool label_may_be_withdrawn = false;
};

/// The minimum scale for @p year: WSE-FAQ "Organisatievoorwaarden" 2.1 to 2.6; I-17, I-18; readings E-3, E-4, E-7.
/// @throws Error for invalid input (see validate())
ScaleResult minimum_scale(const Enterprise& enterprise, int year, const ParameterSet& params, Trace* trace = nullptr);

}  // namespace lde
