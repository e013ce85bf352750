// EnterpriseParams: the schedule's parameters resolved once per parameter set (params.hpp).
#include "params.hpp"

namespace lde::enterprise_detail {

namespace {

constexpr ParameterType kTypes[] = {ParameterType::money, ParameterType::integer, ParameterType::integer,
                                    ParameterType::integer};
static_assert(sizeof kTypes / sizeof kTypes[0] == static_cast<unsigned>(EnterpriseParam::count));

}  // namespace

EnterpriseParams::EnterpriseParams(const ParameterSet& params)
    : params_(&params),
      resolved_(&detail::resolved_once(params, detail::ParamFamily::enterprise, kEnterpriseParamNames, kTypes)) {}

std::optional<Date> EnterpriseParams::next_change_after(EnterpriseParam p, Date at) const {
  const detail::ParamHistory& h = resolved_->histories[static_cast<unsigned>(p)];
  if (h.usable) {
    if (const auto d = h.next_change_after(at.days_since_epoch())) return Date::from_days_since_epoch(*d);
    return std::nullopt;
  }
  for (const ParameterEntry& next : params_->definition(kEnterpriseParamNames[static_cast<unsigned>(p)]).history)
    if (next.from > at) return next.from;
  return std::nullopt;
}

}  // namespace lde::enterprise_detail
