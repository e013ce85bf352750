// The rule families whose tables make up rule_catalog(): one line per family.
// A new family adds its `include/lde/<family>/rules.hpp` (an
// `inline constexpr const Rule* kRules[]` in its namespace) and one line here.
#pragma once

#include "lde/confidential/rules.hpp"
#include "lde/core/rule.hpp"
#include "lde/enterprise/rules.hpp"
#include "lde/label/rules.hpp"
#include "lde/ledger/rules.hpp"
#include "lde/local_service/rules.hpp"
#include "lde/pop/rules.hpp"
#include "lde/procedure/rules.hpp"
#include "lde/worker/rules.hpp"

#include <array>
#include <span>

namespace lde {

/// The tables of every rule family, in the order of rule_catalog().
inline std::span<const std::span<const Rule* const>> rule_families() noexcept {
  static const std::array<std::span<const Rule* const>, 8> families{
      std::span<const Rule* const>(worker::kRules),
      std::span<const Rule* const>(enterprise::kRules),
      std::span<const Rule* const>(procedure::kRules),
      std::span<const Rule* const>(confidential::kRules),
      std::span<const Rule* const>(pop::kRules),
      std::span<const Rule* const>(label::kRules),
      std::span<const Rule* const>(local_service::kRules),
      std::span<const Rule* const>(ledger::kRules),
  };
  return families;
}

}  // namespace lde
