// Helpers shared by the enterprise rules (not part of the public API).
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/money.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/compensation.hpp"
#include "lde/enterprise/enterprise.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lde::enterprise_detail {

/// A run of days with one contingent.
struct ContingentSegment {
  Period period;
  Fte fte;
};

/// The contingent day by day over @p period, as runs of equal value (E-1).
std::vector<ContingentSegment> contingent_segments(const Enterprise& e, const Period& period);

/// Σ over the segments of min(@p filled, contingent) × days, in FTE-days (exact).
Rational capped_fte_days(Fte filled, const std::vector<ContingentSegment>& segments);
/// Σ over the segments of contingent × days, in FTE-days (exact).
Rational contingent_fte_days(const std::vector<ContingentSegment>& segments);

/// An exact number of FTE rounded half away from zero to 1/10000.
Fte fte_of(const Rational& fte);
/// An exact number of FTE rounded half away from zero to 1/100 (I-17, I-19).
Fte fte_hundredths_of(const Rational& fte);

/// Sum of the DmfA fractions of @p quarter (all lines, or only those with a reference wage cost above 0).
Fte dmfa_total(const Enterprise& e, const Quarter& quarter, bool only_positive_wage_cost);

/// The first and last calendar year a Date can hold.
inline constexpr int kFirstYear = 1400;
inline constexpr int kLastYear = 9999;
/// Throws Error (invalid_date) naming @p field when @p year is outside [@p lo, @p hi], with that range in the message.
void check_year_in(int year, int lo, int hi, const char* field);
/// A year whose rules also look at the next year's dates (the sustainability report, the year
/// schedule): 1400 to 9998; throws Error (invalid_date) naming "year" otherwise.
void check_year(int year);

class EnterpriseParams;  // params.hpp: the schedule's parameters resolved once

/// The rules without input validation (the public functions validate first). The ParameterSet
/// forms resolve the parameters for the one call; a caller evaluating many months, quarters or
/// enterprises resolves them once (EnterpriseParams) and passes them on.
MonthlyAdvance advance_impl(const Enterprise& e, const Month& month, const ParameterSet& params, Trace* trace);
QuarterlySettlement settlement_impl(const Enterprise& e, const Quarter& quarter, const ParameterSet& params,
                                    Trace* trace);
MonthlyAdvance advance_impl(const Enterprise& e, const Month& month, const EnterpriseParams& ep, Trace* trace);
/// @p published: the quarter's three monthly advances when the caller has them (the year
/// schedule), or null to compute them.
QuarterlySettlement settlement_impl(const Enterprise& e, const Quarter& quarter, const EnterpriseParams& ep,
                                    Trace* trace, const MonthlyAdvance* published);
/// year_schedule() of an enterprise validated with the same parameters.
YearSchedule year_schedule_validated(const Enterprise& e, int year, const EnterpriseParams& ep, Trace* trace);

/// Start-up transition first day, last day and conditions date (I-18) without validation.
struct TransitionDates {
  Date first_day;
  Date last_day;
  Date conditions_from;
};
/// I-18 computed from an allocation date; records the parameter in @p step.
TransitionDates transition_dates(Date allocation, const ParameterSet& params, TraceStep* step);

}  // namespace lde::enterprise_detail
