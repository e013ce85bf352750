// lde/lde.hpp includes the whole public C++ API: every header under include/lde, so a user who
// includes only the umbrella header sees every type the docs name (issue 11).
#include "lde/lde.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

TEST_CASE("lde/lde.hpp includes every public header under include/lde") {
  const std::filesystem::path include = std::filesystem::path(LDE_SOURCE_DIR) / "include";
  std::ifstream in(include / "lde" / "lde.hpp");
  REQUIRE(in);
  std::stringstream umbrella;
  umbrella << in.rdbuf();
  int headers = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(include / "lde")) {
    if (entry.path().extension() != ".hpp" || entry.path().filename() == "lde.hpp") continue;
    ++headers;
    const std::string name = entry.path().lexically_relative(include).generic_string();
    INFO(name);
    CHECK(umbrella.str().find("#include \"" + name + "\"") != std::string::npos);
  }
  CHECK(headers > 30);
  CHECK(umbrella.str().find("#include \"lde/version.hpp\"") != std::string::npos);
}

TEST_CASE("the umbrella header alone gives the types of every rule family") {
  // One name from each family, used: compiling this file is the check that lde.hpp is enough.
  const lde::ParameterSet& params = lde::ParameterSet::defaults();
  const lde::WorkerDossier dossier{lde::Date::from_ymd(1980, 5, 10), {}, {}, {}, {}, std::nullopt, std::nullopt};
  const lde::WorkerStatus status = lde::evaluate_worker(dossier, lde::Date::from_ymd(2026, 6, 30), params, nullptr);
  CHECK_FALSE(status.compensated);
  CHECK(lde::Money::from_cents(1234).to_string() == "12.34");
  CHECK(lde::kMaxThreads == 1024);
  CHECK(lde::io::to_json(dossier).find("1980-05-10") != std::string::npos);
  CHECK(std::string(lde::kLibraryVersion).size() > 0);
}
