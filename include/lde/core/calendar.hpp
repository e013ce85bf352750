/// @file calendar.hpp
/// @brief Dates, closed periods, months, quarters, years and ages (I-1, I-2, I-3).
///
/// Boost.Date_Time is underneath, but its traps never reach the rules:
/// `boost::gregorian::months(1)` snaps to the end of the month
/// (2015-02-28 + 1 month = 2015-03-31) and `years(18)` turns 29 February into
/// 28 February, while the library must follow I-2; `date_period` excludes its
/// last day, while the law's periods include it (I-1). The names here say what
/// they do: add_years() and add_months() implement I-2, Period is closed.
#pragma once

#include <boost/date_time/gregorian/gregorian_types.hpp>

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde {

/// A calendar day (proleptic Gregorian, years 1400 to 9999).
///
/// Construction validates: 2025-02-30, month 13, year 0 are rejected with an
/// `Error` of code `invalid_date` naming the field.
class Date {
 public:
  /// Builds a date from year, month and day.
  /// @param field the input field, named in the error when the date does not exist
  /// @throws Error (invalid_date) when the day does not exist
  static Date from_ymd(int year, int month, int day, std::string_view field = "date");
  /// Parses `YYYY-MM-DD` exactly (no time, no other separators).
  /// @throws Error (parse_error or invalid_date) naming @p field
  static Date parse(std::string_view iso, std::string_view field = "date");
  /// The date with the given number of days since 1970-01-01 (numpy's `datetime64[D]`).
  /// @throws Error (invalid_date) outside years 1400 to 9999
  static Date from_days_since_epoch(std::int64_t days, std::string_view field = "date");
  /// Wraps a valid Boost date.
  /// @throws Error (invalid_date) when @p d is not a valid date (not-a-date, infinity)
  static Date from_boost(const boost::gregorian::date& d, std::string_view field = "date");

  int year() const;   ///< Calendar year.
  int month() const;  ///< Month 1 to 12.
  int day() const;    ///< Day of the month 1 to 31.
  /// Days since 1970-01-01 (negative before).
  std::int64_t days_since_epoch() const;
  /// `YYYY-MM-DD`.
  std::string iso() const;
  /// The Boost date underneath.
  const boost::gregorian::date& boost() const noexcept { return d_; }

  /// This date plus @p n days (n may be negative).
  Date plus_days(std::int64_t n) const;
  /// The next calendar day.
  Date next_day() const { return plus_days(1); }
  /// The previous calendar day.
  Date previous_day() const { return plus_days(-1); }

  /// Equality.
  friend bool operator==(const Date& a, const Date& b) { return a.d_ == b.d_; }
  /// Ordering.
  friend std::strong_ordering operator<=>(const Date& a, const Date& b) {
    return a.days_since_epoch() <=> b.days_since_epoch();
  }

 private:
  explicit Date(boost::gregorian::date d) : d_(d) {}
  boost::gregorian::date d_;
};

/// Number of days from @p from to @p to (`to - from`; negative when @p to is earlier).
std::int64_t days_between(Date from, Date to);

/// True in leap years.
bool is_leap_year(int year);
/// 365 or 366.
int days_in_year(int year);
/// 28 to 31. @throws Error (invalid_argument) for a month outside 1..12
int days_in_month(int year, int month);

/// Adds whole years following I-2: when the target day does not exist
/// (29 February in a non-leap year) the result is the first day of the next
/// month, so 2016-02-29 + 1 year = 2017-03-01. (Boost's `years()` gives 02-28.)
/// `I-2`
Date add_years(Date d, int years);
/// Adds whole months following I-2: when the target day does not exist the
/// result is the last day of that month, so 2026-01-31 + 1 month = 2026-02-28.
/// Unlike Boost's `months()`, a date that is not a month end stays on its day
/// (2015-02-28 + 1 month = 2015-03-28, not 03-31). `I-2`
Date add_months(Date d, int months);

/// Age in completed years on @p on: the birthday has been reached on or before
/// that date (I-3). A person born on 29 February reaches a new age on 1 March
/// in non-leap years (I-2). Negative ages are impossible: @throws Error
/// (invalid_argument) when @p on is before @p birth.
/// `I-3`
int age_on(Date birth, Date on);

/// The date on which a person born on @p birth reaches @p age (I-3 with I-2).
Date date_reaching_age(Date birth, int age);

/// A closed range of days: both the first and the last day are included (I-1).
/// `I-1`
class Period {
 public:
  /// @throws Error (invalid_date) naming @p field when @p last is before @p first
  Period(Date first, Date last, std::string_view field = "period");

  /// "N years from day X": from X up to and including the day before the same
  /// calendar date N years later (I-1 with I-2): 2020-02-01, 5 → 2025-01-31;
  /// 2016-02-29, 5 → 2021-02-28.
  static Period years_from(Date first, int years);
  /// "N months from day X" (I-22): up to and including the day before the
  /// date N months later; when that date does not exist (31 February), up to
  /// the last day of that month: 2025-05-01, 1 → 2025-05-31;
  /// 2026-01-31, 1 → 2026-02-28 (the same rule as years_from for years).
  /// `I-22`
  static Period months_from(Date first, int months);

  Date first() const noexcept { return first_; }  ///< First day, included.
  Date last() const noexcept { return last_; }    ///< Last day, included.
  /// Number of days, both ends included (a one-day period has 1).
  std::int64_t days() const;
  /// True when @p d lies in the period.
  bool contains(Date d) const { return first_ <= d && d <= last_; }
  /// True when the two periods share at least one day.
  bool overlaps(const Period& other) const;
  /// True when the periods overlap or the one starts the day after the other ends.
  bool touches(const Period& other) const;
  /// The days both periods share, if any.
  std::optional<Period> intersect(const Period& other) const;
  /// `first..last` in ISO form.
  std::string iso() const;

  /// Equality.
  friend bool operator==(const Period&, const Period&) = default;

 private:
  Date first_;
  Date last_;
};

/// Sorts periods and merges those that overlap or are directly adjacent.
std::vector<Period> merge_touching(std::vector<Period> periods);

/// A calendar month ("2026-01").
class Month {
 public:
  /// @throws Error (invalid_argument) naming @p field for a month outside 1..12
  Month(int year, int month, std::string_view field = "month");
  /// Parses `YYYY-MM`. @throws Error (parse_error) naming @p field
  static Month parse(std::string_view text, std::string_view field = "month");
  /// The month a date falls in.
  static Month of(Date d);

  int year() const noexcept { return year_; }    ///< Calendar year.
  int month() const noexcept { return month_; }  ///< 1 to 12.
  Date first_day() const;                        ///< The 1st.
  Date last_day() const;                         ///< 28th to 31st.
  int days() const;                              ///< 28 to 31.
  Period period() const;                         ///< first_day()..last_day().
  Month next() const;                            ///< The following month.
  std::string iso() const;                       ///< `YYYY-MM`.

  /// Equality.
  friend bool operator==(const Month&, const Month&) = default;
  /// Ordering.
  friend auto operator<=>(const Month&, const Month&) = default;

 private:
  int year_;
  int month_;
};

/// A calendar quarter ("2026-Q1": January to March).
class Quarter {
 public:
  /// @throws Error (invalid_argument) naming @p field for a quarter outside 1..4
  Quarter(int year, int quarter, std::string_view field = "quarter");
  /// Parses `YYYY-Qn`. @throws Error (parse_error) naming @p field
  static Quarter parse(std::string_view text, std::string_view field = "quarter");
  /// The quarter a date falls in.
  static Quarter of(Date d);

  int year() const noexcept { return year_; }        ///< Calendar year.
  int quarter() const noexcept { return quarter_; }  ///< 1 to 4.
  Date first_day() const;                            ///< First day of its first month.
  Date last_day() const;                             ///< Last day of its last month.
  int days() const;                                  ///< 90 to 92.
  Period period() const;                             ///< first_day()..last_day().
  Month first_month() const;                         ///< January, April, July or October.
  Quarter next() const;                              ///< The following quarter.
  std::string iso() const;                           ///< `YYYY-Qn`.

  /// Equality.
  friend bool operator==(const Quarter&, const Quarter&) = default;
  /// Ordering.
  friend auto operator<=>(const Quarter&, const Quarter&) = default;

 private:
  int year_;
  int quarter_;
};

}  // namespace lde
