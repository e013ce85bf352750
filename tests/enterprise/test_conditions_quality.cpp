// Organisation conditions (seed 001 "Organisatievoorwaarden" 2.5-2.14) and the quality calendar
// (seed 001 "Kwaliteitsmanagement" 3.1, 3.6; "POP" 6.8; seed 002 "2. Werkgever").
#include <doctest/doctest.h>

#include "fixtures.hpp"
#include "lde/core/error.hpp"
#include "lde/enterprise/conditions.hpp"
#include "lde/enterprise/quality.hpp"

#include <algorithm>

using namespace lde;
using namespace lde_test;

namespace {
const ParameterSet& P() { return ParameterSet::defaults(); }
bool has(const ConditionsResult& r, const char* id) {
  return std::find(r.failing.begin(), r.failing.end(), id) != r.failing.end();
}
}  // namespace

TEST_CASE("seed 001 \"Organisatievoorwaarden\" 2.7: allowed legal forms") {
  for (LegalForm f : {LegalForm::vzw, LegalForm::vso, LegalForm::public_body, LegalForm::projectvereniging,
                      LegalForm::dienstverlenende_vereniging, LegalForm::opdrachthoudende_vereniging}) {
    Enterprise e = enterprise("5");
    e.legal_form = f;
    CAPTURE(to_string(f));
    const ConditionsResult r = organisation_conditions(e, P(), d("2026-01-01"));
    CHECK(r.met);
    CHECK(r.failing.empty());
    CHECK(parse_legal_form(to_string(f)) == f);
  }
  Enterprise e = enterprise("5");
  e.legal_form = parse_legal_form("bvba");
  e.legal_form_text = "bvba";
  CHECK(e.legal_form == LegalForm::other);
  Trace trace;
  const ConditionsResult r = organisation_conditions(e, P(), d("2026-01-01"), &trace);
  CHECK_FALSE(r.met);
  CHECK(r.failing == std::vector<std::string>{"legal_form"});
  CHECK(trace.to_text().find("bvba") != std::string::npos);
  CHECK(to_string(LegalForm::public_body) == "public");
  CHECK(parse_legal_form("") == LegalForm::other);
}

TEST_CASE("seed 001 \"Organisatievoorwaarden\" 2.14 / I-5: enterprises in Brussels are not eligible") {
  Enterprise e = enterprise("5");
  e.seat = parse_seat("brussels");
  const ConditionsResult r = organisation_conditions(e, P(), d("2026-01-01"));
  CHECK_FALSE(r.met);
  CHECK(r.failing == std::vector<std::string>{"not_in_brussels"});
  CHECK(to_string(Seat::flanders) == "flanders");
  CHECK(parse_seat("flanders") == Seat::flanders);
  try {
    (void)parse_seat("Brussel", "enterprise.seat");
    FAIL("expected an error");
  } catch (const Error& err) {
    CHECK(err.field() == "enterprise.seat");
    CHECK(std::string(err.what()).find("Brussel") != std::string::npos);
  }
}

TEST_CASE("seed 001 \"Organisatievoorwaarden\" 2.8, 2.9: sui generis division with other activities; separate bookkeeping when commercial") {
  Enterprise e = enterprise("5");
  e.other_activities = parse_other_activities("commercial");
  ConditionsResult r = organisation_conditions(e, P(), d("2026-01-01"));
  CHECK(r.failing == std::vector<std::string>{"sui_generis_division", "separate_bookkeeping"});
  e.sui_generis_division = true;
  r = organisation_conditions(e, P(), d("2026-01-01"));
  CHECK(r.failing == std::vector<std::string>{"separate_bookkeeping"});
  e.separate_bookkeeping = true;
  CHECK(organisation_conditions(e, P(), d("2026-01-01")).met);

  // Non-commercial other activities: a sui generis division, but no separate bookkeeping (identifiable cost items).
  Enterprise n = enterprise("5");
  n.other_activities = OtherActivities::non_commercial;
  CHECK(organisation_conditions(n, P(), d("2026-01-01")).failing == std::vector<std::string>{"sui_generis_division"});
  n.sui_generis_division = true;
  CHECK(organisation_conditions(n, P(), d("2026-01-01")).met);
  // Only LDE: nothing needed.
  CHECK(organisation_conditions(enterprise("5"), P(), d("2026-01-01")).met);
  CHECK(to_string(OtherActivities::non_commercial) == "non_commercial");
  CHECK_THROWS_AS((void)parse_other_activities("some"), Error);
}

TEST_CASE("seed 001 \"Organisatievoorwaarden\" 2.10, 2.11 / E-9: a maatwerkbedrijf or maatwerkafdeling is another activity") {
  // A vzw that is also a maatwerkbedrijf (2.10) or runs a maatwerkafdeling (2.11) has other activities:
  // it needs a sui generis division for LDE.
  Enterprise e = enterprise("5");
  e.other_activities = OtherActivities::commercial;
  e.separate_bookkeeping = true;
  CHECK(organisation_conditions(e, P(), d("2026-01-01")).failing == std::vector<std::string>{"sui_generis_division"});
  e.sui_generis_division = true;
  CHECK(organisation_conditions(e, P(), d("2026-01-01")).met);
}

TEST_CASE("seed 001 \"Organisatievoorwaarden\" 2.12, 2.13: no subcontracting, no enclave work; every failing condition listed") {
  Enterprise e = enterprise("5");
  e.subcontracting = true;
  CHECK(organisation_conditions(e, P(), d("2026-01-01")).failing == std::vector<std::string>{"no_subcontracting"});
  e.subcontracting = false;
  e.enclave_work = true;
  CHECK(organisation_conditions(e, P(), d("2026-01-01")).failing == std::vector<std::string>{"no_enclave_work"});

  Enterprise all = enterprise("5");
  all.legal_form = LegalForm::other;
  all.seat = Seat::brussels;
  all.other_activities = OtherActivities::commercial;
  all.subcontracting = true;
  all.enclave_work = true;
  const ConditionsResult r = organisation_conditions(all, P(), d("2026-01-01"));
  CHECK_FALSE(r.met);
  CHECK(r.failing.size() == 6);
  for (const char* id : {organisation_condition::legal_form, organisation_condition::not_in_brussels,
                         organisation_condition::sui_generis_division, organisation_condition::separate_bookkeeping,
                         organisation_condition::no_subcontracting, organisation_condition::no_enclave_work}) {
    CHECK(has(r, id));
  }
}

TEST_CASE("seed 001 \"Organisatievoorwaarden\" 2.5, 2.6 / I-18: from when the organisation conditions are enforced") {
  Enterprise c = enterprise("5");
  c.converted = true;
  const ConditionsResult before = organisation_conditions(c, P(), d("2017-12-31"));
  REQUIRE(before.apply_from.has_value());
  CHECK(*before.apply_from == d("2018-01-01"));
  CHECK_FALSE(before.applies);
  CHECK(organisation_conditions(c, P(), d("2018-01-01")).applies);

  Enterprise n = enterprise("5", "2020-05-15");
  n.allocation_date = d("2020-05-15");
  const ConditionsResult during = organisation_conditions(n, P(), d("2022-06-30"));
  CHECK(*during.apply_from == d("2022-07-01"));
  CHECK_FALSE(during.applies);
  CHECK(organisation_conditions(n, P(), d("2022-07-01")).applies);

  CHECK_FALSE(organisation_conditions(enterprise("5"), P(), d("2026-01-01")).apply_from.has_value());
}

TEST_CASE("seed 001 \"Kwaliteitsmanagement\" 3.1, 3.6; seed 002 \"2. Werkgever\": the yearly sustainability report") {
  CHECK_FALSE(sustainability_report(2015, P()).has_value());
  Trace trace;
  const auto first = sustainability_report(2016, P(), &trace);
  REQUIRE(first.has_value());
  CHECK(first->working_year == 2016);
  CHECK(first->due == d("2017-07-31"));
  CHECK(trace.steps().front().rule == "enterprise.quality.sustainability_report");
  // Every year, also in a year with a self-evaluation (3.6).
  for (int y = 2016; y <= 2030; ++y) {
    const auto r = sustainability_report(y, P());
    REQUIRE(r.has_value());
    CHECK(r->due == Date::from_ymd(y + 1, 7, 31));
  }
  CHECK_THROWS_AS((void)sustainability_report(9999, P()), Error);
}

TEST_CASE("seed 001 \"Kwaliteitsmanagement\" 3.1; seed 002 \"2. Werkgever\": self-evaluation every three years; assessment 2017-2026") {
  CHECK(self_evaluation_interval_years(d("2026-01-01"), P()) == 3);
  const Period p = quality_assessment_period(d("2026-01-01"), P());
  CHECK(p.first() == d("2017-01-01"));
  CHECK(p.last() == d("2026-12-31"));
  CHECK(p.contains(d("2026-12-31")));
  CHECK_FALSE(p.contains(d("2016-12-31")));
}

TEST_CASE("seed 001 \"POP\" 6.8; seed 002 \"1. Werknemer\": a yearly POP for every target worker from 2018") {
  CHECK_FALSE(pop_required(2016, P()));
  CHECK_FALSE(pop_required(2017, P()));
  CHECK(pop_required(2018, P()));
  CHECK(pop_required(2026, P()));
  const ParameterSet later = P().with_value("quality.pop_required_from", d("2015-04-01"), d("2019-07-01"), "test");
  CHECK_FALSE(pop_required(2018, later));
  CHECK(pop_required(2019, later));
}
