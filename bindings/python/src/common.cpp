// lde._lde: error translation and date conversions shared by the register_* files.
#include "common.hpp"

#include <datetime.h>

#include <cstdint>

namespace lde::python {

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

namespace {

/// The datetime C API, imported once (the GIL is held on first use).
bool datetime_api() {
  static const bool ready = [] {
    PyDateTime_IMPORT;
    if (PyDateTimeAPI == nullptr) PyErr_Clear();
    return PyDateTimeAPI != nullptr;
  }();
  return ready;
}

}  // namespace

Date to_date(const py::handle& h, const std::string& field) {
  // datetime.date and its subclasses (datetime.datetime, pandas.Timestamp): year, month and day
  // read through the C API, as the attribute path below reads them, without looking up names.
  if (datetime_api() && PyDate_Check(h.ptr()))
    return Date::from_ymd(PyDateTime_GET_YEAR(h.ptr()), PyDateTime_GET_MONTH(h.ptr()), PyDateTime_GET_DAY(h.ptr()), field);
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

}  // namespace lde::python
