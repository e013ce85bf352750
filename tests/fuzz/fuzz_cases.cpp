// Case files (`lde-cases/1`): lde::io::run_cases, as `lde check` runs them.
#include "fuzz_support.hpp"
#include "lde/io/cases.hpp"

LDE_FUZZ_TEXT_TARGET(text) {
  for (const lde::io::CaseResult& r : lde::io::run_cases(text, lde::ParameterSet::defaults(), "fuzz")) {
    if (!r.error.empty() && !lde::fuzz::valid_utf8(r.error)) lde::fuzz::violation("case error is not valid UTF-8", r.error);
  }
}
