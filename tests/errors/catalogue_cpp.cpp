// The C++ front end of the bad-input catalogue (tests/errors/catalogue.py): reads one input on
// stdin, hands it to the C++ API the way the entry's `via` says, and prints the outcome as one JSON
// line: {"code": "invalid_date", "field": "worker.birth_date"} or {"code": "ok", "field": ""}.
//
// usage: catalogue_cpp evaluation|reform|parameters|cases|csv|csv_folder|population < INPUT
// (csv_folder: a JSON object mapping file names to their text, each code point below 256 one byte)
#include "lde/core/error.hpp"
#include "lde/core/parameters.hpp"
#include "lde/io/cases.hpp"
#include "lde/io/json.hpp"
#include "lde/io/population_csv.hpp"
#include "lde/population/population.hpp"

#include "../../src/cli/simulate.hpp"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

namespace {

using nlohmann::json;

std::int64_t days(const json& v) {
  if (v.is_null()) return lde::population::kNoDate;
  return lde::Date::parse(v.get<std::string>(), "test").days_since_epoch();
}

std::vector<std::int64_t> date_column(const json& cols, const char* name, std::size_t n) {
  std::vector<std::int64_t> out(n, lde::population::kNoDate);
  if (cols.contains(name)) {
    for (std::size_t i = 0; i < n; ++i) out[i] = days(cols[name][i]);
  }
  return out;
}

/// `{"at", "threads"?, "workers": {column: [...]}, "absences"?: {...}}`: dates as ISO text or null.
void population(const std::string& text) {
  const json spec = json::parse(text);
  const json& w = spec["workers"];
  const std::size_t n = w["birth_date"].size();
  const auto birth = date_column(w, "birth_date", n);
  const auto granted = date_column(w, "right_granted", n);
  const auto first = date_column(w, "employment_first_day", n);
  std::vector<std::int64_t> contingent(n, lde::Fte::kScale);
  if (w.contains("employer_contingent_units")) {
    for (std::size_t i = 0; i < n; ++i) contingent[i] = w["employer_contingent_units"][i].get<std::int64_t>();
  }
  lde::population::WorkerColumns cols;
  cols.rows = n;
  cols.birth_date = birth.data();
  cols.right_granted = granted.data();
  cols.employment_first_day = first.data();
  cols.employer_contingent_units = contingent.data();
  std::vector<std::int64_t> a_worker, a_first, a_last;
  std::vector<std::int32_t> a_reason;
  lde::population::AbsenceColumns ab;
  if (spec.contains("absences")) {
    const json& a = spec["absences"];
    for (std::size_t i = 0; i < a["worker"].size(); ++i) {
      a_worker.push_back(a["worker"][i].get<std::int64_t>());
      a_first.push_back(days(a["first_day"][i]));
      a_last.push_back(days(a["last_day"][i]));
      a_reason.push_back(a["reason"][i].get<std::int32_t>());
    }
    ab.rows = a_worker.size();
    ab.worker = a_worker.data();
    ab.first_day = a_first.data();
    ab.last_day = a_last.data();
    ab.reason = a_reason.data();
  }
  std::vector<std::uint8_t> compensated(n);
  lde::population::WorkerResults r;
  r.compensated = compensated.data();
  const unsigned threads = spec.contains("threads") ? spec["threads"].get<unsigned>() : 1;
  lde::population::evaluate_workers(cols, ab, days(spec["at"]), lde::ParameterSet::defaults(), r, threads);
}

void run(const std::string& via, const std::string& text) {
  const lde::ParameterSet& defaults = lde::ParameterSet::defaults();
  if (via == "evaluation") {
    (void)lde::io::evaluate_json(text, defaults, true, "input");
  } else if (via == "reform") {
    (void)defaults.with_changes(text, "reform");
  } else if (via == "parameters") {
    (void)lde::ParameterSet::from_json(text, "parameters");
  } else if (via == "cases") {
    (void)lde::io::run_cases(text, defaults, "cases");
  } else if (via == "csv") {
    (void)lde::cli::simulate(text, "population.csv", "/dev/null", lde::Date::from_ymd(2026, 6, 30), defaults, 1);
  } else if (via == "csv_folder") {
    std::vector<std::pair<std::string, std::string>> files;
    const json doc = json::parse(text);
    for (auto it = doc.begin(); it != doc.end(); ++it) {
      const std::string name = it.key();
      const json& value = it.value();
      // Each code point (all below 256) is one byte of the file: UTF-8 of U+0080..U+00FF back to a byte.
      const std::string utf8 = value.get<std::string>();
      std::string bytes;
      for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0xC0 && i + 1 < utf8.size()) {
          bytes += static_cast<char>(((c & 0x1Fu) << 6) | (static_cast<unsigned char>(utf8[++i]) & 0x3Fu));
        } else {
          bytes += static_cast<char>(c);
        }
      }
      files.emplace_back(name, bytes);
    }
    const lde::io::PopulationCsv pop = lde::io::read_population_csv_files(files, "population");
    (void)lde::cli::simulate(pop, "/dev/null", lde::Date::from_ymd(2026, 6, 30), defaults, 1);
  } else if (via == "population") {
    population(text);
  } else {
    throw std::invalid_argument("unknown via " + via);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: catalogue_cpp evaluation|reform|parameters|cases|csv|csv_folder|population < INPUT\n";
    return 2;
  }
  const std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
  json out;
  try {
    run(argv[1], text);
    out = {{"code", "ok"}, {"field", ""}};
  } catch (const lde::Error& e) {
    out = {{"code", std::string(lde::to_string(e.code()))}, {"field", e.field()}, {"message", e.message()}};
  } catch (const std::exception& e) {
    out = {{"code", "exception"}, {"field", ""}, {"message", e.what()}};
  }
  std::cout << out.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
  return 0;
}
