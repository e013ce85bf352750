// `lde simulate`: a CSV population through lde::population::evaluate_workers().
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/parameters.hpp"

#include "lde/population/population.hpp"

#include <cstddef>
#include <functional>
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

/// Reads the population CSV @p text (the reader of simulate()) and calls @p fn with all its rows as
/// columns and the worker ids; an Error @p fn throws about `rows[i].column` or `absences[k]` is
/// rethrown naming the CSV line and column (`lde simulate --budget`, budget.cpp).
void with_population_columns(const std::string& text, const std::string& origin,
                             const std::function<void(const population::WorkerColumns&,
                                                      const population::AbsenceColumns&)>& fn);

}  // namespace lde::cli
