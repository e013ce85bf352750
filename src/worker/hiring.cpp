// Hiring eligibility on the first day of employment (I-5).
#include "lde/worker/hiring.hpp"
#include "lde/worker/rules.hpp"

#include "lde/worker/right.hpp"

#include "internal.hpp"

#include <algorithm>
#include <string>

namespace lde {

HiringEligibility hiring_eligibility(const WorkerDossier& dossier, const Employment& employment,
                                     const ParameterSet& params, Trace* trace) {
  validate(dossier);
  // @p employment is normally an element of dossier.employment (validated
  // above); another one is checked on its own, under the field `employment`.
  const bool in_dossier = std::any_of(dossier.employment.begin(), dossier.employment.end(),
                                      [&](const Employment& e) { return &e == &employment; });
  if (!in_dossier) worker_detail::validate_employment(employment, dossier.birth_date, "employment.");
  const worker_detail::WorkerParams wp(params);
  return worker_detail::hiring_with(worker_detail::right_periods_unchecked(dossier, params, trace), employment, wp,
                                    trace, worker_detail::Detail::full);
}

HiringEligibility worker_detail::hiring_with(const std::vector<RightPeriod>& periods, const Employment& employment,
                                             const WorkerParams& wp, Trace* trace, Detail detail) {
  const Date day = employment.first_day;
  const RightOnDate right = right_in_force(periods, day, trace);

  TraceStep* s = begin_step(trace, worker::kHiringEligibility);
  const Date lookup = wp.rules_date(day, s);
  HiringEligibility out;
  const bool record_ids = detail == Detail::full || s != nullptr;
  bool failed = false;
  // @p why builds the sentence; it is called only when the step records it.
  auto fail = [&](const char* id, auto&& why) {
    failed = true;
    if (record_ids) out.failing.emplace_back(id);
    if (s) s->note(std::string(id) + " fails: " + why());
  };

  if (s) {
    s->input("employer", employment.employer)
        .input("first_day", day.iso())
        .input("employer_recognised", employment.employer_recognised ? "true" : "false")
        .input("employer_contingent_fte", employment.employer_contingent_fte.to_string())
        .input("employer_in_brussels", employment.employer_in_brussels ? "true" : "false");
  }
  if (!right.valid) {
    fail(hiring_condition::right_valid, [&] { return "no right is in force on " + day.iso() + " (I-4)"; });
  } else if (*right.kind != RightKind::lde) {
    fail(hiring_condition::right_valid, [&] {
      return "the right in force on " + day.iso() + " is " + std::string(to_string(*right.kind)) +
             ", which cannot be combined with LDE (I-6)";
    });
  }
  if (!employment.employer_recognised) {
    fail(hiring_condition::employer_recognised, [&] { return "the employer does not hold the LDE label on " + day.iso(); });
  }
  if (employment.employer_contingent_fte.units() <= 0) {
    fail(hiring_condition::employer_contingent, [&] {
      return "the employer's contingent is " + employment.employer_contingent_fte.to_string() +
             "; no compensation without allocated trajectories (WSE-FAQ \"Vacatures\" 7.8)";
    });
  }
  if (employment.employer_in_brussels) {
    fail(hiring_condition::employer_not_in_brussels, [] { return std::string("the employer is established in Brussels"); });
  }
  if (!wp.boolean(WorkerParam::legal_new_hires_allowed, lookup, s)) {
    fail(hiring_condition::new_hires_allowed, [&] { return "no new LDE hires with compensation on " + day.iso() + " (I-21)"; });
  }
  out.eligible = !failed;
  if (s) {
    s->note("the worker's residence (Brussels) and \"artikel 60\" status do not matter (I-5)");
    if (out.eligible) {
      s->result("eligible: employment with " + employment.employer + " from " + day.iso() +
                " can start an insertion trajectory with compensation");
    } else {
      std::string ids;
      for (const auto& f : out.failing) ids += (ids.empty() ? "" : ", ") + f;
      s->result("not eligible on " + day.iso() + ": " + ids);
    }
  }
  return out;
}

}  // namespace lde
