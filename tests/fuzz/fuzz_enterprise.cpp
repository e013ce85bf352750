// Enterprises (docs/format.md "Enterprise"): lde::io::parse_enterprise, then, for an accepted
// enterprise, the round trip to_json -> parse_enterprise -> to_json and validate().
#include "fuzz_support.hpp"
#include "lde/io/json.hpp"

LDE_FUZZ_TEXT_TARGET(text) {
  const lde::Enterprise e = lde::io::parse_enterprise(text, "fuzz");
  const std::string once = lde::io::to_json(e);
  const std::string twice = lde::io::to_json(lde::io::parse_enterprise(once, "round trip"));
  if (once != twice) lde::fuzz::violation("enterprise round trip differs", once + "\n" + twice);
  lde::validate(e);
}
