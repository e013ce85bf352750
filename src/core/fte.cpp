#include "lde/core/fte.hpp"

#include "decimal.hpp"
#include "lde/core/error.hpp"

#include <cmath>
#include <cstdio>

namespace lde {

Fte Fte::from_units(std::int64_t units, std::string_view field) {
  if (units < 0) {
    throw_invalid(std::string(field), "FTE " + detail::format_scaled(units, 4, 2) + " is negative (I-20)");
  }
  return Fte(units);
}

Fte Fte::parse(std::string_view text, std::string_view field) {
  return Fte(detail::parse_scaled(text, 4, false, field, "an FTE figure with at most 4 decimals"));
}

Fte Fte::from_double(double value, std::string_view field) {
  if (std::isnan(value)) throw_invalid(std::string(field), "value is NaN");
  if (std::isinf(value)) throw_invalid(std::string(field), "value is infinite");
  if (value < 0) throw_invalid(std::string(field), "value " + std::to_string(value) + " is negative (I-20)");
  if (value > 1e12) throw_invalid(std::string(field), "value " + std::to_string(value) + " is too large");
  const double scaled = value * kScale;
  const double rounded = std::round(scaled);
  if (std::fabs(scaled - rounded) > 1e-6 * std::max(1.0, std::fabs(scaled))) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", value);
    throw_invalid(std::string(field), std::string("value ") + buf + " has more than 4 decimals");
  }
  return Fte(static_cast<std::int64_t>(rounded));
}

Fte Fte::check_fraction(Fte f, std::string_view field) {
  if (f.units_ > kScale) {
    throw_invalid(std::string(field), "fraction " + f.to_string() + " is above 1 (I-20)");
  }
  return f;
}

Fte Fte::fraction(std::string_view text, std::string_view field) { return check_fraction(parse(text, field), field); }
Fte Fte::fraction(double value, std::string_view field) { return check_fraction(from_double(value, field), field); }

Fte Fte::round_to_hundredths() const { return Fte(Rational(units_, 100).round_half_away() * 100); }

std::string Fte::to_string() const { return detail::format_scaled(units_, 4, 2); }

Percent Percent::parse(std::string_view text, std::string_view field) {
  return Percent(detail::parse_scaled(text, 2, false, field, "a percentage with at most 2 decimals"));
}

Percent Percent::of_ratio(const Rational& ratio) { return Percent((ratio * Rational(10000)).round_half_away()); }

std::string Percent::to_string() const { return detail::format_scaled(hundredths_, 2, 2); }

}  // namespace lde
