/// @file parameters.hpp
/// @brief Effective-dated parameters: every number and date the rules use,
/// with the date from which it applies and its source.
///
/// The default set lives in `data/parameters/default.json` and is compiled
/// into the library. A "reform" is a copy with changes (a new value from a
/// date, a new history) loaded from JSON or built in code. A ParameterSet is
/// an immutable value: share it freely between threads.
///
/// Asking for a parameter that does not exist is an error (not_found); asking
/// for a date before its first value is an error (out_of_range), never a zero.
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/money.hpp"

#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace lde {

/// The type of a parameter's values.
enum class ParameterType {
  money,    ///< Money, JSON "12600.00".
  fte,      ///< Fte, JSON "5.00".
  percent,  ///< Percent, JSON "90.00".
  integer,  ///< Whole number (days, months, years, ages), JSON 30.
  date,     ///< Date, JSON "2015-04-01".
  boolean   ///< true/false.
};

/// Stable lowercase name of a parameter type ("money", ...).
std::string_view to_string(ParameterType type) noexcept;

/// One value of any parameter type.
using ParameterValue = std::variant<Money, Fte, Percent, std::int64_t, Date, bool>;

/// The value as text ("12600.00", "30", "2015-04-01", "true").
std::string to_string(const ParameterValue& value);

/// One value of a parameter's history.
struct ParameterEntry {
  Date from;                                 ///< First day on which the value applies.
  ParameterValue value;                      ///< The value.
  std::string source;                        ///< Seed passage or legal text it comes from.
  std::vector<std::string> interpretations;  ///< Readings that fix it (I-numbers).
};

/// A named parameter with its full history (entries sorted by `from`, distinct dates).
struct ParameterDefinition {
  std::string name;                     ///< Dotted name, e.g. `trajectory.absence_min_days`.
  ParameterType type;                   ///< Type of every value.
  std::string unit;                     ///< Unit for people ("EUR per FTE per year", "days").
  std::string description;              ///< What it is, in English.
  std::vector<ParameterEntry> history;  ///< Values by effective date, oldest first, never empty.
};

/// One difference between two parameter sets (see ParameterSet::diff()).
struct ParameterDifference {
  std::string name;                    ///< Parameter name.
  std::optional<Date> from;            ///< First date from which the values differ (nullopt: only in one set).
  std::string before;                  ///< Value in the first set on that date ("" when absent).
  std::string after;                   ///< Value in the second set on that date ("" when absent).
};

/// @cond LDE_INTERNAL
class ParameterSet;
namespace detail {
struct ResolvedParams;
enum class ParamFamily : unsigned;
/// Internal (src/core/param_history.hpp): a rule family's parameters resolved once per set.
const ResolvedParams& resolved_once(const ParameterSet& params, ParamFamily family, std::span<const char* const> names,
                                    std::span<const ParameterType> types);
}  // namespace detail
/// @endcond

/// An immutable, effective-dated set of parameters.
class ParameterSet {
 public:
  /// The default set compiled into the library (data/parameters/default.json).
  static const ParameterSet& defaults();
  /// Parses a full parameter file (`{"format": "lde-parameters/1", "parameters": {...}}`).
  /// @param text the JSON text
  /// @param origin the file name, used in error messages
  /// @throws Error (parse_error / invalid_argument / invalid_date) naming the JSON path
  static ParameterSet from_json(std::string_view text, std::string_view origin = "parameters");

  /// A copy with changes applied. @p changes_json is either a reform file
  /// (`{"format": "lde-reform/1", "name": ..., "changes": {...}}`) or a bare
  /// changes object. Each change maps a parameter name to
  ///  - a list of entries `[{"from": date, "value": v, "source": text}]`, each
  ///    replacing the value from that date on (entries from later dates stay), or
  ///  - a plain value, which replaces the whole history with one value from
  ///    the parameter's first effective date.
  /// @throws Error (not_found) for an unknown parameter, (parse_error) for a malformed value
  ParameterSet with_changes(std::string_view changes_json, std::string_view origin = "changes") const;
  /// A copy where @p name takes @p value from @p from on (later entries stay).
  /// @throws Error (not_found / invalid_argument) for an unknown name or a value of the wrong type
  ParameterSet with_value(std::string_view name, Date from, ParameterValue value, std::string source) const;

  /// The entry in force on @p at. Records its use in @p step when non-null.
  /// @throws Error (not_found) unknown name; (out_of_range) before the first value
  const ParameterEntry& entry(std::string_view name, Date at, TraceStep* step = nullptr) const;
  /// Typed lookups; @throws Error (invalid_argument) when the parameter has another type.
  Money money(std::string_view name, Date at, TraceStep* step = nullptr) const;
  Fte fte(std::string_view name, Date at, TraceStep* step = nullptr) const;          ///< @copydoc money
  Percent percent(std::string_view name, Date at, TraceStep* step = nullptr) const;  ///< @copydoc money
  std::int64_t integer(std::string_view name, Date at, TraceStep* step = nullptr) const;  ///< @copydoc money
  Date date(std::string_view name, Date at, TraceStep* step = nullptr) const;        ///< @copydoc money
  bool boolean(std::string_view name, Date at, TraceStep* step = nullptr) const;     ///< @copydoc money

  /// The full definition of one parameter. @throws Error (not_found)
  const ParameterDefinition& definition(std::string_view name) const;
  /// Every parameter, by name.
  const std::map<std::string, ParameterDefinition, std::less<>>& definitions() const noexcept;
  /// The earliest effective date of any value of any parameter. A reform may
  /// give one parameter an early value; that does not make the rules apply
  /// earlier (see rules_from()).
  Date first_effective_date() const;
  /// The first day the rules apply (I-21): the value of `legal.decree_in_force`
  /// (its first entry; 2015-04-01 in the default set), or first_effective_date()
  /// for a set that does not define it. rules_date() maps earlier days to it.
  /// @throws Error (not_found) for an empty set
  Date rules_from() const;
  /// The set's name ("default", or the reform's name).
  const std::string& name() const noexcept;

  /// Canonical JSON (sorted keys, no insignificant white space), a valid parameter file.
  std::string to_json() const;
  /// SHA-256 (hex) of to_json(): equal sets have equal fingerprints.
  const std::string& fingerprint() const noexcept;
  /// Which parameters differ between this set and @p other, and from when.
  std::vector<ParameterDifference> diff(const ParameterSet& other) const;

  /// Opaque, immutable contents (defined in the library's source).
  struct Data;

 private:
  /// @cond LDE_INTERNAL
  friend const detail::ResolvedParams& detail::resolved_once(const ParameterSet&, detail::ParamFamily,
                                                             std::span<const char* const>,
                                                             std::span<const ParameterType>);
  /// @endcond
  explicit ParameterSet(std::shared_ptr<const Data> data);
  std::shared_ptr<const Data> data_;
};

/// The date the rules look parameters up on: @p at itself, or the decree's
/// entry into force (ParameterSet::rules_from(), `legal.decree_in_force`) when
/// @p at is earlier. I-21: "the values in force on 2015-04-01 also answer for
/// earlier days, and the trace says so" — so a reform that gives one parameter
/// a value from 2010 does not move the lookups of the others before their
/// first value. The step (when non-null) notes it and lists I-21.
Date rules_date(Date at, const ParameterSet& params, TraceStep* step = nullptr);

}  // namespace lde
