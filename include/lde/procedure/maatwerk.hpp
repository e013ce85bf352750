/// @file maatwerk.hpp
/// @brief Maatwerk alongside LDE: the thresholds of a maatwerkbedrijf and a
/// maatwerkafdeling, and the sui generis division an LDE enterprise needs for
/// a maatwerkafdeling (WSE-FAQ 1.11-1.13, 2.10, 2.11; I-29).
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/parameters.hpp"

#include <optional>
#include <string>
#include <vector>

namespace lde {

/// The target workers of a maatwerkbedrijf label, in FTE.
struct MaatwerkCompanyInput {
  Fte maatwerk_right_fte;  ///< Target workers with a maatwerk right (work disability or psychosocial limitation).
  Fte lde_right_fte;       ///< Target workers with an LDE right: denominator only (2.10, I-29).
};

/// A maatwerkafdeling: its target workers on one site, on a yearly basis.
struct MaatwerkDivisionInput {
  Fte site_fte;  ///< FTE target workers on the site, yearly basis.
};

/// What an enterprise does under the maatwerk decree next to its LDE label.
struct MaatwerkActivity {
  std::optional<MaatwerkCompanyInput> company;    ///< It also holds a maatwerkbedrijf label.
  std::optional<MaatwerkDivisionInput> division;  ///< It set up a maatwerkafdeling.
};

/// The maatwerkbedrijf thresholds (I-29).
struct MaatwerkCompanyResult {
  Fte total_fte;         ///< Every target worker (maatwerk + LDE right).
  Percent share;         ///< maatwerk / total, shown to 2 decimals (compared exactly).
  Fte minimum_fte;       ///< 20.00.
  Percent minimum_share; ///< 65.00.
  bool meets_fte = false;    ///< total_fte >= minimum_fte.
  bool meets_share = false;  ///< maatwerk / total >= 65 %, exactly.
  bool met = false;          ///< Both.
};

/// The maatwerkafdeling conditions (I-29, 2.11).
struct MaatwerkDivisionResult {
  Fte site_fte;              ///< FTE on the site.
  Fte minimum_fte;           ///< 5.00.
  bool meets_fte = false;    ///< site_fte >= minimum_fte.
  bool sui_generis = false;  ///< The LDE enterprise has a sui generis division.
  bool allowed = false;      ///< 2.11: an LDE enterprise may set one up only with a sui generis division.
  bool met = false;          ///< meets_fte and allowed.
};

/// Both results; each empty when the input has no such activity.
struct MaatwerkResult {
  std::optional<MaatwerkCompanyResult> company;    ///< `maatwerk.company`.
  std::optional<MaatwerkDivisionResult> division;  ///< `maatwerk.division`.
  std::vector<std::string> failing;                ///< Ids of failing conditions: `company_fte`, `company_share`, `division_fte`, `division_sui_generis`.
};

/// I-29 for an LDE enterprise (@p sui_generis_division: it has one) on @p at.
/// @throws Error (invalid_argument) naming `maatwerk.company.maatwerk_right_fte` etc. for a negative FTE
MaatwerkResult maatwerk_conditions(const MaatwerkActivity& activity, bool sui_generis_division, Date at,
                                   const ParameterSet& params, Trace* trace = nullptr);

}  // namespace lde
