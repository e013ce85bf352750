// Columnar evaluation of whole populations: each row is filled into a
// WorkerDossier, evaluated with tracing off, rows split over std::thread
// workers. The answers are those of evaluate_worker() by construction.
//
// Allocation: each worker thread keeps one scratch WorkerDossier whose
// vectors keep their capacity from row to row, so filling a row allocates
// nothing once the largest row so far has been seen (the employer label
// "row N" fits the small-string buffer). What remains per row is what
// evaluate_worker() itself allocates for its answer (WorkerStatus and the
// intermediate results of the rules, src/worker).
#include "lde/population/population.hpp"

#include "lde/core/limits.hpp"

#include "lde/core/error.hpp"
#include "lde/worker/right.hpp"
#include "lde/worker/rules.hpp"
#include "../worker/internal.hpp"
#include "internal.hpp"
#include "../enterprise/internal.hpp"
#include "../enterprise/params.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdio>
#include <exception>
#include <new>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace lde::population {

namespace {

std::string row_field(std::size_t row, const char* column) {
  return "rows[" + std::to_string(row) + "]." + column;
}

std::string absence_field(std::size_t row, const char* column) {
  return "absences[" + std::to_string(row) + "]." + column;
}

/// Runs @p f and, when it throws an Error, rethrows it naming the field that @p field() builds.
/// The field text is built only on the error path, so a row that is fine allocates nothing for it.
template <class F, class Field>
auto labelled(F&& f, Field&& field) -> decltype(f()) {
  try {
    return f();
  } catch (const Error& e) {
    throw Error(e.code(), field(), e.message());
  }
}

/// Day number @p days of column @p name of worker row @p row as a Date.
Date row_date(std::int64_t days, std::size_t row, const char* name) {
  return labelled([&] { return Date::from_days_since_epoch(days, ""); }, [&] { return row_field(row, name); });
}

Date required_date(const std::int64_t* column, std::size_t row, const char* name) {
  if (column == nullptr) throw_invalid(row_field(row, name), "the column is required but was not given");
  const std::int64_t v = column[row];
  if (v == kNoDate) throw Error(ErrorCode::invalid_argument, row_field(row, name), "is required but missing (NaT)");
  return row_date(v, row, name);
}

std::optional<Date> optional_date(const std::int64_t* column, std::size_t row, const char* name) {
  if (column == nullptr || column[row] == kNoDate) return std::nullopt;
  return row_date(column[row], row, name);
}

bool flag(const std::uint8_t* column, std::size_t row, const char* name, bool fallback) {
  if (column == nullptr) return fallback;
  const std::uint8_t v = column[row];
  if (v > 1) throw_invalid(row_field(row, name), "must be 0 or 1, got " + std::to_string(v));
  return v == 1;
}

/// Checks absence row @p j and returns it as an Absence.
Absence absence_of(const AbsenceColumns& a, std::size_t j) {
  if (a.first_day == nullptr || a.last_day == nullptr || a.reason == nullptr)
    throw_invalid("absences", "the columns first_day, last_day and reason are required when there are absences");
  if (a.first_day[j] == kNoDate)
    throw Error(ErrorCode::invalid_argument, absence_field(j, "first_day"), "is required but missing (NaT)");
  if (a.last_day[j] == kNoDate)
    throw Error(ErrorCode::invalid_argument, absence_field(j, "last_day"), "is required but missing (NaT)");
  const std::int32_t r = a.reason[j];
  if (r < static_cast<std::int32_t>(AbsenceReason::illness) || r > static_cast<std::int32_t>(AbsenceReason::other))
    throw_invalid(absence_field(j, "reason"), "unknown absence reason code " + std::to_string(r) + " (1 to 6)");
  const Date first = labelled([&] { return Date::from_days_since_epoch(a.first_day[j], ""); },
                              [&] { return absence_field(j, "first_day"); });
  const Date last = labelled([&] { return Date::from_days_since_epoch(a.last_day[j], ""); },
                             [&] { return absence_field(j, "last_day"); });
  if (last < first)
    throw Error(ErrorCode::invalid_date, absence_field(j, "last_day"),
                "ends (" + last.iso() + ") before it starts (" + first.iso() + ")");
  return Absence{first, last, static_cast<AbsenceReason>(r)};
}

void check_absence_worker(const AbsenceColumns& a, std::size_t j, std::size_t rows) {
  if (a.worker == nullptr) throw_invalid("absences", "the column worker is required when there are absences");
  const std::int64_t w = a.worker[j];
  if (w < 0 || static_cast<std::uint64_t>(w) >= rows)
    throw_invalid(absence_field(j, "worker"),
                  "names worker row " + std::to_string(w) + ", outside 0.." + std::to_string(rows) + "-1");
}

/// Fills @p d with the dossier of @p row; @p absence_rows lists the global absence rows of this
/// worker, in order. @p d is scratch reused from row to row: every member is assigned, and the
/// vectors are cleared (not freed), so that a row allocates nothing once their capacity suffices.
void fill_dossier(WorkerDossier& d, const WorkerColumns& w, const AbsenceColumns& a, std::size_t row,
                  const std::size_t* absence_rows, std::size_t absence_count) {
  if (row >= w.rows)
    throw_invalid("rows", "row " + std::to_string(row) + " is outside the " + std::to_string(w.rows) + " rows");
  d.birth_date = required_date(w.birth_date, row, "birth_date");
  d.rights.clear();
  d.employment.clear();
  d.absences.clear();
  d.competence_extensions.clear();
  d.doorstroom.reset();

  const std::int32_t kind_code = w.right_kind == nullptr ? static_cast<std::int32_t>(RightKind::lde) : w.right_kind[row];
  if (w.right_granted == nullptr) throw_invalid(row_field(row, "right_granted"), "the column is required but was not given");
  if (const auto granted = optional_date(w.right_granted, row, "right_granted")) {
    if (kind_code < static_cast<std::int32_t>(RightKind::lde) || kind_code > static_cast<std::int32_t>(RightKind::vop))
      throw_invalid(row_field(row, "right_kind"), "unknown right kind code " + std::to_string(kind_code) + " (1 lde, 2 maatwerk, 3 vop)");
    d.rights.push_back(RightGrant{static_cast<RightKind>(kind_code), *granted});
  } else if (w.right_kind != nullptr && kind_code != 0 &&
             (kind_code < static_cast<std::int32_t>(RightKind::lde) || kind_code > static_cast<std::int32_t>(RightKind::vop))) {
    throw_invalid(row_field(row, "right_kind"), "unknown right kind code " + std::to_string(kind_code));
  }

  if (w.employment_first_day == nullptr)
    throw_invalid(row_field(row, "employment_first_day"), "the column is required but was not given");
  const auto first = optional_date(w.employment_first_day, row, "employment_first_day");
  const auto last = optional_date(w.employment_last_day, row, "employment_last_day");
  if (first) {
    const bool recognised = flag(w.employer_recognised, row, "employer_recognised", true);
    const Fte contingent = w.employer_contingent_units == nullptr
                               ? Fte::from_units(10000)
                               : labelled([&] { return Fte::from_units(w.employer_contingent_units[row], ""); },
                                          [&] { return row_field(row, "employer_contingent_units"); });
    const bool brussels = flag(w.employer_in_brussels, row, "employer_in_brussels", false);
    // "row N" stays below 16 characters up to row 99 999 999 999: in the small-string buffer, no allocation.
    char label[32] = "row ";
    const auto end = std::to_chars(label + 4, label + sizeof label, row).ptr;
    d.employment.push_back(
        Employment{std::string(label, static_cast<std::size_t>(end - label)), *first, last, recognised, contingent, brussels});
  } else {
    if (last) throw_invalid(row_field(row, "employment_last_day"), "is set (" + last->iso() + ") without an employment_first_day");
    // The employer flags are irrelevant without employment but must still be valid.
    flag(w.employer_recognised, row, "employer_recognised", true);
    flag(w.employer_in_brussels, row, "employer_in_brussels", false);
  }

  const std::int32_t months = w.competence_months == nullptr ? 0 : w.competence_months[row];
  if (months < 0) throw_invalid(row_field(row, "competence_months"), "must not be negative, got " + std::to_string(months));
  if (months > 0) {
    if (w.competence_approved == nullptr || w.competence_approved[row] == kNoDate)
      throw Error(ErrorCode::invalid_argument, row_field(row, "competence_approved"),
                  "is required where competence_months > 0 but missing (NaT)");
    d.competence_extensions.push_back(
        CompetenceExtension{months, row_date(w.competence_approved[row], row, "competence_approved")});
  }

  const auto ds_first = optional_date(w.doorstroom_first_day, row, "doorstroom_first_day");
  const auto ds_last = optional_date(w.doorstroom_last_day, row, "doorstroom_last_day");
  const auto job = optional_date(w.external_job_found, row, "external_job_found");
  if (ds_first) {
    if (!ds_last)
      throw Error(ErrorCode::invalid_argument, row_field(row, "doorstroom_last_day"),
                  "is required where doorstroom_first_day is set but missing (NaT)");
    d.doorstroom = Doorstroom{*ds_first, *ds_last, job, {}};
  } else if (ds_last) {
    throw_invalid(row_field(row, "doorstroom_last_day"), "is set (" + ds_last->iso() + ") without a doorstroom_first_day");
  } else if (job) {
    throw_invalid(row_field(row, "external_job_found"), "is set (" + job->iso() + ") without a doorstroom_first_day");
  }

  for (std::size_t k = 0; k < absence_count; ++k) d.absences.push_back(absence_of(a, absence_rows[k]));
}

/// The dossier of @p row, freshly allocated (the scalar path, dossier_of_row()).
WorkerDossier build_dossier(const WorkerColumns& w, const AbsenceColumns& a, std::size_t row,
                            const std::size_t* absence_rows, std::size_t absence_count) {
  WorkerDossier d{Date::from_ymd(1970, 1, 1), {}, {}, {}, {}, std::nullopt, std::nullopt};
  d.absences.reserve(absence_count);
  fill_dossier(d, w, a, row, absence_rows, absence_count);
  return d;
}

/// Maps a dossier path (from validate() or a rule) back to the input columns of @p row.
std::string column_path(const std::string& field, std::size_t row, const std::size_t* absence_rows, std::size_t count) {
  if (field.rfind("absences[", 0) == 0) {
    const auto close = field.find(']');
    if (close != std::string::npos) {
      try {
        const std::size_t k = std::stoul(field.substr(9, close - 9));
        if (k < count) return "absences[" + std::to_string(absence_rows[k]) + "]" + field.substr(close + 1);
      } catch (const std::bad_alloc&) {
        throw;
      } catch (const std::exception&) {
      }
    }
  }
  static const std::pair<const char*, const char*> kMap[] = {
      {"birth_date", "birth_date"},
      {"rights[0].granted", "right_granted"},
      {"rights[0].kind", "right_kind"},
      {"rights[0]", "right_granted"},
      {"rights", "right_granted"},
      {"employment[0].first_day", "employment_first_day"},
      {"employment[0].last_day", "employment_last_day"},
      {"employment[0].employer_contingent_fte", "employer_contingent_units"},
      {"employment[0]", "employment_first_day"},
      {"competence_extensions[0].months", "competence_months"},
      {"competence_extensions[0].approved", "competence_approved"},
      {"competence_extensions[0]", "competence_months"},
      {"doorstroom.first_day", "doorstroom_first_day"},
      {"doorstroom.last_day", "doorstroom_last_day"},
      {"doorstroom.external_job_found", "external_job_found"},
      {"doorstroom", "doorstroom_first_day"},
  };
  for (const auto& [path, column] : kMap)
    if (field == path) return row_field(row, column);
  if (field.rfind("rows[", 0) == 0 || field.rfind("absences[", 0) == 0) return field;
  return field.empty() ? "rows[" + std::to_string(row) + "]" : row_field(row, field.c_str());
}

struct NoScratch {};

/// The scratch of one batch thread: the dossier refilled for each row.
struct RowScratch {
  WorkerDossier dossier{Date::from_ymd(1970, 1, 1), {}, {}, {}, {}, std::nullopt, std::nullopt};
  worker_detail::WorkerScratch rules;  ///< The rules' buffers (src/worker/internal.hpp).
  bool reserved = false;
};


}  // namespace

namespace {

/// One reason bit: its name, the rule that decides it (worker/rules.hpp, its id and source) and the
/// readings that bit states, a subset of the rule's (test_rule_catalog checks it).
struct ReasonEntry {
  const char* bit_name;
  const Rule* rule;
  const char* readings;
};

/// Indexed by bit number; the order of ReasonBit.
constexpr ReasonEntry kReasons[kReasonBitCount] = {
    {"no_right", &worker::kRightOnDate, "I-4, I-6"},
    {"right_expired", &worker::kRightValidity, "I-4"},
    {"right_replaced", &worker::kRightOneAtATime, "I-6"},
    {"not_employed", &worker::kStatus, "I-7"},
    {"hiring_ineligible", &worker::kHiringEligibility, "I-5"},
    {"absence_extended", &worker::kAbsenceExtension, "I-8"},
    {"competence_extended", &worker::kCompetenceExtension, "I-9"},
    {"competence_capped", &worker::kCompetenceExtension, "I-9"},
    {"trajectory_ended", &worker::kTrajectoryLength, "I-1, I-7"},
    {"continuation_60", &worker::kContinuation60, "I-3, I-10"},
    {"continuation_55", &worker::kContinuation55, "I-3, I-11"},
    {"employment_ended", &worker::kStatus, "I-7"},
    {"before_start", &worker::kStatus, "I-7"},
};

}  // namespace

ReasonRule reason_rule(std::uint32_t bit) {
  for (unsigned b = 0; b < kReasonBitCount; ++b) {
    if (bit == (1u << b)) {
      const ReasonEntry& e = kReasons[b];
      // Rule ids and sources are string literals (rules.hpp): data() is NUL-terminated.
      return {e.bit_name, e.rule->id.data(), e.rule->source.data(), e.readings};
    }
  }
  throw_invalid("reason", "unknown reason bit " + std::to_string(bit) + " (a single bit 1 << 0 .. 1 << " +
                              std::to_string(kReasonBitCount - 1) + ")");
}

std::uint32_t reason_bits(const WorkerDossier& dossier, const WorkerStatus& status, const ParameterSet& params) {
  // evaluate_worker() validated the dossier already.
  if (dossier.rights.size() <= 1) return detail::reason_bits_with(dossier, status, {});
  return detail::reason_bits_with(dossier, status, worker_detail::right_periods_unchecked(dossier, params, nullptr));
}

std::uint32_t detail::reason_bits_with(const WorkerDossier& dossier, const WorkerStatus& status,
                                       const std::vector<RightPeriod>& periods) {
  std::uint32_t bits = 0;
  const Date at = status.at;
  if (!status.right.valid) bits |= reason_no_right;
  if (dossier.rights.size() == 1) {
    // One grant: it is never replaced (I-6), and its period is granted .. last_day. It is not in
    // force on `at` although granted on or before `at` exactly when `at` is past its last day
    // (right_in_force()), so the right history need not be computed again.
    if (dossier.rights.front().granted <= at && !status.right.valid) bits |= reason_right_expired;
  } else if (!dossier.rights.empty()) {
    const RightPeriod* latest = nullptr;
    for (const auto& p : periods) {
      if (p.granted > at) continue;
      if (p.replaced_by) {
        if (p.last_day < at) bits |= reason_right_replaced;
      } else if (latest == nullptr || latest->granted <= p.granted) {
        latest = &p;
      }
    }
    if (latest != nullptr && latest->last_day < at) bits |= reason_right_expired;
  }
  if (dossier.employment.empty()) {
    bits |= reason_not_employed;
  } else {
    Date first = dossier.employment.front().first_day;
    bool employed_on_at = false;
    bool ended_before = false;
    for (const auto& e : dossier.employment) {
      first = std::min(first, e.first_day);
      if (e.first_day <= at && (!e.last_day || at <= *e.last_day)) employed_on_at = true;
      if (e.last_day && *e.last_day < at) ended_before = true;
    }
    if (at < first) bits |= reason_before_start;
    if (!employed_on_at && ended_before) bits |= reason_employment_ended;
  }
  if (status.hiring && !status.hiring->eligible) bits |= reason_hiring_ineligible;
  if (status.trajectory) {
    const Trajectory& t = *status.trajectory;
    if (t.absence_extension_days > 0) bits |= reason_absence_extended;
    if (t.competence_extension_months > 0) bits |= reason_competence_extended;
    if (t.competence_requested_months > t.competence_extension_months) bits |= reason_competence_capped;
    if (t.last_day < at) bits |= reason_trajectory_ended;
  }
  if (status.continuation.kind == ContinuationKind::age60) bits |= reason_continuation_60;
  if (status.continuation.kind == ContinuationKind::age55) bits |= reason_continuation_55;
  return bits;
}

AbsenceIndex::AbsenceIndex(const AbsenceColumns& absences, std::size_t worker_rows)
    : offsets_(worker_rows + 1, 0), rows_(absences.rows) {
  // A stable counting sort by worker: each worker's absences keep their order.
  for (std::size_t j = 0; j < absences.rows; ++j) {
    check_absence_worker(absences, j, worker_rows);
    absence_of(absences, j);  // checks every absence row up front, in order
    ++offsets_[static_cast<std::size_t>(absences.worker[j]) + 1];
  }
  for (std::size_t i = 0; i < worker_rows; ++i) {
    max_per_worker_ = std::max(max_per_worker_, offsets_[i + 1]);
    offsets_[i + 1] += offsets_[i];
  }
  std::vector<std::size_t> fill(offsets_.begin(), offsets_.end() - 1);
  for (std::size_t j = 0; j < absences.rows; ++j) rows_[fill[static_cast<std::size_t>(absences.worker[j])]++] = j;
}

std::span<const std::size_t> AbsenceIndex::rows_of(std::size_t worker) const {
  if (worker + 1 >= offsets_.size()) {
    throw_invalid("rows", "row " + std::to_string(worker) + " is outside the " + std::to_string(offsets_.size() - 1) +
                              " rows of the index");
  }
  return {rows_.data() + offsets_[worker], offsets_[worker + 1] - offsets_[worker]};
}

WorkerDossier dossier_of_row(const WorkerColumns& workers, const AbsenceColumns& absences, const AbsenceIndex& index,
                             std::size_t row) {
  if (row >= workers.rows)
    throw_invalid("rows", "row " + std::to_string(row) + " is outside the " + std::to_string(workers.rows) + " rows");
  const std::span<const std::size_t> mine = index.rows_of(row);
  try {
    return build_dossier(workers, absences, row, mine.data(), mine.size());
  } catch (const Error& e) {
    throw Error(e.code(), column_path(e.field(), row, mine.data(), mine.size()), e.message());
  }
}

WorkerDossier dossier_of_row(const WorkerColumns& workers, const AbsenceColumns& absences, std::size_t row) {
  // One row: scanning the absences once is cheaper than indexing them.
  std::vector<std::size_t> mine;
  for (std::size_t j = 0; j < absences.rows; ++j) {
    check_absence_worker(absences, j, workers.rows);
    if (static_cast<std::size_t>(absences.worker[j]) == row) mine.push_back(j);
  }
  try {
    return build_dossier(workers, absences, row, mine.data(), mine.size());
  } catch (const Error& e) {
    throw Error(e.code(), column_path(e.field(), row, mine.data(), mine.size()), e.message());
  }
}

void evaluate_workers(const WorkerColumns& workers, const AbsenceColumns& absences, std::int64_t at,
                      const ParameterSet& params, const WorkerResults& out, unsigned threads) {
  check_threads(threads);  // lde/core/limits.hpp: the one bound of every batch front end
  const Date on = Date::from_days_since_epoch(at, "at");
  const std::size_t n = workers.rows;
  if (n > 0 && workers.birth_date == nullptr) throw_invalid("rows[0].birth_date", "the column is required but was not given");

  // Absences indexed by worker once; the worker parameters resolved once (by day number, not by name).
  const AbsenceIndex index(absences, n);
  const worker_detail::WorkerParams wp(params);

  auto one = [&](std::size_t i, RowScratch& scratch) {
    const std::span<const std::size_t> mine = index.rows_of(i);
    const std::size_t* rows_of = mine.data();
    const std::size_t count = mine.size();
    try {
      if (!scratch.reserved) {
        // Every buffer as large as the largest row needs: no row allocates (one right, one employment per row).
        scratch.dossier.absences.reserve(index.max_per_worker());
        scratch.dossier.rights.reserve(1);
        scratch.dossier.employment.reserve(1);
        scratch.dossier.competence_extensions.reserve(1);
        scratch.rules.reserve(1, 1, index.max_per_worker());
        scratch.reserved = true;
      }
      WorkerDossier& d = scratch.dossier;
      fill_dossier(d, workers, absences, i, rows_of, count);
      validate(d);
      // The same rule code as evaluate_worker(), tracing off, only the values the columns need.
      const WorkerStatus s =
          worker_detail::evaluate_validated(d, on, wp, nullptr, worker_detail::Detail::values, scratch.rules);
      detail::write_row(out, i, d, s, scratch.rules.periods);
    } catch (const Error& e) {
      throw Error(e.code(), column_path(e.field(), i, rows_of, count), e.message());
    } catch (const std::bad_alloc&) {
      throw;  // out of memory stays out of memory (C: LDE_STATUS_OUT_OF_MEMORY), never "internal"
    } catch (const std::exception& e) {
      throw Error(ErrorCode::internal, "rows[" + std::to_string(i) + "]", e.what());
    }
  };
  detail::parallel_rows<RowScratch>(n, detail::thread_count(threads, n), 1024, one);
}

std::vector<YearSchedule> evaluate_enterprises(const std::vector<Enterprise>& enterprises, int year,
                                               const ParameterSet& params, unsigned threads) {
  check_threads(threads);  // lde/core/limits.hpp
  enterprise_detail::check_year(year);
  std::vector<std::optional<YearSchedule>> slots(enterprises.size());
  const enterprise_detail::EnterpriseParams ep(params);  // resolved once for every enterprise
  auto one = [&](std::size_t i, NoScratch&) {
    try {
      // Validated with these parameters (a reform may widen the I-14 years), as year_schedule() does.
      validate(enterprises[i], params);
      slots[i] = enterprise_detail::year_schedule_validated(enterprises[i], year, ep, nullptr);
    } catch (const Error& e) {
      const std::string prefix = "enterprises[" + std::to_string(i) + "]";
      throw Error(e.code(), e.field().empty() ? prefix : prefix + "." + e.field(), e.message());
    } catch (const std::bad_alloc&) {
      throw;  // out of memory stays out of memory, never "internal"
    } catch (const std::exception& e) {
      throw Error(ErrorCode::internal, "enterprises[" + std::to_string(i) + "]", e.what());
    }
  };
  const unsigned n = threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
  detail::parallel_rows<NoScratch>(enterprises.size(), std::max(1u, std::min<unsigned>(n, static_cast<unsigned>(std::max<std::size_t>(1, enterprises.size() / 8)))), 8, one);
  std::vector<YearSchedule> result;
  result.reserve(enterprises.size());
  for (auto& s : slots) result.push_back(std::move(*s));
  return result;
}

}  // namespace lde::population
