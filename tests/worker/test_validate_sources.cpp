// Bad input gets an Error naming the field and the value; enum names; and the
// quoted source passages really are in the seed files.
#include "support.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace lde;
using namespace lde::worker_test;

TEST_CASE("enum names round-trip and unknown text names the field") {
  for (RightKind k : {RightKind::lde, RightKind::maatwerk, RightKind::vop}) CHECK(parse_right_kind(to_string(k)) == k);
  for (AbsenceReason r : {AbsenceReason::illness, AbsenceReason::accident, AbsenceReason::maternity_leave,
                          AbsenceReason::paternity_leave, AbsenceReason::adoption_leave, AbsenceReason::other})
    CHECK(parse_absence_reason(to_string(r)) == r);
  CHECK(to_string(ContinuationKind::none) == "none");
  CHECK(to_string(ContinuationKind::age60) == "age60");
  CHECK(to_string(ContinuationKind::age55) == "age55");
  CHECK(to_string(RightKind::maatwerk) == "maatwerk");
  CHECK(to_string(AbsenceReason::maternity_leave) == "maternity_leave");

  Caught c = catch_error([] { parse_right_kind("LDE", "rights[3].kind"); });
  CHECK(c.code == ErrorCode::invalid_argument);
  CHECK(c.field == "rights[3].kind");
  CHECK(c.what.find("\"LDE\"") != std::string::npos);
  c = catch_error([] { parse_absence_reason("sick", "absences[2].reason"); });
  CHECK(c.field == "absences[2].reason");
  CHECK(c.what.find("sick") != std::string::npos);
}

TEST_CASE("validate: every impossible input names its field and value") {
  auto expect = [](WorkerDossier w, ErrorCode code, const std::string& field, const std::string& value) {
    const Caught c = catch_error([&] { validate(w); });
    CHECK(c.code == code);
    CHECK(c.field == field);
    CHECK(c.what.find(value) != std::string::npos);
    // through every path: the status call and every public rule reject it the same way
    CHECK(catch_error([&] { evaluate_worker(w, d("2022-01-01"), P()); }).field == field);
    CHECK(catch_error([&] { right_periods(w, P()); }).field == field);
    CHECK(catch_error([&] { right_on(w, d("2022-01-01"), P()); }).field == field);
    CHECK(catch_error([&] { trajectory(w, P()); }).field == field);
    CHECK(catch_error([&] { continuation(w, std::nullopt, P()); }).field == field);
    CHECK(catch_error([&] { continuation_compensated_on(w, Continuation{}, d("2022-01-01"), P()); }).field == field);
    if (!w.employment.empty()) {
      CHECK(catch_error([&] { hiring_eligibility(w, w.employment.front(), P()); }).field == field);
    }
  };
  CHECK_NOTHROW(validate(standard()));

  SUBCASE("blank employer label (the JSON reader and the C API refuse it too)") {
    WorkerDossier w = standard();
    REQUIRE(!w.employment.empty());
    w.employment.front().employer = " \t";
    expect(w, ErrorCode::invalid_argument, "employment[0].employer", "white space");
    w.employment.front().employer.clear();
    expect(w, ErrorCode::invalid_argument, "employment[0].employer", "empty");
  }
  SUBCASE("absence ending before it starts") {
    WorkerDossier w = standard();
    absent(w, "2021-01-01", "2021-01-31");
    absent(w, "2021-03-10", "2021-03-01");
    expect(w, ErrorCode::invalid_date, "absences[1].last_day", "2021-03-01");
  }
  SUBCASE("unknown absence reason") {
    WorkerDossier w = standard();
    w.absences.push_back({d("2021-01-01"), d("2021-02-01"), static_cast<AbsenceReason>(9)});
    expect(w, ErrorCode::invalid_argument, "absences[0].reason", "9");
  }
  SUBCASE("absence before birth") {
    WorkerDossier w = standard();
    absent(w, "1979-01-01", "1979-03-01");
    expect(w, ErrorCode::invalid_argument, "absences[0].first_day", "1979-01-01");
  }
  SUBCASE("unknown right kind") {
    WorkerDossier w = standard();
    w.rights[0].kind = static_cast<RightKind>(7);
    expect(w, ErrorCode::invalid_argument, "rights[0].kind", "7");
  }
  SUBCASE("right before birth") {
    WorkerDossier w = standard();
    w.rights.push_back({RightKind::lde, d("1975-01-01")});
    expect(w, ErrorCode::invalid_argument, "rights[1].granted", "1975-01-01");
  }
  SUBCASE("employment before birth") {
    WorkerDossier w = standard();
    w.employment[0].first_day = d("1980-05-09");
    expect(w, ErrorCode::invalid_argument, "employment[0].first_day", "1980-05-09");
  }
  SUBCASE("employment ending before it starts") {
    WorkerDossier w = standard();
    w.employment[0].last_day = d("2020-01-31");
    expect(w, ErrorCode::invalid_date, "employment[0].last_day", "2020-01-31");
  }
  SUBCASE("overlapping employment with different employers claiming the same trajectory") {
    WorkerDossier w = standard();
    w.employment.push_back(job("2023-01-01", "2023-12-31", "E2"));
    expect(w, ErrorCode::conflict, "employment[1].first_day", "E2");
  }
  SUBCASE("competence extension of 0, -3 or 121 months") {
    for (int m : {0, -3, 121}) {
      WorkerDossier w = standard();
      w.competence_extensions.push_back({m, d("2023-01-01")});
      expect(w, ErrorCode::invalid_argument, "competence_extensions[0].months", std::to_string(m) + " months");
    }
  }
  SUBCASE("absurd dates name the field, not a day number (W-11)") {
    WorkerDossier w = standard();
    absent(w, "2021-01-01", "9999-12-01");
    expect(w, ErrorCode::out_of_range, "absences[0].last_day", "9999-12-01");
    w = standard();
    w.rights.push_back({RightKind::lde, d("9997-01-01")});
    expect(w, ErrorCode::out_of_range, "rights[1].granted", "9997-01-01");
    w = standard();
    w.employment[0].last_day = d("2200-01-01");
    expect(w, ErrorCode::out_of_range, "employment[0].last_day", "2200-01-01");
    w = standard();
    w.birth_date = d("1899-12-31");
    expect(w, ErrorCode::out_of_range, "birth_date", "1899-12-31");
    w = standard();
    w.competence_extensions.push_back({3, d("9000-01-01")});
    expect(w, ErrorCode::out_of_range, "competence_extensions[0].approved", "9000-01-01");
    w = standard();
    w.doorstroom = Doorstroom{d("2024-03-01"), d("2024-12-31"), d("5000-01-01"), {}};
    expect(w, ErrorCode::out_of_range, "doorstroom.external_job_found", "5000-01-01");
  }
  SUBCASE("transition trajectory ending before it starts") {
    WorkerDossier w = standard();
    w.doorstroom = Doorstroom{d("2024-03-01"), d("2024-02-01"), std::nullopt, {}};
    expect(w, ErrorCode::invalid_date, "doorstroom.last_day", "2024-02-01");
  }
  SUBCASE("external job before the transition trajectory") {
    WorkerDossier w = standard();
    w.doorstroom = Doorstroom{d("2024-03-01"), d("2024-12-31"), d("2024-01-15"), {}};
    expect(w, ErrorCode::invalid_argument, "doorstroom.external_job_found", "2024-01-15");
  }
  SUBCASE("non-cooperation before the transition trajectory") {
    WorkerDossier w = standard();
    w.doorstroom = Doorstroom{d("2024-03-01"), d("2024-12-31"), std::nullopt,
                              {Period(d("2024-05-01"), d("2024-05-31")), Period(d("2024-02-01"), d("2024-02-10"))}};
    expect(w, ErrorCode::invalid_argument, "doorstroom.non_cooperation[1].first_day", "2024-02-01");
  }
}

TEST_CASE("every public rule validates its input, not only evaluate_worker") {
  SUBCASE("trajectory(): a -6 month competence extension is rejected, not applied") {
    WorkerDossier w = standard();
    w.competence_extensions.push_back({-6, d("2023-01-01")});
    const Caught c = catch_error([&] { trajectory(w, P()); });
    CHECK(c.code == ErrorCode::invalid_argument);
    CHECK(c.field == "competence_extensions[0].months");
    CHECK(c.what.find("-6 months") != std::string::npos);
  }
  SUBCASE("trajectory(): overlapping employment with different employers is a conflict") {
    WorkerDossier w = standard();
    w.employment.push_back(job("2021-01-01", "2021-12-31", "E2"));
    const Caught c = catch_error([&] { trajectory(w, P()); });
    CHECK(c.code == ErrorCode::conflict);
    CHECK(c.field == "employment[1].first_day");
  }
  SUBCASE("right_on(): right kind 9 is not valid, it is an error") {
    WorkerDossier w = standard();
    w.rights[0].kind = static_cast<RightKind>(9);
    const Caught c = catch_error([&] { right_on(w, d("2020-01-01"), P()); });
    CHECK(c.code == ErrorCode::invalid_argument);
    CHECK(c.field == "rights[0].kind");
    CHECK(catch_error([&] { right_periods(w, P()); }).field == "rights[0].kind");
  }
  SUBCASE("hiring_eligibility(): an employment that is not in the dossier is checked under `employment`") {
    Employment e = job("2021-01-01", "2020-12-31");
    const Caught c = catch_error([&] { hiring_eligibility(standard(), e, P()); });
    CHECK(c.code == ErrorCode::invalid_date);
    CHECK(c.field == "employment.last_day");
    e = job("9998-01-01");
    CHECK(catch_error([&] { hiring_eligibility(standard(), e, P()); }).field == "employment.first_day");
    e = job("2021-01-01");
    CHECK(hiring_eligibility(standard(), e, P()).eligible);
  }
  SUBCASE("continuation(): a trajectory built by hand must make sense") {
    const WorkerDossier w = standard();
    Trajectory t = *trajectory(w, P());
    t.last_day = d("2019-01-01");
    const Caught c = catch_error([&] { continuation(w, t, P()); });
    CHECK(c.code == ErrorCode::invalid_date);
    CHECK(c.field == "trajectory.last_day");
    t.last_day = d("9999-12-31");
    CHECK(catch_error([&] { continuation(w, t, P()); }).field == "trajectory.last_day");
  }
  SUBCASE("continuation_compensated_on(): an unknown kind or a continuation without first day") {
    const WorkerDossier w = standard();
    Continuation k{static_cast<ContinuationKind>(5), d("2025-02-01"), 60, d("2025-01-31")};
    CHECK(catch_error([&] { continuation_compensated_on(w, k, d("2025-03-01"), P()); }).field == "continuation.kind");
    k = Continuation{ContinuationKind::age60, std::nullopt, 60, d("2025-01-31")};
    CHECK(catch_error([&] { continuation_compensated_on(w, k, d("2025-03-01"), P()); }).field == "continuation.from");
    k.from = d("2025-02-01");
    CHECK(continuation_compensated_on(w, k, d("2025-03-01"), P()));
  }
}

TEST_CASE("F-1: an Employment built in C++ has a contingent of 1.00 FTE unless told otherwise, like JSON") {
  Employment e{"E1", d("2020-02-01"), std::nullopt};  // the other members keep their defaults
  CHECK(e.employer_contingent_fte == Fte::parse("1.00"));
  CHECK(e.employer_recognised);
  CHECK_FALSE(e.employer_in_brussels);
  WorkerDossier w = person("1980-05-10");
  w.rights.push_back({RightKind::lde, d("2019-12-01")});
  w.employment.push_back(e);
  CHECK(hiring_eligibility(w, w.employment[0], P()).eligible);
  CHECK(evaluate_worker(w, d("2021-01-01"), P()).compensated);
}

TEST_CASE("validate accepts what is merely unusual") {
  WorkerDossier w = standard();
  w.employment.push_back(job("2021-01-01", "2021-06-30", "E1"));  // same employer overlapping: one contract changed
  w.competence_extensions.push_back({120, d("2023-01-01")});
  absent(w, "2021-01-01", "2021-01-01");                            // a one-day absence
  w.doorstroom = Doorstroom{d("2024-03-01"), d("2024-12-31"), std::nullopt, {Period(d("2025-02-01"), d("2025-02-10"))}};
  CHECK_NOTHROW(validate(w));
  CHECK(trajectory(w, P())->competence_extension_months == 12);
}

TEST_CASE("every passage the worker tests quote is in the seed files") {
  // The seeds live next to the project (../shared/seeds), not in it. Without
  // them the quotations cannot be checked: say so loudly instead of failing
  // or passing in silence.
  if (!std::filesystem::is_directory(LDE_SEEDS_DIR)) {
    MESSAGE("SKIPPED: the seed directory " LDE_SEEDS_DIR " is absent; the quotations were not checked");
    return;
  }
  auto read = [](const char* name) {
    std::ifstream in(std::string(LDE_SEEDS_DIR) + "/" + name);
    REQUIRE(in.good());
    std::stringstream s;
    s << in.rdbuf();
    std::string text = s.str(), flat;
    for (std::size_t at = text.find("\xc2\xa0"); at != std::string::npos; at = text.find("\xc2\xa0", at))
      text.replace(at, 2, " ");  // no-break spaces (U+00A0) are spaces
    for (char ch : text) {  // collapse white space
      const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
      if (space && (flat.empty() || flat.back() == ' ')) continue;
      flat += space ? ' ' : ch;
    }
    return flat;
  };
  const std::string s000 = read("000_1ff82ae20d77bcd4.txt");
  const std::string s001 = read("001_dc13c09f92db2a0f.txt");
  const std::string s002 = read("002_af5f2bae9d9563dd.txt");
  const std::pair<const std::string*, const char*> quotes[] = {
      // WSE-LDE "Doelgroep"
      {&s000, "wil de overheid deze doelgroepwerknemers weer in staat stellen om volwaardig werk te vinden op de reguliere arbeidsmarkt"},
      // WSE-LDE "Verlenging inschakelingstraject"
      {&s000, "Een inschakelingstraject duurt maximaal 5 jaar, te tellen vanaf eerste dag tewerkstelling."},
      {&s000, "Bij langdurige afwezigheid van minstens 30 (kalender)dagen voor ziekte, ongeval, moeder/vaderschapsverlof of adoptieverlof"},
      {&s000, "Alle afwezigheden van meer dan 30 dagen onafgebroken kunnen opgeteld worden"},
      {&s000, "voor alle periodes van afwezigheid na 01 april 2015 (van minimaal 30 onafgebroken dagen)"},
      {&s000, "na goedkeuring van VDAB, aanleiding zijn voor maximaal 1 jaar verlenging"},
      {&s000, "Een persoon die 60+ is op het einde van het inschakelingstraject kan in dienst blijven van het LDE bedrijf."},
      {&s000, "De inschakelingsvergoeding wordt automatisch verder betaald"},
      {&s000, "Een persoon die 55+ is aan de start van het doorstroomtraject én geen externe tewerkstelling heeft gevonden op het einde van het doorstroomtraject"},
      {&s000, "tot er een job in het regulier circuit gevonden wordt"},
      {&s000, "zolang de werknemer meewerkt aan de bemiddeling door VDAB"},
      // WSE-FAQ "Indicering doelgroepwerknemers", "Definities" VOP, "Vacatures" 7.6, 7.8
      {&s001, "Het is niet mogelijk om meerdere rechten te combineren"},
      {&s001, "Een recht op lokale diensteneconomie blijft 5 jaar geldig."},
      {&s001, "blijft vijf jaar geldig, ondanks de periode van tewerkstelling"},
      {&s001, "Brusselse werkzoekenden kunnen toegeleid worden"},
      {&s001, "moet er een indicering door de VDAB plaatsvinden"},
      {&s001, "indien ze erkend is als lokale diensteneconomieonderneming én een contingent"},
      {&s001, "kan niet gecombineerd worden met een recht op maatwerk of recht op lokale diensteneconomie"},
      {&s001, "Artikel 60’ers kunnen inderdaad toegeleid worden"},
      {&s001, "zolang de onderneming niet over een erkend contingent beschikt"},
      // WSE-SUPPORT "1. Werknemer"
      {&s002, "een traject van maximaal 5 jaar"},
      // quoted in test_sources.cpp
      {&s000, "Een inschakelingstraject kan om bepaalde redenen vroeger stoppen."},
      {&s000, "aan te vragen bij VDAB"},
      {&s000, "in 2019 aangevraagd door de werkgever aan DWSE. Vanaf 1 januari 2020 wordt dit echter opgenomen door VDAB"},
      {&s000, "Er dient geen evaluatie te gebeuren. De inschakelingsvergoeding wordt automatisch verder betaald, de werkgever hoeft geen actie te ondernemen."},
      {&s001, "dergelijk recht pas kan resulteren in een vergoeding als er effectief sprake is van tewerkstelling"},
      {&s001, "blijft dit attest gedurende vijf jaar geldig"},
      {&s001, "Vanaf de effectieve tewerkstelling ontvangt de onderneming een vergoeding"},
      {&s001, "dan moet de VDAB deze personen eerst indiceren, vooraleer ze ingeschakeld kunnen worden in een inschakelingstraject en een vergoeding kunnen ontvangen"},
      {&s001, "een verzoek indienen tot heroverweging van de nood aan ondersteuning"},
      {&s001, "kan steeds doelgroepwerknemers met een recht op lokale diensteneconomie aanwerven. Maar"},
      {&s001, "geen ondersteunende maatregelen ontvangen"},
      {&s002, "Van zodra de doelgroepwerknemer met een werkondersteunende maatregel aan het werk is,"},
      {&s002, "geldig voor 5 jaar"},
      {&s002, "De VDAB wordt geacht om de persoon aan het einde van die termijn te evalueren"},
  };
  for (const auto& [text, quote] : quotes) {
    const std::string q(quote);
    CAPTURE(q);
    CHECK(text->find(q) != std::string::npos);
  }
}
