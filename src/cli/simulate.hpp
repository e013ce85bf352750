// `lde simulate`: a CSV population through lde::population::evaluate_workers().
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/parameters.hpp"

#include <cstddef>
#include <string>

namespace lde::cli {

/// What a simulation did, for the closing message.
struct SimulationSummary {
  std::size_t rows = 0;         ///< Workers evaluated.
  std::size_t compensated = 0;  ///< Workers compensated on the date.
};

/// Reads the population CSV @p text (named @p origin in errors), evaluates
/// every row on @p at and writes the results CSV to @p out_path ("-": stdout).
/// Columns: docs/cli.md. @throws Error naming `line N, column NAME`
SimulationSummary simulate(const std::string& text, const std::string& origin, const std::string& out_path, Date at,
                           const ParameterSet& params, unsigned threads);

}  // namespace lde::cli
