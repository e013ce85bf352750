// Shared by the bindings that take a population of whole dossiers (register_population.cpp, and
// any later batch call): a dict of tables of numpy arrays turned into the C++ Population view,
// driven by the one column schema (lde/population/schema.hpp).
#pragma once

#include "common.hpp"

#include "lde/population/tables.hpp"

#include <pybind11/numpy.h>

#include <memory>
#include <string>
#include <vector>

namespace lde::python {

/// A Population over numpy arrays (and the UTF-8 texts of text columns), with what keeps them alive.
struct PopulationArrays {
  population::Population pop;
  std::vector<py::object> keep;                           ///< The (possibly converted) arrays.
  std::vector<std::unique_ptr<std::string[]>> text_store;  ///< The texts of text columns.
  std::vector<std::unique_ptr<const char*[]>> text_ptrs;   ///< Their pointers, one array per column.
};

/// The Population of @p tables: table name -> {column name -> 1-D array}. Tables and columns are
/// those of the schema; numeric columns must have the schema type's dtype exactly (int64 for
/// worker, date and fte; uint8 for flag; int32 for count, right_kind and absence_reason), text
/// columns are sequences of str. A table that is absent has no rows; every column of a table has
/// the same length. @throws Error (invalid_argument) naming `table.column` for an unknown table or
/// column (with a suggestion), a wrong dtype, a non-1-D array or columns of different lengths
PopulationArrays population_from_py(const py::dict& tables);

}  // namespace lde::python
