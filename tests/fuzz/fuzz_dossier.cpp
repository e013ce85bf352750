// Worker dossiers (docs/format.md "Worker dossier"): lde::io::parse_worker, then, for an accepted
// dossier, validate() and the round trip to_json -> parse_worker -> to_json (what is accepted reads back).
#include "fuzz_support.hpp"
#include "lde/io/json.hpp"

LDE_FUZZ_TEXT_TARGET(text) {
  const lde::WorkerDossier d = lde::io::parse_worker(text, "fuzz");
  const std::string once = lde::io::to_json(d);
  const std::string twice = lde::io::to_json(lde::io::parse_worker(once, "round trip"));
  if (once != twice) lde::fuzz::violation("worker round trip differs", once + "\n" + twice);
  lde::validate(d);
}
