// Money and FTE: exact cents, rounding once, half away from zero (I-12); fractions (I-17, I-19, I-20).
#include <doctest/doctest.h>

#include "lde/core/error.hpp"
#include "lde/core/fte.hpp"
#include "lde/core/money.hpp"

#include <cmath>
#include <limits>

using namespace lde;

TEST_CASE("Money parses and formats exact cents") {
  CHECK(Money::parse("1234.56").cents() == 123456);
  CHECK(Money::parse("12600").cents() == 1260000);
  CHECK(Money::parse("0.5").cents() == 50);
  CHECK(Money::parse("-0.01").to_string() == "-0.01");
  CHECK(Money::from_cents(5).to_string() == "0.05");
  CHECK(Money::from_cents(-123456).to_string() == "-1234.56");
  CHECK(Money::from_euro(12600).to_string() == "12600.00");
  CHECK_THROWS_AS(Money::parse("1.234"), Error);
  CHECK_THROWS_AS(Money::parse("1,5"), Error);
  CHECK_THROWS_AS(Money::parse("1e3"), Error);
  CHECK_THROWS_AS(Money::parse(""), Error);
  CHECK_THROWS_AS(Money::parse("."), Error);
  CHECK_THROWS_AS(Money::parse("NaN"), Error);
  CHECK_THROWS_AS(Money::parse("99999999999999999999"), Error);
  try {
    Money::parse("12,600.00", "transition_amounts.2016");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.field() == "transition_amounts.2016");
    CHECK(e.code() == ErrorCode::parse_error);
  }
}

TEST_CASE("I-12: rounding once, to the cent, half away from zero") {
  CHECK(Money::round(Rational(1, 2)).cents() == 1);      // 0.5 cent -> 1 cent
  CHECK(Money::round(Rational(-1, 2)).cents() == -1);    // -0.5 cent -> -1 cent
  CHECK(Money::round(Rational(49, 100)).cents() == 0);
  CHECK(Money::round(Rational(5, 2)).cents() == 3);      // 2.5 -> 3 (not banker's 2)
  CHECK(Money::round(Rational(-5, 2)).cents() == -3);
  CHECK(Money::round(Rational(7, 3)).cents() == 2);
  // 10 FTE in January 2026: 12600 * 10 / 365 * 31 = 10701.369863... -> 10701.37
  Rational cents = Rational(1260000) * Rational(10) / Rational(365) * Rational(31);
  CHECK(Money::round(cents).to_string() == "10701.37");
  // Rounding once: rounding a per-day amount first would give another result.
  Rational per_day = Rational(1260000) * Rational(10) / Rational(365);
  CHECK(Money::round(per_day).cents() * 31 != Money::round(cents).cents());
}

TEST_CASE("Rational arithmetic stays exact") {
  Rational a(1, 3);
  CHECK(a + a + a == Rational(1));
  CHECK(Rational(2, 4) == Rational(1, 2));
  CHECK(Rational(1, -2) == Rational(-1, 2));
  CHECK(Rational(1, 3) < Rational(1, 2));
  CHECK(Rational(7, 8).to_decimal(2) == "0.88");
  CHECK(Rational(-7, 8).to_decimal(2) == "-0.88");
  CHECK(Rational(1, 8).to_decimal(0) == "0");
  CHECK_THROWS_AS(Rational(1, 0), Error);
  CHECK_THROWS_AS(Rational(1) / Rational(0), Error);
}

TEST_CASE("FTE: exact, non-negative, fractions in [0, 1] (I-20)") {
  CHECK(Fte::parse("9.50").units() == 95000);
  CHECK(Fte::parse("9.5").to_string() == "9.50");
  CHECK(Fte::parse("0.8333").to_string() == "0.8333");
  CHECK(Fte::parse("10").to_string() == "10.00");
  CHECK_THROWS_AS(Fte::parse("0.12345"), Error);
  CHECK_THROWS_AS(Fte::parse("-0.5"), Error);
  CHECK(Fte::fraction("1").units() == Fte::kScale);
  CHECK(Fte::fraction("0").units() == 0);
  try {
    Fte::fraction("1.01", "dmfa.2026-Q1[0].fraction");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.field() == "dmfa.2026-Q1[0].fraction");
    CHECK(e.code() == ErrorCode::invalid_argument);
  }
  CHECK(Fte::from_double(0.8).to_string() == "0.80");
  CHECK(Fte::fraction(0.5).units() == 5000);
  CHECK_THROWS_AS(Fte::from_double(std::nan("")), Error);
  CHECK_THROWS_AS(Fte::from_double(std::numeric_limits<double>::infinity()), Error);
  CHECK_THROWS_AS(Fte::from_double(-0.1), Error);
  CHECK_THROWS_AS(Fte::from_double(1.0 / 3.0), Error);
  CHECK_THROWS_AS(Fte::fraction(1.5), Error);
  CHECK_THROWS_AS(Fte::from_units(-1), Error);
}

TEST_CASE("FTE totals are kept to 2 decimals, half away from zero (I-17, I-19)") {
  CHECK(Fte::parse("4.995").round_to_hundredths().to_string() == "5.00");
  CHECK(Fte::parse("4.994").round_to_hundredths().to_string() == "4.99");
  CHECK(Fte::parse("0.0050").round_to_hundredths().to_string() == "0.01");
  CHECK(min(Fte::parse("10.5"), Fte::parse("10")).to_string() == "10.00");
  Fte sum;
  sum += Fte::parse("0.3333");
  sum += Fte::parse("0.3333");
  CHECK((sum + Fte::parse("0.3334")).to_string() == "1.00");
}

TEST_CASE("Percent") {
  CHECK(Percent::parse("90").to_string() == "90.00");
  CHECK(Percent::of_ratio(Rational(7, 8)).to_string() == "87.50");
  CHECK(Percent::of_ratio(Rational(2, 3)).to_string() == "66.67");
  CHECK(Percent::parse("90.00").as_ratio() == Rational(9, 10));
  CHECK_THROWS_AS(Percent::parse("90.001"), Error);
}

namespace {
using I128 = lde::Int128;  // __int128, or the portable class (lde/core/int128.hpp, LDE_PORTABLE_INT128)

/// 2^n, without a shift (the portable class has none).
I128 pow2(int n) {
  I128 p = 1;
  for (int i = 0; i < n; ++i) p *= 2;
  return p;
}
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();

template <class F>
Error error_of(F f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  FAIL("expected an lde::Error");
  return Error(ErrorCode::internal, "", "");
}
}  // namespace

TEST_CASE("I-12: Money addition, subtraction and negation are checked, never a silent wrap-around") {
  const Money max = Money::from_cents(kMax);
  const Money min = Money::from_cents(kMin);
  const Error sum = error_of([&] { (void)(max + Money::from_cents(1)); });
  CHECK(sum.code() == ErrorCode::out_of_range);
  CHECK(sum.field() == "amount");
  CHECK(sum.message().find("92233720368547758.07") != std::string::npos);
  CHECK(error_of([&] { (void)(min - Money::from_cents(1)); }).code() == ErrorCode::out_of_range);
  CHECK(error_of([&] { (void)(-min); }).code() == ErrorCode::out_of_range);
  CHECK(error_of([&] { (void)Money::from_euro(kMax / 10); }).code() == ErrorCode::out_of_range);
  Money total = max;
  CHECK_THROWS_AS(total += Money::from_cents(1), Error);
  CHECK(total == max);  // unchanged after the failed addition
  Money low = min;
  CHECK_THROWS_AS(low -= Money::from_cents(1), Error);
  CHECK(low == min);
  // Everything that fits still works, to the last cent.
  CHECK((max + min).cents() == -1);
  CHECK((-max).cents() == -kMax);
  CHECK((max - max).cents() == 0);
  Money m = Money::from_cents(kMax - 1);
  m += Money::from_cents(1);
  CHECK(m == max);
  static_assert((Money::from_cents(2) + Money::from_cents(3)).cents() == 5);  // still usable at compile time
}

TEST_CASE("I-12: Rational arithmetic with 128-bit intermediates is checked; cross-reduction avoids needless overflow") {
  const I128 big = pow2(100);
  const Rational b(big, 1);
  // (2^100)^2 does not fit in 128 bits.
  CHECK(error_of([&] { (void)(b * b); }).code() == ErrorCode::out_of_range);
  CHECK(error_of([&] { (void)(b / Rational(1, big)); }).code() == ErrorCode::out_of_range);
  const I128 top = pow2(126) + (pow2(126) - 1);  // 2^127 - 1
  CHECK(error_of([&] { (void)(Rational(top, 1) + Rational(1)); }).code() == ErrorCode::out_of_range);
  CHECK(error_of([&] { (void)(Rational(-top, 1) - Rational(2)); }).code() == ErrorCode::out_of_range);
  CHECK(error_of([&] { (void)Rational(top, 3).to_decimal(2); }).code() == ErrorCode::out_of_range);
  // Exact results that fit are computed although a naive product would overflow.
  CHECK(b * Rational(1, big) == Rational(1));
  CHECK(Rational(big, 3) * Rational(3, big) == Rational(1));
  CHECK(Rational(1, big) + Rational(1, big) == Rational(2, big));
  CHECK(Rational(top, 1) - Rational(top, 1) == Rational(0));
  // Rounding near the top: 2 × remainder would overflow; half away from zero still holds.
  const I128 half = pow2(126) + 5;
  CHECK(Rational(half, half + 1).round_half_away() == 1);
  CHECK(Rational(-half, half + 1).round_half_away() == -1);
  CHECK(Rational(top - 1, top).to_decimal(0) == "1");
  // to_decimal: 10^38 fits in 128 bits, 10^39 does not: an error, never a wrapped scale (UB).
  CHECK(Rational(1, 3).to_decimal(38) == "0." + std::string(38, '3'));
  CHECK(error_of([&] { (void)Rational(1, 3).to_decimal(39); }).code() == ErrorCode::out_of_range);
  CHECK(error_of([&] { (void)Rational(0).to_decimal(60); }).code() == ErrorCode::out_of_range);
  CHECK(error_of([&] { (void)Rational(top, 1).round_half_away(); }).code() == ErrorCode::out_of_range);
}

TEST_CASE("Rational ordering is exact for any two values, without forming a product") {
  const I128 top = pow2(126) + (pow2(126) - 1);  // 2^127 - 1
  // top/(top-1) > (top-1)/(top-2): both just above 1; the cross products would overflow.
  CHECK(Rational(top - 1, top - 2) > Rational(top, top - 1));
  CHECK(Rational(top, top - 1) < Rational(top - 1, top - 2));
  CHECK(Rational(-top, 3) < Rational(-top + 1, 3));
  CHECK(Rational(top, 2) > Rational(-top, 2));
  CHECK((Rational(top, 7) <=> Rational(top, 7)) == std::strong_ordering::equal);
  CHECK(Rational(1, 3) < Rational(1, 2));
  CHECK(Rational(-1, 2) < Rational(-1, 3));
  CHECK(Rational(5, 2) > Rational(2));
  CHECK(Rational(2) < Rational(5, 2));
  CHECK(Rational(-5, 2) < Rational(-2));
  CHECK(Rational(0) > Rational(-1, top));
}
