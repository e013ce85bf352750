// lde._lde: the pybind11 extension behind `import lde`.
//
// Thin by design: typed wrappers of the C++ objects, the JSON entry point,
// and the population engine over numpy arrays (GIL released, no Python
// object per row). The pure-Python package (bindings/python/lde) adds the
// keyword constructors, pandas conversion and the error classes.
#include "lde/core/error.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/year.hpp"
#include "lde/io/json.hpp"
#include "lde/population/population.hpp"
#include "lde/version.hpp"
#include "lde/worker/status.hpp"

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace py = pybind11;
using namespace lde;

void register_confidential(py::module_& m);  // register_confidential.cpp

namespace {

// Error classes, set once by lde/__init__.py: code name -> class.
py::dict& error_classes() {
  static py::dict* classes = new py::dict();  // never destroyed: outlives the interpreter's teardown order
  return *classes;
}

void raise_lde_error(const Error& e) {
  py::gil_scoped_acquire gil;
  py::dict& classes = error_classes();
  const std::string code(to_string(e.code()));
  py::object cls = classes.contains(code) ? classes[code.c_str()]
                   : classes.contains("error") ? classes["error"]
                                               : py::reinterpret_borrow<py::object>(PyExc_ValueError);
  py::object exc = cls(e.what());
  try {
    exc.attr("field") = e.field();
    exc.attr("code") = code;
    exc.attr("detail") = e.message();
  } catch (const py::error_already_set&) {
  }
  PyErr_SetObject(cls.ptr(), exc.ptr());
}

py::object py_date(const std::optional<Date>& d) {
  if (!d) return py::none();
  static py::object date_cls = py::module_::import("datetime").attr("date");
  return date_cls(d->year(), d->month(), d->day());
}
py::object py_date(const Date& d) { return py_date(std::optional<Date>(d)); }

/// A date from datetime.date / pandas.Timestamp / numpy.datetime64 / "YYYY-MM-DD".
Date to_date(const py::handle& h, const std::string& field) {
  if (py::isinstance<py::str>(h)) return Date::parse(h.cast<std::string>(), field);
  if (py::hasattr(h, "year") && py::hasattr(h, "month") && py::hasattr(h, "day") && !py::hasattr(h, "dtype"))
    return Date::from_ymd(h.attr("year").cast<int>(), h.attr("month").cast<int>(), h.attr("day").cast<int>(), field);
  if (py::hasattr(h, "dtype")) {
    py::object np = py::module_::import("numpy");
    py::object v = np.attr("datetime64")(h, "D");
    if (np.attr("isnat")(v).cast<bool>()) throw Error(ErrorCode::invalid_argument, field, "is required but missing (NaT)");
    return Date::from_days_since_epoch(v.attr("astype")("int64").cast<std::int64_t>(), field);
  }
  throw_invalid(field, "expected a date (datetime.date, numpy.datetime64 or 'YYYY-MM-DD'), got " +
                           py::repr(h).cast<std::string>());
}

/// A worker decision: the status with its trace and receipt.
struct WorkerDecisionPy {
  WorkerDossier dossier;
  WorkerStatus status;
  Trace trace;
  Receipt receipt;
  std::uint32_t reason;
};

/// An enterprise decision.
struct EnterpriseDecisionPy {
  EnterpriseYear year;
  Trace trace;
  Receipt receipt;
};

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

template <class T>
const T* column(const py::dict& cols, const char* name, std::size_t rows, const char* prefix) {
  if (!cols.contains(name)) return nullptr;
  py::object o = cols[name];
  if (o.is_none()) return nullptr;
  if (!py::isinstance<py::array_t<T>>(o) || !py::array(o).dtype().is(py::dtype::of<T>()))
    throw_invalid(std::string(prefix) + "." + name,
                  "has the wrong dtype " + py::str(py::array(o).dtype()).cast<std::string>() + ", expected " +
                      py::str(py::dtype::of<T>()).cast<std::string>());
  auto a = py::array_t<T, py::array::c_style>::ensure(o);
  if (!a || a.ndim() != 1)
    throw_invalid(std::string(prefix) + "." + name, "must be a one-dimensional array");
  if (static_cast<std::size_t>(a.shape(0)) != rows)
    throw_invalid(std::string(prefix) + "." + name, "has " + std::to_string(a.shape(0)) + " rows, expected " +
                                                       std::to_string(rows) + " (columns of different lengths)");
  // Keep the (possibly converted) array alive in the dict.
  cols[name] = a;
  return a.data();
}

py::dict evaluate_columns(py::dict cols, std::size_t rows, py::dict abs_cols, std::size_t abs_rows, std::int64_t at,
                          const ParameterSet& params, unsigned threads) {
  population::WorkerColumns w;
  w.rows = rows;
  const char* W = "workers";
  w.birth_date = column<std::int64_t>(cols, "birth_date", rows, W);
  w.right_kind = column<std::int32_t>(cols, "right_kind", rows, W);
  w.right_granted = column<std::int64_t>(cols, "right_granted", rows, W);
  w.employment_first_day = column<std::int64_t>(cols, "employment_first_day", rows, W);
  w.employment_last_day = column<std::int64_t>(cols, "employment_last_day", rows, W);
  w.employer_recognised = column<std::uint8_t>(cols, "employer_recognised", rows, W);
  w.employer_contingent_units = column<std::int64_t>(cols, "employer_contingent_units", rows, W);
  w.employer_in_brussels = column<std::uint8_t>(cols, "employer_in_brussels", rows, W);
  w.competence_months = column<std::int32_t>(cols, "competence_months", rows, W);
  w.competence_approved = column<std::int64_t>(cols, "competence_approved", rows, W);
  w.doorstroom_first_day = column<std::int64_t>(cols, "doorstroom_first_day", rows, W);
  w.doorstroom_last_day = column<std::int64_t>(cols, "doorstroom_last_day", rows, W);
  w.external_job_found = column<std::int64_t>(cols, "external_job_found", rows, W);
  population::AbsenceColumns a;
  a.rows = abs_rows;
  const char* A = "absences";
  a.worker = column<std::int64_t>(abs_cols, "worker", abs_rows, A);
  a.first_day = column<std::int64_t>(abs_cols, "first_day", abs_rows, A);
  a.last_day = column<std::int64_t>(abs_cols, "last_day", abs_rows, A);
  a.reason = column<std::int32_t>(abs_cols, "reason", abs_rows, A);

  const auto n = static_cast<py::ssize_t>(rows);
  py::array_t<std::int32_t> right_kind(n), competence(n), continuation(n);
  py::array_t<std::uint8_t> right_valid(n), eligible(n), in_t(n), in_c(n), paid(n);
  py::array_t<std::int64_t> right_last(n), t_first(n), t_last(n), ext(n);
  py::array_t<std::uint32_t> reason(n);
  population::WorkerResults out{right_kind.mutable_data(), right_valid.mutable_data(), right_last.mutable_data(),
                                eligible.mutable_data(),   t_first.mutable_data(),     t_last.mutable_data(),
                                ext.mutable_data(),        competence.mutable_data(),  continuation.mutable_data(),
                                in_t.mutable_data(),       in_c.mutable_data(),        paid.mutable_data(),
                                reason.mutable_data()};
  {
    py::gil_scoped_release release;
    population::evaluate_workers(w, a, at, params, out, threads);
  }
  py::dict r;
  r["right_kind"] = right_kind;
  r["right_valid"] = right_valid;
  r["right_last_day"] = right_last;
  r["hiring_eligible"] = eligible;
  r["trajectory_first_day"] = t_first;
  r["trajectory_last_day"] = t_last;
  r["absence_extension_days"] = ext;
  r["competence_extension_months"] = competence;
  r["continuation"] = continuation;
  r["in_trajectory"] = in_t;
  r["in_continuation"] = in_c;
  r["compensated"] = paid;
  r["reason"] = reason;
  return r;
}

py::dict schedules_columns(const std::vector<const Enterprise*>& ents, int year, const ParameterSet& params,
                           unsigned threads) {
  std::vector<Enterprise> copies;
  copies.reserve(ents.size());
  for (const Enterprise* e : ents) copies.push_back(*e);
  std::vector<YearSchedule> s;
  {
    py::gil_scoped_release release;
    s = population::evaluate_enterprises(copies, year, params, threads);
  }
  // Monthly table: one row per enterprise and month.
  const auto m = static_cast<py::ssize_t>(s.size() * 12);
  const auto q = static_cast<py::ssize_t>(s.size() * 4);
  py::array_t<std::int64_t> m_ent(m), m_month(m), m_filled(m), m_cont(m), m_capped(m), m_amount(m);
  py::array_t<std::uint8_t> m_trans(m);
  py::array_t<std::int64_t> q_ent(q), q_quarter(q), q_dmfa(q), q_cont(q), q_capped(q), q_right(q), q_adv(q), q_settle(q);
  py::array_t<std::uint8_t> q_trans(q);
  py::list m_ref, q_ref;
  std::size_t mi = 0, qi = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    for (const auto& a : s[i].advances) {
      m_ent.mutable_at(mi) = static_cast<std::int64_t>(i);
      m_month.mutable_at(mi) = a.month.month();
      m_filled.mutable_at(mi) = a.filled_fte.units();
      m_cont.mutable_at(mi) = a.contingent.units();
      m_capped.mutable_at(mi) = a.capped_fte.units();
      m_trans.mutable_at(mi) = a.transition_amount_used ? 1 : 0;
      m_amount.mutable_at(mi) = a.amount.cents();
      m_ref.append(a.payment_reference);
      ++mi;
    }
    for (const auto& x : s[i].settlements) {
      q_ent.mutable_at(qi) = static_cast<std::int64_t>(i);
      q_quarter.mutable_at(qi) = x.quarter.first_day().month() / 3 + 1;
      q_dmfa.mutable_at(qi) = x.dmfa_fte.units();
      q_cont.mutable_at(qi) = x.contingent.units();
      q_capped.mutable_at(qi) = x.capped_fte.units();
      q_trans.mutable_at(qi) = x.transition_amount_used ? 1 : 0;
      q_right.mutable_at(qi) = x.right.cents();
      q_adv.mutable_at(qi) = x.advances.cents();
      q_settle.mutable_at(qi) = x.settlement.cents();
      q_ref.append(x.payment_reference);
      ++qi;
    }
  }
  if (mi != static_cast<std::size_t>(m) || qi != static_cast<std::size_t>(q))
    throw Error(ErrorCode::internal, "schedule", "a year schedule without 12 advances and 4 settlements");
  py::dict months, quarters;
  months["enterprise"] = m_ent;
  months["month"] = m_month;
  months["filled_fte_units"] = m_filled;
  months["contingent_units"] = m_cont;
  months["capped_fte_units"] = m_capped;
  months["transition_amount_used"] = m_trans;
  months["advance_cents"] = m_amount;
  months["payment_reference"] = m_ref;
  quarters["enterprise"] = q_ent;
  quarters["quarter"] = q_quarter;
  quarters["dmfa_fte_units"] = q_dmfa;
  quarters["contingent_units"] = q_cont;
  quarters["capped_fte_units"] = q_capped;
  quarters["transition_amount_used"] = q_trans;
  quarters["right_cents"] = q_right;
  quarters["advances_cents"] = q_adv;
  quarters["settlement_cents"] = q_settle;
  quarters["payment_reference"] = q_ref;
  py::dict r;
  r["months"] = months;
  r["quarters"] = quarters;
  return r;
}

py::object parameter_value(const ParameterValue& v) {
  if (const auto* i = std::get_if<std::int64_t>(&v)) return py::int_(*i);
  if (const auto* b = std::get_if<bool>(&v)) return py::bool_(*b);
  if (const auto* d = std::get_if<Date>(&v)) return py_date(*d);
  static py::object decimal = py::module_::import("decimal").attr("Decimal");
  return decimal(to_string(v));
}

}  // namespace

PYBIND11_MODULE(_lde, m) {
  m.doc() = "lde: rules of the Flemish decree on the local services economy (C++ core)";
  m.attr("__version__") = kLibraryVersion;
  m.attr("NO_DATE") = population::kNoDate;
  m.attr("REASON_BIT_COUNT") = population::kReasonBitCount;

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const Error& e) {
      raise_lde_error(e);
    }
  });
  m.def("_set_error_classes", [](py::dict classes) {
    error_classes().clear();
    for (auto item : classes) error_classes()[item.first] = item.second;
  });

  // ---------------------------------------------------------------- parameters
  py::class_<ParameterSet>(m, "_Parameters")
      .def_static("_default", [] { return ParameterSet::defaults(); })
      .def_static("_from_json", [](const std::string& text, const std::string& origin) {
        return ParameterSet::from_json(text, origin);
      }, py::arg("text"), py::arg("origin") = "parameters")
      .def("_with_changes", [](const ParameterSet& p, const std::string& text, const std::string& origin) {
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

  // ------------------------------------------------------------------ dossiers
  py::class_<WorkerDossier>(m, "_WorkerDossier")
      .def(py::init([](const std::string& json, const std::string& origin) {
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
      .def(py::init([](const std::string& json, const std::string& origin) {
        Enterprise e = io::parse_enterprise(json, origin);
        validate_structure(e);  // the I-14 year range is checked by the rules, with their parameters
        return e;
      }), py::arg("json"), py::arg("origin") = "enterprise")
      .def("to_json", [](const Enterprise& e) { return io::to_json(e); }, "The enterprise in the JSON format.")
      .def_property_readonly("allocation_number", [](const Enterprise& e) { return e.allocation_number; });

  // ----------------------------------------------------------------- decisions
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
        r["library_version"] = d.receipt.library_version;
        r["parameters_fingerprint"] = d.receipt.parameters_fingerprint;
        return r;
      })
      .def("to_json", [](const WorkerDecisionPy& d) { return io::decision_json(d.status, d.trace, d.receipt); },
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
    WorkerDecisionPy r{d, WorkerStatus{on, {}, std::nullopt, std::nullopt, {}, false, false, false}, Trace(trace),
                       Receipt::of(params), 0};
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
  m.def("_evaluate_json", [](const std::string& text, const ParameterSet& params, bool trace) {
    py::gil_scoped_release release;
    return io::evaluate_json(text, params, trace, "input");
  });
  m.def("_evaluate_columns", &evaluate_columns, py::arg("workers"), py::arg("rows"), py::arg("absences"),
        py::arg("absence_rows"), py::arg("at"), py::arg("parameters"), py::arg("threads") = 0);
  m.def("_schedules", &schedules_columns, py::arg("enterprises"), py::arg("year"), py::arg("parameters"),
        py::arg("threads") = 0);
  register_confidential(m);
  m.def("_reason_rule", [](std::uint32_t bit) {
    const auto r = population::reason_rule(bit);
    py::dict d;
    d["bit"] = bit;
    d["name"] = r.bit_name;
    d["rule"] = r.rule;
    d["source"] = r.source;
    d["interpretations"] = r.interpretations;
    return d;
  });
}
