// Helpers shared by the confidential-section test files: logs in a few lines, and the worked example
// of docs/rules/confidential.md (a worker moves from employer A to employer B).
#pragma once

#include "lde/confidential/access.hpp"
#include "lde/confidential/log.hpp"
#include "lde/confidential/rules.hpp"
#include "lde/core/error.hpp"
#include "../caught.hpp"

#include <doctest/doctest.h>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace lde::confidential_test {

using namespace lde::confidential;

inline Date d(const char* iso) { return Date::parse(iso); }

inline EmploymentPeriod job(std::string employer, const char* first, const char* last = nullptr) {
  EmploymentPeriod e{std::move(employer), d(first), std::nullopt};
  if (last) e.last_day = d(last);
  return e;
}
inline Person staff(std::string id, std::string employer) { return {std::move(id), PersonRole::staff, std::move(employer)}; }
inline Person mediator(std::string id) { return {std::move(id), PersonRole::mediator, ""}; }
inline Person the_worker(std::string id) { return {std::move(id), PersonRole::worker, ""}; }

inline Event ev(std::string id, const char* date, EventKind kind, std::string person) {
  return {std::move(id), d(date), kind, std::move(person), "", DocumentKind::other, 0};
}
inline Event upload(std::string id, const char* date, std::string person, std::string document, DocumentKind kind,
                    int version = 1) {
  return {std::move(id), d(date), EventKind::upload, std::move(person), std::move(document), kind, version};
}

/// The worked example: employed by A 2022-03-01 .. 2024-06-30, then by B from 2024-07-01.
/// "an" (A) has access by consent from the first day; "bert" (B) from 2024-07-01; "mia" is the mediator.
inline EventLog move_a_to_b() {
  EventLog log;
  log.employment = {job("A", "2022-03-01", "2024-06-30"), job("B", "2024-07-01")};
  log.persons = {staff("an", "A"), staff("bert", "B"), mediator("mia"), the_worker("wim")};
  log.events = {
      ev("e1", "2022-02-15", EventKind::mediator, "mia"),
      upload("e2", "2022-02-20", "mia", "icf-2022", DocumentKind::icf),
      ev("e3", "2022-03-01", EventKind::consent, "an"),
      upload("e4", "2022-09-01", "an", "pop-a", DocumentKind::pop),
      upload("e5", "2023-03-01", "an", "eval-a", DocumentKind::evaluation),
      upload("e6", "2023-09-01", "an", "pop-a", DocumentKind::pop, 2),
      upload("e7", "2024-03-01", "mia", "icf-2024", DocumentKind::icf),
      ev("e8", "2024-07-01", EventKind::consent, "bert"),
      upload("e9", "2024-09-01", "bert", "pop-b", DocumentKind::pop),
  };
  return log;
}

/// "doc vN" for each version, in order.
inline std::vector<std::string> names(const std::vector<DocumentVersion>& versions) {
  std::vector<std::string> out;
  for (const auto& v : versions) out.push_back(v.document + " v" + std::to_string(v.version));
  return out;
}

/// The persons with access, "person@employer" (the mediator as "person@vdab").
inline std::vector<std::string> holders(const EventLog& log, const char* at) {
  std::vector<std::string> out;
  for (const auto& h : who_has_access(log, d(at))) out.push_back(h.person + "@" + (h.employer.empty() ? "vdab" : h.employer));
  return out;
}

using test::Caught;       // ../caught.hpp
using test::catch_error;

}  // namespace lde::confidential_test
