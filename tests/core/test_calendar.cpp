// Calendar: I-1 (closed periods), I-2 (adding years and months), I-3 (age).
#include <doctest/doctest.h>

#include "lde/core/calendar.hpp"
#include "lde/core/error.hpp"

#include <boost/date_time/gregorian/gregorian.hpp>

using namespace lde;

static Date d(const char* s) { return Date::parse(s); }

TEST_CASE("Date parsing rejects impossible dates and names the field") {
  CHECK(d("2024-02-29").iso() == "2024-02-29");
  try {
    Date::parse("2025-02-30", "birth_date");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::invalid_date);
    CHECK(e.field() == "birth_date");
    CHECK(std::string(e.what()).find("2025-02-30") != std::string::npos);
  }
  CHECK_THROWS_AS(Date::parse("0000-01-01"), Error);
  CHECK_THROWS_AS(Date::from_ymd(0, 1, 1), Error);
  CHECK_THROWS_AS(Date::parse("2023-13-01"), Error);
  CHECK_THROWS_AS(Date::parse("2023-1-01"), Error);
  CHECK_THROWS_AS(Date::parse("2023-01-01T00:00"), Error);
  CHECK_THROWS_AS(Date::parse(""), Error);
  try {
    Date::parse("01/02/2023", "employment[0].first_day");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::parse_error);
    CHECK(e.field() == "employment[0].first_day");
  }
}

TEST_CASE("Day-number dates agree with Boost.Date_Time, the reference, across 1400 .. 9999") {
  namespace bg = boost::gregorian;
  const bg::date epoch(1970, 1, 1);
  const bg::date first(1400, 1, 1);
  const bg::date last(9999, 12, 31);
  std::int64_t mismatches = 0;
  // Every day of the years a dossier may hold (W-11) and around them, every 11th day elsewhere.
  for (bg::date b = first; b <= last; b += bg::days(b.year() >= 1890 && b.year() <= 2210 ? 1 : 11)) {
    const std::int64_t n = (b - epoch).days();
    const Date x = Date::from_days_since_epoch(n);
    const auto c = x.ymd();
    if (c.year != b.year() || c.month != b.month() || c.day != b.day() || x.weekday() != b.day_of_week().as_number() ||
        Date::from_ymd(b.year(), b.month(), b.day()).days_since_epoch() != n) {
      ++mismatches;
    }
  }
  CHECK(mismatches == 0);
  CHECK(Date::from_days_since_epoch((first - epoch).days()) == Date::from_ymd(1400, 1, 1));
  CHECK_THROWS_AS(Date::from_days_since_epoch((first - epoch).days() - 1), Error);
  CHECK_THROWS_AS(Date::from_days_since_epoch((last - epoch).days() + 1), Error);
  CHECK(d("2026-12-04").weekday() == 5);  // a Friday
  CHECK(d("1970-01-01").weekday() == 4);  // a Thursday
  CHECK(d("1969-12-28").weekday() == 0);  // a Sunday
}

TEST_CASE("age_on agrees with Boost-based completed years, 29 February included (I-2, I-3)") {
  namespace bg = boost::gregorian;
  int mismatches = 0;
  for (const char* birth : {"1960-02-29", "1964-03-01", "1965-02-28", "1999-12-31", "2000-01-01"}) {
    const Date b = d(birth);
    for (int k = 0; k < 40000; k += 13) {
      const Date on = b.plus_days(k);
      // Reference: the age is the largest n with add_years(birth, n) <= on, add_years following I-2.
      int n = 0;
      while (add_years(b, n + 1) <= on) ++n;
      if (age_on(b, on) != n) ++mismatches;
    }
  }
  CHECK(mismatches == 0);
  CHECK(age_on(d("1960-02-29"), d("2021-02-28")) == 60);
  CHECK(age_on(d("1960-02-29"), d("2021-03-01")) == 61);
  CHECK(age_on(d("1960-02-29"), d("2024-02-29")) == 64);
  CHECK(age_on(d("1960-02-29"), d("2024-02-28")) == 63);
}

TEST_CASE("Day numbers round-trip with numpy's datetime64[D] epoch") {
  CHECK(d("1970-01-01").days_since_epoch() == 0);
  CHECK(d("2026-01-01").days_since_epoch() == 20454);
  CHECK(Date::from_days_since_epoch(20454) == d("2026-01-01"));
  CHECK(d("1969-12-31").days_since_epoch() == -1);
  CHECK_THROWS_AS(Date::from_days_since_epoch(10'000'000), Error);
}

TEST_CASE("I-2: Boost's month and year durations snap; lde's add_months/add_years do not") {
  // The traps, shown on Boost itself so that a change in Boost is noticed.
  namespace bg = boost::gregorian;
  CHECK(bg::date(2015, 2, 28) + bg::months(1) == bg::date(2015, 3, 31));
  CHECK(bg::date(2000, 2, 29) + bg::years(18) == bg::date(2018, 2, 28));
  // lde's reading (I-2).
  CHECK(add_months(d("2015-02-28"), 1) == d("2015-03-28"));
  CHECK(add_years(d("2000-02-29"), 18) == d("2018-03-01"));
  CHECK(add_years(d("2016-02-29"), 1) == d("2017-03-01"));
  CHECK(add_years(d("2016-02-29"), 4) == d("2020-02-29"));
  CHECK(add_months(d("2026-01-31"), 1) == d("2026-02-28"));
  CHECK(add_months(d("2024-01-31"), 1) == d("2024-02-29"));
  CHECK(add_months(d("2026-03-31"), 1) == d("2026-04-30"));
  CHECK(add_months(d("2026-12-15"), 1) == d("2027-01-15"));
  CHECK(add_months(d("2026-01-15"), -1) == d("2025-12-15"));
  CHECK(add_months(d("2026-01-31"), 13) == d("2027-02-28"));
  CHECK(add_years(d("2020-05-17"), -5) == d("2015-05-17"));
}

TEST_CASE("I-1: periods are closed; 5 years from X ends the day before") {
  Period p = Period::years_from(d("2020-02-01"), 5);
  CHECK(p.first() == d("2020-02-01"));
  CHECK(p.last() == d("2025-01-31"));
  CHECK(p.contains(d("2025-01-31")));
  CHECK_FALSE(p.contains(d("2025-02-01")));
  // I-2 example: a 5-year period starting on 29 February.
  CHECK(Period::years_from(d("2016-02-29"), 5).last() == d("2021-02-28"));
  CHECK(Period(d("2026-01-01"), d("2026-01-01")).days() == 1);
  CHECK(Period(d("2026-01-01"), d("2026-01-30")).days() == 30);
  // I-22: a period of months ends the day before the date m months later, or
  // on the last day of that month when the date does not exist.
  CHECK(Period::months_from(d("2026-01-31"), 1).last() == d("2026-02-28"));
  CHECK(Period::months_from(d("2025-05-01"), 1).last() == d("2025-05-31"));
  CHECK(Period::months_from(d("2025-03-01"), 6).last() == d("2025-08-31"));
  CHECK(Period::months_from(d("2025-02-01"), 6).last() == d("2025-07-31"));
  CHECK(Period::months_from(d("2024-01-30"), 1).last() == d("2024-02-29"));
  CHECK(Period::months_from(d("2024-01-29"), 1).last() == d("2024-02-28"));
  CHECK(Period::months_from(d("2025-01-15"), 1).last() == d("2025-02-14"));
  try {
    Period(d("2026-02-01"), d("2026-01-31"), "absences[0]");
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::invalid_date);
    CHECK(e.field() == "absences[0]");
  }
}

TEST_CASE("I-1: Boost's date_period excludes its end day; lde's Period includes its last day") {
  // The trap, shown on Boost itself so that a change in Boost is noticed:
  // date_period(begin, end) is the half-open range [begin, end).
  namespace bg = boost::gregorian;
  const bg::date_period boost_p(bg::date(2026, 1, 1), bg::date(2026, 1, 31));
  CHECK(boost_p.length().days() == 30);
  CHECK_FALSE(boost_p.contains(bg::date(2026, 1, 31)));
  CHECK(boost_p.last() == bg::date(2026, 1, 30));
  // A one-day Boost period built from equal dates is empty ("null").
  CHECK(bg::date_period(bg::date(2026, 1, 1), bg::date(2026, 1, 1)).is_null());
  // lde (I-1): both days included.
  const Period p(d("2026-01-01"), d("2026-01-31"));
  CHECK(p.days() == 31);
  CHECK(p.contains(d("2026-01-31")));
  CHECK(p.last() == d("2026-01-31"));
  CHECK(Period(d("2026-01-01"), d("2026-01-01")).days() == 1);
  // 5 years from 2020-02-01 (I-1): the same last day whichever way it is built
  CHECK(Period::years_from(d("2020-02-01"), 5).last() == d("2025-01-31"));
  CHECK(bg::date_period(bg::date(2020, 2, 1), bg::date(2025, 2, 1)).last() == bg::date(2025, 1, 31));
}

TEST_CASE("plus_days beyond 9999-12-31 names the computation") {
  try {
    d("9999-12-01").plus_days(40);
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::invalid_date);
    CHECK(std::string(e.what()).find("9999-12-01 + 40 days") != std::string::npos);
  }
}

TEST_CASE("Period overlap, adjacency, intersection and merge") {
  Period a(d("2026-01-01"), d("2026-01-31"));
  Period b(d("2026-02-01"), d("2026-02-10"));
  Period c(d("2026-02-12"), d("2026-02-20"));
  CHECK_FALSE(a.overlaps(b));
  CHECK(a.touches(b));
  CHECK(b.touches(a));
  CHECK_FALSE(b.touches(c));
  CHECK(a.intersect(Period(d("2026-01-20"), d("2026-03-01")))->iso() == "2026-01-20..2026-01-31");
  CHECK_FALSE(a.intersect(c).has_value());
  auto merged = merge_touching({c, b, a, Period(d("2026-01-05"), d("2026-01-06"))});
  REQUIRE(merged.size() == 2);
  CHECK(merged[0].iso() == "2026-01-01..2026-02-10");
  CHECK(merged[1].iso() == "2026-02-12..2026-02-20");
}

TEST_CASE("I-3: age in completed years, 29 February birthdays") {
  CHECK(age_on(d("1966-03-15"), d("2026-03-14")) == 59);
  CHECK(age_on(d("1966-03-15"), d("2026-03-15")) == 60);
  CHECK(age_on(d("1964-02-29"), d("2024-02-28")) == 59);
  CHECK(age_on(d("1964-02-29"), d("2024-02-29")) == 60);
  CHECK(age_on(d("1963-02-28"), d("2023-02-28")) == 60);
  // Born 29 February: new age on 1 March in non-leap years.
  CHECK(age_on(d("1964-02-29"), d("2025-02-28")) == 60);
  CHECK(age_on(d("1964-02-29"), d("2025-03-01")) == 61);
  CHECK(date_reaching_age(d("1964-02-29"), 61) == d("2025-03-01"));
  CHECK(age_on(d("2000-01-01"), d("2000-01-01")) == 0);
  CHECK_THROWS_AS(age_on(d("2000-01-02"), d("2000-01-01")), Error);
}

TEST_CASE("Days in months, quarters and years; identifiers") {
  CHECK(days_in_year(2024) == 366);
  CHECK(days_in_year(2026) == 365);
  CHECK(days_in_year(1900) == 365);
  CHECK(days_in_year(2000) == 366);
  CHECK(days_in_month(2024, 2) == 29);
  CHECK(days_in_month(2026, 2) == 28);
  CHECK_THROWS_AS(days_in_month(2026, 13), Error);
  CHECK(Quarter(2026, 1).days() == 90);
  CHECK(Quarter(2024, 1).days() == 91);
  CHECK(Quarter(2026, 3).days() == 92);
  CHECK(Quarter(2026, 4).days() == 92);
  CHECK(Quarter::of(d("2026-05-15")).iso() == "2026-Q2");
  CHECK(Quarter::parse("2026-Q3").first_day() == d("2026-07-01"));
  CHECK(Quarter::parse("2026-Q4").last_day() == d("2026-12-31"));
  CHECK(Quarter(2026, 4).next().iso() == "2027-Q1");
  CHECK_THROWS_AS(Quarter::parse("2026-Q5"), Error);
  CHECK_THROWS_AS(Quarter::parse("2026Q1"), Error);
  CHECK(Month::parse("2026-02").days() == 28);
  CHECK(Month::parse("2026-12").next().iso() == "2027-01");
  CHECK(Month::of(d("2026-02-14")).last_day() == d("2026-02-28"));
  CHECK_THROWS_AS(Month::parse("2026-13"), Error);
  CHECK_THROWS_AS(Month::parse("2026-1"), Error);
}
