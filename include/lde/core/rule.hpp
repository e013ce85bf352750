/// @file rule.hpp
/// @brief Rule metadata as data: one constant per rule, used by traces, reason
/// tables, the C ABI and the docs (see docs/rule-core.md).
///
/// Every rule of every family is declared once, in its family's `rules.hpp`, as
///
/// ```cpp
/// inline constexpr Rule kAge60{"worker.continuation.age60",
///                              "WSE-LDE \"Verlenging inschakelingstraject\" 3.", "I-3 I-10"};
/// ```
///
/// and listed in that family's table. `rule_catalog()` returns every family's
/// rules; a test checks that every rule id used anywhere is in it and that every
/// reading cited is defined in docs/readings.md, and every source tag in docs/sources.md.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace lde {

/// A rule's identity: its stable id, the source passage it implements and the
/// readings (I-n, W-n, E-n, F-n, ...) it applies, space separated.
struct Rule {
  std::string_view id;        ///< Stable rule id, e.g. `worker.continuation.age60`.
  std::string_view source;    ///< Source tag (docs/sources.md) and passage, e.g. `WSE-FAQ 5.8 "..."`.
  std::string_view readings;  ///< Readings applied, space separated, e.g. `"I-3 I-10"`; may be empty.

  /// The readings as a list ({"I-3", "I-10"}).
  std::vector<std::string> reading_list() const;
};

/// Every rule of every family, in family order. The storage is static.
std::span<const Rule* const> rule_catalog() noexcept;

/// The rule with @p id, or nullptr.
const Rule* find_rule(std::string_view id) noexcept;

}  // namespace lde
