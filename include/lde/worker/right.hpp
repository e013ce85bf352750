/// @file right.hpp
/// @brief The right in force: validity of 5 years (I-4) and one right at a time (I-6).
///
/// Sources: WSE-FAQ "Indicering doelgroepwerknemers" 5.4, 5.9, 5.10, 5.12;
/// WSE-FAQ "Definities" VOP; I-1, I-4, I-6.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/worker/dossier.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace lde {

/// A right with the period in which it is in force.
struct RightPeriod {
  RightKind kind;                      ///< Which right.
  Date granted;                        ///< Grant date.
  Date last_day;                       ///< Last day of validity: 5 years (I-4), or the day before a replacing indication (I-6).
  std::optional<std::size_t> replaced_by;  ///< Index (in the dossier's rights) of the grant that replaced it, if any.
  std::size_t index = 0;               ///< Index of this grant in the dossier's rights (the result is sorted by grant date).
};

/// How a right that is no longer in force ended (I-25).
enum class RightEnd {
  expired,  ///< Its 5 years ran out (I-4).
  replaced  ///< A later indication replaced it (I-6).
};

/// Stable lowercase name: "expired", "replaced".
std::string_view to_string(RightEnd end) noexcept;

/// The right in force on a date or, when none is, the last right in force before it (I-25).
struct RightOnDate {
  /// The right in force; when none is in force, the last right that was in force
  /// before the date (I-25, `valid` false); none when no right was ever in force.
  std::optional<RightKind> kind;
  bool valid = false;                ///< True when a right is in force on the date.
  std::optional<Date> granted;       ///< Grant date of that right.
  std::optional<Date> last_day;      ///< Its last day of validity (the day it ended, when `valid` is false).
  /// Set only when `valid` is false and a right was in force before the date: how it ended (I-25).
  std::optional<RightEnd> ended;
};

/// Every right of the dossier with the period it is in force, in grant order.
/// Each new indication replaces the earlier right from its grant date; the
/// earlier right ends the day before (I-6). Two grants on the same day of
/// different kinds cannot be ordered and are a conflict.
/// @throws Error for an invalid dossier (validate(), naming the field); (conflict) naming `rights[i]` when two rights of different kinds would be in force on one day without a later indication replacing one (I-6)
std::vector<RightPeriod> right_periods(const WorkerDossier& dossier, const ParameterSet& params, Trace* trace = nullptr);

/// The right in force on @p at (I-4, I-6), or the last one in force before it (I-25).
/// @throws Error as right_periods()
RightOnDate right_on(const WorkerDossier& dossier, Date at, const ParameterSet& params, Trace* trace = nullptr);

}  // namespace lde
