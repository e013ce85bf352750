// One call that answers everything about a worker on a date, with the combined trace.
#include "lde/worker/status.hpp"
#include "lde/worker/rules.hpp"

#include "internal.hpp"

#include <string>

namespace lde {

namespace {

/// The employment period containing @p at whose employer can earn compensation
/// (recognised, contingent > 0, not in Brussels: I-5 applied to the employer of
/// the day, W-5), or nullptr.
const Employment* compensable_employment_on(const WorkerDossier& dossier, Date at, const Employment** any) {
  const Employment* found = nullptr;
  *any = nullptr;
  for (const Employment& e : dossier.employment) {
    if (e.first_day <= at && (!e.last_day || at <= *e.last_day)) {
      if (*any == nullptr) *any = &e;
      if (e.employer_recognised && e.employer_contingent_fte.units() > 0 && !e.employer_in_brussels) {
        found = &e;
        break;
      }
    }
  }
  return found;
}

}  // namespace

WorkerStatus evaluate_worker(const WorkerDossier& dossier, Date at, const ParameterSet& params, Trace* trace) {
  validate(dossier);  // once; every rule below is called in its unvalidated form
  worker_detail::WorkerScratch scratch;
  return worker_detail::evaluate_validated(dossier, at, worker_detail::WorkerParams(params), trace,
                                           worker_detail::Detail::full, scratch);
}

void worker_detail::facts_with(const WorkerDossier& dossier, const WorkerParams& wp, Trace* trace, Detail detail,
                               WorkerScratch& scratch, WorkerFacts& out) {
  // trajectory() judges the employment periods in date order (ties: dossier
  // order) and its trace holds the hiring step of the first one; the status
  // reports that same first employment, judged again without a trace.
  out.trajectory = trajectory_with(dossier, wp, trace, detail, scratch);
  out.hiring.reset();
  if (!dossier.employment.empty()) {
    const Employment* first = &dossier.employment.front();
    for (const Employment& e : dossier.employment) {
      if (e.first_day < first->first_day) first = &e;
    }
    out.hiring = hiring_with(scratch.periods, *first, wp, nullptr, detail);
  }
  out.continuation = continuation_with(dossier, out.trajectory, wp, trace);
}

worker_detail::StatusOnDate worker_detail::status_on(const WorkerDossier& dossier, const WorkerFacts& facts, Date at,
                                                     Trace* trace) {
  StatusOnDate st;
  st.employed = compensable_employment_on(dossier, at, &st.any);
  bool continuation_paid = false;
  if (st.employed != nullptr && facts.trajectory) {
    const Trajectory& t = *facts.trajectory;
    const Continuation& c = facts.continuation;
    st.in_trajectory = t.first_day <= at && at <= t.last_day;
    if (!st.in_trajectory && c.kind != ContinuationKind::none && c.from && *c.from <= at) {
      const auto& d = dossier.doorstroom;
      const bool job_found =
          c.kind == ContinuationKind::age55 && d && d->external_job_found && *d->external_job_found <= at;
      st.in_continuation = !job_found;
      if (st.in_continuation) continuation_paid = continuation_paid_on(dossier, c, at, trace);
    }
  }
  st.compensated = st.employed != nullptr && (st.in_trajectory || continuation_paid);
  return st;
}

WorkerStatus worker_detail::evaluate_validated(const WorkerDossier& dossier, Date at, const WorkerParams& wp,
                                               Trace* trace, Detail detail, WorkerScratch& scratch) {
  // The right periods once, for every rule below (one validity step per grant in the trace).
  right_periods_into(dossier, wp, trace, scratch);
  const std::vector<RightPeriod>& periods = scratch.periods;
  WorkerStatus st{at, right_in_force(periods, at, trace), std::nullopt, std::nullopt, Continuation{},
                  false, false, false, std::nullopt, ReferralDecision{}};

  // What does not depend on the date (trajectory, hiring, continuation), then the status on it.
  WorkerFacts facts;
  facts_with(dossier, wp, trace, detail, scratch, facts);
  const StatusOnDate on = status_on(dossier, facts, at, trace);
  st.trajectory = std::move(facts.trajectory);
  st.hiring = std::move(facts.hiring);
  st.continuation = facts.continuation;
  st.in_trajectory = on.in_trajectory;
  st.in_continuation = on.in_continuation;
  st.compensated = on.compensated;
  const Employment* employed = on.employed;
  const Employment* any = on.any;
  // The referral (5.6) and the appeal deadline (5.8) are not population columns.
  if (detail == Detail::full || trace != nullptr) {
    st.referral = referral_proposal(st.right, at, trace);
    if (dossier.reconsideration) {
      st.appeal = appeal_deadline(dossier.reconsideration->letter_sent, dossier.reconsideration->filed, wp.set(), trace);
    }
  }

  if (TraceStep* s = begin_step(trace, worker::kStatus)) {
    s->input("date", at.iso());
    if (employed) {
      s->note("employed on " + at.iso() + " by " + employed->employer);
    } else if (any) {
      s->note("employed on " + at.iso() + " by " + any->employer +
              ", which cannot earn compensation (not recognised, no contingent or established in Brussels, W-5)");
    } else {
      s->note("not employed in an LDE enterprise on " + at.iso() + " (W-4)");
    }
    if (st.trajectory) {
      s->note("trajectory " + st.trajectory->first_day.iso() + " .. " + st.trajectory->last_day.iso());
    }
    s->result(std::string("right ") + (st.right.valid ? std::string(to_string(*st.right.kind)) + " valid" : "not valid") +
              "; in trajectory: " + (st.in_trajectory ? "yes" : "no") +
              "; in continuation: " + (st.in_continuation ? std::string(to_string(st.continuation.kind)) : "no") +
              "; compensated: " + (st.compensated ? "yes" : "no"));
  }
  return st;
}

}  // namespace lde
