/// @file holidays.hpp
/// @brief Belgian public holidays and working days: Easter by the Gregorian
/// computus, the ten legal holidays as effective-dated data (I-24).
///
/// The ten days of the law of 4 January 1974 on public holidays ("wet
/// betreffende de feestdagen"): 1 January, Easter Monday, 1 May, Ascension Day,
/// Whit Monday, 21 July, 15 August, 1 November, 11 November, 25 December. They
/// are data (`belgian_holiday_rules()`), each with the day it applies from and
/// its source, so that a change of the list is one more entry. Reading W-14
/// (docs/readings.md): the list in force on 1974-01-04 also answers for earlier
/// dates (the same ten days were paid holidays before the 1974 law); the module
/// is tested day by day over 1950-2100 against Python's `holidays` package.
#pragma once

#include "lde/core/calendar.hpp"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace lde {

/// Easter Sunday of @p year in the Gregorian calendar (anonymous Gregorian
/// computus, "Meeus/Jones/Butcher"). @throws Error (invalid_date) outside 1583..9999
Date easter_sunday(int year);

/// One legal holiday as data: a fixed day of the year, or a number of days after Easter Sunday.
struct HolidayRule {
  std::string_view name;         ///< English name ("Whit Monday").
  std::string_view dutch;        ///< Dutch legal name ("Pinkstermaandag").
  int month = 0;                 ///< Month of a fixed holiday; 0 for one that follows Easter.
  int day = 0;                   ///< Day of a fixed holiday.
  int days_after_easter = 0;     ///< Offset from Easter Sunday (Easter Monday 1, Ascension 39, Whit Monday 50).
  int from_year = 0;             ///< First year it applies (earlier years: W-14).
  int to_year = 9999;            ///< Last year it applies.
  std::string_view source;       ///< Legal source.
};

/// The effective-dated list of Belgian legal holidays (the ten days, I-24).
std::span<const HolidayRule> belgian_holiday_rules() noexcept;

/// A public holiday on a date.
struct PublicHoliday {
  Date date;              ///< The day.
  std::string_view name;  ///< English name.
  std::string_view dutch; ///< Dutch name.
};

/// The Belgian public holidays of @p year, in date order. @throws Error (invalid_date) outside 1583..9999
std::vector<PublicHoliday> belgian_public_holidays(int year);

/// The holiday on @p d, if it is one.
std::optional<PublicHoliday> belgian_public_holiday(Date d);

/// True on a day that is neither a Saturday, a Sunday nor a Belgian public holiday (Judicial Code art. 53).
bool is_working_day(Date d);

/// @p d itself when it is a working day, else the next working day (Judicial Code art. 53, I-24).
Date working_day_on_or_after(Date d);

}  // namespace lde
