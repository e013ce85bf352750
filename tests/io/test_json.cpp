// The JSON format through the C++ API: parsing, errors with JSON paths,
// serialisation, decisions, evaluate_json and the case runner over tests/cases.
#include "lde/core/error.hpp"
#include "lde/core/parameters.hpp"
#include "lde/io/cases.hpp"
#include "lde/io/json.hpp"
#include "lde/enterprise/year.hpp"
#include "lde/worker/status.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

using namespace lde;

namespace {

const char* kWorker = R"({
  "birth_date": "1970-05-15",
  "rights": [{"kind": "lde", "granted": "2020-01-10"}],
  "employment": [{"employer": "LDE-0001", "first_day": "2020-02-01", "last_day": null,
                  "employer_recognised": true, "employer_contingent_fte": "5.00", "employer_in_brussels": false}],
  "absences": [{"first_day": "2021-03-01", "last_day": "2021-04-29", "reason": "illness"}],
  "competence_extensions": [{"months": 3, "approved": "2024-06-01"}],
  "doorstroom": {"first_day": "2023-01-01", "last_day": "2023-12-31", "external_job_found": null,
                 "non_cooperation": [{"first_day": "2023-05-01", "last_day": "2023-05-10"}]}
})";

const char* kEnterprise = R"({
  "allocation_number": "LDE-0042", "legal_form": "vzw", "seat": "flanders", "other_activities": "none",
  "sui_generis_division": false, "separate_bookkeeping": false, "subcontracting": false, "enclave_work": false,
  "converted": true, "allocation_date": "2015-06-01",
  "contingent": [{"from": "2015-04-01", "fte": "10.00"}],
  "transition_amounts": {"2016": "40000.00"},
  "hires": {"2026-01": "9.50"},
  "dmfa": {"2026-Q1": [{"worker": "w1", "fraction": "0.80"}, {"worker": "w2", "fraction": "1.00", "reference_wage_cost_positive": false}]}
})";

/// Runs @p f, which must throw lde::Error; returns it.
template <class F>
Error error_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e;
  }
  FAIL("no error thrown");
  return Error(ErrorCode::internal, "", "unreachable");
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string value(const std::string& decision, const std::string& path) {
  const auto v = io::value_at(decision, path);
  return v ? *v : "(missing)";
}

}  // namespace

TEST_CASE("a worker dossier is parsed field by field") {
  const WorkerDossier d = io::parse_worker(kWorker, "worker.json");
  CHECK(d.birth_date == Date::from_ymd(1970, 5, 15));
  REQUIRE(d.rights.size() == 1);
  CHECK(d.rights[0].kind == RightKind::lde);
  REQUIRE(d.employment.size() == 1);
  CHECK(d.employment[0].employer == "LDE-0001");
  CHECK_FALSE(d.employment[0].last_day.has_value());
  CHECK(d.employment[0].employer_contingent_fte == Fte::parse("5.00"));
  REQUIRE(d.absences.size() == 1);
  CHECK(d.absences[0].reason == AbsenceReason::illness);
  CHECK(d.absences[0].last_day == Date::from_ymd(2021, 4, 29));
  REQUIRE(d.competence_extensions.size() == 1);
  CHECK(d.competence_extensions[0].months == 3);
  REQUIRE(d.doorstroom.has_value());
  CHECK(d.doorstroom->non_cooperation.size() == 1);
  CHECK(d.doorstroom->non_cooperation[0].last() == Date::from_ymd(2023, 5, 10));
}

TEST_CASE("optional employment fields take the documented defaults") {
  const WorkerDossier d =
      io::parse_worker(R"({"birth_date": "1980-01-01", "employment": [{"employer": "A", "first_day": "2020-02-01"}]})");
  REQUIRE(d.employment.size() == 1);
  CHECK(d.employment[0].employer_recognised);
  CHECK_FALSE(d.employment[0].employer_in_brussels);
  CHECK(d.employment[0].employer_contingent_fte == Fte::parse("1.00"));
  CHECK(d.rights.empty());
  CHECK_FALSE(d.doorstroom.has_value());
}

TEST_CASE("dossier and enterprise survive a round trip through to_json") {
  const WorkerDossier d = io::parse_worker(kWorker);
  const std::string once = io::to_json(d);
  CHECK(io::to_json(io::parse_worker(once)) == once);
  CHECK(once.find("\"reason\":\"illness\"") != std::string::npos);

  const Enterprise e = io::parse_enterprise(kEnterprise);
  CHECK(e.legal_form == LegalForm::vzw);
  CHECK(e.converted);
  CHECK(e.transition_amounts.at(2016) == Money::parse("40000.00"));
  CHECK(e.hires.at(Month(2026, 1)) == Fte::parse("9.50"));
  REQUIRE(e.dmfa.at(Quarter(2026, 1)).size() == 2);
  CHECK_FALSE(e.dmfa.at(Quarter(2026, 1))[1].reference_wage_cost_positive);
  const std::string text = io::to_json(e);
  CHECK(io::to_json(io::parse_enterprise(text)) == text);
}

TEST_CASE("hires per month: a total or the list of the hires' contractual fractions (I-14, I-20)") {
  const Enterprise e = io::parse_enterprise(
      R"({"allocation_number": "X", "legal_form": "vzw",
          "hires": {"2026-01": ["1.00", "0.50", 0.8], "2026-02": "9.50", "2026-03": [], "2025-12": 2}})");
  CHECK(e.hire_fractions.at(Month(2026, 1)) == std::vector<Fte>{Fte::parse("1"), Fte::parse("0.5"), Fte::parse("0.8")});
  CHECK(e.hire_fractions.at(Month(2026, 3)).empty());
  CHECK(e.hires.at(Month(2026, 2)) == Fte::parse("9.50"));
  CHECK(e.hires.at(Month(2025, 12)) == Fte::parse("2"));
  CHECK(registered_fte(e, Month(2026, 1)) == Fte::parse("2.30"));
  // Each month keeps the form it was given, in month order.
  const std::string text = io::to_json(e);
  CHECK(text.find(R"("hires":{"2025-12":"2.00","2026-01":["1.00","0.50","0.80"],"2026-02":"9.50","2026-03":[]})") !=
        std::string::npos);
  CHECK(io::to_json(io::parse_enterprise(text)) == text);

  const auto parse = [](const std::string& hires) {
    return error_of([&] {
      io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "vzw", "hires": )" + hires + "}", "e.json");
    });
  };
  const Error above = parse(R"({"2026-01": ["1.00", "1.20"]})");
  CHECK(above.code() == ErrorCode::invalid_argument);
  CHECK(above.field() == "hires.2026-01[1]");
  CHECK(std::string(above.what()).find("1.20") != std::string::npos);
  CHECK(std::string(above.what()).find("(in e.json)") != std::string::npos);
  const Error negative = parse(R"({"2026-01": ["1.00", "0.50", "-0.10"]})");
  CHECK(negative.field() == "hires.2026-01[2]");
  const Error type = parse(R"({"2026-01": ["1.00", true]})");
  CHECK(type.field() == "hires.2026-01[1]");
  CHECK(std::string(type.what()).find("boolean true") != std::string::npos);
  const Error nested = parse(R"({"2026-01": [["1.00"]]})");
  CHECK(nested.field() == "hires.2026-01[0]");
  // Through an evaluation input the path starts at the document root.
  const Error in_input = error_of([] {
    io::evaluate_json(R"({"year": 2026, "enterprise": {"allocation_number": "X", "legal_form": "vzw",
                          "hires": {"2026-04": ["0.50", "2"]}}})",
                      ParameterSet::defaults());
  });
  CHECK(in_input.field() == "enterprise.hires.2026-04[1]");
  // 12600 × (1.00 + 0.50 + 0.80) / 365 × 31 = 2461.32 (I-14), the same as the total 2.30.
  const std::string decision = io::evaluate_json(
      R"({"year": 2026, "enterprise": {"allocation_number": "X", "legal_form": "vzw",
          "contingent": [{"from": "2015-04-01", "fte": "10.00"}], "hires": {"2026-01": ["1.00", "0.50", "0.80"]}}})",
      ParameterSet::defaults());
  CHECK(decision.find("\"2026-01\":\"2461.32\"") != std::string::npos);
  CHECK(decision.find("\"hires.count\"") != std::string::npos);
}

TEST_CASE("an unknown legal form is kept as text and fails the condition later") {
  const Enterprise e = io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "bv", "seat": "flanders"})");
  CHECK(e.legal_form == LegalForm::other);
  CHECK(e.legal_form_text == "bv");
  CHECK(io::to_json(e).find("\"legal_form\":\"bv\"") != std::string::npos);
}

TEST_CASE("bad input: malformed JSON is a parse error with line and column") {
  const Error e = error_of([] { io::parse_worker("{\n  \"birth_date\": ", "w.json"); });
  CHECK(e.code() == ErrorCode::parse_error);
  CHECK(e.field().empty());
  CHECK(e.message().find("line 2") != std::string::npos);
  CHECK(e.message().find("(in w.json)") != std::string::npos);
}

TEST_CASE("bad input: an unknown key is reported with its path and a suggestion") {
  const Error e = error_of([] {
    io::parse_worker(R"({"birth_date": "1980-01-01", "employment": [{"employer": "A", "first_dy": "2020-01-01"}]})");
  });
  CHECK(e.code() == ErrorCode::invalid_argument);
  CHECK(e.field() == "employment[0].first_dy");
  CHECK(e.message().find("did you mean \"first_day\"") != std::string::npos);
  // A misspelt top-level key is reported before the missing key it was meant to be.
  const Error top = error_of([] { io::parse_worker(R"({"birth_dat": "1980-01-01"})"); });
  CHECK(top.field() == "birth_dat");
}

TEST_CASE("bad input: a duplicated key is an error, not silently the last one") {
  const Error e = error_of([] {
    io::parse_worker(R"({"birth_date": "1980-01-01", "absences": [{"first_day": "2021-01-01", "first_day": "2021-02-01",
                        "last_day": "2021-03-01", "reason": "illness"}]})");
  });
  CHECK(e.code() == ErrorCode::parse_error);
  CHECK(e.field() == "absences[0].first_day");
}

TEST_CASE("bad input: wrong types name the path and the type") {
  const Error date = error_of([] { io::parse_worker(R"({"birth_date": 19800101})"); });
  CHECK(date.field() == "birth_date");
  CHECK(date.message().find("expected a date") != std::string::npos);
  const Error flag = error_of([] {
    io::parse_worker(R"({"birth_date": "1980-01-01", "employment": [{"employer": "A", "first_day": "2020-01-01", "employer_in_brussels": "no"}]})");
  });
  CHECK(flag.field() == "employment[0].employer_in_brussels");
  const Error list = error_of([] { io::parse_worker(R"({"birth_date": "1980-01-01", "rights": {"kind": "lde"}})"); });
  CHECK(list.field() == "rights");
  CHECK(list.message().find("expected an array") != std::string::npos);
  const Error months = error_of([] {
    io::parse_worker(R"({"birth_date": "1980-01-01", "competence_extensions": [{"months": 2.5, "approved": "2021-01-01"}]})");
  });
  CHECK(months.field() == "competence_extensions[0].months");
  const Error root = error_of([] { io::parse_enterprise("[1, 2]"); });
  CHECK(root.message().find("expected an object") != std::string::npos);
}

TEST_CASE("bad input: missing required fields") {
  const Error e = error_of([] { io::parse_worker(R"({"rights": []})"); });
  CHECK(e.field() == "birth_date");
  CHECK(e.message().find("required field is missing") != std::string::npos);
  const Error dmfa = error_of([] {
    io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "vzw", "dmfa": {"2026-Q1": [{"fraction": "1.00"}]}})");
  });
  CHECK(dmfa.field() == "dmfa.2026-Q1[0].worker");
  const Error form = error_of([] { io::parse_enterprise(R"({"allocation_number": "X"})"); });
  CHECK(form.field() == "legal_form");
}

TEST_CASE("bad input: impossible dates and keys") {
  const Error e = error_of([] { io::parse_worker(R"({"birth_date": "1980-02-30"})"); });
  CHECK(e.code() == ErrorCode::invalid_date);
  CHECK(e.field() == "birth_date");
  const Error month = error_of([] {
    io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "vzw", "hires": {"2026-13": "1.00"}})");
  });
  CHECK(month.field() == "hires.2026-13");
  const Error quarter = error_of([] {
    io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "vzw", "dmfa": {"2026-Q5": []}})");
  });
  CHECK(quarter.field() == "dmfa.2026-Q5");
  const Error period = error_of([] {
    io::parse_worker(R"({"birth_date": "1980-01-01", "doorstroom": {"first_day": "2023-01-01", "last_day": "2023-12-31",
                        "non_cooperation": [{"first_day": "2023-05-10", "last_day": "2023-05-01"}]}})");
  });
  CHECK(period.code() == ErrorCode::invalid_date);
  CHECK(period.field() == "doorstroom.non_cooperation[0].last_day");
}

TEST_CASE("decimal quantities: strings, and JSON numbers only when exact") {
  const char* tmpl = R"({"allocation_number": "X", "legal_form": "vzw", "transition_amounts": {"2016": %s}})";
  auto with = [&](const char* amount) {
    std::string s = tmpl;
    s.replace(s.find("%s"), 2, amount);
    return io::parse_enterprise(s).transition_amounts.at(2016);
  };
  CHECK(with("\"1069.81\"") == Money::from_cents(106981));
  CHECK(with("1069.81") == Money::from_cents(106981));
  CHECK(with("40000") == Money::from_cents(4000000));
  CHECK(error_of([&] { with("1069.815"); }).field() == "transition_amounts.2016");
  CHECK(with("1e5") == Money::from_cents(10000000));  // 100000.0 exactly
  CHECK(error_of([&] { with("1e300"); }).message().find("write it as a string") != std::string::npos);
  CHECK(error_of([&] { with("true"); }).message().find("expected a decimal string") != std::string::npos);
  const Error key = error_of([] {
    io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "vzw", "transition_amounts": {"16": "1.00"}})");
  });
  CHECK(key.field() == "transition_amounts.16");
}

TEST_CASE("evaluate_json: a worker decision with the stable nested keys, trace and receipt") {
  const std::string input = std::string(R"({"at": "2025-02-15", "worker": )") + kWorker + "}";
  const std::string out = io::evaluate_json(input, ParameterSet::defaults());
  // I-25: the right granted 2020-01-10 expired on 2025-01-09; the decision names it.
  CHECK(value(out, "right.kind") == "\"lde\"");
  CHECK(value(out, "right.valid") == "false");
  CHECK(value(out, "right.last_day") == "\"2025-01-09\"");
  CHECK(value(out, "right.ended") == "\"expired\"");
  CHECK(value(out, "hiring.eligible") == "true");
  CHECK(value(out, "hiring.failing") == "[]");
  CHECK(value(out, "trajectory.first_day") == "\"2020-02-01\"");
  CHECK(value(out, "trajectory.absence_extension_days") == "60");
  CHECK(value(out, "trajectory.competence_extension_months") == "3");
  CHECK(value(out, "trajectory.last_day") == "\"2025-07-01\"");
  CHECK(value(out, "continuation") == "\"none\"");
  CHECK(value(out, "status.in_trajectory") == "true");
  CHECK(value(out, "status.compensated") == "true");
  CHECK(value(out, "trace[0].rule").find("worker.") != std::string::npos);
  CHECK(value(out, "receipt.parameters_fingerprint") == "\"" + ParameterSet::defaults().fingerprint() + "\"");
  CHECK(value(out, "no.such.key") == "(missing)");

  const std::string quiet = io::evaluate_json(input, ParameterSet::defaults(), false);
  CHECK(value(quiet, "trace") == "[]");
  CHECK(value(quiet, "trajectory.last_day") == "\"2025-07-01\"");
}

TEST_CASE("evaluate_json equals decision_json of the typed API") {
  const WorkerDossier d = io::parse_worker(kWorker);
  Trace trace;
  const WorkerStatus s = evaluate_worker(d, Date::from_ymd(2025, 2, 15), ParameterSet::defaults(), &trace);
  const std::string typed = io::decision_json(s, trace, Receipt::of(ParameterSet::defaults()));
  const std::string input = std::string(R"({"at": "2025-02-15", "worker": )") + kWorker + "}";
  CHECK(io::evaluate_json(input, ParameterSet::defaults()) == typed);
}

TEST_CASE("evaluate_json: an enterprise decision, with parameter changes in the input") {
  const std::string input = std::string(R"({"year": 2026, "enterprise": )") + kEnterprise + "}";
  const std::string out = io::evaluate_json(input, ParameterSet::defaults());
  // 12600 x 9.50 / 365 x 31 = 10166.301... (I-12, I-14)
  CHECK(value(out, "advances.2026-01") == "\"10166.30\"");
  CHECK(value(out, "advances.2026-02") == "\"0.00\"");
  // DmfA 1.80 FTE: 12600 x 1.80 / 365 x 90 = 5592.328... (I-15)
  CHECK(value(out, "quarter_rights.2026-Q1") == "\"5592.33\"");
  CHECK(value(out, "settlements.2026-Q1") == "\"-4573.97\"");
  CHECK(value(out, "scale.compliant") == "false");
  CHECK(value(out, "conditions.met") == "true");
  CHECK(value(out, "payment_references.2026-01") == "\"Voorschot.LDE.2026.01.LDE-0042\"");

  const std::string reform = std::string(R"({"year": 2026, "parameters": {"compensation.annual_rate_per_fte": "13000.00"},
                                            "enterprise": )") + kEnterprise + "}";
  const std::string changed = io::evaluate_json(reform, ParameterSet::defaults());
  // 13000 x 9.50 / 365 x 31 = 10489.04...
  CHECK(value(changed, "advances.2026-01") == "\"10489.04\"");
  CHECK(value(changed, "receipt.parameters_fingerprint") != value(out, "receipt.parameters_fingerprint"));
}

TEST_CASE("evaluate_json: errors carry the JSON path from the document root") {
  const auto err = [](const std::string& input) { return error_of([&] { io::evaluate_json(input, ParameterSet::defaults()); }); };
  CHECK(err(R"({"at": "2022-02-30", "worker": {"birth_date": "1970-05-15"}})").field() == "at");
  CHECK(err(R"({"at": "2022-02-01", "worker": {"birth_date": "1970-05-15", "absences": [
              {"first_day": "2021-03-01", "last_day": "2021-02-01", "reason": "illness"}]}})").field() ==
        "worker.absences[0].last_day");
  CHECK(err(R"({"at": "2022-02-01", "worker": {"birth_date": "1970-05-15"}, "expect": {}})").field() == "expect");
  CHECK(err(R"({"at": "2022-02-01"})").field() == "worker");
  CHECK(err(R"({"worker": {"birth_date": "1970-05-15"}})").field() == "at");
  CHECK(err(R"({"year": 2026, "at": "2026-01-01", "enterprise": {"allocation_number": "X", "legal_form": "vzw"}})").field() == "at");
  CHECK(err(R"({"at": "2022-02-01", "worker": {"birth_date": "1970-05-15"}, "parameters": {"no.such": 1}})").field() ==
        "parameters.no.such");
  CHECK(err(R"({"year": 2026, "enterprise": {"allocation_number": "X", "legal_form": "vzw",
              "dmfa": {"2026-Q1": [{"worker": "a", "fraction": "1.20"}]}}})").field() == "enterprise.dmfa.2026-Q1[0].fraction");
  const Error conflict = err(R"({"at": "2022-02-01", "worker": {"birth_date": "1970-05-15",
              "rights": [{"kind": "lde", "granted": "2020-01-01"}, {"kind": "vop", "granted": "2020-01-01"}]}})");
  CHECK(conflict.code() == ErrorCode::conflict);
  CHECK(conflict.field().rfind("worker.rights", 0) == 0);
}

TEST_CASE("enterprise decision: withdrawal grounds, occupancy measurability and the POP per worker") {
  const std::string input = std::string(R"({"year": 2026, "enterprise": )") + kEnterprise + "}";
  const std::string out = io::evaluate_json(input, ParameterSet::defaults());
  // Converted: the minimum scale applies from 2021-01-01; 0.80 FTE with a positive reference wage cost in
  // Q1 only averages 0.20 < 5.00, so the label may be withdrawn (2.4, E-14).
  CHECK(value(out, "scale.applies") == "true");
  CHECK(value(out, "scale.compliant") == "false");
  CHECK(value(out, "scale.label_may_be_withdrawn") == "true");
  // Every organisation condition is met: no ground there (2.5, E-14).
  CHECK(value(out, "conditions.met") == "true");
  CHECK(value(out, "conditions.label_may_be_withdrawn") == "false");
  CHECK(value(out, "occupancy.measurable") == "true");
  // Both DmfA workers are target workers, also w2 with no reference wage cost (6.8, E-13).
  CHECK(value(out, "pop_workers") ==
        R"([{"worker":"w1","quarters":["2026-Q1"],"required":true,"pop":{"status":"missing","missing":[],"employer_view_only":false}},{"worker":"w2","quarters":["2026-Q1"],"required":true,"pop":{"status":"missing","missing":[],"employer_view_only":false}}])");

  // A legal form that fails 2.7 while the conditions apply: a ground to withdraw the label.
  std::string bv = input;
  bv.replace(bv.find(R"("legal_form": "vzw")"), 19, R"("legal_form": "bv")");
  const std::string failing = io::evaluate_json(bv, ParameterSet::defaults());
  CHECK(value(failing, "conditions.failing") == R"(["legal_form"])");
  CHECK(value(failing, "conditions.label_may_be_withdrawn") == "true");

  // Before 2018 the POP is not required (quality.pop_required_from); 2017-Q4 and 2018-Q1 lines differ per worker.
  const std::string pop = io::evaluate_json(R"({"year": 2017, "enterprise": {"allocation_number": "X", "legal_form": "vzw",
      "dmfa": {"2017-Q2": [{"worker": "b", "fraction": "0.50"}, {"worker": "a", "fraction": "0.00"}],
               "2017-Q4": [{"worker": "a", "fraction": "1.00"}]}}})",
                                            ParameterSet::defaults());
  CHECK(value(pop, "pop_required") == "false");
  CHECK(value(pop, "pop_workers") ==
        R"([{"worker":"a","quarters":["2017-Q2","2017-Q4"],"required":false,"pop":{"status":"not_required","missing":[],"employer_view_only":false}},{"worker":"b","quarters":["2017-Q2"],"required":false,"pop":{"status":"not_required","missing":[],"employer_view_only":false}}])");
  const std::string none = io::evaluate_json(R"({"year": 2026, "enterprise": {"allocation_number": "X", "legal_form": "vzw"}})",
                                             ParameterSet::defaults());
  CHECK(value(none, "pop_workers") == "[]");
}

TEST_CASE("E-12: year 1400 is evaluated and its occupancy (of 1399) is not measurable") {
  const std::string out = io::evaluate_json(
      R"({"year": 1400, "enterprise": {"allocation_number": "X", "legal_form": "vzw",
          "contingent": [{"from": "1400-01-01", "fte": "4.00"}]}})",
      ParameterSet::defaults());
  CHECK(value(out, "year") == "1400");
  CHECK(value(out, "occupancy.measured_year") == "1399");
  CHECK(value(out, "occupancy.measurable") == "false");
  CHECK(value(out, "occupancy.quarters_counted") == "0");
  CHECK(value(out, "occupancy.reduced") == "false");
  CHECK(value(out, "occupancy.contingent_after") == "\"4.00\"");
  CHECK(value(out, "occupancy.contingent_after") == value(out, "occupancy.contingent_before"));
  // 1401 measures 1400, which exists.
  const std::string next = io::evaluate_json(
      R"({"year": 1401, "enterprise": {"allocation_number": "X", "legal_form": "vzw"}})", ParameterSet::defaults());
  CHECK(value(next, "occupancy.measurable") == "true");
  const Error before = error_of([] {
    io::evaluate_json(R"({"year": 1399, "enterprise": {"allocation_number": "X", "legal_form": "vzw"}})",
                      ParameterSet::defaults());
  });
  CHECK(before.code() == ErrorCode::invalid_date);
  CHECK(before.field() == "year");
}

TEST_CASE("evaluate_json validates the enterprise with the input's parameters (I-14 transition years)") {
  const char* enterprise = R"("enterprise": {"allocation_number": "X", "legal_form": "vzw", "converted": true,
      "allocation_date": "2015-06-01", "transition_amounts": {"2017": "36500.00"}})";
  // By default a fixed amount exists only for 2015-2016.
  const Error by_default = error_of([&] {
    io::evaluate_json(std::string(R"({"year": 2017, )") + enterprise + "}", ParameterSet::defaults());
  });
  CHECK(by_default.code() == ErrorCode::invalid_argument);
  CHECK(by_default.field() == "enterprise.transition_amounts.2017");
  CHECK(by_default.message().find("2015 to 2016") != std::string::npos);
  // A reform that widens the transition to 2017 is honoured: 36500.00 / 365 x 31 = 3100.00 in January.
  const std::string reform = std::string(R"({"year": 2017, "parameters": {"compensation.fixed_amount_last_year": 2017}, )") +
                             enterprise + "}";
  const std::string out = io::evaluate_json(reform, ParameterSet::defaults());
  CHECK(value(out, "advances.2017-01") == "\"3100.00\"");
  CHECK(value(out, "advances.2017-02") == "\"2800.00\"");
  CHECK(value(out, "totals.rights") == "\"36500.00\"");
  // The same reform as the caller's base parameter set.
  const ParameterSet widened = ParameterSet::defaults().with_changes(R"({"compensation.fixed_amount_last_year": 2017})");
  const std::string base = io::evaluate_json(std::string(R"({"year": 2017, )") + enterprise + "}", widened);
  CHECK(value(base, "advances.2017-01") == "\"3100.00\"");
  // And a reform that narrows it rejects an amount the default set allows.
  const Error narrowed = error_of([&] {
    io::evaluate_json(std::string(R"({"year": 2016, "parameters": {"compensation.fixed_amount_last_year": 2015}, )") +
                          R"("enterprise": {"allocation_number": "X", "legal_form": "vzw", "transition_amounts": {"2016": "1.00"}}})",
                      ParameterSet::defaults());
  });
  CHECK(narrowed.field() == "enterprise.transition_amounts.2016");
}

TEST_CASE("enterprise input bounds and blank names are errors naming the input field") {
  const auto err = [](const std::string& fields) {
    return error_of([&] {
      io::evaluate_json(R"({"year": 2026, "enterprise": {"legal_form": "vzw", )" + fields + "}}", ParameterSet::defaults());
    });
  };
  const Error contingent = err(R"("allocation_number": "X", "contingent": [{"from": "2026-01-01", "fte": "100000.0001"}])");
  CHECK(contingent.code() == ErrorCode::out_of_range);
  CHECK(contingent.field() == "enterprise.contingent[0].fte");
  const Error hires = err(R"("allocation_number": "X", "hires": {"2026-03": "100001"})");
  CHECK(hires.code() == ErrorCode::out_of_range);
  CHECK(hires.field() == "enterprise.hires.2026-03");
  const Error amount = err(R"("allocation_number": "X", "transition_amounts": {"2016": "1000000000.01"})");
  CHECK(amount.code() == ErrorCode::out_of_range);
  CHECK(amount.field() == "enterprise.transition_amounts.2016");
  // The bounds themselves are accepted.
  CHECK_NOTHROW(io::evaluate_json(
      R"({"year": 2016, "enterprise": {"allocation_number": "X", "legal_form": "vzw",
          "contingent": [{"from": "2016-01-01", "fte": "100000"}], "hires": {"2016-01": "100000.0000"},
          "transition_amounts": {"2016": "1000000000.00"}}})",
      ParameterSet::defaults()));
  CHECK(err(R"("allocation_number": " \t")").field() == "enterprise.allocation_number");
  CHECK(err(R"("allocation_number": "X", "dmfa": {"2026-Q1": [{"worker": "  ", "fraction": "1.00"}]})").field() ==
        "enterprise.dmfa.2026-Q1[0].worker");
}

TEST_CASE("evaluate_json equals decision_json of the typed API for an enterprise") {
  const Enterprise e = io::parse_enterprise(kEnterprise);
  Trace trace;
  const EnterpriseYear y = evaluate_enterprise(e, 2026, ParameterSet::defaults(), &trace);
  const std::string typed = io::decision_json(y, trace, Receipt::of(ParameterSet::defaults()));
  CHECK(io::evaluate_json(std::string(R"({"year": 2026, "enterprise": )") + kEnterprise + "}", ParameterSet::defaults()) ==
        typed);
}

TEST_CASE("value_at addresses nested objects, map keys and list items") {
  const std::string d = R"({"advances": {"2026-01": "1.00"}, "trajectory": null, "hiring": {"failing": ["a", "b"]}})";
  CHECK(value(d, "advances.2026-01") == "\"1.00\"");
  CHECK(value(d, "trajectory.last_day") == "null");
  CHECK(value(d, "hiring.failing[1]") == "\"b\"");
  CHECK(value(d, "hiring.failing[2]") == "(missing)");
  CHECK(value(d, "advances.2026-02") == "(missing)");
}

TEST_CASE("run_cases reports every failing path with expected and actual") {
  const char* file = R"({"format": "lde-cases/1", "cases": [
    {"id": "good", "source": "I-7", "at": "2022-06-01",
     "worker": {"birth_date": "1980-05-10", "rights": [{"kind": "lde", "granted": "2019-12-01"}],
                "employment": [{"employer": "A", "first_day": "2020-02-01"}]},
     "expect": {"trajectory.last_day": "2025-01-31"}},
    {"id": "bad", "source": "I-7", "at": "2022-06-01",
     "worker": {"birth_date": "1980-05-10"},
     "expect": {"trajectory.last_day": "2025-01-31", "continuation": "none", "right.nothing": 1}},
    {"id": "err", "source": "I-1", "at": "2022-06-01", "worker": {"birth_date": "1980-05-10",
     "absences": [{"first_day": "2021-03-01", "last_day": "2021-02-01", "reason": "illness"}]},
     "expect": {"continuation": "none"}}]})";
  const auto results = io::run_cases(file, ParameterSet::defaults(), "t.json");
  REQUIRE(results.size() == 3);
  CHECK(results[0].passed);
  CHECK_FALSE(results[1].passed);
  REQUIRE(results[1].mismatches.size() == 2);
  // Paths are reported in sorted order.
  CHECK(results[1].mismatches[0].path == "right.nothing");
  CHECK(results[1].mismatches[0].actual == "(missing)");
  CHECK(results[1].mismatches[1].path == "trajectory.last_day");
  CHECK(results[1].mismatches[1].expected == "\"2025-01-31\"");
  CHECK(results[1].mismatches[1].actual == "null");
  // Input the rules reject (validate(): an absence that ends before it starts) fails the case.
  CHECK_FALSE(results[2].passed);
  CHECK(results[2].error.find("cases[2].worker.absences[0].last_day") != std::string::npos);
}

TEST_CASE("run_cases: an unreadable input of a case without expect_error is an error of the file") {
  const char* impossible = R"({"format": "lde-cases/1", "cases": [
    {"id": "fine", "source": "I-1", "at": "2022-06-01", "worker": {"birth_date": "1980-05-10"},
     "expect": {"continuation": "none"}},
    {"id": "bad-date", "source": "I-1", "at": "2022-06-01", "worker": {"birth_date": "1980-02-30"},
     "expect": {"continuation": "none"}}]})";
  const Error e = error_of([&] { io::run_cases(impossible, ParameterSet::defaults(), "t.json"); });
  CHECK(e.code() == ErrorCode::invalid_date);
  CHECK(e.field() == "cases[1].worker.birth_date");
  // The same input with expect_error is a case like any other, and passes.
  const char* expected = R"({"format": "lde-cases/1", "cases": [
    {"id": "bad-date", "source": "I-1", "at": "2022-06-01", "worker": {"birth_date": "1980-02-30"},
     "expect_error": {"code": "invalid_date", "field": "worker.birth_date"}}]})";
  const auto results = io::run_cases(expected, ParameterSet::defaults(), "t.json");
  REQUIRE(results.size() == 1);
  CHECK(results[0].passed);
  // An empty case id is a malformed file.
  CHECK(error_of([] {
          io::run_cases(R"({"format": "lde-cases/1", "cases": [{"id": "", "source": "s", "at": "2022-01-01",
                          "worker": {"birth_date": "1980-01-01"}, "expect": {"x": 1}}]})",
                        ParameterSet::defaults());
        }).field() == "cases[0].id");
}

TEST_CASE("nesting is capped: deep input is a parse error naming the path, not a crash") {
  // 100 000 levels used to take quadratic memory (the full path string per level) and kill the process.
  const std::string deep = R"({"birth_date": "1980-01-01", "rights": )" + std::string(100000, '[') +
                           std::string(100000, ']') + "}";
  const Error e = error_of([&] { io::parse_worker(deep, "deep.json"); });
  CHECK(e.code() == ErrorCode::parse_error);
  CHECK(e.message().find("nested more than 64 levels") != std::string::npos);
  CHECK(e.message().find("(in deep.json)") != std::string::npos);
  std::string path = "rights";
  for (std::size_t i = 1; i < io::kMaxNesting; ++i) path += "[0]";
  CHECK(e.field() == path);
  // Objects count too, and the path names their keys.
  std::string objects;
  for (int i = 0; i < 70; ++i) objects += R"({"k": )";
  objects += "1" + std::string(70, '}');
  const Error o = error_of([&] { io::parse_worker(objects); });
  CHECK(o.code() == ErrorCode::parse_error);
  CHECK(o.field().rfind("k.k.k.", 0) == 0);
  // Exactly kMaxNesting levels parse (and then fail as the wrong type, not as too deep).
  const std::string ok = R"({"birth_date": "1980-01-01", "rights": )" + std::string(io::kMaxNesting - 1, '[') +
                         std::string(io::kMaxNesting - 1, ']') + "}";
  const Error t = error_of([&] { io::parse_worker(ok); });
  CHECK(t.code() == ErrorCode::invalid_argument);
  CHECK(t.field() == "rights[0]");
  // Through evaluate_json and the case runner too.
  const std::string input = R"({"at": "2022-01-01", "worker": {"birth_date": "1980-01-01", "x": )" +
                            std::string(5000, '[') + std::string(5000, ']') + "}}";
  CHECK(error_of([&] { io::evaluate_json(input, ParameterSet::defaults()); }).code() == ErrorCode::parse_error);
}

TEST_CASE("a JSON number is accepted only when its text converts exactly") {
  auto amount = [](const std::string& text) {
    return io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "vzw", "transition_amounts": {"2016": )" +
                                text + "}}");
  };
  // 9.50000000000000000001 is the same double as 9.5, but not the same number.
  const Error e = error_of([&] { amount("9.50000000000000000001"); });
  CHECK(e.code() == ErrorCode::parse_error);
  CHECK(e.field() == "transition_amounts.2016");
  CHECK(e.message().find("9.50000000000000000001") != std::string::npos);
  CHECK(error_of([&] { amount("1069.8100000000000001"); }).field() == "transition_amounts.2016");
  CHECK(amount("9.50").transition_amounts.at(2016) == Money::from_cents(950));
  CHECK(amount("950e-2").transition_amounts.at(2016) == Money::from_cents(950));
  CHECK(amount("0.1").transition_amounts.at(2016) == Money::from_cents(10));
  const Error fte = error_of([] {
    io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "vzw", "hires": {"2026-01": 9.50000000000000000001}})");
  });
  CHECK(fte.field() == "hires.2026-01");
  const Error months = error_of([] {
    io::parse_worker(R"({"birth_date": "1980-01-01", "competence_extensions": [{"months": 3.0000000000000000001,
                        "approved": "2021-01-01"}]})");
  });
  CHECK(months.code() == ErrorCode::parse_error);
  CHECK(months.field() == "competence_extensions[0].months");
  const Error big = error_of([] { io::parse_worker(R"({"birth_date": "1980-01-01", "x": 1e400})"); });
  CHECK(big.code() == ErrorCode::parse_error);  // the parser itself refuses the overflow
  CHECK(big.message().find("1e400") != std::string::npos);
}

TEST_CASE("a number beyond a double (1e400) names its path, line and column") {
  const Error top = error_of([] { io::parse_worker(R"({"birth_date": "1980-01-01", "x": 1e400})", "w.json"); });
  CHECK(top.code() == ErrorCode::parse_error);
  CHECK(top.field() == "x");
  CHECK(top.message() ==
        "number 1e400 at line 1, column 35 is too large for a JSON number (it would become infinite); "
        "write the value as a string, e.g. \"1e400\" (in w.json)");
  // Negative, on a later line, inside an array and an object.
  const Error deep = error_of([] {
    io::parse_enterprise("{\"allocation_number\": \"X\", \"legal_form\": \"vzw\",\n"
                         "  \"dmfa\": {\"2026-Q1\": [{\"worker\": \"a\", \"fraction\": \"1.00\"},\n"
                         "                       {\"worker\": \"b\", \"fraction\": -2.5E+400}]}}");
  });
  CHECK(deep.code() == ErrorCode::parse_error);
  CHECK(deep.field() == "dmfa.2026-Q1[1].fraction");
  CHECK(deep.message().find("number -2.5E+400 at line 3, column 52 ") == 0);
  INFO(deep.message());
  const Error item = error_of([] { io::parse_worker(R"({"birth_date": "1980-01-01", "rights": [1, 1e999]})"); });
  CHECK(item.field() == "rights[1]");
  // Through evaluate_json, from the input's root.
  const Error input = error_of([] {
    io::evaluate_json(R"({"year": 2026, "enterprise": {"allocation_number": "X", "legal_form": "vzw",
                         "hires": {"2026-01": 1e400}}})",
                      ParameterSet::defaults());
  });
  CHECK(input.field() == "enterprise.hires.2026-01");
  INFO(input.message());
  CHECK(input.message().find("line 2, column 47 ") != std::string::npos);
  // A syntax error still has no field, only line and column.
  const Error syntax = error_of([] { io::parse_worker(R"({"birth_date": "1980-01-01", "x": 1e})"); });
  CHECK(syntax.field().empty());
  CHECK(syntax.message().find("line 1") != std::string::npos);
}

TEST_CASE("messages: null is 'null', empty names are rejected, every unknown key is reported in file order") {
  const Error n = error_of([] { io::parse_worker(R"({"birth_date": null})"); });
  CHECK(n.message() == "expected a date \"YYYY-MM-DD\", got null (in worker)");
  for (const char* key : {"legal_form", "allocation_number"}) {
    std::string text = R"({"allocation_number": "X", "legal_form": "vzw"})";
    const std::string needle = std::string("\"") + key + "\": \"";
    const auto at = text.find(needle) + needle.size();
    text.erase(at, text.find('"', at) - at);  // the value becomes ""
    const Error e = error_of([&] { io::parse_enterprise(text); });
    CHECK(e.code() == ErrorCode::invalid_argument);
    CHECK(e.field() == key);
    CHECK(e.message().find("must not be empty") != std::string::npos);
  }
  CHECK(error_of([] { io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "  "})"); }).field() == "legal_form");
  CHECK(error_of([] { io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "vzw", "seat": ""})"); }).field() ==
        "seat");
  CHECK(error_of([] {
          io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "vzw", "dmfa": {"2026-Q1": [{"worker": "", "fraction": "1.00"}]}})");
        }).field() == "dmfa.2026-Q1[0].worker");
  CHECK(error_of([] {
          io::parse_worker(R"({"birth_date": "1980-01-01", "employment": [{"employer": "", "first_day": "2020-01-01"}]})");
        }).field() == "employment[0].employer");
  CHECK(error_of([] {
          io::parse_worker(R"({"birth_date": "1980-01-01", "rights": [{"kind": "", "granted": "2020-01-01"}]})");
        }).field() == "rights[0].kind");
  // null means absent for optional values.
  const Enterprise e = io::parse_enterprise(R"({"allocation_number": "X", "legal_form": "vzw", "seat": null, "converted": null})");
  CHECK_FALSE(e.converted);

  const Error all = error_of([] {
    io::parse_worker(R"({"zeta": 1, "birth_date": "1980-01-01", "alpha": 2, "employmnt": []})");
  });
  CHECK(all.field() == "zeta");
  const std::string m = all.message();
  CHECK(m.find("unknown key \"zeta\"") == 0);
  CHECK(m.find("\"alpha\"") != std::string::npos);
  CHECK(m.find("\"employmnt\" (did you mean \"employment\"?)") != std::string::npos);
  CHECK(m.find("zeta") < m.find("alpha"));
  CHECK(m.find("alpha") < m.find("employmnt"));
  CHECK(m.find("allowed keys:") != std::string::npos);
}

TEST_CASE("run_cases rejects a malformed case file with the path") {
  const auto err = [](const char* text) { return error_of([&] { io::run_cases(text, ParameterSet::defaults()); }); };
  CHECK(err(R"({"format": "lde-cases/2", "cases": []})").field() == "format");
  CHECK(err(R"({"format": "lde-cases/1", "cases": [{"id": "a", "at": "2022-01-01", "worker": {}, "expect": {"x": 1}}]})").field() ==
        "cases[0].source");
  CHECK(err(R"({"format": "lde-cases/1", "cases": [{"id": "a", "source": "s", "at": "2022-01-01", "worker": {}}]})").field() ==
        "cases[0].expect");
  CHECK(err(R"({"format": "lde-cases/1", "cases": [{"id": "a", "source": "s", "at": "2022-01-01", "worker": {},
              "expect": {"x": 1}, "expcet": {}}]})").field() == "cases[0].expcet");
  CHECK(err(R"({"format": "lde-cases/1", "cases": [{"id": "a", "source": "s", "expect": {"x": 1}},
              {"id": "a", "source": "s", "expect": {"x": 1}}]})").field() == "cases[1].id");
}

TEST_CASE("every case in tests/cases passes through the C++ API") {
  const std::filesystem::path dir = std::filesystem::path(LDE_SOURCE_DIR) / "tests" / "cases";
  std::size_t count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".json") continue;
    const auto results = io::run_cases(read(entry.path()), ParameterSet::defaults(), entry.path().filename().string());
    for (const auto& r : results) {
      ++count;
      INFO(entry.path().filename().string() << ": " << r.id << " " << r.error);
      for (const auto& m : r.mismatches) INFO(m.path << ": expected " << m.expected << ", got " << m.actual);
      CHECK_FALSE(r.source.empty());
      CHECK(r.passed);
    }
  }
  CHECK(count >= 40);
}
