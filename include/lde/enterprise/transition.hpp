/// @file transition.hpp
/// @brief The start-up transition of a new LDE enterprise: two years (I-18).
///
/// Source: WSE-FAQ "Organisatievoorwaarden" 2.6; I-18 (and I-14 on why this
/// is not the 2015-2016 financial transition).
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/enterprise.hpp"

#include <optional>

namespace lde {

/// The start-up transition period.
struct StartupTransition {
  Date first_day;        ///< First day of the quarter after the allocation.
  Date last_day;         ///< Two years later, the day before (I-1).
  Date conditions_from;  ///< First day of the third year: the organisation conditions apply.
};

/// The start-up transition (WSE-FAQ "Organisatievoorwaarden" 2.6; I-18), or
/// none when the enterprise has no allocation date or is a converted
/// enterprise (2.5; E-8).
std::optional<StartupTransition> startup_transition(const Enterprise& enterprise, const ParameterSet& params,
                                                    Trace* trace = nullptr);

}  // namespace lde
