/// @file money.hpp
/// @brief Exact euro amounts in cents and exact rationals to compute them (I-12).
///
/// No binary floating point touches money: an amount is a whole number of
/// euro-cents; a formula such as rate × FTE / days in the year × days in the
/// month is computed as an exact Rational and rounded once, to the cent, half
/// away from zero (I-12).
#pragma once

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace lde {

/// A signed 128-bit integer (GCC/Clang extension) for exact intermediate products.
__extension__ typedef __int128 Int128;

/// An exact fraction num/den with den > 0, always in lowest terms.
class Rational {
 public:
  /// The whole number @p n.
  constexpr Rational(std::int64_t n = 0) : num_(n), den_(1) {}  // NOLINT(google-explicit-constructor)
  /// num/den. @throws Error (invalid_argument) when @p den is 0
  Rational(Int128 num, Int128 den);

  Int128 num() const noexcept { return num_; }  ///< Numerator (sign carrier).
  Int128 den() const noexcept { return den_; }  ///< Denominator, > 0.

  /// Sum.
  friend Rational operator+(const Rational& a, const Rational& b);
  /// Difference.
  friend Rational operator-(const Rational& a, const Rational& b);
  /// Product.
  friend Rational operator*(const Rational& a, const Rational& b);
  /// @throws Error (invalid_argument) on division by zero
  friend Rational operator/(const Rational& a, const Rational& b);
  /// Equality.
  friend bool operator==(const Rational& a, const Rational& b) { return a.num_ == b.num_ && a.den_ == b.den_; }
  /// Ordering.
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

  /// Rounds to the nearest integer, half away from zero (I-12).
  std::int64_t round_half_away() const;
  /// The value in decimal notation rounded (half away from zero) to @p decimals places.
  std::string to_decimal(int decimals) const;

 private:
  Int128 num_;
  Int128 den_;
};

/// An amount of euro, exact to the cent. `I-12`
class Money {
 public:
  constexpr Money() = default;
  /// An amount of @p cents euro-cents.
  static constexpr Money from_cents(std::int64_t cents) { return Money(cents); }
  /// A whole number of euro.
  static constexpr Money from_euro(std::int64_t euro) { return Money(euro * 100); }
  /// Parses "1234.56", "-0.01", "12600" (at most 2 decimals; no thousands separators).
  /// @throws Error (parse_error) naming @p field
  static Money parse(std::string_view text, std::string_view field = "amount");
  /// Rounds an exact amount given in cents to the cent, half away from zero (I-12).
  static Money round(const Rational& cents);

  std::int64_t cents() const noexcept { return cents_; }  ///< The amount in cents.
  /// The amount in cents as an exact Rational.
  Rational as_rational_cents() const { return Rational(cents_); }
  /// "1234.56", "-0.01" (always two decimals, '.' separator).
  std::string to_string() const;

  /// Sum.
  friend constexpr Money operator+(Money a, Money b) { return Money(a.cents_ + b.cents_); }
  /// Difference.
  friend constexpr Money operator-(Money a, Money b) { return Money(a.cents_ - b.cents_); }
  /// Negation.
  friend constexpr Money operator-(Money a) { return Money(-a.cents_); }
  /// Adds @p b.
  Money& operator+=(Money b) { cents_ += b.cents_; return *this; }
  /// Subtracts @p b.
  Money& operator-=(Money b) { cents_ -= b.cents_; return *this; }
  /// Equality.
  friend constexpr bool operator==(Money, Money) = default;
  /// Ordering.
  friend constexpr auto operator<=>(Money, Money) = default;

 private:
  constexpr explicit Money(std::int64_t cents) : cents_(cents) {}
  std::int64_t cents_ = 0;
};

}  // namespace lde
