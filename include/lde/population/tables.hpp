/// @file tables.hpp
/// @brief Populations that hold whole dossiers: a worker table and one long table per list.
///
/// A worker dossier (docs/format.md) holds lists: several rights (I-6),
/// several employment periods (I-7), absences, competence approvals (I-9), a
/// transition trajectory with non-cooperation periods (I-11). A Population is
/// that dossier as tables: `workers` (one row per worker) and the long tables
/// `rights`, `employment`, `absences`, `competence_extensions`, `doorstroom`
/// and `non_cooperation`, each with a `worker` column holding the worker's
/// row in `workers`. Every dossier has exactly one representation in these
/// tables (its lists in their order) and back: dossier_of() rebuilds it.
///
/// The columns, their C types, defaults and bounds are those of the one
/// column schema (lde/population/schema.hpp); every front end (C ABI, Python,
/// CSV and Parquet files, `lde simulate`) fills these structs through it.
/// Worker ids (integers or text) are a front end's matter: this layer knows
/// workers by row. Dates are days since 1970-01-01 (kNoDate: none), FTE in
/// ten-thousandths, text columns NUL-terminated UTF-8 (a null pointer array:
/// the column is absent).
#pragma once

#include "lde/core/parameters.hpp"
#include "lde/population/population.hpp"
#include "lde/worker/dossier.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace lde::population {

/// `workers`: one row per worker.
struct WorkerTable {
  std::size_t rows = 0;                                      ///< Number of workers.
  const std::int64_t* birth_date = nullptr;                  ///< Required.
  const std::int64_t* reconsideration_letter_sent = nullptr; ///< Optional; kNoDate: no reconsideration (5.8, I-24).
  const std::int64_t* reconsideration_filed = nullptr;       ///< Optional; kNoDate: no petition filed.
};

/// `rights`: one row per right granted (I-4, I-6).
struct RightTable {
  std::size_t rows = 0;                   ///< Number of rights.
  const std::int64_t* worker = nullptr;   ///< Row in `workers`.
  const std::int32_t* kind = nullptr;     ///< Optional (default RightKind::lde); RightKind values.
  const std::int64_t* granted = nullptr;  ///< Required.
};

/// `employment`: one row per employment period (I-5, I-7).
struct EmploymentTable {
  std::size_t rows = 0;                                ///< Number of employment periods.
  const std::int64_t* worker = nullptr;                ///< Row in `workers`.
  const char* const* employer = nullptr;               ///< Optional; absent: the label "worker N" (one employer per worker).
  const std::int64_t* first_day = nullptr;             ///< Required.
  const std::int64_t* last_day = nullptr;              ///< Optional; kNoDate: ongoing.
  const std::uint8_t* employer_recognised = nullptr;   ///< Optional (default 1).
  const std::int64_t* employer_contingent = nullptr;   ///< Optional (default 10000 = 1.00 FTE, F-1); ten-thousandths.
  const std::uint8_t* employer_in_brussels = nullptr;  ///< Optional (default 0).
};

/// `absences`: one row per absence (I-8).
struct AbsenceTable {
  std::size_t rows = 0;                     ///< Number of absences.
  const std::int64_t* worker = nullptr;     ///< Row in `workers`.
  const std::int64_t* first_day = nullptr;  ///< Required.
  const std::int64_t* last_day = nullptr;   ///< Required.
  const std::int32_t* reason = nullptr;     ///< Required; AbsenceReason values.
};

/// `competence_extensions`: one row per approval (I-9).
struct CompetenceTable {
  std::size_t rows = 0;                    ///< Number of approvals.
  const std::int64_t* worker = nullptr;    ///< Row in `workers`.
  const std::int32_t* months = nullptr;    ///< Required; 1 .. kMaxCompetenceMonths (120, lde/core/limits.hpp).
  const std::int64_t* approved = nullptr;  ///< Required.
};

/// `doorstroom`: at most one row per worker: the transition trajectory (I-11).
struct DoorstroomTable {
  std::size_t rows = 0;                              ///< Number of transition trajectories.
  const std::int64_t* worker = nullptr;              ///< Row in `workers`.
  const std::int64_t* first_day = nullptr;           ///< Required.
  const std::int64_t* last_day = nullptr;            ///< Required.
  const std::int64_t* external_job_found = nullptr;  ///< Optional; kNoDate: none found.
};

/// `non_cooperation`: periods of non-cooperation inside a worker's transition trajectory (I-11).
struct NonCooperationTable {
  std::size_t rows = 0;                     ///< Number of periods.
  const std::int64_t* worker = nullptr;     ///< Row in `workers` (which must have a `doorstroom` row).
  const std::int64_t* first_day = nullptr;  ///< Required.
  const std::int64_t* last_day = nullptr;   ///< Required.
};

/// A whole population: the worker table and the six long tables.
struct Population {
  WorkerTable workers;                    ///< `workers`: one row per worker.
  RightTable rights;                      ///< `rights`.
  EmploymentTable employment;             ///< `employment`.
  AbsenceTable absences;                  ///< `absences`.
  CompetenceTable competence_extensions;  ///< `competence_extensions`.
  DoorstroomTable doorstroom;             ///< `doorstroom` (at most one row per worker).
  NonCooperationTable non_cooperation;    ///< `non_cooperation`.
};

/// A population that owns its columns, built dossier by dossier: the tables form of a list of
/// dossiers (each list in its order), e.g. to evaluate dossiers read from JSON in bulk. view()
/// stays valid until the next add() or the object's destruction.
class PopulationBuffers {
 public:
  /// Appends @p dossier as the next worker row (its lists become rows of the long tables).
  /// @throws Error as validate() (the dossier is validated first, fields as in the dossier)
  void add(const WorkerDossier& dossier);
  /// Number of workers added.
  std::size_t workers() const noexcept { return birth_date_.size(); }
  /// The tables over these buffers.
  Population view() const noexcept;

 private:
  std::vector<std::int64_t> birth_date_, letter_sent_, filed_;
  std::vector<std::int64_t> r_worker_, r_granted_;
  std::vector<std::int32_t> r_kind_;
  std::vector<std::int64_t> e_worker_, e_first_, e_last_, e_contingent_;
  std::deque<std::string> e_employer_;  // a deque: its strings never move, so their c_str() stay valid
  std::vector<const char*> e_employer_ptr_;
  std::vector<std::uint8_t> e_recognised_, e_brussels_;
  std::vector<std::int64_t> a_worker_, a_first_, a_last_;
  std::vector<std::int32_t> a_reason_;
  std::vector<std::int64_t> c_worker_, c_approved_;
  std::vector<std::int32_t> c_months_;
  std::vector<std::int64_t> d_worker_, d_first_, d_last_, d_job_;
  std::vector<std::int64_t> n_worker_, n_first_, n_last_;
};

/// The rows of every long table grouped by worker, built once per call
/// (a stable counting sort per table, O(workers + rows)): a worker's rows
/// keep their table order, which is the order of the dossier's lists.
class PopulationIndex {
 public:
  /// Checks every `worker` column (present, 0 <= value < workers.rows), at
  /// most one doorstroom row per worker and a doorstroom row for every worker
  /// with non-cooperation, then indexes.
  /// @throws Error naming the table row, e.g. `absences[3].worker`
  explicit PopulationIndex(const Population& pop);

  /// Long tables, in the order of Table (schema.hpp) after `workers`.
  enum List : unsigned { rights, employment, absences, competence_extensions, doorstroom, non_cooperation, kLists };

  /// The rows of table @p list that belong to worker row @p worker, in table order.
  std::span<const std::size_t> rows_of(List list, std::size_t worker) const noexcept {
    const Grouping& g = groups_[list];
    return {g.rows.data() + g.offsets[worker], g.offsets[worker + 1] - g.offsets[worker]};
  }
  /// The largest number of rows one worker has in table @p list.
  std::size_t max_per_worker(List list) const noexcept { return groups_[list].max_per_worker; }
  /// Number of workers indexed.
  std::size_t workers() const noexcept { return workers_; }

 private:
  struct Grouping {
    std::vector<std::size_t> offsets;  // worker i's rows are rows[offsets[i] .. offsets[i + 1])
    std::vector<std::size_t> rows;
    std::size_t max_per_worker = 0;
  };
  std::array<Grouping, kLists> groups_;
  std::size_t workers_ = 0;
};

/// Fills @p out with the dossier of worker row @p worker (reusing its
/// vectors' capacity: no allocation once they are large enough). Checks the
/// row's values against the schema (required values present, codes known,
/// flags 0/1, bounds) but not the dossier's own consistency (validate()).
/// @throws Error naming the table row and column, e.g. `employment[7].first_day`
void fill_dossier(const Population& pop, const PopulationIndex& index, std::size_t worker, WorkerDossier& out);

/// The dossier of worker row @p worker, validated (validate()); errors name table rows.
/// @throws Error naming the table row and column, e.g. `rights[4].granted`
WorkerDossier dossier_of(const Population& pop, const PopulationIndex& index, std::size_t worker);

/// Maps a dossier path of worker row @p worker (`absences[1].last_day`, `doorstroom.non_cooperation[0].first_day`,
/// `birth_date`, ...) to the table row and column it came from (`absences[17].last_day`, `non_cooperation[3].first_day`,
/// `workers[5].birth_date`); used for every error raised while evaluating a row.
std::string table_path(const PopulationIndex& index, std::size_t worker, std::string_view dossier_field);

/// Output columns beyond WorkerResults, for a population of whole dossiers (any pointer may be null).
struct PopulationResults : WorkerResults {
  std::int64_t* continuation_first_day = nullptr;  ///< Continuation::from, kNoDate when none.
  std::int32_t* right_ended = nullptr;             ///< When no right is in force: 1 expired, 2 replaced (I-25); 0 otherwise.
};

/// Told how many workers are done (of how many), on the calling thread, while a long call runs.
using ProgressFn = std::function<void(std::size_t done, std::size_t total)>;

/// Evaluates every worker of @p pop on @p at (days since 1970-01-01) into @p out, on @p threads
/// threads (0: all cores). Row i of the output is evaluate_worker(dossier_of(pop, index, i), at):
/// the same rule code, tracing off. The result does not depend on the number of threads.
/// @p progress, when set, is called on the calling thread after each block of 1024 workers it
/// evaluates and once at the end (`lde simulate` draws its progress bar with it); an exception
/// it throws stops the evaluation and is rethrown.
/// @throws Error naming the first offending table row, e.g. `workers[12].birth_date` or `rights[3].kind`
void evaluate_population(const Population& pop, std::int64_t at, const ParameterSet& params,
                         const PopulationResults& out, unsigned threads = 0, const ProgressFn& progress = {});

}  // namespace lde::population
