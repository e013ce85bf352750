// `lde simulate --budget`: the compensation budget of a CSV population for a range of years,
// for the defaults and each reform given (lde::population::budget), as a tidy CSV. See docs/cli.md.
#pragma once

#include "lde/core/parameters.hpp"
#include "lde/io/population_csv.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace lde::cli {

/// What `--budget` computes.
struct BudgetRequest {
  int first_year = 0;
  int last_year = 0;
  unsigned by = 0;                     ///< lde::population::BudgetBy bits.
  std::vector<std::string> by_names;   ///< The group columns in output order.
  std::int64_t fraction_units = 10000; ///< `--fraction` (I-20), ten-thousandths.
  unsigned threads = 0;
  std::vector<std::pair<std::string, ParameterSet>> scenarios;  ///< "baseline" first, then each reform.
};

/// Parses `--years 2026..2030` (or one year), `--by year,quarter` (default year) and `--fraction 0.8`
/// (default 1) into @p request. @throws Usage naming the option
void parse_budget_options(const std::optional<std::string>& years, const std::optional<std::string>& by,
                          const std::optional<std::string>& fraction, BudgetRequest& request);

/// Prices the population @p pop (lde/io/population_csv.hpp: a folder of table files or one file in
/// the one-spell form) for every scenario and writes the CSV
/// `scenario,<group columns>,amount_cents,amount_eur,fte_days,fte_years,workers_compensated`
/// to @p out_path ("-": stdout). Returns the number of workers.
/// @throws Error naming the file, line and column of an offending row, `--out` for the output
std::size_t simulate_budget(const io::PopulationCsv& pop, const std::string& out_path, const BudgetRequest& request);

}  // namespace lde::cli
