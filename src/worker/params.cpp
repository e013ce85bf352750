// WorkerParams: the worker parameters resolved once per parameter set (params.hpp).
#include "params.hpp"

#include "lde/core/error.hpp"

#include <variant>

namespace lde::worker_detail {

namespace {

/// The value as an integer for the fast path: integers as they are, dates as day numbers,
/// booleans as 0/1; false for the other types (money, FTE, percent: not worker parameters).
bool as_integer(const ParameterValue& v, std::int64_t& out) {
  if (const auto* i = std::get_if<std::int64_t>(&v)) {
    out = *i;
    return true;
  }
  if (const auto* d = std::get_if<Date>(&v)) {
    out = d->days_since_epoch();
    return true;
  }
  if (const auto* b = std::get_if<bool>(&v)) {
    out = *b ? 1 : 0;
    return true;
  }
  return false;
}

/// The type each worker parameter must have (another type takes the by-name path, which names the error).
ParameterType expected_type(WorkerParam p) {
  switch (p) {
    case WorkerParam::trajectory_absence_count_from: return ParameterType::date;
    case WorkerParam::legal_new_hires_allowed: return ParameterType::boolean;
    default: return ParameterType::integer;
  }
}

}  // namespace

WorkerParams::WorkerParams(const ParameterSet& params) : params_(&params) {
  const auto& defs = params.definitions();
  if (!defs.empty()) rules_from_ = params.rules_from();
  for (unsigned k = 0; k < static_cast<unsigned>(WorkerParam::count); ++k) {
    History& h = histories_[k];
    const auto it = defs.find(std::string_view(kWorkerParamNames[k]));
    if (it == defs.end()) continue;  // not_found when a rule asks for it, by name
    const ParameterDefinition& def = it->second;
    if (def.type != expected_type(static_cast<WorkerParam>(k)) || def.history.empty() ||
        def.history.size() > kCapacity) {
      continue;
    }
    bool ok = true;
    for (std::size_t i = 0; i < def.history.size() && ok; ++i) {
      h.from[i] = def.history[i].from.days_since_epoch();
      ok = as_integer(def.history[i].value, h.value[i]);
    }
    h.size = def.history.size();
    h.usable = ok;
  }
}

}  // namespace lde::worker_detail
