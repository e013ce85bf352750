// Continuation after the trajectory: at 60+ (I-10) and at 55+ (I-11).
#include "lde/worker/continuation.hpp"
#include "lde/worker/rules.hpp"

#include "lde/core/error.hpp"

#include "internal.hpp"

#include <climits>
#include <string>

namespace lde {

std::string_view to_string(ContinuationKind kind) noexcept {
  switch (kind) {
    case ContinuationKind::none: return "none";
    case ContinuationKind::age60: return "age60";
    case ContinuationKind::age55: return "age55";
  }
  return "unknown";
}

Continuation continuation(const WorkerDossier& dossier, const std::optional<Trajectory>& traj,
                          const ParameterSet& params, Trace* trace) {
  validate(dossier);
  if (traj) {
    // A trajectory built by hand instead of by trajectory(): the dates must make sense.
    if (traj->last_day < traj->first_day) {
      throw Error(ErrorCode::invalid_date, "trajectory.last_day",
                  "the trajectory ends (" + traj->last_day.iso() + ") before it starts (" + traj->first_day.iso() + ")");
    }
    if (traj->last_day.year() == 9999 && traj->last_day.month() == 12 && traj->last_day.day() == 31) {
      throw Error(ErrorCode::out_of_range, "trajectory.last_day",
                  traj->last_day.iso() + " is the last day a date can hold: the trajectory has no day after it");
    }
  }
  return worker_detail::continuation_with(dossier, traj, worker_detail::WorkerParams(params), trace);
}

Continuation worker_detail::continuation_with(const WorkerDossier& dossier, const std::optional<Trajectory>& traj,
                                              const WorkerParams& wp, Trace* trace) {
  Continuation out;
  if (!traj) {
    if (TraceStep* s = begin_step(trace, worker::kContinuation60)) {
      s->result("no continuation: there is no insertion trajectory to continue");
    }
    return out;
  }

  // I-10: 60 or more on the last day of the (extended) trajectory.
  TraceStep* s60 = begin_step(trace, worker::kContinuation60);
  const Date end = traj->last_day;
  const int min60 =
      int_parameter(wp, WorkerParam::continuation_age_at_trajectory_end, wp.rules_date(end, s60), s60, kAge);
  const int age_end = age_on(dossier.birth_date, end);
  if (s60) {
    s60->input("birth_date", dossier.birth_date.iso())
        .input("trajectory.last_day", end.iso())
        .input("age_on_last_day", std::to_string(age_end));
  }
  if (age_end >= min60) {
    out = Continuation{ContinuationKind::age60, end.next_day(), age_end, end};
    if (s60) {
      s60->result("aged " + std::to_string(age_end) + " on " + end.iso() + " (" + std::to_string(min60) +
                  "+ reached on " + date_reaching_age(dossier.birth_date, min60).iso() +
                  "): stays employed without evaluation, compensation continues from " + out.from->iso() +
                  " with no end date");
    }
    return out;
  }
 // A negative answer still says which age was measured on which day; when
  // I-11 is evaluated below, its age test replaces this one.
  out.age_at_decisive_date = age_end;
  out.decisive_date = end;
  if (s60) {
    s60->result("aged " + std::to_string(age_end) + " on " + end.iso() + ", under " + std::to_string(min60) +
                " (reached on " + date_reaching_age(dossier.birth_date, min60).iso() + "): no continuation at " +
                std::to_string(min60));
  }

  // I-11: 55 or more on the first day of the doorstroom, no external job on its last day.
  TraceStep* s55 = begin_step(trace, worker::kContinuation55);
  if (!dossier.doorstroom) {
    if (s55) s55->result("no continuation at 55: no transition trajectory (doorstroomtraject) was started");
    return out;
  }
  const Doorstroom& d = *dossier.doorstroom;
  const int min55 =
      int_parameter(wp, WorkerParam::continuation_age_at_doorstroom_start, wp.rules_date(d.first_day, s55), s55, kAge);
  const int age_start = age_on(dossier.birth_date, d.first_day);
  out.age_at_decisive_date = age_start;
  out.decisive_date = d.first_day;
  if (s55) {
    s55->input("doorstroom.first_day", d.first_day.iso())
        .input("doorstroom.last_day", d.last_day.iso())
        .input("doorstroom.external_job_found", d.external_job_found ? d.external_job_found->iso() : "none")
        .input("age_on_first_day", std::to_string(age_start));
  }
  if (age_start < min55) {
    if (s55) {
      s55->result("aged " + std::to_string(age_start) + " on " + d.first_day.iso() + ", under " +
                  std::to_string(min55) + ": no continuation at " + std::to_string(min55));
    }
    return out;
  }
  if (d.external_job_found && *d.external_job_found <= d.last_day) {
    if (s55) {
      s55->result("an external job was found on " + d.external_job_found->iso() +
                  ", on or before the last day of the transition trajectory: no continuation");
    }
    return out;
  }
  out = Continuation{ContinuationKind::age55, d.last_day.next_day(), age_start, d.first_day};
  if (s55) {
    s55->result("aged " + std::to_string(age_start) + " on " + d.first_day.iso() +
                " and no external job on " + d.last_day.iso() + ": stays employed from " + out.from->iso() +
                " until a job in the regular circuit is found; compensated on days of cooperation with VDAB (W-3)");
  }
  return out;
}

bool continuation_compensated_on(const WorkerDossier& dossier, const Continuation& cont, Date at,
                                 const ParameterSet& /*params*/, Trace* trace) {
  validate(dossier);
  if (to_string(cont.kind) == "unknown") {
    throw Error(ErrorCode::invalid_argument, "continuation.kind",
                "unknown continuation kind " + std::to_string(static_cast<int>(cont.kind)) +
                    " (expected 0 none, 1 age60, 2 age55)");
  }
  if (cont.kind != ContinuationKind::none && !cont.from) {
    throw Error(ErrorCode::invalid_argument, "continuation.from",
                "a continuation " + std::string(to_string(cont.kind)) + " needs its first day");
  }
  return worker_detail::continuation_paid_on(dossier, cont, at, trace);
}

bool worker_detail::continuation_paid_on(const WorkerDossier& dossier, const Continuation& cont, Date at,
                                         Trace* trace) {
  const bool age60 = cont.kind == ContinuationKind::age60;
  TraceStep* s = begin_step(trace, age60 ? worker::kContinuation60 : worker::kContinuation55);
  if (s) s->input("date", at.iso()).input("continuation", std::string(to_string(cont.kind)));
  if (cont.kind == ContinuationKind::none || !cont.from) {
    if (s) s->result("not compensated: no continuation");
    return false;
  }
  if (at < *cont.from) {
    if (s) s->result("not compensated under continuation: " + at.iso() + " is before its first day " + cont.from->iso());
    return false;
  }
  if (age60) {
    if (s) s->result("compensated: continuation at 60 from " + cont.from->iso() + " has no end date");
    return true;
  }
  const auto& d = dossier.doorstroom;
  if (d && d->external_job_found && *d->external_job_found <= at) {
    if (s) s->result("not compensated: a job in the regular circuit was found on " + d->external_job_found->iso());
    return false;
  }
  if (d) {
    for (const Period& p : d->non_cooperation) {
      if (p.contains(at)) {
        if (s) s->result("not compensated: the worker does not cooperate with VDAB mediation " + p.iso());
        return false;
      }
    }
  }
  if (s) s->result("compensated: continuation at 55 from " + cont.from->iso() + ", cooperating with VDAB on " + at.iso());
  return true;
}

}  // namespace lde
