// The confidential-section log: enum names and the structural half of validate()
// (names, enum values, dates, employment periods, ids, persons, roles, order).
#include "lde/confidential/log.hpp"

#include "lde/core/error.hpp"

#include "internal.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace lde::confidential {

namespace {

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n\v\f") == std::string_view::npos; }

// The field strings (`events[3].date`) are built only when a check fails: validate() runs before every
// answer, and most logs are valid.
void need_name(const std::string& value, std::string_view list, std::size_t i, std::string_view member,
               std::string_view what) {
  if (blank(value)) {
    throw Error(ErrorCode::invalid_argument, detail::at_index(list, i, member),
                std::string(what) + " \"" + value + "\" is empty or only white space");
  }
}

/// W-11, as for the worker dossier: a date of the log lies in 1900-01-01 .. 2199-12-31; outside it is a
/// typing error (9999 for "open"), refused naming the field.
void check_range(Date d, std::string_view list, std::size_t i, std::string_view member) {
  static constexpr int kFirstYear = 1900;
  static constexpr int kLastYear = 2199;
  if (d.year() < kFirstYear || d.year() > kLastYear) {
    throw Error(ErrorCode::out_of_range, detail::at_index(list, i, member),
                d.iso() + " is outside the dates a log may hold (" + std::to_string(kFirstYear) + "-01-01 .. " +
                    std::to_string(kLastYear) + "-12-31, W-11)");
  }
}

/// The largest version number accepted: far above any real document's history, far below int overflow.
constexpr int kMaxVersion = 100000;

}  // namespace

std::string_view to_string(DocumentKind kind) noexcept {
  switch (kind) {
    case DocumentKind::icf: return "icf";
    case DocumentKind::pop: return "pop";
    case DocumentKind::evaluation: return "evaluation";
    case DocumentKind::other: return "other";
  }
  return "unknown";
}

DocumentKind parse_document_kind(std::string_view text, std::string_view field) {
  for (DocumentKind k : {DocumentKind::icf, DocumentKind::pop, DocumentKind::evaluation, DocumentKind::other}) {
    if (text == to_string(k)) return k;
  }
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown document kind \"" + std::string(text) + "\" (expected icf, pop, evaluation or other)");
}

std::string_view to_string(PersonRole role) noexcept {
  switch (role) {
    case PersonRole::staff: return "staff";
    case PersonRole::mediator: return "mediator";
    case PersonRole::worker: return "worker";
  }
  return "unknown";
}

PersonRole parse_person_role(std::string_view text, std::string_view field) {
  for (PersonRole r : {PersonRole::staff, PersonRole::mediator, PersonRole::worker}) {
    if (text == to_string(r)) return r;
  }
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown role \"" + std::string(text) + "\" (expected staff, mediator or worker)");
}

std::string_view to_string(EventKind kind) noexcept {
  switch (kind) {
    case EventKind::consent: return "consent";
    case EventKind::role_change: return "role_change";
    case EventKind::transfer: return "transfer";
    case EventKind::upload: return "upload";
    case EventKind::mediator: return "mediator";
  }
  return "unknown";
}

EventKind parse_event_kind(std::string_view text, std::string_view field) {
  for (EventKind k : {EventKind::consent, EventKind::role_change, EventKind::transfer, EventKind::upload,
                      EventKind::mediator}) {
    if (text == to_string(k)) return k;
  }
  throw Error(ErrorCode::invalid_argument, std::string(field),
              "unknown event kind \"" + std::string(text) +
                  "\" (expected consent, role_change, transfer, upload or mediator)");
}

std::string detail::at_index(std::string_view list, std::size_t i, std::string_view member) {
  std::string out(list);
  out += '[';
  out += std::to_string(i);
  out += ']';
  if (!member.empty()) {
    out += '.';
    out += member;
  }
  return out;
}

void detail::validate_structure(const EventLog& log) {
  // Employment periods: names, dates, no overlap with one employer.
  for (std::size_t i = 0; i < log.employment.size(); ++i) {
    const EmploymentPeriod& e = log.employment[i];
    need_name(e.employer, "employment", i, "employer", "the employer label");
    check_range(e.first_day, "employment", i, "first_day");
    if (e.last_day) check_range(*e.last_day, "employment", i, "last_day");
    if (e.last_day && *e.last_day < e.first_day) {
      throw Error(ErrorCode::invalid_date, at_index("employment", i, "last_day"),
                  "the employment ends (" + e.last_day->iso() + ") before it starts (" + e.first_day.iso() + ")");
    }
    for (std::size_t k = 0; k < i; ++k) {
      const EmploymentPeriod& a = log.employment[k];
      if (a.employer != e.employer) continue;
      const bool overlap = (!a.last_day || e.first_day <= *a.last_day) && (!e.last_day || a.first_day <= *e.last_day);
      if (overlap) {
        throw Error(ErrorCode::conflict, at_index("employment", i, "first_day"),
                    "overlapping employment: the employment with \"" + e.employer + "\" from " + e.first_day.iso() +
                        " overlaps employment[" + std::to_string(k) + "] with the same employer (" +
                        a.first_day.iso() + " .. " + (a.last_day ? a.last_day->iso() : std::string("open")) + ")");
      }
    }
  }

  // Persons: unique ids, known roles, staff of an employer of the log, one worker.
  std::map<std::string, std::size_t> person_index;
  std::optional<std::size_t> worker;
  for (std::size_t i = 0; i < log.persons.size(); ++i) {
    const Person& p = log.persons[i];
    need_name(p.id, "persons", i, "id", "the person id");
    if (to_string(p.role) == "unknown") {
      throw Error(ErrorCode::invalid_argument, at_index("persons", i, "role"),
                  "unknown role " + std::to_string(static_cast<int>(p.role)) + " (expected 1 staff, 2 mediator, 3 worker)");
    }
    if (!person_index.emplace(p.id, i).second) {
      throw Error(ErrorCode::invalid_argument, at_index("persons", i, "id"),
                  "duplicate id: the person id \"" + p.id + "\" is used twice (also persons[" +
                      std::to_string(person_index[p.id]) + "])");
    }
    if (p.role == PersonRole::staff) {
      need_name(p.employer, "persons", i, "employer", "the employer label");
      const bool employed = std::any_of(log.employment.begin(), log.employment.end(),
                                        [&](const EmploymentPeriod& e) { return e.employer == p.employer; });
      if (!employed) {
        throw Error(ErrorCode::not_found, at_index("persons", i, "employer"),
                    "unknown employer: the log has no employment with \"" + p.employer + "\" (staff person \"" +
                        p.id + "\")");
      }
    } else if (!p.employer.empty()) {
      throw Error(ErrorCode::invalid_argument, at_index("persons", i, "employer"),
                  "only staff belong to an employer; \"" + p.id + "\" is the " + std::string(to_string(p.role)));
    }
    if (p.role == PersonRole::worker) {
      if (worker) {
        throw Error(ErrorCode::invalid_argument, at_index("persons", i, "role"),
                    "a log is the file of one worker; persons[" + std::to_string(*worker) + "] is the worker already");
      }
      worker = i;
    }
  }

  // Events: unique ids, known kinds, known persons of the right role, date order.
  std::map<std::string, std::size_t> event_index;
  for (std::size_t i = 0; i < log.events.size(); ++i) {
    const Event& ev = log.events[i];
    need_name(ev.id, "events", i, "id", "the event id");
    if (!event_index.emplace(ev.id, i).second) {
      throw Error(ErrorCode::invalid_argument, at_index("events", i, "id"),
                  "duplicate id: the event id \"" + ev.id + "\" is used twice (also events[" +
                      std::to_string(event_index[ev.id]) + "])");
    }
    if (to_string(ev.kind) == "unknown") {
      throw Error(ErrorCode::invalid_argument, at_index("events", i, "kind"),
                  "unknown event kind " + std::to_string(static_cast<int>(ev.kind)) + " (expected 1 to 5)");
    }
    check_range(ev.date, "events", i, "date");
    if (i > 0 && ev.date < log.events[i - 1].date) {
      throw Error(ErrorCode::invalid_argument, at_index("events", i, "date"),
                  "events out of order: " + ev.id + " on " + ev.date.iso() + " is listed after " +
                      log.events[i - 1].id + " on " + log.events[i - 1].date.iso() +
                      " (list events in date order; events of one day in any order, C-3)");
    }
    need_name(ev.person, "events", i, "person", "the person id");
    const auto found = person_index.find(ev.person);
    if (found == person_index.end()) {
      throw Error(ErrorCode::not_found, at_index("events", i, "person"),
                  "unknown person \"" + ev.person + "\" (not in persons)");
    }
    const Person& p = log.persons[found->second];
    const bool staff_event =
        ev.kind == EventKind::consent || ev.kind == EventKind::transfer || ev.kind == EventKind::role_change;
    if (staff_event && p.role != PersonRole::staff) {
      throw Error(ErrorCode::invalid_argument, at_index("events", i, "person"),
                  "a " + std::string(to_string(ev.kind)) + " names a contact person of an employer; \"" + p.id +
                      "\" is the " + std::string(to_string(p.role)));
    }
    if (ev.kind == EventKind::mediator && p.role != PersonRole::mediator) {
      throw Error(ErrorCode::invalid_argument, at_index("events", i, "person"),
                  "a mediator assignment names a VDAB mediator; \"" + p.id + "\" is " +
                      (p.role == PersonRole::staff ? "staff of " + p.employer : std::string("the worker")));
    }
    if (ev.kind == EventKind::upload) {
      need_name(ev.document, "events", i, "document", "the document id");
      if (to_string(ev.document_kind) == "unknown") {
        throw Error(ErrorCode::invalid_argument, at_index("events", i, "document_kind"),
                    "unknown document kind " + std::to_string(static_cast<int>(ev.document_kind)) +
                        " (expected 1 icf, 2 pop, 3 evaluation, 4 other)");
      }
      if (ev.version < 1 || ev.version > kMaxVersion) {
        throw Error(ErrorCode::invalid_argument, at_index("events", i, "version"),
                    std::to_string(ev.version) + " is not a possible version number (expected 1 to " +
                        std::to_string(kMaxVersion) + ")");
      }
    } else if (!ev.document.empty()) {
      throw Error(ErrorCode::invalid_argument, at_index("events", i, "document"),
                  "only an upload names a document; " + ev.id + " is a " + std::string(to_string(ev.kind)));
    }
  }
}

void validate(const EventLog& log) { (void)detail::build(log); }

}  // namespace lde::confidential
