/// @file compensation.hpp
/// @brief The money of a local service: the compensation cap of the DAEB rules (WSE-FAQ 4.9, 4.12; I-26)
/// and the deduction for local co-funding of insertion and guidance (4.10; I-27).
///
/// Amounts are exact cents, computed as exact rationals and rounded once, to the cent, half away from
/// zero (I-12). Both functions validate the service first and trace only when @p trace is enabled.
#pragma once

#include "lde/core/decision.hpp"
#include "lde/core/parameters.hpp"
#include "lde/local_service/assignment.hpp"
#include "lde/local_service/service.hpp"

#include <optional>
#include <string>

namespace lde::local_service {

/// The compensation of one period against its cap (I-26).
struct CompensationResult {
  Check check;                  ///< Met when compensation ≤ cap; fails `overcompensation`.
  Date first_day = Date::from_days_since_epoch(0);  ///< The period (1970-01-01 only before it is computed).
  Date last_day = Date::from_days_since_epoch(0);   ///< The period (included).
  std::string year_share;       ///< Σ over the period's days of 1 / days in that day's year, 6 decimals (L-6).
  Money net_cost;               ///< costs − revenues (may be negative).
  RatePercent premium;          ///< The premium on the SWAP rate: parameter daeb.reasonable_profit_premium_percent.
  RatePercent profit_rate;      ///< max(0, SWAP rate + premium): the highest reasonable rate of return (L-6).
  Money capital_employed;       ///< Input.
  Money max_profit;             ///< profit_rate × capital employed × year share, rounded once (I-12).
  Money cap;                    ///< max(0, net cost + max profit) (L-6).
  Money compensation;           ///< Input.
  Money overcompensation;       ///< compensation − cap when positive, else 0.
};
/// 4.9, 4.12, I-26 for the service's `compensation` on @p at's parameters; nullopt when it has none.
/// @throws Error as validate(); (out_of_range) when @p at is before the parameter's first value
std::optional<CompensationResult> compensation_cap(const LocalService& service, Date at, const ParameterSet& params,
                                                   Trace* trace = nullptr);

/// Insertion and guidance of one period: Flemish compensation plus local co-funding against the net cost (I-27).
struct CoFundingResult {
  Check check;                           ///< Met when there is no overcompensation; fails `co_funding_overcompensation`.
  Date first_day = Date::from_days_since_epoch(0);  ///< The period (1970-01-01 only before it is computed).
  Date last_day = Date::from_days_since_epoch(0);   ///< The period (included).
  Money trajectory_compensation;         ///< Input.
  Money local_co_funding;                ///< Input.
  Money total_received;                  ///< trajectory compensation + local co-funding.
  Money net_cost;                        ///< Input.
  Money overcompensation;                ///< total received − net cost when positive, else 0.
  Money deduction;                       ///< min(overcompensation, local co-funding), deducted from the trajectory compensation.
  Money trajectory_compensation_after;   ///< trajectory compensation − deduction.
};
/// 4.10, I-27 for the service's `co_funding`; nullopt when it has none. @throws Error as validate()
std::optional<CoFundingResult> co_funding(const LocalService& service, Trace* trace = nullptr);

}  // namespace lde::local_service
