// A program outside the lde tree, built against an installed lde.
#include <lde/lde.hpp>

#include <iostream>

int main() {
  const lde::ParameterSet& params = lde::ParameterSet::defaults();
  const lde::Date first = lde::Date::parse("2020-02-01");
  const auto years = static_cast<int>(params.integer("trajectory.length_years", first));
  const lde::Period p = lde::Period::years_from(first, years);
  std::cout << "lde " << lde::kLibraryVersion << ": trajectory from " << p.first().iso() << ", last day "
            << p.last().iso() << " (parameters " << params.fingerprint().substr(0, 12) << ")\n";
  return 0;
}
