// The assignment rules of a local service: 4.1 .. 4.8, 4.11, 4.14 (L-1 .. L-5, L-9).
#include "lde/local_service/assignment.hpp"

#include "lde/local_service/rules.hpp"

#include "internal.hpp"

#include <string>

namespace lde::local_service {

namespace detail {

namespace {

std::string q(std::string_view s) { return "\"" + std::string(s) + "\""; }

Check make(bool met, const Rule& rule, std::string detail, std::vector<std::string> failing = {}) {
  return {met, &rule, std::move(detail), met ? std::vector<std::string>{} : std::move(failing)};
}

std::string klaverblad_text(Klaverblad k) {
  return k == Klaverblad::flemish ? "a Flemish klaverblad" : "a local klaverblad";
}

/// The bodies that may declare a DAEB for a klaverblad (4.5, L-3).
bool may_declare(Klaverblad k, Authority a) {
  if (k == Klaverblad::flemish) return is_flemish(a);
  return a == Authority::college || a == Authority::municipal_council || a == Authority::provincial_council;
}

/// The bodies that may give the assignment for a klaverblad (4.6, 4.16, L-1).
bool may_assign(Klaverblad k, Authority a) { return k == Klaverblad::flemish ? is_flemish(a) : !is_flemish(a); }

}  // namespace

std::string list_text(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
  }
  return out;
}

void trace_check(Trace* trace, const Check& c, const std::vector<std::pair<std::string, std::string>>& inputs) {
  TraceStep* s = begin_step(trace, *c.rule);
  if (s == nullptr) return;
  for (const auto& [name, value] : inputs) s->input(name, value);
  s->result(std::string(c.met ? "met" : "not met") + ": " + c.detail);
  if (!c.failing.empty()) s->note("failing: " + list_text(c.failing));
}

ServiceKind kind_of(const LocalService& s, Trace* trace) {
  ServiceKind out{s.klaverblad, &kKind,
                  s.klaverblad == Klaverblad::flemish
                      ? "a local service within a Flemish klaverblad: a competent Flemish minister commissions and "
                        "finances the service, the minister for social economy the insertion trajectories"
                      : "a local service within a local klaverblad: the local government commissions and finances the "
                        "service, the Flemish minister for social economy the insertion trajectories"};
  if (TraceStep* st = begin_step(trace, kKind)) {
    st->input("klaverblad", std::string(to_string(s.klaverblad))).input("name", s.name);
    st->result(out.detail);
  }
  return out;
}

Check assignment_of(const LocalService& s, Trace* trace) {
  Check c;
  if (!s.assignment) {
    c = make(false, kAssignmentRequired,
             "no commissioning authority gave an assignment for " + q(s.name) +
                 ": target workers in an insertion trajectory may not execute it",
             {"assignment_missing"});
  } else if (!s.assignment->submitted_to_department) {
    c = make(false, kAssignmentRequired,
             "the assignment by " + std::string(to_string(s.assignment->given_by)) +
                 " was not submitted to the Departement WSE (4.3)",
             {"assignment_not_submitted"});
  } else {
    c = make(true, kAssignmentRequired,
             "an assignment by " + std::string(to_string(s.assignment->given_by)) +
                 " exists and was submitted to the Departement WSE");
  }
  trace_check(trace, c,
              {{"assignment", s.assignment ? "given" : "none"},
               {"submitted_to_department", s.assignment && s.assignment->submitted_to_department ? "true" : "false"}});
  return c;
}

Check trajectories_of(const LocalService& s, Trace* trace) {
  Check c;
  if (!s.trajectories) {
    c = make(true, kKlaverbladMatch, "no insertion trajectories are used for the service");
  } else if (*s.trajectories == Klaverblad::flemish && s.klaverblad == Klaverblad::local) {
    c = make(false, kKlaverbladMatch,
             "trajectories allocated within a Flemish klaverblad cannot be used for an assignment of a local "
             "authority",
             {"flemish_trajectories_for_local_assignment"});
  } else {
    c = make(true, kKlaverbladMatch,
             "trajectories of " + klaverblad_text(*s.trajectories) + " for a service within " +
                 klaverblad_text(s.klaverblad) + (*s.trajectories == s.klaverblad ? "" : " (4.4 forbids only the Flemish-to-local direction, L-4)"));
  }
  trace_check(trace, c,
              {{"klaverblad", std::string(to_string(s.klaverblad))},
               {"trajectories", s.trajectories ? std::string(to_string(*s.trajectories)) : "none"}});
  return c;
}

Check declaration_of(const LocalService& s, Trace* trace) {
  Check c;
  const std::string who = s.klaverblad == Klaverblad::flemish
                              ? "only a competent Flemish minister or the Flemish Government"
                              : "only a local government, by a decision of the college, the municipal council or the "
                                "provincial council";
  if (!s.daeb_declared_by) {
    c = make(false, kDaebDeclaration, "nobody declared the service a DAEB; for " + klaverblad_text(s.klaverblad) + " " + who + " may",
             {"daeb_not_declared"});
  } else if (!may_declare(s.klaverblad, *s.daeb_declared_by)) {
    c = make(false, kDaebDeclaration,
             std::string(to_string(*s.daeb_declared_by)) + " may not declare a DAEB for " +
                 klaverblad_text(s.klaverblad) + ": " + who + " may",
             {"daeb_declared_by_wrong_body"});
  } else {
    c = make(true, kDaebDeclaration,
             "declared a DAEB by " + std::string(to_string(*s.daeb_declared_by)) + ", which may for " +
                 klaverblad_text(s.klaverblad));
  }
  trace_check(trace, c,
              {{"klaverblad", std::string(to_string(s.klaverblad))},
               {"daeb_declared_by", s.daeb_declared_by ? std::string(to_string(*s.daeb_declared_by)) : "none"}});
  return c;
}

Check authority_of(const LocalService& s, Trace* trace) {
  Check c;
  if (!s.assignment) {
    c = make(false, kAssigningAuthority, "there is no assignment, so no assigning authority");
    c.failing.clear();
  } else {
    const Assignment& a = *s.assignment;
    const std::string by = std::string(to_string(a.given_by)) + (a.mandate.empty() ? "" : " (mandate: " + a.mandate + ")");
    if (!may_assign(s.klaverblad, a.given_by)) {
      c = make(false, kAssigningAuthority,
               by + " may not give the assignment for " + klaverblad_text(s.klaverblad) +
                   (s.klaverblad == Klaverblad::flemish ? ": a competent Flemish minister gives it (an opdrachtverklaring)"
                                                        : ": a local authority gives it"),
               {"assignment_by_wrong_body"});
    } else {
      c = make(true, kAssigningAuthority, "the assignment was given by " + by + ", which may for " + klaverblad_text(s.klaverblad));
    }
  }
  trace_check(trace, c,
              {{"klaverblad", std::string(to_string(s.klaverblad))},
               {"given_by", s.assignment ? std::string(to_string(s.assignment->given_by)) : "none"}});
  return c;
}

DecisionCheck decision_of(const LocalService& s, Trace* trace) {
  DecisionCheck out;
  std::vector<std::string> failing;
  if (s.assignment) {
    out.legally_binding = s.assignment->legally_binding;
    for (DecisionElement e : kDecisionElements) {
      bool present = false;
      for (DecisionElement g : s.assignment->elements) present = present || g == e;
      if (!present) out.missing.push_back(e);
    }
  } else {
    out.missing.assign(std::begin(kDecisionElements), std::end(kDecisionElements));
  }
  if (!out.legally_binding) failing.emplace_back("decision_not_binding");
  if (!out.missing.empty()) failing.emplace_back("decision_missing_elements");
  std::string detail;
  if (!s.assignment) {
    detail = "there is no assignment decision";
  } else {
    detail = std::string(out.legally_binding ? "legally binding" : "not legally binding (the parties could deviate from it)") +
             "; " + (out.missing.empty() ? "all eight elements present" : "missing: " + names_of(out.missing));
  }
  out.check = make(failing.empty(), kAssignmentDecision, detail, failing);
  if (!s.assignment) out.check.failing.clear();
  trace_check(trace, out.check,
              {{"legally_binding", out.legally_binding ? "true" : "false"},
               {"elements", s.assignment ? names_of(s.assignment->elements) : "none"}});
  return out;
}

Check market_of(const LocalService& s, Trace* trace) {
  Check c;
  if (!s.market) {
    c = make(false, kMarketTest, "the authority stated no finding on the market for the service", {"market_test_missing"});
  } else {
    const MarketTest& m = *s.market;
    switch (m.situation) {
      case MarketSituation::not_provided:
        c = make(true, kMarketTest, "the market does not provide the service: the authority may declare it a DAEB");
        break;
      case MarketSituation::provided_unsatisfactorily:
        c = make(true, kMarketTest,
                 "the market provides the service unsatisfactorily (" + names_of(m.shortcomings) +
                     "): the authority may declare it a DAEB");
        break;
      case MarketSituation::provided_satisfactorily:
      case MarketSituation::could_be_provided_satisfactorily:
        c = make(false, kMarketTest,
                 std::string(m.situation == MarketSituation::provided_satisfactorily ? "undertakings not entrusted with a DAEB already provide the service"
                                                                                     : "undertakings not entrusted with a DAEB can provide the service") +
                     " satisfactorily, on conditions consistent with the public interest: declaring it a DAEB is not "
                     "appropriate",
                 {"market_provides_service"});
        break;
    }
  }
  trace_check(trace, c, {{"situation", s.market ? std::string(to_string(s.market->situation)) : "none"}});
  return c;
}

Check allocation_of(const LocalService& s, Trace* trace) {
  Check c = s.assignment
                ? make(true, kAllocationCall,
                       "an assignment exists: the enterprise may take part in the call for allocation of trajectories "
                       "for the service (registration needs none)")
                : make(false, kAllocationCall,
                       "no assignment: the enterprise may register as an LDE enterprise, but not take part in the call "
                       "for allocation of trajectories for the service",
                       {"assignment_missing"});
  trace_check(trace, c, {{"assignment", s.assignment ? "given" : "none"}});
  return c;
}

}  // namespace detail

ServiceKind service_kind(const LocalService& service, Trace* trace) {
  validate(service);
  return detail::kind_of(service, trace);
}
Check assignment_required(const LocalService& service, Trace* trace) {
  validate(service);
  return detail::assignment_of(service, trace);
}
Check klaverblad_match(const LocalService& service, Trace* trace) {
  validate(service);
  return detail::trajectories_of(service, trace);
}
Check daeb_declaration(const LocalService& service, Trace* trace) {
  validate(service);
  return detail::declaration_of(service, trace);
}
Check assigning_authority(const LocalService& service, Trace* trace) {
  validate(service);
  return detail::authority_of(service, trace);
}
DecisionCheck assignment_decision(const LocalService& service, Trace* trace) {
  validate(service);
  return detail::decision_of(service, trace);
}
Check market_test(const LocalService& service, Trace* trace) {
  validate(service);
  return detail::market_of(service, trace);
}
Check allocation_call(const LocalService& service, Trace* trace) {
  validate(service);
  return detail::allocation_of(service, trace);
}

}  // namespace lde::local_service
