/// @file continuation.hpp
/// @brief Continuation after the trajectory: at 60+ (I-10) and at 55+ (I-11).
///
/// Source: WSE-LDE "Verlenging inschakelingstraject" 3. and 4.; I-3, I-10, I-11.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/worker/dossier.hpp"
#include "lde/worker/trajectory.hpp"

#include <optional>
#include <string_view>

namespace lde {

/// Which continuation applies. Values are fixed (C ABI, JSON).
enum class ContinuationKind {
  none = 0,   ///< No continuation (JSON "none").
  age60 = 1,  ///< 60+ on the last day of the trajectory (I-10) (JSON "age60").
  age55 = 2   ///< 55+ at the start of the transition trajectory, no external job (I-11) (JSON "age55").
};
/// "none", "age60", "age55".
std::string_view to_string(ContinuationKind kind) noexcept;

/// The continuation decision.
struct Continuation {
  ContinuationKind kind = ContinuationKind::none;  ///< Which continuation applies.
  std::optional<Date> from;                        ///< First day of continuation (day after the trajectory / transition trajectory).
  /// Age on the decisive date, for a negative answer too: the age on the
  /// trajectory's last day (I-10), or on the first day of the transition
  /// trajectory when I-11 was tested after it. Empty only without a trajectory.
  std::optional<int> age_at_decisive_date;
  std::optional<Date> decisive_date;               ///< The date that age was measured on (empty only without a trajectory).
};

/// Which continuation applies to the dossier (I-10 first, then I-11).
/// @param traj the dossier's trajectory (from trajectory()), if any
/// @throws Error for an invalid dossier (validate()), a trajectory that ends
/// before it starts (`trajectory.last_day`) or an age parameter out of range (W-12)
Continuation continuation(const WorkerDossier& dossier, const std::optional<Trajectory>& traj,
                          const ParameterSet& params, Trace* trace = nullptr);

/// Whether compensation continues on @p at under @p cont: always from the
/// first day for age60 (no end date, I-10); for age55 on days the worker
/// cooperates with VDAB mediation and before an external job is found (I-11).
/// @throws Error for an invalid dossier (validate()), an unknown
/// `continuation.kind`, or age60/age55 without `continuation.from`
bool continuation_compensated_on(const WorkerDossier& dossier, const Continuation& cont, Date at,
                                 const ParameterSet& params, Trace* trace = nullptr);

}  // namespace lde
