/// @file access.hpp
/// @brief Who may see which document of the confidential section, and when:
/// may_view(), may_upload(), who_has_access(), visible_documents(), history()
/// and evaluate_confidential() (everything on one date, what every front end evaluates).
///
/// Every answer says why (a stable Reason), which rule decided (rules.hpp: id,
/// source passage, readings) and, in one sentence, the facts behind it. Every
/// function validates the log first (validate()), is pure and thread-safe, and
/// builds trace steps only when @p trace is non-null and enabled.
/// Readings: I-28; C-1 .. C-7 (docs/readings.md, "Confidential section").
#pragma once

#include "lde/confidential/log.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/rule.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde::confidential {

/// Why an answer is what it is (values fixed: the C ABI and JSON use them; new values may be added).
enum class Reason {
  consent = 1,                  ///< Has access by the worker's consent (I-28).
  transfer = 2,                 ///< Has access by the employer's transfer form (I-28).
  mediator = 3,                 ///< Is the worker's VDAB mediator on the date (C-6).
  worker = 4,                   ///< Is the worker: may upload, views documents with the mediator or employer (C-4).
  never_granted = 5,            ///< No consent or transfer names this person for a running employment (I-28).
  role_changed = 6,             ///< Access ended: the person changed function or job (I-28, C-1).
  replaced = 7,                 ///< Access passed to another person of the employer (one person per employer, C-3).
  employment_ended = 8,         ///< Access ended with the employment (I-28, C-1).
  not_current_mediator = 9,     ///< A mediator who is not (or no longer) the worker's mediator on the date (C-6).
  own_employer_document = 10,   ///< The document was uploaded by the person's own employer (WSE-FAQ 6.13).
  latest_icf = 11,              ///< The document is the latest ICF (WSE-LDE, C-5).
  other_employer_document = 12, ///< The document was uploaded by another employer: never visible (WSE-FAQ 6.13).
  not_employer_document = 13,   ///< Uploaded by VDAB (not the ICF) or by the worker: not the employer's (I-28, C-4).
  older_icf = 14,               ///< An ICF that a later ICF replaced: kept, but not the latest (C-5).
  not_yet_uploaded = 15,        ///< The document has no version uploaded on or before the date.
  worker_no_direct_view = 16    ///< The worker has no view of the section himself (WSE-FAQ 6.10, C-4).
};
/// The stable name of @p reason ("consent", "role_changed", ...; "unknown" outside the enumeration).
std::string_view to_string(Reason reason) noexcept;

/// A yes/no answer with its reason, the rule that decided and one sentence of facts.
struct Answer {
  bool allowed = false;          ///< Yes or no.
  Reason reason = Reason::never_granted;  ///< Why.
  const Rule* rule = nullptr;    ///< The deciding rule (never null in an answer): id, source, readings.
  std::string detail;            ///< The facts, e.g. "access from 2024-01-10 by consent e2 until 2024-06-30".
};

/// A person who has access on a date.
struct AccessHolder {
  std::string person;    ///< The person's id.
  PersonRole role;       ///< staff (a contact person of an employer) or mediator.
  std::string employer;  ///< The employer (staff), empty for the mediator.
  Date since;            ///< First day of this access.
  Reason via;            ///< consent, transfer or mediator.
  std::string event;     ///< The id of the event that granted it.
};

/// One kept version of a document.
struct DocumentVersion {
  std::string document;  ///< Document id.
  DocumentKind kind;     ///< Its kind.
  int version;           ///< Version number (1, 2, ...).
  Date uploaded;         ///< Upload date.
  std::string person;    ///< Who uploaded it.
  PersonRole uploader_role;  ///< staff, mediator or worker.
  std::string employer;  ///< The uploading employer for staff uploads, empty for VDAB and worker uploads.
  std::string event;     ///< The id of the upload event.
};

/// Whether @p person may view @p document on @p at. For a version-by-version
/// list see visible_documents(): the answer is yes when at least one version
/// is visible (for an ICF, the latest version only, C-5).
/// @throws Error (not_found) naming `person` or `document` when the log names no such person or document;
///         an invalid log as validate()
Answer may_view(const EventLog& log, std::string_view person, std::string_view document, Date at,
                Trace* trace = nullptr);

/// Whether @p person may upload a document on @p at: the person with access
/// for their employer, the worker's mediator, or the worker (C-4, C-5).
/// @throws Error (not_found) naming `person`; an invalid log as validate()
Answer may_upload(const EventLog& log, std::string_view person, Date at, Trace* trace = nullptr);

/// Whether @p person has access on @p at (for staff: holds the access of their
/// employer; for a mediator: is the worker's mediator; the worker never has).
/// @throws Error (not_found) naming `person`; an invalid log as validate()
Answer access(const EventLog& log, std::string_view person, Date at, Trace* trace = nullptr);

/// Everyone who has access on @p at: at most one person per employer (I-28),
/// sorted by employer, then the mediator. @throws Error for an invalid log (validate())
std::vector<AccessHolder> who_has_access(const EventLog& log, Date at, Trace* trace = nullptr);

/// Every version @p person can see on @p at: for a person with access, the latest
/// ICF version and every version their employer uploaded (never another
/// employer's); for the mediator every kept version; otherwise none.
/// Sorted by upload date, document id, version.
/// @throws Error (not_found) naming `person`; an invalid log as validate()
std::vector<DocumentVersion> visible_documents(const EventLog& log, std::string_view person, Date at,
                                               Trace* trace = nullptr);

/// Every version kept on @p at (uploaded on or before it): nothing is ever
/// deleted (WSE-FAQ 6.12). Sorted as visible_documents(). @throws Error for an invalid log
std::vector<DocumentVersion> history(const EventLog& log, Date at);

/// One person's answers on a date.
struct PersonView {
  std::string person;                         ///< The person's id.
  PersonRole role;                            ///< Their role.
  std::string employer;                       ///< Their employer (staff), else empty.
  Answer access;                              ///< access().
  Answer may_upload;                          ///< may_upload().
  std::vector<DocumentVersion> visible;       ///< visible_documents().
  std::optional<Answer> may_view;             ///< may_view() of the asked document, when one was asked.
};

/// Everything about the section on one date: what `lde evaluate` answers for a confidential input.
struct SectionView {
  Date at;                              ///< The date.
  std::vector<AccessHolder> holders;    ///< who_has_access().
  std::vector<PersonView> persons;      ///< Every person of the log (or only the asked one), in log order.
  std::vector<DocumentVersion> history; ///< history().
  std::optional<std::string> person;    ///< The person asked about, if any.
  std::optional<std::string> document;  ///< The document asked about, if any.
};

/// Evaluates every rule of the family on @p at, validating the log once: the
/// holders, each person's access, upload right and visible versions (only
/// @p person's when given) and, when @p document is given, each listed person's
/// may_view() of it. @throws Error (not_found) naming `person` / `document`; an invalid log as validate()
SectionView evaluate_confidential(const EventLog& log, Date at, const std::optional<std::string>& person = std::nullopt,
                                  const std::optional<std::string>& document = std::nullopt, Trace* trace = nullptr);

}  // namespace lde::confidential
