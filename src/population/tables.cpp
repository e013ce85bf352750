// Populations of whole dossiers (lde/population/tables.hpp): the long tables indexed by worker
// once, each worker's dossier filled into a per-thread scratch dossier, evaluated by the same rule
// code as evaluate_worker() with tracing off.
//
// Allocation: the index (one counting sort per table) and one scratch per thread, per call. A row
// allocates nothing once the scratch's vectors (and employer labels) have grown to the largest row
// seen; the scratch is reserved for the largest row of every table up front.
#include "lde/population/tables.hpp"

#include "lde/core/error.hpp"
#include "lde/core/limits.hpp"
#include "lde/population/schema.hpp"
#include "../worker/internal.hpp"
#include "internal.hpp"

#include <charconv>
#include <cstring>
#include <new>
#include <string>

namespace lde::population {

namespace {

using List = PopulationIndex::List;

/// The date a scratch element starts with; fill_dossier() assigns every field before the rules read it.
const Date kEpoch = Date::from_days_since_epoch(0);

/// `table[row].column`.
std::string cell(std::string_view table, std::size_t row, std::string_view column) {
  std::string s(table);
  s += '[';
  s += std::to_string(row);
  s += "].";
  s += column;
  return s;
}

/// `table.column`: a whole column (missing).
std::string whole_column(std::string_view table, std::string_view column) {
  return std::string(table) + "." + std::string(column);
}

template <class T>
const T* required_column(const T* data, std::size_t rows, std::string_view table, std::string_view column) {
  if (data == nullptr && rows > 0)
    throw_invalid(whole_column(table, column), "the column is required when the table has rows but was not given");
  return data;
}

Date date_at(std::int64_t days, std::string_view table, std::size_t row, std::string_view column) {
  try {
    return Date::from_days_since_epoch(days, "");
  } catch (const Error& e) {
    throw Error(e.code(), cell(table, row, column), e.message());
  }
}

Date required_date(const std::int64_t* col, std::string_view table, std::size_t row, std::string_view column) {
  const std::int64_t v = col[row];
  if (v == kNoDate) throw Error(ErrorCode::invalid_argument, cell(table, row, column), "is required but missing");
  return date_at(v, table, row, column);
}

std::optional<Date> optional_date(const std::int64_t* col, std::string_view table, std::size_t row,
                                  std::string_view column) {
  if (col == nullptr || col[row] == kNoDate) return std::nullopt;
  return date_at(col[row], table, row, column);
}

bool flag_at(const std::uint8_t* col, std::string_view table, std::size_t row, std::string_view column,
             bool fallback) {
  if (col == nullptr) return fallback;
  const std::uint8_t v = col[row];
  if (v > 1) throw_invalid(cell(table, row, column), "must be 0 or 1, got " + std::to_string(v));
  return v == 1;
}

/// The `worker` column of one long table, grouped: a stable counting sort.
template <class Grouping>
void group(Grouping& g, const std::int64_t* worker, std::size_t rows, std::size_t workers, std::string_view table) {
  required_column(worker, rows, table, "worker");
  g.offsets.assign(workers + 1, 0);
  g.rows.resize(rows);
  for (std::size_t j = 0; j < rows; ++j) {
    const std::int64_t w = worker[j];
    if (w < 0 || static_cast<std::uint64_t>(w) >= workers)
      throw_invalid(cell(table, j, "worker"), "names worker row " + std::to_string(w) + ", outside the " +
                                                  std::to_string(workers) + " rows of workers");
    ++g.offsets[static_cast<std::size_t>(w) + 1];
  }
  g.max_per_worker = 0;
  for (std::size_t i = 0; i < workers; ++i) {
    g.max_per_worker = std::max(g.max_per_worker, g.offsets[i + 1]);
    g.offsets[i + 1] += g.offsets[i];
  }
  std::vector<std::size_t> fill(g.offsets.begin(), g.offsets.end() - 1);
  for (std::size_t j = 0; j < rows; ++j) g.rows[fill[static_cast<std::size_t>(worker[j])]++] = j;
}

/// The label of an employment row without an employer column: one employer per worker.
void default_label(std::string& out, std::size_t worker) {
  char label[32] = "worker ";
  const auto end = std::to_chars(label + 7, label + sizeof label, worker).ptr;
  out.assign(label, static_cast<std::size_t>(end - label));
}

}  // namespace

PopulationIndex::PopulationIndex(const Population& pop) : workers_(pop.workers.rows) {
  required_column(pop.workers.birth_date, pop.workers.rows, "workers", "birth_date");
  group(groups_[rights], pop.rights.worker, pop.rights.rows, workers_, "rights");
  group(groups_[employment], pop.employment.worker, pop.employment.rows, workers_, "employment");
  group(groups_[absences], pop.absences.worker, pop.absences.rows, workers_, "absences");
  group(groups_[competence_extensions], pop.competence_extensions.worker, pop.competence_extensions.rows, workers_,
        "competence_extensions");
  group(groups_[doorstroom], pop.doorstroom.worker, pop.doorstroom.rows, workers_, "doorstroom");
  group(groups_[non_cooperation], pop.non_cooperation.worker, pop.non_cooperation.rows, workers_, "non_cooperation");
  const Grouping& d = groups_[doorstroom];
  if (d.max_per_worker > 1) {
    for (std::size_t i = 0; i < workers_; ++i) {
      if (d.offsets[i + 1] - d.offsets[i] > 1) {
        const std::size_t first = d.rows[d.offsets[i]], second = d.rows[d.offsets[i] + 1];
        throw_invalid(cell("doorstroom", second, "worker"),
                      "worker row " + std::to_string(i) + " already has a transition trajectory (doorstroom[" +
                          std::to_string(first) + "]); a dossier holds at most one");
      }
    }
  }
  for (std::size_t j = 0; j < pop.non_cooperation.rows; ++j) {
    const auto w = static_cast<std::size_t>(pop.non_cooperation.worker[j]);
    if (d.offsets[w + 1] == d.offsets[w])
      throw_invalid(cell("non_cooperation", j, "worker"),
                    "worker row " + std::to_string(w) +
                        " has no transition trajectory (no doorstroom row); non-cooperation is a period inside one (I-11)");
  }
}

void fill_dossier(const Population& pop, const PopulationIndex& index, std::size_t worker, WorkerDossier& d) {
  if (worker >= index.workers())
    throw_invalid("workers", "row " + std::to_string(worker) + " is outside the " + std::to_string(index.workers()) +
                                 " rows of workers");
  const WorkerTable& w = pop.workers;
  d.birth_date = required_date(w.birth_date, "workers", worker, "birth_date");
  const auto sent = optional_date(w.reconsideration_letter_sent, "workers", worker, "reconsideration_letter_sent");
  const auto filed = optional_date(w.reconsideration_filed, "workers", worker, "reconsideration_filed");
  if (sent) {
    d.reconsideration = Reconsideration{*sent, filed};
  } else {
    d.reconsideration.reset();
    if (filed)
      throw_invalid(cell("workers", worker, "reconsideration_filed"),
                    "is set (" + filed->iso() + ") without a reconsideration_letter_sent");
  }

  d.rights.clear();
  {
    const RightTable& t = pop.rights;
    required_column(t.granted, t.rows, "rights", "granted");
    for (const std::size_t j : index.rows_of(List::rights, worker)) {
      const std::int32_t code = t.kind == nullptr ? static_cast<std::int32_t>(RightKind::lde) : t.kind[j];
      if (code < static_cast<std::int32_t>(RightKind::lde) || code > static_cast<std::int32_t>(RightKind::vop))
        throw_invalid(cell("rights", j, "kind"),
                      "unknown right kind code " + std::to_string(code) + " (1 lde, 2 maatwerk, 3 vop)");
      d.rights.push_back(RightGrant{static_cast<RightKind>(code), required_date(t.granted, "rights", j, "granted")});
    }
  }

  {
    // Resized, not cleared: each element keeps its employer label's buffer from row to row.
    const EmploymentTable& t = pop.employment;
    required_column(t.first_day, t.rows, "employment", "first_day");
    const auto mine = index.rows_of(List::employment, worker);
    while (d.employment.size() > mine.size()) d.employment.pop_back();
    while (d.employment.size() < mine.size()) d.employment.push_back(Employment{{}, kEpoch, std::nullopt});
    for (std::size_t k = 0; k < mine.size(); ++k) {
      const std::size_t j = mine[k];
      Employment& e = d.employment[k];
      if (t.employer == nullptr) {
        default_label(e.employer, worker);
      } else {
        const char* label = t.employer[j];
        if (label == nullptr) throw_invalid(cell("employment", j, "employer"), "is missing (a null text)");
        e.employer.assign(label, ::strnlen(label, kMaxNameBytes + 1));
      }
      e.first_day = required_date(t.first_day, "employment", j, "first_day");
      e.last_day = optional_date(t.last_day, "employment", j, "last_day");
      e.employer_recognised = flag_at(t.employer_recognised, "employment", j, "employer_recognised", true);
      const std::int64_t units = t.employer_contingent == nullptr ? 10000 : t.employer_contingent[j];
      if (units < 0)
        throw_invalid(cell("employment", j, "employer_contingent"),
                      "must not be negative, got " + std::to_string(units) + " ten-thousandths of an FTE");
      e.employer_contingent_fte = Fte::from_units(units, "");  // the upper bound is validate()'s (E-15)
      e.employer_in_brussels = flag_at(t.employer_in_brussels, "employment", j, "employer_in_brussels", false);
    }
  }

  d.absences.clear();
  {
    const AbsenceTable& t = pop.absences;
    required_column(t.first_day, t.rows, "absences", "first_day");
    required_column(t.last_day, t.rows, "absences", "last_day");
    required_column(t.reason, t.rows, "absences", "reason");
    for (const std::size_t j : index.rows_of(List::absences, worker)) {
      const std::int32_t r = t.reason[j];
      if (r < static_cast<std::int32_t>(AbsenceReason::illness) || r > static_cast<std::int32_t>(AbsenceReason::other))
        throw_invalid(cell("absences", j, "reason"), "unknown absence reason code " + std::to_string(r) + " (1 to 6)");
      d.absences.push_back(Absence{required_date(t.first_day, "absences", j, "first_day"),
                                   required_date(t.last_day, "absences", j, "last_day"),
                                   static_cast<AbsenceReason>(r)});
    }
  }

  d.competence_extensions.clear();
  {
    const CompetenceTable& t = pop.competence_extensions;
    required_column(t.months, t.rows, "competence_extensions", "months");
    required_column(t.approved, t.rows, "competence_extensions", "approved");
    for (const std::size_t j : index.rows_of(List::competence_extensions, worker)) {
      const std::int32_t months = t.months[j];
      if (months < 1 || months > kMaxCompetenceMonths)
        throw_invalid(cell("competence_extensions", j, "months"),
                      std::to_string(months) + " months is not a possible extension (expected 1 to " +
                          std::to_string(kMaxCompetenceMonths) + ")");
      d.competence_extensions.push_back(
          CompetenceExtension{months, required_date(t.approved, "competence_extensions", j, "approved")});
    }
  }

  {
    const DoorstroomTable& t = pop.doorstroom;
    required_column(t.first_day, t.rows, "doorstroom", "first_day");
    required_column(t.last_day, t.rows, "doorstroom", "last_day");
    const auto mine = index.rows_of(List::doorstroom, worker);
    if (mine.empty()) {
      d.doorstroom.reset();
    } else {
      const std::size_t j = mine.front();
      if (!d.doorstroom) d.doorstroom.emplace(Doorstroom{kEpoch, kEpoch, std::nullopt, {}});  // keeps the non-cooperation buffer once made
      Doorstroom& ds = *d.doorstroom;
      ds.first_day = required_date(t.first_day, "doorstroom", j, "first_day");
      ds.last_day = required_date(t.last_day, "doorstroom", j, "last_day");
      ds.external_job_found = optional_date(t.external_job_found, "doorstroom", j, "external_job_found");
      ds.non_cooperation.clear();
      const NonCooperationTable& nc = pop.non_cooperation;
      required_column(nc.first_day, nc.rows, "non_cooperation", "first_day");
      required_column(nc.last_day, nc.rows, "non_cooperation", "last_day");
      for (const std::size_t k : index.rows_of(List::non_cooperation, worker)) {
        const Date first = required_date(nc.first_day, "non_cooperation", k, "first_day");
        const Date last = required_date(nc.last_day, "non_cooperation", k, "last_day");
        if (last < first)
          throw Error(ErrorCode::invalid_date, cell("non_cooperation", k, "last_day"),
                      "ends (" + last.iso() + ") before it starts (" + first.iso() + ")");
        ds.non_cooperation.emplace_back(first, last, "");
      }
    }
  }
}

std::string table_path(const PopulationIndex& index, std::size_t worker, std::string_view field) {
  // Lists: `rights[k].granted`, `employment[k]...`, `doorstroom.non_cooperation[k].first_day`.
  struct ListPath {
    std::string_view prefix;  // up to and including '['
    List list;
    std::string_view table;
  };
  static constexpr ListPath kLists[] = {
      {"rights[", List::rights, "rights"},
      {"employment[", List::employment, "employment"},
      {"absences[", List::absences, "absences"},
      {"competence_extensions[", List::competence_extensions, "competence_extensions"},
      {"doorstroom.non_cooperation[", List::non_cooperation, "non_cooperation"},
  };
  for (const ListPath& l : kLists) {
    if (field.substr(0, l.prefix.size()) != l.prefix) continue;
    const std::string_view rest = field.substr(l.prefix.size());
    std::size_t k = 0;
    const auto [ptr, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), k);
    if (ec != std::errc() || ptr == rest.data() + rest.size() || *ptr != ']') break;
    const auto mine = worker < index.workers() ? index.rows_of(l.list, worker) : std::span<const std::size_t>{};
    if (k >= mine.size()) break;
    std::string_view tail(ptr + 1, static_cast<std::size_t>(rest.data() + rest.size() - (ptr + 1)));
    // The dossier field behind the column: `employer_contingent_fte` is the column `employer_contingent`.
    if (tail == ".employer_contingent_fte") tail = ".employer_contingent";
    std::string out(l.table);
    out += '[';
    out += std::to_string(mine[k]);
    out += ']';
    out += tail;
    return out;
  }
  if (field.substr(0, 11) == "doorstroom.") {
    const auto mine = worker < index.workers() ? index.rows_of(List::doorstroom, worker) : std::span<const std::size_t>{};
    if (!mine.empty()) return cell("doorstroom", mine.front(), field.substr(11));
  }
  if (field == "doorstroom") {
    const auto mine = worker < index.workers() ? index.rows_of(List::doorstroom, worker) : std::span<const std::size_t>{};
    if (!mine.empty()) return "doorstroom[" + std::to_string(mine.front()) + "]";
  }
  if (field == "reconsideration.letter_sent") return cell("workers", worker, "reconsideration_letter_sent");
  if (field == "reconsideration.filed") return cell("workers", worker, "reconsideration_filed");
  // Already a table path (errors of fill_dossier), or a field of the worker's own row.
  for (const TableSpec& t : schema()) {
    if (field.size() > t.name.size() && field.substr(0, t.name.size()) == t.name &&
        (field[t.name.size()] == '[' || field[t.name.size()] == '.'))
      return std::string(field);
  }
  if (field.empty() || field == "rights" || field == "employment") return "workers[" + std::to_string(worker) + "]";
  return cell("workers", worker, field);
}

WorkerDossier dossier_of(const Population& pop, const PopulationIndex& index, std::size_t worker) {
  WorkerDossier d{Date::from_ymd(1970, 1, 1), {}, {}, {}, {}, std::nullopt, std::nullopt};
  fill_dossier(pop, index, worker, d);  // its errors name table rows already
  try {
    validate(d);
  } catch (const Error& e) {
    throw Error(e.code(), table_path(index, worker, e.field()), e.message());
  }
  return d;
}

namespace {

using detail::days_or_none;

}  // namespace

void PopulationBuffers::add(const WorkerDossier& d) {
  validate(d);
  const auto w = static_cast<std::int64_t>(birth_date_.size());
  birth_date_.push_back(d.birth_date.days_since_epoch());
  letter_sent_.push_back(d.reconsideration ? d.reconsideration->letter_sent.days_since_epoch() : kNoDate);
  filed_.push_back(d.reconsideration ? days_or_none(d.reconsideration->filed) : kNoDate);
  for (const RightGrant& r : d.rights) {
    r_worker_.push_back(w);
    r_kind_.push_back(static_cast<std::int32_t>(r.kind));
    r_granted_.push_back(r.granted.days_since_epoch());
  }
  for (const Employment& e : d.employment) {
    e_worker_.push_back(w);
    e_employer_.push_back(e.employer);
    e_employer_ptr_.push_back(e_employer_.back().c_str());
    e_first_.push_back(e.first_day.days_since_epoch());
    e_last_.push_back(days_or_none(e.last_day));
    e_recognised_.push_back(e.employer_recognised ? 1 : 0);
    e_contingent_.push_back(e.employer_contingent_fte.units());
    e_brussels_.push_back(e.employer_in_brussels ? 1 : 0);
  }
  for (const Absence& a : d.absences) {
    a_worker_.push_back(w);
    a_first_.push_back(a.first_day.days_since_epoch());
    a_last_.push_back(a.last_day.days_since_epoch());
    a_reason_.push_back(static_cast<std::int32_t>(a.reason));
  }
  for (const CompetenceExtension& c : d.competence_extensions) {
    c_worker_.push_back(w);
    c_months_.push_back(c.months);
    c_approved_.push_back(c.approved.days_since_epoch());
  }
  if (d.doorstroom) {
    d_worker_.push_back(w);
    d_first_.push_back(d.doorstroom->first_day.days_since_epoch());
    d_last_.push_back(d.doorstroom->last_day.days_since_epoch());
    d_job_.push_back(days_or_none(d.doorstroom->external_job_found));
    for (const Period& p : d.doorstroom->non_cooperation) {
      n_worker_.push_back(w);
      n_first_.push_back(p.first().days_since_epoch());
      n_last_.push_back(p.last().days_since_epoch());
    }
  }
}

Population PopulationBuffers::view() const noexcept {
  Population p;
  p.workers = {birth_date_.size(), birth_date_.data(), letter_sent_.data(), filed_.data()};
  p.rights = {r_worker_.size(), r_worker_.data(), r_kind_.data(), r_granted_.data()};
  p.employment = {e_worker_.size(), e_worker_.data(), e_employer_ptr_.data(), e_first_.data(), e_last_.data(),
                  e_recognised_.data(), e_contingent_.data(), e_brussels_.data()};
  p.absences = {a_worker_.size(), a_worker_.data(), a_first_.data(), a_last_.data(), a_reason_.data()};
  p.competence_extensions = {c_worker_.size(), c_worker_.data(), c_months_.data(), c_approved_.data()};
  p.doorstroom = {d_worker_.size(), d_worker_.data(), d_first_.data(), d_last_.data(), d_job_.data()};
  p.non_cooperation = {n_worker_.size(), n_worker_.data(), n_first_.data(), n_last_.data()};
  return p;
}

namespace {

/// The scratch of one thread: the dossier refilled for each worker and the rules' buffers.
struct TableScratch {
  WorkerDossier dossier{Date::from_ymd(1970, 1, 1), {}, {}, {}, {}, std::nullopt, std::nullopt};
  worker_detail::WorkerScratch rules;
  bool reserved = false;
};

}  // namespace

void evaluate_population(const Population& pop, std::int64_t at, const ParameterSet& params,
                         const PopulationResults& out, unsigned threads, const ProgressFn& progress) {
  check_threads(threads);  // lde/core/limits.hpp: the one bound of every batch front end
  const Date on = Date::from_days_since_epoch(at, "at");
  const PopulationIndex index(pop);
  const worker_detail::WorkerParams wp(params);
  const std::size_t n = pop.workers.rows;

  auto one = [&](std::size_t i, TableScratch& scratch) {
    if (!scratch.reserved) {
      // As large as the largest worker needs, so that no worker allocates.
      WorkerDossier& d = scratch.dossier;
      d.rights.reserve(index.max_per_worker(List::rights));
      d.employment.reserve(index.max_per_worker(List::employment));
      d.absences.reserve(index.max_per_worker(List::absences));
      d.competence_extensions.reserve(index.max_per_worker(List::competence_extensions));
      if (index.max_per_worker(List::doorstroom) > 0) {
        d.doorstroom.emplace(Doorstroom{kEpoch, kEpoch, std::nullopt, {}});
        d.doorstroom->non_cooperation.reserve(index.max_per_worker(List::non_cooperation));
      }
      scratch.rules.reserve(index.max_per_worker(List::rights), index.max_per_worker(List::employment),
                            index.max_per_worker(List::absences));
      scratch.reserved = true;
    }
    WorkerDossier& d = scratch.dossier;
    fill_dossier(pop, index, i, d);  // its errors name table rows already
    try {
      validate(d);
      // The same rule code as evaluate_worker(), tracing off, only the values the columns need.
      const WorkerStatus s =
          worker_detail::evaluate_validated(d, on, wp, nullptr, worker_detail::Detail::values, scratch.rules);
      detail::write_row(out, i, d, s, scratch.rules.periods);
      if (out.continuation_first_day) out.continuation_first_day[i] = days_or_none(s.continuation.from);
      if (out.right_ended)
        out.right_ended[i] = !s.right.ended ? 0 : (*s.right.ended == RightEnd::expired ? 1 : 2);
    } catch (const Error& e) {
      throw Error(e.code(), table_path(index, i, e.field()), e.message());
    } catch (const std::bad_alloc&) {
      throw;  // out of memory stays out of memory (C: LDE_STATUS_OUT_OF_MEMORY), never "internal"
    } catch (const std::exception& e) {
      throw Error(ErrorCode::internal, "workers[" + std::to_string(i) + "]", e.what());
    }
  };
  const std::function<void(std::size_t)> done = [&](std::size_t rows) { progress(rows, n); };
  detail::parallel_rows<TableScratch>(n, detail::thread_count(threads, n), 1024, one, progress ? &done : nullptr);
}

}  // namespace lde::population
