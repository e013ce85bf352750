// Every passage a confidential-section rule quotes is in the seed files, every rule of the family is in
// the rule catalogue and in docs/rules/confidential.md, and every reading it cites is defined in
// docs/readings.md. The seed directory (LDE_SEEDS_DIR) may be absent: then the quotation check is skipped.
#include "support.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace lde;
using namespace lde::confidential_test;

namespace {

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

/// The quotations ("...") of a source text, e.g. WSE-LDE "Vertrouwelijk luik" "Vanaf ...".
std::vector<std::string> quotations(std::string_view source) {
  std::vector<std::string> out;
  std::size_t i = source.find('"');
  while (i != std::string_view::npos) {
    const std::size_t j = source.find('"', i + 1);
    if (j == std::string_view::npos) break;
    out.emplace_back(source.substr(i + 1, j - i - 1));
    i = source.find('"', j + 1);
  }
  return out;
}

}  // namespace

TEST_CASE("every passage quoted by a confidential-section rule is in the seed files") {
  const std::filesystem::path dir(LDE_SEEDS_DIR);
  if (!std::filesystem::is_directory(dir)) {
    MESSAGE("SKIPPED: the seed directory " << dir << " is absent");
    return;
  }
  std::string seeds;
  for (const auto& f : std::filesystem::directory_iterator(dir)) seeds += slurp(f.path());
  for (const Rule* r : kRules) {
    for (const std::string& q : quotations(r->source)) {
      CAPTURE(r->id);
      CHECK_MESSAGE(seeds.find(q) != std::string::npos, "not in the seeds: " << q);
    }
  }
}

TEST_CASE("every confidential-section rule is in the catalogue, the docs, and cites defined readings") {
  const std::string doc = slurp(std::filesystem::path(LDE_SOURCE_DIR) / "docs" / "rules" / "confidential.md");
  const std::string readings = slurp(std::filesystem::path(LDE_SOURCE_DIR) / "docs" / "readings.md");
  for (const Rule* r : kRules) {
    CAPTURE(r->id);
    CHECK(find_rule(r->id) == r);
    CHECK(doc.find("`" + std::string(r->id) + "`") != std::string::npos);
    CHECK(r->id.rfind("confidential.", 0) == 0);
    CHECK_FALSE(r->reading_list().empty());
    for (const std::string& reading : r->reading_list()) {
      CHECK_MESSAGE(readings.find("- **" + reading + " ") != std::string::npos, reading << " is not defined");
    }
  }
}
