// ParamHistory::resolve (param_history.hpp).
#include "param_history.hpp"

#include <variant>

namespace lde::detail {

namespace {

/// The value as an integer for the fast path, or false for a type the fast path does not hold.
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
  if (const auto* m = std::get_if<Money>(&v)) {
    out = m->cents();
    return true;
  }
  return false;
}

}  // namespace

ParamHistory ParamHistory::resolve(const ParameterSet& params, std::string_view name, ParameterType expected) {
  ParamHistory h;
  const auto& defs = params.definitions();
  const auto it = defs.find(name);
  if (it == defs.end()) return h;  // not_found when a rule asks for it, by name
  const ParameterDefinition& def = it->second;
  if (def.type != expected || def.history.empty() || def.history.size() > kCapacity) return h;
  for (std::size_t i = 0; i < def.history.size(); ++i) {
    h.from[i] = def.history[i].from.days_since_epoch();
    if (!as_integer(def.history[i].value, h.value[i])) return ParamHistory{};
  }
  h.size = def.history.size();
  h.usable = true;
  return h;
}

}  // namespace lde::detail
