// Belgian public holidays (I-24): Easter by the Gregorian computus, the ten legal holidays as data.
#include "lde/core/holidays.hpp"

#include "lde/core/error.hpp"

#include <algorithm>
#include <array>
#include <string>

namespace lde {

namespace {

constexpr std::string_view kLaw1974 = "Wet van 4 januari 1974 betreffende de feestdagen, art. 1 (as cited in I-24)";

// The ten legal holidays (I-24), each from the law of 4 January 1974; earlier years use the same list (W-14).
constexpr std::array<HolidayRule, 10> kRules{{
    {"New Year's Day", "Nieuwjaar", 1, 1, 0, 1974, 9999, kLaw1974},
    {"Easter Monday", "Paasmaandag", 0, 0, 1, 1974, 9999, kLaw1974},
    {"Labour Day", "Feest van de Arbeid", 5, 1, 0, 1974, 9999, kLaw1974},
    {"Ascension Day", "Onze-Lieve-Heer-Hemelvaart", 0, 0, 39, 1974, 9999, kLaw1974},
    {"Whit Monday", "Pinkstermaandag", 0, 0, 50, 1974, 9999, kLaw1974},
    {"National Day", "Nationale feestdag", 7, 21, 0, 1974, 9999, kLaw1974},
    {"Assumption Day", "Onze-Lieve-Vrouw-Hemelvaart", 8, 15, 0, 1974, 9999, kLaw1974},
    {"All Saints' Day", "Allerheiligen", 11, 1, 0, 1974, 9999, kLaw1974},
    {"Armistice Day", "Wapenstilstand", 11, 11, 0, 1974, 9999, kLaw1974},
    {"Christmas Day", "Kerstmis", 12, 25, 0, 1974, 9999, kLaw1974},
}};

void check_computus_year(int year) {
  if (year < 1583 || year > 9999) {
    throw Error(ErrorCode::invalid_date, "year",
                "year " + std::to_string(year) + " is outside 1583..9999 (the Gregorian computus)");
  }
}

}  // namespace

Date easter_sunday(int year) {
  check_computus_year(year);
  const int a = year % 19;
  const int b = year / 100;
  const int c = year % 100;
  const int d = b / 4;
  const int e = b % 4;
  const int f = (b + 8) / 25;
  const int g = (b - f + 1) / 3;
  const int h = (19 * a + b - d - g + 15) % 30;
  const int i = c / 4;
  const int k = c % 4;
  const int l = (32 + 2 * e + 2 * i - h - k) % 7;
  const int m = (a + 11 * h + 22 * l) / 451;
  const int month = (h + l - 7 * m + 114) / 31;
  const int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date::from_ymd(year, month, day, "year");
}

std::span<const HolidayRule> belgian_holiday_rules() noexcept { return kRules; }

std::vector<PublicHoliday> belgian_public_holidays(int year) {
  check_computus_year(year);
  // W-14: before the first year of the list, the earliest list answers.
  int first_year = 9999;
  for (const HolidayRule& r : kRules) first_year = std::min(first_year, r.from_year);
  const int lookup = std::max(year, first_year);
  const Date easter = easter_sunday(year);
  std::vector<PublicHoliday> out;
  for (const HolidayRule& r : kRules) {
    if (lookup < r.from_year || lookup > r.to_year) continue;
    const Date d = r.month != 0 ? Date::from_ymd(year, r.month, r.day, "year") : easter.plus_days(r.days_after_easter);
    out.push_back(PublicHoliday{d, r.name, r.dutch});
  }
  std::stable_sort(out.begin(), out.end(), [](const PublicHoliday& x, const PublicHoliday& y) { return x.date < y.date; });
  return out;
}

std::optional<PublicHoliday> belgian_public_holiday(Date d) {
  for (const PublicHoliday& h : belgian_public_holidays(d.year())) {
    if (h.date == d) return h;
  }
  return std::nullopt;
}

bool is_working_day(Date d) {
  const int wd = d.weekday();  // 0 Sunday .. 6 Saturday
  if (wd == 0 || wd == 6) return false;
  return !belgian_public_holiday(d).has_value();
}

Date working_day_on_or_after(Date d) {
  while (!is_working_day(d)) d = d.next_day();
  return d;
}

}  // namespace lde
