/// @file compensation.hpp
/// @brief The compensation for the insertion trajectory: monthly advances (I-14),
/// quarterly rights and settlements (I-15), payment references (I-16).
///
/// Source: WSE-FAQ "Vergoeding" 8.1 to 8.9, "Vacatures" 7.5; I-12 to I-16.
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
  std::string payment_reference;      ///< `Voorschot.LDE.<year>.<month>.<allocation number>` (I-16), month as two digits (E-5).
  bool contingent_changed = false;    ///< The contingent changed during the month: the cap is applied day by day (E-1).
  Date payment_around = Date::from_ymd(2015, 4, 1);  ///< The day of the month around which it is paid (WSE-FAQ "Vergoeding" 8.8).
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
  std::string payment_reference;      ///< `Afrekening.<year>.<quarter>.<allocation number>` (I-16), quarter as one digit 1-4 (E-5).
  bool contingent_changed = false;    ///< The contingent changed during the quarter: the cap is applied day by day (E-1).
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

/// The monthly advance for @p month: WSE-FAQ "Vergoeding" 8.5, 8.6, 8.8; "Vacatures" 7.5; I-12, I-13, I-14, I-16.
///
/// rate × capped FTE / days in the year × days in the month, or the yearly
/// temporary fixed amount / days in the year × days in the month (I-14),
/// rounded once (I-12). When the contingent changes during the month the cap
/// is applied day by day (E-1). When the rate changes during the month each
/// day is paid at the rate in force on it (I-23).
/// @throws Error for invalid input (see validate())
MonthlyAdvance monthly_advance(const Enterprise& enterprise, Month month, const ParameterSet& params,
                               Trace* trace = nullptr);
/// The quarterly right and settlement for @p quarter: WSE-FAQ "Vergoeding" 8.3, 8.7, 8.9; "Vacatures" 7.5; I-12 to I-16.
///
/// right = rate × min(DmfA FTE, contingent) / days in the year × days in the
/// quarter (or the yearly temporary fixed amount, I-14), rounded once;
/// settlement = right − the three published advances (I-15), negative allowed.
/// Contingent and rate are taken day by day (E-1, I-23).
/// @throws Error for invalid input (see validate())
QuarterlySettlement quarterly_settlement(const Enterprise& enterprise, Quarter quarter, const ParameterSet& params,
                                         Trace* trace = nullptr);
/// The whole year's schedule: 12 advances and 4 settlements, no yearly
/// settlement (WSE-FAQ "Vergoeding" 8.5, 8.9; I-15). total_advances +
/// total_settlements == total_rights, to the cent.
/// @throws Error for invalid input (see validate()) or a year outside 1400..9998
YearSchedule year_schedule(const Enterprise& enterprise, int year, const ParameterSet& params, Trace* trace = nullptr);

}  // namespace lde
