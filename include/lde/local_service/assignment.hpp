/// @file assignment.hpp
/// @brief The assignment rules of a local service: the kind of service (4.1), an assignment submitted to
/// the department (4.2, 4.3), the klaverblad of the trajectories (4.4), who may declare a DAEB (4.5), who may
/// give the assignment (4.6), the assignment decision (4.7, 4.8), the market test (4.11) and the call for
/// allocation of trajectories (4.14).
///
/// Every function validates the service first (validate()), is pure and thread-safe, and builds a trace
/// step only when @p trace is non-null and enabled. Each answer says whether the condition is met, which
/// rule decided (rules.hpp: id, source passage, readings), the facts in one sentence, and the stable ids of
/// what fails (`assignment_missing`, ...; docs/rules/local-services.md lists them).
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/rule.hpp"
#include "lde/local_service/service.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lde::local_service {

/// A condition's answer: met or not, the deciding rule, the facts, and what fails.
struct Check {
  bool met = false;                  ///< The condition holds.
  const Rule* rule = nullptr;        ///< The deciding rule (never null in an answer).
  std::string detail;                ///< The facts, one sentence.
  std::vector<std::string> failing;  ///< Stable ids of what fails, empty when met.
};

/// The kind of service (4.1): which klaverblad and who commissions it.
struct ServiceKind {
  Klaverblad klaverblad = Klaverblad::local;  ///< The klaverblad.
  const Rule* rule = nullptr;                 ///< local_service.kind.
  std::string detail;                         ///< Who commissions and finances the service and the trajectories.
};
/// 4.1: a Flemish klaverblad (a competent Flemish minister commissions the service) or a local one.
ServiceKind service_kind(const LocalService& service, Trace* trace = nullptr);

/// 4.2, 4.3: an assignment exists and was submitted to the department. Fails `assignment_missing` or
/// `assignment_not_submitted`.
Check assignment_required(const LocalService& service, Trace* trace = nullptr);

/// 4.4: trajectories of a Flemish klaverblad are not used for a local authority's assignment (L-4).
/// Fails `flemish_trajectories_for_local_assignment`.
Check klaverblad_match(const LocalService& service, Trace* trace = nullptr);

/// 4.5: the DAEB was declared by a body that may: for a Flemish klaverblad a competent Flemish minister or the
/// Flemish Government; for a local one the college, the municipal council or the provincial council (L-3).
/// Fails `daeb_not_declared` or `daeb_declared_by_wrong_body`.
Check daeb_declaration(const LocalService& service, Trace* trace = nullptr);

/// 4.6: the assignment was given by a body that may (L-1, L-2). Fails `assignment_by_wrong_body`; without an
/// assignment not met, failing nothing of its own (assignment_required() names it).
Check assigning_authority(const LocalService& service, Trace* trace = nullptr);

/// The assignment decision (4.7, 4.8).
struct DecisionCheck {
  Check check;                            ///< Met when legally binding with all eight elements.
  bool legally_binding = false;           ///< 4.7.
  std::vector<DecisionElement> missing;   ///< Elements of 4.8 it lacks, in the order of 4.8.
};
/// 4.7, 4.8. Fails `decision_not_binding` and `decision_missing_elements`; without an assignment not met,
/// every element missing.
DecisionCheck assignment_decision(const LocalService& service, Trace* trace = nullptr);

/// 4.11: declaring the service a DAEB is appropriate (the market does not provide it, or provides it
/// unsatisfactorily for a stated reason; L-5). Fails `market_test_missing` or `market_provides_service`.
Check market_test(const LocalService& service, Trace* trace = nullptr);

/// 4.14: the enterprise may take part in the call for allocation of trajectories for this service: it has an
/// assignment (registration as an LDE enterprise needs none). Fails `assignment_missing`.
Check allocation_call(const LocalService& service, Trace* trace = nullptr);

}  // namespace lde::local_service
