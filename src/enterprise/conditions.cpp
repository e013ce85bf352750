// Organisation conditions (WSE-FAQ "Organisatievoorwaarden" 2.5 to 2.14).
#include "lde/enterprise/conditions.hpp"
#include "lde/enterprise/rules.hpp"

#include "internal.hpp"

namespace lde {

ConditionsResult organisation_conditions(const Enterprise& enterprise, const ParameterSet& params, Date at,
                                         Trace* trace) {
  validate(enterprise, params);
  TraceStep* s = begin_step(trace, enterprise::kConditions);
  ConditionsResult out;
  const bool legal_form_ok = enterprise.legal_form != LegalForm::other;
  if (!legal_form_ok) out.failing.emplace_back(organisation_condition::legal_form);
  if (enterprise.seat == Seat::brussels) out.failing.emplace_back(organisation_condition::not_in_brussels);
  if (enterprise.other_activities != OtherActivities::none && !enterprise.sui_generis_division) {
    out.failing.emplace_back(organisation_condition::sui_generis_division);
  }
  if (enterprise.other_activities == OtherActivities::commercial && !enterprise.separate_bookkeeping) {
    out.failing.emplace_back(organisation_condition::separate_bookkeeping);
  }
  if (enterprise.subcontracting) out.failing.emplace_back(organisation_condition::no_subcontracting);
  if (enterprise.enclave_work) out.failing.emplace_back(organisation_condition::no_enclave_work);
  out.met = out.failing.empty();

  if (enterprise.converted) {
    out.apply_from = params.date("organisation.converted_conditions_date", rules_date(at, params, s), s);
  } else if (enterprise.allocation_date) {
    out.apply_from = enterprise_detail::transition_dates(*enterprise.allocation_date, params, s).conditions_from;
  }
  out.applies = out.apply_from.has_value() && *out.apply_from <= at;
  out.label_may_be_withdrawn = out.applies && !out.met;  // 2.4, 2.5 (E-14)

  if (s) {
    s->input("at", at.iso())
        .input("legal_form", legal_form_ok ? std::string(to_string(enterprise.legal_form))
                                           : "other (\"" + enterprise.legal_form_text + "\")")
        .input("seat", std::string(to_string(enterprise.seat)))
        .input("other_activities", std::string(to_string(enterprise.other_activities)))
        .input("sui_generis_division", enterprise.sui_generis_division ? "true" : "false")
        .input("separate_bookkeeping", enterprise.separate_bookkeeping ? "true" : "false")
        .input("subcontracting", enterprise.subcontracting ? "true" : "false")
        .input("enclave_work", enterprise.enclave_work ? "true" : "false");
    if (enterprise.other_activities == OtherActivities::non_commercial) {
      s->note("other non-commercial activities: no separate bookkeeping, but identifiable cost items (2.9)");
    }
    std::string failing;
    for (const auto& f : out.failing) failing += (failing.empty() ? "" : ", ") + f;
    s->result(std::string(out.met ? "every organisation condition is met" : "failing: " + failing) +
              "; enforced from " + (out.apply_from ? out.apply_from->iso() : std::string("unknown")) +
              (out.applies ? " (in force on " : " (not yet in force on ") + at.iso() + ")" +
              (out.label_may_be_withdrawn ? "; the label may be withdrawn (2.4, 2.5, E-14)" : ""));
    if (enterprise.seat == Seat::brussels) {
      s->note("an enterprise in Brussels can turn to the Brussels-Capital Region, which has a similar measure (2.14)");
    }
  }
  return out;
}

}  // namespace lde
