/// @file contract_change.hpp
/// @brief A change of a target worker's contractual hours at the same label: no new vacancy, the
/// compensation follows in the quarterly settlement, capped at the contingent (WSE-FAQ
/// "Vacatures" 7.5; I-15, I-20, E-20).
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/fte.hpp"
#include "lde/enterprise/compensation.hpp"
#include "lde/enterprise/enterprise.hpp"

#include <string>
#include <vector>

namespace lde {

/// One worker whose contractual fraction in the DmfA data differs from the quarter before (E-20).
struct ContractChange {
  std::string worker;          ///< Worker id of the DmfA lines.
  Quarter quarter;             ///< The quarter whose DmfA line shows the new fraction.
  Fte fraction_before;         ///< The fraction of the quarter before.
  Fte fraction_after;          ///< The fraction of @ref quarter.
  bool extension = false;      ///< More hours (fraction_after > fraction_before); false: fewer hours.
  /// Whether the change needs a new vacancy in VDAB's MVAC module: never for a change at the same
  /// label (7.5 "dan hoeft er geen nieuwe vacature gepubliceerd te worden in de MVAC-module").
  bool new_vacancy = false;
  /// The quarter's DmfA FTE exceeds its contingent, so the compensation of the quarter is capped
  /// (7.5 "wordt de vergoeding afgetopt op het aantal toegewezen inschakelingstrajecten"): the
  /// cap of quarterly_settlement(), `capped_fte` < `dmfa_fte`.
  bool capped = false;
};

/// The contract changes of @p year: WSE-FAQ "Vacatures" 7.5; I-15, I-20, E-20.
///
/// For each quarter of @p year and each worker with a DmfA line in it and in the quarter before
/// (Q4 of the year before for Q1), a fraction that differs is a change of the contract at this
/// label: it needs no new vacancy (the DmfA passes it on), it reaches the compensation through the
/// quarterly settlement of @p schedule (I-15), and that settlement caps it at the contingent. A
/// worker without a line in the quarter before is a hire, not a contract change (E-20). Sorted by
/// quarter, then worker id.
/// @param schedule the year schedule of @p enterprise for @p year (year_schedule()), whose
/// settlements say whether each quarter is capped
/// @throws Error (invalid_argument) naming `year` when @p schedule is of another year
std::vector<ContractChange> contract_changes(const Enterprise& enterprise, int year, const YearSchedule& schedule,
                                             Trace* trace = nullptr);

}  // namespace lde
