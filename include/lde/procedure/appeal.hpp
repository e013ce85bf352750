/// @file appeal.hpp
/// @brief The deadline to appeal to the labour court after VDAB's
/// reconsideration (WSE-FAQ 5.8, I-24) and the referral of a job seeker (5.6).
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/worker/right.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lde {

/// The appeal deadline and, when a filing date is given, whether it is in time.
struct AppealDeadline {
  Date letter_sent;                 ///< Day VDAB sent the registered letter with the reconsideration's result.
  Date nominal_last_day;            ///< letter_sent + `appeal.period_months` months (I-2).
  Date last_day;                    ///< The nominal last day, moved to the next working day when needed (I-24).
  std::vector<std::string> moved_over;  ///< Each day skipped and why ("2026-05-10 Sunday").
  std::optional<Date> filed;        ///< Day the petition was filed at the labour court, if given.
  std::optional<bool> in_time;      ///< filed <= last_day; empty without a filing date.
};

/// WSE-FAQ 5.8: "binnen twee maanden na verzending van de aangetekende brief";
/// I-24: sending date plus two months (I-2); a Saturday, Sunday or Belgian public
/// holiday moves it to the next working day (Judicial Code art. 53). W-15: a
/// filing on the last day is in time. Sent 2026-03-10 → 2026-05-11.
/// @throws Error (invalid_argument) naming `filed` when it is before @p letter_sent;
/// (out_of_range) naming `letter_sent` outside 1900..2199 (W-11)
AppealDeadline appeal_deadline(Date letter_sent, std::optional<Date> filed, const ParameterSet& params,
                               Trace* trace = nullptr);

/// Whether an enterprise may propose a job seeker to VDAB for a vacancy (WSE-FAQ 5.6).
struct ReferralDecision {
  bool may_propose = false;  ///< The person holds an LDE right in force on the date.
  std::string reason;        ///< Why, in words; without a right: VDAB must first indicate the person.
};

/// WSE-FAQ 5.6: an enterprise may propose a person only if that person holds a
/// right on LDE (in force on @p at, I-4, I-6); otherwise VDAB must first indicate
/// them before they can start a trajectory with compensation.
ReferralDecision referral_proposal(const RightOnDate& right, Date at, Trace* trace = nullptr);

}  // namespace lde
