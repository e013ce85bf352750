// lde._lde: population CSV files (a folder of table files or one one-spell file) through the one
// reader, lde/io/population_csv.hpp, as numpy columns for lde.Population.
#include "common.hpp"

#include "lde/io/population_csv.hpp"
#include "lde/population/schema.hpp"

#include <pybind11/numpy.h>

#include <cstdint>
#include <string>
#include <vector>

namespace lde::python {

namespace {

template <class T>
py::array_t<T> to_numpy(const std::vector<T>& v) {
  py::array_t<T> a(static_cast<py::ssize_t>(v.size()));
  if (!v.empty()) std::copy(v.begin(), v.end(), a.mutable_data());
  return a;
}

py::array to_object_array(const std::vector<std::string>& v) {
  py::list items;
  for (const std::string& s : v) items.append(py::str(s));
  return py::module_::import("numpy").attr("array")(items, py::arg("dtype") = "object");
}

py::dict read_population_csv_py(const py::object& path) {
  const std::string p = py::str(py::module_::import("os").attr("fspath")(path)).cast<std::string>();
  io::PopulationCsv pop;
  {
    py::gil_scoped_release release;
    pop = io::read_population_csv(p);
  }
  py::dict tables;
  for (const population::TableSpec& spec : population::schema()) {
    const io::CsvTable& t = pop.table(spec.table);
    if (!t.present) continue;
    py::dict cols;
    for (std::size_t c = 0; c < spec.columns.size(); ++c) {
      const io::CsvColumn& col = t.columns[c];
      if (!col.given) continue;
      const std::string name(spec.columns[c].name);
      switch (spec.columns[c].type) {
        case population::ColumnType::worker:
        case population::ColumnType::date:
        case population::ColumnType::fte: cols[name.c_str()] = to_numpy(col.int64); break;
        case population::ColumnType::count:
        case population::ColumnType::right_kind:
        case population::ColumnType::absence_reason: cols[name.c_str()] = to_numpy(col.int32); break;
        case population::ColumnType::flag: cols[name.c_str()] = to_numpy(col.uint8); break;
        case population::ColumnType::text: cols[name.c_str()] = to_object_array(col.text); break;
      }
    }
    tables[std::string(spec.name).c_str()] = cols;
  }
  py::dict out;
  out["tables"] = tables;
  out["ids"] = pop.integer_ids ? py::object(to_numpy(pop.integer_id_values)) : py::object(to_object_array(pop.ids));
  out["one_spell"] = py::bool_(pop.one_spell);
  return out;
}

}  // namespace

void register_population_files(py::module_& m) {
  m.def("_read_population_csv", &read_population_csv_py, py::arg("path"),
        "Reads a population folder of CSV files (workers.csv, rights.csv, ...) or one CSV file in the "
        "one-spell form: {\"tables\": {table: {column: numpy array}}, \"ids\": array, \"one_spell\": bool}. "
        "Long tables' `worker` columns hold row positions in workers; ids are int64 when every id is a "
        "canonical integer, else str objects. Errors name the file, line and column.");
}

}  // namespace lde::python
