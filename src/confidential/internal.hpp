// Internal to the confidential-section family (not installed): the access
// timeline that validate() builds and every rule reads.
//
// The log is replayed once in the canonical order of C-3 (by date; within a
// day role changes, then mediator assignments, then consents, transfers and
// uploads, each kind by id, uploads of one document by version), so the
// answers never depend on how simultaneous events are listed. Building the
// timeline is validation: every inconsistency is thrown as an Error naming the
// field of the event (events[i].person, ...), with i its index as listed.
#pragma once

#include "lde/confidential/access.hpp"
#include "lde/confidential/log.hpp"
#include "lde/core/error.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde::confidential::detail {

/// One uninterrupted access of one person (a contact person of an employer, or the mediator).
struct Interval {
  std::string person;             ///< Who.
  std::string employer;           ///< Their employer (staff); empty for the mediator.
  Date first;                     ///< First day of access.
  std::optional<Date> last;       ///< Last day of access; none while it runs.
  Reason via = Reason::consent;   ///< consent, transfer or mediator.
  std::string event;              ///< The granting event's id.
  Reason ended_by = Reason::never_granted;  ///< role_changed, replaced or employment_ended (when last is set).
  std::string ended_event;        ///< The ending event's id (role change, replacing grant); empty for an employment end.

  /// True when @p d lies in the interval.
  bool contains(Date d) const { return first <= d && (!last || d <= *last); }
};

/// The validated log with every access interval and every kept version.
struct Timeline {
  const EventLog* log = nullptr;
  std::vector<Interval> staff;              ///< Access intervals of contact persons, in the order they began.
  std::vector<Interval> mediators;          ///< The worker's mediator, interval by interval.
  std::vector<DocumentVersion> versions;    ///< Every upload, sorted by (uploaded, document, version).

  /// The person with @p id, or nullptr.
  const Person* person(std::string_view id) const;
  /// The person with @p id. @throws Error (not_found) naming @p field
  const Person& need_person(std::string_view id, std::string_view field) const;
  /// True when the log has an upload of @p document (any date).
  bool has_document(std::string_view document) const;
};

/// Validates @p log and replays it (see the file comment). @throws Error naming the field
Timeline build(const EventLog& log);

/// Checks everything that does not need the replay: names, enum values, date
/// ranges, employment periods, ids, persons and the roles events name, order.
void validate_structure(const EventLog& log);

/// `list[i].member` (or `list[i]` when @p member is empty).
std::string at_index(std::string_view list, std::size_t i, std::string_view member);

/// The access answer of @p p on @p at (I-28, C-1, C-6, C-4), tracing into @p trace.
Answer access_of(const Timeline& t, const Person& p, Date at, Trace* trace);
/// The holders on @p at, sorted by employer, then the mediator.
std::vector<AccessHolder> holders_on(const Timeline& t, Date at);
/// Every version uploaded on or before @p at.
std::vector<DocumentVersion> kept_on(const Timeline& t, Date at);
/// What @p p sees on @p at, given their access answer.
std::vector<DocumentVersion> visible_to(const Timeline& t, const Person& p, const Answer& access, Date at);

}  // namespace lde::confidential::detail
