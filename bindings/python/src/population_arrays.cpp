// population_from_py(): a dict of numpy tables -> the C++ Population view (population_arrays.hpp).
#include "population_arrays.hpp"

#include "lde/core/limits.hpp"
#include "lde/population/schema.hpp"

#include <algorithm>
#include <optional>
#include <string_view>

namespace lde::python {

namespace {

/// The closest of @p names to @p name (edit distance ≤ 3), for "did you mean" hints.
std::optional<std::string> closest(std::string_view name, const std::vector<std::string_view>& names) {
  std::optional<std::string> best;
  std::size_t best_d = 4;
  for (std::string_view c : names) {
    std::vector<std::size_t> prev(c.size() + 1), cur(c.size() + 1);
    for (std::size_t j = 0; j <= c.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= name.size(); ++i) {
      cur[0] = i;
      for (std::size_t j = 1; j <= c.size(); ++j)
        cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (name[i - 1] == c[j - 1] ? 0u : 1u)});
      std::swap(prev, cur);
    }
    if (prev[c.size()] < best_d) {
      best_d = prev[c.size()];
      best = std::string(c);
    }
  }
  return best;
}

std::string unknown(std::string_view what, std::string_view name, const std::vector<std::string_view>& names) {
  std::string m = "unknown " + std::string(what) + " \"" + std::string(name) + "\"";
  if (auto c = closest(name, names)) return m + " (did you mean \"" + *c + "\"?)";
  m += "; expected one of";
  for (std::size_t i = 0; i < names.size(); ++i) m += (i ? ", " : " ") + std::string(names[i]);
  return m;
}

py::dtype dtype_of(population::ColumnType t) {
  using population::ColumnType;
  switch (t) {
    case ColumnType::flag: return py::dtype::of<std::uint8_t>();
    case ColumnType::count:
    case ColumnType::right_kind:
    case ColumnType::absence_reason: return py::dtype::of<std::int32_t>();
    default: return py::dtype::of<std::int64_t>();
  }
}

}  // namespace

PopulationArrays population_from_py(const py::dict& tables) {
  using namespace population;
  PopulationArrays out;
  std::vector<std::string_view> table_names;
  for (const TableSpec& t : schema()) table_names.push_back(t.name);
  for (const auto& [key, value] : tables) {
    const std::string tname = py::str(key).cast<std::string>();
    const TableSpec* spec = find_table(tname);
    if (spec == nullptr) throw_invalid(tname, unknown("table", tname, table_names));
    if (value.is_none()) continue;
    if (!py::isinstance<py::dict>(value)) throw_invalid(tname, "expected a dict of columns");
    std::vector<std::string_view> col_names;
    for (const ColumnSpec& c : spec->columns) col_names.push_back(c.name);
    std::optional<std::size_t> rows;
    std::string first_column;
    for (const auto& [ckey, cvalue] : value.cast<py::dict>()) {
      const std::string cname = py::str(ckey).cast<std::string>();
      const std::string field = tname + "." + cname;
      const ColumnSpec* col = find_column(*spec, cname);
      if (col == nullptr) throw_invalid(field, unknown("column", cname, col_names));
      if (cvalue.is_none()) continue;
      std::size_t n = 0;
      const void* data = nullptr;
      if (col->type == ColumnType::text) {
        // One text is not a column of texts (a str is a sequence of its characters).
        if (py::isinstance<py::str>(cvalue) || py::isinstance<py::bytes>(cvalue))
          throw_invalid(field, "expected a sequence of texts (one per row), got one text");
        // A numpy array (object or str dtype) as a list of str; each item is held while it is read.
        const py::sequence seq = py::isinstance<py::array>(cvalue) ? py::sequence(cvalue.attr("tolist")())
                                                                   : cvalue.cast<py::sequence>();
        n = static_cast<std::size_t>(py::len(seq));
        auto store = std::make_unique<std::string[]>(n);
        auto ptrs = std::make_unique<const char*[]>(n);
        for (std::size_t i = 0; i < n; ++i) {
          const py::object item = seq[i];
          if (!py::isinstance<py::str>(item))
            throw_invalid(tname + "[" + std::to_string(i) + "]." + cname,
                          "expected a text, got " + py::str(py::type::handle_of(item).attr("__name__")).cast<std::string>());
          // A str with lone surrogates is not UTF-8: PyUnicode_AsUTF8AndSize fails.
          Py_ssize_t size = 0;
          const char* utf8 = PyUnicode_AsUTF8AndSize(item.ptr(), &size);
          if (utf8 == nullptr) {
            PyErr_Clear();
            throw_invalid(tname + "[" + std::to_string(i) + "]." + cname, "is not valid UTF-8 text");
          }
          store[i].assign(utf8, static_cast<std::size_t>(size));
          check_name(store[i], tname + "[" + std::to_string(i) + "]." + cname);
          ptrs[i] = store[i].c_str();
        }
        data = ptrs.get();
        out.text_store.push_back(std::move(store));
        out.text_ptrs.push_back(std::move(ptrs));
      } else {
        const py::dtype want = dtype_of(col->type);
        if (!py::isinstance<py::array>(cvalue) || !cvalue.cast<py::array>().dtype().is(want))
          throw_invalid(field, "has the wrong dtype " +
                                   (py::isinstance<py::array>(cvalue)
                                        ? py::str(cvalue.cast<py::array>().dtype()).cast<std::string>()
                                        : py::str(py::type::handle_of(cvalue).attr("__name__")).cast<std::string>()) +
                                   ", expected " + py::str(want).cast<std::string>());
        py::array a = py::array::ensure(cvalue, py::array::c_style);
        if (!a || a.ndim() != 1) throw_invalid(field, "must be a one-dimensional array");
        n = static_cast<std::size_t>(a.shape(0));
        data = a.data();
        out.keep.push_back(a);
      }
      if (rows && *rows != n)
        throw_invalid(field, "has " + std::to_string(n) + " rows, but " + tname + "." + first_column + " has " +
                                 std::to_string(*rows) + " (columns of different lengths)");
      if (!rows) {
        rows = n;
        first_column = cname;
      }
      set_column_data(out.pop, spec->table, *col, data);
    }
    table_rows(out.pop, spec->table) = rows.value_or(0);
  }
  return out;
}

}  // namespace lde::python
