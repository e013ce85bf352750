// `lde simulate`: population CSV in, results CSV out, via lde::population::evaluate_workers().
#include "simulate.hpp"

#include "lde/core/error.hpp"
#include "lde/core/fte.hpp"
#include "lde/population/population.hpp"
#include "lde/worker/continuation.hpp"
#include "lde/worker/dossier.hpp"

#include "../io/internal.hpp"

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

namespace lde::cli {

namespace {

using population::kNoDate;

const std::vector<std::string> kColumns = {
    "id", "birth_date", "right_kind", "right_granted", "employment_first_day", "employment_last_day",
    "employer_recognised", "employer_contingent_fte", "employer_in_brussels", "competence_months",
    "competence_approved", "doorstroom_first_day", "doorstroom_last_day", "external_job_found", "absences"};

/// Splits one CSV record (RFC 4180 quoting) starting at @p pos; advances @p pos past the line end.
std::vector<std::string> record(const std::string& text, std::size_t& pos, std::size_t line, const std::string& origin) {
  std::vector<std::string> cells(1);
  bool quoted = false;
  while (pos < text.size()) {
    const char c = text[pos];
    if (quoted) {
      if (c == '"') {
        if (pos + 1 < text.size() && text[pos + 1] == '"') {
          cells.back() += '"';
          ++pos;
        } else {
          quoted = false;
        }
      } else {
        cells.back() += c;
      }
      ++pos;
      continue;
    }
    if (c == '"' && cells.back().empty()) {
      quoted = true;
    } else if (c == ',') {
      cells.emplace_back();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n') ++pos;
      ++pos;
      return cells;
    } else {
      cells.back() += c;
    }
    ++pos;
  }
  if (quoted) throw Error(ErrorCode::parse_error, "line " + std::to_string(line), "unterminated quoted cell (in " + origin + ")");
  return cells;
}

struct Table {
  std::size_t rows = 0;
  std::vector<std::size_t> lines;  // the CSV line of each row (blank lines are skipped)
  std::vector<std::string> ids;
  std::vector<std::int64_t> birth, granted, emp_first, emp_last, comp_approved, ds_first, ds_last, job_found;
  std::vector<std::int32_t> kind, comp_months;
  std::vector<std::uint8_t> recognised, brussels;
  std::vector<std::int64_t> contingent;
  std::vector<std::int64_t> a_worker, a_first, a_last;
  std::vector<std::int32_t> a_reason;
};

struct Cell {
  const std::string& text;
  std::string field;  // "line N, column NAME"
  const std::string& origin;

  [[noreturn]] void fail(ErrorCode code, const std::string& message) const {
    throw Error(code, field, message + " (in " + origin + ")");
  }
  std::int64_t date(bool required) const {
    if (text.empty()) {
      if (required) fail(ErrorCode::invalid_argument, "required value is missing");
      return kNoDate;
    }
    try {
      return Date::parse(text, field).days_since_epoch();
    } catch (const Error& e) {
      fail(e.code(), e.message());
    }
  }
  std::uint8_t boolean(std::uint8_t dflt) const {
    if (text.empty()) return dflt;
    // True/False: what pandas writes for a bool column (DataFrame.to_csv).
    if (text == "true" || text == "True" || text == "1") return 1;
    if (text == "false" || text == "False" || text == "0") return 0;
    fail(ErrorCode::invalid_argument, "expected true, false, True, False, 1 or 0, got \"" + text + "\"");
  }
};

Table read_table(const std::string& text, const std::string& origin) {
  Table t;
  std::size_t pos = 0;
  std::size_t line = 1;
  // A UTF-8 byte-order mark (as spreadsheet programs write before "CSV UTF-8") is skipped, as the
  // JSON reader skips one before a JSON text: docs/format.md, "Text encoding".
  if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) pos = 3;
  if (text.size() == pos) throw Error(ErrorCode::parse_error, "line 1", "the file is empty; expected a header row (in " + origin + ")");
  const std::vector<std::string> header = record(text, pos, line, origin);
  std::map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string& name = header[i];
    if (std::find(kColumns.begin(), kColumns.end(), name) == kColumns.end()) {
      std::vector<std::string_view> known(kColumns.begin(), kColumns.end());
      const std::string best = io::detail::closest(name, known);
      throw Error(ErrorCode::invalid_argument, "line 1, column " + std::to_string(i + 1),
                  "unknown column \"" + name + "\"" + (best.empty() ? "" : " (did you mean \"" + best + "\"?)") +
                      " (see docs/cli.md) (in " + origin + ")");
    }
    if (!col.emplace(name, i).second) {
      throw Error(ErrorCode::invalid_argument, "line 1, column " + name, "the column appears twice (in " + origin + ")");
    }
  }
  if (!col.count("birth_date")) {
    throw Error(ErrorCode::invalid_argument, "line 1", "required column \"birth_date\" is missing (in " + origin + ")");
  }
  const std::string empty;
  while (pos < text.size()) {
    ++line;
    const std::vector<std::string> cells = record(text, pos, line, origin);
    if (cells.size() == 1 && cells[0].empty()) continue;  // blank line
    if (cells.size() != header.size()) {
      throw Error(ErrorCode::parse_error, "line " + std::to_string(line),
                  "expected " + std::to_string(header.size()) + " cells, got " + std::to_string(cells.size()) +
                      " (in " + origin + ")");
    }
    auto cell = [&](const char* name) {
      auto it = col.find(name);
      return Cell{it == col.end() ? empty : cells[it->second], "line " + std::to_string(line) + ", column " + name, origin};
    };
    const std::size_t row = t.rows++;
    t.lines.push_back(line);
    t.ids.push_back(col.count("id") ? cells[col["id"]] : std::to_string(row));
    t.birth.push_back(cell("birth_date").date(true));
    {
      const Cell k = cell("right_kind");
      try {
        t.kind.push_back(k.text.empty() ? static_cast<std::int32_t>(RightKind::lde)
                                        : static_cast<std::int32_t>(parse_right_kind(k.text, k.field)));
      } catch (const Error& e) {
        k.fail(e.code(), e.message());
      }
    }
    t.granted.push_back(cell("right_granted").date(false));
    t.emp_first.push_back(cell("employment_first_day").date(false));
    t.emp_last.push_back(cell("employment_last_day").date(false));
    t.recognised.push_back(cell("employer_recognised").boolean(1));
    t.brussels.push_back(cell("employer_in_brussels").boolean(0));
    {
      const Cell c = cell("employer_contingent_fte");
      try {
        t.contingent.push_back(c.text.empty() ? Fte::kScale : Fte::parse(c.text, c.field).units());
      } catch (const Error& e) {
        c.fail(e.code(), e.message());
      }
    }
    {
      const Cell c = cell("competence_months");
      std::int32_t months = 0;
      if (!c.text.empty()) {
        try {
          std::size_t used = 0;
          const long v = std::stol(c.text, &used);
          if (used != c.text.size() || v < 0 || v > 1000) throw std::invalid_argument("range");
          months = static_cast<std::int32_t>(v);
        } catch (const std::exception&) {
          c.fail(ErrorCode::invalid_argument, "expected a whole number of months, got \"" + c.text + "\"");
        }
      }
      t.comp_months.push_back(months);
    }
    t.comp_approved.push_back(cell("competence_approved").date(t.comp_months.back() > 0));
    t.ds_first.push_back(cell("doorstroom_first_day").date(false));
    t.ds_last.push_back(cell("doorstroom_last_day").date(t.ds_first.back() != kNoDate));
    t.job_found.push_back(cell("external_job_found").date(false));
    {
      const Cell c = cell("absences");
      std::size_t start = 0;
      while (start < c.text.size()) {
        std::size_t end = c.text.find(';', start);
        if (end == std::string::npos) end = c.text.size();
        const std::string item = c.text.substr(start, end - start);
        const auto s1 = item.find('/');
        const auto s2 = s1 == std::string::npos ? s1 : item.find('/', s1 + 1);
        if (s2 == std::string::npos) {
          c.fail(ErrorCode::parse_error, "expected FIRST/LAST/REASON, got \"" + item + "\"");
        }
        try {
          t.a_worker.push_back(static_cast<std::int64_t>(row));
          t.a_first.push_back(Date::parse(item.substr(0, s1), c.field).days_since_epoch());
          t.a_last.push_back(Date::parse(item.substr(s1 + 1, s2 - s1 - 1), c.field).days_since_epoch());
          t.a_reason.push_back(static_cast<std::int32_t>(parse_absence_reason(item.substr(s2 + 1), c.field)));
        } catch (const Error& e) {
          c.fail(e.code(), e.message());
        }
        start = end + 1;
      }
    }
  }
  return t;
}

/// The engine names rows and absences of one chunk (`rows[i].column`, `absences[k].last_day`, counted
/// from the chunk's first row / first absence): name the CSV line and column instead, and for an
/// absence which item of the line's `absences` cell it is.
std::string csv_field(const Table& t, const std::string& field, std::size_t first_row, std::size_t first_absence) {
  const bool is_row = field.rfind("rows[", 0) == 0;
  const bool is_absence = field.rfind("absences[", 0) == 0;
  if (!is_row && !is_absence) return field;
  const std::size_t open = field.find('[');
  const std::size_t close = field.find(']', open);
  std::size_t i = 0;
  try {
    i = std::stoul(field.substr(open + 1, close - open - 1));
  } catch (const std::exception&) {
    return field;
  }
  if (is_row) {
    const std::size_t row = first_row + i;
    if (row >= t.rows) return field;
    std::string column = close + 2 <= field.size() ? field.substr(close + 2) : std::string();
    if (column == "employer_contingent_units") column = "employer_contingent_fte";
    return "line " + std::to_string(t.lines[row]) + (column.empty() ? "" : ", column " + column);
  }
  const std::size_t k = first_absence + i;
  if (k >= t.a_worker.size()) return field;
  const auto row = static_cast<std::size_t>(t.a_worker[k]);
  std::size_t item = 1;
  for (std::size_t j = k; j > 0 && t.a_worker[j - 1] == t.a_worker[k]; --j) ++item;
  std::string out = "line " + std::to_string(t.lines[row]) + ", column absences";
  std::size_t count = 0;
  for (std::size_t j = k; j > 0 && t.a_worker[j - 1] == t.a_worker[k]; --j) ++count;
  for (std::size_t j = k + 1; j < t.a_worker.size() && t.a_worker[j] == t.a_worker[k]; ++j) ++count;
  if (count > 0) out += ", item " + std::to_string(item);
  return out;
}

std::string iso_or_empty(std::int64_t days) {
  return days == kNoDate ? std::string() : Date::from_days_since_epoch(days).iso();
}

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace

SimulationSummary simulate(const std::string& text, const std::string& origin, const std::string& out_path, Date at,
                           const ParameterSet& params, unsigned threads) {
  const Table t = read_table(text, origin);
  const std::size_t n = t.rows;
  std::vector<std::int32_t> right_kind(n), comp(n), cont(n);
  std::vector<std::uint8_t> valid(n), eligible(n), in_traj(n), in_cont(n), compensated(n);
  std::vector<std::int64_t> right_last(n), traj_first(n), traj_last(n), ext_days(n);
  std::vector<std::uint32_t> reason(n);

  const bool progress = isatty(STDERR_FILENO) != 0 && n >= 20000;
  const std::size_t chunk = progress ? std::max<std::size_t>(n / 50, 1) : std::max<std::size_t>(n, 1);
  std::size_t a_begin = 0;
  std::vector<std::int64_t> a_worker;
  for (std::size_t first = 0; first < n; first += chunk) {
    const std::size_t rows = std::min(chunk, n - first);
    population::WorkerColumns w;
    w.rows = rows;
    w.birth_date = t.birth.data() + first;
    w.right_kind = t.kind.data() + first;
    w.right_granted = t.granted.data() + first;
    w.employment_first_day = t.emp_first.data() + first;
    w.employment_last_day = t.emp_last.data() + first;
    w.employer_recognised = t.recognised.data() + first;
    w.employer_contingent_units = t.contingent.data() + first;
    w.employer_in_brussels = t.brussels.data() + first;
    w.competence_months = t.comp_months.data() + first;
    w.competence_approved = t.comp_approved.data() + first;
    w.doorstroom_first_day = t.ds_first.data() + first;
    w.doorstroom_last_day = t.ds_last.data() + first;
    w.external_job_found = t.job_found.data() + first;
    std::size_t a_end = a_begin;
    while (a_end < t.a_worker.size() && static_cast<std::size_t>(t.a_worker[a_end]) < first + rows) ++a_end;
    a_worker.assign(t.a_worker.begin() + static_cast<std::ptrdiff_t>(a_begin),
                    t.a_worker.begin() + static_cast<std::ptrdiff_t>(a_end));
    for (auto& x : a_worker) x -= static_cast<std::int64_t>(first);
    population::AbsenceColumns ab;
    ab.rows = a_end - a_begin;
    ab.worker = a_worker.data();
    ab.first_day = t.a_first.data() + a_begin;
    ab.last_day = t.a_last.data() + a_begin;
    ab.reason = t.a_reason.data() + a_begin;
    population::WorkerResults r;
    r.right_kind = right_kind.data() + first;
    r.right_valid = valid.data() + first;
    r.right_last_day = right_last.data() + first;
    r.hiring_eligible = eligible.data() + first;
    r.trajectory_first_day = traj_first.data() + first;
    r.trajectory_last_day = traj_last.data() + first;
    r.absence_extension_days = ext_days.data() + first;
    r.competence_extension_months = comp.data() + first;
    r.continuation = cont.data() + first;
    r.in_trajectory = in_traj.data() + first;
    r.in_continuation = in_cont.data() + first;
    r.compensated = compensated.data() + first;
    r.reason = reason.data() + first;
    try {
      population::evaluate_workers(w, ab, at.days_since_epoch(), params, r, threads);
    } catch (const Error& e) {
      throw Error(e.code(), csv_field(t, e.field(), first, a_begin), e.message() + " (in " + origin + ")");
    }
    a_begin = a_end;
    if (progress) {
      const std::size_t done = first + rows;
      const int width = 40;
      const int filled = static_cast<int>(static_cast<double>(done) / static_cast<double>(n) * width);
      std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu", filled, "========================================", width - filled, "",
                   done, n);
      std::fflush(stderr);
    }
  }
  if (progress) std::fprintf(stderr, "\n");

  std::ofstream file;
  if (out_path != "-") {
    file.open(out_path, std::ios::binary);
    if (!file) throw Error(ErrorCode::invalid_argument, "--out", "cannot write " + out_path);
  }
  std::ostream& os = out_path == "-" ? std::cout : file;
  os << "id,right_kind,right_valid,right_last_day,hiring_eligible,trajectory_first_day,trajectory_last_day,"
        "absence_extension_days,competence_extension_months,continuation,in_trajectory,in_continuation,compensated,"
        "reasons\n";
  SimulationSummary summary;
  summary.rows = n;
  for (std::size_t i = 0; i < n; ++i) {
    std::string reasons;
    for (unsigned b = 0; b < population::kReasonBitCount; ++b) {
      if (reason[i] & (1u << b)) {
        if (!reasons.empty()) reasons += '|';
        reasons += population::reason_rule(1u << b).bit_name;
      }
    }
    const std::string kind = right_kind[i] == 0 ? std::string("none")
                                                : std::string(to_string(static_cast<RightKind>(right_kind[i])));
    os << csv_cell(t.ids[i]) << ',' << kind << ',' << (valid[i] ? "true" : "false") << ','
       << iso_or_empty(right_last[i]) << ',' << (eligible[i] ? "true" : "false") << ',' << iso_or_empty(traj_first[i])
       << ',' << iso_or_empty(traj_last[i]) << ',' << ext_days[i] << ',' << comp[i] << ','
       << to_string(static_cast<ContinuationKind>(cont[i])) << ',' << (in_traj[i] ? "true" : "false") << ','
       << (in_cont[i] ? "true" : "false") << ',' << (compensated[i] ? "true" : "false") << ',' << reasons << '\n';
    if (compensated[i]) ++summary.compensated;
  }
  os.flush();
  if (!os) throw Error(ErrorCode::invalid_argument, "--out", "writing " + out_path + " failed");
  return summary;
}

void with_population_columns(const std::string& text, const std::string& origin,
                             const std::function<void(const population::WorkerColumns&,
                                                      const population::AbsenceColumns&)>& fn) {
  const Table t = read_table(text, origin);
  population::WorkerColumns w;
  w.rows = t.rows;
  w.birth_date = t.birth.data();
  w.right_kind = t.kind.data();
  w.right_granted = t.granted.data();
  w.employment_first_day = t.emp_first.data();
  w.employment_last_day = t.emp_last.data();
  w.employer_recognised = t.recognised.data();
  w.employer_contingent_units = t.contingent.data();
  w.employer_in_brussels = t.brussels.data();
  w.competence_months = t.comp_months.data();
  w.competence_approved = t.comp_approved.data();
  w.doorstroom_first_day = t.ds_first.data();
  w.doorstroom_last_day = t.ds_last.data();
  w.external_job_found = t.job_found.data();
  const population::AbsenceColumns ab{t.a_worker.size(), t.a_worker.data(), t.a_first.data(), t.a_last.data(),
                                      t.a_reason.data()};
  try {
    fn(w, ab);
  } catch (const Error& e) {
    throw Error(e.code(), csv_field(t, e.field(), 0, 0), e.message() + " (in " + origin + ")");
  }
}

}  // namespace lde::cli
