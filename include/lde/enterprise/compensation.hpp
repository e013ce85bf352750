/// @file compensation.hpp
/// @brief The compensation for the insertion trajectory: monthly advances (I-14),
/// quarterly rights and settlements (I-15), payment references (I-16).
///
/// Source: seed 001 "Vergoeding" 8.1 to 8.9, "Vacatures" 7.5; I-12 to I-16.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/enterprise.hpp"

#include <string>
#include <vector>

namespace lde {

/// A monthly advance (I-14).
struct MonthlyAdvance {
  Month month;                        ///< The month.
  Fte filled_fte;                     ///< Hires registered for the month (sum of contractual fractions).
  Fte contingent;                     ///< Allocated contingent applied as the cap.
  Fte capped_fte;                     ///< min(filled, contingent).
  bool transition_amount_used = false;  ///< A yearly temporary fixed amount replaced rate × FTE.
  Money amount;                       ///< rate × FTE / days in year × days in month, rounded once (I-12).
  std::string payment_reference;      ///< `Voorschot.LDE.<year>.<month>.<allocation number>` (I-16).
};

/// A quarterly right and its settlement (I-15).
struct QuarterlySettlement {
  Quarter quarter;                    ///< The quarter.
  Fte dmfa_fte;                       ///< Sum of DmfA contractual performance fractions.
  Fte contingent;                     ///< Allocated contingent applied as the cap.
  Fte capped_fte;                     ///< min(dmfa, contingent).
  bool transition_amount_used = false;  ///< A yearly temporary fixed amount replaced rate × FTE.
  Money right;                        ///< rate × FTE / days in year × days in quarter, rounded once.
  Money advances;                     ///< The three published monthly advances of the quarter.
  Money settlement;                   ///< right − advances (negative: the enterprise pays back).
  std::string payment_reference;      ///< `Afrekening.<year>.<quarter>.<allocation number>` (I-16).
};

/// The 12 advances and 4 settlements of a year.
struct YearSchedule {
  int year;                                   ///< Calendar year.
  std::vector<MonthlyAdvance> advances;       ///< January to December.
  std::vector<QuarterlySettlement> settlements;  ///< Q1 to Q4.
  Money total_advances;                       ///< Sum of the advances.
  Money total_settlements;                    ///< Sum of the settlements.
  Money total_rights;                         ///< Sum of the quarterly rights = advances + settlements, exactly.
};

/// The monthly advance for @p month (I-14).
MonthlyAdvance monthly_advance(const Enterprise& enterprise, Month month, const ParameterSet& params,
                               Trace* trace = nullptr);
/// The quarterly right and settlement for @p quarter (I-15).
QuarterlySettlement quarterly_settlement(const Enterprise& enterprise, Quarter quarter, const ParameterSet& params,
                                         Trace* trace = nullptr);
/// The whole year's schedule.
YearSchedule year_schedule(const Enterprise& enterprise, int year, const ParameterSet& params, Trace* trace = nullptr);

}  // namespace lde
