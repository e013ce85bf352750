// Confidential-section logs (docs/format.md "Confidential section"): lde::io::parse_confidential_log,
// the round trip to_json -> parse -> to_json (what is accepted reads back), then, for a log
// validate() accepts, the questions every front end asks of it: who has access and what each
// person may see, on the first and last day of every event, with the trace on (I-28, C-1 .. C-7).
#include "fuzz_support.hpp"
#include "lde/confidential/access.hpp"
#include "lde/io/confidential.hpp"

#include <vector>

LDE_FUZZ_TEXT_TARGET(text) {
  namespace cf = lde::confidential;
  const cf::EventLog log = lde::io::parse_confidential_log(text, "fuzz");
  const std::string once = lde::io::to_json(log);
  const std::string twice = lde::io::to_json(lde::io::parse_confidential_log(once, "round trip"));
  if (once != twice) lde::fuzz::violation("confidential round trip differs", once + "\n" + twice);
  cf::validate(log);
  std::vector<lde::Date> days;
  for (const cf::Event& e : log.events) days.push_back(e.date);
  if (days.size() > 4) days.erase(days.begin() + 2, days.end() - 2);  // bounded work per input
  for (const lde::Date& at : days) {
    lde::Trace trace(true);
    (void)cf::who_has_access(log, at, &trace);
    (void)cf::history(log, at);
    for (const cf::Person& p : log.persons) {
      (void)cf::access(log, p.id, at, &trace);
      (void)cf::visible_documents(log, p.id, at, &trace);
    }
  }
}
