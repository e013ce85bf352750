// Everything about an enterprise for one year, with the combined trace.
#include "lde/enterprise/year.hpp"
#include "lde/enterprise/rules.hpp"

#include "internal.hpp"

namespace lde {

EnterpriseYear evaluate_enterprise(const Enterprise& enterprise, int year, const ParameterSet& params, Trace* trace) {
  // 1400 .. 9998: the year schedule and the sustainability report look at the next year. The first
  // year is evaluated too; its occupancy (of the year before) is then not measurable (E-12).
  enterprise_detail::check_year(year);
  validate(enterprise, params);
  if (TraceStep* s = begin_step(trace, enterprise::kYear)) {
    s->input("allocation_number", enterprise.allocation_number).input("year", std::to_string(year));
    s->result("the steps below evaluate every enterprise rule for " + std::to_string(year));
  }
  Label label = describe_label(enterprise.label, trace);
  YearSchedule schedule = year_schedule(enterprise, year, params, trace);
  ScaleResult scale = minimum_scale(enterprise, year, params, trace);
  OccupancyResult occ = occupancy(enterprise, year, params, trace);
  std::optional<StartupTransition> transition = startup_transition(enterprise, params, trace);
  ConditionsResult conditions = organisation_conditions(enterprise, params, Date::from_ymd(year, 1, 1, "year"), trace);
  std::optional<SustainabilityReport> report = sustainability_report(year, params, trace);
  const bool pop = pop_required(year, params, trace);
  std::vector<PopObligation> pop_workers = pop_obligations(enterprise, year, params, trace);
  const Date january = Date::from_ymd(year, 1, 1, "year");
  const int self_evaluation = self_evaluation_interval_years(january, params, trace);
  const Period assessment = quality_assessment_period(january, params, trace);
  std::vector<ContractChange> changes = contract_changes(enterprise, year, schedule, trace);
  MaatwerkResult maatwerk;
  if (enterprise.maatwerk) {
    maatwerk = maatwerk_conditions(*enterprise.maatwerk, enterprise.sui_generis_division, january, params, trace);
  }
  return EnterpriseYear{year,
                        std::move(schedule),
                        scale,
                        occ,
                        transition,
                        std::move(conditions),
                        report,
                        pop,
                        std::move(pop_workers),
                        self_evaluation,
                        assessment,
                        std::move(maatwerk),
                        std::move(label),
                        std::move(changes)};
}

}  // namespace lde
