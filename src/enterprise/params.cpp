// EnterpriseParams: the schedule's parameters resolved once per parameter set (params.hpp).
#include "params.hpp"

namespace lde::enterprise_detail {

namespace {

ParameterType expected_type(EnterpriseParam p) {
  return p == EnterpriseParam::annual_rate_per_fte ? ParameterType::money : ParameterType::integer;
}

}  // namespace

EnterpriseParams::EnterpriseParams(const ParameterSet& params) : params_(&params) {
  if (!params.definitions().empty()) rules_from_ = params.rules_from();
  for (unsigned k = 0; k < static_cast<unsigned>(EnterpriseParam::count); ++k)
    histories_[k] = detail::ParamHistory::resolve(params, kEnterpriseParamNames[k], expected_type(static_cast<EnterpriseParam>(k)));
}

std::optional<Date> EnterpriseParams::next_change_after(EnterpriseParam p, Date at) const {
  const detail::ParamHistory& h = histories_[static_cast<unsigned>(p)];
  if (h.usable) {
    if (const auto d = h.next_change_after(at.days_since_epoch())) return Date::from_days_since_epoch(*d);
    return std::nullopt;
  }
  for (const ParameterEntry& next : params_->definition(kEnterpriseParamNames[static_cast<unsigned>(p)]).history)
    if (next.from > at) return next.from;
  return std::nullopt;
}

}  // namespace lde::enterprise_detail
