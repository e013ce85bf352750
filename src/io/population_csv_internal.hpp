// Internals of the population CSV reader (src/io/population_csv*.cpp): the CSV tokeniser and the
// typed cell parsers both layouts share. Not installed.
#pragma once

#include "lde/core/error.hpp"
#include "lde/io/population_csv.hpp"
#include "lde/population/schema.hpp"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace lde::io::csv {

/// Where a cell is, for error fields: `FILE, line N, column NAME` (folder form) or `line N, column
/// NAME` (one-spell form, @p file empty).
std::string where(std::string_view file, std::size_t line, std::string_view column = {});

/// Splits CSV text (RFC 4180) into records. A UTF-8 byte-order mark is skipped; a record ends at
/// LF, CRLF or CR outside quotes; a quoted cell may hold commas, quotes ("") and line ends. A quote
/// inside an unquoted cell, text after a closing quote, an unterminated quote, a NUL byte and text
/// that is not UTF-8 are parse errors naming the line (and the column when known).
class Tokeniser {
 public:
  Tokeniser(std::string_view text, std::string file, std::string origin);
  /// The next record into @p cells; false at the end. Blank lines are skipped.
  bool next(std::vector<std::string>& cells);
  /// The line the last record started on.
  std::size_t line() const noexcept { return line_; }
  /// The header, once read (names cells in errors).
  void set_header(const std::vector<std::string>* header) noexcept { header_ = header; }
  /// Throws Error(code, where(file, line, column), message (in origin)).
  [[noreturn]] void fail(ErrorCode code, std::size_t line, std::string_view column, const std::string& message) const;
  /// The name of cell @p i for errors: the header's name, or its number.
  std::string column_name(std::size_t i) const;
  const std::string& file() const noexcept { return file_; }
  const std::string& origin() const noexcept { return origin_; }

 private:
  std::string_view text_;
  std::string file_;
  std::string origin_;
  std::size_t pos_ = 0;
  std::size_t next_line_ = 1;
  std::size_t line_ = 0;
  const std::vector<std::string>* header_ = nullptr;
};

/// Parsers of one cell by schema type; each throws Error naming the cell (through @p t).
struct CellParser {
  const Tokeniser& t;
  std::size_t line;
  std::string_view column;

  [[noreturn]] void fail(ErrorCode code, const std::string& message) const { t.fail(code, line, column, message); }
  std::int64_t date(std::string_view text) const;            ///< ISO YYYY-MM-DD.
  std::uint8_t flag(std::string_view text) const;            ///< true/false, True/False, 1/0.
  std::int64_t fte(std::string_view text, std::int64_t min, std::int64_t max) const;  ///< Decimal, <= 4 decimals.
  std::int32_t count(std::string_view text, std::int64_t min, std::int64_t max) const;
  std::int32_t right_kind(std::string_view text) const;      ///< lde, maatwerk, vop or 1..3.
  std::int32_t absence_reason(std::string_view text) const;  ///< illness, ... other or 1..6.
  void text(std::string_view text) const;                    ///< check_name().
};

/// True when @p text is a canonical integer (`0`, `-3`, `17`; no sign `+`, no leading zero, no `-0`)
/// that fits in 64 bits; its value into @p out.
bool canonical_integer(std::string_view text, std::int64_t& out) noexcept;

/// The one-spell column that holds column @p column of table @p t (`employment`, `first_day` ->
/// `employment_first_day`), or "" when none.
std::string one_spell_column(population::Table t, std::string_view column);

/// Points @p pop at the columns of @p tables (rows and every given column).
void bind(PopulationCsv& p);

/// Records the worker ids of @p p (ids already filled): integer_ids and integer_id_values.
void classify_ids(PopulationCsv& p);

}  // namespace lde::io::csv
