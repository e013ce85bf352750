// lde._lde: the population engine over numpy columns (GIL released, no Python object per row).
#include "common.hpp"

#include "lde/core/limits.hpp"
#include "lde/population/population.hpp"
#include "lde/population/schema.hpp"
#include "lde/population/tables.hpp"
#include "population_arrays.hpp"

#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace lde::python {

namespace {

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

/// The output columns of a batch evaluation as numpy arrays (one row per worker), with the
/// PopulationResults pointing at them; the tables' two extra columns only when @p tables.
struct ResultArrays {
  std::vector<std::pair<const char*, py::array>> arrays;
  population::PopulationResults results;

  template <class T>
  T* add(const char* name, std::size_t n) {
    py::array_t<T> a(static_cast<py::ssize_t>(n));
    T* data = a.mutable_data();
    arrays.emplace_back(name, std::move(a));
    return data;
  }
  ResultArrays(std::size_t n, bool tables) {
    population::PopulationResults& r = results;
    r.right_kind = add<std::int32_t>("right_kind", n);
    r.right_valid = add<std::uint8_t>("right_valid", n);
    r.right_last_day = add<std::int64_t>("right_last_day", n);
    r.hiring_eligible = add<std::uint8_t>("hiring_eligible", n);
    r.trajectory_first_day = add<std::int64_t>("trajectory_first_day", n);
    r.trajectory_last_day = add<std::int64_t>("trajectory_last_day", n);
    r.absence_extension_days = add<std::int64_t>("absence_extension_days", n);
    r.competence_extension_months = add<std::int32_t>("competence_extension_months", n);
    r.continuation = add<std::int32_t>("continuation", n);
    r.in_trajectory = add<std::uint8_t>("in_trajectory", n);
    r.in_continuation = add<std::uint8_t>("in_continuation", n);
    r.compensated = add<std::uint8_t>("compensated", n);
    r.reason = add<std::uint32_t>("reason", n);
    if (tables) {
      r.continuation_first_day = add<std::int64_t>("continuation_first_day", n);
      r.right_ended = add<std::int32_t>("right_ended", n);
    }
  }
  py::dict dict() const {
    py::dict d;
    for (const auto& [name, a] : arrays) d[name] = a;
    return d;
  }
};

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

  ResultArrays out(rows, false);
  {
    py::gil_scoped_release release;
    population::evaluate_workers(w, a, at, params, out.results, threads);
  }
  return out.dict();
}

/// The whole-dossier tables (lde/population/tables.hpp) evaluated on @p at, one output row per worker.
py::dict evaluate_tables(const py::dict& tables, std::int64_t at, const ParameterSet& params, unsigned threads) {
  const PopulationArrays arrays = population_from_py(tables);
  ResultArrays out(arrays.pop.workers.rows, true);
  {
    py::gil_scoped_release release;
    population::evaluate_population(arrays.pop, at, params, out.results, threads);
  }
  return out.dict();
}

/// The column schema as Python data (one dict per table, in schema order).
py::list population_schema() {
  py::list tables;
  for (const population::TableSpec& t : population::schema()) {
    py::list columns;
    for (const population::ColumnSpec& c : t.columns) {
      py::dict d;
      d["name"] = std::string(c.name);
      d["type"] = std::string(population::to_string(c.type));
      d["required"] = c.required;
      d["nullable"] = c.nullable;
      d["default"] = c.default_text.empty() ? py::none() : py::object(py::str(std::string(c.default_text)));
      const bool bounded = c.type == population::ColumnType::count || c.type == population::ColumnType::fte ||
                           c.type == population::ColumnType::right_kind ||
                           c.type == population::ColumnType::absence_reason ||
                           c.type == population::ColumnType::flag;
      d["min"] = bounded ? py::object(py::int_(c.min)) : py::none();
      d["max"] = bounded ? py::object(py::int_(c.max)) : py::none();
      d["dossier_field"] = std::string(c.dossier_field);
      d["doc"] = std::string(c.doc);
      columns.append(d);
    }
    py::dict td;
    td["name"] = std::string(t.name);
    td["doc"] = std::string(t.doc);
    td["columns"] = columns;
    tables.append(td);
  }
  return tables;
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

}  // namespace

void register_population(py::module_& m) {
  m.def("_evaluate_columns", &evaluate_columns, py::arg("workers"), py::arg("rows"), py::arg("absences"),
        py::arg("absence_rows"), py::arg("at"), py::arg("parameters"), py::arg("threads") = 0);
  m.def("_evaluate_tables", &evaluate_tables, py::arg("tables"), py::arg("at"), py::arg("parameters"),
        py::arg("threads") = 0);
  m.def("_population_schema", &population_schema);
  m.def("_dossier_of_tables", [](const py::dict& tables, std::size_t worker) {
    const PopulationArrays arrays = population_from_py(tables);
    const population::PopulationIndex index(arrays.pop);
    return population::dossier_of(arrays.pop, index, worker);
  }, py::arg("tables"), py::arg("worker"));
  m.def("_schedules", &schedules_columns, py::arg("enterprises"), py::arg("year"), py::arg("parameters"),
        py::arg("threads") = 0);
  // The thread count a batch call may be given (lde::check_threads, the bound of every front end);
  // an int beyond 64 bits is out of the bound too, never pybind11's TypeError.
  m.def("_check_threads", [](const py::int_& threads) {
    int overflow = 0;
    long long v = PyLong_AsLongLongAndOverflow(threads.ptr(), &overflow);
    if (overflow != 0) v = overflow > 0 ? std::numeric_limits<long long>::max() : std::numeric_limits<long long>::min();
    check_threads(static_cast<std::int64_t>(v));
    return static_cast<unsigned>(v);
  }, py::arg("threads"));
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

}  // namespace lde::python
