// Organisation conditions (WSE-FAQ "Organisatievoorwaarden" 2.5-2.14) and the quality calendar
// (WSE-FAQ "Kwaliteitsmanagement" 3.1, 3.6; "POP" 6.8; WSE-SUPPORT "2. Werkgever").
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

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.7: allowed legal forms") {
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

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.14 / I-5: enterprises in Brussels are not eligible; they can turn to the Brussels-Capital Region") {
  Enterprise e = enterprise("5");
  e.seat = parse_seat("brussels");
  Trace trace;
  const ConditionsResult r = organisation_conditions(e, P(), d("2026-01-01"), &trace);
  CHECK_FALSE(r.met);
  CHECK(r.failing == std::vector<std::string>{"not_in_brussels"});
  // 2.14 "Ze kunnen terecht bij het Brussels Hoofdstedelijk Gewest, die een gelijkaardige maatregel kennen."
  CHECK(trace.to_text().find("Brussels-Capital Region") != std::string::npos);
  Trace flemish;
  (void)organisation_conditions(enterprise("5"), P(), d("2026-01-01"), &flemish);
  CHECK(flemish.to_text().find("Brussels-Capital Region") == std::string::npos);
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

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.8, 2.9: sui generis division with other activities; separate bookkeeping when commercial") {
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

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.10 (first sentence), 2.11 / E-9: the maatwerkbedrijf label can be combined with LDE; with it or a maatwerkafdeling a sui generis division is required") {
  // 2.10 "Een onderneming kan het label als maatwerkbedrijf en lokale diensteneconomieonderneming combineren":
  // the combination is allowed (no condition forbids it). Under E-9 the maatwerkbedrijf (2.10) or a
  // maatwerkafdeling (2.11 "dient dan wel een sui generisafdeling op te richten") is another activity, so
  // the combination needs a sui generis division for LDE. (2.10's second sentence, on the 65 % of the
  // maatwerkbedrijf, is the rule enterprise.maatwerk.company, I-29: tests/procedure/.)
  Enterprise e = enterprise("5");
  e.other_activities = OtherActivities::commercial;
  e.separate_bookkeeping = true;
  CHECK(organisation_conditions(e, P(), d("2026-01-01")).failing == std::vector<std::string>{"sui_generis_division"});
  e.sui_generis_division = true;
  CHECK(organisation_conditions(e, P(), d("2026-01-01")).met);
}

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.12, 2.13: no subcontracting, no enclave work; every failing condition listed") {
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

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.5, 2.6 / I-18: from when the organisation conditions are enforced") {
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

TEST_CASE("WSE-FAQ \"Kwaliteitsmanagement\" 3.1, 3.6; WSE-SUPPORT \"2. Werkgever\": the yearly sustainability report") {
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

TEST_CASE("WSE-FAQ \"Kwaliteitsmanagement\" 3.1; WSE-SUPPORT \"2. Werkgever\": self-evaluation every three years; assessment 2017-2026") {
  CHECK(self_evaluation_interval_years(d("2026-01-01"), P()) == 3);
  const Period p = quality_assessment_period(d("2026-01-01"), P());
  CHECK(p.first() == d("2017-01-01"));
  CHECK(p.last() == d("2026-12-31"));
  CHECK(p.contains(d("2026-12-31")));
  CHECK_FALSE(p.contains(d("2016-12-31")));
}

TEST_CASE("WSE-FAQ \"POP\" 6.8; WSE-SUPPORT \"1. Werknemer\": a yearly POP for every target worker from 2018") {
  CHECK_FALSE(pop_required(2016, P()));
  CHECK_FALSE(pop_required(2017, P()));
  CHECK(pop_required(2018, P()));
  CHECK(pop_required(2026, P()));
  const ParameterSet later = P().with_value("quality.pop_required_from", d("2015-04-01"), d("2019-07-01"), "test");
  CHECK_FALSE(pop_required(2018, later));
  CHECK(pop_required(2019, later));
}

TEST_CASE("WSE-FAQ \"Organisatievoorwaarden\" 2.4, 2.5 / E-14: failing an organisation condition while it applies is a ground to withdraw the label") {
  // 2.5 "Deze ondernemingen zullen uiterlijk op 1 januari 2018 moeten voldoen aan de organisatievoorwaarden
  // voor LDE-ondernemingen. Zo niet, kan het label als LDE-onderneming ingetrokken worden."
  Enterprise c = enterprise("5");
  c.converted = true;
  c.subcontracting = true;
  const ConditionsResult before = organisation_conditions(c, P(), d("2017-12-31"));
  CHECK_FALSE(before.met);
  CHECK_FALSE(before.label_may_be_withdrawn);  // not yet enforced
  Trace trace;
  const ConditionsResult after = organisation_conditions(c, P(), d("2018-01-01"), &trace);
  CHECK(after.label_may_be_withdrawn);
  CHECK(trace.steps().front().outcome.find("the label may be withdrawn") != std::string::npos);
  c.subcontracting = false;
  CHECK_FALSE(organisation_conditions(c, P(), d("2018-01-01")).label_may_be_withdrawn);  // met
  // A new enterprise: from the third year of its start-up transition (2.6).
  Enterprise n = enterprise("5", "2020-05-15");
  n.allocation_date = d("2020-05-15");
  n.enclave_work = true;
  CHECK_FALSE(organisation_conditions(n, P(), d("2022-06-30")).label_may_be_withdrawn);
  CHECK(organisation_conditions(n, P(), d("2022-07-01")).label_may_be_withdrawn);
}

TEST_CASE("WSE-FAQ \"POP\" 6.8 / E-13: the yearly POP obligation per target worker from 2018") {
  Enterprise e = enterprise("5");
  for (int y : {2017, 2018}) {
    const std::string ys = std::to_string(y);
    e.dmfa[Quarter(y, 1)] = {{"ann", fte("1"), true}, {"bart", fte("0.5"), true}};
    // Long-term sick with no reference wage cost and a fraction of 0: still a target worker (6.8 "voor elke").
    e.dmfa[Quarter(y, 3)] = {{"bart", fte("0.5"), true}, {"cem", fte("0"), false}};
  }
  Trace trace;
  const std::vector<PopObligation> p2018 = pop_obligations(e, 2018, P(), &trace);
  REQUIRE(p2018.size() == 3);
  CHECK(p2018[0].worker == "ann");
  CHECK(p2018[1].worker == "bart");
  CHECK(p2018[2].worker == "cem");
  CHECK(p2018[1].quarters == std::vector<Quarter>{Quarter(2018, 1), Quarter(2018, 3)});
  CHECK(p2018[2].quarters == std::vector<Quarter>{Quarter(2018, 3)});
  for (const auto& o : p2018) CHECK(o.required);
  // The obligation's step, then the check of each required POP (none reported: missing).
  REQUIRE(trace.steps().size() == 4);
  for (std::size_t i = 1; i < 4; ++i) {
    CHECK(trace.steps()[i].rule == "enterprise.pop.check");
    CHECK(trace.steps()[i].outcome.find("missing") != std::string::npos);
  }
  const TraceStep& s = trace.steps().front();
  CHECK(s.rule == "enterprise.quality.pop_workers");
  CHECK(s.source.find("vanaf 2018") != std::string::npos);
  CHECK(s.source.find("6.8") != std::string::npos);
  CHECK(s.outcome.find("3 target worker(s)") != std::string::npos);
  bool param = false;
  for (const auto& q : s.parameters) param = param || (q.name == "quality.pop_required_from" && q.value == "2018-01-01");
  CHECK(param);

  // 2017: the same workers are listed, none needs a POP yet.
  const std::vector<PopObligation> p2017 = pop_obligations(e, 2017, P());
  REQUIRE(p2017.size() == 3);
  for (const auto& o : p2017) CHECK_FALSE(o.required);
  // No DmfA data in a year: nobody to list.
  CHECK(pop_obligations(e, 2026, P()).empty());

  // Per worker: with the obligation from 2019-07-01, in 2019 only those still employed in Q3 or Q4 need one.
  const ParameterSet later = P().with_value("quality.pop_required_from", d("2015-04-01"), d("2019-07-01"), "test");
  Enterprise f = enterprise("5");
  f.dmfa[Quarter(2019, 1)] = {{"left-in-march", fte("1"), true}, {"stays", fte("1"), true}};
  f.dmfa[Quarter(2019, 3)] = {{"stays", fte("1"), true}};
  const std::vector<PopObligation> p2019 = pop_obligations(f, 2019, later);
  REQUIRE(p2019.size() == 2);
  CHECK(p2019[0].worker == "left-in-march");
  CHECK_FALSE(p2019[0].required);
  CHECK(p2019[1].worker == "stays");
  CHECK(p2019[1].required);
  CHECK(pop_required(2019, later));  // the enterprise-wide answer: in force on some day of 2019

  // Bad input and years are rejected like in every other rule.
  CHECK_THROWS_AS((void)pop_obligations(e, 9999, P()), Error);
  Enterprise bad = enterprise("5");
  bad.dmfa[Quarter(2018, 1)] = {{"x", fte("1"), true}, {"x", fte("1"), true}};
  CHECK_THROWS_AS((void)pop_obligations(bad, 2018, P()), Error);
}
