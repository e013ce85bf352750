// The population CSV reader (lde/io/population_csv.hpp): the tokeniser, the typed cells of the
// column schema, the folder form and the mapping of engine fields back to file lines. The one-spell
// form is in population_csv_one_spell.cpp.
#include "lde/io/population_csv.hpp"

#include "lde/core/calendar.hpp"
#include "lde/core/error.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/limits.hpp"
#include "lde/worker/dossier.hpp"

#include "internal.hpp"
#include "population_csv_internal.hpp"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <unordered_map>

namespace lde::io {

namespace csv {

using population::ColumnSpec;
using population::ColumnType;
using population::kNoDate;
using population::Table;
using population::TableSpec;

std::string where(std::string_view file, std::size_t line, std::string_view column) {
  std::string out;
  if (!file.empty()) {
    out.append(file);
    out += ", ";
  }
  out += "line " + std::to_string(line);
  if (!column.empty()) {
    out += ", column ";
    out.append(column);
  }
  return out;
}

Tokeniser::Tokeniser(std::string_view text, std::string file, std::string origin)
    : text_(text), file_(std::move(file)), origin_(std::move(origin)) {
  // A UTF-8 byte-order mark (as spreadsheet programs write before "CSV UTF-8") is skipped, as the
  // JSON reader skips one before a JSON text: docs/format.md, "Text encoding".
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
}

void Tokeniser::fail(ErrorCode code, std::size_t line, std::string_view column, const std::string& message) const {
  throw Error(code, where(file_, line, column), message + " (in " + origin_ + ")");
}

std::string Tokeniser::column_name(std::size_t i) const {
  if (header_ != nullptr && i < header_->size() && !(*header_)[i].empty() && is_valid_utf8((*header_)[i]))
    return (*header_)[i];
  return std::to_string(i + 1);
}

bool Tokeniser::next(std::vector<std::string>& cells) {
  for (;;) {
    if (pos_ >= text_.size()) return false;
    cells.assign(1, std::string());
    line_ = next_line_;
    bool quoted = false;
    bool closed = false;  // the current cell was quoted and its quote closed
    bool done = false;
    while (pos_ < text_.size() && !done) {
      const char c = text_[pos_];
      if (c == '\0') fail(ErrorCode::parse_error, next_line_, column_name(cells.size() - 1), "holds a NUL byte");
      if (quoted) {
        if (c == '"') {
          if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '"') {
            cells.back() += '"';
            ++pos_;
          } else {
            quoted = false;
            closed = true;
          }
        } else {
          if (c == '\n' || (c == '\r' && !(pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n'))) ++next_line_;
          cells.back() += c;
        }
        ++pos_;
        continue;
      }
      if (c == ',') {
        cells.emplace_back();
        closed = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ++pos_;
        ++next_line_;
        done = true;
      } else if (closed) {
        fail(ErrorCode::parse_error, line_, column_name(cells.size() - 1),
             "text after the closing quote of a quoted cell (a quote inside a cell is written \"\")");
      } else if (c == '"') {
        if (!cells.back().empty())
          fail(ErrorCode::parse_error, line_, column_name(cells.size() - 1),
               "a quote inside an unquoted cell (quote the whole cell and write the quote as \"\")");
        quoted = true;
      } else {
        cells.back() += c;
      }
      ++pos_;
    }
    if (quoted) fail(ErrorCode::parse_error, line_, {}, "unterminated quoted cell");
    for (std::size_t i = 0; i < cells.size(); ++i)
      if (!is_valid_utf8(cells[i]))
        fail(ErrorCode::parse_error, line_, column_name(i), "is not valid UTF-8");
    if (cells.size() == 1 && cells[0].empty() && !closed) continue;  // blank line
    return true;
  }
}

std::int64_t CellParser::date(std::string_view text) const {
  try {
    return Date::parse(text, column).days_since_epoch();
  } catch (const Error& e) {
    fail(e.code(), e.message());
  }
}

std::uint8_t CellParser::flag(std::string_view text) const {
  // True/False: what pandas writes for a bool column (DataFrame.to_csv).
  if (text == "true" || text == "True" || text == "1") return 1;
  if (text == "false" || text == "False" || text == "0") return 0;
  fail(ErrorCode::invalid_argument, "expected true, false, True, False, 1 or 0, got \"" + std::string(text) + "\"");
}

std::int64_t CellParser::fte(std::string_view text, std::int64_t min, std::int64_t max) const {
  std::int64_t units = 0;
  try {
    units = Fte::parse(text, column).units();
  } catch (const Error& e) {
    fail(e.code(), e.message());
  }
  // Below the bound: invalid_argument; above it: out_of_range (E-15, lde/core/limits.hpp), as validate() says.
  if (units < min) fail(ErrorCode::invalid_argument, "FTE " + std::string(text) + " is below " + Fte::from_units(min).to_string());
  if (max > min && units > max)
    fail(ErrorCode::out_of_range, "FTE " + std::string(text) + " lies outside " + Fte::from_units(min).to_string() +
                                      " .. " + Fte::from_units(max).to_string());
  return units;
}

std::int32_t CellParser::count(std::string_view text, std::int64_t min, std::int64_t max) const {
  std::int64_t v = 0;
  if (!canonical_integer(text, v))
    fail(ErrorCode::invalid_argument, "expected a whole number, got \"" + std::string(text) + "\"");
  // invalid_argument, as the tables engine says for the same value (fill_dossier).
  if (v < min || v > max)
    fail(ErrorCode::invalid_argument,
         std::string(text) + " lies outside " + std::to_string(min) + " .. " + std::to_string(max));
  return static_cast<std::int32_t>(v);
}

std::int32_t CellParser::right_kind(std::string_view text) const {
  std::int64_t code = 0;
  if (canonical_integer(text, code)) {
    if (code < 1 || code > 3) fail(ErrorCode::invalid_argument, "unknown right kind code " + std::string(text) + " (1 lde, 2 maatwerk, 3 vop)");
    return static_cast<std::int32_t>(code);
  }
  try {
    return static_cast<std::int32_t>(parse_right_kind(text, column));
  } catch (const Error& e) {
    fail(e.code(), e.message());
  }
}

std::int32_t CellParser::absence_reason(std::string_view text) const {
  std::int64_t code = 0;
  if (canonical_integer(text, code)) {
    if (code < 1 || code > 6) fail(ErrorCode::invalid_argument, "unknown absence reason code " + std::string(text) + " (1 .. 6)");
    return static_cast<std::int32_t>(code);
  }
  try {
    return static_cast<std::int32_t>(parse_absence_reason(text, column));
  } catch (const Error& e) {
    fail(e.code(), e.message());
  }
}

void CellParser::text(std::string_view text) const {
  try {
    check_name(text, std::string(column));
  } catch (const Error& e) {
    fail(e.code(), e.message());
  }
}

bool canonical_integer(std::string_view text, std::int64_t& out) noexcept {
  if (text.empty()) return false;
  std::size_t i = text[0] == '-' ? 1 : 0;
  if (i == text.size()) return false;
  if (text[i] == '0' && (text.size() > i + 1 || i == 1)) return false;  // leading zero, "-0"
  for (std::size_t k = i; k < text.size(); ++k)
    if (text[k] < '0' || text[k] > '9') return false;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), out);
  return r.ec == std::errc() && r.ptr == text.data() + text.size();
}

void bind(PopulationCsv& p) {
  p.population = population::Population{};
  for (const TableSpec& spec : population::schema()) {
    CsvTable& t = p.tables[static_cast<std::size_t>(spec.table)];
    population::table_rows(p.population, spec.table) = t.rows;
    for (std::size_t c = 0; c < spec.columns.size() && c < t.columns.size(); ++c) {
      CsvColumn& col = t.columns[c];
      if (!col.given) continue;
      const void* data = nullptr;
      switch (spec.columns[c].type) {
        case ColumnType::worker:
        case ColumnType::date:
        case ColumnType::fte: data = col.int64.data(); break;
        case ColumnType::count:
        case ColumnType::right_kind:
        case ColumnType::absence_reason: data = col.int32.data(); break;
        case ColumnType::flag: data = col.uint8.data(); break;
        case ColumnType::text:
          col.text_ptr.clear();
          for (const std::string& s : col.text) col.text_ptr.push_back(s.c_str());
          data = col.text_ptr.data();
          break;
      }
      // The column's pointer slot in its table struct (ColumnSpec::offset), written as bytes.
      std::memcpy(reinterpret_cast<char*>(&p.population) + spec.offset + spec.columns[c].offset, &data, sizeof data);
    }
  }
}

void classify_ids(PopulationCsv& p) {
  p.integer_ids = true;
  p.integer_id_values.clear();
  p.integer_id_values.reserve(p.ids.size());
  for (const std::string& id : p.ids) {
    std::int64_t v = 0;
    if (!canonical_integer(id, v)) {
      p.integer_ids = false;
      p.integer_id_values.clear();
      return;
    }
    p.integer_id_values.push_back(v);
  }
}

namespace {

/// Parses one cell of a schema column (not `worker`) into @p col.
void parse_cell(const CellParser& cp, const ColumnSpec& spec, const std::string& cell, CsvColumn& col) {
  std::string_view text = cell;
  if (text.empty()) {
    if (spec.nullable) {
      col.int64.push_back(kNoDate);
      return;
    }
    if (spec.required) cp.fail(ErrorCode::invalid_argument, "required value is missing");
    if (spec.default_text.empty())  // an optional column without a per-row default: the employer label
      cp.fail(ErrorCode::invalid_argument,
              "is empty; a cell of this column needs a value (leave the whole column out for its default)");
    text = spec.default_text;
  }
  switch (spec.type) {
    case ColumnType::date: col.int64.push_back(cp.date(text)); break;
    case ColumnType::flag: col.uint8.push_back(cp.flag(text)); break;
    case ColumnType::fte: col.int64.push_back(cp.fte(text, spec.min, spec.max)); break;
    case ColumnType::count: col.int32.push_back(cp.count(text, spec.min, spec.max)); break;
    case ColumnType::right_kind: col.int32.push_back(cp.right_kind(text)); break;
    case ColumnType::absence_reason: col.int32.push_back(cp.absence_reason(text)); break;
    case ColumnType::text:
      cp.text(text);
      col.text.emplace_back(text);
      break;
    case ColumnType::worker: break;  // read by the caller (ids)
  }
}

/// Reads one table file of the folder form. Workers: @p ids receives the ids, @p index maps them to rows.
void read_table(const TableSpec& spec, std::string_view text, const std::string& file, const std::string& origin,
                CsvTable& out, std::vector<std::string>* ids, std::unordered_map<std::string, std::size_t>& index) {
  const bool workers = spec.table == Table::workers;
  out.present = true;
  out.file = file;
  out.columns.assign(spec.columns.size(), CsvColumn{});
  Tokeniser tok(text, file, origin);
  std::vector<std::string> header;
  if (!tok.next(header)) tok.fail(ErrorCode::parse_error, 1, {}, "the file is empty; expected a header row");
  tok.set_header(&header);
  const std::size_t header_line = tok.line();
  // Cell position of each schema column (npos: absent) and of the id column (workers).
  constexpr std::size_t npos = static_cast<std::size_t>(-1);
  std::vector<std::size_t> at(spec.columns.size(), npos);
  std::size_t id_at = npos;
  std::vector<std::string_view> known;
  if (workers) known.push_back("id");
  for (const ColumnSpec& c : spec.columns) known.push_back(c.name);
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string& name = header[i];
    std::size_t found = npos;
    if (workers && name == "id") {
      found = spec.columns.size();
    } else {
      for (std::size_t c = 0; c < spec.columns.size(); ++c)
        if (spec.columns[c].name == name) found = c;
    }
    if (found == npos) {
      const std::string best = detail::closest(name, known);
      std::string list;
      for (std::string_view k : known) list += (list.empty() ? "" : ", ") + std::string(k);
      tok.fail(ErrorCode::invalid_argument, header_line, std::to_string(i + 1),
               "unknown column \"" + name + "\"" + (best.empty() ? "" : " (did you mean \"" + best + "\"?)") +
                   "; " + std::string(spec.name) + " has " + list + " (docs/cli.md)");
    }
    std::size_t& slot = found == spec.columns.size() ? id_at : at[found];
    if (slot != npos) tok.fail(ErrorCode::invalid_argument, header_line, name, "the column appears twice");
    slot = i;
  }
  if (workers && id_at == npos) tok.fail(ErrorCode::invalid_argument, header_line, {}, "required column \"id\" (the worker id) is missing");
  for (std::size_t c = 0; c < spec.columns.size(); ++c) {
    if (spec.columns[c].required && at[c] == npos)
      tok.fail(ErrorCode::invalid_argument, header_line, {}, "required column \"" + std::string(spec.columns[c].name) + "\" is missing");
    out.columns[c].given = at[c] != npos;
  }
  std::vector<std::string> cells;
  while (tok.next(cells)) {
    const std::size_t line = tok.line();
    if (cells.size() != header.size())
      tok.fail(ErrorCode::parse_error, line, {},
               "expected " + std::to_string(header.size()) + " cells, got " + std::to_string(cells.size()));
    if (workers) {
      const std::string& id = cells[id_at];
      const CellParser cp{tok, line, "id"};
      cp.text(id);
      if (!index.emplace(id, out.rows).second)
        cp.fail(ErrorCode::invalid_argument, "worker id \"" + id + "\" appears twice (first on line " +
                                                 std::to_string(out.lines[index[id]]) + ")");
      ids->push_back(id);
    }
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
      if (at[c] == npos) continue;
      const ColumnSpec& cs = spec.columns[c];
      const CellParser cp{tok, line, cs.name};
      const std::string& cell = cells[at[c]];
      if (cs.type == ColumnType::worker) {
        const auto it = index.find(cell);
        if (it == index.end())
          cp.fail(ErrorCode::invalid_argument, "worker id \"" + cell + "\" is not in workers.csv");
        out.columns[c].int64.push_back(static_cast<std::int64_t>(it->second));
      } else {
        parse_cell(cp, cs, cell, out.columns[c]);
      }
    }
    out.lines.push_back(line);
    ++out.rows;
  }
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorCode::not_found, path.string(), "cannot read the file");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace
}  // namespace csv

std::string PopulationCsv::locate(std::string_view field) const {
  const std::size_t open = field.find('[');
  if (open == std::string_view::npos) return std::string(field);
  const std::size_t close = field.find(']', open);
  if (close == std::string_view::npos) return std::string(field);
  const population::TableSpec* spec = population::find_table(field.substr(0, open));
  std::int64_t row = 0;
  if (spec == nullptr || !csv::canonical_integer(field.substr(open + 1, close - open - 1), row) || row < 0)
    return std::string(field);
  const CsvTable& t = table(spec->table);
  if (!t.present || static_cast<std::size_t>(row) >= t.rows) return std::string(field);
  const auto r = static_cast<std::size_t>(row);
  std::string column;
  std::string rest;
  if (close + 1 < field.size() && field[close + 1] == '.') {
    const std::string_view tail = field.substr(close + 2);
    const std::size_t end = tail.find_first_of(".[");
    column = std::string(tail.substr(0, end));
    if (end != std::string_view::npos) rest = std::string(tail.substr(end));
  }
  if (one_spell) {
    std::string loc = "line " + std::to_string(t.lines[r]);
    const std::string name = column.empty() ? std::string() : csv::one_spell_column(spec->table, column);
    if (!name.empty()) loc += ", column " + name;
    if (spec->table == population::Table::absences && r < t.items.size() && t.items[r] > 0)
      loc += ", item " + std::to_string(t.items[r]);
    return loc + rest;
  }
  return csv::where(t.file, t.lines[r], column) + rest;
}

PopulationCsv read_population_csv_files(const std::vector<std::pair<std::string, std::string>>& files,
                                        const std::string& origin) {
  PopulationCsv p;
  p.origin = origin;
  std::vector<const std::string*> text(population::kTableCount, nullptr);
  std::vector<std::string_view> known;
  for (const population::TableSpec& spec : population::schema()) known.push_back(spec.name);
  for (const auto& [name, content] : files) {
    const std::string stem = name.size() > 4 && name.compare(name.size() - 4, 4, ".csv") == 0 ? name.substr(0, name.size() - 4) : name;
    const population::TableSpec* spec = population::find_table(stem);
    if (spec == nullptr) {
      const std::string best = detail::closest(stem, known);
      throw Error(ErrorCode::invalid_argument, name.empty() ? std::string("(file name)") : name,
                  "unknown table file \"" + name + "\"" + (best.empty() ? "" : " (did you mean \"" + best + ".csv\"?)") +
                      "; a population folder holds workers.csv, rights.csv, employment.csv, absences.csv, "
                      "competence_extensions.csv, doorstroom.csv, non_cooperation.csv (in " + origin + ")");
    }
    const auto i = static_cast<std::size_t>(spec->table);
    if (text[i] != nullptr) throw Error(ErrorCode::invalid_argument, name, "the table is given twice (in " + origin + ")");
    text[i] = &content;
  }
  if (text[0] == nullptr)
    throw Error(ErrorCode::invalid_argument, "workers.csv",
                "a population folder needs workers.csv (one row per worker, with an id column) (in " + origin + ")");
  std::unordered_map<std::string, std::size_t> index;
  for (const population::TableSpec& spec : population::schema()) {
    const auto i = static_cast<std::size_t>(spec.table);
    CsvTable& t = p.tables[i];
    t.file = std::string(spec.name) + ".csv";
    t.columns.assign(spec.columns.size(), CsvColumn{});
    if (text[i] == nullptr) continue;
    csv::read_table(spec, *text[i], t.file, origin, t, i == 0 ? &p.ids : nullptr, index);
  }
  csv::classify_ids(p);
  csv::bind(p);
  return p;
}

PopulationCsv read_population_csv(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path dir(path);
  if (fs::is_directory(dir, ec)) {
    std::vector<std::pair<std::string, std::string>> files;
    std::vector<fs::path> entries;
    for (const fs::directory_entry& e : fs::directory_iterator(dir, ec))
      if (e.path().extension() == ".csv") entries.push_back(e.path());
    if (ec) throw Error(ErrorCode::not_found, path, "cannot list the folder: " + ec.message());
    std::sort(entries.begin(), entries.end());
    for (const fs::path& e : entries) files.emplace_back(e.filename().string(), csv::read_file(e));
    return read_population_csv_files(files, path);
  }
  return read_population_csv_text(csv::read_file(dir), path);
}

}  // namespace lde::io
