// lde._lde: traces, worker and enterprise decisions, the scalar evaluations and the JSON entry point.
#include "common.hpp"

#include "lde/io/json.hpp"
#include "lde/population/population.hpp"

#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

namespace lde::python {

namespace {

py::list trace_steps(const Trace& t) {
  py::list steps;
  for (const auto& s : t.steps()) {
    py::dict d;
    d["rule"] = s.rule;
    d["source"] = s.source;
    d["interpretations"] = s.interpretations;
    py::dict inputs;
    for (const auto& [k, v] : s.inputs) inputs[py::str(k)] = v;
    d["inputs"] = inputs;
    py::list params;
    for (const auto& p : s.parameters) {
      py::dict pd;
      pd["name"] = p.name;
      pd["value"] = p.value;
      pd["effective_from"] = p.effective_from.iso();
      pd["source"] = p.source;
      params.append(pd);
    }
    d["parameters"] = params;
    d["outcome"] = s.outcome;
    d["notes"] = s.notes;
    steps.append(d);
  }
  return steps;
}

}  // namespace

void register_decisions(py::module_& m) {
  py::class_<Trace>(m, "Trace")
      .def("__str__", &Trace::to_text)
      .def("__len__", [](const Trace& t) { return t.steps().size(); })
      .def("__repr__", [](const Trace& t) {
        std::string rules;
        for (const auto& s : t.steps()) rules += (rules.empty() ? "" : ", ") + s.rule;
        return "<lde.Trace " + std::to_string(t.steps().size()) + " steps: " + rules + ">";
      })
      .def("to_text", &Trace::to_text, "Readable text, one block per step.")
      .def("to_json", &Trace::to_json, "JSON array of steps.")
      .def("to_list", &trace_steps, "The steps as a list of dicts.")
      .def_property_readonly("rules", [](const Trace& t) {
        std::vector<std::string> r;
        for (const auto& s : t.steps()) r.push_back(s.rule);
        return r;
      }, "The rule id of each step, in order.");

  py::class_<WorkerDecisionPy>(m, "WorkerDecision")
      .def_property_readonly("at", [](const WorkerDecisionPy& d) { return py_date(d.status.at); })
      .def_property_readonly("right_kind", [](const WorkerDecisionPy& d) -> py::object {
        if (!d.status.right.kind) return py::none();
        return py::str(std::string(to_string(*d.status.right.kind)));
      })
      .def_property_readonly("right_valid", [](const WorkerDecisionPy& d) { return d.status.right.valid; })
      .def_property_readonly("right_last_day", [](const WorkerDecisionPy& d) { return py_date(d.status.right.last_day); })
      .def_property_readonly("right_granted", [](const WorkerDecisionPy& d) { return py_date(d.status.right.granted); })
      .def_property_readonly("right_ended", [](const WorkerDecisionPy& d) -> py::object {
        if (!d.status.right.ended) return py::none();
        return py::str(std::string(to_string(*d.status.right.ended)));
      }, "How the last right in force ended ('expired', 'replaced') when none is in force (I-25), else None.")
      .def_property_readonly("hiring_eligible", [](const WorkerDecisionPy& d) -> py::object {
        if (!d.status.hiring) return py::none();
        return py::bool_(d.status.hiring->eligible);
      })
      .def_property_readonly("hiring_failing", [](const WorkerDecisionPy& d) {
        return d.status.hiring ? d.status.hiring->failing : std::vector<std::string>{};
      })
      .def_property_readonly("trajectory_first_day", [](const WorkerDecisionPy& d) {
        return d.status.trajectory ? py_date(d.status.trajectory->first_day) : py::none();
      })
      .def_property_readonly("trajectory_original_last_day", [](const WorkerDecisionPy& d) {
        return d.status.trajectory ? py_date(d.status.trajectory->original_last_day) : py::none();
      })
      .def_property_readonly("trajectory_last_day", [](const WorkerDecisionPy& d) {
        return d.status.trajectory ? py_date(d.status.trajectory->last_day) : py::none();
      })
      .def_property_readonly("absence_extension_days", [](const WorkerDecisionPy& d) -> std::int64_t {
        return d.status.trajectory ? d.status.trajectory->absence_extension_days : 0;
      })
      .def_property_readonly("competence_extension_months", [](const WorkerDecisionPy& d) {
        return d.status.trajectory ? d.status.trajectory->competence_extension_months : 0;
      })
      .def_property_readonly("continuation", [](const WorkerDecisionPy& d) {
        return std::string(to_string(d.status.continuation.kind));
      })
      .def_property_readonly("continuation_from", [](const WorkerDecisionPy& d) { return py_date(d.status.continuation.from); })
      .def_property_readonly("in_trajectory", [](const WorkerDecisionPy& d) { return d.status.in_trajectory; })
      .def_property_readonly("in_continuation", [](const WorkerDecisionPy& d) { return d.status.in_continuation; })
      .def_property_readonly("compensated", [](const WorkerDecisionPy& d) { return d.status.compensated; })
      .def_property_readonly("reason", [](const WorkerDecisionPy& d) { return d.reason; },
                             "ReasonBit set, as in the population's `reason` column.")
      .def_property_readonly("trace", [](const WorkerDecisionPy& d) { return d.trace; })
      .def_property_readonly("receipt", [](const WorkerDecisionPy& d) {
        py::dict r;
        r["library_version"] = d.receipt().library_version;
        r["parameters_fingerprint"] = d.receipt().parameters_fingerprint;
        return r;
      })
      .def("to_json", [](const WorkerDecisionPy& d) { return io::decision_json(d.status, d.trace, d.receipt()); },
           "The decision JSON of docs/format.md (with trace and receipt).")
      .def("__repr__", [](const WorkerDecisionPy& d) {
        const auto& s = d.status;
        std::string t = s.trajectory ? s.trajectory->first_day.iso() + ".." + s.trajectory->last_day.iso() : "none";
        return "<lde.WorkerDecision at=" + s.at.iso() + " right=" +
               (s.right.kind ? std::string(to_string(*s.right.kind)) : std::string("none")) +
               (s.right.valid ? "(valid)" : "") + " trajectory=" + t +
               " continuation=" + std::string(to_string(s.continuation.kind)) +
               " compensated=" + (s.compensated ? "True" : "False") + ">";
      });

  py::class_<EnterpriseDecisionPy>(m, "EnterpriseDecision")
      .def_property_readonly("year", [](const EnterpriseDecisionPy& d) { return d.year.year; })
      .def_property_readonly("advances", [](const EnterpriseDecisionPy& d) {
        py::dict r;
        for (const auto& a : d.year.schedule.advances) r[py::str(a.month.iso())] = a.amount.to_string();
        return r;
      }, "Monthly advances by month ('YYYY-MM' -> amount text).")
      .def_property_readonly("quarter_rights", [](const EnterpriseDecisionPy& d) {
        py::dict r;
        for (const auto& q : d.year.schedule.settlements) r[py::str(q.quarter.iso())] = q.right.to_string();
        return r;
      })
      .def_property_readonly("settlements", [](const EnterpriseDecisionPy& d) {
        py::dict r;
        for (const auto& q : d.year.schedule.settlements) r[py::str(q.quarter.iso())] = q.settlement.to_string();
        return r;
      })
      .def_property_readonly("total_rights", [](const EnterpriseDecisionPy& d) { return d.year.schedule.total_rights.to_string(); })
      .def_property_readonly("scale_compliant", [](const EnterpriseDecisionPy& d) { return d.year.scale.compliant; })
      .def_property_readonly("conditions_met", [](const EnterpriseDecisionPy& d) { return d.year.conditions.met; })
      .def_property_readonly("conditions_failing", [](const EnterpriseDecisionPy& d) { return d.year.conditions.failing; })
      .def_property_readonly(
          "pop_verdicts",
          [](const EnterpriseDecisionPy& d) {
            py::list out;
            for (const PopObligation& p : d.year.pop_workers) {
              py::list missing;
              for (PopElement e : p.check.missing) missing.append(std::string(to_string(e)));
              py::dict v;
              v["worker"] = p.worker;
              v["required"] = p.required;
              v["status"] = std::string(to_string(p.check.status));
              v["missing"] = missing;
              v["employer_view_only"] = p.check.employer_view_only;
              out.append(v);
            }
            return out;
          },
          "The POP verdict of each target worker of the year (6.1, 6.8, 6.9; E-13, E-16..E-18): dicts with "
          "worker, required, status (not_required/compliant/incomplete/missing), missing, employer_view_only.")
      .def_property_readonly(
          "label",
          [](const EnterpriseDecisionPy& d) {
            py::dict v;
            const Label& l = d.year.label;
            v["level"] = std::string(to_string(l.level));
            v["enterprise_number"] = l.enterprise_number ? py::object(py::str(*l.enterprise_number)) : py::object(py::none());
            v["establishment_unit_number"] =
                l.establishment_unit_number ? py::object(py::str(*l.establishment_unit_number)) : py::object(py::none());
            return v;
          },
          "The label evaluated (2.1, 2.2, E-19): level and KBO numbers in canonical form (None when not given).")
      .def_property_readonly(
          "contract_changes",
          [](const EnterpriseDecisionPy& d) {
            py::list out;
            for (const ContractChange& c : d.year.contract_changes) {
              py::dict v;
              v["worker"] = c.worker;
              v["quarter"] = c.quarter.iso();
              v["fraction_before"] = c.fraction_before.to_string();
              v["fraction_after"] = c.fraction_after.to_string();
              v["change"] = c.extension ? "extension" : "reduction";
              v["new_vacancy"] = c.new_vacancy;
              v["capped"] = c.capped;
              out.append(v);
            }
            return out;
          },
          "Workers whose contractual fraction in the year's DmfA data differs from the quarter before (7.5, E-20): "
          "dicts with worker, quarter, fraction_before, fraction_after, change (extension/reduction), new_vacancy "
          "(always False at the same label) and capped (the quarter's settlement caps the FTE at the contingent).")
      .def_property_readonly("trace", [](const EnterpriseDecisionPy& d) { return d.trace; })
      .def_property_readonly("receipt", [](const EnterpriseDecisionPy& d) {
        py::dict r;
        r["library_version"] = d.receipt.library_version;
        r["parameters_fingerprint"] = d.receipt.parameters_fingerprint;
        return r;
      })
      .def("to_json", [](const EnterpriseDecisionPy& d) { return io::decision_json(d.year, d.trace, d.receipt); })
      .def("__repr__", [](const EnterpriseDecisionPy& d) {
        return "<lde.EnterpriseDecision year=" + std::to_string(d.year.year) +
               " total_rights=" + d.year.schedule.total_rights.to_string() +
               " scale_compliant=" + (d.year.scale.compliant ? "True" : "False") +
               " conditions_met=" + (d.year.conditions.met ? "True" : "False") + ">";
      });

  m.def("_evaluate_worker", [](const WorkerDossier& d, py::handle at, const ParameterSet& params, bool trace) {
    const Date on = to_date(at, "at");
    WorkerDecisionPy r{WorkerStatus{on, {}, std::nullopt, std::nullopt, {}, false, false, false, std::nullopt, {}},
                       Trace(trace), params, 0};
    {
      py::gil_scoped_release release;
      r.status = evaluate_worker(d, on, params, &r.trace);
      r.reason = population::reason_bits(d, r.status, params);
    }
    return r;
  });
  m.def("_evaluate_enterprise", [](const Enterprise& e, int year, const ParameterSet& params, bool trace) {
    Trace t(trace);
    std::optional<EnterpriseYear> y;
    {
      py::gil_scoped_release release;
      y.emplace(evaluate_enterprise(e, year, params, &t));
    }
    return EnterpriseDecisionPy{std::move(*y), std::move(t), Receipt::of(params)};
  });
  m.def("_evaluate_json", [](const JsonText& json_text, const ParameterSet& params, bool trace) {
    const std::string& text = json_text.text;
    py::gil_scoped_release release;
    return io::evaluate_json(text, params, trace, "input");
  });
}

}  // namespace lde::python
