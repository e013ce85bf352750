// Evaluation inputs (docs/format.md "Evaluation input"): lde::io::evaluate_json, the engine behind
// every front end's evaluation of the language-neutral format, trace on.
#include "fuzz_support.hpp"
#include "lde/io/json.hpp"

LDE_FUZZ_TEXT_TARGET(text) { (void)lde::io::evaluate_json(text, lde::ParameterSet::defaults(), true, "fuzz"); }
