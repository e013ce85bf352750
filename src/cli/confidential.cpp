// `lde evaluate --explain` for a confidential-section input.
#include "confidential.hpp"

#include "lde/confidential/access.hpp"
#include "lde/core/parameters.hpp"

namespace lde::cli {

namespace {

std::string answer_text(const confidential::Answer& a) {
  return std::string(a.allowed ? "yes" : "no") + " (" + std::string(confidential::to_string(a.reason)) + ", " +
         std::string(a.rule->id) + " [" + std::string(a.rule->readings) + "]): " + a.detail;
}

}  // namespace

void explain_confidential(std::ostream& os, const std::string& file, const io::detail::ConfidentialQuery& query, Date at) {
  Trace trace(true);
  const confidential::SectionView v =
      confidential::evaluate_confidential(query.log, at, query.person, query.document, &trace);
  os << "Confidential section on " << at.iso() << " (" << file << ")\n\n";
  os << "  with access\n";
  if (v.holders.empty()) os << "    nobody\n";
  for (const auto& h : v.holders) {
    os << "    " << h.person << (h.employer.empty() ? " (mediator)" : " (" + h.employer + ")") << " since "
       << h.since.iso() << " by " << confidential::to_string(h.via) << " " << h.event << "\n";
  }
  for (const auto& p : v.persons) {
    os << "\n  " << p.person << " (" << confidential::to_string(p.role) << (p.employer.empty() ? "" : " of " + p.employer)
       << ")\n";
    os << "    access       " << answer_text(p.access) << "\n";
    os << "    may upload   " << answer_text(p.may_upload) << "\n";
    if (p.may_view) os << "    may view " << *v.document << ": " << answer_text(*p.may_view) << "\n";
    os << "    sees         ";
    if (p.visible.empty()) os << "nothing";
    for (std::size_t i = 0; i < p.visible.size(); ++i) {
      const auto& d = p.visible[i];
      os << (i ? ", " : "") << d.document << " v" << d.version << " (" << confidential::to_string(d.kind) << ", "
         << d.uploaded.iso() << ")";
    }
    os << "\n";
  }
  os << "\n  kept versions  " << v.history.size() << " (nothing is ever deleted, WSE-FAQ 6.12)\n\n";
  os << "Trace (" << trace.steps().size() << " steps)\n" << trace.to_text() << "\n";
  const Receipt receipt = Receipt::of(ParameterSet::defaults());
  os << "Receipt: lde " << receipt.library_version << ", parameters " << receipt.parameters_fingerprint << "\n";
}

}  // namespace lde::cli
