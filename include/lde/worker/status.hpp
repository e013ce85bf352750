/// @file status.hpp
/// @brief One call that answers everything about a worker on a date.
///
/// This is what every front end evaluates (C ABI, Python, the `lde` command):
/// the keys of the worker decision in `docs/format.md` map to its fields.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/procedure/appeal.hpp"
#include "lde/worker/continuation.hpp"
#include "lde/worker/dossier.hpp"
#include "lde/worker/hiring.hpp"
#include "lde/worker/right.hpp"
#include "lde/worker/trajectory.hpp"

#include <optional>

namespace lde {

/// The worker's situation on one date.
struct WorkerStatus {
  Date at;                                   ///< The evaluation date.
  RightOnDate right;                         ///< `right.kind`, `right.valid`, `right.last_day`.
  std::optional<HiringEligibility> hiring;   ///< `hiring.eligible`, `hiring.failing` (of the first employment; none without employment).
  std::optional<Trajectory> trajectory;      ///< `trajectory.*` (none when no eligible employment started one).
  Continuation continuation;                 ///< `continuation`.
  bool in_trajectory = false;                ///< `status.in_trajectory`: employed and inside the (extended) trajectory on `at`.
  bool in_continuation = false;              ///< `status.in_continuation`: employed and in a continuation on `at`.
  bool compensated = false;                  ///< `status.compensated`: the employer earns compensation for this worker on `at`.
  std::optional<AppealDeadline> appeal;      ///< `appeal`: the deadline after a reconsideration (5.8, I-24), when the dossier has one.
  ReferralDecision referral;                 ///< `referral`: whether an enterprise may propose the person for a vacancy on `at` (5.6).
};

/// Evaluates every worker rule for @p dossier on @p at, with the combined trace.
/// @throws Error for invalid dossiers (see validate()) and conflicts (I-6)
WorkerStatus evaluate_worker(const WorkerDossier& dossier, Date at, const ParameterSet& params,
                             Trace* trace = nullptr);

}  // namespace lde
