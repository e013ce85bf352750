// Shared by the files of the extension lde._lde (bindings/python/src): the error translation,
// date conversions, the decision objects and one register_* function per area, each called
// once from module.cpp (the layout of boost-histogram's bindings).
#pragma once

#include "lde/core/error.hpp"
#include "lde/core/parameters.hpp"
#include "lde/enterprise/year.hpp"
#include "lde/worker/status.hpp"

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>  // in every file: the same type casters everywhere

#include <cstdint>
#include <optional>
#include <string>

namespace lde::python {

namespace py = pybind11;

/// Error classes, set once by lde/__init__.py: code name -> class.
py::dict& error_classes();
/// Raises the lde.Error subclass of @p e's code (with .field, .code, .detail).
void raise_lde_error(const Error& e);

py::object py_date(const std::optional<Date>& d);
py::object py_date(const Date& d);
/// A date from datetime.date / pandas.Timestamp / numpy.datetime64 / "YYYY-MM-DD".
Date to_date(const py::handle& h, const std::string& field);

/// A worker decision: the status with its trace and receipt.
struct WorkerDecisionPy {
  WorkerStatus status;
  Trace trace;
  ParameterSet params;  ///< Shared with the caller's set (not copied): the receipt is made when asked.
  std::uint32_t reason;
  Receipt receipt() const { return Receipt::of(params); }
};

/// An enterprise decision.
struct EnterpriseDecisionPy {
  EnterpriseYear year;
  Trace trace;
  Receipt receipt;
};


/// JSON text handed to the one reader. Its caster (below) takes a Python str; a str that is not
/// valid UTF-8 (lone surrogates, as `bytes.decode("utf-8", "surrogateescape")` makes of invalid
/// bytes) raises lde.ParseError naming no field, as the C ABI and the CLI refuse such text, instead
/// of pybind11's TypeError.
struct JsonText {
  std::string text;
};

void register_errors(py::module_& m);
void register_parameters(py::module_& m);
void register_dossiers(py::module_& m);
void register_decisions(py::module_& m);
void register_population(py::module_& m);
void register_confidential(py::module_& m);  ///< register_confidential.cpp: the confidential section.
void register_local_service(py::module_& m);  ///< register_local_service.cpp: local services and the DAEB rules.
void register_ledger(py::module_& m);  ///< register_ledger.cpp: the settlement ledger.
void register_population_files(py::module_& m);  ///< register_population_files.cpp: population CSV files.
void register_budget(py::module_& m);  ///< register_budget.cpp: the population budget (issue 14).

}  // namespace lde::python

namespace pybind11::detail {
template <>
struct type_caster<lde::python::JsonText> {
  PYBIND11_TYPE_CASTER(lde::python::JsonText, const_name("str"));
  bool load(handle src, bool) {
    if (!PyUnicode_Check(src.ptr())) return false;
    Py_ssize_t size = 0;
    const char* data = PyUnicode_AsUTF8AndSize(src.ptr(), &size);
    if (data == nullptr) {
      PyErr_Clear();
      throw lde::Error(lde::ErrorCode::parse_error, "",
                       "the JSON text is not valid UTF-8 (it holds a lone surrogate, as decoding invalid bytes "
                       "with surrogateescape gives)");
    }
    value.text.assign(data, static_cast<std::size_t>(size));
    return true;
  }
};
}  // namespace pybind11::detail
