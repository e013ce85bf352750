/// @file quality.hpp
/// @brief Quality calendar: the yearly sustainability report and the yearly POP.
///
/// Source: seed 001 "Kwaliteitsmanagement" 3.1; "POP" 6.8; seed 002 "2. Werkgever".
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"

#include <optional>

namespace lde {

/// A sustainability report obligation.
struct SustainabilityReport {
  int working_year;  ///< The year reported on.
  Date due;          ///< At the latest on 31 July of the next year.
};

/// The sustainability report due for @p working_year, or none before the first reported year (2016).
std::optional<SustainabilityReport> sustainability_report(int working_year, const ParameterSet& params,
                                                          Trace* trace = nullptr);

/// Whether a yearly POP is required for every target worker in @p year (from 2018).
bool pop_required(int year, const ParameterSet& params, Trace* trace = nullptr);

}  // namespace lde
