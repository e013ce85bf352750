// Every rule of the local services on one service (WSE-FAQ 4.1 .. 4.20; L-9).
#include "lde/local_service/evaluate.hpp"

#include "lde/local_service/rules.hpp"

#include "internal.hpp"

namespace lde::local_service {

LocalServiceDecision evaluate_local_service(const LocalService& s, Date at, const ParameterSet& params, Trace* trace) {
  validate(s);
  LocalServiceDecision d;
  d.at = at;
  d.name = s.name;
  d.kind = detail::kind_of(s, trace);
  d.assignment = detail::assignment_of(s, trace);
  d.trajectories = detail::trajectories_of(s, trace);
  d.daeb_declaration = detail::declaration_of(s, trace);
  d.assigning_authority = detail::authority_of(s, trace);
  d.decision = detail::decision_of(s, trace);
  d.market_test = detail::market_of(s, trace);
  d.impact_analysis = detail::impact_of(s, trace);
  d.allocation_call = detail::allocation_of(s, trace);
  d.compensation = detail::compensation_of(s, at, params, trace);
  d.co_funding = detail::co_funding_of(s, trace);
  const Check* conditions[] = {&d.assignment,     &d.trajectories,       &d.daeb_declaration, &d.assigning_authority,
                               &d.decision.check, &d.market_test,        &d.impact_analysis.check};
  d.may_execute = true;
  for (const Check* c : conditions) {
    d.may_execute = d.may_execute && c->met;
    for (const std::string& f : c->failing) {
      bool seen = false;
      for (const std::string& g : d.failing) seen = seen || g == f;
      if (!seen) d.failing.push_back(f);
    }
  }
  if (d.compensation && !d.compensation->check.met) d.failing.emplace_back("overcompensation");
  if (d.co_funding && !d.co_funding->check.met) d.failing.emplace_back("co_funding_overcompensation");
  d.overcompensated = (d.compensation && !d.compensation->check.met) || (d.co_funding && !d.co_funding->check.met);
  d.notes.push_back({&kNotes, "the authority need not choose the cheapest enterprise; a higher quality may justify a "
                              "higher compensation, at most the costs actually incurred (4.12)"});
  d.notes.push_back({&kNotes, "the rules on public procurement still apply; complying with them is not a condition of "
                              "the DAEB decision, and the library does not check them (4.13)"});
  if (TraceStep* st = begin_step(trace, kMayExecute)) {
    st->input("name", s.name).input("klaverblad", std::string(to_string(s.klaverblad)));
    for (const Note& n : d.notes) st->note(n.text);
    st->result(std::string(d.may_execute ? "target workers in an insertion trajectory may execute the service"
                                         : "target workers in an insertion trajectory may not execute the service: " +
                                               detail::list_text(d.failing)));
  }
  return d;
}

}  // namespace lde::local_service
