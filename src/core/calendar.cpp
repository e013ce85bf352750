#include "lde/core/calendar.hpp"

#include "lde/core/error.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace lde {

namespace {

constexpr int kMinYear = 1400;
constexpr int kMaxYear = 9999;

std::string field_name(std::string_view field) { return std::string(field); }

bool parse_int(std::string_view text, int& out) {
  if (text.empty()) return false;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
  }
  auto res = std::from_chars(text.data(), text.data() + text.size(), out);
  return res.ec == std::errc() && res.ptr == text.data() + text.size();
}

}  // namespace

int days_in_year(int year) { return is_leap_year(year) ? 366 : 365; }

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) {
    throw_invalid("month", "month " + std::to_string(month) + " is outside 1..12");
  }
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

namespace {

/// `YYYY-MM-DD` of numbers that need not make a date (the text of an error).
std::string ymd_text(int year, int month, int day) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace

Date Date::from_ymd(int year, int month, int day, std::string_view field) {
  // The text of the date is built only on the error paths.
  if (year < kMinYear || year > kMaxYear) {
    throw Error(ErrorCode::invalid_date, field_name(field),
                "date " + ymd_text(year, month, day) + " is outside the years 1400 to 9999");
  }
  if (month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) {
    throw Error(ErrorCode::invalid_date, field_name(field), "date " + ymd_text(year, month, day) + " does not exist");
  }
  return Date(calendar_detail::days_from_civil(year, month, day));
}

Date Date::parse(std::string_view iso, std::string_view field) {
  int y = 0, m = 0, d = 0;
  const bool shape = iso.size() == 10 && iso[4] == '-' && iso[7] == '-' && parse_int(iso.substr(0, 4), y) &&
                     parse_int(iso.substr(5, 2), m) && parse_int(iso.substr(8, 2), d);
  if (!shape) {
    throw Error(ErrorCode::parse_error, field_name(field),
                "\"" + std::string(iso) + "\" is not a date of the form YYYY-MM-DD");
  }
  return from_ymd(y, m, d, field);
}

Date Date::from_days_since_epoch(std::int64_t days, std::string_view field) {
  if (days < calendar_detail::kFirstDay || days > calendar_detail::kLastDay) {
    throw Error(ErrorCode::invalid_date, field_name(field),
                "day number " + std::to_string(days) + " is outside the years 1400 to 9999");
  }
  return Date(static_cast<std::int32_t>(days));
}

std::string Date::iso() const {
  // A Date holds years 1400 .. 9999: always four digits, then two and two.
  const calendar_detail::Ymd c = ymd();
  char buf[10];
  const auto digits = [](char* out, int value, int width) {
    for (int i = width - 1; i >= 0; --i, value /= 10) out[i] = static_cast<char>('0' + value % 10);
  };
  digits(buf, c.year, 4);
  buf[4] = '-';
  digits(buf + 5, c.month, 2);
  buf[7] = '-';
  digits(buf + 8, c.day, 2);
  return std::string(buf, sizeof buf);
}

Date Date::plus_days(std::int64_t n) const {
  const std::int64_t target = static_cast<std::int64_t>(days_) + n;
  if (target >= calendar_detail::kFirstDay && target <= calendar_detail::kLastDay) {
    return Date(static_cast<std::int32_t>(target));
  }
  // Say which computation left the calendar, not only the day number.
  throw Error(ErrorCode::invalid_date, "date",
              iso() + " + " + std::to_string(n) + " days: day number " + std::to_string(target) +
                  " is outside the years 1400 to 9999");
}

Date add_years(Date d, int years) {
  const calendar_detail::Ymd c = d.ymd();
  const int y = c.year + years;
  if (c.month == 2 && c.day == 29 && !is_leap_year(y)) {
    return Date::from_ymd(y, 3, 1, "date");  // I-2: first day of the next month
  }
  return Date::from_ymd(y, c.month, c.day, "date");
}

Date add_months(Date d, int months) {
  const calendar_detail::Ymd c = d.ymd();
  const int index = c.year * 12 + (c.month - 1) + months;
  const int y = index / 12;
  const int m = index % 12 + 1;
  return Date::from_ymd(y, m, std::min(c.day, days_in_month(y, m)), "date");  // I-2: last day of the month
}

int age_on(Date birth, Date on) {
  if (on < birth) {
    throw_invalid("birth_date", "the date " + on.iso() + " is before the birth date " + birth.iso());
  }
  // Completed years (I-3): the birthday of this year is reached when (month, day) of @p on is at or
  // past that of the birth; 29 February counts as reached on 1 March in non-leap years (I-2).
  const calendar_detail::Ymd b = birth.ymd();
  const calendar_detail::Ymd o = on.ymd();
  int age = o.year - b.year;
  int bm = b.month, bd = b.day;
  if (bm == 2 && bd == 29 && !is_leap_year(o.year)) {
    bm = 3;
    bd = 1;
  }
  if (o.month < bm || (o.month == bm && o.day < bd)) --age;
  return age;
}

Date date_reaching_age(Date birth, int age) { return add_years(birth, age); }

Period::Period(Date first, Date last, std::string_view field) : first_(first), last_(last) {
  if (last < first) {
    throw Error(ErrorCode::invalid_date, field_name(field),
                "the period ends (" + last.iso() + ") before it starts (" + first.iso() + ")");
  }
}

Period Period::years_from(Date first, int years) {
  return Period(first, add_years(first, years).previous_day());
}

Period Period::months_from(Date first, int months) {
  // I-22: the day before the date @p months after @p first; when that date
  // does not exist (31 February), the last day of that month.
  const Date target = add_months(first, months);
  const bool exists = target.day() == first.day();
  return Period(first, exists ? target.previous_day() : target);
}

std::int64_t Period::days() const { return days_between(first_, last_) + 1; }

bool Period::overlaps(const Period& other) const { return first_ <= other.last_ && other.first_ <= last_; }

bool Period::touches(const Period& other) const {
  return days_between(last_, other.first_) <= 1 && days_between(other.last_, first_) <= 1;
}

std::optional<Period> Period::intersect(const Period& other) const {
  if (!overlaps(other)) return std::nullopt;
  return Period(std::max(first_, other.first_), std::min(last_, other.last_));
}

std::string Period::iso() const { return first_.iso() + ".." + last_.iso(); }

std::vector<Period> merge_touching(std::vector<Period> periods) {
  std::sort(periods.begin(), periods.end(),
            [](const Period& a, const Period& b) { return a.first() < b.first(); });
  std::vector<Period> out;
  for (const Period& p : periods) {
    if (!out.empty() && out.back().touches(p)) {
      out.back() = Period(out.back().first(), std::max(out.back().last(), p.last()));
    } else {
      out.push_back(p);
    }
  }
  return out;
}

Month::Month(int year, int month, std::string_view field) : year_(year), month_(month) {
  if (month < 1 || month > 12) {
    throw_invalid(field_name(field), "month " + std::to_string(month) + " is outside 1..12");
  }
  if (year < kMinYear || year > kMaxYear) {
    throw Error(ErrorCode::invalid_date, field_name(field),
                "year " + std::to_string(year) + " is outside the years 1400 to 9999");
  }
}

Month Month::parse(std::string_view text, std::string_view field) {
  int y = 0, m = 0;
  if (text.size() != 7 || text[4] != '-' || !parse_int(text.substr(0, 4), y) || !parse_int(text.substr(5, 2), m)) {
    throw Error(ErrorCode::parse_error, field_name(field),
                "\"" + std::string(text) + "\" is not a month of the form YYYY-MM");
  }
  return Month(y, m, field);
}

Month Month::of(Date d) { return Month(d.year(), d.month()); }
Date Month::first_day() const { return Date::from_ymd(year_, month_, 1); }
Date Month::last_day() const { return Date::from_ymd(year_, month_, days_in_month(year_, month_)); }
int Month::days() const { return days_in_month(year_, month_); }
Period Month::period() const { return Period(first_day(), last_day()); }
Month Month::next() const { return month_ == 12 ? Month(year_ + 1, 1) : Month(year_, month_ + 1); }

std::string Month::iso() const {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year_, month_);
  return buf;
}

Quarter::Quarter(int year, int quarter, std::string_view field) : year_(year), quarter_(quarter) {
  if (quarter < 1 || quarter > 4) {
    throw_invalid(field_name(field), "quarter " + std::to_string(quarter) + " is outside 1..4");
  }
  if (year < kMinYear || year > kMaxYear) {
    throw Error(ErrorCode::invalid_date, field_name(field),
                "year " + std::to_string(year) + " is outside the years 1400 to 9999");
  }
}

Quarter Quarter::parse(std::string_view text, std::string_view field) {
  int y = 0, q = 0;
  if (text.size() != 7 || text[4] != '-' || text[5] != 'Q' || !parse_int(text.substr(0, 4), y) ||
      !parse_int(text.substr(6, 1), q)) {
    throw Error(ErrorCode::parse_error, field_name(field),
                "\"" + std::string(text) + "\" is not a quarter of the form YYYY-Qn");
  }
  return Quarter(y, q, field);
}

Quarter Quarter::of(Date d) { return Quarter(d.year(), (d.month() - 1) / 3 + 1); }
Month Quarter::first_month() const { return Month(year_, (quarter_ - 1) * 3 + 1); }
Date Quarter::first_day() const { return first_month().first_day(); }
Date Quarter::last_day() const { return Month(year_, quarter_ * 3).last_day(); }
int Quarter::days() const { return static_cast<int>(period().days()); }
Period Quarter::period() const { return Period(first_day(), last_day()); }
Quarter Quarter::next() const { return quarter_ == 4 ? Quarter(year_ + 1, 1) : Quarter(year_, quarter_ + 1); }

std::string Quarter::iso() const { return std::to_string(year_) + "-Q" + std::to_string(quarter_); }

}  // namespace lde
