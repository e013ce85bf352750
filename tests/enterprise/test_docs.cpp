// docs/rules/enterprise.md names tests exactly: every `quoted` name in the last column of its tables is
// part of a test case name in tests/enterprise/, and every statement row has a test or says why it is
// not computable.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), "cannot read " << p.string());
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The names of the TEST_CASE("...") in @p source, with \" and \\ unescaped.
std::vector<std::string> test_names(const std::string& source) {
  std::vector<std::string> names;
  const std::string marker = "TEST_CASE(\"";
  for (std::size_t at = source.find(marker); at != std::string::npos; at = source.find(marker, at + 1)) {
    std::string name;
    std::size_t i = at + marker.size();
    for (; i < source.size() && source[i] != '"'; ++i) {
      if (source[i] == '\\' && i + 1 < source.size()) ++i;
      name += source[i];
    }
    names.push_back(name);
  }
  return names;
}

// The `...` spans of @p text.
std::vector<std::string> code_spans(const std::string& text) {
  std::vector<std::string> spans;
  for (std::size_t open = text.find('`'); open != std::string::npos;) {
    const std::size_t close = text.find('`', open + 1);
    if (close == std::string::npos) break;
    spans.push_back(text.substr(open + 1, close - open - 1));
    open = text.find('`', close + 1);
  }
  return spans;
}

}  // namespace

TEST_CASE("docs/rules/enterprise.md: every test named in its tables exists") {
  const std::filesystem::path root = LDE_SOURCE_DIR;
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(root / "tests" / "enterprise")) {
    if (entry.path().extension() != ".cpp") continue;
    for (auto& n : test_names(read(entry.path()))) names.push_back(std::move(n));
  }
  REQUIRE(names.size() > 40);

  std::istringstream doc(read(root / "docs" / "rules" / "enterprise.md"));
  std::string line;
  std::string section;
  int rows = 0;
  int statements = 0;
  while (std::getline(doc, line)) {
    if (line.rfind("## ", 0) == 0) section = line;
    const bool rules = section == "## Rules";
    const bool coverage = section == "## Every statement of the source sections";
    if ((!rules && !coverage) || line.rfind("| ", 0) != 0 || line.rfind("|---", 0) == 0) continue;
    if (line.rfind("| Rule (trace id)", 0) == 0 || line.rfind("| Seed, section", 0) == 0) continue;  // headers
    const std::size_t last = line.rfind(" | ");
    REQUIRE_MESSAGE(last != std::string::npos, line);
    const std::string cell = line.substr(last + 3);
    CAPTURE(line);
    const std::vector<std::string> spans = code_spans(cell);
    if (coverage) {
      ++statements;
      CHECK_MESSAGE((!spans.empty() || cell.find("not computable: ") != std::string::npos),
                    "a statement needs a test or a reason why it is not computable");
    } else {
      ++rows;
    }
    int tests = 0;
    for (const std::string& span : spans) {
      // C++ names (`monthly_advance()`, `validate()`) never appear in the last column.
      bool found = false;
      for (const auto& n : names) found = found || n.find(span) != std::string::npos;
      CHECK_MESSAGE(found, "no test case name contains \"" << span << "\"");
      if (found) ++tests;
    }
    if (rules) CHECK_MESSAGE(tests > 0, "a rule row names no test");
  }
  CHECK(rows >= 25);
  CHECK(statements >= 40);
}
