// lde._lde: the population budget (lde/population/budget.hpp) over a list of dossiers or the
// population tables (issue 13's contract), GIL released while it runs; the progress callback
// is called on the calling thread with the GIL held. Exact sums come back as Python ints.
#include "common.hpp"

#include "lde/core/limits.hpp"
#include "lde/population/budget.hpp"

#include <pybind11/functional.h>
#include <pybind11/numpy.h>
#include <pybind11/stl.h>

#if __has_include("population_arrays.hpp")
#include "population_arrays.hpp"
#define LDE_BUDGET_TABLES 1
#endif

#include <cstdint>
#include <string>
#include <vector>

namespace lde::python {

namespace {

/// An exact non-negative or negative 128-bit integer as a Python int (through its decimal digits).
py::object py_int(Int128 v) {
  const bool negative = v < Int128(0);
  std::string digits;
  // Divide by 10^18 so both the built-in and the portable Int128 work alike.
  const Int128 chunk(1000000000000000000LL);
  Int128 m = negative ? Int128(0) - v : v;
  do {
    std::int64_t part = static_cast<std::int64_t>(m % chunk);
    m = m / chunk;
    std::string s = std::to_string(part);
    if (m != Int128(0)) s.insert(0, 18 - s.size(), '0');
    digits.insert(0, s);
  } while (m != Int128(0));
  if (negative) digits.insert(0, "-");
  return py::reinterpret_steal<py::object>(PyLong_FromString(digits.c_str(), nullptr, 10));
}

/// A one-dimensional int64 array of @p n values named @p field, or null for None.
const std::int64_t* int64_column(const py::object& o, std::size_t n, const char* field, py::object& keep) {
  if (o.is_none()) return nullptr;
  if (!py::isinstance<py::array_t<std::int64_t>>(o) || !py::array(o).dtype().is(py::dtype::of<std::int64_t>()))
    throw_invalid(field, "must be an int64 numpy array");
  auto a = py::array_t<std::int64_t, py::array::c_style>::ensure(o);
  if (!a || a.ndim() != 1) throw_invalid(field, "must be a one-dimensional array");
  if (static_cast<std::size_t>(a.shape(0)) != n)
    throw_invalid(field, "has " + std::to_string(a.shape(0)) + " rows, expected " + std::to_string(n) + " (one per worker)");
  keep = a;
  return a.data();
}

/// A typed column of a dict made by lde.population.worker_columns() / absence_columns(), or null.
template <class T>
const T* typed(const py::dict& cols, const char* name, std::size_t rows, const char* prefix) {
  if (!cols.contains(name) || cols[name].is_none()) return nullptr;
  py::object o = cols[name];
  if (!py::isinstance<py::array_t<T>>(o) || !py::array(o).dtype().is(py::dtype::of<T>()))
    throw_invalid(std::string(prefix) + name, "has the wrong dtype for the population engine");
  auto a = py::array_t<T, py::array::c_style>::ensure(o);
  if (!a || a.ndim() != 1 || static_cast<std::size_t>(a.shape(0)) != rows)
    throw_invalid(std::string(prefix) + name, "must be a one-dimensional array of " + std::to_string(rows) + " rows");
  cols[name] = a;  // keep the converted array alive
  return a.data();
}

/// The worker and absence columns of the population engine (lde.population.worker_columns()).
struct Columns {
  population::WorkerColumns w;
  population::AbsenceColumns a;
};
Columns columns_of(py::dict cols, std::size_t rows, py::dict acols, std::size_t arows) {
  Columns c;
  c.w.rows = rows;
  c.w.birth_date = typed<std::int64_t>(cols, "birth_date", rows, "workers.");
  c.w.right_kind = typed<std::int32_t>(cols, "right_kind", rows, "workers.");
  c.w.right_granted = typed<std::int64_t>(cols, "right_granted", rows, "workers.");
  c.w.employment_first_day = typed<std::int64_t>(cols, "employment_first_day", rows, "workers.");
  c.w.employment_last_day = typed<std::int64_t>(cols, "employment_last_day", rows, "workers.");
  c.w.employer_recognised = typed<std::uint8_t>(cols, "employer_recognised", rows, "workers.");
  c.w.employer_contingent_units = typed<std::int64_t>(cols, "employer_contingent_units", rows, "workers.");
  c.w.employer_in_brussels = typed<std::uint8_t>(cols, "employer_in_brussels", rows, "workers.");
  c.w.competence_months = typed<std::int32_t>(cols, "competence_months", rows, "workers.");
  c.w.competence_approved = typed<std::int64_t>(cols, "competence_approved", rows, "workers.");
  c.w.doorstroom_first_day = typed<std::int64_t>(cols, "doorstroom_first_day", rows, "workers.");
  c.w.doorstroom_last_day = typed<std::int64_t>(cols, "doorstroom_last_day", rows, "workers.");
  c.w.external_job_found = typed<std::int64_t>(cols, "external_job_found", rows, "workers.");
  c.a.rows = arows;
  c.a.worker = typed<std::int64_t>(acols, "worker", arows, "absences.");
  c.a.first_day = typed<std::int64_t>(acols, "first_day", arows, "absences.");
  c.a.last_day = typed<std::int64_t>(acols, "last_day", arows, "absences.");
  c.a.reason = typed<std::int32_t>(acols, "reason", arows, "absences.");
  return c;
}

py::dict budget_py(const py::object& source, const ParameterSet& params, int first_year, int last_year, unsigned by,
                   std::int64_t fraction_units, const py::object& fractions, const py::object& weights,
                   bool want_worker, std::int64_t threads, const py::object& progress) {
  check_threads(threads);
  std::vector<WorkerDossier> dossiers;
#ifdef LDE_BUDGET_TABLES
  std::optional<PopulationArrays> arrays;
#endif
  std::size_t n = 0;
  std::optional<Columns> columns;
  if (py::isinstance<py::tuple>(source)) {  // ("columns", cols, rows, absence cols, absence rows)
    const py::tuple t = py::reinterpret_borrow<py::tuple>(source);
    columns = columns_of(t[1].cast<py::dict>(), t[2].cast<std::size_t>(), t[3].cast<py::dict>(), t[4].cast<std::size_t>());
    n = columns->w.rows;
  } else if (py::isinstance<py::dict>(source)) {
#ifdef LDE_BUDGET_TABLES
    arrays.emplace(population_from_py(py::reinterpret_borrow<py::dict>(source)));
    n = arrays->pop.workers.rows;
#else
    throw_invalid("population", "population tables need the population-tables build (issue 13)");
#endif
  } else {
    for (const py::handle h : source) {
      if (!py::isinstance<WorkerDossier>(h)) throw_invalid("population", "expected population tables or a list of lde.WorkerDossier");
      dossiers.push_back(h.cast<const WorkerDossier&>());
    }
    n = dossiers.size();
  }
  population::BudgetOptions opt;
  opt.first_year = first_year;
  opt.last_year = last_year;
  opt.by = by;
  opt.fraction_units = fraction_units;
  opt.threads = static_cast<unsigned>(threads);
  py::object keep_f, keep_w;
  opt.fractions = int64_column(fractions, n, "fraction", keep_f);
  opt.weights = int64_column(weights, n, "weights", keep_w);
  py::array_t<std::int64_t> worker_cents(want_worker ? static_cast<py::ssize_t>(n) : 0);
  if (want_worker) opt.worker_cents = worker_cents.mutable_data();
  if (!progress.is_none()) {
    const py::function fn = progress;
    opt.progress = [fn](std::size_t done) {
      py::gil_scoped_acquire gil;
      fn(done);
    };
  }
  population::Budget b;
  {
    py::gil_scoped_release release;
    if (columns) {
      b = population::budget(columns->w, columns->a, params, opt);
    } else
#ifdef LDE_BUDGET_TABLES
    if (arrays) {
      b = population::budget(arrays->pop, params, opt);
    } else
#endif
    {
      b = population::budget(std::span<const WorkerDossier>(dossiers), params, opt);
    }
  }
  const auto g = static_cast<py::ssize_t>(b.groups.size());
  py::array_t<std::int32_t> year(g), quarter(g), month(g), kind(g), cont(g);
  py::array_t<std::int64_t> cents(g), workers(g), months(g);
  py::list units, fte_day, fte_year, weight;
  for (py::ssize_t i = 0; i < g; ++i) {
    const population::BudgetGroup& r = b.groups[static_cast<std::size_t>(i)];
    year.mutable_at(i) = r.year;
    quarter.mutable_at(i) = r.quarter;
    month.mutable_at(i) = r.month;
    kind.mutable_at(i) = r.right_kind;
    cont.mutable_at(i) = r.continuation;
    cents.mutable_at(i) = r.amount_cents;
    workers.mutable_at(i) = r.workers;
    months.mutable_at(i) = r.worker_months;
    units.append(py_int(r.amount_units));
    fte_day.append(py_int(r.fte_day_units));
    fte_year.append(py_int(r.fte_year_units));
    weight.append(py_int(r.weight_units));
  }
  py::dict out;
  out["year"] = year;
  out["quarter"] = quarter;
  out["month"] = month;
  out["right_kind"] = kind;
  out["continuation"] = cont;
  out["amount_cents"] = cents;
  out["amount_units"] = units;
  out["fte_day_units"] = fte_day;
  out["fte_year_units"] = fte_year;
  out["weight_units"] = weight;
  out["workers"] = workers;
  out["worker_months"] = months;
  out["worker_cents"] = want_worker ? py::object(worker_cents) : py::none();
  out["rows"] = n;
  return out;
}

#ifdef LDE_BUDGET_TABLES
py::dict enterprise_budget_py(const py::dict& tables, const ParameterSet& params, int first_year, int last_year,
                              std::int64_t fraction_units, const py::object& fractions, std::int64_t threads) {
  check_threads(threads);
  PopulationArrays arrays = population_from_py(tables);
  const std::size_t n = arrays.pop.workers.rows;
  population::BudgetOptions opt;
  opt.first_year = first_year;
  opt.last_year = last_year;
  opt.fraction_units = fraction_units;
  opt.threads = static_cast<unsigned>(threads);
  py::object keep;
  opt.fractions = int64_column(fractions, n, "fraction", keep);
  std::vector<population::EmployerYear> rows;
  {
    py::gil_scoped_release release;
    rows = population::enterprise_budget(arrays.pop, params, opt);
  }
  const auto k = static_cast<py::ssize_t>(rows.size());
  py::list employer;
  py::array_t<std::int32_t> year(k);
  py::array_t<std::int64_t> worker_level(k), rights(k), advances(k), settlements(k);
  for (py::ssize_t i = 0; i < k; ++i) {
    const population::EmployerYear& r = rows[static_cast<std::size_t>(i)];
    employer.append(r.employer);
    year.mutable_at(i) = r.year;
    worker_level.mutable_at(i) = r.worker_level_cents;
    rights.mutable_at(i) = r.schedule.total_rights.cents();
    advances.mutable_at(i) = r.schedule.total_advances.cents();
    settlements.mutable_at(i) = r.schedule.total_settlements.cents();
  }
  py::dict out;
  out["employer"] = employer;
  out["year"] = year;
  out["worker_level_cents"] = worker_level;
  out["right_cents"] = rights;
  out["advances_cents"] = advances;
  out["settlements_cents"] = settlements;
  return out;
}
#endif

}  // namespace

void register_budget(py::module_& m) {
#ifdef LDE_BUDGET_TABLES
  m.def("_enterprise_budget", &enterprise_budget_py, py::arg("tables"), py::arg("params"), py::arg("first_year"),
        py::arg("last_year"), py::arg("fraction_units"), py::arg("fractions"), py::arg("threads"),
        "The enterprise level of a population (lde/population/budget.hpp, enterprise_budget()).");
#endif
  m.def("_budget", &budget_py, py::arg("population"), py::arg("params"), py::arg("first_year"), py::arg("last_year"),
        py::arg("by"), py::arg("fraction_units"), py::arg("fractions"), py::arg("weights"), py::arg("want_worker"),
        py::arg("threads"), py::arg("progress"),
        "The compensation budget (lde/population/budget.hpp) of population tables or a list of dossiers.");
  m.attr("_BUDGET_BY") = py::dict(py::arg("year") = unsigned{population::by_year},
                                  py::arg("quarter") = unsigned{population::by_quarter},
                                  py::arg("month") = unsigned{population::by_month},
                                  py::arg("right_kind") = unsigned{population::by_right_kind},
                                  py::arg("continuation") = unsigned{population::by_continuation});
  m.attr("_WEIGHT_SCALE") = population::kWeightScale;
  m.attr("_MAX_WEIGHT_UNITS") = population::kMaxWeightUnits;
  m.attr("_YEAR_UNITS") = population::kYearUnits;
  m.attr("_BUDGET_TABLES") =
#ifdef LDE_BUDGET_TABLES
      true;
#else
      false;
#endif
}

}  // namespace lde::python
