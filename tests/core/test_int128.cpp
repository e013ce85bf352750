// lde/core/int128.hpp: the portable 128-bit integer (for compilers without __int128) gives the same
// results as the compiler's __int128 on random and edge values, for every operation lde uses.
#include "lde/core/int128.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <random>
#include <vector>

#if defined(__SIZEOF_INT128__)
namespace {

__extension__ typedef __int128 Native;
__extension__ typedef unsigned __int128 NativeU;
using Portable = lde::portable::Int128;

Portable to_portable(Native v) {
  const auto u = static_cast<NativeU>(v);
  return Portable::from_words(static_cast<std::uint64_t>(u >> 64), static_cast<std::uint64_t>(u));
}

bool same(Portable p, Native n) { return p == to_portable(n); }

std::vector<Native> samples() {
  const Native one = 1;
  std::vector<Native> v = {0, 1, -1, 2, -2, 10, -10, 7, INT64_MAX, INT64_MIN, static_cast<Native>(UINT64_MAX),
                           one << 64, -(one << 64), (one << 100) + 12345, -(one << 100) - 3,
                           static_cast<Native>(static_cast<NativeU>(1) << 127),            // min
                           static_cast<Native>((static_cast<NativeU>(1) << 127) - 1)};     // max
  std::mt19937_64 rng(20261204);
  for (int i = 0; i < 300; ++i) {
    const int bits = static_cast<int>(rng() % 127) + 1;
    NativeU u = (static_cast<NativeU>(rng()) << 64) | rng();
    u >>= (128 - bits);
    v.push_back((rng() & 1) ? static_cast<Native>(u) : -static_cast<Native>(u));
  }
  return v;
}

}  // namespace

TEST_CASE("portable Int128: the same sums, products, quotients, remainders and order as __int128") {
  const auto values = samples();
  const Native min = static_cast<Native>(static_cast<NativeU>(1) << 127);
  for (Native a : values) {
    const Portable pa = to_portable(a);
    REQUIRE(same(Portable(static_cast<std::int64_t>(a)), static_cast<std::int64_t>(a)));
    CHECK(static_cast<std::int64_t>(pa) == static_cast<std::int64_t>(a));
    if (a != min) CHECK(same(-pa, -a));
    for (Native b : values) {
      const Portable pb = to_portable(b);
      Native nr = 0;
      Portable pr;
      const bool n_add = __builtin_add_overflow(a, b, &nr);
      CHECK(lde::portable::add_overflow(pa, pb, &pr) == n_add);
      if (!n_add) CHECK(same(pr, nr));
      const bool n_mul = __builtin_mul_overflow(a, b, &nr);
      CHECK(lde::portable::mul_overflow(pa, pb, &pr) == n_mul);
      if (!n_mul) CHECK(same(pr, nr));
      if (b != 0 && !(a == min && b == -1)) {
        CHECK(same(pa / pb, a / b));
        CHECK(same(pa % pb, a % b));
      }
      CHECK((pa < pb) == (a < b));
      CHECK((pa == pb) == (a == b));
    }
  }
  CHECK(same(Portable::min(), min));
  CHECK(same(Portable::max(), static_cast<Native>((static_cast<NativeU>(1) << 127) - 1)));
}
#endif

TEST_CASE("portable Int128: small values behave as integers (on every compiler)") {
  using P = lde::portable::Int128;
  CHECK(P(12) * P(-3) == P(-36));
  CHECK(P(-37) / P(5) == P(-7));
  CHECK(P(-37) % P(5) == P(-2));
  CHECK(P(7) - P(9) < P(0));
  P r;
  CHECK(lde::portable::mul_overflow(P::max(), P(2), &r));
  CHECK(lde::portable::add_overflow(P::max(), P(1), &r));
  CHECK_FALSE(lde::portable::add_overflow(P::max(), P(-1), &r));
  CHECK(static_cast<int>(P(-5) % P(10)) == -5);
}
