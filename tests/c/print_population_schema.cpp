// Prints the one column schema (lde/population/schema.hpp) as JSON, for the checks that compare
// the C ABI's table structs (tests/c/check_population_schema.py) and the column tables of
// docs/cli.md (tests/docs/cli_population_columns.py) with it.
#include "lde/population/schema.hpp"

#include <nlohmann/json.hpp>

#include <iostream>
#include <string>

int main() {
  using namespace lde::population;
  nlohmann::ordered_json out = nlohmann::ordered_json::array();
  for (const TableSpec& t : schema()) {
    nlohmann::ordered_json cols = nlohmann::ordered_json::array();
    for (const ColumnSpec& c : t.columns) {
      cols.push_back({{"name", std::string(c.name)},
                      {"type", std::string(to_string(c.type))},
                      {"required", c.required},
                      {"nullable", c.nullable},
                      {"default", std::string(c.default_text)},
                      {"min", c.min},
                      {"max", c.max},
                      {"dossier_field", std::string(c.dossier_field)},
                      {"doc", std::string(c.doc)}});
    }
    out.push_back({{"name", std::string(t.name)}, {"doc", std::string(t.doc)}, {"columns", cols}});
  }
  std::cout << out.dump(1) << "\n";
  return 0;
}
