/// @file quality.hpp
/// @brief Quality calendar: the yearly sustainability report and the yearly POP.
///
/// Source: WSE-FAQ "Kwaliteitsmanagement" 3.1; "POP" 6.8; WSE-SUPPORT "2. Werkgever".
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/enterprise.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lde {

/// A sustainability report obligation.
struct SustainabilityReport {
  int working_year;  ///< The year reported on.
  Date due;          ///< At the latest on 31 July of the next year.
};

/// The sustainability report due for @p working_year, or none before the first
/// reported year (2016): WSE-FAQ "Kwaliteitsmanagement" 3.1, 3.6; WSE-SUPPORT "2. Werkgever".
/// @throws Error (invalid_date) for a year outside 1400..9998
std::optional<SustainabilityReport> sustainability_report(int working_year, const ParameterSet& params,
                                                          Trace* trace = nullptr);

/// Whether a yearly POP is required for every target worker in @p year (from
/// 2018): WSE-FAQ "POP" 6.8; WSE-SUPPORT "1. Werknemer". True when the
/// obligation is in force on any day of the year.
/// @throws Error (invalid_date) for a year outside 1400..9998
bool pop_required(int year, const ParameterSet& params, Trace* trace = nullptr);

/// One target worker's yearly POP obligation (WSE-FAQ "POP" 6.8).
struct PopObligation {
  std::string worker;             ///< Worker id as in the DmfA lines.
  std::vector<Quarter> quarters;  ///< The quarters of the year with a DmfA line for the worker, in order.
  bool required = false;          ///< A POP must be drawn up for this worker for the year.
  PopCheck check;                 ///< The verdict on the POP reported for the year (Enterprise::pops; 6.1, 6.9, E-16..E-18).
};

/// For @p year, every target worker of the enterprise's DmfA data (every line,
/// whatever its fraction or reference wage cost: 6.8 "voor elke (dus niet enkel
/// voor diegene die geëvalueerd zullen worden) doelgroepmedewerker"), sorted by
/// worker id, with whether a yearly POP is required for that worker: WSE-FAQ
/// "POP" 6.8 "Het is verplicht om (vanaf 2018) voor elke ... doelgroepmedewerker
/// jaarlijks een POP op te maken"; WSE-SUPPORT "1. Werknemer". Reading E-13: it is
/// required when `quality.pop_required_from` (as in force on 31 December of the
/// year) is on or before the last day of a quarter in which the worker has a
/// DmfA line. A worker with no DmfA line in the year is not listed. Each obligation carries the
/// verdict of check_pop() on the worker's POP in Enterprise::pops (rule `enterprise.pop.check`).
/// @throws Error (invalid_date) for a year outside 1400..9998; for invalid input (see validate())
std::vector<PopObligation> pop_obligations(const Enterprise& enterprise, int year, const ParameterSet& params,
                                           Trace* trace = nullptr);

/// Every how many years an LDE enterprise applies a self-evaluation (3), as in
/// force on @p at: WSE-FAQ "Kwaliteitsmanagement" 3.1; WSE-SUPPORT "2. Werkgever".
/// The planning itself is set by ministerial decision and is not an input.
int self_evaluation_interval_years(Date at, const ParameterSet& params, Trace* trace = nullptr);

/// The closed period (I-1) within which every LDE enterprise has a quality
/// assessment, 2017-01-01 .. 2026-12-31, as in force on @p at: WSE-FAQ
/// "Kwaliteitsmanagement" 3.1; WSE-SUPPORT "2. Werkgever".
Period quality_assessment_period(Date at, const ParameterSet& params, Trace* trace = nullptr);

}  // namespace lde
