// lde._lde: worker dossiers and enterprises read from their JSON documents.
#include "common.hpp"

#include "lde/io/json.hpp"

#include <pybind11/stl.h>

#include <string>

namespace lde::python {

void register_dossiers(py::module_& m) {
  py::class_<WorkerDossier>(m, "_WorkerDossier")
      .def(py::init([](const JsonText& json_text, const std::string& origin) {
        const std::string& json = json_text.text;
        WorkerDossier d = io::parse_worker(json, origin);
        validate(d);
        return d;
      }), py::arg("json"), py::arg("origin") = "worker")
      .def("to_json", [](const WorkerDossier& d) { return io::to_json(d); }, "The dossier in the JSON format.")
      .def_property_readonly("birth_date", [](const WorkerDossier& d) { return py_date(d.birth_date); })
      .def_property_readonly("rights_count", [](const WorkerDossier& d) { return d.rights.size(); })
      .def_property_readonly("employment_count", [](const WorkerDossier& d) { return d.employment.size(); })
      .def_property_readonly("absences_count", [](const WorkerDossier& d) { return d.absences.size(); });

  py::class_<Enterprise>(m, "_Enterprise")
      .def(py::init([](const JsonText& json_text, const std::string& origin) {
        const std::string& json = json_text.text;
        Enterprise e = io::parse_enterprise(json, origin);
        validate_structure(e);  // the I-14 year range is checked by the rules, with their parameters
        return e;
      }), py::arg("json"), py::arg("origin") = "enterprise")
      .def("to_json", [](const Enterprise& e) { return io::to_json(e); }, "The enterprise in the JSON format.")
      .def_property_readonly("allocation_number", [](const Enterprise& e) { return e.allocation_number; });
}

}  // namespace lde::python
