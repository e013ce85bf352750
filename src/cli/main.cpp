// The `lde` command: evaluate, check, simulate, params. See docs/cli.md.
//
// Exit codes: 0 success, 1 a case failed (check), 2 bad input or usage.
// Every error is one line: `lde: FILE: JSON.PATH: problem`. Never a stack trace.
#include "lde/core/error.hpp"
#include "lde/core/limits.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/year.hpp"
#include "lde/io/cases.hpp"
#include "lde/io/json.hpp"
#include "lde/version.hpp"
#include "lde/worker/status.hpp"

#include "../io/internal.hpp"
#include "args.hpp"
#include "confidential.hpp"
#include "ledger.hpp"
#include "ledger_store.hpp"
#include "local_service.hpp"
#include "budget.hpp"
#include "simulate.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

using lde::Error;
using lde::ErrorCode;

using lde::cli::Args;
using lde::cli::Usage;

/// An error about a file (exit 2): `lde: FILE: message`.
struct FileError {
  std::string file;
  std::string message;
};

constexpr const char* kMainHelp = R"(lde - rules of the Flemish decree on the local services economy (LDE)

Usage:
  lde evaluate FILE [--at DATE] [--year Y] [--params FILE] [--explain] [--no-trace]
  lde check FILE... [--params FILE] [--verbose] [--explain]
  lde simulate POPULATION.csv|FOLDER --out RESULTS.csv [--at DATE] [--params FILE] [--threads N]
  lde simulate POPULATION.csv|FOLDER --budget --years 2026..2030 --out BUDGET.csv [--params REFORM[,REFORM...]] [--by year,quarter]
  lde params [--at DATE] [--params FILE]
  lde ledger init|add|balance|history|export FILE.db ...   (lde ledger --help)
  lde --version
  lde COMMAND --help

Exit codes: 0 success, 1 a case failed (check), 2 bad input or usage.
Formats: docs/format.md (JSON), docs/cli.md (this command, CSV columns).
)";

constexpr const char* kEvaluateHelp = R"(Usage: lde evaluate FILE [--at DATE] [--year Y] [--params FILE] [--explain] [--no-trace]

Evaluates one input in the JSON format (docs/format.md):
  {"at": "2025-02-15", "worker": {...}}      a worker on a date
  {"year": 2026, "enterprise": {...}}        an enterprise for a year
  {"at": "2024-07-01", "confidential": {...}} who may see which document of the
                                             confidential section (optional "person", "document")
  {"at": "2024-06-01", "local_service": {...}} whether target workers may execute a local
                                             service, its DAEB conditions and amounts
with optional "parameters" (changes to the parameter set). FILE "-" reads stdin.
A case file ("lde-cases/1") is run with lde check, not evaluate.

Options:
  --at DATE       evaluation date of a worker, confidential section or local service (YYYY-MM-DD);
                  overrides "at"
  --year Y        evaluated year of an enterprise; overrides "year"
  --params FILE   parameter file (lde-parameters/1) or reform (lde-reform/1) to start from
  --explain       readable text with the trace instead of JSON
  --no-trace      leave the trace out of the JSON decision
  --help          this text
)";

constexpr const char* kCheckHelp = R"(Usage: lde check FILE... [--params FILE] [--verbose] [--explain]

Runs case files (format "lde-cases/1", docs/format.md). Prints one line per
case ("ok" or "FAIL", file, id, source), the expected and actual value of
every failing dotted path, and a final line "N passed, N failed".
Exit code 1 when a case fails, 2 when a file cannot be read.

Options:
  --params FILE   parameter file or reform every case starts from
  --verbose       print the source of passing cases too
  --explain       print the trace of every failing case (rules, inputs, parameters,
                  sources and readings), as lde evaluate --explain does
  --help          this text
)";

constexpr const char* kSimulateHelp = R"(Usage: lde simulate POPULATION.csv|FOLDER --out RESULTS.csv [--at DATE] [--params FILE] [--threads N]

Evaluates every worker of a CSV population on one date with the population
engine (the same as the Python population API). The population is a FOLDER
of CSV files, one per table (workers.csv with an id column, and optionally
rights.csv, employment.csv, absences.csv, competence_extensions.csv,
doorstroom.csv, non_cooperation.csv, each with a worker column), or one CSV
file in the one-spell form (one row per worker). Columns: docs/cli.md.

Options:
  --out FILE      results CSV (required; "-" for stdout)
  --at DATE       evaluation date (default: today)
  --params FILE   parameter file or reform
  --threads N     worker threads (default 0: all cores)
  --help          this text

Budget (lde simulate POPULATION.csv --budget --years 2026..2030 --out BUDGET.csv):
  --budget        write the compensation budget instead: one row per scenario and group,
                  scenario,<groups>,amount_cents,amount_eur,fte_days,fte_years,workers_compensated
                  (a worker counts for a month when compensated on its first day, I-14;
                  rate x fraction / days in the year per day, rounded once per month, I-23, I-12)
  --years Y..Y    the years (or one year)
  --params F,G    the reforms: scenario "baseline" (the defaults) and one per file, named by
                  the reform's "name" (or the file name)
  --by LIST       groups: year (default), quarter, month, right_kind, continuation
  --fraction F    everyone's contractual fraction (default 1)
)";

constexpr const char* kParamsHelp = R"(Usage: lde params [--at DATE] [--params FILE]

Lists every parameter with the value in force on DATE (default: today), the
date it applies from, its unit, its source and the interpretations behind it.

Options:
  --at DATE       the date (YYYY-MM-DD)
  --params FILE   parameter file or reform instead of the defaults
  --help          this text
)";

std::string read_file(const std::string& path) {
  if (path == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError{path, "cannot open the file"};
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) throw FileError{path, "cannot read the file"};
  return ss.str();
}

/// "FILE: PATH: problem" without the library's " (in FILE)" suffix.
std::string describe_error(const std::string& file, const Error& e) {
  std::string message = e.message();
  const std::string suffix = " (in " + file + ")";
  if (message.size() >= suffix.size() && message.compare(message.size() - suffix.size(), suffix.size(), suffix) == 0) {
    message.erase(message.size() - suffix.size());
  }
  std::string out = file + ": ";
  if (!e.field().empty()) out += e.field() + ": ";
  return out + message;
}

/// Raised with the file an lde::Error came from.
struct LibraryError {
  std::string file;
  Error error;
};

template <class F>
auto about(const std::string& file, F&& f) -> decltype(f()) {
  try {
    return f();
  } catch (const Error& e) {
    throw LibraryError{file, e};
  }
}

lde::Date today() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  localtime_r(&t, &tm);
  return lde::Date::from_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

lde::Date parse_date_option(const std::string& option, const std::string& text) {
  try {
    return lde::Date::parse(text, option);
  } catch (const Error& e) {
    throw Usage{option + ": " + e.message()};
  }
}

lde::ParameterSet load_params(const std::optional<std::string>& file) {
  if (!file) return lde::ParameterSet::defaults();
  const std::string text = read_file(*file);
  return about(*file, [&] {
    const nlohmann::ordered_json doc = lde::io::detail::parse_document(text, *file);
    // Any lde-parameters format is a parameter file (from_json refuses a version it does not know);
    // everything else is a reform or a bare changes object.
    if (doc.is_object() && doc.contains("format") && doc["format"].is_string() &&
        doc["format"].get<std::string>().rfind("lde-parameters/", 0) == 0) {
      return lde::ParameterSet::from_json(text, *file);
    }
    return lde::ParameterSet::defaults().with_changes(text, *file);
  });
}

// ------------------------------------------------------------------ explain

std::string yes_no(bool b) { return b ? "yes" : "no"; }

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out.empty() ? "-" : out;
}

/// "5 years" (or "3 years", "1 year" under a changed trajectory.length_years): the length of the
/// trajectory from @p first to @p original_last, as the rule computed it (I-1, I-7).
std::string years_text(const lde::Date& first, const lde::Date& original_last) {
  int years = 0;
  while (lde::Period::years_from(first, years + 1).last() <= original_last) ++years;
  return std::to_string(years) + (years == 1 ? " year" : " years");
}

void explain_worker(std::ostream& os, const std::string& file, const lde::WorkerStatus& s, const lde::Trace& trace,
                    const lde::Receipt& receipt) {
  os << "Worker decision on " << s.at.iso() << " (" << file << ")\n\n";
  os << "  right             ";
  if (s.right.kind) {
    os << lde::to_string(*s.right.kind) << (s.right.valid ? ", valid" : ", not valid");
    if (s.right.granted) os << ", granted " << s.right.granted->iso();
    if (s.right.last_day) os << ", last day " << s.right.last_day->iso();
  } else {
    os << "none in force";
  }
  os << "\n  hiring            ";
  if (s.hiring) {
    os << (s.hiring->eligible ? "eligible" : "not eligible");
    if (!s.hiring->failing.empty()) os << " (failing: " << join_list(s.hiring->failing) << ")";
  } else {
    os << "no employment";
  }
  os << "\n  trajectory        ";
  if (s.trajectory) {
    const auto& t = *s.trajectory;
    os << t.first_day.iso() << " .. " << t.last_day.iso() << " (" << years_text(t.first_day, t.original_last_day)
       << " to " << t.original_last_day.iso() << ", +"
       << t.absence_extension_days << " days for absences, +" << t.competence_extension_months
       << " months for competence)";
    for (const auto& a : t.absences) {
      os << "\n    absence " << a.period.first().iso() << " .. " << a.period.last().iso() << ": "
         << (a.qualifies ? "extends by " + std::to_string(a.counted_days) + " days" : std::string("does not extend"))
         << " - " << a.reason;
    }
  } else {
    os << "none";
  }
  os << "\n  continuation      " << lde::to_string(s.continuation.kind);
  if (s.continuation.from) os << " from " << s.continuation.from->iso();
  os << "\n  in trajectory     " << yes_no(s.in_trajectory);
  os << "\n  in continuation   " << yes_no(s.in_continuation);
  os << "\n  compensated       " << yes_no(s.compensated) << "\n\n";
  os << "Trace (" << trace.steps().size() << " steps)\n" << trace.to_text() << "\n";
  os << "Receipt: lde " << receipt.library_version << ", parameters " << receipt.parameters_fingerprint << "\n";
}

void explain_enterprise(std::ostream& os, const std::string& file, const lde::Enterprise& e, const lde::EnterpriseYear& y,
                        const lde::Trace& trace, const lde::Receipt& receipt) {
  os << "Enterprise " << e.allocation_number << ", year " << y.year << " (" << file << ")\n\n";
  os << "  month     filled   capped   advance      payment reference\n";
  for (const auto& a : y.schedule.advances) {
    char line[160];
    std::snprintf(line, sizeof line, "  %-8s %7s  %7s  %11s  %s%s\n", a.month.iso().c_str(), a.filled_fte.to_string().c_str(),
                  a.capped_fte.to_string().c_str(), a.amount.to_string().c_str(), a.payment_reference.c_str(),
                  a.transition_amount_used ? "  (temporary fixed amount)" : "");
    os << line;
  }
  os << "\n  quarter   DmfA FTE capped   right        advances     settlement\n";
  for (const auto& q : y.schedule.settlements) {
    char line[160];
    std::snprintf(line, sizeof line, "  %-8s %7s  %7s  %11s  %11s  %11s\n", q.quarter.iso().c_str(),
                  q.dmfa_fte.to_string().c_str(), q.capped_fte.to_string().c_str(), q.right.to_string().c_str(),
                  q.advances.to_string().c_str(), q.settlement.to_string().c_str());
    os << line;
  }
  os << "  totals: advances " << y.schedule.total_advances.to_string() << ", settlements "
     << y.schedule.total_settlements.to_string() << ", rights " << y.schedule.total_rights.to_string() << "\n\n";
  os << "  minimum scale     average " << y.scale.average_fte.to_string() << " FTE (minimum "
     << y.scale.minimum.to_string() << "): " << (y.scale.compliant ? "compliant" : "not compliant")
     << (y.scale.applies ? "" : " (does not apply yet)") << "\n";
  os << "  occupancy         " << y.occupancy.measured_year << ": " << y.occupancy.rate.to_string() << " % (minimum "
     << y.occupancy.minimum.to_string() << " %), measured in " << y.occupancy.measured_in.iso() << "; contingent "
     << y.occupancy.contingent_before.to_string() << " -> " << y.occupancy.contingent_after.to_string() << "\n";
  os << "  start-up transition ";
  if (y.transition) {
    os << y.transition->first_day.iso() << " .. " << y.transition->last_day.iso() << ", conditions from "
       << y.transition->conditions_from.iso() << "\n";
  } else {
    os << "none\n";
  }
  os << "  conditions        " << (y.conditions.met ? "met" : "not met (failing: " + join_list(y.conditions.failing) + ")")
     << (y.conditions.applies ? "" : ", not enforced yet") << "\n";
  if (y.report) os << "  sustainability report on " << y.report->working_year << " due " << y.report->due.iso() << "\n";
  os << "  label             " << lde::to_string(y.label.level)
     << (y.label.establishment_unit_number ? " " + *y.label.establishment_unit_number : std::string()) << "\n";
  os << "  POP required      " << yes_no(y.pop_required) << "\n";
  for (const auto& p : y.pop_workers) {
    if (p.check.status == lde::PopStatus::not_required) continue;
    os << "    POP " << p.worker << ": " << lde::to_string(p.check.status);
    for (std::size_t i = 0; i < p.check.missing.size(); ++i) {
      os << (i == 0 ? " (missing " : ", ") << lde::to_string(p.check.missing[i]) << (i + 1 == p.check.missing.size() ? ")" : "");
    }
    if (p.check.employer_view_only) os << " (employer's view alone, 6.9)";
    os << "\n";
  }
  os << "\n";
  os << "Trace (" << trace.steps().size() << " steps)\n" << trace.to_text() << "\n";
  os << "Receipt: lde " << receipt.library_version << ", parameters " << receipt.parameters_fingerprint << "\n";
}

/// `lde check --explain`: the trace of a failing case's decision, as `lde evaluate --explain` prints it
/// (the decision JSON is read back by the one reader and its steps shown with Trace::to_text()).
void print_case_trace(std::ostream& os, const std::string& decision_json) {
  const nlohmann::ordered_json decision = lde::io::detail::parse_document(decision_json, "decision");
  lde::Trace trace(true);
  if (decision.contains("trace")) {
    for (const auto& j : decision["trace"]) {
      lde::TraceStep* step = trace.step(j.value("rule", ""), j.value("source", ""),
                                        j.value("interpretations", std::vector<std::string>{}));
      for (const auto& [name, value] : j["inputs"].items()) step->input(name, value.get<std::string>());
      for (const auto& p : j["parameters"]) {
        step->parameters.push_back({p.value("name", ""), p.value("value", ""),
                                    lde::Date::parse(p.value("from", ""), "from"), p.value("source", "")});
      }
      for (const auto& note : j["notes"]) step->note(note.get<std::string>());
      step->result(j.value("outcome", ""));
    }
  }
  std::istringstream lines(trace.to_text());
  os << "      trace (" << trace.steps().size() << " steps):\n";
  for (std::string line; std::getline(lines, line);) os << "        " << line << "\n";
}

// ------------------------------------------------------------------ commands

int cmd_evaluate(int argc, char** argv) {
  const Args a = Args::parse(argc, argv, 2, {"--at", "--year", "--params"}, {"--explain", "--no-trace"});
  if (a.help) {
    std::cout << kEvaluateHelp;
    return 0;
  }
  if (a.positional.size() != 1) throw Usage{"evaluate takes exactly one FILE (see lde evaluate --help)"};
  const std::string file = a.positional[0];
  const lde::ParameterSet base = load_params(a.get("--params"));
  const std::string text = read_file(file);
  return about(file, [&] {
    nlohmann::ordered_json doc = lde::io::detail::parse_document(text, file);
    if (doc.is_object() && doc.contains("format") && doc["format"].is_string() &&
        doc["format"].get<std::string>().rfind("lde-cases/", 0) == 0) {
      throw Usage{file + " is a case file (\"format\": \"" + doc["format"].get<std::string>() +
                  "\"): lde evaluate takes one input; run the cases with: lde check " + file};
    }
    if (doc.is_object()) {
      if (auto at = a.get("--at")) doc["at"] = parse_date_option("--at", *at).iso();
      if (auto year = a.get("--year")) {
        int y = 0;
        try {
          std::size_t used = 0;
          y = std::stoi(*year, &used);
          if (used != year->size()) throw std::invalid_argument("trailing");
        } catch (const std::exception&) {
          throw Usage{"--year: expected a year such as 2026, got \"" + *year + "\""};
        }
        doc["year"] = y;
      }
    }
    const lde::io::detail::Input in = lde::io::detail::input_from(doc, "", file, base, {});
    if (!a.flag("--explain")) {
      std::cout << lde::io::detail::evaluate(in, !a.flag("--no-trace"), "", file).dump(2) << "\n";
      return 0;
    }
    // Validate and evaluate through the same path (errors with JSON paths), then explain.
    (void)lde::io::detail::evaluate(in, false, "", file);
    if (in.confidential) {
      lde::cli::explain_confidential(std::cout, file, *in.confidential, *in.at);
      return 0;
    }
    if (in.local_service) {
      lde::cli::explain_local_service(std::cout, file, *in.local_service, *in.at, in.params);
      return 0;
    }
    lde::Trace trace(true);
    const lde::Receipt receipt = lde::Receipt::of(in.params);
    if (in.worker) {
      const lde::WorkerStatus s = lde::evaluate_worker(*in.worker, *in.at, in.params, &trace);
      explain_worker(std::cout, file, s, trace, receipt);
    } else {
      const lde::EnterpriseYear y = lde::evaluate_enterprise(*in.enterprise, *in.year, in.params, &trace);
      explain_enterprise(std::cout, file, *in.enterprise, y, trace, receipt);
    }
    return 0;
  });
}

int cmd_check(int argc, char** argv) {
  const Args a = Args::parse(argc, argv, 2, {"--params"}, {"--verbose", "--explain"});
  if (a.help) {
    std::cout << kCheckHelp;
    return 0;
  }
  if (a.positional.empty()) throw Usage{"check needs at least one case FILE (see lde check --help)"};
  const lde::ParameterSet base = load_params(a.get("--params"));
  // Read and validate every file first: a malformed file is an error (exit 2), not a failed case.
  std::vector<std::pair<std::string, std::vector<lde::io::CaseResult>>> all;
  for (const std::string& file : a.positional) {
    const std::string text = read_file(file);
    all.emplace_back(file, about(file, [&] { return lde::io::run_cases(text, base, file); }));
  }
  std::size_t passed = 0;
  std::size_t failed = 0;
  for (const auto& [file, results] : all) {
    for (const auto& r : results) {
      if (r.passed) {
        ++passed;
        std::cout << "ok    " << file << ": " << r.id;
        if (a.flag("--verbose")) std::cout << "  [" << r.source << "]";
        std::cout << "\n";
        continue;
      }
      ++failed;
      std::cout << "FAIL  " << file << ": " << r.id << "  [" << r.source << "]\n";
      if (!r.error.empty()) std::cout << "      error: " << r.error << "\n";
      for (const auto& m : r.mismatches) {
        std::cout << "      " << m.path << ": expected " << m.expected << ", got " << m.actual << "\n";
      }
      if (a.flag("--explain") && !r.decision.empty()) print_case_trace(std::cout, r.decision);
    }
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? 0 : 1;
}

int cmd_params(int argc, char** argv) {
  const Args a = Args::parse(argc, argv, 2, {"--at", "--params"}, {});
  if (a.help) {
    std::cout << kParamsHelp;
    return 0;
  }
  if (!a.positional.empty()) throw Usage{"params takes no FILE (did you mean --params FILE?)"};
  const lde::ParameterSet params = load_params(a.get("--params"));
  const lde::Date at = a.get("--at") ? parse_date_option("--at", *a.get("--at")) : today();
  const lde::Date lookup = lde::rules_date(at, params);
  std::cout << "Parameters \"" << params.name() << "\" in force on " << at.iso();
  if (lookup != at) std::cout << " (values of " << lookup.iso() << ", I-21)";
  std::cout << "\nfingerprint " << params.fingerprint() << "\n\n";
  for (const auto& [name, def] : params.definitions()) {
    std::cout << name << " = ";
    try {
      const lde::ParameterEntry& e = params.entry(name, lookup);
      std::cout << lde::to_string(e.value);
      if (!def.unit.empty()) std::cout << " " << def.unit;
      std::cout << "\n    from " << e.from.iso() << "; source: " << e.source;
      if (!e.interpretations.empty()) std::cout << "; " << join_list(e.interpretations);
    } catch (const Error& err) {
      std::cout << "(no value: " << err.message() << ")";
    }
    std::cout << "\n    " << def.description << "\n";
  }
  return 0;
}

int cmd_simulate_budget(const Args& a, unsigned threads);

int cmd_simulate(int argc, char** argv) {
  const Args a = Args::parse(argc, argv, 2, {"--out", "--at", "--params", "--threads", "--years", "--by", "--fraction"},
                             {"--budget"});
  if (a.help) {
    std::cout << kSimulateHelp;
    return 0;
  }
  if (a.positional.size() != 1) throw Usage{"simulate takes exactly one POPULATION.csv or FOLDER (see lde simulate --help)"};
  const auto out = a.get("--out");
  if (!out) throw Usage{"simulate needs --out RESULTS.csv"};
  unsigned threads = 0;
  if (auto t = a.get("--threads")) {
    long long v = 0;
    try {
      std::size_t used = 0;
      v = std::stoll(*t, &used);
      if (used != t->size()) throw std::invalid_argument("trailing");
    } catch (const std::exception&) {
      throw Usage{"--threads: expected a whole number (0: every core), got \"" + *t + "\""};
    }
    lde::check_threads(v, "--threads");  // the bound of every batch front end, lde/core/limits.hpp
    threads = static_cast<unsigned>(v);
  }
  if (a.flag("--budget")) return cmd_simulate_budget(a, threads);
  for (const char* o : {"--years", "--by", "--fraction"}) {
    if (a.get(o)) throw Usage{std::string(o) + " is an option of lde simulate --budget"};
  }
  const lde::ParameterSet params = load_params(a.get("--params"));
  const lde::Date at = a.get("--at") ? parse_date_option("--at", *a.get("--at")) : today();
  const std::string input = a.positional[0];
  lde::cli::SimulationSummary summary;
  std::error_code ec;
  if (std::filesystem::is_directory(input, ec)) {
    about(input, [&] {
      summary = lde::cli::simulate(lde::io::read_population_csv(input), *out, at, params, threads);
      return 0;
    });
  } else {
    const std::string text = read_file(input);
    about(input, [&] {
      summary = lde::cli::simulate(text, input, *out, at, params, threads);
      return 0;
    });
  }
  std::cerr << "lde: evaluated " << summary.rows << " workers on " << at.iso() << ": " << summary.compensated
            << " compensated; results in " << *out << "\n";
  return 0;
}

int cmd_simulate_budget(const Args& a, unsigned threads) {
  if (a.get("--at")) throw Usage{"--at is not an option of lde simulate --budget (it prices --years)"};
  lde::cli::BudgetRequest request;
  lde::cli::parse_budget_options(a.get("--years"), a.get("--by"), a.get("--fraction"), request);
  request.threads = threads;
  request.scenarios.emplace_back("baseline", lde::ParameterSet::defaults());
  if (auto files = a.get("--params")) {
    std::size_t start = 0;
    for (;;) {
      const std::size_t comma = files->find(',', start);
      const std::string file = files->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (file.empty()) throw Usage{"--params: an empty file name in \"" + *files + "\""};
      lde::ParameterSet p = load_params(file);
      std::string name = p.name() != "default" ? p.name() : std::filesystem::path(file).stem().string();
      for (const auto& [n, unused] : request.scenarios) {
        if (n == name) throw Usage{"--params: two scenarios are named \"" + name + "\""};
      }
      request.scenarios.emplace_back(name, std::move(p));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  const std::string input = a.positional[0];
  const std::string out = *a.get("--out");
  std::size_t rows = 0;
  std::error_code ec;
  const bool folder = std::filesystem::is_directory(input, ec);
  const std::string text = folder ? std::string() : read_file(input);
  about(input, [&] {
    const lde::io::PopulationCsv pop =
        folder ? lde::io::read_population_csv(input) : lde::io::read_population_csv_text(text, input);
    rows = lde::cli::simulate_budget(pop, out, request);
    return 0;
  });
  std::cerr << "lde: priced " << rows << " workers for " << request.first_year << ".." << request.last_year << " under "
            << request.scenarios.size() << " scenario" << (request.scenarios.size() == 1 ? "" : "s") << "; budget in "
            << out << "\n";
  return 0;
}

int run(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kMainHelp;
    return 2;
  }
  const std::string command = argv[1];
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kMainHelp;
    return 0;
  }
  if (command == "--version") {
    std::cout << "lde " << lde::kLibraryVersion << " (default parameters " << lde::ParameterSet::defaults().fingerprint()
              << ")\n";
    return 0;
  }
  if (command == "evaluate") return cmd_evaluate(argc, argv);
  if (command == "check") return cmd_check(argc, argv);
  if (command == "simulate") return cmd_simulate(argc, argv);
  if (command == "params") return cmd_params(argc, argv);
  if (command == "ledger") {
    try {
      return lde::cli::cmd_ledger(argc, argv, {read_file, load_params});
    } catch (const lde::cli::StoreError& e) {
      throw FileError{e.file, e.message};
    } catch (const lde::cli::LedgerInputError& e) {
      throw LibraryError{e.file, e.error};
    }
  }
  lde::cli::unknown_command(command);
}

}  // namespace

/// `--error-format json` (anywhere on the command line, docs/cli.md): an error is printed as one
/// JSON line `{"error": {"code", "field", "message"}}` on stderr instead of the text line, for
/// programs that check codes (tests/errors runs the bad-input catalogue through it).
static bool take_error_format(int& argc, char** argv) {
  bool json_errors = false;
  int out = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a = argv[i];
    if (a == "--error-format=json" || (a == "--error-format" && i + 1 < argc && std::string_view(argv[i + 1]) == "json")) {
      json_errors = true;
      if (a == "--error-format") ++i;
      continue;
    }
    argv[out++] = argv[i];
  }
  argc = out;
  return json_errors;
}

static int report(bool json_errors, std::string_view code, const std::string& field, const std::string& message,
           const std::string& text) {
  if (json_errors) {
    nlohmann::ordered_json j;
    j["error"] = {{"code", code}, {"field", field}, {"message", message}};
    std::cerr << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    std::cerr << "lde: " << text << "\n";
  }
  return 2;
}

int main(int argc, char** argv) {
  const bool json_errors = take_error_format(argc, argv);
  try {
    return run(argc, argv);
  } catch (const Usage& u) {
    return report(json_errors, "usage", "", u.message, u.message);
  } catch (const FileError& f) {
    return report(json_errors, "file", f.file, f.message, f.file + ": " + f.message);
  } catch (const LibraryError& e) {
    return report(json_errors, lde::to_string(e.error.code()), e.error.field(), e.error.message(),
                  describe_error(e.file, e.error));
  } catch (const Error& e) {
    return report(json_errors, lde::to_string(e.code()), e.field(), e.message(), e.what());
  } catch (const std::exception& e) {
    return report(json_errors, "internal", "", e.what(), std::string("internal error: ") + e.what());
  } catch (...) {
    return report(json_errors, "internal", "", "unknown exception", "internal error");
  }
}
