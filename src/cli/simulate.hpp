// `lde simulate`: a CSV population (a folder of table files, or one file in the one-spell form)
// through lde::population::evaluate_population().
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/parameters.hpp"
#include "lde/io/population_csv.hpp"

#include <cstddef>
#include <string>

namespace lde::cli {

/// What a simulation did, for the closing message.
struct SimulationSummary {
  std::size_t rows = 0;         ///< Workers evaluated.
  std::size_t compensated = 0;  ///< Workers compensated on the date.
};

/// Evaluates every worker of @p population on @p at and writes the results CSV to @p out_path
/// ("-": stdout), one row per worker in `workers` order, indexed by the worker id. Columns:
/// docs/cli.md. @throws Error naming the file, line and column of the offending row
SimulationSummary simulate(const io::PopulationCsv& population, const std::string& out_path, Date at,
                           const ParameterSet& params, unsigned threads);

/// Reads the one-spell population CSV @p text (named @p origin in errors) and simulates it.
/// @throws Error naming `line N, column NAME`
SimulationSummary simulate(const std::string& text, const std::string& origin, const std::string& out_path, Date at,
                           const ParameterSet& params, unsigned threads);

}  // namespace lde::cli
