// The population CSV reader (lde/io/population_csv.hpp) in its folder form, then the tables engine
// (`lde simulate FOLDER`, one thread, results to /dev/null). The input holds the folder's files,
// each introduced by a line `--- NAME` (`--- workers.csv`); without such a first line the whole
// input is one file in the one-spell form. Errors must name a file, line and column (the contract
// of fuzz_support.hpp), and an engine error is reported at its file line (PopulationCsv::locate).
#include "fuzz_support.hpp"
#include "../../src/cli/simulate.hpp"

#include "lde/io/population_csv.hpp"

#include <string>
#include <utility>
#include <vector>

LDE_FUZZ_TEXT_TARGET(text) {
  const lde::Date at = lde::Date::from_ymd(2026, 6, 30);
  if (text.rfind("--- ", 0) != 0) {
    (void)lde::cli::simulate(std::string(text), "fuzz.csv", "/dev/null", at, lde::ParameterSet::defaults(), 1);
    return;
  }
  std::vector<std::pair<std::string, std::string>> files;
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t eol = text.find('\n', pos);
    const std::size_t name_end = eol == std::string_view::npos ? text.size() : eol;
    std::string name(text.substr(pos + 4, name_end - pos - 4));
    std::size_t body = name_end == text.size() ? text.size() : name_end + 1;
    std::size_t next = text.find("\n--- ", body == 0 ? 0 : body - 1);
    const std::size_t end = next == std::string_view::npos ? text.size() : next + 1;
    files.emplace_back(std::move(name), std::string(text.substr(body, end - body)));
    pos = end;
  }
  const lde::io::PopulationCsv pop = lde::io::read_population_csv_files(files, "fuzz");
  (void)lde::cli::simulate(pop, "/dev/null", at, lde::ParameterSet::defaults(), 1);
}
