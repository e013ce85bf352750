// lde._lde: the pybind11 extension behind `import lde`.
//
// Thin by design: typed wrappers of the C++ objects, the JSON entry point,
// and the population engine over numpy arrays (GIL released, no Python
// object per row). The pure-Python package (bindings/python/lde) adds the
// keyword constructors, pandas conversion and the error classes.
//
// Each area registers itself from its own file (register_*.cpp, declared in common.hpp).
#include "common.hpp"
#include "lde/core/holidays.hpp"

#include "lde/population/population.hpp"
#include "lde/version.hpp"

PYBIND11_MODULE(_lde, m) {
  using namespace lde;
  using namespace lde::python;
  m.doc() = "lde: rules of the Flemish decree on the local services economy (C++ core)";
  m.attr("__version__") = kLibraryVersion;
  m.attr("NO_DATE") = population::kNoDate;
  m.attr("REASON_BIT_COUNT") = population::kReasonBitCount;
  // Belgian public holidays (I-24): (ISO date, English name, Dutch name) in date order.
  m.def("_belgian_public_holidays", [](int year) {
    std::vector<std::tuple<std::string, std::string, std::string>> out;
    for (const PublicHoliday& h : belgian_public_holidays(year)) {
      out.emplace_back(h.date.iso(), std::string(h.name), std::string(h.dutch));
    }
    return out;
  });

  register_errors(m);
  register_parameters(m);
  register_dossiers(m);
  register_decisions(m);
  register_population(m);
  register_confidential(m);
  register_local_service(m);
  register_ledger(m);
  register_population_files(m);
  register_budget(m);
}
