// ParamHistory: one parameter's whole history resolved once into day-indexed arrays (not
// installed; docs/rule-core.md, "Parameters resolved once"). Shared by the rule families'
// resolved parameter structs (src/worker/params.hpp, src/enterprise/params.hpp).
//
// With tracing off a rule asks find(): a scan of a short array of (first day, value) pairs by
// day number, no name lookup, no allocation. Anything unusual (a date before the first value, a
// history longer than kCapacity, a parameter of another type or one the set lacks) makes find()
// answer false, and the rule takes the by-name path through ParameterSet, which throws the same
// named error as before or answers the same.
#pragma once

#include "lde/core/parameters.hpp"

#include <array>
#include <span>
#include <vector>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace lde::detail {

struct ParamHistory {
  /// The longest history held by day number; longer ones are looked up by name.
  static constexpr std::size_t kCapacity = 16;

  bool usable = false;                          ///< Typed as expected and short enough.
  std::size_t size = 0;                         ///< Entries (>= 1 when usable).
  std::array<std::int64_t, kCapacity> from{};   ///< First day of each value, ascending.
  std::array<std::int64_t, kCapacity> value{};  ///< The value: integers as they are, day numbers for dates,
                                                ///< 0/1 for booleans, cents for money.

  /// The history of parameter @p name of @p params when it has type @p expected (else not usable).
  static ParamHistory resolve(const ParameterSet& params, std::string_view name, ParameterType expected);

  /// The value in force on day @p day, or false when the fast path cannot answer.
  bool find(std::int64_t day, std::int64_t& out) const noexcept {
    if (!usable || day < from[0]) return false;
    std::size_t i = size - 1;
    while (from[i] > day) --i;
    out = value[i];
    return true;
  }

  /// The first day after @p day on which a later value applies (none when the value in force on
  /// @p day is the last); only meaningful when usable.
  std::optional<std::int64_t> next_change_after(std::int64_t day) const noexcept {
    for (std::size_t i = 0; i < size; ++i)
      if (from[i] > day) return from[i];
    return std::nullopt;
  }
};

/// The histories of one rule family's parameters for one set, and its rules_from() (I-21).
struct ResolvedParams {
  std::optional<Date> rules_from;      ///< Empty for an empty set.
  std::vector<ParamHistory> histories;  ///< In the order of the family's names.
};

/// The families that resolve their parameters through resolved_once(), one cache slot each.
enum class ParamFamily : unsigned { worker, enterprise, count };

/// The histories of @p names (of types @p types) in @p params, resolved the first time a family
/// asks and kept in the set's own (immutable, shared) data, so that every later evaluation with
/// the same set, on any thread, finds them without a lookup by name. Thread-safe (std::call_once
/// per family and set); a set made from another (with_changes(), ...) resolves again.
const ResolvedParams& resolved_once(const ParameterSet& params, ParamFamily family,
                                    std::span<const char* const> names, std::span<const ParameterType> types);

}  // namespace lde::detail
