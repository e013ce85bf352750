// `lde simulate`: population CSV in (lde/io/population_csv.hpp, the one reader), results CSV out,
// via lde::population::evaluate_population() (the tables engine) for both layouts.
#include "simulate.hpp"

#include "lde/core/error.hpp"
#include "lde/population/population.hpp"
#include "lde/population/tables.hpp"
#include "lde/worker/continuation.hpp"
#include "lde/worker/dossier.hpp"

#include <cstdint>
#include <fstream>
#include <iostream>
#include <string>

#include <unistd.h>
#include <vector>

namespace lde::cli {

namespace {

using population::kNoDate;

std::string iso_or_empty(std::int64_t days) {
  return days == kNoDate ? std::string() : Date::from_days_since_epoch(days).iso();
}

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

const char* right_end_name(std::int32_t v) {
  switch (v) {
    case 1: return "expired";
    case 2: return "replaced";
    default: return "";
  }
}

}  // namespace

SimulationSummary simulate(const io::PopulationCsv& pop, const std::string& out_path, Date at,
                           const ParameterSet& params, unsigned threads) {
  const std::size_t n = pop.population.workers.rows;
  std::vector<std::int32_t> right_kind(n), comp(n), cont(n), ended(n);
  std::vector<std::uint8_t> valid(n), eligible(n), in_traj(n), in_cont(n), compensated(n);
  std::vector<std::int64_t> right_last(n), traj_first(n), traj_last(n), ext_days(n), cont_first(n);
  std::vector<std::uint32_t> reason(n);
  population::PopulationResults r;
  r.right_kind = right_kind.data();
  r.right_valid = valid.data();
  r.right_last_day = right_last.data();
  r.hiring_eligible = eligible.data();
  r.trajectory_first_day = traj_first.data();
  r.trajectory_last_day = traj_last.data();
  r.absence_extension_days = ext_days.data();
  r.competence_extension_months = comp.data();
  r.continuation = cont.data();
  r.in_trajectory = in_traj.data();
  r.in_continuation = in_cont.data();
  r.compensated = compensated.data();
  r.reason = reason.data();
  r.continuation_first_day = cont_first.data();
  r.right_ended = ended.data();
  // A progress bar on an interactive terminal for a long run (it says what the command is doing).
  const bool show = isatty(STDERR_FILENO) != 0 && n >= 20000;
  std::size_t last_drawn = 0;
  const population::ProgressFn bar = [&](std::size_t done, std::size_t total) {
    if (done == last_drawn || (done != total && done - last_drawn < total / 50)) return;  // drawn already, or too soon
    last_drawn = done;
    const int width = 40;
    const int filled = static_cast<int>(static_cast<double>(done) / static_cast<double>(total) * width);
    std::fprintf(stderr, "\revaluating [%.*s%*s] %zu/%zu workers", filled, "========================================",
                 width - filled, "", done, total);
    if (done == total) std::fprintf(stderr, "\n");
    std::fflush(stderr);
  };
  try {
    population::evaluate_population(pop.population, at.days_since_epoch(), params, r, threads,
                                    show ? bar : population::ProgressFn{});
  } catch (const Error& e) {
    // The engine names table rows (`employment[7].first_day`): name the file, line and column.
    throw Error(e.code(), pop.locate(e.field()), e.message() + " (in " + pop.origin + ")");
  }

  std::ofstream file;
  if (out_path != "-") {
    file.open(out_path, std::ios::binary);
    if (!file) throw Error(ErrorCode::invalid_argument, "--out", "cannot write " + out_path);
  }
  std::ostream& os = out_path == "-" ? std::cout : file;
  os << "id,right_kind,right_valid,right_last_day,hiring_eligible,trajectory_first_day,trajectory_last_day,"
        "absence_extension_days,competence_extension_months,continuation,in_trajectory,in_continuation,compensated,"
        "reasons,continuation_first_day,right_ended\n";
  SimulationSummary summary;
  summary.rows = n;
  for (std::size_t i = 0; i < n; ++i) {
    std::string reasons;
    for (unsigned b = 0; b < population::kReasonBitCount; ++b) {
      if (reason[i] & (1u << b)) {
        if (!reasons.empty()) reasons += '|';
        reasons += population::reason_rule(1u << b).bit_name;
      }
    }
    const std::string kind = right_kind[i] == 0 ? std::string("none")
                                                : std::string(to_string(static_cast<RightKind>(right_kind[i])));
    os << csv_cell(pop.ids[i]) << ',' << kind << ',' << (valid[i] ? "true" : "false") << ','
       << iso_or_empty(right_last[i]) << ',' << (eligible[i] ? "true" : "false") << ',' << iso_or_empty(traj_first[i])
       << ',' << iso_or_empty(traj_last[i]) << ',' << ext_days[i] << ',' << comp[i] << ','
       << to_string(static_cast<ContinuationKind>(cont[i])) << ',' << (in_traj[i] ? "true" : "false") << ','
       << (in_cont[i] ? "true" : "false") << ',' << (compensated[i] ? "true" : "false") << ',' << reasons << ','
       << iso_or_empty(cont_first[i]) << ',' << right_end_name(ended[i]) << '\n';
    if (compensated[i]) ++summary.compensated;
  }
  os.flush();
  if (!os) throw Error(ErrorCode::invalid_argument, "--out", "writing " + out_path + " failed");
  return summary;
}

SimulationSummary simulate(const std::string& text, const std::string& origin, const std::string& out_path, Date at,
                           const ParameterSet& params, unsigned threads) {
  const io::PopulationCsv pop = io::read_population_csv_text(text, origin);
  return simulate(pop, out_path, at, params, threads);
}

}  // namespace lde::cli
