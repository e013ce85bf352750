// Population CSV of `lde simulate` (docs/cli.md): header, RFC 4180 quoting, every column's cells,
// then the batch evaluation of the rows (one thread, results to /dev/null).
#include "fuzz_support.hpp"
#include "../../src/cli/simulate.hpp"

LDE_FUZZ_TEXT_TARGET(text) {
  (void)lde::cli::simulate(std::string(text), "fuzz.csv", "/dev/null", lde::Date::from_ymd(2026, 6, 30),
                           lde::ParameterSet::defaults(), 1);
}
