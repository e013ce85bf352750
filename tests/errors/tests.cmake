# The bad-input catalogue (included by tests/CMakeLists.txt): tests/errors/catalogue.json run through
# every front end each entry applies to (catalogue.py), and docs/errors.md checked against it.
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  return()
endif()
set(LDE_ERRORS_DIR ${CMAKE_CURRENT_LIST_DIR})

# The C++ front end: the library's readers and engines, as catalogue.py hands them one input.
add_executable(lde_catalogue_cpp ${LDE_ERRORS_DIR}/catalogue_cpp.cpp ${PROJECT_SOURCE_DIR}/src/cli/simulate.cpp)
target_link_libraries(lde_catalogue_cpp PRIVATE lde nlohmann_json::nlohmann_json lde_warnings)

add_test(NAME errors_docs_current COMMAND ${Python3_EXECUTABLE} ${LDE_ERRORS_DIR}/catalogue.py docs --check)

# All four front ends need the Python module in the build (-DLDE_BUILD_PYTHON=ON; scripts/test.sh
# runs the catalogue after pip install instead). Without it, three of them.
if(TARGET lde_cli AND TARGET lde_c AND NOT LDE_SANITIZE AND NOT LDE_SANITIZE_THREAD)
  set(_args --cli $<TARGET_FILE:lde_cli> --c-lib $<TARGET_FILE:lde_c> --cpp $<TARGET_FILE:lde_catalogue_cpp>)
  set(_env "")
  if(TARGET _lde)
    list(APPEND _args --python --require-all)
    set(_env "PYTHONPATH=${PROJECT_BINARY_DIR}/bindings/python/pkg")
  endif()
  add_test(NAME errors_catalogue COMMAND ${Python3_EXECUTABLE} ${LDE_ERRORS_DIR}/catalogue.py run ${_args})
  set_tests_properties(errors_catalogue PROPERTIES PASS_REGULAR_EXPRESSION "checks passed, 0 failed" ENVIRONMENT "${_env}")
endif()
