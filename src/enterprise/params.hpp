// EnterpriseParams: the parameters of the compensation schedule (I-14, I-15, I-16, I-21, I-23)
// resolved once per evaluation call into day-indexed histories (not installed; the enterprise
// counterpart of src/worker/params.hpp, docs/rule-core.md "Parameters resolved once").
//
// With tracing off a rule asks by enum: the value in force on a day is found by day number, no
// name lookup. With a trace step, or when the fast path cannot answer (a date before the first
// value, a long history, a parameter of another type), the rule asks the ParameterSet by name,
// which records the ParameterUse and throws the same named errors as before.
#pragma once

#include "lde/core/calendar.hpp"
#include "lde/core/decision.hpp"
#include "lde/core/money.hpp"
#include "lde/core/parameters.hpp"
#include "../core/param_history.hpp"

#include <array>
#include <cstdint>
#include <optional>

namespace lde::enterprise_detail {

/// The parameters the schedule reads, in EnterpriseParams order.
enum class EnterpriseParam : unsigned {
  annual_rate_per_fte,
  advance_payment_day,
  fixed_amount_first_year,
  fixed_amount_last_year,
  count
};

/// Names of the parameters, indexed by EnterpriseParam.
inline constexpr const char* kEnterpriseParamNames[] = {
    "compensation.annual_rate_per_fte",
    "compensation.advance_payment_day",
    "compensation.fixed_amount_first_year",
    "compensation.fixed_amount_last_year",
};
static_assert(sizeof kEnterpriseParamNames / sizeof kEnterpriseParamNames[0] ==
              static_cast<unsigned>(EnterpriseParam::count));

class EnterpriseParams {
 public:
  /// The schedule's parameters of @p params, resolved once per set (detail::resolved_once()).
  explicit EnterpriseParams(const ParameterSet& params);

  /// The parameter set itself (the traced path and the rules that are not resolved here).
  const ParameterSet& set() const noexcept { return *params_; }

  /// rules_date(): @p at, or the decree's entry into force when @p at is earlier (I-21).
  Date rules_date(Date at, TraceStep* step) const {
    if (step != nullptr || !resolved_->rules_from) return lde::rules_date(at, *params_, step);
    return at < *resolved_->rules_from ? *resolved_->rules_from : at;
  }
  /// An integer parameter in force on @p at.
  std::int64_t integer(EnterpriseParam p, Date at, TraceStep* step) const {
    std::int64_t v = 0;
    if (step == nullptr && resolved_->histories[static_cast<unsigned>(p)].find(at.days_since_epoch(), v)) return v;
    return params_->integer(kEnterpriseParamNames[static_cast<unsigned>(p)], at, step);
  }
  /// A money parameter in force on @p at.
  Money money(EnterpriseParam p, Date at, TraceStep* step) const {
    std::int64_t v = 0;
    if (step == nullptr && resolved_->histories[static_cast<unsigned>(p)].find(at.days_since_epoch(), v))
      return Money::from_cents(v);
    return params_->money(kEnterpriseParamNames[static_cast<unsigned>(p)], at, step);
  }
  /// The first day after @p at on which parameter @p p takes a later value, if any.
  std::optional<Date> next_change_after(EnterpriseParam p, Date at) const;

 private:
  const ParameterSet* params_;
  const detail::ResolvedParams* resolved_;  // in the set's data: lives as long as the set
};

}  // namespace lde::enterprise_detail
