// lde._lde: parameter sets (lde.Parameters).
#include "common.hpp"

#include <pybind11/stl.h>

#include <string>
#include <variant>
#include <vector>

namespace lde::python {

namespace {

py::object parameter_value(const ParameterValue& v) {
  if (const auto* i = std::get_if<std::int64_t>(&v)) return py::int_(*i);
  if (const auto* b = std::get_if<bool>(&v)) return py::bool_(*b);
  if (const auto* d = std::get_if<Date>(&v)) return py_date(*d);
  static py::object decimal = py::module_::import("decimal").attr("Decimal");
  return decimal(to_string(v));
}


}  // namespace

void register_parameters(py::module_& m) {
  py::class_<ParameterSet>(m, "_Parameters")
      .def_static("_default", [] { return ParameterSet::defaults(); })
      .def_static("_from_json", [](const JsonText& json_text, const std::string& origin) {
        const std::string& text = json_text.text;
        return ParameterSet::from_json(text, origin);
      }, py::arg("text"), py::arg("origin") = "parameters")
      .def("_with_changes", [](const ParameterSet& p, const JsonText& json_text, const std::string& origin) {
        const std::string& text = json_text.text;
        return p.with_changes(text, origin);
      }, py::arg("text"), py::arg("origin") = "changes")
      .def("to_json", &ParameterSet::to_json, "Canonical JSON: a valid parameter file.")
      .def_property_readonly("fingerprint", &ParameterSet::fingerprint, "SHA-256 of the canonical JSON.")
      .def_property_readonly("name", &ParameterSet::name, "The set's name ('default' or the reform's name).")
      .def("names", [](const ParameterSet& p) {
        std::vector<std::string> names;
        for (const auto& [k, _] : p.definitions()) names.push_back(k);
        return names;
      }, "Every parameter name, sorted.")
      .def("value", [](const ParameterSet& p, const std::string& name, py::handle at) {
        return parameter_value(p.entry(name, to_date(at, "at")).value);
      }, py::arg("name"), py::arg("at"), "The value of @p name in force on @p at (Decimal, int, bool or date).")
      .def("rules_date", [](const ParameterSet& p, py::handle at) {
        return py_date(rules_date(to_date(at, "at"), p, nullptr));
      }, py::arg("at"), "The date whose values answer for @p at: @p at itself, or the decree's entry into force "
                        "for a day before it (I-21), as every rule looks its parameters up.")
      .def("history", [](const ParameterSet& p, const std::string& name) {
        py::list out;
        const auto& def = p.definition(name);
        for (const auto& e : def.history) {
          py::dict d;
          d["from"] = py_date(e.from);
          d["value"] = parameter_value(e.value);
          d["source"] = e.source;
          d["interpretations"] = e.interpretations;
          out.append(d);
        }
        return out;
      }, py::arg("name"), "Every value of @p name with the date from which it applies and its source.")
      .def("_diff", [](const ParameterSet& a, const ParameterSet& b) {
        py::list out;
        for (const auto& d : a.diff(b)) {
          py::dict x;
          x["name"] = d.name;
          x["from"] = py_date(d.from);
          x["before"] = d.before;
          x["after"] = d.after;
          out.append(x);
        }
        return out;
      });
}

}  // namespace lde::python
