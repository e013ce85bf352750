/// @file population_csv.hpp
/// @brief The one reader of population CSV files, shared by `lde simulate`, Python and the fuzz harness.
///
/// Two layouts (docs/cli.md, "lde simulate"):
///  - a FOLDER of CSV files, one per table of the column schema (lde/population/schema.hpp):
///    `workers.csv` (required, with an `id` column: the worker id, any text) and optionally
///    `rights.csv`, `employment.csv`, `absences.csv`, `competence_extensions.csv`, `doorstroom.csv`,
///    `non_cooperation.csv`, each with a `worker` column holding worker ids of `workers.csv`;
///    every other column is a column of the schema, parsed by its type;
///  - ONE CSV file in the one-spell form (one row per worker: `id`, `birth_date`, `right_kind`,
///    `right_granted`, `employment_first_day`, ..., `absences`), converted to the same tables.
///
/// Both give a PopulationCsv: the column vectors, a population::Population view of them, the
/// worker ids as read and where each table row came from (file and line), so that an error of
/// the engine (`employment[7].first_day`) can be reported at its line
/// (`employment.csv, line 9, column first_day`). Every malformed input (unknown or repeated
/// columns, ragged rows, stray quotes, invalid UTF-8, NUL bytes, duplicate worker ids, a long
/// table naming an id that `workers.csv` lacks, values outside the schema) is an lde::Error whose
/// field names the file (folder form), the line and the column.
#pragma once

#include "lde/population/schema.hpp"
#include "lde/population/tables.hpp"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace lde::io {

/// One column as read, in the C type of its schema type (ColumnType).
struct CsvColumn {
  bool given = false;                  ///< The file has the column (else the engine's default applies).
  std::vector<std::int64_t> int64;     ///< worker (row in workers), date (kNoDate: none), fte (ten-thousandths).
  std::vector<std::int32_t> int32;     ///< count, right_kind, absence_reason.
  std::vector<std::uint8_t> uint8;     ///< flag.
  std::vector<std::string> text;       ///< text.
  std::vector<const char*> text_ptr;   ///< text, as the C strings the table struct points at.
};

/// One table as read.
struct CsvTable {
  bool present = false;              ///< A file (or, in the one-spell form, the file) gave it.
  std::string file;                  ///< `employment.csv` (folder form), the file's name (one-spell form).
  std::size_t rows = 0;              ///< Number of rows read.
  std::vector<std::size_t> lines;    ///< The line of each row (1: the header; blank lines counted).
  std::vector<std::size_t> items;    ///< One-spell absences: the item in the `absences` cell (1-based; 0: the only one).
  std::vector<CsvColumn> columns;    ///< In schema order (TableSpec::columns).
};

/// A population read from CSV: owns its columns; population() points into them (so the object
/// is movable but not copyable).
struct PopulationCsv {
  PopulationCsv() = default;
  PopulationCsv(PopulationCsv&&) noexcept = default;             ///< Moves (population() stays valid).
  PopulationCsv& operator=(PopulationCsv&&) noexcept = default;  ///< Moves (population() stays valid).
  PopulationCsv(const PopulationCsv&) = delete;
  PopulationCsv& operator=(const PopulationCsv&) = delete;

  std::string origin;                  ///< The folder or file read.
  bool one_spell = false;              ///< Read from one file in the one-spell form.
  std::array<CsvTable, population::kTableCount> tables;  ///< In Table order.
  std::vector<std::string> ids;        ///< The worker ids as read (one-spell form without `id`: "0", "1", ...).
  bool integer_ids = true;             ///< Every id is a canonical integer (`-12`, `0`, `7`; no `+`, no leading 0).
  std::vector<std::int64_t> integer_id_values;  ///< The ids as integers when integer_ids, else empty.
  population::Population population;   ///< The tables, pointing into `tables`.

  /// The table @p t.
  const CsvTable& table(population::Table t) const noexcept { return tables[static_cast<std::size_t>(t)]; }

  /// The file location of an engine field that names a table row (`employment[7].first_day` ->
  /// `employment.csv, line 9, column first_day`; one-spell form: `line 3, column
  /// employment_first_day`, `line 5, column absences, item 2`); any other field unchanged.
  std::string locate(std::string_view field) const;
};

/// Reads @p path: a folder of CSV files, or one CSV file in the one-spell form.
/// @throws Error naming the file, line and column
PopulationCsv read_population_csv(const std::string& path);

/// Reads one CSV text in the one-spell form; @p origin names it in messages.
/// @throws Error naming `line N, column NAME`
PopulationCsv read_population_csv_text(std::string_view text, const std::string& origin);

/// Reads the folder form from memory: (file name, text) pairs such as ("workers.csv", "id,birth_date\n...");
/// @p origin names the folder in messages.
/// @throws Error naming `FILE, line N, column NAME`
PopulationCsv read_population_csv_files(const std::vector<std::pair<std::string, std::string>>& files,
                                        const std::string& origin);

}  // namespace lde::io
