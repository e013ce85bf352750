// Rule metadata: the catalogue of every family's rules (include/lde/core/rule.hpp).
#include "lde/core/rule.hpp"

#include "rule_families.hpp"

#include <algorithm>
#include <array>

namespace lde {

std::vector<std::string> Rule::reading_list() const {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < readings.size()) {
    while (i < readings.size() && readings[i] == ' ') ++i;
    std::size_t j = i;
    while (j < readings.size() && readings[j] != ' ') ++j;
    if (j > i) out.emplace_back(readings.substr(i, j - i));
    i = j;
  }
  return out;
}

namespace {

/// Every family's table, concatenated once (constant after initialisation).
const std::vector<const Rule*>& catalog() {
  static const std::vector<const Rule*> all = [] {
    std::vector<const Rule*> v;
    // One by one: GCC 12 at -O2 reports a false -Wstringop-overflow for vector::insert from a span.
    for (std::span<const Rule* const> family : rule_families()) {
      for (const Rule* r : family) v.push_back(r);
    }
    return v;
  }();
  return all;
}

}  // namespace

std::span<const Rule* const> rule_catalog() noexcept { return catalog(); }

const Rule* find_rule(std::string_view id) noexcept {
  for (const Rule* r : catalog()) {
    if (r->id == id) return r;
  }
  return nullptr;
}

}  // namespace lde
