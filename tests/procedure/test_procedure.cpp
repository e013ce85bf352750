// Procedure rules: Belgian holidays, appeal deadline (WSE-FAQ 5.8, I-24), referral (5.6),
// maatwerk thresholds (2.10, 2.11, I-29).
#include <doctest/doctest.h>

#include "lde/core/error.hpp"
#include "lde/core/holidays.hpp"
#include "lde/core/rule.hpp"
#include "lde/procedure/appeal.hpp"
#include "lde/procedure/maatwerk.hpp"
#include "lde/procedure/rules.hpp"

using namespace lde;

namespace {
Date d(const char* iso) { return Date::parse(iso); }
Fte fte(const char* s) { return Fte::parse(s); }
const ParameterSet& P() { return ParameterSet::defaults(); }
}  // namespace

TEST_CASE("Easter by the Gregorian computus") {
  CHECK(easter_sunday(2026) == d("2026-04-05"));
  CHECK(easter_sunday(2025) == d("2025-04-20"));
  CHECK(easter_sunday(2024) == d("2024-03-31"));
  CHECK(easter_sunday(2000) == d("2000-04-23"));
  CHECK(easter_sunday(1961) == d("1961-04-02"));
  CHECK(easter_sunday(2285) == d("2285-03-22"));  // the earliest possible date
  CHECK(easter_sunday(2038) == d("2038-04-25"));  // the latest possible date
  CHECK_THROWS_AS(easter_sunday(1500), Error);
}

TEST_CASE("I-24: the ten Belgian legal holidays of 2026") {
  const auto h = belgian_public_holidays(2026);
  REQUIRE(h.size() == 10);
  const char* expected[] = {"2026-01-01", "2026-04-06", "2026-05-01", "2026-05-14", "2026-05-25",
                            "2026-07-21", "2026-08-15", "2026-11-01", "2026-11-11", "2026-12-25"};
  for (std::size_t i = 0; i < 10; ++i) CHECK(h[i].date == d(expected[i]));
  CHECK(belgian_public_holiday(d("2026-05-25"))->name == "Whit Monday");
  CHECK_FALSE(belgian_public_holiday(d("2026-05-24")).has_value());  // Whit Sunday is a Sunday, not listed
  CHECK_FALSE(is_working_day(d("2026-05-23")));                       // Saturday
  CHECK(working_day_on_or_after(d("2026-05-23")) == d("2026-05-26"));
  CHECK(belgian_public_holidays(1960).size() == 10);  // W-14: the 1974 list answers for earlier years
  CHECK(belgian_holiday_rules().size() == 10);
}

TEST_CASE("WSE-FAQ 5.8 / I-24: sent 2026-03-10, the last day 2026-05-10 is a Sunday: 2026-05-11") {
  Trace trace;
  const AppealDeadline a = appeal_deadline(d("2026-03-10"), std::nullopt, P(), &trace);
  CHECK(a.nominal_last_day == d("2026-05-10"));
  CHECK(a.last_day == d("2026-05-11"));
  REQUIRE(a.moved_over.size() == 1);
  CHECK(a.moved_over[0] == "2026-05-10 Sunday");
  CHECK_FALSE(a.in_time.has_value());
  CHECK(trace.steps().front().rule == "worker.appeal.deadline");
  CHECK(trace.to_text().find("Judicial Code art. 53") != std::string::npos);
}

TEST_CASE("I-24: holidays and weekends chain; a Friday 10 days before Easter Monday; filing on the last day is in time") {
  // Friday 2026-03-27 is 10 days before Easter Monday 2026-04-06: the holidays in between do not count,
  // only the last day moves; 2026-05-27 is a Wednesday.
  CHECK(appeal_deadline(d("2026-03-27"), std::nullopt, P()).last_day == d("2026-05-27"));
  // 2026-05-23 Saturday, 24 Sunday, 25 Whit Monday: 2026-05-26.
  const AppealDeadline w = appeal_deadline(d("2026-03-23"), d("2026-05-26"), P());
  CHECK(w.last_day == d("2026-05-26"));
  CHECK(w.moved_over.size() == 3);
  CHECK(w.moved_over[2] == "2026-05-25 Monday, Whit Monday (Pinkstermaandag)");
  CHECK(*w.in_time);
  CHECK_FALSE(*appeal_deadline(d("2026-03-23"), d("2026-05-27"), P()).in_time);
  // Ascension Thursday 2026-05-14 → Friday.
  CHECK(appeal_deadline(d("2026-03-14"), std::nullopt, P()).last_day == d("2026-05-15"));
  // I-2 for months: 2025-12-31 + 2 months = 2026-02-28, a Saturday → Monday 2026-03-02.
  CHECK(appeal_deadline(d("2025-12-31"), std::nullopt, P()).last_day == d("2026-03-02"));
  // 2026-10-11 + 2 months... 2025-09-11 + 2 = 2025-11-11, Armistice (Tuesday) → 2025-11-12.
  CHECK(appeal_deadline(d("2025-09-11"), std::nullopt, P()).last_day == d("2025-11-12"));
}

TEST_CASE("I-24: bad input names the field") {
  try {
    appeal_deadline(d("2026-03-10"), d("2026-03-09"), P());
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.field() == "filed");
    CHECK(e.code() == ErrorCode::invalid_argument);
  }
  try {
    appeal_deadline(d("9999-01-01"), std::nullopt, P());
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.field() == "letter_sent");
  }
}

TEST_CASE("WSE-FAQ 5.6: a job seeker may be proposed only with an LDE right in force") {
  RightOnDate lde_right{RightKind::lde, true, d("2022-01-01"), d("2026-12-31"), std::nullopt};
  CHECK(referral_proposal(lde_right, d("2025-01-01")).may_propose);
  RightOnDate vop{RightKind::vop, true, d("2022-01-01"), d("2026-12-31"), std::nullopt};
  CHECK_FALSE(referral_proposal(vop, d("2025-01-01")).may_propose);
  CHECK(referral_proposal(vop, d("2025-01-01")).reason.find("not an LDE right") != std::string::npos);
  RightOnDate expired{RightKind::lde, false, d("2015-01-01"), d("2019-12-31"), RightEnd::expired};
  const ReferralDecision r = referral_proposal(expired, d("2025-01-01"));
  CHECK_FALSE(r.may_propose);
  CHECK(r.reason.find("VDAB must first indicate") != std::string::npos);
  CHECK_FALSE(referral_proposal(RightOnDate{}, d("2025-01-01")).may_propose);
}

TEST_CASE("I-29: a maatwerkbedrijf at exactly 65 % and 20.00 FTE meets both thresholds; LDE workers only in the denominator") {
  MaatwerkActivity a;
  a.company = MaatwerkCompanyInput{fte("13.00"), fte("7.00")};
  MaatwerkResult r = maatwerk_conditions(a, false, d("2026-01-01"), P());
  REQUIRE(r.company);
  CHECK(r.company->total_fte == fte("20.00"));
  CHECK(r.company->share.to_string() == "65.00");
  CHECK(r.company->met);
  CHECK(r.failing.empty());
  a.company = MaatwerkCompanyInput{fte("12.99"), fte("7.01")};  // 64.95 %
  r = maatwerk_conditions(a, false, d("2026-01-01"), P());
  CHECK_FALSE(r.company->meets_share);
  CHECK(r.company->meets_fte);
  a.company = MaatwerkCompanyInput{fte("12.99"), fte("6.99")};  // 19.98 FTE, 65.02 %
  r = maatwerk_conditions(a, false, d("2026-01-01"), P());
  CHECK_FALSE(r.company->meets_fte);
  CHECK(r.company->meets_share);
  CHECK(r.failing == std::vector<std::string>{"company_fte"});
}

TEST_CASE("I-29 / 2.11: a maatwerkafdeling needs 5 FTE on one site and, in an LDE enterprise, a sui generis division") {
  MaatwerkActivity a;
  a.division = MaatwerkDivisionInput{fte("5.00")};
  CHECK(maatwerk_conditions(a, true, d("2026-01-01"), P()).division->met);
  const MaatwerkResult no = maatwerk_conditions(a, false, d("2026-01-01"), P());
  CHECK_FALSE(no.division->allowed);
  CHECK_FALSE(no.division->met);
  CHECK(no.failing == std::vector<std::string>{"division_sui_generis"});
  a.division = MaatwerkDivisionInput{fte("4.99")};
  CHECK(maatwerk_conditions(a, true, d("2026-01-01"), P()).failing == std::vector<std::string>{"division_fte"});
}

TEST_CASE("the procedure rules are in the rule catalog") {
  CHECK(find_rule("worker.appeal.deadline") == &procedure::kAppealDeadline);
  CHECK(find_rule("enterprise.maatwerk.division") == &procedure::kMaatwerkDivision);
}
