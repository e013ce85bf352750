// The population CSV reader (lde/io/population_csv.hpp): random populations of whole dossiers
// written as a folder of CSV files (every spelling the reader accepts: names and codes, True/1/true,
// quoted cells, CRLF, a byte-order mark, text and integer ids) read back to exactly the tables they
// came from and evaluate to the same outputs; random one-spell files read into tables evaluate as
// the one-spell columns do (evaluate_workers); every cell names file, line and column when bad.
#include "lde/core/error.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/parameters.hpp"
#include "lde/io/population_csv.hpp"
#include "lde/population/population.hpp"
#include "lde/population/schema.hpp"
#include "lde/population/tables.hpp"

#include <doctest/doctest.h>

#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <utility>
#include <vector>

using namespace lde;
using namespace lde::population;

namespace {

using Rng = std::mt19937_64;

std::int64_t pick(Rng& rng, std::int64_t lo, std::int64_t hi) { return std::uniform_int_distribution<std::int64_t>(lo, hi)(rng); }
Date day(std::int64_t n) { return Date::from_days_since_epoch(n); }

/// A random dossier with lists (several rights, employment periods at employers whose names need
/// quoting, absences, competence approvals, doorstroom with non-cooperation, a reconsideration).
WorkerDossier random_dossier(Rng& rng) {
  const std::int64_t birth = Date::from_ymd(1955, 1, 1).days_since_epoch() + pick(rng, 0, 365 * 40);
  WorkerDossier d{day(birth), {}, {}, {}, {}, std::nullopt, std::nullopt};
  std::int64_t g = Date::from_ymd(2012, 1, 1).days_since_epoch() + pick(rng, 0, 365 * 10);
  for (std::int64_t k = pick(rng, 0, 3); k > 0; --k) {
    d.rights.push_back(RightGrant{static_cast<RightKind>(pick(rng, 1, 3)), day(g)});
    g += pick(rng, 30, 365 * 4);
  }
  if (!d.rights.empty() && pick(rng, 0, 5) != 0) {
    std::int64_t f = d.rights.front().granted.days_since_epoch() + pick(rng, 0, 365);
    const std::int64_t spells = pick(rng, 1, 3);
    static const char* const names[] = {"LDE-0001", "De Kringwinkel, Gent", "\"Wijkwerk\" vzw", "Ateljee"};
    for (std::int64_t k = 0; k < spells; ++k) {
      const bool ends = k + 1 < spells || pick(rng, 0, 2) == 0;
      const std::int64_t last = f + pick(rng, 30, 365 * 4);
      d.employment.push_back(Employment{names[pick(rng, 0, 3)], day(f), ends ? std::optional<Date>(day(last)) : std::nullopt,
                                        pick(rng, 0, 9) != 0, Fte::from_units(pick(rng, 1, 200000)), pick(rng, 0, 9) == 0});
      f = last + pick(rng, 1, 300);
    }
    const std::int64_t first = d.employment.front().first_day.days_since_epoch();
    for (std::int64_t k = pick(rng, 0, 2); k > 0; --k)
      d.competence_extensions.push_back(CompetenceExtension{static_cast<int>(pick(rng, 1, 24)), day(first + pick(rng, 0, 365 * 5))});
    std::int64_t a = first + pick(rng, 0, 365 * 4);
    for (std::int64_t k = pick(rng, 0, 3); k > 0; --k) {
      const std::int64_t len = pick(rng, 0, 120);
      d.absences.push_back(Absence{day(a), day(a + len), static_cast<AbsenceReason>(pick(rng, 1, 6))});
      a += len + pick(rng, 1, 300);
    }
    if (pick(rng, 0, 3) == 0) {
      const std::int64_t ds = first + pick(rng, 365 * 3, 365 * 5);
      Doorstroom door{day(ds), day(ds + pick(rng, 30, 365 * 2)), std::nullopt, {}};
      if (pick(rng, 0, 2) == 0) door.external_job_found = day(ds + pick(rng, 0, 365));
      std::int64_t nc = ds + pick(rng, 0, 20);
      for (std::int64_t k = pick(rng, 0, 2); k > 0; --k) {
        const std::int64_t len = pick(rng, 0, 20);
        door.non_cooperation.emplace_back(day(nc), day(nc + len));
        nc += len + pick(rng, 1, 30);
      }
      d.doorstroom = door;
    }
  }
  if (pick(rng, 0, 9) == 0) {
    const Date sent = day(Date::from_ymd(2020, 1, 1).days_since_epoch() + pick(rng, 0, 365 * 4));
    d.reconsideration = Reconsideration{sent, std::nullopt};
  }
  return d;
}

std::string quoted(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

/// One cell of @p column at @p row in one of the spellings the reader accepts.
std::string cell(Rng& rng, const ColumnSpec& c, const void* data, std::size_t row, const std::vector<std::string>& ids) {
  switch (c.type) {
    case ColumnType::worker: return quoted(ids[static_cast<std::size_t>(static_cast<const std::int64_t*>(data)[row])]);
    case ColumnType::date: {
      const std::int64_t v = static_cast<const std::int64_t*>(data)[row];
      return v == kNoDate ? std::string() : day(v).iso();
    }
    case ColumnType::flag: {
      const bool v = static_cast<const std::uint8_t*>(data)[row] != 0;
      static const char* const yes[] = {"true", "True", "1"};
      static const char* const no[] = {"false", "False", "0"};
      return (v ? yes : no)[pick(rng, 0, 2)];
    }
    case ColumnType::fte: {
      const std::int64_t v = static_cast<const std::int64_t*>(data)[row];
      return pick(rng, 0, 1) ? Fte::from_units(v).to_string() : std::to_string(v / 10000) + "." + [&] {
        std::string f = std::to_string(10000 + v % 10000).substr(1);
        return f;
      }();
    }
    case ColumnType::count: return std::to_string(static_cast<const std::int32_t*>(data)[row]);
    case ColumnType::right_kind: {
      const std::int32_t v = static_cast<const std::int32_t*>(data)[row];
      return pick(rng, 0, 1) ? std::to_string(v) : std::string(to_string(static_cast<RightKind>(v)));
    }
    case ColumnType::absence_reason: {
      const std::int32_t v = static_cast<const std::int32_t*>(data)[row];
      return pick(rng, 0, 1) ? std::to_string(v) : std::string(to_string(static_cast<AbsenceReason>(v)));
    }
    case ColumnType::text: return quoted(static_cast<const char* const*>(data)[row]);
  }
  return {};
}

/// The population @p p as a folder of CSV files, with @p ids, in random spellings and line ends.
std::vector<std::pair<std::string, std::string>> write_folder(Rng& rng, const Population& p, const std::vector<std::string>& ids) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const TableSpec& t : schema()) {
    const std::string eol = pick(rng, 0, 2) == 0 ? "\r\n" : "\n";
    std::string text = pick(rng, 0, 4) == 0 ? "\xEF\xBB\xBF" : "";
    // The columns in a random order (the header names them); `id` first or last in workers.
    std::vector<std::size_t> order(t.columns.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    const bool id_first = pick(rng, 0, 1) == 0;
    std::string header;
    if (t.table == Table::workers && id_first) header = "id";
    for (std::size_t i : order) header += (header.empty() ? "" : ",") + std::string(t.columns[i].name);
    if (t.table == Table::workers && !id_first) header += ",id";
    text += header + eol;
    for (std::size_t r = 0; r < table_rows(p, t.table); ++r) {
      std::string line;
      if (t.table == Table::workers && id_first) line = quoted(ids[r]);
      bool first = t.table != Table::workers || !id_first;
      for (std::size_t i : order) {
        line += (first ? "" : ",") + cell(rng, t.columns[i], column_data(p, t.table, t.columns[i]), r, ids);
        first = false;
      }
      if (t.table == Table::workers && !id_first) line += "," + quoted(ids[r]);
      text += line + eol;
      if (pick(rng, 0, 30) == 0) text += eol;  // a blank line
    }
    files.emplace_back(std::string(t.name) + ".csv", text);
  }
  return files;
}

/// Every value of every column of @p a and @p b (the columns of @p a given) is equal.
void check_same_tables(const Population& a, const Population& b) {
  for (const TableSpec& t : schema()) {
    REQUIRE(table_rows(a, t.table) == table_rows(b, t.table));
    const std::size_t n = table_rows(a, t.table);
    for (const ColumnSpec& c : t.columns) {
      const void* x = column_data(a, t.table, c);
      const void* y = column_data(b, t.table, c);
      if (n == 0 || x == nullptr) continue;
      REQUIRE(y != nullptr);
      for (std::size_t r = 0; r < n; ++r) {
        INFO(t.name << "[" << r << "]." << c.name);
        switch (c.type) {
          case ColumnType::worker:
          case ColumnType::date:
          case ColumnType::fte: CHECK(static_cast<const std::int64_t*>(x)[r] == static_cast<const std::int64_t*>(y)[r]); break;
          case ColumnType::count:
          case ColumnType::right_kind:
          case ColumnType::absence_reason: CHECK(static_cast<const std::int32_t*>(x)[r] == static_cast<const std::int32_t*>(y)[r]); break;
          case ColumnType::flag: CHECK(static_cast<const std::uint8_t*>(x)[r] == static_cast<const std::uint8_t*>(y)[r]); break;
          case ColumnType::text:
            CHECK(std::string(static_cast<const char* const*>(x)[r]) == std::string(static_cast<const char* const*>(y)[r]));
            break;
        }
      }
    }
  }
}

/// The outputs of evaluate_population as one comparable vector per row.
std::vector<std::vector<std::int64_t>> outputs(const Population& p, std::int64_t at) {
  const std::size_t n = p.workers.rows;
  std::vector<std::int32_t> kind(n), comp(n), cont(n), ended(n);
  std::vector<std::uint8_t> valid(n), eligible(n), in_traj(n), in_cont(n), compensated(n);
  std::vector<std::int64_t> right_last(n), traj_first(n), traj_last(n), ext(n), cont_first(n);
  std::vector<std::uint32_t> reason(n);
  PopulationResults r;
  r.right_kind = kind.data();
  r.right_valid = valid.data();
  r.right_last_day = right_last.data();
  r.hiring_eligible = eligible.data();
  r.trajectory_first_day = traj_first.data();
  r.trajectory_last_day = traj_last.data();
  r.absence_extension_days = ext.data();
  r.competence_extension_months = comp.data();
  r.continuation = cont.data();
  r.in_trajectory = in_traj.data();
  r.in_continuation = in_cont.data();
  r.compensated = compensated.data();
  r.reason = reason.data();
  r.continuation_first_day = cont_first.data();
  r.right_ended = ended.data();
  evaluate_population(p, at, ParameterSet::defaults(), r, 1);
  std::vector<std::vector<std::int64_t>> rows(n);
  for (std::size_t i = 0; i < n; ++i)
    rows[i] = {kind[i], valid[i], right_last[i], eligible[i], traj_first[i], traj_last[i], ext[i], comp[i],
               cont[i], in_traj[i], in_cont[i], compensated[i], reason[i], cont_first[i], ended[i]};
  return rows;
}

template <class F>
void expect_field(F&& f, const std::string& field, ErrorCode code) {
  try {
    f();
    FAIL("no error; expected one naming " << field);
  } catch (const Error& e) {
    CHECK(e.field() == field);
    CHECK(e.code() == code);
  }
}

}  // namespace

TEST_CASE("population csv: random populations of whole dossiers written as a folder read back to the same tables and outputs") {
  Rng rng(20261204);
  const ParameterSet& params = ParameterSet::defaults();
  (void)params;
  std::size_t compared_rows = 0;
  for (int round = 0; round < 12; ++round) {
    PopulationBuffers buffers;
    std::vector<std::string> ids;
    const bool integer_ids = round % 2 == 0;
    while (buffers.workers() < 40) {
      const WorkerDossier d = random_dossier(rng);
      try {
        buffers.add(d);
      } catch (const Error&) {
        continue;  // a random dossier validate() refuses
      }
      const std::size_t i = buffers.workers() - 1;
      ids.push_back(integer_ids ? std::to_string(static_cast<std::int64_t>(i) * 7 - 40) : "w-" + std::to_string(i) + (i % 5 == 0 ? ", Gent" : ""));
    }
    const Population expected = buffers.view();
    const auto files = write_folder(rng, expected, ids);
    const io::PopulationCsv got = io::read_population_csv_files(files, "random");
    CHECK_FALSE(got.one_spell);
    CHECK(got.ids == ids);
    CHECK(got.integer_ids == integer_ids);
    if (integer_ids) CHECK(got.integer_id_values[1] == -33);
    check_same_tables(expected, got.population);
    for (const std::int64_t at : {Date::from_ymd(2016, 6, 1).days_since_epoch(), Date::from_ymd(2022, 3, 15).days_since_epoch()}) {
      CHECK(outputs(got.population, at) == outputs(expected, at));
      compared_rows += expected.workers.rows;
    }
    if (round == 0) {
      // The same files on disk, read through the path.
      const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("lde_population_csv_" + std::to_string(::getpid()));
      std::filesystem::create_directories(dir);
      for (const auto& [name, text] : files) std::ofstream(dir / name, std::ios::binary) << text;
      std::ofstream(dir / "README.txt") << "not a table";
      const io::PopulationCsv disk = io::read_population_csv(dir.string());
      check_same_tables(expected, disk.population);
      CHECK(disk.ids == ids);
      std::filesystem::remove_all(dir);
    }
  }
  CHECK(compared_rows == 12 * 40 * 2);
}

TEST_CASE("population csv: random one-spell files read into tables evaluate as the one-spell columns do") {
  Rng rng(7);
  const std::int64_t at = Date::from_ymd(2023, 9, 1).days_since_epoch();
  const std::size_t n = 400;
  std::vector<std::int64_t> birth(n), granted(n), e_first(n), e_last(n), contingent(n), approved(n), ds_first(n), ds_last(n), job(n);
  std::vector<std::int32_t> kind(n), months(n);
  std::vector<std::uint8_t> recognised(n), brussels(n);
  std::vector<std::int64_t> a_worker, a_first, a_last;
  std::vector<std::int32_t> a_reason;
  std::string text = "id,birth_date,right_kind,right_granted,employment_first_day,employment_last_day,employer_recognised,"
                     "employer_contingent_fte,employer_in_brussels,competence_months,competence_approved,"
                     "doorstroom_first_day,doorstroom_last_day,external_job_found,absences\n";
  auto iso = [](std::int64_t d) { return d == kNoDate ? std::string() : day(d).iso(); };
  for (std::size_t i = 0; i < n; ++i) {
    birth[i] = Date::from_ymd(1955, 1, 1).days_since_epoch() + pick(rng, 0, 365 * 40);
    kind[i] = static_cast<std::int32_t>(pick(rng, 1, 3));
    granted[i] = pick(rng, 0, 9) == 0 ? kNoDate : Date::from_ymd(2013, 1, 1).days_since_epoch() + pick(rng, 0, 365 * 9);
    const bool employed = pick(rng, 0, 9) != 0;
    e_first[i] = employed ? (granted[i] == kNoDate ? Date::from_ymd(2016, 1, 1).days_since_epoch() : granted[i]) + pick(rng, 0, 300) : kNoDate;
    e_last[i] = employed && pick(rng, 0, 2) == 0 ? e_first[i] + pick(rng, 30, 365 * 4) : kNoDate;
    recognised[i] = pick(rng, 0, 9) != 0;
    brussels[i] = pick(rng, 0, 9) == 0;
    contingent[i] = pick(rng, 1, 90000);
    months[i] = employed && pick(rng, 0, 3) == 0 ? static_cast<std::int32_t>(pick(rng, 1, 24)) : 0;
    approved[i] = months[i] > 0 ? e_first[i] + pick(rng, 0, 365 * 3) : kNoDate;
    const bool door = employed && pick(rng, 0, 4) == 0;
    ds_first[i] = door ? e_first[i] + pick(rng, 365 * 3, 365 * 5) : kNoDate;
    ds_last[i] = door ? ds_first[i] + pick(rng, 30, 365) : kNoDate;
    job[i] = door && pick(rng, 0, 2) == 0 ? ds_first[i] + pick(rng, 0, 200) : kNoDate;
    std::string absences;
    if (employed) {
      std::int64_t a = e_first[i] + pick(rng, 0, 365 * 3);
      for (std::int64_t k = pick(rng, 0, 2); k > 0; --k) {
        const std::int64_t len = pick(rng, 0, 100);
        const auto reason = static_cast<std::int32_t>(pick(rng, 1, 6));
        a_worker.push_back(static_cast<std::int64_t>(i));
        a_first.push_back(a);
        a_last.push_back(a + len);
        a_reason.push_back(reason);
        absences += (absences.empty() ? "" : ";") + iso(a) + "/" + iso(a + len) + "/" + std::string(to_string(static_cast<AbsenceReason>(reason)));
        a += len + pick(rng, 1, 300);
      }
    }
    text += "w" + std::to_string(i) + "," + iso(birth[i]) + "," + std::string(to_string(static_cast<RightKind>(kind[i]))) + "," +
            iso(granted[i]) + "," + iso(e_first[i]) + "," + iso(e_last[i]) + "," + (recognised[i] ? "True" : "0") + "," +
            Fte::from_units(contingent[i]).to_string() + "," + (brussels[i] ? "1" : "false") + "," +
            (months[i] > 0 ? std::to_string(months[i]) : std::string()) + "," + iso(approved[i]) + "," + iso(ds_first[i]) + "," +
            iso(ds_last[i]) + "," + iso(job[i]) + "," + absences + "\n";
  }
  const io::PopulationCsv got = io::read_population_csv_text(text, "random.csv");
  REQUIRE(got.one_spell);
  REQUIRE(got.population.workers.rows == n);

  WorkerColumns w;
  w.rows = n;
  w.birth_date = birth.data();
  w.right_kind = kind.data();
  w.right_granted = granted.data();
  w.employment_first_day = e_first.data();
  w.employment_last_day = e_last.data();
  w.employer_recognised = recognised.data();
  w.employer_contingent_units = contingent.data();
  w.employer_in_brussels = brussels.data();
  w.competence_months = months.data();
  w.competence_approved = approved.data();
  w.doorstroom_first_day = ds_first.data();
  w.doorstroom_last_day = ds_last.data();
  w.external_job_found = job.data();
  AbsenceColumns a;
  a.rows = a_worker.size();
  a.worker = a_worker.data();
  a.first_day = a_first.data();
  a.last_day = a_last.data();
  a.reason = a_reason.data();
  std::vector<std::int32_t> k1(n), c1(n);
  std::vector<std::int64_t> l1(n), t1(n), x1(n);
  std::vector<std::uint8_t> v1(n), p1(n);
  std::vector<std::uint32_t> r1(n);
  WorkerResults res;
  res.right_kind = k1.data();
  res.right_valid = v1.data();
  res.right_last_day = l1.data();
  res.trajectory_last_day = t1.data();
  res.absence_extension_days = x1.data();
  res.continuation = c1.data();
  res.compensated = p1.data();
  res.reason = r1.data();
  evaluate_workers(w, a, at, ParameterSet::defaults(), res, 1);
  const auto tables = outputs(got.population, at);
  std::size_t differ = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& t = tables[i];
    if (t[0] != k1[i] || t[1] != v1[i] || t[2] != l1[i] || t[5] != t1[i] || t[6] != x1[i] || t[8] != c1[i] ||
        t[11] != p1[i] || t[12] != r1[i])
      ++differ;
  }
  CHECK(differ == 0);
}

TEST_CASE("population csv: bad cells and files name the file, line and column") {
  const std::string W = "id,birth_date\nw1,1980-05-10\nw2,1975-01-01\n";
  auto folder = [&](std::vector<std::pair<std::string, std::string>> files) {
    return [files] { (void)io::read_population_csv_files(files, "f"); };
  };
  expect_field(folder({{"workers.csv", W}, {"rights.csv", "worker,granted\nw1,2019-12-01\nw9,2019-12-01\n"}}),
               "rights.csv, line 3, column worker", ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W + "w2,1990-01-01\n"}}), "workers.csv, line 4, column id", ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W}, {"employment.csv", "worker,first_day,employer_contingnet\n"}}),
               "employment.csv, line 1, column 3", ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W}, {"rights.csv", "worker,granted,granted\n"}}), "rights.csv, line 1, column granted",
               ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W}, {"rights.csv", "worker,kind\n"}}), "rights.csv, line 1", ErrorCode::invalid_argument);
  expect_field(folder({{"rights.csv", "worker,granted\n"}}), "workers.csv", ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W}, {"absence.csv", "worker\n"}}), "absence.csv", ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W}, {"rights.csv", "worker,granted\nw1,2019-12-01,x\n"}}), "rights.csv, line 2",
               ErrorCode::parse_error);
  expect_field(folder({{"workers.csv", "id,birth_date\n\"w\n1\",1980-05-10\nw2,1980-02-30\n"}}),
               "workers.csv, line 4, column birth_date", ErrorCode::invalid_date);
  expect_field(folder({{"workers.csv", "id,birth_date\nw\"1,1980-05-10\n"}}), "workers.csv, line 2, column id", ErrorCode::parse_error);
  expect_field(folder({{"workers.csv", "id,birth_date\n\"w1\" ,1980-05-10\n"}}), "workers.csv, line 2, column id", ErrorCode::parse_error);
  expect_field(folder({{"workers.csv", "id,birth_date\n\"w1,1980-05-10\n"}}), "workers.csv, line 2", ErrorCode::parse_error);
  expect_field(folder({{"workers.csv", std::string("id,birth_date\nw1,1980-05-10\0\n", 28)}}), "workers.csv, line 2, column birth_date",
               ErrorCode::parse_error);
  expect_field(folder({{"workers.csv", "id,birth_date\nw\xC3(,1980-05-10\n"}}), "workers.csv, line 2, column id", ErrorCode::parse_error);
  expect_field(folder({{"workers.csv", ""}}), "workers.csv, line 1", ErrorCode::parse_error);
  expect_field(folder({{"workers.csv", W}, {"employment.csv", "worker,first_day,employer_recognised\nw1,2020-02-01,yes\n"}}),
               "employment.csv, line 2, column employer_recognised", ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W}, {"employment.csv", "worker,first_day,employer_contingent\nw1,2020-02-01,-1\n"}}),
               "employment.csv, line 2, column employer_contingent", ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W}, {"employment.csv", "worker,first_day,employer\nw1,2020-02-01,\n"}}),
               "employment.csv, line 2, column employer", ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W}, {"competence_extensions.csv", "worker,months,approved\nw1,3.5,2021-01-01\n"}}),
               "competence_extensions.csv, line 2, column months", ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W}, {"absences.csv", "worker,first_day,last_day,reason\nw1,2021-01-01,2021-01-05,flu\n"}}),
               "absences.csv, line 2, column reason", ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W}, {"absences.csv", "worker,first_day,last_day,reason\nw1,2021-01-01,2021-01-05,7\n"}}),
               "absences.csv, line 2, column reason", ErrorCode::invalid_argument);
  expect_field(folder({{"workers.csv", W}, {"workers.csv", W}}), "workers.csv", ErrorCode::invalid_argument);

  // The one-spell form names `line N, column NAME`.
  auto one = [](std::string text) { return [text] { (void)io::read_population_csv_text(text, "pop.csv"); }; };
  expect_field(one("id,birth_date\nw1,1980-05-10\nw1,1980-05-10\n"), "line 3, column id", ErrorCode::invalid_argument);
  expect_field(one("id,birth_date,employment_last_day\nw1,1980-05-10,2020-01-01\n"), "line 2, column employment_last_day",
               ErrorCode::invalid_argument);
  expect_field(one("id,birth_date,absences\nw1,1980-05-10,2021-01-01/2021-01-05/illness;2021-02-01/2021-02-30/other\n"),
               "line 2, column absences, item 2", ErrorCode::invalid_date);
  expect_field(one("birth_date,competence_months\n1980-05-10,121\n"), "line 2, column competence_months", ErrorCode::invalid_argument);
  expect_field(one("birth_date,employer_contingent\n1980-05-10,100000.0001\n"), "line 2, column employer_contingent",
               ErrorCode::out_of_range);
  // The old name of the column is still read (as employer_contingent); both at once are refused.
  expect_field(one("birth_date,employer_contingent_fte\n1980-05-10,100000.0001\n"), "line 2, column employer_contingent",
               ErrorCode::out_of_range);
  expect_field(one("birth_date,employer_contingent,employer_contingent_fte\n1980-05-10,1,1\n"),
               "line 1, column employer_contingent_fte", ErrorCode::invalid_argument);
  expect_field(one("birth_date,competence_months\n1980-05-10,3\n"), "line 2, column competence_approved", ErrorCode::invalid_argument);
}

TEST_CASE("population csv: engine fields map back to the file line and column") {
  const io::PopulationCsv p = io::read_population_csv_files(
      {{"workers.csv", "id,birth_date\n7,1980-05-10\n\n8,1975-01-01\n"},
       {"absences.csv", "worker,first_day,last_day,reason\n8,2021-01-01,2021-01-05,illness\n8,2021-03-01,2021-02-01,other\n"}},
      "f");
  CHECK(p.locate("absences[1].last_day") == "absences.csv, line 3, column last_day");
  CHECK(p.locate("workers[1].birth_date") == "workers.csv, line 4, column birth_date");
  CHECK(p.locate("workers[1]") == "workers.csv, line 4");
  CHECK(p.locate("absences[2].last_day") == "absences[2].last_day");  // no such row: unchanged
  CHECK(p.locate("threads") == "threads");
  CHECK(p.integer_ids);
  const io::PopulationCsv s = io::read_population_csv_text(
      "id,birth_date,right_granted,employment_first_day,employer_contingent_fte,absences\n"
      "a,1980-05-10,2019-12-01,2020-02-01,2,2021-01-01/2021-01-05/illness;2021-03-01/2021-03-05/other\n",
      "pop.csv");
  CHECK(s.locate("employment[0].employer_contingent") == "line 2, column employer_contingent");
  CHECK(s.locate("rights[0].granted") == "line 2, column right_granted");
  CHECK(s.locate("absences[1].first_day") == "line 2, column absences, item 2");
  CHECK_FALSE(s.integer_ids);
}
