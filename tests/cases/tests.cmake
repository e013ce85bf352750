# Cross-front-end cases (included by tests/CMakeLists.txt): every case file in
# tests/cases runs through the `lde` command and, when the target exists, the
# C ABI (liblde_c through ctypes); each front end must meet the expectations
# and agree with the others; --c-lib adds the typed C path (lde_evaluate_worker /
# lde_evaluate_enterprise, values read back through the accessors). The C++ API runs the
# same files in test_io. reforms.json (cases with "parameters") is one of the globbed files.
find_package(Python3 COMPONENTS Interpreter)
if(NOT Python3_Interpreter_FOUND)
  message(STATUS "tests/cases: no Python 3 interpreter, cross-front-end cases skipped")
  return()
endif()

file(GLOB LDE_CASE_JSON CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/*.json)
set(LDE_COMPARE ${CMAKE_CURRENT_LIST_DIR}/compare_frontends.py)

if(TARGET lde_cli)
  add_test(NAME cases_cli
           COMMAND ${Python3_EXECUTABLE} ${LDE_COMPARE} --cli $<TARGET_FILE:lde_cli> ${LDE_CASE_JSON})
  set_tests_properties(cases_cli PROPERTIES PASS_REGULAR_EXPRESSION "\n[0-9]+ passed, 0 failed\n")
endif()
if(TARGET lde_c AND NOT LDE_SANITIZE)
  add_test(NAME cases_c_abi
           COMMAND ${Python3_EXECUTABLE} ${LDE_COMPARE} --c-lib $<TARGET_FILE:lde_c> ${LDE_CASE_JSON})
  set_tests_properties(cases_c_abi PROPERTIES PASS_REGULAR_EXPRESSION "\n[0-9]+ passed, 0 failed\n")
endif()
if(TARGET lde_cli AND TARGET lde_c AND NOT LDE_SANITIZE)
  add_test(NAME cases_cli_vs_c_abi
           COMMAND ${Python3_EXECUTABLE} ${LDE_COMPARE} --cli $<TARGET_FILE:lde_cli> --c-lib $<TARGET_FILE:lde_c>
                   ${LDE_CASE_JSON})
  set_tests_properties(cases_cli_vs_c_abi PROPERTIES PASS_REGULAR_EXPRESSION "\n[0-9]+ passed, 0 failed\n")
endif()

# The Python paths (evaluate_json, the typed API, the population engines) against the command, with
# the developer-build package (<build>/bindings/python/pkg); needs numpy and pandas.
if(TARGET _lde AND TARGET lde_cli AND NOT LDE_SANITIZE)
  execute_process(COMMAND ${Python3_EXECUTABLE} -c "import numpy, pandas"
                  RESULT_VARIABLE LDE_HAVE_PANDAS OUTPUT_QUIET ERROR_QUIET)
  if(LDE_HAVE_PANDAS EQUAL 0)
    add_test(NAME cases_python
             COMMAND ${Python3_EXECUTABLE} ${LDE_COMPARE} --cli $<TARGET_FILE:lde_cli> --python ${LDE_CASE_JSON})
    set_tests_properties(cases_python PROPERTIES
      ENVIRONMENT "PYTHONPATH=${PROJECT_BINARY_DIR}/bindings/python/pkg"
      PASS_REGULAR_EXPRESSION "\n[0-9]+ passed, 0 failed\n")
  else()
    message(STATUS "tests/cases: numpy/pandas not found, Python cross-front-end cases skipped")
  endif()
endif()

# The case files, the examples and the decisions against docs/schema (needs jsonschema).
if(TARGET lde_cli)
  execute_process(COMMAND ${Python3_EXECUTABLE} -c "import jsonschema, referencing"
                  RESULT_VARIABLE LDE_HAVE_JSONSCHEMA OUTPUT_QUIET ERROR_QUIET)
  if(LDE_HAVE_JSONSCHEMA EQUAL 0)
    add_test(NAME cases_schemas
             COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/check_schemas.py $<TARGET_FILE:lde_cli>)
    set_tests_properties(cases_schemas PROPERTIES PASS_REGULAR_EXPRESSION "\n0 invalid\n")
  else()
    message(STATUS "tests/cases: Python package jsonschema not found, schema check skipped")
  endif()
endif()
