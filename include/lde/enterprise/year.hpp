/// @file year.hpp
/// @brief One call that answers everything about an enterprise for a year.
///
/// This is what every front end evaluates (C ABI, Python, the `lde` command):
/// the keys of the enterprise decision in `docs/format.md` map to its fields.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/compensation.hpp"
#include "lde/enterprise/conditions.hpp"
#include "lde/enterprise/contract_change.hpp"
#include "lde/enterprise/enterprise.hpp"
#include "lde/enterprise/occupancy.hpp"
#include "lde/enterprise/quality.hpp"
#include "lde/enterprise/scale.hpp"
#include "lde/enterprise/transition.hpp"

#include <optional>
#include <vector>

namespace lde {

/// The enterprise's situation for one calendar year.
struct EnterpriseYear {
  int year;                                     ///< The evaluated year Y.
  YearSchedule schedule;                        ///< `advances.Y-MM`, `quarter_rights.Y-Qn`, `settlements.Y-Qn`.
  ScaleResult scale;                            ///< `scale.average_fte`, `scale.compliant`.
  OccupancyResult occupancy;                    ///< `occupancy.rate`, `occupancy.contingent_after` (year Y-1, measured in Y-Q3).
  std::optional<StartupTransition> transition;  ///< `transition.first_day`, `.last_day`, `.conditions_from`.
  ConditionsResult conditions;                  ///< `conditions.met`, `conditions.failing` (on 1 January of Y).
  std::optional<SustainabilityReport> report;   ///< The sustainability report for year Y.
  bool pop_required = false;                    ///< Yearly POP required in Y.
  std::vector<PopObligation> pop_workers;       ///< Each target worker of Y's DmfA data and whether a POP is required (6.8, E-13).
  int self_evaluation_interval_years = 0;       ///< `quality.self_evaluation_every_years` (3.1), in force on 1 January of Y.
  Period assessment_period{Date::from_ymd(2017, 1, 1), Date::from_ymd(2026, 12, 31)};  ///< `quality.assessment_period` (3.1).
  MaatwerkResult maatwerk;                      ///< `maatwerk`: the maatwerk thresholds (I-29), empty without maatwerk activity.
  Label label;                                  ///< `label`: the label evaluated, level and KBO numbers (2.1, 2.2, E-19).
  std::vector<ContractChange> contract_changes; ///< `contract_changes`: changed contractual fractions at this label (7.5, E-20).
};

/// Evaluates every enterprise rule for @p enterprise and @p year, with the combined trace.
/// @throws Error for invalid input (see validate())
EnterpriseYear evaluate_enterprise(const Enterprise& enterprise, int year, const ParameterSet& params,
                                   Trace* trace = nullptr);

}  // namespace lde
