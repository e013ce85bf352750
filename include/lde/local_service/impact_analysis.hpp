/// @file impact_analysis.hpp
/// @brief The impact analysis of a local service (WSE-FAQ 4.15 .. 4.20): its content, who draws it up and
/// the stakeholders' advice in a fitting forum (readings L-7, L-8).
#pragma once

#include "lde/core/decision.hpp"
#include "lde/local_service/assignment.hpp"
#include "lde/local_service/service.hpp"

#include <optional>
#include <vector>

namespace lde::local_service {

/// The answers about the impact analysis.
struct ImpactAnalysisResult {
  Check check;                              ///< Met when present, complete, drawn up by the right body and advised.
  bool present = false;                     ///< An impact analysis was drawn up (4.15).
  std::vector<ImpactPart> missing_parts;    ///< Parts of 4.16 it lacks, in the order of 4.16.
  std::optional<Authority> drawn_up_by;     ///< Who drew it up.
  Check author;                             ///< 4.17 (L-7): `impact_analysis_wrong_body`.
  Check advice;                             ///< 4.16, 4.19, 4.20 (L-8): `advice_missing`, `advice_stakeholders_missing`, `advice_forum_not_regional`.
  bool regional_forum_required = false;     ///< A local-klaverblad service organised in more than one municipality (4.20, L-8).
};
/// 4.15 .. 4.20. The check fails `impact_analysis_missing`, `impact_analysis_incomplete` and what the author and
/// the advice fail. @throws Error as validate()
ImpactAnalysisResult impact_analysis(const LocalService& service, Trace* trace = nullptr);

}  // namespace lde::local_service
