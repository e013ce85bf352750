// `lde simulate --budget` (budget.hpp): options, the budget per scenario, the tidy CSV.
#include "budget.hpp"

#include "args.hpp"

#include "lde/core/error.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/money.hpp"
#include "lde/population/budget.hpp"
#include "lde/worker/compensation_months.hpp"
#include "lde/worker/continuation.hpp"
#include "lde/worker/dossier.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>

namespace lde::cli {

namespace {

int parse_year(const std::string& s, const std::string& whole) {
  std::size_t used = 0;
  int y = 0;
  try {
    y = std::stoi(s, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != s.size() || y < kFirstCompensationYear || y > kLastCompensationYear) {
    throw Usage{"--years: expected YYYY or YYYY..YYYY (years " + std::to_string(kFirstCompensationYear) + " to " +
                std::to_string(kLastCompensationYear) + "), got \"" + whole + "\""};
  }
  return y;
}

/// The exact value @p num / @p den with four decimals (half away from zero).
std::string decimal4(Int128 num, Int128 den) { return Rational(num, den).to_decimal(4); }

}  // namespace

void parse_budget_options(const std::optional<std::string>& years, const std::optional<std::string>& by,
                          const std::optional<std::string>& fraction, BudgetRequest& request) {
  if (!years) throw Usage{"--budget needs --years YYYY..YYYY"};
  const std::size_t dots = years->find("..");
  request.first_year = parse_year(dots == std::string::npos ? *years : years->substr(0, dots), *years);
  request.last_year = dots == std::string::npos ? request.first_year : parse_year(years->substr(dots + 2), *years);
  if (request.last_year < request.first_year || request.last_year - request.first_year + 1 > kMaxCompensationYears) {
    throw Usage{"--years: expected a range of 1 to " + std::to_string(kMaxCompensationYears) + " years, got \"" +
                *years + "\""};
  }
  const std::string groups = by ? *by : "year";
  request.by = 0;
  request.by_names.clear();
  static const std::pair<const char*, unsigned> kGroups[] = {
      {"year", population::by_year},
      {"quarter", population::by_quarter},
      {"month", population::by_month},
      {"right_kind", population::by_right_kind},
      {"continuation", population::by_continuation}};
  std::size_t start = 0;
  while (!groups.empty() && start <= groups.size()) {
    const std::size_t comma = groups.find(',', start);
    const std::string name = groups.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    bool known = false;
    for (const auto& [n, bit] : kGroups) {
      if (name == n) {
        request.by |= bit;
        known = true;
      }
    }
    if (!known) {
      throw Usage{"--by: unknown group \"" + name + "\" (expected a comma-separated list of year, quarter, month, "
                  "right_kind, continuation)"};
    }
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  for (const auto& [n, bit] : kGroups) {
    if ((request.by & bit) != 0) request.by_names.emplace_back(n);
  }
  if (fraction) {
    try {
      request.fraction_units = Fte::fraction(*fraction, "--fraction").units();
    } catch (const Error& e) {
      throw Usage{"--fraction: " + e.message()};
    }
  }
}

std::size_t simulate_budget(const io::PopulationCsv& pop, const std::string& out_path, const BudgetRequest& request) {
  std::vector<std::pair<std::string, population::Budget>> results;
  const std::size_t rows = pop.population.workers.rows;
  population::BudgetOptions opt;
  opt.first_year = request.first_year;
  opt.last_year = request.last_year;
  opt.by = request.by;
  opt.fraction_units = request.fraction_units;
  opt.threads = request.threads;
  // A progress bar on stderr when it is a terminal and the run is long, as lde simulate draws one.
  const std::size_t total = rows * request.scenarios.size();
  const bool bar = isatty(STDERR_FILENO) != 0 && total >= 20000;
  std::size_t base = 0;
  if (bar) {
    opt.progress = [&](std::size_t done) {
      const std::size_t now = std::min(total, base + done);
      const int width = 40;
      const int filled = static_cast<int>(static_cast<double>(now) / static_cast<double>(total) * width);
      std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu", filled, "========================================", width - filled,
                   "", now, total);
      std::fflush(stderr);
    };
  }
  try {
    for (const auto& [name, params] : request.scenarios) {
      results.emplace_back(name, population::budget(pop.population, params, opt));
      base += rows;
    }
  } catch (const Error& e) {
    // The engine names table rows (`employment[7].first_day`): name the file, line and column.
    throw Error(e.code(), pop.locate(e.field()), e.message() + " (in " + pop.origin + ")");
  }
  if (bar) std::fprintf(stderr, "\n");
  std::ofstream file;
  if (out_path != "-") {
    file.open(out_path, std::ios::binary);
    if (!file) throw Error(ErrorCode::invalid_argument, "--out", "cannot write " + out_path);
  }
  std::ostream& os = out_path == "-" ? std::cout : file;
  os << "scenario";
  for (const auto& n : request.by_names) os << ',' << n;
  os << ",amount_cents,amount_eur,fte_days,fte_years,workers_compensated\n";
  const Int128 day_den = Int128(10000) * Int128(population::kWeightScale);
  for (const auto& [name, b] : results) {
    for (const population::BudgetGroup& g : b.groups) {
      os << name;
      for (const auto& n : request.by_names) {
        os << ',';
        if (n == "year") os << g.year;
        if (n == "quarter") os << g.quarter;
        if (n == "month") os << g.month;
        if (n == "right_kind") os << (g.right_kind == 0 ? "none" : to_string(static_cast<RightKind>(g.right_kind)));
        if (n == "continuation") os << to_string(static_cast<ContinuationKind>(g.continuation));
      }
      os << ',' << g.amount_cents << ',' << Money::from_cents(g.amount_cents).to_string() << ','
         << decimal4(g.fte_day_units, day_den) << ',' << decimal4(g.fte_year_units, day_den * population::kYearUnits)
         << ',' << g.workers << '\n';
    }
  }
  os.flush();
  if (!os) throw Error(ErrorCode::invalid_argument, "--out", "writing " + out_path + " failed");
  return rows;
}

}  // namespace lde::cli
