// The insertion trajectory: 5 years from the first day of employment (I-7),
// extended by long absences (I-8, a fixed point) and competence strengthening (I-9).
#include "lde/worker/trajectory.hpp"
#include "lde/worker/rules.hpp"

#include "lde/core/error.hpp"
#include "lde/worker/hiring.hpp"
#include "lde/worker/right.hpp"

#include "internal.hpp"

#include <algorithm>
#include <climits>
#include <numeric>
#include <string>

namespace lde {

namespace {


/// @p step when it has not yet recorded the value of @p name in force on @p at, else nullptr.
TraceStep* first_use(TraceStep* step, const char* name, const ParameterSet& params, Date at) {
  if (step == nullptr) return nullptr;
  const Date from = params.entry(name, at).from;
  for (const ParameterUse& u : step->parameters) {
    if (u.name == name && u.effective_from == from) return nullptr;
  }
  return step;
}

bool extends(AbsenceReason r) { return r != AbsenceReason::other; }

/// Qualifying-reason absences merged into uninterrupted absences (I-8), into
/// @p scratch.groups; their sources are ranges of @p scratch.absence_order.
void merge_qualifying(const std::vector<Absence>& absences, worker_detail::WorkerScratch& scratch) {
  std::vector<std::size_t>& idx = scratch.absence_order;
  idx.clear();
  for (std::size_t i = 0; i < absences.size(); ++i) {
    if (extends(absences[i].reason)) idx.push_back(i);
  }
  worker_detail::stable_sort_small(
      idx, [&](std::size_t a, std::size_t b) { return absences[a].first_day < absences[b].first_day; });
  std::vector<worker_detail::AbsenceGroup>& groups = scratch.groups;
  groups.clear();
  for (std::uint32_t k = 0; k < idx.size(); ++k) {
    const Absence& a = absences[idx[k]];
    const Period p(a.first_day, a.last_day);  // validate() checked the order of its days
    if (!groups.empty() && groups.back().period.touches(p)) {
      worker_detail::AbsenceGroup& g = groups.back();
      g.period = Period(g.period.first(), std::max(g.period.last(), p.last()));
      g.end = k + 1;
    } else {
      groups.push_back(worker_detail::AbsenceGroup{p, k, k + 1});
    }
  }
}

/// "illness + maternity_leave": the reasons of a group, each once, in date order.
std::string group_reasons(const std::vector<Absence>& absences, const worker_detail::WorkerScratch& scratch,
                          const worker_detail::AbsenceGroup& g) {
  std::string out;
  for (std::uint32_t k = g.begin; k < g.end; ++k) {
    const std::string reason(to_string(absences[scratch.absence_order[k]].reason));
    if (out.empty()) {
      out = reason;
    } else if (out.find(reason) == std::string::npos) {
      out += " + " + reason;
    }
  }
  return out;
}

std::string days_text(std::int64_t n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

}  // namespace

std::optional<Trajectory> trajectory(const WorkerDossier& dossier, const ParameterSet& params, Trace* trace) {
  validate(dossier);
  const worker_detail::WorkerParams wp(params);
  worker_detail::WorkerScratch scratch;
  worker_detail::right_periods_into(dossier, wp, trace, scratch);
  return worker_detail::trajectory_with(dossier, wp, trace, worker_detail::Detail::full, scratch);
}

std::optional<Trajectory> worker_detail::trajectory_with(const WorkerDossier& dossier, const WorkerParams& wp,
                                                         Trace* trace, Detail detail, WorkerScratch& scratch) {
  // I-7: the first day of the first employment that was eligible on its first day (I-5).
  std::vector<std::size_t>& order = scratch.employment_order;
  order.resize(dossier.employment.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  stable_sort_small(order, [&](std::size_t a, std::size_t b) {
    return dossier.employment[a].first_day < dossier.employment[b].first_day;
  });
  const Employment* start = nullptr;
  std::size_t start_index = 0;
  for (std::size_t i : order) {
    if (hiring_with(scratch.periods, dossier.employment[i], wp, trace, Detail::values).eligible) {
      start = &dossier.employment[i];
      start_index = i;
      break;
    }
  }
  TraceStep* s = begin_step(trace, worker::kTrajectoryLength);
  if (start == nullptr) {
    if (s) {
      s->result(dossier.employment.empty() ? "no trajectory: the worker has no employment in an LDE enterprise"
                                           : "no trajectory: no employment period was eligible on its first day (I-5)");
    }
    return std::nullopt;
  }

  const Date first = start->first_day;
  const Date lookup = wp.rules_date(first, s);
  const int years = int_parameter(wp, WorkerParam::trajectory_length_years, lookup, s, kYears);
  const Date original_last = Period::years_from(first, years).last();
  if (s) {
    s->input("employment[" + std::to_string(start_index) + "].first_day", first.iso())
        .input("employer", start->employer)
        .note("later employment periods continue the same trajectory; its validity no longer depends on the right (I-7)")
        .result("insertion trajectory " + first.iso() + " .. " + original_last.iso() + " before extensions");
  }

  Trajectory t{first, original_last, 0, {}, 0, 0, original_last};

  // ---- I-9 first, as an input of I-8: the capped competence months ---------
  // They are added after the absence extension (I-9), and the trajectory then
  // includes them, so qualifying absence days inside them count too (I-8 "all
  // qualifying days that fall inside the trajectory"; W-13).
  std::int64_t requested = 0;
  for (const auto& c : dossier.competence_extensions) requested += c.months;
  const int cap = int_parameter(wp, WorkerParam::trajectory_competence_max_months, lookup, nullptr, kCompetenceMonths);
  const int months = static_cast<int>(std::min<std::int64_t>(requested, cap));
  // The trajectory's last day when the absence extension ends on @p absence_last:
  // the months are a period starting the day after it (I-22).
  auto reach = [months](Date absence_last) {
    return months > 0 ? Period::months_from(absence_last.next_day(), months).last() : absence_last;
  };

  // ---- I-8: extension by long absence, the fixed point --------------------
  TraceStep* a = begin_step(trace, worker::kAbsenceExtension);
  // The judgements (with their reasons) are part of the scalar answer; the population pass skips them.
  const bool judge = detail == Detail::full || a != nullptr;
  const Date cutoff = wp.date(WorkerParam::trajectory_absence_count_from, lookup, a);
  merge_qualifying(dossier.absences, scratch);
  const std::vector<AbsenceGroup>& groups = scratch.groups;
  Date last = original_last;  // the last day after the absence extension, before the competence months
  // Groups are disjoint, separated by at least one day and sorted, so judging
  // them in order reaches the least fixed point of
  //   last = original_last + qualifying days in [first day, reach(last)].
  // Within one absence the days are counted up to the current reach, which
  // moves with every counted day; without competence months it moves exactly
  // one day per counted day, so an absence that starts on or before the last
  // day is counted in full. With them a month end can hold the reach still
  // (2025-01-29 .. 2025-01-31 + 1 month are all 2025-02-28), so the count is
  // iterated until it stops moving.
  for (const AbsenceGroup& g : groups) {
    // The minimum in force on the absence's first day (I-21 before the decree).
    const Date min_lookup = wp.rules_date(g.period.first(), nullptr);
    const int min_days = int_parameter(wp, WorkerParam::trajectory_absence_min_days, min_lookup,
                                       first_use(a, "trajectory.absence_min_days", wp.set(), min_lookup), kAbsenceDays);
    // I-8: the absence qualifies by its whole uninterrupted length; only its
    // days on or after the cut-off, inside the trajectory, are added (W-1).
    const Date from = std::max({g.period.first(), cutoff, first});
    enum class Verdict { too_short, before_cutoff, before_trajectory, after_trajectory, counted } verdict;
    const Date before = last;
    std::int64_t k = 0;
    if (g.period.days() < min_days) {
      verdict = Verdict::too_short;
    } else if (g.period.last() < cutoff) {
      verdict = Verdict::before_cutoff;
    } else if (g.period.last() < first) {
      verdict = Verdict::before_trajectory;
    } else if (from > reach(last)) {
      verdict = Verdict::after_trajectory;
    } else {
      verdict = Verdict::counted;
      for (;;) {
        const Date upto = std::min(g.period.last(), reach(before.plus_days(k)));
        const std::int64_t n = days_between(from, upto) + 1;
        if (n <= k) break;
        k = n;
      }
      last = before.plus_days(k);
    }
    if (!judge) continue;

    // The judgement and its reason, for the scalar answer and the trace.
    AbsenceJudgement j{g.period, verdict == Verdict::counted, k, {}, {}};
    j.sources.assign(scratch.absence_order.begin() + g.begin, scratch.absence_order.begin() + g.end);
    const std::string what = days_text(g.period.days()) + " of " + group_reasons(dossier.absences, scratch, g);
    switch (verdict) {
      case Verdict::too_short:
        j.reason = what + ": fewer than " + std::to_string(min_days) + " uninterrupted calendar days (I-8)";
        break;
      case Verdict::before_cutoff:
        j.reason = what + " lies entirely before " + cutoff.iso() + "; only days on or after it count (I-8, W-1)";
        break;
      case Verdict::before_trajectory:
        j.reason = what + " lies before the trajectory's first day " + first.iso();
        break;
      case Verdict::after_trajectory:
        j.reason = (from == g.period.first() ? what + " starts" : what + ": its first day that counts, " + from.iso() + ", is") +
                   " after the trajectory's last day " + reach(last).iso() + " (including extensions)";
        break;
      case Verdict::counted: {
        const std::int64_t available = days_between(from, g.period.last()) + 1;
        j.reason = what + " (at least " + std::to_string(min_days) + " uninterrupted days): " + days_text(k) +
                   " from " + from.iso() + " counted, the last day " +
                   (months > 0 ? "before the competence months " : "") + "moves from " + before.iso() + " to " +
                   last.iso();
        if (g.period.first() < cutoff) {
          j.reason += " (its " + days_text(days_between(g.period.first(), cutoff)) + " before " + cutoff.iso() +
                      " not counted, I-8, W-1)";
        }
        if (g.period.first() < first && first > cutoff) {
          j.reason += " (its days before the trajectory's first day " + first.iso() + " not counted)";
        }
        if (months > 0 && from > before) {
          j.reason += "; it lies in the " + std::to_string(months) + " competence months after " + before.iso() +
                      ", which are part of the trajectory (W-13)";
        }
        if (g.period.last() > reach(before)) {
          j.reason += "; it reaches beyond the last day " + reach(before).iso() + " and extends it again (fixed point)";
        }
        if (k < available) {
          j.reason += "; its " + days_text(available - k) + " after " + reach(last).iso() +
                      " lie after the trajectory's last day and are not counted (fixed point)";
        }
        break;
      }
    }
    t.absences.push_back(std::move(j));
  }
  if (judge) {
    for (std::size_t i = 0; i < dossier.absences.size(); ++i) {
      const Absence& o = dossier.absences[i];
      if (extends(o.reason)) continue;
      const Period p(o.first_day, o.last_day);
      t.absences.push_back(AbsenceJudgement{
          p, false, 0,
          days_text(p.days()) +
              " of absence for another reason: never extends and does not join adjacent absences (I-8, W-2)",
          {i}});
    }
    std::stable_sort(t.absences.begin(), t.absences.end(), [](const AbsenceJudgement& x, const AbsenceJudgement& y) {
      return x.period.first() < y.period.first();
    });
  }
  t.absence_extension_days = days_between(original_last, last);
  if (a) {
    a->input("trajectory", first.iso() + " .. " + original_last.iso());
    if (months > 0) a->input("competence_months", std::to_string(months));
    for (const auto& j : t.absences) a->note(j.period.iso() + ": " + (j.qualifies ? "qualifies: " : "does not qualify: ") + j.reason);
    const std::string with_months =
        months > 0 ? " and the " + std::to_string(months) + " competence months after it (W-13)" : std::string();
    std::string result = t.absence_extension_days == 0
                             ? "no extension for absence; last day stays " + original_last.iso()
                             : "extended by " + days_text(t.absence_extension_days) + " to " + last.iso() +
                                   " (fixed point: every qualifying day inside the extended trajectory" + with_months +
                                   " is counted)";
    if (months > 0) result += "; the " + std::to_string(months) + " competence months follow (I-9)";
    a->result(result);
  }

  // ---- I-9: competence strengthening, capped, added after I-8 --------------
  TraceStep* c = nullptr;
  if (requested > 0) {
    c = begin_step(trace, worker::kCompetenceExtension);
    int_parameter(wp, WorkerParam::trajectory_competence_max_months, lookup, c, kCompetenceMonths);  // records the value used
  }
  t.competence_requested_months = requested > INT_MAX ? INT_MAX : static_cast<int>(requested);
  t.competence_extension_months = months;
  t.last_day = reach(last);
  if (c) {
    for (std::size_t i = 0; i < dossier.competence_extensions.size(); ++i) {
      const auto& e = dossier.competence_extensions[i];
      c->input("competence_extensions[" + std::to_string(i) + "]",
               std::to_string(e.months) + " months approved " + e.approved.iso());
    }
    if (requested > cap) {
      c->note("VDAB approved " + std::to_string(requested) + " months in total; capped at " + std::to_string(cap) +
              " months (I-9)");
    }
    if (months > 0) {
      c->note("qualifying absence days inside these months are counted in the absence extension (I-8, W-13)");
    }
    c->result(std::to_string(months) + " months added after the absence extension: " + last.iso() + " -> " +
              t.last_day.iso() + (months > 0 ? " (a period of " + std::to_string(months) + " months from " +
                                                   last.next_day().iso() + ", I-22)"
                                             : std::string()));
  }
  return t;
}

}  // namespace lde
