// Parameter sets and reforms: the same text as a complete parameter file (ParameterSet::from_json,
// `lde-parameters/1`) and as changes to the defaults (with_changes: `lde-reform/1` or a bare
// changes object). An accepted set must have a fingerprint.
#include "fuzz_support.hpp"
#include "lde/core/parameters.hpp"

LDE_FUZZ_TEXT_TARGET(text) {
  try {
    const lde::ParameterSet p = lde::ParameterSet::from_json(text, "fuzz");
    if (p.fingerprint().size() != 64) lde::fuzz::violation("fingerprint is not 64 characters", p.fingerprint());
  } catch (const lde::Error& e) {
    lde::fuzz::check_error(e);
  }
  const lde::ParameterSet r = lde::ParameterSet::defaults().with_changes(text, "fuzz");
  if (r.fingerprint().size() != 64) lde::fuzz::violation("fingerprint is not 64 characters", r.fingerprint());
}
