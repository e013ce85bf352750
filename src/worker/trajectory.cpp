// The insertion trajectory: 5 years from the first day of employment (I-7),
// extended by long absences (I-8, a fixed point) and competence strengthening (I-9).
#include "lde/worker/trajectory.hpp"

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

constexpr const char* kLengthSource =
    "WSE-LDE \"Verlenging inschakelingstraject\" \"Een inschakelingstraject duurt maximaal 5 jaar, te tellen vanaf "
    "eerste dag tewerkstelling.\"; WSE-SUPPORT \"1. Werknemer\"";
constexpr const char* kAbsenceSource =
    "WSE-LDE \"Verlenging inschakelingstraject\" 1. \"Bij langdurige afwezigheid van minstens 30 (kalender)dagen voor "
    "ziekte, ongeval, moeder/vaderschapsverlof of adoptieverlof\"; Opgelet \"na 01 april 2015 (van minimaal 30 "
    "onafgebroken dagen)\"";
constexpr const char* kCompetenceSource =
    "WSE-LDE \"Verlenging inschakelingstraject\" 2. \"na goedkeuring van VDAB, aanleiding zijn voor maximaal 1 jaar "
    "verlenging\"";

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

/// Qualifying-reason absences merged into uninterrupted absences (I-8), with their sources.
struct Group {
  Period period;
  std::vector<std::size_t> sources;
  std::string reasons;  // "illness + maternity_leave"
};

std::vector<Group> merge_qualifying(const std::vector<Absence>& absences) {
  std::vector<std::size_t> idx;
  for (std::size_t i = 0; i < absences.size(); ++i) {
    if (extends(absences[i].reason)) idx.push_back(i);
  }
  std::stable_sort(idx.begin(), idx.end(),
                   [&](std::size_t a, std::size_t b) { return absences[a].first_day < absences[b].first_day; });
  std::vector<Group> groups;
  for (std::size_t i : idx) {
    const Absence& a = absences[i];
    const Period p(a.first_day, a.last_day, "absences[" + std::to_string(i) + "].last_day");
    const std::string reason(to_string(a.reason));
    if (!groups.empty() && groups.back().period.touches(p)) {
      Group& g = groups.back();
      g.period = Period(g.period.first(), std::max(g.period.last(), p.last()));
      g.sources.push_back(i);
      if (g.reasons.find(reason) == std::string::npos) g.reasons += " + " + reason;
    } else {
      groups.push_back(Group{p, {i}, reason});
    }
  }
  return groups;
}

std::string days_text(std::int64_t n) { return std::to_string(n) + (n == 1 ? " day" : " days"); }

}  // namespace

std::optional<Trajectory> trajectory(const WorkerDossier& dossier, const ParameterSet& params, Trace* trace) {
  validate(dossier);
  return worker_detail::trajectory_with(dossier, worker_detail::right_periods_unchecked(dossier, params, trace), params,
                                        trace);
}

std::optional<Trajectory> worker_detail::trajectory_with(const WorkerDossier& dossier,
                                                         const std::vector<RightPeriod>& periods,
                                                         const ParameterSet& params, Trace* trace) {
  // I-7: the first day of the first employment that was eligible on its first day (I-5).
  std::vector<std::size_t> order(dossier.employment.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return dossier.employment[a].first_day < dossier.employment[b].first_day;
  });
  const Employment* start = nullptr;
  std::size_t start_index = 0;
  for (std::size_t i : order) {
    if (hiring_with(periods, dossier.employment[i], params, trace).eligible) {
      start = &dossier.employment[i];
      start_index = i;
      break;
    }
  }
  TraceStep* s = begin_step(trace, "worker.trajectory.length", kLengthSource, {"I-1", "I-2", "I-7"});
  if (start == nullptr) {
    if (s) {
      s->result(dossier.employment.empty() ? "no trajectory: the worker has no employment in an LDE enterprise"
                                           : "no trajectory: no employment period was eligible on its first day (I-5)");
    }
    return std::nullopt;
  }

  const Date first = start->first_day;
  const Date lookup = rules_date(first, params, s);
  const int years = worker_detail::int_parameter(params, "trajectory.length_years", lookup, s, worker_detail::kYears);
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
  const int cap = worker_detail::int_parameter(params, "trajectory.competence_max_months", lookup, nullptr,
                                               worker_detail::kCompetenceMonths);
  const int months = static_cast<int>(std::min<std::int64_t>(requested, cap));
  // The trajectory's last day when the absence extension ends on @p absence_last:
  // the months are a period starting the day after it (I-22).
  auto reach = [months](Date absence_last) {
    return months > 0 ? Period::months_from(absence_last.next_day(), months).last() : absence_last;
  };
  const std::string with_months =
      months > 0 ? " and the " + std::to_string(months) + " competence months after it (W-13)" : std::string();

  // ---- I-8: extension by long absence, the fixed point --------------------
  TraceStep* a = begin_step(trace, "worker.trajectory.absence_extension", kAbsenceSource,
                            months > 0 ? std::vector<std::string>{"I-1", "I-8", "I-9"}
                                       : std::vector<std::string>{"I-1", "I-8"});
  const Date cutoff = params.date("trajectory.absence_count_from", lookup, a);
  const std::vector<Group> groups = merge_qualifying(dossier.absences);
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
  for (const Group& g : groups) {
    AbsenceJudgement j{g.period, false, 0, {}, g.sources};
    const std::string what = days_text(g.period.days()) + " of " + g.reasons;
    // The minimum in force on the absence's first day (I-21 before the decree).
    const Date min_lookup = rules_date(g.period.first(), params);
    const int min_days =
        worker_detail::int_parameter(params, "trajectory.absence_min_days", min_lookup,
                                     first_use(a, "trajectory.absence_min_days", params, min_lookup),
                                     worker_detail::kAbsenceDays);
    // I-8: the absence qualifies by its whole uninterrupted length; only its
    // days on or after the cut-off, inside the trajectory, are added (W-1).
    const Date from = std::max({g.period.first(), cutoff, first});
    if (g.period.days() < min_days) {
      j.reason = what + ": fewer than " + std::to_string(min_days) + " uninterrupted calendar days (I-8)";
    } else if (g.period.last() < cutoff) {
      j.reason = what + " lies entirely before " + cutoff.iso() + "; only days on or after it count (I-8, W-1)";
    } else if (g.period.last() < first) {
      j.reason = what + " lies before the trajectory's first day " + first.iso();
    } else if (from > reach(last)) {
      j.reason = (from == g.period.first() ? what + " starts" : what + ": its first day that counts, " + from.iso() + ", is") +
                 " after the trajectory's last day " + reach(last).iso() + " (including extensions)";
    } else {
      const Date before = last;
      const std::int64_t available = days_between(from, g.period.last()) + 1;
      std::int64_t k = 0;
      for (;;) {
        const Date upto = std::min(g.period.last(), reach(before.plus_days(k)));
        const std::int64_t n = days_between(from, upto) + 1;
        if (n <= k) break;
        k = n;
      }
      j.qualifies = true;
      j.counted_days = k;
      last = before.plus_days(k);
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
    }
    t.absences.push_back(std::move(j));
  }
  for (std::size_t i = 0; i < dossier.absences.size(); ++i) {
    const Absence& o = dossier.absences[i];
    if (extends(o.reason)) continue;
    const Period p(o.first_day, o.last_day, "absences[" + std::to_string(i) + "].last_day");
    t.absences.push_back(AbsenceJudgement{
        p, false, 0,
        days_text(p.days()) + " of absence for another reason: never extends and does not join adjacent absences (I-8, W-2)",
        {i}});
  }
  std::stable_sort(t.absences.begin(), t.absences.end(), [](const AbsenceJudgement& x, const AbsenceJudgement& y) {
    return x.period.first() < y.period.first();
  });
  t.absence_extension_days = days_between(original_last, last);
  if (a) {
    a->input("trajectory", first.iso() + " .. " + original_last.iso());
    if (months > 0) a->input("competence_months", std::to_string(months));
    for (const auto& j : t.absences) a->note(j.period.iso() + ": " + (j.qualifies ? "qualifies: " : "does not qualify: ") + j.reason);
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
    c = begin_step(trace, "worker.trajectory.competence_extension", kCompetenceSource, {"I-9", "I-22"});
    worker_detail::int_parameter(params, "trajectory.competence_max_months", lookup, c,
                                 worker_detail::kCompetenceMonths);  // records the value used
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
