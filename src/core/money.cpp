#include "lde/core/money.hpp"

#include "decimal.hpp"
#include "lde/core/error.hpp"

#include <limits>

namespace lde {

namespace {

const Int128 kInt128Min = int128_min();  // lde/core/int128.hpp: __int128 or the portable class

[[noreturn]] void overflow(const char* what) {
  throw Error(ErrorCode::out_of_range, "",
              std::string("exact arithmetic overflow: ") + what + " does not fit in 128 bits");
}

Int128 mul(Int128 a, Int128 b) {
  Int128 r = 0;
  if (mul_overflow(a, b, &r)) overflow("a product");
  return r;
}

Int128 add(Int128 a, Int128 b) {
  Int128 r = 0;
  if (add_overflow(a, b, &r)) overflow("a sum");
  return r;
}

// |v| for v != INT128_MIN (a Rational never holds it, see the constructor).
Int128 abs128(Int128 v) { return v < 0 ? -v : v; }

Int128 gcd128(Int128 a, Int128 b) {
  a = abs128(a);
  b = abs128(b);
  while (b != 0) {
    Int128 t = a % b;
    a = b;
    b = t;
  }
  return a;
}

std::string int128_to_string(Int128 v) {
  if (v == 0) return "0";
  const bool negative = v < 0;
  std::string out;
  while (v != 0) {
    int digit = static_cast<int>(v % 10);
    out.insert(out.begin(), static_cast<char>('0' + (digit < 0 ? -digit : digit)));
    v /= 10;
  }
  if (negative) out.insert(out.begin(), '-');
  return out;
}

// Rounds num/den (den > 0, num != INT128_MIN) to the nearest integer, half away from zero.
Int128 round_div(Int128 num, Int128 den) {
  const Int128 q = abs128(num) / den;
  const Int128 r = abs128(num) % den;
  const Int128 rounded = (r >= den - r) ? q + 1 : q;  // 2r >= den without overflowing 2r
  return num < 0 ? -rounded : rounded;
}

// Compares a/b with c/d (b, d > 0) exactly without forming a product (continued-fraction steps,
// as in Euclid's algorithm), so the ordering never overflows.
std::strong_ordering compare(Int128 a, Int128 b, Int128 c, Int128 d) {
  for (;;) {
    Int128 ra = a % b;
    Int128 qa = a / b;
    if (ra < 0) {
      ra += b;
      --qa;
    }
    Int128 rc = c % d;
    Int128 qc = c / d;
    if (rc < 0) {
      rc += d;
      --qc;
    }
    if (qa != qc) return qa < qc ? std::strong_ordering::less : std::strong_ordering::greater;
    if (ra == 0 || rc == 0) {
      if (ra == rc) return std::strong_ordering::equal;
      return ra == 0 ? std::strong_ordering::less : std::strong_ordering::greater;
    }
    // ra/b < rc/d  <=>  d/rc < b/ra.
    const Int128 na = d, nb = rc, nc = b, nd = ra;
    a = na;
    b = nb;
    c = nc;
    d = nd;
  }
}

}  // namespace

namespace detail {
void throw_money_overflow(const char* operation, std::int64_t a, std::int64_t b) {
  throw Error(ErrorCode::out_of_range, "amount",
              "amount " + detail::format_scaled(a, 2, 2) + " " + operation + " " + detail::format_scaled(b, 2, 2) +
                  " does not fit in 64-bit cents");
}
}  // namespace detail

Rational::Rational(Int128 num, Int128 den) : num_(num), den_(den) {
  if (den == 0) throw_invalid("denominator", "division by zero");
  if (num == kInt128Min || den == kInt128Min) overflow("a fraction");
  if (den_ < 0) {
    num_ = -num_;
    den_ = -den_;
  }
  const Int128 g = gcd128(num_, den_);
  if (g > 1) {
    num_ /= g;
    den_ /= g;
  }
}

Rational operator+(const Rational& a, const Rational& b) {
  const Int128 g = gcd128(a.den_, b.den_);
  const Int128 bd = b.den_ / g;
  return Rational(add(mul(a.num_, bd), mul(b.num_, a.den_ / g)), mul(a.den_, bd));
}
Rational operator-(const Rational& a, const Rational& b) { return a + Rational(-b.num_, b.den_); }
Rational operator*(const Rational& a, const Rational& b) {
  const Int128 g1 = a.num_ == 0 ? 1 : gcd128(a.num_, b.den_);
  const Int128 g2 = b.num_ == 0 ? 1 : gcd128(b.num_, a.den_);
  return Rational(mul(a.num_ / g1, b.num_ / g2), mul(a.den_ / g2, b.den_ / g1));
}
Rational operator/(const Rational& a, const Rational& b) {
  if (b.num_ == 0) throw_invalid("divisor", "division by zero");
  return a * Rational(b.den_, b.num_);
}

std::strong_ordering operator<=>(const Rational& a, const Rational& b) { return compare(a.num_, a.den_, b.num_, b.den_); }

std::int64_t Rational::round_half_away() const {
  const Int128 v = round_div(num_, den_);
  if (v > std::numeric_limits<std::int64_t>::max() || v < std::numeric_limits<std::int64_t>::min()) {
    throw Error(ErrorCode::out_of_range, "amount", "value " + int128_to_string(v) + " does not fit in 64 bits");
  }
  return static_cast<std::int64_t>(v);
}

std::string Rational::to_decimal(int decimals) const {
  Int128 scale = 1;
  for (int i = 0; i < decimals; ++i) scale = mul(scale, 10);  // checked: 10^39 does not fit in 128 bits
  const Int128 scaled = round_div(mul(num_, scale), den_);
  std::string digits = int128_to_string(abs128(scaled));
  if (decimals > 0) {
    while (static_cast<int>(digits.size()) <= decimals) digits.insert(digits.begin(), '0');
    digits.insert(digits.end() - decimals, '.');
  }
  return (scaled < 0 ? "-" : "") + digits;
}

Money Money::parse(std::string_view text, std::string_view field) {
  return Money(detail::parse_scaled(text, 2, true, field, "an amount of euro with at most 2 decimals"));
}

Money Money::round(const Rational& cents) { return Money(cents.round_half_away()); }

std::string Money::to_string() const { return detail::format_scaled(cents_, 2, 2); }

namespace detail {

std::int64_t parse_scaled(std::string_view text, int decimals, bool allow_negative, std::string_view field,
                          std::string_view what) {
  auto fail = [&](const std::string& why) -> std::int64_t {
    throw Error(ErrorCode::parse_error, std::string(field),
                "\"" + std::string(text) + "\" is not " + std::string(what) + why);
  };
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  if (negative && !allow_negative) {
    throw Error(ErrorCode::invalid_argument, std::string(field), "\"" + std::string(text) + "\" is negative");
  }
  Int128 value = 0;
  int int_digits = 0;
  int frac_digits = 0;
  bool dot = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.') {
      if (dot) return fail("");
      dot = true;
      continue;
    }
    if (c < '0' || c > '9') return fail("");
    if (dot) {
      if (++frac_digits > decimals) return fail(" (too many decimals)");
    } else {
      ++int_digits;
    }
    value = value * 10 + (c - '0');
    if (value > Int128(std::numeric_limits<std::int64_t>::max())) return fail(" (too large)");
  }
  if (int_digits == 0 || (dot && frac_digits == 0)) return fail("");
  for (int k = frac_digits; k < decimals; ++k) {
    value *= 10;
    if (value > Int128(std::numeric_limits<std::int64_t>::max())) return fail(" (too large)");
  }
  return static_cast<std::int64_t>(negative ? -value : value);
}

std::string format_scaled(std::int64_t value, int decimals, int min_decimals) {
  std::string s = Rational(value, 1).to_decimal(0);
  const bool negative = value < 0;
  if (negative) s.erase(s.begin());
  while (static_cast<int>(s.size()) <= decimals) s.insert(s.begin(), '0');
  std::string whole = s.substr(0, s.size() - static_cast<std::size_t>(decimals));
  std::string frac = s.substr(s.size() - static_cast<std::size_t>(decimals));
  while (static_cast<int>(frac.size()) > min_decimals && frac.back() == '0') frac.pop_back();
  std::string out = (negative ? "-" : "") + whole;
  if (!frac.empty()) out += "." + frac;
  return out;
}

}  // namespace detail
}  // namespace lde
