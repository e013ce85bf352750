/// @file fte.hpp
/// @brief Full-time equivalents and contractual fractions, exact (I-17, I-19, I-20).
///
/// An Fte is a fixed-point number with four decimals (1/10000 FTE): DmfA
/// contractual performance fractions ("0.8000"), filled contingents ("9.50"),
/// FTE totals. Totals are never negative and a single contract's fraction
/// lies in [0, 1] (I-20). Where the rules keep FTE figures to 2 decimals
/// (I-17, I-19) they call round_to_hundredths(), half away from zero.
#pragma once

#include "lde/core/money.hpp"

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace lde {

/// A non-negative number of full-time equivalents, exact to 1/10000. `I-20`
class Fte {
 public:
  /// Units per FTE: an Fte stores ten-thousandths.
  static constexpr std::int64_t kScale = 10000;

  constexpr Fte() = default;
  /// @p units ten-thousandths of an FTE. @throws Error (invalid_argument) naming @p field when negative
  static Fte from_units(std::int64_t units, std::string_view field = "fte");
  /// Parses "9.50", "0.8", "10" (at most 4 decimals, not negative). A value
  /// with more decimals is rejected, not rounded.
  /// @throws Error (parse_error / invalid_argument) naming @p field
  static Fte parse(std::string_view text, std::string_view field = "fte");
  /// Converts a binary floating-point value (Python, numpy) when it denotes a
  /// decimal with at most 4 decimals (0.8 → 0.8000). NaN, infinities, negative
  /// values and values that need more decimals are rejected.
  /// @throws Error (invalid_argument) naming @p field
  static Fte from_double(double value, std::string_view field = "fte");
  /// A contractual fraction: like parse(), and it must lie in [0, 1] (I-20).
  static Fte fraction(std::string_view text, std::string_view field = "fraction");
  /// A contractual fraction from a double: like from_double(), in [0, 1] (I-20).
  static Fte fraction(double value, std::string_view field = "fraction");
  /// Checks that @p f lies in [0, 1] (I-20). @throws Error (invalid_argument) naming @p field
  static Fte check_fraction(Fte f, std::string_view field = "fraction");

  std::int64_t units() const noexcept { return units_; }  ///< Ten-thousandths.
  /// The value as an exact Rational number of FTE.
  Rational as_rational() const { return Rational(units_, kScale); }
  /// Kept to 2 decimals, half away from zero (I-17, I-19).
  Fte round_to_hundredths() const;
  /// Decimal text with at least 2 decimals ("9.50", "0.8333").
  std::string to_string() const;
  /// The value as a double, for display and plots only (never for rules).
  double to_double() const { return static_cast<double>(units_) / kScale; }

  /// Sum.
  friend Fte operator+(Fte a, Fte b) { return Fte(a.units_ + b.units_); }
  /// Adds @p b.
  Fte& operator+=(Fte b) { units_ += b.units_; return *this; }
  /// Equality.
  friend constexpr bool operator==(Fte, Fte) = default;
  /// Ordering.
  friend constexpr auto operator<=>(Fte, Fte) = default;

 private:
  constexpr explicit Fte(std::int64_t units) : units_(units) {}
  std::int64_t units_ = 0;
};

/// The smaller of two Fte values (a filled FTE capped at the contingent).
inline Fte min(Fte a, Fte b) { return b < a ? b : a; }

/// A percentage kept to 2 decimals (occupancy "87.50" %), exact.
class Percent {
 public:
  constexpr Percent() = default;
  /// @p hundredths of a percent (9000 = 90.00 %).
  static constexpr Percent from_hundredths(std::int64_t hundredths) { return Percent(hundredths); }
  /// Parses "90", "87.5", "87.50" (at most 2 decimals). @throws Error (parse_error) naming @p field
  static Percent parse(std::string_view text, std::string_view field = "percent");
  /// Rounds an exact ratio (0.875 → 87.50 %) to 2 decimals of a percent, half away from zero.
  static Percent of_ratio(const Rational& ratio);

  std::int64_t hundredths() const noexcept { return hundredths_; }  ///< Hundredths of a percent.
  /// The value as an exact ratio (90.00 % → 9/10).
  Rational as_ratio() const { return Rational(hundredths_, 10000); }
  std::string to_string() const;  ///< "87.50".

  /// Equality.
  friend constexpr bool operator==(Percent, Percent) = default;
  /// Ordering.
  friend constexpr auto operator<=>(Percent, Percent) = default;

 private:
  constexpr explicit Percent(std::int64_t h) : hundredths_(h) {}
  std::int64_t hundredths_ = 0;
};

}  // namespace lde
