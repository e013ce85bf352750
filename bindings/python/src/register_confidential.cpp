// lde._lde: the confidential section (lde.confidential in Python). Dates arrive as ISO text (the Python
// layer converts datetime.date, numpy and pandas dates); answers leave as dicts that lde/confidential.py
// turns into typed objects. Errors are lde::Error, translated by the module's translator.
#include "common.hpp"

#include "lde/confidential/access.hpp"
#include "lde/confidential/log.hpp"
#include "lde/core/parameters.hpp"
#include "lde/io/confidential.hpp"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <optional>
#include <string>

namespace py = pybind11;

namespace {

namespace cf = lde::confidential;

lde::Date day(const std::string& iso) { return lde::Date::parse(iso, "at"); }

py::dict answer(const cf::Answer& a) {
  py::dict d;
  d["allowed"] = a.allowed;
  d["reason"] = std::string(cf::to_string(a.reason));
  d["rule"] = std::string(a.rule->id);
  d["source"] = std::string(a.rule->source);
  d["readings"] = a.rule->reading_list();
  d["detail"] = a.detail;
  return d;
}

py::dict version(const cf::DocumentVersion& v) {
  py::dict d;
  d["document"] = v.document;
  d["kind"] = std::string(cf::to_string(v.kind));
  d["version"] = v.version;
  d["uploaded"] = v.uploaded.iso();
  d["person"] = v.person;
  d["role"] = std::string(cf::to_string(v.uploader_role));
  d["employer"] = v.employer.empty() ? py::object(py::none()) : py::object(py::str(v.employer));
  d["event"] = v.event;
  return d;
}

py::list versions(const std::vector<cf::DocumentVersion>& list) {
  py::list out;
  for (const auto& v : list) out.append(version(v));
  return out;
}

}  // namespace

/// Registers lde._lde._ConfidentialLog and lde._lde._evaluate_confidential (called from module.cpp).
void lde::python::register_confidential(py::module_& m) {
  py::class_<cf::EventLog>(m, "_ConfidentialLog")
      .def(py::init([](const JsonText& json_text, const std::string& origin) {
        const std::string& json = json_text.text;
        cf::EventLog log = lde::io::parse_confidential_log(json, origin);
        cf::validate(log);
        return log;
      }), py::arg("json"), py::arg("origin") = "confidential")
      .def("to_json", [](const cf::EventLog& l) { return lde::io::to_json(l); }, "The log in the JSON format.")
      .def_property_readonly("persons", [](const cf::EventLog& l) {
        std::vector<std::string> ids;
        for (const auto& p : l.persons) ids.push_back(p.id);
        return ids;
      })
      .def_property_readonly("events_count", [](const cf::EventLog& l) { return l.events.size(); })
      .def("_access", [](const cf::EventLog& l, const std::string& person, const std::string& at) {
        return answer(cf::access(l, person, day(at)));
      })
      .def("_may_upload", [](const cf::EventLog& l, const std::string& person, const std::string& at) {
        return answer(cf::may_upload(l, person, day(at)));
      })
      .def("_may_view", [](const cf::EventLog& l, const std::string& person, const std::string& document,
                           const std::string& at) { return answer(cf::may_view(l, person, document, day(at))); })
      .def("_who_has_access", [](const cf::EventLog& l, const std::string& at) {
        py::list out;
        for (const auto& h : cf::who_has_access(l, day(at))) {
          py::dict d;
          d["person"] = h.person;
          d["role"] = std::string(cf::to_string(h.role));
          d["employer"] = h.employer.empty() ? py::object(py::none()) : py::object(py::str(h.employer));
          d["since"] = h.since.iso();
          d["via"] = std::string(cf::to_string(h.via));
          d["event"] = h.event;
          out.append(d);
        }
        return out;
      })
      .def("_visible_documents", [](const cf::EventLog& l, const std::string& person, const std::string& at) {
        return versions(cf::visible_documents(l, person, day(at)));
      })
      .def("_history", [](const cf::EventLog& l, const std::string& at) { return versions(cf::history(l, day(at))); });

  m.def("_evaluate_confidential", [](const cf::EventLog& l, const std::string& at, std::optional<std::string> person,
                                     std::optional<std::string> document, bool with_trace) {
    const lde::Date on = day(at);
    lde::Trace trace(with_trace);
    std::string out;
    {
      py::gil_scoped_release release;
      const cf::SectionView v = cf::evaluate_confidential(l, on, person, document, &trace);
      out = lde::io::decision_json(v, trace, lde::Receipt::of(lde::ParameterSet::defaults()));
    }
    return out;
  }, py::arg("log"), py::arg("at"), py::arg("person") = py::none(), py::arg("document") = py::none(),
     py::arg("trace") = true);
}
