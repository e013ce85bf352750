/// @file occupancy.hpp
/// @brief Occupancy of the contingent, measured each third quarter for the previous year (I-19).
///
/// Source: WSE-FAQ "Vacatures" 7.7; I-19.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/enterprise.hpp"

#include <array>

namespace lde {

/// The occupancy measurement made in the third quarter of a year.
struct OccupancyResult {
  int measured_year;                       ///< The calendar year measured (the year before the measurement).
  Quarter measured_in;                     ///< The quarter the measurement is made in (Q3 of the next year).
  std::array<Percent, 4> quarter_occupancy{};  ///< FTE(quarter) / contingent per quarter.
  Percent rate;                            ///< Yearly average occupancy.
  Percent minimum;                         ///< 90.00 %.
  Fte contingent_before;                   ///< Contingent before the reduction.
  Fte contingent_after;                    ///< Contingent after the reduction (equal when rate >= minimum).
  bool reduced = false;                    ///< True when the contingent is reduced.
  std::array<Fte, 4> quarter_fte{};        ///< DmfA FTE per quarter, kept to 2 decimals (I-19).
  std::array<Fte, 4> quarter_contingent{}; ///< Contingent per quarter (day-weighted average, 2 decimals; E-1, E-2).
  std::array<bool, 4> quarter_counted{};   ///< The quarter had a contingent above 0 and counts in the average (E-3).
  int quarters_counted = 0;                ///< Number of quarters in the average (0: nothing to measure, rate 0.00, no reduction).
  Fte reduction;                           ///< contingent_before × (minimum − rate), kept to 2 decimals (I-19).
  /// False when the measured year lies before the first supported year (1400): no quarter can hold
  /// DmfA data, so nothing is measured and nothing is reduced (E-12).
  bool measurable = true;
};

/// The occupancy measured in Q3 of @p measurement_year for the year before:
/// WSE-FAQ "Vacatures" 7.7; I-19; readings E-2, E-3, E-12. For @p measurement_year 1400 the year
/// before is outside the calendar: the result has `measurable` false (E-12).
/// @throws Error (invalid_date) naming "year" for @p measurement_year outside 1400..9999; for invalid
/// input (see validate())
OccupancyResult occupancy(const Enterprise& enterprise, int measurement_year, const ParameterSet& params,
                          Trace* trace = nullptr);

}  // namespace lde
