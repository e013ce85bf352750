// Populations of whole dossiers (lde/population/tables.hpp, schema.hpp): every dossier has one
// representation in the tables and back; the tables evaluate to exactly what evaluate_worker()
// gives for each dossier, on every worker dossier of tests/cases (grouped by evaluation date) and
// on random dossiers with several rights, employment periods, competence approvals, doorstroom and
// non-cooperation; bad tables are named errors.
#include "lde/core/error.hpp"
#include "lde/core/parameters.hpp"
#include "lde/io/cases.hpp"
#include "lde/io/json.hpp"
#include "lde/population/schema.hpp"
#include "lde/population/tables.hpp"
#include "lde/worker/status.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>
#include <algorithm>

using namespace lde;
using namespace lde::population;

namespace {

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The output columns of one worker.
struct Row {
  std::int32_t right_kind = -1, competence = -1, continuation = -1, right_ended = -1;
  std::uint8_t right_valid = 9, eligible = 9, in_t = 9, in_c = 9, paid = 9;
  std::int64_t right_last = -1, t_first = -1, t_last = -1, ext = -1, cont_first = -1;
  std::uint32_t reason = 0xffffffffu;
  bool operator==(const Row&) const = default;
};

std::ostream& operator<<(std::ostream& o, const Row& r) {
  return o << r.right_kind << ' ' << int(r.right_valid) << ' ' << r.right_last << ' ' << int(r.eligible) << ' '
           << r.t_first << ' ' << r.t_last << ' ' << r.ext << ' ' << r.competence << ' ' << r.continuation << ' '
           << int(r.in_t) << int(r.in_c) << int(r.paid) << ' ' << r.reason << ' ' << r.cont_first << ' '
           << r.right_ended;
}

std::int64_t days(const std::optional<Date>& d) { return d ? d->days_since_epoch() : kNoDate; }

/// What evaluate_worker() says, in the columns' terms.
Row scalar_row(const WorkerDossier& d, Date at, const ParameterSet& params) {
  const WorkerStatus s = evaluate_worker(d, at, params);
  Row r;
  r.right_kind = s.right.kind ? static_cast<std::int32_t>(*s.right.kind) : 0;
  r.right_valid = s.right.valid;
  r.right_last = days(s.right.last_day);
  r.eligible = s.hiring && s.hiring->eligible;
  r.t_first = s.trajectory ? s.trajectory->first_day.days_since_epoch() : kNoDate;
  r.t_last = s.trajectory ? s.trajectory->last_day.days_since_epoch() : kNoDate;
  r.ext = s.trajectory ? s.trajectory->absence_extension_days : 0;
  r.competence = s.trajectory ? s.trajectory->competence_extension_months : 0;
  r.continuation = static_cast<std::int32_t>(s.continuation.kind);
  r.in_t = s.in_trajectory;
  r.in_c = s.in_continuation;
  r.paid = s.compensated;
  r.reason = reason_bits(d, s, params);
  r.cont_first = days(s.continuation.from);
  r.right_ended = !s.right.ended ? 0 : (*s.right.ended == RightEnd::expired ? 1 : 2);
  return r;
}

/// evaluate_population() of @p pop on @p at, as rows.
std::vector<Row> table_rows_of(const Population& pop, Date at, const ParameterSet& params, unsigned threads) {
  const std::size_t n = pop.workers.rows;
  std::vector<std::int32_t> kind(n), competence(n), continuation(n), ended(n);
  std::vector<std::uint8_t> valid(n), eligible(n), in_t(n), in_c(n), paid(n);
  std::vector<std::int64_t> last(n), t_first(n), t_last(n), ext(n), cont_first(n);
  std::vector<std::uint32_t> reason(n);
  PopulationResults out;
  out.right_kind = kind.data();
  out.right_valid = valid.data();
  out.right_last_day = last.data();
  out.hiring_eligible = eligible.data();
  out.trajectory_first_day = t_first.data();
  out.trajectory_last_day = t_last.data();
  out.absence_extension_days = ext.data();
  out.competence_extension_months = competence.data();
  out.continuation = continuation.data();
  out.in_trajectory = in_t.data();
  out.in_continuation = in_c.data();
  out.compensated = paid.data();
  out.reason = reason.data();
  out.continuation_first_day = cont_first.data();
  out.right_ended = ended.data();
  evaluate_population(pop, at.days_since_epoch(), params, out, threads);
  std::vector<Row> rows(n);
  for (std::size_t i = 0; i < n; ++i) {
    rows[i] = Row{kind[i], competence[i], continuation[i], ended[i], valid[i], eligible[i], in_t[i], in_c[i], paid[i],
                  last[i], t_first[i], t_last[i], ext[i], cont_first[i], reason[i]};
  }
  return rows;
}

/// A random dossier with lists: replaced rights (I-6), a second employment period at another
/// employer (I-7), several competence approvals (I-9), doorstroom with non-cooperation (I-11),
/// chained and overlapping absences, 29 February births, trajectories before 2015-04-01.
WorkerDossier random_dossier(std::mt19937_64& rng) {
  auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
  auto day = [](std::int64_t n) { return Date::from_days_since_epoch(n); };
  const std::int64_t birth = pick(0, 7) == 0 ? Date::from_ymd(static_cast<int>(1952 + 4 * pick(0, 10)), 2, 29).days_since_epoch()
                                             : Date::from_ymd(1950, 1, 1).days_since_epoch() + pick(0, 365 * 50);
  WorkerDossier d{day(birth), {}, {}, {}, {}, std::nullopt, std::nullopt};
  std::int64_t g = std::max(birth + 365 * 16, Date::from_ymd(2008, 1, 1).days_since_epoch() + pick(0, 365 * 12));
  for (std::int64_t k = pick(0, 3); k > 0; --k) {
    d.rights.push_back(RightGrant{static_cast<RightKind>(pick(0, 3) == 0 ? pick(2, 3) : 1), day(g)});
    g += pick(1, 365 * 4);
  }
  if (!d.rights.empty() && pick(0, 9) != 0) {
    std::int64_t f = d.rights.front().granted.days_since_epoch() + pick(-60, 365 * 3);
    const std::int64_t spells = pick(1, 3);
    for (std::int64_t k = 0; k < spells; ++k) {
      const bool ends = k + 1 < spells || pick(0, 2) == 0;
      const std::int64_t last = f + pick(30, 365 * 4);
      d.employment.push_back(Employment{"employer " + std::to_string(pick(1, 4)) + (pick(0, 5) == 0 ? " with a rather long name vzw" : ""),
                                        day(f), ends ? std::optional<Date>(day(last)) : std::nullopt,
                                        pick(0, 19) != 0, Fte::from_units(pick(0, 14) == 0 ? 0 : pick(1, 200000)),
                                        pick(0, 19) == 0});
      f = last + pick(1, 400);
    }
    const std::int64_t first = d.employment.front().first_day.days_since_epoch();
    for (std::int64_t k = pick(0, 3) == 0 ? pick(1, 3) : 0; k > 0; --k)
      d.competence_extensions.push_back(CompetenceExtension{static_cast<int>(pick(1, 20)), day(first + pick(0, 365 * 6))});
    std::int64_t a = first + pick(-200, 365 * 5);
    for (std::int64_t k = pick(0, 5); k > 0; --k) {
      const std::int64_t len = pick(0, 3) == 0 ? pick(25, 35) : pick(0, 200);
      const std::int64_t from = std::max(a, birth);
      d.absences.push_back(Absence{day(from), day(from + len), static_cast<AbsenceReason>(pick(1, 6))});
      const std::int64_t gap = pick(0, 2);
      a = gap == 0 ? a + len + 1 : gap == 1 ? a + len / 2 : a + len + pick(2, 400);
    }
    if (pick(0, 3) == 0) {
      const std::int64_t ds = first + pick(365 * 3, 365 * 6);
      Doorstroom door{day(ds), day(ds + pick(0, 365 * 2)), std::nullopt, {}};
      if (pick(0, 2) == 0) door.external_job_found = day(ds + pick(0, 365 * 3));
      std::int64_t nc = ds + pick(0, 100);
      for (std::int64_t k = pick(0, 3); k > 0; --k) {
        const std::int64_t len = pick(0, 60);
        door.non_cooperation.emplace_back(day(nc), day(nc + len));
        nc += len + pick(1, 200);
      }
      d.doorstroom = door;
    }
  }
  if (pick(0, 9) == 0) {
    const Date sent = day(Date::from_ymd(2020, 1, 1).days_since_epoch() + pick(0, 365 * 5));
    d.reconsideration = Reconsideration{sent, pick(0, 1) ? std::optional<Date>(day(sent.days_since_epoch() + pick(0, 90)))
                                                         : std::nullopt};
  }
  return d;
}

/// Expects @p f to throw an Error whose field is @p field.
template <class F>
void expect_field(F&& f, const std::string& field) {
  try {
    f();
    FAIL("no error; expected one naming " << field);
  } catch (const Error& e) {
    CHECK(e.field() == field);
    CHECK(e.code() != ErrorCode::internal);
  }
}

}  // namespace

TEST_CASE("tables: every worker dossier of tests/cases, one population per evaluation date, gives evaluate_worker's values") {
  // Grouped by (date, parameter changes): one population per group.
  struct Group {
    ParameterSet params = ParameterSet::defaults();
    std::vector<WorkerDossier> dossiers;
    std::vector<std::string> names;
  };
  std::map<std::string, Group> groups;
  for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(LDE_SOURCE_DIR) / "tests" / "cases")) {
    if (entry.path().extension() != ".json") continue;
    const std::string text = read_text(entry.path());
    for (std::size_t i = 0;; ++i) {
      const std::string c = "cases[" + std::to_string(i) + "]";
      if (!io::value_at(text, c)) break;
      const auto worker = io::value_at(text, c + ".worker");
      const auto at = io::value_at(text, c + ".at");
      if (!worker || !at || io::value_at(text, c + ".expect_error")) continue;
      const auto changes = io::value_at(text, c + ".parameters");
      Group& g = groups[*at + (changes ? *changes : std::string())];
      if (changes) g.params = ParameterSet::defaults().with_changes(*changes);
      g.dossiers.push_back(io::parse_worker(*worker));
      g.names.push_back(entry.path().filename().string() + " " + c);
    }
  }
  std::size_t compared = 0;
  for (const auto& [key, g] : groups) {
    const Date at = Date::parse(key.substr(1, 10));
    PopulationBuffers buffers;
    for (const WorkerDossier& d : g.dossiers) buffers.add(d);
    const Population pop = buffers.view();
    const std::vector<Row> rows = table_rows_of(pop, at, g.params, 0);
    const PopulationIndex index(pop);
    for (std::size_t i = 0; i < g.dossiers.size(); ++i) {
      CAPTURE(g.names[i]);
      CHECK(rows[i] == scalar_row(g.dossiers[i], at, g.params));
      CHECK(io::to_json(dossier_of(pop, index, i)) == io::to_json(g.dossiers[i]));
      ++compared;
    }
  }
  MESSAGE(compared << " worker dossiers of tests/cases in " << groups.size() << " populations");
  CHECK(compared >= 50);
}

TEST_CASE("tables: random dossiers with lists round-trip and evaluate as the scalar call, on any number of threads") {
  std::mt19937_64 rng(20261204);
  const ParameterSet params = ParameterSet::defaults();
  PopulationBuffers buffers;
  std::vector<WorkerDossier> dossiers;
  std::size_t multi_right = 0, multi_job = 0, nc = 0, competence = 0;
  while (dossiers.size() < 1200) {
    WorkerDossier d = random_dossier(rng);
    try {
      validate(d);
      // A conflict (two kinds granted on one day, overlapping employers) is the scalar call's error too.
      (void)evaluate_worker(d, Date::from_ymd(2024, 1, 1), params);
    } catch (const Error&) {
      continue;
    }
    multi_right += d.rights.size() > 1;
    multi_job += d.employment.size() > 1;
    nc += d.doorstroom && !d.doorstroom->non_cooperation.empty();
    competence += d.competence_extensions.size() > 1;
    buffers.add(d);
    dossiers.push_back(std::move(d));
  }
  CHECK(multi_right > 60);
  CHECK(multi_job > 60);
  CHECK(nc > 12);
  CHECK(competence > 12);
  const Population pop = buffers.view();
  const PopulationIndex index(pop);
  for (std::size_t i = 0; i < dossiers.size(); ++i)
    REQUIRE(io::to_json(dossier_of(pop, index, i)) == io::to_json(dossiers[i]));
  for (const Date at : {Date::from_ymd(2014, 6, 30), Date::from_ymd(2019, 2, 28), Date::from_ymd(2024, 2, 29),
                        Date::from_ymd(2030, 12, 31)}) {
    CAPTURE(at.iso());
    const std::vector<Row> one = table_rows_of(pop, at, params, 1);
    CHECK(table_rows_of(pop, at, params, 2) == one);
    for (std::size_t i = 0; i < dossiers.size(); ++i) {
      CAPTURE(i);
      REQUIRE(one[i] == scalar_row(dossiers[i], at, params));
    }
  }
}

TEST_CASE("tables: bad tables are errors naming the table row and column") {
  const std::int64_t b[] = {Date::from_ymd(1970, 1, 1).days_since_epoch(), Date::from_ymd(1980, 5, 5).days_since_epoch()};
  const std::int64_t d2020 = Date::from_ymd(2020, 1, 1).days_since_epoch();
  Population pop;
  pop.workers = {2, b, nullptr, nullptr};
  const ParameterSet params = ParameterSet::defaults();
  PopulationResults out;  // every output skipped
  auto run = [&] { evaluate_population(pop, d2020, params, out, 1); };
  run();  // two workers without lists: fine

  const std::int64_t bad_worker[] = {0, 2};
  const std::int64_t granted[] = {d2020, d2020};
  pop.rights = {2, bad_worker, nullptr, granted};
  expect_field(run, "rights[1].worker");
  pop.rights = {2, nullptr, nullptr, granted};
  expect_field(run, "rights.worker");
  const std::int64_t workers01[] = {0, 1};
  const std::int32_t kinds[] = {1, 7};
  pop.rights = {2, workers01, kinds, granted};
  expect_field(run, "rights[1].kind");
  pop.rights = {2, workers01, nullptr, nullptr};
  expect_field(run, "rights.granted");
  const std::int64_t no_date[] = {d2020, kNoDate};
  pop.rights = {2, workers01, nullptr, no_date};
  expect_field(run, "rights[1].granted");
  pop.rights = {2, workers01, nullptr, granted};
  run();

  // A dossier-level error (validate()) is mapped back to the table row: the second absence of worker 1.
  const std::int64_t a_worker[] = {1, 0, 1};
  const std::int64_t a_first[] = {d2020, d2020, d2020 + 10};
  const std::int64_t a_last[] = {d2020 + 5, d2020 + 5, d2020 + 2};
  const std::int32_t a_reason[] = {1, 1, 1};
  pop.absences = {3, a_worker, a_first, a_last, a_reason};
  expect_field(run, "absences[2].last_day");
  const std::int32_t bad_reason[] = {1, 0, 1};
  pop.absences = {3, a_worker, a_first, a_first, bad_reason};
  expect_field(run, "absences[1].reason");
  // A cell error names its table row, never re-read as a position in the worker's own list: row 1 is
  // worker 0's first absence, and worker 0 has two (rows 1 and 2).
  const std::int64_t a_worker2[] = {1, 0, 0};
  pop.absences = {3, a_worker2, a_first, a_first, bad_reason};
  expect_field(run, "absences[1].reason");
  expect_field([&] { (void)dossier_of(pop, PopulationIndex(pop), 0); }, "absences[1].reason");
  pop.absences = {};

  const std::int64_t contingent[] = {10000, -1};
  const std::int64_t e_first[] = {d2020, d2020};
  pop.employment = {2, workers01, nullptr, e_first, nullptr, nullptr, contingent, nullptr};
  expect_field(run, "employment[1].employer_contingent");
  const std::int64_t too_big[] = {10000, std::int64_t{100001} * 10000};
  pop.employment = {2, workers01, nullptr, e_first, nullptr, nullptr, too_big, nullptr};
  expect_field(run, "employment[1].employer_contingent");
  const char* blank[] = {"A", "  "};
  pop.employment = {2, workers01, blank, e_first, nullptr, nullptr, nullptr, nullptr};
  expect_field(run, "employment[1].employer");
  const char* null_label[] = {"A", nullptr};
  pop.employment = {2, workers01, null_label, e_first, nullptr, nullptr, nullptr, nullptr};
  expect_field(run, "employment[1].employer");
  const std::uint8_t flag2[] = {1, 2};
  pop.employment = {2, workers01, nullptr, e_first, nullptr, flag2, nullptr, nullptr};
  expect_field(run, "employment[1].employer_recognised");
  const std::int64_t before_birth[] = {d2020, Date::from_ymd(1979, 1, 1).days_since_epoch()};
  pop.employment = {2, workers01, nullptr, before_birth, nullptr, nullptr, nullptr, nullptr};
  expect_field(run, "employment[1].first_day");
  pop.employment = {};

  const std::int32_t months[] = {3, 121};
  pop.competence_extensions = {2, workers01, months, granted};
  expect_field(run, "competence_extensions[1].months");
  pop.competence_extensions = {};

  const std::int64_t twice[] = {1, 1};
  const std::int64_t ds_last[] = {d2020 + 100, d2020 + 100};
  pop.doorstroom = {2, twice, e_first, ds_last, nullptr};
  expect_field(run, "doorstroom[1].worker");
  pop.doorstroom = {1, workers01 + 1, e_first, ds_last, nullptr};
  pop.non_cooperation = {1, workers01, e_first, ds_last};  // worker 0 has no doorstroom row
  expect_field(run, "non_cooperation[0].worker");
  const std::int64_t nc_last[] = {d2020 - 1};
  pop.non_cooperation = {1, workers01 + 1, e_first, nc_last};
  expect_field(run, "non_cooperation[0].last_day");
  pop.non_cooperation = {};
  pop.doorstroom = {};

  const std::int64_t filed[] = {kNoDate, d2020};
  pop.workers = {2, b, nullptr, filed};
  expect_field(run, "workers[1].reconsideration_filed");
  const std::int64_t no_birth[] = {b[0], kNoDate};
  pop.workers = {2, no_birth, nullptr, nullptr};
  expect_field(run, "workers[1].birth_date");
  pop.workers = {2, nullptr, nullptr, nullptr};
  expect_field(run, "workers.birth_date");
}

TEST_CASE("schema: every column of every table struct is in the schema once, in struct order, with its offset") {
  std::set<std::string> tables;
  std::size_t next_table_offset = 0;
  for (const TableSpec& t : schema()) {
    CAPTURE(std::string(t.name));
    CHECK(tables.insert(std::string(t.name)).second);
    CHECK(find_table(t.name) == &t);
    CHECK(&table_spec(t.table) == &t);
    CHECK(t.offset >= next_table_offset);
    next_table_offset = t.offset + t.struct_size;
    // rows, then one pointer per column, in order: the struct has no member the schema lacks.
    CHECK(t.struct_size == sizeof(std::size_t) + t.columns.size() * sizeof(void*));
    std::size_t expected = sizeof(std::size_t);
    std::set<std::string> names;
    for (const ColumnSpec& c : t.columns) {
      CAPTURE(std::string(c.name));
      CHECK(names.insert(std::string(c.name)).second);
      CHECK(c.offset == expected);
      expected += sizeof(void*);
      CHECK(find_column(t, c.name) == &c);
      CHECK(!c.doc.empty());
      if (c.type == ColumnType::worker) CHECK(c.name == "worker");
      if (c.required) CHECK(c.default_text.empty());
      if (c.type == ColumnType::count || c.type == ColumnType::fte) CHECK(c.min < c.max);
    }
  }
  CHECK(next_table_offset == sizeof(Population));
  CHECK(tables.size() == kTableCount);
  // set_column_data() and column_data() reach the struct's own members.
  Population pop;
  const std::int64_t x[] = {1};
  set_column_data(pop, Table::employment, *find_column(table_spec(Table::employment), "employer_contingent"), x);
  CHECK(pop.employment.employer_contingent == x);
  CHECK(column_data(pop, Table::employment, *find_column(table_spec(Table::employment), "employer_contingent")) == x);
  table_rows(pop, Table::non_cooperation) = 3;
  CHECK(pop.non_cooperation.rows == 3);
}

TEST_CASE("tables: the one-spell columns and the same population as tables give the same outputs") {
  // The shorthand (evaluate_workers over WorkerColumns) and the tables fill one dossier each their own
  // way; both then run the same rules. Random one-spell rows, converted to tables as the docs say.
  std::mt19937_64 rng(7);
  auto pick = [&](std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); };
  const std::size_t n = 3000;
  const std::int64_t y2008 = Date::from_ymd(2008, 1, 1).days_since_epoch();
  std::vector<std::int64_t> birth(n), granted(n), first(n), last(n), contingent(n), approved(n), ds_first(n), ds_last(n),
      job(n);
  std::vector<std::int32_t> kind(n), months(n);
  std::vector<std::uint8_t> recognised(n), brussels(n);
  std::vector<std::int64_t> a_worker, a_first, a_last;
  std::vector<std::int32_t> a_reason;
  for (std::size_t i = 0; i < n; ++i) {
    birth[i] = Date::from_ymd(1955, 1, 1).days_since_epoch() + pick(0, 365 * 45);
    kind[i] = static_cast<std::int32_t>(pick(1, 3));
    granted[i] = pick(0, 9) == 0 ? kNoDate : std::max(birth[i] + 365 * 16, y2008 + pick(0, 365 * 14));
    first[i] = granted[i] == kNoDate || pick(0, 9) == 0 ? kNoDate : granted[i] + pick(-30, 365 * 3);
    last[i] = first[i] != kNoDate && pick(0, 3) == 0 ? first[i] + pick(0, 365 * 7) : kNoDate;
    recognised[i] = pick(0, 19) != 0;
    brussels[i] = pick(0, 19) == 0;
    contingent[i] = pick(0, 14) == 0 ? 0 : pick(1, 200000);
    months[i] = first[i] != kNoDate && pick(0, 4) == 0 ? static_cast<std::int32_t>(pick(1, 30)) : 0;
    approved[i] = months[i] > 0 ? first[i] + pick(0, 365 * 6) : kNoDate;
    ds_first[i] = first[i] != kNoDate && pick(0, 4) == 0 ? first[i] + pick(365 * 3, 365 * 6) : kNoDate;
    ds_last[i] = ds_first[i] != kNoDate ? ds_first[i] + pick(0, 500) : kNoDate;
    job[i] = ds_first[i] != kNoDate && pick(0, 2) == 0 ? ds_first[i] + pick(0, 700) : kNoDate;
    if (first[i] == kNoDate) continue;
    for (std::int64_t k = pick(0, 4); k > 0; --k) {
      const std::int64_t f = first[i] + pick(-100, 365 * 5);
      a_worker.push_back(static_cast<std::int64_t>(i));
      a_first.push_back(std::max(f, birth[i]));
      a_last.push_back(std::max(f, birth[i]) + pick(0, 200));
      a_reason.push_back(static_cast<std::int32_t>(pick(1, 6)));
    }
  }
  WorkerColumns w;
  w.rows = n;
  w.birth_date = birth.data();
  w.right_kind = kind.data();
  w.right_granted = granted.data();
  w.employment_first_day = first.data();
  w.employment_last_day = last.data();
  w.employer_recognised = recognised.data();
  w.employer_contingent_units = contingent.data();
  w.employer_in_brussels = brussels.data();
  w.competence_months = months.data();
  w.competence_approved = approved.data();
  w.doorstroom_first_day = ds_first.data();
  w.doorstroom_last_day = ds_last.data();
  w.external_job_found = job.data();
  const AbsenceColumns a{a_worker.size(), a_worker.data(), a_first.data(), a_last.data(), a_reason.data()};

  // The same rows as tables: a long-table row where the one-spell row has the value.
  std::vector<std::int64_t> r_w, r_g, e_w, e_f, e_l, e_c, c_w, c_a, d_w, d_f, d_l, d_j;
  std::vector<std::int32_t> r_k, c_m;
  std::vector<std::uint8_t> e_r, e_b;
  for (std::size_t i = 0; i < n; ++i) {
    const auto id = static_cast<std::int64_t>(i);
    if (granted[i] != kNoDate) r_w.push_back(id), r_k.push_back(kind[i]), r_g.push_back(granted[i]);
    if (first[i] != kNoDate) {
      e_w.push_back(id), e_f.push_back(first[i]), e_l.push_back(last[i]), e_c.push_back(contingent[i]);
      e_r.push_back(recognised[i]), e_b.push_back(brussels[i]);
    }
    if (months[i] > 0) c_w.push_back(id), c_m.push_back(months[i]), c_a.push_back(approved[i]);
    if (ds_first[i] != kNoDate) d_w.push_back(id), d_f.push_back(ds_first[i]), d_l.push_back(ds_last[i]), d_j.push_back(job[i]);
  }
  Population pop;
  pop.workers = {n, birth.data(), nullptr, nullptr};
  pop.rights = {r_w.size(), r_w.data(), r_k.data(), r_g.data()};
  pop.employment = {e_w.size(), e_w.data(), nullptr, e_f.data(), e_l.data(), e_r.data(), e_c.data(), e_b.data()};
  pop.absences = {a_worker.size(), a_worker.data(), a_first.data(), a_last.data(), a_reason.data()};
  pop.competence_extensions = {c_w.size(), c_w.data(), c_m.data(), c_a.data()};
  pop.doorstroom = {d_w.size(), d_w.data(), d_f.data(), d_l.data(), d_j.data()};

  const ParameterSet params = ParameterSet::defaults();
  int compared = 0;
  for (const Date at : {Date::from_ymd(2016, 3, 1), Date::from_ymd(2024, 2, 29)}) {
    std::vector<std::int32_t> kind_o(n), comp_o(n), cont_o(n);
    std::vector<std::uint8_t> valid_o(n), elig_o(n), in_t(n), in_c(n), paid(n);
    std::vector<std::int64_t> last_o(n), t_first(n), t_last(n), ext(n);
    std::vector<std::uint32_t> reason(n);
    const WorkerResults out{kind_o.data(), valid_o.data(), last_o.data(), elig_o.data(), t_first.data(), t_last.data(),
                            ext.data(), comp_o.data(), cont_o.data(), in_t.data(), in_c.data(), paid.data(), reason.data()};
    // Rows the rules refuse (overlaps, conflicts) are refused by both, naming the same worker.
    std::string spell_error, table_error;
    try {
      evaluate_workers(w, a, at.days_since_epoch(), params, out, 2);
    } catch (const Error& e) {
      spell_error = e.field();
    }
    std::vector<Row> tables;
    try {
      tables = table_rows_of(pop, at, params, 2);
    } catch (const Error& e) {
      table_error = e.field();
    }
    REQUIRE(spell_error.empty() == table_error.empty());
    if (!spell_error.empty()) continue;
    for (std::size_t i = 0; i < n; ++i) {
      CAPTURE(i);
      const Row& t = tables[i];
      REQUIRE(t.right_kind == kind_o[i]);
      REQUIRE(t.right_valid == valid_o[i]);
      REQUIRE(t.right_last == last_o[i]);
      REQUIRE(t.eligible == elig_o[i]);
      REQUIRE(t.t_first == t_first[i]);
      REQUIRE(t.t_last == t_last[i]);
      REQUIRE(t.ext == ext[i]);
      REQUIRE(t.competence == comp_o[i]);
      REQUIRE(t.continuation == cont_o[i]);
      REQUIRE(t.in_t == in_t[i]);
      REQUIRE(t.in_c == in_c[i]);
      REQUIRE(t.paid == paid[i]);
      REQUIRE(t.reason == reason[i]);
    }
    ++compared;
  }
  CHECK(compared == 2);  // the random rows are valid: both dates compared row by row
}

TEST_CASE("tables: progress is told on the calling thread, ends at the total, and may stop the evaluation") {
  PopulationBuffers buffers;
  std::mt19937_64 rng(3);
  while (buffers.workers() < 5000) {
    WorkerDossier d = random_dossier(rng);
    try {
      (void)evaluate_worker(d, Date::from_ymd(2024, 1, 1), ParameterSet::defaults());
    } catch (const Error&) {
      continue;
    }
    buffers.add(d);
  }
  const Population pop = buffers.view();
  const auto caller = std::this_thread::get_id();
  for (unsigned threads : {1u, 2u}) {
    std::vector<std::size_t> seen;
    bool other_thread = false;
    evaluate_population(pop, Date::from_ymd(2024, 1, 1).days_since_epoch(), ParameterSet::defaults(), PopulationResults{},
                        threads, [&](std::size_t done, std::size_t total) {
                          CHECK(total == 5000);
                          other_thread = other_thread || std::this_thread::get_id() != caller;
                          seen.push_back(done);
                        });
    CHECK_FALSE(other_thread);
    REQUIRE(seen.size() >= 2);
    CHECK(seen.back() == 5000);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
  }
  struct Stop {};
  CHECK_THROWS_AS(evaluate_population(pop, Date::from_ymd(2024, 1, 1).days_since_epoch(), ParameterSet::defaults(),
                                      PopulationResults{}, 2, [](std::size_t, std::size_t) { throw Stop{}; }),
                  Stop);
}
