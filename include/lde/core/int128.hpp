/// @file int128.hpp
/// @brief The signed 128-bit integer of exact money arithmetic (I-12), portable to any C++20 compiler.
///
/// `lde::Int128` is the compiler's `__int128` where it has one (GCC, Clang) and otherwise
/// portable::Int128, a two's-complement class of two 64-bit words with the same operations and the
/// same results (tests/core/test_int128.cpp compares the two on random values). Defining
/// `LDE_PORTABLE_INT128` when building lde selects the portable class everywhere. The checked
/// operations mul_overflow() and add_overflow() report a result that does not fit instead of
/// wrapping around.
#pragma once

#include <compare>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace lde {

namespace portable {

/// A signed 128-bit integer in two's complement (hi: the upper 64 bits), for compilers without
/// `__int128`. Division and remainder truncate toward zero, as for built-in integers; overflow
/// wraps around (use mul_overflow() / add_overflow() to check).
class Int128 {
 public:
  constexpr Int128() = default;
  /// Any built-in integer, sign-extended.
  template <class I, std::enable_if_t<std::is_integral_v<I>, int> = 0>
  constexpr Int128(I v) noexcept  // NOLINT(google-explicit-constructor): an integer type
      : hi_(std::is_signed_v<I> && v < 0 ? ~std::uint64_t{0} : 0), lo_(static_cast<std::uint64_t>(v)) {}
  /// From its two halves.
  static constexpr Int128 from_words(std::uint64_t hi, std::uint64_t lo) noexcept {
    Int128 r;
    r.hi_ = hi;
    r.lo_ = lo;
    return r;
  }
  /// The smallest value, -2^127.
  static constexpr Int128 min() noexcept { return from_words(std::uint64_t{1} << 63, 0); }
  /// The largest value, 2^127 - 1.
  static constexpr Int128 max() noexcept { return from_words(~(std::uint64_t{1} << 63), ~std::uint64_t{0}); }

  /// The low bits as a built-in integer (like a conversion of `__int128`).
  template <class I, std::enable_if_t<std::is_integral_v<I>, int> = 0>
  explicit constexpr operator I() const noexcept {
    return static_cast<I>(lo_);
  }
  constexpr std::uint64_t hi() const noexcept { return hi_; }  ///< Upper 64 bits.
  constexpr std::uint64_t lo() const noexcept { return lo_; }  ///< Lower 64 bits.
  constexpr bool negative() const noexcept { return (hi_ >> 63) != 0; }  ///< Below zero.

  /// Negation (wraps for min()).
  friend constexpr Int128 operator-(Int128 a) noexcept { return from_words(~a.hi_ + (a.lo_ == 0 ? 1 : 0), ~a.lo_ + 1); }
  /// Sum (wraps).
  friend constexpr Int128 operator+(Int128 a, Int128 b) noexcept {
    const std::uint64_t lo = a.lo_ + b.lo_;
    return from_words(a.hi_ + b.hi_ + (lo < a.lo_ ? 1 : 0), lo);
  }
  /// Difference (wraps).
  friend constexpr Int128 operator-(Int128 a, Int128 b) noexcept { return a + -b; }
  /// Product (wraps).
  friend constexpr Int128 operator*(Int128 a, Int128 b) noexcept {
    const std::uint64_t a0 = a.lo_ & 0xFFFFFFFFu, a1 = a.lo_ >> 32, b0 = b.lo_ & 0xFFFFFFFFu, b1 = b.lo_ >> 32;
    const std::uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    const std::uint64_t middle = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);
    const std::uint64_t lo = (middle << 32) | (p00 & 0xFFFFFFFFu);
    const std::uint64_t hi = p11 + (p01 >> 32) + (p10 >> 32) + (middle >> 32) + a.hi_ * b.lo_ + a.lo_ * b.hi_;
    return from_words(hi, lo);
  }
  /// Quotient, truncated toward zero. The divisor must not be 0.
  friend constexpr Int128 operator/(Int128 a, Int128 b) noexcept {
    Int128 q, r;
    divide(a, b, q, r);
    return q;
  }
  /// Remainder, with the sign of the dividend. The divisor must not be 0.
  friend constexpr Int128 operator%(Int128 a, Int128 b) noexcept {
    Int128 q, r;
    divide(a, b, q, r);
    return r;
  }
  constexpr Int128& operator+=(Int128 b) noexcept { return *this = *this + b; }  ///< Adds.
  constexpr Int128& operator-=(Int128 b) noexcept { return *this = *this - b; }  ///< Subtracts.
  constexpr Int128& operator*=(Int128 b) noexcept { return *this = *this * b; }  ///< Multiplies.
  constexpr Int128& operator/=(Int128 b) noexcept { return *this = *this / b; }  ///< Divides.
  constexpr Int128& operator%=(Int128 b) noexcept { return *this = *this % b; }  ///< Keeps the remainder.
  constexpr Int128& operator++() noexcept { return *this += 1; }  ///< Increments.
  constexpr Int128& operator--() noexcept { return *this -= 1; }  ///< Decrements.

  /// Equality.
  friend constexpr bool operator==(Int128 a, Int128 b) noexcept { return a.hi_ == b.hi_ && a.lo_ == b.lo_; }
  /// Ordering (signed).
  friend constexpr std::strong_ordering operator<=>(Int128 a, Int128 b) noexcept {
    const auto ah = static_cast<std::int64_t>(a.hi_), bh = static_cast<std::int64_t>(b.hi_);
    if (ah != bh) return ah <=> bh;
    return a.lo_ <=> b.lo_;
  }

 private:
  /// |v| as an unsigned pair (min() gives 2^127, which the unsigned pair holds).
  static constexpr void magnitude(Int128 v, std::uint64_t& hi, std::uint64_t& lo) noexcept {
    if (v.negative()) v = -v;
    hi = v.hi_;
    lo = v.lo_;
  }
  /// Truncating division by shift and subtract on the magnitudes.
  static constexpr void divide(Int128 a, Int128 b, Int128& quotient, Int128& remainder) noexcept {
    std::uint64_t nh = 0, nl = 0, dh = 0, dl = 0;
    magnitude(a, nh, nl);
    magnitude(b, dh, dl);
    std::uint64_t qh = 0, ql = 0, rh = 0, rl = 0;
    for (int bit = 127; bit >= 0; --bit) {
      rh = (rh << 1) | (rl >> 63);  // r = r << 1 | bit of n
      rl = (rl << 1) | ((bit >= 64 ? nh >> (bit - 64) : nl >> bit) & 1u);
      if (rh > dh || (rh == dh && rl >= dl)) {  // r >= d: subtract, set the quotient bit
        const std::uint64_t borrow = rl < dl ? 1 : 0;
        rl -= dl;
        rh -= dh + borrow;
        if (bit >= 64) qh |= std::uint64_t{1} << (bit - 64);
        else ql |= std::uint64_t{1} << bit;
      }
    }
    quotient = from_words(qh, ql);
    remainder = from_words(rh, rl);
    if (a.negative() != b.negative()) quotient = -quotient;
    if (a.negative()) remainder = -remainder;
  }

  std::uint64_t hi_ = 0;
  std::uint64_t lo_ = 0;
};

/// @p r = @p a + @p b; true when the exact sum does not fit in 128 bits.
constexpr bool add_overflow(Int128 a, Int128 b, Int128* r) noexcept {
  *r = a + b;
  return a.negative() == b.negative() && r->negative() != a.negative();
}

/// @p r = @p a × @p b; true when the exact product does not fit in 128 bits.
constexpr bool mul_overflow(Int128 a, Int128 b, Int128* r) noexcept {
  *r = a * b;
  if (a == 0 || b == 0) return false;
  if ((a == -1 && b == Int128::min()) || (b == -1 && a == Int128::min())) return true;
  return *r / b != a;
}

}  // namespace portable

#if defined(__SIZEOF_INT128__) && !defined(LDE_PORTABLE_INT128)
/// A signed 128-bit integer for exact intermediate products: the compiler's own (GCC, Clang).
__extension__ typedef __int128 Int128;

/// @p r = @p a + @p b; true when the exact sum does not fit in 128 bits.
inline bool add_overflow(Int128 a, Int128 b, Int128* r) noexcept { return __builtin_add_overflow(a, b, r); }
/// @p r = @p a × @p b; true when the exact product does not fit in 128 bits.
inline bool mul_overflow(Int128 a, Int128 b, Int128* r) noexcept { return __builtin_mul_overflow(a, b, r); }
/// The smallest Int128, -2^127.
constexpr Int128 int128_min() noexcept {
  __extension__ typedef unsigned __int128 UInt128;
  return static_cast<Int128>(static_cast<UInt128>(1) << 127);
}
#else
/// A signed 128-bit integer for exact intermediate products: the portable class.
using Int128 = portable::Int128;
using portable::add_overflow;
using portable::mul_overflow;
/// The smallest Int128, -2^127.
constexpr Int128 int128_min() noexcept { return Int128::min(); }
#endif

}  // namespace lde
