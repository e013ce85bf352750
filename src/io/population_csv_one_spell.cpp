// The one-spell form of a population CSV (docs/cli.md, "lde simulate"): one row per worker with at
// most one right, one employment period, one competence approval and one transition trajectory,
// and its absences in one cell (`FIRST/LAST/REASON;...`). Read into the tables of the column
// schema (lde/population/schema.hpp), each table row remembering its line (and absence item), so
// the engine's errors are reported as `line 3, column employment_first_day`.
#include "lde/io/population_csv.hpp"

#include "lde/core/error.hpp"

#include "internal.hpp"
#include "population_csv_internal.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace lde::io {

namespace csv {

namespace {

using population::ColumnSpec;
using population::ColumnType;
using population::kNoDate;
using population::Table;

/// One-spell column -> (table, schema column). `id` and `absences` are read apart.
struct Mapping {
  std::string_view one_spell;
  Table table;
  std::string_view column;
};
constexpr std::array<Mapping, 13> kMappings{{
    {"birth_date", Table::workers, "birth_date"},
    {"right_kind", Table::rights, "kind"},
    {"right_granted", Table::rights, "granted"},
    {"employment_first_day", Table::employment, "first_day"},
    {"employment_last_day", Table::employment, "last_day"},
    {"employer_recognised", Table::employment, "employer_recognised"},
    {"employer_contingent", Table::employment, "employer_contingent"},
    {"employer_in_brussels", Table::employment, "employer_in_brussels"},
    {"competence_months", Table::competence_extensions, "months"},
    {"competence_approved", Table::competence_extensions, "approved"},
    {"doorstroom_first_day", Table::doorstroom, "first_day"},
    {"doorstroom_last_day", Table::doorstroom, "last_day"},
    {"external_job_found", Table::doorstroom, "external_job_found"},
}};

/// The name files written before the one column schema gave the contingent; still read, as
/// `employer_contingent` (the schema's name, also pandas' and the tables').
constexpr std::string_view kContingentAlias = "employer_contingent_fte";

std::vector<std::string_view> one_spell_columns() {
  std::vector<std::string_view> out{"id"};
  for (const Mapping& m : kMappings) out.push_back(m.one_spell);
  out.push_back("absences");
  out.push_back(kContingentAlias);
  return out;
}

/// The index of column @p name in table @p t's columns (schema order).
std::size_t column_index(Table t, std::string_view name) {
  const auto& cols = population::table_spec(t).columns;
  for (std::size_t i = 0; i < cols.size(); ++i)
    if (cols[i].name == name) return i;
  throw Error(ErrorCode::internal, std::string(name), "the column schema has no such column");
}

/// A table being filled: pushes one row at a time, every column given.
struct Builder {
  CsvTable& t;
  Table table;
  CsvColumn& col(std::string_view name) { return t.columns[column_index(table, name)]; }
  void row(std::size_t worker, std::size_t line, std::size_t item = 0) {
    col("worker").int64.push_back(static_cast<std::int64_t>(worker));
    t.lines.push_back(line);
    if (table == Table::absences) t.items.push_back(item);
    ++t.rows;
  }
};

}  // namespace

std::string one_spell_column(Table t, std::string_view column) {
  if (t == Table::absences) return "absences";
  for (const Mapping& m : kMappings)
    if (m.table == t && m.column == column) return std::string(m.one_spell);
  return {};
}

}  // namespace csv

PopulationCsv read_population_csv_text(std::string_view text, const std::string& origin) {
  using population::kNoDate;
  using population::Table;
  PopulationCsv p;
  p.origin = origin;
  p.one_spell = true;
  const std::vector<std::string_view> known = csv::one_spell_columns();
  for (const population::TableSpec& spec : population::schema()) {
    CsvTable& t = p.tables[static_cast<std::size_t>(spec.table)];
    t.file = origin;
    t.columns.assign(spec.columns.size(), CsvColumn{});
  }
  csv::Tokeniser tok(text, "", origin);
  std::vector<std::string> header;
  if (!tok.next(header)) tok.fail(ErrorCode::parse_error, 1, {}, "the file is empty; expected a header row");
  tok.set_header(&header);
  const std::size_t header_line = tok.line();
  std::unordered_map<std::string, std::size_t> col;
  for (std::size_t i = 0; i < header.size(); ++i) {
    const std::string& name = header[i];
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      const std::string best = detail::closest(name, known);
      tok.fail(ErrorCode::invalid_argument, header_line, std::to_string(i + 1),
               "unknown column \"" + name + "\"" + (best.empty() ? "" : " (did you mean \"" + best + "\"?)") +
                   " (see docs/cli.md)");
    }
    if (!col.emplace(name, i).second) tok.fail(ErrorCode::invalid_argument, header_line, name, "the column appears twice");
  }
  if (const auto alias = col.find(std::string(csv::kContingentAlias)); alias != col.end()) {
    if (col.count("employer_contingent"))
      tok.fail(ErrorCode::invalid_argument, header_line, std::string(csv::kContingentAlias),
               "the contingent is given twice (employer_contingent and its old name employer_contingent_fte)");
    col.emplace("employer_contingent", alias->second);
    col.erase(alias);
  }
  if (!col.count("birth_date")) tok.fail(ErrorCode::invalid_argument, header_line, {}, "required column \"birth_date\" is missing");

  // Every table of the one-spell form is given with all its columns (the defaults applied per row),
  // except the employer label (the engine's "worker N") and the reconsideration dates.
  for (const population::TableSpec& spec : population::schema()) {
    CsvTable& t = p.tables[static_cast<std::size_t>(spec.table)];
    if (spec.table == Table::workers || spec.table == Table::non_cooperation) {
      t.present = spec.table == Table::workers;
    } else {
      t.present = true;
    }
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
      const population::ColumnSpec& cs = spec.columns[c];
      t.columns[c].given = t.present && cs.type != population::ColumnType::text &&
                           !(spec.table == Table::workers && cs.name != "birth_date");
    }
  }
  p.tables[static_cast<std::size_t>(Table::non_cooperation)].present = false;
  csv::Builder workers{p.tables[0], Table::workers};
  csv::Builder rights{p.tables[1], Table::rights};
  csv::Builder employment{p.tables[2], Table::employment};
  csv::Builder absences{p.tables[3], Table::absences};
  csv::Builder competence{p.tables[4], Table::competence_extensions};
  csv::Builder doorstroom{p.tables[5], Table::doorstroom};

  std::unordered_map<std::string, std::size_t> seen;
  std::vector<std::string> cells;
  const std::string empty;
  while (tok.next(cells)) {
    const std::size_t line = tok.line();
    if (cells.size() != header.size())
      tok.fail(ErrorCode::parse_error, line, {},
               "expected " + std::to_string(header.size()) + " cells, got " + std::to_string(cells.size()));
    const std::size_t row = p.ids.size();
    auto cell = [&](std::string_view name) -> const std::string& {
      const auto it = col.find(std::string(name));
      return it == col.end() ? empty : cells[it->second];
    };
    auto parser = [&](std::string_view name) { return csv::CellParser{tok, line, name}; };
    // The schema spec of a one-spell column, for its type, default and bounds.
    auto spec_of = [&](std::string_view name) -> const population::ColumnSpec& {
      for (const csv::Mapping& m : csv::kMappings)
        if (m.one_spell == name) return population::table_spec(m.table).columns[csv::column_index(m.table, m.column)];
      throw Error(ErrorCode::internal, std::string(name), "not a one-spell column");
    };
    // A date cell: kNoDate when empty and not @p required.
    auto date = [&](std::string_view name, bool required) {
      const std::string& c = cell(name);
      if (c.empty()) {
        if (required) parser(name).fail(ErrorCode::invalid_argument, "required value is missing");
        return kNoDate;
      }
      return parser(name).date(c);
    };
    auto flag = [&](std::string_view name) {
      const std::string& c = cell(name);
      return parser(name).flag(c.empty() ? spec_of(name).default_text : std::string_view(c));
    };

    // id: the worker id (default: the row number), unique.
    std::string id = col.count("id") ? cell("id") : std::to_string(row);
    if (col.count("id")) parser("id").text(id);
    if (!seen.emplace(id, line).second)
      parser("id").fail(ErrorCode::invalid_argument,
                        "worker id \"" + id + "\" appears twice (first on line " + std::to_string(seen[id]) + ")");
    p.ids.push_back(std::move(id));

    workers.col("birth_date").int64.push_back(date("birth_date", true));
    workers.t.lines.push_back(line);
    ++workers.t.rows;

    {
      const std::string& k = cell("right_kind");
      const std::int32_t kind = k.empty() ? parser("right_kind").right_kind(spec_of("right_kind").default_text)
                                          : parser("right_kind").right_kind(k);
      const std::int64_t granted = date("right_granted", false);
      if (granted != kNoDate) {
        rights.col("kind").int32.push_back(kind);
        rights.col("granted").int64.push_back(granted);
        rights.row(row, line);
      }
    }
    {
      const std::int64_t first = date("employment_first_day", false);
      const std::int64_t last = date("employment_last_day", false);
      const std::uint8_t recognised = flag("employer_recognised");
      const std::uint8_t brussels = flag("employer_in_brussels");
      const std::string& c = cell("employer_contingent");
      const population::ColumnSpec& cs = spec_of("employer_contingent");
      const std::int64_t contingent =
          parser("employer_contingent").fte(c.empty() ? cs.default_text : std::string_view(c), cs.min, cs.max);
      if (first != kNoDate) {
        employment.col("first_day").int64.push_back(first);
        employment.col("last_day").int64.push_back(last);
        employment.col("employer_recognised").uint8.push_back(recognised);
        employment.col("employer_contingent").int64.push_back(contingent);
        employment.col("employer_in_brussels").uint8.push_back(brussels);
        employment.row(row, line);
      } else if (last != kNoDate) {
        parser("employment_last_day").fail(ErrorCode::invalid_argument,
                                           "is set (" + cell("employment_last_day") + ") without an employment_first_day");
      }
    }
    {
      const std::string& m = cell("competence_months");
      const population::ColumnSpec& cs = spec_of("competence_months");
      // 0 or empty: no competence extension approved.
      const std::int32_t months = m.empty() || m == "0" ? 0 : parser("competence_months").count(m, cs.min, cs.max);
      const std::int64_t approved = date("competence_approved", months > 0);
      if (months > 0) {
        competence.col("months").int32.push_back(months);
        competence.col("approved").int64.push_back(approved);
        competence.row(row, line);
      }
    }
    {
      const std::int64_t first = date("doorstroom_first_day", false);
      const std::int64_t last = date("doorstroom_last_day", first != kNoDate);
      const std::int64_t job = date("external_job_found", false);
      if (first != kNoDate) {
        doorstroom.col("first_day").int64.push_back(first);
        doorstroom.col("last_day").int64.push_back(last);
        doorstroom.col("external_job_found").int64.push_back(job);
        doorstroom.row(row, line);
      } else if (last != kNoDate) {
        parser("doorstroom_last_day").fail(ErrorCode::invalid_argument,
                                           "is set (" + cell("doorstroom_last_day") + ") without a doorstroom_first_day");
      } else if (job != kNoDate) {
        parser("external_job_found").fail(ErrorCode::invalid_argument,
                                          "is set (" + cell("external_job_found") + ") without a doorstroom_first_day");
      }
    }
    {
      // FIRST/LAST/REASON items separated by ';'; errors name the item when the cell has several.
      const std::string& c = cell("absences");
      const std::size_t count = c.empty() ? 0 : static_cast<std::size_t>(std::count(c.begin(), c.end(), ';')) + 1;
      std::size_t start = 0;
      for (std::size_t item = 1; item <= count; ++item) {
        std::size_t end = c.find(';', start);
        if (end == std::string::npos) end = c.size();
        const std::string_view item_text = std::string_view(c).substr(start, end - start);
        const std::string label = count > 1 ? "absences, item " + std::to_string(item) : "absences";
        const csv::CellParser cp{tok, line, label};
        const auto s1 = item_text.find('/');
        const auto s2 = s1 == std::string_view::npos ? s1 : item_text.find('/', s1 + 1);
        if (s2 == std::string_view::npos)
          cp.fail(ErrorCode::parse_error, "expected FIRST/LAST/REASON, got \"" + std::string(item_text) + "\"");
        absences.col("first_day").int64.push_back(cp.date(item_text.substr(0, s1)));
        absences.col("last_day").int64.push_back(cp.date(item_text.substr(s1 + 1, s2 - s1 - 1)));
        absences.col("reason").int32.push_back(cp.absence_reason(item_text.substr(s2 + 1)));
        absences.row(row, line, count > 1 ? item : 0);
        start = end + 1;
      }
    }
  }
  csv::classify_ids(p);
  csv::bind(p);
  return p;
}

}  // namespace lde::io
