// The right in force: 5 years from the grant date (I-4), one right at a time (I-6).
#include "lde/worker/right.hpp"
#include "lde/worker/rules.hpp"

#include "lde/core/error.hpp"
#include "internal.hpp"

#include <algorithm>
#include <climits>
#include <numeric>
#include <string>

namespace lde {

namespace {


std::string grant_text(const RightGrant& g, std::size_t i) {
  return "rights[" + std::to_string(i) + "] " + std::string(to_string(g.kind)) + " granted " + g.granted.iso();
}

}  // namespace

std::vector<RightPeriod> right_periods(const WorkerDossier& dossier, const ParameterSet& params, Trace* trace) {
  validate(dossier);
  return worker_detail::right_periods_unchecked(dossier, params, trace);
}

std::vector<RightPeriod> worker_detail::right_periods_unchecked(const WorkerDossier& dossier,
                                                                const ParameterSet& params, Trace* trace) {
  WorkerScratch scratch;
  right_periods_into(dossier, WorkerParams(params), trace, scratch);
  return std::move(scratch.periods);
}

void worker_detail::right_periods_into(const WorkerDossier& dossier, const WorkerParams& wp, Trace* trace,
                                       WorkerScratch& scratch) {
  const auto& rights = dossier.rights;
  std::vector<std::size_t>& order = scratch.right_order;
  order.resize(rights.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  stable_sort_small(order, [&](std::size_t a, std::size_t b) { return rights[a].granted < rights[b].granted; });

  // Two grants on one day cannot be ordered: of the same kind they are one
  // indication recorded twice; of different kinds they are a conflict (I-6).
  for (std::size_t k = 1; k < order.size(); ++k) {
    const RightGrant& a = rights[order[k - 1]];
    const RightGrant& b = rights[order[k]];
    if (a.granted == b.granted && a.kind != b.kind) {
      const std::size_t later = std::max(order[k - 1], order[k]);
      const std::size_t earlier = std::min(order[k - 1], order[k]);
      throw Error(ErrorCode::conflict, "rights[" + std::to_string(later) + "]",
                  grant_text(rights[later], later) + " and " + grant_text(rights[earlier], earlier) +
                      " would both be in force on " + a.granted.iso() +
                      " and no later indication replaces one: rights cannot be combined (I-6)");
    }
  }

  std::vector<RightPeriod>& out = scratch.periods;
  out.clear();
  for (std::size_t k = 0; k < order.size(); ++k) {
    const std::size_t i = order[k];
    const RightGrant& g = rights[i];
    TraceStep* s = begin_step(trace, worker::kRightValidity);
    const Date lookup = wp.rules_date(g.granted, s);
    const int years = int_parameter(wp, WorkerParam::right_validity_years, lookup, s, kYears);
    RightPeriod p{g.kind, g.granted, Period::years_from(g.granted, years).last(), std::nullopt, i};
    if (s) {
      s->input("rights[" + std::to_string(i) + "].kind", std::string(to_string(g.kind)))
          .input("rights[" + std::to_string(i) + "].granted", g.granted.iso())
          .result("valid " + std::to_string(years) + " years: " + g.granted.iso() + " .. " + p.last_day.iso());
    }
    // The next grant on a later day replaces this one from its grant date (I-6).
    std::size_t n = k + 1;
    while (n < order.size() && rights[order[n]].granted == g.granted) ++n;
    if (n < order.size() && rights[order[n]].granted <= p.last_day) {
      const std::size_t j = order[n];
      const Date natural_last = p.last_day;
      p.last_day = rights[j].granted.previous_day();
      p.replaced_by = j;
      if (TraceStep* r = begin_step(trace, worker::kRightOneAtATime)) {
        r->input("replaced", grant_text(g, i))
            .input("replacing", grant_text(rights[j], j))
            .note("without the new indication it would have been valid until " + natural_last.iso())
            .result(grant_text(g, i) + " is replaced by " + grant_text(rights[j], j) + " and ends on " +
                    p.last_day.iso());
      }
    }
    out.push_back(p);
  }
}

std::string_view to_string(RightEnd end) noexcept { return end == RightEnd::replaced ? "replaced" : "expired"; }

RightOnDate right_on(const WorkerDossier& dossier, Date at, const ParameterSet& params, Trace* trace) {
  validate(dossier);
  return worker_detail::right_in_force(worker_detail::right_periods_unchecked(dossier, params, trace), at, trace);
}

RightOnDate worker_detail::right_in_force(const std::vector<RightPeriod>& periods, Date at, Trace* trace) {
  TraceStep* s = begin_step(trace, worker::kRightOnDate);
  if (s) s->input("date", at.iso());
  RightOnDate out;
  // Latest grant wins among those in force (equal grants of one kind are one indication).
  const RightPeriod* last_before = nullptr;  // I-25: the one that ended last before @p at
  for (const RightPeriod& p : periods) {
    if (p.granted <= at && at <= p.last_day) {
      out.kind = p.kind;
      out.valid = true;
      out.granted = p.granted;
      out.last_day = p.last_day;
    } else if (p.last_day < at && (last_before == nullptr || p.last_day >= last_before->last_day)) {
      last_before = &p;
    }
  }
  if (!out.valid && last_before != nullptr) {
    out.kind = last_before->kind;
    out.granted = last_before->granted;
    out.last_day = last_before->last_day;
    out.ended = last_before->replaced_by ? RightEnd::replaced : RightEnd::expired;
  }
  if (s) {
    if (out.valid) {
      s->result("right " + std::string(to_string(*out.kind)) + " granted " + out.granted->iso() +
                " is in force on " + at.iso() + " (valid until " + out.last_day->iso() + ")");
    } else if (periods.empty()) {
      s->result("no right in force on " + at.iso() + ": the dossier has no indication");
    } else {
      if (out.ended) {
        s->result("no right in force on " + at.iso() + "; the last right in force before it, " +
                  std::string(to_string(*out.kind)) + " granted " + out.granted->iso() + ", ended on " +
                  out.last_day->iso() + " (" +
                  (*out.ended == RightEnd::expired ? "expired after its validity, I-4" : "replaced by a later indication, I-6") +
                  "; I-25)");
      } else {
        s->result("no right in force on " + at.iso() + " or before it");
      }
      for (const RightPeriod& p : periods) {
        s->note(std::string(to_string(p.kind)) + " granted " + p.granted.iso() + " is in force " + p.granted.iso() +
                " .. " + p.last_day.iso());
      }
    }
  }
  return out;
}

}  // namespace lde
