// Rule metadata as data (include/lde/core/rule.hpp, docs/rule-core.md): every
// rule id used anywhere is in rule_catalog(), every reading a rule cites is
// defined in docs/readings.md and every source passage starts with a tag of
// docs/sources.md; no rule id, source or reading list is spelled outside the
// rule tables.
#include <doctest/doctest.h>

#include "lde/core/parameters.hpp"
#include "lde/core/rule.hpp"
#include "lde/io/cases.hpp"
#include "lde/population/population.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

using namespace lde;

namespace {

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const std::filesystem::path kRoot{LDE_SOURCE_DIR};

/// Readings defined in docs/readings.md (bullets "- **X-n ...").
std::set<std::string> defined_readings() {
  const std::string text = read_text(kRoot / "docs" / "readings.md");
  std::set<std::string> out;
  const std::regex bullet(R"(^- \*\*([IWEFLCS]-[0-9]+)\b)", std::regex::multiline);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), bullet); it != std::sregex_iterator(); ++it) {
    out.insert((*it)[1]);
  }
  return out;
}

/// Source tags defined in docs/sources.md (table rows "| `TAG` |").
std::set<std::string> defined_tags() {
  const std::string text = read_text(kRoot / "docs" / "sources.md");
  std::set<std::string> out;
  const std::regex row(R"(^\| `([A-Z0-9-]+)` \|)", std::regex::multiline);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), row); it != std::sregex_iterator(); ++it) {
    out.insert((*it)[1]);
  }
  return out;
}

bool is_subset(const std::vector<std::string>& part, const std::vector<std::string>& whole) {
  for (const auto& p : part) {
    if (std::find(whole.begin(), whole.end(), p) == whole.end()) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("Every rule of the catalogue has a unique id, a source that starts with a tag, readings that are defined") {
  const auto readings = defined_readings();
  const auto tags = defined_tags();
  REQUIRE(readings.size() > 40);
  REQUIRE(tags.count("WSE-FAQ") == 1);
  std::set<std::string> ids;
  REQUIRE(rule_catalog().size() >= 30);
  for (const Rule* r : rule_catalog()) {
    CAPTURE(r->id);
    CHECK(ids.insert(std::string(r->id)).second);
    CHECK(find_rule(r->id) == r);
    // An id is family.area[.rule] in lowercase.
    CHECK(std::regex_match(std::string(r->id), std::regex(R"([a-z][a-z_]*(\.[a-z0-9_]+)+)")));
    const std::string source(r->source);
    const auto space = source.find(' ');
    REQUIRE(space != std::string::npos);
    CHECK_MESSAGE(tags.count(source.substr(0, space)) == 1, "source does not start with a tag: " << source);
    for (const std::string& reading : r->reading_list()) {
      CHECK_MESSAGE(readings.count(reading) == 1, reading << " is not defined in docs/readings.md");
    }
  }
  for (const char* family : {"worker.", "enterprise.", "confidential."}) {
    bool found = false;
    for (const Rule* r : rule_catalog()) found = found || r->id.rfind(family, 0) == 0;
    CHECK_MESSAGE(found, "no rule of the family " << family);
  }
  CHECK(find_rule("worker.no_such_rule") == nullptr);
}

TEST_CASE("Every reason bit names a rule of the catalogue and states readings of that rule") {
  for (unsigned b = 0; b < population::kReasonBitCount; ++b) {
    const population::ReasonRule r = population::reason_rule(1u << b);
    CAPTURE(r.bit_name);
    const Rule* rule = find_rule(r.rule);
    REQUIRE(rule != nullptr);
    CHECK(std::string(r.source) == rule->source);
    // The bit's readings ("I-4, I-6") are among its rule's.
    std::string list(r.interpretations);
    std::replace(list.begin(), list.end(), ',', ' ');
    CHECK(is_subset(Rule{"", "", list}.reading_list(), rule->reading_list()));
  }
}

TEST_CASE("Every rule id in the traces of every case of tests/cases is in the catalogue") {
  std::set<std::string> seen;
  const std::regex step_rule("\"rule\":\"([^\"]+)\"");
  for (const auto& entry : std::filesystem::directory_iterator(kRoot / "tests" / "cases")) {
    if (entry.path().extension() != ".json") continue;
    const std::string text = read_text(entry.path());
    if (text.find("\"lde-cases/1\"") == std::string::npos) continue;
    for (const io::CaseResult& c : io::run_cases(text, ParameterSet::defaults(), entry.path().filename().string())) {
      for (auto it = std::sregex_iterator(c.decision.begin(), c.decision.end(), step_rule);
           it != std::sregex_iterator(); ++it) {
        seen.insert((*it)[1]);
      }
    }
  }
  // Every worker rule, every enterprise rule that a year evaluates, the procedure rules.
  REQUIRE(seen.size() >= 20);
  for (const std::string& id : seen) {
    CAPTURE(id);
    CHECK(find_rule(id) != nullptr);
  }
  for (const char* id : {"worker.right.validity", "worker.right.one_at_a_time", "worker.trajectory.absence_extension",
                         "worker.trajectory.competence_extension", "worker.continuation.age60",
                         "worker.continuation.age55", "worker.status", "enterprise.compensation.monthly_advance"}) {
    CHECK_MESSAGE(seen.count(id) == 1, id << " appears in no trace of tests/cases");
  }
}

TEST_CASE("No trace step spells its rule id, source or readings outside the rule tables") {
  // begin_step(trace, "id", "source", {readings}) is the old form: every step names a Rule constant.
  const std::regex literal_step(R"(begin_step\(\s*\w+\s*,\s*")");
  int files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kRoot / "src")) {
    if (entry.path().extension() != ".cpp" && entry.path().extension() != ".hpp") continue;
    ++files;
    const std::string text = read_text(entry.path());
    CHECK_MESSAGE(!std::regex_search(text, literal_step), entry.path().string() << " starts a step from literals");
  }
  CHECK(files > 30);
}

TEST_CASE("docs/rules/catalog.md lists every rule of the catalogue with its readings") {
  const std::string page = read_text(kRoot / "docs" / "rules" / "catalog.md");
  for (const Rule* r : rule_catalog()) {
    CAPTURE(r->id);
    const std::string row = "| `" + std::string(r->id) + "` |";
    const auto at = page.find(row);
    REQUIRE(at != std::string::npos);
    const std::string line = page.substr(at, page.find('\n', at) - at);
    const std::string readings = r->readings.empty() ? std::string("—") : std::string(r->readings);
    CHECK_MESSAGE(line.find("| " + readings + " |") != std::string::npos, "readings differ in: " << line);
  }
}
