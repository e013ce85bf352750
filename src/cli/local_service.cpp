// `lde evaluate --explain` for a local-service input.
#include "local_service.hpp"

#include "lde/local_service/evaluate.hpp"

namespace lde::cli {

namespace {

void line(std::ostream& os, const char* what, const local_service::Check& c) {
  os << "  " << what << " " << (c.met ? "met      " : "NOT MET  ") << c.detail << "  [" << c.rule->id
     << (c.rule->readings.empty() ? "" : " " + std::string(c.rule->readings)) << "]\n";
}

}  // namespace

void explain_local_service(std::ostream& os, const std::string& file, const local_service::LocalService& service, Date at,
                           const ParameterSet& params) {
  namespace ls = lde::local_service;
  Trace trace(true);
  const ls::LocalServiceDecision d = ls::evaluate_local_service(service, at, params, &trace);
  os << "Local service \"" << d.name << "\" on " << at.iso() << " (" << file << ")\n";
  os << "  " << d.kind.detail << "\n\n";
  os << "  may be executed by target workers: " << (d.may_execute ? "yes" : "no") << "\n";
  if (!d.failing.empty()) {
    os << "  failing:";
    for (const std::string& f : d.failing) os << " " << f;
    os << "\n";
  }
  os << "\n";
  line(os, "assignment (4.2, 4.3)        ", d.assignment);
  line(os, "trajectories (4.4)           ", d.trajectories);
  line(os, "DAEB declaration (4.5)       ", d.daeb_declaration);
  line(os, "assigning authority (4.6)    ", d.assigning_authority);
  line(os, "assignment decision (4.7/4.8)", d.decision.check);
  line(os, "market test (4.11)           ", d.market_test);
  line(os, "impact analysis (4.15-4.20)  ", d.impact_analysis.check);
  line(os, "allocation call (4.14)       ", d.allocation_call);
  if (d.compensation) line(os, "compensation cap (4.9)       ", d.compensation->check);
  if (d.co_funding) line(os, "co-funding (4.10)            ", d.co_funding->check);
  os << "\n";
  for (const ls::Note& n : d.notes) os << "  note: " << n.text << "\n";
  os << "\nTrace (" << trace.steps().size() << " steps)\n" << trace.to_text() << "\n";
  const Receipt receipt = Receipt::of(params);
  os << "Receipt: lde " << receipt.library_version << ", parameters " << receipt.parameters_fingerprint << "\n";
}

}  // namespace lde::cli
