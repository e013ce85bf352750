// The start-up transition of a new LDE enterprise (I-18).
#include "lde/enterprise/transition.hpp"
#include "lde/enterprise/rules.hpp"

#include "internal.hpp"

namespace lde {

namespace enterprise_detail {

TransitionDates transition_dates(Date allocation, const ParameterSet& params, TraceStep* step) {
  const auto years = params.integer("transition.length_years", rules_date(allocation, params, step), step);
  const Date first = Quarter::of(allocation).next().first_day();
  const Period p = Period::years_from(first, static_cast<int>(years));
  return {first, p.last(), p.last().next_day()};
}

}  // namespace enterprise_detail

std::optional<StartupTransition> startup_transition(const Enterprise& enterprise, const ParameterSet& params,
                                                    Trace* trace) {
  validate(enterprise, params);
  TraceStep* s = begin_step(trace, enterprise::kStartupTransition);
  if (s) {
    s->input("allocation_date", enterprise.allocation_date ? enterprise.allocation_date->iso() : "none")
        .input("converted", enterprise.converted ? "true" : "false");
  }
  if (enterprise.converted) {
    if (s) s->result("no start-up transition: a converted enterprise follows 2.5 (E-8)");
    return std::nullopt;
  }
  if (!enterprise.allocation_date) {
    if (s) s->result("no start-up transition: no allocation date");
    return std::nullopt;
  }
  const auto d = enterprise_detail::transition_dates(*enterprise.allocation_date, params, s);
  if (s) {
    s->result("start-up transition " + d.first_day.iso() + " .. " + d.last_day.iso() +
              "; organisation conditions apply from " + d.conditions_from.iso());
  }
  return StartupTransition{d.first_day, d.last_day, d.conditions_from};
}

}  // namespace lde
