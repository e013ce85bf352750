// lde._lde: the settlement ledger (lde.ledger in Python). Dates arrive as ISO text (the Python layer
// converts datetime.date, numpy and pandas dates); the answers leave as the decision JSON of
// docs/format.md "Settlement ledger", which lde/ledger.py turns into DataFrames. Errors are lde::Error,
// translated by the module's translator.
#include "common.hpp"

#include "lde/core/parameters.hpp"
#include "lde/io/ledger.hpp"
#include "lde/ledger/ledger.hpp"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>

namespace py = pybind11;

/// Registers lde._lde._Ledger and lde._lde._ledger_evaluate (called from module.cpp).
void lde::python::register_ledger(py::module_& m) {
  namespace lg = lde::ledger;
  py::class_<lg::Log>(m, "_Ledger")
      .def(py::init([](const std::string& json, const ParameterSet& params, const std::string& origin) {
        lg::Log log = lde::io::parse_ledger_log(json, origin);
        lg::validate(log, params);
        return log;
      }), py::arg("json"), py::arg("parameters"), py::arg("origin") = "ledger")
      .def("to_json", [](const lg::Log& l) { return lde::io::to_json(l); }, "The log in the JSON format lde-ledger/1.")
      .def_property_readonly("allocation_number", [](const lg::Log& l) { return l.allocation_number; })
      .def("__len__", [](const lg::Log& l) { return l.facts.size(); });

  m.def("_ledger_evaluate", [](const lg::Log& log, const std::string& at, std::optional<std::string> quarter,
                               std::optional<std::string> from, const ParameterSet& params, bool with_trace) {
    const lde::Date on = lde::Date::parse(at, "at");
    std::optional<lde::Quarter> q;
    if (quarter) q = lde::Quarter::parse(*quarter, "quarter");
    std::optional<lde::Date> k1;
    if (from) k1 = lde::Date::parse(*from, "from");
    lde::Trace trace(with_trace);
    std::string out;
    {
      py::gil_scoped_release release;
      const lg::Statement st = lg::as_of(log, on, params, &trace);
      std::optional<std::vector<lg::QuarterVersion>> h;
      std::optional<lg::Explanation> ex;
      if (q) h = lg::history(log, *q, params, &trace);
      if (q && k1) ex = lg::explain(log, *q, *k1, on, params, &trace);
      out = lde::io::decision_json(st, h ? &*h : nullptr, ex ? &*ex : nullptr, trace, lde::Receipt::of(params));
    }
    return out;
  }, py::arg("ledger"), py::arg("at"), py::arg("quarter"), py::arg("from_"), py::arg("parameters"),
     py::arg("trace") = false);
}
