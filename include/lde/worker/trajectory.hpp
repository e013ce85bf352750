/// @file trajectory.hpp
/// @brief The insertion trajectory: 5 years from the first day of employment (I-7),
/// extended by long absences (I-8) and competence strengthening (I-9).
///
/// Source: WSE-LDE "Verlenging inschakelingstraject" (intro, 1., 2.);
/// WSE-SUPPORT "1. Werknemer"; I-1, I-2, I-7, I-8, I-9.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/worker/dossier.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lde {

/// One absence as judged by the absence extension (I-8).
struct AbsenceJudgement {
  Period period;            ///< The uninterrupted absence (after merging adjacent qualifying absences).
  bool qualifies = false;   ///< True when it extends the trajectory.
  std::int64_t counted_days = 0;  ///< Days added to the trajectory (inside the trajectory, competence months included, on or after 2015-04-01).
  std::string reason;       ///< Why it does or does not qualify (one sentence).
  std::vector<std::size_t> sources;  ///< Indices in the dossier's absences that form this absence.
};

/// The trajectory with its extensions.
struct Trajectory {
  Date first_day;                          ///< First day of employment that started it.
  Date original_last_day;                  ///< first_day + 5 years - 1 day (I-1, I-7).
  std::int64_t absence_extension_days = 0; ///< Days added for qualifying absences (I-8), also those inside the competence months (W-13).
  std::vector<AbsenceJudgement> absences;  ///< Every absence, qualifying or not, with why.
  int competence_extension_months = 0;     ///< Months added for competence strengthening, capped (I-9).
  int competence_requested_months = 0;     ///< Months approved by VDAB before the cap.
  Date last_day;                           ///< Last day including every extension.
};

/// The trajectory started by the dossier's first eligible employment, if any.
/// Its first day is the first day of the first employment period that was
/// eligible (I-5); later employment periods continue the same trajectory.
/// The absence extension is the fixed point of I-8: absences falling in the
/// added days extend it again. Competence months are added after (I-9); the
/// trajectory then includes them, so qualifying absence days inside them
/// extend it too, to the fixed point
/// `last_day = add_months(original_last_day + absence_extension_days, competence_extension_months)`,
/// where absence_extension_days counts the qualifying days up to last_day (W-13).
/// An absence qualifies by its whole uninterrupted length; only its days on or
/// after 2015-04-01 and inside the trajectory are added (I-8, W-1).
/// @throws Error for an invalid dossier (validate()), a conflict (I-6) or a
/// parameter outside its range (W-12), naming the field or parameter
std::optional<Trajectory> trajectory(const WorkerDossier& dossier, const ParameterSet& params,
                                     Trace* trace = nullptr);

}  // namespace lde
