// The C++ front end of the bad-input catalogue (tests/errors/catalogue.py): reads one input on
// stdin, hands it to the C++ API the way the entry's `via` says, and prints the outcome as one JSON
// line: {"code": "invalid_date", "field": "worker.birth_date"} or {"code": "ok", "field": ""}.
//
// usage: catalogue_cpp evaluation|reform|parameters|cases|csv|csv_folder|population|tables < INPUT
// (csv_folder: a JSON object mapping file names to their text, each code point below 256 one byte)
#include "lde/core/error.hpp"
#include "lde/core/parameters.hpp"
#include "lde/io/cases.hpp"
#include "lde/io/json.hpp"
#include "lde/io/population_csv.hpp"
#include "lde/population/population.hpp"
#include "lde/population/schema.hpp"
#include "lde/population/tables.hpp"

#include "../../src/cli/simulate.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <deque>
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

/// `{"at", "threads"?, "tables": {table: {column: [...]}}}`: dates as ISO text or null, `worker` rows,
/// codes and flags as numbers, text as strings; the columns typed by the schema.
void tables(const std::string& text) {
  namespace pop = lde::population;
  const json spec = json::parse(text);
  pop::Population p;
  std::deque<std::vector<std::int64_t>> i64;
  std::deque<std::vector<std::int32_t>> i32;
  std::deque<std::vector<std::uint8_t>> u8;
  std::deque<std::vector<std::string>> strings;
  std::deque<std::vector<const char*>> ptrs;
  std::size_t workers = 0;
  for (const pop::TableSpec& t : pop::schema()) {
    if (!spec["tables"].contains(std::string(t.name))) continue;
    const json& cols = spec["tables"][std::string(t.name)];
    std::size_t rows = 0;
    for (auto it = cols.begin(); it != cols.end(); ++it) rows = std::max(rows, it.value().size());
    pop::table_rows(p, t.table) = rows;
    if (t.table == pop::Table::workers) workers = rows;
    for (const pop::ColumnSpec& c : t.columns) {
      if (!cols.contains(std::string(c.name))) continue;
      const json& v = cols[std::string(c.name)];
      const void* data = nullptr;
      switch (c.type) {
        case pop::ColumnType::date:
          i64.emplace_back();
          for (const json& x : v) i64.back().push_back(days(x));
          data = i64.back().data();
          break;
        case pop::ColumnType::worker:
        case pop::ColumnType::fte:
          i64.emplace_back();
          for (const json& x : v) i64.back().push_back(x.get<std::int64_t>());
          data = i64.back().data();
          break;
        case pop::ColumnType::flag:
          u8.emplace_back();
          for (const json& x : v) u8.back().push_back(x.get<std::uint8_t>());
          data = u8.back().data();
          break;
        case pop::ColumnType::text:
          strings.emplace_back();
          ptrs.emplace_back();
          for (const json& x : v) strings.back().push_back(x.get<std::string>());
          for (const std::string& x : strings.back()) ptrs.back().push_back(x.c_str());
          data = ptrs.back().data();
          break;
        default:
          i32.emplace_back();
          for (const json& x : v) i32.back().push_back(x.get<std::int32_t>());
          data = i32.back().data();
          break;
      }
      pop::set_column_data(p, t.table, c, data);
    }
  }
  std::vector<std::uint8_t> compensated(workers);
  pop::PopulationResults r;
  r.compensated = compensated.data();
  const unsigned threads = spec.contains("threads") ? spec["threads"].get<unsigned>() : 1;
  pop::evaluate_population(p, days(spec["at"]), lde::ParameterSet::defaults(), r, threads);
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
  } else if (via == "tables") {
    tables(text);
  } else {
    throw std::invalid_argument("unknown via " + via);
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: catalogue_cpp evaluation|reform|parameters|cases|csv|csv_folder|population|tables < INPUT\n";
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
