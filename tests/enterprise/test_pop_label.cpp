// The POP check (WSE-FAQ "POP" 6.1, 6.5, 6.6, 6.8, 6.9; E-13, E-16..E-18) and the label
// (2.1, 2.2; E-19).
#include "fixtures.hpp"

#include "lde/core/error.hpp"
#include "lde/enterprise/year.hpp"
#include "lde/label/label.hpp"
#include "lde/pop/pop.hpp"
#include "../caught.hpp"

#include <doctest/doctest.h>

using namespace lde;
using namespace lde_test;
using test::catch_error;

namespace {

const ParameterSet& P() { return ParameterSet::defaults(); }

PopRecord complete(std::string worker, int year) {
  PopRecord r;
  r.worker = std::move(worker);
  r.year = year;
  r.content = kPopAllContent;
  r.transition = PopTransition::actions;
  r.registered_on = d("2025-06-30");
  return r;
}

bool trace_notes(const Trace& t, const std::string& rule, const std::string& text) {
  for (const TraceStep& s : t.steps()) {
    if (s.rule != rule) continue;
    for (const std::string& n : s.notes) {
      if (n.find(text) != std::string::npos) return true;
    }
  }
  return false;
}

}  // namespace

TEST_CASE("POP: a complete record is compliant, and each missing element is named (6.1, E-16)") {
  const PopRecord full = complete("w1", 2025);
  PopCheck c = check_pop("w1", 2025, true, &full);
  CHECK(c.status == PopStatus::compliant);
  CHECK(c.missing.empty());
  CHECK_FALSE(c.employer_view_only);
  for (int i = 0; i < kPopContentElementCount; ++i) {
    CAPTURE(i);
    PopRecord r = full;
    r.content &= ~(1U << i);
    c = check_pop("w1", 2025, true, &r);
    CHECK(c.status == PopStatus::incomplete);
    REQUIRE(c.missing.size() == 1);
    CHECK(c.missing[0] == static_cast<PopElement>(i));
  }
  PopRecord none = full;
  none.content = 0;
  none.transition = PopTransition::none;
  none.registered_on.reset();
  c = check_pop("w1", 2025, true, &none);
  CHECK(c.status == PopStatus::incomplete);
  CHECK(c.missing.size() == 9);  // seven content elements, transition focus, registration
  CHECK(c.missing.back() == PopElement::registration);
}

TEST_CASE("POP: not required, missing, and the 60+ motivation (6.1, 6.8, E-13, E-16)") {
  CHECK(check_pop("w1", 2017, false, nullptr).status == PopStatus::not_required);
  const PopRecord full = complete("w1", 2017);
  CHECK(check_pop("w1", 2017, false, &full).status == PopStatus::not_required);
  CHECK(check_pop("w1", 2025, true, nullptr).status == PopStatus::missing);

  PopRecord sixty = complete("w1", 2025);
  sixty.transition = PopTransition::motivated;
  sixty.motivation = "worker aged 62: no transition actions, focus on keeping the job";
  CHECK(check_pop("w1", 2025, true, &sixty).status == PopStatus::compliant);
  PopRecord no_focus = complete("w1", 2025);
  no_focus.transition = PopTransition::none;
  const PopCheck c = check_pop("w1", 2025, true, &no_focus);
  REQUIRE(c.missing.size() == 1);
  CHECK(c.missing[0] == PopElement::transition_focus);
}

TEST_CASE("POP: the refusal paths of 6.9 (E-17) and a worker's own registration (E-18)") {
  PopRecord r = complete("w1", 2025);
  r.view = PopView::employer_only;
  PopCheck c = check_pop("w1", 2025, true, &r);
  CHECK(c.status == PopStatus::incomplete);
  REQUIRE(c.missing.size() == 1);
  CHECK(c.missing[0] == PopElement::worker_involvement);

  for (PopRefusal why : {PopRefusal::refused_talk, PopRefusal::refused_access}) {
    r.refusal = why;
    Trace t(true);
    c = check_pop("w1", 2025, true, &r, &t);
    CHECK(c.status == PopStatus::compliant);
    CHECK(c.employer_view_only);
    CHECK(trace_notes(t, "enterprise.pop.check", "its view alone"));
    CHECK(trace_notes(t, "enterprise.pop.check", "the ICF is"));
  }
  // An employer-only POP still needs the content (6.5).
  r.content = kPopAllContent & ~(1U << static_cast<int>(PopElement::future_technical_competences));
  c = check_pop("w1", 2025, true, &r);
  CHECK(c.status == PopStatus::incomplete);
  CHECK(c.missing == std::vector<PopElement>{PopElement::future_technical_competences});

  PopRecord own = complete("w1", 2025);
  own.uploaded_by = PopUploader::worker;
  Trace t(true);
  CHECK(check_pop("w1", 2025, true, &own, &t).status == PopStatus::compliant);
  CHECK(trace_notes(t, "enterprise.pop.check", "registered by the worker himself"));
}

TEST_CASE("POP records: contradictory input is refused naming the field (E-16, E-17)") {
  PopRecord r = complete("w1", 2025);
  r.transition = PopTransition::motivated;
  auto e = catch_error([&] { validate(r, "pops[0]"); });
  CHECK(e.field == "pops[0].motivation");
  CHECK(e.code == ErrorCode::invalid_argument);
  r.motivation = "  ";
  CHECK(catch_error([&] { validate(r, "pops[0]"); }).field == "pops[0].motivation");
  r = complete("w1", 2025);
  r.motivation = "not asked for";
  e = catch_error([&] { validate(r, "pops[1]"); });
  CHECK(e.field == "pops[1].motivation");
  CHECK(e.code == ErrorCode::conflict);
  r = complete("w1", 2025);
  r.refusal = PopRefusal::refused_talk;
  e = catch_error([&] { validate(r, "pops[0]"); });
  CHECK(e.field == "pops[0].refusal");
  CHECK(e.code == ErrorCode::conflict);
  r = complete("w1", 2025);
  r.content = 1U << 7;
  CHECK(catch_error([&] { validate(r, "pops[0]"); }).field == "pops[0].content");
  r = complete("w1", 2025);
  r.view = static_cast<PopView>(9);
  CHECK(catch_error([&] { validate(r, "pops[0]"); }).field == "pops[0].view");
  r = complete("w1", 1399);
  CHECK(catch_error([&] { validate(r, "pops[0]"); }).code == ErrorCode::invalid_date);
}

TEST_CASE("POP in the enterprise year: one verdict per target worker (6.8, E-13, E-16)") {
  Enterprise e = enterprise("10.00");
  dmfa_full_time(e, "2025-Q1", 3);  // w1, w2, w3
  dmfa_full_time(e, "2025-Q2", 1);
  e.pops.push_back(complete("w1", 2025));
  PopRecord w2 = complete("w2", 2025);
  w2.registered_on.reset();
  e.pops.push_back(w2);
  const EnterpriseYear y = evaluate_enterprise(e, 2025, P());
  REQUIRE(y.pop_workers.size() == 3);
  CHECK(y.pop_workers[0].check.status == PopStatus::compliant);
  CHECK(y.pop_workers[1].check.status == PopStatus::incomplete);
  CHECK(y.pop_workers[1].check.missing == std::vector<PopElement>{PopElement::registration});
  CHECK(y.pop_workers[2].check.status == PopStatus::missing);

  // 2017: no obligation yet (from 2018), whatever is reported.
  Enterprise old = enterprise("10.00");
  dmfa_full_time(old, "2017-Q4", 1);
  old.pops.push_back(complete("w1", 2017));
  CHECK(evaluate_enterprise(old, 2017, P()).pop_workers.at(0).check.status == PopStatus::not_required);

  // A POP for a worker with no DmfA line in its year, or twice for one worker and year.
  Enterprise bad = e;
  bad.pops.push_back(complete("w9", 2025));
  auto c = catch_error([&] { validate(bad); });
  CHECK(c.field == "pops[2].worker");
  CHECK(c.code == ErrorCode::conflict);
  bad = e;
  bad.pops.push_back(complete("w1", 2025));
  c = catch_error([&] { validate(bad); });
  CHECK(c.field == "pops[2].worker");
  CHECK(c.what.find("second POP") != std::string::npos);
}

TEST_CASE("KBO numbers: ten digits, the kind's first digit, the check digits (2.2, E-19)") {
  CHECK(parse_kbo_number("0202.239.951", KboKind::enterprise, "f") == "0202.239.951");
  CHECK(parse_kbo_number("0202 239 951", KboKind::enterprise, "f") == "0202.239.951");
  CHECK(parse_kbo_number("0202239951", KboKind::enterprise, "f") == "0202.239.951");
  CHECK(parse_kbo_number("2000000042", KboKind::establishment_unit, "f") == "2.000.000.042");
  CHECK(parse_kbo_number("2.123.456.791", KboKind::establishment_unit, "f") == "2.123.456.791");
  auto e = catch_error([] { (void)parse_kbo_number("2.000.000.041", KboKind::establishment_unit, "label.x"); });
  CHECK(e.field == "label.x");
  CHECK(e.what.find("expected 42") != std::string::npos);
  CHECK(catch_error([] { (void)parse_kbo_number("200000004", KboKind::establishment_unit, "f"); }).what.find("ten digits") !=
        std::string::npos);
  CHECK(catch_error([] { (void)parse_kbo_number("20000000421", KboKind::establishment_unit, "f"); }).what.find(
            "ten digits") != std::string::npos);
  CHECK(catch_error([] { (void)parse_kbo_number("2-000-000-042", KboKind::establishment_unit, "f"); }).code ==
        ErrorCode::invalid_argument);
  // An enterprise number where a unit number belongs, and a unit number starting with 9.
  CHECK(catch_error([] { (void)parse_kbo_number("0202.239.951", KboKind::establishment_unit, "f"); }).what.find(
            "an enterprise number") != std::string::npos);
  CHECK(catch_error([] { (void)parse_kbo_number("2.000.000.042", KboKind::enterprise, "f"); }).what.find("0 or 1") !=
        std::string::npos);
}

TEST_CASE("Labels: level and unit number agree; the year names the label (2.1, E-19)") {
  Label l;
  CHECK_NOTHROW(validate(l));
  l.level = LabelLevel::establishment_unit;
  auto e = catch_error([&] { validate(l); });
  CHECK(e.field == "label.establishment_unit_number");
  l.establishment_unit_number = "2.000.000.042";
  CHECK_NOTHROW(validate(l));
  l.establishment_unit_number = "2000000042";  // not canonical: a reader canonicalises first
  CHECK(catch_error([&] { validate(l); }).field == "label.establishment_unit_number");
  Label ent;
  ent.establishment_unit_number = "2.000.000.042";
  e = catch_error([&] { validate(ent); });
  CHECK(e.code == ErrorCode::conflict);

  Enterprise x = enterprise("6.00");
  x.label.level = LabelLevel::establishment_unit;
  x.label.establishment_unit_number = "2.000.000.042";
  x.label.enterprise_number = "0202.239.951";
  Trace t(true);
  const EnterpriseYear y = evaluate_enterprise(x, 2025, P(), &t);
  CHECK(y.label.level == LabelLevel::establishment_unit);
  CHECK(*y.label.establishment_unit_number == "2.000.000.042");
  bool level_step = false;
  bool number_step = false;
  for (const TraceStep& s : t.steps()) {
    level_step = level_step || s.rule == "enterprise.label.level";
    number_step = number_step || s.rule == "enterprise.label.establishment_unit_number";
  }
  CHECK(level_step);
  CHECK(number_step);
}
