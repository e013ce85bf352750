/// @file population.hpp
/// @brief Columnar evaluation of whole populations of workers.
///
/// The same rules as evaluate_worker(), run over columns (numpy arrays,
/// C arrays) with tracing off and on several threads. Row i of every input
/// column describes worker i; the caller owns every array, inputs and
/// outputs alike, and nothing is allocated per row on the caller's side.
/// The answers equal evaluate_worker() on the dossier each row describes,
/// to the day and the cent: both run the same rule code (src/worker), the
/// population pass with tracing off and without the scalar answer's
/// explanations (docs/rule-core.md). Inside, evaluate_workers() allocates a
/// constant number of blocks per call (the absence index, one scratch dossier
/// and one set of rule buffers per thread, sized once for the largest row) and
/// nothing per row (tests/population/test_population_alloc.cpp counts it).
///
/// Dates are days since 1970-01-01 (numpy `datetime64[D]`); kNoDate marks a
/// missing date (numpy's NaT has the same bit pattern). FTE figures are in
/// ten-thousandths (Fte::units()).
#pragma once

#include "lde/core/parameters.hpp"
#include "lde/enterprise/compensation.hpp"
#include "lde/enterprise/enterprise.hpp"
#include "lde/worker/dossier.hpp"
#include "lde/worker/status.hpp"

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace lde::population {

/// The missing date (numpy NaT: the smallest int64).
inline constexpr std::int64_t kNoDate = std::numeric_limits<std::int64_t>::min();

/// Input columns, one row per worker. Pointers marked optional may be null:
/// the default stated applies to every row.
struct WorkerColumns {
  std::size_t rows = 0;                                ///< Number of workers.
  const std::int64_t* birth_date = nullptr;            ///< Required.
  const std::int32_t* right_kind = nullptr;            ///< Optional (default RightKind::lde); values of RightKind.
  const std::int64_t* right_granted = nullptr;         ///< Required; kNoDate: no right.
  const std::int64_t* employment_first_day = nullptr;  ///< Required; kNoDate: not employed.
  const std::int64_t* employment_last_day = nullptr;   ///< Optional; kNoDate: still employed.
  const std::uint8_t* employer_recognised = nullptr;   ///< Optional (default 1).
  const std::int64_t* employer_contingent_units = nullptr;  ///< Optional (default 10000 = 1.00 FTE); ten-thousandths.
  const std::uint8_t* employer_in_brussels = nullptr;  ///< Optional (default 0).
  const std::int32_t* competence_months = nullptr;     ///< Optional (default 0: none approved).
  const std::int64_t* competence_approved = nullptr;   ///< Optional; required where competence_months > 0.
  const std::int64_t* doorstroom_first_day = nullptr;  ///< Optional; kNoDate: no transition trajectory.
  const std::int64_t* doorstroom_last_day = nullptr;   ///< Optional; required where doorstroom_first_day is set.
  const std::int64_t* external_job_found = nullptr;    ///< Optional; kNoDate: none found.
};

/// Absences in long format: one row per absence, `worker` is the worker's row.
struct AbsenceColumns {
  std::size_t rows = 0;                       ///< Number of absences.
  const std::int64_t* worker = nullptr;       ///< Row of the worker in WorkerColumns.
  const std::int64_t* first_day = nullptr;    ///< First day absent.
  const std::int64_t* last_day = nullptr;     ///< Last day absent.
  const std::int32_t* reason = nullptr;       ///< Values of AbsenceReason.
};

/// Output columns, one row per worker, allocated by the caller (length `rows`).
/// Any pointer may be null to skip that output.
struct WorkerResults {
  std::int32_t* right_kind = nullptr;                   ///< RightKind value, 0 when none.
  std::uint8_t* right_valid = nullptr;                  ///< 1 when a right is valid on `at`.
  std::int64_t* right_last_day = nullptr;               ///< kNoDate when none.
  std::uint8_t* hiring_eligible = nullptr;              ///< 1 eligible, 0 not (0 when not employed).
  std::int64_t* trajectory_first_day = nullptr;         ///< kNoDate when no trajectory.
  std::int64_t* trajectory_last_day = nullptr;          ///< kNoDate when no trajectory.
  std::int64_t* absence_extension_days = nullptr;       ///< Days added (I-8).
  std::int32_t* competence_extension_months = nullptr;  ///< Months added (I-9).
  std::int32_t* continuation = nullptr;                 ///< ContinuationKind value.
  std::uint8_t* in_trajectory = nullptr;                ///< status.in_trajectory.
  std::uint8_t* in_continuation = nullptr;              ///< status.in_continuation.
  std::uint8_t* compensated = nullptr;                  ///< status.compensated.
  std::uint32_t* reason = nullptr;                      ///< Bit set of ReasonBit: which rules decided the row.
};

/// Bits of WorkerResults::reason, so a population can be grouped by *why*.
/// reason_rule() maps each bit to its rule id and source passage.
enum ReasonBit : std::uint32_t {
  reason_no_right = 1u << 0,              ///< No right in force on `at`.
  reason_right_expired = 1u << 1,         ///< The LDE right expired before `at` (I-4).
  reason_right_replaced = 1u << 2,        ///< A later indication replaced the right (I-6).
  reason_not_employed = 1u << 3,          ///< No employment.
  reason_hiring_ineligible = 1u << 4,     ///< The hiring conditions failed (I-5).
  reason_absence_extended = 1u << 5,      ///< The trajectory was extended for absences (I-8).
  reason_competence_extended = 1u << 6,   ///< The trajectory was extended for competence (I-9).
  reason_competence_capped = 1u << 7,     ///< The competence extension was capped (I-9).
  reason_trajectory_ended = 1u << 8,      ///< `at` is after the trajectory's last day.
  reason_continuation_60 = 1u << 9,       ///< Continuation at 60+ (I-10).
  reason_continuation_55 = 1u << 10,      ///< Continuation at 55+ (I-11).
  reason_employment_ended = 1u << 11,     ///< The employment ended before `at`.
  reason_before_start = 1u << 12          ///< `at` is before the first day of employment.
};

/// The rule id and source passage behind one ReasonBit (the rule's constant in
/// include/lde/worker/rules.hpp; the strings are static).
struct ReasonRule {
  const char* bit_name;  ///< e.g. "absence_extended".
  const char* rule;      ///< Rule id, e.g. "worker.trajectory.absence_extension" (Rule::id).
  const char* source;    ///< Source tag and passage (Rule::source).
  const char* interpretations;  ///< The readings this bit states, among the rule's (Rule::readings), e.g. "I-8".
};

/// The rule behind @p bit (a single bit). @throws Error (invalid_argument) for an unknown bit
ReasonRule reason_rule(std::uint32_t bit);

/// Number of defined ReasonBit values (bits 0 to kReasonBitCount - 1).
inline constexpr unsigned kReasonBitCount = 13;

/// The ReasonBit set for a scalar evaluation: which rules decided @p status
/// (the result of evaluate_worker(@p dossier, ...)). evaluate_workers() fills
/// WorkerResults::reason with exactly this value for each row.
std::uint32_t reason_bits(const WorkerDossier& dossier, const WorkerStatus& status, const ParameterSet& params);

/// Evaluates every worker on @p at (days since 1970-01-01, one date for all
/// rows) into @p out, on @p threads threads (0: all cores). Rows are
/// independent; the result does not depend on the number of threads.
/// @throws Error naming the first offending row and column, e.g.
///         `rows[12].birth_date` or `absences[3].last_day`
void evaluate_workers(const WorkerColumns& workers, const AbsenceColumns& absences, std::int64_t at,
                      const ParameterSet& params, const WorkerResults& out, unsigned threads = 0);

/// The absences of each worker row, indexed once (a stable counting sort, O(rows + absences)),
/// so that the absences of one row are found without scanning the table.
class AbsenceIndex {
 public:
  /// Checks every absence row (as evaluate_workers() does) and indexes them by worker.
  /// @throws Error naming the first offending absence row, e.g. `absences[3].last_day`
  AbsenceIndex(const AbsenceColumns& absences, std::size_t worker_rows);
  /// The absence rows of worker @p worker, in their order in the table.
  /// @throws Error (invalid_argument) for a row outside the index
  std::span<const std::size_t> rows_of(std::size_t worker) const;
  /// The largest number of absences of one worker.
  std::size_t max_per_worker() const noexcept { return max_per_worker_; }

 private:
  std::vector<std::size_t> offsets_;  // worker i's absences are rows_[offsets_[i] .. offsets_[i + 1])
  std::vector<std::size_t> rows_;
  std::size_t max_per_worker_ = 0;
};

/// The dossier row @p row describes (the scalar equivalent of a row). This
/// form scans the absence table once; to build the dossiers of many rows, use
/// the overload with an AbsenceIndex (each call is then O(absences of the row)).
/// @throws Error as evaluate_workers()
WorkerDossier dossier_of_row(const WorkerColumns& workers, const AbsenceColumns& absences, std::size_t row);

/// dossier_of_row() with the absences indexed once by @p index (built from the same @p absences).
/// @throws Error as evaluate_workers()
WorkerDossier dossier_of_row(const WorkerColumns& workers, const AbsenceColumns& absences, const AbsenceIndex& index,
                             std::size_t row);

/// The compensation schedule (12 monthly advances, 4 quarterly rights and
/// settlements, I-14, I-15) of every enterprise for @p year, on @p threads
/// threads (0: all cores). Element i is year_schedule(enterprises[i], ...),
/// after validate(enterprises[i]); the result does not depend on the number
/// of threads.
/// @throws Error naming the first offending enterprise, e.g. `enterprises[3].dmfa.2026-Q1[0].fraction`
std::vector<YearSchedule> evaluate_enterprises(const std::vector<Enterprise>& enterprises, int year,
                                               const ParameterSet& params, unsigned threads = 0);

}  // namespace lde::population
