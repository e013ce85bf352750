// Small builders for the enterprise tests.
#pragma once

#include "lde/enterprise/enterprise.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace lde_test {

inline lde::Date d(std::string_view iso) { return lde::Date::parse(iso); }
inline lde::Fte fte(std::string_view text) { return lde::Fte::parse(text); }
inline lde::Money eur(std::string_view text) { return lde::Money::parse(text); }

/// A Flemish vzw with one contingent from @p from and nothing else.
inline lde::Enterprise enterprise(std::string_view contingent, std::string_view from = "2015-04-01",
                                  std::string allocation_number = "LDE-0042") {
  lde::Enterprise e;
  e.allocation_number = std::move(allocation_number);
  e.legal_form = lde::LegalForm::vzw;
  e.legal_form_text = "vzw";
  e.contingent.push_back({d(from), fte(contingent)});
  return e;
}

/// Registers the same filled FTE for every month of @p year.
inline void hires_all_year(lde::Enterprise& e, int year, std::string_view filled) {
  for (int m = 1; m <= 12; ++m) e.hires[lde::Month(year, m)] = fte(filled);
}

/// DmfA lines for @p quarter: one per fraction, workers w1, w2, ...
inline void dmfa(lde::Enterprise& e, std::string_view quarter, const std::vector<std::string>& fractions,
                 bool wage_cost_positive = true) {
  auto& lines = e.dmfa[lde::Quarter::parse(quarter)];
  for (const auto& f : fractions) {
    lines.push_back({"w" + std::to_string(lines.size() + 1), lde::Fte::fraction(f), wage_cost_positive});
  }
}

/// @p count full-time workers in @p quarter.
inline void dmfa_full_time(lde::Enterprise& e, std::string_view quarter, int count) {
  dmfa(e, quarter, std::vector<std::string>(static_cast<std::size_t>(count), "1"));
}

}  // namespace lde_test
