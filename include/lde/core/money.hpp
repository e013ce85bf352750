/// @file money.hpp
/// @brief Exact euro amounts in cents and exact rationals to compute them (I-12).
///
/// No binary floating point touches money: an amount is a whole number of
/// euro-cents; a formula such as rate × FTE / days in the year × days in the
/// month is computed as an exact Rational and rounded once, to the cent, half
/// away from zero (I-12).
#pragma once

#include "lde/core/int128.hpp"

#include <compare>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>

namespace lde {

namespace detail {
/// Throws `Error(ErrorCode::out_of_range, "amount", ...)` for a Money operation whose
/// result does not fit in 64-bit cents (I-12: exact money, never a silent wrap-around).
[[noreturn]] void throw_money_overflow(const char* operation, std::int64_t a, std::int64_t b);

/// True when @p a + @p b does not fit in 64 bits (portable: no compiler builtin in a public header).
constexpr bool sum_overflows(std::int64_t a, std::int64_t b) noexcept {
  return b > 0 ? a > std::numeric_limits<std::int64_t>::max() - b : a < std::numeric_limits<std::int64_t>::min() - b;
}
/// True when @p a - @p b does not fit in 64 bits.
constexpr bool difference_overflows(std::int64_t a, std::int64_t b) noexcept {
  return b < 0 ? a > std::numeric_limits<std::int64_t>::max() + b : a < std::numeric_limits<std::int64_t>::min() + b;
}
}  // namespace detail

/// An exact fraction num/den with den > 0, always in lowest terms.
///
/// Every operation is checked: a numerator or denominator that would not fit
/// in 128 bits throws `Error` with code `out_of_range` instead of wrapping
/// around (I-12: amounts are computed exactly or not at all). Products are
/// cross-reduced first, so only results that are truly too large fail.
class Rational {
 public:
  /// The whole number @p n.
  constexpr Rational(std::int64_t n = 0) : num_(n), den_(1) {}  // NOLINT(google-explicit-constructor)
  /// num/den. @throws Error (invalid_argument) when @p den is 0;
  /// (out_of_range) when either is the one 128-bit value without a negation
  Rational(Int128 num, Int128 den);

  Int128 num() const noexcept { return num_; }  ///< Numerator (sign carrier).
  Int128 den() const noexcept { return den_; }  ///< Denominator, > 0.

  /// Sum. @throws Error (out_of_range) when the exact result does not fit in 128 bits
  friend Rational operator+(const Rational& a, const Rational& b);
  /// Difference. @throws Error (out_of_range) when the exact result does not fit in 128 bits
  friend Rational operator-(const Rational& a, const Rational& b);
  /// Product. @throws Error (out_of_range) when the exact result does not fit in 128 bits
  friend Rational operator*(const Rational& a, const Rational& b);
  /// Quotient. @throws Error (invalid_argument) on division by zero; (out_of_range) on overflow
  friend Rational operator/(const Rational& a, const Rational& b);
  /// Equality.
  friend bool operator==(const Rational& a, const Rational& b) { return a.num_ == b.num_ && a.den_ == b.den_; }
  /// Ordering (exact, never overflows).
  friend std::strong_ordering operator<=>(const Rational& a, const Rational& b);

  /// Rounds to the nearest integer, half away from zero (I-12).
  std::int64_t round_half_away() const;
  /// The value in decimal notation rounded (half away from zero) to @p decimals places.
  /// @throws Error (out_of_range) when the scaled value does not fit in 128 bits
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
  /// A whole number of euro. @throws Error (out_of_range) when it does not fit in 64-bit cents
  static constexpr Money from_euro(std::int64_t euro) {
    if (euro > std::numeric_limits<std::int64_t>::max() / 100 || euro < std::numeric_limits<std::int64_t>::min() / 100)
      detail::throw_money_overflow("*", euro, 100);
    return Money(euro * 100);
  }
  /// Parses "1234.56", "-0.01", "12600" (at most 2 decimals; no thousands separators).
  /// @throws Error (parse_error) naming @p field
  static Money parse(std::string_view text, std::string_view field = "amount");
  /// Rounds an exact amount given in cents to the cent, half away from zero (I-12).
  /// @throws Error (out_of_range) when the result does not fit in 64-bit cents
  static Money round(const Rational& cents);

  constexpr std::int64_t cents() const noexcept { return cents_; }  ///< The amount in cents.
  /// The amount in cents as an exact Rational.
  Rational as_rational_cents() const { return Rational(cents_); }
  /// "1234.56", "-0.01" (always two decimals, '.' separator).
  std::string to_string() const;

  /// Sum. @throws Error (out_of_range) when it does not fit in 64-bit cents (no silent wrap-around, I-12)
  friend constexpr Money operator+(Money a, Money b) {
    if (detail::sum_overflows(a.cents_, b.cents_)) detail::throw_money_overflow("+", a.cents_, b.cents_);
    return Money(a.cents_ + b.cents_);
  }
  /// Difference. @throws Error (out_of_range) when it does not fit in 64-bit cents
  friend constexpr Money operator-(Money a, Money b) {
    if (detail::difference_overflows(a.cents_, b.cents_)) detail::throw_money_overflow("-", a.cents_, b.cents_);
    return Money(a.cents_ - b.cents_);
  }
  /// Negation. @throws Error (out_of_range) for the one amount without a negation
  friend constexpr Money operator-(Money a) { return Money() - a; }
  /// Adds @p b. @throws Error (out_of_range) on overflow; the amount is then unchanged
  constexpr Money& operator+=(Money b) { return *this = *this + b; }
  /// Subtracts @p b. @throws Error (out_of_range) on overflow; the amount is then unchanged
  constexpr Money& operator-=(Money b) { return *this = *this - b; }
  /// Equality.
  friend constexpr bool operator==(Money, Money) = default;
  /// Ordering.
  friend constexpr auto operator<=>(Money, Money) = default;

 private:
  constexpr explicit Money(std::int64_t cents) : cents_(cents) {}
  std::int64_t cents_ = 0;
};

}  // namespace lde
