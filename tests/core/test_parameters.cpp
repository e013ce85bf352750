// Effective-dated parameters, reforms, fingerprints, traces and receipts.
#include <doctest/doctest.h>

#include "lde/core/decision.hpp"
#include "lde/core/error.hpp"
#include "lde/core/parameters.hpp"
#include "lde/version.hpp"

#include <fstream>
#include <sstream>
#include <thread>

using namespace lde;

static Date d(const char* s) { return Date::parse(s); }

static std::string read_file(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in.good());
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST_CASE("The embedded default set equals data/parameters/default.json") {
  const ParameterSet& p = ParameterSet::defaults();
  ParameterSet file = ParameterSet::from_json(read_file(LDE_SOURCE_DIR "/data/parameters/default.json"), "default.json");
  CHECK(p.fingerprint() == file.fingerprint());
  CHECK(p.fingerprint().size() == 64);
  CHECK(p.name() == "default");
}

TEST_CASE("Default values with their sources") {
  const ParameterSet& p = ParameterSet::defaults();
  CHECK(p.money("compensation.annual_rate_per_fte", d("2026-01-01")).to_string() == "12600.00");
  CHECK(p.integer("trajectory.absence_min_days", d("2020-01-01")) == 30);
  CHECK(p.integer("trajectory.length_years", d("2020-01-01")) == 5);
  CHECK(p.integer("right.validity_years", d("2020-01-01")) == 5);
  CHECK(p.integer("trajectory.competence_max_months", d("2020-01-01")) == 12);
  CHECK(p.integer("continuation.age_at_trajectory_end", d("2020-01-01")) == 60);
  CHECK(p.integer("continuation.age_at_doorstroom_start", d("2020-01-01")) == 55);
  CHECK(p.date("trajectory.absence_count_from", d("2020-01-01")) == d("2015-04-01"));
  CHECK(p.percent("occupancy.minimum_percent", d("2020-01-01")).to_string() == "90.00");
  CHECK(p.fte("scale.minimum_average_fte", d("2020-01-01")).to_string() == "5.00");
  CHECK(p.integer("transition.length_years", d("2020-01-01")) == 2);
  CHECK(p.boolean("legal.new_hires_allowed", d("2030-01-01")));
  CHECK(p.first_effective_date() == d("2015-04-01"));
  for (const auto& [name, def] : p.definitions()) {
    CAPTURE(name);
    CHECK_FALSE(def.description.empty());
    for (const ParameterEntry& e : def.history) CHECK_FALSE(e.source.empty());
  }
}

TEST_CASE("I-17: the minimum-scale compliance date has a history") {
  const ParameterSet& p = ParameterSet::defaults();
  CHECK(p.date("scale.converted_compliance_date", d("2018-06-01")) == d("2018-01-01"));
  CHECK(p.date("scale.converted_compliance_date", d("2019-02-09")) == d("2018-01-01"));
  CHECK(p.date("scale.converted_compliance_date", d("2019-02-10")) == d("2021-01-01"));
  TraceStep step;
  p.date("scale.converted_compliance_date", d("2020-01-01"), &step);
  REQUIRE(step.parameters.size() == 1);
  CHECK(step.parameters[0].effective_from == d("2019-02-10"));
  CHECK(step.parameters[0].source.find("14 december 2018") != std::string::npos);
}

TEST_CASE("Unknown parameters, dates before the first value and wrong types are errors, not zeros") {
  const ParameterSet& p = ParameterSet::defaults();
  try {
    p.integer("trajectory.absence_min_dayz", d("2020-01-01"));
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::not_found);
    CHECK(e.field() == "trajectory.absence_min_dayz");
  }
  try {
    p.money("compensation.annual_rate_per_fte", d("2014-12-31"));
    FAIL("expected an error");
  } catch (const Error& e) {
    CHECK(e.code() == ErrorCode::out_of_range);
    CHECK(e.field() == "compensation.annual_rate_per_fte");
  }
  CHECK_THROWS_AS(p.money("trajectory.absence_min_days", d("2020-01-01")), Error);
}

TEST_CASE("Reforms: a change from a date, mid-period, and a plain value") {
  const ParameterSet& base = ParameterSet::defaults();
  ParameterSet reform = base.with_changes(R"({
    "format": "lde-reform/1", "name": "rate-2027",
    "changes": {
      "compensation.annual_rate_per_fte": [{"from": "2027-01-01", "value": "13000.00", "source": "what-if"}],
      "trajectory.absence_min_days": 21
    }})", "rate-2027.json");
  CHECK(reform.money("compensation.annual_rate_per_fte", d("2026-12-31")).to_string() == "12600.00");
  CHECK(reform.money("compensation.annual_rate_per_fte", d("2027-01-01")).to_string() == "13000.00");
  CHECK(reform.integer("trajectory.absence_min_days", d("2015-04-01")) == 21);
  CHECK(reform.name() == "default+rate-2027");
  CHECK(reform.fingerprint() != base.fingerprint());
  // The base is untouched (immutable values).
  CHECK(base.money("compensation.annual_rate_per_fte", d("2027-01-01")).to_string() == "12600.00");

  auto diff = base.diff(reform);
  REQUIRE(diff.size() == 2);
  CHECK(diff[0].name == "compensation.annual_rate_per_fte");
  CHECK(diff[0].from == d("2027-01-01"));
  CHECK(diff[0].before == "12600.00");
  CHECK(diff[0].after == "13000.00");
  CHECK(diff[1].name == "trajectory.absence_min_days");
  CHECK(diff[1].from == d("2015-04-01"));
  CHECK(base.diff(base).empty());

  ParameterSet same = base.with_value("compensation.annual_rate_per_fte", d("2027-01-01"), Money::parse("13000"), "what-if");
  CHECK(same.money("compensation.annual_rate_per_fte", d("2027-06-01")) == Money::parse("13000"));
  CHECK_THROWS_AS(base.with_value("compensation.annual_rate_per_fte", d("2027-01-01"), std::int64_t{13000}, "x"), Error);
  CHECK_THROWS_AS(base.with_value("no.such", d("2027-01-01"), std::int64_t{1}, "x"), Error);

  // A bare changes object is accepted too.
  ParameterSet bare = base.with_changes(R"({"continuation.age_at_trajectory_end": 58})");
  CHECK(bare.integer("continuation.age_at_trajectory_end", d("2030-01-01")) == 58);
}

TEST_CASE("A changed set round-trips through JSON with the same fingerprint") {
  ParameterSet reform = ParameterSet::defaults().with_changes(R"({"trajectory.absence_min_days": 21})");
  ParameterSet again = ParameterSet::from_json(reform.to_json());
  CHECK(again.fingerprint() == reform.fingerprint());
  CHECK(again.integer("trajectory.absence_min_days", d("2020-01-01")) == 21);
}

TEST_CASE("Malformed parameter JSON: the message names the field") {
  const ParameterSet& base = ParameterSet::defaults();
  auto expect_error = [](auto&& fn, ErrorCode code, const std::string& field) {
    try {
      fn();
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.code() == code);
      CHECK(e.field() == field);
    }
  };
  expect_error([&] { base.with_changes("{not json"); }, ErrorCode::parse_error, "");
  expect_error([&] { base.with_changes(R"({"no.such.parameter": 1})"); }, ErrorCode::not_found, "no.such.parameter");
  expect_error([&] { base.with_changes(R"({"trajectory.absence_min_days": "thirty"})"); }, ErrorCode::parse_error,
               "trajectory.absence_min_days");
  expect_error([&] { base.with_changes(R"({"compensation.annual_rate_per_fte": [{"from": "2027-02-30", "value": "1"}]})"); },
               ErrorCode::invalid_date, "compensation.annual_rate_per_fte[0].from");
  expect_error([&] { base.with_changes(R"({"compensation.annual_rate_per_fte": [{"from": "2027-01-01", "valeu": "1"}]})"); },
               ErrorCode::parse_error, "compensation.annual_rate_per_fte[0].valeu");
  expect_error([&] { base.with_changes(R"({"compensation.annual_rate_per_fte": [{"from": "2027-01-01", "value": "1.001"}]})"); },
               ErrorCode::parse_error, "compensation.annual_rate_per_fte[0].value");
  expect_error([&] { base.with_changes(R"({"format": "lde-reform/9", "changes": {}})"); }, ErrorCode::parse_error, "format");
  expect_error([&] { ParameterSet::from_json(R"({"format": "lde-parameters/1", "parameters": {"x": {"type": "money", "values": []}}})"); },
               ErrorCode::parse_error, "parameters.x.values");
  expect_error([&] { ParameterSet::from_json(R"({"format": "lde-parameters/1", "parameters": {"x": {"type": "euro", "values": []}}})"); },
               ErrorCode::invalid_argument, "parameters.x.type");
  expect_error([&] { ParameterSet::from_json(R"({"format": "lde-parameters/1", "parameters": {"x": {"type": "integer", "values": [{"from": "2015-04-01", "value": 1}, {"from": "2015-04-01", "value": 2}]}}})"); },
               ErrorCode::conflict, "parameters.x.values[1].from");
}

TEST_CASE("parameter sets and reforms are read by the one strict JSON reader (as dossiers and cases)") {
  const ParameterSet& base = ParameterSet::defaults();
  auto expect_error = [](auto&& f, ErrorCode code, const std::string& field, const std::string& words) {
    try {
      f();
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.code() == code);
      CHECK(e.field() == field);
      CHECK(e.message().find(words) != std::string::npos);
    }
  };
  // A duplicated key is refused (it was silently one of the two values).
  expect_error([&] { base.with_changes(R"({"trajectory.absence_min_days": 21, "trajectory.absence_min_days": 40})"); },
               ErrorCode::parse_error, "trajectory.absence_min_days", "appears twice");
  expect_error([&] { base.with_changes(R"({"format": "lde-reform/1", "changes": {"a.b": 1, "a.b": 2}})"); },
               ErrorCode::parse_error, "changes.a.b", "appears twice");
  // A number beyond a double is a named parse error, not an escaping exception.
  expect_error([&] { base.with_changes(R"({"compensation.annual_rate_per_fte": 1e400})"); }, ErrorCode::parse_error,
               "compensation.annual_rate_per_fte", "too large");
  // A number a double cannot hold exactly is refused as in a dossier.
  expect_error([&] { base.with_changes(R"({"compensation.annual_rate_per_fte": 13000.000000000000000001})"); },
               ErrorCode::parse_error, "compensation.annual_rate_per_fte", "cannot be stored exactly");
  expect_error([&] { ParameterSet::from_json(R"({"format": "lde-parameters/1", "format": "lde-parameters/1", "parameters": {}})"); },
               ErrorCode::parse_error, "format", "appears twice");
  // Misspelt names and keys get a suggestion, as in every other document.
  expect_error([&] { base.with_changes(R"({"trajectory.absence_min_dys": 21})"); }, ErrorCode::not_found,
               "trajectory.absence_min_dys", "did you mean \"trajectory.absence_min_days\"");
  expect_error([&] { base.with_changes(R"({"trajectory.absence_min_days": [{"from": "2027-01-01", "valeu": 3}]})"); },
               ErrorCode::parse_error, "trajectory.absence_min_days[0].valeu", "did you mean \"value\"");
}

TEST_CASE("I-21: rules look up dates before 2015-04-01 on 2015-04-01 and say so") {
  const ParameterSet& p = ParameterSet::defaults();
  TraceStep step;
  CHECK(rules_date(d("2012-06-01"), p, &step) == d("2015-04-01"));
  REQUIRE(step.notes.size() == 1);
  CHECK(step.notes[0].find("I-21") != std::string::npos);
  CHECK(rules_date(d("2020-06-01"), p, nullptr) == d("2020-06-01"));
}

TEST_CASE("I-21: a reform giving one parameter an early value does not move the other lookups before 2015-04-01") {
  // Before the fix rules_date() answered with the earliest date of ANY
  // parameter (2010-01-01 here), and every other lookup for 2012 failed with
  // "right.validity_years: no value on 2012-01-01".
  const ParameterSet& base = ParameterSet::defaults();
  const ParameterSet reform =
      base.with_value("trajectory.absence_min_days", d("2010-01-01"), std::int64_t{45}, "what-if from 2010");
  CHECK(reform.first_effective_date() == d("2010-01-01"));
  CHECK(reform.rules_from() == d("2015-04-01"));
  CHECK(base.rules_from() == d("2015-04-01"));
  TraceStep step;
  const Date at = rules_date(d("2012-01-01"), reform, &step);
  CHECK(at == d("2015-04-01"));
  CHECK(reform.integer("right.validity_years", at) == 5);
  // the parameter with the early value answers with its value in force on
  // 2015-04-01 too (I-21); its 2010 value is kept, and is what a direct
  // lookup on a date in 2012 (not through rules_date) finds
  CHECK(reform.integer("trajectory.absence_min_days", at) == 30);
  CHECK(reform.integer("trajectory.absence_min_days", d("2012-01-01")) == 45);
  REQUIRE(step.notes.size() == 1);
  CHECK(step.notes[0].find("legal.decree_in_force") != std::string::npos);
  CHECK(step.interpretations == std::vector<std::string>{"I-21"});
  // dates on or after the decree are looked up on themselves
  CHECK(rules_date(d("2015-04-01"), reform) == d("2015-04-01"));

  SUBCASE("the entry into force is the parameter legal.decree_in_force") {
    const ParameterSet later = base.with_changes(R"({"legal.decree_in_force": "2016-01-01"})");
    CHECK(later.rules_from() == d("2016-01-01"));
    CHECK(rules_date(d("2015-06-01"), later) == d("2016-01-01"));
  }
  SUBCASE("a set without legal.decree_in_force starts on its earliest value") {
    const ParameterSet own = ParameterSet::from_json(
        R"({"format": "lde-parameters/1", "parameters": {"x": {"type": "integer", "values": [{"from": "2001-01-01", "value": 1}]}}})");
    CHECK(own.rules_from() == d("2001-01-01"));
    CHECK(rules_date(d("1999-01-01"), own) == d("2001-01-01"));
  }
}

TEST_CASE("Traces: optional, ordered, printable, JSON; receipts name version and fingerprint") {
  Trace off(false);
  CHECK(off.step("x", "y", {}) == nullptr);
  CHECK(begin_step(nullptr, "x", "y", {}) == nullptr);

  Trace t;
  TraceStep* s = t.step("worker.trajectory.length", "WSE-LDE \"Verlenging inschakelingstraject\"", {"I-7", "I-1"});
  REQUIRE(s != nullptr);
  s->input("first_day", "2020-02-01");
  ParameterSet::defaults().integer("trajectory.length_years", d("2020-02-01"), s);
  t.step("second", "", {});  // s stays valid: steps live in a deque
  s->result("last day 2025-01-31");
  CHECK(t.steps().size() == 2);
  const std::string text = t.to_text();
  CHECK(text.find("worker.trajectory.length [I-7, I-1]") != std::string::npos);
  CHECK(text.find("trajectory.length_years = 5") != std::string::npos);
  CHECK(text.find("=> last day 2025-01-31") != std::string::npos);
  const std::string json = t.to_json();
  CHECK(json.find("\"rule\":\"worker.trajectory.length\"") != std::string::npos);
  CHECK(json.find("\"from\":\"2015-04-01\"") != std::string::npos);

  Receipt r = Receipt::of(ParameterSet::defaults());
  CHECK(r.library_version == std::string(kLibraryVersion));
  CHECK(r.parameters_fingerprint == ParameterSet::defaults().fingerprint());
}

TEST_CASE("decide() gives the same value with and without a trace") {
  auto rule = [](int x, const ParameterSet& p, Trace* trace) {
    TraceStep* s = begin_step(trace, "demo", "", {});
    return x * static_cast<int>(p.integer("trajectory.length_years", Date::parse("2020-01-01"), s));
  };
  auto on = decide(TraceMode::on, ParameterSet::defaults(), rule, 3);
  auto off = decide(TraceMode::off, ParameterSet::defaults(), rule, 3);
  CHECK(on.value == 15);
  CHECK(off.value == 15);
  CHECK(on.trace.steps().size() == 1);
  CHECK(off.trace.steps().empty());
}

TEST_CASE("Parameter sets are safe to read from many threads") {
  const ParameterSet reform = ParameterSet::defaults().with_changes(R"({"trajectory.absence_min_days": 21})");
  std::vector<std::thread> threads;
  std::vector<std::int64_t> results(8);
  for (std::size_t i = 0; i < results.size(); ++i) {
    threads.emplace_back([&, i] {
      std::int64_t sum = 0;
      for (int k = 0; k < 1000; ++k) sum += reform.integer("trajectory.absence_min_days", Date::parse("2020-01-01"));
      results[i] = sum;
    });
  }
  for (auto& th : threads) th.join();
  for (auto r : results) CHECK(r == 21000);
}

TEST_CASE("I-21: the 2023 reform ships as a named change, not in the default set") {
  const ParameterSet& base = ParameterSet::defaults();
  CHECK(base.boolean("legal.new_hires_allowed", d("2024-01-01")));
  ParameterSet reform = base.with_changes(read_file(LDE_SOURCE_DIR "/data/parameters/reforms/maatwerk-2023.json"),
                                          "maatwerk-2023.json");
  CHECK(reform.boolean("legal.new_hires_allowed", d("2023-06-30")));
  CHECK_FALSE(reform.boolean("legal.new_hires_allowed", d("2023-07-01")));
  CHECK(reform.name() == "default+maatwerk-2023");
}
