// lde._lde: local services and the DAEB rules (lde.local_service in Python). Dates arrive as ISO text (the
// Python layer converts datetime.date, numpy and pandas dates); the decision leaves as its JSON, which
// lde/local_service.py turns into a typed object. Errors are lde::Error, translated by the module's translator.
#include "common.hpp"

#include "lde/core/parameters.hpp"
#include "lde/io/local_service.hpp"
#include "lde/local_service/evaluate.hpp"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>

namespace py = pybind11;

namespace {

namespace ls = lde::local_service;

}  // namespace

/// Registers lde._lde._LocalService and lde._lde._evaluate_local_service (called from module.cpp).
void lde::python::register_local_service(py::module_& m) {
  py::class_<ls::LocalService>(m, "_LocalService")
      .def(py::init([](const std::string& json, const std::string& origin) {
        ls::LocalService s = lde::io::parse_local_service(json, origin);
        ls::validate(s);
        return s;
      }), py::arg("json"), py::arg("origin") = "local_service")
      .def("to_json", [](const ls::LocalService& s) { return lde::io::to_json(s); }, "The service in the JSON format.")
      .def_property_readonly("name", [](const ls::LocalService& s) { return s.name; })
      .def_property_readonly("klaverblad", [](const ls::LocalService& s) { return std::string(ls::to_string(s.klaverblad)); });

  m.def("_evaluate_local_service", [](const ls::LocalService& s, const std::string& at, const ParameterSet& params,
                                      bool with_trace) {
    const lde::Date on = lde::Date::parse(at, "at");
    lde::Trace trace(with_trace);
    std::string out;
    {
      py::gil_scoped_release release;
      const ls::LocalServiceDecision d = ls::evaluate_local_service(s, on, params, &trace);
      out = lde::io::decision_json(d, trace, lde::Receipt::of(params));
    }
    return out;
  }, py::arg("service"), py::arg("at"), py::arg("parameters"), py::arg("trace") = true);
}
