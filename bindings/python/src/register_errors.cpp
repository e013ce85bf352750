// lde._lde: library errors become the lde.Error classes of lde/__init__.py.
#include "common.hpp"

#include <exception>

namespace lde::python {

void register_errors(py::module_& m) {
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

}

}  // namespace lde::python
