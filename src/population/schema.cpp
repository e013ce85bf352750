// The one column schema of a population (lde/population/schema.hpp): every column of every table
// once, with its type, default, bounds and the dossier field it holds.
#include "lde/population/schema.hpp"

#include "lde/core/limits.hpp"

#include <cstddef>
#include <cstring>

namespace lde::population {

namespace {

using T = ColumnType;

// offsetof on the standard-layout table structs: the slot of each column's pointer.
#define LDE_COL(Struct, member) offsetof(Struct, member)

constexpr ColumnSpec kWorkers[] = {
    {"birth_date", T::date, true, false, "", 0, 0, "birth_date", "Birth date (I-3).",
     LDE_COL(WorkerTable, birth_date)},
    {"reconsideration_letter_sent", T::date, false, true, "", 0, 0, "reconsideration.letter_sent",
     "Day VDAB sent the registered letter with a reconsideration's result (WSE-FAQ 5.8, I-24); empty: none.",
     LDE_COL(WorkerTable, reconsideration_letter_sent)},
    {"reconsideration_filed", T::date, false, true, "", 0, 0, "reconsideration.filed",
     "Day a petition was filed at the labour court (I-24); empty: none. Needs reconsideration_letter_sent.",
     LDE_COL(WorkerTable, reconsideration_filed)},
};

constexpr ColumnSpec kRights[] = {
    {"worker", T::worker, true, false, "", 0, 0, "", "The worker.", LDE_COL(RightTable, worker)},
    {"kind", T::right_kind, false, false, "lde", 1, 3, "rights[].kind",
     "Right granted by VDAB indication: lde, maatwerk or vop (one at a time, I-6).", LDE_COL(RightTable, kind)},
    {"granted", T::date, true, false, "", 0, 0, "rights[].granted",
     "Grant date; valid from this day for 5 years (I-4) or until a later indication replaces it (I-6).",
     LDE_COL(RightTable, granted)},
};

constexpr ColumnSpec kEmployment[] = {
    {"worker", T::worker, true, false, "", 0, 0, "", "The worker.", LDE_COL(EmploymentTable, worker)},
    {"employer", T::text, false, false, "", 0, 0, "employment[].employer",
     "Employer label (allocation number or name); absent column: one employer per worker, labelled \"worker N\".",
     LDE_COL(EmploymentTable, employer)},
    {"first_day", T::date, true, false, "", 0, 0, "employment[].first_day", "First day of employment (I-5, I-7).",
     LDE_COL(EmploymentTable, first_day)},
    {"last_day", T::date, false, true, "", 0, 0, "employment[].last_day", "Last day; empty: still employed.",
     LDE_COL(EmploymentTable, last_day)},
    {"employer_recognised", T::flag, false, false, "true", 0, 1, "employment[].employer_recognised",
     "The employer holds the LDE label on the first day (I-5).", LDE_COL(EmploymentTable, employer_recognised)},
    {"employer_contingent", T::fte, false, false, "1", 0, kMaxFteUnits, "employment[].employer_contingent_fte",
     "The employer's allocated contingent on the first day, in FTE (I-5: must be > 0; default 1, F-1).",
     LDE_COL(EmploymentTable, employer_contingent)},
    {"employer_in_brussels", T::flag, false, false, "false", 0, 1, "employment[].employer_in_brussels",
     "The employer is established in Brussels (I-5: excluded).", LDE_COL(EmploymentTable, employer_in_brussels)},
};

constexpr ColumnSpec kAbsences[] = {
    {"worker", T::worker, true, false, "", 0, 0, "", "The worker.", LDE_COL(AbsenceTable, worker)},
    {"first_day", T::date, true, false, "", 0, 0, "absences[].first_day", "First day absent (I-1).",
     LDE_COL(AbsenceTable, first_day)},
    {"last_day", T::date, true, false, "", 0, 0, "absences[].last_day", "Last day absent (I-1).",
     LDE_COL(AbsenceTable, last_day)},
    {"reason", T::absence_reason, true, false, "", 1, 6, "absences[].reason",
     "illness, accident, maternity_leave, paternity_leave, adoption_leave (may extend the trajectory, I-8) or other.",
     LDE_COL(AbsenceTable, reason)},
};

constexpr ColumnSpec kCompetence[] = {
    {"worker", T::worker, true, false, "", 0, 0, "", "The worker.", LDE_COL(CompetenceTable, worker)},
    {"months", T::count, true, false, "", 1, kMaxCompetenceMonths, "competence_extensions[].months",
     "Months approved by VDAB for competence strengthening (I-9; the rule caps the total).",
     LDE_COL(CompetenceTable, months)},
    {"approved", T::date, true, false, "", 0, 0, "competence_extensions[].approved", "Date VDAB approved it (I-9).",
     LDE_COL(CompetenceTable, approved)},
};

constexpr ColumnSpec kDoorstroom[] = {
    {"worker", T::worker, true, false, "", 0, 0, "", "The worker (at most one row per worker).",
     LDE_COL(DoorstroomTable, worker)},
    {"first_day", T::date, true, false, "", 0, 0, "doorstroom.first_day",
     "First day of the transition trajectory (I-11).", LDE_COL(DoorstroomTable, first_day)},
    {"last_day", T::date, true, false, "", 0, 0, "doorstroom.last_day", "Last day of the transition trajectory.",
     LDE_COL(DoorstroomTable, last_day)},
    {"external_job_found", T::date, false, true, "", 0, 0, "doorstroom.external_job_found",
     "Date a job in the regular circuit was found (I-11); empty: none.",
     LDE_COL(DoorstroomTable, external_job_found)},
};

constexpr ColumnSpec kNonCooperation[] = {
    {"worker", T::worker, true, false, "", 0, 0, "", "The worker (who has a doorstroom row).",
     LDE_COL(NonCooperationTable, worker)},
    {"first_day", T::date, true, false, "", 0, 0, "doorstroom.non_cooperation[].first_day",
     "First day the worker did not cooperate with VDAB mediation (I-11).", LDE_COL(NonCooperationTable, first_day)},
    {"last_day", T::date, true, false, "", 0, 0, "doorstroom.non_cooperation[].last_day", "Last day of that period.",
     LDE_COL(NonCooperationTable, last_day)},
};

#undef LDE_COL

constexpr TableSpec kSchema[kTableCount] = {
    {Table::workers, "workers", kWorkers, "One row per worker.", sizeof(WorkerTable), offsetof(Population, workers)},
    {Table::rights, "rights", kRights, "One row per right granted.", sizeof(RightTable), offsetof(Population, rights)},
    {Table::employment, "employment", kEmployment, "One row per employment period.", sizeof(EmploymentTable),
     offsetof(Population, employment)},
    {Table::absences, "absences", kAbsences, "One row per absence.", sizeof(AbsenceTable),
     offsetof(Population, absences)},
    {Table::competence_extensions, "competence_extensions", kCompetence, "One row per approved competence extension.",
     sizeof(CompetenceTable), offsetof(Population, competence_extensions)},
    {Table::doorstroom, "doorstroom", kDoorstroom, "At most one row per worker: the transition trajectory.",
     sizeof(DoorstroomTable), offsetof(Population, doorstroom)},
    {Table::non_cooperation, "non_cooperation", kNonCooperation,
     "One row per period of non-cooperation inside the transition trajectory.", sizeof(NonCooperationTable),
     offsetof(Population, non_cooperation)},
};

// Every table struct is `std::size_t rows` followed by one pointer per column, in schema order.
static_assert(offsetof(WorkerTable, rows) == 0 && offsetof(RightTable, rows) == 0 &&
              offsetof(EmploymentTable, rows) == 0 && offsetof(AbsenceTable, rows) == 0 &&
              offsetof(CompetenceTable, rows) == 0 && offsetof(DoorstroomTable, rows) == 0 &&
              offsetof(NonCooperationTable, rows) == 0);
static_assert(sizeof(WorkerTable) == sizeof(std::size_t) + 3 * sizeof(void*));
static_assert(sizeof(RightTable) == sizeof(std::size_t) + 3 * sizeof(void*));
static_assert(sizeof(EmploymentTable) == sizeof(std::size_t) + 7 * sizeof(void*));
static_assert(sizeof(AbsenceTable) == sizeof(std::size_t) + 4 * sizeof(void*));
static_assert(sizeof(CompetenceTable) == sizeof(std::size_t) + 3 * sizeof(void*));
static_assert(sizeof(DoorstroomTable) == sizeof(std::size_t) + 4 * sizeof(void*));
static_assert(sizeof(NonCooperationTable) == sizeof(std::size_t) + 3 * sizeof(void*));

char* table_base(Population& pop, Table t) noexcept {
  return reinterpret_cast<char*>(&pop) + kSchema[static_cast<std::size_t>(t)].offset;
}
const char* table_base(const Population& pop, Table t) noexcept {
  return reinterpret_cast<const char*>(&pop) + kSchema[static_cast<std::size_t>(t)].offset;
}

}  // namespace

std::string_view to_string(ColumnType type) noexcept {
  switch (type) {
    case ColumnType::worker: return "worker";
    case ColumnType::date: return "date";
    case ColumnType::flag: return "flag";
    case ColumnType::count: return "count";
    case ColumnType::fte: return "fte";
    case ColumnType::right_kind: return "right_kind";
    case ColumnType::absence_reason: return "absence_reason";
    case ColumnType::text: return "text";
  }
  return "unknown";
}

std::span<const TableSpec> schema() noexcept { return kSchema; }

const TableSpec& table_spec(Table t) noexcept { return kSchema[static_cast<std::size_t>(t)]; }

const TableSpec* find_table(std::string_view name) noexcept {
  for (const TableSpec& t : kSchema)
    if (t.name == name) return &t;
  return nullptr;
}

const ColumnSpec* find_column(const TableSpec& table, std::string_view name) noexcept {
  for (const ColumnSpec& c : table.columns)
    if (c.name == name) return &c;
  return nullptr;
}

std::size_t& table_rows(Population& pop, Table t) noexcept {
  return *reinterpret_cast<std::size_t*>(table_base(pop, t));
}

std::size_t table_rows(const Population& pop, Table t) noexcept {
  return *reinterpret_cast<const std::size_t*>(table_base(pop, t));
}

// Every column pointer is an object pointer (const T* or const char* const*), all of one size and
// representation: copied as bytes, never accessed through a pointer of another type.
static_assert(sizeof(const void*) == sizeof(const std::int64_t*) && sizeof(const void*) == sizeof(const char* const*));

void set_column_data(Population& pop, Table t, const ColumnSpec& column, const void* data) noexcept {
  std::memcpy(table_base(pop, t) + column.offset, &data, sizeof data);
}

const void* column_data(const Population& pop, Table t, const ColumnSpec& column) noexcept {
  const void* data = nullptr;
  std::memcpy(&data, table_base(pop, t) + column.offset, sizeof data);
  return data;
}

}  // namespace lde::population
