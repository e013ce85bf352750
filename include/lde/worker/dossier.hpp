/// @file dossier.hpp
/// @brief The worker dossier: the typed input of every worker rule.
///
/// Field names follow the dossier format of `docs/format.md` one to one, so a
/// JSON path such as `absences[2].last_day` names the same thing everywhere.
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/fte.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde {

/// The kind of right VDAB grants after indication (one at a time, I-6).
/// Values are fixed: the C ABI and the JSON format use them.
enum class RightKind {
  lde = 1,       ///< "recht op lokale diensteneconomie" (JSON "lde").
  maatwerk = 2,  ///< right on maatwerk (JSON "maatwerk").
  vop = 3        ///< Vlaamse ondersteuningspremie (JSON "vop").
};
/// "lde", "maatwerk" or "vop".
std::string_view to_string(RightKind kind) noexcept;
/// Parses "lde", "maatwerk", "vop". @throws Error (invalid_argument) naming @p field
RightKind parse_right_kind(std::string_view text, std::string_view field = "kind");

/// A right granted by VDAB indication.
struct RightGrant {
  RightKind kind;  ///< Which right.
  Date granted;    ///< Grant date; the right is valid from this day (I-4).
};

/// A period of employment in an LDE enterprise.
struct Employment {
  std::string employer;                 ///< Employer label (allocation number or name).
  Date first_day;                       ///< First day of employment.
  std::optional<Date> last_day;         ///< Last day, if the employment ended.
  bool employer_recognised = true;      ///< Employer holds the LDE label on the first day (I-5).
  /// Employer's allocated contingent on the first day (I-5: must be > 0).
  /// Defaults to 1.00 FTE, as in the JSON dossier and the population columns
  /// (reading F-1, docs/format.md): an employment that does not mention the
  /// contingent is taken to be with an employer that has one.
  Fte employer_contingent_fte = Fte::from_units(Fte::kScale);
  bool employer_in_brussels = false;    ///< Employer established in Brussels (I-5: excluded).
};

/// Why a worker was absent (I-8: the first five can extend the trajectory).
enum class AbsenceReason {
  illness = 1,          ///< "ziekte" (JSON "illness").
  accident = 2,         ///< "ongeval" (JSON "accident").
  maternity_leave = 3,  ///< "moederschapsverlof" (JSON "maternity_leave").
  paternity_leave = 4,  ///< "vaderschapsverlof" (JSON "paternity_leave").
  adoption_leave = 5,   ///< "adoptieverlof" (JSON "adoption_leave").
  other = 6             ///< any other reason; never extends (JSON "other").
};
/// "illness", "accident", ... "other".
std::string_view to_string(AbsenceReason reason) noexcept;
/// Parses the JSON names above. @throws Error (invalid_argument) naming @p field
AbsenceReason parse_absence_reason(std::string_view text, std::string_view field = "reason");

/// A period of absence, both days included (I-1).
struct Absence {
  Date first_day;        ///< First day absent.
  Date last_day;         ///< Last day absent.
  AbsenceReason reason;  ///< Why.
};

/// An extension for competence strengthening approved by VDAB (I-9).
struct CompetenceExtension {
  int months;     ///< Approved length in months (> 0).
  Date approved;  ///< Date VDAB approved it.
};

/// The transition trajectory ("doorstroomtraject") that prepares the move to a regular job.
struct Doorstroom {
  Date first_day;                          ///< First day of the transition trajectory.
  Date last_day;                           ///< Last day of the transition trajectory.
  std::optional<Date> external_job_found;  ///< Date a job in the regular circuit was found, if any.
  std::vector<Period> non_cooperation;     ///< Periods the worker did not cooperate with VDAB mediation (I-11).
};

/// A reconsideration by VDAB whose result was sent by registered letter (WSE-FAQ 5.8, I-24).
struct Reconsideration {
  Date letter_sent;           ///< Day VDAB sent the registered letter with the result.
  std::optional<Date> filed;  ///< Day a petition was filed at the labour court, if any.
};

/// Everything the worker rules know about one target worker.
struct WorkerDossier {
  Date birth_date;                                         ///< Birth date (I-3).
  std::vector<RightGrant> rights;                          ///< Rights granted by VDAB indication.
  std::vector<Employment> employment;                      ///< Employment periods in LDE enterprises.
  std::vector<Absence> absences;                           ///< Absences.
  std::vector<CompetenceExtension> competence_extensions;  ///< VDAB-approved competence extensions.
  std::optional<Doorstroom> doorstroom;                    ///< The transition trajectory, if started.
  std::optional<Reconsideration> reconsideration;          ///< A reconsideration's result sent by VDAB (5.8), if any.
};

/// Checks a dossier for impossible input: absences that end before they start,
/// employment or rights before birth, non-positive or absurd extension
/// lengths, overlapping employment periods with different employers, an
/// employer label that is empty or only white space (`employment[i].employer`), unknown
/// enum values, dates outside 1900-01-01 .. 2199-12-31 (W-11), ...
/// Every public worker rule calls it first, so bad input never produces an
/// answer or an error that does not name the input field.
/// @throws Error naming the field (e.g. `absences[1].last_day`) and the value
void validate(const WorkerDossier& dossier);

}  // namespace lde
