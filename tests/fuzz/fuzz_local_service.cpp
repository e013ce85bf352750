// Local services (docs/format.md "Local service"): lde::io::parse_local_service, then, for an accepted
// service, the round trip to_json -> parse_local_service -> to_json (what is accepted reads back), validate()
// and, for a valid service, evaluate_local_service() with and without the trace (the same values either way).
#include "fuzz_support.hpp"
#include "lde/core/parameters.hpp"
#include "lde/io/local_service.hpp"
#include "lde/local_service/evaluate.hpp"

LDE_FUZZ_TEXT_TARGET(text) {
  namespace ls = lde::local_service;
  const ls::LocalService s = lde::io::parse_local_service(text, "fuzz");
  const std::string once = lde::io::to_json(s);
  const std::string twice = lde::io::to_json(lde::io::parse_local_service(once, "round trip"));
  if (once != twice) lde::fuzz::violation("local service round trip differs", once + "\n" + twice);
  ls::validate(s);
  const lde::Date at = lde::Date::parse("2024-06-01");
  lde::Trace trace(true);
  const ls::LocalServiceDecision traced = ls::evaluate_local_service(s, at, lde::ParameterSet::defaults(), &trace);
  const ls::LocalServiceDecision quiet = ls::evaluate_local_service(s, at, lde::ParameterSet::defaults(), nullptr);
  if (traced.may_execute != quiet.may_execute || traced.failing != quiet.failing) {
    lde::fuzz::violation("tracing changed the decision", once);
  }
  for (const std::string& f : traced.failing) {
    if (traced.may_execute && f != "overcompensation" && f != "co_funding_overcompensation") {
      lde::fuzz::violation("may_execute with a failing condition", once + "\n" + f);
    }
  }
}
