/// @file log.hpp
/// @brief The event log of one target worker's confidential section at VDAB
/// ("vertrouwelijk luik"): employment periods, persons, and the consents, role
/// changes, transfer forms, mediator assignments and uploads that decide who
/// may see which document, and when.
///
/// Sources: WSE-LDE "Vertrouwelijk luik", WSE-FAQ 6.9-6.13 (docs/sources.md);
/// reading I-28 and the project readings C-1 .. C-7 (docs/readings.md,
/// "Confidential section"). The rules are in access.hpp; their ids, passages and
/// readings in rules.hpp. Field names follow the JSON format of docs/format.md
/// ("Confidential section log") one to one, so an error's field such as
/// `events[3].date` names the same thing in every front end.
#pragma once

#include "lde/core/calendar.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde::confidential {

/// The kind of a document in the confidential section (values fixed: the C ABI and JSON use them).
enum class DocumentKind {
  icf = 1,         ///< The latest ICF screening of VDAB (JSON "icf"; WSE-FAQ 1.6), uploaded by the mediator only (C-5).
  pop = 2,         ///< Personal development plan, "persoonlijk ontwikkelingsplan" (JSON "pop").
  evaluation = 3,  ///< Evaluation file, "evaluatiedossier" (JSON "evaluation").
  other = 4        ///< Any other confidential document, e.g. an extension request (JSON "other").
};
/// "icf", "pop", "evaluation" or "other" ("unknown" for a value outside the enumeration).
std::string_view to_string(DocumentKind kind) noexcept;
/// Parses "icf", "pop", "evaluation", "other". @throws Error (invalid_argument) naming @p field
DocumentKind parse_document_kind(std::string_view text, std::string_view field = "document_kind");

/// Who a person of the log is (values fixed).
enum class PersonRole {
  staff = 1,     ///< A person of an employer: a contact person who may be given access (JSON "staff").
  mediator = 2,  ///< A VDAB mediator, "bemiddelaar" (JSON "mediator"; WSE-FAQ 6.10, C-6).
  worker = 3     ///< The target worker himself (JSON "worker"; WSE-FAQ 6.9, 6.10, C-4).
};
/// "staff", "mediator" or "worker" ("unknown" for a value outside the enumeration).
std::string_view to_string(PersonRole role) noexcept;
/// Parses "staff", "mediator", "worker". @throws Error (invalid_argument) naming @p field
PersonRole parse_person_role(std::string_view text, std::string_view field = "role");

/// What happened in the section (values fixed).
enum class EventKind {
  consent = 1,      ///< The worker grants access to one named person of an employer, from the event's date (JSON "consent").
  role_change = 2,  ///< That person changes function or job: from the event's date they are no longer the contact (JSON "role_change").
  transfer = 3,     ///< The employer's transfer form names a successor for its existing access (JSON "transfer").
  upload = 4,       ///< A version of a document is uploaded (JSON "upload").
  mediator = 5      ///< VDAB assigns the worker's mediator from the event's date (JSON "mediator").
};
/// "consent", "role_change", "transfer", "upload" or "mediator" ("unknown" outside the enumeration).
std::string_view to_string(EventKind kind) noexcept;
/// Parses the JSON names above. @throws Error (invalid_argument) naming @p field
EventKind parse_event_kind(std::string_view text, std::string_view field = "kind");

/// A period of employment of the worker with one employer (both days included, I-1).
struct EmploymentPeriod {
  std::string employer;          ///< Employer label; not blank.
  Date first_day;                ///< First day of employment: the earliest day access can begin (I-28).
  std::optional<Date> last_day;  ///< Last day, if the employment ended: the last day of access (C-1).
};

/// A person named in the log.
struct Person {
  std::string id;        ///< Unique, not blank.
  PersonRole role;       ///< Staff of an employer, VDAB mediator, or the worker.
  std::string employer;  ///< The employer a staff person works for (required for staff, empty otherwise).
};

/// One event of the log. Which members matter depends on `kind`:
/// every event has `id`, `date`, `kind` and `person`; an upload also has
/// `document`, `document_kind` and `version`.
struct Event {
  std::string id;                                ///< Unique, not blank.
  Date date;                                     ///< The day it took effect (registration day, C-1).
  EventKind kind;                                ///< What happened.
  std::string person;                            ///< consent/transfer: the person given access; role_change: who changed; upload: who uploaded; mediator: the mediator.
  std::string document;                          ///< upload: the document id (its versions share it).
  DocumentKind document_kind = DocumentKind::other;  ///< upload: the kind of document.
  int version = 0;                               ///< upload: version number, 1 for the first (C-7).
};

/// The whole log of one worker's confidential section. Events are listed in
/// date order; events of one day may be listed in any order (C-3).
struct EventLog {
  std::vector<EmploymentPeriod> employment;  ///< Employment periods (from the dossier).
  std::vector<Person> persons;               ///< Every person the events name.
  std::vector<Event> events;                 ///< In date order.
};

/// Checks the log for impossible or inconsistent input and throws the first
/// problem as an Error naming the field (`events[3].date`) and the value. The
/// named problems (docs/rules/confidential.md, "Errors") include: blank names,
/// unknown enum values, dates outside 1900-01-01 .. 2199-12-31 (W-11), an
/// employment ending before it starts, overlapping employment with one employer,
/// duplicate person or event ids, an event naming an unknown person or a person
/// of the wrong role, events out of order, a consent before the employment
/// starts or after it ended (C-2), a transfer without an existing access, two
/// grants for one employer on one day, an upload by a person who never had
/// access or has none that day, an ICF not uploaded by the mediator, a version
/// out of sequence, and a version uploaded by another party than the document's.
/// Every public rule of access.hpp calls it first.
/// @throws Error (invalid_argument, invalid_date, out_of_range, conflict, not_found)
void validate(const EventLog& log);

}  // namespace lde::confidential
