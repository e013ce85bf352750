/// @file calendar.hpp
/// @brief Dates, closed periods, months, quarters, years and ages (I-1, I-2, I-3).
///
/// A Date is a day number (days since 1970-01-01); year, month and day are
/// computed from it with the civil-from-days algorithms (H. Hinnant,
/// "chrono-Compatible Low-Level Date Algorithms"), so the rules' date
/// arithmetic never formats text or goes through a calendar library.
/// Boost.Date_Time stays the reference the tests compare against, and its
/// traps never reach the rules: `boost::gregorian::months(1)` snaps to the end
/// of the month (2015-02-28 + 1 month = 2015-03-31) and `years(18)` turns
/// 29 February into 28 February, while the library must follow I-2;
/// `date_period` excludes its last day, while the law's periods include it
/// (I-1). The names here say what they do: add_years() and add_months()
/// implement I-2, Period is closed.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace lde {

namespace calendar_detail {

/// Year, month (1..12) and day (1..31) of a civil date.
struct Ymd {
  int year;   ///< Calendar year.
  int month;  ///< 1 to 12.
  int day;    ///< 1 to 31.
};

/// Days since 1970-01-01 of a valid proleptic Gregorian date (Hinnant's days_from_civil).
constexpr std::int32_t days_from_civil(int y, int m, int d) noexcept {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153u * static_cast<unsigned>(m + (m > 2 ? -3 : 9)) + 2u) / 5u + static_cast<unsigned>(d) - 1u;
  const unsigned doe = yoe * 365u + yoe / 4u - yoe / 100u + doy;
  return era * 146097 + static_cast<std::int32_t>(doe) - 719468;
}

/// The civil date of day number @p z (Hinnant's civil_from_days).
constexpr Ymd civil_from_days(std::int32_t z) noexcept {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460u + doe / 36524u - doe / 146096u) / 365u;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365u * yoe + yoe / 4u - yoe / 100u);
  const unsigned mp = (5u * doy + 2u) / 153u;
  const unsigned d = doy - (153u * mp + 2u) / 5u + 1u;
  const unsigned m = mp < 10u ? mp + 3u : mp - 9u;
  return {y + (m <= 2u), static_cast<int>(m), static_cast<int>(d)};
}

/// Day number of 1400-01-01, the first day a Date holds.
inline constexpr std::int32_t kFirstDay = days_from_civil(1400, 1, 1);
/// Day number of 9999-12-31, the last day a Date holds.
inline constexpr std::int32_t kLastDay = days_from_civil(9999, 12, 31);

}  // namespace calendar_detail

/// A calendar day (proleptic Gregorian, years 1400 to 9999), held as its day number.
///
/// Construction validates: 2025-02-30, month 13, year 0 are rejected with an
/// `Error` of code `invalid_date` naming the field. Nothing is formatted
/// unless it throws.
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

  int year() const noexcept { return ymd().year; }    ///< Calendar year.
  int month() const noexcept { return ymd().month; }  ///< Month 1 to 12.
  int day() const noexcept { return ymd().day; }      ///< Day of the month 1 to 31.
  /// Year, month and day at once (one conversion).
  calendar_detail::Ymd ymd() const noexcept { return calendar_detail::civil_from_days(days_); }
  /// Day of the week: 0 Sunday, 1 Monday, ... 6 Saturday (as Boost's `day_of_week()`).
  int weekday() const noexcept { return days_ >= -4 ? (days_ + 4) % 7 : (days_ + 5) % 7 + 6; }
  /// Days since 1970-01-01 (negative before).
  std::int64_t days_since_epoch() const noexcept { return days_; }
  /// `YYYY-MM-DD`.
  std::string iso() const;

  /// This date plus @p n days (n may be negative).
  /// @throws Error (invalid_date) when the result leaves the years 1400 to 9999
  Date plus_days(std::int64_t n) const;
  /// The next calendar day.
  Date next_day() const { return plus_days(1); }
  /// The previous calendar day.
  Date previous_day() const { return plus_days(-1); }

  /// Equality.
  friend constexpr bool operator==(Date a, Date b) noexcept { return a.days_ == b.days_; }
  /// Ordering.
  friend constexpr std::strong_ordering operator<=>(Date a, Date b) noexcept { return a.days_ <=> b.days_; }

 private:
  explicit constexpr Date(std::int32_t days) noexcept : days_(days) {}
  std::int32_t days_;
};

/// Number of days from @p from to @p to (`to - from`; negative when @p to is earlier).
inline std::int64_t days_between(Date from, Date to) { return to.days_since_epoch() - from.days_since_epoch(); }

/// True in leap years.
constexpr bool is_leap_year(int year) noexcept { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }
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
